"""The report formats: one registry, one line per format.

Each :class:`ReportFormat` says what ``--format`` calls it, which module renders it, which ``-o``
file suffixes choose it, and whether a streamed run (:mod:`compliance.scale.stream`) can write every
verdict row in it or shows a summary page instead (:mod:`compliance.report.large`). The command
line takes its ``--format`` choices and its ``-o`` suffix inference from here, and the table of
formats in docs/reports.md is :func:`markdown_table` (a test keeps the two equal).

A new format is one module beside the others, with ``render(report, lang, color) -> str``, plus one
line in :data:`REGISTRY`. Renderer modules are imported on first use: importing this module is
cheap (the command line reads it to build its options).

>>> [f.name for f in REGISTRY] == list(FORMATS)
True
>>> for_output("out/report.HTML"), for_output("notes.markdown"), for_output("report.txt"), for_output(None)
('html', 'md', 'table', 'table')
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import PurePath
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ._model import Report

#: ``render(report, lang, color) -> str``: every renderer module has one.
Renderer = Callable[["Report", str, bool], str]


@dataclass(frozen=True, slots=True)
class ReportFormat:
    """One report format: its name, renderer, the ``-o`` suffixes that select it, how it streams."""

    name: str  #: the ``--format`` value
    module: str  #: the module of :mod:`compliance.report` whose ``render`` writes it
    suffixes: tuple[str, ...]  #: ``-o`` file suffixes that choose it, lower case with the dot (``.md``)
    rows: bool  #: a streamed run writes every verdict row in it (else a summary page)
    description: str  #: what it is for, one line (``--help``, docs/reports.md)

    def renderer(self) -> Renderer:
        """The format's ``render`` function (its module is imported now, once)."""
        render: Renderer = import_module(f"{__package__}.{self.module}").render
        return render


#: Every report format, in the order the command line and the docs list them; the first is the default.
REGISTRY: tuple[ReportFormat, ...] = (
    ReportFormat("table", "_table", (".txt",), False, "aligned columns for a terminal, coloured when it is one"),
    ReportFormat("md", "_markdown", (".md", ".markdown"), False, "Markdown, for an audit memo"),
    ReportFormat("html", "_html", (".html", ".htm"), False, "one self-contained page with filters"),
    ReportFormat("json", "_json", (".json",), True, "the whole report as data (shape below)"),
    ReportFormat("csv", "_csv", (".csv",), True, "one row per verdict, for a spreadsheet"),
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


def for_output(path: str | None) -> str:
    """The format an output file's suffix asks for (``report.html`` -> ``html``), else :data:`DEFAULT`."""
    if not path:
        return DEFAULT
    return _BY_SUFFIX.get(PurePath(path).suffix.lower(), DEFAULT)


def render(report: Report, fmt: str, *, lang: str = "zh", color: bool = False) -> str:
    """``report`` as text in format ``fmt`` (one of :data:`FORMATS`), labels in ``lang`` (``zh``/``en``).

    ``color`` adds ANSI colours to the ``table`` format (for a terminal); other formats ignore it.
    """
    if lang not in ("zh", "en"):
        raise ValueError(f"no report language {lang!r}; use 'zh' or 'en'")
    return lookup(fmt).renderer()(report, lang, color)


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
        streamed = "every verdict row" if f.rows else "a summary page"
        lines.append(f"| `{f.name}` | {suffixes} | {streamed} | {f.description} |")
    return "\n".join(lines) + "\n"
