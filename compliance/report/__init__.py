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

The formats, their ``-o`` suffixes and how each streams are one registry,
:mod:`compliance.report.formats`; a new format is a module beside ``_markdown.py`` and one line there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .formats import FORMATS, render

if TYPE_CHECKING:  # for type checkers; at run time the names below load on first use
    from ..plans.overrides import Override, Overrides, load_overrides
    from ._build import build_report
    from ._claims import claim_rows
    from ._diff import Change, diff_reports, read_report, render_diff
    from ._model import (
        SCHEMA_VERSION,
        ClaimRow,
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

#: Public names by the module that defines them, imported on first use: the command line reads
#: :mod:`compliance.report.formats` to build its options without loading the report models.
_LAZY = {
    "Override": "..plans.overrides", "Overrides": "..plans.overrides", "load_overrides": "..plans.overrides",
    "build_report": "._build",
    "claim_rows": "._claims",
    "Change": "._diff", "diff_reports": "._diff", "read_report": "._diff", "render_diff": "._diff",
    **dict.fromkeys(
        ("SCHEMA_VERSION", "ClaimRow", "Localized", "Matrix", "MatrixCell", "MatrixRow", "Meta", "OverrideInfo", "ProgressInfo",
         "Report", "Summary", "VerdictRow"),
        "._model",
    ),
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "FORMATS",
    "SCHEMA_VERSION",
    "Change",
    "ClaimRow",
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
    "claim_rows",
    "diff_reports",
    "load_overrides",
    "read_report",
    "render",
    "render_diff",
]
