"""The fifteenth collection (``targets_fifteenth.tsv``, ``outcomes_fifteenth.tsv``): the north, the north-east and the west,
districts and county-level places first (天津's 红桥区, 河北区 and 东丽区, 上海's 黄浦区 and its 2021 indicator table, 山东's 荣成,
新疆's 特克斯 and 伊州), with their cities and provinces (天津 2025 and 2026, 北京 2025 and 2026, 上海 2024 and 2026, 山东 2023-2026,
新疆 2023 and 2025, 广西 2021, 青海 2025, 重庆 2024), each row copied verbatim with its source address. OUTCOMES are reviews,
bulletins, plan-execution reports, table rows and half years set against a target of the same year: the place's own where the
search found one, else its city's or province's, else another place's (``note`` says whose; an earlier set's target is cited by
file and id: ``targets.tsv t0428``, ``targets_seventh.tsv ts001``).

What the rows try: 十五五 averages (年均增长) with a verb before and 核心目标 after, an estimate word inside a target (预计…左右), last
year's estimate before the year's target in one sentence, a hedge clause and an ellipsis after a target, targets in traditional
characters (full-width brackets, 增長目標設定在), words-only targets (提质增效, 达到国家要求), counts and levels after actions, three
investments listed without 分别, a plan table's bare cells (5左右, 12-15, 170, 20000以上); in the outcomes, seven growths in a row,
分别 lists of three, a two years' average beside the year's growth, a level in 萬元 before the growth, the industries after 其中,
separators a copy lost (增长6%一般公共预算收入), a part of revenue against the whole (一般公共预算收入 against 财政收入), half years.
Every failure is a documented leftover (tests/corpus/test_corpus_leftovers.py), none a wrong verdict.
"""

from __future__ import annotations

from pathlib import Path

import setcheck

HERE = Path(__file__).parent
TARGETS = HERE / "targets_fifteenth.tsv"
OUTCOMES = HERE / "outcomes_fifteenth.tsv"
#: places of this set that no earlier section of SOURCES.md names (天津, 北京, 上海, 山东, 新疆, 广西, 青海, 重庆, 东丽 and 伊州 are
#: there, with other documents)
PLACES = ("红桥", "河北区", "黄浦", "荣成", "特克斯", "尉犁", "塔城")
#: the provinces the set was collected for, each named by words of its documents' labels
REGIONS = {"天津": ("天津", "红桥", "河北区", "东丽"), "北京": ("北京",), "上海": ("上海", "黄浦"), "山东": ("山东", "荣成"),
           "新疆": ("新疆", "特克斯", "伊州", "尉犁", "塔城"), "广西": ("广西",), "青海": ("青海",), "重庆": ("重庆",)}
#: county-level places (counties, districts, county-level cities): the set favours them
COUNTIES = ("红桥", "河北区", "东丽", "黄浦", "荣成", "特克斯", "伊州", "尉犁")
#: earlier sets' targets files an outcome of this set may cite (``targets.tsv t0428``, ``targets_seventh.tsv ts001``)
EARLIER = {"targets.tsv": HERE / "targets.tsv", "targets_seventh.tsv": HERE / "targets_seventh.tsv"}


def test_measure_prints_the_set():
    assert setcheck.load_measure().SETS["fifteenth"] == (TARGETS, OUTCOMES)


def test_the_targets_are_real_sourced_and_probed_either_side():
    setcheck.check_targets(TARGETS, "tp", documents=10)


def test_the_outcomes_are_real_sourced_and_judged_either_side():
    setcheck.check_outcomes(OUTCOMES, "op", documents=15)


def test_the_table_rows_keep_their_cells():
    """黄浦's 2021 table: each outcome row is the table row as the page spaces it (number, name, unit, target cell, outcome), and
    its paired target is the row's own target cell, a target of this set."""
    measure = setcheck.load_measure()
    rows = [row for row in measure.load_outcomes(OUTCOMES) if row.text[0].isdigit() and " " in row.text]
    targets = {row.text for row in measure.load_targets(TARGETS)}
    assert len(rows) == 4
    assert all(f" {row.target} " in row.text and row.target in targets for row in rows)


def test_every_outcome_is_set_against_a_target_of_this_set_or_a_cited_earlier_one():
    """A target of this set, or an earlier set's, cited by file and id in the note (the texts equal). The note says whose
    target it is: the same place's, the city's, the province's or another place's, of the same year."""
    setcheck.check_cited_targets(TARGETS, OUTCOMES, EARLIER)


def test_the_regions_it_was_collected_for_are_here():
    """Each province the set was collected for holds at least one document of it; a good part of them are of districts,
    counties and county-level cities."""
    setcheck.check_regions((TARGETS, OUTCOMES), REGIONS, COUNTIES, fewest=7)


def test_the_verdicts_are_mixed():
    """Outcomes met, missed and pending each, and most of them missed or met (a figure picked), not pending."""
    setcheck.check_mixed(OUTCOMES, missed=8, met=20, pending=5)


def test_every_document_is_listed_and_the_places_are_new():
    setcheck.check_sources((TARGETS, OUTCOMES), "## Fifteenth set", PLACES)
