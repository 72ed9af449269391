"""A text stating a change and then a share of the plan (固定资产投资增长9%，完成年度计划的95%) is judged, against a
target stating a change (增长10%), on the change: the share is of the plan's amount, not of the target's growth. It
was judged on the 95% (missed; 增长11%，完成年度计划的95% missed too, 增长9%，…105% met): R1's open finding. Without
a change before the share, or against a level target, the share is judged as before; a part of the year stays
pending, another indicator's clause too."""

from __future__ import annotations

import pytest

import compliance

TARGET = "固定资产投资增长10%"


@pytest.mark.parametrize(("reported", "status", "value"), [
    ("固定资产投资增长9%，完成年度计划的95%", "missed", "9"), ("固定资产投资增长11%，完成年度计划的95%", "met", "11"),
    ("固定资产投资增长9%，完成年度计划的105%", "missed", "9"), ("增长10.5%，完成年度计划的98%", "met", "10.5"),
])
def test_the_change_before_the_plan_share_is_judged(reported, status, value):
    v = compliance.evaluate(TARGET, reported)
    assert (v.status.value, str(v.value)) == (status, value)
    assert v.reported.text == reported


@pytest.mark.parametrize(("target", "reported", "status"), [
    (TARGET, "完成年度计划的95%", "missed"), (TARGET, "完成年度计划的105%", "met"),
    (TARGET, "固定资产投资完成500亿元，完成年度计划的95%", "missed"),  # no change stated: the share, as before
    ("固定资产投资500亿元", "固定资产投资增长11%，完成年度计划的95%", "missed"),  # a level target: the share
    (TARGET, "上半年固定资产投资增长11%，完成年度计划的55%", "pending"),
    ("规上工业增加值增长8%", "第一产业增加值增长9%，完成年计划的100%", "pending"),
])
def test_otherwise_the_share_is_judged_as_before(target, reported, status):
    assert compliance.evaluate(target, reported).status.value == status
