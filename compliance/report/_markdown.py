"""The Markdown report, for pasting into an audit memo: header, summary, matrix, verdict table, evidence, reviews.

The indicator x period matrix appears when the report covers several periods; the verdict table
gains a progress column when some verdict has a progress rating.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Any

from ._claims import claim_mark, shown
from ._facts import cell_text, has_progress, progress_facts, rating, rule_mark, several_rules
from ._labels import labels
from ._model import UNSPECIFIED, Report, StatusCounts, VerdictRow
from ._provenance import provenance, reported_text
from ._text import one_line
from .escape import markdown_text

_MARK = {"met": "✓", "missed": "✗", "pending": "?"}


def cell(text: object) -> str:
    """A table cell: one line, pipes escaped, ``—`` when empty.

    >>> cell("达到市级\\n要求|x"), cell(None)
    ('达到市级要求\\\\|x', '—')
    """
    if text is None or text == "":
        return "—"
    return one_line(str(text)).replace("\\", "\\\\").replace("|", "\\|")


def _table(header: list[str], rows: list[list[str]], right: AbstractSet[int] = frozenset()) -> list[str]:
    lines = ["| " + " | ".join(header) + " |"]
    lines.append("|" + "|".join("---:" if i in right else "---" for i in range(len(header))) + "|")
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def status_text(row: VerdictRow, L: dict[str, Any]) -> str:
    final = f"{_MARK[row.status.value]} {L['status'][row.status.value]}"
    if row.override is None or row.override.status is row.computed_status:
        return final + (f" ({L['accepted']})" if row.override is not None else "")
    return f"~~{L['status'][row.computed_status.value]}~~ → {final}"


def _counts_row(name: str, counts: StatusCounts) -> list[str]:
    return [name, str(counts.met), str(counts.missed), str(counts.pending), str(counts.total)]


def render(report: Report, lang: str, color: bool) -> str:
    L = labels(lang)
    M, C, S = L["meta"], L["columns"], L["summary"]
    meta, summary = report.meta, report.summary
    out: list[str] = [f"# {L['title']}：{meta.plan}" if lang == "zh" else f"# {L['title']}: {meta.plan}", ""]

    facts = [
        [M["plan"], cell(meta.plan)],
        [M["jurisdiction"], cell(meta.jurisdiction)],
        [M["periods"], ", ".join(meta.periods)],
        [M["rules"], f"`{meta.rules.path}` ({M['sha256']} `{meta.rules.sha256}`)"],
        [M["dataset"], f"`{meta.dataset.path}` ({M['sha256']} `{meta.dataset.sha256}`)"],
    ]
    if meta.overrides is not None:
        facts.append([M["overrides"], f"`{meta.overrides.path}` ({M['sha256']} `{meta.overrides.sha256}`)"])
    for document in meta.documents:
        facts.append([L["claims"]["documents"], f"`{document.path}` ({M['sha256']} `{document.sha256}`)"])
    facts += [[M["engine"], f"{meta.engine} {meta.engine_version}"], [M["generated"], meta.generated]]
    out += _table(["", ""], facts) + [""]

    out += [f"## {S['heading']}", ""]
    status_header = [L["status"]["met"], L["status"]["missed"], L["status"]["pending"], S["total"]]
    attribute = lambda key: L["attributes"].get(key, L["unspecified"] if key == UNSPECIFIED else key)  # noqa: E731
    of_cells = summary.cells != summary.indicators  # several periods: the folded counts are of cells
    rows = [_counts_row(S["cells"] if of_cells else S["indicators"], summary.indicators_by_status)]
    rows += [_counts_row(f"· {attribute(k)}", v) for k, v in summary.indicators_by_attribute.items()]
    rows.append(_counts_row(f"{S['verdicts']}（{S['final']}）" if lang == "zh" else f"{S['verdicts']} ({S['final']})",
                            summary.by_status))
    if summary.overridden:
        rows.append(_counts_row(f"{S['verdicts']}（{S['computed']}）" if lang == "zh"
                                else f"{S['verdicts']} ({S['computed']})", summary.computed_by_status))
    out += _table([""] + status_header, rows, right={1, 2, 3, 4}) + [""]
    if of_cells:
        out += [f"{S['indicator_count']}: {summary.indicators} · {S['cell_count']}: {summary.cells}", ""]
    severity = summary.by_severity
    out.append(f"{S['by_severity']}: " + " · ".join(
        f"{L['severity'][key]} {getattr(severity, key)}" for key in ("fail", "warn", "ok", "open")
    ))
    if summary.by_progress:
        out.append("")
        out.append(f"{S['by_progress']}: " + " · ".join(
            f"{L['progress']['rating'][key]} {n}" for key, n in summary.by_progress.items()
        ))
    if summary.overridden:
        out.append("")
        out.append(f"{S['overridden']}: {summary.overridden}")
    out.append("")

    if report.matrix is not None:
        out += _matrix(report, L)
    if shown(report):
        out += _claims(report, lang, L)

    out += [f"## {L['verdicts_heading']}", ""]
    progress = has_progress(report.verdicts)
    several = several_rules(report.verdicts)
    header = [C["number"], C["indicator"], C["period"], C["attribute"], C["department"], C["target"], C["read_as"],
              C["reported"], C["value"], C["threshold"], C["gap"], C["status"], C["reason"], C["severity"]]
    if progress:
        header.append(C["progress"])
    table_rows = []
    for row in report.verdicts:
        mark = rule_mark(row, several, L)
        table_rows.append([
            cell(row.number), f"{cell(row.name)} `{row.indicator}`" + (f" {cell(mark)}" if mark else ""), row.period,
            cell(L["attributes"].get(row.attribute, row.attribute) if row.attribute else None),
            cell(row.department), cell(row.target), cell(row.read_as.get(lang)), cell(reported_text(row, L, lang)),
            cell(row.value), cell(row.threshold), cell(row.gap), status_text(row, L),
            cell(L["reason"][row.reason.value]), cell(L["severity"][row.severity]),
        ] + ([cell(rating(row.progress, L))] if progress else []))
    out += _table(header, table_rows, right={8, 9, 10}) + [""]

    out += [f"## {L['evidence_heading']}", ""]
    for index, row in enumerate(report.verdicts, 1):
        number = f"{row.number} " if row.number else ""
        mark = rule_mark(row, several, L)
        out.append(f"{index}. **{number}{cell(row.name)}** `{row.indicator}` {row.period}"
                   + (f" {cell(mark)}" if mark else "") + " — "
                   f"{status_text(row, L)}, {L['severity'][row.severity]} (`{row.reason.value}`)")
        out.append(f"   - {C['explanation']}: {cell(row.explanation.get(lang))}")
        if row.rule == "expr":
            out.append(f"   - {L['rules']['expr']}: `{cell(row.target)}`")
        if row.progress is not None:
            figures = "; ".join(f"{name} {cell(value)}" for name, value in progress_facts(row.progress, L, lang))
            out.append(f"   - {C['progress']}: **{rating(row.progress, L)}** (`{row.progress.rating.value}`) — {figures}")
        if row.override is not None:
            out.append(f"   - {C['override']}: " + _override_line(row, L))
        for label, text in provenance(row, L, lang):
            out.append(f"   - {label}: {cell(text)}")
    out.append("")

    out += [f"## {L['overrides_heading']}", ""]
    reviewed = [row for row in report.verdicts if row.override is not None]
    if not reviewed:
        out.append(L["no_overrides"])
    for row in reviewed:
        mark = rule_mark(row, several, L)
        out.append(f"- `{row.indicator}` {row.period}" + (f" {cell(mark)}" if mark else "") + ": "
                   + _override_line(row, L))
    return markdown_text("\n".join(out) + "\n")  # the data's <script>, <img ...> shown, never run


def _matrix(report: Report, L: dict[str, Any]) -> list[str]:
    """The indicator x period matrix: a row per indicator, a column per period, the worst status of each cell."""
    matrix = report.matrix
    assert matrix is not None
    C, X = L["columns"], L["matrix"]
    out = [f"## {X['heading']}", "", X["caption"], ""]
    header = [C["number"], C["indicator"], *matrix.periods]
    rows = [
        [cell(row.number), f"{cell(row.name)} `{row.indicator}`",
         *(cell(cell_text(item, L)) for item in row.cells)]
        for row in matrix.rows
    ]
    status = lambda key: L["status"][key]  # noqa: E731
    rows.append(["", f"**{X['counts']}**", *(
        " · ".join(f"{status(key)} {getattr(counts, key)}" for key in ("met", "missed", "pending"))
        for counts in (matrix.counts[period] for period in matrix.periods)
    )])
    return out + _table(header, rows) + [""]


def _claims(report: Report, lang: str, L: dict[str, Any]) -> list[str]:
    """What the documents claim of their own targets, beside the computed verdicts."""
    W = L["claims"]
    out = [f"## {W['heading']}", ""]
    if not report.claims:
        return out + [W["none"], ""]
    rows = [
        [f"{claim_mark(c.agrees)} {cell(c.finding.get(lang))}", cell(c.claimed_as.get(lang)), cell(c.computed_as.get(lang)),
         cell(c.text), f"`{cell(c.source)}`"]
        for c in report.claims
    ]
    return out + _table([W["agrees"], W["claimed"], W["computed"], W["text"], W["source"]], rows) + [""]


def _override_line(row: VerdictRow, L: dict[str, Any]) -> str:
    assert row.override is not None
    return L["override_line"].format(
        computed=L["status"][row.computed_status.value], status=L["status"][row.status.value],
        by=cell(row.override.by), date=row.override.date, reason=cell(row.override.reason),
    )
