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


@pytest.mark.parametrize(("growth", "expected"), [("3.9", "missed"), ("6.4", "met")])
def test_the_whole_year_named_after_its_halves_is_the_years_figure(growth, expected):
    """重庆's 2020 plan report: 地区生产总值上半年由负转正,三、四季度加快恢复,全年增长3.9%. 上半年 tells the path,
    全年 the year's figure: judged (it was pending, period_open, for the 上半年 before it)."""
    sentence = f"地区生产总值上半年由负转正,三、四季度加快恢复,全年增长{growth}%,总量达到2.5万亿元。"
    v = compliance.evaluate("地区生产总值增长6%", sentence)
    assert v.status.value == expected
    assert str(v.value) == growth


@pytest.mark.parametrize(
    "sentence",
    [
        "经初步核算,上半年,全省生产总值17700.0亿元,比上年同期增长7.1%,增速同比加快0.6个百分点。",
        "2020年前三季度,上海市实现地区生产总值27301.99亿元,比去年同期下降0.3%,降幅比上半年收窄2.3个百分点。",
        "上半年地区生产总值增长7.1%,完成全年目标进度过半。",  # 全年目标 names the plan, not the figure's period
    ],
)
def test_a_figure_of_part_of_the_year_stays_pending(sentence):
    v = compliance.evaluate("地区生产总值增长6.5%左右", sentence)
    assert v.status.value == "pending"
    assert v.reason.value == "period_open"


@pytest.mark.parametrize(("growth", "expected"), [("4.6", "missed"), ("5.0", "met")])
def test_the_variant_character_of_chan_folds_to_the_simplified_one(growth, expected):
    """國內生産總值 (産, U+7523, as the 2024 national targets' big5 copy writes it) names 国内生产总值."""
    sentence = f"国内生产总值(GDP)达到134.9万亿元,比上年增长{growth}%。"
    v = compliance.evaluate("國內生産總值增長5%左右", sentence)
    assert v.status.value == expected


@pytest.mark.parametrize(("growth", "expected"), [("5.1", "missed"), ("7.1", "met")])
@pytest.mark.parametrize("basis", ["比上年同期增长", "比去年同期增长", "较上年同期增长"])
def test_growth_on_the_same_period_goes_on_about_the_level_before_it(basis, growth, expected):
    """河北's and 上海's quarterly releases: 全省生产总值17700.0亿元,比上年同期增长7.1%. The growth clause goes on
    about the GDP named before it (it was pending: the level 17700.0亿元 was chosen against 增长6%)."""
    v = compliance.evaluate("全省生产总值增长6%", f"全省生产总值17700.0亿元,{basis}{growth}%,增速同比加快0.6个百分点。")
    assert v.status.value == expected
    assert str(v.value) == growth
