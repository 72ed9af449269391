"""Plan-period cells judged for every region of a batch at once, on arrays: ``--period all`` streamed.

A plan-period target (``2021-2025``) judged before its end year is pending ``period_open`` with a
progress rating (:mod:`compliance.judge.progress`). ``check`` rates it region by region with decimals;
here the regions of a batch are rated together with numpy, for the cells whose rating is a plain
function of the yearly figures:

* **level** targets (``6.2``, ``达到市级要求（40）``): the base year (the year before the period, else
  its first year with an exact figure), the latest year with a figure, the target's binding end,
  then :func:`~compliance.judge.progress_shapes.level_rates` (compound or linear) and the rating;
* **average** targets (a growth rate, ``measure: rate`` or ``decline``): the compound average of the
  years so far (:func:`~compliance.judge.progress_series.growth_factor`,
  :func:`~compliance.judge.progress_series.average_of_product`) against the target rate (a year given
  as a range at both ends, :mod:`~compliance.scale.stream.range_words`); **sum** (``累计``) and
  **compound** (``五年下降14.5`` of a rate) targets: the running total, the compounded change.

The arithmetic is the engine's own functions, run on float arrays (``numpy.power`` for
:func:`~compliance.judge.progress_series.power`); the rating comes from
:func:`~compliance.judge.progress_rating.rate` (:class:`Ratings` tabulates it). Every figure is read
by the engine: a plain number (``12.3``) is its value, any other text is read once by
:func:`~compliance.judge.progress_series.figure`; the verdict's threshold, value and gap are
:func:`~compliance.scale.bulk.evaluate_table`'s for the value the cell judges (the latest figure, or
the average trimmed to four places as :func:`~compliance.judge.progress_series.synthetic` makes it).

Exactness. The engine computes with 28-digit decimals, this module with float64, whose results are
off by a few units in the 15th digit. A parsed figure is the nearest float of its decimal, so a
comparison of two of them can only differ from the decimal one when the floats are equal; a computed
number (a rate, a ratio, an average) is trusted only farther than :data:`BAND` (relative) from what it
is compared with. A cell is handed to the engine (``check``'s own judgement of that cell) when

* a figure it compares equals an end of the target's interval (or its binding end, or the base), or a
  computed one lies within :data:`BAND` of a cut-off, an end, or a rounding boundary of the trimmed
  average; the required rate is within :data:`TINY` of zero, or the target within :data:`TINY`
  (relative) of the base (cancellation);
* the years do not give the common case: an aggregate's year that is a bound, or a range rated
  differently at its two ends, a product of yearly factors at or near zero (a year without a figure:
  insufficient data here, :func:`~compliance.scale.stream.aggregate_words.gap_cells`).

And a whole rule goes to the engine (:func:`vector_rule` says which) when it is a custom ``expr``,
reads another cell (a reference by id, a base year; ``与经济增长基本同步`` is rated here against a floor per
region, :mod:`~compliance.scale.stream.sync_rates`, but a ceiling or a band), is a compounded change
of a level, names its own base year in the rules file's progress settings, has a requirement that
reads the previous year's value (``逐步增加``) or no single interval (several parts), or its period has
ended (the period's value is judged, not its progress). tests/test_differential_stream.py and tests/test_stream_periods.py hold
the streamed verdicts equal to ``check``'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

import numpy as np

from ... import models as m
from ...judge.evaluate import Context, context, judge
from ...judge.periods import Period
from ...judge.progress_rating import ProgressSettings, rate, settings_for
from ...judge.progress_series import average_of_product, figure, growth_factor, shape_of, synthetic
from ...judge.progress_shapes import compound_observed, compound_rates, level_rates
from ...plans.check import RuleCell, Timing
from ...plans.rules import RulesFile
from ..figures import PLAIN, parse_reported_cached
from ..groups import requirement_of
from .aggregate_words import average_cells, compound_cells, gap_cells, sum_cells
from .period_words import insufficient_words, level_cells, no_threshold_words
from .period_math import BAND, INF as _INF, TINY, Rated, meets as _meets, near as _near, trimmed as _trimmed
from .range_words import range_cells
from .sync_rates import rate_sync, sync_ref

__all__ = ["BAND", "TINY", "PeriodRater", "Rated", "Ratings", "VectorRule", "YearFigures", "rate_averages", "rate_levels",
           "vector_rule"]

#: what a verdict must have alike, judged on a computed value and on its text (VectorRule of an aggregate)
_JUDGED = ("status", "reason", "threshold", "value", "gap", "admissible")
_MEMO = 4096  #: intervals remembered per rule (non-plain cell texts; a panel repeats its phrasings)


class Ratings:
    """:func:`~compliance.judge.progress_rating.rate` as a table: ratio -> rating code, on arrays.

    ``rate`` compares with ``>=`` against each cut-off, so the ratings are constant on ``[c, next)``;
    each bin's rating is what ``rate`` says of its left end (and of a number below the lowest).
    """

    def __init__(self, cutoffs: tuple[Decimal, Decimal, Decimal], ratings: Sequence[m.ProgressRating]) -> None:
        self.cuts = np.array(sorted(float(c) for c in cutoffs))
        lefts = [min(cutoffs) - 1, *sorted(cutoffs)]
        self.codes = np.array([list(ratings).index(rate(left, cutoffs)[0]) for left in lefts], dtype=np.int8)

    def __call__(self, ratio: np.ndarray) -> np.ndarray:
        return self.codes[np.searchsorted(self.cuts, ratio, side="right")]

    def near(self, ratio: np.ndarray) -> np.ndarray:
        """Ratios too close to a cut-off for float64 to tell the side."""
        band = BAND * np.maximum(1.0, np.abs(ratio))
        return (np.abs(ratio[:, None] - self.cuts[None, :]) <= band[:, None]).any(axis=1) | ~np.isfinite(ratio)


@dataclass(frozen=True, slots=True)
class VectorRule:
    """A plan-period rule the arrays rate: its cell, shape, settings and the target's interval (floats)."""

    code: int  #: the rule code (RulePlan order)
    cell_ind: int  #: the indicator's code (its position in the rules file)
    cell: RuleCell
    shape: str  #: "level", "average", "sum" or "compound"
    settings: ProgressSettings
    ctx: Context  #: check's context of the cell (levels=False), without values
    pending: bool  #: the requirement itself lacks something (a reference): no threshold, insufficient data
    lo: float  #: the admissible interval of a plain figure (-inf / inf: open)
    hi: float
    ratings: Ratings
    target: m.Constraint
    memo: dict[str, tuple[float, float] | None] = field(default_factory=dict, compare=False, hash=False)
    ref: int = -1  #: a 同步 target's reference indicator (its code; :mod:`.sync_rates`), -1: none
    #: plain figures at an end of the interval: whether the engine's interval holds them (:func:`_holds`)
    ties: dict[str, bool] = field(default_factory=dict, compare=False, hash=False)
    #: a level point's sentence figures and shape by the inputs that decide them (period_words.level_cells)
    said: dict[Any, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def start(self) -> int:
        return Period.parse(self.cell.period).start


def vector_rule(code: int, ind: int, cell: RuleCell, rules: RulesFile,
                ratings: Sequence[m.ProgressRating]) -> VectorRule | None:
    """The rule as the arrays rate it, or None when the engine judges it (see the module's list)."""
    target = cell.target
    if isinstance(target, m.Sync) and cell.rule == "target":  # 与经济增长基本同步: a floor per region
        ref, settings = sync_ref(cell, rules), settings_for(rules, cell.indicator)
        return None if ref is None else VectorRule(
            code, ind, cell, "average", settings, replace(cell.context, levels=False, previous=None), False, -_INF,
            _INF, Ratings(settings.cutoffs, ratings), target, ref=ref)
    if cell.rule != "target" or target is None or cell.reads_others or cell.timing is not Timing.OPEN:
        return None
    if Period.parse(cell.period).is_year or cell.end <= cell.as_of:
        return None
    shape = shape_of(target, cell.context.measure)
    cumulative = m.find(target, m.Cumulative)
    if m.find(target, m.Sync) is not None or (cumulative is not None and shape not in ("sum", "compound")):
        return None
    if shape == "compound" and cell.context.measure not in (m.Measure.RATE, m.Measure.DECLINE):
        return None  # a change of a level is measured from the year before the period: the engine
    settings = settings_for(rules, cell.indicator)
    if shape == "level" and settings.base_year is not None:
        return None
    ctx = replace(cell.context, levels=False, previous=None)
    group, reads_previous = requirement_of(target, ctx)
    if reads_previous:  # copied along (a change target's context is replaced), or used: the interval tells
        probe = replace(ctx, previous=parse_reported_cached("345.678"))  # < 1000: a share too (SHARE_LIMIT)
        if requirement_of(target, probe)[0] != group:
            return None
    if group.mode == "scalar":
        return None
    pending, lo, hi = group.mode == "pending", float(group.lo), float(group.hi)
    if shape != "level":  # the value judged is synthetic()'s, in the indicator's unit: ask the engine for its interval
        for number in ("1", "345.678"):  # and judged as its trimmed text (evaluate_table) it must be judged alike
            made = judge(target, synthetic(Decimal(number), Decimal(number), ctx.unit), ctx)
            read = judge(target, parse_reported_cached(number), ctx)
            if any(getattr(made, name) != getattr(read, name) for name in _JUDGED):
                return None  # a unit the target's is not (万人 against 1%), say: the engine
        admissible = judge(target, synthetic(Decimal(1), Decimal(1), ctx.unit), ctx).admissible
        pending = admissible is None
        if admissible is not None:
            lo, hi = float(admissible.lo), float(admissible.hi)
    return VectorRule(code, ind, cell, shape, settings, ctx, pending, lo, hi, Ratings(settings.cutoffs, ratings), target)


# --------------------------------------------------------------------------- the yearly figures


@lru_cache(maxsize=65536)
def _figure(text: str, unit: str | None, measure: m.Measure | None, indicator: str | None = None
            ) -> tuple[float, float, bool] | None:
    """The engine's reading of a non-plain cell (as floats of its decimal ends, and whether it carries levels
    such as （市级3.12）, which a computed value takes over); None: no figure, as for a sentence about another
    indicator than ``indicator`` (the rules file's name of the row's; judge/progress_series.figure)."""
    reported = parse_reported_cached(text)
    ctx = replace(context("higher", unit=unit, measure=measure), indicator=indicator)  # polarity is not read
    ends = figure(reported, ctx)
    return None if ends is None else (float(ends[0]), float(ends[1]), bool(reported.levels))


def _holds(rule: VectorRule, text: str, value: float, lo: float, hi: float) -> bool:
    """Whether the target's interval, as the engine judges the plain figure ``text`` (at an end of ``lo``..``hi``),
    holds it: a closed end (progress_rating.meets); False (the engine judges the cell) when its interval or value
    is not the arrays' own."""
    if text not in rule.ties:
        verdict = judge(rule.target, parse_reported_cached(text), rule.ctx)
        wanted, got = verdict.admissible, verdict.value
        rule.ties[text] = wanted is not None and got is not None and float(got) == value and float(wanted.lo) == lo \
            and float(wanted.hi) == hi and wanted.contains(m.Interval.point(got))
    return rule.ties[text]


def _admissible(rule: VectorRule, text: str) -> tuple[float, float] | None:
    """The target's interval when the cell's value is ``text`` (not a plain figure: levels, labels)."""
    memo = rule.memo
    if text not in memo:
        if len(memo) >= _MEMO:
            memo.clear()
        verdict = judge(rule.target, parse_reported_cached(text), rule.ctx)
        memo[text] = None if verdict.admissible is None else (float(verdict.admissible.lo),
                                                                 float(verdict.admissible.hi))
    return memo[text]


@dataclass(frozen=True, slots=True)
class YearFigures:
    """One indicator's figures in consecutive years, for every region of a batch: arrays (regions, years)."""

    row: np.ndarray  #: the batch row (-1: none)
    text: list[str]  #: the cell texts of the batch ("" for an empty cell)
    plain: np.ndarray  #: (regions, years) the cell is a plain number
    has: np.ndarray  #: it has a figure
    point: np.ndarray  #: the figure is one finite number
    value: np.ndarray  #: that number (NaN otherwise)
    low: np.ndarray  #: the figure's ends (-inf / inf: open; NaN: no figure)
    high: np.ndarray
    levels: np.ndarray  #: the cell carries levels (``2.63（市级3.12）``): a value computed from it holds them too

    @classmethod
    def read(cls, row: np.ndarray, text: list[str], plain_rows: np.ndarray, numbers: np.ndarray,
             unit: str | None, measure: m.Measure | None, indicator: str | None = None) -> YearFigures:
        present = row >= 0
        safe = np.where(present, row, 0)
        plain = present & plain_rows[safe]
        has, point, value = plain.copy(), plain.copy(), np.where(plain, numbers[safe], np.nan)
        low, high, levels = value.copy(), value.copy(), np.zeros(row.shape, dtype=bool)
        for r, k in zip(*np.nonzero(present & ~plain)):
            ends = _figure(text[row[r, k]], unit, measure, indicator)
            if ends is not None:
                has[r, k] = True
                low[r, k], high[r, k], levels[r, k] = ends
                if ends[0] == ends[1] and abs(ends[0]) < _INF:
                    point[r, k], value[r, k] = True, ends[0]
        return cls(row, text, plain, has, point, value, low, high, levels)


def _goal(rule: VectorRule, texts: list[str | None], plain: np.ndarray, base: np.ndarray | None
          ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per region: the interval (lo, hi), whether there is one, the binding end and its direction
    (:func:`~compliance.judge.progress_rating.binding`), and the regions too close to call."""
    n = len(texts)
    lo, hi = np.full(n, rule.lo), np.full(n, rule.hi)
    known = np.full(n, not rule.pending)
    for i in np.flatnonzero(~plain).tolist():
        text = texts[i]
        if text is None:
            continue
        found = _admissible(rule, text)
        known[i] = found is not None
        if found is not None:
            lo[i], hi[i] = found
    lo_finite, hi_finite = np.isfinite(lo), np.isfinite(hi)
    unsure = np.zeros(n, dtype=bool)
    ceiling = hi_finite & ~lo_finite
    if base is not None:  # a band binds at its upper end when the base lies above it
        both = lo_finite & hi_finite
        unsure |= both & (base == hi)
        ceiling |= both & (base > hi)
    goal = np.where(ceiling, hi, lo)
    direction = np.where(ceiling, -1.0, 1.0)
    known &= lo_finite | hi_finite  # no finite end: no target to measure progress toward
    unsure |= known & lo_finite & hi_finite & (lo > hi)
    return lo, hi, known, goal, direction, unsure


def rate_levels(rule: VectorRule, figures: YearFigures, as_of: int) -> Rated:
    """Level targets: the compound (or linear) rate so far against the rate required; ``figures`` are
    the years from the one before the period to ``as_of``."""
    n, years = figures.row.shape
    k = np.arange(years)
    exact, present = figures.point, figures.row >= 0
    # the base year: the year before the period with an exact figure, else the period's first such year
    first_in = np.where(exact[:, 1:].any(axis=1), exact[:, 1:].argmax(axis=1) + 1, -1) if years > 1 else np.full(n, -1)
    base_k = np.where(exact[:, 0], 0, first_in)
    later = figures.has & (k[None, :] > base_k[:, None]) & (base_k[:, None] >= 0)
    current_k = _last(later)
    latest_k = _last(present)  # the latest value, figure or not: what an insufficient record shows
    regions = np.arange(n)
    rated = (base_k >= 0) & (current_k >= 0)
    ok = rated | (latest_k >= 0)  # no base, or one point only: insufficient data, judged on the latest value
    bk, ck = np.maximum(base_k, 0), np.where(rated, current_k, np.maximum(latest_k, 0))
    base = figures.value[regions, bk]
    row = np.where(ok, figures.row[regions, ck], -1)
    texts = [figures.text[r] if r >= 0 else None for r in row.tolist()]
    lo, hi, known, goal, direction, unsure = _goal(rule, texts, figures.plain[regions, ck], np.where(rated, base, 0.0))
    ok &= ~(rated & unsure)
    elapsed = (ck - bk).astype(float)
    total = (rule.cell.end - (rule.start - 1 + bk)).astype(float)
    rating = np.full(n, _code(rule, m.ProgressRating.INSUFFICIENT_DATA), dtype=np.int8)  # no threshold either
    todo = rated & known
    # a plain figure at an end: met (achieved early) where the engine's interval holds that end, else the engine
    now = figures.value[regions, ck]
    closed = np.zeros(n, dtype=bool)
    for r in np.flatnonzero(todo & figures.plain[regions, ck] & ((now == lo) | (now == hi))).tolist():
        closed[r] = _holds(rule, figures.text[figures.row[r, ck[r]]], float(now[r]), float(lo[r]), float(hi[r]))
    # the current figure the base's own decimal (both plain): no change, a ratio of exactly 0 in float and decimal
    same = todo & figures.plain[regions, bk] & figures.plain[regions, ck] & (now == base) & (ck != bk)
    for r in np.flatnonzero(same).tolist():
        same[r] = Decimal(figures.text[figures.row[r, bk[r]]]) == Decimal(figures.text[figures.row[r, ck[r]]])
    ends = [_level_at(rule, todo, figures.low[regions, ck], base, goal, direction, lo, hi, elapsed, total, closed,
                      same),
            _level_at(rule, todo, figures.high[regions, ck], base, goal, direction, lo, hi, elapsed, total, closed,
                      same)]
    (low_rating, low_ok, rates, met), (high_rating, high_ok, *_) = ends
    ok &= ~todo | (low_ok & high_ok)
    both = todo & ok
    # an interval's two ends rated alike give that rating, else insufficient data (progress_shapes.one_rating)
    rating[both] = np.where(low_rating[both] == high_rating[both], low_rating[both], rating[both])
    point = both & figures.point[regions, ck] & figures.plain[regions, bk]  # a current 35左右 reads 35
    words = level_cells(rule, point, rating, figures, regions, bk, ck, lo, hi, goal, direction, base, rates, met)
    start = rule.start - 1
    for r in np.flatnonzero(ok & rated & ~known & figures.plain[regions, ck]).tolist():  # no threshold yet
        found = no_threshold_words(figures.text[figures.row[r, ck[r]]], start + int(ck[r]))
        if found is not None:
            words[r] = ((rule.code, int(rating[r]), int(base_k[r]), int(ck[r]), "no_threshold"), found)
    for r in np.flatnonzero(ok & ~rated & figures.plain[regions, ck]).tolist():  # insufficient data: one point
        found = insufficient_words(figures.text[figures.row[r, ck[r]]], start + int(ck[r]), float(lo[r]), float(hi[r]),
                                   start + int(base_k[r]) if base_k[r] >= 0 else None, rule.start, bool(known[r]))
        if found is not None:
            canonical = found.get("head.value") == found["head.text"]  # no threshold: no value said
            words[r] = ((rule.code, int(rating[r]), int(base_k[r]), int(ck[r]), canonical, *sorted(found)), found)
    # any other cell: its sentence is a function of the rule and the years and texts of its base, its current
    # figure and its latest value (rated insufficient data, no note shows the base's figure: its year only);
    # the cells alike are explained once (period_words.PeriodRows.columns)
    cell_row, short = figures.row, rating == _code(rule, m.ProgressRating.INSUFFICIENT_DATA)
    for r in np.flatnonzero(ok).tolist():
        if words[r] is None:
            years = (int(base_k[r]), int(ck[r]), int(latest_k[r]))
            words[r] = ((rule.code, *years, *(figures.text[cell_row[r, y]] if y >= 0 and cell_row[r, y] >= 0 and (
                k or not short[r]) else None for k, y in enumerate(years))), None)
    return Rated(ok, rating, row, [t if o else None for t, o in zip(texts, ok.tolist())], figures.row[:, 0], words)


def _last(mask: np.ndarray) -> np.ndarray:
    """The last column set in each row of ``mask`` (-1: none)."""
    years = mask.shape[1]
    return np.where(mask.any(axis=1), years - 1 - mask[:, ::-1].argmax(axis=1), -1)


def _level_at(rule: VectorRule, todo: np.ndarray, current: np.ndarray, base: np.ndarray, goal: np.ndarray,
              direction: np.ndarray, lo: np.ndarray, hi: np.ndarray, elapsed: np.ndarray, total: np.ndarray,
              closed: np.ndarray, same: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The rating of one end of the current figure (progress_shapes._level_point), where it is sure, and the
    rates, pace and ratio (columns of an array; NaN where not computed) and whether it was rated achieved;
    ``same``: the current figure is the base's decimal (its ratio is exactly 0, rated even at a cut-off of 0)."""
    n = len(todo)
    codes = {r: _code(rule, r) for r in m.ProgressRating}
    rating = np.full(n, codes[m.ProgressRating.INSUFFICIENT_DATA], dtype=np.int8)
    ok = np.ones(n, dtype=bool)
    finite = np.isfinite(current)
    # an infinite end (<313.2, 10以上) meets a one-sided target on its side (progress_rating.meets)
    band = np.isfinite(lo) & np.isfinite(hi)
    infinite = todo & ~finite
    rating[infinite] = np.where(~band[infinite] & ((current[infinite] > 0) == (direction[infinite] > 0)),
                                codes[m.ProgressRating.ACHIEVED_EARLY], codes[m.ProgressRating.REGRESSING])
    todo = todo & finite
    at_end = todo & ((current == lo) | (current == hi))
    ok &= ~(at_end & ~closed)  # a figure at an end: open or closed decides; held (closed) it is met, else the engine
    todo &= ok
    met = todo & (_meets(lo, hi, current) | (at_end & closed))
    rating[met] = codes[m.ProgressRating.ACHIEVED_EARLY]
    todo &= ~met
    # the base at (or a hair from) the target: nothing to divide by, or cancellation: the engine
    ok &= ~(todo & (np.abs(goal - base) <= TINY * np.maximum(np.abs(goal), np.abs(base))))
    todo &= ok
    cagr = todo & (rule.settings.method == "cagr") & (base > 0) & (current > 0) & (goal > 0)
    ratio = np.full(n, np.nan)
    rates = np.full((n, 4), np.nan)  # observed, required, pace, ratio
    with np.errstate(all="ignore"):
        for method, mask in (("cagr", cagr), ("linear", todo & ~cagr)):
            if not mask.any():
                continue
            observed, required, pace = level_rates(method, base[mask], current[mask], goal[mask], elapsed[mask],
                                                   total[mask], np.power)
            needed = np.abs(required)
            small = needed < TINY  # a required rate of (nearly) zero: the engine
            ratio[mask] = np.where(small, np.nan, direction[mask] * observed / np.where(small, 1.0, needed))
            rates[mask, 0], rates[mask, 1], rates[mask, 2] = observed, required, pace
    rates[:, 3] = ratio
    near = todo & rule.ratings.near(ratio) & ~(same & (ratio == 0))  # no change: 0 in the decimals too
    ok &= ~near
    todo &= ~near
    rating[todo] = rule.ratings(ratio[todo])
    return rating, ok, rates, met


def _so_far(rule: VectorRule, figures: YearFigures) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The period's years up to the latest with a figure (progress_series.years_so_far): which regions have
    an exact figure, without levels, for each of them, the years used, and the number of years."""
    has, point = figures.has[:, 1:], figures.point[:, 1:]
    last = _last(has)
    used = np.arange(has.shape[1])[None, :] <= last[:, None]
    ok = (last >= 0) & ~(used & ~point).any(axis=1)  # a year without an exact figure: the engine
    ok &= ~(used & figures.levels[:, 1:]).any(axis=1)  # a computed value would carry the year's levels: the engine
    ok &= ~((figures.row[:, 1:] >= 0) & ~has).any(axis=1)  # a year's row without a figure (abc, 未统计): the engine
    return ok, used, (last + 1).astype(float)


def rate_averages(rule: VectorRule, figures: YearFigures, as_of: int, worded: bool = True) -> Rated:
    """Growth rates: the compound average of the period's years so far against the target rate;
    ``figures`` are the years from the one before the period to ``as_of`` (column 0 is not averaged);
    ``worded`` False: without the sentences' figures (a range's high end, :mod:`.range_words`)."""
    n = len(figures.row)
    ok, used, years = _so_far(rule, figures)
    decline = rule.cell.context.measure is m.Measure.DECLINE
    with np.errstate(all="ignore"):
        product = np.where(used, growth_factor(figures.value[:, 1:], decline), 1.0).prod(axis=1)
        ok &= product > TINY  # none or a near-total fall: the arithmetic mean, the engine
        average = average_of_product(np.where(ok, product, 1.0), years, decline, np.power)
    ok, texts = _trimmed(average, ok)
    lo, hi, known, goal, direction, unsure = _goal(rule, texts, np.ones(n, dtype=bool), None)
    ok &= ~unsure & ~(known & (_near(average, lo) | _near(average, hi)))
    met = known & _meets(lo, hi, average)
    with np.errstate(all="ignore"):
        ok &= ~(known & (goal > 0) & (goal < 1e-3))  # a ratio over a tiny target rate: the engine
        up = known & (direction > 0) & (goal > 0)
        down = known & (direction < 0) & (goal > 0) & (average > 0)
        ok &= ~(known & (direction < 0) & (goal > 0) & (np.abs(average) <= 1e-3))  # its sign, a ratio over it
        ratio = np.where(up, average / goal, np.where(down, goal / average, np.nan))
    has_ratio = up | down
    ok &= ~(has_ratio & rule.ratings.near(ratio))
    on_track, regressing = _code(rule, m.ProgressRating.ON_TRACK), _code(rule, m.ProgressRating.REGRESSING)
    rating = np.full(n, _code(rule, m.ProgressRating.INSUFFICIENT_DATA), dtype=np.int8)
    no_ratio = known & ~has_ratio
    rating[no_ratio] = np.where(met[no_ratio], on_track, regressing)
    rated = has_ratio & ok
    rating[rated] = rule.ratings(ratio[rated])
    words_of = rated & ~(met & (rating != on_track))  # met below on track: rated on track at another ratio
    rating[rated & met] = on_track  # at the target rate, within its tolerance
    return Rated(ok, rating, np.full(n, -1, dtype=np.int64), [t if o else None for t, o in zip(texts, ok.tolist())],
                 figures.row[:, 0], average_cells(rule, figures, words_of, used, average, texts, lo, hi, ratio, rating)
                 if worded else None)


def rate_sums(rule: VectorRule, figures: YearFigures, as_of: int) -> Rated:
    """A running total (累计): the sum of the years so far against the steady pace ``target * k / N``."""
    n = len(figures.row)
    ok, used, years = _so_far(rule, figures)
    values = np.where(used, figures.value[:, 1:], 0.0)
    total = values.sum(axis=1)
    scale = np.maximum(1.0, np.abs(values).sum(axis=1))  # a sum's float error grows with its terms, not its size
    ok &= scale < 1e6  # four decimal places of the total must be exact in float64
    ok, texts = _trimmed(total, ok)
    lo, hi, known, goal, direction, unsure = _goal(rule, texts, np.ones(n, dtype=bool), np.zeros(n))
    ok &= ~unsure & ~(known & (_near(total, lo, scale) | _near(total, hi, scale)))
    met = known & _meets(lo, hi, total)
    codes = {r: _code(rule, r) for r in m.ProgressRating}
    rating = np.full(n, codes[m.ProgressRating.INSUFFICIENT_DATA], dtype=np.int8)
    early = met & (direction > 0)
    rating[early] = codes[m.ProgressRating.ACHIEVED_EARLY]
    rest = known & ~early
    pace = goal * years / Period.parse(rule.cell.period).length
    ok &= ~(rest & (direction < 0) & _near(total, np.zeros(n), scale))  # the sign of the total decides
    steady = rest & ((pace <= 0) | ((direction < 0) & (total <= 0)))
    rating[steady] = np.where(met[steady], codes[m.ProgressRating.ON_TRACK], codes[m.ProgressRating.NEEDS_ACCELERATION])
    rest &= ~steady
    with np.errstate(all="ignore"):
        ratio = np.where(direction > 0, total / pace, pace / total)
    tiny = np.where(direction > 0, np.abs(pace), np.abs(total)) < TINY * scale  # a divisor lost in the terms' error
    ok &= ~(rest & (rule.ratings.near(ratio) | tiny))
    rest &= ok
    rating[rest] = rule.ratings(ratio[rest])
    return Rated(ok, rating, np.full(n, -1, dtype=np.int64), [t if o else None for t, o in zip(texts, ok.tolist())],
                 figures.row[:, 0], sum_cells(rule, figures, ok & known, used, texts, lo, hi, rating))


def rate_compounds(rule: VectorRule, figures: YearFigures, as_of: int) -> Rated:
    """A change stated over years (五年下降14.5) of a rate: the yearly changes compounded so far against the
    pace of a steady path, their annual rate against the rate required."""
    n = len(figures.row)
    cumulative = m.find(rule.target, m.Cumulative)
    assert cumulative is not None
    ok, used, years = _so_far(rule, figures)
    sign = -1.0 if cumulative.change == "down" else 1.0
    decline = rule.cell.context.measure is m.Measure.DECLINE
    with np.errstate(all="ignore"):
        index = np.where(used, growth_factor(figures.value[:, 1:], decline), 1.0).prod(axis=1)  # change_index
        size = sign * (index - 1) * 100
    ok, texts = _trimmed(size, ok)
    lo, hi, known, goal, direction, unsure = _goal(rule, texts, np.ones(n, dtype=bool), np.zeros(n))
    ok &= ~unsure & ~(known & (_near(size, lo) | _near(size, hi)))
    total = float(cumulative.years or Period.parse(rule.cell.period).length)
    with np.errstate(all="ignore"):
        no_target = known & ((goal <= 0) | (1 + sign * goal / 100 <= TINY))  # insufficient: the engine says why
        ok &= ~no_target
        pace, required = compound_rates(sign, goal, years, total, np.power)
        ok &= ~(known & (np.abs(required) < TINY * 100))  # in % a year
        grown = 1 + sign * size / 100
        ok &= ~(known & (np.abs(grown) <= TINY))
        observed = np.where(grown > 0, compound_observed(sign, size, years, np.power), 100.0)
        ratio = observed / required
    codes = {r: _code(rule, r) for r in m.ProgressRating}
    rating = np.full(n, codes[m.ProgressRating.INSUFFICIENT_DATA], dtype=np.int8)
    met = known & _meets(lo, hi, size)
    rating[met] = codes[m.ProgressRating.ACHIEVED_EARLY]
    rest = known & ~met
    ok &= ~(rest & rule.ratings.near(ratio))
    rest &= ok
    rating[rest] = rule.ratings(ratio[rest])
    return Rated(ok, rating, np.full(n, -1, dtype=np.int64), [t if o else None for t, o in zip(texts, ok.tolist())],
                 figures.row[:, 0], compound_cells(rule, figures, ok & known, used, texts, lo, hi, rating, int(sign),
                                                   decline, cumulative.change or "", int(total), observed, ratio))


def _code(rule: VectorRule, rating: m.ProgressRating) -> int:
    return list(m.ProgressRating).index(rating)


def plain_numbers(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Which cells are plain numbers (:data:`~compliance.scale.figures.PLAIN`), and their values (NaN
    elsewhere) as the nearest float64, converted by arrow, which rounds correctly as ``float()`` does (a
    figure equal to an end of an interval must be equal as a float too)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from ..arrays import arrow_of, numpy_of, strings_of  # pyarrow's own crossings would import pandas

    text = strings_of(texts)
    plain = numpy_of(pc.match_substring_regex(text, "^" + PLAIN.pattern + "$"), null=False)
    numbers = np.full(len(texts), np.nan)
    found = np.flatnonzero(plain)
    if found.size:
        numbers[found] = numpy_of(pc.cast(text.take(arrow_of(found)), pa.float64()))
    return plain, numbers


class PeriodRater:
    """Rates the :class:`VectorRule` cells of a batch of regions (rows coded by the panel reader)."""

    def __init__(self, rules: Sequence[VectorRule], indicators: int, as_of: int) -> None:
        self.rules, self.indicators, self.as_of = list(rules), indicators, as_of

    def rate(self, frame: Any, unit: np.ndarray, regions: int, period_year: np.ndarray, period_end: np.ndarray,
             texts: list[str]) -> list[tuple[VectorRule, Rated]]:
        """Each rule's :class:`Rated` for the ``regions`` of ``frame`` (a pyarrow Table or a DataFrame; ``texts``:
        its cells, "" when empty)."""
        from ..arrays import indexer, numpy_of

        ind = numpy_of(frame["_ind"])
        per = numpy_of(frame["_per"])
        year, end = period_year[per], period_end[per]
        rows = np.flatnonzero((year >= 0) & (end <= self.as_of))  # a row after as_of is not known yet
        if not rows.size or not regions:
            return []
        low, high = int(year[rows].min()), int(year[rows].max())
        span = high - low + 1
        keys = (unit[rows] * self.indicators + ind[rows]) * span + (year[rows] - low)  # distinct: no duplicate rows
        space = regions * self.indicators * span
        if space <= 4 * len(keys) + (1 << 16):  # a direct table, made once for every rule and year
            row_of = np.full(space, -1, dtype=np.int64)
            row_of[keys] = rows

            def lookup(query: np.ndarray) -> np.ndarray:
                return row_of[query]
        else:  # hashed by arrow (Index.get_indexer's contract): once per rule, its years asked together
            def lookup(query: np.ndarray) -> np.ndarray:
                hit = indexer(keys, query)
                return np.where(hit >= 0, rows[np.maximum(hit, 0)], -1)
        plain, numbers = plain_numbers(texts)
        region = np.arange(regions, dtype=np.int64)
        out = []
        for rule in self.rules:
            # a level's latest figure may lie past the period, up to a later horizon (2035年达到37); an
            # aggregate takes the period's own years (progress_series.years_so_far)
            last = self.as_of if rule.shape == "level" else min(self.as_of, Period.parse(rule.cell.period).end)
            years, ctx = range(rule.start - 1, last + 1), rule.cell.context
            read = []  # its own yearly figures, and a 同步 target's reference's (read as check reads them)
            for code in (rule.cell_ind, rule.ref) if rule.ref >= 0 else (rule.cell_ind,):
                found = np.full((regions, len(years)), -1, dtype=np.int64)
                within = [k for k, y in enumerate(years) if low <= y <= high]
                if within:  # every year of the rule asked at once
                    offsets = np.array([years[k] - low for k in within], dtype=np.int64)
                    query = ((region * self.indicators + code) * span)[:, None] + offsets[None, :]
                    found[:, within] = lookup(query.reshape(-1)).reshape(regions, len(within))
                # a sentence about another indicator is no figure of the rule's own, nor of a reference (read as check
                # reads it: by the reference indicator's name, judge/progress_series.reference_figures)
                name = ctx.indicator if code == rule.cell_ind else ctx.names.get(getattr(rule.cell.target, "ref", ""))
                read.append(YearFigures.read(found, texts, plain, numbers, ctx.unit, ctx.measure, name))
            figures = read[0]
            out.append((rule, rate_sync(rule, figures, read[1], _so_far(rule, figures)) if rule.ref >= 0
                        else _RATE[rule.shape](rule, figures, self.as_of)))
            if rule.shape == "average" and rule.ref < 0:  # a year given as a range (8-9): both ends rated alike
                range_cells(rule, figures, out[-1][1], self.as_of, rate_averages)
            if rule.shape != "level":  # a year lacking a figure: insufficient data, as check rates it
                gap_cells(rule, figures, out[-1][1])
        return out


#: the rating of each shape, on arrays
_RATE = {"level": rate_levels, "average": rate_averages, "sum": rate_sums, "compound": rate_compounds}
