"""An indicator measuring its decline, and a decline's narrowing, as 天津's 2019 pair (tests/documents/pairs/tianjin-2019)
showed them, each reading held either side with real text:

* ``一般公共预算收入降幅继续收窄`` against ``一般公共预算收入增长14.4%`` (天津's 2019 plan-execution report): a year with no decline
  narrows any decline before it, so it is met without the previous year's figure; a decline this year, a level or a change in
  points still want the previous figure (pending). ``继续收窄`` of an indicator measuring its decline (``一般公共预算收入降幅``,
  measure=decline) is that decline's narrowing (judge/previous.py), not a gap's nearing zero;
* a rise reported for an indicator measuring its decline (measure=decline: ``降幅``, ``降低率``) is a negative decline
  (judge/figure.py). It was read as a decline of its size: ``比上年上升5.23%`` (海南's energy use per unit of GDP in 2011) MET a
  decline of 3.5% or more, and ``增长14.4%`` after a fall of 2% MISSED ``继续收窄`` (both wrong at the start tree 24c232d).
"""

from __future__ import annotations

import pytest

import compliance

# 国家统计局 on 2011's energy use per unit of GDP by province (https://lemofix.com/2012-08/17/content_395277.htm, pinyin
# brackets removed): 海南's rose 5.23%, 北京's fell 6.94%
HAINAN_ROSE = "比上年上升5.23%"
BEIJING_FELL = "比上年下降6.94%"


# ---- 一般公共预算收入降幅继续收窄 against a year of growth (天津 2019: huaxiayishu.com/news/zxzx/2020-02-21/66712.html)


@pytest.mark.parametrize(("target", "measure"), [("降幅继续收窄", None), ("继续收窄", "decline")])
@pytest.mark.parametrize(("reported", "previous", "status"), [
    ("一般公共预算收入增长14.4%", None, "met"),  # 天津 2019: no decline, narrower than any
    ("一般公共预算收入增长14.4%", "下降2%", "met"),
    ("下降3%", None, "pending"),  # a decline: against the previous one, which is not given
    ("下降3%", "下降5%", "met"),
    ("下降6%", "下降5%", "missed"),
    ("3939亿元", None, "pending"),  # a level is no rate (安徽 2023's revenue): the previous one is wanted
    ("降幅收窄1.2个百分点", None, "pending"),  # the rate's change in points, not the rate
])
def test_a_year_without_a_decline_narrows_any(target, measure, reported, previous, status):
    verdict = compliance.evaluate(target, reported, previous=previous, measure=measure)
    assert verdict.status.value == status, verdict.explain("en")


# ---- a rise reported for an indicator measuring its decline (降低率, measure=decline) is a negative decline


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("3.5以上", HAINAN_ROSE, "missed"),  # energy use per unit of GDP rose 5.23%: MET as a decline of 5.23 before
    ("3.5以上", BEIJING_FELL, "met"),  # fell 6.94%
    ("7以上", BEIJING_FELL, "missed"),
    ("3.5以上", "上升5.23%左右", "missed"),  # the same, approximate: its label's rise word turns it too
])
def test_a_rise_of_an_indicator_measuring_its_decline_is_a_negative_decline(target, reported, status):
    verdict = compliance.evaluate(target, reported, measure="decline")  # 3.5以上: a probe (a decline of 3.5% or more)
    assert verdict.status.value == status, verdict.explain("en")
