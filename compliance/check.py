"""Judge a plan: every indicator's target of a period against its reported value.

Glue between files and the engine: reads nothing itself (takes a loaded rules file and dataset)
and formats nothing (returns judgements). Used by the command line and by tools.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from . import models as m
from ._api import DEFAULT_REPORTED_TOLERANCE, DEFAULT_SYNC_TOLERANCE, parse_reported, parse_target
from ._evaluate import Context, judge
from .datasets import Dataset, Row
from .rules import Indicator, RulesFile

_WORST = {m.Status.MISSED: 2, m.Status.PENDING: 1, m.Status.MET: 0}


@dataclass(frozen=True, slots=True)
class Judgement:
    indicator: Indicator
    period: str
    row: Row | None  #: the dataset row judged (None: no row)
    verdict: m.Verdict

    @property
    def severity(self) -> str:
        """``fail`` for a miss on a binding (约束性) indicator, ``warn`` on an expected one, else ``ok``/``open``."""
        if self.verdict.status is m.Status.MISSED:
            return "fail" if self.indicator.attribute == "约束性" else "warn"
        return "ok" if self.verdict.status is m.Status.MET else "open"


def default_period(rules: RulesFile, data: Dataset) -> str:
    """The latest single year that has both a target and a reported value."""
    years = {row.period for row in data.rows if "-" not in row.period}
    targeted = {period for indicator in rules.indicators for period in indicator.targets}
    both = sorted(years & targeted)
    if not both:
        raise ValueError("no period has both a target and a reported value; pass --period")
    return both[-1]


def _previous_period(period: str) -> str | None:
    return str(int(period) - 1) if period.isdigit() else None


def check(rules: RulesFile, data: Dataset, periods: Sequence[str]) -> list[Judgement]:
    judgements: list[Judgement] = []
    for period in periods:
        same_period = _indicator_values(rules, data, period)
        for indicator in rules.indicators:
            text = indicator.targets.get(period)
            if text is None:
                continue
            row = data.value(indicator.id, period)
            reported = parse_reported(row.reported) if row is not None else m.Missing(text="")
            previous_period = _previous_period(period)
            previous_row = data.value(indicator.id, previous_period) if previous_period else None
            ctx = Context(
                polarity=indicator.polarity,
                tolerance=indicator.tolerance or rules.defaults.tolerance,
                sync_tolerance=DEFAULT_SYNC_TOLERANCE,
                reported_tolerance=DEFAULT_REPORTED_TOLERANCE,
                previous=parse_reported(previous_row.reported) if previous_row is not None else None,
                references={**same_period, **_references(rules, indicator, period)},
                unit=indicator.unit,
                measure=indicator.measure,
            )
            judgements.append(Judgement(indicator, period, row, judge(parse_target(text), reported, ctx)))
    return judgements


def _references(rules: RulesFile, indicator: Indicator, period: str) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for ref in rules.references:
        if ref.indicator not in (None, indicator.id) or ref.period not in (None, period):
            continue
        found[ref.name] = ref.value
    return found


def _indicator_values(rules: RulesFile, data: Dataset, period: str) -> dict[str, Any]:
    """Each indicator's reported figure in ``period``, by id: what 与经济增长基本同步 refers to."""
    values: dict[str, Any] = {}
    for indicator in rules.indicators:
        row = data.value(indicator.id, period)
        if row is None:
            continue
        reported = parse_reported(row.reported)
        if isinstance(reported, m.Value):
            values[indicator.id] = reported.value
    return values


def worst(statuses: Sequence[m.Status]) -> m.Status:
    return max(statuses, key=_WORST.__getitem__)


@dataclass(frozen=True, slots=True)
class Summary:
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
