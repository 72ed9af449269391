"""One year's figure against a target of a yearly average over several years (stop 21, A3's ninth set on043):
2016年,全市生产总值达到3157.7亿元、增长11.7%,在全省增比进位综合测评中继续保持第一 (贵阳, the first year of 十三五) against
全市生产总值年均增长11%左右 was MET on 11.7: one year of five says nothing yet of the five-year average. A text that names
one year of its own and no average (zh.yaml change_bases.annual) is now pending not_comparable average_target, the
converse of a five-year average against one year's target (annual_average)."""

from __future__ import annotations

import pytest

import compliance

GUIYANG = "2016年,全市生产总值达到3157.7亿元、增长11.7%,在全省增比进位综合测评中继续保持第一"


@pytest.mark.parametrize("target, reported", [
    ("全市生产总值年均增长11%左右", GUIYANG), ("年均增长11%左右", GUIYANG), ("年均增长12%左右", GUIYANG),
    ("年均增长11%左右", "2016年全市生产总值增长11.7%"),
])
def test_one_named_year_is_no_average(target, reported):
    v = compliance.evaluate(target, reported)
    assert (v.status.value, v.reason.value, v.missing) == ("pending", "not_comparable", ("average_target",))


@pytest.mark.parametrize("target, reported, status", [
    ("增长11%左右", GUIYANG, "met"), ("增长12.5%左右", GUIYANG, "missed"),  # one year's target: judged
    ("年均增长11%左右", "十三五期间年均增长11.7%", "met"), ("年均增长12.5%左右", "十三五期间年均增长11.7%", "missed"),
    ("年均增长11%左右", "2016-2020年年均增长11.7%", "met"),  # the average said, with its years
    ("年均增长11%左右", "11.7", "met"),  # a bare figure: the cell's period decides (a rules file)
    ("年均增长6%", "比2020年增长6.5%", "met"),  # a base year is no year of its own
])
def test_an_average_or_a_bare_figure_is_judged_as_before(target, reported, status):
    assert compliance.evaluate(target, reported).status.value == status
