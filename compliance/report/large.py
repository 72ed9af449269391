"""Reports of a streamed (large) run: summary pages, and every verdict row streamed to CSV or JSON.

A run of millions of verdicts (:mod:`compliance.scale.stream`) is not shown one row per verdict. The
``table``, ``md`` and ``html`` formats become **summary pages**: the header (plan, periods, as-of
year, region columns, rules file and dataset with their SHA-256, engine, time), the counts by
status, severity, attribute, reason, period and indicator, the regions with the most missed
verdicts, and a sample of missed and pending verdicts with their full explanations. The ``csv`` and
``json`` formats carry **every verdict**, written batch by batch as the run goes (memory stays
bounded):

* CSV: a header row, then one row per verdict: the region columns, then
  :data:`compliance.scale.stream.COLUMNS` (the per-verdict columns of the normal CSV report: the
  margin as ``gap``, ``stated``, ``gap_to_target`` and each row's ``explanation``). Every text
  cell is quoted; CRLF line ends.
* JSON: one document, ``{"meta": ..., "verdicts": [...], "summary": ...}`` — the normal report's
  three keys, with ``meta.format`` ``compliance-stream-report``; ``verdicts`` holds one object per
  line (the CSV's columns as keys, decimals as strings, ``null`` for none) and ``summary`` comes
  last, once it is known. ``json.load`` reads it; a line-oriented tool can take lines 3 to n-3.

Presentation only: nothing here judges. Files are written atomically (:func:`compliance.files.atomic.atomic_output`).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from datetime import UTC, datetime
from html import escape
from importlib import resources
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..models import Status
from ..plans.severity import SEVERITIES
from ._labels import labels
from ._markdown import cell
from ._model import SCHEMA_VERSION, UNSPECIFIED
from ._streamed import csv_table, summary_json, write_rows  # noqa: F401 - the writer's home is report/_streamed
from ._text import one_line, pad, truncate, width

if TYPE_CHECKING:  # pragma: no cover
    from ..scale.stream import StreamCheck, StreamSummary, Tally

FORMAT = "compliance-stream-report"
_STATUSES = tuple(status.value for status in Status)
_STATUS_COLOR = {"met": "32", "missed": "31", "pending": "33"}

# --------------------------------------------------------------------------- header


def stream_meta(run: StreamCheck, rules_path: str, *, now: datetime | str | None = None) -> dict[str, Any]:
    """The report header of a streamed run (known before judging starts: the JSON writes it first).

    ``now`` is the generation time (default: ``$SOURCE_DATE_EPOCH`` when set, else the current time).
    """
    from .. import __version__

    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,  # the whole report's: one version history (docs/reports.md)
        "plan": run.rules.plan.name,
        "jurisdiction": run.rules.plan.jurisdiction,
        "periods": list(run.periods),
        "as_of": run.as_of,
        "by": list(run.by),
        "rules": {"path": str(rules_path), "sha256": sha256_of(rules_path)},
        "dataset": {"path": run.path, "sha256": sha256_of(run.path)},
        "engine": "compliance",
        "engine_version": __version__,
        "generated": _timestamp(now),
    }


def sha256_of(path: str | os.PathLike[str]) -> str:
    """The SHA-256 of a file, read in blocks (a dataset may be larger than memory)."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise InputError(f"cannot read for its SHA-256: {exc.strerror or exc}", file=str(path)) from None
    return digest.hexdigest()


def _timestamp(now: datetime | str | None) -> str:
    if isinstance(now, str):
        now = datetime.fromisoformat(now)
    if now is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        now = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return now.isoformat(timespec="seconds")


# --------------------------------------------------------------------------- streamed rows: report/_streamed.py

# --------------------------------------------------------------------------- summary pages


def render_summary(summary: StreamSummary, meta: dict[str, Any], fmt: str, *, lang: str = "zh",
                   color: bool = False) -> str:
    """The summary page of a streamed run as ``table``, ``md`` or ``html``."""
    if lang not in ("zh", "en"):
        raise ValueError(f"no report language {lang!r}; use 'zh' or 'en'")
    render = _PAGES.get(fmt)
    if render is None:
        raise ValueError(f"the summary page is {', '.join(SUMMARY_FORMATS)}, not {fmt!r}")
    from .escape import markdown_text, visible_controls

    page = render(visible_controls(summary), visible_controls(meta), lang, color)  # no ESC, BEL ... from the data
    return markdown_text(page) if fmt == "md" else page


def _n(value: int) -> str:
    return f"{value:,}"


def _attribute(key: str, L: dict[str, Any]) -> str:
    return L["unspecified"] if key == UNSPECIFIED else L["attributes"].get(key, key)


def _sections(summary: StreamSummary, meta: dict[str, Any], lang: str) -> dict[str, Any]:
    """What every summary page shows, as (heading, header, rows) tables of plain text."""
    L = labels(lang)
    W = L["large"]
    M, S, C = L["meta"], L["summary"], L["columns"]
    status_header = [L["status"][s] for s in _STATUSES] + [S["total"]]

    def counts(tally: Tally) -> list[str]:
        return [_n(tally.met), _n(tally.missed), _n(tally.pending), _n(tally.total)]

    facts = [
        (M["plan"], meta["plan"]),
        (M["jurisdiction"], meta.get("jurisdiction") or L["none"]),
        (M["periods"], ", ".join(meta["periods"])),
        (W["as_of"], str(meta["as_of"])),
        (W["by"], ", ".join(meta["by"]) or W["whole_file"]),
        (M["rules"], f"{meta['rules']['path']} ({M['sha256']} {meta['rules']['sha256']})"),
        (M["dataset"], f"{meta['dataset']['path']} ({M['sha256']} {meta['dataset']['sha256']})"),
        (M["engine"], f"{meta['engine']} {meta['engine_version']}"),
        (M["generated"], meta["generated"]),
    ]
    line = (f"{W['rows_read']} {_n(summary.rows_read)} · {S['verdicts']} {_n(summary.verdicts)} "
            f"({W['cells_without_row']} {_n(summary.cells_without_row)}) · {W['regions']} {_n(summary.regions)}")
    totals = [[S["verdicts"], *counts(summary.by_status)]]
    totals += [[f"· {_attribute(k, L)}", *counts(v)] for k, v in summary.by_attribute.items()]
    totals.append([W["regions_by_worst"], *counts(summary.regions_by_status)])
    severity = f"{S['by_severity']}: " + " · ".join(
        f"{L['severity'][key]} {_n(summary.by_severity.get(key, 0))}" for key in SEVERITIES
    )
    reasons = f"{W['by_reason']}: " + " · ".join(
        f"{L['reason'].get(key, key)} {_n(n)}" for key, n in summary.by_reason.items()
    )
    progress = f"{S['by_progress']}: " + " · ".join(  # plan-period targets judged before their end
        f"{L['progress']['rating'].get(key, key)} {_n(n)}" for key, n in summary.by_progress.items()
    ) if summary.by_progress else ""
    periods = [[period, *counts(tally)] for period, tally in summary.by_period.items()]
    indicators = [
        [row.number or "", one_line(row.name), row.indicator, _attribute(row.attribute or UNSPECIFIED, L),
         *counts(row.counts)]
        for row in summary.by_indicator
    ]
    regions = [[" / ".join(row.region), *counts(row.counts)] for row in summary.top_regions]
    sample = [
        [" / ".join(row.region) or "—", row.number or "", one_line(row.name), row.period, one_line(row.target),
         one_line(row.reported) or L["none"], row.gap or L["none"], L["status"][row.status.value],
         L["reason"].get(row.reason.value, row.reason.value), row.source or L["none"],
         row.explanation.get(lang, "")]
        for row in summary.sample
    ]
    sample_n = max(1, max((sum(1 for r in summary.sample if (r.indicator, r.period, r.status) == key)
                           for key in {(r.indicator, r.period, r.status) for r in summary.sample}), default=1))
    return {
        "title": W["title"].format(plan=meta["plan"]),
        "note": W["note"], "facts": facts, "line": line, "severity": severity, "reasons": reasons,
        "progress": progress,
        "totals": ([""] + status_header, totals),
        "periods": (S["by_period"], [C["period"]] + status_header, periods),
        "indicators": (W["by_indicator"], [C["number"], C["indicator"], C["id"], C["attribute"]] + status_header,
                       indicators),
        "regions": (W["top_regions"].format(n=len(regions)), [W["region"]] + status_header, regions),
        "sample": (W["sample"].format(n=sample_n),
                   [W["region"], C["number"], C["indicator"], C["period"], C["target"], C["reported"], C["gap"],
                    C["status"], C["reason"], C["source"], C["explanation"]], sample),
        "no_sample": W["no_sample"], "summary": S["heading"], "has_regions": bool(meta["by"]),
    }


# ---- Markdown


def _md_table(header: list[str], rows: list[list[str]], right_from: int) -> list[str]:
    out = ["| " + " | ".join(cell(h) if h else " " for h in header) + " |"]
    out.append("|" + "|".join("---:" if i >= right_from else "---" for i in range(len(header))) + "|")
    out += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return out


def _markdown(summary: StreamSummary, meta: dict[str, Any], lang: str, color: bool) -> str:
    s = _sections(summary, meta, lang)
    out = [f"# {s['title']}", "", f"_{s['note']}_", ""]
    out += ["| | |", "|---|---|"] + [f"| {cell(k)} | {cell(v)} |" for k, v in s["facts"]] + [""]
    out += [f"## {s['summary']}", "", s["line"], ""]
    header, rows = s["totals"]
    out += _md_table(header, rows, 1) + ["", s["severity"], "", s["reasons"], ""]
    out += [s["progress"], ""] if s["progress"] else []
    for key, right in (("periods", 1), ("indicators", 4), ("regions", 1)):
        heading, header, rows = s[key]
        if key == "regions" and not s["has_regions"]:
            continue
        out += [f"## {heading}", ""] + _md_table(header, rows, right) + [""]
    heading, header, rows = s["sample"]
    out += [f"## {heading}", ""]
    out += (_md_table(header, rows, 99) if rows else [s["no_sample"]]) + [""]
    return "\n".join(out)


# ---- terminal


def _paint(text: str, code: str | None, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color and code else text


def _aligned(header: list[str], rows: list[list[str]], right_from: int, color: bool,
             cells: int = 28) -> list[str]:
    rows = [[truncate(value, cells) for value in row] for row in rows]
    widths = [max(width(line[i]) for line in [header, *rows]) for i in range(len(header))]

    def line(values: list[str]) -> str:
        return "  ".join(pad(v, widths[i], ">" if i >= right_from else "<") for i, v in enumerate(values)).rstrip()

    return [_paint(line(header), "1", color), _paint("  ".join("─" * w for w in widths), "2", color)] + [
        line(row) for row in rows
    ]


def _table(summary: StreamSummary, meta: dict[str, Any], lang: str, color: bool) -> str:
    s = _sections(summary, meta, lang)
    out = [_paint(s["title"], "1", color), _paint(s["note"], "2", color)]
    label = max(width(k) for k, _ in s["facts"])
    out += [f"{pad(k, label)}  {v}" for k, v in s["facts"]] + [""]
    out += [_paint(s["line"], "1", color)]
    header, rows = s["totals"]
    out += _aligned(header, rows, 1, color) + [s["severity"], s["reasons"]] + ([s["progress"]] if s["progress"] else [])
    out.append("")
    for key, right in (("periods", 1), ("indicators", 4), ("regions", 1)):
        heading, header, rows = s[key]
        if key == "regions" and not s["has_regions"]:
            continue
        out += [_paint(heading, "1", color)] + _aligned(header, rows, right, color) + [""]
    heading, header, rows = s["sample"]
    out.append(_paint(heading, "1", color))
    if not rows:
        out.append(s["no_sample"])
    for row, item in zip(rows, summary.sample):  # one block per verdict: the facts on a line, the explanation under it
        status = item.status.value
        facts = "  ".join(v for v in (row[0], row[1], truncate(row[2], 24), row[3], truncate(row[4], 24),
                                      truncate(row[5], 24), row[6]) if v)
        out.append(f"{_paint(row[7], _STATUS_COLOR[status], color)}  {facts}  {row[8]}  {row[9]}")
        out.append(f"    {row[10]}")
    out.append("")
    return "\n".join(out)


# ---- HTML

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
_CSS = """
table.counts td.text, table.counts th.text { text-align: left }
table.sample { border-collapse: collapse; font-size: 13px; width: 100% }
table.sample td, table.sample th {
  border: 1px solid var(--line); padding: 3px 6px; vertical-align: top; text-align: left
}
table.sample td.explain { color: var(--muted); max-width: 36em }
.badge.met { color: var(--met) } .badge.missed { color: var(--missed) } .badge.pending { color: var(--pending) }
"""


def _e(text: object) -> str:
    return escape("" if text is None else str(text), quote=True)


def _html_counts(header: list[str], rows: list[list[str]], right_from: int) -> str:
    def cells(tag: str, values: list[str]) -> str:
        return "".join(
            f"<{tag}{'' if i >= right_from else ' class=text'}>{_e(v)}</{tag}>" for i, v in enumerate(values)
        )

    body = "".join(f"<tr>{cells('td', row)}</tr>" for row in rows)
    return f'<table class="counts"><thead><tr>{cells("th", header)}</tr></thead><tbody>{body}</tbody></table>'


def _chart(summary: StreamSummary, lang: str) -> str:
    """Stacked bars of verdicts by status, one per period."""
    L = labels(lang)
    bars = list(summary.by_period.items())
    if not bars:
        return ""
    label_w, bar_w, row_h, top = 110, 480, 30, 8
    height = top + row_h * len(bars) + 8
    scale = bar_w / max(1, max(t.total for _, t in bars))
    title = "; ".join(
        f"{name} " + ", ".join(f"{L['status'][s]} {getattr(t, s)}" for s in _STATUSES) for name, t in bars
    )
    parts = [(f'<svg role="img" aria-label="{_e(title)}" viewBox="0 0 {label_w + bar_w + 90} {height}" '
              f'width="{label_w + bar_w + 90}" height="{height}"><title>{_e(title)}</title>')]
    for i, (name, tally) in enumerate(bars):
        y = top + i * row_h
        parts.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{_e(name)}</text>')
        x = float(label_w)
        for status in _STATUSES:
            n = getattr(tally, status)
            if n:
                w = n * scale
                parts.append(f'<rect class="seg {status}" x="{x:.1f}" y="{y}" width="{w:.1f}" height="20">'
                             f'<title>{_e(name)}: {_e(L["status"][status])} {_n(n)}</title></rect>')
                x += w
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 15}">{_n(tally.total)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _html(summary: StreamSummary, meta: dict[str, Any], lang: str, color: bool) -> str:
    s = _sections(summary, meta, lang)
    css = (resources.files("compliance.report") / "report.css").read_text(encoding="utf-8") + _CSS
    facts = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in s["facts"])
    cards = "".join(
        f'<div class="card {key}"><div class="n">{_n(getattr(summary.by_status, key))}</div>'
        f'<div class="l">{_e(labels(lang)["status"][key])}</div></div>'
        for key in _STATUSES
    )
    body = [
        f"<h1>{_e(s['title'])}</h1>", f'<p class="sub">{_e(s["note"])}</p>', f'<dl class="meta">{facts}</dl>',
        f"<h2>{_e(s['summary'])}</h2>", f"<p>{_e(s['line'])}</p>", f'<div class="cards">{cards}</div>',
        f"<figure>{_chart(summary, lang)}</figure>",
    ]
    header, rows = s["totals"]
    body += [_html_counts(header, rows, 1), f"<p>{_e(s['severity'])}</p>", f"<p>{_e(s['reasons'])}</p>"]
    if s["progress"]:
        body.append(f"<p>{_e(s['progress'])}</p>")
    for key, right in (("periods", 1), ("indicators", 4), ("regions", 1)):
        heading, header, rows = s[key]
        if key == "regions" and not s["has_regions"]:
            continue
        body += [f"<h2>{_e(heading)}</h2>", _html_counts(header, rows, right)]
    heading, header, rows = s["sample"]
    body.append(f"<h2>{_e(heading)}</h2>")
    if rows:
        head = "".join(f"<th>{_e(h)}</th>" for h in header)
        lines = []
        for row, item in zip(rows, summary.sample):
            cells = [f"<td>{_e(v)}</td>" for v in row[:7]]
            cells.append(f'<td><span class="badge {item.status.value}">{_e(row[7])}</span></td>')
            cells += [f"<td>{_e(row[8])}</td>", f"<td><code>{_e(row[9])}</code></td>",
                      f'<td class="explain">{_e(row[10])}</td>']
            lines.append(f'<tr data-status="{item.status.value}">{"".join(cells)}</tr>')
        body.append(f'<table class="sample"><thead><tr>{head}</tr></thead><tbody>{"".join(lines)}</tbody></table>')
    else:
        body.append(f"<p>{_e(s['no_sample'])}</p>")
    return (
        f'<!DOCTYPE html>\n<html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(s['title'])}</title><style>{css}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )


_PAGES: dict[str, Callable[[StreamSummary, dict[str, Any], str, bool], str]] = {
    "table": _table, "md": _markdown, "html": _html,
}
#: the report formats a streamed run writes as a summary page: every registered format but ROW_FORMATS
SUMMARY_FORMATS = tuple(_PAGES)
