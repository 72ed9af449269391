"""The CSV report: a header row and one row per verdict (RFC 4180: quoted as needed, CRLF line ends).

Column names are stable English keys; the report's header (plan, input files with their SHA-256,
engine version, time) is repeated in the last columns of every row; codes (status, reason,
severity) stay codes so that a spreadsheet can filter on them; ``read_as`` and ``explanation`` are
in the report language. Texts are kept verbatim, line breaks included (quoted).
"""

from __future__ import annotations

import csv
import io

from ._model import Report

COLUMNS = (
    "indicator", "number", "name", "period", "attribute", "department", "unit",
    "target", "read_as", "reported", "reported_as", "value", "threshold", "gap",
    "computed_status", "status", "reason", "severity", "basis", "explanation",
    "override_status", "override_by", "override_date", "override_reason", "source", "source_note",
    # the report's header, repeated on every row so that each row says where it came from
    "plan", "rules_file", "rules_sha256", "dataset_file", "dataset_sha256", "overrides_file", "overrides_sha256",
    "engine_version", "generated",
)


def render(report: Report, lang: str, color: bool) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    meta = report.meta
    header = [
        meta.plan, meta.rules.path, meta.rules.sha256, meta.dataset.path, meta.dataset.sha256,
        meta.overrides.path if meta.overrides else None, meta.overrides.sha256 if meta.overrides else None,
        meta.engine_version, meta.generated,
    ]
    for row in report.verdicts:
        override = row.override
        writer.writerow([
            row.indicator, row.number, row.name, row.period, row.attribute, row.department, row.unit,
            row.target, row.read_as.get(lang), row.reported, row.reported_as.get(lang) if row.reported_as else None,
            row.value, row.threshold, row.gap,
            row.computed_status.value, row.status.value, row.reason.value, row.severity, row.basis,
            row.explanation.get(lang),
            override.status.value if override else None, override.by if override else None,
            override.date if override else None, override.reason if override else None,
            row.source, row.source_note,
            *header,
        ])
    return out.getvalue()
