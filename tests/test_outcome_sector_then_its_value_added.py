"""A sector named in a clause of its own, then its value added with the verb first (stop 21, A2's search of 执行情况
sentences): 服务业较快增长,实现增加值964.92亿元,同比增长8.4% (丽水市2021年计划执行情况, a mirror copy:
https://dlhsmc.com/fgw/art/2022/5/11/art_1229228852_58720921) against 服务业增加值增长9% was pending ambiguous_value
(2.2, 15): 实现增加值 was no bare 增加值 (names.elided_subject), and 服务业较快增长, holding no head word, named nothing the
next clause could go on from. The verb (zh.yaml choosing.predicates) is left out, and a clause opening with a sector
before a growth direction (zh.yaml directions.up.growth) names it: 8.4 is 服务业增加值's."""

from __future__ import annotations

import pytest

import compliance

LISHUI = ("供给侧支撑有力。农业生产总体平稳,农林牧渔业增加值109.12亿元,同比增长2.2%。生态工业持续发力,工业实现增加值510.65"
          "亿元,同比增长12.6%,其中规上工业增加值364.20亿元,增长15.0%,排名全省第4。服务业较快增长,实现增加值964.92亿元,同比"
          "增长8.4%,排名全省第4。")


@pytest.mark.parametrize("target, status, value", [
    ("服务业增加值增长9%", "missed", "8.4"), ("服务业增加值增长8%", "met", "8.4"),
    ("服务业增加值达到1000亿元", "missed", "964.92"), ("服务业增加值达到900亿元", "met", "964.92"),
    # the other sectors keep their own figures
    ("规模以上工业增加值增长16%", "missed", "15.0"), ("规模以上工业增加值增长10%", "met", "15.0"),
    ("农林牧渔业增加值增长2%", "met", "2.2"),
])
def test_the_sector_named_before_goes_with_its_value_added(target, status, value):
    v = compliance.evaluate(target, LISHUI)
    assert (v.status.value, str(v.value)) == (status, value)


def test_a_sector_named_alone_is_still_no_figure_of_another():
    # 服务业较快增长 says nothing of GDP: its figures are the sector's
    v = compliance.evaluate("地区生产总值增长8%", "服务业较快增长,实现增加值964.92亿元,同比增长8.4%。")
    assert v.status.value == "pending"
