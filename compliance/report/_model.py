"""The report: frozen models holding every fact a report shows, already formatted as text.

A :class:`Report` is built once from judgements (``_build.py``) and rendered many ways
(``_render_*.py``); renderers read these fields and nothing else. Numbers are kept as decimal
strings (``"-2"``, ``"0.49"``) so that every format prints exactly the same figure. The JSON shape
is ``Report.model_dump(mode="json")``; see ``docs/reports.md``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models import Note, Reason, ReferenceUse, Status

#: Bumped when a field of the JSON report is renamed or removed (adding a field does not bump it).
SCHEMA_VERSION = 1

Severity = Literal["fail", "warn", "ok", "open"]
SEVERITIES: tuple[Severity, ...] = ("fail", "warn", "ok", "open")
#: A verdict row without an attribute (neither 约束性 nor 预期性) is counted under this key.
UNSPECIFIED = "unspecified"


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Localized(_Model):
    """The same text in each report language."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


class FileRef(_Model):
    """An input file as the report names it, and the SHA-256 of its bytes."""

    path: str
    sha256: str


class Meta(_Model):
    format: Literal["compliance-report"] = "compliance-report"
    schema_version: int = SCHEMA_VERSION
    plan: str
    jurisdiction: str | None = None
    periods: tuple[str, ...]
    rules: FileRef
    dataset: FileRef
    overrides: FileRef | None = None
    engine: Literal["compliance"] = "compliance"
    engine_version: str
    generated: str  #: ISO-8601 with offset, to the second


class StatusCounts(_Model):
    met: int = 0
    missed: int = 0
    pending: int = 0

    @property
    def total(self) -> int:
        return self.met + self.missed + self.pending


class SeverityCounts(_Model):
    fail: int = 0
    warn: int = 0
    ok: int = 0
    open: int = 0


class Summary(_Model):
    """Counts of final statuses (after overrides); ``computed_by_status`` before them."""

    verdicts: int
    by_status: StatusCounts
    computed_by_status: StatusCounts
    by_severity: SeverityCounts
    #: ``约束性`` / ``预期性`` (/ ``unspecified``) -> counts of verdict rows by status
    by_attribute: dict[str, StatusCounts]
    by_period: dict[str, StatusCounts]
    #: indicators per period: sub-rows sharing a 序号 fold into one, worst status wins
    indicators: int
    indicators_by_status: StatusCounts
    indicators_by_attribute: dict[str, StatusCounts]
    overridden: int


class OverrideInfo(_Model):
    """A reviewer's decision on a verdict (accepting it, or changing its status)."""

    status: Status
    by: str
    date: str
    reason: str


class VerdictRow(_Model):
    """One judgement, flattened: what was asked, what was reported, what was decided and why."""

    indicator: str
    number: str | None = None
    name: str
    period: str
    attribute: str | None = None
    department: str | None = None
    unit: str | None = None
    target: str
    target_kind: str
    read_as: Localized
    reported: str
    reported_kind: str
    reported_as: Localized | None = None
    value: str | None = None
    threshold: str | None = None
    gap: str | None = None
    tolerance: str | None = None
    reference: ReferenceUse | None = None
    previous: str | None = None
    provisional: bool = False
    computed_status: Status
    status: Status
    reason: Reason
    basis: str
    severity: Severity
    explanation: Localized
    missing: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    override: OverrideInfo | None = None
    source: str | None = None  #: ``file:line`` of the dataset row judged
    source_note: str | None = None  #: the dataset's ``source`` column (``附件1``)

    @property
    def key(self) -> tuple[str, str]:
        return (self.indicator, self.period)


class Report(_Model):
    meta: Meta
    summary: Summary
    verdicts: tuple[VerdictRow, ...] = Field(default_factory=tuple)
