"""Phrasings of 统计公报 and work-report reviews met while pairing outcomes with their targets (H11's
rows of ``outcomes_local.tsv``): each general, each judged either side of the target."""

from __future__ import annotations

import pytest

import compliance


@pytest.mark.parametrize(
    ("growth", "expected"),
    [("6.1", "missed"), ("8.6", "met")],
)
@pytest.mark.parametrize(
    "qualifier",
    ["按可比口径计算比上年增长", "按可比口径计算,比上年增长", "按同口径计算增长", "按可比口径增长"],
)
def test_comparable_basis_goes_on_about_the_revenue(qualifier, growth, expected):
    """包头's bulletin: 全年一般公共预算收入137.6亿元,按可比口径计算比上年增长6.1%. The growth clause goes
    on about the revenue (as 按可比价格计算 does for GDP); it was pending, the level 137.6亿元 chosen."""
    sentence = f"全年一般公共预算收入137.6亿元,{qualifier}{growth}%。"
    v = compliance.evaluate("一般公共预算收入增长8%以上", sentence)
    assert v.status.value == expected
    assert str(v.value) == growth


@pytest.mark.parametrize(
    ("count", "expected"),
    [("40873人", "met"), ("4.1万人", "met"), ("31000人", "missed"), ("3.2万人", "missed")],
)
@pytest.mark.parametrize(
    ("target", "sentence"),
    [
        ("新增城镇就业3.5万人以上", "全年城镇新增就业{}。其中,城镇失业人员再就业23643人,就业困难人员再就业8579人。"),
        ("新增城镇就业3.5万人以上", "全年城镇新增就业{},城镇登记失业率3.2%。"),
        ("城镇新增就业3.5万人以上", "全年新增城镇就业{},城镇登记失业率3.2%。"),
    ],
)
def test_the_same_name_in_another_order_names_the_indicator(target, sentence, count, expected):
    """A target says 新增城镇就业, the bulletin 城镇新增就业 (包头 2025 plan / 2023 bulletin): both runs
    of the name are there, so the figure is the indicator's (it was pending: no clause named it)."""
    v = compliance.evaluate(target, sentence.format(count))
    assert v.status.value == expected


def test_a_name_with_a_run_left_out_is_still_another_indicator():
    """城镇调查失业率 is not 城镇登记失业率 (调查 is missing): the reordering match needs every run."""
    v = compliance.evaluate("城镇调查失业率5.5%以内", "城镇登记失业率为2.9%,城镇新增就业4.1万人。", polarity="lower")
    assert v.status.value == "pending"
