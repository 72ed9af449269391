"""Verdict -> sentence, from the templates of ``language/data/messages.yaml``.

Presentation only: everything said here is read off the verdict's fields, so an explanation can
never disagree with the verdict it explains. :func:`explain` explains a verdict on a target read
from text and a custom rule's verdict alike; :func:`explain_progress` a progress record.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from .. import models as m
from ..language.lexicon import messages
from ..models import Interval, Reason, Status, format_decimal
from .progress_rating import trim
from .words import no_target

if TYPE_CHECKING:  # the records call these functions; at run time nothing here needs their classes
    from .verdict import Progress, Verdict


def templates(lang: str) -> dict[str, Any]:
    """The explanation templates of a language (``zh`` or ``en``)."""
    found: dict[str, Any] | None = getattr(messages(), lang, None)
    if not found:
        raise ValueError(f"no explanations in language {lang!r}; use 'zh' or 'en'")
    return found


def unit_label(unit: str | None, lang: str, own: str | None = None) -> str:
    """A unit as a sentence in ``lang`` writes it: Chinese as written; English the rules file's ``unit_en``
    (``own``) where given, else the label of ``messages.yaml``'s ``unit_labels`` (a multiplier and a unit
    by both labels), else the unit as written.

    >>> unit_label("万人", "en"), unit_label("亿立方米", "en"), unit_label("件", "en", "applications")
    ('10,000 persons', '100 million m³', 'applications')
    >>> unit_label("万人", "zh"), unit_label("%", "en"), unit_label("万元/人", "en")
    ('万人', '%', '10,000 yuan per person')
    """
    if not unit or lang == "zh":
        return unit or ""
    return _label(unit, templates(lang), own)


def _label(unit: str | None, t: dict[str, Any], own: str | None = None) -> str:
    """:func:`unit_label` with the language's templates ``t`` (a language without ``unit_labels``: as written)."""
    if not unit:
        return ""
    if own:
        return own
    labels: dict[str, dict[str, str]] = t.get("unit_labels", {})
    whole, multipliers = labels.get("units", {}), labels.get("multipliers", {})
    if unit in whole or unit in multipliers:
        return whole.get(unit) or multipliers[unit]
    for word in sorted(multipliers, key=len, reverse=True):
        if unit.startswith(word) and unit[len(word):] in whole:
            return f"{multipliers[word]} {whole[unit[len(word):]]}"
    return unit


def with_unit(number: str, label: str | None) -> str:
    """A number and a unit's label: a label starting with a figure after "×" (``312.6 × 10,000 persons``),
    one in (Latin) words after a space (``4500 items``, ``3.2 km²``), a sign or a Chinese unit right after it.

    >>> with_unit("312.6", "10,000 persons"), with_unit("4500", "items"), with_unit("6", "%"), with_unit("6", "万人")
    ('312.6 × 10,000 persons', '4500 items', '6%', '6万人')

    A figure of exactly one takes the label's singular (``messages.yaml``'s ``unit_labels.singular``):

    >>> with_unit("1", "persons"), with_unit("+1", "percentage points"), with_unit("1.5", "persons")
    ('1 person', '+1 percentage point', '1.5 persons')
    >>> with_unit("1", "10,000 persons")
    '1 × 10,000 persons'
    """
    if not label:
        return number
    first = label[0]
    if first.isdigit():
        return f"{number} × {label}"
    # a letter, not a CJK ideograph (compared: a regex of these ranges took ~1.4 ms to compile at import)
    if first.isalpha() and not ("\u3400" <= first <= "\u9fff" or "\uf900" <= first <= "\ufaff"):
        return f"{number} {singular(label) if number.lstrip('+-') == '1' else label}"
    return number + label


def counted(sentence: str, lang: str) -> str:
    """A note's English sentence with a count of one before a plural of the singular table in the singular
    (``in {elapsed} years`` with 1 elapsed: ``in 1 year``); other languages as they are.

    >>> counted("growth of 3% in 1 years; over 5 years, 11 years, 0.1 years", "en")
    'growth of 3% in 1 year; over 5 years, 11 years, 0.1 years'
    """
    if lang != "en" or "1 " not in sentence:
        return sentence
    return _plural_after_one().sub(lambda found: found.group(1) + " " + singular(found.group(2)), sentence)


@cache
def _plural_after_one() -> re.Pattern[str]:
    words = sorted(templates("en").get("unit_labels", {}).get("singular", {}), key=len, reverse=True)
    return re.compile(rf"(?<![\d.,])([+-]?1) ({'|'.join(map(re.escape, words)) or '(?!)'})\b")


def singular(label: str) -> str:
    """An English unit label after a figure of one: its singular where the table has one (``persons`` ->
    ``person``), else as it is (a rules file's own ``unit_en``, a label that has none)."""
    labels: dict[str, Any] = templates("en").get("unit_labels", {})
    return str(labels.get("singular", {}).get(label, label))


def _number(value: Decimal, label: str | None) -> str:
    return with_unit(format_decimal(value), label)


#: a figure and its unit, as the engine writes one into a note's parameters (``2.9亿立方米``)
_FIGURE_WITH_UNIT = re.compile(r"(-?[0-9]+(?:\.[0-9]+)?)(\D+)")
#: note parameters holding the source's own words or figures (a reported cell, a name): never relabelled
_SOURCE_PARAMS = frozenset({"phrase", "words", "label", "text", "original", "revised", "note", "verb", "clause",
                           "action", "name", "subject", "expr", "substituted", "target_text", "missing"})
#: notes whose figures are the source's own text (the latest reported cell, quoted as written)
_SOURCE_NOTES = frozenset({"latest"})


def _short_params(params: dict[str, Any], places: int | None) -> dict[str, Any]:
    """A note's figures as the sentence shows its own: a long one (5.864205669…%) rounded to ``places`` decimals."""
    out = dict(params)
    if places is None:
        return out
    for key, value in params.items():
        found = _FIGURE_WITH_UNIT.fullmatch(value + " ") if isinstance(value, str) and key not in _SOURCE_PARAMS else None
        if found is not None and _long(Decimal(found.group(1))):
            out[key] = format_decimal(_short(Decimal(found.group(1)), places)) + value[found.end(1):]
    return out


def relabel(code: str, params: dict[str, Any], lang: str, unit: str | None = None,
            own: str | None = None) -> dict[str, Any]:
    """A note's parameters with each figure's Chinese unit in ``lang``'s label (``2.9亿立方米`` ->
    ``2.9 × 100 million m³``); ``own`` labels ``unit``, the indicator's (its rules file's ``unit_en``)."""
    if lang == "zh" or code in _SOURCE_NOTES:
        return params
    out = dict(params)
    for key, value in params.items():
        if key == "unit" and isinstance(value, str):  # a unit alone (unit_from_reported): its label
            out[key] = unit_label(value, lang, own if value == unit else None)
            continue
        found = _FIGURE_WITH_UNIT.fullmatch(value) if isinstance(value, str) and key not in _SOURCE_PARAMS else None
        if found is not None:
            label = unit_label(found.group(2), lang, own if found.group(2) == unit else None)
            if label != found.group(2):
                out[key] = with_unit(found.group(1), label)
    return out


def render_interval(interval: Interval, unit: str | None, lang: str, unit_en: str | None = None) -> str:
    """``[6, ∞)`` -> ``≥ 6`` (zh) / ``>= 6`` (en); a closed pair -> ``8 至 9``; ``unit_en`` labels the unit in English."""
    t = templates(lang)
    ops = t["ops"]
    unit = unit_label(unit, lang, unit_en)
    lo, hi = interval.lo, interval.hi
    if interval.is_point:
        return _number(lo, unit)
    if lo.is_finite() and not hi.is_finite():
        return f"{ops['ge' if interval.lo_closed else 'gt']} {_number(lo, unit)}"
    if hi.is_finite() and not lo.is_finite():
        return f"{ops['le' if interval.hi_closed else 'lt']} {_number(hi, unit)}"
    if lo.is_finite() and hi.is_finite():
        if interval.lo_closed and interval.hi_closed:
            return t["between"].format(lo=_number(lo, unit), hi=_number(hi, unit))
        left = ops["le" if interval.lo_closed else "lt"]
        right = ops["le" if interval.hi_closed else "lt"]
        return f"{_number(lo, unit)} {left} x {right} {_number(hi, unit)}"
    return "x"


#: decimals a derived figure is shown with: as the progress sentence beside it shows the same figure
DERIVED_PLACES = {"sum": 4, "compound": 1, "average": 2}


def derived_places(v: Verdict) -> int:
    """Decimals to show a derived figure and its gap with: its method's, more where fewer would show the
    figure at the threshold or a gap of 0 that are not (14.46 against 14.5 is not 14.5, 0 short)."""
    assert v.derived is not None
    places = DERIVED_PLACES[v.derived]
    value, threshold = v.value, v.threshold
    if value is None or threshold is None or value == threshold:
        return places
    while places < 8 and _rounded(Interval.point(value), places).lo == _rounded(Interval.point(threshold), places).lo:
        places += 1
    return places


def _rounded(interval: Interval, places: int) -> Interval:
    """An interval's finite ends rounded to ``places`` decimals (trailing zeros dropped)."""
    return interval.model_copy(update={"lo": trim(interval.lo, places), "hi": trim(interval.hi, places)})


def render_rounded(interval: Interval, places: int, unit: str | None, lang: str, unit_en: str | None = None) -> str:
    """:func:`render_interval` of ``interval`` with its ends rounded to ``places`` decimals."""
    return render_interval(_rounded(interval, places), unit, lang, unit_en)


#: a figure with more decimals than this is a repeating one (三分之一 = 33.333…%, 13999个 in 万个 after a division,
#: a tolerance of such a threshold): a sentence shows it rounded (:func:`shown_places`), the model keeps it exact.
#: Figures as people write them (0.00583917, 1.4) have fewer and are shown as they are.
LONG_PLACES = 12


def _long(value: Decimal | None) -> bool:
    if value is None:
        return False
    _, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int) or exponent >= -LONG_PLACES:  # most figures: at once
        return False
    for digit in reversed(digits):  # 1.50000000000000 is not long (counted, not normalize(): no rounding to 28 digits)
        if digit:
            break
        exponent += 1
    return exponent < -LONG_PLACES


def shown_places(v: Verdict) -> int | None:
    """Decimals a long figure of ``v``'s sentence is shown with (None: it has none): two, more where fewer would
    show two figures that differ as equal (a value of 33.33 against ≥ 33.333…% is not at the threshold) or a
    gap that is not 0 as 0. Figures of at most :data:`LONG_PLACES` decimals are always shown whole.

    >>> from compliance import evaluate
    >>> shown_places(evaluate("比重达到三分之一", "34")), shown_places(evaluate("比重达到三分之一", "33.33"))
    (2, 3)
    >>> shown_places(evaluate("6以上", "4")) is None
    True
    """
    wanted, read = v.admissible, v.value_interval
    # the value is an end of the interval shown; the gap and the stated target are sums of figures checked here
    if not (_long(v.threshold) or _long(v.tolerance) or (wanted is not None and (_long(wanted.lo) or _long(wanted.hi)))
            or (read is not None and (_long(read.lo) or _long(read.hi)))):
        return None
    figures = [v.threshold, v.value, v.stated]
    for interval in (wanted, read):
        if interval is not None:
            figures += [interval.lo, interval.hi]
    found = {f for f in figures if f is not None and f.is_finite()}
    distinct = sorted(found)
    gap = abs(v.gap) if v.gap is not None else Decimal(0)
    places = 2
    while places < 40:
        shown = [_short(f, places) for f in distinct]
        if len(set(shown)) == len(shown) and (gap == 0 or _short(gap, places) != 0) and all(
                s != 0 for s, f in zip(shown, distinct) if f != 0):  # 1E-19 at its threshold is never shown as 0
            return places
        places += 1
    return places


def _short(value: Decimal, places: int | None) -> Decimal:
    """``value`` as a sentence shows it: rounded to ``places`` decimals if it is long, else as it is."""
    if places is None or not _long(value):
        return value
    return trim(value, places)  # the whole figure's digits: 123456789012345678901234567.8901… has more than 28


def _short_interval(interval: Interval, places: int | None) -> Interval:
    if places is None or not (_long(interval.lo) or _long(interval.hi)):
        return interval
    return interval.model_copy(update={"lo": _short(interval.lo, places), "hi": _short(interval.hi, places)})


def render_shown(interval: Interval, v: Verdict, unit: str | None, lang: str, unit_en: str | None = None) -> str:
    """:func:`render_interval` of one of ``v``'s intervals, its long ends rounded as ``v``'s sentence shows them."""
    return render_interval(_short_interval(interval, shown_places(v)), unit, lang, unit_en)


def gap_text(size: Decimal | tuple[Decimal, Decimal], unit: str | None, t: dict[str, Any],
             label: str | None = None) -> str:
    """A gap in its own unit: the difference of two percentages is in percentage points.

    >>> gap_text(Decimal(2), "%", templates("zh")), gap_text(Decimal(2), "%", templates("en"))
    ('2 个百分点', '2 percentage points')
    >>> gap_text((Decimal(6), Decimal(7)), "%", templates("en"))
    '6 to 7 percentage points'
    """
    units: dict[str, str] = t.get("gap_units", {})
    label = _label(unit, t) if label is None else label
    if isinstance(size, tuple):
        low, high = sorted(size)
        if low != high:
            shown = t["between"].format(lo=format_decimal(low), hi=format_decimal(high))
            return shown + units[unit] if unit in units else with_unit(shown, label)
        size = low
    if abs(size) == 1:
        units = t.get("gap_units_one", units)
    return format_decimal(size) + units[unit] if unit in units else _number(size, label)


def _stated_text(v: Verdict, t: dict[str, Any], label: str, places: int | None = None) -> str:
    """The distance from the target as stated, where a tolerance moved the edge judged (15左右 against 8-9)."""
    stated, shown = v.stated, v.value_interval
    if stated is None or shown is None or not (shown.lo.is_finite() and shown.hi.is_finite()):
        return ""
    low, high = shown.lo - stated, shown.hi - stated
    target = _number(_short(stated, places), label)
    if low == high == 0:
        return str(t["stated"]["at"].format(target=target))
    if low < 0 < high:
        return ""
    key = "below" if high <= 0 else "above"
    gaps = (_short(abs(low), places), _short(abs(high), places))
    return str(t["stated"][key].format(target=target, gap=gap_text(gaps, v.unit, t, label)))


def _gap_key(v: Verdict) -> str | None:
    wanted, gap = v.admissible, v.gap
    if wanted is None or v.status is Status.PENDING:
        return None
    floor, ceiling = wanted.lo.is_finite(), wanted.hi.is_finite()
    if floor and ceiling:
        return "inside" if v.status is Status.MET else ("outside" if gap is not None else None)
    if gap is None:
        return None
    if gap == 0:
        if v.status is Status.MISSED:
            return "not_above" if floor else "not_below"
        return "at"
    if floor:
        return "above" if gap > 0 else "short"
    return "over" if gap > 0 else "under"


def _one_line(text: str) -> str:
    """Table cells break lines inside words (达到市级\n要求): join them back for a sentence."""
    return re.sub(r"\s*\n\s*", "", text).strip()


def missing_text(v: Verdict, t: dict[str, Any]) -> str:
    """What a pending verdict lacks, each item in the language's words where it has some; units that cannot
    be compared (``% / 万人``) by their labels (``% / 10,000 persons`` in English). Years a note of an ended
    plan period names (缺少 2021 / 2023 年的数值: ``final_lacking``) are said there, not twice."""
    noted = {year for note in v.notes if note.code in _LACKING for year in note.params.get("years", "").split(" / ")}
    synced = _synced(v)
    items = tuple(synced.get(item, item) for item in v.missing if item not in noted)
    if v.reason is Reason.NOT_COMPARABLE:
        items = tuple(" / ".join(_label(unit, t) for unit in item.split(" / ")) for item in items)
    return t["list"].join(
        t["missing"][item] if item in t["missing"] else t["quote"].format(text=item) for item in items
    )


def _synced(v: Verdict) -> dict[str, str]:
    """The indicators a target is synced with (与经济增长基本同步), their ids (gdp_growth) to the words naming them
    (经济增长): an explanation names them by the words, never by the id."""
    if isinstance(v.target, m.Expression):
        return {}
    return {node.ref: node.phrase for node in m.nodes(v.target) if isinstance(node, m.Sync)}


#: a reference level written after its words (优良水体比例62.5, 降低到228, 五年下降14.5): the figure at its end
_LEVEL_AFTER_WORDS = re.compile(r"^\D*?(?<![0-9.])([<>≤≥]?\s*[0-9]+(?:\.[0-9]+)?\s*%?)$")


def _level(value: str) -> str:
    """A reference level as its figure alone: the words before it are the bracket's, not the level's.

    >>> _level("优良水体比例62.5"), _level("<0.9"), _level("3.12")
    ('62.5', '<0.9', '3.12')
    """
    found = _LEVEL_AFTER_WORDS.match(value.strip())
    return found.group(1) if found else value


#: notes of an ended plan period that name the years lacking a figure (the reason then does not list them)
_LACKING = frozenset({"final_lacking", "final_lacking_years", "final_lacking_other"})

#: notes on how the reported value is read (报告值视为…): shown only when there is one
_READING_NOTES = frozenset({"cumulative", "change", "change_years", "change_annual", "approximate_reported"})


def _uncombined(v: Verdict) -> bool:
    """A plan period's total, compounded change or average judged before its end without a figure, though
    yearly values were reported (a year lacking, or only floors and ceilings): not "nothing reported"."""
    progress = v.progress
    if any(note.code in _LACKING for note in v.notes):
        return True
    return progress is not None and progress.method in ("sum", "compound", "average") and any(
        value.text.strip() for value in progress.values
    )


def explain(v: Verdict, lang: str = "zh", unit_en: str | None = None) -> str:
    """The verdict as a sentence: the target's reading, the reported value, the gap and the reason.

    English sentences write units by their labels (:func:`unit_label`; ``unit_en``, the rules file's, for
    the verdict's unit).

    >>> from compliance import evaluate
    >>> explain(evaluate("6以上", "4"), "en")
    "Target '6以上' means >= 6; reported 4 is 2 short: missed."
    """
    if isinstance(v.target, m.Expression):  # a custom rule shows its values substituted
        return explain_rule(v, lang)
    if v.parts:
        return explain_several(v, lang, unit_en)
    t = templates(lang)
    label = unit_label(v.unit, lang, unit_en)
    target_text = _one_line(v.target.text)
    places = shown_places(v)
    if v.admissible is not None:
        reading = render_interval(_short_interval(v.admissible, places), v.unit, lang, unit_en)
        first = t["reading"].format(target=target_text, reading=reading)
    elif isinstance(v.target, m.Unrecognized):
        unread = "reading_foreign" if _foreign(v.target.text) else "reading_unrecognized"
        first = t["reading_none" if no_target(v.target) else unread].format(target=target_text)
    elif isinstance(v.target, m.Qualitative):
        first = t["reading_qualitative"].format(target=target_text, phrase=v.target.phrase)
    else:
        first = t["reading_open"].format(target=target_text)

    reported_text = _one_line(v.reported.text)
    if v.derived is not None and v.value_interval is not None:  # computed, not reported: say how
        shown = render_rounded(v.value_interval, derived_places(v), v.unit, lang, unit_en)
        second = t["derived"].format(value=shown, how=t["derived_how"][v.derived])
    elif isinstance(v.reported, m.Missing) and not reported_text:
        second = t["reported_uncombined" if _uncombined(v) else "reported_none"]
    elif v.value_interval is not None:
        shown = render_interval(_short_interval(v.value_interval, places), v.unit, lang, unit_en)
        key = "reported" if reported_text == shown else "reported_as"
        second = t[key].format(value=shown, text=reported_text)
    else:
        second = t["reported_text"].format(text=reported_text or "")

    gap_key = _gap_key(v)
    gap = ""
    if gap_key is not None:
        size = abs(v.gap) if v.gap is not None else Decimal(0)
        if gap_key == "outside" and v.admissible is not None and v.value is not None:
            size = min(abs(v.value - v.admissible.lo), abs(v.value - v.admissible.hi))
        if v.derived is not None:  # as rounded as the derived figure beside it (13.9 is 0.6 short of 14.5)
            size = _rounded(Interval.point(size), derived_places(v)).lo
        threshold = _number(_short(v.threshold, places), label) if v.threshold is not None else "?"
        wording = t["gap_tolerance"] if v.stated is not None and gap_key in t["gap_tolerance"] else t["gap"]
        gap = wording[gap_key].format(gap=gap_text(_short(size, places), v.unit, t, label), threshold=threshold)
        gap += _stated_text(v, t, label, places)
    status = t["status"][v.status.value]
    missing = missing_text(v, t)
    said = v.missing and not missing  # all it lacks is named by a note (final_lacking): the reason says no list
    reason = (t["reason_noted"] if said else t["reason"][v.reason.value]).format(
        status=status,
        missing=missing,
        tolerance=gap_text(_short(v.tolerance, places), v.unit, t, label) if v.tolerance is not None else "",
        threshold=_number(_short(v.threshold, places), label) if v.threshold is not None else "?",
    )
    sentence = first + t["separator"] + second + gap + reason
    for note in v.notes:
        if note.code in _READING_NOTES and (isinstance(v.reported, m.Missing) or v.derived is not None):
            continue  # how a reported value is read: nothing to say of none, the derived clause says it
        params = relabel(note.code, _short_params(note.params, places), lang, v.unit, unit_en)
        if note.code == "reference":
            params["value"] = _level(params.get("value", ""))
            params["name"] = _synced(v).get(params.get("name", ""), params.get("name", ""))
            source = params.get("source", "")
            if source == "reported" and any(n.code.startswith(("reference_from_margin", "reference_from_sentence"))
                                            for n in v.notes):
                source = "sentence"  # worked out from the sentence's stated difference, read in no bracket
            params["source"] = t["sources"].get(source, source).format(declared=params.pop("declared", ""))
        sentence += t["separator"] + counted(t["notes"][note.code].format(**params), lang)
    return sentence + t["end"]


def explain_several(v: Verdict, lang: str = "zh", unit_en: str | None = None) -> str:
    """A several-target's verdict: the worst status, then each part's own explanation, in order."""
    t = templates(lang)
    header = "several_alternatives" if getattr(v.target, "alternatives", False) else "several"  # ≥33 ≥22
    if any(shown.code.startswith("joint_") for shown in v.notes):  # 高于全国、全省平均水平: every condition holds
        header = "several_joint"
    if any(shown.code == "combined_name" for shown in v.notes):  # 新建城区、居住区…达标率: one value, one indicator
        header = "several_combined"
    if any(shown.code.startswith("level_or_change") for shown in v.notes):  # 162亿元,增长7%: one value
        header = "several_either"
    if any(shown.code == "one_part_named" for shown in v.notes):  # 城镇新增就业1267万人: one part of the list named
        header = "several_one_named"
    if any(shown.code == "shared_figure" for shown in v.notes):  # 江西、新疆为7%左右: one place's figure, which not said
        header = "several_shared"
    sentence = t[header].format(target=_one_line(v.target.text), count=len(v.parts), status=t["status"][v.status.value])
    for shown in v.notes:  # alternatives: whether the category matters
        sentence += t["separator"] + t["notes"][shown.code].format(**shown.params)
    for index, part in enumerate(v.parts, 1):
        subject: m.Span | None = getattr(part.target, "subject", None)  # a custom rule has none
        named = t["several_subject"].format(subject=subject.text) if subject is not None else ""
        named = "" if header == "several_combined" else named  # the note quotes the combined name already
        text = explain(part, lang, unit_en if part.unit == v.unit else None)
        if text.endswith(t["end"]):
            text = text[: -len(t["end"])]
        sentence += t["separator"] + t["several_part"].format(index=index, subject=named, sentence=text)
    return sentence + t["end"]


def explain_rule(v: Verdict, lang: str = "zh") -> str:
    """A custom rule's verdict as a sentence: the rule, the values substituted, the result."""
    t = templates(lang)
    e = t["expr"]
    sentence = e["reading"].format(expr=" ".join(v.target.text.split()))
    values = next((note for note in v.notes if note.code == "expr_values"), None)
    if values is not None:
        sentence += e["substituted"].format(substituted=values.params["substituted"])
        if "result" in values.params:
            sentence += e[values.params["result"]]
    status = t["status"][v.status.value]
    if v.reason is Reason.IMPRECISE_VALUE:  # no threshold to straddle: the rule needs a single figure
        sentence += e["imprecise"].format(text=" ".join(v.reported.text.split()), status=status)
    else:
        sentence += t["reason"][v.reason.value].format(status=status, missing=missing_text(v, t), tolerance="", threshold="?")
    for note in v.notes:
        if note.code == "expr_values":
            continue
        params = dict(note.params)
        if note.code == "expr_ref":
            params["source"] = e["sources"].get(params["source"], params["source"])
        sentence += t["separator"] + counted(t["notes"][note.code].format(**params), lang)
    return sentence + t["end"]


def explain_progress(p: Progress, lang: str = "zh", unit: str | None = None, unit_en: str | None = None) -> str:
    """A progress record's notes (the method's numbers, then the rating) as sentences; in English each
    figure's unit by its label (``unit_en`` for ``unit``, the indicator's)."""
    t = templates(lang)
    return t["separator"].join(
        counted(t["notes"][note.code].format(**relabel(note.code, dict(note.params), lang, unit, unit_en)), lang)
        for note in p.notes
    ) + t["end"]


#: two words of Latin letters (Surveyed urban unemployment…, GDP to grow by 7 percent): a target in another language
_LATIN_WORDS = re.compile(r"[A-Za-z]{2,}\b.*?\b[A-Za-z]{2,}", re.S)


def _foreign(text: str) -> bool:
    """A target of Latin words and no Chinese character: the engine reads Chinese plan targets only, so its verdict
    says why it stays unread (the fourth set's English targets, tf098-tf105), never guessing a reading."""
    return _LATIN_WORDS.search(text) is not None and not any("\u4e00" <= char <= "\u9fff" for char in text)
