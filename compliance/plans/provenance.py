"""Where a verdict's numbers come from, said in its notes: the reference level's source, other indicators by name.

:func:`with_provenance` is the last step of judging a target cell in :mod:`compliance.plans.check`: a
level from the rules file's ``references`` carries its declared ``source:``; another indicator's value
of the period (``gdp_growth``, or a role such as ``economic_growth``) is that indicator's dataset row,
and notes call it by its name (地区生产总值增速), never by its id; a level in the reported cell is the
cell's row, a level in the target's bracket the rule's ``file:line:column``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ..judge.periods import Period
from ..models import Note
from .rules import ReferenceValue, RulesFile

if TYPE_CHECKING:
    from .check import Judgement
    from .datasets import Row


def names_of(rules: RulesFile, roles: Mapping[str, str]) -> dict[str, str]:
    """Indicator ids and the roles bound to them -> the indicator's name: what a sentence calls them."""
    names = {indicator.id: indicator.name for indicator in rules.indicators}
    names.update({role: names[bound] for role, bound in roles.items() if bound in names})
    return names


def declared(rules: RulesFile, name: str, indicator_id: str, period: str) -> ReferenceValue | None:
    """The rules file's reference of that name for the indicator and period (the most specific), or None."""
    best, rank = None, -1
    for ref in rules.references:
        if ref.name != name or ref.indicator not in (None, indicator_id) or ref.period not in (None, period):
            continue
        specific = (ref.indicator is not None) + (ref.period is not None)
        if specific >= rank:
            best, rank = ref, specific
    return best


def with_provenance(
    j: Judgement, rules: RulesFile, roles: Mapping[str, str], row_of: Callable[[str, str], Row | None],
    names: Mapping[str, str] | None = None,
) -> Judgement:
    """``j`` with ``reference_source`` set and its notes naming indicators and sources (see the module).

    ``names`` is :func:`names_of` the rules and roles, when the caller keeps it for many judgements."""
    names = names if names is not None else names_of(rules, roles)
    v = j.verdict
    where: str | None = None
    located: str | None = None  #: a rules-file reference that declares no source: its file:line:column
    ref = v.reference
    by_indicator = ref is not None and ref.source == "references" and ref.name in names
    if ref is not None:
        if by_indicator:  # its row of the period; in a plan period, its yearly rows the level is averaged from
            bound = roles.get(ref.name, ref.name)
            span = Period.parse(j.period)
            rows = [row_of(bound, j.period)] + ([] if span.is_year else [row_of(bound, str(y)) for y in span.years])
            where = "; ".join(f"{row.file}:{row.line}" for row in rows if row is not None) or None
        elif ref.source == "references":
            found = declared(rules, ref.name, j.indicator.id, j.period)
            if found is not None and found.source is None:  # no source: given: where the rules file gives it
                located = rules.where_reference(rules.references.index(found))
            where = found.source if found is not None else None
        elif ref.source == "reported" and j.row is not None:
            where = f"{j.row.file}:{j.row.line}"
        elif ref.source == "inline":
            where = rules.where(j.indicator.id, j.period, j.index)

    def renamed(note: Note) -> Note:
        params: dict[str, Any] = dict(note.params)
        for key in ("name", "ref"):
            if params.get(key) in names:
                params[key] = names[params[key]]
        if note.code == "reference" and params.get("source") == "references":
            if by_indicator:
                params["source"] = "indicator"
            elif where is not None:
                params["source"], params["declared"] = "declared", where
            elif located is not None:
                params["source"], params["declared"] = "located", located
        return note if params == note.params else Note(code=note.code, params=params)

    update: dict[str, Any] = {"notes": tuple(renamed(n) for n in v.notes)}
    if v.progress is not None:
        update["progress"] = v.progress.model_copy(update={"notes": tuple(renamed(n) for n in v.progress.notes)})
    if v.parts:
        update["parts"] = tuple(part.model_copy(update={"notes": tuple(renamed(n) for n in part.notes)})
                                for part in v.parts)
    return dataclasses.replace(j, verdict=v.model_copy(update=update), reference_source=where or located)
