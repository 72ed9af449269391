"""Wording shared by the renderers for a row's rule and progress, and for matrix cells.

Presentation only: every figure is the report's own (``VerdictRow.progress``, ``Report.matrix``);
these helpers pick labels from ``labels.yaml`` and join them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._model import VerdictRow

if TYPE_CHECKING:  # pragma: no cover; made where a report has one (report/_model.py)
    from ._model import MatrixCell, ProgressInfo

_MARK = {"met": "✓", "missed": "✗", "pending": "?"}


def several_rules(rows: Iterable[VerdictRow]) -> set[tuple[str, str]]:
    """The (indicator, period) cells holding more than one rule."""
    return {(row.indicator, row.period) for row in rows if row.index > 0}


def rule_mark(row: VerdictRow, several: set[tuple[str, str]], L: dict[str, Any]) -> str:
    """``#1`` for a rule of a cell with several, ``custom rule`` for an expression; empty otherwise.

    >>> from compliance.report._labels import labels
    >>> row = VerdictRow.model_construct(indicator="x", period="2022", index=1, rule="expr")
    >>> rule_mark(row, {("x", "2022")}, labels("en")), rule_mark(row, set(), labels("zh"))
    ('#1 custom rule', '自定义规则')
    """
    parts = []
    if (row.indicator, row.period) in several:
        parts.append(L["rule_mark"].format(index=row.index))
    if row.rule == "expr":
        parts.append(L["rules"]["expr"])
    return " ".join(parts)


def has_progress(rows: Iterable[VerdictRow]) -> bool:
    return any(row.progress is not None for row in rows)


def rating(progress: ProgressInfo | None, L: dict[str, Any]) -> str:
    """The rating's label, empty without one."""
    return L["progress"]["rating"][progress.rating.value] if progress is not None else ""


def progress_facts(progress: ProgressInfo, L: dict[str, Any], lang: str = "zh") -> list[tuple[str, str]]:
    """(label, text) pairs: the method, the years, and every figure the rating used, rounded as the rating's
    sentence rounds them and with their units (``ProgressInfo.shown``); what it lacks in words."""
    F = L["progress"]["fields"]
    p = progress
    shown = p.shown
    facts = [
        (F["method"], f"{L['progress']['method'].get(p.method, p.method)} ({p.method})"),
        (F["period"], f"{p.start_year}–{p.end_year}"),
        (F["as_of"], str(p.as_of)),
    ]
    if p.base_year is not None:
        base = shown.get("base", p.base_value)
        facts.append((F["base"], f"{base} ({p.base_year})" if base is not None else str(p.base_year)))
    if p.current_value is not None:
        current = shown.get("current", p.current_value)
        facts.append((F["current"], current + (f" ({p.current_year})" if p.current_year is not None else "")))
    for key, value in (("target", p.target_value), ("observed", p.observed), ("required", p.required),
                       ("ratio", p.ratio), ("pace", p.pace)):
        if value is not None:
            facts.append((F[key], shown.get(key, value)))
    facts.append((F["cutoffs"], " / ".join(p.cutoffs)))
    if p.values:
        facts.append((F["values"], ", ".join(f"{v.year}: {one(v.text)}" for v in p.values)))
    if p.missing:
        facts.append((F["missing"], p.missing_as.get(lang) if p.missing_as is not None else ", ".join(p.missing)))
    return facts


def one(text: str) -> str:
    from ._text import one_line

    return one_line(text) or "—"


def cell_text(cell: MatrixCell | None, L: dict[str, Any], *, mark: bool = True) -> str:
    """A matrix cell in words: ``✗ 未达标``, ``? 待定 · 进度正常``, ``✓ met (2 rules)``; empty for no rule."""
    if cell is None:
        return ""
    text = L["status"][cell.status.value]
    if mark:
        text = f"{_MARK[cell.status.value]} {text}"
    if cell.status is not cell.computed_status:
        text += "*"
    if cell.progress is not None:
        text += " · " + L["progress"]["rating"][cell.progress.value]
    if len(cell.verdicts) > 1:
        text += f" ({L['matrix']['rules'].format(count=len(cell.verdicts))})"
    return text
