"""Wrong or weak verdicts left over from stop 25 (its note, "Noticed and left alone"), each fixed in general.

Every string is copied from the public document named beside it; the thresholds a value is probed against either
side of (``2400万套以上``) are probes, as the corpus TSVs' values are.
"""

from __future__ import annotations

import pytest

import compliance

# 人民日报 via anyinhouse.com/news/34/2020101985009.html: the 十三五 plan's 城鎮棚戶區住房改造2000萬套, and
# 2016年至2020年8月底,全國開工改造各類棚戶區2300多萬套
SHANTY_TARGET = "城鎮棚戶區住房改造2000萬套"
SHANTY_DONE = "全國開工改造各類棚戶區2300多萬套"
# 住房和城乡建设部 via big5.cri.cn/gate/big5/ln.cri.cn/20190822/681ae584-5554-e8b5-33d6-5deb60c2f1ce.html
INVESTED = "完成投資6000多億元"


@pytest.mark.parametrize(("target", "status"), [
    (SHANTY_TARGET, "met"), ("2300万套以上", "met"),  # more than 2300万套 is at least 2300万套
    # 2300多 is short of 2400 (两千三百多万: the 多 fills the places below the hundreds; stop 27, judge/more_than.py): missed,
    # for that reason now (it was missed at first read as the 2300 alone, then pending at stop 26)
    ("2400万套以上", "missed"), ("2350万套以上", "pending"),
])
def test_a_reported_figure_with_more_before_its_unit_keeps_the_unit(target: str, status: str) -> None:
    # 2300多萬套 was the figure 2300 in a unit 多万套 (and 8000多亿元 in 多亿元: pending on units); now it reads as a
    # target does (language/more_units.py): more than 2300万套
    found = compliance.parse_reported(SHANTY_DONE)
    assert (found.kind, found.op, str(found.value.value), found.value.unit) == ("bound", "gt", "2300", "万套")
    assert compliance.evaluate(target, SHANTY_DONE).status.value == status


# 6000多亿元 is short of 7000亿元 (stop 27: the 多 fills the places below the thousands), undecided against 6500亿元
@pytest.mark.parametrize(("target", "status"), [("6000亿元以上", "met"), ("5000亿元", "met"), ("7000亿元以上", "missed"),
                                               ("6500亿元以上", "pending")])
def test_more_than_an_amount_reported(target: str, status: str) -> None:
    assert compliance.evaluate(target, INVESTED).status.value == status


# 人民网 house.people.com.cn/n1/2018/0305/c164220-29848249.html (2018年政府工作报告): 贫困人口减少6800多万 (多 ending the
# clause, no unit after it); 新华社 via feifmx.com/focus/2018lh/news/13001552/20180305/32157298.html: the target
# 今年再減少農村貧困人口1000萬以上 (万 with no unit word)
POVERTY_TARGET = "今年再減少農村貧困人口1000萬以上"
POVERTY_CUT = "贫困人口减少6800多万"


def test_more_ending_a_clause_is_more_than_the_figure() -> None:
    found = compliance.parse_reported(POVERTY_CUT)
    assert (found.kind, found.op, str(found.value.value), found.value.unit) == ("bound", "gt", "6800", "万")
    # a fall (减少) bounded or approximate, in a unit of amount, against a level: no level, as 减少1289万人 is (it was
    # MISSED, read as a growth of less than -6800万)
    verdict = compliance.evaluate(POVERTY_TARGET, POVERTY_CUT)
    assert (verdict.status.value, verdict.reason.value) == ("pending", "not_comparable")


@pytest.mark.parametrize(("reported", "status"), [
    ("13860000人", "met"), ("9990000人", "missed"),  # 1386万人, 999万人: sizes near the target's are read as before
    ("13860000000人", "pending"),  # 1000 times the target or more: 1000万 of what? (was met)
])
def test_a_target_with_a_multiplier_and_no_unit_word(reported: str, status: str) -> None:
    verdict = compliance.evaluate(POVERTY_TARGET, reported)
    assert verdict.status.value == status
    if status == "pending":
        assert verdict.reason.value == "not_comparable"
        assert any(n.code == "unit_unwritten_target" for n in verdict.notes)
        assert "may have left its own unit out" in verdict.explain("en")


# The last stop's finding (its note: 减税2万多 (no unit) is met on 130000000): no public text with the phrase was found
# (searched: 减税降费2万多亿元 政府工作报告; the reports write 近2万亿元, 约1.3万亿元). 2万多 is the analyst's string.
@pytest.mark.parametrize(("reported", "unit", "status"), [
    ("130000000元", None, "pending"), ("1.3亿元", None, "pending"),  # both met: 2万元 read, 6500 times over
    ("130000000", "元", "pending"), ("1.3", "亿元", "pending"),  # the indicator's unit given: the same
    ("30000元", None, "met"), ("15000元", None, "missed"), ("30000", "元", "met"), ("15000", "元", "missed"),
])
def test_two_wan_and_more_without_a_unit(reported: str, unit: str | None, status: str) -> None:
    target = compliance.parse_target("减税2万多")
    assert (target.kind, target.op, str(target.value.value), target.value.unit) == ("bound", "gt", "2", "万")
    assert compliance.evaluate(target, reported, unit=unit).status.value == status


def test_the_table_path_agrees_on_a_target_without_a_unit_word() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"target": ["减税2万多"] * 3, "reported": ["130000000", "15000", "30000"]})
    table = compliance.evaluate_table(frame, unit="元", polarity="higher").to_pandas()
    one = [compliance.evaluate("减税2万多", r, unit="元").status.value for r in frame["reported"]]
    assert table["status"].tolist() == one == ["pending", "missed", "met"]


# 国务院's 2019 量化指标落实情况 (人民网, via yancloud.red/Home/News/info/id/16041.html): the year's tasks restated with their
# figures, then 这些任务均已完成 (these tasks are all done): a claim of the tasks as a whole, zh.yaml tasks.every
TASKS_DONE = "中央财政一般性支出压减5%以上、“三公”经费再压减3%左右等，这些任务均已完成"


@pytest.mark.parametrize(("target", "status"), [
    ("“三公”经费再压减3%左右", "met"),
    ("“三公”经费再压减4%左右", "missed"),  # a probe: 3 is under 4左右's 3.8; pending at the start (claim and figure
    # disagreeing), though the claim is of the tasks restated, 3%左右, not of a cut of 4%
])
def test_a_claim_of_all_the_tasks_leaves_the_figure_to_decide(target: str, status: str) -> None:
    verdict = compliance.evaluate(target, TASKS_DONE)
    assert (verdict.status.value, verdict.reason.value) == (status, "measured")
    assert [n.params["words"] for n in verdict.notes if n.code == "said_of_the_tasks"] == ["这些任务均已完成"]
    assert "claims the tasks as a whole done, not this figure in particular: the figure 3% decides" in verdict.explain(
        "en")


# Stop 25's note: 新增城镇就业10.5万人,任务均已完成 against 11万人以上 was MISSED, then pending (the claim and the figure
# disagreeing). The analyst's string: no public text with a figure and 任务均已完成 beside it was found (searched: 新增城镇
# 就业 万人 任务均已完成; 新增就业 万人，各项目标任务均已完成).
@pytest.mark.parametrize(("reported", "status"), [
    ("新增城镇就业10.5万人,任务均已完成", "missed"), ("新增城镇就业11.5万人,任务均已完成", "met"),
    ("新增城镇就业10.5万人,已完成", "pending"),  # 已完成 alone beside the figure is its own word: disagreeing, pending
])
def test_the_tasks_all_done_beside_a_short_figure(reported: str, status: str) -> None:
    verdict = compliance.evaluate("11万人以上", reported)
    assert verdict.status.value == status
    said = [n.code for n in verdict.notes if n.code.startswith("said_")]
    assert said == (["said_done_missed"] if status == "pending" else ["said_of_the_tasks"])


# The fourteenth set's oq047/oq048 (昆明信息港, www.kunming.cn/news/c/2026-01-29/14014343.shtml): three sectors sharing
# the end of their names (第一 | 第二 | 第三 before 产业增加值) and three averages, without 分别, after the whole economy's
YUNNAN = ("数据显示,五年来,全省经济总量由2020年的2.52万亿元提升至2025年的3.28万亿元,其中2023年突破3万亿元大关;经济年均增长4.7%,"
          "其中第一、第二、第三产业增加值年均增长4.5%、3.2%、4.8%;人均发展水平稳步提升,人均地区生产总值由5.34万元提升至7.05万元,"
          "年均增长5.0%,快于同期GDP年均增速0.3个百分点。")
SECTORS = "其中第一、第二、第三产业增加值年均增长4.5%、3.2%、4.8%"  # the clause alone


@pytest.mark.parametrize("text", [YUNNAN, SECTORS])
@pytest.mark.parametrize(("target", "value", "status"), [
    ("第一产业增加值年均增长 6.5%左右", "4.5", "missed"),  # the set's targets (a 贵州 city's 十四五 goals)
    ("第一产业增加值年均增长4%以上", "4.5", "met"),  # probes either side of each sector's figure
    ("第二产业增加值年均增长3%以上", "3.2", "met"), ("第二产业增加值年均增长3.5%以上", "3.2", "missed"),
    ("第三产业增加值年均增长 11%左右", "4.8", "missed"),
    ("服务业增加值年均增长4.5%以上", "4.8", "met"),  # 第三产业 is 服务业 (zh.yaml synonyms), joined first, then renamed
])
def test_sectors_sharing_the_end_of_their_names(text: str, target: str, value: str, status: str) -> None:
    # each was pending (no_data or ambiguous_value): 第三产业 was renamed 服务业 before 第一 took the last item's tail
    # (第一业增加值…), the first figure's label was the last item's, and its clause was taken for another indicator's
    verdict = compliance.evaluate(target, text)
    assert (verdict.status.value, str(verdict.value)) == (status, value)


@pytest.mark.parametrize(("target", "status"), [("地区生产总值年均增长4.5%以上", "met"), ("地区生产总值年均增长5%以上", "missed")])
def test_the_whole_economy_beside_its_sectors(target: str, status: str) -> None:
    verdict = compliance.evaluate(target, YUNNAN)
    assert (verdict.status.value, str(verdict.value)) == (status, "4.7")  # never a sector's figure


# 福建 2023 (fgw.fujian.gov.cn/zwgk/ghjh/ndjh/202312/t20231208_6327420.htm, the corpus's o0023): the same with 分别 and
# the ordinals without 第
FUJIAN = "全省地区生产总值48810亿元,增长8.0%,其中一、二、三产业增加值分别增长4.9%、7.5%、8.8%"


@pytest.mark.parametrize(("target", "value", "status"), [
    ("第一产业增加值增长5%", "4.9", "missed"), ("第二产业增加值增长7%", "7.5", "met"),
    ("第三产业增加值增长9%", "8.8", "missed"),  # pending (ambiguous_value) at the start
    ("第三产业增加值增长8%", "8.8", "met"),
])
def test_sectors_listed_with_respectively(target: str, value: str, status: str) -> None:
    verdict = compliance.evaluate(target, FUJIAN)
    assert (verdict.status.value, str(verdict.value)) == (status, value)


# 第一、二、三产业 (one 第 before the list): no public text found with this spelling and figures after it (searched:
# 第一、二、三产业增加值分别增长 统计公报; the bulletins write 一、二、三产业 or each sector's clause), so the list is the
# clause above respelt. Its 二 was a candidate value (2) that cut the name short: 第一产业 took the 3.2, a wrong verdict
# this change would otherwise have made (language/ordinals.py: a numeral going on a list of ordinals after 第 is one).
@pytest.mark.parametrize("text", ["第一、二、三产业增加值增长4.5%、3.2%、4.8%", "第一、二、三产业增加值分别增长4.5%、3.2%、4.8%"])
@pytest.mark.parametrize(("target", "value", "status"), [
    ("第一产业增加值增长4%以上", "4.5", "met"), ("第一产业增加值增长5%以上", "4.5", "missed"),
    ("第二产业增加值增长3%以上", "3.2", "met"), ("第三产业增加值增长5%以上", "4.8", "missed"),
])
def test_ordinals_after_one_di(text: str, target: str, value: str, status: str) -> None:
    verdict = compliance.evaluate(target, text)
    assert (verdict.status.value, str(verdict.value)) == (status, value)


@pytest.mark.parametrize(("reported", "status"), [
    ("城镇、农村居民人均可支配收入分别增长5.1%、6.5%", "met"), ("城镇、农村居民人均可支配收入增长5.1%、6.5%", "met"),
])
def test_two_halves_still_pair(reported: str, status: str) -> None:
    # the shape of the README's own 城镇、农村居民人均可支配收入分别增长6%、7%左右: unchanged, each half its figure
    assert compliance.evaluate("农村居民人均可支配收入增长6%", reported).status.value == status
    assert compliance.evaluate("城镇居民人均可支配收入增长6%", reported).status.value == "missed"


# The fourteenth set's oq038 (中新社 via guibinke.net/article/jieliu/830917): a province's own name before 生产总值
ZHEJIANG = ("中新社杭州1月14日电 (王逸飞 鲍梦妮)浙江省第十四届人民代表大会第三次会议14日在浙江杭州开幕,浙江省代省长刘捷作政府工作报告时"
            "介绍,2024年浙江省生产总值增长5.5%左右。")


@pytest.mark.parametrize(("target", "status"), [
    ("地区生产总值增长6%左右", "missed"),  # the set's target (湖州 2024): 5.5 is under the band (5.7)
    ("地区生产总值增长5%以上", "met"),  # a probe
])
def test_a_places_own_name_before_the_gdp(target: str, status: str) -> None:
    verdict = compliance.evaluate(target, ZHEJIANG)  # pending no_data at the start: 浙江省 was taken for another name
    assert (verdict.status.value, str(verdict.value)) == (status, "5.5")


@pytest.mark.parametrize(("words", "other"), [
    ("浙江省生产总值", False),  # the province's own (zh.yaml choosing.own_place)
    # zones within a place (choosing.zones), never the place's: 前三季度濟南高新區生產總值(GDP)實現1106.8億元 (www.shannonangel.com/
    # news/show-67461.html), 前三季度国家高新区生产总值同比增长7.11% (中新社 via blog.bobobk.com/financial/2023/12-12/10127106.html)
    ("济南高新区生产总值", True), ("国家高新区生产总值", True),
])
def test_a_zone_is_never_the_place(words: str, other: bool) -> None:
    from compliance.judge.names import names_other

    assert names_other("地区生产总值", words) is other
