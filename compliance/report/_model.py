"""The report: frozen models holding every fact a report shows, already formatted as text.

A :class:`Report` is built once from judgements (``_build.py``) and rendered many ways
(``_json.py``, ``_markdown.py``, ``_html.py``, ``_csv.py``, ``_table.py``); renderers read these
fields and nothing else. Numbers are kept as decimal
strings (``"-2"``, ``"0.49"``) so that every format prints exactly the same figure. The JSON shape
is ``Report.model_dump(mode="json")``; see ``docs/reports.md``.
"""

# No ``from __future__ import annotations`` here: pydantic would compile and evaluate each field's annotation
# string when the class is made (~10M instructions of a cold check for these classes, valgrind).
from typing import Any, Literal

from pydantic import Field, model_validator

from ..frozen import Frozen
from ..models import Note, ProgressRating, Reason, ReferenceUse, Status
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


class _Model(Frozen):
    """Frozen, built on first use (:class:`compliance.frozen.Frozen`): build_report makes rows unvalidated."""


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
    #: the documents the rules and dataset were extracted from (``check --document``), else empty
    documents: tuple[FileRef, ...] = ()
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


class ProgressValue(_Model):
    """One year's figure as the progress rating read it (``low``/``high``: the ends of a reported range)."""

    year: int
    text: str
    low: str | None = None
    high: str | None = None
    source: str | None = None  #: ``file:line`` of the dataset row the figure was read from


class ProgressInfo(_Model):
    """A plan-period target's progress rating with every number it used (``compliance.models.Progress``).

    Decimals are strings as elsewhere in the report; ``explanation`` is the rating's own sentences
    (``Progress.explain``), also part of the verdict's explanation.
    """

    rating: ProgressRating
    method: str  #: cagr / linear / sum / compound / average
    start_year: int
    end_year: int
    as_of: int
    base_year: int | None = None
    base_value: str | None = None
    current_year: int | None = None
    current_value: str | None = None
    target_value: str | None = None
    observed: str | None = None
    required: str | None = None
    ratio: str | None = None
    pace: str | None = None
    cutoffs: tuple[str, ...] = ()
    values: tuple[ProgressValue, ...] = ()
    missing: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    explanation: Localized
    #: the figures as the rating's sentences show them: rounded alike, with their units (``observed``:
    #: ``-11.17%``, ``pace``: ``39.05万元/人``); the fields above keep every digit
    shown: dict[str, str] = Field(default_factory=dict)
    #: ``missing`` in words (``精确的报告值`` / ``a precise reported value``), not codes
    missing_as: Localized | None = None


class OverrideInfo(_Model):
    """A reviewer's decision on a verdict (accepting it, or changing its status)."""

    status: Status
    by: str
    date: str
    reason: str


class DerivedInput(_Model):
    """One dataset cell a derived value is computed from: its period, its text and where it is."""

    period: str
    reported: str
    source: str  #: ``file:line`` of the dataset row
    note: str | None = None  #: the dataset's ``note`` column of the row


class DerivedInfo(_Model):
    """A value computed from the yearly figures (no one reported it as such), and what it is computed from.

    ``method``: ``sum`` (the figures added up), ``compound`` (the yearly changes compounded), ``average``
    (the compound average of yearly rates); ``value`` the figure as the verdict judged it (``6.3729``, a
    range ``11.9768-12.494``), ``value_as`` the same with its unit, rounded as the sentences round it.
    """

    method: Literal["sum", "compound", "average"]
    value: str
    value_as: Localized
    inputs: tuple[DerivedInput, ...]


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
    derived: DerivedInfo | None = None
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
    override: OverrideInfo | None = None
    source: str | None = None  #: ``file:line`` of the dataset row judged
    source_note: str | None = None  #: the dataset's ``source`` column (``附件1``)
    note: str | None = None  #: the dataset's ``note`` column of the row judged
    #: ``file:line:column`` of the rule (the target, or the custom rule's expression) in the rules file
    rule_source: str | None = None
    #: where the reference level used came from: the rules file's declared ``source:``, another indicator's
    #: dataset row(s), the reported cell's row, or the rule itself (a bracket in the target)
    reference_source: str | None = None
    #: progress toward a plan-period target judged before its end (None otherwise)
    progress: ProgressInfo | None = None

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


class MatrixCell(_Model):
    """One indicator in one period: the worst of its rules (``compliance.plans.check.Cell``)."""

    period: str
    status: Status  #: final: the worst of the rules' final statuses (after overrides)
    computed_status: Status  #: the worst of the rules' computed statuses
    reason: Reason  #: the reason of the rule that decided the computed status
    progress: ProgressRating | None = None  #: the cell's progress rating (a plan period before its end)
    verdicts: tuple[str, ...]  #: the ids of the cell's verdict rows, in rule order


class MatrixRow(_Model):
    indicator: str
    number: str | None = None
    name: str
    name_en: str | None = None
    attribute: str | None = None
    #: one per period of :attr:`Matrix.periods`, in that order; None where the indicator has no rule
    cells: tuple[MatrixCell | None, ...]


class Matrix(_Model):
    """Indicators by periods (``compliance.plans.check.matrix``), for a report covering several periods."""

    periods: tuple[str, ...]
    rows: tuple[MatrixRow, ...]
    #: cells of each period by final status (each indicator once)
    counts: dict[str, StatusCounts]


class ClaimRow(_Model):
    """What a document says of its own targets beside the computed verdicts (``compliance.documents.claims``).

    ``claimed`` and ``computed`` are the documents layer's own data (``{"total": 31, "met": 27}``;
    ``{"status": "missed", "indicators": [...]}``); ``agrees`` is True, False or None (undecidable);
    ``claimed_as``, ``computed_as`` and ``finding`` say the same in words, in each language.
    """

    text: str  #: the sentence, quoted
    source: str  #: ``file:line`` of the sentence
    kind: str  #: ``count`` (27 of 31 met) or ``named`` (the indicators it names)
    claimed: dict[str, Any]
    computed: dict[str, Any]
    agrees: bool | None
    note: str = ""  #: the documents layer's note (English)
    claimed_as: Localized
    computed_as: Localized
    finding: Localized


class Report(_Model):
    meta: Meta
    summary: Summary
    verdicts: tuple[VerdictRow, ...] = Field(default_factory=tuple)
    #: the indicator x period matrix when the report covers several periods, else None
    matrix: Matrix | None = None
    #: the documents' claims about their own targets (``check --document``), else empty
    claims: tuple[ClaimRow, ...] = Field(default_factory=tuple)
