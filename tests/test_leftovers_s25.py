"""Wrong verdicts left over from stop 24 (A1, stop 25): each phrasing read in general, judged either side of its
threshold. Every string is copied from the source beside it; where no real one was found after a search of the pages
corpus, the comment says the sentence is a minimal realistic one written in the phrasing."""

from __future__ import annotations

from decimal import Decimal

import pytest

import compliance

# --- 1. a change TO a level (下降为X, 降为X, 提高为X, 上升为X) is the level X, as 降至X / 提高到X are -------------------
# No public sentence with 下降为/降为/提高为/上升为 and a figure was found in the pages corpus (searched: 城镇登记失业率
# 下降为, 能耗下降为 吨标准煤, 贫困发生率下降为, 比重提高为/上升为, 城镇化率提高为); these are minimal realistic sentences
# in the phrasing (the one real 由X下降为Y, youyang.gov.cn's, is in tests/test_outcomes_2025.py).


@pytest.mark.parametrize(("reported", "target", "status"), [
    # was MET 4%以内: read as a fall of 4.2
    ("城镇登记失业率下降为4.2%", "城镇登记失业率控制在4%以内", "missed"),
    ("城镇登记失业率下降为4.2%", "城镇登记失业率控制在4.5%以内", "met"),
    ("城镇登记失业率降为4.2%", "城镇登记失业率控制在4%以内", "missed"),
    ("城镇登记失业率降为4.2%", "城镇登记失业率控制在4.5%以内", "met"),
    ("全年城镇登记失业率下降为4.2%，比上年下降0.3个百分点", "城镇登记失业率控制在4%以内", "missed"),
    ("全年城镇登记失业率下降为4.2%，比上年下降0.3个百分点", "城镇登记失业率控制在4.5%以内", "met"),
    ("研发经费投入强度提高为2.4%", "研发经费投入强度2.5%以上", "missed"),
    ("研发经费投入强度提高为2.4%", "研发经费投入强度2.3%以上", "met"),
    ("研发经费投入强度上升为2.4%", "研发经费投入强度2.5%以上", "missed"),
    ("研发经费投入强度上升为2.4%", "研发经费投入强度2.3%以上", "met"),
])
def test_moved_to_as_an_outcome(reported: str, target: str, status: str) -> None:
    verdict = compliance.evaluate(target, reported)
    assert (verdict.status.value, str(verdict.value)) == (status, "4.2" if "失业率" in reported else "2.4")


def test_moved_to_against_a_change_is_a_level() -> None:
    """A level reached says nothing of the change without the level before: pending, never a fall of 4.2 points."""
    verdict = compliance.evaluate("城镇登记失业率下降0.3个百分点", "城镇登记失业率下降为4.2%")
    assert verdict.status.value == "pending"


@pytest.mark.parametrize(("target", "reported", "status"), [
    # 下降为0.5 was read as a change and judged >= 0.5: 0.6 MET
    ("单位GDP能耗下降为0.5吨标准煤", "0.6", "missed"),
    ("单位GDP能耗下降为0.5吨标准煤", "0.4", "met"),
    ("城镇登记失业率下降为4%", "4.2", "missed"),
    ("城镇登记失业率下降为4%", "3.9", "met"),
    ("研发经费投入强度提高为2.5%", "2.4", "missed"),
    ("研发经费投入强度提高为2.5%", "2.6", "met"),
])
def test_moved_to_as_a_target(target: str, reported: str, status: str) -> None:
    assert compliance.evaluate(target, reported).status.value == status


@pytest.mark.parametrize(("target", "status"), [("地区生产总值增长5%", "met"), ("地区生产总值增长5.5%", "missed")])
def test_growth_as_is_the_growth_rate(target: str, status: str) -> None:
    """增长为 is no move to a level: 经济增长为5.2% is the growth rate itself (minimal realistic sentence)."""
    assert compliance.evaluate(target, "全年经济增长为5.2%").status.value == status


# --- 4. ○ (U+25CB) written for the zero 〇 between numeral characters --------------------------------------------
# udn.com/news/story/7333/9307246 (聯合報 on the 2026 上海 work report; tests/corpus/outcomes.tsv o0148)
UDN_SHANGHAI = "地方一般公共預算收入達八千五百億元，年增百分之一點五，消費者物價指數（ＣＰＩ）上漲百分之○點一"


@pytest.mark.parametrize(("target", "status"), [
    # read as 1% before: MISSED 0.5%以内, and MET 2%以内 for the wrong figure
    ("居民消费价格涨幅控制在0.5%以内", "met"),
    ("居民消费价格涨幅控制在0.05%以内", "missed"),
])
def test_circle_zero_in_a_percent(target: str, status: str) -> None:
    verdict = compliance.evaluate(target, UDN_SHANGHAI)
    assert (verdict.status.value, str(verdict.value)) == (status, "0.1")


@pytest.mark.parametrize(("reported", "value"), [
    ("百分之○點一", "0.1%"), ("增长三点○五%", "3.05%"), ("一○○亿元", "100亿元"), ("增长○点五%", "0.5%"),
])
def test_circle_zero_between_numerals(reported: str, value: str) -> None:
    """Minimal realistic cells in the phrasing of the udn.com sentence above."""
    assert str(compliance.parse_reported(reported).value) == value


@pytest.mark.parametrize("reported", ["○ 完成", "○"])
def test_circle_alone_is_no_zero(reported: str) -> None:
    """A ○ beside no numeral is a table's mark, never a figure of 0 (against 6以上 it would be missed)."""
    assert compliance.evaluate("6以上", reported).status.value != "missed"


# --- 5. an amount in two parts (140兆1879億元, 140万亿1879亿元) is one amount, never its last part ---------------------
# udn.com/news/story/7333/9274250 (聯合報 2026-01-19, the 2025 figures as 國家統計局 gave them)
UDN_GDP = "去年全大陸國內生產總值（GDP）為人民幣140兆1879億元，年增5.0%，完成政府工作報告5%左右的設定目標。"
UDN_SECTORS = ("分產業來看，去年大陸第一產業增加值人民幣9兆3347億元，比上年增長3.9%；第二產業增加值49兆9653億元，增長4.5%；"
               "第三產業增加值80兆8879億元，增長5.4%。")
# udn.com/news/story/7333/9364080 (2026-03-06)
UDN_TOTAL = "中國2025年GDP年度總量達140兆1879億元，第一次突破140兆元關卡。"


@pytest.mark.parametrize("reported", [UDN_GDP, UDN_TOTAL])
@pytest.mark.parametrize(("target", "status"), [
    # 1879亿元 alone was the amount: MISSED 达到140万亿元
    ("国内生产总值达到140万亿元", "met"),
    ("国内生产总值达到141万亿元", "missed"),
])
def test_an_amount_in_two_parts(reported: str, target: str, status: str) -> None:
    verdict = compliance.evaluate(target, reported)
    assert (verdict.status.value, verdict.value) == (status, Decimal("140.1879"))


@pytest.mark.parametrize(("target", "status"), [("第三产业增加值达到80万亿元", "met"), ("第三产业增加值达到81万亿元", "missed")])
def test_an_amount_in_two_parts_of_its_clause(target: str, status: str) -> None:
    assert compliance.evaluate(target, UDN_SECTORS).status.value == status


@pytest.mark.parametrize(("target", "status"), [("国内生产总值增长5%左右", "met"), ("国内生产总值增长5.5%", "missed")])
def test_the_year_on_year_rise_after_the_amount(target: str, status: str) -> None:
    """年增5.0% goes on about the GDP's clause (zh.yaml continues): at the start it MET 增长5%左右 on 140, read as 140%."""
    verdict = compliance.evaluate(target, UDN_GDP)
    assert (verdict.status.value, str(verdict.value)) == (status, "5.0")


@pytest.mark.parametrize(("reported", "value"), [
    # minimal realistic cells in the phrasing: mainland numerals, Chinese numerals (一四○兆 of a udn.com copy)
    ("140万亿1879亿元", "1401879亿元"), ("3亿5000万元", "35000万元"), ("1万2000人", "12000人"),
    ("人民幣一四○兆一八七九億元", "1401879亿元"),
])
def test_two_parts_read_as_one(reported: str, value: str) -> None:
    assert str(compliance.parse_reported(reported).value) == value


def test_no_two_parts() -> None:
    """A second part as large as one of the first is no part of it (two figures, pending ambiguous, never 80000人); 兆
    alone is mega (兆瓦), no 万亿 (minimal realistic cells)."""
    assert compliance.parse_reported("3万50000人").kind == "ambiguous"
    assert str(compliance.parse_reported("5兆瓦").value) == "5兆瓦"


# --- 2. a share of another indicator's plan attests nothing of the GDP ----------------------------------------------
# www.ly.gov.cn/2023/02-09/73871.html (洛阳市2023年国民经济和社会发展计划, 2022年计划执行情况; tests/corpus ow044)
LUOYANG = ("610个省市重点项目完成年度投资计划的120%以上,百万吨乙烯项目顺利入规,嵩县抽水蓄能电站正式开工,成功举办全省第五期"
           "“三个一批”主会场活动,全年固定资产投资增长2.4%。")


@pytest.mark.parametrize("target", ["地区生产总值增长6%左右", "地区生产总值增长7%"])
def test_another_plans_share_is_no_gdp_growth(target: str) -> None:
    """Both were MET on 120 (the share of the projects' investment plan, taken for the GDP's plan); pending now."""
    verdict = compliance.evaluate(target, LUOYANG)
    assert (verdict.status.value, verdict.missing) == ("pending", ("indicator_figure",))


@pytest.mark.parametrize(("target", "status"), [("固定资产投资增长2%", "met"), ("固定资产投资增长3%", "missed")])
def test_the_investment_figure_beside_it(target: str, status: str) -> None:
    verdict = compliance.evaluate(target, LUOYANG)
    assert (verdict.status.value, str(verdict.value)) == (status, "2.4")


@pytest.mark.parametrize(("target", "reported", "status"), [
    # minimal realistic cells: the plan's own words name the investment plan, the target's own
    ("地区生产总值增长6%左右", "完成年度投资计划的120%", "pending"),  # was met
    ("固定资产投资增长10%", "完成年度投资计划的120%", "met"),
    ("固定资产投资增长10%", "完成年度投资计划的95%", "missed"),
    # the key projects' investment plan, as LUOYANG's (a part of the investment): was met
    ("固定资产投资增长10%", "重点项目完成年度投资计划的120%", "pending"),
    ("固定资产投资增长10%", "全市固定资产投资完成年度计划的105%", "met"),  # its own plan, named
])
def test_the_plans_own_words(target: str, reported: str, status: str) -> None:
    assert compliance.evaluate(target, reported).status.value == status


# --- 3. a target without a head word takes no other indicator's lone figure ------------------------------------------
# gk889.com/n20111/c181466-40262291.html (corpus o0004); fgw.fujian.gov.cn/zwgk/ghjh/ndjh/202312/t20231208_6327420.htm
# (2021 福建 计划执行情况, corpus o0025 and o0028)
RETAIL = "社会消费品零售总额增长3.2%"
FUJIAN_INVESTMENT = "固定资产投资增长6.0%"
FUJIAN_FOREIGN = "实际使用外资增长6.1%"


@pytest.mark.parametrize("reported", [RETAIL, FUJIAN_INVESTMENT])
@pytest.mark.parametrize("target", ["实际使用外资增长5%", "实际使用外资增长7%"])
def test_a_headless_target_takes_no_other_figure(target: str, reported: str) -> None:
    """实际使用外资 has no head word (choosing.heads): the investment's 6.0 MET 增长5%, the retail 3.2 MISSED it."""
    verdict = compliance.evaluate(target, reported)
    assert (verdict.status.value, verdict.missing) == ("pending", ("indicator_figure",))


@pytest.mark.parametrize(("target", "status"), [("实际使用外资增长6%", "met"), ("实际使用外资增长6.5%", "missed")])
def test_a_headless_target_takes_its_own_figure(target: str, status: str) -> None:
    assert compliance.evaluate(target, FUJIAN_FOREIGN).status.value == status
    assert compliance.evaluate(target, "增长6.1%").status.value == status  # a figure naming nothing: as before


# --- 6. lost verdicts -------------------------------------------------------------------------------------------------
# us.usy7.cc/usy0128HWE99.xml (2026 辽宁省政府工作报告, 2025 review, 中新网 via 参考消息网; tests/corpus os003)
LIAONING = ("2025年,辽宁省经济总体平稳、稳中有进,地区生产总值增长3.7%,城镇新增就业48万人,城镇和农村居民人均可支配收入分别"
            "增长4.3%、5.3%,社会大局保持稳定。")


@pytest.mark.parametrize(("target", "status"), [
    # both halves (4.3, 5.3) above the economy's 3.7: every resident's income grows at least as the slower half
    ("居民人均可支配收入增长与经济增长基本同步", "met"),
    ("居民收入增长与经济增长同步", "met"),
    ("居民人均可支配收入增长4%", "met"),
    # above the lower half: how far the whole grows is not told, never missed on a half's figure
    ("居民人均可支配收入增长5%", "pending"),
    ("居民人均可支配收入增长6%", "pending"),
])
def test_both_halves_above(target: str, status: str) -> None:
    assert compliance.evaluate(target, LIAONING).status.value == status


def test_halves_below_the_economy_stay_pending() -> None:
    """The same sentence with the economy faster than the lower half (minimal realistic, 5.5): pending, not missed."""
    reported = LIAONING.replace("地区生产总值增长3.7%", "地区生产总值增长5.5%")
    verdict = compliance.evaluate("居民收入增长与经济增长同步", reported)
    assert (verdict.status.value, verdict.reason.value) == ("pending", "imprecise_value")


# No public row laid out as name | growth | level was found in the pages corpus: a minimal realistic row in the layout.
@pytest.mark.parametrize("target", ["地区生产总值增长8%", "地区生产总值增长7%"])
def test_a_row_of_growth_then_level_stays_pending(target: str) -> None:
    """增长7.5% followed only by the level 1200亿元 may be the year's target beside last year's level as well as the
    year's growth beside its level: pasted without its table's title, the row says neither (pending table_row_period,
    never met or missed on 7.5). 22a82da read it as the outcome; the reviewer (R1) found that a guess."""
    verdict = compliance.evaluate(target, "地区生产总值 | 增长7.5% | 1200亿元")
    assert (verdict.status.value, verdict.reason.value) == ("pending", "not_comparable")


@pytest.mark.parametrize("row", ["8 | 地区生产总值 | 增长7% | 8.5", "地区生产总值 | 增长7% | 1000亿元 | 增长7.5%"])
def test_a_plan_cell_before_its_outcome(row: str) -> None:
    """A change cell with an outcome after it is still the row's plan (no period stated: pending, never judged on 7)."""
    assert compliance.evaluate("地区生产总值增长8%", row).status.value == "pending"


@pytest.mark.parametrize(("target", "status"), [("一般公共预算收入增长1%", "met"), ("一般公共预算收入增长2%", "missed")])
def test_the_year_on_year_rise_of_the_revenue(target: str, status: str) -> None:
    """年增百分之一點五 after the revenue's level (UDN_SHANGHAI): pending not_comparable at the start (年增 named no
    clause of its own, so the level 八千五百億元 was the figure); 年增 goes on about the revenue now (zh.yaml continues)."""
    verdict = compliance.evaluate(target, UDN_SHANGHAI)
    assert (verdict.status.value, str(verdict.value)) == (status, "1.5")
