"""Writing a judged batch as verdict rows: a pyarrow Table of text columns (or, for a library caller, a pandas
DataFrame made from it at the very end), one row per verdict.

The batch (:attr:`JudgedBatch.frame <.judge.JudgedBatch>`) is a pyarrow Table (text columns as arrow strings, null
for a missing cell; ``_line`` int64), read with pyarrow.compute and numpy: pandas is imported only by
:func:`verdict_rows`, the DataFrames a library caller asks for. The columns are the region columns, then
:data:`COLUMNS`. Per-rule columns are dictionaries built from codes (no Python object per row); numbers are
their shortest decimal text (``4.0`` -> ``4``).
``gap``, ``stated``, ``gap_to_target`` and ``explanation`` say what ``check``'s report says of the
same cell (:mod:`compliance.scale.stream.evidence`): ``gap`` is the margin in the indicator's good
direction (positive is better than required), ``stated`` the target as stated where a tolerance
moved the edge judged, ``gap_to_target`` the margin from it (``low..high``), ``explanation`` the
sentence in the run's language. :mod:`compliance.report.large` writes these rows to CSV or JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np

from ...models import format_decimal
from ...plans.severity import SEVERITIES
from ..arrays import arrow_of, factorize, numpy_of, one_chunk, one_text, strings_of
from ..bulk import REASONS, STATUSES
from .evidence import Evidence, float_bits, group_ids, has_previous_row, value_groups
from .judge import JudgedBatch
from .plan import RATINGS, RulePlan, severity_codes

__all__ = [
    "COLUMNS", "VerdictParts", "decimal_text", "distinct_verdicts", "verdict_parts", "verdict_rows", "verdict_table",
]

#: the columns of every verdict row, after the region columns
COLUMNS = (
    "indicator", "number", "name", "period", "index", "rule", "attribute", "department", "unit", "target", "reported",
    "value", "threshold", "gap", "status", "reason", "severity", "progress", "source", "source_note",
    "stated", "gap_to_target", "explanation",
)
_PER_RULE = ("indicator", "number", "name", "period", "index", "rule", "attribute", "department", "unit", "target")


def verdict_rows(
    batch: JudgedBatch, plan: RulePlan, by: tuple[str, ...], path: str, evidence: Evidence | None = None,
    columns: tuple[str, ...] | None = None,
) -> Any:
    """The verdict rows of a batch as a DataFrame (text columns; numbers as decimal text).

    ``evidence`` fills ``gap`` (the margin), ``stated``, ``gap_to_target`` and ``explanation``;
    without it they are empty. ``columns`` (default: ``by`` and :data:`COLUMNS`) may leave out
    ``explanation`` (then no sentence is made). The columns of :func:`verdict_table`, as pandas holds
    them: per-rule, status, reason, severity and progress columns as categoricals, the region, ``reported``
    and ``source_note`` columns with the dtype pandas gives the file's text column (the batch's Table as
    ``to_pandas`` converts it), the others as arrow-backed strings. Pandas is imported here, for the caller."""
    import pandas as pd
    import pyarrow as pa

    table = verdict_table(batch, plan, by, path, evidence, columns)
    frame = batch.frame
    out: dict[str, Any] = {}
    for name, array in zip(table.column_names, table.columns):
        array = one_chunk(array)
        own = _FROM_FILE.get(name, name)
        if pa.types.is_dictionary(array.type):
            codes = pc_fill(array.indices, -1)
            out[name] = pd.Categorical.from_codes(codes, categories=pd.Index(array.dictionary.to_pylist()))
        elif (name in by or name in _FROM_FILE) and own in frame.column_names:
            out[name] = _file_text(frame, own, array)
        else:
            out[name] = _strings(array)
    return pd.DataFrame(out, columns=list(table.column_names))


def _file_text(frame: Any, name: str, array: Any) -> Any:
    """Cells of the file's column ``name`` as pandas holds that column: the dtype ``to_pandas`` gives the batch
    Table's column (``str`` for text), as the DataFrame of a batch had it before the batch became a Table."""
    kind = frame.schema.field(name).type
    return (array if array.type == kind else array.cast(kind)).to_pandas().array


#: the columns whose cells are the file's own, and the file's column (a DataFrame holds them with its dtype)
_FROM_FILE = {"reported": "reported", "source_note": "source"}


def verdict_table(
    batch: JudgedBatch, plan: RulePlan, by: tuple[str, ...], path: str, evidence: Evidence | None = None,
    columns: tuple[str, ...] | None = None,
) -> Any:
    """The verdict rows of a batch as a pyarrow Table (what the command line writes, without pandas).

    Text columns are arrow strings; the per-rule columns and ``status``, ``reason``, ``severity`` and
    ``progress`` are dictionary arrays (their few words once, each row a code; a missing one null).
    See :func:`verdict_rows` for ``evidence`` and ``columns``; the rows are :func:`verdict_parts` spread."""
    return verdict_parts(batch, plan, by, path, evidence, columns).table()


@dataclass(frozen=True, slots=True)
class VerdictParts:
    """A batch's verdict rows, factorised: each region's columns once, each distinct verdict's columns once, and
    per row only which region, which verdict and its ``source`` line. :meth:`table` spreads them to the rows;
    the CSV writer (:mod:`compliance.report._streamed`) writes each part's text once and joins the rows' bytes."""

    columns: tuple[str, ...]  #: the columns of a row, in order
    regions: dict[str, Any]  #: the region columns (arrow), one entry per region of the batch
    unit: np.ndarray  #: each row's region
    verdicts: dict[str, Any]  #: the other columns but ``source`` (arrow), one entry per distinct verdict
    group: np.ndarray  #: each row's distinct verdict
    path: str  #: ``source`` is ``path:line``
    line: np.ndarray  #: each row's line in the file (-1: the cell has no row; its ``source`` is missing)

    def __len__(self) -> int:
        return len(self.group)

    def table(self) -> Any:
        """The rows as a pyarrow Table (:func:`verdict_table`)."""
        import pyarrow as pa

        unit, group = arrow_of(np.asarray(self.unit, dtype=np.int64)), arrow_of(np.asarray(self.group, dtype=np.int64))
        out = {}
        for name in self.columns:
            if name in self.regions:
                out[name] = self.regions[name].take(unit)
            elif name == "source":
                out[name] = self.sources()
            else:
                out[name] = self.verdicts[name].take(group)
        return pa.table(out)

    def sources(self) -> Any:
        """``path:line`` of each row (missing where the cell has none), as text."""
        import pyarrow as pa
        import pyarrow.compute as pc

        line = np.asarray(self.line, dtype=np.int64)
        numbers = pc.cast(arrow_of(line, line < 0), pa.string())
        lead, nothing = strings_of([self.path + ":", ""])
        return pc.binary_join_element_wise(lead, numbers, nothing)


def verdict_parts(
    batch: JudgedBatch, plan: RulePlan, by: tuple[str, ...], path: str, evidence: Evidence | None = None,
    columns: tuple[str, ...] | None = None,
) -> VerdictParts:
    """The verdict rows of a batch, factorised (:class:`VerdictParts`): the rows that agree on everything that
    decides a row's text after its region (:func:`distinct_verdicts`) are built once, from the first of them."""
    columns = (*by, *COLUMNS) if columns is None else columns
    frame, cells = batch.frame, batch.cells
    group, first = distinct_verdicts(batch, evidence)
    one = JudgedBatch(frame, batch.starts, cells.take(first), batch.tables, batch.texts) if len(first) < len(cells) \
        else batch
    verdicts = _verdict_columns(one, plan, evidence, columns)
    starts = arrow_of(np.asarray(batch.starts, dtype=np.int64))
    regions = {name: _taken(frame.column(name), starts) for name in by if name in columns}
    lines = np.asarray(numpy_of(frame.column("_line")), dtype=np.int64)
    row = cells.row
    line = np.where(row >= 0, np.asarray(lines, dtype=np.int64)[np.maximum(row, 0)] if len(lines) else 0, -1)
    return VerdictParts(tuple(columns), regions, np.asarray(cells.unit, dtype=np.int64), verdicts, group, path, line)


def distinct_verdicts(batch: JudgedBatch, evidence: Evidence | None) -> tuple[np.ndarray, np.ndarray]:
    """Each cell's distinct verdict (dense codes in order of first appearance) and the first cell of each.

    Cells are alike when they agree on what their row's text (after the region columns and ``source``) is made
    of: the rule, the reported text (none: no row), the file's ``source`` text, the previous year's reported
    text where the rule reads it (:attr:`Evidence.reads_previous`), whether there is a previous row at all
    (:func:`~.evidence.has_previous_row`), status, reason, progress, and the bits of
    threshold, value and gap. A cell ``check`` judged (its own judgement, any words) is alike no other."""
    cells = batch.cells
    n = len(cells)
    if n == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    frame = batch.frame
    # the judge's codes of the column where it made them (the same cells: one hashing a batch)
    reported = _text_codes(frame.column("reported")) if batch.texts is None else batch.texts.row_codes()
    own = cells.table < 0
    parts = [cells.rule, _at_rows(reported, cells.row)]
    if "source" in frame.column_names:
        parts.append(_at_rows(_text_codes(frame.column("source")), cells.row))
    if evidence is not None:
        reads = evidence.reads_previous[cells.rule] & ~own
        parts.append(_at_rows(reported, np.where(reads, cells.previous, -1)))
        parts.append(has_previous_row(batch).astype(np.int64))  # 2.8（上年2）'s note: only with no previous row
    parts += [cells.status, cells.reason, cells.progress]
    if own.any():
        parts.append(np.where(own, np.cumsum(own) - 1, -1))
    if n >= _WIDE_FROM:  # the floats' bits hashed with the codes, in one go
        return value_groups([*parts, *(float_bits(getattr(cells, name)) for name in ("threshold", "value", "gap"))])
    parts += [_float_codes(getattr(cells, name)) for name in ("threshold", "value", "gap")]
    return group_ids(parts)


_WIDE_FROM = 1024  #: cells from which distinct_verdicts hashes every part of a cell together (value_groups)


def _text_codes(text: Any) -> np.ndarray:
    """Dense codes of a text column of the batch (arrow; a missing cell has a code of its own)."""
    import pyarrow.compute as pc

    text = one_chunk(text)
    if len(text) and not text.null_count and pc.all(pc.equal(text, text[0])).as_py():
        return np.zeros(len(text), dtype=np.int64)  # one text (a panel's source): no hashing
    encoded = pc.dictionary_encode(text, null_encoding="encode")
    return numpy_of(encoded.indices).astype(np.int64)


def _at_rows(codes: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """``codes`` at ``rows`` (-1 where a row is -1)."""
    if not len(codes):
        return np.full(len(rows), -1, dtype=np.int64)
    return np.where(rows >= 0, codes[np.maximum(rows, 0)], -1)


def _float_codes(values: np.ndarray) -> np.ndarray:
    """Dense codes of floats by their bits (every NaN one code)."""
    values = np.asarray(values, dtype=np.float64)
    bits = np.where(np.isnan(values), -1, values.view(np.int64))
    return factorize(bits)[0]


def _verdict_columns(
    batch: JudgedBatch, plan: RulePlan, evidence: Evidence | None, columns: tuple[str, ...],
) -> dict[str, Any]:
    """Every column of each cell's row but the region columns and ``source`` (arrow arrays)."""
    import pyarrow as pa

    frame, cells = batch.frame, batch.cells
    n = len(cells)
    out: dict[str, Any] = {}
    for name in _PER_RULE:
        found = plan.columns[name]
        out[name] = _dictionary(found.codes[cells.rule], found.categories or ["-"])
    row = cells.row
    at = arrow_of(np.asarray(row, dtype=np.int64), row < 0)
    out["reported"] = _taken(frame.column("reported"), at)
    out["value"] = _decimal_texts(cells.value, out["reported"])
    out["threshold"] = _few_decimal_texts(cells.threshold)
    told = evidence.columns(batch) if evidence is not None else {}
    if "value" in told:  # a computed value as check writes it, not as its float would
        import pyarrow.compute as pc

        out["value"] = pc.coalesce(told["value"], out["value"])
    for name in ("gap", "stated", "gap_to_target", "explanation"):
        if name in columns:
            out[name] = one_text(told[name]) if name in told else pa.nulls(n, pa.string())
    out["status"] = _dictionary(cells.status, [s.value for s in STATUSES])
    out["reason"] = _dictionary(cells.reason, [r.value for r in REASONS])
    out["severity"] = _dictionary(severity_codes(plan.binding[cells.rule], cells.status), list(SEVERITIES))
    out["progress"] = _dictionary(cells.progress, [r.value for r in RATINGS])
    source = "source" in frame.column_names
    out["source_note"] = _taken(frame.column("source"), at) if source else pa.nulls(n, pa.string())
    return {name: out[name] for name in columns if name in out}


def _dictionary(codes: np.ndarray, words: list[str]) -> Any:
    """A dictionary array of ``words`` by ``codes`` (-1: null), as a pandas Categorical from codes is."""
    import pyarrow as pa

    codes = np.asarray(codes)
    return pa.DictionaryArray.from_arrays(arrow_of(codes.astype(np.int32), codes < 0), strings_of(words))


def _taken(array: Any, at: Any) -> Any:
    """The cells ``at`` (arrow indices; null: a missing cell) of a column of the batch (``JudgedBatch.frame``), one
    arrow array (the chunks joined after the take)."""
    return one_chunk(array.take(at))


def pc_fill(indices: Any, value: int) -> np.ndarray:
    """Dictionary indices as a numpy array of codes, ``value`` for null."""
    return numpy_of(indices, null=value).astype(np.int64)


def _few_decimal_texts(values: np.ndarray) -> Any:
    """:func:`decimal_text` of a column of few distinct values (thresholds): each written once, then spread."""
    codes, uniques = factorize(np.asarray(values, dtype=np.float64) + 0.0)  # -0.0 + 0.0 is 0.0, as decimal_text
    texts = _decimal_texts(np.asarray(uniques, dtype=np.float64))
    return texts.take(arrow_of(codes, codes < 0))


def _strings(array: Any) -> Any:
    import pandas as pd

    return pd.arrays.ArrowStringArray(array) if hasattr(pd.arrays, "ArrowStringArray") else array.to_pandas()


def decimal_text(values: np.ndarray, reported: Any = None) -> Any:
    """Floats as their shortest decimal text (``4.0`` -> ``4``, ``0.1`` -> ``0.1``, ``-0`` -> ``0``), NaN as missing,
    as a pandas string array: :func:`_decimal_texts` (``reported``: a sequence of texts or an arrow array)."""
    import pandas as pd
    import pyarrow as pa

    if reported is not None and not isinstance(reported, (pa.Array, pa.ChunkedArray)):
        reported = pa.array(list(reported), type=pa.string(), from_pandas=True)
    text = _decimal_texts(values, reported)
    return pd.arrays.ArrowStringArray(text) if hasattr(pd.arrays, "ArrowStringArray") else text.to_pandas()


def _decimal_texts(values: np.ndarray, reported: Any = None) -> Any:
    """Floats as their shortest decimal text (``4.0`` -> ``4``, ``0.1`` -> ``0.1``, ``-0`` -> ``0``), NaN as null,
    an arrow string array.

    With ``reported`` (each row's reported text, arrow), a figure the float does not hold exactly is written
    as the reported text says it, as ``check`` writes the figure it read (``12345678901234567890.5``,
    not ``12345678901234567000``): the rows whose shortest text has 16 digits or more are looked at
    (fewer always round-trip), where the reported text (stripped) is a decimal whose float is the value.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    values = np.asarray(values, dtype=np.float64) + 0.0  # -0.0 + 0.0 is 0.0: check writes 0
    text = pc.cast(arrow_of(values, np.isnan(values)), pa.string())
    exponent = numpy_of(pc.match_substring(text, "e"), null=False).astype(bool)
    long = None
    if reported is not None:  # a float text of 16+ characters may hold 16+ digits: the float may have rounded
        long = numpy_of(pc.utf8_length(text), null=0) >= 16
    if exponent.any() or (long is not None and long.any()):
        fixed = text.to_pylist()
        for i in np.flatnonzero(exponent).tolist():  # 1e-07 -> 0.0000001, as the reports write decimals
            fixed[i] = format_decimal(Decimal(repr(float(values[i]))))
        for i in np.flatnonzero(exponent | long).tolist() if long is not None else ():
            figure = _exact(reported[i].as_py(), float(values[i]))
            if figure is not None:
                fixed[i] = figure
        text = strings_of(fixed)
    return text


def _exact(reported: Any, value: float) -> str | None:
    """The reported text as ``format_decimal`` writes it, if it is a plain decimal whose float is ``value``."""
    if not isinstance(reported, str):
        return None
    try:
        figure = Decimal(reported.strip())
    except ArithmeticError:
        return None
    if not figure.is_finite() or float(figure) != value:
        return None
    return format_decimal(figure + 0)  # + 0: -0 is 0
