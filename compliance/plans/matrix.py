"""Judgements folded for reports: counts by status (a 序号's sub-rows as one), and the indicator x period matrix.

Takes what :func:`compliance.plans.check.check` returns; a cell's status is the worst of its rules'
(:func:`compliance.plans.severity.worst`, the one severity rule).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from .. import models as m
from ..judge.periods import order
from .rules import Indicator
from .severity import worst

if TYPE_CHECKING:  # pragma: no cover
    from ..judge.verdict import Progress, Verdict
    from .check import Judgement

__all__ = ["Cell", "Matrix", "Summary", "matrix", "summarize"]



class Summary(NamedTuple):
    rows: Counter[str]  #: verdicts by status
    indicators: Counter[str]  #: indicators (序号: sub-rows folded, worst wins) by status
    indicator_count: int


def summarize(judgements: Sequence[Judgement]) -> Summary:
    groups: dict[tuple[str, str], list[m.Status]] = {}
    for j in judgements:
        key = (j.period, j.indicator.number or j.indicator.id)
        groups.setdefault(key, []).append(j.verdict.status)
    return Summary(
        rows=Counter(j.verdict.status.value for j in judgements),
        indicators=Counter(worst(statuses).value for statuses in groups.values()),
        indicator_count=len(groups),
    )


class Cell(NamedTuple):
    """One indicator in one period: every rule judged there, and the worst of them."""

    indicator: Indicator
    period: str
    judgements: tuple[Judgement, ...]

    @property
    def status(self) -> m.Status:
        return worst([j.verdict.status for j in self.judgements])

    @property
    def verdicts(self) -> tuple[Verdict, ...]:
        return tuple(j.verdict for j in self.judgements)

    @property
    def progress(self) -> Progress | None:
        """The first rule's progress rating (a plan-period cell before its end)."""
        return next((j.verdict.progress for j in self.judgements if j.verdict.progress is not None), None)

    @property
    def reason(self) -> m.Reason:
        """The reason of the rule that decided the cell's status (the first of the worst)."""
        status = self.status
        return next(j.verdict.reason for j in self.judgements if j.verdict.status is status)


class Matrix(NamedTuple):
    """Indicators by periods: indicators in order of first appearance in the judgements (``check``
    judges period by period in the rules file's order, so an indicator without a target in the first
    period comes later; sort by the rules file where that matters), periods in the plan table's order."""

    indicators: tuple[Indicator, ...]
    periods: tuple[str, ...]
    cells: Mapping[tuple[str, str], Cell] = MappingProxyType({})  #: (indicator id, period) -> its cell

    def cell(self, indicator_id: str, period: str) -> Cell | None:
        return self.cells.get((indicator_id, period))

    def row(self, indicator_id: str) -> tuple[Cell | None, ...]:
        return tuple(self.cells.get((indicator_id, period)) for period in self.periods)

    def column(self, period: str) -> tuple[Cell | None, ...]:
        return tuple(self.cells.get((indicator.id, period)) for indicator in self.indicators)

    def counts(self, period: str) -> Counter[str]:
        """Cells of a period by status (each indicator once, its worst rule)."""
        return Counter(cell.status.value for cell in self.column(period) if cell is not None)


def matrix(judgements: Sequence[Judgement]) -> Matrix:
    """The judgements as an indicator x period matrix (a cell per indicator and period judged)."""
    indicators: dict[str, Indicator] = {}
    grouped: dict[tuple[str, str], list[Judgement]] = {}
    for j in judgements:
        indicators.setdefault(j.indicator.id, j.indicator)
        grouped.setdefault((j.indicator.id, j.period), []).append(j)
    periods = order({j.period for j in judgements})
    cells = {
        key: Cell(indicators[key[0]], key[1], tuple(sorted(items, key=lambda j: j.index)))
        for key, items in grouped.items()
    }
    return Matrix(tuple(indicators.values()), tuple(periods), cells)
