"""Where a cell of :func:`compliance.plans.check.check` stands against ``as_of``, and the pending verdict that gives.

A cell without a value whose period (or a horizon in its target, ``（2035年达到37）``) ends after ``as_of`` cannot be
judged yet: a single year is pending ``no_data`` (its value is not reported yet), a plan period pending
``period_open`` (:class:`Timing`, :func:`pending_for`). Moved out of ``check.py`` (its 600 lines) unchanged.
"""

from __future__ import annotations

from enum import Enum

from .. import models as m
from ..judge.periods import Period
from ..judge.verdict import Verdict
from ..models import Note, Reason, Status

__all__ = ["Timing", "note", "opened", "pending_for", "timing_of", "unreported"]


class Timing(Enum):
    """Where a cell stands against ``as_of`` (``Judgement.timing``)."""

    DUE = "due"  #: judged on its values
    AFTER_DATA = "after_data"  #: a single year after ``as_of`` without a value: pending ``no_data``
    OPEN = "open"  #: its period (or a horizon in the text) ends after ``as_of``: pending ``period_open``

    @property
    def reason(self) -> m.Reason | None:
        """The reason of a cell made pending by its timing (None: judged on its values)."""
        return {Timing.AFTER_DATA: m.Reason.NO_DATA, Timing.OPEN: m.Reason.PERIOD_OPEN}.get(self)


def note(code: str, **params: object) -> Note:
    """A note of a verdict, its parameters as text."""
    return Note(code=code, params={key: str(value) for key, value in params.items()})


def timing_of(span: Period, end: int, as_of: int, reported: bool) -> Timing:
    """A cell without a value whose period (or horizon) ``end`` lies after ``as_of`` cannot be judged yet:
    a single year is AFTER_DATA (its value is not reported yet), a plan period or a later horizon
    (``（2035年达到37）``) is OPEN, as a plan period before its end is."""
    if end <= as_of or reported:
        return Timing.DUE
    return Timing.AFTER_DATA if span.is_year and span.end == end else Timing.OPEN


def pending_for(timing: Timing, verdict: Verdict, period: str, end: int, as_of: int) -> Verdict:
    """The verdict of a cell of this timing: as judged when DUE, else pending, saying why."""
    if timing is Timing.DUE:
        return verdict
    if timing is Timing.OPEN:
        return opened(verdict, period, end, as_of)
    return unreported(verdict, period, as_of)


def unreported(verdict: Verdict, period: str, as_of: int) -> Verdict:
    """A single year after ``as_of`` without a value: pending ``no_data`` (the value has not been
    reported), saying the data run to ``as_of``."""
    missing = ("reported", *(item for item in verdict.missing if item not in ("reported", "precise")))
    return verdict.model_copy(update={
        "status": Status.PENDING,
        "reason": Reason.NO_DATA,
        "missing": missing,
        "notes": verdict.notes + (note("after_data", period=period, as_of=as_of),),
    })


def opened(verdict: Verdict, period: str, end: int, as_of: int) -> Verdict:
    """The verdict of a cell whose period has not ended: pending ``period_open``, saying so."""
    missing = tuple(item for item in verdict.missing if item not in ("reported", "precise", "period_end"))
    code = "period_open" if Period.parse(period).end == end else "period_open_horizon"
    return verdict.model_copy(update={
        "status": Status.PENDING,
        "reason": Reason.PERIOD_OPEN,
        "missing": ("period_end", *missing),
        "notes": verdict.notes + (note(code, period=period, end=end, as_of=as_of),),
    })
