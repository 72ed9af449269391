"""Judging a batch of complete regions: every (region, rule) cell, as ``check`` judges that region alone.

Fast rules (see :mod:`compliance.scale.stream.plan`) are judged for every region at once with
:func:`compliance.scale.bulk.evaluate_table`: each cell is joined to its row and to the previous
year's row of the same region and indicator (for ``逐步增加``); a cell without a row whose data cannot
be in yet takes the reason its :class:`~compliance.plans.check.Timing` gives. Exact rules are judged
by :func:`compliance.plans.check.check` on each region's own rows.

The result is a :class:`Cells`: one entry per verdict, as columns (region, rule, row, status, reason,
numbers), sorted by region and then check's order; a verdict object is kept only for the cells the
sample may take (memory stays bounded).

The batch is a pyarrow Table, judged with arrow and numpy (:mod:`compliance.scale.arrays`: pandas' factorize
and get_indexer, and the crossings between arrow and numpy that do not import pandas): nothing here loads it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

import numpy as np

from ... import models as m
from ...plans.check import CellJudge, Judgement, shown
from ...plans.datasets import Dataset, Row
from ...plans.rules import RulesFile
from ...judge.cells import may_hold_own_cell
from ..arrays import arrow_of, factorize, indexer, numpy_of, one_text, strings_of
from ..bulk import REASONS, STATUSES, Settings, VerdictTable, evaluate_rows, evaluate_table, previous_matters
from ..figures import read_previous
from .periods import PeriodRater
from .plan import BAD, RATINGS, RulePlan
from .read import PanelReader
from .reported_texts import ReportedTexts

__all__ = ["BatchJudge", "Cells", "JudgedBatch", "ReportedTexts"]

_STATUS_CODE = {status: code for code, status in enumerate(STATUSES)}
_REASON_CODE = {reason: code for code, reason in enumerate(REASONS)}
_SLOT = {code: slot for slot, code in enumerate(BAD)}  #: status code -> sample slot (missed 0, pending 1)


@dataclass(slots=True)
class Cells:
    """Judged cells of a batch, as columns: region, rule, the row judged (-1: none) and the verdict's fields."""

    unit: np.ndarray  #: the region (0, 1, ... within the batch)
    rule: np.ndarray  #: the rule code
    row: np.ndarray  #: the batch row judged (-1: no row)
    status: np.ndarray  #: index into STATUSES
    reason: np.ndarray  #: index into REASONS
    threshold: np.ndarray
    value: np.ndarray
    gap: np.ndarray
    progress: np.ndarray  #: index into RATINGS (-1: no rating)
    table: np.ndarray  #: which of the batch's VerdictTables judged the cell (-1: check did)
    pos: np.ndarray  #: the cell's row in that table
    #: the batch row of the previous year's value of the cell's region and indicator (-1: none, or not looked
    #: up: only the cells evaluate_table judged have it), as the judge joined it for 逐步增加
    previous: np.ndarray
    #: check's judgement of a cell where kept (the sample's, every exact cell's with keep_judgements), made
    #: when first read for a cell the arrays judged (:class:`Judgements`)
    judgements: list[Judgement | None] | None = None

    @classmethod
    def empty(cls) -> Cells:
        i, f, b = np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0, dtype=np.int8)
        return cls(i, i, i, b, b, f, f, f, b, i, i, i)

    @classmethod
    def concat(cls, parts: list[Cells]) -> Cells:
        if len(parts) == 1:
            return parts[0]
        judgements: Judgements | None = None
        if any(p.judgements is not None for p in parts):
            judgements = Judgements()
            for p in parts:  # entries as they are: a lazy one stays lazy
                judgements.extend(list.__iter__(p.judgements) if p.judgements is not None else [None] * len(p.rule))
        return _cells([np.concatenate([getattr(p, name) for p in parts]) for name in _ARRAYS], judgements)

    def take(self, order: np.ndarray) -> Cells:
        judgements = None
        if self.judgements is not None:
            raw = list(list.__iter__(self.judgements))
            judgements = Judgements(raw[i] for i in order.tolist())
        return _cells([getattr(self, name)[order] for name in _ARRAYS], judgements)

    def __len__(self) -> int:
        return len(self.rule)


_ARRAYS = tuple(f.name for f in fields(Cells) if f.name != "judgements")


class LazyJudgement:
    """``check``'s judgement of one cell the arrays judged, made when asked (an explanation, the sample)."""

    __slots__ = ("code", "regions", "unit", "words")

    def __init__(self, regions: _Regions, unit: int, code: int, words: Any = None) -> None:
        self.regions, self.unit, self.code = regions, unit, code
        #: the figures of its sentence (periods.Rated.words): explained by a template, judged only when asked
        self.words = words
        if words is None:
            regions.asked.setdefault(unit, []).append(code)

    def __call__(self) -> Judgement:
        return self.regions.judge(self.unit, self.code)


class Judgements(list[Any]):
    """A batch's judgements by cell (None: not kept); a :class:`LazyJudgement` entry is made when first read."""

    def __getitem__(self, i: Any) -> Any:
        item = list.__getitem__(self, i)
        if isinstance(item, LazyJudgement):
            item = item()
            list.__setitem__(self, i, item)
        return item

    def __iter__(self) -> Any:
        return (self[i] for i in range(len(self)))


class _Regions:
    """The lazy judgements of a batch's regions: when one cell of a region is asked for, every lazy cell of
    that region is judged together (one dataset, one checker: explaining rows asks for them all)."""

    def __init__(self, judge: BatchJudge, batch: Any, starts: np.ndarray) -> None:
        self.batch, self.owner = batch, judge
        self.bounds = list(zip(starts.tolist(), np.append(starts[1:], len(batch)).tolist()))
        self.asked: dict[int, list[int]] = {}  #: region -> the rule codes of its lazy cells
        self.made: dict[tuple[int, int], Judgement] = {}
        self._judges: dict[int, CellJudge] = {}
        self._rows: list[Row] | None = None  #: the batch's rows, made when a region's first are asked for

    def judge_cells(self, unit: int, codes: list[int]) -> list[Judgement]:
        """check's judgements of a region's cells ``codes``: one dataset and one checker per region, whatever
        the calls (the engine's cells, then each lazy one explaining rows asks for), reading its rows once."""
        if unit not in self._judges:
            owner = self.owner
            if self._rows is None:
                self._rows = owner.batch_rows(self.batch)
            start, stop = self.bounds[unit]
            data = Dataset(owner.reader.path, tuple(self._rows[start:stop]))
            self._judges[unit] = CellJudge(owner.rules, data, owner.as_of)
        return self._judges[unit]([self.owner.plan.rules[c].cell for c in codes])

    def judge(self, unit: int, code: int) -> Judgement:
        if (unit, code) not in self.made:
            codes = self.asked.pop(unit, [])
            codes += [] if code in codes else [code]
            self.made.update(zip(((unit, c) for c in codes), self.judge_cells(unit, codes)))
        return self.made.pop((unit, code))


def _cells(arrays: list[np.ndarray], judgements: list[Judgement | None] | None) -> Cells:
    unit, rule, row, status, reason, threshold, value, gap, progress, table, pos, previous = arrays
    return Cells(unit, rule, row, status, reason, threshold, value, gap, progress, table, pos, previous, judgements)


@dataclass(frozen=True, slots=True)
class JudgedBatch:
    """A batch of complete regions with its verdicts."""

    #: the rows (a pyarrow Table: text columns as arrow strings, null for a missing cell; ``_line``, ``_ind``,
    #: ``_per``, ``_region`` int64), as the reader gave them (a DataFrame given to the judge: its Table)
    frame: Any
    starts: np.ndarray  #: the first row of each region
    cells: Cells
    tables: list[VerdictTable]  #: evaluate_table's results, for a sampled cell's full verdict
    #: the ``reported`` column coded by distinct text (:class:`ReportedTexts`), as the judge coded it; None where
    #: no cell was judged by evaluate_table (the rows then code the column themselves)
    texts: ReportedTexts | None = None


class BatchJudge:
    """Judges batches of complete regions read by a :class:`PanelReader`, with a :class:`RulePlan`."""

    def __init__(self, rules: RulesFile, plan: RulePlan, reader: PanelReader, as_of: int) -> None:
        self.rules, self.plan, self.reader, self.as_of = rules, plan, reader, as_of
        self.rater = PeriodRater(plan.vector, len(plan.ids), as_of)
        #: evaluate_table's memo for each group of rules sharing references: a requirement and a cell the
        #: arrays do not decide are derived once for the run, not once per batch (the run's words are fixed)
        self.memos: dict[int, dict[Any, Any]] = {}
        #: keep check's judgement of every exact cell of a batch (the verdict rows explain each cell)
        self.keep_judgements = False
        self._matters: np.ndarray | None = None
        #: by group of fast rules: its rules' settings read once, and each fast rule's row in them
        self._settings: dict[int, tuple[Settings, np.ndarray]] = {}
        self._absent: dict[int, Judgement] = {}  #: by rule: its cell judged where its indicator has no row (_judged)

    def judge(self, batch: Any, room: np.ndarray) -> JudgedBatch:
        """Every cell of ``batch``'s regions (the reader's pyarrow Table); ``room[rule, slot]``: how many more verdicts
        the sample takes."""
        unit, starts = self.reader.units(batch)
        self.reader.refuse_duplicates(batch, unit)
        tables: list[VerdictTable] = []
        fast, dated, texts = self._fast(batch, unit, len(starts), tables)
        found = [fast]
        if self.plan.exact_keys or dated:
            engine = np.zeros((len(starts), self.plan.n), dtype=bool)  #: (region, rule): judged by check's own cell
            engine[:, list(self.plan.exact_keys.values())] = True
            for u, code in dated:  # a fast rule's cell only check can judge (_dated)
                engine[u, code] = True
            regions = _Regions(self, batch, starts)
            if self.plan.vector:
                found.append(self._periods(batch, unit, starts, engine, regions))
            found.append(self._exact(batch, starts, room, engine, regions))
        cells = Cells.concat(found)
        if len(found) > 1:  # the fast cells alone come in order already (region, then rule)
            cells = cells.take(np.lexsort((cells.rule, cells.unit)))
        return JudgedBatch(batch, starts, cells, tables, texts)

    def _fast(self, batch: Any, unit: np.ndarray, regions: int,
              tables: list[VerdictTable]) -> tuple[Cells, list[tuple[int, int]], ReportedTexts | None]:
        """Cells of single-year rules: every region x rule, judged with evaluate_table."""
        plan, periods = self.plan, self.reader.periods
        fast, n_pairs, n_ids = plan.fast, len(plan.pairs), len(plan.ids)
        if not fast.size or not regions:
            return Cells.empty(), [], None
        ind = numpy_of(batch["_ind"])
        per = numpy_of(batch["_per"])
        pair_table = np.full((n_ids, len(periods.text)), -1, dtype=np.int64)
        for (i, text), pair in plan.pairs.items():
            code = periods.of.get(text)
            if code is not None:
                pair_table[i, code] = pair
        year = np.array(periods.year, dtype=np.int64)[per]
        end = np.array(periods.end, dtype=np.int64)[per]
        known = end <= self.as_of  # a row after as_of is not known yet (as in check)
        pair = pair_table[ind, per]
        cell_of = np.full(regions * n_pairs, -1, dtype=np.int64)
        rows = np.flatnonzero((pair >= 0) & known)
        cell_of[unit[rows] * n_pairs + pair[rows]] = rows

        k = len(fast)
        cell_unit = np.repeat(np.arange(regions, dtype=np.int64), k)
        local = np.tile(np.arange(k, dtype=np.int64), regions)
        cell_row = cell_of[cell_unit * n_pairs + plan.fast_pair[local]]

        # the previous year's row of the same region and indicator (for 逐步增加)
        previous_row = np.full(len(cell_row), -1, dtype=np.int64)
        yearly = np.flatnonzero((year >= 0) & known)
        if yearly.size:
            low, high = int(year[yearly].min()), int(year[yearly].max())
            span = high - low + 1
            keys = (unit[yearly] * n_ids + ind[yearly]) * span + (year[yearly] - low)
            wanted = plan.fast_year[local] - 1
            ok = (wanted >= low) & (wanted <= high)
            query = (cell_unit * n_ids + plan.fast_ind[local]) * span + (wanted - low)
            space = regions * n_ids * span
            if space <= 4 * len(keys) + (1 << 16):  # a direct table (keys are unique: refuse_duplicates)
                row_of = np.full(space, -1, dtype=np.int64)
                row_of[keys] = yearly
                previous_row[ok] = row_of[query[ok]]
            else:
                hit = indexer(keys, query[ok])
                previous_row[ok] = np.where(hit >= 0, yearly[np.maximum(hit, 0)], -1)

        reported = one_text(batch["reported"])
        n = len(cell_row)
        status = np.empty(n, dtype=np.int8)
        reason = np.empty(n, dtype=np.int8)
        threshold, value, gap = np.empty(n), np.empty(n), np.empty(n)
        table, pos = np.empty(n, dtype=np.int64), np.empty(n, dtype=np.int64)
        rule = fast[local]
        # each distinct (rule, reported text, previous text where it may matter) is judged once: the panel
        # repeats its figures across regions, and a cell's verdict depends on nothing else (plan.py)
        texts = ReportedTexts(reported)
        cell_text = np.where(cell_row >= 0, texts.code[cell_row], -1)
        plain = np.append(texts.plain, False)[cell_text]
        width = len(texts.plain) + 1
        if self._matters is None:  # found once, under the plan's words
            self._matters = _previous_matters(plan)
        # the previous value keys a cell where it may change the verdict: a text not a plain figure; a plain figure
        # or a missing cell (pending no_data, against the requirement) where the rule's requirement reads it
        keyed = self._matters[local] | (~plain & (cell_text >= 0))
        key = (local * width + cell_text + 1) * (width + 1)  # the previous part below takes width + 1 values (0..width)
        key += np.where(keyed & (previous_row >= 0), texts.code[previous_row] + 2, 0)  # 1: a row with an empty cell
        for g, (references, members) in enumerate(plan.groups):
            mask = np.ones(n, dtype=bool) if len(plan.groups) == 1 else np.isin(local, members)
            at = np.flatnonzero(mask)
            which, first = _factorized(key[at])
            one = at[first]  # a cell of each distinct key: judged for all its cells
            if g not in self._settings:  # the group's rules read once for the run (under the plan's words)
                self._settings[g] = _settings(plan, references, members)
            settings, row_of = self._settings[g]
            given = {"reported": _taken(reported, cell_row[one]),
                     # none where it does not key the cell: the run's memo (by raw inputs) then
                     # finds the cell judged in an earlier batch (each cell's own: _OwnPrevious)
                     "previous": _previous_cells(reported, np.where(keyed[one], previous_row[one], -1))}
            verdicts = evaluate_rows(settings, row_of[local[one]], given, reported="reported", previous="previous",
                                     memo=self.memos.setdefault(g, {}))
            table[at] = len(tables)
            pos[at] = np.arange(len(at))
            # kept for the batch: a sampled cell's full verdict is one call away, from its own previous value
            tables.append(verdicts.spread(which, _OwnPrevious(reported, previous_row[at])))
            status[at], reason[at] = verdicts.status_codes[which], verdicts.reason_codes[which]
            threshold[at], value[at], gap[at] = verdicts.threshold[which], verdicts.value[which], verdicts.gap[which]
        opened = (cell_row < 0) & plan.opens[rule]  # a cell with no row whose data cannot be in yet
        status[opened], reason[opened] = _STATUS_CODE[m.Status.PENDING], plan.open_reasons[rule[opened]]
        progress = np.full(n, -1, dtype=np.int8)  # single years have no progress rating
        cells = Cells(cell_unit, rule, cell_row, status, reason, threshold, value, gap, progress, table, pos, previous_row)
        dated = _dated(texts, cell_row, previous_row, plan.fast_year[local], plan, rule)  # check judges these (the year)
        if not dated.any():
            return cells, [], texts
        return cells.take(np.flatnonzero(~dated)), list(zip(cell_unit[dated].tolist(), rule[dated].tolist())), texts

    def batch_rows(self, batch: Any) -> list[Row]:
        """The rows of a batch as ``load_dataset`` would give them (a region's dataset is a slice of them)."""
        ids, periods, path = self.plan.ids, self.reader.periods.text, self.reader.path
        none = [None] * len(batch)  # plain lists: a lookup per cell cost more than the rest of a row
        names = batch.column_names
        sources = [_text(x) for x in batch["source"].to_pylist()] if "source" in names else none
        notes = [_text(x) for x in batch["note"].to_pylist()] if "note" in names else none
        return [
            Row(ids[code], periods[per], text if isinstance(text, str) else "", source, path, line, note)
            for code, per, text, line, source, note in zip(
                numpy_of(batch["_ind"]).tolist(), numpy_of(batch["_per"]).tolist(), batch["reported"].to_pylist(),
                numpy_of(batch["_line"]).tolist(), sources, notes,
            )
        ]

    def _periods(self, batch: Any, unit: np.ndarray, starts: np.ndarray, engine: np.ndarray, regions: _Regions) -> Cells:
        """Open plan periods rated on arrays (:mod:`.periods`): the cells rated, each with its judgement by
        check made when first read (the sample, an explanation); the rest are left in ``engine`` for
        :meth:`_exact`."""
        periods = self.reader.periods
        texts = [text if isinstance(text, str) else "" for text in batch["reported"].to_pylist()]
        rated = self.rater.rate(batch, unit, len(starts), np.array(periods.year, dtype=np.int64),
                                np.array(periods.end, dtype=np.int64), texts)
        pending = _STATUS_CODE[m.Status.PENDING]
        parts: dict[str, list[np.ndarray]] = {name: [] for name in ("unit", "rule", "row", "progress", "previous")}
        judged: list[str | None] = []
        words: list[Any] = []
        known: list[np.ndarray] = []  #: threshold, value, gap the arrays computed (NaN: evaluate_table's)
        for vector, found in rated:
            ok = found.ok
            engine[:, vector.code] = ~ok
            where = np.flatnonzero(ok)
            known.append(found.numbers[where] if found.numbers is not None else np.full((len(where), 3), np.nan))
            for name, values in (("unit", where), ("rule", np.full(len(where), vector.code, dtype=np.int64)),
                                 ("row", found.row[where]), ("progress", found.rating[where]),
                                 ("previous", found.previous[where])):
                parts[name].append(values)
            judged += [found.judged[i] for i in where.tolist()]
            words += [found.words[i] for i in where.tolist()] if found.words is not None else [None] * len(where)
        if not judged:
            return Cells.empty()
        cell_unit, rule, row, progress, previous = (np.concatenate(parts[name]).astype(
            np.int8 if name == "progress" else np.int64) for name in ("unit", "rule", "row", "progress", "previous"))
        n = len(rule)
        threshold, value, gap = np.empty(n), np.empty(n), np.empty(n)
        table, pos = np.full(n, -1, dtype=np.int64), np.full(n, -1, dtype=np.int64)  # its judgement is check's
        reported = one_text(batch["reported"])
        # the cells by their rule's references (read once per rule, not per cell), each group in cell order
        known_refs: dict[tuple[tuple[str, str], ...], int] = {}
        group_of = np.full(self.plan.n, -1, dtype=np.int64)
        for code in np.flatnonzero(np.bincount(rule, minlength=self.plan.n)).tolist():
            group_of[code] = known_refs.setdefault(self.plan.rules[code].references, len(known_refs))
        cell_group = group_of[rule]
        for references, g in known_refs.items():
            mask = np.flatnonzero(cell_group == g)
            members = mask.tolist()
            r = rule[mask]
            frame = {name: _by_rule(self.plan.columns[name], r)
                     for name in ("target", "polarity", "unit", "measure", "tolerance", "name")}
            frame["reported"] = strings_of([judged[i] for i in members])
            frame["previous"] = _previous_cells(reported, previous[mask])
            verdicts = evaluate_table(frame, target="target", reported="reported", polarity="polarity",
                                      previous="previous", unit="unit", measure="measure", tolerance="tolerance",
                                      indicator="name",  # a sentence about another indicator: pending, as in check
                                      references=dict(references))
            threshold[mask], value[mask], gap[mask] = verdicts.threshold, verdicts.value, verdicts.gap
        numbers = np.concatenate(known)
        computed = ~np.isnan(numbers[:, 0])  # a threshold per region (同步): the arrays' decimals
        threshold[computed], value[computed], gap[computed] = numbers[computed].T
        status = np.full(n, pending, dtype=np.int8)  # a plan period before its end is pending period_open
        reason = np.full(n, _REASON_CODE[m.Reason.PERIOD_OPEN], dtype=np.int8)
        lazy = Judgements(LazyJudgement(regions, u, code, w)
                          for u, code, w in zip(cell_unit.tolist(), rule.tolist(), words))
        return Cells(cell_unit, rule, row, status, reason, threshold, value, gap, progress, table, pos,
                     np.full(n, -1, dtype=np.int64), lazy)

    def _exact(self, batch: Any, starts: np.ndarray, room: np.ndarray, engine: np.ndarray, regions: _Regions) -> Cells:
        """The cells left in ``engine`` (region, rule): ``check``'s own judgement of each, on its region's rows."""
        plan = self.plan
        lines = numpy_of(batch["_line"]).tolist()
        row_of_line = dict(zip(lines, range(len(lines))))
        room = room.copy()  # judgements kept for the sample: only as many as it can take
        columns: dict[str, list[Any]] = {name: [] for name in _ARRAYS[:-3]}
        judgements = Judgements()
        absent = _absent_cells(self, batch, starts)
        for u in range(len(starts)):
            codes = np.flatnonzero(engine[u]).tolist()
            # every row explained: the arrays' cells of the region too, with the same checker
            lazy = regions.asked.pop(u, []) if self.keep_judgements else []
            if not codes and not lazy:
                continue
            found = _judged(regions, u, codes, lazy, absent[u], self._absent)
            for code, j in [(c, j) for c, j in zip(codes, found) if shown(j)]:  # as check gives them
                v = j.verdict
                status = _STATUS_CODE[v.status]
                slot = _SLOT.get(status)
                keep = slot is not None and room[code, slot] > 0
                if slot is not None and keep:
                    room[code, slot] -= 1
                for name, item in (
                    ("unit", u), ("rule", code), ("row", row_of_line[j.row.line] if j.row is not None else -1),
                    ("status", status), ("reason", _REASON_CODE[v.reason]), ("threshold", _float(v.threshold)),
                    ("value", _float(v.value)), ("gap", _float(v.gap)),
                    ("progress", RATINGS.index(v.progress.rating) if v.progress is not None else -1),
                ):
                    columns[name].append(item)
                judgements.append(j if keep or self.keep_judgements else None)  # bounded: a batch at most
        n = len(judgements)
        return Cells(
            np.array(columns["unit"], dtype=np.int64), np.array(columns["rule"], dtype=np.int64),
            np.array(columns["row"], dtype=np.int64), np.array(columns["status"], dtype=np.int8),
            np.array(columns["reason"], dtype=np.int8), np.array(columns["threshold"], dtype=np.float64),
            np.array(columns["value"], dtype=np.float64), np.array(columns["gap"], dtype=np.float64),
            np.array(columns["progress"], dtype=np.int8), np.full(n, -1, dtype=np.int64),
            np.full(n, -1, dtype=np.int64), np.full(n, -1, dtype=np.int64), judgements,
        )


def _absent_cells(judge: BatchJudge, batch: Any, starts: np.ndarray) -> np.ndarray:
    """(region, rule): a plan-period rule the arrays rate (:class:`~.periods.VectorRule`, but a 同步 target, which
    reads its reference's rows) whose indicator has no row at all in the region, in any period. check's judgement
    of such a cell reads no value of the region (no row; a vector rule reads no other cell), so it is the same in
    every region (pending, insufficient data, nothing reported): :func:`_judged` judges it once for the run."""
    absent = np.zeros((len(starts), judge.plan.n), dtype=bool)
    rules = [v for v in judge.rater.rules if v.ref < 0]
    if not rules or not len(starts):
        return absent
    ind = numpy_of(batch["_ind"])
    unit = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, len(batch))))
    has = np.zeros((len(starts), len(judge.plan.ids)), dtype=bool)
    has[unit[ind >= 0], ind[ind >= 0]] = True
    for v in rules:
        absent[:, v.code] = ~has[:, v.cell_ind]
    return absent


def _judged(regions: _Regions, unit: int, codes: list[int], lazy: list[int], absent: np.ndarray,
            known: dict[int, Judgement]) -> list[Judgement]:
    """check's judgements of region ``unit``'s engine cells ``codes`` (its ``lazy`` cells judged too, kept in
    ``regions.made``); a cell ``absent`` (:func:`_absent_cells`) is judged once for the run (``known``, by rule)."""
    fresh = [c for c in codes if not absent[c] or c not in known]
    got = regions.judge_cells(unit, fresh + lazy) if fresh or lazy else []
    regions.made.update(zip(((unit, c) for c in lazy), got[len(fresh):]))
    made = dict(zip(fresh, got))
    for c in fresh:
        if absent[c]:
            known.setdefault(c, made[c])
    return [made[c] if c in made else known[c] for c in codes]


def _by_rule(column: Any, rules: np.ndarray) -> Any:
    """A rule attribute (plan.Codes) of each rule code in ``rules`` as a pyarrow string array (null: none), as
    ``column.column(rules)`` makes it, taken from its few distinct values (not a text encoded per cell)."""
    codes = column.codes[rules]
    return strings_of(column.categories).take(arrow_of(codes, codes < 0))


def _factorized(key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each entry's code among the distinct keys (in order of first appearance; hashed, not sorted), and the
    first entry of each."""
    codes, uniques = factorize(key)
    first = np.empty(len(uniques), dtype=np.int64)
    first[codes[::-1]] = np.arange(len(codes) - 1, -1, -1, dtype=np.int64)  # the last write is the first entry
    return codes, first


def _settings(plan: RulePlan, references: dict[str, Any], members: np.ndarray) -> tuple[Settings, np.ndarray]:
    """The settings of a group's fast rules (``members``: positions in ``plan.fast``) as evaluate_table reads them
    (a sentence about another indicator is pending, as in check: each rule's name), and each fast rule's row."""
    frame = {name: plan.columns[name].column(plan.fast[members])
             for name in ("target", "polarity", "unit", "measure", "tolerance", "name")}
    settings = Settings(frame, target="target", polarity="polarity", unit="unit", measure="measure",
                        tolerance="tolerance", indicator="name", references=references)
    row_of = np.full(len(plan.fast), -1, dtype=np.int64)
    row_of[members] = np.arange(len(members), dtype=np.int64)
    return settings, row_of


def _previous_matters(plan: RulePlan) -> np.ndarray:
    """Per fast rule (positions in ``plan.fast``): whether a plain figure's verdict may depend on the previous
    value (:func:`~compliance.scale.bulk.previous_matters`)."""
    matters = np.zeros(len(plan.fast), dtype=bool)
    for references, members in plan.groups:
        r = plan.fast[members]
        frame = {name: plan.columns[name].column(r)
                 for name in ("target", "polarity", "unit", "measure", "tolerance", "name")}
        matters[members] = previous_matters(frame, target="target", polarity="polarity", unit="unit", measure="measure",
                                            tolerance="tolerance", indicator="name", references=references)
    return matters


def _dated(texts: ReportedTexts, cell_row: np.ndarray, previous_row: np.ndarray, year: np.ndarray,
           plan: RulePlan, rule: np.ndarray) -> np.ndarray:
    """Cells without a previous row whose value states a previous figure dated another year than the one before
    (2.1（2019年为2.05） in 2022): no previous figure, which only a judge knowing the year can tell (check; evaluate_table
    knows no period), so check judges them (judge/previous.py). Each distinct text is read once (a plain figure
    states nothing)."""
    found = np.zeros(len(cell_row), dtype=bool)
    rows = np.flatnonzero(cell_row >= 0)  # a plan table's row pasted whole, which check judges as its period's
    rows = rows[np.append(texts.spaced, False)[texts.code[cell_row[rows]]]]  # (judge/cells.py): a text with a space
    if rows.size:  # against the targets it may restate a cell of, each distinct pair asked once
        pairs: dict[tuple[int, int], bool] = {}
        for at, (r, c) in zip(rows.tolist(), zip(rule[rows].tolist(), texts.code[cell_row[rows]].tolist())):
            if (r, c) not in pairs:
                pairs[(r, c)] = may_hold_own_cell(plan.rules[r].cell.text or "", texts.dictionary[c].as_py())
            found[at] = pairs[(r, c)]
    ask = np.flatnonzero((cell_row >= 0) & (previous_row < 0))
    if not ask.size:
        return found
    code = texts.code[cell_row[ask]]
    seen = np.zeros(len(texts.plain), dtype=bool)  # the texts asked, each once (np.unique would load numpy.ma)
    seen[code[code >= 0]] = True
    stated = np.append(texts.stated_years(np.flatnonzero(seen)), -1)[code]  # -1 (no text) picks the -1
    found[ask] |= (stated >= 0) & (stated != year[ask] - 1)
    return found


class _OwnPrevious:
    """Amends the inputs of a verdict judged once for many cells with each cell's own previous value (the one
    input those cells may differ in without changing the verdict's columns)."""

    __slots__ = ("previous", "reported")

    def __init__(self, reported: Any, previous: np.ndarray) -> None:
        self.reported, self.previous = reported, previous

    def __call__(self, i: int, inputs: dict[str, Any]) -> dict[str, Any]:
        row = int(self.previous[i])
        raw = self.reported[row].as_py() if row >= 0 else None
        return {**inputs, "previous": read_previous(raw if isinstance(raw, str) else "" if row >= 0 else None)}


def _taken(reported: Any, rows: np.ndarray) -> Any:
    """The cells at ``rows`` (-1: none, null), as ``take(allow_fill=True)``."""
    return reported.take(arrow_of(rows, rows < 0))


def _previous_cells(reported: Any, rows: np.ndarray) -> Any:
    """The previous-year cells at ``rows`` (-1: no row, missing) as check reads them: a row whose cell is empty
    gives the empty text (a value that says nothing, so a figure the reported text states is not taken in its
    place), not a missing one."""
    import pyarrow as pa

    if not reported.null_count:
        return _taken(reported, rows)
    empty = numpy_of(reported.is_null(), null=False)[np.maximum(rows, 0)] & (rows >= 0)
    if not empty.any():
        return _taken(reported, rows)
    padded = pa.concat_arrays([reported, strings_of([""])])  # the empty text, after the batch's cells
    return _taken(padded, np.where(empty, len(reported), rows))


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _float(value: Any) -> float:
    return float("nan") if value is None else float(value)
