"""The CSV report: a header row and one row per verdict (RFC 4180: quoted as needed, CRLF line ends).

Column names are stable English keys; the report's header (plan, input files with their SHA-256,
engine version, time) is repeated in the last columns of every row; codes (status, reason,
severity) stay codes so that a spreadsheet can filter on them; ``read_as`` and ``explanation`` are
in the report language. Texts are kept verbatim, line breaks included (quoted).

A cell (indicator, period) with several rules has a row per rule (``index``, ``rule``). A row of a
plan-period target judged before its end carries its progress rating and the figures it used
(``progress_*``). The indicator x period matrix is in every row too: ``cell_status`` is the worst
final status of the row's cell and ``cell_progress`` its rating, so a pivot table of
``cell_status`` by indicator and period is the matrix (a CSV file holds one table); both are empty
in a report of one period, which has no matrix.

A report from documents (``check --document``) adds one row per claim after the verdicts, in the
same table: ``id`` ``claim/1`` ..., ``rule`` ``claim``, ``source`` the sentence's ``file:line``, and
the ``claim_*`` columns (empty on verdict rows); filter on ``rule`` to keep one kind.
"""

from __future__ import annotations

import csv
import io
import json

from ._model import MatrixCell, ProgressInfo, Report, VerdictRow
from .escape import csv_cell
from ._provenance import derived_text


def _progress(p: ProgressInfo | None) -> list[object]:
    if p is None:
        return [None] * len(PROGRESS_COLUMNS)
    return [
        p.rating.value, p.method, p.base_year, p.base_value, p.current_year, p.current_value, p.target_value,
        p.observed, p.required, p.ratio, p.pace, "/".join(p.cutoffs),
        "; ".join(f"{v.year}={v.text}" for v in p.values),
    ]


def _cells(report: Report) -> dict[str, MatrixCell]:
    """The matrix cell of each verdict row, by row id (empty for a single-period report)."""
    if report.matrix is None:
        return {}
    return {vid: cell for row in report.matrix.rows for cell in row.cells if cell is not None for vid in cell.verdicts}


def _cell(row: VerdictRow, cells: dict[str, MatrixCell]) -> list[object]:
    cell = cells.get(row.id)
    if cell is None:  # a report of one period has no matrix
        return [None, None]
    return [cell.status.value, cell.progress.value if cell.progress is not None else None]

PROGRESS_COLUMNS = (
    "progress", "progress_method", "progress_base_year", "progress_base_value", "progress_current_year",
    "progress_current_value", "progress_target_value", "progress_observed", "progress_required", "progress_ratio",
    "progress_pace", "progress_cutoffs", "progress_values",
)
#: where a verdict comes from besides its data row (``source``): the dataset's note, the rule's
#: ``file:line:column``, the reference level's source, and a derived value with the cells it comes from
PROVENANCE_COLUMNS = (
    "note", "rule_source", "reference_source", "stated", "gap_to_target", "derived_method", "derived_value",
    "derived_from",
)
#: filled on claim rows only (``rule`` ``claim``); ``claim_agrees`` is ``true``, ``false`` or ``null``
CLAIM_COLUMNS = ("claim_kind", "claim_claimed", "claim_computed", "claim_agrees", "claim_finding", "claim_text")
COLUMNS = (
    "id", "indicator", "number", "name", "period", "index", "rule", "attribute", "department", "unit",
    "target", "read_as", "reported", "reported_as", "value", "threshold", "gap",
    "computed_status", "status", "reason", "severity", "basis", "explanation",
    *PROGRESS_COLUMNS, "cell_status", "cell_progress",
    "override_status", "override_by", "override_date", "override_reason", "source", "source_note",
    *PROVENANCE_COLUMNS,
    *CLAIM_COLUMNS,
    # the report's header, repeated on every row so that each row says where it came from
    "plan", "rules_file", "rules_sha256", "dataset_file", "dataset_sha256", "overrides_file", "overrides_sha256",
    "engine_version", "generated",
)


def _provenance(row: VerdictRow) -> list[object]:
    derived = row.derived
    return [
        row.note, row.rule_source, row.reference_source, row.stated,
        "..".join(row.gap_to_target) if row.gap_to_target is not None else None,
        derived.method if derived else None, derived.value if derived else None,
        derived_text(row) or None,
    ]


def table(report: Report, lang: str) -> tuple[tuple[str, ...], list[list[object]]]:
    """The columns and the rows of the report as one table: what the CSV and the workbook write.

    A verdict row per verdict, then a row per claim; values are texts, numbers as the report writes
    them, or None for an empty cell. A column added to :data:`COLUMNS` reaches both formats.
    """
    meta = report.meta
    header = [
        meta.plan, meta.rules.path, meta.rules.sha256, meta.dataset.path, meta.dataset.sha256,
        meta.overrides.path if meta.overrides else None, meta.overrides.sha256 if meta.overrides else None,
        meta.engine_version, meta.generated,
    ]
    cells = _cells(report)
    rows: list[list[object]] = []
    for row in report.verdicts:
        override = row.override
        rows.append([
            row.id, row.indicator, row.number, row.name, row.period, row.index, row.rule, row.attribute,
            row.department, row.unit,
            row.target, row.read_as.get(lang), row.reported, row.reported_as.get(lang) if row.reported_as else None,
            row.value, row.threshold, row.gap,
            row.computed_status.value, row.status.value, row.reason.value, row.severity, row.basis,
            row.explanation.get(lang),
            *_progress(row.progress), *_cell(row, cells),
            override.status.value if override else None, override.by if override else None,
            override.date if override else None, override.reason if override else None,
            row.source, row.source_note,
            *_provenance(row),
            *[None] * len(CLAIM_COLUMNS),
            *header,
        ])
    for number, claim in enumerate(report.claims, 1):
        fields: dict[str, object] = {
            "id": f"claim/{number}", "rule": "claim", "source": claim.source,
            "claim_kind": claim.kind, "claim_claimed": claim.claimed_as.get(lang),
            "claim_computed": claim.computed_as.get(lang), "claim_agrees": json.dumps(claim.agrees),
            "claim_finding": claim.finding.get(lang), "claim_text": claim.text,
        }
        rows.append([fields.get(name) for name in COLUMNS[: -len(header)]] + header)
    return COLUMNS, rows


def render(report: Report, lang: str, color: bool) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    columns, rows = table(report, lang)
    writer.writerow(columns)
    writer.writerows([csv_cell(value) for value in row] for row in rows)  # =, +, -, @ start no formula
    return out.getvalue()
