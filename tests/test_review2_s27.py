"""Stop 27, D1 (review): two wrong verdicts the reviewer found, each fixed with verdicts either side.

Every target and outcome sentence is copied from the public page named beside it; a probe made up is said to be.
"""

from __future__ import annotations

import pytest

import compliance

# --- 1. a plan period's target judged on one year's figure (judge/years.py plan_period_target) ------------------------
# 柳州's decision on its 2020 targets (m.gxcounty.com/show-7-113402-0.html; tests/corpus/targets_tenth.tsv tx041): an
# average over 十三五's five years. The one-year probes are MADE UP (no year's outcome of 柳州's 产值 was found): the
# year's 8% was MISSED against the five years' 10% and 12% MET, as if one year were the period.
LIUZHOU = "“十三五”期间产值平均增速达10%"


@pytest.mark.parametrize("reported", ["2019年产值增长8%", "2019年产值增长12%"])
def test_a_plan_periods_target_is_not_judged_on_one_years_figure(reported: str) -> None:
    verdict = compliance.evaluate(LIUZHOU, reported)
    assert (verdict.status.value, verdict.reason.value) == ("pending", "not_comparable")
    assert verdict.missing == ("average_target",)


@pytest.mark.parametrize(("reported", "status"), [
    ("11", "met"), ("8", "missed"),  # a bare figure is the period's (the corpus row's probes)
    ("2020年,“十三五”期间产值平均增长11%", "met"),  # made up: a text naming the plan speaks of the period
    ("2020年,“十三五”期间产值平均增长8%", "missed"),
])
def test_a_plan_periods_target_is_judged_on_the_periods_figure(reported: str, status: str) -> None:
    assert compliance.evaluate(LIUZHOU, reported).status.value == status


# --- 2. a 分别 list of places: none of its figures is the whole's (judge/part_items.py) -------------------------------
# 珠海市2011年国民经济和社会发展统计公报 (xiaomonv0755.com/tjgb/19gd/24000.html), the page's pinyin glosses after some
# characters (區(qū)) left out: three districts' GDPs and growths. With its opening clause the sentence was read as
# candidates and the first district's 10.8% taken as the city's: MET against 增长10%, MISSED against 15%
ZHUHAI_DISTRICTS = ("分區域看,香洲、金灣和斗門三個行政區分別實現地區生產總值863.48億元、351.27億元和188.49億元,"
                    "分別增長10.8%、14.2%和9.0%。")
# the same page's prices: a 分别 list of parts (食品, 烟酒 …) after the whole's own figure, in a sentence before it
ZHUHAI_PRICES = ("全年居民消費價格總水平上漲5.0%。其中,食品、煙酒、衣著、家庭設備用品及維修服務、醫療保健和個人用品、"
                 "娛樂教育文化用品及服務、居住的價格分別上漲10.5%、2.0%、2.4%、2.3%、5.7%、2.5%和3.7%;交通和通信的價格下跌0.6%。")


@pytest.mark.parametrize("target", [
    "地区生产总值增长10%",  # the reviewer's targets: below and above the first district's 10.8
    "地区生产总值增长15%",
    "斗门区地区生产总值增长8%",  # made up: one district's target, never the first district's figure
])
def test_a_list_of_places_gives_no_item_figure_to_the_whole(target: str) -> None:
    verdict = compliance.evaluate(target, ZHUHAI_DISTRICTS)
    assert verdict.status.value == "pending"
    assert verdict.value is None


@pytest.mark.parametrize(("target", "status"), [
    ("居民消费价格涨幅控制在5%以内", "met"),  # the whole's own 5.0, its parts' list in the next sentence
    ("居民消费价格涨幅控制在4%以内", "missed"),
])
def test_the_wholes_own_figure_beside_a_list_of_parts_is_still_judged(target: str, status: str) -> None:
    verdict = compliance.evaluate(target, ZHUHAI_PRICES)
    assert (verdict.status.value, str(verdict.value)) == (status, "5.0")
