"""The sentence figures of plan-period aggregates rated on arrays: growth rates' averages, running totals,
compounded changes.

:mod:`~compliance.scale.stream.periods` rates them on float arrays; here each rated cell gets the figures
its sentence holds (``code.param`` -> text, as :mod:`compliance.judge.progress_shapes` writes them), so that
:class:`~compliance.scale.stream.period_words.PeriodRows` explains it with its shape's template (cut from
one cell's judgement by check, :func:`~compliance.scale.stream.period_words.cut_period`). A figure is
written from the engine's own decimals where the arithmetic is exact (a total, the years' figures, the
pace, a ratio of decimals), else from a float only where float64 rounds it as the decimal does
(:func:`~compliance.scale.stream.period_words.clear`); where neither holds, the entry is None and check
explains the cell.
"""

from __future__ import annotations

import math
from functools import lru_cache
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import numpy as np

from ...judge.evaluate import judge
from ...judge.progress_rating import rate, show, show_ratio
from ...judge.progress_series import power, synthetic
from ...judge.progress_shapes import compound_observed, compound_rates
from ... import models as m
from ...models import ProgressRating, format_decimal
from ..figures import parse_reported_cached
from .period_words import clear, rating_code, shown_ratio

if TYPE_CHECKING:  # periods imports this module
    from .periods import Rated, VectorRule, YearFigures

__all__ = ["average_cells", "average_words", "compound_cells", "gap_cells", "rounded_places", "short", "sum_cells"]

Words = list[tuple[tuple[Any, ...], dict[str, str] | None] | None]


def short(x: float) -> Decimal | None:
    """The decimal a float was read from, when that decimal has at most 15 significant digits (its repr)."""
    text = repr(x)
    if not math.isfinite(x) or "e" in text or len(text.lstrip("-").replace(".", "").lstrip("0")) > 15:
        return None
    return Decimal(text)


_STEPS = {places: Decimal(1).scaleb(-places) for places in range(9)}  #: the quantum of each number of places


def _rounded(value: Decimal, places: int) -> Decimal:
    """As the explanation rounds a derived figure (:func:`compliance.judge.explain.derived_places`)."""
    step = _STEPS.get(places)
    return Decimal(format_decimal(value.quantize(step if step is not None else Decimal(1).scaleb(-places))))


@lru_cache(maxsize=1024)
def _rounded_end(threshold: Decimal, places: int) -> Decimal:
    """:func:`_rounded` of a target's end (a rule's few), remembered: equal decimals round to one text."""
    return _rounded(threshold, places)


def rounded_places(value: Decimal, threshold: Decimal, places: int) -> int:
    """The decimals the explanation shows a derived figure with: ``places``, more where fewer would show it at
    the threshold it is not at (:func:`compliance.judge.explain.derived_places`)."""
    while value != threshold and places < 8 and _rounded(value, places) == _rounded_end(threshold, places):
        places += 1
    return places


def _derived(value: Decimal, threshold: Decimal, places: int) -> str:
    """A derived figure as the explanation shows it (:func:`rounded_places`: the same loop, each rounding once)."""
    while True:
        shown = _rounded(value, places)
        if value == threshold or places >= 8 or shown != _rounded_end(threshold, places):
            return format_decimal(shown)
        places += 1


def _head(trimmed: str, lo: float, hi: float, stated: Decimal | None, places: int) -> tuple[dict[str, str], Decimal] | None:
    """What every aggregate row says of its value against a one-sided target: the margin, the stated target
    and the distance to it, the derived figure as rounded; and the target's binding end."""
    if math.isfinite(lo) == math.isfinite(hi):
        return None
    value, threshold = Decimal(trimmed), Decimal(repr(lo if math.isfinite(lo) else hi))
    words = {"margin": format_decimal(value - threshold if math.isfinite(lo) else threshold - value),
             "derived.value": _derived(value, threshold, places)}
    if stated is not None:
        distance = format_decimal(value - stated if math.isfinite(lo) else stated - value)
        words.update(stated=format_decimal(stated), gap_to_target=f"{distance}..{distance}")
    return words, threshold


def _stated(rule: VectorRule) -> Decimal | None:
    """The target as stated (``累计5000左右``: 5000), the same for every value the rule judges."""
    return judge(rule.target, synthetic(Decimal(1), Decimal(1), rule.ctx.unit), rule.ctx).stated


def _rows_years(figures: YearFigures, at: np.ndarray, used: np.ndarray
                ) -> list[tuple[list[int], list[Decimal]] | None]:
    """Per region ``at``: the years used (positions after the year before the period) and their figures as the
    decimals they were read from (None: none, or one longer than a float's short form). Read as lists: a numpy
    scalar per figure cost more than the words."""
    out: list[tuple[list[int], list[Decimal]] | None] = []
    for mask, values in zip(used[at].tolist(), figures.value[at, 1:].tolist()):
        ks = [k for k, u in enumerate(mask) if u]
        found = [short(values[k]) for k in ks]
        out.append(None if not ks or any(x is None for x in found) else (ks, [x for x in found if x is not None]))
    return out


def _values(rule: VectorRule, ks: list[int], years: list[Decimal]) -> str:
    """The years' figures as :func:`~compliance.judge.progress_series.values_text` writes them."""
    first, last = rule.start + ks[0], rule.start + ks[-1]
    return (str(first) if first == last else f"{first}–{last}") + ": " + " / ".join(show(x) for x in years)


# --------------------------------------------------------------------------- growth rates: the average


def average_words(years: Sequence[Decimal], values: str, trimmed: str, average: float, lo: float, hi: float,
                  stated: Decimal | None, ratio: float, rating: ProgressRating,
                  cutoffs: tuple[Decimal, Decimal, Decimal]) -> dict[str, str] | None:
    """The figures of a growth rate's sentence, its years' compound average ``average`` (``trimmed``: as
    :func:`~compliance.judge.progress_series.synthetic` writes it) against a one-sided target, rated by
    ``ratio`` (:func:`~compliance.judge.progress_shapes._average`); None where float64 could round one
    otherwise than the engine's decimals, or the sentence has another shape."""
    ratio_text = shown_ratio(ratio, cutoffs)
    if ratio_text is None or not clear(average, 2):
        return None
    head = _head(trimmed, lo, hi, stated, 2)
    if head is None:
        return None
    code = rating_code(rating, ratio, cutoffs)
    if code is None:
        return None
    words, threshold = head
    words.update({"progress_average.values": values, "progress_average.current": show(Decimal(repr(average)), 2),
                  "progress_average.target": show(threshold, 2), "progress_average.ratio": ratio_text,
                  f"{code}.ratio": ratio_text})
    return words


def average_cells(rule: VectorRule, figures: YearFigures, todo: np.ndarray, used: np.ndarray, average: np.ndarray,
                  texts: list[str | None], lo: np.ndarray, hi: np.ndarray, ratio: np.ndarray, rating: np.ndarray
                  ) -> Words:
    """Each rated growth rate's sentence figures and shape (:func:`average_words`; None: check explains it)."""
    out: Words = [None] * len(todo)
    at = np.flatnonzero(todo)
    if not at.size:
        return out
    stated = _stated(rule)
    ratings = list(ProgressRating)
    cutoffs, code = rule.settings.cutoffs, rule.code
    for r, found, x, low, high, by, rated in zip(at.tolist(), _rows_years(figures, at, used), average[at].tolist(),
                                                 lo[at].tolist(), hi[at].tolist(), ratio[at].tolist(),
                                                 rating[at].tolist()):
        text = texts[r]
        if found is None or text is None:
            continue
        ks, years = found
        words = average_words(years, _values(rule, ks, years), text, x, low, high, stated, by, ratings[rated], cutoffs)
        if words is not None:
            out[r] = ((code, "average", rated, len(ks), ks[-1], *sorted(words)), words)
    return out


# --------------------------------------------------------------------------- running totals (累计)


def sum_cells(rule: VectorRule, figures: YearFigures, todo: np.ndarray, used: np.ndarray, texts: list[str | None],
              lo: np.ndarray, hi: np.ndarray, rating: np.ndarray) -> Words:
    """Each rated running total's sentence figures (:func:`~compliance.judge.progress_shapes._sum`), from the
    years' decimals: the total, the pace ``target * k / N`` and their ratio are exact as the engine's."""
    out: Words = [None] * len(todo)
    ratings = list(ProgressRating)
    cutoffs, n = rule.settings.cutoffs, rule.cell.end - rule.start + 1
    stated = _stated(rule) if todo.any() else None
    at = np.flatnonzero(todo)
    for r, found in zip(at.tolist(), _rows_years(figures, at, used)):
        text = texts[r]
        head = _head(text, float(lo[r]), float(hi[r]), stated, 4) if text is not None else None
        if found is None or head is None:
            continue
        (ks, years), (words, goal) = found, head
        total, k = sum(years, Decimal(0)), len(ks)
        pace = goal * Decimal(k) / Decimal(n)
        unit = rule.cell.context.unit or ""
        words.update({"progress_sum.values": _values(rule, ks, years), "progress_sum.current": show(total),
                      "progress_sum.target": show(goal), "progress_sum.elapsed": str(k), "progress_sum.total": str(n),
                      "progress_sum.pace": show(pace, 2)})
        rated = ratings[int(rating[r])]
        upward = math.isfinite(float(lo[r]))
        if rated is ProgressRating.ACHIEVED_EARLY:
            if not (upward and total >= goal):
                continue
            words.update({"progress_sum.ratio": "—", "progress_achieved_early.current": show(total),
                          "progress_achieved_early.target": show(goal)})
        else:
            if pace <= 0 or total <= 0:
                continue  # the rating without a ratio: check explains it
            ratio = total / pace if upward else pace / total
            by_ratio, code = rate(ratio, cutoffs)
            if by_ratio is not rated:
                continue
            shown_ratio = show_ratio(ratio, cutoffs)
            words.update({"progress_sum.ratio": shown_ratio, f"{code}.ratio": shown_ratio})
        out[r] = ((rule.code, "sum", int(rating[r]), k, ks[-1], unit, *sorted(words)), words)
    return out


# --------------------------------------------------------------------------- compounded changes (五年下降14.5)


def compound_cells(rule: VectorRule, figures: YearFigures, todo: np.ndarray, used: np.ndarray,
                   texts: list[str | None], lo: np.ndarray, hi: np.ndarray, rating: np.ndarray, sign: int,
                   decline: bool, change: str, years_total: int, observed_f: np.ndarray | None = None,
                   ratio_f: np.ndarray | None = None) -> Words:
    """Each rated compounded change's sentence figures (:func:`~compliance.judge.progress_shapes._compound`),
    with the engine's own decimal arithmetic on the years' decimals (its powers remembered as it does); the
    observed annual rate and its ratio to the required one from the arrays' floats (``observed_f``, ``ratio_f``)
    where float64 rounds them as the decimals do (:func:`_from_floats`: a fractional power of a decimal costs
    ~0.1 ms, one per region), else the decimals."""
    out: Words = [None] * len(todo)
    ratings = list(ProgressRating)
    cutoffs, hundred, s = rule.settings.cutoffs, Decimal(100), Decimal(sign)
    code_of = f"progress_compound_{change}"
    stated = _stated(rule) if todo.any() else None
    at = np.flatnonzero(todo)
    for r, found in zip(at.tolist(), _rows_years(figures, at, used)):
        text = texts[r]
        head = _head(text, float(lo[r]), float(hi[r]), stated, 1) if text is not None else None
        if found is None or head is None or not math.isfinite(float(lo[r])):
            continue
        (ks, years), (words, goal) = found, head
        index = Decimal(1)
        for value in years:
            index *= (1 - value / hundred) if decline else (1 + value / hundred)
        size = s * (index - 1) * hundred
        k, n = Decimal(len(ks)), Decimal(years_total)
        if 1 + s * goal / hundred <= 0 or goal <= 0 or 1 + s * size / hundred <= 0:
            continue
        pace, required = compound_rates(s, goal, k, n, power)
        floats = _from_floats(observed_f, ratio_f, r, cutoffs)
        if floats is None:
            observed = compound_observed(s, size, k, power)
            ratio = observed / required
        else:
            observed, ratio = floats
        words.update({f"{code_of}.values": _values(rule, ks, years), f"{code_of}.elapsed": format_decimal(k),
                      f"{code_of}.total": format_decimal(n), f"{code_of}.current": show(size, 1),
                      f"{code_of}.target": show(goal), f"{code_of}.pace": show(pace, 1),
                      f"{code_of}.observed": show(observed, 2), f"{code_of}.required": show(required, 2)})
        rated = ratings[int(rating[r])]
        if rated is ProgressRating.ACHIEVED_EARLY:
            if not size >= goal:
                continue
            words.update({f"{code_of}.ratio": "—", "progress_achieved_early.current": show(size, 1),
                          "progress_achieved_early.target": show(goal)})
        else:
            by_ratio, code = rate(ratio, cutoffs)
            if by_ratio is not rated:
                continue
            shown_ratio = show_ratio(ratio, cutoffs)
            words.update({f"{code_of}.ratio": shown_ratio, f"{code}.ratio": shown_ratio})
        out[r] = ((rule.code, "compound", int(rating[r]), len(ks), ks[-1], *sorted(words)), words)
    return out


def _from_floats(observed: np.ndarray | None, ratio: np.ndarray | None, r: int,
                 cutoffs: tuple[Decimal, Decimal, Decimal]) -> tuple[Decimal, Decimal] | None:
    """A compounded change's observed rate and ratio as the short decimals of the arrays' floats, where they are
    written, and rated, as the engine's decimals are: far from a rounding tie at the places shown (2; the ratio at
    each of show_ratio's) and from every cut-off (show_ratio's places decide its side; 1e-6, not BAND: a ratio
    that close would be written in full), neither near zero (the floats' error after cancellation); else None."""
    if observed is None or ratio is None:
        return None
    x, q = float(observed[r]), float(ratio[r])
    if not (abs(x) >= 1e-3 and abs(q) >= 1e-3 and clear(x, 2) and shown_ratio(q, cutoffs) is not None):
        return None
    return Decimal(repr(x)), Decimal(repr(q))


# --------------------------------------------------------------------------- years lacking a figure


def gap_cells(rule: VectorRule, figures: YearFigures, rated: Rated) -> None:
    """An aggregate's cells that check rates insufficient data because a year so far lacks a figure (no row,
    or a text without one, ``该指标年底出上年数据``): rated here too (the arrays left them to check), each
    explained once per distinct gap (its years, and the texts of those with a row), as
    :func:`~compliance.judge.progress_series.years_so_far` and ``rate_aggregate`` find it. The sentence
    also says whether any yearly value was reported (已报告逐年数值 / 尚无报告值): only a cell with a text in
    the years read is rated here (then some was, whatever the years before them hold)."""
    present = figures.row >= 0
    todo = np.flatnonzero(~rated.ok & present.any(axis=1))  # a row in the years read: the latest one is judged
    if not todo.size:
        return
    code = list(ProgressRating).index(ProgressRating.INSUFFICIENT_DATA)
    words: Words = rated.words if rated.words is not None else [None] * len(rated.ok)
    for r in todo.tolist():
        has = figures.has[r, 1:].tolist()
        texts = [figures.text[i] if i >= 0 else None for i in figures.row[r, 1:].tolist()]
        unread = [not ok and text is not None and not isinstance(parse_reported_cached(text), m.Missing)
                  for ok, text in zip(has, texts)]
        shown = [k for k, ok in enumerate(has) if ok]
        if not shown:
            gap = [0]
        else:
            top = max([shown[-1], *(k for k, u in enumerate(unread) if u)])
            gap = [k for k in range(top + 1) if not has[k]]
        if not gap:
            continue  # every year has a figure: another reason (a range, a bound): check rates it
        if not any(figures.text[i].strip() for i in figures.row[r].tolist() if i >= 0):
            continue  # whether a year before these said anything decides the sentence (尚无报告值): check
        rated.ok[r], rated.rating[r], rated.judged[r] = True, code, None
        words[r] = ((rule.code, "gap", *((k, texts[k] if k < len(texts) and unread[k] else None) for k in gap)), None)
    rated.words = words
