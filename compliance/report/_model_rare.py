"""The report's models a text check of one period seldom makes: a plan period's progress, a derived value, an
override, the matrix of several periods, a document's claims. :mod:`compliance.report._model` makes them on first
use (its ``__getattr__``, and before any report model builds its validator or serializer), not at import: ~16M of a
cold ``compliance check``'s instructions. Import them from :mod:`compliance.report` or ``report._model``."""

# No ``from __future__ import annotations``: pydantic would compile and evaluate each field's annotation string.
from typing import Any, Literal

from pydantic import Field

from ..models import Note, ProgressRating, Reason, Status
from ._model_base import Localized, ReportModel, StatusCounts


class ProgressValue(ReportModel):
    """One year's figure as the progress rating read it (``low``/``high``: the ends of a reported range)."""

    year: int
    text: str
    low: str | None = None
    high: str | None = None
    source: str | None = None  #: ``file:line`` of the dataset row the figure was read from


class ProgressInfo(ReportModel):
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


class OverrideInfo(ReportModel):
    """A reviewer's decision on a verdict (accepting it, or changing its status)."""

    status: Status
    by: str
    date: str
    reason: str


class DerivedInput(ReportModel):
    """One dataset cell a derived value is computed from: its period, its text and where it is."""

    period: str
    reported: str
    source: str  #: ``file:line`` of the dataset row
    note: str | None = None  #: the dataset's ``note`` column of the row


class DerivedInfo(ReportModel):
    """A value computed from the yearly figures (no one reported it as such), and what it is computed from.

    ``method``: ``sum`` (the figures added up), ``compound`` (the yearly changes compounded), ``average``
    (the compound average of yearly rates); ``value`` the figure as the verdict judged it (``6.3729``, a
    range ``11.9768-12.494``), ``value_as`` the same with its unit, rounded as the sentences round it.
    """

    method: Literal["sum", "compound", "average"]
    value: str
    value_as: Localized
    inputs: tuple[DerivedInput, ...]


class MatrixCell(ReportModel):
    """One indicator in one period: the worst of its rules (``compliance.plans.check.Cell``)."""

    period: str
    status: Status  #: final: the worst of the rules' final statuses (after overrides)
    computed_status: Status  #: the worst of the rules' computed statuses
    reason: Reason  #: the reason of the rule that decided the computed status
    progress: ProgressRating | None = None  #: the cell's progress rating (a plan period before its end)
    verdicts: tuple[str, ...]  #: the ids of the cell's verdict rows, in rule order


class MatrixRow(ReportModel):
    indicator: str
    number: str | None = None
    name: str
    name_en: str | None = None
    attribute: str | None = None
    #: one per period of :attr:`Matrix.periods`, in that order; None where the indicator has no rule
    cells: tuple[MatrixCell | None, ...]


class Matrix(ReportModel):
    """Indicators by periods (``compliance.plans.check.matrix``), for a report covering several periods."""

    periods: tuple[str, ...]
    rows: tuple[MatrixRow, ...]
    #: cells of each period by final status (each indicator once)
    counts: dict[str, StatusCounts]


class ClaimRow(ReportModel):
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
