"""A word of the outcome beside a figure counts as the figure's own only where it names no other indicator
(judge/said.py, stop 20 review): 地区生产总值增长6.5%，固定资产投资未完成年度目标 says the investment fell short, not GDP,
so GDP's figure decides (met); the same word naming no indicator, or GDP itself, still makes a figure that reaches the
target pending (the word and the figure disagree)."""

import pytest

import compliance


@pytest.mark.parametrize("reported, status", [
    # another indicator's word beside GDP's figure: the figure decides
    ("地区生产总值增长6.5%，固定资产投资未完成年度目标", "met"),
    ("固定资产投资未完成年度目标，地区生产总值增长6.5%", "met"),
    ("地区生产总值增长6.5%，但工业增加值未完成", "met"),
    ("全年地区生产总值增长6.5%。一般公共预算收入未完成年度目标。", "met"),
    ("地区生产总值增长5.5%，固定资产投资完成年度目标", "missed"),
    # the figure's own word (no name, or GDP's): they disagree, pending
    ("地区生产总值增长6.5%，未完成年度目标", "pending"),
    ("地区生产总值未完成年度目标，增长6.5%", "pending"),
    ("地区生产总值增长5.5%，完成年度目标", "pending"),
    # a cause naming another indicator is no subject: the word may be GDP's
    ("地区生产总值增长6.5%，受房地产投资下降影响未完成年度目标", "pending"),
    # 部分指标 (some indicators) names none of this one: the figure decides, either side
    ("地区生产总值增长6.5%，部分指标未完成年度目标", "met"),
    ("地区生产总值增长6.5%，部分指标未完成", "met"),
    ("地区生产总值增长6.5%，个别指标未完成", "met"),
    ("地区生产总值增长5.5%，部分指标未完成", "missed"),
    ("地区生产总值增长6.5%，未完成", "pending"),
    ("地区生产总值增长6.5%，地区生产总值等部分指标未完成", "pending"),
    # and agree: the figure decides
    ("地区生产总值增长5.5%，未完成年度目标", "missed"),
])
def test_a_word_of_another_indicator_is_not_the_figures(reported: str, status: str) -> None:
    assert compliance.evaluate("地区生产总值增长6%", reported).status.value == status


@pytest.mark.parametrize("reported, status", [
    ("地区生产总值增长6.5%，固定资产投资未完成年度目标", "met"),
    ("地区生产总值增长6.5%，未完成年度目标", "pending"),
])
def test_the_rules_files_name_stands_for_a_bare_target(reported: str, status: str) -> None:
    assert compliance.evaluate("增长6%", reported, indicator="地区生产总值").status.value == status
