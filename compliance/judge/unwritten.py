"""A reported figure written without a unit, against a target whose own unit has a multiplier (``6万人以上``).

An unwritten unit is the other side's (:func:`compliance.language.units.convert`): with no indicator unit given (a
rules file's ``unit``, the caller's ``unit=``), ``60000`` against ``6万人以上`` reads 60000万人. A figure at least
:data:`TIMES` times the target's is as likely a count in the unit without the multiplier (60000人 = 6万人): the
two readings are named and nothing is judged (pending ``ambiguous_value``). Where the indicator's unit is given, the
figure is read in it (a plan table's convention: its column states the unit once) and judged.

>>> from compliance import evaluate
>>> evaluate("6万人以上", "60000").reason.value, evaluate("6万人以上", "60000", unit="万人").status.value
('ambiguous_value', 'met')
>>> evaluate("6万人以上", "5999").status.value  # under 1000 times the target: read in its unit, as before
'met'
"""

from __future__ import annotations

from decimal import Decimal

from .. import models as m
from ..language.lexicon import units
from ..models import Interval, Reason
from .figure import Pending, note

#: how many times the target's figure a figure without a unit must be to be read either way
TIMES = Decimal(1000)


def multiplier(unit: str | None) -> tuple[str, Decimal] | None:
    """The multiplier a unit begins with (万 of 万人, 亿 of 亿元) and its factor, where that is at least :data:`TIMES`;
    None otherwise (人, %, 千米: 千 of 千米 is no multiplier of a count, but of a length, and below 万 anyway)."""
    if not unit:
        return None
    found = [(word, factor) for word, factor in units().multipliers.items()
             if unit.startswith(word) and factor > TIMES]
    return max(found, key=lambda item: len(item[0])) if found else None


def check_unwritten(reported: m.Reported, unit: str | None, given: str | None, wanted: Interval) -> None:
    """Raise :class:`Pending` ``ambiguous_value`` where ``reported`` is a figure without a unit, no indicator unit is
    ``given``, the working ``unit`` (the target's) has a multiplier, and the figure is at least :data:`TIMES` times
    the largest finite end of ``wanted`` (the admissible interval in that unit)."""
    found = multiplier(unit) if given is None else None
    if found is None:
        return
    quantities = _quantities(reported)
    if not quantities or any(q.unit is not None for q in quantities):
        return
    ends = [abs(end) for end in (wanted.lo, wanted.hi) if end.is_finite() and end]
    figure = max(abs(q.value) for q in quantities)
    if not ends or figure < TIMES * max(ends):
        return
    word, factor = found
    assert unit is not None
    base = unit[len(word):]
    said = note("unit_unwritten", text=reported.text, value=m.format_decimal(figure), unit=unit, base=base,
                other=m.format_decimal(figure / factor), times=TIMES)
    raise Pending(Reason.AMBIGUOUS_VALUE, (f"{figure}{unit}", f"{figure}{base}"), notes=[said])


def _quantities(reported: m.Reported) -> tuple[m.Quantity, ...]:
    if isinstance(reported, (m.Value, m.ApproxValue, m.BoundValue)):
        return (reported.value,)
    if isinstance(reported, m.RangeValue):
        return (reported.low, reported.high)
    return ()
