"""Progress toward a multi-year target, from the yearly values reported so far.

A plan-period target (``"2021-2025": "6.2"``) judged in an interim year is *pending* (the period
has not ended), and besides it gets a :class:`~compliance.judge.verdict.Progress` rating:
``achieved_early``, ``on_track``, ``needs_acceleration``, ``regressing`` or ``insufficient_data``.

How far along a target is depends on what kind of number it is (its *shape*):

``level`` (``6.2``, ``达到市级要求（40）``)
    Default method ``cagr`` (Statistics Canada / Open SDG): the observed compound annual rate since
    the base year, ``(current/base)^(1/(t-t0)) - 1``, divided by the rate required to reach the
    target by the end year, ``(target/base)^(1/(T-t0)) - 1``; the sign makes moving away negative.
    Preset ``linear`` (时间过半、任务过半): the share of the gap closed divided by the share of
    time elapsed. Values that are not all positive have no compound rate: linear is used instead.
``sum`` (``累计5000左右``)
    The yearly values of the period so far add up; a steady pace gives ``target * k / N`` after
    ``k`` of ``N`` years; the ratio is total / pace.
``compound`` (``五年下降14.5``)
    The yearly changes compound (``3.7`` and ``3`` -> ``1-(1-0.037)(1-0.03)`` = 6.6%); a steady path
    needs ``1-(1-0.145)^(k/5)`` (6.1% after two years) by now; the ratio compares the annual rates.
``average`` (a growth rate: ``measure: rate``, or ``与经济增长基本同步``)
    A rate is compared level to level with the target rate, never as a growth rate of a rate: the
    compound average of the years so far against the target (a sync target against the referenced
    indicator's average over the same years). A rate is a pace to hold to the end, so it is never
    ``achieved_early``: at or above the target it is ``on_track``.

The ratio is rated with the cut-offs (0.95, 0.6, 0): at least 0.95 on track; from 0 up to 0.95
needs acceleration (from 0.6 "moderate", below it "limited" progress); below 0 regressing. A value
that already meets the target is ``achieved_early``, whatever the ratio. Every number used is kept
in the :class:`~compliance.judge.verdict.Progress` record and explained through the note templates of
``language/data/messages.yaml``.

>>> from compliance import parse_target, parse_reported
>>> from compliance.judge.periods import Period
>>> p = assess(parse_target("6.2"), {2021: parse_reported("6.2"), 2022: parse_reported("6.6")},
...            period=Period.parse("2021-2025"), as_of=2022, ctx=context("higher"))
>>> p.progress.rating.value
'achieved_early'
>>> p = assess(parse_target("达到市级要求（五年下降14.5）"),
...            {2021: parse_reported("3.7"), 2022: parse_reported("3")},
...            period=Period.parse("2021-2025"), as_of=2022, ctx=context("higher", measure="decline"))
>>> p.progress.rating.value, str(p.progress.current_value), str(p.progress.pace)
('on_track', '6.589', '6.0739')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, localcontext
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .. import models as m
from ..language.lexicon import lexicon
from .evaluate import Context, context, judge
from .figure import Pending
from .figure import figure as read_figure
from ..models import Interval, Note, ProgressRating, format_decimal
from .periods import Period, horizon
from .verdict import Progress, Verdict

INF = Decimal("Infinity")
NEG_INF = Decimal("-Infinity")
HUNDRED = Decimal(100)
DEFAULT_CUTOFFS = (Decimal("0.95"), Decimal("0.6"), Decimal("0"))

Shape = Literal["level", "sum", "compound", "average"]
Series = Mapping[int, m.Reported]

#: better ratings rank higher; insufficient_data is outside the order
RANK = {
    ProgressRating.REGRESSING: 0,
    ProgressRating.NEEDS_ACCELERATION: 1,
    ProgressRating.ON_TRACK: 2,
    ProgressRating.ACHIEVED_EARLY: 3,
}


class ProgressSettings(BaseModel):
    """How progress is measured: ``method`` (``cagr``, the default, or ``linear``), the base year
    (default: the year before the period if it has a figure, else the period's first year with
    one) and the cut-offs of the ratio (on track, moderate, regressing)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    method: Literal["cagr", "linear"] = Field(
        "cagr",
        description="`cagr`: compound annual rate against the rate required (Statistics Canada / Open SDG); "
        "`linear`: share of the gap closed against share of the time elapsed (时间过半、任务过半)",
    )
    base_year: int | None = Field(
        None, description="the year progress is measured from; default: the year before the period, "
        "else the period's first year with a figure",
    )
    cutoffs: tuple[Decimal, Decimal, Decimal] = Field(
        DEFAULT_CUTOFFS,
        description="lower bounds of the ratio for on track, moderate progress and no regression (0.95, 0.6, 0)",
    )

    @field_validator("cutoffs", mode="before")
    @classmethod
    def _cutoffs(cls, value: Any) -> Any:
        if isinstance(value, (list, tuple)):
            value = tuple(Decimal(str(item)) for item in value)
            if len(value) == 3 and not value[0] >= value[1] >= value[2]:
                raise ValueError(f"cut-offs must go down: on track >= moderate >= regressing, got {value}")
        return value


DEFAULT_SETTINGS = ProgressSettings()


def settings_for(rules: Any, indicator: Any) -> ProgressSettings:
    """An indicator's progress settings: its own ``progress``, else the rules file's default."""
    own = getattr(indicator, "progress", None)
    if own is not None:
        return own
    return getattr(getattr(rules, "defaults", None), "progress", None) or DEFAULT_SETTINGS


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
    if cumulative is not None:
        return "compound" if cumulative.change is not None else "sum"
    if measure in (m.Measure.RATE, m.Measure.DECLINE) or m.find(target, m.Sync) is not None:
        return "average"
    return "level"


def figure(reported: m.Reported | None, ctx: Context) -> tuple[Decimal, Decimal] | None:
    """A reported value as (low, high) in the indicator's unit; ends may be infinite. None: no figure.

    The reading is the evaluator's (:func:`compliance.judge.figure.figure`); progress keeps the ends.
    """
    try:
        found = read_figure(reported, ctx.unit, ctx.measure)
    except Pending:
        return None
    return found.lo, found.hi


def _point(ends: tuple[Decimal, Decimal] | None) -> Decimal | None:
    if ends is None or ends[0] != ends[1] or not ends[0].is_finite():
        return None
    return ends[0]


def synthetic(low: Decimal, high: Decimal, unit: str | None, levels: tuple[m.LevelValue, ...] = ()) -> m.Reported:
    """A computed value (a total, an average) as a reported value the engine can judge."""
    low, high = _q(low), _q(high)  # type: ignore[assignment]

    def q(value: Decimal) -> m.Quantity:
        return m.Quantity(value=value, unit=unit)

    if low == high:
        return m.Value(text=_show(low), value=q(low), levels=levels)
    if not high.is_finite():
        return m.BoundValue(text=f"≥{_show(low)}", op="ge", value=q(low), levels=levels)
    if not low.is_finite():
        return m.BoundValue(text=f"≤{_show(high)}", op="le", value=q(high), levels=levels)
    return m.RangeValue(text=f"{_show(low)}-{_show(high)}", low=q(low), high=q(high), levels=levels)


# --------------------------------------------------------------------------- aggregates


def _power(base: Decimal, exponent: Decimal) -> Decimal:
    with localcontext() as context_:
        context_.prec = 28
        return base ** exponent


def _compound_average(rates: Sequence[Decimal], decline: bool) -> Decimal:
    """The compound average of yearly growth rates (declines) in %."""
    product = Decimal(1)
    for rate in rates:
        product *= (1 - rate / HUNDRED) if decline else (1 + rate / HUNDRED)
    if product <= 0:  # a fall of 100% or more has no compound average: the arithmetic one
        return sum(rates, Decimal(0)) / len(rates)
    root = _power(product, Decimal(1) / len(rates))
    return (1 - root) * HUNDRED if decline else (root - 1) * HUNDRED


def _ends_of(values: Sequence[tuple[Decimal, Decimal]], combine: Callable[[Sequence[Decimal]], Decimal]) -> tuple[Decimal, Decimal]:
    lows, highs = [v[0] for v in values], [v[1] for v in values]
    low = NEG_INF if any(not x.is_finite() for x in lows) else combine(lows)
    high = INF if any(not x.is_finite() for x in highs) else combine(highs)
    return (low, high) if low <= high else (high, low)


# --------------------------------------------------------------------------- rating


def rate(ratio: Decimal, cutoffs: tuple[Decimal, Decimal, Decimal]) -> tuple[ProgressRating, str]:
    """The rating of a ratio, and the note code that explains it."""
    on_track, moderate, floor = cutoffs
    if ratio >= on_track:
        return ProgressRating.ON_TRACK, "progress_on_track"
    if ratio >= floor:
        return ProgressRating.NEEDS_ACCELERATION, "progress_moderate" if ratio >= moderate else "progress_limited"
    return ProgressRating.REGRESSING, "progress_regressing"


def _q(value: Decimal | None, places: int = 4) -> Decimal | None:
    """Rounded to ``places`` decimals, without trailing zeros (``6.58900`` -> ``6.589``)."""
    if value is None or not value.is_finite():
        return value
    return Decimal(format_decimal(value.quantize(Decimal(1).scaleb(-places))))


def _show(value: Decimal | None, places: int = 4) -> str:
    if value is None:
        return "?"
    if not value.is_finite():
        return format_decimal(value)
    return format_decimal(_q(value, places))  # type: ignore[arg-type]


def _show_ratio(ratio: Decimal, cutoffs: tuple[Decimal, Decimal, Decimal]) -> str:
    """Two decimals, more when two would put the ratio on the other side of a cut-off."""
    for places in (2, 3, 4, 6):
        shown = _q(ratio, places)
        assert shown is not None
        if all((shown >= cut) == (ratio >= cut) for cut in cutoffs):
            return format_decimal(shown)
    return format_decimal(ratio)


def _rating_note(code: str, ratio: Decimal, cutoffs: tuple[Decimal, Decimal, Decimal]) -> Note:
    shown = _show_ratio(ratio, cutoffs)
    on_track, moderate, floor = (format_decimal(c) for c in cutoffs)
    params = {
        "progress_on_track": {"ratio": shown, "cutoff": on_track},
        "progress_moderate": {"ratio": shown, "low": moderate, "high": on_track},
        "progress_limited": {"ratio": shown, "low": floor, "high": moderate},
        "progress_regressing": {"ratio": shown, "cutoff": floor},
    }[code]
    return Note(code=code, params=params)


@dataclass
class _Point:
    """The rating of one value of the current figure (an interval is rated at both ends)."""

    rating: ProgressRating
    ratio: Decimal | None = None
    observed: Decimal | None = None
    required: Decimal | None = None
    pace: Decimal | None = None
    method: str = "cagr"
    notes: list[Note] = field(default_factory=list)  #: the method's numbers, then the rating


@dataclass
class _Target:
    """The binding end of the target and which way is toward it."""

    value: Decimal
    direction: int  #: +1: a floor (more is toward it), -1: a ceiling
    admissible: Interval


def _binding(admissible: Interval, base: Decimal | None) -> _Target | None:
    lo, hi = admissible.lo, admissible.hi
    if lo.is_finite() and not hi.is_finite():
        return _Target(lo, 1, admissible)
    if hi.is_finite() and not lo.is_finite():
        return _Target(hi, -1, admissible)
    if lo.is_finite() and hi.is_finite():
        if base is not None and base > hi:
            return _Target(hi, -1, admissible)
        return _Target(lo, 1, admissible)
    return None


def _meets(target: _Target, value: Decimal) -> bool:
    if not value.is_finite():
        band = target.admissible.lo.is_finite() and target.admissible.hi.is_finite()
        return not band and (value > 0) == (target.direction > 0)
    return target.admissible.contains(Interval.point(value))


def _toward_zero_gap(target: _Target, current: Decimal, unit: str | None) -> _Point:
    """The base sits at the target: any move is toward or away from it, there is no rate to divide by."""
    params = {"current": _show(current) + (unit or ""), "target": _show(target.value) + (unit or "")}
    if target.direction * (current - target.value) < 0:
        return _Point(ProgressRating.REGRESSING, notes=[Note(code="progress_away", params=params)])
    return _Point(ProgressRating.NEEDS_ACCELERATION, notes=[Note(code="progress_stalled", params=params)])


# --------------------------------------------------------------------------- the assessment


@dataclass
class _Job:
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


def assess(
    target: m.Constraint,
    series: Series,
    *,
    period: Period,
    as_of: int,
    ctx: Context,
    settings: ProgressSettings = DEFAULT_SETTINGS,
    reference_series: Callable[[str], Series] | None = None,
    end: int | None = None,
) -> Assessment:
    """Rate the progress of ``target`` (for ``period``) from the indicator's yearly ``series`` up to ``as_of``.

    ``ctx`` is the indicator's judging context (polarity, measure, unit, tolerance, references of the
    period); ``reference_series(id)`` gives another indicator's yearly values, for a sync target.
    """
    job = _Job(target, series, period, as_of, ctx, settings, reference_series)
    job.shape = shape_of(target, ctx.measure)
    job.end = end if end is not None else period.end_for(horizon(target))
    years = sorted(year for year in series if year <= as_of)
    job.values = [_year_value(year, series[year], ctx) for year in years]
    return {"level": _level, "sum": _sum, "compound": _compound, "average": _average}[job.shape](job)


def _year_value(year: int, reported: m.Reported, ctx: Context) -> m.YearValue:
    ends = figure(reported, ctx) or (INF, INF)
    return m.YearValue(year=year, text=reported.text, low=ends[0] if ends[0].is_finite() else None,
                       high=ends[1] if ends[1].is_finite() else None)


def _insufficient(job: _Job, method: str, note: Note, reported: m.Reported, verdict: Verdict | None,
                  missing: tuple[str, ...], **more: Any) -> Assessment:
    notes = tuple(more.pop("notes", ())) + (note,)
    progress = Progress(
        method=method, missing=missing, notes=notes, **job.base_record(ProgressRating.INSUFFICIENT_DATA, **more)
    )
    return Assessment(progress, reported, verdict)


def _missing_years(job: _Job, years: Sequence[int]) -> list[int]:
    return [year for year in years if figure(job.series.get(year), job.ctx) is None]


def _span(years: Sequence[int]) -> str:
    return str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"


def _judged(job: _Job, reported: m.Reported, references: Mapping[str, Any] | None = None) -> Verdict:
    ctx = job.ctx if references is None else replace(job.ctx, references={**job.ctx.references, **references})
    return judge(job.target, reported, ctx)


def _threshold_of(job: _Job, verdict: Verdict, base: Decimal | None, reported: m.Reported,
                  method: str) -> _Target | Assessment:
    """The target's binding end, or an insufficient-data assessment saying why there is none."""
    if verdict.admissible is None:
        missing = tuple(item for item in verdict.missing if item not in ("reported", "precise"))
        if missing:
            return _insufficient(job, method, Note(code="progress_no_threshold", params={"missing": _listed(missing)}),
                                 reported, verdict, missing)
        return _insufficient(job, method, Note(code="progress_no_target", params={"target": _one_line(job.target.text)}),
                             reported, verdict, ("threshold",))
    found = _binding(verdict.admissible, base)
    if found is None:
        return _insufficient(job, method, Note(code="progress_no_target", params={"target": _one_line(job.target.text)}),
                             reported, verdict, ("threshold",))
    return found


def _listed(items: Iterable[str]) -> str:
    """Items written into one note parameter, joined as the lexicon joins a list (、)."""
    return lexicon().render.join.join(items)


def _one_line(text: str) -> str:
    return "".join(part.strip() for part in text.splitlines())


def _combine(job: _Job, points: tuple[_Point, _Point], ends: tuple[Decimal, Decimal], text: str,
             method: str) -> tuple[_Point, Note | None]:
    """One rating for an interval: the same at both ends, else insufficient data."""
    low, high = points
    if low.rating is high.rating:
        worse = low if RANK.get(low.rating, -1) <= RANK.get(high.rating, -1) else high
        return worse, None
    return _Point(ProgressRating.INSUFFICIENT_DATA, method=method), Note(code="progress_imprecise", params={"text": text})


def _finish(job: _Job, point: _Point, imprecise: Note | None, reported: m.Reported, verdict: Verdict,
            references: Mapping[str, Any] | None = None, extra_notes: Sequence[Note] = (), **record: Any) -> Assessment:
    notes = list(extra_notes) + point.notes
    record = {key: _q(value) if isinstance(value, Decimal) else value for key, value in record.items()}
    missing: tuple[str, ...] = ()
    if imprecise is not None:
        notes = list(extra_notes) + [imprecise]
        missing = ("precise",)
    progress = Progress(
        method=point.method, ratio=_q(point.ratio), observed=_q(point.observed), required=_q(point.required),
        pace=_q(point.pace), missing=missing, notes=tuple(notes), **job.base_record(point.rating, **record),
    )
    return Assessment(progress, reported, verdict, dict(references or {}))


# ------------------------------------------------------------------ level: compound annual rate / linear


def _level(job: _Job) -> Assessment:
    ctx, settings, start = job.ctx, job.settings, job.period.start
    method = settings.method
    points = {year: ends for year, reported in job.series.items()
              if year <= job.as_of and (ends := figure(reported, ctx)) is not None}
    exact = {year: ends[0] for year, ends in points.items() if ends[0] == ends[1] and ends[0].is_finite()}
    if settings.base_year is not None:
        base_year: int | None = settings.base_year
    elif start - 1 in exact:
        base_year = start - 1
    else:
        base_year = next((year for year in sorted(exact) if year >= start), None)
    latest = max((year for year in job.series if year <= job.as_of), default=None)
    fallback_reported = job.series[latest] if latest is not None else m.Missing(text="")
    if base_year is None or base_year not in exact:
        missing_year = settings.base_year if settings.base_year is not None else start
        return _insufficient(job, method, Note(code="progress_missing_years", params={"years": str(missing_year)}),
                             fallback_reported, None, (str(missing_year),), base_year=base_year)
    base = exact[base_year]
    later = [year for year in sorted(points) if base_year < year <= min(job.as_of, job.end)]
    if not later:
        verdict = _judged(job, fallback_reported)
        return _insufficient(job, method, Note(code="progress_one_point", params={"year": str(base_year)}),
                             fallback_reported, verdict, (str(base_year + 1),), base_year=base_year, base_value=base)
    current_year = later[-1]
    reported = job.series[current_year]
    verdict = _judged(job, reported)
    found = _threshold_of(job, verdict, base, reported, method)
    if isinstance(found, Assessment):
        return replace(found, progress=found.progress.model_copy(update={
            "base_year": base_year, "base_value": base, "current_year": current_year}))
    ends = points[current_year]
    unit = verdict.unit

    def at(value: Decimal) -> _Point:
        return _level_point(job, found, base, base_year, value, current_year, unit)

    point, imprecise = _combine(job, (at(ends[0]), at(ends[1])), ends, _one_line(reported.text), method)
    return _finish(
        job, point, imprecise, reported, verdict, base_year=base_year, base_value=base, current_year=current_year,
        current_value=ends[0] if ends[0] == ends[1] else None, target_value=found.value,
    )


def _level_point(job: _Job, target: _Target, base: Decimal, base_year: int, current: Decimal, current_year: int,
                 unit: str | None) -> _Point:
    cutoffs = job.settings.cutoffs
    u = unit or ""
    if not current.is_finite():
        rating = ProgressRating.ACHIEVED_EARLY if _meets(target, current) else ProgressRating.REGRESSING
        return _Point(rating, method=job.settings.method)
    elapsed = Decimal(current_year - base_year)
    total = Decimal(job.end - base_year)
    method = job.settings.method
    notes: list[Note] = []
    if method == "cagr" and not (base > 0 and current > 0 and target.value > 0):
        method = "linear"
        notes.append(Note(code="progress_linear_fallback"))
    if method == "cagr":
        observed = _power(current / base, 1 / elapsed) - 1
        required = _power(target.value / base, 1 / total) - 1
        pace = base * _power(target.value / base, elapsed / total)
        progressed, needed = target.direction * observed, abs(required)
    else:
        observed = (current - base) / abs(target.value - base) if target.value != base else Decimal(0)
        required = elapsed / total
        pace = base + (target.value - base) * elapsed / total
        progressed, needed = target.direction * observed, required
        observed = progressed
    numbers = Note(code=f"progress_{method}", params={
        "base_year": str(base_year), "base": _show(base) + u, "current_year": str(current_year),
        "current": _show(current) + u, "end_year": str(job.end), "target": _show(target.value) + u,
        "observed": _show(observed * HUNDRED, 2), "required": _show(required * HUNDRED, 2),
        "pace": _show(pace, 2) + u, "ratio": "—",
    })
    if _meets(target, current):  # the ratio does not matter (and may be negative when the base was past it)
        levels = Note(code="progress_levels", params={
            key: numbers.params[key] for key in ("base_year", "base", "current_year", "current", "end_year", "target")})
        achieved = Note(code="progress_achieved_early", params={"current": _show(current) + u, "target": _show(target.value) + u})
        return _Point(ProgressRating.ACHIEVED_EARLY, None, observed * HUNDRED, required * HUNDRED, pace, method,
                      notes + [levels, achieved])
    if target.value == base or needed == 0:
        stuck = _toward_zero_gap(target, current, unit)
        return _Point(stuck.rating, None, observed * HUNDRED, required * HUNDRED, pace, method, notes + [numbers] + stuck.notes)
    ratio = progressed / needed
    rating, code = rate(ratio, cutoffs)
    numbers.params["ratio"] = _show_ratio(ratio, cutoffs)
    return _Point(rating, ratio, observed * HUNDRED, required * HUNDRED, pace, method,
                  notes + [numbers, _rating_note(code, ratio, cutoffs)])


# ------------------------------------------------------------------ the years of the period so far


def _years_so_far(job: _Job) -> tuple[list[int], list[int]]:
    """The period's years up to the latest one with a figure (not after as_of), and those lacking one."""
    last = min(job.as_of, job.period.end)
    candidates = [year for year in job.period.years if year <= last]
    with_figure = [year for year in candidates if figure(job.series.get(year), job.ctx) is not None]
    if not with_figure:
        return [], candidates[:1] or [job.period.start]
    years = [year for year in candidates if year <= with_figure[-1]]
    return years, _missing_years(job, years)


def _latest_levels(job: _Job, years: Sequence[int]) -> tuple[m.LevelValue, ...]:
    for year in reversed(years):
        reported = job.series.get(year)
        if reported is not None and reported.levels:
            return reported.levels
    return ()


def _values_text(job: _Job, years: Sequence[int], unit: str | None = None) -> str:
    shown = []
    for year in years:
        ends = figure(job.series[year], job.ctx)
        assert ends is not None
        shown.append(_show(ends[0]) if ends[0] == ends[1] else _one_line(job.series[year].text))
    return f"{_span(list(years))}: " + " / ".join(shown)


def _rate_aggregate(job: _Job, method: str, years: list[int], missing: list[int]) -> Assessment | None:
    if missing or not years:
        gap = missing or [job.period.start]
        latest = max((y for y in job.series if y <= job.as_of), default=None)
        reported = job.series[latest] if latest is not None else m.Missing(text="")
        return _insufficient(job, method, Note(code="progress_missing_years", params={"years": _listed(map(str, gap))}),
                             reported, None, tuple(map(str, gap)))
    return None


# ------------------------------------------------------------------ 累计: a running total


def _sum(job: _Job) -> Assessment:
    years, missing = _years_so_far(job)
    early = _rate_aggregate(job, "sum", years, missing)
    if early is not None:
        return early
    figures = [figure(job.series[year], job.ctx) for year in years]
    low, high = _ends_of([f for f in figures if f is not None], lambda xs: sum(xs, Decimal(0)))
    unit = job.ctx.unit
    reported = synthetic(low, high, unit, _latest_levels(job, years))
    verdict = _judged(job, reported)
    found = _threshold_of(job, verdict, Decimal(0), reported, "sum")
    if isinstance(found, Assessment):
        return found
    k, n = len(years), job.period.length
    pace = found.value * k / n
    u = unit or ""

    def at(total: Decimal) -> _Point:
        numbers = Note(code="progress_sum", params={
            "values": _values_text(job, years), "current": _show(total) + u, "target": _show(found.value) + u,
            "elapsed": str(k), "total": str(n), "pace": _show(pace, 2) + u, "ratio": "—",
        })
        if found.direction > 0 and _meets(found, total):
            return _Point(ProgressRating.ACHIEVED_EARLY, pace=pace, method="sum", notes=[numbers, Note(
                code="progress_achieved_early", params={"current": _show(total) + u, "target": _show(found.value) + u})])
        if not total.is_finite():
            rating = ProgressRating.ON_TRACK if (total > 0) == (found.direction > 0) else ProgressRating.REGRESSING
            return _Point(rating, pace=pace, method="sum")
        if pace <= 0 or (found.direction < 0 and total <= 0):
            return _Point(ProgressRating.ON_TRACK if _meets(found, total) else ProgressRating.NEEDS_ACCELERATION,
                          pace=pace, method="sum", notes=[numbers])
        ratio = total / pace if found.direction > 0 else pace / total
        rating, code = rate(ratio, job.settings.cutoffs)
        numbers.params["ratio"] = _show_ratio(ratio, job.settings.cutoffs)
        return _Point(rating, ratio, total, pace, pace, "sum", [numbers, _rating_note(code, ratio, job.settings.cutoffs)])

    point, imprecise = _combine(job, (at(low), at(high)), (low, high), reported.text, "sum")
    return _finish(job, point, imprecise, reported, verdict, base_year=job.period.start - 1, base_value=Decimal(0),
                   current_year=years[-1], current_value=low if low == high else None, target_value=found.value)


# ------------------------------------------------------------------ 五年下降14.5: compounded yearly changes


def _index(job: _Job, years: Sequence[int], change: str, pick: int) -> Decimal | None:
    """The level after ``years`` relative to the level before the period (1 = unchanged)."""
    measure = job.ctx.measure
    if measure not in (m.Measure.RATE, m.Measure.DECLINE):
        before = _point(figure(job.series.get(job.period.start - 1), job.ctx))
        now = figure(job.series.get(years[-1]), job.ctx)
        if before is None or now is None or before == 0:
            return None
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


def _compound(job: _Job) -> Assessment:
    cumulative = m.find(job.target, m.Cumulative)
    change: str = cumulative.change
    sign = Decimal(-1) if change == "down" else Decimal(1)
    years, missing = _years_so_far(job)
    if job.ctx.measure not in (m.Measure.RATE, m.Measure.DECLINE) and not missing and years:
        if _point(figure(job.series.get(job.period.start - 1), job.ctx)) is None:
            missing = [job.period.start - 1]
    early = _rate_aggregate(job, "compound", years, missing)
    if early is not None:
        return early
    # the size of the change so far, in %, at the value's worse and better ends
    sizes = []
    for pick in (0, 1):
        index = _index(job, years, change, pick)
        sizes.append(None if index is None else sign * (index - 1) * HUNDRED)
    if any(size is None for size in sizes):
        reported_latest = job.series[years[-1]]
        return _insufficient(job, "compound", Note(code="progress_imprecise", params={"text": _one_line(reported_latest.text)}),
                             reported_latest, None, ("precise",))
    low, high = sorted(sizes)  # type: ignore[type-var]
    reported = synthetic(low, high, job.ctx.unit, _latest_levels(job, years))
    verdict = _judged(job, reported)
    found = _threshold_of(job, verdict, Decimal(0), reported, "compound")
    if isinstance(found, Assessment):
        return found
    k = Decimal(len(years))
    n = Decimal(cumulative.years or job.period.length)
    goal = found.value
    target_index = 1 + sign * goal / HUNDRED
    cutoffs = job.settings.cutoffs
    if target_index <= 0 or goal <= 0:
        return _insufficient(job, "compound", Note(code="progress_no_target", params={"target": _one_line(job.target.text)}),
                             reported, verdict, ("threshold",))
    pace = sign * (_power(target_index, k / n) - 1) * HUNDRED
    required = sign * (_power(target_index, 1 / n) - 1) * HUNDRED

    def at(size: Decimal) -> _Point:
        index = 1 + sign * size / HUNDRED
        observed = sign * (_power(index, 1 / k) - 1) * HUNDRED if index > 0 else HUNDRED
        ratio = observed / required
        numbers = Note(code=f"progress_compound_{change}", params={
            "values": _values_text(job, years), "elapsed": format_decimal(k), "total": format_decimal(n),
            "current": _show(size, 1), "target": _show(goal), "pace": _show(pace, 1),
            "observed": _show(observed, 2), "required": _show(required, 2), "ratio": _show_ratio(ratio, cutoffs),
        })
        if _meets(found, size):
            numbers.params["ratio"] = "—"
            return _Point(ProgressRating.ACHIEVED_EARLY, None, observed, required, pace, "compound", [numbers, Note(
                code="progress_achieved_early", params={"current": _show(size, 1) + "%", "target": _show(goal) + "%"})])
        rating, code = rate(ratio, cutoffs)
        return _Point(rating, ratio, observed, required, pace, "compound", [numbers, _rating_note(code, ratio, cutoffs)])

    point, imprecise = _combine(job, (at(low), at(high)), (low, high), reported.text, "compound")
    return _finish(job, point, imprecise, reported, verdict, base_year=job.period.start - 1, current_year=years[-1],
                   current_value=low if low == high else None, target_value=goal)


# ------------------------------------------------------------------ growth rates: level to level, on average


def _average(job: _Job) -> Assessment:
    years, missing = _years_so_far(job)
    early = _rate_aggregate(job, "average", years, missing)
    if early is not None:
        return early
    decline = job.ctx.measure is m.Measure.DECLINE
    figures = [figure(job.series[year], job.ctx) for year in years]
    low, high = _ends_of([f for f in figures if f is not None], lambda xs: _compound_average(xs, decline))
    unit = job.ctx.unit
    reported = synthetic(low, high, unit, _latest_levels(job, years))
    references: dict[str, Any] = {}
    extra: list[Note] = []
    sync = m.find(job.target, m.Sync)
    if sync is not None:
        ref_series = job.reference_series(sync.ref) if job.reference_series is not None else {}
        ref_values = [_point(figure(ref_series.get(year), job.ctx)) for year in years]
        if any(value is None for value in ref_values):
            lacking = [str(year) for year, value in zip(years, ref_values) if value is None]
            return _insufficient(job, "average", Note(code="progress_no_threshold", params={
                "missing": f"{sync.ref} {_listed(lacking)}"}), reported, None, (sync.ref,))
        average = _compound_average([v for v in ref_values if v is not None], decline)
        references[sync.ref] = _q(average)
        extra.append(Note(code="progress_reference_average", params={
            "name": sync.ref, "value": _show(average, 2), "years": _span(years)}))
    verdict = _judged(job, reported, references)
    found = _threshold_of(job, verdict, None, reported, "average")
    if isinstance(found, Assessment):
        return found
    cutoffs = job.settings.cutoffs
    u = "" if unit == "%" else (unit or "")

    def at(value: Decimal) -> _Point:
        numbers = Note(code="progress_average", params={
            "values": _values_text(job, years), "current": _show(value, 2) + u, "target": _show(found.value, 2) + u,
            "ratio": "—",
        })
        met = _meets(found, value)
        if not value.is_finite():
            return _Point(ProgressRating.ON_TRACK if met else ProgressRating.REGRESSING, method="average")
        if found.direction > 0 and found.value > 0:
            ratio: Decimal | None = value / found.value
        elif found.direction < 0 and found.value > 0 and value > 0:
            ratio = found.value / value
        else:
            ratio = None
        if ratio is None:
            rating = ProgressRating.ON_TRACK if met else ProgressRating.REGRESSING
            code = "progress_on_track" if met else "progress_regressing"
            return _Point(rating, None, value, found.value, found.value, "average", [numbers])
        numbers.params["ratio"] = _show_ratio(ratio, cutoffs)
        rating, code = rate(ratio, cutoffs)
        if met and rating is not ProgressRating.ON_TRACK:  # at the target rate, within its tolerance
            rating, code = ProgressRating.ON_TRACK, "progress_on_track"
            ratio = max(ratio, cutoffs[0])
        return _Point(rating, ratio, value, found.value, found.value, "average",
                      [numbers, _rating_note(code, ratio, cutoffs)])

    point, imprecise = _combine(job, (at(low), at(high)), (low, high), reported.text, "average")
    return _finish(job, point, imprecise, reported, verdict, references, extra, base_year=job.period.start - 1,
                   current_year=years[-1], current_value=low if low == high else None, target_value=found.value)


# --------------------------------------------------------------------------- the period's final value


def final_value(
    target: m.Constraint,
    series: Series,
    *,
    period: Period,
    ctx: Context,
    period_row: m.Reported | None = None,
    reference_series: Callable[[str], Series] | None = None,
    end: int | None = None,
) -> tuple[m.Reported, dict[str, Any], list[Note], tuple[str, ...]]:
    """What a plan-period target is judged against once its period has ended.

    A value reported for the period itself (a dataset row keyed ``2021-2025``) wins; otherwise a
    level is the last year's figure, a 累计 target the sum of the years, a change over years the
    compounded changes, a rate the compound average. Returns the value, references to add (a sync
    target's reference averaged over the same years), notes and the years lacking a figure.
    """
    end = end if end is not None else period.end_for(horizon(target))
    shape = shape_of(target, ctx.measure)
    if period_row is not None:
        return period_row, {}, [], ()
    if shape == "level":
        reported = series.get(end, m.Missing(text=""))
        return reported, {}, [Note(code="final_year", params={"year": str(end)})], ()
    years = list(period.years)
    figures = [figure(series.get(year), ctx) for year in years]
    lacking = tuple(str(year) for year, ends in zip(years, figures) if ends is None)
    if lacking:
        return m.Missing(text=""), {}, [], lacking
    present = [f for f in figures if f is not None]
    decline = ctx.measure is m.Measure.DECLINE
    span = _span(years)
    references: dict[str, Any] = {}
    if shape == "sum":
        low, high = _ends_of(present, lambda xs: sum(xs, Decimal(0)))
        note = Note(code="final_sum", params={"years": span})
    elif shape == "average":
        low, high = _ends_of(present, lambda xs: _compound_average(xs, decline))
        note = Note(code="final_average", params={"years": span})
        sync = m.find(target, m.Sync)
        if sync is not None and reference_series is not None:
            ref = reference_series(sync.ref)
            ref_values = [_point(figure(ref.get(year), ctx)) for year in years]
            if all(value is not None for value in ref_values):
                references[sync.ref] = _q(_compound_average([v for v in ref_values if v is not None], decline))
    else:
        cumulative = m.find(target, m.Cumulative)
        job = _Job(target, series, period, end, ctx, DEFAULT_SETTINGS, reference_series)
        sign = Decimal(-1) if cumulative.change == "down" else Decimal(1)
        ends = [_index(job, years, cumulative.change, pick) for pick in (0, 1)]
        if any(index is None for index in ends):
            return m.Missing(text=""), {}, [], (str(period.start - 1),)
        low, high = sorted(sign * (index - 1) * HUNDRED for index in ends)  # type: ignore[operator]
        low, high = _q(low), _q(high)  # type: ignore[assignment]
        note = Note(code="final_compound", params={"years": span})
    levels = next((series[y].levels for y in reversed(years) if y in series and series[y].levels), ())
    return synthetic(_q(low), _q(high), ctx.unit, levels), references, [note], ()  # type: ignore[arg-type]
