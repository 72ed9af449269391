"""The terminal report: a header, an aligned table, the summary and every verdict's explanation.

Alignment counts terminal cells, not characters (a CJK character takes two; ``_text.width``).
ANSI colours only when ``color`` is true, i.e. when the caller writes to a terminal; piped output
is plain text.
"""

from __future__ import annotations

from typing import Any

from ._labels import labels
from ._model import Report, VerdictRow
from ._text import one_line, pad, truncate, width

_MARK = {"met": "✓", "missed": "✗", "pending": "?"}
#: Longest name and target shown in the table (terminal cells); the explanations below give them in full.
NAME_CELLS = 24
TEXT_CELLS = 24
_STATUS_COLOR = {"met": "32", "missed": "31", "pending": "33"}
_SEVERITY_COLOR = {"fail": "1;31", "warn": "33", "ok": "32", "open": "33"}


def _paint(text: str, code: str | None, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color and code else text


def _gap(row: VerdictRow) -> str:
    if row.gap is None:
        return "—"
    return row.gap if row.gap.startswith("-") or row.gap == "0" else "+" + row.gap


def _status(row: VerdictRow, L: dict[str, Any]) -> str:
    text = L["status"][row.status.value]
    return text + ("*" if row.override is not None else "")


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
    label_width = max(width(name) for name, _ in files)
    for name, ref in files:
        out.append(_paint(f"{pad(name, label_width)}  {ref.path}  sha256:{ref.sha256}", dim, color))
    engine = f"{M['engine']}: {meta.engine} {meta.engine_version} · {M['generated']}: {meta.generated}"
    out.append(_paint(engine, dim, color))
    out.append("")

    header = ["", C["number"], C["indicator"], C["period"], C["attribute"], C["target"], C["read_as"],
              C["reported"], C["gap"], C["status"], C["severity"], C["reason"]]
    right = {1, 8}
    cells: list[list[str]] = []
    colors: list[list[str | None]] = []
    for row in report.verdicts:
        status = row.status.value
        cells.append([
            _MARK[status], row.number or "", truncate(one_line(row.name), NAME_CELLS), row.period,
            row.attribute or "—", truncate(one_line(row.target), TEXT_CELLS), row.read_as.get(lang),
            truncate(one_line(row.reported), TEXT_CELLS) or "—",
            _gap(row), _status(row, L), L["severity"][row.severity], L["reason"][row.reason.value],
        ])
        colors.append(
            [_STATUS_COLOR[status]] + [None] * 8 + [_STATUS_COLOR[status], _SEVERITY_COLOR[row.severity], None]
        )
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

    summary = report.summary
    counts = summary.indicators_by_status
    status_counts = "，".join if lang == "zh" else ", ".join
    folded = status_counts(
        _paint(f"{L['status'][key]} {getattr(counts, key)}", _STATUS_COLOR[key], color)
        for key in ("met", "missed", "pending")
    )
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
    if summary.overridden:
        out.append(f"* {S['overridden']}: {summary.overridden}")
    out.append("")

    out.append(_paint(C["explanation"], "1", color))
    for row in report.verdicts:
        number = f"{row.number} " if row.number else ""
        where = f" · {row.department}" if row.department else ""
        source = f" · {row.source}" if row.source else ""
        out.append(f"{_paint(_MARK[row.status.value], _STATUS_COLOR[row.status.value], color)} "
                   f"{number}{one_line(row.name)} ({row.indicator}, {row.period}){where}{source}")
        out.append(f"    {row.explanation.get(lang)}")
        if row.override is not None:
            o = row.override
            out.append("    " + _paint(L["override_line"].format(
                computed=L["status"][row.computed_status.value], status=L["status"][row.status.value],
                by=o.by, date=o.date, reason=one_line(o.reason),
            ), "36", color))
    return "\n".join(out) + "\n"
