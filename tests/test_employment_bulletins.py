"""Employment figures as the nation's reviews write them, against the 政府工作报告 targets of their year.

* 人社部 on 2020 (央视新闻 via http://cando.cditv.cn/show-104-1493505-1.html): 全年城镇新增就业1186万人,超额完成年度目标任务,
  城镇调查失业率逐季回落,12月份为5.2%,全年平均5.6%,低于预期调控目标. The 1186 before the month's clause is no part's
  figure (period_parts.whole_year_after: only figures from the part on, before 全年, are the part's), and 全年平均 goes
  on about the rate named before the month's clause (zh.yaml choosing.continues 全年平均; names.dated_only: a clause naming
  only a month leaves the subject as it was). Both were pending (1186 set aside as December's; the rate's clause has no
  figure).
* 国家统计局 on 2019 (新华社 via http://www.cnr.cn/jingji/gundong/20200129/t20200129_524952454.shtml).
* 1-7月 (中新网 via http://www.mhsmt.com/news/zhxw/2021/0816/198101.shtml, traditional characters): part of the year."""

from __future__ import annotations

import pytest

from compliance import evaluate

Y2020 = ("数据显示,2020年就业形势逐季好转、总体稳定、好于预期。全年城镇新增就业1186万人,超额完成年度目标任务,城镇调查失业率逐季回落,"
         "12月份为5.2%,全年平均5.6%,低于预期调控目标。")
Y2019 = "2019年,我国城镇新增就业1352万人,连续7年保持在1300万人以上,明显高于1100万人以上的预期目标。"
RATE_2019 = "2019年末,城镇登记失业率为3.62%,比上年末降低0.18个百分点,符合4.5%以内的预期目标。"
JULY = "統計局數據顯示,1-7月份,全國城鎮新增就業822萬人,完成全年目標的74.7%。7月份,全國城鎮調查失業率為5.1%,比6月份上升0.1個百分點。"


@pytest.mark.parametrize(("target", "reported", "status", "value"), [
    ("城镇调查失业率6%左右", Y2020, "met", "5.6"),  # the 2020 target
    ("城镇调查失业率5.5%以内", Y2020, "missed", "5.6"),
    ("城镇新增就业900万人以上", Y2020, "met", "1186"),  # the 2020 target
    ("城镇新增就业1100万人以上", Y2019, "met", "1352"),
    ("城镇新增就业1400万人以上", Y2019, "missed", "1352"),
    ("城镇登记失业率4.5%以内", RATE_2019, "met", "3.62"),
    ("城镇登记失业率3.5%以内", RATE_2019, "missed", "3.62"),
    ("城镇调查失业率5.5%左右", "城镇调查失业率平均值5.2%，12月份为5.1%", "met", "5.2"),  # the month after: as before
])
def test_the_years_figure_is_judged(target: str, reported: str, status: str, value: str) -> None:
    verdict = evaluate(target, reported, polarity="lower" if "失业率" in target else "higher")
    assert (verdict.status.value, str(verdict.value)) == (status, value)


def test_words_and_figure_disagreeing_stay_open() -> None:
    """超额完成年度目标任务 beside 1186万人 against a target of 1200万人: the reporter's word and the figure disagree."""
    assert evaluate("城镇新增就业1200万人以上", Y2020).status.value == "pending"


@pytest.mark.parametrize("target", ["城镇新增就业1100万人以上", "城镇调查失业率5.5%左右"])
def test_part_of_the_year_is_open(target: str) -> None:
    verdict = evaluate(target, JULY, polarity="lower" if "失业率" in target else "higher")
    assert (verdict.status.value, verdict.reason.value) == ("pending", "period_open")


#: R2's neighbour of 16be815: a headline figure before the month's, the same figure again after 全年平均 (met at the
#: start tree, pending ambiguous_value after 16be815 kept the figure before the month as the year's too)
CPI = "居民消费价格上涨2.5%，12月份上涨1.8%，全年平均上涨2.5%"


@pytest.mark.parametrize(("target", "status"), [("3%左右", "met"), ("2%左右", "missed"), ("控制在2.4%以内", "missed")])
def test_the_figure_after_the_whole_year_decides_where_two_are_left(target: str, status: str) -> None:
    verdict = evaluate(target, CPI, polarity="lower")
    assert (verdict.status.value, str(verdict.value)) == (status, "2.5")
