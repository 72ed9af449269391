"""A table's columns as codes: what :func:`compliance.scale.bulk.evaluate_table` reads.

A pandas or polars DataFrame, a pyarrow Table, or a mapping of column name to equal-length sequences
(lists, numpy arrays, pyarrow arrays) is read one column at a time, either as :class:`Numbers` (a numeric array, never boxed) or as :class:`Factors`
(a code per row into the column's distinct values, each a plain Python value, ``None`` for a
missing cell). Everything after this module works on codes, so each distinct cell is read once.

Per-row settings (polarity, unit, measure, tolerance) name a column **or** give one value for every
row; :func:`setting` reads either into factors and checks each distinct value once.

>>> factors = as_factors(column({"t": ["6以上", None, "6以上"]}, "t"))
>>> factors.codes.tolist(), factors.uniques
([0, 1, 0], ['6以上', None])
>>> setting({"p": ["higher", "lower"]}, ["p"], 2, "p", "polarity", read_polarity)[1]
[<Polarity.HIGHER: 'higher'>, <Polarity.LOWER: 'lower'>]
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np

from .. import models as m
from ..errors import InputError

__all__ = [
    "Factors", "Numbers", "as_factors", "column", "column_names", "constant", "python_value", "read_measure",
    "read_polarity", "read_tolerance", "read_unit", "setting",
]


@dataclass(frozen=True, slots=True)
class Factors:
    """A column as codes into its distinct values; a missing cell is the value ``None``."""

    codes: np.ndarray  #: int64, one per row
    uniques: list[Any]  #: Python values (numpy scalars unwrapped), ``None`` for missing
    text: Any = None  #: the uniques as an arrow string array (null for missing), when the column was arrow text


@dataclass(frozen=True, slots=True)
class Numbers:
    """A numeric column kept as an array (int or float), never boxed."""

    values: np.ndarray


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, Decimal):
        return value.is_nan()
    if isinstance(value, (str, int)):
        return False
    kind = type(value).__name__
    return kind in ("NAType", "NaTType")


def python_value(value: Any) -> Any:
    """A cell as a plain Python value: numpy scalars unwrapped, every kind of missing as ``None``."""
    if isinstance(value, np.generic):
        value = value.item()
    return None if _is_missing(value) else value


def _factorize_python(values: Any, n: int) -> Factors:
    pandas = sys.modules.get("pandas")
    if pandas is not None:  # already loaded by the caller: its hash table is ~3x faster than a dict
        codes, uniques = pandas.factorize(np.asarray(values, dtype=object), use_na_sentinel=False)
        return Factors(np.asarray(codes, dtype=np.int64), [python_value(u) for u in uniques])
    if "pyarrow" in sys.modules:  # the streamed path's, without pandas: pandas.factorize's contract (None, NaN one)
        from .arrays import factorize

        codes, uniques = factorize(np.asarray(values, dtype=object), na_sentinel=False)
        return Factors(codes, [python_value(u) for u in uniques])
    index: dict[Any, int] = {}
    setdefault = index.setdefault
    codes = np.fromiter((setdefault(v, len(index)) for v in values), dtype=np.int64, count=n)
    return Factors(codes, [python_value(u) for u in index])


def _library(value: Any) -> str:
    """The top-level package of a value's type (``"pandas"``, ``"polars"``, ``"builtins"`` ...)."""
    return type(value).__module__.split(".")[0]


def column(table: Any, name: str) -> Factors | Numbers:
    """``table[name]`` as Factors (text, mixed) or Numbers (a numeric array)."""
    library = _library(table)
    if library == "pandas":
        return _pandas_column(table[name])
    if library == "polars":
        return _polars_column(table[name])
    values = table[name]
    if isinstance(values, np.ndarray) and values.dtype.kind in "iuf":
        return Numbers(values)
    if _library(values) == "pyarrow" and hasattr(values, "type"):  # a pyarrow (chunked) array, a Table's column
        return _arrow_column(values)
    if _library(values) in ("pandas", "polars") and hasattr(values, "to_frame"):
        return column(values.to_frame(name), name)  # a Series in a mapping
    if not isinstance(values, np.ndarray):
        values = list(values)
        if values and all(type(v) is float or type(v) is int for v in values):
            array = np.asarray(values)
            if array.dtype.kind in "iuf":
                return Numbers(array)
    return _factorize_python(values, len(values))


def _pandas_column(series: Any) -> Factors | Numbers:
    kind = getattr(series.dtype, "kind", "O")
    if kind in "iu" and not series.hasnans:
        return Numbers(series.to_numpy(dtype=np.int64 if kind == "i" else np.uint64))
    if kind in "iuf":  # floats, and nullable integers with <NA>: NaN for missing (ints exact below 2**53)
        return Numbers(series.to_numpy(dtype=np.float64, na_value=np.nan))
    text = _arrow_text(series)
    if text is not None:  # arrow-backed text: coded by arrow, the distinct values made Python strings in C
        return _text_factors(text)
    codes, uniques = sys.modules["pandas"].factorize(series, use_na_sentinel=False)
    return Factors(np.asarray(codes, dtype=np.int64), [python_value(u) for u in uniques])


def _arrow_text(series: Any) -> Any:
    """A pandas text column held by arrow (pandas' ``str`` dtype, ``string[pyarrow]``), as one arrow array; else None."""
    if getattr(series.dtype, "storage", None) != "pyarrow" or getattr(series.dtype, "kind", None) not in ("O", "U"):
        return None
    import pyarrow as pa

    text = pa.array(series.array)  # no copy: the column's own buffers
    if isinstance(text, pa.ChunkedArray):
        text = text.combine_chunks()
    return text if pa.types.is_string(text.type) or pa.types.is_large_string(text.type) else None


def _text_factors(text: Any) -> Factors:
    """An arrow string array as factors: coded by arrow, the distinct values made Python strings in C."""
    import pyarrow.compute as pc

    from .arrays import numpy_of

    coded = pc.dictionary_encode(text, null_encoding="encode")  # missing: a value of its own, read as None
    return Factors(numpy_of(coded.indices).astype(np.int64), coded.dictionary.to_pylist(), coded.dictionary)


def _arrow_column(values: Any) -> Factors | Numbers:
    """A pyarrow (chunked) array as a pandas column of the same values is read: integers without nulls as int64,
    other numbers as float64 (null: NaN), text coded by arrow, anything else by Python values."""
    import pyarrow as pa

    from .arrays import numpy_of

    array = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
    if pa.types.is_dictionary(array.type):  # a categorical column: its values
        array = array.dictionary_decode()
    kind = array.type
    if pa.types.is_integer(kind) and not array.null_count:
        return Numbers(numpy_of(array).astype(np.uint64 if pa.types.is_unsigned_integer(kind) else np.int64))
    if pa.types.is_integer(kind) or pa.types.is_floating(kind):
        return Numbers(numpy_of(array).astype(np.float64))  # null: NaN
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return _text_factors(array)
    return _factorize_python(array.to_pylist(), len(array))


def _polars_column(series: Any) -> Factors | Numbers:
    import polars as pl

    if series.dtype.is_integer() or series.dtype.is_float():
        if series.dtype.is_integer() and series.null_count() == 0:
            return Numbers(series.to_numpy())
        return Numbers(series.cast(pl.Float64).fill_null(float("nan")).to_numpy())
    if series.dtype == pl.String:
        uniques = series.unique(maintain_order=True)
        has_null = uniques.null_count() > 0
        values = uniques.drop_nulls().to_list()
        codes = series.cast(pl.Enum(values)).to_physical().cast(pl.Int64).fill_null(len(values)).to_numpy()
        return Factors(np.asarray(codes, dtype=np.int64), values + [None] * has_null)
    return _factorize_python(series.to_list(), len(series))


def column_names(table: Any) -> tuple[list[str], int]:
    """The table's column names and its number of rows; an InputError for columns of unequal length."""
    if _library(table) in ("pandas", "polars") and hasattr(table, "columns"):
        return [str(c) for c in table.columns], len(table)
    if _library(table) == "pyarrow" and hasattr(table, "column_names"):  # a Table or RecordBatch
        return list(table.column_names), table.num_rows
    if isinstance(table, Mapping):
        lengths = {name: len(values) for name, values in table.items()}
        if len(set(lengths.values())) > 1:
            raise InputError(f"columns have different lengths: {lengths}", hint="give equal-length sequences")
        return list(lengths), next(iter(lengths.values()), 0)
    kind = type(table).__name__
    raise TypeError(f"evaluate_table expects a pandas or polars DataFrame, a pyarrow Table or a mapping of columns, got {kind}")


def as_factors(found: Factors | Numbers) -> Factors:
    """A column as factors, a numeric one too (a numeric target, unit or previous column)."""
    if isinstance(found, Factors):
        return found
    uniques, codes = np.unique(found.values, return_inverse=True)
    return Factors(codes=np.asarray(codes, dtype=np.int64).reshape(-1), uniques=[python_value(u) for u in uniques])


def constant(n: int, value: Any) -> Factors:
    """``n`` rows all holding ``value``."""
    return Factors(np.zeros(n, dtype=np.int64), [value])


def setting(
    table: Any, columns: list[str], n: int, spec: Any, name: str, read: Callable[[Any], Any]
) -> tuple[Factors, list[Any]]:
    """A per-row setting given as a column name or a constant: its factors and their values, read.

    ``read`` turns one raw value into the setting (raising ValueError when it cannot): each distinct
    value is read once, and a bad one is an InputError naming the column and the first row holding it.
    """
    if isinstance(spec, str) and spec in columns:
        factors = as_factors(column(table, spec))
        values = []
        for code, raw in enumerate(factors.uniques):
            try:
                values.append(read(raw))
            except ValueError:
                row = int(np.flatnonzero(factors.codes == code)[0])
                raise InputError(f"{name} column `{spec}` has {raw!r} at row {row}", hint=_HINTS[name]) from None
        return factors, values
    try:
        return constant(n, spec), [read(spec)]
    except ValueError:
        raise InputError(f"no column `{spec}` and {spec!r} is not a {name}", hint=_HINTS[name]) from None


_HINTS = {
    "polarity": "name a column or give one of 'higher', 'lower', 'band' for every row",
    "measure": "name a column or give one of 'level', 'rate', 'decline' (or None) for every row",
    "unit": "name a column or give the unit of every row",
    "indicator": "name a column or give the indicator's name for every row",
    "tolerance": "name a column or give one tolerance ('5%' of the target, or an absolute 0.5) for every row",
}


def read_polarity(value: Any) -> m.Polarity:
    """As ``evaluate(polarity=...)``; every row needs one."""
    if value is None:
        raise ValueError("missing")
    return m.Polarity(value)


def read_measure(value: Any) -> m.Measure | None:
    """As ``evaluate(measure=...)``."""
    return None if value is None else m.Measure(value)


def read_unit(value: Any) -> str | None:
    """As ``evaluate(unit=...)``."""
    return None if value is None else str(value)


def read_tolerance(value: Any) -> m.Tolerance | None:
    """As ``evaluate(tolerance=...)``: none means the default (5% of the target)."""
    if value is None:
        return None
    try:
        return m.Tolerance.parse(value)
    except ArithmeticError:  # decimal.InvalidOperation: not a number
        raise ValueError(value) from None
