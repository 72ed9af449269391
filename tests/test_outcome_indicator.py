"""A sentence's figure is judged only as the figure of the target's own indicator (judge/choose.py).

* A figure whose own words name another indicator is no figure of the target's: pending (no_data,
  ``indicator_figure``), never met or missed on the other indicator's number, on either side of the threshold.
* Other spellings of one name are one (GDP = 地区生产总值 = 国内生产总值, 万元X = 单位X, 规上 = 规模以上).
* In a 分别 list (城镇、农村居民人均可支配收入分别增长4.3%、5.7%) each figure is its own item's.
Where the target names no indicator (``6以上``) nothing is said of the sentence's name.
"""

from __future__ import annotations

import pytest

import compliance


def _status(target: str, reported: str, polarity: str = "higher") -> tuple[str, str | None]:
    verdict = compliance.evaluate(target, reported, polarity=polarity)
    return verdict.status.value, None if verdict.value is None else str(verdict.value)


@pytest.mark.parametrize("reported", ["城镇调查失业率为5.2%", "城镇调查失业率为7.2%"])
def test_a_figure_of_another_indicator_is_pending_on_both_sides(reported):
    verdict = compliance.evaluate("地区生产总值增长6%", reported)
    assert verdict.status.value == "pending"
    assert verdict.reason.value == "no_data" and verdict.missing == ("indicator_figure",)
    assert "another indicator" in verdict.explain("en")


@pytest.mark.parametrize(("reported", "status"), [("地区生产总值增长5.2%", "missed"), ("地区生产总值增长6.2%", "met")])
def test_the_same_indicator_is_still_judged(reported, status):
    assert _status("地区生产总值增长6%", reported)[0] == status


def test_without_the_targets_name_nothing_is_said_of_the_sentences():
    assert _status("6以上", "城镇调查失业率为5.2%")[0] == "missed"


@pytest.mark.parametrize(("target", "reported"), [
    ("规模以上工业增加值增长8.5%左右", "第二产业增加值3484.61亿元、增长4.6%"),  # a sector, not industry above the size
    ("规模以上工业增加值增长8.5%左右", "战略性新兴产业增加值增长11.9%,高于全市平均水平5.9个百分点"),  # met on its number
    ("城镇登记失业率控制在4.5%以内", "城镇调查失业率为5.2%"),
    ("地区生产总值增长6%以上", "單位GDP能耗下降3%,提前一年達到“十四五”規劃控制目標"),  # 单位…能耗 is no GDP
    ("一般公共预算收入增长7%", "2023年,全市地区生产总值完成1609亿元,增长5.2%,创7年来最好水平"),
    ("限额以上固定资产投资增长30%", "签约引进千万元以上项目591个,到位资金384.6亿元,按可比口径增长68.6%"),
])
def test_a_sentence_about_another_indicator_is_pending(target, reported):
    polarity = "lower" if "失业率" in target else "higher"
    assert _status(target, reported, polarity) == ("pending", None)


@pytest.mark.parametrize(("target", "reported", "expected"), [
    ("单位地区生产总值能耗降低1.6%左右", "單位GDP能耗下降3%,提前一年達到“十四五”規劃控制目標", ("met", "3")),
    ("单位地区生产总值能耗下降3%", "万元GDP能耗下降2.1%,规模以上工业增加值增长6.2%", ("missed", "2.1")),
    ("单位地区生产总值能耗下降3%", "万元GDP能耗下降9.7%,规模以上工业增加值增长6.2%", ("met", "9.7")),
    ("地区生产总值增长7%以上", "主要经济指标中,我市全年GDP增长4.1%,一般公共预算收入同口径增长5.1%,规模以上工业增加值增长6%",
     ("missed", "4.1")),
    ("地区生产总值增长4%以上", "主要经济指标中,我市全年GDP增长4.1%,一般公共预算收入同口径增长5.1%,规模以上工业增加值增长6%",
     ("met", "4.1")),
    ("规模以上工业增加值增长8.5%左右", "去年规上工业增加值较上年增6.0%", ("missed", "6.0")),
    ("规模以上工业增加值增长5.5%左右", "去年规上工业增加值较上年增6.0%", ("met", "6.0")),
])
def test_other_spellings_of_a_name_are_one(target, reported, expected):
    polarity = "lower" if "能耗" in target else "higher"
    assert _status(target, reported, polarity) == expected


SENTENCE = "城镇、农村居民人均可支配收入分别增长4.3%、5.7%"


@pytest.mark.parametrize(("target", "expected"), [
    ("城镇居民人均可支配收入增长4%左右", ("met", "4.3")),
    ("城镇居民人均可支配收入增长7.5%左右", ("missed", "4.3")),
    ("农村居民人均可支配收入增长5.5%左右", ("met", "5.7")),
    ("农村居民人均可支配收入增长8%左右", ("missed", "5.7")),
])
def test_each_figure_of_a_respectively_list_is_its_items(target, expected):
    assert _status(target, "主要经济指标中,全年GDP增长4.1%," + SENTENCE) == expected


# ---- a margin the sentence states off the same reference (judge/reference.py _stated_margin) ----

@pytest.mark.parametrize(("target", "reported", "expected"), [
    ("高于全省平均水平1个百分点", "高于全省平均增速0.8个百分点", ("missed", "0.8")),
    ("高于全省平均水平0.5个百分点", "高于全省平均增速0.8个百分点", ("met", "0.8")),
    ("高于全省平均水平", "高于全省平均增速0.8个百分点", ("met", "0.8")),
    ("高于全省平均水平1个百分点", "低于全省平均增速0.3个百分点", ("missed", "0.3")),  # below it: the margin is -0.3
    # with the indicator's own figure: the reference is that figure less the margin (5.5 - 0.8 = 4.7)
    ("城镇居民人均可支配收入增速高于全省平均水平1个百分点", "全市城镇居民人均可支配收入同比增长5.5%,高于全省平均增速0.8个百分点",
     ("missed", "5.5")),
    ("城镇居民人均可支配收入增速高于全省平均水平0.5个百分点", "全市城镇居民人均可支配收入同比增长5.5%,高于全省平均增速0.8个百分点",
     ("met", "5.5")),
    # another reference (全市, not 全省): nothing is read from the sentence
    ("高于全市平均水平1个百分点", "高于全省平均增速0.8个百分点", ("pending", None)),
])
def test_a_stated_margin_off_the_same_reference_is_judged(target, reported, expected):
    assert _status(target, reported) == expected


def test_a_reference_given_is_used_before_the_sentences_margin():
    verdict = compliance.evaluate("高于全省平均水平1个百分点", "全市增长5.5%,高于全省平均增速0.8个百分点",
                                  references={"全省平均水平": "4"})
    assert verdict.status.value == "met" and verdict.reference is not None and verdict.reference.value == "4"


# ---- a year-end level and its change in one sentence (武汉's 2022 bulletin) ----

URBAN = "占总人口比重(常住人口城镇化率)为84.66%,比上年末提高0.1个百分点"


@pytest.mark.parametrize(("target", "expected"), [
    ("常住人口城镇化率达到84%", ("met", "84.66")),  # a level target takes the level, the name in brackets is its
    ("常住人口城镇化率达到85%", ("missed", "84.66")),
    ("常住人口城镇化率提高0.1个百分点", ("met", "0.1")),  # a change target takes the change (比上年末 goes on)
    ("常住人口城镇化率提高0.5个百分点", ("missed", "0.1")),
])
def test_a_level_and_its_change_since_the_year_end(target, expected):
    assert _status(target, URBAN) == expected


def test_the_indicators_name_a_rules_file_gives_can_name_a_bare_target():
    """choose / other_indicator take the rules file's name where the target names none (增长6% of 地区生产总值);
    check and the streamed check pass it (tests/test_indicator_name.py)."""
    from compliance.judge.choose import other_indicator
    from compliance.judge.figure import Pending

    target, reported = compliance.parse_target("增长6%"), compliance.parse_reported("城镇调查失业率为5.2%")
    other_indicator(target, reported)  # no name: nothing said
    with pytest.raises(Pending):
        other_indicator(target, reported, "地区生产总值")
    other_indicator(target, compliance.parse_reported("地区生产总值增长5.2%"), "地区生产总值（%）")


@pytest.mark.parametrize(("target", "reported", "expected"), [
    # 占固定资产投资的50.7%: 民间投资's share of the investment, not the investment's value (杭州 2022)
    ("固定资产投资增长6%", "民间投资增长8.6%,占固定资产投资的50.7%,较上年提高1.3个百分点", ("pending", None)),
    ("固定资产投资增长6%", "全市固定资产投资比上年增长6.0%;民间投资增长8.6%,占固定资产投资的50.7%", ("met", "6.0")),
    ("固定资产投资增长7%", "全市固定资产投资比上年增长6.0%;民间投资增长8.6%,占固定资产投资的50.7%", ("missed", "6.0")),
    # a share target takes the share
    ("研究与试验发展经费支出占地区生产总值比重达到2.5%", "全社会研发经费投入500亿元,占地区生产总值比重2.6%", ("met", "2.6")),
    ("研究与试验发展经费支出占地区生产总值比重达到3%", "全社会研发经费投入500亿元,占地区生产总值比重2.6%", ("missed", "2.6")),
])
def test_a_share_of_an_indicator_is_not_its_value(target, reported, expected):
    assert _status(target, reported) == expected


@pytest.mark.parametrize(("growth", "expected"), [("1.5", ("met", "3.8")), ("4.5", ("missed", "3.8"))])
def test_a_target_set_against_a_reference_names_no_indicator_of_its_own(growth, expected):
    """高于GDP增速 names the reference, not the indicator: an income sentence is not another indicator's figure."""
    verdict = compliance.evaluate("高于GDP增速", "居民人均可支配收入突破7万元,达70281元,比上年增长3.8%",
                                  references={"economic_growth": growth})
    assert (verdict.status.value, str(verdict.value)) == expected


@pytest.mark.parametrize(("reported", "zh", "en"), [
    # worked out from the sentence's own figure less its stated difference: no bracket holds it
    ("7.5%，高于全省平均增速0.8个百分点", "（来源：报告文字）", "(source: the reported sentence)"),
    # read in the reported value's bracket
    ("2.63%（全省6.7%）", "（来源：报告值括注）", "(source: bracket in the reported value)"),
])
def test_a_reference_says_where_it_was_read(reported: str, zh: str, en: str) -> None:
    verdict = compliance.evaluate("高于全省平均水平", reported)
    assert zh in verdict.explain("zh") and en in verdict.explain("en")
    assert verdict.reference is not None and verdict.reference.source == "reported"  # the dataset cell, for provenance
