"""Monthly releases of statistics bureaus, read against a year's targets: every figure of part of the year is pending
period_open, never the year's met or missed.

- 国家统计局 via 新华社, 2023-12-15 (http://news.cn/fortune/2023/12/15/c_1130028707.htm): 1至11月份,…全国固定资产投资
  (不含农户)460814亿元,同比增长2.9%,与1至10月份持平。 raised an AssertionError in parse_reported: 与 after a mark was
  taken for the 和 of a list (分别增长5%和8%) and the mark read as the figure before it.
- 成都市统计局 via a mirror, 2021-12-24 (http://m.blue-maple.cn/cdxw/2021-12-26/160422.html): 前11月全市规模以上工业
  增加值同比增长11.6%,两年平均增长7.9% was MET as the year's 11.6: 前11月 (no 个) is the first eleven months too.
"""

from __future__ import annotations

import pytest

import compliance

NBS = ("1至11月份,服务零售额同比增长19.5%,比1至10月份加快0.5个百分点;全国固定资产投资(不含农户)460814亿元,同比增长"
       "2.9%,与1至10月份持平。")


def test_a_mark_before_yu_is_no_figure_of_a_list():
    reported = compliance.parse_reported("同比增长2.9%,与1至10月份持平。")
    assert reported.kind == "ambiguous"
    assert [str(c.value.value) for c in reported.candidates][:1] == ["2.9"]
    assert [c.change for c in compliance.parse_reported("分别增长5%和8%").values] == ["up", "up"]  # a list, as before


@pytest.mark.parametrize("target", ["固定资产投资增长3%", "固定资产投资增长2%"])
def test_eleven_months_are_no_year_either_side(target):
    v = compliance.evaluate(target, NBS)
    assert (v.status.value, v.reason.value) == ("pending", "period_open")


@pytest.mark.parametrize("reported, expected", [
    ("前11月全市规模以上工业增加值同比增长11.6%,两年平均增长7.9%", ("pending", "period_open")),
    ("前11个月全市规模以上工业增加值同比增长11.6%", ("pending", "period_open")),
    ("全年全市规模以上工业增加值同比增长11.6%,两年平均增长7.9%", ("met", "measured")),  # the year: its 11.6
])
def test_the_first_eleven_months_without_ge(reported, expected):
    v = compliance.evaluate("规模以上工业增加值增长10%", reported)
    assert (v.status.value, v.reason.value) == expected


# A city's 统计公报 (stored at http://111.229.73.81/look/Statslisth?Id=2494): the per-head GDP written 人均生产总值, its
# 地区 dropped, was taken for another indicator, and the GDP's own growth judged a 人均地区生产总值 target (met on 3%).
YEAR = ("初步核算,全年全市实现地区生产总值(GDP)1077.9亿元,按可比价格计算,比上年增长3%。其中第一产业增加值72.8亿元,增长3.2%;"
        "第二产业增加值460.6亿元,下降2.9%;第三产业增加值544.5亿元,增长9.3%。人均生产总值47654元,按可比价格计算,增长2%;"
        "按年均汇率折算为6908美元。")


@pytest.mark.parametrize("target, expected", [
    ("人均地区生产总值增长2.5%", ("missed", "2")),  # was met on the GDP's 3
    ("人均地区生产总值增长1.5%", ("met", "2")),
    ("地区生产总值增长2.5%", ("met", "3")),  # the GDP's own, as before
    ("人均地区生产总值达到50000元", ("missed", "47654")),
])
def test_per_head_gdp_written_without_diqu(target, expected):
    v = compliance.evaluate(target, YEAR)
    assert (v.status.value, str(v.value)) == expected


# 国家统计局's 2025 统计公报 (its section 八, stored at https://kan.china.com/article/6421108_4.html): the year's average,
# then December's in a sentence of its own, then other groups' rates and the 31 big cities'. Pending period_open (the
# 12月份 made the whole text part of the year, two 5.1% beside the 5.2) before; now the year's average is the figure.
NBS_2025 = ("全年全国城镇调查失业率平均值为5.2%。12月份,全国城镇调查失业率为5.1%。本地户籍劳动力调查失业率为5.3%;外来户籍"
            "劳动力调查失业率为4.7%,其中外来农业户籍劳动力调查失业率为4.4%。31个大城市城镇调查失业率为5.1%。")


@pytest.mark.parametrize("target, expected", [
    ("城镇调查失业率5.5%左右", ("met", "5.2")), ("城镇调查失业率控制在5%以内", ("missed", "5.2"))])
def test_the_years_average_among_a_months_and_groups_rates(target, expected):
    v = compliance.evaluate(target, NBS_2025, polarity="lower")
    assert (v.status.value, str(v.value)) == expected


def test_a_part_named_in_an_earlier_sentence_scopes_no_figure_after_its_end():
    text = "2013年1-12月份,菏泽居民消费价格同比上涨1.8%,低于全省0.4个百分点,顺利完成我市全年控制在3.5%左右的物价调控目标"
    assert compliance.evaluate("全年控制在3.5%左右", text, polarity="lower").status.value == "met"  # th059, as before
    text = "1-11月,城镇调查失业率平均值为5.3%。全年全国城镇调查失业率平均值为5.2%"
    assert str(compliance.evaluate("城镇调查失业率5.5%左右", text, polarity="lower").value) == "5.2"


# A budget report's revenue change by an amount (the stored page jiafan.net/zdlyxxgk/czyjshsgjf/czyjs/content/
# post_2812373.html, a city's 1-7月 report; the year's sentence built the same way): 同比增收249,885万元 named no other
# indicator; it goes on about the revenue, and so does the growth after it (was pending: 21.87% another indicator's).
REVENUE = "全年全市地方公共財政預算收入完成1,392,476萬元,同比增收249,885萬元,增長21.87%。"


@pytest.mark.parametrize("target, expected", [
    ("地方公共财政预算收入增长15%", ("met", "21.87")), ("地方公共财政预算收入增长25%", ("missed", "21.87"))])
def test_an_amount_of_increase_goes_on_about_the_revenue(target, expected):
    v = compliance.evaluate(target, REVENUE)
    assert (v.status.value, str(v.value)) == expected
    month = compliance.evaluate(target, "據快報統計,7月份全市地方公共財政預算收入完成170,024萬元,同比增收41,823萬元,增長32.62%。")
    assert month.reason.value == "period_open"


# A county's budget report for April (大姚县, dayao.gov.cn/info/egovinfo/1007/overt_centent/dyx009-/2024-0516001.htm):
# 4月,一般公共预算收入累计完成24627万元 — a month opening its clause, no 份 — was MISSED against a year's 60000万元.
@pytest.mark.parametrize("reported, expected", [
    ("4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%。", "period_open"),
    ("4月，一般公共预算收入累计完成24627万元", "period_open"),
    ("上海市统计局10月30日公布的数据显示,全年一般公共预算收入完成64000万元", "measured"),  # a date, no part: met
])
def test_a_month_opening_its_clause(reported, expected):
    assert compliance.evaluate("一般公共预算收入60000万元以上", reported).reason.value == expected


# The same 2025 公报: 本地户籍劳动力调查失业率为5.3% (the locally registered labour force's rate) was MET as 城镇调查
# 失业率's against 5.5%左右 (the names share 调查失业率, and 调查 ended both words before the head). A name of its own of five
# characters or more before the words shared is another indicator; a place (杭州市, 全国) or a scope (31个大城市) is not.
@pytest.mark.parametrize("reported, expected", [
    ("本地户籍劳动力调查失业率为5.3%", "pending"), ("外来户籍劳动力调查失业率为4.7%", "pending"),
    ("全国城镇调查失业率为5.3%", "met"), ("调查失业率为5.3%", "met"), ("城镇调查失业率为5.9%", "missed"),
])
def test_a_name_of_its_own_before_shared_words(reported, expected):
    assert compliance.evaluate("城镇调查失业率5.5%左右", reported, polarity="lower").status.value == expected


# X与国内生产总值之比 is X's share of the GDP (国家统计局's 2023 公报, 央视网 2024-02-29: 全社会研究与试验发展经费支出3.3万亿
# 元,与国内生产总值之比达2.64%): against a GDP target it was MET as the GDP's growth (2.31 / 2.3 read as 增长2%'s); a share of
# the target's indicator is no figure of it. A share target, and the intensity named by the share (研发投入强度), are judged.
@pytest.mark.parametrize("target, reported, expected", [
    ("地区生产总值增长2%", "全社会研发经费支出与地区生产总值之比为2.3%", "pending"),
    ("地区生产总值增长2%", "全年研究与试验发展(R&D)经费支出125.6亿元,比上年增长10.2%,与地区生产总值之比为2.31%。", "pending"),
    ("研究与试验发展经费支出占地区生产总值比重达到2.2%",
     "全年研究与试验发展(R&D)经费支出125.6亿元,比上年增长10.2%,与地区生产总值之比为2.31%。", "met"),
    ("研发投入强度达到3%", "全社会研究与试验发展经费支出占GDP的比重为2.8%", "missed"),
])
def test_a_share_of_the_gdp_is_no_figure_of_the_gdp(target, reported, expected):
    assert compliance.evaluate(target, reported).status.value == expected


# A budget report's share of the plan between the level and its growth (一般公共预算收入完成56.3亿元,完成年度预算的102.5%,
# 增长8.1%: the form of many 预算执行情况 reports) named another indicator (完成年度预算的), the growth going on from it:
# pending not_comparable on the 亿元 level. The share of the plan goes on about the revenue; its growth is judged.
@pytest.mark.parametrize("reported, expected", [
    ("一般公共预算收入完成56.3亿元,完成年度预算的102.5%,增长8.1%", ("met", "8.1")),
    ("一般公共预算收入完成56.3亿元,完成年度预算的102.5%,增长6.1%", ("missed", "6.1")),
    ("一般公共预算收入完成56.3亿元,增长8.1%,完成年度预算的102.5%", ("met", "8.1")),  # as before
])
def test_a_share_of_the_plan_between_level_and_growth(reported, expected):
    v = compliance.evaluate("一般公共预算收入增长7%", reported)
    assert (v.status.value, str(v.value)) == expected
