"""The terminal report: a header, an aligned table, the summary and every verdict's explanation.

Alignment counts terminal cells, not characters (a CJK character takes two; ``_text.width``).
ANSI colours only when ``color`` is true, i.e. when the caller writes to a terminal; piped output
is plain text.
"""

from __future__ import annotations

from typing import Any

from ._claims import claim_mark, shown
from ._facts import cell_text, has_progress, progress_facts, rating, rule_mark, several_rules
from ._labels import labels
from ._model import Report, VerdictRow
from ._provenance import provenance, reported_text
from ._text import one_line, pad, truncate, width

_MARK = {"met": "✓", "missed": "✗", "pending": "?"}
#: Longest name and target shown in the table (terminal cells); the explanations below give them in full.
NAME_CELLS = 24
TEXT_CELLS = 24
_STATUS_COLOR = {"met": "32", "missed": "31", "pending": "33"}
_SEVERITY_COLOR = {"fail": "1;31", "warn": "33", "ok": "32", "open": "33"}
_PROGRESS_COLOR = {"achieved_early": "32", "on_track": "32", "needs_acceleration": "33", "regressing": "31"}
#: Longest indicator name in the matrix (terminal cells).
MATRIX_NAME_CELLS = 20


def _paint(text: str, code: str | None, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color and code else text


def _gap(row: VerdictRow) -> str:
    if row.gap is None:
        return "—"
    return row.gap if row.gap.startswith("-") or row.gap == "0" else "+" + row.gap


def _status(row: VerdictRow, L: dict[str, Any]) -> str:
    text = L["status"][row.status.value]
    return text + ("*" if row.override is not None else "")


def _matrix(report: Report, L: dict[str, Any], color: bool) -> list[str]:
    """The indicator x period matrix, aligned in terminal cells, with the cells of each period counted."""
    matrix = report.matrix
    assert matrix is not None
    C, X = L["columns"], L["matrix"]
    header = [C["number"], C["indicator"], *matrix.periods]
    rows = [
        [row.number or "", truncate(one_line(row.name), MATRIX_NAME_CELLS),
         *(cell_text(item, L) or "—" for item in row.cells)]
        for row in matrix.rows
    ]
    paints = [[None, None, *(_STATUS_COLOR[item.status.value] if item else None for item in row.cells)]
              for row in matrix.rows]
    counts = [
        "/".join(str(getattr(matrix.counts[period], key)) for key in ("met", "missed", "pending"))
        for period in matrix.periods
    ]
    status_names = "/".join(L["status"][key] for key in ("met", "missed", "pending"))
    rows.append(["", f"{X['counts']} ({status_names})", *counts])
    paints.append([None] * len(header))
    widths = [max(width(line[i]) for line in [header, *rows]) for i in range(len(header))]

    def line(values: list[str], colours: list[str | None]) -> str:
        last = len(values) - 1
        return "  ".join(
            _paint(value if i == last else pad(value, widths[i], ">" if i == 0 else "<"), colours[i], color)
            for i, value in enumerate(values)
        )

    out = [_paint(X["heading"], "1", color), line(header, ["1"] * len(header))]
    out.append(_paint("  ".join("─" * w for w in widths), "2", color))
    out += [line(values, colours) for values, colours in zip(rows, paints)]
    out.append(_paint(X["caption"], "2", color))
    out.append("")
    return out


_AGREE_COLOR = {True: "32", False: "31", None: "33"}


def _claims(report: Report, lang: str, L: dict[str, Any], color: bool) -> list[str]:
    """Each claim: the finding, what is claimed and what was computed, the sentence and where it is."""
    W = L["claims"]
    out = [_paint(W["heading"], "1", color)]
    if not report.claims:
        out.append(W["none"])
    for claim in report.claims:
        out.append(_paint(f"{claim_mark(claim.agrees)} {claim.finding.get(lang)}", _AGREE_COLOR[claim.agrees], color))
        out.append(f"    {W['claimed']}: {claim.claimed_as.get(lang)}")
        out.append(f"    {W['computed']}: {claim.computed_as.get(lang)}")
        out.append(f"    {W['text']}: {one_line(claim.text)} ({claim.source})")
    out.append("")
    return out


def render(report: Report, lang: str, color: bool) -> str:
    L = labels(lang)
    C, M, S = L["columns"], L["meta"], L["summary"]
    meta = report.meta
    dim = "2"
    out = [_paint(meta.plan, "1", color)]
    place = f"{meta.jurisdiction} · " if meta.jurisdiction else ""
    out.append(f"{place}{M['periods']}: {', '.join(meta.periods)}")
    files = [(M["rules"], meta.rules), (M["dataset"], meta.dataset)]
    if meta.overrides is not None:
        files.append((M["overrides"], meta.overrides))
    files += [(L["claims"]["documents"], document) for document in meta.documents]
    label_width = max(width(name) for name, _ in files)
    for name, ref in files:
        out.append(_paint(f"{pad(name, label_width)}  {ref.path}  sha256:{ref.sha256}", dim, color))
    engine = f"{M['engine']}: {meta.engine} {meta.engine_version} · {M['generated']}: {meta.generated}"
    out.append(_paint(engine, dim, color))
    out.append("")

    several = several_rules(report.verdicts)
    with_rule = bool(several) or any(row.rule == "expr" for row in report.verdicts)
    with_progress = has_progress(report.verdicts)
    header = ["", C["number"], C["indicator"], C["period"]] + ([C["rule"]] if with_rule else []) + [
        C["attribute"], C["target"], C["read_as"], C["reported"], C["gap"], C["status"],
    ] + ([C["progress"]] if with_progress else []) + [C["severity"], C["reason"]]
    right = {1, header.index(C["gap"])}
    cells: list[list[str]] = []
    colors: list[list[str | None]] = []
    for row in report.verdicts:
        status = row.status.value
        values = [_MARK[status], row.number or "", truncate(one_line(row.name), NAME_CELLS), row.period]
        paints: list[str | None] = [_STATUS_COLOR[status], None, None, None]
        if with_rule:
            values.append(rule_mark(row, several, L) or "—")
            paints.append(None)
        values += [
            L["attributes"].get(row.attribute, row.attribute) if row.attribute else "—",
            truncate(one_line(row.target), TEXT_CELLS), row.read_as.get(lang),
            truncate(reported_text(row, L, lang), TEXT_CELLS) or "—", _gap(row), _status(row, L),
        ]
        paints += [None] * 5 + [_STATUS_COLOR[status]]
        if with_progress:
            values.append(rating(row.progress, L) or "—")
            paints.append(_PROGRESS_COLOR.get(row.progress.rating.value) if row.progress is not None else None)
        values += [L["severity"][row.severity], L["reason"][row.reason.value]]
        paints += [_SEVERITY_COLOR[row.severity], None]
        cells.append(values)
        colors.append(paints)
    widths = [max(width(line[i]) for line in [header, *cells]) for i in range(len(header))]

    def line(values: list[str], paints: list[str | None]) -> str:
        last = len(values) - 1
        parts = [
            _paint(value if i == last else pad(value, widths[i], ">" if i in right else "<"), paints[i], color)
            for i, value in enumerate(values)
        ]
        return "  ".join(parts)

    out.append(line(header, ["1"] * len(header)))
    out.append(_paint("  ".join("─" * w for w in widths), dim, color))
    for values, paints in zip(cells, colors):
        out.append(line(values, paints))
    out.append("")

    if report.matrix is not None:
        out += _matrix(report, L, color)

    summary = report.summary
    counts = summary.indicators_by_status
    status_counts = "，".join if lang == "zh" else ", ".join
    folded = status_counts(
        _paint(f"{L['status'][key]} {getattr(counts, key)}", _STATUS_COLOR[key], color)
        for key in ("met", "missed", "pending")
    )
    if summary.cells != summary.indicators:  # several periods: the folded counts are of cells
        out.append(f"{S['indicator_count']}: {summary.indicators}")
        out.append(f"{S['cells']}: {summary.cells} — {folded}")
    else:
        out.append(f"{S['indicators']}: {summary.indicators} — {folded}")
    rows = summary.by_status
    out.append(f"{S['verdicts']}: {summary.verdicts} — " + status_counts(
        f"{L['status'][key]} {getattr(rows, key)}" for key in ("met", "missed", "pending")
    ))
    severity = summary.by_severity
    out.append(f"{S['by_severity']}: " + status_counts(
        _paint(f"{L['severity'][key]} {getattr(severity, key)}",
               _SEVERITY_COLOR[key] if key in ("fail", "warn") else None, color)
        for key in ("fail", "warn", "ok", "open")
    ))
    if summary.by_progress:
        out.append(f"{S['by_progress']}: " + status_counts(
            _paint(f"{L['progress']['rating'][key]} {n}", _PROGRESS_COLOR.get(key), color)
            for key, n in summary.by_progress.items()
        ))
    if summary.overridden:
        out.append(f"* {S['overridden']}: {summary.overridden}")
    out.append("")

    if shown(report):
        out += _claims(report, lang, L, color)

    out.append(_paint(C["explanation"], "1", color))
    for row in report.verdicts:
        number = f"{row.number} " if row.number else ""
        where = f" · {row.department}" if row.department else ""
        mark = rule_mark(row, several, L)
        mark = f", {mark}" if mark else ""
        out.append(f"{_paint(_MARK[row.status.value], _STATUS_COLOR[row.status.value], color)} "
                   f"{number}{one_line(row.name)} ({row.indicator}, {row.period}{mark}){where}")
        if row.rule == "expr":
            out.append(f"    {L['rules']['expr']}: {one_line(row.target)}")
        out.append(f"    {row.explanation.get(lang)}")
        # where it comes from: the rule, the data row (its source and note columns), derived inputs, the reference
        out.append(_paint("    " + " · ".join(f"{label} {text}" for label, text in provenance(row, L, lang)), dim, color))
        if row.progress is not None:
            facts = "; ".join(f"{name} {value}" for name, value in progress_facts(row.progress, L, lang))
            out.append("    " + _paint(f"{C['progress']}: {rating(row.progress, L)}",
                                       _PROGRESS_COLOR.get(row.progress.rating.value), color) + f" — {facts}")
        if row.override is not None:
            o = row.override
            out.append("    " + _paint(L["override_line"].format(
                computed=L["status"][row.computed_status.value], status=L["status"][row.status.value],
                by=o.by, date=o.date, reason=one_line(o.reason),
            ), "36", color))
    return "\n".join(out) + "\n"
