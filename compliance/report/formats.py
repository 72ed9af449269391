"""The report formats: one registry, one line per format.

Each :class:`ReportFormat` says what ``--format`` calls it, which module renders it, which ``-o``
file suffixes choose it, and whether a streamed run (:mod:`compliance.scale.stream`) can write every
verdict row in it or shows a summary page instead (:mod:`compliance.report.large`). The command
line takes its ``--format`` choices and its ``-o`` suffix inference from here, and the table of
formats in docs/reports.md is :func:`markdown_table` (a test keeps the two equal).

A new format is one module beside the others, with ``render(report, lang, color) -> str`` (``bytes``
for a binary format such as ``xlsx``), plus one line in :data:`REGISTRY`. Renderer modules are
imported on first use: importing this module is cheap (the command line reads it to build its options).

An ``-o`` file's suffix chooses its format; a suffix no format claims is refused rather than written
as text (:func:`choose`), and so is a ``--format`` that another format's suffix contradicts.

>>> [f.name for f in REGISTRY] == list(FORMATS)
True
>>> for_output("out/report.HTML"), for_output("notes.markdown"), for_output("report.txt"), for_output(None)
('html', 'md', 'table', 'table')
>>> choose(None, "report.xlsx"), choose("junit", None), choose("md", "memo")
('xlsx', 'junit', 'md')
>>> choose(None, "report.pdf")
Traceback (most recent call last):
ValueError: -o report.pdf: no report format writes `.pdf` files; use one of .txt, .md, .markdown, .html, .htm, .json, .csv, .xlsx, .xml, or give --format
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import PurePath
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # pragma: no cover
    from ._model import Report

#: ``render(report, lang, color) -> str`` (``bytes`` for a binary format): every renderer module has one.
Renderer = Callable[["Report", str, bool], "str | bytes"]


class ReportFormat(NamedTuple):
    """One report format: its name, renderer, the ``-o`` suffixes that select it, how it streams. (A named tuple,
    not a dataclass: made in ~0.1 ms, not ~0.5, by every cold command, which reads the registry for its options.)"""

    name: str  #: the ``--format`` value
    module: str  #: the module of :mod:`compliance.report` whose ``render`` writes it
    suffixes: tuple[str, ...]  #: ``-o`` file suffixes that choose it, lower case with the dot (``.md``)
    rows: bool  #: a streamed run writes every verdict row in it (else a summary page)
    description: str  #: what it is for, one line (``--help``, docs/reports.md)
    summary: bool = True  #: a streamed run can write its summary page in it (:mod:`compliance.report.large`)
    binary: bool = False  #: ``render`` gives bytes (a workbook), not text: never to a terminal
    bom: bool = False  #: a file written with ``-o`` starts with a UTF-8 byte-order mark (so Excel reads it as UTF-8)
    localized: bool = True  #: shows names in the report language (``name_en``); JSON holds both, whatever the language

    def renderer(self) -> Renderer:
        """The format's ``render`` function (its module is imported now, once)."""
        render: Renderer = import_module(f"{__package__}.{self.module}").render
        return render


#: Every report format, in the order the command line and the docs list them; the first is the default.
REGISTRY: tuple[ReportFormat, ...] = (
    ReportFormat("table", "_table", (".txt",), False, "aligned columns for a terminal, coloured when it is one"),
    ReportFormat("md", "_markdown", (".md", ".markdown"), False, "Markdown, for an audit memo"),
    ReportFormat("html", "_html", (".html", ".htm"), False, "one self-contained page with filters"),
    ReportFormat("json", "_json", (".json",), True, "the whole report as data (shape below)", localized=False),
    ReportFormat("csv", "_csv", (".csv",), True, "one row per verdict, for a spreadsheet (a file: UTF-8 with BOM)",
                 bom=True),
    ReportFormat("xlsx", "_xlsx", (".xlsx",), False, "an Excel workbook: verdicts (filters, frozen header, "
                 "status colours), summary, claims", summary=False, binary=True),
    ReportFormat("junit", "_junit", (".xml",), False, "JUnit XML for CI: a testcase per verdict, missed fails, "
                 "pending is skipped", summary=False),
)

#: The format names, in registry order.
FORMATS: tuple[str, ...] = tuple(f.name for f in REGISTRY)
#: The format of a report whose ``-o`` file has no known suffix, or that goes to stdout.
DEFAULT: str = REGISTRY[0].name
#: Formats that carry every verdict row of a streamed run (the others show its summary page).
ROW_FORMATS: tuple[str, ...] = tuple(f.name for f in REGISTRY if f.rows)

_BY_NAME = {f.name: f for f in REGISTRY}
_BY_SUFFIX = {suffix: f.name for f in REGISTRY for suffix in f.suffixes}


def lookup(name: str) -> ReportFormat:
    """The registered format ``name``; :class:`ValueError` naming the formats there are."""
    found = _BY_NAME.get(name)
    if found is None:
        raise ValueError(f"unknown report format {name!r}; use one of {', '.join(FORMATS)}")
    return found


def for_output(path: str | None) -> str | None:
    """The format an output file's suffix asks for (``report.html`` -> ``html``); :data:`DEFAULT` for no
    file or a file without a suffix; None for a suffix no format claims (``report.pdf``)."""
    if not path:
        return DEFAULT
    suffix = PurePath(path).suffix.lower()
    return _BY_SUFFIX.get(suffix) if suffix else DEFAULT


def choose(fmt: str | None, output: str | None, *, streamed: bool = False) -> str:
    """The format of a report: ``--format`` if given, else the ``-o`` file's suffix's (:func:`for_output`).

    :class:`ValueError` (one line, saying what to do) when the suffix is one no format writes and no
    ``--format`` is given, when ``--format`` and a suffix that names another format disagree, or, for
    a ``streamed`` run, when the format has neither rows nor a summary page for it.
    """
    inferred = for_output(output)
    if fmt is None:
        if inferred is None:
            raise ValueError(
                f"-o {output}: no report format writes `{PurePath(output or '').suffix}` files; use one of "
                f"{', '.join(suffix for f in REGISTRY for suffix in f.suffixes)}, or give --format"
            )
        fmt = inferred
    if streamed and not (lookup(fmt).rows or lookup(fmt).summary):
        raise ValueError(f"a streamed run cannot write a {fmt} report; use --format "
                         f"{' or '.join(f.name for f in REGISTRY if f.rows or f.summary)}")
    lookup(fmt)
    suffix = PurePath(output or "").suffix.lower()
    if output and suffix and inferred is not None and inferred != fmt:
        raise ValueError(
            f"--format {fmt} disagrees with -o {output}: `{suffix}` is the suffix of {inferred}; "
            f"name the file {PurePath(output).stem}{lookup(fmt).suffixes[0]} or drop --format"
        )
    return fmt


def render(report: Report, fmt: str, *, lang: str = "zh", color: bool = False) -> str:
    """``report`` as text in format ``fmt`` (one of :data:`FORMATS`), labels in ``lang`` (``zh``/``en``).

    ``color`` adds ANSI colours to the ``table`` format (for a terminal); other formats ignore it. A
    binary format (``xlsx``) is :func:`render_bytes`' business: asking for it here is a ValueError.
    """
    found = lookup(fmt)
    if found.binary:
        raise ValueError(f"{fmt} is a binary format: use render_bytes(report, {fmt!r})")
    text = _rendered(report, found, lang, color)
    assert isinstance(text, str)
    return text


def render_bytes(report: Report, fmt: str, *, lang: str = "zh", color: bool = False, file: bool = True) -> bytes:
    """``report`` in format ``fmt`` as the bytes ``-o`` writes (``file=True``) or stdout gets (``file=False``).

    Text is UTF-8; a format with ``bom`` (``csv``) starts a file with a byte-order mark, so that Excel
    reads its Chinese as UTF-8 (on stdout, piped into another program, it has none); a binary format
    (``xlsx``) is written as it is.
    """
    found = lookup(fmt)
    out = _rendered(report, found, lang, color)
    if isinstance(out, bytes):
        return out
    return (b"\xef\xbb\xbf" if found.bom and file else b"") + out.encode("utf-8")


def _rendered(report: Report, found: ReportFormat, lang: str, color: bool) -> str | bytes:
    """The renderer's output; every format but JSON (the same whatever the language) shows the names
    of ``lang`` (``name_en`` / ``unit_en`` in English, :func:`compliance.report._names.in_language`)."""
    from ._names import in_language
    from .escape import visible_controls

    if lang not in ("zh", "en"):
        raise ValueError(f"no report language {lang!r}; use 'zh' or 'en'")
    # the data's ESC, BEL, CR ... never reach a terminal or a workbook (JSON escapes them itself)
    return found.renderer()(visible_controls(in_language(report, lang)) if found.localized else report, lang, color)


def suffix_list() -> str:
    """The ``-o`` suffixes that choose a format other than the default, for help texts: ``.md/.markdown/...``."""
    return "/".join(suffix for f in REGISTRY if f.name != DEFAULT for suffix in f.suffixes)


def markdown_table() -> str:
    """The formats as the Markdown table of docs/reports.md."""
    lines = [
        "| `--format` | `-o` suffixes | streamed run (`--stream`) | what it is |",
        "|---|---|---|---|",
    ]
    for f in REGISTRY:
        suffixes = ", ".join(f"`{s}`" for s in f.suffixes) + (", any other, stdout" if f.name == DEFAULT else "")
        streamed = "every verdict row" if f.rows else "a summary page" if f.summary else "not written"
        lines.append(f"| `{f.name}` | {suffixes} | {streamed} | {f.description} |")
    return "\n".join(lines) + "\n"
