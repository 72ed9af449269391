"""The fourteenth collection (``targets_fourteenth.tsv``, ``outcomes_fourteenth.tsv``): the south and the east, counties and
districts first (桐乡's 2024 plan-execution table, 吴中's 2025 targets and 2024 bulletin, 吴兴's 2024 bulletin, 白云's 2025 report,
通化县's 2025 plan-execution report, 儋州's 2025 estimates), with their cities and provinces (福建 2023, 广东 2024-2026, 广州 2024 and
2025, 湖州 2024, 浙江 2025, 苏州 2026, 四川 2025, 河北 2025, 吉林 2017), each row copied verbatim with its source address. OUTCOMES
are 2023-2025 reviews, bulletins, plan-execution reports and part years set against a target of the same year: the place's own
where the search found one, else its city's or province's, else another place's (``note`` says whose; an earlier set's target is
cited by file and id: ``targets.tsv t0183``).

What the rows try: a table's bare target cells, targets in words (百分之五, 保持正增长, 保稳提质, 均完成省下达的目标任务), 均增长 over
four indicators, a range with an em dash and a hedge, 超 before a level and after 增长, 迈上…台阶, 錨定在, a stray space inside a name,
a news lead-in before a comma; in the outcomes, 总收入 beside 地方 收入, parts after 其中, a revenue's tax part, output against value
added, rural income against all residents', the change of a rate without the rate, eleven months against the year. Every failure
is a documented leftover (tests/corpus/test_corpus_leftovers.py), none a wrong verdict.
"""

from __future__ import annotations

from pathlib import Path

import setcheck

HERE = Path(__file__).parent
TARGETS = HERE / "targets_fourteenth.tsv"
OUTCOMES = HERE / "outcomes_fourteenth.tsv"
#: places of this set that no earlier section of SOURCES.md names (广东, 福建, 浙江, 江苏, 四川, 河北, 吉林, 广州, 湖州, 六盘水 ...
#: are there, with other documents)
PLACES = ("桐乡", "吴中", "吴兴", "白云", "通化县", "儋州", "常州", "博罗", "南安")
#: the provinces the set was collected for, each named by words of its documents' labels
REGIONS = {"广东": ("广东", "广州", "白云"), "福建": ("福建",), "浙江": ("浙江", "桐乡", "湖州", "吴兴"), "江苏": ("吴中", "苏州", "长三角"),
           "海南": ("儋州",), "贵州": ("六盘水", "贵州"), "四川": ("四川",), "吉林": ("吉林", "通化县"), "河北": ("河北", "沧州"),
           "云南": ("云南",), "黑龙江": ("黑龙江",)}
#: county-level places (counties, districts, county-level cities): the set favours them
COUNTIES = ("桐乡", "吴中", "吴兴", "白云", "通化县", "儋州", "博罗", "南安")
#: earlier sets' targets files an outcome of this set may cite (``targets.tsv t0183``, ``targets_eighth.tsv te059``)
EARLIER = {"targets.tsv": HERE / "targets.tsv", "targets_eighth.tsv": HERE / "targets_eighth.tsv"}


def test_measure_prints_the_set():
    assert setcheck.load_measure().SETS["fourteenth"] == (TARGETS, OUTCOMES)


def test_the_targets_are_real_sourced_and_probed_either_side():
    setcheck.check_targets(TARGETS, "tq", documents=10)


def test_the_outcomes_are_real_sourced_and_judged_either_side():
    setcheck.check_outcomes(OUTCOMES, "oq", documents=15)


def test_the_table_rows_keep_their_cells():
    """桐乡's 2024 table: each outcome row is the table row copied a cell a line (name, target cell, outcome, level), and its
    paired target is the row's own target cell, a target of this set."""
    rows = [row for row in setcheck.load_measure().load_outcomes(OUTCOMES) if "\n" in row.text]
    targets = {row.text for row in setcheck.load_measure().load_targets(TARGETS)}
    assert len(rows) == 3
    assert all(row.target == row.text.split("\n")[1] and row.target in targets for row in rows)


def test_every_outcome_is_set_against_a_target_of_this_set_or_a_cited_earlier_one():
    """A target of this set, or an earlier set's, cited by file and id in the note (the texts equal). The note says whose
    target it is: the same place's, the city's, the province's or another place's, of the same year."""
    setcheck.check_cited_targets(TARGETS, OUTCOMES, EARLIER)


def test_the_regions_it_was_collected_for_are_here():
    """Each province the set was collected for holds at least one document of it; a good part of them are of counties,
    county-level cities and districts."""
    setcheck.check_regions((TARGETS, OUTCOMES), REGIONS, COUNTIES, fewest=6)


def test_the_verdicts_are_mixed():
    """Outcomes met, missed and pending each, and most of them missed or met (a figure picked), not pending."""
    setcheck.check_mixed(OUTCOMES, missed=10, met=10, pending=5)


def test_every_document_is_listed_and_the_places_are_new():
    setcheck.check_sources((TARGETS, OUTCOMES), "## Fourteenth set", PLACES)
