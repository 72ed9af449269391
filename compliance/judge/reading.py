"""How one target (and a reported value) is read and judged, shown for ``compliance explain``.

For someone writing rules: the kind a target is read as, its fields, the spans of text each part
came from, the words read but not changing the meaning, the set of values that would meet it, and,
given a reported value, the verdict with its numbers and explanation. Presentation only: the
reading and the verdict are the engine's (``parse_target``, ``parse_reported``, ``evaluate``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import models as m
from ..files.text import visible
from .verdict import Verdict

_SKIP = ("text", "spans", "remarks", "kind")


def describe(
    target: m.Constraint, reported: m.Reported | None, verdict: Verdict, *, lang: str = "en"
) -> str:
    """Lines of text: the target's reading, the reported value's, and the verdict.

    >>> from compliance import evaluate, parse_target, parse_reported
    >>> print(describe(parse_target("6以上"), parse_reported("4"), evaluate("6以上", "4")), end="")
    target    '6以上'
      kind      bound
      op        ge
      value     6
      canonical ≥6
      span      [0:1] number '6'
      span      [1:3] comparator '以上'
      meets     >= 6
    reported  '4'
      kind      value
      value     4
      span      [0:1] number '4'
    verdict   missed (measured)
      threshold 6
      value     4
      margin    -2 (positive: better than required)
      Target '6以上' means >= 6; reported 4 is 2 short: missed.
    """
    from .explain import gap_text, render_interval, templates, unit_label, with_unit
    from ..language.render import render

    lines = [f"target    {_quote(target.text)}"]
    lines += _model_lines(target)
    lines.append(f"  canonical {render(target)}")
    lines += _span_lines(target)
    if verdict.admissible is not None:
        lines.append(f"  meets     {render_interval(verdict.admissible, verdict.unit, lang)}")
    if reported is not None:
        lines.append(f"reported  {_quote(reported.text)}")
        lines += _model_lines(reported)
        lines += _span_lines(reported)
        if verdict.value_interval is not None and not verdict.value_interval.is_point:
            lines.append(f"  read as   {render_interval(verdict.value_interval, verdict.unit, lang)}")
        lines.append(f"verdict   {verdict.status.value} ({verdict.reason.value})")
        t = templates(lang)
        for name in ("threshold", "value", "tolerance", "previous"):
            number = getattr(verdict, name)
            if number is not None:  # a tolerance is a difference: of percentages, in percentage points
                shown = gap_text(number, verdict.unit, t).strip() if name == "tolerance" else (
                    with_unit(m.format_decimal(number), unit_label(verdict.unit, lang)))
                lines.append(f"  {name:<9} {shown}")
        if verdict.margin is not None:
            lines.append(f"  margin    {_signed(verdict.margin, verdict.unit, t)} (positive: better than required)")
        if verdict.stated_margin is not None and verdict.stated is not None:
            low, high = (_signed(end, verdict.unit, t, with_unit=False) for end in verdict.stated_margin)
            # the unit a gap is written in, once after the range: what a gap of 0 adds after its 0
            suffix = gap_text(Decimal(0), verdict.unit, t).strip()[1:]
            shown = _signed(verdict.stated_margin[0], verdict.unit, t) if low == high else (
                t["between"].format(lo=low, hi=high) + suffix)
            stated = with_unit(m.format_decimal(verdict.stated), unit_label(verdict.unit, lang))
            lines.append(f"  to target {shown} (from the stated {stated})")
        if verdict.reference is not None:
            ref = verdict.reference
            lines.append(f"  reference {ref.name} = {ref.value} (from {ref.source})")
        if verdict.missing:
            lines.append(f"  missing   {', '.join(verdict.missing)}")
        lines.append(f"  {verdict.explain(lang)}")  # type: ignore[arg-type]
    return visible("\n".join(lines) + "\n")  # a target's ESC, BEL ... never reach the terminal


def as_dict(target: m.Constraint, reported: m.Reported | None, verdict: Verdict) -> dict[str, Any]:
    """The same facts as JSON-ready data: the readings as the models dump them, and the verdict."""
    from .explain import render_interval
    from ..language.render import render

    data: dict[str, Any] = {
        "target": target.model_dump(mode="json"),
        "canonical": render(target),
        "meets": (
            {lang: render_interval(verdict.admissible, verdict.unit, lang) for lang in ("zh", "en")}
            if verdict.admissible is not None else None
        ),
    }
    if reported is not None:
        data["reported"] = reported.model_dump(mode="json")
        data["verdict"] = verdict.to_dict()
    return data


def _signed(number: Decimal, unit: str | None, t: dict[str, Any], *, with_unit: bool = True) -> str:
    """``-2`` with the unit a gap is written in (``-2 percentage points``); ``+3`` for a positive one."""
    from .explain import gap_text

    sign = "+" if number > 0 else "-" if number < 0 else ""
    return sign + (gap_text(abs(number), unit, t).strip() if with_unit else m.format_decimal(abs(number)))


def _quote(text: str) -> str:
    return "'" + text.replace("\n", "\\n") + "'"


def _model_lines(model: Any, indent: str = "  ") -> list[str]:
    lines = [f"{indent}{'kind':<9} {model.kind}"]
    for name in type(model).model_fields:
        if name in _SKIP:
            continue
        value = getattr(model, name)
        if value is None or value == ():
            continue
        lines.append(f"{indent}{name:<9} {_value(value)}")
    for remark in getattr(model, "remarks", ()):
        lines.append(f"{indent}remark    [{remark.start}:{remark.end}] {_quote(remark.text)}")
    return lines


def _value(value: Any) -> str:
    from enum import Enum

    from pydantic import BaseModel

    from ..language.render import render

    if isinstance(value, (m.Quantity, m.Tolerance)):
        return str(value)
    if isinstance(value, Decimal):
        return m.format_decimal(value)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, m.LevelValue):
        return f"{value.name} = {value.value} ({_quote(value.label)})"
    if isinstance(value, tuple):
        return ", ".join(_value(item) for item in value)
    if isinstance(value, BaseModel) and hasattr(value, "kind"):  # a nested reading
        try:
            return f"{value.kind}: {render(value)}"  # type: ignore[arg-type]
        except (KeyError, AttributeError):  # a reported value: no canonical renderer (a sentence's bound: 控制在5.5%以内
            # among its candidates was an AttributeError traceback of compliance explain, render asking its subject)
            return f"{value.kind}: {_quote(value.text)}"  # type: ignore[attr-defined]
    return str(value)


def _span_lines(model: Any) -> list[str]:
    return [f"  span      [{s.start}:{s.end}] {s.role} {_quote(s.text)}" for s in model.spans]
