"""A table row copied whole holds its target's own cell, which is set aside (f5456a1); prose whose figure happens to
be the target's text, with spaces around it (a PDF's text), keeps that figure. The cell is a table row's only where the
row goes on after it with a figure as its next cell, or with no figure at all (| 暂无数据); at the text's end, or followed
by words and another clause's figure, it is the outcome. f5456a1 set it aside there too: 实现地区生产总值1000亿元 增长8%
went from met to pending, 全年 增长8% 规上工业增加值 增长5% from pending to MISSED on the industry's 5."""

import pytest

from compliance import evaluate


@pytest.mark.parametrize(("target", "reported", "status", "value"), [
    ("增长8%", "一般公共预算收入 | 亿元 | 增长8% | 573.9 | -2.6", "pending", None),  # level and growth: no unit tells
    ("73.3", "常住人口城镇化率 | % | 73.3 | 73.3", "met", "73.3"),
    ("6%以上", "6%以上 7.1", "met", "7.1"),
    ("6%以上", "6%以上 5.1", "missed", "5.1"),
    ("8000亿元", "8000亿元 7900亿元", "missed", "7900"),
    ("增长8%以上", "全员劳动生产率 | 万元/人年 | 增长8%以上 | 暂无数据", "pending", None),
])
def test_a_table_rows_own_target_cell_is_set_aside(target, reported, status, value):
    verdict = evaluate(target, reported)
    assert verdict.status.value == status
    assert (str(verdict.value) if verdict.value is not None else None) == value


@pytest.mark.parametrize(("reported", "indicator", "status", "value"), [
    ("实现地区生产总值1000亿元 增长8%", None, "met", "8"),
    ("地区生产总值1000亿元 增长8%", "地区生产总值", "met", "8"),
    ("全年地区生产总值 8000亿元 增长8%", None, "met", "8"),
    ("地区生产总值 增长8% 规上工业增加值 增长5%", "地区生产总值", "met", "8"),
    ("全年 增长8% 规上工业增加值 增长5%", None, "pending", None),  # two growths, neither named as the target's
    ("增长5% 增长8%", None, "pending", None),
])
def test_prose_keeps_its_figure_equal_to_the_target(reported, indicator, status, value):
    verdict = evaluate("增长8%", reported, indicator=indicator)
    assert verdict.status.value == status
    assert (str(verdict.value) if verdict.value is not None else None) == value


def test_the_outcome_either_side_of_the_target_in_prose():
    assert evaluate("增长8%", "实现地区生产总值1000亿元 增长7.5%").status.value == "missed"
    assert evaluate("增长8%", "实现地区生产总值1000亿元 增长8.5%").status.value == "met"
