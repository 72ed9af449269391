"""Reported cells of plan-execution tables written before the year's figures are in, and plan cells that set no
target: an estimate of completion (全年可完成, 预计全年完成, 有望完成) attests the target as 可完成 does; words
before the completion verb that are no estimate (预计较难完成) leave the cell unread (pending), never attested."""

from __future__ import annotations

import pytest

import compliance

ESTIMATES = ["全年可完成", "预计全年完成", "预计可完成", "全年能够完成", "有望完成", "全年有望完成", "预计全年可以完成",
             "年内完成任务", "预计全年能够完成",
             # 国务院关于2018年以来计划执行情况的报告 (新华社 2018-08-28, news.china.com/zw/news/13000776/20180829/
             # 33728508.html): 经济增长、就业、物价、货物进出口等主要预期目标经过努力能够完成
             "经过努力能够完成"]


@pytest.mark.parametrize("cell", ESTIMATES)
def test_an_estimate_of_completion_attests_as_kewancheng_does(cell: str) -> None:
    assert compliance.parse_reported(cell).kind == "attested"
    for target in ("6以上", "完成年度任务", "净减1.2平方公里"):
        v, same = compliance.evaluate(target, cell), compliance.evaluate(target, "可完成")
        assert (v.status, v.reason, v.basis) == (same.status, same.reason, same.basis)
    v = compliance.evaluate("6以上", cell)
    assert (v.status.value, v.basis) == ("met", "attested")
    assert cell in v.explain("zh") and "attests completion without a figure" in v.explain("en")


def test_the_estimate_words_are_a_span_of_their_own() -> None:
    spans = [(s.role, s.text) for s in compliance.parse_reported("预计全年可完成").spans]
    assert spans == [("estimate", "预计全年"), ("attested", "可完成")]


# the same report: 完成消费…等指标仍需付出更大努力 (more effort is needed): no attestation
@pytest.mark.parametrize("cell", ["预计较难完成", "全年", "有望", "预计全年", "全年基本完成", "仍需付出更大努力", "经过努力"])
def test_other_words_before_completion_or_no_completion_are_not_read(cell: str) -> None:
    assert compliance.parse_reported(cell).kind == "unrecognized"
    v = compliance.evaluate("6以上", cell)
    assert (v.status.value, v.reason.value) == ("pending", "unrecognized")


@pytest.mark.parametrize("cell, status", [("全年完成1610亿元", "met"), ("全年完成1590亿元", "missed"),
                                          ("预计全年完成1610亿元", "met"), ("预计全年完成1590亿元", "missed")])
def test_an_estimate_with_a_figure_is_judged_on_the_figure(cell: str, status: str) -> None:
    v = compliance.evaluate("1600亿元以上", cell)
    assert (v.status.value, v.basis) == (status, "measured")
