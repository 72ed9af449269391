"""What a streamed run found: counts of every verdict, and a sample of the missed and pending ones.

Plain data (frozen pydantic models), filled in by :mod:`compliance.scale.stream.tally` and shown by
:mod:`compliance.report.large`; its JSON is the ``summary`` of a streamed JSON report.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ... import models as m
from ...plans.severity import Severity, StatusCounts

__all__ = ["IndicatorTally", "RegionTally", "SampleRow", "StreamSummary", "Tally"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


#: verdicts by status (met, missed, pending and their total): the class of a report's counts
Tally = StatusCounts


class IndicatorTally(_Model):
    indicator: str
    number: str | None = None
    name: str
    attribute: str | None = None
    counts: Tally


class RegionTally(_Model):
    region: tuple[str, ...]  #: the values of the region columns
    counts: Tally


class SampleRow(_Model):
    """One verdict kept for the report, with the evidence ``check`` gives it."""

    region: tuple[str, ...]
    indicator: str
    number: str | None = None
    name: str
    period: str
    attribute: str | None = None
    department: str | None = None
    target: str
    reported: str
    value: str | None = None
    threshold: str | None = None
    gap: str | None = None  #: the margin in the indicator's good direction (positive: better than required)
    status: m.Status
    reason: m.Reason
    severity: Severity
    source: str | None = None  #: ``file:line`` of the row judged
    explanation: dict[str, str]  #: ``{"zh": ..., "en": ...}``


class StreamSummary(_Model):
    """What a streamed run found: counts of every verdict, and a sample of the missed and pending ones."""

    plan: str
    jurisdiction: str | None = None
    dataset: str
    periods: tuple[str, ...]
    as_of: int
    by: tuple[str, ...]  #: the region columns (empty: the file is one region)
    rows_read: int  #: data rows of the file (blank lines not counted)
    verdicts: int
    cells_without_row: int  #: verdicts of cells the file has no row for (pending, or period_open)
    by_status: Tally
    by_reason: dict[str, int]
    by_severity: dict[str, int]
    by_progress: dict[str, int]  #: ratings of plan-period targets judged before their end
    by_attribute: dict[str, Tally]  #: ``约束性`` / ``预期性`` / ``unspecified``
    by_period: dict[str, Tally]
    by_indicator: tuple[IndicatorTally, ...]  #: in the rules file's order
    regions: int
    regions_by_status: Tally  #: each region counted once, by its worst verdict
    top_regions: tuple[RegionTally, ...]  #: the regions with the most missed (then pending) verdicts
    sample: tuple[SampleRow, ...]  #: up to ``sample`` missed and pending verdicts per indicator and period
