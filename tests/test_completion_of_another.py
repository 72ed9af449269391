"""A share of a plan (完成年计划18亿元的100%) is the plan of the indicator its sentence names before it: where that
clause names another indicator than the target's (第一产业增加值18亿元 against 规上工业增加值增长8%, 城镇新增就业 against a
qualitative target), the share says nothing of the target: pending (indicator_figure), never met or missed on it
(judge/choose.py ``completion_of_other``). The same indicator's share is judged as before, either side of 100%."""

from __future__ import annotations

import pytest

import compliance

PRIMARY = "第一产业增加值18亿元,完成年计划18亿元的100%,增长3.5%"


@pytest.mark.parametrize(("target", "reported"), [
    ("规上工业增加值增长8%", PRIMARY),  # was met 100
    ("其中规上工业企业达到1000家左右", PRIMARY),  # was met 100
    ("3岁以下婴幼儿入托率提高6个百分点", "初步预计,荔城地区生产总值635亿元,完成年计划710亿元的89.4%,增长2.0%"),  # was missed
    ("城市黑臭水体基本消除", "城镇新增就业53.9万人,完成年度计划的77%"),  # a qualitative target: was missed
    ("化学需氧量、二氧化硫、氨氮、氮氧化物减排完成国家下达的目标任务", "第二产业增加值323亿元,完成年计划362亿元的89.2%"),
])
def test_another_indicators_plan_is_pending(target, reported):
    v = compliance.evaluate(target, reported)
    assert (v.status.value, v.missing) == ("pending", ("indicator_figure",))


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("第一产业增加值达到18亿元", PRIMARY, "met"),
    ("第一产业增加值达到18亿元", "第一产业增加值17亿元,完成年计划18亿元的94.4%", "missed"),
    ("城镇新增就业5万人", "全年城镇新增就业5.2万人，完成年度目标的104%", "met"),
    ("城镇新增就业5万人", "全年城镇新增就业4.8万人，完成年度目标的96%", "missed"),
    ("地区生产总值达到710亿元", "全年实现地区生产总值635亿元,完成年计划710亿元的89.4%", "missed"),
    ("城镇新增就业5万人", "完成年度目标的104%", "met"),  # no name before it: the target's plan
    ("城镇新增就业5万人", "完成年度目标的96%", "missed"),
])
def test_the_same_indicators_plan_is_judged(target, reported, status):
    assert compliance.evaluate(target, reported).status.value == status
