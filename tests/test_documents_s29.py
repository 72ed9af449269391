"""What stop 29's new real pairs (tests/documents/pairs: 辽宁 2025, 陕西 2018, 沈阳 2023, 涪陵区 2019) showed on first sight,
each reading held either side of its threshold with real text:

* (辽宁 2025, 辽宁日报's lines) a line of a year alone dates the lines under it: under ``2026年`` stand 2026's aims
  (``一般公共预算收入增长2.5%左右``, ``城镇调查失业率5.5%左右``), which had been taken as 2025's figures (a WRONG MISSED of the
  revenue's 增长4%, a WRONG MET of the unemployment rate's 5.5%左右); a longer heading naming a year (a report's title, its
  table of contents) dates nothing;
* (辽宁 2025, the province's 分工方案) a list of targets inside ``对…等经济社会发展预期目标完成情况进行监测和督导``: a qualifier
  after 、 is no figure's (``5%以上、规模以上工业增加值``: the list was cut inside 规模以上), an item's ordinal and ``对`` before
  a known name are no part of it, a named figure after a target in words starts its own clause (``…基本同步、粮食产量500亿斤
  左右``) and 等 with the kind of the targets closes the list;
* (辽宁 2025, 中新网) names joined by 和 before 分别 (``城镇和农村居民人均可支配收入分别增长4.3%、5.3%``) give each its figure;
* (陕西 2018) ``城乡居民收入分别增长8.5%和9%左右`` names the halves short (城镇居民收入, 农村居民收入): synonyms.yaml;
* (沈阳 2023) a page stating three capitals' targets, each paragraph naming its congress (长春市第十六届…, 沈阳市第十七届…,
  哈尔滨市第十六届…): the targets of the place the outcome document names as its own (沈阳), not the first city's;
* (威海 2017) a growth in words read against the reported rate (no earlier level in the documents) takes no level for the rate:
  ``进出口保持稳定增长`` had been MET on ``进出口总额1404.91亿元`` (judge/evaluate.py: a figure written in a unit of amount is a level).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.documents import extract, judge, load

PAIRS = Path(__file__).resolve().parent / "documents" / "pairs"


def _pair(name: str, file: str) -> str:
    return (PAIRS / name / file).read_text(encoding="utf-8")


# the 2025年省《政府工作报告》重点工作分工方案(一) (zwcm.itez.com.cn/dnp/content/ZZX4V0RD06F61SYCEH); 中新网 on the 2026 report
# (us.usy7.cc/usy0128HWE99.xml) and 辽宁日报's lines (www.51tgb.com/page?newsid=48620)
LIAONING, LIAONING_DONE = _pair("liaoning-2025", "targets.txt"), _pair("liaoning-2025", "outcomes.txt")
# 辽宁日报's lines alone: 2025's 亮点 and 2026's 落点 under headings of a year alone
LINES = LIAONING_DONE[LIAONING_DONE.index("10个关键句"):]
# 国际在线 on 陕西's 2018 report (big5.cri.cn); 华商网 on the 2019 report's review (yybnet.net/xian/news/201901/8638750.html)
SHAANXI, SHAANXI_DONE = _pair("shaanxi-2018", "targets.txt"), _pair("shaanxi-2018", "outcomes.txt")
# three capitals' 2023 targets (www.265xx.com/w422/230971.html); 沈阳市发展和改革委员会 on 2023's plan
# (fgw.shenyang.gov.cn/fggz/202401/t20240123_4595096.html)
CAPITALS, SHENYANG_DONE = _pair("shenyang-2023", "targets.txt"), _pair("shenyang-2023", "outcomes.txt")
# 威海晚报 on 威海's 2017 report (m.yybnet.net/weihai/news/201703/5969735.html); the city's 2017 概况 in a yearbook
# (shandong-chorography.org/database/d00/section/35/article/273)
WEIHAI, WEIHAI_DONE = _pair("weihai-2017", "targets.txt"), _pair("weihai-2017", "outcomes.txt")


def _judged(tmp_path, targets: str, outcomes: str, year: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each indicator's target, figure taken and verdict, as ``compliance check --document t.txt --outcomes o.txt``."""
    (tmp_path / "t.txt").write_text(targets, encoding="utf-8")
    (tmp_path / "o.txt").write_text(outcomes, encoding="utf-8")
    plan = load(extract(tmp_path / "t.txt", outcomes=tmp_path / "o.txt", year=year, outcome_year=year))
    verdicts = {j.indicator.id: j.verdict.status.value for j in judge(plan, [year])}
    return {i.found.name: (i.found.targets[year].text if year in i.found.targets else None,
                           i.found.reported[year].text if year in i.found.reported else None, verdicts.get(i.id))
            for i in plan.extraction.indicators}


# ---- a line of a year alone dates the lines under it


AIMS = "2025年主要预期目标是:社会消费品零售总额增长{retail},一般公共预算收入增长{revenue},城镇调查失业率5.5%左右。\n"


@pytest.mark.parametrize(("retail", "status"), [("5%以上", "missed"), ("1%以上", "met")])
def test_a_line_under_a_year_alone_is_that_years(tmp_path, retail, status):
    """``社会消费品零售总额增长1.4%`` under ``2025年`` is 2025's (missed at 5%, met at 1%)."""
    judged = _judged(tmp_path, AIMS.format(retail=retail, revenue="4%"), LINES, "2025")
    _, figure, verdict = judged["社会消费品零售总额"]
    assert figure == "社会消费品零售总额增长1.4%" and verdict == status


def test_next_years_aims_under_their_year_are_no_outcomes(tmp_path):
    """Under ``2026年``: 2026's aims. The revenue's 2.5%左右 had MISSED 增长4% and the jobless rate's 5.5%左右 MET 5.5%左右."""
    judged = _judged(tmp_path, AIMS.format(retail="5%以上", revenue="4%"), LINES, "2025")
    assert judged["一般公共预算收入"][1:] == (None, "pending")
    assert judged["城镇调查失业率"][1:] == (None, "pending")


@pytest.mark.parametrize(("revenue", "status"), [("2%", "met"), ("4%", "missed")])
def test_the_same_line_under_this_years_heading_is_taken(tmp_path, revenue, status):
    """The revenue's line moved under ``2025年`` is 2025's figure: 2.5 meets 2%, misses 4% (the heading decides)."""
    lines = LINES.replace("2026年\n\n地区生产总值增长4.5%左右", "2025年\n\n地区生产总值增长4.5%左右", 1)
    judged = _judged(tmp_path, AIMS.format(retail="5%以上", revenue=revenue), lines, "2025")
    assert judged["一般公共预算收入"][1:] == ("一般公共预算收入增长2.5%左右", status)


def test_a_longer_heading_naming_a_year_dates_nothing(tmp_path):
    """A table of contents (``二、2024年目标任务和主要工作``) over ``回顾2023`` and its figures: 2023's, not 2024's (河北's
    2024 report, guan.gov.cn: hebei-2023's outcomes)."""
    done = _pair("hebei-2023", "outcomes.txt")
    judged = _judged(tmp_path, "2023年主要预期目标是:地区生产总值增长6%左右,进出口总值增长5%。\n", done, "2023")
    assert judged["地区生产总值"][1:] == ("生产总值增长5.5%", "missed")
    assert judged["进出口总值"][1:] == ("进出口总值增长7.4%", "met")


# ---- 对…等经济社会发展预期目标完成情况进行监测和督导: a list of targets inside a sentence of monitoring


def test_the_monitored_targets_are_read_one_each(tmp_path):
    judged = _judged(tmp_path, LIAONING, LIAONING_DONE, "2025")
    assert {name: target for name, (target, _, _) in judged.items()} == {
        "地区生产总值": "增长5%以上", "规模以上工业增加值": "增长4.5%以上", "固定资产投资": "增长8%左右",
        "社会消费品零售总额": "增长5%以上", "一般公共预算收入": "增长4%", "进出口总额": "增长5%左右",
        "城镇新增就业": "47万人左右", "城镇调查失业率": "5.5%左右", "居民消费价格涨幅": "2%左右",
        "居民人均可支配收入": "增长与经济增长基本同步", "粮食产量": "500亿斤左右"}  # 能耗完成国家下达任务: no figure
    assert judged["地区生产总值"][1:] == ("地区生产总值增长3.7%", "missed")
    assert judged["粮食产量"][1:] == ("粮食产量515.6亿斤、创历史新高", "met")


@pytest.mark.parametrize(("growth", "status"), [("3.7%", "missed"), ("5.1%", "met")])
def test_the_first_monitored_target_keeps_its_name(tmp_path, growth, status):
    """``一、对地区生产总值增长5%以上``: the ordinal and 对 are no part of the name (it had been lost)."""
    done = f"2025年,辽宁省经济总体平稳、稳中有进,地区生产总值增长{growth},城镇新增就业48万人。\n"
    judged = _judged(tmp_path, LIAONING, done, "2025")
    assert judged["地区生产总值"] == ("增长5%以上", f"地区生产总值增长{growth}", status)


@pytest.mark.parametrize(("clause", "read"), [
    ("一、对地区生产总值增长5%以上、规模以上工业增加值增长4.5%以上等预期目标进行监测",
     [("地区生产总值", "增长5%以上"), ("规模以上工业增加值", "增长4.5%以上")]),
    # 对 before no known name stays (对外贸易)
    ("对外贸易进出口总额增长5%左右", [("对外贸易进出口总额", "增长5%左右")]),
    # a qualifier right after its figure still closes it (4.3%左右居民人均可支配收入…)
    ("地区生产总值增长5%以上规模以上工业增加值增长6%", [("地区生产总值", "增长5%以上"), ("规模以上工业增加值", "增长6%")]),
])
def test_a_qualifier_after_a_list_mark_is_no_figures(tmp_path, clause, read):
    from compliance.documents.clauses import paragraph_targets
    from compliance.documents.readers import read_document

    (tmp_path / "t.txt").write_text(f"2025年主要预期目标是:{clause}。\n", encoding="utf-8")
    found, _, _ = paragraph_targets(read_document(tmp_path / "t.txt"), "2025")
    assert [(f.name, f.targets["2025"].text) for f in found] == read


def test_a_list_of_names_closed_by_etc_stays_whole():
    """等 closes a list of targets (figures before it), not a list of names (``生态环境质量、能源、水资源等指标``)."""
    from compliance.documents.clauses import _closed

    assert _closed("生态环境质量、能源、水资源等指标完成省下达任务") == "生态环境质量、能源、水资源等指标完成省下达任务"
    assert _closed("粮食产量500亿斤左右、单位地区生产总值能耗完成国家下达任务等经济社会发展预期目标完成情况") == \
        "粮食产量500亿斤左右、单位地区生产总值能耗完成国家下达任务"
    assert _closed("粮食产量500亿斤左右、能耗下降2%等工作") == "粮食产量500亿斤左右、能耗下降2%等工作"  # no kind of targets


# ---- 城镇和农村…分别: names joined by 和 before 分别


@pytest.mark.parametrize(("urban", "status"), [("4%", "met"), ("4.5%", "missed")])
def test_names_joined_by_and_take_their_own_figures(tmp_path, urban, status):
    targets = f"2025年主要预期目标是:城镇居民人均可支配收入增长{urban},农村居民人均可支配收入增长5%。\n"
    judged = _judged(tmp_path, targets, LIAONING_DONE, "2025")
    assert judged["城镇居民人均可支配收入"][1:] == ("城镇居民人均可支配收入增长4.3%", status)
    assert judged["农村居民人均可支配收入"][1:] == ("农村居民人均可支配收入增长5.3%", "met")


def test_a_name_with_and_and_one_value_stays_whole():
    from compliance.documents.clauses import split_clause

    assert split_clause("社会保障和就业支出分别增长5%") == [("社会保障和就业支出", "分别增长5%")]
    assert split_clause("城镇和农村居民人均可支配收入分别增长4.3%、5.3%") == [
        ("城镇居民人均可支配收入", "增长4.3%"), ("农村居民人均可支配收入", "增长5.3%")]


# ---- 城镇居民收入, 农村居民收入: the halves said short


@pytest.mark.parametrize(("urban", "status"), [("8.5%", "met"), ("9.5%", "missed")])
def test_the_halves_said_short_take_the_reviews_figures(tmp_path, urban, status):
    """8.1 against 8.5%左右 (within 5%: about 8.5) met, against 9.5%左右 missed."""
    targets = SHAANXI.replace("分別增長8.5%和9%左右", f"分別增長{urban}和9%左右")
    judged = _judged(tmp_path, targets, SHAANXI_DONE, "2018")
    assert judged["城镇居民收入"][1:] == ("城镇居民人均可支配收入增长8.1%", status)
    assert judged["农村居民收入"][1:] == ("农村居民人均可支配收入增长9.2%", "met")


# ---- several places' targets: the outcome document's place's


def test_the_outcome_documents_place_gives_the_targets(tmp_path):
    judged = _judged(tmp_path, CAPITALS, SHENYANG_DONE, "2023")
    assert judged["地区生产总值"] == ("增长6%以上", "地区生产总值增长6%左右", "met")  # not 长春's 6.5%左右
    assert judged["固定资产投资"] == ("增长10%以上", "固定资产投资增长3%左右", "missed")  # not 长春's 5%左右 (met)
    assert "粮食产量" not in judged and "地方级财政收入" not in judged  # 长春's alone


def test_another_places_targets_are_listed_as_such(tmp_path):
    (tmp_path / "t.txt").write_text(CAPITALS, encoding="utf-8")
    (tmp_path / "o.txt").write_text(SHENYANG_DONE, encoding="utf-8")
    extraction = extract(tmp_path / "t.txt", outcomes=tmp_path / "o.txt", year="2023", outcome_year="2023")
    others = [u.text for u in extraction.unplaced if "another place's target" in u.reason]
    assert "粮食产量达到250亿斤阶段性水平" in others and "地区生产总值增长6.5%左右" in others


@pytest.mark.parametrize(("place", "target"), [("长春", "增长6.5%左右"), ("沈阳", "增长6%以上")])
def test_the_place_named_decides_whose_targets(tmp_path, place, target):
    """The same page against an outcome text naming 长春's congress keeps 长春's targets; naming none, the first read."""
    done = f"——2024年1月在{place}市第十六届人民代表大会第三次会议上\n预计全市地区生产总值增长6.9%。\n"
    assert _judged(tmp_path, CAPITALS, done, "2023")["地区生产总值"][0] == target


def test_an_outcome_naming_no_place_leaves_the_targets_as_read(tmp_path):
    judged = _judged(tmp_path, CAPITALS, "预计全市地区生产总值增长6.9%。\n", "2023")
    assert judged["地区生产总值"][0] == "增长6.5%左右"  # the first paragraph's, as before: no place to choose by
    assert "粮食产量" in judged


# ---- a growth in words against a level


@pytest.mark.parametrize(("said", "status"), [
    ("进出口总额1404.91亿元", "pending"),  # a level: its previous level decides, and none is given (had been MET)
    ("进出口总额1404.91亿元,比上年增长5%", "met"),  # the growth said: above zero
    ("进出口总额1404.91亿元,比上年下降2%", "missed"),
])
def test_a_level_is_no_growth_rate(tmp_path, said, status):
    done = WEIHAI_DONE.replace("进出口总额1404.91亿元", said.replace("进出口总额1404.91亿元", "进出口总额1404.91亿元", 1))
    judged = _judged(tmp_path, WEIHAI, done, "2017")
    assert judged["进出口"][0] == "稳定增长" and judged["进出口"][2] == status


@pytest.mark.parametrize(("reported", "status"), [("1404.91亿元", "pending"), ("增长3%", "met"), ("下降3%", "missed")])
def test_a_rate_measure_reads_no_amount_as_the_rate(reported, status):
    """The same through the library, the measure given as the documents give it (a rate)."""
    import compliance
    from compliance.models import Measure

    assert compliance.evaluate("稳定增长", reported, measure=Measure.RATE).status.value == status


def test_the_weihai_halves_joined_by_and_are_read():
    judged_names = {f for f in ("城镇居民人均可支配收入", "农村居民人均可支配收入")}
    from compliance.documents.clauses import split_clause

    assert {name for name, _ in split_clause("城镇和农村居民人均可支配收入分别增长8%和8.5%左右")} == judged_names
