"""Judge whole tables at once: the verdicts of :func:`compliance.evaluate`, row by row, fast.

``evaluate_table(table)`` takes a pandas or polars DataFrame, or a mapping of column name to
equal-length sequences, and returns a columnar :class:`VerdictTable`. The semantics are the
engine's, not a second copy of them:

1. every distinct target text is parsed once, every distinct reported text once;
2. rows are grouped by what fixes their requirement (target, polarity, unit, measure, and the
   previous period's value where a target such as 逐步增加 reads it); each group's admissible
   interval is derived **once** by the engine itself (``judge.evaluate.prepare`` and
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
target is empty text, no target (``no_data``, as ``-`` and ``无``).

The steps, one module each in ``compliance/scale/``: ``columns`` (a frame or mapping read into codes),
``figures`` (cells parsed once; which reported cells are plain figures), ``groups`` (rows grouped by
requirement, each derived by the engine), ``vector`` (plain figures judged on arrays), ``verdicts``
(the :class:`VerdictTable` result), ``chunks`` (files read in chunks); this module runs them.

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
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

import numpy as np

from .. import models as m
from .._api import evaluate
from ..errors import InputError
from ..judge.evaluate import context
from ..language.numerals import SHARE_LIMIT
from .chunks import iter_table_chunks
from .columns import (
    Factors,
    Numbers,
    as_factors,
    column,
    column_names,
    constant,
    read_measure,
    read_polarity,
    read_tolerance,
    read_unit,
    setting,
)
from .figures import (
    Figures,
    clear_caches,
    figures,
    parse_reported_cached,
    parse_target_cached,
    read_previous,
    read_target,
)
from .groups import Group, group_rows, requirement_of
from .vector import BLOCK, Ends, judge_intervals
from .verdicts import REASON_CODE, REASONS, STATUS_CODE, STATUSES, Columns, Inputs, VerdictTable

__all__ = [
    "REASONS", "STATUSES", "Settings", "VerdictTable", "clear_caches", "evaluate_frame", "evaluate_rows",
    "evaluate_table", "iter_table_chunks",
]

#: the parse caches by their former names: benchmarks/bench.py clears them between runs (clear_caches() does both)
_parse_reported, _parse_target = parse_reported_cached, parse_target_cached


@dataclass(frozen=True, slots=True)
class _Rows:
    """Each row's inputs other than the reported value: codes into the distinct values, and those values read."""

    targets: Factors
    constraints: list[m.Constraint]
    polarity: Factors
    polarities: list[m.Polarity]
    unit: Factors
    units: list[str | None]
    measure: Factors
    measures: list[m.Measure | None]
    tolerance: Factors
    tolerances: list[m.Tolerance | None]
    previous: Factors  #: raw cells, read (parsed, cached) per row when asked
    references: dict[str, Any]
    indicator: Factors  #: the indicator's name (a rules file's), for a target that names none
    indicators: list[str | None]

    def inputs(self, row: int, reported: Any) -> dict[str, Any]:
        """The keyword arguments of evaluate() for one row (targets already parsed, not again by evaluate)."""
        return {
            "target": self.constraints[self.targets.codes[row]],
            "reported": reported,
            "polarity": self.polarities[self.polarity.codes[row]],
            "previous": read_previous(self.previous.uniques[self.previous.codes[row]]),
            "references": self.references,
            "tolerance": self.tolerances[self.tolerance.codes[row]],
            "unit": self.units[self.unit.codes[row]],
            "measure": self.measures[self.measure.codes[row]],
            "indicator": self.indicators[self.indicator.codes[row]],
        }

    def group(self, row: int) -> tuple[Group, bool]:
        """The requirement of ``row``'s group, and whether the engine read the previous value to derive it."""
        ctx = context(  # the engine's own, as evaluate() builds it
            self.polarities[self.polarity.codes[row]], tolerance=self.tolerances[self.tolerance.codes[row]],
            previous=read_previous(self.previous.uniques[self.previous.codes[row]]), references=self.references,
            unit=self.units[self.unit.codes[row]], measure=self.measures[self.measure.codes[row]],
        )
        name = self.indicators[self.indicator.codes[row]]  # 3%左右 of 居民消费价格涨幅: an index may be reported
        return requirement_of(self.constraints[self.targets.codes[row]], replace(ctx, indicator=name) if name else ctx)

    def parts(self) -> tuple[list[np.ndarray], list[int]]:
        """The code columns that fix a requirement (previous aside), and how many codes each has."""
        factors = (self.targets, self.polarity, self.unit, self.measure, self.tolerance, self.indicator)
        return [f.codes for f in factors], [len(f.uniques) for f in factors]


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
    memo: dict[Any, Any] | None = None,
    indicator: str | None = None,
) -> VerdictTable:
    """Judge every row of ``table``: the verdicts of :func:`compliance.evaluate`, as columns.

    ``target`` and ``reported`` name columns (reported cells may be numbers or text, mixed).
    ``polarity``, ``unit``, ``measure`` and ``tolerance`` each name a column **or**, when the table has
    no column of that name, give one value for every row (``polarity="higher"``, ``tolerance="10%"``);
    the default ``"polarity"`` therefore needs a ``polarity`` column. ``previous`` names a column of
    the prior period's values (for 逐步增加). ``references`` applies to every row, as in ``evaluate``.
    ``indicator`` names a column of each row's indicator name, or gives one name for every row, as
    ``evaluate(indicator=...)``: a sentence about another indicator is then pending (``indicator_figure``);
    a plain figure names no indicator, so the arrays judge it as before.
    ``memo``: a dict the caller keeps across calls with the same ``references`` and words (lexicon
    overlay), for tables that repeat their cells (a panel read chunk by chunk): each requirement and
    each cell the arrays do not decide is then derived once for all the calls, by its raw inputs
    (at most :data:`MEMO` entries, then it starts again).

    >>> evaluate_table({"target": ["<313.2"], "reported": [313.2]}, polarity="lower").status.tolist()
    ['missed']
    """
    columns, n = column_names(table)
    for name, role in ((target, "target"), (reported, "reported")):
        if name not in columns:
            hint = f"the table has {', '.join(columns) or 'no columns'}"
            raise InputError(f"no {role} column `{name}`", hint=hint)
    if previous is not None and previous not in columns:
        raise InputError(f"no previous column `{previous}`", hint=f"the table has {', '.join(columns)}")

    raw_reported = column(table, reported)
    rows = _read_rows(table, columns, n, target, polarity, previous, unit, measure, tolerance, indicator, references)
    index = table.index if type(table).__module__.split(".")[0] == "pandas" else None
    return _evaluate(rows, raw_reported, n, by_previous=previous is not None, memo=memo, index=index)


def _evaluate(rows: _Rows, raw_reported: Factors | Numbers, n: int, *, by_previous: bool,
              memo: dict[Any, Any] | None, index: Any) -> VerdictTable:
    """The verdicts of ``n`` rows read into ``rows`` with their reported column (evaluate_table's steps 2-4)."""
    targets, pol_f, unit_f, measure_f, tol_f, name_f = (
        rows.targets, rows.polarity, rows.unit, rows.measure, rows.tolerance, rows.indicator)
    got = figures(raw_reported)

    def inputs(row: int) -> dict[str, Any]:
        return rows.inputs(row, got.raw(row))

    key_of = _raw_key(rows, raw_reported) if memo is not None else None
    if memo is not None and len(memo) > MEMO:
        memo.clear()
    group_of, groups, prev_key = _grouped(rows, n, by_previous=by_previous, memo=memo, key_of=key_of)
    out = Columns.empty(n)
    mode = np.array([{"interval": 0, "pending": 1, "scalar": 2}[g.mode] for g in groups], dtype=np.int8)[group_of]
    scalar = ~got.plain | (mode == 2)
    pending = got.plain & (mode == 1)
    if pending.any():
        out.reason[pending] = np.array([g.reason for g in groups], dtype=np.int8)[group_of[pending]]
    chosen = got.plain & (mode == 0)
    big = np.abs(got.number) >= float(SHARE_LIMIT)  # NaN (not plain): False; floats round monotonically
    if big.any():  # 30000 against 6%以上: never 30000% (judge.figure), the engine's; rare, so asked of the groups last
        big &= chosen & np.array([g.share for g in groups], dtype=bool)[group_of]
        scalar |= big
        chosen &= ~big
    signed = got.number < 0  # NaN (not plain): False
    if signed.any():  # -3.4 against 下降3%: a fall of 3.4 (judge.figure), the engine's; rare too
        signed &= chosen & np.array([g.fall for g in groups], dtype=bool)[group_of]
        scalar |= signed
        chosen &= ~signed
    if chosen.any():
        ends = Ends.of(groups)
        for start in range(0, n, BLOCK):  # contiguous blocks: slices, and verdicts written where chosen
            stop = min(n, start + BLOCK)
            ties = judge_intervals(start, group_of[start:stop], chosen[start:stop], got, ends, out)
            scalar[ties] = True  # ties go to the engine
    keys = (targets, pol_f, unit_f, measure_f, tol_f, prev_key, name_f)
    _judge_scalar(np.flatnonzero(scalar), inputs, got, keys, out, memo=memo, key_of=key_of)
    return out.table(inputs, index)


class Settings:
    """The settings of a table's rows (evaluate_table's ``target``, ``polarity``, ``unit``, ``measure``,
    ``tolerance``, ``indicator`` and ``references``), each distinct one read once: :func:`evaluate_rows` judges
    later rows that each share one of these rows' settings without reading a settings column again."""

    def __init__(
        self, table: Any, *, target: str = "target", polarity: str | m.Polarity = "polarity", unit: str | None = None,
        measure: str | m.Measure | None = None, references: Mapping[str, Any] | None = None,
        tolerance: str | float | Decimal | m.Tolerance | None = None, indicator: str | None = None,
    ) -> None:
        columns, n = column_names(table)
        self.rows = _read_rows(table, columns, n, target, polarity, None, unit, measure, tolerance, indicator,
                               references)

    def picked(self, which: np.ndarray, previous: Factors) -> _Rows:
        """Rows whose row ``i`` has the settings of row ``which[i]``, with the previous values ``previous``."""
        r = self.rows

        def pick(f: Factors) -> Factors:
            return Factors(f.codes[which], f.uniques, f.text)

        return _Rows(pick(r.targets), r.constraints, pick(r.polarity), r.polarities, pick(r.unit), r.units,
                     pick(r.measure), r.measures, pick(r.tolerance), r.tolerances, previous, r.references,
                     pick(r.indicator), r.indicators)


def evaluate_rows(
    settings: Settings, which: np.ndarray, table: Any, *, reported: str = "reported", previous: str | None = None,
    memo: dict[Any, Any] | None = None,
) -> VerdictTable:
    """``evaluate_table`` of a table whose row ``i`` has the settings of ``settings``' row ``which[i]`` and the
    reported (and previous) cells of ``table``'s row ``i``: the same verdicts, the settings not read again (a
    streamed batch's cells, each of a planned rule)."""
    which = np.asarray(which, dtype=np.int64)
    n = len(which)
    prev_f = as_factors(column(table, previous)) if previous is not None else constant(n, None)
    index = table.index if type(table).__module__.split(".")[0] == "pandas" else None
    return _evaluate(settings.picked(which, prev_f), column(table, reported), n, by_previous=previous is not None,
                     memo=memo, index=index)


def _read_rows(
    table: Any, columns: list[str], n: int, target: str, polarity: Any, previous: str | None, unit: Any, measure: Any,
    tolerance: Any, indicator: Any, references: Mapping[str, Any] | None,
) -> _Rows:
    """Each row's inputs other than the reported value, each distinct one read once."""
    targets = as_factors(column(table, target))
    constraints = [read_target(raw) for raw in targets.uniques]
    pol_f, polarities = setting(table, columns, n, polarity, "polarity", read_polarity)
    unit_f, units = setting(table, columns, n, unit, "unit", read_unit)
    measure_f, measures = setting(table, columns, n, measure, "measure", read_measure)
    prev_f = as_factors(column(table, previous)) if previous is not None else constant(n, None)
    tol_f, tolerances = setting(table, columns, n, tolerance, "tolerance", read_tolerance)
    name_f, names = setting(table, columns, n, indicator, "indicator", read_unit)  # a name, read as a unit is
    return _Rows(
        targets, constraints, pol_f, polarities, unit_f, units, measure_f, measures, tol_f, tolerances, prev_f,
        dict(references or {}), name_f, names,
    )


def previous_matters(
    table: Any, *, target: str = "target", polarity: str | m.Polarity = "polarity", unit: str | None = None,
    measure: str | m.Measure | None = None, references: Mapping[str, Any] | None = None,
    tolerance: str | float | Decimal | m.Tolerance | None = None, indicator: str | None = None,
) -> np.ndarray:
    """Per row of ``table`` (the settings of :func:`evaluate_table`, no reported value): whether the previous
    period's value may change the verdict of a **plain decimal figure** (:data:`~.figures.PLAIN`) on that row.

    It may where the engine reads it to derive the row's requirement (逐步增加), and where the engine judges
    the row's figures one by one (mode ``scalar``: several parts, a unit the figure lacks). Elsewhere a plain
    figure is judged against the requirement alone (on arrays, or a tie by the engine against the same
    requirement), so rows that differ only in their previous value have the same status, reason and numbers.
    A caller judging many rows judges such rows once (the streamed check does); any other reported cell may
    read a previous figure of its own (``2.1（上年2.15）``) and is not covered here.

    >>> previous_matters({"target": ["6以上", "逐步增加", "达到市级要求"]}, polarity="higher", measure="level").tolist()
    [False, True, False]
    """
    columns, n = column_names(table)
    rows = _read_rows(table, columns, n, target, polarity, None, unit, measure, tolerance, indicator, references)
    found = np.zeros(n, dtype=bool)
    for row in range(n):
        group, reads = rows.group(row)
        found[row] = reads or group.mode == "scalar"
    return found


#: entries a caller's memo holds (requirements and cells judged one by one) before it is emptied
MEMO = 100_000


def _raw_key(rows: _Rows, reported: Any) -> Callable[[int, bool], Any]:
    """A row's raw inputs (the table's own cells, before reading), as a memo key: with or without its reported cell."""
    settings = (rows.targets, rows.polarity, rows.unit, rows.measure, rows.tolerance, rows.previous, rows.indicator)
    values = reported.values if isinstance(reported, Numbers) else None

    def exact(value: Any) -> Any:  # 1, 1.0 and True are one key otherwise, and so are 0.0 and -0.0
        return (type(value), repr(value) if isinstance(value, float) else value)

    def key_of(row: int, with_reported: bool) -> Any:
        key = tuple(exact(f.uniques[f.codes[row]]) for f in settings)
        if not with_reported:
            return key
        return (*key, exact(reported.uniques[reported.codes[row]] if values is None else values[row].item()))

    return key_of


def _memoised(memo: dict[Any, Any] | None, key: Any, make: Callable[[], Any]) -> Any:
    """``make()``, or what it gave before for ``key`` (a key that cannot be hashed is made again)."""
    if memo is None:
        return make()
    try:
        return memo[key]
    except KeyError:
        memo[key] = found = make()
        return found
    except TypeError:  # an unhashable cell (a list in an object column)
        return make()


def _grouped(
    rows: _Rows, n: int, *, by_previous: bool, memo: dict[Any, Any] | None = None,
    key_of: Callable[[int, bool], Any] | None = None,
) -> tuple[np.ndarray, list[Group], Factors]:
    """Each row's group, each group's requirement, and the previous values that tell groups apart.

    Rows share a group when they share target, polarity, unit, measure and tolerance, and also their
    previous value where the engine reads it (逐步增加 does, 6以上 does not). A requirement is found in
    ``memo`` by the row's raw inputs, the previous value included (the engine may read it).
    """
    def group(row: int) -> tuple[Group, bool]:
        return _memoised(memo, ("group", key_of(row, False)) if key_of else None, lambda: rows.group(row))

    parts, sizes = rows.parts()
    group_of, first = group_rows(parts, sizes, n)
    found = [group(row) for row in first.tolist()]
    groups = [group for group, _ in found]
    prev_key = constant(n, None)
    read = np.array([reads for _, reads in found], dtype=bool)
    if by_previous and read.any():  # split the groups whose requirement reads the previous value by that value
        reads = read[group_of]
        prev_key = Factors(np.where(reads, rows.previous.codes + 1, 0), [None] * (len(rows.previous.uniques) + 1))
        before = group_of
        group_of, first = group_rows([*parts, prev_key.codes], [*sizes, len(prev_key.uniques)], n)
        # a group whose requirement did not read the previous value is not split: its requirement is the same
        groups = [group(row)[0] if read[before[row]] else groups[before[row]] for row in first.tolist()]
    return group_of, groups, prev_key


def _judge_scalar(
    rows: np.ndarray, inputs: Inputs, got: Figures, keys: tuple[Factors, ...], out: Columns, *,
    memo: dict[Any, Any] | None = None, key_of: Callable[[int, bool], Any] | None = None,
) -> None:
    """Rows the arrays do not decide: compliance.evaluate, once per distinct combination of inputs (and once
    for all the calls that share ``memo``, by the row's raw inputs)."""
    if not rows.size:
        return
    _, reported_codes = np.unique(got.key(rows), return_inverse=True)
    parts = [reported_codes.reshape(-1)] + [f.codes[rows] for f in keys]
    which, first = group_rows(parts, [int(part.max()) + 1 for part in parts], len(rows))
    found = np.empty((len(first), 5))

    def judged(row: int) -> tuple[float, ...]:
        verdict = evaluate(**inputs(row))
        return (
            STATUS_CODE[verdict.status], REASON_CODE[verdict.reason], _float(verdict.threshold),
            _float(verdict.value), _float(verdict.gap),
        )

    for k, at in enumerate(first.tolist()):
        row = int(rows[at])
        found[k] = _memoised(memo, ("cell", key_of(row, True)) if key_of else None, lambda: judged(row))
    picked = found[which]
    out.status[rows] = picked[:, 0]
    out.reason[rows] = picked[:, 1]
    out.threshold[rows] = picked[:, 2]
    out.value[rows] = picked[:, 3]
    out.gap[rows] = picked[:, 4]


def _float(value: Decimal | None) -> float:
    return math.nan if value is None else float(value)


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
