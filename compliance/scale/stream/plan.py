"""The rules of a streamed run, planned once: what ``check`` judges in every region, and by which path.

:func:`compliance.plans.check.rule_cells` says what ``check`` judges in the chosen periods for any
dataset; :class:`RulePlan` turns that into arrays indexed by rule code (0, 1, ... in check's order)
so a batch of regions is judged with a few vectorised steps:

* **fast** rules (single-year targets that read no other indicator) are judged by
  :func:`compliance.scale.bulk.evaluate_table`, grouped by the rules file's references;
* **exact** rules (plan periods, custom ``expr`` rules, targets that read another indicator's
  same-period value or a base year's) are judged by ``check``'s own judgement of each cell
  (:func:`compliance.plans.check.judge_cells`), except the **vector** ones: plan periods still open,
  whose progress :mod:`compliance.scale.stream.periods` rates for all regions of a batch at once
  (handing back to ``check`` the cells it cannot rate exactly).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ... import models as m
from ...judge.periods import Period
from ...plans.check import RuleCell, Timing, rule_cells
from ...plans.rules import Indicator, RulesFile
from ...plans.severity import SEVERITIES, rank, severity
from ..bulk import REASONS, STATUSES
from .periods import VectorRule, vector_rule

__all__ = ["BAD", "RANKS", "RATINGS", "Codes", "PlannedRule", "RulePlan", "severity_codes"]

RATINGS: tuple[m.ProgressRating, ...] = tuple(m.ProgressRating)
#: rank of each status code (:data:`compliance.scale.bulk.STATUSES` order): higher is worse
RANKS = np.array([rank(status) for status in STATUSES], dtype=np.int8)
#: the status codes worse than met, worst first (missed, pending): what the sample and the top regions count
BAD: tuple[int, ...] = tuple(
    code for code in np.argsort(-RANKS, kind="stable").tolist() if RANKS[code] > rank(m.Status.MET)
)
#: severity code (index into SEVERITIES) by [binding, status code]: the one severity rule, as a table
_SEVERITY = np.array(
    [[SEVERITIES.index(severity(status, binding=binding)) for status in STATUSES] for binding in (False, True)],
    dtype=np.int8,
)


def severity_codes(binding: np.ndarray, status: np.ndarray) -> np.ndarray:
    """The severity of each verdict (codes into :data:`~compliance.plans.severity.SEVERITIES`)."""
    return _SEVERITY[binding.astype(np.int64), status.astype(np.int64)]


@dataclass(frozen=True, slots=True)
class PlannedRule:
    """One rule of one indicator in one period (a row of ``check``'s output for any region)."""

    cell: RuleCell
    exact: bool  #: judged by ``check`` region by region (plan period, expr, reads of other cells)

    @property
    def indicator(self) -> Indicator:
        return self.cell.indicator

    @property
    def period(self) -> str:
        return self.cell.period

    @property
    def key(self) -> tuple[str, str, int, str]:
        """(indicator id, period, index, rule): how a judgement of ``check`` finds its rule."""
        return (self.cell.indicator.id, self.cell.period, self.cell.index, self.cell.rule)

    @property
    def references(self) -> tuple[tuple[str, str], ...]:
        """The rules file's references for the cell, sorted (rules with the same ones are judged together)."""
        return tuple(sorted((name, str(value)) for name, value in self.cell.context.references.items()))


def plan_rules(rules: RulesFile, periods: Sequence[str], as_of: int) -> list[PlannedRule]:
    """Every rule ``check`` judges in ``periods``, in its order, with the path that judges it."""
    return [
        PlannedRule(cell, exact=cell.rule == "expr" or not Period.parse(cell.period).is_year or cell.reads_others
                    or cell.indicator.no_target(cell.period) is not None)  # a cell saying none: shown with a row only
        for cell in rule_cells(rules, list(periods), as_of=as_of)
    ]


class Codes:
    """A per-rule attribute as categorical codes (for building columns without boxing a value per row)."""

    def __init__(self, values: Sequence[Any]) -> None:
        self.categories: list[Any] = []
        index: dict[Any, int] = {}
        codes = []
        for value in values:
            if value is None:
                codes.append(-1)
                continue
            if value not in index:
                index[value] = len(self.categories)
                self.categories.append(value)
            codes.append(index[value])
        self.codes = np.array(codes, dtype=np.int64)

    def column(self, rules: np.ndarray) -> Any:
        """The attribute of each rule code in ``rules``, as a pyarrow string array (null: none), an input column of
        evaluate_table (no pandas)."""
        from ..arrays import strings_of

        categories = self.categories
        return strings_of([categories[code] if code >= 0 else None for code in self.codes[rules].tolist()])


class RulePlan:
    """The planned rules as arrays by rule code, for judging, counting and writing whole batches."""

    def __init__(self, rules: RulesFile, periods: Sequence[str], as_of: int) -> None:
        self.rules = plan_rules(rules, periods, as_of)
        self.n = len(self.rules)
        self.ids = [indicator.id for indicator in rules.indicators]  #: indicator code -> id
        code_of = {indicator_id: code for code, indicator_id in enumerate(self.ids)}
        planned = self.rules
        #: exact rules by check's key, and the periods check is asked for
        self.exact_keys = {rule.key: code for code, rule in enumerate(planned) if rule.exact}
        self.exact_periods = sorted({rule.period for rule in planned if rule.exact})
        fast = [code for code, rule in enumerate(planned) if not rule.exact]
        self.fast = np.array(fast, dtype=np.int64)  #: rule codes judged by evaluate_table
        #: (indicator code, period) pairs of the fast rules; a fast rule's pair, indicator and year
        self.pairs: dict[tuple[int, str], int] = {}
        for code in fast:
            self.pairs.setdefault((code_of[planned[code].indicator.id], planned[code].period), len(self.pairs))
        self.fast_pair = np.array(
            [self.pairs[(code_of[planned[c].indicator.id], planned[c].period)] for c in fast], dtype=np.int64
        )
        self.fast_ind = np.array([code_of[planned[c].indicator.id] for c in fast], dtype=np.int64)
        self.fast_year = np.array([Period.parse(planned[c].period).start for c in fast], dtype=np.int64)
        #: a cell without a row whose data cannot be in yet (Timing), and the reason code it then has
        self.opens = np.array([rule.cell.timing is not Timing.DUE for rule in planned], dtype=bool)
        self.open_reasons = np.array(
            [REASONS.index(rule.cell.timing.reason or m.Reason.NO_DATA) for rule in planned], dtype=np.int8
        )
        groups: dict[tuple[tuple[str, str], ...], list[int]] = {}
        for local, code in enumerate(fast):
            groups.setdefault(planned[code].references, []).append(local)
        #: the fast rules by the references they are judged with (positions in ``fast``)
        self.groups = [(dict(refs), np.array(members, dtype=np.int64)) for refs, members in groups.items()]
        self.binding = np.array([rule.indicator.miss_severity == "fail" for rule in planned], dtype=bool)
        self.columns = {name: Codes([_attribute(rule, name) for rule in planned]) for name in _ATTRIBUTES}
        #: the exact rules whose cells the arrays rate (open plan periods; see periods.vector_rule)
        self.vector: list[VectorRule] = [
            found for code, rule in enumerate(planned) if rule.exact and rule.indicator.no_target(rule.period) is None
            and (found := vector_rule(code, code_of[rule.indicator.id], rule.cell, rules, RATINGS)) is not None
        ]


_ATTRIBUTES = ("indicator", "number", "name", "period", "index", "rule", "attribute", "department", "unit", "target",
               "polarity", "measure", "tolerance")


def _attribute(rule: PlannedRule, name: str) -> str | None:
    """A rule's value in a verdict row's column (or an input of evaluate_table)."""
    cell, indicator, ctx = rule.cell, rule.cell.indicator, rule.cell.context
    values: dict[str, str | None] = {
        "indicator": indicator.id, "number": indicator.number, "name": indicator.name, "period": cell.period,
        "index": str(cell.index), "rule": cell.rule, "attribute": indicator.attribute,
        "department": indicator.department, "unit": ctx.unit if ctx.unit is not None else indicator.unit,
        "target": cell.text, "polarity": ctx.polarity.value, "measure": ctx.measure.value if ctx.measure else None,
        "tolerance": str(ctx.tolerance),
    }
    return values[name]
