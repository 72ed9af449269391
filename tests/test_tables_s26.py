"""Stop 26 (A2): what six more plan tables of other places (tests/tables/chengdu-2018, chongqing-2018, chongqing-2020,
guangdong-2024, xian-2023, xinxiang-2022) showed at first sight, fixed in general. Every string is a cell of those
tables, copied from the source named beside it; each test checks the verdict on either side of the line it draws."""

from __future__ import annotations

import pytest

import compliance

# 成都市2018年政府工作报告's targets (每日经济新闻, http://m.ship-bio.com/articles/2018-03-20/1200732.html), traditional
# characters as the stored copy writes them; its figure 同口徑增長9.4% from the 2019 report (成都日报,
# http://www.bmhto.com/chengdu/home/2019-01/28/content_d66759ba7d0a47bbaa7a4f08f6acbe5e.shtml), GDP 增長8%.
SYNC_SPEED = "增速與經濟增速同步"


@pytest.mark.parametrize(("reported", "status"), [("同口徑增長9.4%", "met"), ("增長8%", "met"), ("7.99", "missed")])
def test_in_step_with_the_economy_s_speed_names_the_gdp_growth(reported: str, status: str) -> None:
    """增速与经济增速同步: 经济增速 names the economy's growth as 经济增长 does (zh.yaml sync.indicators); it was left an
    unknown reference, pending beside the GDP growth of the same table. In step: at least the GDP growth (8)."""
    found = compliance.evaluate(SYNC_SPEED, reported, references={"economic_growth": "8"})
    assert (found.status.value, found.reason.value) == (status, "measured")
    assert compliance.evaluate(SYNC_SPEED, reported).status.value == "pending"  # no GDP growth given: unknown still


# 重庆市2020年政府工作报告's target 进出口稳中提质 (澎湃新闻, https://mip.lcpkj.cn/article/852.html); the figures from 关于
# 重庆市2020年国民经济和社会发展计划执行情况及2021年计划草案的报告 (重庆日报 2021-03-02,
# https://epaper.cqrb.cn/html/cqrb/2021-03/02/010/content_rb_279885.htm).
TRADE = "进出口总值增长12.5%，高于预期目标7.5个百分点"
REVENUE = "一般公共预算收入下降1.9%，好于预期目标3.6个百分点"
RETAIL = "社会消费品零售总额增长1.3%"


def test_a_figure_said_to_beat_the_target_attests_a_target_without_a_figure() -> None:
    """A figure's sentence saying the figure beat the target (高于预期目标) attests a qualitative target of an indicator
    to raise: met, the words quoted in a note (zh.yaml qualitative.beats); it was pending. A sentence that says no such
    thing (社会消费品零售总额增长1.3%) stays pending."""
    found = compliance.evaluate("稳中提质", TRADE, polarity="higher")
    assert (found.status.value, found.reason.value) == ("met", "attested")
    assert "高于预期目标" in found.explain("zh") and "beat the target" in found.explain("en")
    assert compliance.evaluate("稳中提质", RETAIL, polarity="higher").status.value == "pending"


def test_the_word_must_suit_the_indicator_s_direction() -> None:
    """高于 beats a target only for an indicator to raise: for one to keep down it says the opposite (pending), and where
    no polarity is stated only a word good either way (好于) is read; for one to keep down only 好于/优于 are (低于 of a
    fall would say the fall fell short)."""
    assert compliance.evaluate("稳中提质", TRADE, polarity="lower").status.value == "pending"
    assert compliance.evaluate("稳中提质", TRADE).status.value == "pending"
    assert compliance.evaluate("稳中提质", REVENUE).status.value == "met"
    assert compliance.evaluate("稳中提质", REVENUE, polarity="lower").status.value == "met"


@pytest.mark.parametrize(("target", "status"), [("增长12.5%", "met"), ("增长12.51%", "missed")])
def test_a_target_with_a_figure_is_judged_on_the_figure(target: str, status: str) -> None:
    """The words never judge a target with a figure: 增长12.5% against a target a hundredth above it is missed, whatever
    the sentence says of another target."""
    assert compliance.evaluate(target, TRADE, polarity="higher").status.value == status
