"""A part of the economy is no economy's figure (R2's probes this stop, neighbours of the twelfth set's ow057/ow059):
数字经济, 民营经济 and 海洋经济 (or 海洋生产总值) growing is not the GDP growing (zh.yaml choosing.narrowing: 数字, 民营经济,
海洋). Before, each met a GDP target at its own figure. A target naming the part is judged on it, either side."""

from __future__ import annotations

import pytest

from compliance import evaluate


@pytest.mark.parametrize("reported", ["数字经济增长12%", "民营经济增长8%", "海洋经济增长8%", "全市海洋生产总值增长8%",
                                      "民营经济增加值增长9.5%"])
@pytest.mark.parametrize("target", ["地区生产总值增长6%", "生产总值增长6%", "地区生产总值增长9%"])
def test_a_part_of_the_economy_is_set_aside(target, reported):
    verdict = evaluate(target, reported)
    assert (verdict.status.value, verdict.reason.value) == ("pending", "no_data")


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("数字经济增加值增长10%", "数字经济增加值增长12%", "met"),
    ("数字经济增加值增长10%", "数字经济增加值增长9%", "missed"),
    ("民营经济增加值增长8%", "全市民营经济增加值增长9%", "met"),
    ("民营经济增加值增长8%", "全市民营经济增加值增长7%", "missed"),
    ("海洋生产总值增长8%", "全市海洋生产总值增长8.5%", "met"),
    ("海洋生产总值增长8%", "全市海洋生产总值增长7.5%", "missed"),
    ("地区生产总值增长6%", "全市经济增长6.5%", "met"),  # the economy as a whole
    ("地区生产总值增长6%", "全市经济增长5.5%", "missed"),
    ("民间投资增长8%", "民营投资增长9%", "met"),  # 民营投资 is 民间投资 (synonyms), no 民营经济
    ("民间投资增长8%", "民营投资增长7%", "missed"),
    ("地区生产总值增长6%", "全市地区生产总值增长6.5%，其中数字经济核心产业增加值增长12%", "met"),
    ("地区生产总值增长7%", "数字经济核心产业增加值增长12%，地区生产总值增长6.5%", "missed"),
])
def test_the_part_or_the_whole_named_is_judged(target, reported, status):
    assert evaluate(target, reported).status.value == status
