"""A copy that lost the marks between a report's items (合肥 2021's review as stored: 一般公共预算收入增长10.7%规上工业增加值
增长19%左右固定资产投资增长3.5%左右社消零总额增长11%以上…, tests/corpus/outcomes_fourth.tsv): a figure ends its clause
where the words after it name another indicator (a head word, or three plain characters or more: 社消零总额), so each
figure is its own item's (judge/choose.py ``_names_between``); words going on about the figure (亿元比上年增长) or a
list's (、) do not part it. 社消零 / 社零 are 社会消费品零售 (zh.yaml choosing.synonyms)."""

from __future__ import annotations

import pytest

import compliance

NANCHANG = "主要经济指标中,全年GDP增长4.1%,一般公共预算收入同口径增长5.1%,城镇、农村居民人均可支配收入分别增长4.3%、5.7%"
LOST = ("地区生产总值突破1.1万亿元,增长9%左右,一般公共预算收入增长10.7%规上工业增加值增长19%左右固定资产投资增长3.5%左右"
        "社消零总额增长11%以上进出口总额增长30%以上城镇登记失业率2.81%,城乡居民人均可支配收入增长10%以上。")


@pytest.mark.parametrize(("target", "status", "value"), [
    ("一般公共预算收入增长8%", "met", "10.7"), ("一般公共预算收入增长12%", "missed", "10.7"),
    ("规模以上工业增加值增长10%", "met", "19"), ("规模以上工业增加值增长20%", "missed", "19"),
    ("固定资产投资增长3%", "met", "3.5"), ("固定资产投资增长5%", "missed", "3.5"),
    ("社会消费品零售总额增长10%", "met", "11"), ("社会消费品零售总额增长12%", "missed", "11"),
    ("进出口总额增长20%", "met", "30"), ("进出口总额增长35%", "missed", "30"),
])
def test_each_figure_is_its_own_items(target, status, value):
    v = compliance.evaluate(target, LOST)
    assert (v.status.value, str(v.value)) == (status, value)


@pytest.mark.parametrize(("target", "reported", "status", "value"), [
    ("地区生产总值增长5%", "地区生产总值5.3万亿元、增长5.5%", "met", "5.5"),  # 、: one item's level and rate
    ("社会消费品零售总额增长5%", "社会消费品零售总额7294亿元比上年增长5.8%", "met", "5.8"),  # goes on about the figure
    ("农村居民人均可支配收入增长5%", NANCHANG,
     "met", "5.7"),  # a 分别 list: each figure its item's
    ("农村居民人均可支配收入增长6%", NANCHANG,
     "missed", "5.7"),
    ("社会消费品零售总额增长10%", "社零总额增长11%", "met", "11"),
])
def test_what_goes_on_about_a_figure_is_not_cut(target, reported, status, value):
    v = compliance.evaluate(target, reported)
    assert (v.status.value, str(v.value)) == (status, value)
