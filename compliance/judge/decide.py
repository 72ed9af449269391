"""A verdict made: the requirement against the reported interval (met, missed, or pending where they overlap), and
the verdict built without validation where nothing needs it. Moved out of evaluate.py (its size limit)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..models import Interval, Note, Reason, Status, trusted
from .requirement import Requirement
from .verdict import Verdict


#: a verdict's figures that validation refuses when infinite or NaN (an interval's ends may be infinite)
_FIGURES = ("threshold", "value", "gap", "tolerance", "previous")


def made(**fields: Any) -> Verdict:
    """A verdict of what the judge made, without validation (``models.trusted``); one validation would refuse (an
    infinite figure, a list for a tuple) is validated, so it is refused as before."""
    for name in _FIGURES:
        found = fields.get(name)
        if found is not None and not found.is_finite():
            return Verdict(**fields)
    if type(fields.get("missing", ())) is not tuple:
        return Verdict(**fields)
    return trusted(Verdict, **fields)


def decide(
    requirement: Requirement, got: Interval, base: dict[str, Any], notes: list[Note], found: dict[str, Any]
) -> Verdict:
    wanted = requirement.admissible
    if wanted.contains(got):
        status = Status.MET
        within = requirement.strict is not None and not requirement.strict.contains(got)
        reason = Reason.WITHIN_TOLERANCE if within else Reason.MEASURED
    elif wanted.disjoint(got):
        status, reason = Status.MISSED, Reason.MEASURED
    else:
        status, reason = Status.PENDING, Reason.IMPRECISE_VALUE
    threshold, value, closed = threshold_of(wanted, got, status)
    gap = value - threshold if value is not None and threshold is not None and closed else None
    missing = ("precise",) if status is Status.PENDING else ()
    return made(
        status=status, reason=reason, threshold=threshold, value=value, value_interval=got, gap=gap,
        missing=missing, notes=tuple(notes), **base, **found,
    )


def threshold_of(wanted: Interval, got: Interval, status: Status) -> tuple[Decimal | None, Decimal | None, bool]:
    """The binding end of the requirement, the reported end nearest it, and whether that end is a figure."""
    finite_lo, finite_hi = wanted.lo.is_finite(), wanted.hi.is_finite()
    if finite_lo and not finite_hi:  # a floor
        if status is Status.MET or got.lo.is_finite() and status is Status.PENDING:
            return wanted.lo, got.lo, got.lo_closed and got.lo.is_finite()
        return wanted.lo, got.hi, got.hi_closed and got.hi.is_finite()
    if finite_hi and not finite_lo:  # a ceiling
        if status is Status.MET or got.hi.is_finite() and status is Status.PENDING:
            return wanted.hi, got.hi, got.hi_closed and got.hi.is_finite()
        return wanted.hi, got.lo, got.lo_closed and got.lo.is_finite()
    if finite_lo and finite_hi and got.is_point:
        point = got.lo
        nearest = wanted.lo if abs(point - wanted.lo) <= abs(point - wanted.hi) else wanted.hi
        return nearest, point, True
    return None, (got.lo if got.is_point else None), False
