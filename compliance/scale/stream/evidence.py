"""What a streamed verdict row says besides its numbers, as ``check`` says it: the margin the good way,
the target as stated with the distance to it, and the explanation — for every row, without a Python
call per row.

``check``'s report writes, per verdict, ``gap`` (:attr:`Verdict.margin <compliance.judge.verdict.Verdict.margin>`:
positive is better than required), ``stated`` and ``gap_to_target`` (:attr:`~compliance.judge.verdict.Verdict.stated`,
``stated_margin`` as ``low..high``) and the sentence :meth:`Verdict.explain` writes. A streamed run
writes the same four, found three ways:

* **templates** (most rows): a cell judged by ``evaluate_table`` whose reported text is a plain
  figure. Its verdict is one verdict of its rule with other numbers: the rows that share rule,
  threshold, status, reason and the shape of their numbers (the gap's sign, a gap of exactly 1,
  the same for the distance to the stated target, the text written as the figure reads) share one
  sentence with holes. The sentence is made once per shape by explaining one row's verdict with
  its numbers replaced by sentinels and cutting at the sentinels; it is used only if filling it
  with that row's own numbers gives back that row's own explanation, character for character. The
  numbers are filled in column-wise (pyarrow), from exact scaled integers, so a figure is written
  as ``format_decimal`` writes its decimal. Shapes and templates are kept for the whole run.
* **each distinct cell once**: any other cell judged by ``evaluate_table`` (a range, a word, a
  figure with a unit, no row, a figure too long to be exact in float64) is explained from its full
  verdict once per distinct (rule, reported text, the previous text where the rule reads it, whether there
  is a previous row, numbers, status, reason), memoised for the run (bounded).
* **plan-period rows rated on arrays** (levels): a template per shape (rule, rating, method, years, which
  note parameters), filled with the figures :mod:`~compliance.scale.stream.periods` computed (checked
  against one cell's judgement by ``check``, :func:`~compliance.scale.stream.period_words.cut_period`), or
  once per distinct cell (rule, years and texts read) for the rest (:meth:`~compliance.scale.stream.period_words.PeriodRows.columns`);
* **check's own judgement**: any other cell judged by ``check`` (other plan periods, custom rules) is
  explained from the judgement it made (:attr:`BatchJudge.keep_judgements <compliance.scale.stream.judge.BatchJudge>`).

Every verdict goes through :func:`~compliance.plans.provenance.with_provenance` first, as ``check``'s do,
so a rules-file reference is named by its ``source:`` or its file:line:column.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np

from ...judge.periods import Period
from ...judge.verdict import Verdict
from ...models import Several, format_decimal
from ...plans.check import Judgement
from ...plans.datasets import Row
from ...plans.provenance import names_of, with_provenance
from ...plans.roles import bound_roles
from ...plans.rules import RulesFile
from ..arrays import arrow_of, factorize, numpy_of, one_text, strings_of
from ..figures import PLAIN
from ..groups import requirement_of
from .judge import JudgedBatch
from .plan import RulePlan
from .read import PanelReader
from .period_words import PeriodRows
from .sentences import Template, cut, facts, fill

__all__ = ["EVIDENCE", "Evidence", "float_bits", "group_ids", "value_groups"]

#: the columns of the evidence, as check's report names them
EVIDENCE = ("stated", "gap_to_target", "explanation")

_MEMO = 200_000  #: distinct cells explained one by one that are remembered (then forgotten, and explained again)
_EXACT = float(2**52)
_NO_YEAR = -10**6  #: the year of a plan-period rule (no single year)
_CANONICAL = r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]*[1-9])?"  #: a figure as format_decimal writes it (but -0)


@dataclass(frozen=True, slots=True)
class _Side:
    """What rows of one rule and threshold share: the sign that turns a gap the good way, the stated target."""

    sign: int  #: +1: the threshold is the lower end; -1: the upper end; 0: no margin from the gap
    stated: Decimal | None
    previous: bool  #: the threshold is the previous period's value (逐步增加): it varies from row to row


@dataclass(frozen=True, slots=True)
class _Shaped:
    """The plain rows (``idx``) and those a template explains (``template_of`` >= 0), with the margin, stated
    target and distance of each plain row (arrow arrays in the order of ``idx``, not spread to the batch)."""

    template_of: np.ndarray  #: the row's template (index into ``templates``); -1: explained one by one
    templates: list[Template]
    idx: np.ndarray  #: the plain rows, ascending: what the arrays below hold, in this order
    holes: dict[str, Any]  #: what fills each kind of hole, a text per plain row (arrow)
    margin: Any
    stated: Any
    gap_to_target: Any

    @classmethod
    def none(cls, n: int) -> _Shaped:
        import pyarrow as pa

        nothing = pa.nulls(0, pa.string())
        return cls(np.full(n, -1, dtype=np.int64), [], np.zeros(0, dtype=np.int64), {}, nothing, nothing, nothing)

    def columns(self) -> dict[str, Any]:
        return {"gap": self.margin, "stated": self.stated, "gap_to_target": self.gap_to_target}


class Evidence:
    """The evidence columns of a streamed run's verdict rows, batch by batch (memo and templates kept for the run)."""

    def __init__(self, rules: RulesFile, plan: RulePlan, reader: PanelReader, as_of: int, lang: str | None) -> None:
        self.rules, self.plan, self.reader, self.as_of, self.lang = rules, plan, reader, as_of, lang
        self.roles = bound_roles(rules)
        self.names = names_of(rules, self.roles)
        self._year = np.array([Period.parse(r.period).start if Period.parse(r.period).is_year else _NO_YEAR
                               for r in plan.rules], dtype=np.int64)
        #: the engine reads the previous period's value to judge the rule (逐步增加, 稳步增长 ...): as the
        #: requirement of bulk's groups says, a target of several parts always
        self._reads = np.array([
            not rule.exact and rule.cell.target is not None and (
                isinstance(rule.cell.target, Several) or requirement_of(rule.cell.target, rule.cell.context)[1])
            for rule in plan.rules
        ], dtype=bool)
        #: by rule code: the rows' previous-year text is read (it may change the sentence; rows.verdict_parts keys it)
        self.reads_previous = self._reads & (self._year > _NO_YEAR)
        self._sides: dict[tuple[int, ...], _Side | None] = {}
        self._previous: dict[int, bool] = {}  #: rule code -> its threshold is the previous value
        self._templates: dict[tuple[int, ...], Template | None] = {}
        self._memo: dict[tuple[Any, ...], tuple[str | None, ...]] = {}
        self._period_rows = PeriodRows(lang, self.judgement)

    # ------------------------------------------------------------------ one verdict

    def judgement(self, batch: JudgedBatch, i: int, row: Row | None = None) -> Judgement:
        """Cell ``i``'s judgement as ``check`` makes it, provenance included."""
        cells = batch.cells
        if cells.judgements is not None and cells.judgements[i] is not None:
            return cells.judgements[i]  # type: ignore[return-value]  # check's own, provenance applied
        rule = self.plan.rules[int(cells.rule[i])]
        verdict = batch.tables[int(cells.table[i])].verdict(int(cells.pos[i]))
        if int(cells.row[i]) < 0:
            verdict = rule.cell.without_value(verdict)
        j = Judgement(rule.indicator, rule.period, row, verdict, rule.cell.index, rule.cell.rule,
                      (row,) if row is not None else (), rule.cell.timing)
        return with_provenance(j, self.rules, self.roles, lambda _id, _period: None, self.names)

    def _verdict(self, batch: JudgedBatch, i: int) -> Verdict:
        return self.judgement(batch, i).verdict

    # ------------------------------------------------------------------ a batch

    def columns(self, batch: JudgedBatch) -> dict[str, Any]:
        """``gap`` (the margin), ``stated``, ``gap_to_target`` and ``explanation`` of every row, as arrow strings; and
        ``value`` where a row explained one by one has a value its float may not write exactly (:func:`_value_text`:
        null elsewhere, and no such column when no row has one)."""
        import pyarrow as pa

        cells = batch.cells
        n = len(cells)
        rows = cells.row
        text = texts_at(batch.frame.column("reported"), rows)
        before = previous_text(batch, self.reads_previous)
        plain_text, prev_state = _plain_states(batch, text, before, self.reads_previous)
        plain = (cells.table >= 0) & (rows >= 0) & plain_text & (prev_state < 2)
        idx = np.flatnonzero(plain)
        shaped = _Shaped.none(n)
        if idx.size:
            self._learn_previous(batch, idx)
            shaped = self._shapes(batch, idx, text, prev_state)
        period_rows, period_found = self._period_rows.columns(batch)
        todo = shaped.template_of < 0
        todo[period_rows] = False
        fallback = np.flatnonzero(todo)
        found, group = self._one_by_one(batch, fallback, text, before)
        # each column is taken once from its three sources: the plain rows' (templates), the distinct cells
        # explained one by one, the plan-period rows; every row is a template's, a fallback or a period row
        distinct, periods = len(found[0]), len(period_rows)

        def assembled(first: Any, first_rows: np.ndarray, k: int) -> Any:
            where = np.empty(n, dtype=np.int64)
            where[first_rows] = np.arange(len(first_rows))
            where[fallback] = len(first_rows) + group
            where[period_rows] = len(first_rows) + distinct + np.arange(periods)
            return _strings_of([first, found[k], period_found[k]]).take(pa_indices(where))

        out = {name: assembled(column, shaped.idx, k) for k, (name, column) in enumerate(shaped.columns().items())}
        if self.lang is None:
            out["explanation"] = pa.nulls(n, pa.string())
        else:
            local = np.flatnonzero(shaped.template_of[shaped.idx] >= 0)  # template rows, as positions in idx
            at = pa_indices(local)
            sentences = fill(shaped.templates, shaped.template_of[shaped.idx[local]],
                             {name: hole.take(at) for name, hole in shaped.holes.items()}, len(local))
            out["explanation"] = assembled(sentences, shaped.idx[local], 3)
        if found[4].null_count < len(found[4]):  # a computed value a float does not hold (47.36842105263157894...)
            out["value"] = _spread(found[4].take(pa_indices(group)), fallback, n)
        return out

    def _learn_previous(self, batch: JudgedBatch, idx: np.ndarray) -> None:
        """Whether each rule's threshold is the previous period's value (one verdict per rule, once per run)."""
        rule = batch.cells.rule[idx]
        seen = np.flatnonzero(np.bincount(rule)) if len(rule) else rule  # np.unique would load numpy.ma
        unknown = [r for r in seen.tolist() if r not in self._previous]
        if not unknown:
            return
        first = {int(r): int(i) for r, i in zip(rule[::-1].tolist(), idx[::-1].tolist())}
        for r in unknown:
            v = self._verdict(batch, first[r])
            self._previous[r] = v.previous is not None or v.reason.value == "previous_unknown"

    def _side(self, batch: JudgedBatch, i: int, key: tuple[int, ...]) -> _Side | None:
        """The side of rule ``key[0]`` at threshold ``key[1]`` (None: its rows are explained one by one)."""
        if key in self._sides:
            return self._sides[key]
        v = self._verdict(batch, i)
        previous = self._previous.get(key[0], False)
        side: _Side | None = None
        wanted, threshold = v.admissible, v.threshold
        if wanted is not None and threshold is not None and Decimal(repr(float(threshold))) == threshold:
            floor, ceiling = wanted.lo.is_finite(), wanted.hi.is_finite()
            sign = 1 if floor and wanted.lo == threshold else -1 if ceiling and wanted.hi == threshold else 0
            if not previous or (floor != ceiling and v.previous == threshold):
                side = _Side(sign, v.stated, previous)
        elif wanted is None and threshold is None:
            side = _Side(0, None, previous)  # nothing to measure from (a reference or the previous value unknown)
        self._sides[key] = side
        return side

    def _shapes(self, batch: JudgedBatch, idx: np.ndarray, text: Any, prev_state: np.ndarray) -> _Shaped:
        """Each plain row's template (-1: none), with its margin, stated target and the holes' texts."""
        import pyarrow as pa
        import pyarrow.compute as pc

        cells = batch.cells
        n = len(cells)
        rule, threshold, gap, value = cells.rule[idx], cells.threshold[idx], cells.gap[idx], cells.value[idx]
        status, reason = cells.status[idx].astype(np.int64), cells.reason[idx].astype(np.int64)
        previous = np.array([self._previous.get(r, False) for r in range(self.plan.n)], dtype=bool)[rule]
        # rows whose threshold is the previous value share their rule's shapes, whatever that value
        thr_key = np.where(previous & ~np.isnan(threshold), np.inf, threshold)
        before = prev_state[idx]  # whether a previous value is there changes how a rule that reads it is read
        pairs, first = _factorize(rule * 2 + (before > 0), thr_key)
        sides = [self._side(batch, int(idx[f]), (int(rule[f]), _bits(thr_key[f]), int(before[f])))
                 for f in first.tolist()]
        ok_side = np.array([s is not None for s in sides], dtype=bool)[pairs]
        sign = np.array([s.sign if s is not None else 0 for s in sides], dtype=np.float64)[pairs]
        stated_of = [s.stated if s is not None else None for s in sides]
        stated = np.array([np.nan if s is None else float(s) for s in stated_of])[pairs]

        # exact figures from scaled integers: value, threshold and stated target with the most decimals of the three
        texts = text.take(arrow_of(idx))
        places = _places(texts)
        thr_codes, thr_uniques = factorize(threshold + 0.0)  # few thresholds: each written once (-0.0 is 0.0)
        thr_text = _decimal_text(np.asarray(thr_uniques, dtype=np.float64)).take(
            arrow_of(thr_codes, thr_codes < 0))
        p = np.maximum(np.maximum(places, _places(thr_text)),
                       np.array([0 if s is None else _decimal_places(s) for s in stated_of], dtype=np.int64)[pairs])
        scale = 10.0 ** np.minimum(p, 15)
        v_int, t_int = np.rint(value * scale), np.rint(np.nan_to_num(threshold) * scale)
        s_int = np.rint(np.nan_to_num(stated) * scale)
        exact = (np.abs(v_int) < _EXACT) & (np.abs(t_int) < _EXACT) & (np.abs(s_int) < _EXACT) & (p <= 15)
        exact &= numpy_of(pc.utf8_length(texts), null=0) <= 16
        distance = np.where(np.isnan(stated), np.nan, (v_int - s_int) / scale)
        exact &= np.isnan(distance) | (np.abs(v_int - s_int) < 1e15)
        exact &= np.isnan(gap) | (np.abs(v_int - t_int) < 1e15)
        # a text written as format_decimal writes its figure is its own value text; the others are written
        canonical = _matches(texts, _CANONICAL) & ~_matches(texts, "-0") & ~np.isnan(value)
        other = np.flatnonzero(~canonical)
        value_text = pc.if_else(arrow_of(canonical), texts, _spread(_decimal_text(value[other]), other, len(idx)))
        canonical = canonical.astype(np.int64)
        gap_shape, distance_shape = _shape(gap), _shape(distance)

        key = (((pairs * 8 + gap_shape) * 8 + distance_shape) * 2 + canonical) * 4 + status
        usable = ok_side & exact
        groups, reps = _factorize(np.where(usable, key, -1), reason)
        gap_text, distance_text = _decimal_text(np.abs(gap)), _decimal_text(np.abs(distance))
        margin_text = pc.if_else(arrow_of(sign != 0), _signed(gap_text, sign * gap < 0),
                                 pa.nulls(len(idx), pa.string()))
        signed = _signed(distance_text, sign * distance < 0)
        stated_text = strings_of([None if s is None else format_decimal(s) for s in stated_of]).take(arrow_of(pairs))
        gap_to_target = pc.binary_join_element_wise(signed, signed, strings_of([".."])[0])
        holes = {
            "text": texts, "value": value_text, "gap": gap_text, "distance": distance_text, "previous": thr_text,
        }
        own_facts = (margin_text, stated_text, gap_to_target)
        template_of_group = np.full(len(reps), -1, dtype=np.int64)
        templates: list[Template] = []
        numbered: dict[int, int] = {}
        for g, f in enumerate(reps.tolist()):
            if not usable[f]:
                continue
            sig = (int(rule[f]), _bits(thr_key[f]), int(before[f]), int(status[f]), int(reason[f]), int(gap_shape[f]),
                   int(distance_shape[f]), int(canonical[f]))
            if sig not in self._templates:
                self._templates[sig] = self._template(
                    batch, int(idx[f]), {k: _at(h, f) for k, h in holes.items()}, tuple(_at(c, f) for c in own_facts))
            found = self._templates[sig]
            if found is not None:
                template_of_group[g] = numbered.setdefault(id(found), len(templates))
                if template_of_group[g] == len(templates):
                    templates.append(found)
        template_of = np.full(n, -1, dtype=np.int64)
        template_of[idx] = template_of_group[groups]
        return _Shaped(template_of, templates, idx, holes, own_facts[0], stated_text, gap_to_target)

    def _template(
        self, batch: JudgedBatch, i: int, own: dict[str, str | None], own_facts: tuple[str | None, ...]
    ) -> Template | None:
        """The sentence of cell ``i``'s shape with holes, or None when it cannot be cut (then one by one).

        ``own`` are the cell's texts for the holes and ``own_facts`` its margin, stated target and
        distance as the columns compute them: both must give back what the verdict itself says."""
        j = self.judgement(batch, i)
        v, indicator = j.verdict, j.indicator
        if own_facts != facts(v, indicator, None)[:3]:
            return None
        if self.lang is None:
            return Template(("",), ())
        return cut(v, indicator, self.lang, own)

    def _one_by_one(self, batch: JudgedBatch, rows: np.ndarray, text: Any, before: Any) -> tuple[list[Any], np.ndarray]:
        """margin, stated, gap_to_target, explanation and exact value (:func:`_value_text`) of each distinct cell
        among ``rows`` (five arrow arrays, a value per distinct cell), and each row's distinct cell; each explained once: distinct by rule, reported
        text (none without a row), the previous text where the rule reads it, whether the region has a previous
        row at all (:func:`has_previous_row`), status, reason and numbers; check's cells from their own judgement."""
        import pyarrow as pa

        cells = batch.cells
        if not rows.size:
            return [pa.nulls(0, pa.string())] * 5, np.zeros(0, dtype=np.int64)
        has_row = cells.row[rows] >= 0
        there = has_previous_row(batch)
        parts = [
            cells.rule[rows], np.where(cells.table[rows] < 0, rows, -1),  # a cell check judged is its own
            np.where(has_row, _codes(text.take(pa_indices(rows))), -1), _codes(before.take(pa_indices(rows))),
            there[rows].astype(np.int64), cells.status[rows].astype(np.int64), cells.reason[rows].astype(np.int64),
            *(_bit_codes(getattr(cells, name)[rows]) for name in ("threshold", "value", "gap")),
        ]
        group, first = group_ids(parts)
        found: list[tuple[str | None, ...]] = []
        texts = text.take(pa_indices(rows[first])).to_pylist()
        previous = before.take(pa_indices(rows[first])).to_pylist()
        for f, reported, prior in zip(first.tolist(), texts, previous):
            i = int(rows[f])
            if int(cells.table[i]) < 0:  # check judged it: its own judgement, when the judge kept it
                kept = cells.judgements[i] if cells.judgements is not None else None
                found.append(_facts(kept.verdict, kept.indicator, self.lang) if kept is not None else (None,) * 5)
                continue
            key = (int(cells.rule[i]), reported if has_row[f] else None, prior, bool(there[i]), int(cells.status[i]),
                   int(cells.reason[i]), *(_bits(float(x)) for x in (cells.threshold[i], cells.value[i], cells.gap[i])))
            if key not in self._memo:
                if len(self._memo) >= _MEMO:
                    self._memo.clear()
                j = self.judgement(batch, i)
                self._memo[key] = _facts(j.verdict, j.indicator, self.lang)
            found.append(self._memo[key])
        return [strings_of([f[k] for f in found]) for k in range(5)], group


# --------------------------------------------------------------------------- column helpers


def previous_text(batch: JudgedBatch, reads: np.ndarray) -> Any:
    """The reported text of each cell's previous-year row where its rule reads it (``reads`` by rule code; null:
    none, or not read): the row the judge joined (:attr:`Cells.previous <.judge.Cells>`), for the cells
    evaluate_table judged."""
    return texts_at(batch.frame.column("reported"), _previous_rows(batch, reads))


def _plain_states(batch: JudgedBatch, text: Any, before: Any, reads: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """By cell: whether its reported ``text`` is a plain figure, and its previous text's state (0: none, 1: a plain
    figure, 2: another text). From the judge's codes of the column where it made them (each distinct text
    matched once), else matched here."""
    if batch.texts is None:
        state = np.where(pc_is_null(before), 0, np.where(_matches(before, PLAIN.pattern), 1, 2))
        return _matches(text, PLAIN.pattern), state
    coded = batch.texts.at(_previous_rows(batch, reads))
    state = np.where(coded < 0, 0, np.where(np.append(batch.texts.plain, False)[coded], 1, 2))
    return batch.texts.plain_at(batch.cells.row), state


def _previous_rows(batch: JudgedBatch, reads: np.ndarray) -> np.ndarray:
    """The row of :func:`previous_text` of each cell (-1: none, or not read)."""
    cells = batch.cells
    return np.where(reads[cells.rule] & (cells.table >= 0), cells.previous, -1)


def has_previous_row(batch: JudgedBatch) -> np.ndarray:
    """By cell: a cell evaluate_table judged from a row whose region has a previous-year row. A reported text may
    state the previous figure itself (``2.8（上年2）``): the judge reads it, and its note says so, only where there
    is no such row (judge/previous.stated_previous), whatever the rule reads; so whether there is one may change a
    sentence even where the previous text does not key it (:attr:`Evidence.reads_previous`)."""
    cells = batch.cells
    return (cells.table >= 0) & (cells.row >= 0) & (cells.previous >= 0)


def texts_at(text: Any, rows: np.ndarray) -> Any:
    """The cells ``rows`` (-1: missing) of a text column of the batch (a column of ``JudgedBatch.frame``), one arrow
    ``string`` array."""
    rows = np.asarray(rows, dtype=np.int64)
    return one_text(text.take(arrow_of(rows, rows < 0)))


def pc_is_null(array: Any) -> np.ndarray:
    import pyarrow.compute as pc

    return numpy_of(pc.is_null(array))


def pa_indices(rows: np.ndarray) -> Any:
    return arrow_of(np.asarray(rows, dtype=np.int64))


def _shape(x: np.ndarray) -> np.ndarray:
    """A number's shape in a sentence: its sign (0, 1, 2; 3: none), +4 when it is exactly 1 in size."""
    sign = np.where(np.isnan(x), 3, np.sign(np.nan_to_num(x)) + 1).astype(np.int64)
    return sign + 4 * (np.abs(np.nan_to_num(x)) == 1)


def _codes(texts: Any) -> np.ndarray:
    """Dense codes of texts (nulls share one code)."""
    import pyarrow.compute as pc

    encoded = pc.dictionary_encode(texts, null_encoding="encode")
    return numpy_of(encoded.indices).astype(np.int64)


def _bit_codes(values: np.ndarray) -> np.ndarray:
    """Dense codes of floats by their bits (every NaN one code)."""
    bits = np.where(np.isnan(values), -1, np.asarray(values, dtype=np.float64).view(np.int64))
    return factorize(bits)[0]


def _bits(x: float) -> int:
    return -1 if np.isnan(x) else int(np.float64(x).view(np.int64))


def _at(array: Any, i: int) -> str | None:
    value = array[i].as_py()
    return value if isinstance(value, str) else None


def _factorize(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Dense group ids of the pairs (a, b), and the first row of each group (``b``'s -0.0 is 0.0, NaN one value)."""
    b = np.asarray(b)
    codes_b, _ = factorize(b + 0.0 if b.dtype.kind == "f" else b, na_sentinel=False)
    codes, uniques = factorize(a.astype(np.int64) * (int(codes_b.max(initial=0)) + 1) + codes_b)
    first = np.full(len(uniques), -1, dtype=np.int64)
    first[codes[::-1]] = np.arange(len(codes))[::-1]
    return codes.astype(np.int64), first


def group_ids(parts: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Dense group ids of the rows' tuples of ``parts`` (codes, -1 or more), in order of first appearance, and the
    first row of each group: one key of mixed radix (made dense again only before it could overflow), one
    factorize, not one per part."""
    if len(parts) > 2 and len(parts[0]) >= _WIDE_FROM:
        return value_groups(parts)
    key, size = np.zeros(len(parts[0]), dtype=np.int64), 1
    for part in parts:
        shifted = np.asarray(part, dtype=np.int64) + 1  # -1 (none) is 0
        width = int(shifted.max(initial=0)) + 1
        if size * width >= 2**62:
            codes, uniques = factorize(key)
            key, size = codes, len(uniques)
        key, size = key * width + shifted, size * width
    codes, uniques = factorize(key)
    first = np.full(len(uniques), -1, dtype=np.int64)
    first[codes[::-1]] = np.arange(len(codes))[::-1]
    return np.asarray(codes, dtype=np.int64), first


_WIDE_FROM = 1024  #: rows from which group_ids hashes the parts' values together (value_groups)


def value_groups(parts: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """:func:`group_ids` of parts of any int64 values (a float's bits too), by one hashing of each row's values
    together (arrow's hash of a fixed-size binary key: the row's parts side by side), not one per part and a
    combined key after: the same groups in the same order (first appearance)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    n = len(parts[0])
    if not n:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    values = np.empty((n, len(parts)), dtype=np.int64)
    for j, part in enumerate(parts):
        values[:, j] = part
    keys = pa.FixedSizeBinaryArray.from_buffers(pa.binary(8 * len(parts)), n, [None, pa.py_buffer(values)])
    coded = pc.dictionary_encode(keys)
    codes = numpy_of(coded.indices).astype(np.int64)
    first = np.full(len(coded.dictionary), -1, dtype=np.int64)
    first[codes[::-1]] = np.arange(n)[::-1]
    return codes, first


def float_bits(values: np.ndarray) -> np.ndarray:
    """Floats as int64 keys by their bits (every NaN one key, -1; -0.0 and 0.0 apart, as their bits are)."""
    values = np.asarray(values, dtype=np.float64)
    return np.where(np.isnan(values), -1, values.view(np.int64))


def _matches(text: Any, pattern: str) -> np.ndarray:
    import pyarrow.compute as pc

    found = pc.match_substring_regex(text, "^(?:" + pattern + ")$")
    return numpy_of(found, null=False).astype(bool)


def _decimal_text(values: np.ndarray) -> Any:
    """Floats as their shortest decimal text, as ``format_decimal`` writes the decimal they hold (NaN: null)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    values = np.asarray(values, dtype=np.float64)
    text = pc.cast(arrow_of(values, np.isnan(values)), pa.string())
    zero = values == 0  # -0 is 0
    if zero.any():
        text = pc.if_else(arrow_of(zero), strings_of(["0"])[0], text)
    exponent = numpy_of(pc.match_substring(text, "e"), null=False).astype(bool)
    if exponent.any():  # 1e-07 -> 0.0000001, as the reports write decimals
        rows = np.flatnonzero(exponent)
        fixed = strings_of([format_decimal(Decimal(repr(float(values[i])))) for i in rows.tolist()])
        text = pc.replace_with_mask(text, arrow_of(exponent), fixed)
    return text


def _signed(text: Any, negative: np.ndarray) -> Any:
    """Texts of sizes with a minus sign where ``negative``."""
    import pyarrow.compute as pc

    sign, nothing = strings_of(["-", ""])
    minus = pc.binary_join_element_wise(sign, text, nothing)
    return pc.if_else(arrow_of(np.asarray(negative, dtype=bool)), minus, text)


def _places(text: Any) -> np.ndarray:
    """Decimal places of decimal texts (0 without a point; nulls 0)."""
    import pyarrow.compute as pc

    point = numpy_of(pc.find_substring(text, "."))
    length = numpy_of(pc.utf8_length(text))
    point = np.nan_to_num(np.asarray(point, dtype=np.float64), nan=-1)
    length = np.nan_to_num(np.asarray(length, dtype=np.float64), nan=0)
    return np.where(point >= 0, length - point - 1, 0).astype(np.int64)


def _decimal_places(value: Decimal) -> int:
    text = format_decimal(value)
    return len(text) - text.index(".") - 1 if "." in text else 0


def _facts(v: Verdict, indicator: Any, lang: str | None) -> tuple[str | None, ...]:
    """:func:`~.sentences.facts` of a verdict explained one by one, and its exact value (:func:`_value_text`)."""
    return (*facts(v, indicator, lang), _value_text(v))


def _value_text(v: Verdict) -> str | None:
    """The verdict's value as check writes it, where the float of the cells may not write it so: 16 significant
    digits or more, or an exponent (a growth computed from two levels, 47.36842105263157894736842105; the
    plain figures a row reports have their own text, ``rows._decimal_texts``). None elsewhere."""
    if v.value is None:
        return None
    shown = repr(float(v.value))
    if len(shown.lstrip("-")) < 16 and "e" not in shown:
        return None
    return format_decimal(v.value)


def _spread(array: Any, idx: np.ndarray, n: int) -> Any:
    """An array of the rows ``idx`` spread to ``n`` rows (null elsewhere)."""
    where = np.full(n, -1, dtype=np.int64)
    where[idx] = np.arange(len(idx))
    return array.take(arrow_of(where, where < 0))


def _strings_of(values: list[Any]) -> Any:
    """Arrow text arrays concatenated as one array of ``string``."""
    import pyarrow as pa

    return pa.concat_arrays([v.cast(pa.string()) if v.type != pa.string() else v for v in values])
