"""The thirteenth collection (``targets_thirteenth.tsv``, ``outcomes_thirteenth.tsv``): the centre and the north-west (陕西, 河南,
湖南, 江西, 山西, 宁夏, 甘肃, 湖北; a second batch of 安徽 and 内蒙古: 滁州, 明光's plan-execution table, 来安, 凤阳), counties and districts first (紫阳 and 平利's 2025 plans, 黄龙, 子长, 中宁, 甘州, 靖安 and 中阳's
reviews), provinces' and cities' targets of 2024-2026 (陕西 2024, 湖南's 2025 plan, 江西 2024, 西安 2025 and 2026, 咸阳 2023 and 2026, 新乡
2025 in traditional characters, 山西's 十四五 goals), each row copied verbatim with its source address. OUTCOMES are mostly 2025 and
2024 reviews (2026 and 2025 work reports, a province's plan-execution report, a county's 发改局 summary, press releases of the year's
figures) set against the same place's target of the same year where the search found one, else the province's or a neighbour's
of the same year (``note`` says whose; an earlier set's target is cited by file and id: ``targets_eighth.tsv te050``).

What the rows try: a lead-in before the first target (今年…主要预期目标为, 報告提出2025年主要預期目標:), spaces before figures, four
chains' output with a bracket inside an item and 及 inside another, three levels in three units (亿方), 与全国一致, 增速高于经济增速,
提高0.9个百分点, a reduction range with an em dash, 高于全國全省平均水平, 十四五 goals against the nation's average, full-width
punctuation; in the outcomes, several figures a sentence with ranks and margins, levels 分别为 before growths without 分别, a net
increase between a level and a growth, parts' growths after the whole's, two years' rates (从…到…), a rate's bound (控制在…以内),
part years (前三季度, 上半年), another indicator's figure (工業增加值 against 规模以上, 产值 against 增加值, 一产 against GDP). Every failure
is a documented leftover (tests/corpus/test_corpus_leftovers.py), none a wrong verdict.
"""

from __future__ import annotations

from pathlib import Path

import setcheck

HERE = Path(__file__).parent
TARGETS = HERE / "targets_thirteenth.tsv"
OUTCOMES = HERE / "outcomes_thirteenth.tsv"
#: places of this set that no earlier section of SOURCES.md names (陕西, 河南, 湖南, 江西, 山西, 宁夏, 甘肃, 湖北, 西安, 咸阳, 新乡,
#: 中宁 and 甘州 are there, with other documents)
PLACES = ("紫阳", "平利", "安康", "黄龙", "子长", "中阳", "靖安", "滁州", "明光", "来安", "凤阳", "运城")
#: the provinces the set was collected for, each named by words of its documents' labels
REGIONS = {"陕西": ("陕西", "紫阳", "平利", "西安", "咸阳", "黄龙", "安康", "子长"), "河南": ("河南", "新乡"), "湖南": ("湖南",),
           "江西": ("江西", "靖安"), "山西": ("山西", "中阳", "运城"), "宁夏": ("宁夏", "中宁"), "甘肃": ("甘州",), "湖北": ("湖北",),
           "安徽": ("滁州", "明光", "来安", "凤阳"), "内蒙古": ("内蒙古",)}
#: county-level places (counties, districts, county-level cities): the set favours them
COUNTIES = ("紫阳", "平利", "黄龙", "子长", "中宁", "甘州", "靖安", "中阳", "明光", "来安", "凤阳")
#: earlier sets' targets files an outcome of this set may cite (``targets_eighth.tsv te050``)
EARLIER = {"targets.tsv": HERE / "targets.tsv", "targets_eighth.tsv": HERE / "targets_eighth.tsv"}


def test_measure_prints_the_set():
    assert setcheck.load_measure().SETS["thirteenth"] == (TARGETS, OUTCOMES)


def test_the_targets_are_real_sourced_and_probed_either_side():
    setcheck.check_targets(TARGETS, "tr", documents=10)


def test_the_outcomes_are_real_sourced_and_judged_either_side():
    setcheck.check_outcomes(OUTCOMES, "or", documents=20)
    assert len(setcheck.lines(OUTCOMES)) >= 50


def test_the_table_rows_keep_their_cells():
    """明光's 2023 table: each outcome row is the table row copied whole (name, target cell, estimate, a cell a line), and its
    paired target is the row's own target cell."""
    rows = [row for row in setcheck.load_measure().load_outcomes(OUTCOMES) if "\n" in row.text]
    assert len(rows) == 6
    assert all(row.target == row.text.split("\n")[2].strip() for row in rows)


def test_every_outcome_is_set_against_a_target_of_this_set_or_a_cited_earlier_one():
    """A target of this set, or an earlier set's, cited by file and id in the note (the texts equal). The note says whose
    target it is: the same place's, the province's, the city's (a county's prefecture) or another place's, of the same year."""
    setcheck.check_cited_targets(TARGETS, OUTCOMES, EARLIER)


def test_the_regions_it_was_collected_for_are_here():
    """Each province the set was collected for holds at least one document of it, read from the documents' labels; most
    documents of the outcomes are of counties and districts or of 2025 (the reviews of 2026)."""
    setcheck.check_regions((TARGETS, OUTCOMES), REGIONS, COUNTIES, fewest=10)


def test_the_2025_reviews_are_set_against_2025_targets():
    """The kind the brief asked for: a 2026 report's (or 2025 release's) review of 2025, judged against a target of 2025; the
    verdicts on them are neither all met nor all missed."""
    measure = setcheck.load_measure()
    cells = {line[0]: line for line in setcheck.lines(OUTCOMES)}
    reviews = [row for row in measure.load_outcomes(OUTCOMES)
               if "2025回顾" in cells[row.id][3] or cells[row.id][3].startswith("2025年")]
    assert len(reviews) >= 15
    assert {"met", "missed", "pending"} <= {row.verdict for row in reviews}


def test_the_outcomes_carry_several_figures():
    """Half the outcome sentences hold three figures or more (growths, levels, margins, ranks)."""
    outcomes = setcheck.load_measure().load_outcomes(OUTCOMES)
    several = [row for row in outcomes if sum(ch == "%" for ch in row.text) + row.text.count("亿") + row.text.count("億") >= 3]
    assert len(several) >= 30


def test_every_document_is_listed_and_the_places_are_new():
    setcheck.check_sources((TARGETS, OUTCOMES), "## Thirteenth set", PLACES)
