"""The Excel report: a workbook with a ``verdicts`` sheet, a ``summary`` sheet and, from documents, ``claims``.

``verdicts`` has the CSV report's columns and rows (:func:`compliance.report._csv.table`: a column
added there appears here), one row per verdict, the header frozen and an autofilter on every column;
the status cells (``status``, ``computed_status``, ``cell_status``) are filled green (met), red
(missed) or yellow (pending), as Excel's own good / bad / neutral styles are. Figures (``value``,
``threshold``, ``gap``, the progress numbers) are numbers where their decimal text reads back
exactly from a float, so a column sorts and sums; anything else (a range ``8-9``, a long decimal)
stays text, as the report writes it. ``summary`` gives the report's header (plan, files with their
SHA-256, engine, time) and its counts: verdict rows by final and computed status, by severity, by
attribute and by period, and indicators by status and attribute (indicator x period cells, so
titled, when the report covers several periods). ``claims`` (a report from
documents) has a row per claim. Sheet names and column names are stable English keys, for scripts.
Every text is a text cell: one that starts with ``=`` (a reported cell ``=HYPERLINK(...)``) is never
written as a formula.
The workbook is dated with the report's generation time, inside and in its zip entries, so the same
report gives the same bytes (``SOURCE_DATE_EPOCH``), as the text formats do.

Needs openpyxl (``pip install 'compliance[xlsx]'``); without it :func:`render` raises an
:class:`~compliance.errors.InputError` saying so, which the command line prints as one line (exit 2).
"""

from __future__ import annotations

import io
import re
from datetime import datetime, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

from ..errors import InputError
from ._csv import CLAIM_COLUMNS, PROGRESS_COLUMNS, table
from ._model import Report, StatusCounts

#: fills of a status cell: Excel's "Good", "Bad" and "Neutral" colours
FILLS = {"met": "C6EFCE", "missed": "FFC7CE", "pending": "FFEB9C"}
#: columns whose cells are statuses (filled by :data:`FILLS`)
STATUS_COLUMNS = ("status", "computed_status", "cell_status")
#: columns that hold figures: numbers in the workbook when exact
NUMBER_COLUMNS = frozenset({"index", "value", "threshold", "gap", *PROGRESS_COLUMNS[2:11]})
_STATUSES = ("met", "missed", "pending")


def render(report: Report, lang: str, color: bool) -> bytes:
    try:
        from openpyxl import Workbook
    except ImportError:
        raise InputError("writing an xlsx report needs openpyxl", hint="pip install 'compliance[xlsx]'") from None

    book = Workbook()
    sheet = book.active
    sheet.title = "verdicts"
    columns, rows = table(report, lang)
    rule = columns.index("rule")
    claims = [row for row in rows if row[rule] == "claim"]
    verdict_columns = [c for c in columns if c not in CLAIM_COLUMNS]
    keep = [columns.index(c) for c in verdict_columns]
    _sheet(sheet, verdict_columns, [[row[i] for i in keep] for row in rows if row[rule] != "claim"])
    _summary(book.create_sheet("summary"), report)
    if claims:
        claim_columns = ["id", "source", *CLAIM_COLUMNS]
        keep = [columns.index(c) for c in claim_columns]
        _sheet(book.create_sheet("claims"), claim_columns, [[row[i] for i in keep] for row in claims])
    generated = datetime.fromisoformat(report.meta.generated).astimezone(timezone.utc).replace(tzinfo=None)
    book.properties.title = report.meta.plan
    book.properties.creator = f"compliance {report.meta.engine_version}"
    book.properties.created = book.properties.modified = generated
    out = io.BytesIO()
    book.save(out)
    return _stamped(out.getvalue(), generated)


def _stamped(workbook: bytes, when: datetime) -> bytes:
    """The workbook with every zip entry dated ``when`` (the report's time), so that the same report
    gives the same bytes (``SOURCE_DATE_EPOCH``), as the text formats do."""
    import zipfile

    stamp = max(when, datetime(1980, 1, 1)).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            content = source.read(entry)
            if entry.filename == "docProps/core.xml":  # openpyxl sets `modified` to the time of saving
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + when.strftime("%Y-%m-%dT%H:%M:%SZ").encode(),
                                 content)
            target.writestr(zipfile.ZipInfo(entry.filename, date_time=stamp), content,
                            compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _sheet(sheet: Any, columns: list[str], rows: list[list[object]]) -> None:
    """A table: a bold header row, frozen, with an autofilter; status cells filled."""
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet.append(columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    numbers = [name in NUMBER_COLUMNS for name in columns]
    for row in rows:
        sheet.append([_number(value) if number else value for value, number in zip(row, numbers)])
        for cell in sheet[sheet.max_row]:
            if cell.data_type == "f":  # openpyxl takes a text starting with = for a formula: it is text here
                cell.data_type = "s"
    fills = {status: PatternFill("solid", start_color=rgb, end_color=rgb) for status, rgb in FILLS.items()}
    for name in STATUS_COLUMNS:
        if name not in columns:
            continue
        for (cell,) in sheet.iter_rows(min_row=2, min_col=columns.index(name) + 1, max_col=columns.index(name) + 1):
            if cell.value in fills:
                cell.fill = fills[cell.value]
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    for index, name in enumerate(columns, 1):
        width = max([len(name), *(len(str(row[index - 1])) for row in rows[:200] if row[index - 1] is not None)])
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 8), 60)


def _number(value: object) -> object:
    """A figure's decimal text as a number when a float holds it exactly (as written), else the text."""
    if not isinstance(value, str):
        return value
    try:
        exact = Decimal(value)
    except InvalidOperation:
        return value
    if not exact.is_finite():
        return value
    number = float(exact)
    return int(exact) if exact == exact.to_integral_value() and abs(exact) < 2**53 else (
        number if Decimal(repr(number)) == exact else value
    )


def _summary(sheet: Any, report: Report) -> None:
    """The header facts, then the counts, each a small table under a bold title."""
    from openpyxl.styles import Font

    meta, summary = report.meta, report.summary
    bold = Font(bold=True)

    def title(text: str) -> None:
        if sheet.max_row > 1:
            sheet.append([])
        sheet.append([text])
        sheet.cell(sheet.max_row, 1).font = bold

    def counts(heading: str, by: dict[str, StatusCounts]) -> None:
        title(heading)
        sheet.append(["", *_STATUSES, "total"])
        for key, c in by.items():
            sheet.append([key, c.met, c.missed, c.pending, c.total])

    title("report")
    facts: list[tuple[str, object]] = [
        ("plan", meta.plan), ("jurisdiction", meta.jurisdiction), ("periods", ", ".join(meta.periods)),
        ("rules_file", meta.rules.path), ("rules_sha256", meta.rules.sha256),
        ("dataset_file", meta.dataset.path), ("dataset_sha256", meta.dataset.sha256),
        ("overrides_file", meta.overrides.path if meta.overrides else None),
        ("overrides_sha256", meta.overrides.sha256 if meta.overrides else None),
        *((f"document_{n}", f"{d.path} ({d.sha256})") for n, d in enumerate(meta.documents, 1)),
        ("engine_version", meta.engine_version), ("generated", meta.generated),
        ("verdicts", summary.verdicts), ("indicators", summary.indicators), ("cells", summary.cells),
        ("overridden", summary.overridden),
    ]
    for fact in facts:
        sheet.append(list(fact))
    counts("verdicts by status", {"final": summary.by_status, "computed": summary.computed_by_status})
    title("verdicts by severity")
    for key, n in summary.by_severity.model_dump().items():
        sheet.append([key, n])
    counts("verdicts by attribute", summary.by_attribute)
    counts("verdicts by period", summary.by_period)
    # one period: each indicator once; several: each indicator x period cell (what the counts count)
    folded = "indicators" if len(meta.periods) <= 1 else "indicator x period cells"
    counts(f"{folded} by status", {"final": summary.indicators_by_status})
    counts(f"{folded} by attribute", summary.indicators_by_attribute)
    if summary.by_progress:
        title("verdicts by progress rating")
        for key, n in summary.by_progress.items():
            sheet.append([key, n])
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 40
