"""A percentage by which the plan was exceeded is no share of it done (stop 21, A2's search of 执行情况 sentences):
实际利用外资8429万美元,超任务数的40.5% (丽水市2021年国民经济和社会发展计划执行情况, a mirror copy:
https://dlhsmc.com/fgw/art/2022/5/11/art_1229228852_58720921; the task was 6000万美元, 8429 is 140.5% of it) was
MISSED against 实际利用外资6000万美元, read as 40.5% of the task done. An excess word (zh.yaml outcome.excess: 超, 超过,
超出, 超额完成) right before the plan makes it the share over the plan: 140.5% done, met."""

from __future__ import annotations

import pytest

import compliance

LISHUI = "实际利用外资8429万美元,超任务数的40.5%"


@pytest.mark.parametrize("reported, ratio, status", [
    (LISHUI, "140.5", "met"),
    ("超过年度计划的5%", "105", "met"),
    ("超额完成年度任务的40.5%", "140.5", "met"),
    # the share done, as before, either side of 100%
    ("完成年度计划的95%", "95", "missed"), ("完成任务数的140.5%", "140.5", "met"),
    ("完成年计划500亿元的91.2%", "91.2", "missed"),
    # a share of 100% or more after an excess word is the share done: 105% of the plan, never 205%
    ("超额完成年度计划的105%", "105", "met"), ("超过年度目标的100%", "100", "met"),
])
def test_the_share_over_the_plan_is_added_to_it(reported, ratio, status):
    found = compliance.parse_reported(reported)
    assert str(found.ratio.value) == ratio
    assert compliance.evaluate("实际利用外资6000万美元", reported).status.value == status


def test_a_change_target_still_reads_the_change_beside_it():
    assert compliance.evaluate("实际利用外资增长10%", "实际利用外资8429万美元,增长8%,超任务数的40.5%").status.value == "missed"
