"""Stop 30 (A2): the new real pairs' outcome texts (tests/documents/pairs/{songyuan-2024,ningxia-2021,zhongshan-2025}),
read against targets either side of what they report.

1. A level's change (城镇化率提高1.5个百分点) takes the clause that goes on from the level (比上年提高1.99个百分点), as a
   growth does; it was read on the level alone and left pending (no earlier level).
2. A sentence of a plan period's years (“十四五”期间…连续跨越3500亿元、4000亿元关口,预计2025年将突破4200亿元) gives the
   outcome year's figure in the clause naming that year, not in the name's own clause (the five years').
3. What first sight read right, pinned on the real sentences: a bulletin's note mark after the name
   (地区生产总值[2]1002.18亿元), a size joined by 、 to another indicator's figures, a growth of 2025 beside the five
   years' sizes and average.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.documents import extract, judge, load

PAIRS = Path(__file__).resolve().parent / "documents" / "pairs"


def judged(tmp_path: Path, pair: str, year: str, targets: str) -> dict[str, tuple[str | None, str]]:
    """Each indicator of ``targets`` (one sentence of aims) against the pair's real outcome text: (figure, status)."""
    (tmp_path / "targets.txt").write_text(f"{year}年主要预期目标是:{targets}。\n", encoding="utf-8")
    plan = load(extract(tmp_path / "targets.txt", outcomes=PAIRS / pair / "outcomes.txt", year=year, outcome_year=year))
    figures = {i.found.name: i.found.reported.get(year) for i in plan.extraction.indicators}
    return {j.indicator.name: (figures[j.indicator.name].text if figures[j.indicator.name] else None,
                               j.verdict.status.value) for j in judge(plan, [year])}


# ---- 1. a level's change reads the clause going on from the level ----

# 松原's 2024 bulletin (tjgb.hongheiku.com/djs/66366.html): 占总人口比重(常住人口城镇化率)为50.68%,比上年提高1.99个百分点
URBAN = "常住人口城镇化率)为50.68%,比上年提高1.99个百分点"


@pytest.mark.parametrize(("target", "status"), [
    ("常住人口城镇化率提高1.5个百分点", "met"),  # 阜阳 2022's target (test.fynews.net, targets_local.tsv): 1.99 >= 1.5
    ("常住人口城镇化率提高2个百分点", "missed"),  # the other side: 1.99 < 2
])
def test_a_level_change_reads_the_clause_going_on_from_the_level(tmp_path, target, status):
    assert judged(tmp_path, "songyuan-2024", "2024", target)["常住人口城镇化率"] == (URBAN, status)


@pytest.mark.parametrize(("target", "status"), [("常住人口城镇化率达到50%", "met"), ("常住人口城镇化率达到51%", "missed")])
def test_a_level_target_still_reads_the_level(tmp_path, target, status):
    assert judged(tmp_path, "songyuan-2024", "2024", target)["常住人口城镇化率"] == ("常住人口城镇化率)为50.68%", status)


# ---- 3. first sight's right readings, pinned (section 2, the year's clause, at the end) ----

@pytest.mark.parametrize(("target", "figure", "status"), [
    ("地区生产总值增长6%", "地区生产总值[2]1002.18亿元,按可比价格计算,比上年增长3.8%", "missed"),  # 松原's own target
    ("地区生产总值增长3.5%", "地区生产总值[2]1002.18亿元,按可比价格计算,比上年增长3.8%", "met"),
    ("地区生产总值达到1000亿元", "地区生产总值[2]1002.18亿元", "met"),  # the [2] is a note mark, never the figure
    ("地区生产总值达到1100亿元", "地区生产总值[2]1002.18亿元", "missed"),
])
def test_a_note_mark_after_the_name_is_no_figure(tmp_path, target, figure, status):
    assert judged(tmp_path, "songyuan-2024", "2024", target)["地区生产总值"] == (figure, status)


@pytest.mark.parametrize(("target", "status"), [
    ("地方一般公共预算收入增长3%以上", "met"),  # 宁夏 2021's own target: 9.7 >= 3
    ("地方一般公共预算收入增长10%以上", "missed"),
])
def test_the_figures_after_a_size_joined_by_a_pause_mark_are_the_next_names(tmp_path, target, status):
    """人民网 on 宁夏's 2022 session: 全年地区生产总值突破4000亿元大关、地方一般公共预算收入460亿元,增长9.7%: the 9.7% is
    the revenue's, never the GDP's growth (the GDP's target stays pending)."""
    got = judged(tmp_path, "ningxia-2021", "2021", f"地区生产总值增长7%以上,{target}")
    assert got["地方一般公共预算收入"] == ("地方一般公共预算收入460亿元,增长9.7%", status)
    assert got["地区生产总值"][1] == "pending"


@pytest.mark.parametrize(("target", "status"), [("地区生产总值达到3900亿元", "met"), ("地区生产总值达到4100亿元", "pending")])
def test_a_size_passed_is_a_floor(tmp_path, target, status):
    """突破4000亿元大关: above 3900, and no telling whether above 4100."""
    assert judged(tmp_path, "ningxia-2021", "2021", target)["地区生产总值"][1] == status


@pytest.mark.parametrize(("target", "status"), [("社会消费品零售总额增长5%", "missed"), ("社会消费品零售总额增长3%", "met")])
def test_a_growth_of_the_year_beside_the_five_years(tmp_path, target, status):
    """南方都市报's 十四五 page: 2025年,社会消费品零售总额增长3.4%; the GDP's lines give the five years' sizes and
    average growth (年均增长4.5%), no growth of 2025: pending."""
    got = judged(tmp_path, "zhongshan-2025", "2025", f"地区生产总值增长5.5%,{target}")
    assert got["社会消费品零售总额"] == ("社会消费品零售总额增长3.4%、居全省第三", status)
    assert got["地区生产总值"][1] == "pending"


@pytest.mark.parametrize(("target", "status"), [("地区生产总值达到4100亿元", "met"), ("地区生产总值达到4300亿元", "pending")])
def test_the_years_size_after_the_five_years(tmp_path, target, status):
    """广州日报 on 中山's 十四五 (news.dayoo.com/guangdong/202601/01/139996_54912264.htm): “十四五”期间,中山地区生产总值连续
    跨越3500亿元、4000亿元关口,预计2025年将突破4200亿元. The name's clause gives the five years' sizes (it was taken: two
    sizes, pending either way); the clause naming 2025 gives the year's, a floor of 4200: above 4100, no telling of 4300."""
    assert judged(tmp_path, "zhongshan-2025", "2025", target)["地区生产总值"] == ("预计2025年将突破4200亿元", status)
