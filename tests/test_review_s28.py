"""Stop 28, R1 (review of the stop's commits): wrong verdicts the reviewer found while probing them, each fixed with
verdicts either side.

Every outcome sentence is copied from the public page named beside it; a probe made up is said to be.
"""

from __future__ import annotations

import pytest

import compliance

LOWER = "lower"  # a price rise's target is a ceiling (控制在3%左右)

# --- 1. 按年 (year on year, as Hong Kong's and Macao's releases write 同比) opens no clause of another indicator ---------
# Probing 6652fef (an index figure against a price target): Macao's releases give the index, then its rise 按年. The
# clause 按年上升0.91% was read as naming an indicator 按年, so the index 102.84 was taken as a rise of 102.84%: a WRONG
# MISSED against 居民消費價格漲幅3%左右 at 24c232d and after 6652fef. zh.yaml outcome.continues gains 按年, as 同比.
MACAO_OCTOBER = "今年10月澳門綜合消費物價指數為102.84,按年上升0.91%。"  # 香港中通社 2021-11-22, 203.198.47.105/docDetail.jsp?channel=2813&id=100016776
HONG_KONG_2022 = "2022年全年計,綜合消費物價指數按年升1.9%,剔除所有政府一次性紓困措施影響,相應升幅為1.7%。"  # 香港中通社 2023-01-20 via rightbeek.com/dailynews/219842.html


@pytest.mark.parametrize(("reported", "target", "status"), [
    # made up, patterned on MACAO_OCTOBER with the year's figures of 2022 (gov.mo/zh-hans/news/646092 gives 103.77 and
    # 1.13% for August): the rise, not the index, is the target's figure
    ("2022年澳門綜合消費物價指數為103.77,按年上升1.13%。", "居民消費價格漲幅1.5%以內", "met"),
    ("2022年澳門綜合消費物價指數為103.77,按年上升1.63%。", "居民消費價格漲幅1.5%以內", "missed"),
    ("2022年澳門綜合消費物價指數為103.77,按年上升1.13%。", "居民消費價格漲幅3%左右", "met"),
    (HONG_KONG_2022, "居民消費價格漲幅3%左右", "met"),  # real: no index before it, read so at 24c232d too
    (HONG_KONG_2022, "居民消費價格漲幅1.5%以內", "missed"),
])
def test_a_rise_said_year_on_year_is_the_price_targets_figure(reported: str, target: str, status: str) -> None:
    verdict = compliance.evaluate(target, reported, polarity=LOWER)
    assert verdict.status.value == status
    assert verdict.value is not None and verdict.value < 100  # the rise, never the index level


# --- 2. a month after 今年 / 去年 is that month alone (judge/period_parts.py, zh.yaml period_parts.year_words) ---------------
# A month was read alone after a year in digits (2025年12月CPI) or before a few words (10月份, 10月全市), not after 今年
# with a place's name next: 今年10月北京市居民消费价格同比上涨2.1% (made up) was MET 涨幅3%左右 as the year's, and
# MACAO_OCTOBER (after fix 1) too. A month's figure says nothing yet of the year: pending period_open, as 10月全市… is.
@pytest.mark.parametrize("reported", [
    MACAO_OCTOBER,
    "今年10月北京市居民消费价格同比上涨2.1%。",  # made up, as 10月全市居民消费价格同比上涨2.1% (pending) with 今年 and a place
    "今年10月北京市居民消费价格同比上涨3.9%。",  # made up: above the ceiling, still only October's
])
def test_a_month_of_this_year_is_part_of_the_year(reported: str) -> None:
    verdict = compliance.evaluate("居民消費價格漲幅3%左右", reported, polarity=LOWER)
    assert (verdict.status.value, verdict.reason.value) == ("pending", "period_open")


@pytest.mark.parametrize(("reported", "status"), [
    ("今年12月末,全市城镇登记失业率为3.1%。", "met"),  # made up: the year's end is the year's (month_end), as before
    ("今年12月末,全市城镇登记失业率为4.1%。", "missed"),
])
def test_the_years_end_after_this_year_is_still_the_years(reported: str, status: str) -> None:
    assert compliance.evaluate("城镇登记失业率控制在4%以内", reported, polarity=LOWER).status.value == status


# --- 3. years averaged named in a clause of their own (judge/period_parts._years_averaged) ---------------------------
# Probing 893d613 ("part of the period's years averaged pending period_open"): the count of years was read only where the
# average word was in the years' own clause (2021-2023年地区生产总值年均增长6.2%: pending). With a comma after the years
# (2021-2023年,地区生产总值年均增长6.2%) or after 三年来 the figure was taken as the plan period's average: MET or
# MISSED a five-year target on three or four years, and MISSED 十三五's target on 十四五's years. Made up, patterned on
# 柳州's four years (tests/test_leftovers_s28.py LIUZHOU_FOUR_YEARS, lzzx.liuzhou.gov.cn/xw/201010/t20101024_421260.html)
# and 北碚's review (bbb.beibeinews.com/Qnews.asp?ID=136359): no such real sentence was found in the time.
@pytest.mark.parametrize("target", ["“十三五”期间地区生产总值平均增速达7%", "地区生产总值年均增长6%左右"])
@pytest.mark.parametrize("reported", [
    "2016-2019年,全区地区生产总值年均增长7.4%",
    "2016-2019年,全区地区生产总值年均增长5.4%",
    "四年来,地区生产总值年均增长7.4%",
    "三年来,地区生产总值年均增长5.2%",
])
def test_an_average_over_part_of_the_plans_years_is_pending(target: str, reported: str) -> None:
    verdict = compliance.evaluate(target, reported)
    assert (verdict.status.value, verdict.reason.value) == ("pending", "period_open")


@pytest.mark.parametrize(("reported", "status"), [
    ("五年来,地区生产总值年均增长7.4%", "met"),  # the plan's five years, as before
    ("五年来,地区生产总值年均增长6.4%", "missed"),
    ("2016-2020年,全区地区生产总值年均增长7.4%", "met"),
    ("2016-2020年,全区地区生产总值年均增长6.4%", "missed"),
])
def test_an_average_over_the_plans_years_is_judged(reported: str, status: str) -> None:
    assert compliance.evaluate("“十三五”期间地区生产总值平均增速达7%", reported).status.value == status
