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

By step: :mod:`~compliance.judge.progress_rating` (settings, rating a ratio),
:mod:`~compliance.judge.progress_series` (the yearly figures, aggregates and the steps all shapes
share), :mod:`~compliance.judge.progress_shapes` (one assessment per shape), and this module: the
entry points :func:`assess` and :func:`final_value`.

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

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from .. import models as m
from ..models import Note
from .evaluate import Context, context
from .periods import Period, horizon
from .progress_rating import DEFAULT_CUTOFFS, DEFAULT_SETTINGS, HUNDRED, RANK, ProgressSettings, rate, settings_for, trim
from .progress_series import (
    Assessment,
    Job,
    Series,
    Shape,
    change_index,
    compound_average,
    ends_of,
    figure,
    lacking_notes,
    power,
    reference_figures,
    shape_of,
    synthetic,
    year_value,
    years_span,
)
from .progress_shapes import SHAPES

__all__ = [
    "DEFAULT_CUTOFFS", "DEFAULT_SETTINGS", "RANK", "Assessment", "ProgressSettings", "Series", "Shape", "assess",
    "context", "figure", "final_value", "lacking_notes", "rate", "settings_for", "shape_of", "synthetic",
]


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
    job = Job(target, series, period, as_of, ctx, settings, reference_series)
    job.shape = shape_of(target, ctx.measure)
    job.end = end if end is not None else period.end_for(horizon(target))
    years = sorted(year for year in series if year <= as_of)
    job.values = [year_value(year, series[year], ctx) for year in years]
    return SHAPES[job.shape](job)


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
    span = years_span(years)
    references: dict[str, Any] = {}
    said: list[Note] = []  # whose figures a 同步 target's reference is averaged from
    if shape == "sum":
        low, high = ends_of(present, lambda xs: sum(xs, Decimal(0)))
        note = Note(code="final_sum", params={"years": span})
    elif shape == "average":
        low, high = ends_of(present, lambda xs: compound_average(xs, decline))
        note = Note(code="final_average", params={"years": span})
        sync = m.find(target, m.Sync)
        if sync is not None and reference_series is not None:  # the reference indicator's own figures, said
            ref_values, said = reference_figures(reference_series(sync.ref), years, ctx, sync.ref)
            if all(value is not None for value in ref_values):
                references[sync.ref] = trim(compound_average([v for v in ref_values if v is not None], decline))
    else:
        cumulative = m.find(target, m.Cumulative)
        job = Job(target, series, period, end, ctx, DEFAULT_SETTINGS, reference_series)
        sign = Decimal(-1) if cumulative is not None and cumulative.change == "down" else Decimal(1)
        ends = [index for pick in (0, 1) if (index := change_index(job, years, pick)) is not None]
        if len(ends) < 2:
            return m.Missing(text=""), {}, [], (str(period.start - 1),)
        if cumulative is not None and cumulative.annual:  # 年均 from levels: the compound annual rate, not the total
            ends = [power(index, Decimal(1) / len(years)) if index > 0 else index for index in ends]
        low, high = sorted(sign * (index - 1) * HUNDRED for index in ends)
        low, high = trim(low), trim(high)
        note = Note(code="final_compound", params={"years": span})
    levels = next((series[y].levels for y in reversed(years) if y in series and series[y].levels), ())
    unit = None if shape == "compound" else ctx.unit  # a compounded change is in %, whatever the level's unit
    return synthetic(trim(low), trim(high), unit, levels), references, [note, *said], ()
