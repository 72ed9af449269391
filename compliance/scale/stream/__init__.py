"""Judge a large dataset chunk by chunk, in bounded memory: ``compliance check`` on a whole panel.

``stream_check(rules, "panel.csv", ["2022"], by=["county"])`` reads a long table from CSV/TSV
(``.gz`` too) or Parquet, ``chunksize`` rows at a time. Its columns are ``indicator``, ``period``,
``reported``, optionally ``source`` and ``note`` (and ``name``/``unit``, labels that are not read), and
the **region columns** named by ``by`` (``county``; ``province, county``): the reporting unit of
each row. Every (region, indicator, period) cell that has a target is judged exactly as
:func:`compliance.plans.check.check` judges that region's rows on their own: a cell without a row is
pending, previous-year values feed ``逐步增加``, a period after ``as_of`` is ``period_open``.

Iterating the returned :class:`StreamCheck` yields the verdicts batch by batch (pandas DataFrames,
one row per verdict, columns :attr:`StreamCheck.columns`, in file order of the regions and then
``check``'s order); afterwards :attr:`StreamCheck.summary` holds the counts (by status, reason,
severity, attribute, indicator, period, region) and a bounded sample of missed and pending
verdicts with their explanations.

How memory stays bounded
    The rows of one region must be **contiguous** (the file grouped, e.g. sorted, by the region
    columns). A chunk is cut after its last complete region; the rows of that last region are
    carried into the next chunk. So previous-year values, duplicates and cells without a row are
    all found within the rows held, and memory is one chunk plus one region, plus the set of region
    keys already seen (to refuse a region whose rows resume later, which would otherwise be judged
    twice with its previous values missing). Without ``by`` the whole file is one region, which can
    hold at most one row per indicator and period. No first pass builds an index of values.
Where the time goes
    Targets of single years are judged with :func:`compliance.scale.bulk.evaluate_table` (vectorised),
    with the rules file's references for each indicator and period. Plan-period targets
    (``2021-2025``, progress ratings), custom ``expr`` rules and targets that read another
    indicator's same-period value (``与经济增长基本同步``) are judged by ``check`` itself, region by
    region: exact, and much slower per verdict (a few thousand per second).
Errors stop the run
    An unknown indicator, a bad period, an empty region cell, a second row for a (region,
    indicator, period), a region whose rows resume after other regions, a malformed line: each
    raises :class:`~compliance.errors.InputError` naming ``file:line`` (for Parquet, the 1-based
    row). Nothing is skipped or counted away; the command writes no report (exit 2).

This module needs pandas (and pyarrow for Parquet and for writing numbers): ``pip install
'compliance[stream]'``. ``import compliance`` does not load it.
"""

from __future__ import annotations

import csv
import difflib
import gzip
import heapq
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict

from ... import models as m
from ..bulk import REASONS, STATUSES, evaluate_table
from ...plans.check import ALL, Timing, check, periods_with_targets, rule_cells
from ...plans.datasets import LABELS, OPTIONAL, REQUIRED, Dataset, Row, normalize_period
from ...errors import InputError
from ...judge.periods import Period
from ...plans.rules import Indicator, RulesFile

__all__ = [
    "COLUMNS", "DEFAULT_CHUNKSIZE", "IndicatorTally", "RegionTally", "SampleRow", "StreamCheck", "StreamSummary",
    "Tally", "is_table_file", "stream_check",
]

DEFAULT_CHUNKSIZE = 100_000
DEFAULT_SAMPLE = 3  #: missed (and pending) verdicts kept per indicator and period, with their explanations
TOP_REGIONS = 50  #: regions listed in the summary, most missed first
#: the columns of every verdict row, after the region columns
COLUMNS = (
    "indicator", "number", "name", "period", "index", "rule", "attribute", "department", "unit", "target", "reported",
    "value", "threshold", "gap", "status", "reason", "severity", "progress", "source", "source_note",
)
RATINGS: tuple[m.ProgressRating, ...] = tuple(m.ProgressRating)
SEVERITIES = ("fail", "warn", "ok", "open")
_CSV = (".csv", ".tsv", ".csv.gz", ".tsv.gz")
_PARQUET = (".parquet", ".pq")
_MET, _MISSED, _PENDING = (STATUSES.index(s) for s in (m.Status.MET, m.Status.MISSED, m.Status.PENDING))


def is_table_file(path: str) -> bool:
    """Whether the streaming path reads ``path`` (by its name: CSV/TSV, gzipped or not, or Parquet)."""
    return str(path).lower().endswith(_CSV + _PARQUET)


# --------------------------------------------------------------------------- the summary


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Tally(_Model):
    """Verdicts by status."""

    met: int = 0
    missed: int = 0
    pending: int = 0

    @property
    def total(self) -> int:
        return self.met + self.missed + self.pending


class IndicatorTally(_Model):
    indicator: str
    number: str | None = None
    name: str
    attribute: str | None = None
    counts: Tally


class RegionTally(_Model):
    region: tuple[str, ...]  #: the values of the region columns
    counts: Tally


class SampleRow(_Model):
    """One verdict kept for the report, with the evidence ``check`` gives it."""

    region: tuple[str, ...]
    indicator: str
    number: str | None = None
    name: str
    period: str
    attribute: str | None = None
    department: str | None = None
    target: str
    reported: str
    value: str | None = None
    threshold: str | None = None
    gap: str | None = None
    status: m.Status
    reason: m.Reason
    severity: str
    source: str | None = None  #: ``file:line`` of the row judged
    explanation: dict[str, str]  #: ``{"zh": ..., "en": ...}``


class StreamSummary(_Model):
    """What a streamed run found: counts of every verdict, and a sample of the missed and pending ones."""

    plan: str
    jurisdiction: str | None = None
    dataset: str
    periods: tuple[str, ...]
    as_of: int
    by: tuple[str, ...]  #: the region columns (empty: the file is one region)
    rows_read: int  #: data rows of the file (blank lines not counted)
    verdicts: int
    cells_without_row: int  #: verdicts of cells the file has no row for (pending, or period_open)
    by_status: Tally
    by_reason: dict[str, int]
    by_severity: dict[str, int]
    by_progress: dict[str, int]  #: ratings of plan-period targets judged before their end
    by_attribute: dict[str, Tally]  #: ``约束性`` / ``预期性`` / ``unspecified``
    by_period: dict[str, Tally]
    by_indicator: tuple[IndicatorTally, ...]  #: in the rules file's order
    regions: int
    regions_by_status: Tally  #: each region counted once, by its worst verdict
    top_regions: tuple[RegionTally, ...]  #: the regions with the most missed (then pending) verdicts
    sample: tuple[SampleRow, ...]  #: up to ``sample`` missed and pending verdicts per indicator and period


# --------------------------------------------------------------------------- rules, planned once


@dataclass(frozen=True, slots=True)
class _Rule:
    """One rule of one indicator in one period (a row of ``check``'s output for any region)."""

    indicator: Indicator
    period: str
    index: int
    kind: Literal["target", "expr"]
    exact: bool  #: judged by ``check`` region by region (plan period, expr, same-period reads)
    #: a cell without a row takes check's own verdict (its period ends after as_of): pending
    #: ``period_open``, or ``no_data`` saying the data run to as_of
    opens: bool
    open_reason: m.Reason
    target: str  #: the target text (the expression for a custom rule)
    polarity: str
    unit: str | None
    measure: str | None
    tolerance: str
    references: tuple[tuple[str, str], ...]  #: the rules file's references for the cell

    @property
    def key(self) -> tuple[str, str, int, str]:
        return (self.indicator.id, self.period, self.index, self.kind)


def _plan(rules: RulesFile, periods: Sequence[str], as_of: int) -> list[_Rule]:
    """Every rule ``check`` judges in ``periods``, in its order, with what judging one needs."""
    planned = []
    for cell in rule_cells(rules, list(periods), as_of=as_of):
        ctx = cell.context
        planned.append(_Rule(
            indicator=cell.indicator, period=cell.period, index=cell.index, kind=cell.rule,
            exact=cell.rule == "expr" or not Period.parse(cell.period).is_year or cell.same_period,
            opens=cell.timing is not Timing.DUE,
            open_reason=cell.timing.reason or m.Reason.NO_DATA, target=cell.text,
            polarity=ctx.polarity.value, unit=ctx.unit, measure=ctx.measure.value if ctx.measure else None,
            tolerance=str(ctx.tolerance),
            references=tuple(sorted((name, str(value)) for name, value in ctx.references.items())),
        ))
    return planned


class _Codes:
    """A per-rule attribute as categorical codes (for building columns without boxing a value per row)."""

    def __init__(self, values: Sequence[Any]) -> None:
        self.categories: list[Any] = []
        index: dict[Any, int] = {}
        codes = []
        for value in values:
            if value is None:
                codes.append(-1)
                continue
            if value not in index:
                index[value] = len(self.categories)
                self.categories.append(value)
            codes.append(index[value])
        self.codes = np.array(codes, dtype=np.int64)

    def column(self, rules: np.ndarray) -> Any:
        import pandas as pd

        return pd.Categorical.from_codes(self.codes[rules], categories=self.categories or ["-"])


# --------------------------------------------------------------------------- reading


class _Reader:
    """A long table read chunk by chunk: text columns named by their role, and each row's line."""

    def __init__(self, path: str, by: tuple[str, ...]) -> None:
        self.path = path
        lower = path.lower()
        if not lower.endswith(_CSV + _PARQUET):
            raise InputError(
                "the streaming path reads .csv, .tsv (also gzipped) and .parquet files", file=path,
                hint="save the table as CSV or Parquet, or judge it without --stream",
            )
        if not Path(path).is_file():
            raise InputError("file not found" if not Path(path).exists() else "is not a file", file=path,
                             hint="check the path")
        self.parquet = lower.endswith(_PARQUET)
        self.gzip = lower.endswith(".gz")
        self.sep = "\t" if ".tsv" in lower else ","
        self.size = Path(path).stat().st_size
        self.fraction: float | None = 0.0  #: how much of the file has been read (None: unknown)
        header, self.header_line = self._header()
        self.names = self._roles(header, by)

    # ---- header

    def _header(self) -> tuple[list[str], int]:
        if self.parquet:
            import pyarrow as pa
            import pyarrow.parquet as pq

            try:
                return list(pq.read_schema(self.path).names), 0
            except (pa.ArrowException, OSError) as exc:  # ArrowInvalid: not Parquet
                raise InputError(f"not a readable Parquet file ({type(exc).__name__})", file=self.path,
                                 hint="write it again with pandas or pyarrow, or give a CSV file") from None
        opener: Any = gzip.open if self.gzip else open
        try:
            with opener(self.path, "rt", encoding="utf-8-sig", newline="") as handle:
                reader = csv.reader(handle, delimiter=self.sep)
                for cells in reader:
                    if any(cell.strip() for cell in cells):
                        return cells, reader.line_num
        except UnicodeDecodeError:
            raise InputError("is not UTF-8 text", file=self.path, hint="save the table as UTF-8 CSV") from None
        except (csv.Error, OSError, EOFError) as exc:
            raise InputError(f"cannot read the first line: {exc}", file=self.path, line=1) from None
        raise InputError("is empty", file=self.path, line=1,
                         hint="the first line names the columns: indicator,period,reported")

    def _roles(self, header: list[str], by: tuple[str, ...]) -> list[str]:
        """The name each column is read under: its role, a region column's own name, or ``_ignored``."""
        known = REQUIRED + OPTIONAL + LABELS
        names: list[str] = []
        seen: set[str] = set()
        line = self.header_line or None
        for position, raw in enumerate(header, 1):
            title = raw.strip().removeprefix("\ufeff")
            role = title if title in by else title.lower()
            if not title:
                names.append(f"_unnamed{position}")
                continue
            if role in seen:
                raise InputError(f"two columns named `{title}`", file=self.path, line=line, column=position,
                                 hint="name each column once")
            seen.add(role)
            if role in by or role in REQUIRED + OPTIONAL:
                names.append(role)
            elif role in LABELS:
                names.append(f"_label{position}")
            else:
                wide = normalize_period(title) is not None
                close = difflib.get_close_matches(role, known, n=1)
                raise InputError(
                    f"unknown column `{title}`", file=self.path, line=line, column=position,
                    hint="the streaming path reads long tables (indicator, period, reported): reshape the wide "
                    "table to one row per period" if wide else
                    f"did you mean `{close[0]}`? If it names the region, pass --by {title}" if close else
                    f"name it as a region column with --by {title}, or remove it",
                )
        for required in REQUIRED:
            if required not in seen:
                raise InputError(f"no `{required}` column", file=self.path, line=line,
                                 hint="the first line names the columns: indicator,period,reported[,source,note]")
        for column in by:
            if column not in seen:
                raise InputError(f"no region column `{column}`", file=self.path, line=line,
                                 hint=f"the columns are {', '.join(h.strip() for h in header)}")
        return names

    # ---- chunks

    def chunks(self, chunksize: int, columns: Sequence[str] | None = None) -> Iterator[tuple[Any, np.ndarray]]:
        """DataFrames of at most ``chunksize`` rows (text; missing cells NA) and each row's line."""
        if self.parquet:
            yield from self._parquet_chunks(chunksize, columns)
        else:
            yield from self._csv_chunks(chunksize, columns)

    def _csv_chunks(self, chunksize: int, columns: Sequence[str] | None) -> Iterator[tuple[Any, np.ndarray]]:
        import pandas as pd

        first_line = self.header_line + 1  # the line of the first row after the header
        breaks = 0  # line breaks inside quoted cells so far: they shift every later row's line
        usecols = None if columns is None else [i for i, name in enumerate(self.names) if name in columns]
        with open(self.path, "rb") as raw:
            options: dict[str, Any] = {
                "sep": self.sep, "header": self.header_line - 1, "names": self.names, "dtype": str,
                "keep_default_na": False, "na_values": [""], "skip_blank_lines": False,
                "encoding": "utf-8",  # not utf-8-sig (twice as slow): a BOM is on the header line, names= replaces it
                "chunksize": chunksize, "compression": "gzip" if self.gzip else None, "usecols": usecols,
            }
            try:
                with pd.read_csv(raw, **options) as reader:
                    for frame in reader:
                        extra = np.zeros(len(frame), dtype=np.int64)
                        if columns is None:
                            for name in frame.columns:
                                text = frame[name]
                                if text.str.contains("\n", regex=False).fillna(False).any():
                                    extra += text.str.count("\n").fillna(0).to_numpy(dtype=np.int64)
                        before = breaks + np.cumsum(extra) - extra
                        breaks += int(extra.sum())
                        lines = first_line + frame.index.to_numpy(dtype=np.int64) + before
                        self.fraction = None if self.gzip else min(1.0, raw.tell() / max(1, self.size))
                        yield frame, lines
            except pd.errors.ParserError as exc:
                import re

                found = re.search(r"line (\d+)", str(exc))
                message = str(exc).split("C error: ")[-1].rstrip(".")
                raise InputError(f"not valid CSV: {message}", file=self.path,
                                 line=int(found.group(1)) if found else None,
                                 hint="check the separators and quotes on this line") from None
            except UnicodeDecodeError:
                raise InputError("is not UTF-8 text", file=self.path, hint="save the table as UTF-8 CSV") from None
            except (OSError, EOFError) as exc:
                raise InputError(f"cannot read: {exc}", file=self.path) from None

    def _parquet_chunks(self, chunksize: int, columns: Sequence[str] | None) -> Iterator[tuple[Any, np.ndarray]]:
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        wanted = [
            original for original, name in zip(pq.read_schema(self.path).names, self.names)
            if not name.startswith("_label") and (columns is None or name in columns)
        ]
        rename = dict(zip(pq.read_schema(self.path).names, self.names))
        start = 0
        with pq.ParquetFile(self.path) as handle:
            total = handle.metadata.num_rows
            for batch in handle.iter_batches(batch_size=chunksize, columns=wanted):
                arrays = {}
                for original, array in zip(batch.schema.names, batch.columns):
                    if not (pa.types.is_string(array.type) or pa.types.is_large_string(array.type)):
                        array = pc.cast(array, pa.string())  # numbers as their shortest text: 4.0 -> "4"
                    arrays[rename[original]] = array
                frame = pa.table(arrays).to_pandas()
                lines = start + 1 + np.arange(len(frame), dtype=np.int64)
                start += len(frame)
                self.fraction = start / max(1, total)
                yield frame, lines


# --------------------------------------------------------------------------- the run


def stream_check(
    rules: RulesFile,
    path: str | Path,
    periods: Sequence[str] | str | None = None,
    *,
    as_of: int | None = None,
    by: Sequence[str] = (),
    chunksize: int = DEFAULT_CHUNKSIZE,
    sample: int = DEFAULT_SAMPLE,
    rows: bool = True,
) -> StreamCheck:
    """Prepare a streamed judgement of the dataset at ``path``; iterate the result to run it.

    ``periods``: a list, ``"all"`` (every period with a target), or ``None`` for the latest year
    that has both a target and a value. ``as_of`` defaults to the latest year the file reports on.
    Finding either default reads the file's ``period`` column once before judging. ``rows=False``
    skips building the verdict rows (when only the summary is wanted). The header is checked here:
    :class:`InputError` for a missing or unknown column.
    """
    return StreamCheck(rules, str(path), periods, as_of=as_of, by=tuple(by), chunksize=chunksize,
                       sample=sample, rows=rows)


class StreamCheck:
    """A prepared streamed judgement: iterate it once for the verdict batches, then read :attr:`summary`."""

    def __init__(
        self, rules: RulesFile, path: str, periods: Sequence[str] | str | None, *, as_of: int | None,
        by: tuple[str, ...], chunksize: int, sample: int, rows: bool,
    ) -> None:
        if chunksize < 1:
            raise ValueError("chunksize must be at least 1")
        clash = [name for name in by if name in COLUMNS + REQUIRED + OPTIONAL + LABELS or name.startswith("_")]
        if clash:
            raise InputError(f"`{clash[0]}` cannot be a region column", file=path,
                             hint="region columns are the other columns of the table (county, province ...)")
        self.rules, self.path, self.by = rules, path, by
        self.chunksize, self.sample, self.want_rows = chunksize, sample, rows
        self._reader = _Reader(path, by)
        self._ids = [indicator.id for indicator in rules.indicators]
        self._ind = {indicator_id: code for code, indicator_id in enumerate(self._ids)}
        import pandas as pd

        self._index = pd.Index(self._ids)
        wanted = periods_with_targets(rules) if periods is None or periods == ALL else [periods] \
            if isinstance(periods, str) else list(periods)
        if periods is None or as_of is None:
            found = self._scan()
            if as_of is None:
                as_of = max((Period.parse(p).end for p in found), default=0)
            if periods is None:
                years = sorted(p for p in found if Period.parse(p).is_year and p in set(wanted))
                if not years:
                    raise InputError("no period has both a target and a reported value", file=path,
                                     hint="pass --period P (or --period all)")
                wanted = [years[-1]]
        self.periods: tuple[str, ...] = tuple(wanted)
        self.as_of: int = as_of
        self.columns: tuple[str, ...] = by + COLUMNS  #: the columns of each verdict batch
        self._rules = _plan(rules, self.periods, as_of)
        self._prepare_rules()
        self.rows_read = 0  #: rows read so far (progress)
        self.verdicts = 0  #: verdicts made so far
        self._summary: StreamSummary | None = None
        self._started = False

    @property
    def fraction(self) -> float | None:
        """How much of the file has been read, 0 to 1 (None when unknown: a gzipped file)."""
        return self._reader.fraction

    @property
    def summary(self) -> StreamSummary:
        """The counts and the sample; available once the iteration has finished."""
        if self._summary is None:
            raise RuntimeError("iterate the StreamCheck to the end before reading its summary")
        return self._summary

    def run(self) -> StreamSummary:
        """Judge the whole file, discarding the verdict rows; return the summary."""
        for _ in self:
            pass
        return self.summary

    # ------------------------------------------------------------------ set-up

    def _scan(self) -> set[str]:
        """The valid periods the file names (a bad one is reported with its line by the main pass)."""
        import pandas as pd

        found: set[str] = set()
        seen: set[Any] = set()
        for frame, _ in self._reader.chunks(max(self.chunksize, 1_000_000), columns=["period"]):
            for raw in pd.unique(frame["period"].dropna()):
                if raw in seen:
                    continue
                seen.add(raw)
                period = _period(raw)
                if period is not None:
                    found.add(period)
        self._reader.fraction = 0.0
        return found

    def _prepare_rules(self) -> None:
        rules = self._rules
        self._n = len(rules)
        self._exact_keys = {rule.key: code for code, rule in enumerate(rules) if rule.exact}
        self._exact_periods = sorted({rule.period for rule in rules if rule.exact})
        fast = [code for code, rule in enumerate(rules) if not rule.exact]
        self._fast = np.array(fast, dtype=np.int64)
        pairs: dict[tuple[int, str], int] = {}
        for code in fast:
            rule = rules[code]
            pairs.setdefault((self._ind[rule.indicator.id], rule.period), len(pairs))
        self._pairs = pairs
        self._fast_pair = np.array(
            [pairs[(self._ind[rules[c].indicator.id], rules[c].period)] for c in fast], dtype=np.int64
        )
        self._fast_ind = np.array([self._ind[rules[c].indicator.id] for c in fast], dtype=np.int64)
        self._fast_year = np.array([Period.parse(rules[c].period).start for c in fast], dtype=np.int64)
        self._opens = np.array([rule.opens for rule in rules], dtype=bool)
        self._open_reasons = np.array([REASONS.index(rule.open_reason) for rule in rules], dtype=np.int8)
        groups: dict[tuple[tuple[str, str], ...], list[int]] = {}
        for local, code in enumerate(fast):
            groups.setdefault(rules[code].references, []).append(local)
        self._groups = [(dict(refs), np.array(members, dtype=np.int64)) for refs, members in groups.items()]
        self._binding = np.array([rule.indicator.attribute == "约束性" for rule in rules], dtype=bool)
        self._col = {
            "indicator": _Codes([r.indicator.id for r in rules]),
            "number": _Codes([r.indicator.number for r in rules]),
            "name": _Codes([r.indicator.name for r in rules]),
            "period": _Codes([r.period for r in rules]),
            "index": _Codes([str(r.index) for r in rules]),
            "rule": _Codes([r.kind for r in rules]),
            "attribute": _Codes([r.indicator.attribute for r in rules]),
            "department": _Codes([r.indicator.department for r in rules]),
            "unit": _Codes([r.unit if r.unit is not None else r.indicator.unit for r in rules]),
            "target": _Codes([r.target for r in rules]),
            "polarity": _Codes([r.polarity for r in rules]),
            "measure": _Codes([r.measure for r in rules]),
            "tolerance": _Codes([r.tolerance for r in rules]),
        }
        # periods seen in the file: code -> text, start year (-1 for a plan period), end year
        self._period_code: dict[Any, int] = {}  # raw cell text -> code (-1: not a period)
        self._period_text: list[str] = []
        self._period_of: dict[str, int] = {}
        self._period_year: list[int] = []
        self._period_end: list[int] = []
        # running counts
        self._counts = np.zeros((self._n, 3), dtype=np.int64)
        self._reasons = np.zeros(len(REASONS), dtype=np.int64)
        self._ratings = np.zeros(len(RATINGS), dtype=np.int64)
        self._without_row = 0
        self._regions = 0
        self._regions_by_status = np.zeros(3, dtype=np.int64)
        self._top: list[tuple[int, int, int, tuple[str, ...], tuple[int, int, int]]] = []
        self._sampled = np.zeros((self._n, 2), dtype=np.int64)  # missed, pending kept per rule
        self._sample: list[tuple[tuple[int, int, int], SampleRow]] = []  # (rule, missed/pending, region)
        self._finished: dict[tuple[str, ...], int] = {}  # region -> last line of its rows

    # ------------------------------------------------------------------ the main pass

    def __iter__(self) -> Iterator[Any]:
        """Yield a DataFrame of verdict rows per batch of complete regions (``None`` when ``rows=False``)."""
        import pandas as pd

        if self._started:
            raise RuntimeError("a StreamCheck runs once; call stream_check again")
        self._started = True
        needed = set(self.by) | {"indicator", "period", "reported", "source", "note"}
        carry = None
        for frame, lines in self._reader.chunks(self.chunksize):
            frame = self._clean(frame, lines, needed)
            self.rows_read += len(frame)
            if carry is not None and len(carry):
                frame = pd.concat([carry, frame], ignore_index=True)
            complete, carry = self._split(frame)
            if len(carry) > self.chunksize:  # one region larger than a chunk: its duplicates fail early
                self._duplicates(carry, self._units(carry)[0])
            if complete is not None and len(complete):
                yield self._judge(complete)
        if carry is not None and len(carry):
            yield self._judge(carry)
        self._summary = self._summarize()

    def _clean(self, frame: Any, lines: np.ndarray, needed: set[str]) -> Any:
        """Drop blank lines, check every cell that must hold something, and code indicators and periods."""
        import pandas as pd

        for name in frame.columns:
            if name.startswith("_unnamed") and frame[name].notna().any():
                row = int(np.flatnonzero(frame[name].notna().to_numpy())[0])
                raise InputError("a value in a column that has no name in the first line", file=self.path,
                                 line=int(lines[row]), hint="name the column in the first line, or remove the value")
        frame = frame[[name for name in frame.columns if name in needed]]
        indicator = frame["indicator"].str.strip()
        empty = (indicator.isna() | (indicator == "")).to_numpy(dtype=bool)
        if empty.any():  # a blank line, or a row without an indicator (an error below)
            blank = empty.copy()
            for name in frame.columns:
                text = frame[name][empty]
                blank[empty] &= (text.isna() | (text.str.strip() == "")).to_numpy(dtype=bool)
            if blank.any():
                keep = ~blank
                frame, lines, indicator = frame[keep], lines[keep], indicator[keep]
            frame, indicator = frame.reset_index(drop=True), indicator.reset_index(drop=True)
        codes = self._index.get_indexer(indicator).astype(np.int64)  # -1: unknown or missing
        if (codes < 0).any():
            row = int(np.flatnonzero(codes < 0)[0])
            value = indicator.iloc[row]
            if pd.isna(value) or not value:
                raise InputError("no indicator id", file=self.path, line=int(lines[row]),
                                 hint="name the indicator by its id in the rules file")
            close = difflib.get_close_matches(value, self._ids, n=1)
            raise InputError(f"unknown indicator `{value}`", file=self.path, line=int(lines[row]),
                             hint=f"did you mean `{close[0]}`?" if close else "add it to the rules file or fix the id")
        raw_codes, uniques = pd.factorize(frame["period"], use_na_sentinel=False)
        mapped = np.array([self._period_code_of(raw) for raw in uniques], dtype=np.int64)
        periods = mapped[raw_codes]
        if (periods < 0).any():
            row = int(np.flatnonzero(periods < 0)[0])
            value = frame["period"].iloc[row]
            raise InputError(
                "no period" if pd.isna(value) else
                f"period `{value}` is not a year (2022) or a plan period (2021-2025)",
                file=self.path, line=int(lines[row]), hint="write the period as digits: 2022, or 2021-2025",
            )
        for name in self.by:
            region = frame[name].str.strip()
            empty = (region.isna() | (region == "")).to_numpy(dtype=bool)
            if empty.any():
                row = int(np.flatnonzero(empty)[0])
                raise InputError(f"no value in the region column `{name}`", file=self.path, line=int(lines[row]),
                                 hint="every row names its region")
            frame[name] = region
        frame["_line"] = lines
        frame["_ind"] = codes
        frame["_per"] = periods
        return frame

    def _period_code_of(self, raw: Any) -> int:
        code = self._period_code.get(raw)
        if code is None:
            period = _period(raw)
            if period is None:
                code = -1
            else:
                code = self._period_of.get(period, -1)
                if code < 0:
                    code = self._period_of[period] = len(self._period_text)
                    span = Period.parse(period)
                    self._period_text.append(period)
                    self._period_year.append(span.start if span.is_year else -1)
                    self._period_end.append(span.end)
            self._period_code[raw] = code
        return code

    def _units(self, frame: Any) -> tuple[np.ndarray, np.ndarray]:
        """Each row's region (0, 1, ... in order) and the first row of each region."""
        import pandas as pd

        n = len(frame)
        change = np.zeros(n, dtype=bool)
        if n:
            change[0] = True
        for name in self.by:
            codes = pd.factorize(frame[name])[0]  # compare integer codes, not Python strings
            change[1:] |= codes[1:] != codes[:-1]
        return np.cumsum(change) - 1, np.flatnonzero(change)

    def _split(self, frame: Any) -> tuple[Any, Any]:
        """The rows of complete regions, and the rows of the last one (which may go on in the next chunk)."""
        if not self.by:
            return None, frame
        _, starts = self._units(frame)
        if not len(starts):
            return None, frame
        keys = list(zip(*(frame[name].iloc[starts].tolist() for name in self.by)))
        lines = frame["_line"].to_numpy()
        ends = np.append(starts[1:], len(frame)) - 1
        here: dict[tuple[str, ...], int] = {}
        for block, key in enumerate(keys):
            earlier = self._finished.get(key, here.get(key))
            if earlier is not None:
                raise InputError(
                    f"the rows of region {' / '.join(key)} go on here after other regions' rows "
                    f"(its earlier rows end on line {earlier})", file=self.path, line=int(lines[starts[block]]),
                    hint="sort the file by its region columns: the streaming path needs each region's rows together",
                )
            here[key] = int(lines[ends[block]])
        for key in keys[:-1]:
            self._finished[key] = here[key]
        cut = int(starts[-1])
        return frame.iloc[:cut], frame.iloc[cut:].reset_index(drop=True)

    def _duplicates(self, frame: Any, unit: np.ndarray) -> None:
        key = (unit * len(self._ids) + frame["_ind"].to_numpy()) * max(1, len(self._period_text)) \
            + frame["_per"].to_numpy()
        order = np.argsort(key, kind="stable")
        ordered = key[order]
        same = np.flatnonzero(ordered[1:] == ordered[:-1])
        if not same.size:
            return
        seconds = order[same + 1]
        row = int(seconds.min())  # the first second row in file order
        first = int(order[np.searchsorted(ordered, key[row])])
        lines = frame["_line"].to_numpy()
        region = "".join(f" in region {' / '.join(str(frame[n].iloc[row]) for n in self.by)}" if self.by else "")
        raise InputError(
            f"second value for {frame['indicator'].iloc[row].strip()} {self._period_text[frame['_per'].iloc[row]]}"
            f"{region} (the first is on line {int(lines[first])})", file=self.path, line=int(lines[row]),
            hint="keep one value per indicator and period" + (" in each region" if self.by else ""),
        )

    # ------------------------------------------------------------------ judging a batch of complete regions

    def _judge(self, batch: Any) -> Any:
        unit, starts = self._units(batch)
        self._tables: list[Any] = []
        self._duplicates(batch, unit)
        regions = len(starts)
        found = [self._judge_fast(batch, unit, regions)]
        if self._exact_keys:
            found.append(self._judge_exact(batch, starts))
        cells = _Cells.concat(found)
        order = np.lexsort((cells.rule, cells.unit))
        cells = cells.take(order)
        self._tally(batch, cells, starts)
        self.verdicts += len(cells.rule)
        if self.sample > 0:
            self._keep_sample(batch, cells, starts)
        return self._rows(batch, cells, starts) if self.want_rows else None

    def _judge_fast(self, batch: Any, unit: np.ndarray, regions: int) -> _Cells:
        """Cells of single-year rules: every region x rule, judged with evaluate_table."""
        import pandas as pd

        fast, n_pairs = self._fast, len(self._pairs)
        if not fast.size or not regions:
            return _Cells.empty()
        ind = batch["_ind"].to_numpy()
        per = batch["_per"].to_numpy()
        n_per = len(self._period_text)
        pair_table = np.full((len(self._ids), n_per), -1, dtype=np.int64)
        for (i, text), pair in self._pairs.items():
            code = self._period_of.get(text)
            if code is not None:
                pair_table[i, code] = pair
        year = np.array(self._period_year, dtype=np.int64)[per]
        end = np.array(self._period_end, dtype=np.int64)[per]
        known = end <= self.as_of  # a row after as_of is not known yet (as in check)
        pair = pair_table[ind, per]
        cell_of = np.full(regions * n_pairs, -1, dtype=np.int64)
        rows = np.flatnonzero((pair >= 0) & known)
        cell_of[unit[rows] * n_pairs + pair[rows]] = rows

        k = len(fast)
        cell_unit = np.repeat(np.arange(regions, dtype=np.int64), k)
        local = np.tile(np.arange(k, dtype=np.int64), regions)
        cell_row = cell_of[cell_unit * n_pairs + self._fast_pair[local]]

        # the previous year's row of the same region and indicator (for 逐步增加)
        previous_row = np.full(len(cell_row), -1, dtype=np.int64)
        yearly = np.flatnonzero((year >= 0) & known)
        if yearly.size:
            low, high = int(year[yearly].min()), int(year[yearly].max())
            span = high - low + 1
            index = pd.Index((unit[yearly] * len(self._ids) + ind[yearly]) * span + (year[yearly] - low))
            wanted = self._fast_year[local] - 1
            ok = (wanted >= low) & (wanted <= high)
            query = (cell_unit * len(self._ids) + self._fast_ind[local]) * span + (wanted - low)
            hit = index.get_indexer(query[ok])
            previous_row[ok] = np.where(hit >= 0, yearly[np.maximum(hit, 0)], -1)

        reported = batch["reported"].array
        n = len(cell_row)
        status = np.empty(n, dtype=np.int8)
        reason = np.empty(n, dtype=np.int8)
        threshold, value, gap = np.empty(n), np.empty(n), np.empty(n)
        table, pos = np.empty(n, dtype=np.int64), np.empty(n, dtype=np.int64)
        rule = fast[local]
        for references, members in self._groups:
            mask = slice(None) if len(self._groups) == 1 else np.isin(local, members)
            table[mask] = len(self._tables)
            pos[mask] = np.arange(n if len(self._groups) == 1 else int(mask.sum()))
            r = rule[mask]
            frame = pd.DataFrame({
                name: self._col[name].column(r) for name in ("target", "polarity", "unit", "measure", "tolerance")
            })
            frame["reported"] = reported.take(cell_row[mask], allow_fill=True)
            frame["previous"] = reported.take(previous_row[mask], allow_fill=True)
            verdicts = evaluate_table(frame, target="target", reported="reported", polarity="polarity",
                                      previous="previous", unit="unit", measure="measure", tolerance="tolerance",
                                      references=references)
            self._tables.append(verdicts)  # kept for the batch: a sampled cell's full verdict is one call away
            status[mask], reason[mask] = verdicts.status_codes, verdicts.reason_codes
            threshold[mask], value[mask], gap[mask] = verdicts.threshold, verdicts.value, verdicts.gap
        opened = (cell_row < 0) & self._opens[rule]  # a cell with no row whose period ends after as_of
        status[opened], reason[opened] = _PENDING, self._open_reasons[rule[opened]]
        progress = np.full(n, -1, dtype=np.int8)  # single years have no progress rating
        return _Cells(cell_unit, rule, cell_row, status, reason, threshold, value, gap, progress, table, pos, None)

    def _region_data(self, batch: Any, start: int, stop: int) -> Dataset:
        part = batch.iloc[start:stop]
        source, note = part.get("source"), part.get("note")
        made = []
        for i, (code, per, text, line) in enumerate(zip(part["_ind"], part["_per"], part["reported"], part["_line"])):
            made.append(Row(
                self._ids[code], self._period_text[per], "" if not isinstance(text, str) else text,
                _text(source.iloc[i]) if source is not None else None, self.path, int(line),
                _text(note.iloc[i]) if note is not None else None,
            ))
        return Dataset(self.path, tuple(made))

    def _judge_exact(self, batch: Any, starts: np.ndarray) -> _Cells:
        """Plan periods, custom rules and same-period references: ``check`` on each region's rows."""
        lines = batch["_line"].to_numpy()
        row_of_line = {int(line): i for i, line in enumerate(lines)}
        stops = np.append(starts[1:], len(batch))
        found: dict[str, list[Any]] = {name: [] for name in ("unit", "rule", "row", "status", "reason", "threshold",
                                                             "value", "gap", "progress", "judgements")}
        taken: dict[tuple[int, int], int] = {}  # judgements kept for the sample: only those it can take
        for u, (start, stop) in enumerate(zip(starts.tolist(), stops.tolist())):
            for j in check(self.rules, self._region_data(batch, start, stop), self._exact_periods, as_of=self.as_of):
                code = self._exact_keys.get((j.indicator.id, j.period, j.index, j.rule))
                if code is None:
                    continue
                v = j.verdict
                slot = {m.Status.MISSED: 0, m.Status.PENDING: 1}.get(v.status)
                keep = slot is not None and self._sampled[code, slot] + taken.get((code, slot), 0) < self.sample
                if keep:
                    taken[code, slot] = taken.get((code, slot), 0) + 1
                found["unit"].append(u)
                found["rule"].append(code)
                found["row"].append(row_of_line[j.row.line] if j.row is not None else -1)
                found["status"].append(STATUSES.index(v.status))
                found["reason"].append(REASONS.index(v.reason))
                found["threshold"].append(_float(v.threshold))
                found["value"].append(_float(v.value))
                found["gap"].append(_float(v.gap))
                found["progress"].append(RATINGS.index(v.progress.rating) if v.progress is not None else -1)
                found["judgements"].append(j if keep else None)  # memory stays bounded: no verdict kept per cell
        return _Cells(
            np.array(found["unit"], dtype=np.int64), np.array(found["rule"], dtype=np.int64),
            np.array(found["row"], dtype=np.int64), np.array(found["status"], dtype=np.int8),
            np.array(found["reason"], dtype=np.int8), np.array(found["threshold"], dtype=np.float64),
            np.array(found["value"], dtype=np.float64), np.array(found["gap"], dtype=np.float64),
            np.array(found["progress"], dtype=np.int8),
            np.full(len(found["rule"]), -1, dtype=np.int64), np.full(len(found["rule"]), -1, dtype=np.int64),
            found["judgements"],
        )

    # ------------------------------------------------------------------ counting, sampling, rows

    def _tally(self, batch: Any, cells: _Cells, starts: np.ndarray) -> None:
        status = cells.status.astype(np.int64)
        self._counts += np.bincount(cells.rule * 3 + status, minlength=self._n * 3).reshape(self._n, 3)
        self._reasons += np.bincount(cells.reason.astype(np.int64), minlength=len(REASONS))
        rated = cells.progress[cells.progress >= 0].astype(np.int64)
        self._ratings += np.bincount(rated, minlength=len(RATINGS))
        self._without_row += int((cells.row < 0).sum())
        regions = len(starts)
        per_region = np.bincount(cells.unit * 3 + status, minlength=regions * 3).reshape(regions, 3)
        self._regions += regions
        worst = np.where(per_region[:, _MISSED] > 0, _MISSED, np.where(per_region[:, _PENDING] > 0, _PENDING, _MET))
        self._regions_by_status += np.bincount(worst[per_region.sum(axis=1) > 0], minlength=3)
        candidates = np.flatnonzero(per_region[:, _MISSED] + per_region[:, _PENDING] > 0)
        for u in candidates.tolist():
            missed, pending = int(per_region[u, _MISSED]), int(per_region[u, _PENDING])
            item = (missed, pending, -(self._regions - regions + u))
            if len(self._top) < TOP_REGIONS or item > self._top[0][:3]:
                key = self._region_key(batch, int(starts[u]))
                counts = (int(per_region[u, _MET]), missed, pending)
                entry = (*item, key, counts)
                if len(self._top) < TOP_REGIONS:
                    heapq.heappush(self._top, entry)
                else:
                    heapq.heapreplace(self._top, entry)

    def _region_key(self, batch: Any, row: int) -> tuple[str, ...]:
        return tuple(str(batch[name].iloc[row]) for name in self.by)

    def _keep_sample(self, batch: Any, cells: _Cells, starts: np.ndarray) -> None:
        """Keep the first ``sample`` missed and pending verdicts of each rule, with check's evidence."""
        slot = np.where(cells.status == _MISSED, 0, np.where(cells.status == _PENDING, 1, -1))
        room = self.sample - self._sampled  # (rule, slot) -> how many more to keep
        wanted = np.flatnonzero((slot >= 0) & (room[cells.rule, np.maximum(slot, 0)] > 0))
        if not wanted.size:
            return
        key = cells.rule[wanted] * 2 + slot[wanted]
        order = np.argsort(key, kind="stable")
        ordered = key[order]
        first = np.searchsorted(ordered, ordered, side="left")
        rank = np.arange(len(ordered)) - first
        chosen = wanted[order[rank < room.reshape(-1)[ordered]]]
        stops = np.append(starts[1:], len(batch))
        seen = self._regions - len(starts)  # regions before this batch (counted already): orders the sample
        lines, texts = batch["_line"].to_numpy(), batch["reported"]
        by_region: dict[int, list[int]] = {}  # cells that need check's own verdict: period_open without a row
        for i in chosen.tolist():
            rule, row = self._rules[cells.rule[i]], int(cells.row[i])
            self._sampled[cells.rule[i], slot[i]] += 1
            region = self._region_key(batch, int(starts[cells.unit[i]]))
            if cells.judgements is not None and cells.judgements[i] is not None:
                j = cells.judgements[i]
                kept = _sample_row(j.verdict, rule, region, j.row.reported if j.row is not None else None,
                                   f"{j.row.file}:{j.row.line}" if j.row is not None else None)
            elif cells.table[i] >= 0 and (row >= 0 or not rule.opens):  # evaluate_table's verdict is check's
                verdict = self._tables[cells.table[i]].verdict(int(cells.pos[i]))
                kept = _sample_row(verdict, rule, region, _text_or_empty(texts.iloc[row]) if row >= 0 else None,
                                   f"{self.path}:{int(lines[row])}" if row >= 0 else None)
            else:
                by_region.setdefault(int(cells.unit[i]), []).append(i)
                continue
            self._sample.append(((int(cells.rule[i]), int(slot[i]), seen + int(cells.unit[i])), kept))
        for u, members in by_region.items():
            periods = sorted({self._rules[cells.rule[i]].period for i in members})
            data = self._region_data(batch, int(starts[u]), int(stops[u]))
            judged = {(j.indicator.id, j.period, j.index, j.rule): j
                      for j in check(self.rules, data, periods, as_of=self.as_of)}
            region = self._region_key(batch, int(starts[u]))
            for i in members:
                rule = self._rules[cells.rule[i]]
                kept = _sample_row(judged[rule.key].verdict, rule, region, None, None)
                self._sample.append(((int(cells.rule[i]), int(slot[i]), seen + u), kept))

    def _rows(self, batch: Any, cells: _Cells, starts: np.ndarray) -> Any:
        """The verdict rows of a batch as a DataFrame (text columns; numbers as decimal text)."""
        import pandas as pd

        out: dict[str, Any] = {}
        first = starts[cells.unit]
        for name in self.by:
            out[name] = batch[name].array.take(first)
        for name in ("indicator", "number", "name", "period", "index", "rule", "attribute", "department", "unit",
                     "target"):
            out[name] = self._col[name].column(cells.rule)
        row = cells.row
        out["reported"] = batch["reported"].array.take(row, allow_fill=True)
        for name in ("value", "threshold", "gap"):
            out[name] = _decimal_text(getattr(cells, name))
        out["status"] = pd.Categorical.from_codes(cells.status, categories=[s.value for s in STATUSES])
        out["reason"] = pd.Categorical.from_codes(cells.reason, categories=[r.value for r in REASONS])
        out["severity"] = pd.Categorical.from_codes(self._severity(cells), categories=list(SEVERITIES))
        out["progress"] = pd.Categorical.from_codes(cells.progress, categories=[r.value for r in RATINGS])
        lines = pd.array(batch["_line"].to_numpy(), dtype="Int64").take(row, allow_fill=True)
        out["source"] = (self.path + ":" + pd.Series(lines).astype("string")).array
        out["source_note"] = batch["source"].array.take(row, allow_fill=True) if "source" in batch else \
            pd.array([None] * len(row), dtype="string")
        return pd.DataFrame(out, columns=list(self.columns))

    def _severity(self, cells: _Cells) -> np.ndarray:
        binding = self._binding[cells.rule]
        return np.where(
            cells.status == _MISSED, np.where(binding, 0, 1), np.where(cells.status == _MET, 2, 3)
        ).astype(np.int8)

    # ------------------------------------------------------------------ the summary

    def _summarize(self) -> StreamSummary:
        def tally(counts: np.ndarray) -> Tally:
            return Tally(met=int(counts[_MET]), missed=int(counts[_MISSED]), pending=int(counts[_PENDING]))

        rules, counts = self._rules, self._counts
        attributes: dict[str, np.ndarray] = {}
        periods: dict[str, np.ndarray] = {}
        indicators: dict[str, np.ndarray] = {}
        severity = np.zeros(4, dtype=np.int64)
        for code, rule in enumerate(rules):
            row = counts[code]
            key = rule.indicator.attribute or "unspecified"
            attributes[key] = attributes.get(key, 0) + row
            periods[rule.period] = periods.get(rule.period, 0) + row
            indicators[rule.indicator.id] = indicators.get(rule.indicator.id, 0) + row
            binding = rule.indicator.attribute == "约束性"  # as Judgement.severity: a binding miss fails
            severity += (row[_MISSED] * binding, row[_MISSED] * (not binding), row[_MET], row[_PENDING])
        top = sorted(self._top, reverse=True)
        sample = [row for _, row in sorted(self._sample, key=lambda item: item[0])]  # rules in check's order
        return StreamSummary(
            plan=self.rules.plan.name, jurisdiction=self.rules.plan.jurisdiction, dataset=self.path,
            periods=self.periods, as_of=self.as_of, by=self.by, rows_read=self.rows_read,
            verdicts=int(counts.sum()), cells_without_row=self._without_row,
            by_status=tally(counts.sum(axis=0)),
            by_reason={reason.value: int(n) for reason, n in zip(REASONS, self._reasons) if n},
            by_severity={name: int(n) for name, n in zip(SEVERITIES, severity)},
            by_progress={rating.value: int(n) for rating, n in zip(RATINGS, self._ratings) if n},
            by_attribute={key: tally(value) for key, value in sorted(attributes.items())},
            by_period={key: tally(periods[key]) for key in self.periods if key in periods},
            by_indicator=tuple(
                IndicatorTally(indicator=i.id, number=i.number, name=i.name, attribute=i.attribute,
                               counts=tally(indicators[i.id]))
                for i in self.rules.indicators if i.id in indicators
            ),
            regions=self._regions, regions_by_status=tally(self._regions_by_status),
            top_regions=tuple(RegionTally(region=key, counts=Tally(met=c[0], missed=c[1], pending=c[2]))
                              for *_, key, c in top),
            sample=tuple(sample),
        )


# --------------------------------------------------------------------------- helpers


@dataclass(slots=True)
class _Cells:
    """Judged cells of a batch, as columns: region, rule, the row judged (-1: none) and the verdict's fields."""

    unit: np.ndarray
    rule: np.ndarray
    row: np.ndarray
    status: np.ndarray
    reason: np.ndarray
    threshold: np.ndarray
    value: np.ndarray
    gap: np.ndarray
    progress: np.ndarray  #: index into RATINGS (-1: no rating)
    table: np.ndarray  #: which of the batch's VerdictTables judged the cell (-1: check did)
    pos: np.ndarray  #: the cell's row in that table
    judgements: list[Any] | None  #: check's judgement per cell where it made one (None: evaluate_table's)

    @classmethod
    def empty(cls) -> _Cells:
        i, f = np.zeros(0, dtype=np.int64), np.zeros(0)
        b = np.zeros(0, dtype=np.int8)
        return cls(i, i, i, b, b, f, f, f, b, i, i, None)

    @classmethod
    def concat(cls, parts: list[_Cells]) -> _Cells:
        if len(parts) == 1:
            return parts[0]
        judgements: list[Any] | None = None
        if any(p.judgements is not None for p in parts):
            judgements = []
            for p in parts:
                judgements += p.judgements if p.judgements is not None else [None] * len(p.rule)
        arrays = [np.concatenate([getattr(p, name) for p in parts]) for name in cls.__slots__[:-1]]
        return cls(*arrays, judgements)

    def take(self, order: np.ndarray) -> _Cells:
        arrays = [getattr(self, name)[order] for name in self.__slots__[:-1]]
        judgements = None if self.judgements is None else [self.judgements[i] for i in order.tolist()]
        return _Cells(*arrays, judgements)


def _period(raw: Any) -> str | None:
    if not isinstance(raw, str):
        return None
    period = normalize_period(raw)
    if period is None:
        return None
    try:
        Period.parse(period)
    except ValueError:  # 2025-2021
        return None
    return period


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _float(value: Any) -> float:
    return float("nan") if value is None else float(value)


def _decimal_text(values: np.ndarray) -> Any:
    """Floats as their shortest decimal text (``4.0`` -> ``4``, ``0.1`` -> ``0.1``), NaN as missing."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    text = pc.cast(pa.array(values, from_pandas=True), pa.string())
    exponent = pc.match_substring(text, "e").to_numpy(zero_copy_only=False)
    if exponent.any():  # 1e-07 -> 0.0000001, as the reports write decimals
        from decimal import Decimal

        from ...models import format_decimal

        fixed = text.to_pylist()
        for i in np.flatnonzero(exponent).tolist():
            fixed[i] = format_decimal(Decimal(repr(float(values[i]))))
        text = pa.array(fixed, type=pa.string())
    return pd.arrays.ArrowStringArray(text) if hasattr(pd.arrays, "ArrowStringArray") else text.to_pandas()


def _text_or_empty(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _sample_row(
    v: m.Verdict, rule: _Rule, region: tuple[str, ...], reported: str | None, source: str | None
) -> SampleRow:
    """A kept verdict, with the facts a report row shows (as ``Judgement.severity`` and the report read them)."""
    from ...models import format_decimal

    def number(value: Any) -> str | None:
        return None if value is None else format_decimal(value)

    indicator = rule.indicator
    if v.status is m.Status.MISSED:
        severity = "fail" if indicator.attribute == "约束性" else "warn"
    else:
        severity = "ok" if v.status is m.Status.MET else "open"
    return SampleRow(
        region=region, indicator=indicator.id, number=indicator.number, name=indicator.name,
        period=rule.period, attribute=indicator.attribute, department=indicator.department, target=rule.target,
        reported=reported if reported is not None else v.reported.text, value=number(v.value),
        threshold=number(v.threshold), gap=number(v.gap), status=v.status, reason=v.reason, severity=severity,
        source=source, explanation={"zh": v.explain("zh"), "en": v.explain("en")},
    )
