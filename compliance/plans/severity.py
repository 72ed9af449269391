"""The severity rule, in one place: which status is worse, how the rules of a cell combine, what a miss costs.

``check`` folds the rules of a cell (and reports the sub-rows of one 序号) with :func:`worst`, which
is :func:`compliance.models.worst_status` (the order of :data:`compliance.models.STATUS_RANK`);
``Judgement.severity``, the report and the streaming path's counts all call :func:`severity`. The
streaming path works on status codes: it builds its lookup tables from these functions, never its own.
Both count verdicts by status in one class, :class:`StatusCounts` (the stream's ``Tally``).

What a miss costs is ``fail`` or ``warn``: by default ``fail`` for a binding (约束性) indicator and
``warn`` for an expected (预期性) one or one without an attribute. A rules file may say otherwise per
attribute (``defaults.severity: {预期性: fail}``) or per indicator (``severity: fail``), the
indicator's own word winning (:func:`miss_severity`). Met is ``ok`` and pending ``open`` whatever
they say.

>>> from compliance.models import Status
>>> worst([Status.MET, Status.PENDING, Status.MET]).value
'pending'
>>> severity(Status.MISSED, binding=True), severity(Status.MISSED, binding=False), severity(Status.PENDING, binding=True)
('fail', 'warn', 'open')
>>> sorted(Status, key=rank, reverse=True)[0].value
'missed'
>>> miss_severity("预期性"), miss_severity("预期性", {"预期性": "fail"}), miss_severity(None, {}, "fail")
('warn', 'fail', 'fail')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Literal

from ..frozen import Frozen
from ..models import STATUS_RANK, Status, worst_status

Severity = Literal["fail", "warn", "ok", "open"]
#: what a miss costs: a failure or a warning
MissSeverity = Literal["fail", "warn"]
#: every severity, worst first
SEVERITIES: tuple[Severity, ...] = ("fail", "warn", "ok", "open")
#: the ``attribute`` of a binding indicator in a rules file (the schema's value): a miss there fails
BINDING = "约束性"
#: the key of ``defaults.severity`` for an indicator without an attribute (as the report counts it)
UNSPECIFIED = "unspecified"


def rank(status: Status) -> int:
    """How bad a status is: met 0, pending 1, missed 2 (higher is worse; :data:`compliance.models.STATUS_RANK`)."""
    return STATUS_RANK[status]


def worst(statuses: Iterable[Status]) -> Status:
    """The worst of some statuses: a cell's status from its rules', a 序号's from its sub-rows'."""
    return worst_status(statuses)


def severity(status: Status, *, binding: bool) -> Severity:
    """``fail`` for a miss that fails (``binding``: a 约束性 indicator by default), ``warn`` for another miss,
    else ``ok`` / ``open``."""
    if status is Status.MISSED:
        return "fail" if binding else "warn"
    return "ok" if status is Status.MET else "open"


def is_binding(attribute: str | None) -> bool:
    """Whether an indicator's ``attribute`` makes it binding (by default, a miss is ``fail``)."""
    return attribute == BINDING


def miss_severity(
    attribute: str | None, by_attribute: Mapping[str, MissSeverity] | None = None, own: MissSeverity | None = None
) -> MissSeverity:
    """What a miss costs: the indicator's ``own`` word, else its rules file's ``defaults.severity`` for its
    attribute (``unspecified`` when it has none), else ``fail`` when binding and ``warn`` otherwise."""
    if own is not None:
        return own
    found = (by_attribute or {}).get(attribute or UNSPECIFIED)
    if found is not None:
        return found
    return "fail" if is_binding(attribute) else "warn"


class StatusCounts(Frozen):
    """Verdicts by status: the counts of a report's summary (``report._model``) and of a streamed run's
    (``scale.stream.summary.Tally``, the same class)."""

    met: int = 0
    missed: int = 0
    pending: int = 0

    @property
    def total(self) -> int:
        return self.met + self.missed + self.pending
