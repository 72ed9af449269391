"""Verdict -> sentence, from the templates of ``language/data/messages.yaml``.

Presentation only: everything said here is read off the verdict's fields, so an explanation can
never disagree with the verdict it explains.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from .. import models as m
from ..language.lexicon import messages
from ..models import Interval, Status, format_decimal


def templates(lang: str) -> dict[str, Any]:
    found = getattr(messages(), lang, None)
    if not found:
        raise ValueError(f"no explanations in language {lang!r}; use 'zh' or 'en'")
    return found  # type: ignore[return-value]


def _number(value: Decimal, unit: str | None) -> str:
    return format_decimal(value) + (unit or "")


def render_interval(interval: Interval, unit: str | None, lang: str) -> str:
    """``[6, ∞)`` -> ``≥ 6`` (zh) / ``>= 6`` (en); a closed pair -> ``8 至 9``."""
    t = templates(lang)
    ops = t["ops"]
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


def _gap_key(v: m.Verdict) -> str | None:
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


def missing_text(v: m.Verdict, t: dict[str, Any]) -> str:
    return "、".join(t["missing"].get(item, item) for item in v.missing)


def explain(v: m.Verdict, lang: str = "zh") -> str:
    t = templates(lang)
    target_text = _one_line(v.target.text)
    if v.admissible is not None:
        first = t["reading"].format(target=target_text, reading=render_interval(v.admissible, v.unit, lang))
    elif isinstance(v.target, m.Unrecognized):
        first = t["reading_unrecognized"].format(target=target_text)
    else:
        first = t["reading_open"].format(target=target_text)

    reported_text = _one_line(v.reported.text)
    if v.value_interval is not None:
        shown = render_interval(v.value_interval, v.unit, lang)
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
        gap = t["gap"][gap_key].format(
            gap=_number(size, v.unit), threshold=_number(v.threshold, v.unit) if v.threshold is not None else "?"
        )
    status = t["status"][v.status.value]
    reason = t["reason"][v.reason.value].format(
        status=status,
        missing=missing_text(v, t),
        tolerance=_number(v.tolerance, v.unit) if v.tolerance is not None else "",
        threshold=_number(v.threshold, v.unit) if v.threshold is not None else "?",
    )
    sentence = first + t["separator"] + second + gap + reason
    for note in v.notes:
        params = dict(note.params)
        if note.code == "reference":
            params["source"] = t["sources"].get(params.get("source", ""), params.get("source", ""))
        sentence += t["separator"] + t["notes"][note.code].format(**params)
    return sentence + t["end"]
