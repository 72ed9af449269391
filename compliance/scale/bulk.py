"""Judge whole tables at once: the verdicts of :func:`compliance.evaluate`, row by row, fast.

``evaluate_table(table)`` takes a pandas or polars DataFrame, or a mapping of column name to
equal-length sequences, and returns a columnar :class:`VerdictTable`. The semantics are the
engine's, not a second copy of them:

1. every distinct target text is parsed once, every distinct reported text once;
2. rows are grouped by what fixes their requirement (target, polarity, unit, measure, and the
   previous period's value where a target such as 逐步增加 reads it); each group's admissible
   interval is derived **once** by the engine itself (``_evaluate.prepare`` and
   ``Judge.requirement``);
3. rows whose reported value is a plain number are judged against their group's interval with
   vectorised numpy comparisons on float64. A float comparison can only differ from the exact
   decimal one when the two floats are equal, so a row whose value equals (as a float) an end of
   its interval, of the strict interval that tells ``within_tolerance``, or the midpoint that
   picks the nearer end of a band, is judged by the scalar path instead. Gaps are computed on
   exact integers (value and threshold scaled by a power of ten), so ``gap`` is the float of the
   engine's decimal gap, not a float subtraction;
4. every other row (``8-9``, ``35左右``, ``可完成``, ``-``, ``2.63（市级3.12）``, a number with a unit,
   a missing cell, a target the engine cannot read into an interval) goes through
   :func:`compliance.evaluate` itself, once per distinct combination of inputs.

So ``evaluate_table(t).verdict(i)`` equals ``evaluate(target_i, reported_i, polarity=polarity_i,
previous=previous_i, ...)`` on every row, and the ``status``, ``reason``, ``threshold``, ``value``
and ``gap`` columns are that verdict's fields (decimals as the nearest float; ``NaN`` for none).

Missing cells (``None``, ``NaN``, pandas ``NA``) are passed to the engine as ``None``: a missing
reported value is pending (``no_data``), a missing previous value is no previous value, a missing
target is empty text (``unrecognized``).

This module needs numpy (``pip install 'compliance[bulk]'``); ``import compliance`` does not load it.

>>> table = {"target": ["6以上", "6以上", "8左右", "达到市级要求"], "reported": [6.5, 4, "7.7", "63.7"]}
>>> verdicts = evaluate_table(table, polarity="higher")
>>> verdicts.status.tolist()
['met', 'missed', 'met', 'pending']
>>> verdicts.reason.tolist()
['measured', 'measured', 'within_tolerance', 'reference_unknown']
>>> verdicts.gap.tolist()[:2]
[0.5, -2.0]
>>> verdicts.counts()
{'met': 2, 'missed': 1, 'pending': 1}
>>> print(verdicts.explain(1, "en"))
Target '6以上' means >= 6; reported 4 is 2 short: missed.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal

import numpy as np

from .. import models as m
from .._api import (
    DEFAULT_REPORTED_TOLERANCE,
    DEFAULT_SYNC_TOLERANCE,
    DEFAULT_TOLERANCE,
    as_reported,
    as_target,
    evaluate,
    parse_reported,
    parse_target,
)
from ..judge.evaluate import Context, Pending, Judge, prepare
from ..errors import InputError

__all__ = ["REASONS", "STATUSES", "VerdictTable", "evaluate_frame", "evaluate_table", "iter_table_chunks"]

STATUSES: tuple[m.Status, ...] = tuple(m.Status)
REASONS: tuple[m.Reason, ...] = tuple(m.Reason)
_STATUS = {status: code for code, status in enumerate(STATUSES)}
_REASON = {reason: code for code, reason in enumerate(REASONS)}
_MET, _MISSED, _PENDING = _STATUS[m.Status.MET], _STATUS[m.Status.MISSED], _STATUS[m.Status.PENDING]
_MEASURED, _WITHIN = _REASON[m.Reason.MEASURED], _REASON[m.Reason.WITHIN_TOLERANCE]

#: a reported cell that is a plain decimal number, read exactly as the grammar reads it (a test pins this)
_PLAIN = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
#: integers below this are exact in float64, and rint() of a scaled value below it is the exact scaled decimal
_EXACT = float(2**50)
_MAX_SCALE = 15  #: most decimal places handled on integers; beyond, gaps are computed with Decimal per row
#: a stand-in reported value for deriving a group's requirement: a bare figure, no unit, no levels
_PROBE = m.Value(text="0", value=m.Quantity(value=Decimal(0)))


# --------------------------------------------------------------------------- columns


@dataclass(frozen=True, slots=True)
class _Factors:
    """A column as codes into its distinct values; a missing cell is the value ``None``."""

    codes: np.ndarray  #: int64, one per row
    uniques: list[Any]  #: Python values (numpy scalars unwrapped), ``None`` for missing


@dataclass(frozen=True, slots=True)
class _Numbers:
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


def _python(value: Any) -> Any:
    if isinstance(value, np.generic):
        value = value.item()
    return None if _is_missing(value) else value


def _factorize_python(values: Any, n: int) -> _Factors:
    pandas = sys.modules.get("pandas")
    if pandas is not None:  # already loaded by the caller: its hash table is ~3x faster than a dict
        codes, uniques = pandas.factorize(np.asarray(values, dtype=object), use_na_sentinel=False)
        return _Factors(np.asarray(codes, dtype=np.int64), [_python(u) for u in uniques])
    index: dict[Any, int] = {}
    setdefault = index.setdefault
    codes = np.fromiter((setdefault(v, len(index)) for v in values), dtype=np.int64, count=n)
    return _Factors(codes, [_python(u) for u in index])


def _column(table: Any, name: str) -> Any:
    """``table[name]`` as a _Factors (text, mixed) or a _Numbers (a numeric array)."""
    module = type(table).__module__.split(".")[0]
    if module == "pandas":
        series = table[name]
        kind = getattr(series.dtype, "kind", "O")
        if kind in "iu" and not series.hasnans:
            return _Numbers(series.to_numpy(dtype=np.int64 if kind == "i" else np.uint64))
        if kind in "iuf":  # floats, and nullable integers with <NA>: NaN for missing (ints exact below 2**53)
            return _Numbers(series.to_numpy(dtype=np.float64, na_value=np.nan))
        codes, uniques = sys.modules["pandas"].factorize(series, use_na_sentinel=False)
        return _Factors(np.asarray(codes, dtype=np.int64), [_python(u) for u in uniques])
    if module == "polars":
        import polars as pl

        series = table[name]
        if series.dtype.is_integer() or series.dtype.is_float():
            if series.dtype.is_integer() and series.null_count() == 0:
                return _Numbers(series.to_numpy())
            return _Numbers(series.cast(pl.Float64).fill_null(float("nan")).to_numpy())
        if series.dtype == pl.String:
            uniques = series.unique(maintain_order=True)
            has_null = uniques.null_count() > 0
            values = uniques.drop_nulls().to_list()
            codes = series.cast(pl.Enum(values)).to_physical().cast(pl.Int64).fill_null(len(values)).to_numpy()
            return _Factors(np.asarray(codes, dtype=np.int64), values + [None] * has_null)
        return _factorize_python(series.to_list(), len(series))
    values = table[name]
    if isinstance(values, np.ndarray) and values.dtype.kind in "iuf":
        return _Numbers(values)
    if type(values).__module__.split(".")[0] in ("pandas", "polars") and hasattr(values, "to_frame"):
        return _column(values.to_frame(name), name)  # a Series in a mapping
    if not isinstance(values, np.ndarray):
        values = list(values)
        if values and all(type(v) is float or type(v) is int for v in values):
            array = np.asarray(values)
            if array.dtype.kind in "iuf":
                return _Numbers(array)
    return _factorize_python(values, len(values))


def _names(table: Any) -> tuple[list[str], int]:
    module = type(table).__module__.split(".")[0]
    if module in ("pandas", "polars") and hasattr(table, "columns"):
        return [str(c) for c in table.columns], len(table)
    if isinstance(table, Mapping):
        lengths = {name: len(values) for name, values in table.items()}
        if len(set(lengths.values())) > 1:
            raise InputError(f"columns have different lengths: {lengths}", hint="give equal-length sequences")
        return list(lengths), next(iter(lengths.values()), 0)
    kind = type(table).__name__
    raise TypeError(f"evaluate_table expects a pandas or polars DataFrame or a mapping of columns, got {kind}")


def _factors(column: Any) -> _Factors:
    if isinstance(column, _Factors):
        return column
    uniques, codes = np.unique(column.values, return_inverse=True)  # a numeric target, unit or previous column
    return _Factors(codes=np.asarray(codes, dtype=np.int64).reshape(-1), uniques=[_python(u) for u in uniques])


def _constant(n: int, value: Any) -> _Factors:
    return _Factors(np.zeros(n, dtype=np.int64), [value])


def _setting(
    table: Any, columns: list[str], n: int, spec: Any, name: str, read: Callable[[Any], Any]
) -> tuple[_Factors, list[Any]]:
    """A per-row setting given as a column name or a constant: its factors and their values, read."""
    if isinstance(spec, str) and spec in columns:
        factors = _factors(_column(table, spec))
        values = []
        for code, raw in enumerate(factors.uniques):
            try:
                values.append(read(raw))
            except ValueError:
                row = int(np.flatnonzero(factors.codes == code)[0])
                raise InputError(f"{name} column `{spec}` has {raw!r} at row {row}", hint=_HINTS[name]) from None
        return factors, values
    try:
        return _constant(n, spec), [read(spec)]
    except ValueError:
        raise InputError(f"no column `{spec}` and {spec!r} is not a {name}", hint=_HINTS[name]) from None


_HINTS = {
    "polarity": "name a column or give one of 'higher', 'lower', 'band' for every row",
    "measure": "name a column or give one of 'level', 'rate', 'decline' (or None) for every row",
    "unit": "name a column or give the unit of every row",
    "tolerance": "name a column or give one tolerance ('5%' of the target, or an absolute 0.5) for every row",
}


def _polarity(value: Any) -> m.Polarity:
    if value is None:
        raise ValueError("missing")
    return m.Polarity(value)


def _measure(value: Any) -> m.Measure | None:
    return None if value is None else m.Measure(value)


def _unit(value: Any) -> str | None:
    return None if value is None else str(value)


def _tolerance(value: Any) -> m.Tolerance:
    """As ``evaluate(tolerance=...)``: none means the default 5%."""
    if value is None:
        return DEFAULT_TOLERANCE
    try:
        return m.Tolerance.parse(value)
    except ArithmeticError:  # decimal.InvalidOperation: not a number
        raise ValueError(value) from None


# --------------------------------------------------------------------------- reported values


@dataclass(slots=True)
class _Reported:
    """The reported column, row by row: the plain figures as floats, the rest for the scalar path."""

    plain: np.ndarray  #: bool: a bare number, judged on arrays
    number: np.ndarray  #: float64: the figure (nearest float), NaN where not plain
    places: np.ndarray  #: int64: decimal places of the exact figure; -1 when not known exactly
    key: np.ndarray  #: int64: a code for the scalar cache (equal codes, equal inputs)
    raw: Callable[[int], Any]  #: row -> what evaluate() gets (a parsed model, a Python number, None)
    exact: Callable[[int], Decimal]  #: row -> the exact figure of a plain row


@lru_cache(maxsize=65536)
def _parse_reported(text: str) -> m.Reported:
    return parse_reported(text)


@lru_cache(maxsize=65536)
def _parse_target(text: str) -> m.Constraint:
    return parse_target(text)


def _target(raw: Any) -> m.Constraint:
    if raw is None:
        return _parse_target("")
    if isinstance(raw, str):
        return _parse_target(raw)
    if isinstance(raw, bool) or not isinstance(raw, (int, float, Decimal)):
        raise InputError(f"a target cell holds {type(raw).__name__} {raw!r}", hint="targets are text or numbers")
    return as_target(raw)


def _read_unique(raw: Any) -> tuple[bool, float, int, Any, Decimal | None]:
    """plain?, float, decimal places (-1 unknown), what evaluate() gets, the exact figure."""
    if raw is None:
        return False, math.nan, -1, None, None
    if isinstance(raw, str):
        if _PLAIN.fullmatch(raw):
            dot = raw.find(".")
            return True, float(raw), (len(raw) - dot - 1 if dot >= 0 else 0), raw, None
        parsed = _parse_reported(raw)
        if isinstance(parsed, m.Value) and parsed.change is None and not parsed.levels and parsed.value.unit is None:
            value = parsed.value.value
            if value.is_finite():
                return True, float(value), max(0, -int(value.as_tuple().exponent)), parsed, value
        return False, math.nan, -1, parsed, None
    if isinstance(raw, bool) or not isinstance(raw, (int, float, Decimal)):
        hint = "reported values are text, numbers or empty"
        raise InputError(f"a reported cell holds {type(raw).__name__} {raw!r}", hint=hint)
    if isinstance(raw, int):
        return abs(raw) < 2**53, float(raw), 0, raw, Decimal(raw)
    if isinstance(raw, Decimal):
        if not raw.is_finite():
            return False, math.nan, -1, raw, None
        return True, float(raw), max(0, -int(raw.as_tuple().exponent)), raw, raw
    if not math.isfinite(raw):
        return False, math.nan, -1, raw, None
    return True, raw, -1, raw, None


def _reported(column: Any) -> _Reported:
    if isinstance(column, _Numbers):
        return _reported_numbers(column.values)
    factors: _Factors = column
    read = [_read_unique(u) for u in factors.uniques]
    plain = np.fromiter((r[0] for r in read), dtype=bool, count=len(read))
    number = np.fromiter((r[1] for r in read), dtype=np.float64, count=len(read))
    places = np.fromiter((r[2] for r in read), dtype=np.int64, count=len(read))
    codes = factors.codes
    places_rows = places[codes]
    unknown = np.flatnonzero(plain[codes] & (places_rows < 0))
    if unknown.size:  # Python floats in an object column: find their decimals like a float column's
        places_rows[unknown] = _float_places(number[codes[unknown]])
    uniques = factors.uniques

    def exact(row: int) -> Decimal:
        found = read[codes[row]]
        if found[4] is not None:
            return found[4]
        raw = uniques[codes[row]]
        return Decimal(raw) if isinstance(raw, str) else Decimal(repr(raw))

    return _Reported(plain[codes], number[codes], places_rows, codes, lambda row: read[codes[row]][3], exact)


def _reported_numbers(values: np.ndarray) -> _Reported:
    n = len(values)
    if values.dtype.kind in "iu":
        number = values.astype(np.float64)
        plain = np.abs(number) < 2.0**53
        places = np.zeros(n, dtype=np.int64)

        def raw(row: int) -> Any:
            return int(values[row])

        def exact(row: int) -> Decimal:
            return Decimal(int(values[row]))

        key = values.astype(np.int64, copy=False)
    else:
        number = values.astype(np.float64, copy=False)
        plain = np.isfinite(number)
        places = np.full(n, -1, dtype=np.int64)
        places[plain] = _float_places(number[plain])

        def raw(row: int) -> Any:
            value = float(values[row])
            return None if math.isnan(value) else value  # infinities go to evaluate() as they are

        def exact(row: int) -> Decimal:
            return Decimal(repr(float(values[row])))

        # the scalar cache is keyed on the value's bits (NaN all alike: a missing cell)
        key = np.where(np.isnan(number), np.float64(np.nan), number).view(np.int64)
    return _Reported(plain, number, places, key, raw, exact)


def _float_places(number: np.ndarray) -> np.ndarray:
    """Decimal places of each float's shortest repr, found on arrays (-1: more than _MAX_SCALE or too large).

    ``rint(x * 10**k) / 10**k == x`` with ``|x| * 10**k < 2**50`` means the repr of ``x`` has at most
    ``k`` places: the float spacing at ``x`` is below ``10**-k``, so no other ``k``-place decimal
    rounds to ``x`` and the shortest repr cannot be longer.
    """
    places = np.full(len(number), -1, dtype=np.int64)
    left = np.arange(len(number))
    for k in range(_MAX_SCALE + 1):
        if not left.size:
            break
        values = number[left]
        scale = 10.0**k
        scaled = values * scale
        ok = (np.abs(scaled) < _EXACT) & (np.rint(scaled) / scale == values)
        places[left[ok]] = k
        left = left[~ok]
    return places


# --------------------------------------------------------------------------- groups


class _Watched(Context):
    """A Context that notes whether the engine looked at the previous period while deriving a requirement.

    Rows are grouped without their previous value unless the engine read it for that group (逐步增加
    does, 6以上 does not), so a new form that reads it is split correctly without a list kept here.
    """

    read_previous: bool

    def __init__(self, **fields: Any) -> None:
        super().__init__(**fields)
        object.__setattr__(self, "read_previous", False)

    def __getattribute__(self, name: str) -> Any:
        if name == "previous":
            object.__setattr__(self, "read_previous", True)
        return super().__getattribute__(name)


@dataclass(slots=True)
class _Group:
    """What one group of rows is judged against, derived by the engine once."""

    mode: Literal["interval", "pending", "scalar"]
    reason: int = 0
    lo: Decimal | None = None  #: ends of the admissible interval (open or closed does not matter:
    hi: Decimal | None = None  #: a value equal to an end is judged by the engine itself)
    strict_lo: Decimal | None = None
    strict_hi: Decimal | None = None


def _group(target: m.Constraint, ctx: Context) -> _Group:
    inner, unit, _, _ = prepare(target, _PROBE, ctx)
    if isinstance(inner, m.Unrecognized):
        return _Group("pending", _REASON[m.Reason.UNRECOGNIZED])
    try:
        requirement = Judge(ctx, _PROBE, unit).requirement(inner)
    except Pending as exc:
        return _Group("pending", _REASON[exc.reason])
    wanted, strict = requirement.admissible, requirement.strict
    if not (wanted.lo.is_finite() or wanted.hi.is_finite()) or wanted.lo > wanted.hi:
        return _Group("scalar")  # no binding end, or an empty interval: rare, leave to the engine
    if strict is not None and strict.lo > strict.hi:
        return _Group("scalar")
    return _Group(
        "interval", lo=wanted.lo, hi=wanted.hi,
        strict_lo=strict.lo if strict is not None else None, strict_hi=strict.hi if strict is not None else None,
    )


def _scaled(value: Decimal) -> tuple[int, int]:
    """A finite decimal as (integer, places) with ``value == integer / 10**places``; places -1 if too many."""
    places = max(0, -int(value.as_tuple().exponent))
    if places > _MAX_SCALE:
        return 0, -1
    integer = int(value.scaleb(places))
    return (integer, places) if abs(integer) < 2**62 else (0, -1)


# --------------------------------------------------------------------------- the result


class VerdictTable:
    """Verdicts of a table, one per row, as columns; a full :class:`~compliance.Verdict` on request.

    ``status`` and ``reason`` are arrays of their string codes; ``threshold``, ``value`` and ``gap``
    are float64 arrays (``NaN`` where the verdict has none; the exact decimals are in
    ``verdict(i)``). Read-only.
    """

    __slots__ = ("_gap", "_index", "_inputs", "_reason", "_status", "_threshold", "_value")

    def __init__(
        self, status: np.ndarray, reason: np.ndarray, threshold: np.ndarray, value: np.ndarray, gap: np.ndarray,
        inputs: Callable[[int], dict[str, Any]], index: Any = None,
    ) -> None:
        for array in (status, reason, threshold, value, gap):
            array.flags.writeable = False
        self._status, self._reason = status, reason
        self._threshold, self._value, self._gap = threshold, value, gap
        self._inputs = inputs
        self._index = index

    def __len__(self) -> int:
        return len(self._status)

    def __repr__(self) -> str:
        counts = ", ".join(f"{count} {status}" for status, count in self.counts().items())
        return f"<VerdictTable {len(self)} rows: {counts}>"

    @property
    def status(self) -> np.ndarray:
        """``'met'``, ``'missed'`` or ``'pending'`` per row."""
        return np.array([s.value for s in STATUSES])[self._status]

    @property
    def reason(self) -> np.ndarray:
        """The :class:`~compliance.Reason` code per row (``'measured'``, ``'no_data'`` ...)."""
        return np.array([r.value for r in REASONS])[self._reason]

    @property
    def threshold(self) -> np.ndarray:
        """The binding end of the admissible interval (float64; ``NaN``: none)."""
        return self._threshold

    @property
    def value(self) -> np.ndarray:
        """The reported figure used (float64; ``NaN``: none)."""
        return self._value

    @property
    def gap(self) -> np.ndarray:
        """``value - threshold``, the float of the exact decimal difference (``NaN``: none)."""
        return self._gap

    @property
    def status_codes(self) -> np.ndarray:
        """Status as small integers indexing ``STATUSES`` (for fast filtering)."""
        return self._status

    @property
    def reason_codes(self) -> np.ndarray:
        """Reason as small integers indexing ``REASONS``."""
        return self._reason

    def counts(self, by: Literal["status", "reason"] = "status") -> dict[str, int]:
        """How many rows have each status (or reason), every code listed, in the enum's order."""
        codes, names = (self._status, STATUSES) if by == "status" else (self._reason, REASONS)
        tally = np.bincount(codes, minlength=len(names))
        return {name.value: int(count) for name, count in zip(names, tally)}

    def verdict(self, i: int) -> m.Verdict:
        """The full verdict of row ``i``: ``compliance.evaluate`` on that row's inputs."""
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        return evaluate(**self._inputs(i % len(self)))

    def explain(self, i: int, lang: Literal["zh", "en"] = "zh") -> str:
        """Row ``i``'s verdict as a sentence."""
        return self.verdict(i).explain(lang)

    def to_pandas(self) -> Any:
        """A pandas DataFrame: status and reason as categoricals, the numbers as float64.

        Keeps the input's index when the table was a pandas DataFrame.
        """
        import pandas as pd

        return pd.DataFrame(
            {
                "status": pd.Categorical.from_codes(self._status, [s.value for s in STATUSES]),
                "reason": pd.Categorical.from_codes(self._reason, [r.value for r in REASONS]),
                "threshold": self.threshold,
                "value": self.value,
                "gap": self.gap,
            },
            index=self._index,
        )

    def to_polars(self) -> Any:
        """A polars DataFrame: status and reason as Enums, the numbers as Float64 (null where none)."""
        import polars as pl

        def enum(names: list[str], codes: np.ndarray) -> Any:
            return pl.Series(names, dtype=pl.Enum(names)).gather(codes.astype(np.uint32))

        return pl.DataFrame(
            {
                "status": enum([s.value for s in STATUSES], self._status),
                "reason": enum([r.value for r in REASONS], self._reason),
                "threshold": pl.Series(self.threshold, nan_to_null=True),
                "value": pl.Series(self.value, nan_to_null=True),
                "gap": pl.Series(self.gap, nan_to_null=True),
            }
        )


# --------------------------------------------------------------------------- the bulk judgement


def evaluate_table(
    table: Any,
    *,
    target: str = "target",
    reported: str = "reported",
    polarity: str | m.Polarity = "polarity",
    previous: str | None = None,
    unit: str | None = None,
    measure: str | m.Measure | None = None,
    references: Mapping[str, Any] | None = None,
    tolerance: str | float | Decimal | m.Tolerance | None = None,
) -> VerdictTable:
    """Judge every row of ``table``: the verdicts of :func:`compliance.evaluate`, as columns.

    ``target`` and ``reported`` name columns (reported cells may be numbers or text, mixed).
    ``polarity``, ``unit``, ``measure`` and ``tolerance`` each name a column **or**, when the table has
    no column of that name, give one value for every row (``polarity="higher"``, ``tolerance="10%"``);
    the default ``"polarity"`` therefore needs a ``polarity`` column. ``previous`` names a column of
    the prior period's values (for 逐步增加). ``references`` applies to every row, as in ``evaluate``.

    >>> evaluate_table({"target": ["<313.2"], "reported": [313.2]}, polarity="lower").status.tolist()
    ['missed']
    """
    columns, n = _names(table)
    for name, role in ((target, "target"), (reported, "reported")):
        if name not in columns:
            hint = f"the table has {', '.join(columns) or 'no columns'}"
            raise InputError(f"no {role} column `{name}`", hint=hint)
    if previous is not None and previous not in columns:
        raise InputError(f"no previous column `{previous}`", hint=f"the table has {', '.join(columns)}")

    targets = _factors(_column(table, target))
    constraints = [_target(raw) for raw in targets.uniques]
    pol_f, polarities = _setting(table, columns, n, polarity, "polarity", _polarity)
    unit_f, units = _setting(table, columns, n, unit, "unit", _unit)
    measure_f, measures = _setting(table, columns, n, measure, "measure", _measure)
    prev_f = _factors(_column(table, previous)) if previous is not None else _constant(n, None)
    got = _reported(_column(table, reported))
    tol_f, tolerances = _setting(table, columns, n, tolerance, "tolerance", _tolerance)
    refs = dict(references or {})

    def inputs(row: int) -> dict[str, Any]:
        """The keyword arguments of evaluate() for one row."""
        return {  # parsed once (the caches), not again by each evaluate()
            "target": constraints[targets.codes[row]],
            "reported": got.raw(row),
            "polarity": polarities[pol_f.codes[row]],
            "previous": _previous(prev_f.uniques[prev_f.codes[row]]),
            "references": refs,
            "tolerance": tolerances[tol_f.codes[row]],
            "unit": units[unit_f.codes[row]],
            "measure": measures[measure_f.codes[row]],
        }

    # ---- groups: rows sharing target, polarity, unit, measure (and previous, where the engine reads it)
    def group_of_row(row: int) -> tuple[_Group, bool]:
        ctx = _Watched(
            polarity=polarities[pol_f.codes[row]],
            tolerance=tolerances[tol_f.codes[row]],
            sync_tolerance=DEFAULT_SYNC_TOLERANCE,
            reported_tolerance=DEFAULT_REPORTED_TOLERANCE,
            previous=_previous(prev_f.uniques[prev_f.codes[row]]),
            references=refs,
            unit=units[unit_f.codes[row]],
            measure=measures[measure_f.codes[row]],
        )
        found = _group(constraints[targets.codes[row]], ctx)
        return found, ctx.read_previous

    parts = [targets.codes, pol_f.codes, unit_f.codes, measure_f.codes, tol_f.codes]
    sizes = [len(targets.uniques), len(polarities), len(units), len(measures), len(tolerances)]
    group_of, first = _group_rows(parts, sizes, n)
    groups, read = zip(*map(group_of_row, first.tolist())) if n else ((), ())
    # the scalar path tells rows apart by their previous value only where the engine reads it (逐步增加)
    prev_key = _constant(n, None)
    if previous is not None and any(read):  # 逐步增加 and the like: split those groups by the previous value
        reads = np.array(read, dtype=bool)[group_of]
        prev_key = _Factors(np.where(reads, prev_f.codes + 1, 0), [None] * (len(prev_f.uniques) + 1))
        parts.append(prev_key.codes)
        sizes.append(len(prev_f.uniques) + 1)
        group_of, first = _group_rows(parts, sizes, n)
        groups = tuple(group_of_row(row)[0] for row in first.tolist())
    groups = list(groups)

    status = np.full(n, _PENDING, dtype=np.int8)
    reason = np.zeros(n, dtype=np.int8)
    threshold = np.full(n, np.nan)
    value = np.full(n, np.nan)
    gap = np.full(n, np.nan)

    mode = np.array([{"interval": 0, "pending": 1, "scalar": 2}[g.mode] for g in groups], dtype=np.int8)[group_of]
    scalar = ~got.plain | (mode == 2)
    pending = got.plain & (mode == 1)
    if pending.any():
        reason[pending] = np.array([g.reason for g in groups], dtype=np.int8)[group_of[pending]]
    rows = np.flatnonzero(got.plain & (mode == 0))
    if rows.size:
        ends = _Ends.of(groups)
        for start in range(0, rows.size, _BLOCK):
            block = rows[start : start + _BLOCK]
            ties = _judge_intervals(block, group_of[block], got, ends, groups, status, reason, threshold, value, gap)
            scalar[ties] = True
    factors = (targets, pol_f, unit_f, measure_f, tol_f, prev_key)
    _judge_scalar(np.flatnonzero(scalar), inputs, got, factors, status, reason, threshold, value, gap)

    index = table.index if type(table).__module__.split(".")[0] == "pandas" else None
    return VerdictTable(status, reason, threshold, value, gap, inputs, index)


def _group_rows(parts: list[np.ndarray], sizes: list[int], n: int) -> tuple[np.ndarray, np.ndarray]:
    """Dense group ids of the rows' combined codes, and one row of each group."""
    key = np.zeros(n, dtype=np.int64)
    space = 1
    for part, size in zip(parts, sizes):
        if space * size >= 2**62:  # renumber what we have so far before it overflows
            _, key = np.unique(key, return_inverse=True)
            key = key.reshape(-1).astype(np.int64)
            space = int(key.max()) + 1 if n else 1
        key = key * size + part
        space *= size
    if space <= max(4 * n, 1 << 16):  # a direct table: linear, no sort
        present = np.zeros(space, dtype=bool)
        present[key] = True
        slots = np.cumsum(present) - 1
        group_of = slots[key]
        first = np.zeros(int(present.sum()), dtype=np.int64)
        first[group_of] = np.arange(n)  # any row of the group will do: they share every input of the requirement
        return group_of, first
    _, first, group_of = np.unique(key, return_index=True, return_inverse=True)
    return group_of.reshape(-1), first


def _previous(raw: Any) -> m.Reported | None:
    if raw is None:
        return None
    if isinstance(raw, str):
        return _parse_reported(raw)
    return as_reported(raw)


@dataclass(frozen=True, slots=True)
class _Ends:
    """The groups' intervals as arrays (one entry per group), to gather per row."""

    lo: np.ndarray  #: float64, -inf when open below
    hi: np.ndarray  #: float64, +inf when open above
    has_strict: np.ndarray  #: bool: a strict interval tells within_tolerance
    strict_lo: np.ndarray
    strict_hi: np.ndarray
    middle: np.ndarray  #: float64 midpoint of a two-sided interval (+inf otherwise): picks the nearer end
    lo_int: np.ndarray  #: float64 holding the exact integer lo * 10**lo_places (0 when not representable)
    lo_places: np.ndarray  #: int64, -1 when lo is infinite or has too many places
    hi_int: np.ndarray
    hi_places: np.ndarray

    @classmethod
    def of(cls, groups: list[_Group]) -> _Ends:
        def floats(name: str, default: float) -> np.ndarray:
            ends = (getattr(g, name) for g in groups)
            return np.array([default if e is None or not e.is_finite() else float(e) for e in ends], dtype=np.float64)

        def scaled(name: str) -> tuple[np.ndarray, np.ndarray]:
            pairs = [
                _scaled(end) if g.mode == "interval" and (end := getattr(g, name)).is_finite() else (0, -1)
                for g in groups
            ]
            return np.array([float(i) for i, _ in pairs]), np.array([k for _, k in pairs], dtype=np.int64)

        lo_int, lo_places = scaled("lo")
        hi_int, hi_places = scaled("hi")
        middle = [
            float((g.lo + g.hi) / 2) if g.mode == "interval" and g.lo.is_finite() and g.hi.is_finite() else math.inf
            for g in groups
        ]
        return cls(
            lo=floats("lo", -math.inf), hi=floats("hi", math.inf),
            has_strict=np.array([g.strict_lo is not None for g in groups], dtype=bool),
            strict_lo=floats("strict_lo", -math.inf), strict_hi=floats("strict_hi", math.inf),
            middle=np.array(middle, dtype=np.float64),
            lo_int=lo_int, lo_places=lo_places, hi_int=hi_int, hi_places=hi_places,
        )


_BLOCK = 1 << 18  #: rows judged at a time: bounds the temporaries (a few MB each)


def _judge_intervals(
    rows: np.ndarray, g: np.ndarray, got: _Reported, ends: _Ends, groups: list[_Group],
    status: np.ndarray, reason: np.ndarray, threshold: np.ndarray, value: np.ndarray, gap: np.ndarray,
) -> np.ndarray:
    """Judge plain figures against their group's interval; return the rows left to the scalar path (ties)."""
    lo, hi = ends.lo[g], ends.hi[g]
    has_strict, strict_lo, strict_hi = ends.has_strict[g], ends.strict_lo[g], ends.strict_hi[g]
    middle = ends.middle[g]
    p = got.number[rows]

    # Floats order like the exact decimals except where they are equal: those rows go to the engine.
    tie = (p == lo) | (p == hi) | (has_strict & ((p == strict_lo) | (p == strict_hi))) | (p == middle)
    met = (p > lo) & (p < hi)
    within = met & has_strict & ~((p > strict_lo) & (p < strict_hi))
    use_lo = np.isfinite(lo) & (~np.isfinite(hi) | (p < middle))
    keep = ~tie
    at = rows[keep]
    status[at] = np.where(met, _MET, _MISSED)[keep]
    reason[at] = np.where(within, _WITHIN, _MEASURED)[keep]
    threshold[at] = np.where(use_lo, lo, hi)[keep]
    value[at] = p[keep]
    gap[at] = _gaps(at, g[keep], use_lo[keep], got, ends, groups)
    return rows[tie]


def _gaps(
    rows: np.ndarray, g: np.ndarray, use_lo: np.ndarray, got: _Reported, ends: _Ends, groups: list[_Group]
) -> np.ndarray:
    """``value - threshold`` as the float of the exact decimal difference.

    Both are scaled to integers with a common power of ten (exact below 2**50), subtracted exactly and
    divided once (one correct rounding, as ``float(Decimal)``); rows beyond that use Decimal.
    """
    t_places = np.where(use_lo, ends.lo_places[g], ends.hi_places[g])
    t_int = np.where(use_lo, ends.lo_int[g], ends.hi_int[g])
    v_places = got.places[rows]
    places = np.maximum(t_places, v_places)
    ok = (t_places >= 0) & (v_places >= 0) & (places <= _MAX_SCALE)
    powers = 10.0 ** np.clip(places, 0, _MAX_SCALE)
    scaled_v = np.rint(got.number[rows] * powers)
    scaled_t = t_int * 10.0 ** np.clip(places - t_places, 0, _MAX_SCALE)
    ok &= (np.abs(scaled_v) < _EXACT) & (np.abs(scaled_t) < _EXACT)
    out = (scaled_v - scaled_t) / powers  # where ok: exact integers below 2**50, so one rounding, in the division
    for i in np.flatnonzero(~ok).tolist():
        group = groups[g[i]]
        end = group.lo if use_lo[i] else group.hi
        out[i] = float(got.exact(int(rows[i])) - end)
    return out


def _judge_scalar(
    rows: np.ndarray, inputs: Callable[[int], dict[str, Any]], got: _Reported, factors: tuple[_Factors, ...],
    status: np.ndarray, reason: np.ndarray, threshold: np.ndarray, value: np.ndarray, gap: np.ndarray,
) -> None:
    """Rows the arrays do not decide: compliance.evaluate, once per distinct combination of inputs."""
    if not rows.size:
        return
    _, reported_codes = np.unique(got.key[rows], return_inverse=True)
    parts = [reported_codes.reshape(-1)] + [f.codes[rows] for f in factors]
    which, first = _group_rows(parts, [int(part.max()) + 1 for part in parts], len(rows))
    found = np.empty((len(first), 5))
    for k, at in enumerate(first.tolist()):
        verdict = evaluate(**inputs(int(rows[at])))
        found[k] = (
            _STATUS[verdict.status], _REASON[verdict.reason], _float(verdict.threshold), _float(verdict.value),
            _float(verdict.gap),
        )
    picked = found[which]
    status[rows] = picked[:, 0]
    reason[rows] = picked[:, 1]
    threshold[rows] = picked[:, 2]
    value[rows] = picked[:, 3]
    gap[rows] = picked[:, 4]


def _float(value: Decimal | None) -> float:
    return math.nan if value is None else float(value)


# --------------------------------------------------------------------------- frames, partitions, files


def evaluate_frame(frame: Any, **options: Any) -> Any:
    """A pandas DataFrame with the verdict columns added: the function to map over partitions.

    ``options`` are those of :func:`evaluate_table`. Works on an empty frame too, so Dask can infer
    the result's columns; with Dask::

        verdicts = ddf.map_partitions(evaluate_frame, polarity="higher")
    """
    result = evaluate_table(frame, **options).to_pandas()
    clash = [name for name in result.columns if name in frame.columns]
    if clash:
        raise InputError(f"the table already has columns {clash}", hint="rename them before judging")
    return frame.assign(**{name: result[name].array for name in result.columns})  # by position, not by index


def iter_table_chunks(path: str, chunksize: int = 100_000, columns: Sequence[str] | None = None) -> Iterator[Any]:
    """Read a CSV or Parquet file as pandas DataFrames of at most ``chunksize`` rows (bounded memory).

    Each chunk can be judged with :func:`evaluate_table`; the parse caches carry over between chunks.
    Text columns are read as text (``"6以上"``, ``"8-9"``, ``"-"``), numeric ones as numbers.
    """
    import pandas as pd

    lower = str(path).lower()
    if lower.endswith((".parquet", ".pq")):
        import pyarrow.parquet as pq

        with pq.ParquetFile(path) as handle:
            for batch in handle.iter_batches(batch_size=chunksize, columns=list(columns) if columns else None):
                yield batch.to_pandas()
        return
    if lower.endswith((".csv", ".csv.gz", ".tsv")):
        sep = "\t" if lower.endswith(".tsv") else ","
        options = {"usecols": columns, "sep": sep, "keep_default_na": False, "na_values": [""]}
        with pd.read_csv(path, chunksize=chunksize, **options) as reader:
            yield from reader
        return
    raise InputError("unsupported table format", file=str(path), hint="give a .csv, .tsv or .parquet file")
