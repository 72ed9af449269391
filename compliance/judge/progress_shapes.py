"""Progress by the shape of a target: one function per shape, each rating the latest value at both ends.

``level`` (compound annual rate, or the linear pace), ``sum`` (a running total against the steady
pace), ``compound`` (yearly changes compounded) and ``average`` (a rate's compound average against
the target rate). Each returns an :class:`~compliance.judge.progress_series.Assessment`; see
:mod:`compliance.judge.progress` for the methods.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from .. import models as m
from ..models import Note, ProgressRating, format_decimal
from .progress_rating import (
    HUNDRED,
    Goal,
    Point,
    meets,
    rate,
    rating_note,
    show,
    show_ratio,
    toward_zero_gap,
)
from .progress_series import (
    Assessment,
    Job,
    both_ends,
    change_index,
    compound_average,
    ends_of,
    figure,
    finish,
    insufficient,
    judged,
    latest_levels,
    listed,
    one_line,
    one_rating,
    point_value,
    power,
    rate_aggregate,
    reference_figures,
    synthetic,
    threshold_of,
    trim,
    values_text,
    years_so_far,
    years_span,
)

# ------------------------------------------------------------------ level: compound annual rate / linear


def _level(job: Job) -> Assessment:
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
        return insufficient(job, method, Note(code="progress_missing_years", params={"years": str(missing_year)}),
                             fallback_reported, None, (str(missing_year),), base_year=base_year)
    base = exact[base_year]
    later = [year for year in sorted(points) if base_year < year <= min(job.as_of, job.end)]
    if not later:
        verdict = judged(job, fallback_reported)
        return insufficient(job, method, Note(code="progress_one_point", params={"year": str(base_year)}),
                             fallback_reported, verdict, (str(base_year + 1),), base_year=base_year, base_value=base)
    current_year = later[-1]
    reported = job.series[current_year]
    verdict = judged(job, reported)
    found = threshold_of(job, verdict, base, reported, method)
    if isinstance(found, Assessment):
        return replace(found, progress=found.progress.model_copy(update={
            "base_year": base_year, "base_value": base, "current_year": current_year}))
    ends = points[current_year]
    unit = verdict.unit

    def at(value: Decimal) -> Point:
        return _level_point(job, found, base, base_year, value, current_year, unit)

    point, imprecise = one_rating(job, both_ends(at, *ends), ends, one_line(reported.text), method)
    return finish(
        job, point, imprecise, reported, verdict, base_year=base_year, base_value=base, current_year=current_year,
        current_value=ends[0] if ends[0] == ends[1] else None, target_value=found.value,
    )


def level_rates(method: str, base: Any, current: Any, goal: Any, elapsed: Any, total: Any,
                pow_: Callable[[Any, Any], Any]) -> tuple[Any, Any, Any]:
    """A level's observed and required rates (fractions) and the pace (the level due by now), measured from
    ``base`` over ``elapsed`` of ``total`` years: compound (``cagr``: all three positive) or ``linear``
    (``goal != base``). Plain arithmetic with ``pow_`` (:func:`~compliance.judge.progress_series.power`
    for decimals, ``numpy.power`` for arrays), so the streaming path runs this very definition on arrays."""
    if method == "cagr":
        observed = pow_(current / base, 1 / elapsed) - 1
        required = pow_(goal / base, 1 / total) - 1
        pace = base * pow_(goal / base, elapsed / total)
        return observed, required, pace
    return (current - base) / abs(goal - base), elapsed / total, base + (goal - base) * elapsed / total


def _level_point(job: Job, target: Goal, base: Decimal, base_year: int, current: Decimal, current_year: int,
                 unit: str | None) -> Point:
    cutoffs = job.settings.cutoffs
    u = unit or ""
    if not current.is_finite():
        rating = ProgressRating.ACHIEVED_EARLY if meets(target, current) else ProgressRating.REGRESSING
        return Point(rating, method=job.settings.method)
    elapsed = Decimal(current_year - base_year)
    total = Decimal(job.end - base_year)
    method = job.settings.method
    notes: list[Note] = []
    if method == "cagr" and not (base > 0 and current > 0 and target.value > 0):
        method = "linear"
        notes.append(Note(code="progress_linear_fallback"))
    if method == "cagr" or target.value != base:
        observed, required, pace = level_rates(method, base, current, target.value, elapsed, total, power)
    else:  # linear with the base at the target: nothing to close
        observed, required, pace = Decimal(0), elapsed / total, base
    progressed, needed = target.direction * observed, abs(required)
    if method == "linear":
        observed = progressed
    numbers = Note(code=f"progress_{method}", params={
        "base_year": str(base_year), "base": show(base) + u, "current_year": str(current_year),
        "current": show(current) + u, "end_year": str(job.end), "target": show(target.value) + u,
        "observed": show(observed * HUNDRED, 2), "required": show(required * HUNDRED, 2),
        "pace": show(pace, 2) + u, "ratio": "—",
    })
    if meets(target, current):  # the ratio does not matter (and may be negative when the base was past it)
        levels = Note(code="progress_levels", params={
            key: numbers.params[key] for key in ("base_year", "base", "current_year", "current", "end_year", "target")})
        achieved = Note(code="progress_achieved_early", params={"current": show(current) + u, "target": show(target.value) + u})
        return Point(ProgressRating.ACHIEVED_EARLY, None, observed * HUNDRED, required * HUNDRED, pace, method,
                      notes + [levels, achieved])
    if target.value == base or needed == 0:
        stuck = toward_zero_gap(target, current, unit)
        return Point(stuck.rating, None, observed * HUNDRED, required * HUNDRED, pace, method, notes + [numbers] + stuck.notes)
    ratio = progressed / needed
    rating, code = rate(ratio, cutoffs)
    numbers.params["ratio"] = show_ratio(ratio, cutoffs)
    return Point(rating, ratio, observed * HUNDRED, required * HUNDRED, pace, method,
                  notes + [numbers, rating_note(code, ratio, cutoffs)])


# ------------------------------------------------------------------ 累计: a running total


def _sum(job: Job) -> Assessment:
    years, missing = years_so_far(job)
    early = rate_aggregate(job, "sum", years, missing)
    if early is not None:
        return early
    figures = [figure(job.series[year], job.ctx) for year in years]
    low, high = ends_of([f for f in figures if f is not None], lambda xs: sum(xs, Decimal(0)))
    unit = job.ctx.unit
    reported = synthetic(low, high, unit, latest_levels(job, years))
    verdict = judged(job, reported)
    found = threshold_of(job, verdict, Decimal(0), reported, "sum")
    if isinstance(found, Assessment):
        return found
    k, n = len(years), job.period.length
    pace = found.value * k / n
    u = unit or ""
    values = values_text(job, years)  # the same at both ends

    def at(total: Decimal) -> Point:
        numbers = Note(code="progress_sum", params={
            "values": values, "current": show(total) + u, "target": show(found.value) + u,
            "elapsed": str(k), "total": str(n), "pace": show(pace, 2) + u, "ratio": "—",
        })
        if found.direction > 0 and meets(found, total):
            return Point(ProgressRating.ACHIEVED_EARLY, pace=pace, method="sum", notes=[numbers, Note(
                code="progress_achieved_early", params={"current": show(total) + u, "target": show(found.value) + u})])
        if not total.is_finite():
            rating = ProgressRating.ON_TRACK if (total > 0) == (found.direction > 0) else ProgressRating.REGRESSING
            return Point(rating, pace=pace, method="sum")
        if pace <= 0 or (found.direction < 0 and total <= 0):
            return Point(ProgressRating.ON_TRACK if meets(found, total) else ProgressRating.NEEDS_ACCELERATION,
                          pace=pace, method="sum", notes=[numbers])
        ratio = total / pace if found.direction > 0 else pace / total
        rating, code = rate(ratio, job.settings.cutoffs)
        numbers.params["ratio"] = show_ratio(ratio, job.settings.cutoffs)
        return Point(rating, ratio, total, pace, pace, "sum", [numbers, rating_note(code, ratio, job.settings.cutoffs)])

    point, imprecise = one_rating(job, both_ends(at, low, high), (low, high), reported.text, "sum")
    return finish(job, point, imprecise, reported, verdict, base_year=job.period.start - 1, base_value=Decimal(0),
                   current_year=years[-1], current_value=low if low == high else None, target_value=found.value)


# ------------------------------------------------------------------ 五年下降14.5: compounded yearly changes


def compound_rates(sign: Any, goal: Any, k: Any, n: Any, pow_: Callable[[Any, Any], Any]) -> tuple[Any, Any]:
    """A stated change of ``goal`` % over ``n`` years (``sign`` -1: a fall): the change due after ``k`` years on
    a steady path (the pace) and the annual rate it needs, in %. Plain arithmetic with ``pow_`` (decimals:
    :func:`~compliance.judge.progress_series.power`; arrays: ``numpy.power``), one definition for both."""
    target_index = 1 + sign * goal / 100
    return sign * (pow_(target_index, k / n) - 1) * 100, sign * (pow_(target_index, 1 / n) - 1) * 100


def compound_observed(sign: Any, size: Any, k: Any, pow_: Callable[[Any, Any], Any]) -> Any:
    """The annual rate in % of a change of ``size`` % over ``k`` years (its index ``1 + sign*size/100`` > 0)."""
    return sign * (pow_(1 + sign * size / 100, 1 / k) - 1) * 100


def _compound(job: Job) -> Assessment:
    cumulative = m.find(job.target, m.Cumulative)
    assert cumulative is not None and cumulative.change is not None  # the compound shape is a stated change
    change = cumulative.change
    sign = Decimal(-1) if change == "down" else Decimal(1)
    years, missing = years_so_far(job)
    if job.ctx.measure not in (m.Measure.RATE, m.Measure.DECLINE) and not missing and years:
        if point_value(figure(job.series.get(job.period.start - 1), job.ctx)) is None:
            missing = [job.period.start - 1]
    early = rate_aggregate(job, "compound", years, missing)
    if early is not None:
        return early
    # the size of the change so far, in %, at the value's worse and better ends
    sizes = []
    for pick in (0, 1):
        index = change_index(job, years, pick)
        sizes.append(None if index is None else sign * (index - 1) * HUNDRED)
    known = [size for size in sizes if size is not None]
    if len(known) < 2:
        reported_latest = job.series[years[-1]]
        return insufficient(job, "compound", Note(code="progress_imprecise", params={"text": one_line(reported_latest.text)}),
                             reported_latest, None, ("precise",))
    low, high = sorted(known)
    reported = synthetic(low, high, job.ctx.unit, latest_levels(job, years))
    verdict = judged(job, reported)
    found = threshold_of(job, verdict, Decimal(0), reported, "compound")
    if isinstance(found, Assessment):
        return found
    k = Decimal(len(years))
    n = Decimal(cumulative.years or job.period.length)
    goal = found.value
    target_index = 1 + sign * goal / HUNDRED
    cutoffs = job.settings.cutoffs
    if target_index <= 0 or goal <= 0:
        return insufficient(job, "compound", Note(code="progress_no_target", params={"target": one_line(job.target.text)}),
                             reported, verdict, ("threshold",))
    pace, required = compound_rates(sign, goal, k, n, power)
    values = values_text(job, years)  # the same at both ends

    def at(size: Decimal) -> Point:
        index = 1 + sign * size / HUNDRED
        observed = compound_observed(sign, size, k, power) if index > 0 else HUNDRED
        ratio = observed / required
        numbers = Note(code=f"progress_compound_{change}", params={
            "values": values, "elapsed": format_decimal(k), "total": format_decimal(n),
            "current": show(size, 1), "target": show(goal), "pace": show(pace, 1),
            "observed": show(observed, 2), "required": show(required, 2), "ratio": show_ratio(ratio, cutoffs),
        })
        if meets(found, size):
            numbers.params["ratio"] = "—"
            return Point(ProgressRating.ACHIEVED_EARLY, None, observed, required, pace, "compound", [numbers, Note(
                code="progress_achieved_early", params={"current": show(size, 1) + "%", "target": show(goal) + "%"})])
        rating, code = rate(ratio, cutoffs)
        return Point(rating, ratio, observed, required, pace, "compound", [numbers, rating_note(code, ratio, cutoffs)])

    point, imprecise = one_rating(job, both_ends(at, low, high), (low, high), reported.text, "compound")
    return finish(job, point, imprecise, reported, verdict, base_year=job.period.start - 1, current_year=years[-1],
                   current_value=low if low == high else None, target_value=goal)


# ------------------------------------------------------------------ growth rates: level to level, on average


def _average(job: Job) -> Assessment:
    years, missing = years_so_far(job)
    early = rate_aggregate(job, "average", years, missing)
    if early is not None:
        return early
    decline = job.ctx.measure is m.Measure.DECLINE
    figures = [figure(job.series[year], job.ctx) for year in years]
    low, high = ends_of([f for f in figures if f is not None], lambda xs: compound_average(xs, decline))
    unit = job.ctx.unit
    reported = synthetic(low, high, unit, latest_levels(job, years))
    references: dict[str, Any] = {}
    extra: list[Note] = []
    sync = m.find(job.target, m.Sync)
    if sync is not None:
        ref_series = job.reference_series(sync.ref) if job.reference_series is not None else {}
        ref_values, said = reference_figures(ref_series, years, job.ctx, sync.ref)  # its own; progress_reference_average names it
        if any(value is None for value in ref_values):
            lacking = [str(year) for year, value in zip(years, ref_values) if value is None]
            return insufficient(job, "average", Note(code="progress_no_threshold", params={
                "missing": f"{job.ctx.names.get(sync.ref, sync.ref)} {listed(lacking)}"}), reported, None, (sync.ref,),
                notes=said)  # the reference indicator by its name (地区生产总值增速 2022), not its id
        average = compound_average([v for v in ref_values if v is not None], decline)
        references[sync.ref] = trim(average)
        extra.append(Note(code="progress_reference_average", params={
            "name": sync.ref, "value": show(average, 2), "years": years_span(years)}))
    verdict = judged(job, reported, references)
    found = threshold_of(job, verdict, None, reported, "average")
    if isinstance(found, Assessment):
        return found
    cutoffs = job.settings.cutoffs
    u = "" if unit == "%" else (unit or "")
    values = values_text(job, years)  # the same at both ends

    def at(value: Decimal) -> Point:
        numbers = Note(code="progress_average", params={
            "values": values, "current": show(value, 2) + u, "target": show(found.value, 2) + u,
            "ratio": "—",
        })
        met = meets(found, value)
        if not value.is_finite():
            return Point(ProgressRating.ON_TRACK if met else ProgressRating.REGRESSING, method="average")
        if found.direction > 0 and found.value > 0:
            ratio: Decimal | None = value / found.value
        elif found.direction < 0 and found.value > 0 and value > 0:
            ratio = found.value / value
        else:
            ratio = None
        if ratio is None:
            rating = ProgressRating.ON_TRACK if met else ProgressRating.REGRESSING
            code = "progress_on_track" if met else "progress_regressing"
            return Point(rating, None, value, found.value, found.value, "average", [numbers])
        numbers.params["ratio"] = show_ratio(ratio, cutoffs)
        rating, code = rate(ratio, cutoffs)
        if met and rating is not ProgressRating.ON_TRACK:  # at the target rate, within its tolerance
            rating, code = ProgressRating.ON_TRACK, "progress_on_track"
            ratio = max(ratio, cutoffs[0])
        return Point(rating, ratio, value, found.value, found.value, "average",
                      [numbers, rating_note(code, ratio, cutoffs)])

    point, imprecise = one_rating(job, both_ends(at, low, high), (low, high), reported.text, "average")
    return finish(job, point, imprecise, reported, verdict, references, extra, base_year=job.period.start - 1,
                   current_year=years[-1], current_value=low if low == high else None, target_value=found.value)


#: the assessment of each shape
SHAPES: dict[str, Callable[[Job], Assessment]] = {"level": _level, "sum": _sum, "compound": _compound, "average": _average}
