"""Which indicators a rules file's indicators read, and the cycle that would make a target depend on itself.

An indicator depends on another when a target follows it (``与经济增长基本同步``: the indicator named
by ``sync.indicator``, ``links`` or the role the lexicon names, :mod:`compliance.plans.roles`) or a custom rule reads it (``ref('gdp_growth')``).
:class:`~compliance.plans.schema.RulesFile` refuses a file whose dependencies loop, naming the loop
and where its first link is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..models import Constraint, Sync, find
from .roles import bound_roles

if TYPE_CHECKING:  # pragma: no cover
    from .schema import RulesFile

#: where in the rules document a dependency is written (keys and list indexes)
Loc = tuple[Any, ...]


def dependencies(rules: RulesFile) -> dict[str, list[tuple[str, Loc]]]:
    """Indicator id -> the indicators its targets and rules read (与...同步, ref('id')), each with where."""
    from .._api import parse_target
    from ..judge.expr import compile_expression

    ids = {indicator.id for indicator in rules.indicators}
    roles = bound_roles(rules)  # 与经济增长基本同步 names the role economic_growth, bound to an indicator
    found: dict[str, list[tuple[str, Loc]]] = {}
    for index, indicator in enumerate(rules.indicators):
        edges = found.setdefault(indicator.id, [])
        for period, value in indicator.targets.items():
            texts = (value,) if isinstance(value, str) else value
            for number, text in enumerate(texts):
                sync = _sync_of(parse_target(text))
                if sync is None:
                    continue
                ref = (indicator.sync.indicator if indicator.sync is not None else None) or rules.links.get(
                    sync.phrase, roles.get(sync.ref, sync.ref)
                )
                loc = ("indicators", index, "targets", period) + ((number,) if not isinstance(value, str) else ())
                if ref in ids:
                    edges.append((ref, loc))
        expr = indicator.expr
        for when, rule in (expr.items() if isinstance(expr, dict) else [(None, expr)]):
            if rule is None:
                continue
            loc = ("indicators", index, "expr") + ((when,) if when is not None else ())
            edges.extend((ref, loc) for ref in compile_expression(rule).refs if ref in ids)
    return found


def _sync_of(target: Constraint) -> Sync | None:
    return find(target, Sync)


def find_cycle(rules: RulesFile) -> tuple[list[str], Loc] | None:
    """The first cycle of dependencies in file order (``a -> b -> a``) and where its first link is."""
    graph = dependencies(rules)
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[tuple[str, Loc]] = []

    def visit(node: str) -> tuple[list[str], Loc] | None:
        state[node] = 1
        for target, loc in graph.get(node, ()):
            path.append((node, loc))
            if state.get(target) == 1:
                start = next(i for i, (name, _) in enumerate(path) if name == target)
                names = [name for name, _ in path[start:]] + [target]
                return names, path[start][1]
            if state.get(target) is None:
                found = visit(target)
                if found is not None:
                    return found
            path.pop()
        state[node] = 2
        return None

    for indicator in rules.indicators:
        if indicator.id not in state:
            found = visit(indicator.id)
            if found is not None:
                return found
    return None
