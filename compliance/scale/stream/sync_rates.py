"""与经济增长基本同步 rated on arrays: a growth rate in step with another indicator's, over the same years.

check (:func:`~compliance.judge.progress_shapes._average` with a :class:`~compliance.models.Sync`
target) averages the indicator's growth rates of the years so far and the reference indicator's over
the same years (each a point figure, read in the indicator's unit and measure; else insufficient data,
left to check here); the reference's average trimmed to four places is the reference the target is
judged against (:meth:`compliance.judge.evaluate.Judge.sync`: within the sync tolerance for 基本同步,
at least it for 同步), and the average is rated against that floor as any growth rate is. Here the
same, per region on arrays, the floor in the engine's decimals. The threshold differs by region, so the
row's threshold, value and gap are computed here (:attr:`Rated.numbers
<compliance.scale.stream.periods.Rated>`), not by ``evaluate_table``. Only a floor (polarity higher) of
a reference with the same unit and measure; the rest stays with check.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import numpy as np

from ... import models as m
from ...judge.periods import Period
from ...judge.progress_rating import show
from ...judge.progress_series import average_of_product, growth_factor, shape_of
from ...models import format_decimal
from ...plans.check import RuleCell, Timing
from ...plans.rules import RulesFile
from .aggregate_words import Words, average_cells
from .period_math import INF, TINY, Rated, meets, near, trimmed
from .period_words import clear

if TYPE_CHECKING:  # periods imports this module
    from .periods import VectorRule, YearFigures

__all__ = ["rate_sync", "sync_ref"]

def sync_ref(cell: RuleCell, rules: RulesFile) -> int | None:
    """The code of the indicator a 同步 rule's cell is in step with, when the arrays rate it (see the module);
    None: check judges it."""
    target = cell.target
    if not isinstance(target, m.Sync) or cell.timing is not Timing.OPEN or Period.parse(cell.period).is_year \
            or cell.end <= cell.as_of or cell.context.polarity is not m.Polarity.HIGHER \
            or shape_of(target, cell.context.measure) != "average":
        return None
    ids = [indicator.id for indicator in rules.indicators]
    if target.ref not in ids or target.ref == cell.indicator.id:
        return None
    ref = rules.indicators[ids.index(target.ref)]
    if ref.unit != cell.indicator.unit or ref.measure != cell.indicator.measure:
        return None  # read in the indicator's own unit and measure, as check reads it: the same only then
    return ids.index(target.ref)


def rate_sync(rule: VectorRule, figures: YearFigures, ref: YearFigures,
              so_far: tuple[np.ndarray, np.ndarray, np.ndarray]) -> Rated:
    """The 同步 cells of a batch: each region's average against its reference's (``so_far``: the years,
    :func:`~compliance.scale.stream.periods._so_far` of ``figures``)."""
    n = len(figures.row)
    ok, used, years = so_far
    decline = rule.cell.context.measure is m.Measure.DECLINE
    no_row = used & (ref.row[:, 1:] < 0)
    # a reference year without a row, the others point figures: no threshold (_lacking_reference)
    lacking = ok & no_row.any(axis=1) & ~(used & ~ref.point[:, 1:] & ~no_row).any(axis=1)
    ok = ok & ~(used & ~ref.point[:, 1:]).any(axis=1)  # a reference year without a point figure: check
    with np.errstate(all="ignore"):
        product = np.where(used, growth_factor(figures.value[:, 1:], decline), 1.0).prod(axis=1)
        ref_product = np.where(used, growth_factor(ref.value[:, 1:], decline), 1.0).prod(axis=1)
        ok &= (product > TINY) & (ref_product > TINY)  # none or a near-total fall: the arithmetic mean, check
        average = average_of_product(np.where(ok, product, 1.0), years, decline, np.power)
        reference = average_of_product(np.where(ok, ref_product, 1.0), years, decline, np.power)
    ok, texts = trimmed(average, ok)
    ok, ref_texts = trimmed(reference, ok)
    target = rule.target
    assert isinstance(target, m.Sync)
    lo, floors = np.full(n, np.nan), [Decimal(0)] * n
    for r in np.flatnonzero(ok).tolist():
        value = Decimal(ref_texts[r] or "0")
        floors[r] = value - (rule.ctx.sync_tolerance.around(value) if target.loose else Decimal(0))
        lo[r] = float(floors[r])
    with np.errstate(all="ignore"):
        ok &= (lo >= 1e-3) & ~near(average, lo)  # a tiny or no floor, or the average at it: check
        ratio = average / lo
    ok &= ~rule.ratings.near(ratio)
    met = meets(lo, np.full(n, INF), average)
    codes = list(m.ProgressRating)
    on_track = codes.index(m.ProgressRating.ON_TRACK)
    rating = np.full(n, codes.index(m.ProgressRating.INSUFFICIENT_DATA), dtype=np.int8)
    rating[ok] = rule.ratings(ratio[ok])
    worded = ok & ~(met & (rating != on_track))  # met below on track: rated on track at another ratio
    rating[ok & met] = on_track
    numbers = np.full((n, 3), np.nan)
    for r in np.flatnonzero(ok).tolist():
        value = Decimal(texts[r] or "0")
        numbers[r] = float(floors[r]), float(value), float(value - floors[r])
    words = _sync_words(rule, average_cells(rule, figures, worded, used, average, texts, lo, np.full(n, INF), ratio,
                                            rating), texts, ref_texts, reference, floors, used)
    judged = [t if o else None for t, o in zip(texts, ok.tolist())]
    _lacking_reference(rule, used, no_row, years, product, decline, lacking, ok, rating, judged, words)
    return Rated(ok, rating, np.full(n, -1, dtype=np.int64), judged, figures.row[:, 0], words, numbers)


def _lacking_reference(rule: VectorRule, used: np.ndarray, no_row: np.ndarray, years: np.ndarray,
                       product: np.ndarray, decline: bool, lacking: np.ndarray, ok: np.ndarray, rating: np.ndarray,
                       judged: list[str | None], words: Words) -> None:
    """The cells whose reference has no row in a year averaged (``lacking``): insufficient data, as check rates them
    (progress_shapes._average: no threshold, the reference's name and the years it lacks), their average judged
    without one (``evaluate_table``'s threshold, value and gap); explained by a template of their years, years
    lacking and how the average is written."""
    todo = lacking & (product > TINY)
    if not todo.any():
        return
    with np.errstate(all="ignore"):
        average = average_of_product(np.where(todo, product, 1.0), years, decline, np.power)
    todo, texts = trimmed(average, todo)
    code = list(m.ProgressRating).index(m.ProgressRating.INSUFFICIENT_DATA)
    for r in np.flatnonzero(todo).tolist():
        text = texts[r]
        assert text is not None
        value = format_decimal(Decimal(text))
        ok[r], rating[r], judged[r] = True, code, text
        key = (rule.code, "sync_lacking", tuple(np.flatnonzero(used[r]).tolist()),
               tuple(np.flatnonzero(no_row[r]).tolist()), value == text)
        words[r] = (key, {"head.text": text, "head.value": value})


def _sync_words(rule: VectorRule, words: Words, texts: list[str | None], ref_texts: list[str | None],
                reference: np.ndarray, floors: list[Decimal], used: np.ndarray) -> Words:
    """The average's figures with the reference's: its trimmed average (the reference note, the target as
    stated and the distance to it), its average as the progress note shows it, the floor it gives."""
    out: Words = [None] * len(words)
    for r, found in enumerate(words):
        text, ref_text = texts[r], ref_texts[r]
        if found is None or found[1] is None or text is None or ref_text is None:
            continue
        floor, stated = floors[r], Decimal(ref_text)
        if Decimal(repr(float(floor))) != floor or not clear(float(reference[r]), 2):
            continue  # the floor is not its float's short decimal (the average's figures assumed it)
        ks = np.flatnonzero(used[r]).tolist()
        first, last = rule.start + ks[0], rule.start + ks[-1]
        distance = format_decimal(Decimal(text) - stated)
        extra = {"admissible.lo": format_decimal(floor), "reference.value": format_decimal(stated),
                 "stated": format_decimal(stated), "gap_to_target": f"{distance}..{distance}",
                 "progress_reference_average.value": show(Decimal(repr(float(reference[r]))), 2),
                 "progress_reference_average.years": str(first) if first == last else f"{first}–{last}"}
        figures = {**found[1], **extra}
        out[r] = ((rule.code, "sync", *found[0][2:5], *sorted(figures)), figures)
    return out
