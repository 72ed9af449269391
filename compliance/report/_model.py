"""The report: frozen models holding every fact a report shows, already formatted as text.

A :class:`Report` is built once from judgements (``_build.py``) and rendered many ways
(``_json.py``, ``_markdown.py``, ``_html.py``, ``_csv.py``, ``_table.py``); renderers read these
fields and nothing else. Numbers are kept as decimal
strings (``"-2"``, ``"0.49"``) so that every format prints exactly the same figure. The JSON shape
is ``Report.model_dump(mode="json")``; see ``docs/reports.md``.
"""

# No ``from __future__ import annotations`` here: pydantic would compile and evaluate each field's annotation
# string when the class is made (~10M instructions of a cold check for these classes, valgrind).
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, model_validator

from ..models import Note, Reason, ReferenceUse, Status
from ._model_base import Localized as Localized  # defined below the rarer models, which hold them too
from ._model_base import ReportModel, StatusCounts
from ..plans.severity import SEVERITIES as SEVERITIES  # the one definition, for the renderers
from ..plans.severity import Severity as Severity

#: Bumped when a field of the JSON report is renamed or removed, or changes meaning (adding a field does
#: not bump it). 2: ``gap`` is the margin in the good direction (was value - threshold), ``summary.indicators``
#: counts indicators (was indicator x period cells, now ``summary.cells``), ``reported`` holds only dataset
#: cells (a derived value is ``derived``). History: docs/reports.md. ``compliance diff`` reads these versions.
SCHEMA_VERSION = 2
#: the versions ``compliance diff`` reads: what it compares (status, reason, reported) kept its meaning
READABLE_VERSIONS = (1, 2)

#: A verdict row without an attribute (neither 约束性 nor 预期性) is counted under this key.
UNSPECIFIED = "unspecified"


if TYPE_CHECKING:  # made on first use (_make_rare); quoted where VerdictRow and Report name them
    from ._model_rare import (ClaimRow, DerivedInfo, DerivedInput, Matrix, MatrixCell, MatrixRow, OverrideInfo,
                              ProgressInfo, ProgressValue)


class _Model(ReportModel):
    """A report model naming the rarer ones (:data:`_RARE`), which are made before it builds."""

    @classmethod
    def model_rebuild(cls, *args: Any, **kwargs: Any) -> bool | None:
        _make_rare()
        kwargs["_parent_namespace_depth"] = kwargs.get("_parent_namespace_depth", 2) + 1  # this frame's caller's
        return super().model_rebuild(*args, **kwargs)


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
    #: the documents the rules and dataset were extracted from (``check --document``), else empty
    documents: tuple[FileRef, ...] = ()
    engine: Literal["compliance"] = "compliance"
    engine_version: str
    generated: str  #: ISO-8601 with offset, to the second


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
    #: distinct indicators, whatever the periods: sub-rows sharing a 序号 fold into one
    indicators: int
    #: indicator x period cells (sub-rows folded, worst status wins): ``indicators`` for a report of one period
    cells: int = 0
    #: the cells by status and by attribute (one per indicator for a report of one period; one per
    #: indicator and period with several: a cell, not an indicator, then)
    indicators_by_status: StatusCounts
    indicators_by_attribute: dict[str, StatusCounts]
    overridden: int
    #: verdict rows by progress rating (plan-period targets judged before their end); empty when none
    by_progress: dict[str, int] = Field(default_factory=dict)


class VerdictRow(_Model):
    """One judgement, flattened: what was asked, what was reported, what was decided and why.

    A cell (indicator, period) may hold several rules (a list of targets, a target and an ``expr``):
    ``index`` tells them apart (targets in file order, then the expression), ``rule`` says which
    kind, and ``id`` (``indicator/period/index``) names the row.
    """

    id: str
    indicator: str
    number: str | None = None
    name: str
    name_en: str | None = None  #: the rules file's ``name_en``: English reports show it as the name
    period: str
    index: int = 0
    rule: Literal["target", "expr"] = "target"
    attribute: str | None = None
    department: str | None = None
    unit: str | None = None
    unit_en: str | None = None  #: the rules file's ``unit_en``: English reports show it as the unit
    target: str
    target_kind: str
    read_as: Localized
    #: the dataset cell judged, as written (empty when none was: no row, or a derived value)
    reported: str
    reported_kind: str  #: the reading's kind (``value``, ``range`` ...), ``derived``, or ``missing``
    reported_as: Localized | None = None
    #: the value judged when it is computed from the yearly figures, with its inputs (else None)
    derived: "DerivedInfo | None" = None
    value: str | None = None
    threshold: str | None = None
    #: the margin in the indicator's good direction, from the edge judged (a tolerance's edge included):
    #: positive is better than required (``<=33`` against 30: ``3``); between percentages, in percentage points
    gap: str | None = None
    #: the target as stated where a tolerance moved the edge judged (``15左右``: ``15``), else None
    stated: str | None = None
    #: the margin from the stated target, the good way: (low, high), the two ends of a reported range
    gap_to_target: tuple[str, str] | None = None
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
    override: "OverrideInfo | None" = None
    source: str | None = None  #: ``file:line`` of the dataset row judged
    source_note: str | None = None  #: the dataset's ``source`` column (``附件1``)
    note: str | None = None  #: the dataset's ``note`` column of the row judged
    #: ``file:line:column`` of the rule (the target, or the custom rule's expression) in the rules file
    rule_source: str | None = None
    #: where the reference level used came from: the rules file's declared ``source:``, another indicator's
    #: dataset row(s), the reported cell's row, or the rule itself (a bracket in the target)
    reference_source: str | None = None
    #: progress toward a plan-period target judged before its end (None otherwise)
    progress: "ProgressInfo | None" = None

    @model_validator(mode="before")
    @classmethod
    def _id(cls, data: Any) -> Any:
        """A row read from a report written before rows had ids is rule ``index`` (default 0) of its cell."""
        if isinstance(data, dict) and "id" not in data and {"indicator", "period"} <= set(data):
            data = {"id": row_id(data["indicator"], data["period"], data.get("index", 0)), **data}
        return data

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.indicator, self.period, self.index)


def row_id(indicator: str, period: str, index: int) -> str:
    """The id of a verdict row: ``gdp_growth/2022/0``."""
    return f"{indicator}/{period}/{index}"


class Report(_Model):
    meta: Meta
    summary: Summary
    verdicts: tuple[VerdictRow, ...] = Field(default_factory=tuple)
    #: the indicator x period matrix when the report covers several periods, else None
    matrix: "Matrix | None" = None
    #: the documents' claims about their own targets (``check --document``), else empty
    claims: "tuple[ClaimRow, ...]" = Field(default_factory=tuple)


#: the models of :mod:`compliance.report._model_rare`, made on first use: a text check of one period makes none
_RARE = ("ProgressValue", "ProgressInfo", "OverrideInfo", "DerivedInput", "DerivedInfo", "MatrixCell", "MatrixRow",
         "Matrix", "ClaimRow")


def __getattr__(name: str) -> Any:
    if name in _RARE:
        _make_rare()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _make_rare() -> None:
    """Import the rarer models into this module, where ``VerdictRow`` and ``Report`` find them when they build."""
    if "ClaimRow" not in globals():
        from . import _model_rare

        globals().update({name: getattr(_model_rare, name) for name in _RARE})
