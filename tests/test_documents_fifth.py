"""County, district and prefecture-city wording met in the fifth collection of real document pairs
(tests/documents/pairs: echeng-2023, xinxiang-2022, xianyang-2024, wuchang-2024, and wuchang-2022 kept unread).

Each case is the shape a real pair showed, cut down to its sentence, judged either side of its threshold: the
targets of a 力争 paragraph after the lead-in's, a 、 list of named targets, a 城乡 pair under 分别, a target of a
level and a growth, a rank between a figure and its growth, and an outcome line restating its target before the
estimate.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from compliance.documents import extract, judge, load
from documentkit import judged

PAIRS = Path(__file__).resolve().parent / "documents" / "pairs"


TARGETS_LIST = ("2023年，全区经济社会发展主要预期目标是：实现GDP增速高于全市平均水平，努力争取最好的结果。\n"
                "力争固定资产投资增幅16%以上、规上工业产值增幅13%以上、限上社零额同比增长15%以上，"
                "财政总收入达到20亿元、增幅12%以上。\n")


@pytest.mark.parametrize(("investment", "industry", "status_investment", "status_industry"), [
    ("22.78", "5", "met", "missed"),    # 鄂城区 2023's own figures
    ("15", "13.5", "missed", "met"),    # either side of 16 and 13
])
def test_a_list_of_named_targets_in_the_paragraph_after_the_lead_in(tmp_path, investment, industry,
                                                                  status_investment, status_industry):
    got = judged(tmp_path, TARGETS_LIST, f"全年固定资产投资预计同比增长{investment}%，规上工业产值预计同比增长{industry}%。")
    assert got["固定资产投资"][0] == "增幅16%以上" and got["固定资产投资"][2] == status_investment
    assert got["规上工业产值"][0] == "增幅13%以上" and got["规上工业产值"][2] == status_industry
    assert got["限上社零额"][0] == "增长15%以上"
    assert got["财政总收入"][0] == "达到20亿元、增幅12%以上"  # a level and a growth: one target of two parts


@pytest.mark.parametrize(("outcome", "status"), [
    ("财政总收入预计完成21.65亿元，同比增长36.1%", "met"),
    ("财政总收入预计完成21.65亿元，同比增长6.1%", "missed"),   # the growth part short
    ("财政总收入预计完成19.5亿元，同比增长36.1%", "missed"),   # the level part short
])
def test_a_target_of_a_level_and_a_growth_reads_both_figures(tmp_path, outcome, status):
    got = judged(tmp_path, TARGETS_LIST, outcome + "。")
    assert got["财政总收入"][1] == outcome and got["财政总收入"][2] == status


@pytest.mark.parametrize(("growth", "status"), [("9", "missed"), ("12", "met")])
def test_a_rank_between_a_figure_and_its_growth(tmp_path, growth, status):
    targets = "2022年主要预期目标是：地区生产总值增长10%以上，一般公共预算收入增长10%以上。"
    outcomes = f"2022年，全市完成地区生产总值3464亿元，增长10.5%；一般公共预算收入227亿元，居全省第4位，增长{growth}%。"
    got = judged(tmp_path, targets, outcomes, "2022")
    assert got["一般公共预算收入"][1] == f"一般公共预算收入227亿元，居全省第4位，增长{growth}%"
    assert got["一般公共预算收入"][2] == status


def test_a_town_and_country_pair_under_respectively(tmp_path):
    targets = "主要预期目标是：生产总值增长6%左右，城乡居民人均可支配收入分别增长6.5%、8%左右。"
    got = judged(tmp_path, targets, "城镇居民人均可支配收入增长6.8%，农村居民人均可支配收入增长7%。", "2024")
    assert got["城镇居民人均可支配收入"][:1] == ("增长6.5%左右",) and got["城镇居民人均可支配收入"][2] == "met"
    assert got["农村居民人均可支配收入"][:1] == ("增长8%左右",) and got["农村居民人均可支配收入"][2] == "missed"


RESTATED_TARGETS = ("2024年经济社会发展的主要目标预安排：\n——地区生产总值增长6.5%左右；\n"
                    "——实施重大项目220项，年度计划投资340亿元以上。\n")


@pytest.mark.parametrize(("projects", "investment", "status_projects", "status_investment"), [
    ("255", "387亿元以上", "met", "met"),
    ("210", "330亿元", "missed", "missed"),  # the 220项 and 340亿元 restated before the colon are never taken
])
def test_an_outcome_line_restating_its_targets_before_the_estimates(tmp_path, projects, investment,
                                                                   status_projects, status_investment):
    outcomes = (f"——计划实施重大项目220项，年度计划投资340亿元以上：预计全年实施重大项目{projects}项，"
                f"实现投资{investment}。\n")
    got = judged(tmp_path, RESTATED_TARGETS, outcomes, "2024")
    assert got["实施重大项目"][1] == f"实施重大项目{projects}项" and got["实施重大项目"][2] == status_projects
    assert got["年度计划投资"][1] == f"实现投资{investment}" and got["年度计划投资"][2] == status_investment
    assert got["地区生产总值"][1] is None  # no line gives it


def test_the_pair_whose_outcome_table_is_not_read_gets_no_wrong_verdict(tmp_path):
    """wuchang-2022: the outcome table stored one cell a line is not read; what is judged is judged as the reader."""
    folder = PAIRS / "wuchang-2022"
    spec = YAML(typ="safe").load((folder / "expected-unread.yaml").read_text(encoding="utf-8"))
    year = str(spec["year"])
    plan = load(extract(folder / spec["targets"], outcomes=folder / spec["outcomes"], year=year, outcome_year=year))
    verdicts = {j.indicator.name: j.verdict.status.value for j in judge(plan, [year])}
    assert {item["name"] for item in spec["indicators"]} <= set(verdicts)
    for item in spec["indicators"]:
        assert verdicts[item["name"]] in ("pending", item["verdict"]), item["name"]


@pytest.mark.parametrize(("revenue", "status"), [("5.5", "met"), ("4.8", "missed")])
def test_a_secured_and_an_aspired_figure_are_one_target(tmp_path, revenue, status):
    """确保X，力争Y: the clause of 力争 raises the one before it; it names no indicator 力争. 力争实现… names its own."""
    targets = ("2023年主要预期目标是：地区生产总值确保增长6.5%、力争7%，一般公共预算收入确保增长5%，力争增长6%，"
               "力争实现固定资产投资增长10%。")
    got = judged(tmp_path, targets, f"全年地区生产总值增长6.8%，一般公共预算收入增长{revenue}%，固定资产投资增长9%。")
    assert set(got) == {"地区生产总值", "一般公共预算收入", "固定资产投资"}
    assert got["一般公共预算收入"][0] == "确保增长5%，力争增长6%" and got["一般公共预算收入"][2] == status
    assert got["地区生产总值"][0] == "确保增长6.5%、力争7%" and got["地区生产总值"][2] == "met"  # 6.8 >= 6.5
    assert got["固定资产投资"][0] == "增长10%" and got["固定资产投资"][2] == "missed"


def test_a_bare_multiplier_never_converts_into_a_percentage():
    """经济总量迈上3000亿台阶: 3000亿 counts; read in the target's % it was 300000000000% and met a 6% growth target
    whatever the growth said after it (咸阳 2024's wording)."""
    from decimal import Decimal

    import compliance
    from compliance.language.units import convert

    assert convert(Decimal(3000), "亿", "%") is None and convert(Decimal(3), "万", "个百分点") is None
    assert convert(Decimal(3), "万", "人") == Decimal(30000)  # a bare multiplier still takes a count's dimension
    said = "地区生产总值迈上3000亿台阶，{}"
    judged = {growth: compliance.evaluate("增长6%左右", said.format(growth), indicator="地区生产总值").status.value
              for growth in ("增速达到4%", "增速达到6.5%", "增长4%", "增长6.5%")}
    assert judged["增速达到4%"] != "met"  # was met on 300000000000%
    assert judged["增长4%"] == "missed" and judged["增长6.5%"] == "met"
