"""The tenth collection (``targets_tenth.tsv``, ``outcomes_tenth.tsv``): places of the north-west, the north-east and the
autonomous regions none in an earlier set (山南, 银川's district 兴庆, 柳州, 陆川 and 福绵 of 玉林, 白银; in the outcomes 海东,
海西, 德令哈, 银川, 鄂尔多斯, 横州, 乌兰察布, 通榆, 汉滨, 齐齐哈尔, 大庆, 牡丹江, 嘉峪关; in a second batch 武威, 金昌 and
two counties of 武威, 天祝 and 古浪; then 伊州区, 伊犁州, 哈密, 五大连池 and 正蓝旗) and new documents of places an earlier set
has (兰州's 十五五 targets, 新疆's 2026 grain and cotton, 内蒙古's 2026 plan, 西藏's 2025 statistics, 巴彦淖尔's 十四五 review,
甘肃's 2022 plan-execution report, 2023 review and 十四五 press conference),
2016-2026, each row copied verbatim with its source address. Targets are clauses of a report's or a news item's target
paragraph, probed by hand either side of the threshold; outcome sentences (reviews, estimates, statistics releases, news)
are set against this set's targets: the same place's of another year where the search found one, else another place's
phrasing of the same indicator (``note`` says whose).

What the rows try: the indicator kinds earlier sets had few of (grain and farm output levels, tourism visits and receipts,
约 before a level, 4A级 inside a name, heritage villages, a share of culture in GDP, forests and afforestation, foreign
trade and tourism's foreign exchange, cotton, prices and unemployment as ceilings), quarter targets, a purpose clause
holding the year's target, a floor and a stretch (增长6%、力争达到6.5%), a space before 万美元; in the outcomes, separators
lost (分别增长4.4%5.9%5.8%, 增长6%社会消费品零售总额), 与上年持平 and declines, 控制在3%以内 reported for a figure, part years
(前三季度, 上半年, traditional characters), five-year averages against a five-year and a one-year target, a level target
against growths only, 分别达到 levels before 分别增长 growths, another indicator's figures beside the target's (规上工业总产值,
一般公共预算支出, 规上工业企业营业收入). Every failure is a documented leftover (tests/corpus/test_corpus_leftovers.py).
"""

from __future__ import annotations

from pathlib import Path

import setcheck

HERE = Path(__file__).parent
TARGETS = HERE / "targets_tenth.tsv"
OUTCOMES = HERE / "outcomes_tenth.tsv"
#: places of this set that no earlier section of SOURCES.md names (兰州, 新疆, 内蒙古, 西藏 and 巴彦淖尔 are there, with other
#: documents)
PLACES = ("山南", "兴庆", "柳州", "陆川", "福绵", "白银", "海东", "海西", "德令哈", "银川", "鄂尔多斯", "横州", "乌兰察布", "通榆",
          "汉滨", "齐齐哈尔", "大庆", "牡丹江", "嘉峪关", "武威", "金昌", "天祝", "古浪", "伊州",
          "伊犁", "哈密", "五大连池", "正蓝旗")


def test_measure_prints_the_set():
    assert setcheck.load_measure().SETS["tenth"] == (TARGETS, OUTCOMES)


def test_the_targets_are_real_sourced_and_probed_either_side():
    setcheck.check_targets(TARGETS, "tx", documents=10)


def test_the_outcomes_are_real_sourced_and_judged_either_side():
    setcheck.check_outcomes(OUTCOMES, "ox", documents=15, targets=TARGETS)


def test_every_document_is_listed_and_the_places_are_new():
    setcheck.check_sources((TARGETS, OUTCOMES), "## Tenth set", PLACES)


def test_the_kinds_earlier_sets_had_few_of_are_here():
    """Each kind the set was collected for holds at least two targets, read from the rows' own words."""
    texts = [row.text for row in setcheck.load_measure().load_targets(TARGETS)]
    kinds = {"grain and farming": ("粮食", "播种面积", "产量"), "tourism": ("旅游", "游客", "景区"),
             "culture and schooling": ("文化", "传统村落", "学位", "义务教育"), "ecology": ("森林", "营造林", "碳排放", "降碳"),
             "foreign trade": ("进出口", "创汇"), "prices and jobs": ("价格", "失业率", "就业")}
    for kind, words in kinds.items():
        assert sum(any(word in text for word in words) for text in texts) >= 2, kind


def test_an_outcome_paired_with_another_place_says_whose_target_it_is():
    """A person judging a sentence against another place's phrasing must see that it is one: the note names it."""
    rows = setcheck.load_measure().load_outcomes(OUTCOMES)
    borrowed = [row for row in rows if "another place" in row.note]
    assert borrowed and all("(" in row.note.split("another place", 1)[1] for row in borrowed)
    assert len(rows) - len(borrowed) >= 2  # and some are the same place's target of another year
