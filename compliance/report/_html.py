"""The HTML report: one self-contained file an auditor opens in a browser.

Inline CSS, inline JavaScript and an inline SVG chart; no URL of any kind, and a Content Security
Policy (``default-src 'none'``) so that the browser would refuse to fetch anything even if a text
from the data looked like a link. Every text from the data is HTML-escaped.

The table filters by status, reason, attribute, department and severity, and, when the report has
them, by period and progress rating (``<select>`` elements; the choice is kept in the address's
``#fragment`` so a filtered view can be bookmarked); each verdict is a ``<tbody>`` whose second row
holds the full evidence, shown by its toggle button. A report covering several periods shows the
indicator x period matrix above the table.
"""

from __future__ import annotations

import json
from functools import cache
from html import escape
from importlib import resources
from typing import Any

from ..models import ProgressRating, Status
from ._claims import claim_mark, shown
from ._facts import has_progress, progress_facts, rating, rule_mark, several_rules
from ._labels import labels
from ._model import UNSPECIFIED, MatrixCell, ProgressInfo, Report, StatusCounts, VerdictRow
from ._provenance import missing_words, provenance, reported_text
from ._text import one_line
from .svg import chart

_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)
_FILTERS = ("status", "reason", "attribute", "department", "severity")
#: The value of ``data-progress`` (and of its filter option) on a row without a progress rating.
NO_RATING = "none"


def _filter_keys(report: Report) -> tuple[str, ...]:
    """The filters this report needs: period only across several periods, progress only with ratings."""
    keys = list(_FILTERS)
    if len(report.meta.periods) > 1 or len({row.period for row in report.verdicts}) > 1:
        keys.insert(0, "period")
    if has_progress(report.verdicts):
        keys.append("progress")
    return tuple(keys)


@cache
def _asset(name: str) -> str:
    """``report.css`` / ``report.js``, shipped beside this module and inlined into every report."""
    text = (resources.files("compliance.report") / name).read_text(encoding="utf-8")
    if "</" in text:  # would end the <style> / <script> element early
        raise ValueError(f"report/{name} must not contain '</'")
    return text


def _e(text: object) -> str:
    return escape("" if text is None else str(text), quote=True)


def _or_dash(text: object, L: dict[str, Any]) -> str:
    return _e(text) if text not in (None, "") else L["none"]


def _attribute(key: str | None, L: dict[str, Any]) -> str:
    if not key or key == UNSPECIFIED:
        return L["unspecified"]
    return L["attributes"].get(key, key)


def _chart(report: Report, L: dict[str, Any]) -> str:
    """Stacked horizontal bars of verdict rows by status, per attribute and in total: what the counts table
    beside it counts. Each bar names its attribute (``data-attribute``; the total none) and each segment its
    status, so that report.js redraws them for the rows the filters show (``data-scale``: units per row)."""
    S = L["summary"]
    bars: list[tuple[str, str, StatusCounts]] = [
        (key, _attribute(key, L), counts) for key, counts in report.summary.by_attribute.items()
    ]
    bars.append(("", S["total"], report.summary.by_status))
    label_w, bar_w, row_h, top = 150, 460, 30, 8
    height = top + row_h * len(bars) + 34
    scale = bar_w / max(1, max(counts.total for _, _, counts in bars))
    title = f"{S['chart_verdicts']}: " + "; ".join(
        f"{name} " + ", ".join(f"{L['status'][s.value]} {getattr(c, s.value)}" for s in Status) for _, name, c in bars
    )
    parts = [
        f'<svg id="summary-chart" role="img" aria-label="{_e(title)}" viewBox="0 0 {label_w + bar_w + 60} {height}" '
        f'width="{label_w + bar_w + 60}" height="{height}" data-scale="{scale:.4f}" data-left="{label_w}">',
        f"<title>{_e(title)}</title>",
    ]
    for i, (key, name, counts) in enumerate(bars):
        y = top + i * row_h
        parts.append(f'<g class="bar" data-attribute="{_e(key)}">')
        parts.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{_e(name)}</text>')
        x = float(label_w)
        for status in Status:
            n = getattr(counts, status.value)
            w = n * scale
            parts.append(
                f'<rect class="seg {status.value}" data-status="{status.value}" x="{x:.1f}" y="{y}" width="{w:.1f}" '
                f'height="20"><title>{_e(name)}: {_e(L["status"][status.value])} {n}</title></rect>'
            )
            parts.append(f'<text class="in" data-status="{status.value}" x="{x + w / 2:.1f}" y="{y + 15}" '
                         f'text-anchor="middle">{n if w >= 18 else ""}</text>')
            x += w
        parts.append(f'<text class="sum" x="{x + 6:.1f}" y="{y + 15}">{counts.total}</text></g>')
    legend_y = top + row_h * len(bars) + 14
    x = float(label_w)
    for status in Status:
        parts.append(f'<rect class="seg {status.value}" x="{x:.0f}" y="{legend_y - 10}" width="12" height="12"/>')
        parts.append(f'<text x="{x + 16:.0f}" y="{legend_y}">{_e(L["status"][status.value])}</text>')
        x += 100
    parts.append("</svg>")
    return "".join(parts)


def _select(name: str, label: str, options: list[tuple[str, str]], L: dict[str, Any]) -> str:
    items = [f'<option value="">{_e(L["filters"]["all"])}</option>']
    items += [f'<option value="{_e(value)}">{_e(text)}</option>' for value, text in options]
    return f'<label>{_e(label)}<select name="{name}" id="filter-{name}">{"".join(items)}</select></label>'


def _filters(report: Report, L: dict[str, Any]) -> str:
    rows = report.verdicts
    C, F = L["columns"], L["filters"]

    def present(values: list[str]) -> list[str]:
        return list(dict.fromkeys(values))

    statuses = [s.value for s in Status if any(r.status is s for r in rows)]
    reasons = present([r.reason.value for r in rows])
    attributes = sorted(present([r.attribute or UNSPECIFIED for r in rows]))
    departments = sorted(present([r.department or UNSPECIFIED for r in rows]))
    severities = [s for s in ("fail", "warn", "ok", "open") if any(r.severity == s for r in rows)]
    keys = _filter_keys(report)
    selects = []
    if "period" in keys:
        selects.append(_select("period", C["period"], [(p, p) for p in present([r.period for r in rows])], L))
    selects += [
        _select("status", C["status"], [(s, L["status"][s]) for s in statuses], L),
        _select("reason", C["reason"], [(r, L["reason"][r]) for r in reasons], L),
        _select("attribute", C["attribute"], [(a, _attribute(a, L)) for a in attributes], L),
        _select("department", C["department"],
                [(d, L["unspecified"] if d == UNSPECIFIED else d) for d in departments], L),
        _select("severity", C["severity"], [(s, L["severity"][s]) for s in severities], L),
    ]
    if "progress" in keys:
        ratings = [r.value for r in ProgressRating if any(_rating_code(row) == r.value for row in rows)]
        options = [(r, L["progress"]["rating"][r]) for r in ratings]
        if any(row.progress is None for row in rows):
            options.append((NO_RATING, L["progress"]["none"]))
        selects.append(_select("progress", C["progress"], options, L))
    buttons = (
        f'<button type="button" id="filter-reset">{_e(F["reset"])}</button>'
        f'<button type="button" id="expand-all">{_e(F["expand_all"])}</button>'
        f'<button type="button" id="collapse-all">{_e(F["collapse_all"])}</button>'
    )
    showing = F["showing"]
    initial = showing.format(shown=len(rows), total=len(rows))
    return (
        f'<form id="filters" aria-label="{_e(F["heading"])}" data-keys="{_e(json.dumps(keys))}">'
        f'{"".join(selects)}{buttons}'
        f'<output id="shown" data-template="{_e(showing)}">{_e(initial)}</output></form>'
    )


def _status_cell(row: VerdictRow, L: dict[str, Any]) -> str:
    final = f'<span class="badge {row.status.value}">{_e(L["status"][row.status.value])}</span>'
    if row.override is None:
        return final
    if row.override.status is row.computed_status:
        return final + f'<span class="review">{_e(L["accepted"])}</span>'
    was = f'<span class="badge was">{_e(L["status"][row.computed_status.value])}</span> '
    return was + final + f'<span class="review">{_e(L["overridden_mark"])}</span>'


def _coded(label: str, code: str) -> str:
    """A label with its code beside it for a reader of the JSON, unless the label says it already (open open)."""
    return _e(label) if label == code else f"{_e(label)} <code>{_e(code)}</code>"


def _evidence(row: VerdictRow, lang: str, L: dict[str, Any]) -> str:
    C = L["columns"]
    other = "en" if lang == "zh" else "zh"
    facts: list[tuple[str, str]] = [
        (C["explanation"], f'<span class="explain">{_e(row.explanation.get(lang))}</span>'),
        (C["explanation_other"], _e(row.explanation.get(other))),
        (C["id"], f"<code>{_e(row.id)}</code>"),
        (C["rule"], _coded(L["rules"][row.rule], row.rule)),
        (C["target"], f'<span class="pre">{_or_dash(row.target, L)}</span> <code>{_e(row.target_kind)}</code>'),
        (C["read_as"], _e(row.read_as.get(lang))),
        (C["reported"], f'<span class="pre">{_or_dash(row.reported, L)}</span> <code>{_e(row.reported_kind)}</code>'),
        (C["reported_as"], _or_dash(row.reported_as.get(lang) if row.reported_as else None, L)),
        (C["value"], _or_dash(row.value, L)),
        (C["threshold"], _or_dash(row.threshold, L)),
        (C["gap"], _or_dash(row.gap, L)),
        (C["unit"], _or_dash(row.unit, L)),
        (C["tolerance"], _or_dash(row.tolerance, L)),
    ]
    if row.progress is not None:
        facts.append((C["progress"], _progress_evidence(row.progress, lang, L) + _row_chart(row, "e", L, 520, 260)))
    if row.reference is not None:
        ref = row.reference
        facts.append((C["reference"], f"{_e(ref.name)} = {_e(ref.value)} <code>{_e(ref.source)}</code>"))
    if row.previous is not None:
        facts.append((C["previous"], _e(row.previous)))
    facts += [
        (C["provisional"], _e(L["yes"] if row.provisional else L["no"])),
        (C["computed_status"], _e(L["status"][row.computed_status.value])),
        (C["status"], _e(L["status"][row.status.value])),
        (C["reason"], _coded(L["reason"][row.reason.value], row.reason.value)),
        (C["basis"], f"<code>{_e(row.basis)}</code>"),
        (C["severity"], _coded(L["severity"][row.severity], row.severity)),
    ]
    if row.missing:
        facts.append((C["missing"], _e(missing_words(row.missing, lang))))
    if row.notes:  # the engine's record, figures with their units in the page's language
        from ..judge.explain import relabel

        notes = "<br>".join(
            f"<code>{_e(n.code)}</code> "
            + _e(", ".join(f"{k}={v}" for k, v in relabel(n.code, dict(n.params), lang, row.unit, row.unit_en).items()))
            for n in row.notes
        )
        facts.append((C["notes"], notes))
    if row.override is not None:
        o = row.override
        facts.append((C["override"], _e(L["override_line"].format(
            computed=L["status"][row.computed_status.value], status=L["status"][row.status.value],
            by=o.by, date=o.date, reason=o.reason,
        ))))
    facts.append((C["department"], _or_dash(row.department, L)))
    facts.append((C["source"], f"<code>{_e(row.source)}</code>" if row.source else L["none"]))
    if row.source_note:
        facts.append((C["source_note"], _e(row.source_note)))
    # the rule's file:line:column, the derived value's cells, the dataset note, the reference's source
    facts += [(label, f"<code>{_e(text)}</code>") for label, text in provenance(row, L, lang) if label != C["source"]]
    return "<dl>" + "".join(f"<dt>{_e(name)}</dt><dd>{value}</dd>" for name, value in facts) + "</dl>"


def _claims(report: Report, lang: str, L: dict[str, Any]) -> str:
    """What the documents claim of their own targets, beside the computed verdicts: a table."""
    W = L["claims"]
    if not report.claims:
        return f'<section id="claims"><h2>{_e(W["heading"])}</h2><p>{_e(W["none"])}</p></section>'
    head = "".join(f"<th>{_e(W[key])}</th>" for key in ("agrees", "claimed", "computed", "text", "source"))
    body = "".join(
        f'<tr data-agrees="{_e(json.dumps(c.agrees))}"><td><span class="badge {_AGREE_CLASS[c.agrees]}">'
        f'{_e(claim_mark(c.agrees))}</span> {_e(c.finding.get(lang))}</td>'
        f"<td>{_e(c.claimed_as.get(lang))}</td><td>{_e(c.computed_as.get(lang))}</td>"
        f"<td>{_e(c.text)}</td><td><code>{_e(c.source)}</code></td></tr>"
        for c in report.claims
    )
    return (f'<section id="claims"><h2>{_e(W["heading"])}</h2>'
            f'<table class="claims"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></section>')


#: badge classes of report.css by agreement: agrees like met, disagrees like missed, undecidable like pending
_AGREE_CLASS = {True: "met", False: "missed", None: "pending"}


def _rating_code(row: VerdictRow) -> str:
    return row.progress.rating.value if row.progress is not None else NO_RATING


def _progress_badge(progress: ProgressInfo, L: dict[str, Any]) -> str:
    code = progress.rating.value
    return f'<span class="prog {code}" data-rating="{code}">{_e(rating(progress, L))}</span>'


def _progress_evidence(progress: ProgressInfo, lang: str, L: dict[str, Any]) -> str:
    """The rating badge, the rating's own sentences and every figure it used."""
    figures = "".join(f"<dt>{_e(name)}</dt><dd>{_e(value)}</dd>" for name, value in progress_facts(progress, L, lang))
    return (
        f'<div class="progress">{_progress_badge(progress, L)} <code>{_e(progress.rating.value)}</code>'
        f'<p>{_e(progress.explanation.get(lang))}</p><dl class="figures">{figures}</dl></div>'
    )


def _row(
    index: int, row: VerdictRow, lang: str, L: dict[str, Any], columns: int, several: set[tuple[str, str]],
    with_progress: bool,
) -> str:
    evidence_id = f"evidence-{index}"
    data = {
        "status": row.status.value, "reason": row.reason.value, "attribute": row.attribute or UNSPECIFIED,
        "department": row.department or UNSPECIFIED, "severity": row.severity, "progress": _rating_code(row),
    }
    attrs = f'data-id="{_e(row.id)}" data-indicator="{_e(row.indicator)}" data-period="{_e(row.period)}" '
    attrs += f'data-index="{row.index}" data-rule="{_e(row.rule)}" data-number="{_e(row.number or "")}" '
    attrs += " ".join(f'data-{key}="{_e(value)}"' for key, value in data.items())
    mark = rule_mark(row, several, L)
    mark_html = f'<span class="rule">{_e(mark)}</span>' if mark else ""
    gap = row.gap if row.gap is None or row.gap.startswith("-") or row.gap == "0" else "+" + row.gap
    cells = [
        f'<td><button type="button" class="toggle" aria-expanded="false" aria-controls="{evidence_id}" '
        f'title="{_e(L["filters"]["toggle"])}">\u25b8</button></td>',
        f'<td class="num">{_e(row.number)}</td>',
        f'<td>{_e(one_line(row.name))}<span class="id">{_e(row.indicator)}</span>{mark_html}</td>',
        f'<td class="nowrap">{_e(row.period)}</td>',
        f'<td class="nowrap">{_e(_attribute(row.attribute, L))}</td>',
        f"<td>{_or_dash(row.department, L)}</td>",
        f"<td>{_or_dash(one_line(row.target), L)}</td>",
        f"<td>{_e(row.read_as.get(lang))}</td>",
        f"<td>{_or_dash(reported_text(row, L, lang), L)}</td>",
        f'<td class="num">{_or_dash(gap, L)}</td>',
        f"<td>{_status_cell(row, L)}</td>",
    ]
    if with_progress:
        cells.append(f"<td>{_progress_badge(row.progress, L) if row.progress is not None else L['none']}</td>")
    cells += [
        f'<td><span class="sev {row.severity}">{_e(L["severity"][row.severity])}</span></td>',
        f'<td>{_e(L["reason"][row.reason.value])}</td>',
    ]
    return (
        f'<tbody class="verdict" id="verdict-{index}" {attrs}>'
        f'<tr class="main">{"".join(cells)}</tr>'
        f'<tr class="evidence" id="{evidence_id}" hidden><td colspan="{columns}">{_evidence(row, lang, L)}</td></tr>'
        "</tbody>"
    )


def _cards(report: Report, L: dict[str, Any]) -> str:
    """Counts of verdict rows (by status, the misses by severity, in all), as the table and the chart count
    them, then the indicators they are about (and, over several periods, the indicator x period cells).
    report.js recounts every card for the rows the filters show."""
    S, summary = L["summary"], report.summary
    cards = [(s.value, getattr(summary.by_status, s.value), L["status"][s.value]) for s in Status]
    cards += [("fail", summary.by_severity.fail, L["severity"]["fail"]),
              ("warn", summary.by_severity.warn, L["severity"]["warn"])]
    cards.append(("total", summary.verdicts, S["verdicts"]))
    cards.append(("indicators", summary.indicators, S["indicator_count"]))
    if summary.cells != summary.indicators:
        cards.append(("cells", summary.cells, S["cell_count"]))
    if summary.overridden:
        cards.append(("review", summary.overridden, S["overridden"]))
    return '<div class="cards">' + "".join(
        f'<div class="card {cls}" data-count="{cls}"><div class="n">{n}</div><div class="l">{_e(label)}</div></div>'
        for cls, n, label in cards
    ) + "</div>"


def _counts_table(report: Report, L: dict[str, Any]) -> str:
    S, summary = L["summary"], report.summary
    head = "".join(f"<th>{_e(L['status'][s.value])}</th>" for s in Status) + f"<th>{_e(S['total'])}</th>"
    rows: list[tuple[str, StatusCounts]] = [(f"{S['by_status']}: {S['verdicts']}", summary.by_status)]
    if summary.overridden:
        rows.append((f"{S['computed']}: {S['verdicts']}", summary.computed_by_status))
    rows += [(f"{S['by_attribute']}: {_attribute(k, L)}", v) for k, v in summary.by_attribute.items()]
    if len(summary.by_period) > 1:
        rows += [(f"{S['by_period']}: {k}", v) for k, v in summary.by_period.items()]
    body = "".join(
        f"<tr><td>{_e(name)}</td>" + "".join(f"<td>{getattr(c, s.value)}</td>" for s in Status)
        + f"<td>{c.total}</td></tr>"
        for name, c in rows
    )
    table = f'<table class="counts"><thead><tr><th></th>{head}</tr></thead><tbody>{body}</tbody></table>'
    if summary.by_progress:
        badges = " ".join(
            f'<span class="prog {key}" data-count="{key}">{_e(L["progress"]["rating"][key])} {n}</span>'
            for key, n in summary.by_progress.items()
        )
        table += f'<p class="by-progress">{_e(S["by_progress"])}: {badges}</p>'
    return table


def _slug(text: str) -> str:
    return "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in text)


def _row_chart(row: VerdictRow, prefix: str, L: dict[str, Any], width: int = 300, height: int = 190) -> str:
    """The progress chart of a row with a rating (``report/svg.py``); ``prefix`` keeps its ids unique on the page."""
    assert row.progress is not None
    return chart(row.progress, name=one_line(row.name), unit=row.unit, L=L, key=f"{prefix}-{_slug(row.id)}",
                 width=width, height=height)


def _progress_charts(report: Report, L: dict[str, Any]) -> str:
    """Small multiples: the progress chart of every row with a rating, on one page, in the table's order."""
    rows = [row for row in report.verdicts if row.progress is not None]
    if not rows:
        return ""
    H = L["charts"]
    figures = "".join(
        f'<figure class="chart" data-id="{_e(row.id)}" data-indicator="{_e(row.indicator)}" '
        f'data-rating="{row.progress.rating.value}"><figcaption><span class="num">{_e(row.number or "")}</span> '
        f'{_e(one_line(row.name))} {_progress_badge(row.progress, L)}</figcaption>{_row_chart(row, "m", L)}</figure>'
        for row in rows if row.progress is not None
    )
    return (f'<section id="progress-charts"><h2>{_e(H["heading"])}</h2><p class="caption">{_e(H["caption"])}</p>'
            f'<div class="multiples">{figures}</div></section>')


def _matrix_cell(cell: MatrixCell | None, L: dict[str, Any]) -> str:
    if cell is None:
        return f'<td class="empty">{L["none"]}</td>'
    title = f'{L["reason"][cell.reason.value]} · ' + ", ".join(cell.verdicts)
    parts = [f'<span class="badge {cell.status.value}">{_e(L["status"][cell.status.value])}</span>']
    if cell.status is not cell.computed_status:
        parts.insert(0, f'<span class="badge was">{_e(L["status"][cell.computed_status.value])}</span> ')
    if cell.progress is not None:
        code = cell.progress.value
        parts.append(f' <span class="prog {code}" data-rating="{code}">{_e(L["progress"]["rating"][code])}</span>')
    if len(cell.verdicts) > 1:
        parts.append(f'<span class="rules">{_e(L["matrix"]["rules"].format(count=len(cell.verdicts)))}</span>')
    return (
        f'<td class="cell" data-period="{_e(cell.period)}" data-status="{cell.status.value}" '
        f'title="{_e(title)}">{"".join(parts)}</td>'
    )


def _matrix(report: Report, L: dict[str, Any]) -> str:
    """The indicator x period matrix: the worst final status of each cell, with plan periods' progress ratings."""
    matrix = report.matrix
    if matrix is None:
        return ""
    C, X = L["columns"], L["matrix"]
    head = f'<th>{_e(C["number"])}</th><th>{_e(C["indicator"])}</th>' + "".join(
        f"<th>{_e(period)}</th>" for period in matrix.periods
    )
    body = "".join(
        f'<tr data-indicator="{_e(row.indicator)}"><td class="num">{_e(row.number)}</td>'
        f'<td>{_e(one_line(row.name))}<span class="id">{_e(row.indicator)}</span></td>'
        + "".join(_matrix_cell(cell, L) for cell in row.cells) + "</tr>"
        for row in matrix.rows
    )
    counts = "".join(
        "<td>" + " · ".join(
            f'{_e(L["status"][key])} {getattr(matrix.counts[period], key)}' for key in ("met", "missed", "pending")
        ) + "</td>"
        for period in matrix.periods
    )
    foot = f'<tfoot><tr><td></td><td>{_e(X["counts"])}</td>{counts}</tr></tfoot>'
    return (
        f'<section id="matrix-section"><h2>{_e(X["heading"])}</h2><p class="caption">{_e(X["caption"])}</p>'
        f'<div class="scroll"><table id="matrix"><thead><tr>{head}</tr></thead><tbody>{body}</tbody>{foot}'
        "</table></div></section>"
    )


def render(report: Report, lang: str, color: bool) -> str:
    L = labels(lang)
    M, C = L["meta"], L["columns"]
    meta = report.meta
    title = f"{L['title']}：{meta.plan}" if lang == "zh" else f"{L['title']}: {meta.plan}"
    files = [(M["rules"], meta.rules), (M["dataset"], meta.dataset)]
    if meta.overrides is not None:
        files.append((M["overrides"], meta.overrides))
    files += [(L["claims"]["documents"], document) for document in meta.documents]
    meta_rows = [(M["plan"], _e(meta.plan)), (M["jurisdiction"], _or_dash(meta.jurisdiction, L)),
                 (M["periods"], _e(", ".join(meta.periods)))]
    meta_rows += [
        (name, f'<code>{_e(ref.path)}</code><br><span class="mono">{_e(M["sha256"])} {_e(ref.sha256)}</span>')
        for name, ref in files
    ]
    meta_rows += [(M["engine"], _e(f"{meta.engine} {meta.engine_version}")), (M["generated"], _e(meta.generated))]
    with_progress = has_progress(report.verdicts)
    header = [
        "", C["number"], C["indicator"], C["period"], C["attribute"], C["department"], C["target"], C["read_as"],
        C["reported"], C["gap"], C["status"], *([C["progress"]] if with_progress else []), C["severity"], C["reason"],
    ]
    several = several_rules(report.verdicts)
    body = "".join(
        _row(i, row, lang, L, len(header), several, with_progress) for i, row in enumerate(report.verdicts, 1)
    )
    html_lang = "zh-CN" if lang == "zh" else "en"
    subtitle = " · ".join(part for part in (meta.plan, meta.jurisdiction, ", ".join(meta.periods)) if part)
    return f"""<!DOCTYPE html>
<html lang="{html_lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="generator" content="{_e(meta.engine)} {_e(meta.engine_version)}">
<title>{_e(title)}</title>
<style>
{_asset('report.css')}</style>
</head>
<body>
<header>
<h1>{_e(L['title'])}</h1>
<p class="sub">{_e(subtitle)}</p>
<dl class="meta">{"".join(f"<dt>{_e(k)}</dt><dd>{v}</dd>" for k, v in meta_rows)}</dl>
</header>
<main>
<section id="summary">
<h2>{_e(L['summary']['heading'])}</h2>
{_cards(report, L)}
<figure><figcaption>{_e(L['summary']['chart_verdicts'])}</figcaption>{_chart(report, L)}</figure>
{_counts_table(report, L)}
</section>
{_matrix(report, L)}
{_progress_charts(report, L)}
{_claims(report, lang, L) if shown(report) else ""}
<section>
<h2>{_e(L['verdicts_heading'])}</h2>
{_filters(report, L)}
<table id="verdicts">
<thead><tr>{"".join(f"<th>{_e(h)}</th>" for h in header)}</tr></thead>
{body}
</table>
</section>
</main>
<footer>{_e(meta.engine)} {_e(meta.engine_version)} · {_e(meta.generated)}</footer>
<script>
{_asset('report.js')}</script>
</body>
</html>
"""
