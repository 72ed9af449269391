"""A requirement: the interval of values that meet a target, and what it was made from (judge/evaluate.py), with the
small readings the evaluator and the directions against the previous period (judge/previous.py) share."""

from __future__ import annotations

from dataclasses import field
from decimal import Decimal

from .. import models as m
from ..frozen import record
from ..models import Interval, Note, Polarity
from .change import is_amount, states_change


@record(frozen=False)  # dataclass(slots=True) compiling its methods late or never (frozen.record)
class Requirement:
    admissible: Interval
    strict: Interval | None = None  #: the requirement without tolerance (to tell within_tolerance)
    tolerance: Decimal | None = None
    reference: m.ReferenceUse | None = None
    previous: Decimal | None = None
    notes: list[Note] = field(default_factory=list)


def around(value: Decimal, tolerance: Decimal, polarity: Polarity) -> Interval:
    if polarity is Polarity.HIGHER:
        return m.trusted(Interval, lo=value - tolerance, lo_closed=True)
    if polarity is Polarity.LOWER:
        return m.trusted(Interval, hi=value + tolerance, hi_closed=True)
    return m.trusted(Interval, lo=value - tolerance, hi=value + tolerance, lo_closed=True, hi_closed=True)


def written_level(reported: m.Reported) -> bool:
    """A figure written in a unit of amount (759.5亿斤), not a change and not a rate (%, 个百分点): a
    level, never a growth rate, so a direction against it needs the previous level."""
    if states_change(reported) or not isinstance(reported, (m.Value, m.ApproxValue, m.BoundValue)):
        return False
    unit = reported.value.unit
    return is_amount(unit)


def change_not_level(reported: m.Reported, previous: m.Reported | None) -> bool:
    """A reported change (比上年增长5.2%) with no previous level to set it against: its sign decides.
    A previous value written as a change too (下降2%) is compared with it instead."""
    return states_change(reported) and (previous is None or not states_change(previous))
