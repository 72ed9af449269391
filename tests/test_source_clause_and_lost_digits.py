"""A clause saying where the figures come from (根据地区生产总值统一核算结果, 据初步核算) names no indicator that lacks a
figure, and a figure a mirror lost the leading digits of (^[^2^].63亿元) is no candidate (outcomes_sixth ow030/ow031;
judge/choose.py _named_without_figure, zh.yaml choosing.sources; language/reported.py _is_candidate)."""

import pytest

import compliance

# 2021 青海省统计公报 as a forum's mirror stores it (http://bbs.hasakesitana.com/archiver/showtopic-8988.aspx)
MIRROR = "根据地区生产总值统一核算结果,全年生产总值^[^2^].63亿元,按可比价格计算,比上年增长5.7%,-年两年平均增长3.6%^[^3^]。"
CLEAN = "根据地区生产总值统一核算结果,全年生产总值3346.63亿元,按可比价格计算,比上年增长5.7%,2020-2021年两年平均增长3.6%。"
EARLY = "据初步核算,全年地区生产总值3346.63亿元,比上年增长5.7%。"


@pytest.mark.parametrize("reported", [MIRROR, CLEAN, EARLY])
@pytest.mark.parametrize("target, status", [("地区生产总值增长5.5%左右", "met"), ("地区生产总值增长7%以上", "missed")])
def test_the_growth_after_a_source_clause(reported, target, status):
    v = compliance.evaluate(target, reported)
    assert (v.status.value, str(v.value)) == (status, "5.7")


def test_a_figure_without_its_leading_digits_is_no_level():
    # 0.63亿元 against 3000亿元 was missed (and met 0.5亿元): the digits before the point are lost, nothing is read
    for target in ("地区生产总值达到3000亿元", "地区生产总值达到0.5亿元"):
        assert compliance.evaluate(target, MIRROR).status.value == "pending"
    # written whole, the level is read either side
    assert compliance.evaluate("地区生产总值达到3000亿元", CLEAN).status.value == "met"
    assert compliance.evaluate("地区生产总值达到3500亿元", CLEAN).status.value == "missed"


def test_a_clause_naming_the_indicator_without_a_figure_still_sets_others_aside():
    # 居民消费价格与上年基本持平 names the CPI without a figure: the 0.7% is another indicator's (no source word)
    v = compliance.evaluate("居民消费价格涨幅3%左右", "居民消费价格与上年基本持平,工业生产者出厂价格上涨0.7%")
    assert v.value is None and "0.7% 属于其他指标" in v.explain("zh")
