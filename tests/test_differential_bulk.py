"""evaluate_table equals evaluate, row for row, on tables drawn from every constraint kind.

``test_bulk.py`` draws its targets from the seed plan; here they come from the model strategies of
every constraint kind (bound, level, range, approx, reference, direction, sync, revised,
provisional, cumulative, task), written as text, beside sentences (several, qualitative), phrasings
the models do not draw and targets no kind reads. Reported cells are of every kind (numbers of
every type, text numbers, ranges, bounds, approximations, attested, not available, missing,
unreadable, lists, completions and shortfalls, with units, changes, labels, hedges, partial
periods and comparison levels). Each table also puts every target it holds against a figure at
each of its thresholds in every written form, where a float comparison could differ from the exact
one and where a word beside the number changes the reading. Every polarity, unit, measure and
tolerance, previous values and references. The expected verdict of each row is the public
``evaluate`` on that row's cells, as a user would call it (a missing cell, ``None`` or ``NaN``,
given as ``None``, as documented).
"""

from __future__ import annotations

import math
import random
import typing
from decimal import Decimal
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import (
    FIGURE_FORMS,
    TARGET_SOURCES,
    draw_figure,
    draw_reported,
    measures,
    pick,
    polarities,
    previous_cells,
    references,
    reported_cells,
    row_units,
    target_cells,
    tolerances,
)

from compliance import Verdict, evaluate, evaluate_table, parse_reported, parse_target
from compliance import models as m

SETTINGS = settings(
    max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow],
)


def _float(value: Decimal | None) -> float:
    return math.nan if value is None else float(value)


def _missing(cell: Any) -> bool:
    return cell is None or (isinstance(cell, float) and math.isnan(cell))


def thresholds(row: dict[str, Any]) -> list[Decimal]:
    """Numbers where a verdict turns: the ends of the admissible interval, its middle, the target's figures, the base."""
    found: set[Decimal] = set()
    target = row["target"]
    verdict = evaluate(**{**row, "reported": 0})
    if verdict.admissible is not None:
        ends = [end for end in (verdict.admissible.lo, verdict.admissible.hi) if end.is_finite()]
        found.update(ends)
        if len(ends) == 2:
            found.add((ends[0] + ends[1]) / 2)
    if verdict.previous is not None and verdict.previous.is_finite():  # the base level a change is measured from
        found.update((verdict.previous, verdict.previous * Decimal("0.9"), verdict.previous * Decimal("1.1")))
    constraint = parse_target(target) if isinstance(target, str) else parse_target(str(target))
    for node in m.nodes(constraint):
        for name in ("value", "low", "high", "amount"):
            quantity = getattr(node, name, None)
            if isinstance(quantity, m.Quantity):
                found.add(quantity.value)
    return sorted(found)


_anywhere = st.floats(-100, 1e6)
SOURCES = list(TARGET_SOURCES.values())
_previous_figure = st.one_of(st.sampled_from([3, 5.5, "6", 100, "35.2"]), st.decimals(0, 6000, places=2))
FORMS = sorted(set(FIGURE_FORMS))


@st.composite
def tables(draw: st.DrawFn, numeric: bool = False) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    """(columns, options of evaluate_table, each row's keyword arguments of evaluate)."""
    n = draw(st.integers(1, 12))
    # rows share targets (groups of several rows); the sources of a table's targets are picked evenly
    # (a seeded shuffle: hypothesis alone, in a few dozen examples, favours the first few of them)
    shuffled = random.Random(draw(st.integers(0, 2**32))).sample(SOURCES, len(SOURCES))
    pool = [draw(source) for source in shuffled[: draw(st.integers(1, 4))]]
    # a previous figure in every table (a base for 比上年下降3%, a level for 逐步增加), and whatever else
    previous_pool = [draw(_previous_figure), *draw(st.lists(previous_cells, max_size=2))]
    common: dict[str, Any] = {"references": draw(references)}
    options: dict[str, Any] = {"previous": "previous", **common}
    constant = {}
    for name, strategy in (("polarity", polarities), ("unit", row_units), ("measure", measures),
                           ("tolerance", tolerances)):
        if draw(st.booleans()):  # one value for every row, not a column
            constant[name] = draw(strategy)
            options[name] = constant[name]
        else:
            options[name] = name
    seen: dict[str, list[Decimal]] = {}  # rows with equal settings have equal thresholds
    rows, columns = [], {name: [] for name in ("target", "reported", "previous", "polarity", "unit", "measure",
                                               "tolerance")}

    def settings_of(target: Any) -> tuple[dict[str, Any], dict[str, Any], list[Decimal]]:
        """A row's cells but the reported one, its keyword arguments of evaluate, and its thresholds."""
        cells = {
            "target": target,
            "previous": pick(draw, previous_pool),
            "polarity": constant.get("polarity") or draw(polarities),
            "unit": constant["unit"] if "unit" in constant else draw(row_units),
            "measure": constant["measure"] if "measure" in constant else draw(measures),
            "tolerance": constant["tolerance"] if "tolerance" in constant else draw(tolerances),
        }
        expected = {**cells, "references": common["references"]}
        if _missing(cells["previous"]):
            expected["previous"] = None  # a missing previous cell is no previous value
        key = repr(sorted(expected.items(), key=str))
        near = seen[key] if key in seen else seen.setdefault(key, thresholds(expected))
        return cells, expected, near

    def add(cells: dict[str, Any], expected: dict[str, Any], reported: Any) -> None:
        for name, cell in {**cells, "reported": reported}.items():
            columns[name].append(cell)
        rows.append({**expected, "reported": None if _missing(reported) else reported})

    for _ in range(n):
        cells, expected, near = settings_of(pick(draw, pool))
        if numeric:
            at, how = float(pick(draw, near or [Decimal(6)])), draw(st.integers(0, 4))
            add(cells, expected, (at, math.nextafter(at, math.inf), math.nextafter(at, -math.inf), draw(_anywhere),
                                  math.nan)[how])
        else:
            add(cells, expected, draw_reported(draw, near))
    if not numeric:  # and each target of the pool at each threshold in every form: nothing left to chance
        for target in pool:
            cells, expected, near = settings_of(target)
            for at in near[:4] or [Decimal(6)]:
                for form in FORMS:
                    previous = pick(draw, previous_pool)  # the same group but for the previous value (逐步增加)
                    given = None if _missing(previous) else previous
                    add({**cells, "previous": previous}, {**expected, "previous": given}, draw_figure(draw, [at], form))
    columns = {name: cells for name, cells in columns.items() if name not in constant}
    if numeric:
        columns["reported"] = np.array(columns["reported"], dtype=np.float64)
    return columns, options, rows


def assert_rows_match(table: Any, rows: list[dict[str, Any]]) -> None:
    """Status, reason, threshold, value and gap of each row are those of evaluate() on the row's cells."""
    assert len(table) == len(rows)
    status, reason = table.status.tolist(), table.reason.tolist()
    seen: dict[str, Verdict] = {}
    for i, row in enumerate(rows):
        key = repr(sorted(row.items(), key=str))  # repr tells 0 from 0.0 and Decimal("6") from 6
        want = seen[key] if key in seen else seen.setdefault(key, evaluate(**row))
        got = (status[i], reason[i], table.threshold[i], table.value[i], table.gap[i])
        expected = (want.status.value, want.reason.value, _float(want.threshold), _float(want.value),
                    _float(want.gap))
        assert got[:2] == expected[:2], (i, row, got, expected)
        for a, b in zip(got[2:], expected[2:]):
            assert a == b or (math.isnan(a) and math.isnan(b)), (i, row, got, expected)


@SETTINGS
@given(tables())
def test_every_row_equals_evaluate(drawn):
    columns, options, rows = drawn
    table = evaluate_table(columns, **options)
    assert_rows_match(table, rows)
    full, want = table.verdict(len(rows) - 1), evaluate(**rows[-1])  # the full verdict, built on request
    assert _decision(full) == _decision(want)


def _decision(verdict: Verdict) -> tuple[Any, ...]:
    """What a verdict decides, apart from the text its inputs were written in.

    (A column holding equal numbers of two types, ``0`` and ``0.0``, reads them as one cell: the
    verdict of the second is the first's, written ``0.0``.)
    """
    return (verdict.status, verdict.reason, verdict.admissible, verdict.threshold, verdict.value, verdict.gap,
            verdict.missing, verdict.reference, verdict.tolerance, verdict.previous, verdict.provisional, verdict.unit)


@settings(SETTINGS, max_examples=40)
@given(tables(numeric=True))
def test_float_columns_equal_evaluate(drawn):
    """A float64 reported column goes through the array path: ties at the thresholds go to the engine."""
    columns, options, rows = drawn
    assert_rows_match(evaluate_table(columns, **options), rows)


@settings(SETTINGS, max_examples=15)
@given(tables())
def test_a_pandas_frame_judges_like_its_columns(drawn):
    pd = pytest.importorskip("pandas")
    columns, options, _ = drawn
    expected = evaluate_table(columns, **options)
    got = evaluate_table(pd.DataFrame(columns), **options)
    assert got.status.tolist() == expected.status.tolist()
    assert got.reason.tolist() == expected.reason.tolist()
    for name in ("threshold", "value", "gap"):
        np.testing.assert_array_equal(getattr(got, name), getattr(expected, name))


def _kinds(union: Any) -> set[str]:
    """The ``kind`` of every model of a discriminated union (Constraint, Reported)."""
    return {cls.model_fields["kind"].default for cls in typing.get_args(typing.get_args(union)[0])}


#: every kind there is: a new kind fails the two tests below until the strategies draw it
KINDS, REPORTED_KINDS = _kinds(m.Constraint), _kinds(m.Reported)


def _kinds_drawn(strategy: st.SearchStrategy[Any], kind_of: Any, examples: int = 200) -> set[str]:
    kinds: set[str] = set()

    @settings(derandomize=True, max_examples=examples, database=None, deadline=None)
    @given(strategy)
    def draw(cell: Any) -> None:
        kinds.add(kind_of(cell))

    draw()
    return kinds


def test_the_targets_reach_every_kind():
    """The drawn target cells read as every kind of constraint, so the properties above cover them all."""
    assert _kinds_drawn(target_cells, lambda cell: parse_target(str(cell)).kind) == KINDS


def test_the_reported_cells_reach_every_kind():
    def kind_of(cell: Any) -> str:
        if _missing(cell):
            return "missing"
        return parse_reported(cell).kind if isinstance(cell, str) else "value"

    assert _kinds_drawn(reported_cells([Decimal(6), Decimal("7.6")]), kind_of) == REPORTED_KINDS


def test_a_level_against_a_growth_beside_another_s_equals_evaluate():
    """A bare figure too large for a growth (68000) against 与经济增长同步 / 高于经济增长 is a level, as evaluate reads it:
    pending, or the growth of two levels where the previous one is given (the vectorised path sends it to the engine,
    as it sends 30000 against 6%以上); growths as written are judged alike either side of the reference."""
    cells = [("居民收入增长与经济增长同步", "68000", None), ("居民收入增长高于经济增长", "68000", "66000"),
             ("居民收入增长高于经济增长", "68000", "64000"), ("居民收入增长与经济增长同步", "6", None),
             ("居民收入增长高于经济增长", "4", None), ("居民收入增长高于经济增长", "6", None),
             ("居民收入增长高于经济增长", "1200", None), ("6%以上", "30000", None), ("6%以上", "7", None)]
    references = {"经济增长": 5}
    columns = {"target": [c[0] for c in cells], "reported": [c[1] for c in cells], "previous": [c[2] for c in cells]}
    table = evaluate_table(columns, target="target", reported="reported", previous="previous", polarity="higher",
                           references=references)
    rows = [{"target": t, "reported": r, "previous": p, "polarity": "higher", "references": references}
            for t, r, p in cells]
    assert_rows_match(table, rows)
    assert table.status.tolist()[:3] == ["pending", "missed", "met"]  # the level as the growth it makes, or none
