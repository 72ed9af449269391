"""The ninth collection (``targets_ninth.tsv``, ``outcomes_ninth.tsv``): plan-execution tables copied row by row (温州
2015, 2022 and the first half of 2024: a target cell, then the level and the growth reached), estimates each
followed by its target in brackets (佛山 2021), and targets of south-western and coastal places none in an earlier set
(贵阳's 十三五, 海口 2013 in traditional characters, 禅城 2022, 佛山 2020) or in other documents (昆明 2025, 海南's 十五五 for 2030),
each row copied verbatim with its source address. Targets are probed by hand either side of the threshold; outcome
rows are paired with the target of the same table row or document, or with the same place's target of the next year
(``note`` says which).

What the rows try: bare table cells as targets (``7以上`` in a 增速(%) column, ``73.3``, ``12000``, ``103左右`` of a price
index, ``稳步增长``, ``与经济增长 基本同步`` broken in its cell), per-mille growth, 总额与上年持平, 十三五/十五五 averages and 2020/2030
levels; in the outcomes, a whole table row with its own target cell in it, ``暂无数据`` and ``年度指标`` in place of a
figure, a half year said only in the table's title, an estimated range (8%—8.5%), a review sentence of nine clauses
ending with another task done. Every failure is a documented leftover (tests/corpus/test_corpus_leftovers.py); a
wrong verdict only where its mark says so.
"""

from __future__ import annotations

from pathlib import Path

import setcheck

HERE = Path(__file__).parent
TARGETS = HERE / "targets_ninth.tsv"
OUTCOMES = HERE / "outcomes_ninth.tsv"
#: places of this set that no earlier section of SOURCES.md names (昆明 and 海南 are there, with other documents)
PLACES = ("温州", "佛山", "禅城", "贵阳", "海口")


def test_measure_prints_the_set():
    assert setcheck.load_measure().SETS["ninth"] == (TARGETS, OUTCOMES)


def test_the_targets_are_real_sourced_and_probed_either_side():
    setcheck.check_targets(TARGETS, "tn", documents=8)


def test_the_outcomes_are_real_sourced_and_judged_either_side():
    setcheck.check_outcomes(OUTCOMES, "on", documents=8, targets=TARGETS)


def test_the_table_rows_keep_their_cells():
    """A table row is copied whole: its target cell is the paired target's text, written in the row itself."""
    rows = [row for row in setcheck.load_measure().load_outcomes(OUTCOMES) if " | " in row.text or "\n" in row.text]
    assert len(rows) >= 20
    assert all(row.target in row.text.replace("\n", " | ").split(" | ") for row in rows)


def test_every_document_is_listed_and_the_places_are_new():
    setcheck.check_sources((TARGETS, OUTCOMES), "## Ninth set", PLACES)
