"""A dataset as a rules file reads it at a date (``as_of``): its rows, their reported values parsed once, an
indicator's yearly series, each period's figures by indicator id, the references a cell resolves and the
:class:`~compliance.judge.evaluate.Context` it is judged in. :mod:`compliance.plans.check` judges the cells over
it (``check._Checker`` is a :class:`DataView`); nothing here judges."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import models as m
from .._api import DEFAULT_REPORTED_TOLERANCE, DEFAULT_SYNC_TOLERANCE
from .._api import read_rules_reported as parse_reported  # kept by rules snapshots
from ..judge.evaluate import Context
from ..judge.periods import Period
from .datasets import Dataset, Row
from .provenance import names_of
from .roles import bound_roles
from .rules import Indicator, RulesFile

__all__ = ["DataView", "latest_year"]


def latest_year(data: Dataset) -> int | None:
    """The last year the dataset reports on: the default ``as_of``."""
    ends = [Period.parse(row.period).end for row in data.rows]
    return max(ends) if ends else None


class DataView:
    """One dataset read for one rules file up to ``as_of``: its parsed values, series and same-period figures, each
    read once."""

    def __init__(self, rules: RulesFile, data: Dataset, as_of: int | None) -> None:
        self.rules = rules
        self.data = data
        found = latest_year(data)
        self.as_of = as_of if as_of is not None else (found if found is not None else 0)
        self._parsed: dict[tuple[str, str], m.Reported] = {}
        self._same_period: dict[str, dict[str, Any]] = {}
        self._series: dict[str, dict[int, m.Reported]] = {}
        self.ids = {indicator.id for indicator in rules.indicators}  #: a custom rule's names of other indicators
        self.roles = bound_roles(rules)  #: role (economic_growth) -> the indicator id bound to it
        self.names = names_of(rules, self.roles)  #: ids and roles -> indicator names, for the notes
        self._years: dict[str, list[str]] = {}
        for row in data.rows:
            if "-" not in row.period:
                self._years.setdefault(row.indicator, []).append(row.period)

    def row(self, indicator_id: str, period: str) -> Row | None:
        """A dataset row, unless it lies after ``as_of`` (not known yet at that date)."""
        row = self.data.value(indicator_id, period)
        if row is None or Period.parse(period).end > self.as_of:
            return None
        return row

    def reported(self, indicator_id: str, period: str) -> m.Reported | None:
        row = self.row(indicator_id, period)
        if row is None:
            return None
        key = (indicator_id, period)
        if key not in self._parsed:
            self._parsed[key] = parse_reported(row.reported)
        return self._parsed[key]

    def series(self, indicator_id: str) -> dict[int, m.Reported]:
        """An indicator's values by year, up to ``as_of``."""
        if indicator_id not in self._series:
            found: dict[int, m.Reported] = {}
            for period in self._years.get(indicator_id, ()):
                reported = self.reported(indicator_id, period)
                if reported is not None:
                    found[int(period)] = reported
            self._series[indicator_id] = found
        return self._series[indicator_id]

    def same_period(self, period: str) -> dict[str, Any]:
        """Each indicator's reported figure in ``period``, by id: what 与经济增长基本同步 refers to, read as every
        judging path reads a reported value (:func:`compliance.judge.figure.figure`): ``5.2%左右`` at 5.2, of
        ``达到4.72兆元,增长5%`` the one in the indicator's unit; only a single figure is a level to refer to (a range
        or a bound is none), and none is a sentence about another indicator (names_another)."""
        from ..judge.choose import names_another
        from ..judge.figure import Pending, figure

        if period not in self._same_period:
            values: dict[str, Any] = {}
            for indicator in self.rules.indicators:
                reported = self.reported(indicator.id, period)
                if reported is None or names_another(reported, indicator.name):  # no row; 城镇调查失业率为5.2% of GDP's
                    continue
                if isinstance(reported, m.Value):
                    values[indicator.id] = reported.value
                    continue
                try:
                    found = figure(reported, indicator.unit, indicator.measure)
                except Pending:
                    continue
                if found.is_point and found.lo.is_finite():
                    rate = indicator.measure in (m.Measure.RATE, m.Measure.DECLINE)  # a growth, whatever its level's unit
                    values[indicator.id] = m.trusted(m.Quantity, value=found.lo, unit=None if rate else indicator.unit)
            self._same_period[period] = values
        return self._same_period[period]

    def references(self, indicator: Indicator, period: str) -> dict[str, Any]:
        """Same-period indicator values, then the rules file's references (which win on a clash)."""
        found: dict[str, Any] = dict(self.same_period(period))
        for role, bound in self.roles.items():  # 高于GDP增长: the bound indicator's value, by its role
            if bound in found:
                found.setdefault(role, found[bound])
        general: dict[str, Any] = {}
        for ref in self.rules.references:
            if ref.indicator not in (None, indicator.id) or ref.period not in (None, period):
                continue
            # a reference for this indicator or period beats one for every indicator or period
            specific = (ref.indicator is not None) + (ref.period is not None)
            if ref.name not in general or specific >= general[ref.name][0]:
                general[ref.name] = (specific, ref.value)
        found.update({name: value for name, (_, value) in general.items()})
        return found

    def context(self, indicator: Indicator, period: str, previous: m.Reported | None) -> Context:
        sync_tolerance = (
            (indicator.sync.tolerance if indicator.sync is not None else None)
            or self.rules.defaults.sync_tolerance
            or DEFAULT_SYNC_TOLERANCE
        )
        return Context(
            polarity=indicator.polarity,
            tolerance=indicator.tolerance or self.rules.defaults.tolerance,
            sync_tolerance=sync_tolerance,
            reported_tolerance=DEFAULT_REPORTED_TOLERANCE,
            previous=previous,
            references=self.references(indicator, period),
            unit=indicator.unit,
            measure=indicator.measure,
            indicator=indicator.name,  # a bare target's indicator (增长6%): a sentence about another is pending
            year=span.start if (span := Period.parse(period)).is_year else None, names=self.names,  # judge/previous.py, progress
            period_part="",  # the dataset's period is the value's, whole: a plan table's row pasted in is judged as its
        )

    def sync_target(self, indicator: Indicator, target: m.Constraint) -> m.Constraint:
        """Point a 同步 target at the indicator the rules file names for it (else the lexicon's)."""
        own = indicator.sync.indicator if indicator.sync is not None else None
        return _map_sync(target, own, self.rules.links, self.roles)


def _map_sync(
    target: m.Constraint, indicator_id: str | None, links: Mapping[str, str], roles: Mapping[str, str]
) -> m.Constraint:
    if isinstance(target, m.Sync):
        ref = indicator_id or links.get(target.phrase) or roles.get(target.ref)
        return target.model_copy(update={"ref": ref}) if ref and ref != target.ref else target
    for name in ("revised", "inner", "inline", "original"):
        inner = getattr(target, name, None)
        if inner is not None:
            mapped = _map_sync(inner, indicator_id, links, roles)
            if mapped is not inner:
                return target.model_copy(update={name: mapped})
    return target
