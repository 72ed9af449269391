"""Reports: judgements -> one :class:`Report` -> JSON, Markdown, HTML, CSV or a terminal table.

Presentation only: a report reads the verdicts' fields and never evaluates. Not imported by
``import compliance``; the command line and tools import it.

    report = build_report(check(rules, data, ["2022"]), rules=rules, rules_path=..., data_path=...,
                          periods=["2022"], overrides=load_overrides("review.yaml"))
    print(render(report, "md", lang="en"))

``diff_reports`` compares two JSON reports (as loaded dicts) verdict by verdict, matching rows by
(indicator, period, index). A report of several periods (``check(rules, data, "all")``) holds the
indicator x period :class:`Matrix`; a row of a plan-period target judged before its end carries its
:class:`ProgressInfo`.
"""

from __future__ import annotations

from collections.abc import Callable

from ..plans.overrides import Override, Overrides, load_overrides
from ._build import build_report
from ._diff import Change, diff_reports, read_report, render_diff
from ._model import (
    SCHEMA_VERSION,
    Localized,
    Matrix,
    MatrixCell,
    MatrixRow,
    Meta,
    OverrideInfo,
    ProgressInfo,
    Report,
    Summary,
    VerdictRow,
)

#: The formats :func:`render` writes, in the order the command line lists them.
FORMATS = ("table", "md", "html", "json", "csv")


def render(report: Report, fmt: str, *, lang: str = "zh", color: bool = False) -> str:
    """``report`` as text in format ``fmt`` (one of :data:`FORMATS`), labels in ``lang`` (``zh``/``en``).

    ``color`` adds ANSI colours to the ``table`` format (for a terminal); other formats ignore it.
    """
    if lang not in ("zh", "en"):
        raise ValueError(f"no report language {lang!r}; use 'zh' or 'en'")
    renderer = _renderers().get(fmt)
    if renderer is None:
        raise ValueError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
    return renderer(report, lang, color)


def _renderers() -> dict[str, Callable[[Report, str, bool], str]]:
    from . import _csv, _html, _json, _markdown, _table

    return {
        "table": _table.render,
        "md": _markdown.render,
        "html": _html.render,
        "json": _json.render,
        "csv": _csv.render,
    }


__all__ = [
    "FORMATS",
    "SCHEMA_VERSION",
    "Change",
    "Localized",
    "Matrix",
    "MatrixCell",
    "MatrixRow",
    "Meta",
    "Override",
    "OverrideInfo",
    "Overrides",
    "ProgressInfo",
    "Report",
    "Summary",
    "VerdictRow",
    "build_report",
    "diff_reports",
    "load_overrides",
    "read_report",
    "render",
    "render_diff",
]
