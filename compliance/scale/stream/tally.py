"""Counting a streamed run as it goes: verdicts by rule and status, regions, and a bounded sample.

:class:`Tallies` takes each judged batch: it adds the verdicts to counts by rule and status (from
which the summary's counts by period, indicator, attribute and severity follow), by reason and by
progress rating, counts each region once by its worst verdict, keeps the regions with the most
missed (then pending) verdicts, and keeps the first ``sample`` missed and pending verdicts of each
rule with ``check``'s own evidence and explanations. Memory: a few arrays by rule, the top regions
and the sample, whatever the size of the file.
"""

from __future__ import annotations

import heapq
from typing import Any

import numpy as np

from ...judge.verdict import Verdict
from ...models import format_decimal
from ...plans.datasets import Row
from ...plans.rules import RulesFile
from ...plans.severity import SEVERITIES, severity
from ..arrays import numpy_of
from ..bulk import REASONS, STATUSES
from .evidence import Evidence
from .sentences import sentence
from .judge import JudgedBatch
from .plan import BAD, RANKS, RATINGS, PlannedRule, RulePlan, severity_codes
from .read import PanelReader
from .summary import IndicatorTally, RegionTally, SampleRow, StreamSummary, Tally

__all__ = ["TOP_REGIONS", "Tallies"]

TOP_REGIONS = 50  #: regions listed in the summary, most missed first
_N = len(STATUSES)


def _tally(counts: np.ndarray) -> Tally:
    """Counts by status code as a :class:`Tally`."""
    return Tally(**{status.value: int(counts[code]) for code, status in enumerate(STATUSES)})


class Tallies:
    """The running counts and the sample of a streamed run."""

    def __init__(self, plan: RulePlan, reader: PanelReader, sample: int, evidence: Evidence | None = None) -> None:
        self.plan, self.reader, self.sample = plan, reader, sample
        self.evidence = evidence  #: makes a kept verdict check's own, provenance included
        self.counts = np.zeros((plan.n, _N), dtype=np.int64)  #: verdicts by rule and status code
        self.reasons = np.zeros(len(REASONS), dtype=np.int64)
        self.ratings = np.zeros(len(RATINGS), dtype=np.int64)
        self.without_row = 0  #: verdicts of cells the file has no row for
        self.regions = 0
        self.regions_by_status = np.zeros(_N, dtype=np.int64)  #: each region by its worst verdict
        #: a heap of the regions with the most bad verdicts: (bad counts worst first, -region, key, counts)
        self._top: list[tuple[Any, ...]] = []
        self._sampled = np.zeros((plan.n, len(BAD)), dtype=np.int64)  #: verdicts kept per rule and bad status
        self._sample: list[tuple[tuple[int, int, int], SampleRow]] = []  #: ((rule, slot, region), row)

    @property
    def room(self) -> np.ndarray:
        """How many more verdicts the sample takes, by rule and bad status (missed, pending)."""
        return self.sample - self._sampled

    @property
    def verdicts(self) -> int:
        return int(self.counts.sum())

    def add(self, batch: JudgedBatch) -> None:
        """Count a batch's verdicts and regions (before :meth:`keep_sample`, which orders by region)."""
        cells, starts = batch.cells, batch.starts
        status = cells.status.astype(np.int64)
        self.counts += np.bincount(cells.rule * _N + status, minlength=self.plan.n * _N).reshape(self.plan.n, _N)
        self.reasons += np.bincount(cells.reason.astype(np.int64), minlength=len(REASONS))
        self.ratings += np.bincount(cells.progress[cells.progress >= 0].astype(np.int64), minlength=len(RATINGS))
        self.without_row += int((cells.row < 0).sum())
        regions = len(starts)
        per_region = np.bincount(cells.unit * _N + status, minlength=regions * _N).reshape(regions, _N)
        self.regions += regions
        judged = per_region.sum(axis=1) > 0
        worst = np.argmax(np.where(per_region > 0, RANKS, -1), axis=1)  # the worst status present
        self.regions_by_status += np.bincount(worst[judged], minlength=_N)
        bad = per_region[:, list(BAD)]
        for u in _best(bad, TOP_REGIONS).tolist():
            item = (*(int(n) for n in bad[u]), -(self.regions - regions + u))
            if len(self._top) < TOP_REGIONS or item > self._top[0][: len(item)]:
                entry = (*item, self.reader.region_key(batch.frame, int(starts[u])), tuple(per_region[u].tolist()))
                if len(self._top) < TOP_REGIONS:
                    heapq.heappush(self._top, entry)
                else:
                    heapq.heapreplace(self._top, entry)

    def keep_sample(self, batch: JudgedBatch) -> None:
        """Keep the first ``sample`` missed and pending verdicts of each rule, with check's evidence."""
        cells, starts, frame = batch.cells, batch.starts, batch.frame
        slot = np.full(len(cells), -1, dtype=np.int64)
        for position, code in enumerate(BAD):
            slot[cells.status == code] = position
        room = self.room
        wanted = np.flatnonzero((slot >= 0) & (room[cells.rule, np.maximum(slot, 0)] > 0))
        if not wanted.size:
            return
        key = cells.rule[wanted] * len(BAD) + slot[wanted]
        order = np.argsort(key, kind="stable")
        ordered = key[order]
        rank = np.arange(len(ordered)) - np.searchsorted(ordered, ordered, side="left")
        chosen = wanted[order[rank < room.reshape(-1)[ordered]]]
        seen = self.regions - len(starts)  # regions before this batch (counted already): orders the sample
        lines, texts, path = numpy_of(frame["_line"]), frame["reported"], self.reader.path
        for i in chosen.tolist():
            rule, row = self.plan.rules[cells.rule[i]], int(cells.row[i])
            self._sampled[cells.rule[i], slot[i]] += 1
            region = self.reader.region_key(frame, int(starts[cells.unit[i]]))
            j = cells.judgements[i] if cells.judgements is not None else None
            if j is not None:
                kept = sample_row(j.verdict, rule, region, j.row.reported if j.row is not None else None,
                                  f"{j.row.file}:{j.row.line}" if j.row is not None else None)
            else:  # evaluate_table's verdict is check's; a cell without a row becomes what check makes it
                reported = _cell(texts, row) if row >= 0 else None
                if self.evidence is not None:  # with the provenance check adds (the reference's source)
                    data = Row(rule.indicator.id, rule.period, reported if isinstance(reported, str) else "", None,
                               path, int(lines[row])) if row >= 0 else None
                    verdict = self.evidence.judgement(batch, i, data).verdict
                else:
                    verdict = batch.tables[cells.table[i]].verdict(int(cells.pos[i]))
                    if row < 0:
                        verdict = rule.cell.without_value(verdict)
                kept = sample_row(verdict, rule, region, reported if isinstance(reported, str) else
                                  ("" if row >= 0 else None), f"{path}:{int(lines[row])}" if row >= 0 else None)
            self._sample.append(((int(cells.rule[i]), int(slot[i]), seen + int(cells.unit[i])), kept))

    def summary(
        self, rules: RulesFile, *, periods: tuple[str, ...], as_of: int, by: tuple[str, ...], rows_read: int
    ) -> StreamSummary:
        """What the run found, once every batch is counted."""
        counts = self.counts
        attributes: dict[str, np.ndarray] = {}
        by_period: dict[str, np.ndarray] = {}
        indicators: dict[str, np.ndarray] = {}
        severities = np.zeros(len(SEVERITIES), dtype=np.int64)
        codes = np.arange(_N)
        for code, rule in enumerate(self.plan.rules):
            row = counts[code]
            key = rule.indicator.attribute or "unspecified"
            attributes[key] = attributes.get(key, 0) + row
            by_period[rule.period] = by_period.get(rule.period, 0) + row
            indicators[rule.indicator.id] = indicators.get(rule.indicator.id, 0) + row
            binding = np.full(_N, self.plan.binding[code])
            np.add.at(severities, severity_codes(binding, codes), row)
        top = sorted(self._top, reverse=True)
        sample = [row for _, row in sorted(self._sample, key=lambda item: item[0])]  # rules in check's order
        return StreamSummary(
            plan=rules.plan.name, jurisdiction=rules.plan.jurisdiction, dataset=self.reader.path,
            periods=periods, as_of=as_of, by=by, rows_read=rows_read,
            verdicts=int(counts.sum()), cells_without_row=self.without_row,
            by_status=_tally(counts.sum(axis=0)),
            by_reason={reason.value: int(n) for reason, n in zip(REASONS, self.reasons) if n},
            by_severity={name: int(n) for name, n in zip(SEVERITIES, severities)},
            by_progress={rating.value: int(n) for rating, n in zip(RATINGS, self.ratings) if n},
            by_attribute={key: _tally(value) for key, value in sorted(attributes.items())},
            by_period={key: _tally(by_period[key]) for key in periods if key in by_period},
            by_indicator=tuple(
                IndicatorTally(indicator=i.id, number=i.number, name=i.name, attribute=i.attribute,
                               counts=_tally(indicators[i.id]))
                for i in rules.indicators if i.id in indicators
            ),
            regions=self.regions, regions_by_status=_tally(self.regions_by_status),
            top_regions=tuple(RegionTally(region=entry[-2], counts=_tally(np.array(entry[-1]))) for entry in top),
            sample=tuple(sample),
        )


def sample_row(
    v: Verdict, rule: PlannedRule, region: tuple[str, ...], reported: str | None, source: str | None
) -> SampleRow:
    """A kept verdict, with the facts a report row shows (as ``Judgement.severity`` and the report read them)."""

    def number(value: Any) -> str | None:
        return None if value is None else format_decimal(value)

    indicator = rule.indicator
    return SampleRow(
        region=region, indicator=indicator.id, number=indicator.number, name=indicator.name,
        period=rule.period, attribute=indicator.attribute, department=indicator.department, target=rule.cell.text,
        reported=reported if reported is not None else v.reported.text, value=number(v.value),
        threshold=number(v.threshold), gap=number(v.margin), status=v.status, reason=v.reason,
        severity=severity(v.status, binding=indicator.miss_severity == "fail"), source=source,
        explanation={"zh": sentence(v, indicator, "zh"), "en": sentence(v, indicator, "en")},
    )


def _cell(texts: Any, row: int) -> Any:
    """A batch column's cell at ``row`` (an arrow column's null as None)."""
    return texts[row].as_py()


def _best(bad: np.ndarray, k: int) -> np.ndarray:
    """The regions (rows of ``bad``, counts of missed and pending verdicts) with any such verdict that may enter
    the top ``k``: those with the most, compared as the tally compares them (missed, then pending, then the
    earlier region first); only these ``k`` of a batch can be among the run's ``k``. In their order in the batch."""
    candidates = np.flatnonzero(bad.sum(axis=1) > 0)
    if len(candidates) <= k:
        return candidates
    keys = [candidates] + [-bad[candidates, c] for c in range(bad.shape[1] - 1, -1, -1)]  # lexsort: last key first
    return np.sort(candidates[np.lexsort(keys)[:k]])
