"""Plan-period rows rated on arrays, explained as ``check`` explains them: their sentence figures and templates.

:mod:`~compliance.scale.stream.periods` rates open plan periods on arrays; for each rated cell it
computes the figures its sentence holds (:func:`level_words`, :func:`insufficient_words`: ``code.param``
-> text, as the engine writes them). :func:`cut_period` cuts one cell's sentence, as check explains
its verdict, into a :class:`PeriodTemplate` with a hole per figure, kept only if filling it with that
cell's own figures gives back its own sentence. :class:`PeriodRows` writes the evidence columns of
those rows, batch by batch (templates and memo kept for the run), for
:class:`~compliance.scale.stream.evidence.Evidence`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import numpy as np

from ...judge.progress_rating import show, trim
from ...judge.verdict import Verdict
from ...models import Interval, Note, ProgressRating, format_decimal
from ...plans.rules import Indicator
from ..arrays import strings_of
from .sentences import facts, sentence

if TYPE_CHECKING:  # judge imports periods, which imports this module
    from .judge import JudgedBatch
    from .periods import VectorRule, YearFigures

__all__ = ["PeriodRows", "PeriodTemplate", "clear", "cut_period", "insufficient_words", "level_cells", "level_words",
           "no_threshold_words", "rating_code", "shown_ratio"]

_MEMO = 200_000  #: distinct cells explained one by one that are remembered (then forgotten, and explained again)
_UNSEEN = object()  #: PeriodRows.columns: figures not filled yet
_SAID = 2048  #: a rule's level points whose figures are remembered (VectorRule.said; then forgotten, and made again)
#: sentinels: a number no sentence holds otherwise, and a reported text of private-use characters
_VALUE, _TEXT = Decimal("7391.0468203"), "\ue000\ue001"
#: a derived figure's sentinel by how it is derived, with as many decimals as the explanation shows it with
_DERIVED = {"average": Decimal("7391.04"), "sum": Decimal("7391.0468"), "compound": Decimal("7391.3")}
_RANGE = (Decimal("6173.29"), Decimal("6183.47"))  #: a derived range's ends (an average's decimals)
_FLOOR = Decimal("5381.2917")  #: a floor that differs by cell (同步: the reference's average less the tolerance)

#: a figure as the rows write it (a hole of a period row's sentence is such a figure)
_STRICT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")
_LEAD = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
#: note parameters that are the same for every plain cell of a rule (the template keeps them as written): the
#: period, the cut-offs, a reference the target or the rules file gives (a plain figure names none)
_CONSTANT = {"period_open": None, "reference": None, "horizon": None, "period_open_horizon": None,
             "progress_no_threshold": ("missing",), "change_years": None, "cumulative": None,
             "progress_reference_average": ("name",),
             "progress_on_track": ("cutoff",),
             "progress_moderate": ("low", "high"), "progress_limited": ("low", "high"),
             "progress_regressing": ("cutoff",)}
_RATING_NOTE = {ProgressRating.ON_TRACK: "progress_on_track", ProgressRating.REGRESSING: "progress_regressing"}


@lru_cache(maxsize=1 << 14)
def _shown(text: str) -> str:
    """``show`` of the decimal ``text`` (four places), remembered by text: a panel repeats its figures and targets."""
    return show(Decimal(text))


def clear(x: float, places: int) -> bool:
    """``x`` (a float within float64's error of a decimal) rounds to ``places`` as that decimal does: not near a tie."""
    scaled = abs(x) * 10.0**places
    return math.isfinite(scaled) and scaled < 1e14 and abs(scaled - math.floor(scaled) - 0.5) > 1e-9 * max(1.0, scaled)


def shown_ratio(ratio: float, cutoffs: tuple[Decimal, Decimal, Decimal]) -> str | None:
    """:func:`~compliance.judge.progress_rating.show_ratio` of the decimal ratio the float ``ratio`` stands for,
    or None where float64 could write it otherwise. show_ratio tries 2, 3, 4, then 6 places and writes the first
    whose rounding lies on the ratio's side of every cut-off (the arrays rate only a ratio off the cut-offs by
    BAND, so its side is the decimal's): the float must be clear of a rounding tie at each place tried up to that
    one (not at the places show_ratio never reaches: a ratio of -66.23 is rarely clear at 6 places); None where
    no place decides (the ratio would be written in full)."""
    exact = Decimal(repr(ratio))
    for places in (2, 3, 4, 6):
        if not clear(ratio, places):
            return None
        shown = trim(exact, places)
        if all((shown >= cut) == (exact >= cut) for cut in cutoffs):
            return format_decimal(shown)
    return None


def _head(current: str, lo: float, hi: float, year: int, text: str | None = None) -> dict[str, str] | None:
    """The figures of the head of a level cell's sentence (the reported figure, the margin, the latest year);
    ``text``: the reported text where it is not the figure ``current`` written plainly (``35左右``)."""
    if not _STRICT.fullmatch(current) or (math.isfinite(lo) == math.isfinite(hi)) \
            or (current.startswith("-") and Decimal(current) == 0):
        return None
    now = Decimal(current)
    end = Decimal(repr(lo if math.isfinite(lo) else hi))
    shown = current if text is None else text
    words = {"head.text": shown, "head.value": format_decimal(now),
             "margin": format_decimal(now - end if math.isfinite(lo) else end - now),
             "latest.year": str(year), "latest.value": shown}
    if text is not None:  # an approximate figure (35左右) is judged at the figure it states
        words["approximate_reported.value"] = format_decimal(now)
    return words


def _short(x: float) -> str | None:
    """The decimal a float was read from, when that decimal has at most 15 significant digits (its repr)."""
    text = repr(x)
    if not math.isfinite(x) or "e" in text or len(text.lstrip("-").replace(".", "").lstrip("0")) > 15:
        return None
    return text


def insufficient_words(latest: str, year: int, lo: float, hi: float, base_year: int | None, start: int,
                       known: bool = True) -> dict[str, str] | None:
    """The figures of a level cell rated insufficient data: no base year (the period's first year is named)
    or only the base (the year after it is named), judged on the latest figure (:func:`level_words`); a target
    without a threshold yet (``known`` False: 达到市级要求 without a figure) says the reported text only
    (:func:`no_threshold_words`)."""
    words = _head(latest, lo, hi, year) if known else no_threshold_words(latest, year)
    if words is not None:
        if base_year is None:
            words["progress_missing_years.years"] = str(start)
        else:
            words["progress_one_point.year"] = str(base_year)
    return words


def no_threshold_words(current: str, year: int) -> dict[str, str] | None:
    """The figures of a level cell whose target has no threshold yet (``达到市级要求`` without a figure: a
    reference unknown), rated insufficient data on its latest figure: the reported text and its year."""
    if not _STRICT.fullmatch(current):
        return None
    return {"head.text": current, "latest.year": str(year), "latest.value": current}


def level_cells(rule: VectorRule, point: np.ndarray, rating: np.ndarray, figures: YearFigures, regions: np.ndarray,
                 bk: np.ndarray, ck: np.ndarray, lo: np.ndarray, hi: np.ndarray, goal: np.ndarray,
                 direction: np.ndarray, base: np.ndarray, rates: np.ndarray, met: np.ndarray
                 ) -> list[tuple[tuple[Any, ...], dict[str, str] | None] | None]:
    """Each rated point's sentence figures and shape (:func:`level_words`); a current figure written otherwise
    than plainly (``35左右``) has its text in the shape: the notes of its reading are the same for that text.

    The arrays are read as lists (a numpy scalar per figure cost more than the words), and a point's figures
    and shape are kept by the rule for the run by what :func:`level_words` reads (the same inputs, the same
    words: a panel repeats its figures across regions; the dict is shared, never changed)."""
    out: list[tuple[tuple[Any, ...], dict[str, str] | None] | None] = [None] * len(point)
    at = np.flatnonzero(point)
    if not at.size:
        return out
    ratings = list(ProgressRating)
    cagr = rule.settings.method == "cagr"
    start, end, cutoffs, code, said = rule.start - 1, rule.cell.end, rule.settings.cutoffs, rule.code, rule.said
    b_at, c_at = bk[at], ck[at]
    columns = (at.tolist(), b_at.tolist(), c_at.tolist(), figures.value[at, c_at].tolist(),
               figures.row[at, b_at].tolist(), figures.row[at, c_at].tolist(), figures.plain[at, c_at].tolist(),
               lo[at].tolist(), hi[at].tolist(), goal[at].tolist(), direction[at].tolist(), base[at].tolist(),
               rating[at].tolist(), met[at].tolist(), rates[at].tolist())
    for r, b, c, current, base_row, row, plain, low, high, g, d, first, rated, achieved, four in zip(*columns):
        fallback = cagr and not (first > 0 and current > 0 and g > 0)
        method = "cagr" if cagr and not fallback else "linear"
        base_text, text = figures.text[base_row], figures.text[row]
        figure = text if plain else _short(current)
        if figure is None:
            continue
        shown = None if plain else text
        # an achieved point's rates are not computed (NaN) nor read
        key = (b, c, base_text, figure, low, high, g, d, method, fallback, rated, achieved,
               () if achieved else tuple(four), shown)
        found = said.get(key)
        if found is None:
            observed, required, pace, ratio = four
            words = level_words(start + b, start + c, end, base_text, figure, low, high, g, d, method, fallback,
                                ratings[rated], achieved, observed, required, pace, ratio, cutoffs, shown)
            if len(said) >= _SAID:
                said.clear()
            said[key] = found = (words, None if words is None else (
                code, rated, achieved, fallback, b, c, words["margin"] == "0",  # at an end
                words["head.text"] == words["head.value"], shown, *sorted(words)))
        if found[1] is not None:
            out[r] = (found[1], found[0])
    return out


def level_words(base_year: int, current_year: int, end_year: int, base: str, current: str, lo: float, hi: float,
                goal: float, direction: float, method: str, fallback: bool, rating: ProgressRating, achieved: bool,
                observed: float, required: float, pace: float, ratio: float,
                cutoffs: tuple[Decimal, Decimal, Decimal], text: str | None = None) -> dict[str, str] | None:
    """The figures of a level cell's sentence (``code.param`` -> text, as the engine writes them with
    :func:`~compliance.judge.progress_rating.show` and ``show_ratio``), from the arrays' floats; None where
    float64 could round one otherwise than the engine's decimals (then check explains the cell)."""
    words = _head(current, lo, hi, current_year, text)
    if words is None or not _STRICT.fullmatch(base):
        return None
    numbers = {"base_year": str(base_year), "base": _shown(base), "current_year": str(current_year),
               "current": _shown(current), "end_year": str(end_year), "target": _shown(repr(goal))}
    if achieved:
        words.update({f"progress_levels.{k}": v for k, v in numbers.items()})
        words.update({"progress_achieved_early.current": numbers["current"],
                      "progress_achieved_early.target": numbers["target"]})
        return words
    shown = observed * (direction if method == "linear" else 1.0) * 100
    ratio_text = shown_ratio(ratio, cutoffs)
    if not (clear(shown, 2) and clear(required * 100, 2) and clear(pace, 2)) or ratio_text is None:
        return None
    numbers.update(observed=show(Decimal(repr(shown)), 2), required=show(Decimal(repr(required * 100)), 2),
                   pace=show(Decimal(repr(pace)), 2), ratio=ratio_text)
    words.update({f"progress_{method}.{k}": v for k, v in numbers.items()})
    code = rating_code(rating, ratio, cutoffs)
    if code is None:
        return None
    words[f"{code}.ratio"] = numbers["ratio"]
    return words


def rating_code(rating: ProgressRating, ratio: float, cutoffs: tuple[Decimal, Decimal, Decimal]) -> str | None:
    """The note that explains a rating by its ratio (:func:`~compliance.judge.progress_rating.rate`)."""
    if rating is ProgressRating.NEEDS_ACCELERATION:
        return "progress_moderate" if ratio >= float(cutoffs[1]) else "progress_limited"
    return _RATING_NOTE.get(rating)


def cut_period(v: Verdict, indicator: Indicator, lang: str, words: dict[str, str]) -> PeriodTemplate | None:
    """A plan-period verdict's sentence with a hole for each of ``words`` (its own figures), or None.

    Every parameter of every note must be one of ``words`` (its leading figure, the rest kept: a unit) or
    the same for every cell of the rule (:data:`_CONSTANT`); the reported text and value are holes too.
    Filled with ``words`` the template must give back ``v``'s own sentence."""
    valueless = v.value is None and v.value_interval is None and v.admissible is None  # no threshold to read it by
    ranged = v.derived == "average" and v.value_interval is not None and not v.value_interval.is_point \
        and v.value == v.value_interval.hi  # an average of years given as ranges: judged at its high end
    if (not valueless and not ranged and (v.value is None or v.value_interval is None
                                          or not v.value_interval.is_point)) \
            or (v.derived is not None and v.derived not in _DERIVED) or v.parts or v.status.value != "pending":
        return None
    holes: dict[str, str] = {}
    notes = []
    for note in v.notes:
        params = {}
        for key, value in note.params.items():
            name = f"{note.code}.{key}"
            lead = _LEAD.match(value)
            if name in words and value == words[name]:  # the whole parameter (the years' figures)
                sentinel = f"739{len(holes):02d}.0468203"
                holes[sentinel] = name
                params[key] = sentinel
            elif name in words and lead is not None and lead.group(0) == words[name]:
                sentinel = f"739{len(holes):02d}.0468203"
                holes[sentinel] = name
                params[key] = sentinel + value[lead.end():]
            elif note.code in _CONSTANT and (_CONSTANT[note.code] is None or key in (_CONSTANT[note.code] or ())):
                params[key] = value
            else:
                return None
        notes.append(Note(code=note.code, params=params))
    if ranged and v.value_interval is not None:  # the range as the derived clause rounds its ends
        holes.update({format_decimal(_RANGE[0]): "derived.low", format_decimal(_RANGE[1]): "derived.high"})
        sentinel_verdict = v.model_copy(update={
            "value": _RANGE[1], "notes": tuple(notes),
            "value_interval": v.value_interval.model_copy(update={"lo": _RANGE[0], "hi": _RANGE[1]})})
    elif v.derived is not None and not valueless:  # computed, not reported: the figure as the derived clause rounds it
        derived = _DERIVED[v.derived]
        holes[format_decimal(derived)] = "derived.value"
        sentinel_verdict = v.model_copy(update={
            "value": derived, "value_interval": Interval.point(derived), "notes": tuple(notes)})
    elif valueless or v.value is None:  # no threshold to read it by (a computed value too): its text
        holes[_TEXT] = "head.text"
        sentinel_verdict = v.model_copy(update={
            "notes": tuple(notes), "reported": v.reported.model_copy(update={"text": _TEXT})})
    else:
        unit = v.unit or ""
        holes[format_decimal(_VALUE)] = "head.value"
        canonical = v.reported.text == format_decimal(v.value) + unit
        if not canonical:
            holes[_TEXT] = "head.text"
        shown = format_decimal(_VALUE) + unit if canonical else _TEXT
        sentinel_verdict = v.model_copy(update={
            "value": _VALUE, "value_interval": Interval.point(_VALUE), "notes": tuple(notes),
            "reported": v.reported.model_copy(update={"text": shown})})
    floor = words.get("admissible.lo")
    if floor is not None:  # the floor, and the threshold it is, are holes too
        if v.admissible is None or v.threshold is None or floor != format_decimal(v.admissible.lo):
            return None
        holes[format_decimal(_FLOOR)] = "admissible.lo"
        sentinel_verdict = sentinel_verdict.model_copy(update={
            "threshold": _FLOOR, "admissible": v.admissible.model_copy(update={"lo": _FLOOR})})
    written = sentence(sentinel_verdict, indicator, lang)
    parts = re.split("(" + "|".join(re.escape(t) for t in sorted(holes, key=len, reverse=True)) + ")", written)
    names = tuple(holes[t] for t in parts[1::2])
    template = PeriodTemplate(tuple(parts[0::2]), names)
    if template.fill(words) != sentence(v, indicator, lang):
        return None
    if floor is not None and any(format_decimal(own) in literal for literal in template.literals
                                 for own in (v.threshold, v.stated) if own is not None):
        return None  # a figure of this cell's own left in the sentence: not every cell's
    return template


@dataclass(frozen=True, slots=True)
class PeriodTemplate:
    """A plan-period sentence with holes named by ``code.param`` (see :func:`level_words`)."""

    literals: tuple[str, ...]
    names: tuple[str, ...]

    def fill(self, words: dict[str, str]) -> str | None:
        try:
            values = [words[name] for name in self.names]
        except KeyError:
            return None
        out: list[str] = [""] * (2 * len(values) + 1)
        out[0::2], out[1::2] = self.literals, values
        return "".join(out)


class PeriodRows:
    """The evidence of the plan-period rows rated on arrays (see :meth:`columns`), templates and memo kept
    for the run; ``judgement`` is :meth:`Evidence.judgement`."""

    def __init__(self, lang: str | None, judgement: Any) -> None:
        self.lang, self.judgement = lang, judgement
        self.templates: dict[tuple[Any, ...], PeriodTemplate | None] = {}
        self.memo: dict[tuple[Any, ...], tuple[str | None, ...]] = {}

    def columns(self, batch: JudgedBatch) -> tuple[np.ndarray, list[Any]]:
        """The plan-period cells rated on arrays whose shape has a template (rows, ascending), and their
        margin, stated, gap_to_target and explanation: the template of their shape (rule, rating, method,
        years, how the text is written) filled with the figures the arrays computed. A shape's template is
        cut from one cell's judgement by check and kept only if it gives back that cell's own sentence and
        margin (:func:`cut_period`); other cells are explained one by one."""
        cells = batch.cells
        rows: list[int] = []
        texts: list[tuple[str | None, ...]] = []
        raw = list(list.__iter__(cells.judgements)) if cells.judgements is not None else []
        lang, templates = self.lang, self.templates
        #: by figures (id: a dict level_cells shares among the points alike, alive all the loop): its texts, None
        #: where its shape has no template
        filled: dict[int, tuple[str | None, ...] | None] = {}
        for i in np.flatnonzero(cells.table < 0).tolist() if raw else ():
            words = getattr(raw[i], "words", None)
            if words is None:
                continue
            key, figures = words
            if figures is None:  # a distinct cell: explained once by check, the cells alike as it
                if key not in self.memo:
                    if len(self.memo) >= _MEMO:
                        self.memo.clear()
                    j = self.judgement(batch, i)
                    self.memo[key] = facts(j.verdict, j.indicator, lang)
                rows.append(i)
                texts.append(self.memo[key])
                continue
            got = filled.get(id(figures), _UNSEEN)
            if got is _UNSEEN:
                if key not in templates:
                    templates[key] = self._template(batch, i, figures)
                template = templates[key]
                sentence = template.fill(figures) if template is not None and lang is not None else None
                got = None if template is None or (lang is not None and sentence is None) else (
                    figures.get("margin"), figures.get("stated"), figures.get("gap_to_target"), sentence)
                filled[id(figures)] = got
            if got is not None:
                rows.append(i)
                texts.append(got)  # type: ignore[arg-type]
        return np.array(rows, dtype=np.int64), [strings_of([t[k] for t in texts]) for k in range(4)]  # no pandas

    def _template(self, batch: JudgedBatch, i: int, figures: dict[str, str]) -> PeriodTemplate | None:
        j = self.judgement(batch, i)
        if facts(j.verdict, j.indicator, None)[:3] != (figures.get("margin"), figures.get("stated"),
                                                        figures.get("gap_to_target")):
            return None
        if self.lang is None:
            return PeriodTemplate(("",), ())
        return cut_period(j.verdict, j.indicator, self.lang, figures)
