"""A target's yearly values as progress reads them, and the assessment under way (:class:`Job`).

What kind of number a target is (:func:`shape_of`: a level, a running total, compounded changes, a
rate's average), each year's figure (the evaluator's reading, :func:`figure`), the aggregates of
the years so far, and the steps every shape shares: the binding end of the target, an
insufficient-data record saying what is lacking, the finished :class:`Assessment`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, localcontext
from functools import lru_cache
from typing import Any, Literal

from .. import models as m
from ..language.lexicon import lexicon
from ..models import Note, ProgressRating
from .choose import names_another
from .evaluate import Context, judge
from .figure import Pending
from .figure import figure as read_figure
from .periods import Period
from .progress_rating import HUNDRED, INF, NEG_INF, RANK, Goal, Point, ProgressSettings, binding, show, trim
from .verdict import Progress, Verdict

Shape = Literal["level", "sum", "compound", "average"]
Series = Mapping[int, m.Reported]


@dataclass(frozen=True)
class Assessment:
    """A progress record and what the cell's pending verdict shows: the value so far and its verdict."""

    progress: Progress
    reported: m.Reported  #: the latest value (level) or the total / compounded change / average so far
    verdict: Verdict | None  #: ``reported`` judged against the target (None: nothing to judge)
    references: Mapping[str, Any] = field(default_factory=dict)  #: the references it was judged with


# --------------------------------------------------------------------------- shapes and figures


def shape_of(target: m.Constraint, measure: m.Measure | None) -> Shape:
    """What kind of number the target is, for progress and for the period's final value."""
    cumulative = m.find(target, m.Cumulative)
    if cumulative is not None and cumulative.annual and measure in (m.Measure.RATE, m.Measure.DECLINE):
        return "average"  # 年均增长6%: the compound average of the yearly rates, never their total
    if cumulative is not None:
        return "compound" if cumulative.change is not None else "sum"
    if measure in (m.Measure.RATE, m.Measure.DECLINE) or m.find(target, m.Sync) is not None:
        return "average"
    return "level"


def figure(reported: m.Reported | None, ctx: Context) -> tuple[Decimal, Decimal] | None:
    """A reported value as (low, high) in the indicator's unit; ends may be infinite. None: no figure.

    The reading is the evaluator's (:func:`compliance.judge.figure.figure`); progress keeps the ends.
    """
    if ctx.indicator is not None and names_another(reported, ctx.indicator):  # 城镇调查失业率为5.2% in GDP's row
        return None
    try:
        found = read_figure(reported, ctx.unit, ctx.measure)
    except Pending:
        return None
    return found.lo, found.hi


def point_value(ends: tuple[Decimal, Decimal] | None) -> Decimal | None:
    if ends is None or ends[0] != ends[1] or not ends[0].is_finite():
        return None
    return ends[0]


def synthetic(low: Decimal, high: Decimal, unit: str | None, levels: tuple[m.LevelValue, ...] = ()) -> m.Reported:
    """A computed value (a total, an average) as a reported value the engine can judge."""
    low, high = trim(low), trim(high)

    def q(value: Decimal) -> m.Quantity:
        return m.Quantity(value=value, unit=unit)

    if low == high:
        return m.Value(text=show(low), value=q(low), levels=levels)
    if not low.is_finite() and not high.is_finite():  # 10以上 with <313.2: no figure bounds it either way
        return m.Missing(text="")
    if not high.is_finite():
        return m.BoundValue(text=f"≥{show(low)}", op="ge", value=q(low), levels=levels)
    if not low.is_finite():
        return m.BoundValue(text=f"≤{show(high)}", op="le", value=q(high), levels=levels)
    return m.RangeValue(text=f"{show(low)}-{show(high)}", low=q(low), high=q(high), levels=levels)


# --------------------------------------------------------------------------- aggregates


def power(base: Decimal, exponent: Decimal) -> Decimal:
    """``base ** exponent`` to 28 digits, remembered by the exact text of both (a fractional power costs
    ~0.4 ms, and ``--period all`` asks for the same ones region after region)."""
    return _power(str(base), str(exponent))


@lru_cache(maxsize=4096)
def _power(base: str, exponent: str) -> Decimal:
    with localcontext() as context_:
        context_.prec = 28
        return Decimal(base) ** Decimal(exponent)


def growth_factor(rate: Any, decline: bool) -> Any:
    """One year's rate (decline) in % as the factor the level is multiplied by: ``3`` -> 1.03 (0.97).

    Plain arithmetic, so the streaming path runs the same definition on float arrays."""
    return (1 - rate / 100) if decline else (1 + rate / 100)  # 100, not HUNDRED: an int suits arrays too


def average_of_product(product: Any, years: Any, decline: bool, pow_: Callable[[Any, Any], Any]) -> Any:
    """The compound average rate in % of ``years`` yearly factors multiplying to ``product`` (> 0).

    ``pow_`` is :func:`power` for decimals, ``numpy.power`` for arrays: one definition for both."""
    root = pow_(product, 1 / years)
    return (1 - root) * 100 if decline else (root - 1) * 100


def compound_average(rates: Sequence[Decimal], decline: bool) -> Decimal:
    """The compound average of yearly growth rates (declines) in %."""
    product = Decimal(1)
    for rate in rates:
        product *= growth_factor(rate, decline)
    if product <= 0:  # a fall of 100% or more has no compound average: the arithmetic one
        return sum(rates, Decimal(0)) / len(rates)
    return average_of_product(product, Decimal(len(rates)), decline, power)


def ends_of(values: Sequence[tuple[Decimal, Decimal]], combine: Callable[[Sequence[Decimal]], Decimal]) -> tuple[Decimal, Decimal]:
    lows, highs = [v[0] for v in values], [v[1] for v in values]
    if lows == highs and all(x.is_finite() for x in lows):  # exact figures: one aggregate (a power costs)
        both = combine(lows)
        return both, both
    low = NEG_INF if any(not x.is_finite() for x in lows) else combine(lows)
    high = INF if any(not x.is_finite() for x in highs) else combine(highs)
    return (low, high) if low <= high else (high, low)


# --------------------------------------------------------------------------- the assessment


@dataclass
class Job:
    target: m.Constraint
    series: Series
    period: Period
    as_of: int
    ctx: Context
    settings: ProgressSettings
    reference_series: Callable[[str], Series] | None
    shape: Shape = "level"
    end: int = 0
    values: list[m.YearValue] = field(default_factory=list)

    def base_record(self, rating: ProgressRating, **more: Any) -> dict[str, Any]:
        return {
            "rating": rating, "start_year": self.period.start, "end_year": self.end, "as_of": self.as_of,
            "cutoffs": self.settings.cutoffs, "values": tuple(self.values), **more,
        }


def year_value(year: int, reported: m.Reported, ctx: Context) -> m.YearValue:
    ends = figure(reported, ctx) or (INF, INF)
    return m.YearValue(year=year, text=reported.text, low=ends[0] if ends[0].is_finite() else None,
                       high=ends[1] if ends[1].is_finite() else None)


def insufficient(job: Job, method: str, note: Note, reported: m.Reported, verdict: Verdict | None,
                  missing: tuple[str, ...], **more: Any) -> Assessment:
    notes = tuple(more.pop("notes", ())) + (note,)
    progress = Progress(
        method=method, missing=missing, notes=notes, **job.base_record(ProgressRating.INSUFFICIENT_DATA, **more)
    )
    return Assessment(progress, reported, verdict)


def missing_years(job: Job, years: Sequence[int]) -> list[int]:
    return [year for year in years if figure(job.series.get(year), job.ctx) is None]


def years_span(years: Sequence[int]) -> str:
    return str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"


def judged(job: Job, reported: m.Reported, references: Mapping[str, Any] | None = None) -> Verdict:
    ctx = job.ctx if references is None else replace(job.ctx, references={**job.ctx.references, **references})
    return judge(job.target, reported, ctx)


def threshold_of(job: Job, verdict: Verdict, base: Decimal | None, reported: m.Reported,
                  method: str) -> Goal | Assessment:
    """The target's binding end, or an insufficient-data assessment saying why there is none."""
    if verdict.admissible is None:
        missing = tuple(item for item in verdict.missing if item not in ("reported", "precise"))
        if missing:
            return insufficient(job, method, Note(code="progress_no_threshold", params={"missing": listed(missing)}),
                                 reported, verdict, missing)
        return insufficient(job, method, Note(code="progress_no_target", params={"target": one_line(job.target.text)}),
                             reported, verdict, ("threshold",))
    found = binding(verdict.admissible, base)
    if found is None:
        return insufficient(job, method, Note(code="progress_no_target", params={"target": one_line(job.target.text)}),
                             reported, verdict, ("threshold",))
    return found


def listed(items: Iterable[str]) -> str:
    """Items written into one note parameter, joined as the lexicon joins a list (、)."""
    return lexicon().render.join.join(items)


def one_line(text: str) -> str:
    return "".join(part.strip() for part in text.splitlines())


def both_ends(at: Callable[[Decimal], Point], low: Decimal, high: Decimal) -> tuple[Point, Point]:
    """``at`` of each end of a figure, once for a point (the same rating twice)."""
    if low == high:
        point = at(low)
        return point, point
    return at(low), at(high)


def one_rating(job: Job, points: tuple[Point, Point], ends: tuple[Decimal, Decimal], text: str,
             method: str) -> tuple[Point, Note | None]:
    """One rating for an interval: the same at both ends, else insufficient data."""
    low, high = points
    if low.rating is high.rating:
        worse = low if RANK.get(low.rating, -1) <= RANK.get(high.rating, -1) else high
        return worse, None
    if not ends[0].is_finite() and not ends[1].is_finite():  # 10以上 with <313.2: the aggregate has no end at all
        return Point(ProgressRating.INSUFFICIENT_DATA, method=method), unbounded(job)
    return Point(ProgressRating.INSUFFICIENT_DATA, method=method), Note(code="progress_imprecise", params={"text": text})


def unbounded(job: Job) -> Note:
    """Why a total or average of the years has no figure: the yearly values open on one side (``10以上``,
    ``<313.2``), shown with their years, so a person can see which they are."""
    bounds = [f"{v.year}: {one_line(v.text)}" for v in job.values if v.low is None or v.high is None]
    return Note(code="progress_unbounded", params={"values": " / ".join(bounds)})


def finish(job: Job, point: Point, imprecise: Note | None, reported: m.Reported, verdict: Verdict,
            references: Mapping[str, Any] | None = None, extra_notes: Sequence[Note] = (), **record: Any) -> Assessment:
    notes = list(extra_notes) + point.notes
    record = {key: trim(value) if isinstance(value, Decimal) else value for key, value in record.items()}
    missing: tuple[str, ...] = ()
    if imprecise is not None:
        notes = list(extra_notes) + [imprecise]
        missing = ("precise",)
    progress = Progress(
        method=point.method, ratio=trim(point.ratio), observed=trim(point.observed), required=trim(point.required),
        pace=trim(point.pace), missing=missing, notes=tuple(notes), **job.base_record(point.rating, **record),
    )
    return Assessment(progress, reported, verdict, dict(references or {}))


# ------------------------------------------------------------------ the years of the period so far


def years_so_far(job: Job) -> tuple[list[int], list[int]]:
    """The period's years up to the latest one with a figure or a value that cannot be read as one (``abc``,
    not after as_of), and those lacking a figure: a reported value is never left out of a total unsaid."""
    last = min(job.as_of, job.period.end)
    candidates = [year for year in job.period.years if year <= last]
    with_figure = [year for year in candidates if figure(job.series.get(year), job.ctx) is not None]
    if not with_figure:
        return [], candidates[:1] or [job.period.start]
    said = [year for year in candidates if unreadable(job, year)]
    years = [year for year in candidates if year <= max([with_figure[-1], *said])]
    return years, missing_years(job, years)


def unreadable(job: Job, year: int) -> bool:
    """The year has a reported value (not blank, not a dash) without a figure: ``abc``, ``未统计``."""
    reported = job.series.get(year)
    return reported is not None and not isinstance(reported, m.Missing) and figure(reported, job.ctx) is None


def other_indicator(reported: m.Reported | None, ctx: Context) -> bool:
    """A yearly value that is a figure, of another indicator than ``ctx.indicator`` (城镇调查失业率为5.2% in GDP's row)."""
    return bool(ctx.indicator) and names_another(reported, ctx.indicator) and figure(reported, replace(ctx, indicator=None)) is not None


def lacking_notes(said: Mapping[int, m.Reported], years: Sequence[str], ctx: Context, final: bool = True) -> tuple[Note, ...]:
    """Why the ``years`` lacking a figure have none, from the values ``said`` of them (not blank): another indicator's
    figure (``final_lacking_other``, ``progress_other_years``: 城镇调查失业率为5.2% in GDP's row), a value that is no
    figure (``final_lacking``, ``progress_unreadable_years``: abc), or nothing reported (``final_lacking_years``,
    ``progress_missing_years``). ``final``: the notes of an ended plan period's verdict, else of its progress."""
    join = " / ".join if final else listed
    other = [y for y in years if int(y) in said and other_indicator(said[int(y)], ctx)]
    rest = [y for y in years if y not in other]
    unread = [f"{y}: {one_line(said[int(y)].text)}" for y in rest if int(y) in said]
    found = []
    if other:
        shown = " / ".join(f"{y}: {one_line(said[int(y)].text)}" for y in other)
        found.append(Note(code="final_lacking_other" if final else "progress_other_years",
                          params={"years": join(other), "values": shown}))
    if unread:
        found.append(Note(code="final_lacking" if final else "progress_unreadable_years",
                          params={"years": join(rest), "values": " / ".join(unread)}))
    elif rest:
        found.append(Note(code="final_lacking_years" if final else "progress_missing_years", params={"years": join(rest)}))
    return tuple(found)


def reference_figures(job_series: Mapping[int, m.Reported], years: Sequence[int], ctx: Context,
                      ref: str) -> tuple[list[Decimal | None], list[Note]]:
    """A 同步 target's reference indicator's figure of each year, read as that indicator's (``ctx.names``: the rules
    file's name of ``ref``): a figure of another indicator in its row is none (pending, said); the notes
    say whose figures were used, or which years are another indicator's."""
    name = ctx.names.get(ref)
    own = replace(ctx, indicator=name)  # never the judged indicator's name: the reference's own
    values = [point_value(figure(job_series.get(year), own)) for year in years]
    other = [year for year in years if other_indicator(job_series.get(year), own)]
    if other:
        shown = " / ".join(one_line(job_series[year].text) for year in other)
        return values, [Note(code="reference_other_indicator", params={"name": ref, "years": listed(map(str, other)),
                                                                         "values": shown})]
    if all(value is not None for value in values):
        shown = " / ".join(f"{year}: {show(value)}" for year, value in zip(years, values) if value is not None)
        return values, [Note(code="reference_figures", params={"name": ref, "values": shown})]
    return values, []


def latest_levels(job: Job, years: Sequence[int]) -> tuple[m.LevelValue, ...]:
    for year in reversed(years):
        reported = job.series.get(year)
        if reported is not None and reported.levels:
            return reported.levels
    return ()


def values_text(job: Job, years: Sequence[int], unit: str | None = None) -> str:
    shown = []
    for year in years:
        ends = figure(job.series[year], job.ctx)
        assert ends is not None
        shown.append(show(ends[0]) if ends[0] == ends[1] else one_line(job.series[year].text))
    return f"{years_span(list(years))}: " + " / ".join(shown)


def rate_aggregate(job: Job, method: str, years: list[int], missing: list[int]) -> Assessment | None:
    if missing or not years:
        gap = missing or [job.period.start]
        latest = max((y for y in job.series if y <= job.as_of), default=None)
        reported = job.series[latest] if latest is not None else m.Missing(text="")
        said = {year: job.series[year] for year in gap if unreadable(job, year)}
        *before, note = lacking_notes(said, [str(year) for year in gap], job.ctx, final=False)
        return insufficient(job, method, note, reported, None, tuple(map(str, gap)), notes=before)
    return None


def change_index(job: Job, years: Sequence[int], pick: int) -> Decimal | None:
    """The level after ``years`` relative to the level before the period (1 = unchanged)."""
    measure = job.ctx.measure
    if measure not in (m.Measure.RATE, m.Measure.DECLINE):
        before = point_value(figure(job.series.get(job.period.start - 1), job.ctx))
        now = figure(job.series.get(years[-1]), job.ctx)
        if before is None or now is None or before == 0 or not now[pick].is_finite():
            return None  # 10以上 has no upper end: no change to measure at that end (as for a rate's years)
        return now[pick] / before
    index = Decimal(1)
    for year in years:
        ends = figure(job.series[year], job.ctx)
        assert ends is not None
        value = ends[pick]
        if not value.is_finite():
            return None
        index *= (1 - value / HUNDRED) if measure is m.Measure.DECLINE else (1 + value / HUNDRED)
    return index
