"""The severity rule, in one place: which status is worse, how the rules of a cell combine, what a miss costs.

``check`` folds the rules of a cell (and reports the sub-rows of one 序号) with :func:`worst`;
``Judgement.severity``, the report and the streaming path's counts all call :func:`severity`. The
streaming path works on status codes: it builds its lookup tables from these functions, never its own.

>>> from compliance.models import Status
>>> worst([Status.MET, Status.PENDING, Status.MET]).value
'pending'
>>> severity(Status.MISSED, binding=True), severity(Status.MISSED, binding=False), severity(Status.PENDING, binding=True)
('fail', 'warn', 'open')
>>> sorted(Status, key=rank, reverse=True)[0].value
'missed'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from ..models import Status

Severity = Literal["fail", "warn", "ok", "open"]
#: every severity, worst first
SEVERITIES: tuple[Severity, ...] = ("fail", "warn", "ok", "open")
#: the ``attribute`` of a binding indicator in a rules file (the schema's value): a miss there fails
BINDING = "约束性"

_RANK = {Status.MET: 0, Status.PENDING: 1, Status.MISSED: 2}


def rank(status: Status) -> int:
    """How bad a status is: met 0, pending 1, missed 2 (higher is worse)."""
    return _RANK[status]


def worst(statuses: Iterable[Status]) -> Status:
    """The worst of some statuses: a cell's status from its rules', a 序号's from its sub-rows'."""
    return max(statuses, key=rank)


def severity(status: Status, *, binding: bool) -> Severity:
    """``fail`` for a miss on a binding (约束性) indicator, ``warn`` for another miss, else ``ok`` / ``open``."""
    if status is Status.MISSED:
        return "fail" if binding else "warn"
    return "ok" if status is Status.MET else "open"


def is_binding(attribute: str | None) -> bool:
    """Whether an indicator's ``attribute`` makes it binding (a miss is ``fail``)."""
    return attribute == BINDING
