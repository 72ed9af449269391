"""Phrasings of the eighteenth set (tests/corpus/targets_eighteenth.tsv, outcomes_eighteenth.tsv) read in general, each
checked by its verdict either side.

A list of targets opened by a period word in a clause of its own and by words ending in a framing word and a colon
(今年,桃源镇经济社会发展的主要预期目标是:地区生产总值、公共财政预算收入、规模以上工业总产值分别增长5%左右) was unread: the
clause 今年 waited for a predicate that never came, and the opening words were the first subject's. The period word's
clause is the lead of the next, as a year's is (language/cuts.py ``year_led``), and the words before the colon, ending in
a framing word, open the list as they do before a comma (cuts ``_after_opening``).

The economy's growth a reported sentence gives beside an income's (the reference of 居民收入与经济增长同步) was found only
where the growth named the economy or followed a level that did (地区生产总值完成…亿元,增长5.4%). A level passed
(地区生产总值突破6000亿元、增长3.5%) and a level naming nothing after one that did (地區生產總值突破千億元,達1082.18億元,
增長9%) now carry the economy's name to the growth after them (judge/reference.py ``role_figure``).

A whole told by its halves (every resident's income by the urban and the rural) was read as at least the slower half only
where a 分别 list gave both and a half's figure was the one chosen. Now also where the figures left are the two halves,
each in a clause naming its own (城镇居民人均可支配收入增长5.5%,农村居民人均可支配收入增长7.6%), and where a 分别 list of
the halves stands beside other indicators' figures that named the whole no better (一般公共预算收入增长2.6% shares only
收入): judge/halves.py ``halves_left``. A figure in points (比上年提高约4个百分点: the change of the GDP's growth) is no
growth beside the economy's (judge/choose.py, the step of changes and levels, for a 同步 target).

A month's end followed by a year before any figure (蚌埠市统计局在1月末公布了2022年经济运行情况) is the date the figures were
told, not part of the period, as a dated month is (2026年1月发布的数据显示，2025年…): judge/period_parts.py. It left 蚌埠's
2022 growth pending period_open.

A row's number opening a target (1.生产总值增长6%以上,高质量前提下能快则快。, 3、一般公共预算收入…: the numbered lines of a
task table) is no part of its name: a whole number, a mark of zh.yaml row_number_marks and a name right after it are one
framing word (language/numbered.py), and the first clause of a list starts after them (language/cuts.py). The name was
1.生产总值, and a bulletin's 生产总值 was another indicator's.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import compliance
from compliance.models import Reason, Status

#: 2015吴江区桃源镇党代会发展目标 (吴江日报, http://www.szwjdj.gov.cn/View/154117.aspx), the eighteenth set's tk036
TAOYUAN = ("今年,桃源镇经济社会发展的主要预期目标是:地区生产总值、公共财政预算收入、规模以上工业总产值分别增长5%左右")


def test_a_list_opened_by_a_period_word_and_a_colon_is_three_targets():
    parsed = compliance.parse_target(TAOYUAN)
    assert parsed.kind == "several"
    assert [part.subject.text for part in parsed.parts] == ["地区生产总值", "公共财政预算收入", "规模以上工业总产值"]


@pytest.mark.parametrize(("reported", "status"), [
    ("分别为5.5%、5%、6%", Status.MET),
    ("分别为5%、4.8%、5.2%", Status.MET),  # about 5%: 4.8 inside the band of 左右
    ("分别为5.5%、3%、6%", Status.MISSED),
    ("分别为4%、5%、6%", Status.MISSED),
])
def test_each_of_the_three_grows_about_five_percent(reported, status):
    assert compliance.evaluate(TAOYUAN, reported).status is status


def test_two_values_for_three_targets_wait():
    verdict = compliance.evaluate(TAOYUAN, "分别为5.5%、5%")
    assert verdict.status is Status.PENDING


@pytest.mark.parametrize("text", [
    "今年主要预期目标是:地区生产总值、一般公共预算收入分别增长6%、5%",  # no period clause: the colon alone
    "今年,地区生产总值、一般公共预算收入分别增长6%、5%",  # the period clause alone
])
def test_either_lead_alone_opens_the_list_too(text):
    parsed = compliance.parse_target(text)
    assert [part.subject.text for part in parsed.parts] == ["地区生产总值", "一般公共预算收入"]
    assert compliance.evaluate(text, "分别为6.5%、5%").status is Status.MET
    assert compliance.evaluate(text, "分别为6.5%、4%").status is Status.MISSED


#: 2018贵港市政府工作报告 (2017回顾, traditional, http://m.yacht9.cn/reports/2018-03/02/content_50636112.htm), the
#: eighteenth set's ok024
GUIGANG = ("預計全市地區生產總值突破千億元,達1082.18億元,增長9%;固定資產投資983.81億元,增長16.9%,增速排名全區第一;"
           "財政收入90.03億元,增長12.7%,增速排名全區第二;居民人均可支配收入20242元,增長8.6%。")


@pytest.mark.parametrize(("target", "status"), [
    ("居民收入和经济增长基本同步", Status.MET),  # the nation's 2017 target (targets.tsv t0104): 8.6 within a point of 9
    ("居民收入增长和经济增长同步", Status.MISSED),  # strict: 8.6 under the economy's 9
])
def test_the_economys_growth_after_a_level_passed_and_a_level_naming_nothing(target, status):
    verdict = compliance.evaluate(target, GUIGANG)
    assert verdict.status is status
    assert verdict.reference is not None and verdict.reference.value == "9"


def test_without_the_economys_growth_the_income_target_waits():
    """The same sentence without its first clause names no growth of the economy: pending, never judged on 8.6 alone."""
    verdict = compliance.evaluate("居民收入和经济增长基本同步", GUIGANG.split(";", 1)[1])
    assert verdict.status is Status.PENDING and verdict.reason is Reason.REFERENCE_UNKNOWN


#: 2021扬州市政府工作报告 (中新网转载, http://jrzgltzzs.cn/news/202101/2065789.html), the eighteenth set's ok025 (the mayor's
#: quotation from its growth on): a level passed, then its growth after 、
YANGZHOU = ("地区生产总值突破6000亿元、增长3.5%,规上工业增加值增长6.3%,一般公共预算收入增长2.6%,城乡居民人均可支配收入分别增长"
            "3.5%、6%,主要经济指标基本转正、稳步向好。")


def test_a_level_passed_carries_the_economys_name_to_its_growth():
    verdict = compliance.evaluate("居民收入增长与经济增长基本同步", YANGZHOU)
    assert verdict.reference is not None and verdict.reference.value == "3.5"


#: 蚌埠2023年成绩单 (人民网安徽频道, http://ah.people.com.cn/n2/2024/0116/c227131-40715670.html), the eighteenth set's ok015
BENGBU = ("报告显示,根据预计,过去一年里,蚌埠地区生产总值增长6%左右,比上年提高约4个百分点;城镇居民人均可支配收入增长5.5%,"
          "农村居民人均可支配收入增长7.6%。")


@pytest.mark.parametrize(("target", "status"), [
    ("居民收入增长与经济增长基本同步", Status.MET),  # the nation's 2023 target (targets.tsv t0005): at least 5.5, edge 5
    ("居民收入增长和经济增长同步", Status.PENDING),  # strict: at least 5.5 against the economy's 6 does not settle it
])
def test_two_halves_each_named_in_its_own_clause_tell_the_whole_at_least_the_slower(target, status):
    verdict = compliance.evaluate(target, BENGBU)
    assert verdict.status is status
    assert verdict.value == Decimal("5.5") and "halves_floor" in {n.code for n in verdict.notes}


@pytest.mark.parametrize(("target", "status", "value"), [
    ("城镇居民人均可支配收入增长6%", Status.MISSED, 5.5),  # a half's own target takes its own figure, as before
    ("农村居民人均可支配收入增长7%", Status.MET, 7.6),
])
def test_a_halfs_own_target_reads_its_own_figure(target, status, value):
    verdict = compliance.evaluate(target, BENGBU)
    assert verdict.status is status and verdict.value == Decimal(str(value))


def test_the_wholes_own_figure_beside_its_halves_is_the_wholes():
    """居民人均可支配收入增长5.8% written beside the halves (made up from the sentence above): the whole's own, missed at 6."""
    verdict = compliance.evaluate("居民人均可支配收入增长6%", "居民人均可支配收入增长5.8%," + BENGBU.split(";")[1])
    assert verdict.status is Status.MISSED and verdict.value == Decimal("5.8")


def test_a_change_in_points_is_no_growth_beside_the_economys():
    """The GDP's clause alone: its change in points is no income's growth (pending, never judged on 4)."""
    verdict = compliance.evaluate("居民收入增长与经济增长基本同步", BENGBU.split(";")[0])
    assert verdict.status is Status.PENDING and verdict.value is None


@pytest.mark.parametrize(("target", "status"), [
    ("居民收入增长与经济增长基本同步", Status.MET),  # the nation's 2020 target (targets.tsv t0095): at least 3.5 against 3.5
    ("居民人均可支配收入增长5%以上", Status.PENDING),  # at least 3.5: not settled, never missed on a half
])
def test_a_list_of_the_halves_beside_other_indicators_tells_the_whole(target, status):
    verdict = compliance.evaluate(target, YANGZHOU)
    assert verdict.status is status and verdict.value == Decimal("3.5")


def test_the_revenue_beside_the_halves_is_still_the_revenues():
    verdict = compliance.evaluate("一般公共预算收入增长2%", YANGZHOU)
    assert verdict.status is Status.MET and verdict.value == Decimal("2.6")


#: 安徽16市2022年GDP数据公布 (安徽商报, http://fytv.com.cn/detail-25144.html), the eighteenth set's ok018
PUBLISHED = "值得注意的是,蚌埠市统计局在1月末公布了2022年经济运行情况。其中,GDP达2012.3亿元,按不变价格计算,同比增长2%。"


@pytest.mark.parametrize(("target", "status"), [
    ("国内生产总值增长5.5%左右", Status.MISSED),  # the nation's 2022 target (targets.tsv t0174)
    ("地区生产总值增长1.5%以上", Status.MET),  # made up: the same year's growth either side
])
def test_the_month_the_figures_were_told_is_no_part_of_the_year(target, status):
    verdict = compliance.evaluate(target, PUBLISHED)
    assert verdict.status is status and verdict.value == Decimal("2")


@pytest.mark.parametrize("reported", [
    "截至9月末,全市地区生产总值增长6%。",  # made up: a month's end with no year after it is still part of the year
    "2022年1-9月全市地区生产总值增长6%。",
])
def test_part_of_the_year_still_waits(reported):
    verdict = compliance.evaluate("国内生产总值增长5.5%左右", reported)
    assert verdict.status is Status.PENDING and verdict.reason is Reason.PERIOD_OPEN


#: 市政府工作报告重点工作责任分解 (2023年, 丽水市政府, https://www.lishui.gov.cn/art/2023/7/11/art_1229738349_57348087.html),
#: the eighteenth set's tk021 and tk025, and 丽水's 2023 bulletin (https://tjgb.hongheiku.com/djs/45633.html, ok001)
LISHUI_GDP = "1.生产总值增长6%以上,高质量前提下能快则快。"
LISHUI_TWO = "5.社会消费品零售总额增长5%,外贸出口增长5%。"
LISHUI_2023 = ("初步核算,2023年全市生产总值(GDP)为1964.4亿元,比上年增长7.5%。分产业看,第一、二、三产业增加值分别为115.0亿元、"
               "740.1亿元和1109.3亿元,分别增长4.8%、6.7%和8.4%。三次产业结构为5.8:37.7:56.5。人均GDP为77908元(按年平均汇率折算为"
               "11056美元),增长7.2%。")


def test_a_row_number_is_no_part_of_the_name():
    parsed = compliance.parse_target(LISHUI_GDP)
    assert parsed.kind == "cumulative" and parsed.subject.text == "生产总值"
    assert [part.subject.text for part in compliance.parse_target(LISHUI_TWO).parts] == ["社会消费品零售总额", "外贸出口"]


@pytest.mark.parametrize(("target", "status"), [
    (LISHUI_GDP, Status.MET),  # 7.5, the GDP's growth, not the per-head 7.2 nor a sector's
    ("1.生产总值增长8%以上,高质量前提下能快则快。", Status.MISSED),  # made up: the same line with a higher floor
])
def test_the_numbered_line_reads_the_bulletins_gdp(target, status):
    verdict = compliance.evaluate(target, LISHUI_2023)
    assert verdict.status is status and verdict.value == Decimal("7.5")


@pytest.mark.parametrize(("reported", "status"), [("分别为6%、5.5%", Status.MET), ("分别为6%、4%", Status.MISSED)])
def test_two_targets_on_a_numbered_line(reported, status):
    assert compliance.evaluate(LISHUI_TWO, reported).status is status


@pytest.mark.parametrize(("text", "kind"), [
    ("2.5%以上", "bound"),  # a decimal figure, no row's number
    ("1.5倍", "level"),
    ("2025、2026年地区生产总值分别增长6%、5%", "several"),  # years, not row numbers (made up)
])
def test_figures_that_look_like_row_numbers_are_as_before(text, kind):
    assert compliance.parse_target(text).kind == kind
