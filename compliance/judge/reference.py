"""A reference's requirement: ``达到市级要求（3.2）``, ``低于全市平均水平``, ``高于全省平均水平3个百分点以上``.

The reference's level is looked up in this order: the caller's or rules file's ``references`` (by the
phrase, then the canonical name), a level the reported cell carries (``2.63（市级3.12）``), then the
target's own bracket. None known: pending ``reference_unknown`` naming it.

A margin (:attr:`compliance.models.Reference.margin`) moves the threshold off the reference: 高于 … 3个百分点
(以上) is at least the reference + 3, 低于 … 0.5个百分点(以上) at most the reference - 0.5. 以上 makes the
margin a floor; without it the margin is still read as one (a careful reader takes 高于全省平均水平1个百分点
as "at least one point above", and beating it is no miss), so both are inclusive. A margin in percentage
points is added to a rate (% or no unit); against a level in another unit it is pending ``not_comparable``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from .. import models as m
from ..models import Reason, format_decimal
from .change import is_points
from .figure import Pending, note
from .inputs import as_decimal, read_target

if TYPE_CHECKING:
    from .evaluate import Judge, Requirement

Source = Literal["references", "reported", "inline"]


def requirement(judge: Judge, c: m.Reference) -> Requirement:
    """What ``c`` asks of the reported value, its reference resolved as the module says."""
    for key in dict.fromkeys((c.phrase, c.name)):
        if key in judge.ctx.references:
            return _referenced(judge, c, judge.ctx.references[key], "references")
    for level in judge.reported.levels:
        if level.name in (c.name, c.phrase) or level.label in (c.name, c.phrase):
            return _referenced(judge, c, level.value, "reported")
    if c.inline is not None:  # never with a margin: the grammar reads no bracket after one
        inner: m.Constraint = c.inline
        if c.relation in ("ge", "gt", "le", "lt") and isinstance(inner, m.Level):
            inner = m.Bound(text=inner.text, op=c.relation, value=inner.value)
        found = judge.requirement(inner)
        found.reference = _use(c.phrase, inner.text, "inline")
        return found
    raise Pending(Reason.REFERENCE_UNKNOWN, (c.phrase,))


def _referenced(judge: Judge, c: m.Reference, value: Any, source: Source) -> Requirement:
    if isinstance(value, m.Quantity):
        quantity = value
    elif isinstance(value, str):
        parsed = read_target(value)
        if isinstance(parsed, (m.Bound, m.Range, m.Approx)) and c.margin is None:
            found = judge.requirement(parsed)
            found.reference = _use(c.phrase, value, source)
            return found
        if not isinstance(parsed, m.Level):  # a margin off a range or a bound: no one level to move
            raise Pending(Reason.REFERENCE_UNKNOWN, (c.phrase,))
        quantity = parsed.value
    else:
        quantity = m.Quantity(value=as_decimal(value))
    if c.margin is not None:
        found = _with_margin(judge, c, c.margin, quantity)
    elif c.relation in ("ge", "gt", "le", "lt"):
        found = judge.bound(m.trusted(m.Bound, op=c.relation, value=quantity))  # no validator built in a check
    else:
        found = judge.level(m.Level(value=quantity, verb="reach"))
    found.reference = _use(c.phrase, str(quantity), source)
    return found


def _with_margin(judge: Judge, c: m.Reference, margin: m.Quantity, quantity: m.Quantity) -> Requirement:
    """At least the reference + the margin (高于), at most the reference - the margin (低于)."""
    level = judge.number(quantity)
    if is_points(margin.unit):  # points are added to a rate only
        for unit in (quantity.unit, judge.unit):
            if unit is not None and unit != "%" and not is_points(unit):
                raise Pending(Reason.NOT_COMPARABLE, (f"{margin.unit} / {unit}",))
        step = margin.value
    else:
        step = judge.number(margin)
    above = c.relation in ("gt", "ge")
    threshold = level + step if above else level - step
    found = judge.bound(m.Bound(op="ge" if above else "le", value=m.Quantity(value=threshold, unit=judge.unit)))
    found.notes.append(note(
        "reference_margin_above" if above else "reference_margin_below", margin=str(margin),
        reference=format_decimal(level), step=format_decimal(step), threshold=format_decimal(threshold),
    ))
    return found


def _use(name: str, value: str, source: Source) -> m.ReferenceUse:
    return m.trusted(m.ReferenceUse, name=name, value=value, source=source)

