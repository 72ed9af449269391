"""Stop 28, A4: readings the last round left open, each found on real text, fixed with verdicts either side.

Every target and outcome sentence is copied from the public page named beside it; a probe or a threshold made up is
said to be.
"""

from __future__ import annotations

import pytest

import compliance

# --- 4. a plan period's average against an average over years (judge/years.plan_average) -------------------------------
# 柳州's decision on its 2020 targets (m.gxcounty.com/show-7-113402-0.html; targets_tenth.tsv tx041)
LIUZHOU = "“十三五”期间产值平均增速达10%"
# 柳州日报 on 十一五 (lzzx.liuzhou.gov.cn/xw/201010/t20101024_421260.html): four years averaged, of a plan's five
LIUZHOU_FOUR_YEARS = "2006年、2007年、2008年和2009年,全部工业总产值分别增长28.46%27.92%26.06%18.50%,四年年均增长24.15%"
# 北碚's 十三五 review (bbb.beibeinews.com/Qnews.asp?ID=136359; outcomes_eleventh.tsv oy039): the plan period's averages
BEIBEI = ("“十三五”规划目标任务总体完成,地区生产总值达到636.4亿元、年均增长7.4%,人均地区生产总值达到7.5万元,固定资产投资总额"
          "累计达到2381亿元、年均增长12.1%,社会消费品零售总额年均增长6.5%,一般公共预算收入(含两江金库水复片区)年均增长4.1%,规模以上"
          "工业增加值年均增长7.5%。")


def test_part_of_the_plan_periods_years_averaged_is_pending_as_part_of_the_period() -> None:
    verdict = compliance.evaluate(LIUZHOU, LIUZHOU_FOUR_YEARS)
    assert (verdict.status.value, verdict.reason.value) == ("pending", "period_open")
    assert "annual_average" not in verdict.missing  # was: the target read as one year's, the report as an average


@pytest.mark.parametrize(("target", "status"), [
    ("“十三五”期间地区生产总值平均增速达7%", "met"),  # made up, 柳州's words with 北碚's indicator: 7.4 over 7
    ("“十三五”期间地区生产总值平均增速达8%", "missed"),  # both were pending not_comparable annual_average, the reason
])  # saying the target was one year's
def test_the_plan_periods_average_is_judged_on_the_periods_average(target: str, status: str) -> None:
    verdict = compliance.evaluate(target, BEIBEI)
    assert (verdict.status.value, str(verdict.value)) == (status, "7.4")


@pytest.mark.parametrize(("reported", "status"), [
    ("2019年产值增长12%", "pending"),  # made up: one year's figure, as before (average_target)
    ("11", "met"), ("8", "missed"),  # a bare figure is the period's (the corpus row's probes)
])
def test_one_year_and_a_bare_figure_as_before(reported: str, status: str) -> None:
    assert compliance.evaluate(LIUZHOU, reported).status.value == status


def test_a_plan_periods_total_takes_no_yearly_average() -> None:
    """Made up: a plan period's total fall (累计) is no average; a yearly fall against it is another period's figure."""
    verdict = compliance.evaluate("“十四五”期间单位GDP能耗累计下降13.5%", "单位GDP能耗年均下降3%", polarity="lower")
    assert verdict.status.value == "pending"
