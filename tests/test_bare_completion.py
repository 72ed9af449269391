"""``完成95%`` without the plan named: the share of the year's task done (as ``完成目标的95%`` is) against a target
in another unit, or of no figure; against a target in % or of no unit it may also be the indicator's own figure,
so it is pending with both readings named, never judged on one of them. A shortfall or a share of the plan
reported against a qualitative target is judged as such: 未完成 no longer attests 完成年度任务 by its 完成."""

from __future__ import annotations

import pytest

import compliance


@pytest.mark.parametrize("cell, label", [("完成95%", None), ("全年完成95%", "全年"),
                                         ("固定资产投资完成95%", "固定资产投资"), ("完成95%（注）", None)])
def test_a_bare_completion_in_percent_is_read_as_a_share_of_the_plan(cell: str, label: str | None) -> None:
    r = compliance.parse_reported(cell)
    assert (r.kind, r.of_plan, str(r.ratio.value), r.label) == ("completion", False, "95", label)
    assert compliance.parse_reported("完成目标的95%").of_plan


@pytest.mark.parametrize("cell, kind", [("完成95", "value"), ("完成95%以上", "bound"), ("完成1610亿元", "value"),
                                        ("增长95%", "value"), ("达到95%", "value"), ("完成95%左右", "approx"),
                                        ("超额完成5%", "value")])  # 5% more than the plan, never 5% of it
def test_other_figures_after_completion_are_read_as_before(cell: str, kind: str) -> None:
    assert compliance.parse_reported(cell).kind == kind


@pytest.mark.parametrize("target, unit", [("6万人以上", None), ("1600亿元以上", None), ("6以上", "万人"),
                                          ("净减1.2平方公里", None)])
@pytest.mark.parametrize("cell, status", [("完成95%", "missed"), ("完成99.9%", "missed"), ("完成100%", "met"),
                                          ("完成101.2%", "met")])
def test_against_a_target_in_another_unit_it_is_the_share_of_the_plan(target: str, unit: str | None, cell: str,
                                                                     status: str) -> None:
    v = compliance.evaluate(target, cell, unit=unit)
    assert (v.status.value, v.reason.value, v.unit) == (status, "measured", "%")
    assert "share of the plan done" in v.explain("en")


@pytest.mark.parametrize("target, unit", [("95%以上", None), ("6以上", None), ("增长6%", None), ("90以上", "%")])
@pytest.mark.parametrize("cell", ["完成95%", "完成105%", "完成6.5%"])
def test_against_a_target_in_percent_or_of_no_unit_both_readings_are_named(target: str, unit: str | None,
                                                                         cell: str) -> None:
    v = compliance.evaluate(target, cell, unit=unit)
    assert (v.status.value, v.reason.value) == ("pending", "ambiguous_value")
    assert "share of the plan done" in v.explain("en") and "the indicator's own figure" in v.explain("en")
    assert "完成计划的比例还是指标本身的数值" in v.explain("zh")


def test_the_plan_named_is_judged_on_the_plan_whatever_the_target() -> None:
    assert compliance.evaluate("95%以上", "完成目标的95%").status.value == "missed"
    assert compliance.evaluate("95%以上", "完成目标的100%").status.value == "met"


@pytest.mark.parametrize("cell, status", [("完成95%", "missed"), ("完成目标的95%", "missed"), ("未完成", "missed"),
                                          ("完成目标的100%", "met"), ("完成100%", "met"), ("可完成", "met")])
@pytest.mark.parametrize("target", ["完成年度任务", "国际收支基本平衡"])
def test_a_qualitative_target_takes_a_share_or_a_shortfall_as_said(target: str, cell: str, status: str) -> None:
    assert compliance.evaluate(target, cell).status.value == status
