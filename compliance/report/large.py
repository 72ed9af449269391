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
import json
import os
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from html import escape
from importlib import resources
from typing import TYPE_CHECKING, Any, BinaryIO

from ..errors import InputError
from ..models import Status
from ..plans.severity import SEVERITIES
from ._labels import labels
from ._markdown import cell
from ._model import SCHEMA_VERSION, UNSPECIFIED
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


# --------------------------------------------------------------------------- streamed rows


def write_rows(
    batches: Iterable[Any], fmt: str, out: BinaryIO, *, columns: Iterable[str], meta: dict[str, Any],
    summary: Callable[[], StreamSummary],
) -> None:
    """Write every verdict row of ``batches`` (DataFrames) to ``out`` as ``csv`` or ``json``, batch by batch.

    ``summary`` is called once the batches are exhausted (the JSON document ends with it).
    """
    import pyarrow as pa

    columns = list(columns)
    if fmt == "csv":
        import pyarrow.csv as pa_csv

        options = pa_csv.WriteOptions(include_header=False, eol="\r\n")
        out.write((",".join(_csv_cell(name) for name in columns) + "\r\n").encode("utf-8"))
        for frame in batches:
            buffer = pa.BufferOutputStream()
            pa_csv.write_csv(csv_table(frame), buffer, options)  # no formula, no control character from the data
            out.write(memoryview(buffer.getvalue()))
        return
    if fmt != "json":
        raise ValueError(f"rows are written as csv or json, not {fmt!r}")
    out.write(b'{\n"meta": ' + _dumps(meta) + b',\n"verdicts": [\n')
    first = True
    for frame in batches:
        if not len(frame):
            continue
        data = _json_lines(pa.Table.from_pandas(frame, preserve_index=False))
        out.write(data[2:] if first else data)  # each line starts with ",\n" but the very first
        first = False
    out.write(b"\n],\n\"summary\": " + _dumps(summary_json(summary())) + b"\n}\n")


def csv_table(frame: Any) -> Any:
    """A batch of verdict rows as the arrow table the CSV is written from: :func:`~.escape.csv_frame` applied.

    Only the cells that ``csv_frame`` may change go through it: a cell holding a control character
    (found on the bytes of the whole column: a byte below 0x20 but tab and line feed, 0x7f, or the
    UTF-8 of U+0080-U+009F) or starting with a formula sign (its first byte one of ``=+-@``, tab,
    CR). Every other cell is written as it is, so a column of plain text costs a few passes over its
    bytes instead of two regular expressions per cell. Columns that are not arrow-backed text
    (categoricals: their categories, once each) go through ``csv_frame`` whole.
    """
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    from .escape import csv_frame

    arrays: dict[str, Any] = {}
    rest = []
    for name in frame.columns:
        text = _arrow_text(frame[name])
        if text is None:
            rest.append(name)
            continue
        flagged = np.flatnonzero(_may_change(text))
        if flagged.size:
            cells = pd.DataFrame({name: frame[name].iloc[flagged].reset_index(drop=True)})
            fixed = csv_frame(cells)[name].to_numpy(dtype=object)
            mask = np.zeros(len(text), dtype=bool)
            mask[flagged] = True
            text = pc.replace_with_mask(text, pa.array(mask), pa.array(fixed, type=text.type, from_pandas=True))
        arrays[name] = text
    if rest:
        escaped = pa.Table.from_pandas(csv_frame(frame[rest]), preserve_index=False)
        arrays.update(zip(escaped.column_names, escaped.columns))
    return pa.table({name: arrays[name] for name in frame.columns})


def _arrow_text(series: Any) -> Any:
    """An arrow-backed text column as one arrow string array (its own buffers); None for any other column."""
    import pyarrow as pa

    if getattr(series.dtype, "storage", None) != "pyarrow" or getattr(series.dtype, "kind", None) != "O":
        return None
    text = pa.array(series.array)
    if isinstance(text, pa.ChunkedArray):
        text = text.combine_chunks()
    return text if pa.types.is_string(text.type) or pa.types.is_large_string(text.type) else None


#: bytes csv_frame may change anywhere in a cell: C0 controls but tab and line feed, and DEL (C1 controls: below)
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F])
#: first bytes of a cell csv_frame may prefix with ' (a formula sign)
_FORMULA_BYTES = b"=+-@\t\r"


def _may_change(text: Any) -> Any:
    """A bool per cell of an arrow string array: may ``csv_frame`` change it (a superset, found on bytes)."""
    import numpy as np
    import pyarrow as pa

    n = len(text)
    flagged = np.zeros(n, dtype=bool)
    offsets_buffer, data_buffer = text.buffers()[1], text.buffers()[2]
    if data_buffer is None or n == 0:
        return flagged
    wide = pa.types.is_large_string(text.type)  # 64-bit offsets
    offsets = np.frombuffer(offsets_buffer, dtype=np.int64 if wide else np.int32)[text.offset : text.offset + n + 1]
    data = np.frombuffer(data_buffer, dtype=np.uint8)[int(offsets[0]) : int(offsets[-1])]
    offsets = offsets.astype(np.int64) - int(offsets[0])
    table = np.zeros(256, dtype=bool)
    table[list(_CONTROL_BYTES)] = True
    low = data < 0x20
    hits = np.flatnonzero(low)
    hits = hits[table[data[hits]]]  # tab and line feed are not controls here
    extra = [hits, np.flatnonzero(data == 0x7F)]
    lead = np.flatnonzero(data[:-1] == 0xC2)  # U+0080..U+009F are C2 80..C2 9F in UTF-8
    extra.append(lead[(data[lead + 1] >= 0x80) & (data[lead + 1] <= 0x9F)])
    positions = np.concatenate(extra)
    if positions.size:
        flagged[np.searchsorted(offsets, positions, side="right") - 1] = True
    starts, ends = offsets[:-1], offsets[1:]
    filled = np.flatnonzero(ends > starts)
    first = data[starts[filled]]
    flagged[filled[np.isin(first, np.frombuffer(_FORMULA_BYTES, dtype=np.uint8))]] = True
    return flagged


def summary_json(summary: StreamSummary) -> dict[str, Any]:
    """The summary as the JSON report holds it."""
    return summary.model_dump(mode="json")


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _csv_cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\r\n') else text


_SPECIAL = '["\\\\\\x00-\\x1f]'  # what JSON must escape inside a string


def _json_values(array: Any, key: str) -> Any:
    """``"key":value`` for each cell (value a JSON string or ``null``), on arrow arrays."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    if pa.types.is_dictionary(array.type):  # few distinct values: encode each once, then gather
        words = [key + json.dumps(v, ensure_ascii=False) for v in array.dictionary.to_pylist()]
        encoded = pa.array(words, pa.large_string()).take(array.indices)
        return pc.fill_null(encoded, key + "null")
    if not pa.types.is_large_string(array.type):
        array = pc.cast(array, pa.large_string())
    text = lambda value: pa.scalar(value, pa.large_string())  # one string type for the kernel
    quoted = pc.binary_join_element_wise(text(key + '"'), array, text('"'), text(""))
    special = pc.fill_null(pc.match_substring_regex(array, _SPECIAL), False)
    if pc.any(special).as_py():  # quotes, backslashes, line breaks: rare, escaped by json itself
        fixed = [key + json.dumps(v, ensure_ascii=False) for v in array.filter(special).to_pylist()]
        quoted = pc.replace_with_mask(quoted, special, pa.array(fixed, pa.large_string()))
    return pc.fill_null(quoted, key + "null")


def _json_lines(table: Any) -> memoryview:
    """One JSON object per row, each preceded by ``,\\n`` (the bytes of one arrow buffer)."""
    import pyarrow.compute as pc

    parts = [
        _json_values(table.column(i), (",\n{" if i == 0 else ",") + json.dumps(name, ensure_ascii=False) + ":")
        for i, name in enumerate(table.column_names)
    ]
    import numpy as np
    import pyarrow as pa

    end, nothing = pa.scalar("}", pa.large_string()), pa.scalar("", pa.large_string())
    lines = pc.binary_join_element_wise(*parts, end, nothing)
    if isinstance(lines, pa.ChunkedArray):
        lines = lines.combine_chunks()
    wide = pa.types.is_large_string(lines.type)
    offsets, data = lines.buffers()[1], lines.buffers()[2]
    ends = np.frombuffer(offsets, dtype=np.int64 if wide else np.int32)[lines.offset : lines.offset + len(lines) + 1]
    return memoryview(data)[int(ends[0]) : int(ends[-1])]  # the lines, back to back, without a copy


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
