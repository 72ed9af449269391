"""Growth rates with a year given as a range (``8-9``), rated on arrays at both ends, as check rates them.

check's :func:`~compliance.judge.progress_shapes._average` averages the years' low ends and their high
ends, rates each and, where both ends get the same rating, explains the cell with the worse end's
figures (the low one, equal in rank); the value judged is the range of the two averages (trimmed to four
places, :func:`~compliance.judge.progress_series.synthetic`). Here the same: the arrays rate the years'
low ends and high ends as two panels of points (:func:`~compliance.scale.stream.periods.rate_averages`),
and a cell both rate alike, against a floor (``15``) and with a template's figures at its low end, is
rated here, as is one they rate apart (insufficient data: the range is not a precise figure); the rest stay
with check (a bound, a ceiling, a stated target).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

import numpy as np

from ...judge.progress_rating import show
from ...models import ProgressRating, format_decimal
from .aggregate_words import Words, rounded_places, short

if TYPE_CHECKING:  # periods imports this module
    from .periods import Rated, VectorRule, YearFigures

__all__ = ["range_cells"]

#: YearFigures' arrays with a row per region (``text`` is the batch's cells, shared)
_BY_REGION = ("row", "plain", "has", "point", "value", "low", "high", "levels")


def range_cells(rule: VectorRule, figures: YearFigures, rated: Rated, as_of: int,
                rate: Callable[[VectorRule, YearFigures, int, bool], Rated]) -> None:
    """The cells of a growth rate left to check only for a year given as a range, rated alike at both ends
    (``rate``: :func:`~compliance.scale.stream.periods.rate_averages`): rated here, with their figures."""
    finite = np.isfinite(figures.low) & np.isfinite(figures.high)
    ranged = figures.has & ~figures.point & finite & ~figures.levels
    ranged[:, 0] = False  # the year before the period is not averaged
    todo = ~rated.ok & ranged.any(axis=1) & np.isfinite(rule.lo) & ~np.isfinite(rule.hi)
    if not todo.any():
        return
    # only those regions are rated again, at each end (each region's rating is its own row's: the same alone)
    idx = np.flatnonzero(todo)
    some = replace(figures, **{name: getattr(figures, name)[idx] for name in _BY_REGION})
    ranged = ranged[idx]
    ends = [rate(rule, replace(some, point=some.point | ranged, value=np.where(ranged, end, some.value)), as_of,
                 worded) for end, worded in ((some.low, True), (some.high, False))]  # the low end's figures are said
    low, high = ends
    if low.words is None:
        return
    words: Words = rated.words if rated.words is not None else [None] * len(rated.ok)
    both = low.ok & high.ok
    insufficient = list(ProgressRating).index(ProgressRating.INSUFFICIENT_DATA)
    for p, r in ((p, int(idx[p])) for p in np.flatnonzero(both).tolist()):
        lo_text, hi_text, found = low.judged[p], high.judged[p], low.words[p]
        if lo_text is None or hi_text is None or found is None or found[1] is None or lo_text == hi_text:
            continue
        judged = f"{lo_text}-{hi_text}"  # the range as synthetic() writes it
        if low.rating[p] != high.rating[p]:  # rated apart: insufficient data, the range named (one_rating)
            apart = _apart_words(rule, found[1], Decimal(lo_text), Decimal(hi_text), judged)
            if apart is not None:
                said, sides = apart
                rated.ok[r], rated.rating[r], rated.judged[r] = True, insufficient, judged
                words[r] = ((rule.code, "apart", *sides, *found[0][3:5], *sorted(said)), said)
            continue
        figures_of = _range_words(rule, figures, r, dict(found[1]), Decimal(lo_text), Decimal(hi_text))
        if figures_of is None:
            continue
        rated.ok[r], rated.rating[r], rated.judged[r] = True, low.rating[p], judged
        words[r] = ((rule.code, "range", *found[0][2:5], *sorted(figures_of)), figures_of)
    rated.words = words


def _apart_words(rule: VectorRule, low_words: dict[str, str], low: Decimal, high: Decimal,
                 judged: str) -> tuple[dict[str, str], tuple[bool, bool]] | None:
    """The figures of a growth rate whose range of averages rates apart at its two ends: check rates it
    insufficient data (progress_imprecise, naming the range) and says the range judged, at its high end, with
    no yearly figures (a stated target, or ends one figure once rounded: another sentence, check); and on which
    side of the floor each end lies (part of its shape: a range across the floor is judged otherwise)."""
    threshold = Decimal(repr(rule.lo))
    places = rounded_places(high, threshold, 2)
    shown = [format_decimal(end.quantize(Decimal(1).scaleb(-places))) for end in (low, high)]
    if shown[0] == shown[1] or "stated" in low_words:
        return None
    return {"margin": format_decimal(high - threshold), "derived.low": shown[0], "derived.high": shown[1],
            "progress_imprecise.text": judged}, (low >= threshold, high >= threshold)


def _range_words(rule: VectorRule, figures: YearFigures, r: int, words: dict[str, str], low: Decimal,
                 high: Decimal) -> dict[str, str] | None:
    """The low end's figures, with the judged range's margin (its high end's, against the floor), the range
    as the derived clause rounds it and the years' figures (a range as its text, one line)."""
    threshold = Decimal(repr(rule.lo))
    places = rounded_places(high, threshold, 2)
    shown = [format_decimal(end.quantize(Decimal(1).scaleb(-places))) for end in (low, high)]
    if shown[0] == shown[1] or "stated" in words:
        return None  # one figure once rounded (another sentence), a stated target: check explains it
    values = []
    for k in np.flatnonzero(figures.row[r, 1:] >= 0).tolist():
        if figures.point[r, 1 + k]:
            value = short(float(figures.value[r, 1 + k]))
            if value is None:
                return None
            values.append(show(value))
        else:
            values.append("".join(part.strip() for part in figures.text[figures.row[r, 1 + k]].splitlines()))
    span = words["progress_average.values"].split(": ", 1)[0]
    words.pop("derived.value")
    words.update({"margin": format_decimal(high - threshold), "derived.low": shown[0], "derived.high": shown[1],
                  "progress_average.values": f"{span}: " + " / ".join(values)})
    return words
