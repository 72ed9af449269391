"""Constraint -> canonical target text, written in the lexicon's own words.

``parse_target(render(c))`` reads back a constraint with the same reading as ``c`` (a property
test checks this), so a rules file can be normalised and a reading shown as text. One small
function per kind, chosen from a table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import models as m
from ..models import format_decimal

_OPS = {"ge": "≥", "gt": ">", "le": "≤", "lt": "<"}
_RELATIONS = {"reach": "达到", "ge": "不低于", "gt": "高于", "le": "不超过", "lt": "低于", "complete": "完成"}


def _q(quantity: m.Quantity) -> str:
    return format_decimal(quantity.value) + (quantity.unit or "")


def _label(c: Any) -> str:
    return c.label or ""


def _level(c: m.Level) -> str:
    horizon = f"{c.horizon}年" if c.horizon else ""
    verb = "达到" if c.verb == "reach" or c.horizon else ""
    return f"{_label(c)}{horizon}{verb}{_q(c.value)}"


def _cumulative(c: m.Cumulative) -> str:
    verb = "下降" if c.change == "down" else "增长"
    if c.base_year:
        return f"比{c.base_year}年{verb}{render(c.inner)}"
    if c.years:
        return f"{c.years}年{verb}{render(c.inner)}"
    if c.change:
        return f"{verb}{render(c.inner)}"
    return f"累计{render(c.inner)}"


def _task(c: m.Task) -> str:
    return f"{c.action}{_q(c.amount)}" if c.amount else f"完成{c.action}任务"


def _reference(c: m.Reference) -> str:
    inline = f"（{render(c.inline)}）" if c.inline is not None else ""
    return f"{_RELATIONS[c.relation]}{c.phrase}{inline}"


_RENDER: dict[str, Callable[[Any], str]] = {
    "bound": lambda c: f"{_label(c)}{_OPS[c.op]}{_q(c.value)}",
    "level": _level,
    "range": lambda c: f"{_q(c.low)}-{_q(c.high)}",
    "approx": lambda c: f"{_label(c)}{_q(c.value)}左右",
    "reference": _reference,
    "direction": lambda c: c.phrase,
    "sync": lambda c: f"与{c.phrase}{'基本' if c.loose else ''}同步",
    "revised": lambda c: f"{render(c.original)}（调整为{render(c.revised)}）",
    "provisional": lambda c: f"{c.note}（{render(c.inner)}）",
    "cumulative": _cumulative,
    "task": _task,
    "unrecognized": lambda c: c.text,
}


def render(constraint: m.Constraint) -> str:
    """The canonical text of a constraint.

    >>> from compliance import parse_target
    >>> render(parse_target("控制在３％以內")), render(parse_target("達到市級\\n要求（3.2）"))
    ('≤3%', '达到市级要求（3.2）')
    """
    return _RENDER[constraint.kind](constraint)


def same_reading(a: m.Constraint, b: m.Constraint) -> bool:
    """Equal up to source text and spans: the same meaning."""
    return _reading(a.model_dump()) == _reading(b.model_dump())


def _reading(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _reading(v) for k, v in data.items() if k not in ("text", "spans", "remarks")}
    if isinstance(data, (list, tuple)):
        return [_reading(v) for v in data]
    return data
