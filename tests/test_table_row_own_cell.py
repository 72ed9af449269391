"""A plan-execution table's row pasted whole whose only figure is its own target cell has no outcome yet: the target
restated beside 年度指标 (an annual indicator, no figure for the half year) is pending, not met by itself.

Row verbatim from 温州市2024年上半年国民经济和社会发展计划执行情况 (表, 市发改委), stored at
http://www.wzrd.gov.cn/art/2024/10/15/art_1382198_58927048.html (tests/corpus/outcomes_ninth.tsv on011)."""

import pytest

from compliance import evaluate

ROW = "常住人口城镇化率 | % | 74.5 | 年度指标"  # on011, verbatim


def test_the_rows_own_target_cell_beside_an_annual_indicator_is_no_outcome():
    verdict = evaluate("74.5", ROW)
    assert verdict.status.value == "pending"
    assert verdict.reason.value == "no_data"
    assert verdict.value is None


@pytest.mark.parametrize(("reported", "status", "value"), [
    ("常住人口城镇化率 | % | 74.5 | 74.6", "met", "74.6"),  # an outcome cell after the target cell: judged on it
    ("常住人口城镇化率 | % | 74.5 | 74.4", "missed", "74.4"),
    ("常住人口城镇化率 | % | 74.5 | 暂无数据", "pending", None),
    ("常住人口城镇化率 | % | 74.5", "met", "74.5"),  # the cell at the text's end is the outcome (prose of a PDF)
    ("常住人口城镇化率达到74.5%", "met", "74.5"),
    ("常住人口城镇化率达到74.4%", "missed", "74.4"),
])
def test_either_side_of_the_rows_own_cell(reported, status, value):
    verdict = evaluate("74.5", reported)
    assert verdict.status.value == status
    assert (str(verdict.value) if verdict.value is not None else None) == value


# A growth in a row pasted whole, its own target cell beside it: the half year is said only in the table's title
# (温州市2024年上半年国民经济和社会发展计划执行情况, 表 上半年实绩, http://www.wzrd.gov.cn/art/2024/10/15/
# art_1382198_58927048.html; outcomes_ninth on013, on014), so the row cannot claim the year's verdict (it was missed).
@pytest.mark.parametrize(("target", "row"), [
    ("增长7%", "固定资产投资 | 亿元 | 增长7% | — | 0.7"),  # on013, verbatim
    ("增长17%", "#制造业投资 | 亿元 | 增长17% | — | 9.9"),  # on014, verbatim
    ("增长7%", "固定资产投资 | 亿元 | 增长7% | — | 7.5"),  # over the target: no full-year met either
])
def test_a_growth_of_a_row_that_states_no_period_is_pending(target, row):
    verdict = evaluate(target, row)
    assert verdict.status.value == "pending"
    assert verdict.reason.value == "not_comparable" and verdict.missing == ("table_row_period",)
    assert verdict.value is None


@pytest.mark.parametrize(("reported", "status", "reason", "value"), [
    ("全年 固定资产投资 | 亿元 | 增长7% | — | 0.7", "missed", "measured", "0.7"),  # the row says the year
    ("全年 固定资产投资 | 亿元 | 增长7% | — | 7.5", "met", "measured", "7.5"),
    ("2024年 固定资产投资 | 亿元 | 增长7% | — | 7.5", "met", "measured", "7.5"),
    ("上半年 固定资产投资 | 亿元 | 增长7% | — | 7.5", "pending", "period_open", None),  # the row says the half
    ("固定资产投资增长7.5%", "met", "measured", "7.5"),  # prose, no cell of the target: judged as before
    ("固定资产投资增长0.7%", "missed", "measured", "0.7"),
])
def test_either_side_of_a_rows_period(reported, status, reason, value):
    verdict = evaluate("增长7%", reported)
    assert (verdict.status.value, verdict.reason.value) == (status, reason)
    assert (str(verdict.value) if verdict.value is not None else None) == value


def test_a_level_target_in_a_row_is_judged_as_before():
    """The period rule is a growth's (a change is of a period): a planned level then the level reached still judges."""
    assert evaluate("73.3", "常住人口城镇化率 | % | 73.3 | 73.3").status.value == "met"  # on003, 温州 2022
    assert evaluate("73.3", "常住人口城镇化率 | % | 73.3 | 72.8").status.value == "missed"


# A bare table cell (7以上, its column 增速(%) not copied) against the report's sentence with a level and a growth: the
# sentence's own gap to the target (比年初预期目标高1.3个百分点) names the growth, 8.3 - 1.3 = 7. Verbatim from
# 温州市2015年国民经济和社会发展计划执行情况 (表一 主要指标完成情况, 市发改委),
# https://wzfgw.wenzhou.gov.cn/art/2021/9/7/art_1229565908_3985937.html (outcomes_ninth on025).
SENTENCE = "全年实现地区生产总值4619.8亿元,增长8.3%,比年初预期目标高1.3个百分点"  # on025, verbatim


@pytest.mark.parametrize(("target", "reported", "status", "value"), [
    ("7以上", SENTENCE, "met", "8.3"),
    ("9以上", "全年实现地区生产总值4619.8亿元,增长8.3%,比年初预期目标低0.7个百分点", "missed", "8.3"),
    ("7以上", SENTENCE.replace("1.3", "1.2"), "pending", None),  # the gap does not fit the target: no choice
    ("7以上", SENTENCE.replace("比年初预期目标", "比全国"), "pending", None),  # a gap to another place, not the target
    ("7以上", "全年实现地区生产总值4619.8亿元,增长8.3%", "pending", None),  # no gap said: level or growth stays open
])
def test_the_sentences_own_gap_to_the_target_names_its_figure(target, reported, status, value):
    verdict = evaluate(target, reported, polarity="higher")
    assert verdict.status.value == status
    assert (str(verdict.value) if verdict.value is not None else None) == value


# R3: a prose sentence with a PDF's spaces around its figure (达到 74.5 %，…) is no table row: its clause goes on after a
# clause mark. It was pending no_data (own_cell_only) where the start tree judged it met; the row above stays pending.
@pytest.mark.parametrize(("reported", "status", "value"), [
    ("常住人口城镇化率达到 74.5 %，完成年度指标", "met", "74.5"),
    ("常住人口城镇化率为 74.5 % 。年度目标完成", "met", "74.5"),
    ("常住人口城镇化率达到 74.4 %，年度指标未完成", "missed", "74.4"),
    ("常住人口城镇化率 | % | 74.5 | 年度指标", "pending", None),
])
def test_a_sentence_with_spaces_is_no_row(reported, status, value):
    verdict = evaluate("74.5", reported)
    assert verdict.status.value == status
    assert (str(verdict.value) if verdict.value is not None else None) == value
