"""Phrasings of the seventeenth set (tests/corpus/targets_seventeenth.tsv) read in general, each checked by its verdict either side.

与市保持一致 (in line with the city's figure) names the city's level as 与全国一致 names the nation's (zh.yaml references: 市 or 全市,
省 or 全省, only between 与 and (保持)一致); the level comes from ``references`` under the words as written, and without it the
target is pending, never read as a figure.

A plan period with 时期/期间 opening a target (十四五时期, also quoted: “十三五”时期) is the period the target is for, no part of
its name (zh.yaml period_leads, language/leads.py): the name of “十三五”时期经济年均增长保持在6.5%以上 was 十三五”时期经济, and a
report's 地区生产总值年均增长8.1% was another indicator's (pending). Now the economy's name meets the GDP's figure.

A change stated against a base year more than one year back (较2016年分别增长30.7%, 比2016年增长35.2% in texts of 2021) is the
change over those years, never one year's growth: against 增长6%以上 it was MET (judge/years.since_earlier_year: pending
not_comparable, since_year); 比上年 reads as before. 奋力 (strive) before a level after a target is an aim, as 力争 is
(zh.yaml floor_stretch.stretch). 保持优良 (kept good) is a quality without a figure (zh.yaml qualitative.predicates).

A quoted slogan without a figure, with words on both sides of it (在全区经济发展“高于全省、领跑全市”的总基调下), is plain words
of its clause (language/quoted.py): its 高于全省 was read as a comparison and its 、 as a list, and the target was unread. A
quotation standing as its own clause (a quoted hedge after 、) keeps its words.
"""

from __future__ import annotations

import pytest

import compliance
from compliance.models import Reason, Status

#: 2026娄底市娄星区政府工作报告要点 (娄星区融媒体中心, https://www.hnldlx.cn/content/646046/62/15728553.html), the seventeenth set's
#: tg016
IN_LINE = "居民消费价格涨幅与市保持一致"


@pytest.mark.parametrize(("value", "status"), [("0.8", Status.MET), ("1", Status.MET), ("1.5", Status.MISSED)])
def test_in_line_with_the_city_is_at_most_the_citys_rise(value, status):
    verdict = compliance.evaluate(IN_LINE, value, polarity="lower", references={"市": 1})
    assert verdict.status is status


def test_the_city_is_the_reference_and_without_its_level_the_target_waits():
    parsed = compliance.parse_target(IN_LINE)
    assert parsed.kind == "reference" and parsed.name == "全市平均水平"
    verdict = compliance.evaluate(IN_LINE, "1", polarity="lower")
    assert verdict.status is Status.PENDING and verdict.reason is Reason.REFERENCE_UNKNOWN


def test_the_citys_own_target_words_are_unchanged():
    """市定目标 (the city's target, zh.yaml 市级要求) is no 与…一致: a task, as before (张湾区 2020, the set's tg008)."""
    parsed = compliance.parse_target("城镇登记失业率、节能减排、安全生产等指标控制在市定目标内")
    assert parsed.kind == "qualitative"


#: 十三五规划纲要草案 (https://wokee.net/5367.html), the first set's t0461
DECADE = "“十三五”时期经济年均增长保持在6.5%以上"
#: 2021毕节市政府工作报告 (十三五回顾, https://guanlizhidu.com/doc/2632570.html), the seventeenth set's og035
BIJIE = "地区生产总值、金融机构贷款余额均突破2000亿元,人均地区生产总值突破3万元,地区生产总值年均增长8.1%,经济总量稳居全省第三。"
#: 齐齐哈尔市政府工作报告 2022 (five years' review, http://district.ce.cn/newarea/roll/202203/15/t20220315_37404369.shtml),
#: the tenth set's ox050
QIQIHAR = "全市地区生产总值年均增长5.6%;规上工业增加值年均增长11.9%;公共财政预算收入年均增长7.2%(按可比口径)。"


def test_a_quoted_plan_period_is_no_part_of_the_name():
    parsed = compliance.parse_target(DECADE)
    assert parsed.subject is not None and parsed.subject.text == "经济"


@pytest.mark.parametrize(("sentence", "status", "value"), [(BIJIE, Status.MET, "8.1"), (QIQIHAR, Status.MISSED, "5.6")])
def test_the_economys_average_is_the_gdps_average_either_side(sentence, status, value):
    """The reading either side (齐齐哈尔's five years are 2017-2021, read here only for a figure under the 6.5 floor)."""
    verdict = compliance.evaluate(DECADE, sentence)
    assert verdict.status is status and str(verdict.value) == value


def test_the_per_head_average_is_still_another_measure():
    """人均地区生产总值 (the GDP per head) is no economy's growth, quoted period or not."""
    verdict = compliance.evaluate(DECADE, "人均地区生产总值突破3万元,年均增长8.1%。")
    assert verdict.status is Status.PENDING


#: 屯昌县第十六届人民代表大会第一次会议召开 (新华网海南, http://hq.news.cn/service/2022-01/11/c_1128253168.htm), og040
TUNCHANG = "据介绍,2021年屯昌县预计地区生产总值、地方一般公共预算收入、社会消费品零售总额较2016年分别增长30.7%、95.8%、36.1%。"
#: 2022黄冈市政府工作报告 (http://hb.china.com.cn/2022-01/29/content_41868032.htm), og046
HUANGGANG = "预计2021年实现地区生产总值2550亿元,比2016年增长35.2%,人均GDP突破4万元。"
#: 2021年上饶市国民经济和社会发展统计公报 (https://tjgb.hongheiku.com/djs/27891.html), og009
SHANGRAO = "经省统计局统一核算,全年全市地区生产总值3043.5亿元,比上年增长9.0%。"
#: 2021国务院政府工作报告, the first set's t0164
NATION_2021 = "国内生产总值增长6%以上"


@pytest.mark.parametrize("sentence", [TUNCHANG, HUANGGANG])
def test_a_change_since_a_year_five_back_is_no_years_growth(sentence):
    verdict = compliance.evaluate(NATION_2021, sentence)
    assert verdict.status is Status.PENDING and verdict.reason is Reason.NOT_COMPARABLE
    assert verdict.missing == ("since_year",)


def test_a_change_over_the_previous_year_is_the_years():
    verdict = compliance.evaluate(NATION_2021, SHANGRAO)
    assert verdict.status is Status.MET and str(verdict.value) == "9.0"


#: 2025湘潭市政府工作报告 (http://district.ce.cn/newarea/roll/202502/10/t20250210_39287473_1.shtml), tg046
XIANGTAN = "经济社会发展主要预期目标是:地区生产总值增长6%左右、奋力站上3000亿元大台阶"


@pytest.mark.parametrize(("value", "status"), [("6.2", Status.MET), ("5.8", Status.MET), ("5", Status.MISSED)])
def test_the_level_after_fenli_is_an_aim_the_growth_decides(value, status):
    assert compliance.evaluate(XIANGTAN, value).status is status


def test_the_aim_alone_is_no_growth():
    assert compliance.evaluate(XIANGTAN, "3010亿元").status is Status.PENDING


#: 2026文昌市政府工作报告主要预期目标 (https://www.futurephecda.com/news/67626), tg062
KEPT_GOOD = "生态环境质量保持优良"


def test_kept_good_is_a_quality_attested_or_waiting():
    assert compliance.parse_target(KEPT_GOOD).kind == "qualitative"
    assert compliance.evaluate(KEPT_GOOD, "实现").status is Status.MET
    assert compliance.evaluate(KEPT_GOOD, None).status is Status.PENDING


#: 2022黄州区政府工作报告主要预期目标 (荆楚网, http://cqtresearch.com/news/jujiao/2021/1120/93715.html), tg030
SLOGAN = "具体到2022年,在全区经济发展“高于全省、领跑全市”的总基调下,实现地区生产总值增长13%以上"
#: the first set's t0251 (hk.on.cc/hk/bkn/cnt/finance/20250114/bkn-20250114182015100-0114_00842_001.html, traditional): a
#: hedge quoted as a clause of its own
QUOTED_HEDGE = "地區生產總值增長5%左右、「努力爭取更好結果」"


@pytest.mark.parametrize(("value", "status"), [("13.5", Status.MET), ("13", Status.MET), ("12", Status.MISSED)])
def test_a_quoted_slogan_in_the_lead_clause_is_no_comparison(value, status):
    assert compliance.evaluate(SLOGAN, value).status is status


def test_the_slogan_names_no_reference_and_no_list():
    parsed = compliance.parse_target(SLOGAN)
    assert parsed.kind == "cumulative" and parsed.subject is not None and parsed.subject.text == "地区生产总值"


@pytest.mark.parametrize(("value", "status"), [("5.4", Status.MET), ("4.0", Status.MISSED)])
def test_a_quoted_hedge_standing_alone_keeps_its_reading(value, status):
    assert compliance.evaluate(QUOTED_HEDGE, value).status is status
