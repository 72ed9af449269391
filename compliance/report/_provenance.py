"""Where each verdict comes from, as every text format shows it: the rule's ``file:line:column``, the
data row's ``file:line`` (with the dataset's ``source`` and ``note`` columns), the cells a derived value
is computed from, and where the reference level came from. Read off the row; nothing is looked up here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ._model import VerdictRow
from ._text import one_line

#: a margin written as zero, signed or not (``0``, ``+0``, ``-0.00``)
_ZERO = re.compile(r"[+-]?0+(?:\.0*)?")


def missing_words(items: Sequence[str], lang: str) -> str:
    """What a verdict or a rating lacks, in the explanation's words, not codes (a year or a name stays itself).

    >>> missing_words(("period_end", "2021"), "en")
    'the value at the end of the period, 2021'
    """
    from ..judge.explain import templates

    t = templates(lang)
    return str(t["list"]).join(t["missing"].get(item, item) for item in items)


def reported_text(row: VerdictRow, L: dict[str, Any], lang: str) -> str:
    """The Reported cell: the dataset's text, or a derived value marked as such (never passed off as reported)."""
    if row.derived is not None:
        return f"{L['columns']['derived']} {row.derived.value_as.get(lang)}"
    return one_line(row.reported)


def _signed(number: str) -> str:
    return number if number.startswith("-") or number == "0" else "+" + number


def derived_text(row: VerdictRow) -> str:
    """The cells a derived value is computed from: ``2021 8.8 (file:8); 2022 4 (file:9)``."""
    if row.derived is None:
        return ""
    return "; ".join(f"{item.period} {one_line(item.reported)} ({item.source})" for item in row.derived.inputs)


def _with_gap_unit(shown: str, unit: str | None, lang: str) -> str:
    """A difference with its unit: of percentages, percentage points; else the unit (its label in English)."""
    from ..judge.explain import templates, with_unit

    units: dict[str, str] = templates(lang).get("gap_units", {})
    if shown.lstrip("+-") == "1":  # +1 percentage point
        units = templates(lang).get("gap_units_one", units)
    if unit in units:
        return shown + units[unit]
    if unit and unit[0].isdigit() and _ZERO.fullmatch(shown):  # no margin is no margin of anything
        return shown  # '0', not '0 × 10,000 yuan per person' (a count of ten-thousands)
    return with_unit(shown, unit)


def provenance(row: VerdictRow, L: dict[str, Any], lang: str = "zh") -> list[tuple[str, str]]:
    """(label, text) pairs of the row's provenance, in reading order; only what the row has."""
    from ..judge.explain import with_unit

    C = L["columns"]
    found: list[tuple[str, str]] = []
    if row.gap_to_target is not None and row.stated is not None:  # beside the margin from the tolerance's edge
        low, high = (_signed(end) for end in row.gap_to_target)
        shown = low if low == high else L["range"].format(low=low, high=high)
        found.append((C["gap_to_target"].format(stated=with_unit(row.stated, row.unit)),
                      _with_gap_unit(shown, row.unit, lang)))
    if row.rule_source:
        found.append((C["rule_source"], row.rule_source))
    if row.source:
        found.append((C["source"], row.source + (f" ({one_line(row.source_note)})" if row.source_note else "")))
    if row.derived is not None:
        found.append((C["derived_from"], derived_text(row)))
    if row.note:
        found.append((C["note"], one_line(row.note)))
    if row.reference_source:
        found.append((C["reference_source"], one_line(row.reference_source)))
    return found
