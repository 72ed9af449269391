"""Several targets in one sentence (issue 9, section 2): parse_targets, kind ``several``, paired judging.

Real strings carry their corpus id (tests/corpus/targets.tsv) or the issue's wording.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compliance import (
    Several,
    SeveralValues,
    Status,
    evaluate,
    evaluate_table,
    parse_reported,
    parse_target,
    parse_targets,
)
from compliance import models as m
from compliance.language.render import render, same_reading

# (text, [(subject, the part's reading as canonical text)])
SENTENCES = [
    # t0135 (2022福建省政府工作报告), and the 6%、7%左右: 左右 written once applies to both
    ("城镇居民、农村居民人均可支配收入分别增长7%、8%", [("城镇居民", "增长7%"), ("农村居民人均可支配收入", "增长8%")]),
    ("城镇、农村居民人均可支配收入分别增长6%、7%左右", [("城镇", "增长6%左右"), ("农村居民人均可支配收入", "增长7%左右")]),
    ("城镇登记失业率、城镇调查失业率控制在4%以内、5%以内", [("城镇登记失业率", "≤4%"), ("城镇调查失业率", "≤5%")]),
    ("A和B分别降低13%、16%", [("A", "下降13%"), ("B", "下降16%")]),
    ("A、B、C均增长10%以上", [("A", "增长≥10%"), ("B", "增长≥10%"), ("C", "增长≥10%")]),
    ("城镇新增就业1100万人以上,城镇登记失业率4.5%以内", [("城镇新增就业", "≥1100万人"), ("城镇登记失业率", "≤4.5%")]),
    # t0108 (2021国务院政府工作报告)
    ("单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%",
     [("单位国内生产总值能耗", "下降13.5%"), ("二氧化碳排放", "下降18%")]),
    # t0142 (2020上海市政府工作报告): 分别为 … 和 …
    ("城镇调查失业率、城镇登记失业率分别为4.8%左右和4.3%左右", [("城镇调查失业率", "4.8%左右"), ("城镇登记失业率", "4.3%左右")]),
    # t0359 (打赢蓝天保卫战三年行动计划): one figure for both, a base year
    ("二氧化硫、氮氧化物排放总量分别比2015年下降15%以上",
     [("二氧化硫", "比2015年下降≥15%"), ("氮氧化物排放总量", "比2015年下降≥15%")]),
    # t0471 (2023年31省份GDP目标汇总): 为 between the subjects and the figure
    ("江西、新疆为7%左右", [("江西", "7%左右"), ("新疆", "7%左右")]),
    # traditional characters (t0149, 2019 Hong Kong mirror of a work report)
    ("城鎮新增就業1100萬人以上,城鎮登記失業率4.5%以內", [("城鎮新增就業", "≥1100万人"), ("城鎮登記失業率", "≤4.5%")]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[t for t, _ in SENTENCES])
def test_each_subject_gets_its_target(text, expected):
    parts = parse_targets(text)
    readings = [render(p.model_copy(update={"subject": None})) for p in parts]
    assert [(p.subject.text if p.subject else None) for p in parts] == [s for s, _ in expected]
    assert readings == [r for _, r in expected]
    for part in parts:  # a subject's span points into the text as written
        assert text[part.subject.start : part.subject.end] == part.subject.text
    several = parse_target(text)
    assert isinstance(several, Several) and several.kind == "several"
    assert [same_reading(a, b) for a, b in zip(several.parts, parts)] == [True] * len(parts)


@pytest.mark.parametrize("text", ["6以上", "地区生产总值增长6%左右", "与经济增长基本同步", "好好干", ""])
def test_a_single_target_is_a_list_of_one(text):
    parts = parse_targets(text)
    assert len(parts) == 1 and same_reading(parts[0], parse_target(text))
    assert parse_target(text).kind != "several"


@pytest.mark.parametrize(("text", "values"), [
    ("分别增长6.3%、7.1%", ["6.3%", "7.1%"]),
    ("分别为41.2%和58.8%", ["41.2%", "58.8%"]),
    ("6.3%、7.1%", ["6.3%", "7.1%"]),
    ("分别下降4.4%和3.5%,分别下降3.2%和3.3%", ["4.4%", "3.5%", "3.2%", "3.3%"]),  # t0118's outcome
    ("分別為1352萬人、6.1%、3.62%", ["1352万人", "6.1%", "3.62%"]),
])
def test_reported_lists(text, values):
    reported = parse_reported(text)
    assert isinstance(reported, SeveralValues)
    assert [str(v.value) for v in reported.values] == values


def test_a_sentence_of_clauses_is_not_a_list():
    """Two clauses of one figure each are a bulletin sentence: the target's unit picks the figure."""
    assert parse_reported("全年地区生产总值1000亿元，比上年增长4.1%").kind == "ambiguous"
    assert parse_reported("比上年增长4.1%").kind == "value"


INCOME = "城镇居民、农村居民人均可支配收入分别增长7%、8%"  # t0135


@pytest.mark.parametrize(("reported", "status", "parts"), [
    ("分别增长7.5%、8.5%", "met", ["met", "met"]),
    ("分别增长7.5%、7.6%", "missed", ["met", "missed"]),  # one part short: the whole is missed
    ("分别增长5.2%左右、7.6%左右", "missed", ["missed", "missed"]),  # t0135's 2022 outcome
    ("7%、8%", "met", ["met", "met"]),  # at the bound: 增长7% needs 7
    ("6.9%、8%", "missed", ["missed", "met"]),
    ("-", "pending", ["pending", "pending"]),  # nothing reported: every part waits
    ("可完成", "met", ["met", "met"]),  # attested for all
])
def test_parts_are_paired_in_order_and_the_worst_wins(reported, status, parts):
    verdict = evaluate(INCOME, reported)
    assert verdict.status.value == status
    assert [p.status.value for p in verdict.parts] == parts
    assert [p.target.subject.text for p in verdict.parts] == ["城镇居民", "农村居民人均可支配收入"]


def test_pending_beats_met_and_missed_beats_pending():
    text = "城镇登记失业率、城镇调查失业率控制在4%以内、5%以内"
    assert evaluate(text, "3.9%、4.9%", polarity="lower").status is Status.MET
    verdict = evaluate(text, "分别为3.9%、5.1%", polarity="lower")
    assert verdict.status is Status.MISSED and [p.status for p in verdict.parts] == [Status.MET, Status.MISSED]
    both = m.SeveralValues(text="3.9%、待公布", values=(parse_reported("3.9%"), parse_reported("待公布")))
    verdict = evaluate(text, both, polarity="lower")
    assert verdict.status is Status.PENDING and [p.status for p in verdict.parts] == [Status.MET, Status.PENDING]
    worse = m.SeveralValues(text="5%、待公布", values=(parse_reported("5%"), parse_reported("待公布")))
    assert evaluate(text, worse, polarity="lower").status is Status.MISSED


@pytest.mark.parametrize("reported", ["增长7.5%", "分别增长7.5%、8.5%、9%", "7.5"])
def test_another_number_of_values_is_pending(reported):
    verdict = evaluate(INCOME, reported)
    assert verdict.status is Status.PENDING and verdict.reason is m.Reason.VALUE_COUNT
    assert verdict.missing == ("values_per_part",) and verdict.parts == ()
    assert "一一对应" in verdict.explain("zh") and "do not pair" in verdict.explain("en")


def test_one_figure_for_all():
    text = "A、B、C均增长10%以上"
    assert evaluate(text, "分别增长10%、12%、15%").status is Status.MET
    assert evaluate(text, "分别增长10%、9.9%、15%").status is Status.MISSED


def test_polarity_for_all_or_one_per_part():
    # t0149: employment is higher-is-better, the unemployment rate lower-is-better
    text = "城镇新增就业1100万人以上,城镇调查失业率5.5%左右"
    assert evaluate(text, "分别为1352万人、6.1%", polarity=("higher", "lower")).status is Status.MISSED
    assert evaluate(text, "分别为1352万人、5.0%", polarity=("higher", "lower")).status is Status.MET
    # one polarity for every part: 6.1% beats 5.5% where higher is better
    assert evaluate(text, "分别为1352万人、6.1%", polarity="higher").status is Status.MET
    with pytest.raises(ValueError):
        evaluate(text, "分别为1352万人、6.1%", polarity=("higher", "lower", "higher"))
    with pytest.raises(ValueError):
        evaluate("6以上", "7", polarity=("higher", "lower"))


def test_a_single_target_against_a_list_picks_by_unit_or_waits():
    assert evaluate("1100万人以上", "分别为1352万人、6.1%").status is Status.MET  # the one figure in 万人
    assert evaluate("5%以内", "分别为4.1%、6.1%", polarity="lower").reason is m.Reason.AMBIGUOUS_VALUE


def test_the_explanation_lists_each_part():
    verdict = evaluate(INCOME, "分别增长7.5%、7.6%")
    zh, en = verdict.explain("zh"), verdict.explain("en")
    assert "含 2 项" in zh and "第 1 项（城镇居民）" in zh and "第 2 项（农村居民人均可支配收入）" in zh
    assert "未达标" in zh
    assert "2 parts" in en and "part 2 (农村居民人均可支配收入)" in en and "0.4 percentage points short" in en
    assert verdict.to_dict()["parts"][1]["status"] == "missed"


def test_the_bulk_path_judges_several_targets_like_evaluate():
    text = "城镇登记失业率、城镇调查失业率控制在4%以内、5%以内"
    reported = ["分别为3.9%、5.1%", "3.9%、4.9%", "-", "4%"]
    table = evaluate_table({"target": [text] * 4, "reported": reported}, polarity="lower")
    want = [evaluate(text, r, polarity="lower") for r in reported]
    assert table.status.tolist() == [v.status.value for v in want] == ["missed", "met", "pending", "pending"]
    assert table.reason.tolist() == [v.reason.value for v in want]


def test_render_writes_the_parts_back():
    for text, _ in SENTENCES:
        several = parse_target(text)
        again = parse_targets(render(several))
        assert [same_reading(a, b) for a, b in zip(several.parts, again)] == [True] * len(several.parts)
        assert len(again) == len(several.parts)


# --------------------------------------------------------------------------- properties

SUBJECTS = ["城镇登记失业率", "城镇调查失业率", "化学需氧量", "农村居民人均可支配收入", "单位地区生产总值能耗"]
figures = st.decimals(min_value=0, max_value=1000, places=1, allow_nan=False, allow_infinity=False)
PREDICATES = ["{x}%以上", "{x}%以内", "{x}%左右", "增长{x}%", "下降{x}%", "控制在{x}%以内", "{x}%", "不低于{x}%"]


@st.composite
def several_targets(draw: st.DrawFn) -> tuple[m.Several, list[str]]:
    """A several-target built from parts with subjects, and a reported figure for each part."""
    n = draw(st.integers(2, 4))
    subjects = draw(st.lists(st.sampled_from(SUBJECTS), min_size=n, max_size=n, unique=True))
    parts = []
    for subject in subjects:
        part = parse_target(draw(st.sampled_from(PREDICATES)).format(x=draw(figures)))
        parts.append(part.model_copy(update={"subject": m.Span(start=0, end=len(subject), role="subject", text=subject)}))
    values = [f"{draw(figures)}%" for _ in parts]
    return m.Several(text="", parts=tuple(parts)), values


def _unlabelled(c: m.Constraint) -> m.Constraint:
    """A single sentence target may also keep its subject as its label: the same reading."""
    if c.subject is not None and getattr(c, "label", None) == c.subject.text:
        return c.model_copy(update={"label": None})
    return c


PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(st.text(max_size=60) | st.lists(st.sampled_from(["、", "和", "分别", "均", "为", ",", "增长", "6%", "以上", "城镇",
                                                        "左右", "（", "）", "及", "7.5"]), max_size=14).map("".join))
def test_parse_targets_never_raises(text):
    parts = parse_targets(text)
    assert parts and all(part.kind != "several" for part in parts)


@PROPERTY
@given(several_targets())
def test_parts_round_trip_through_the_renderer(drawn):
    several, _ = drawn
    for part in several.parts:  # each part alone (written with its subject), and all of them as one sentence
        assert same_reading(_unlabelled(parse_targets(render(part))[0]), part), render(part)
    again = parse_targets(render(several))
    assert len(again) == len(several.parts)
    assert all(same_reading(a, b) for a, b in zip(several.parts, again)), render(several)


@PROPERTY
@given(several_targets(), st.sampled_from(["higher", "lower"]))
def test_status_is_the_worst_of_the_parts(drawn, polarity):
    several, values = drawn
    reported = m.SeveralValues(text="、".join(values), values=tuple(parse_reported(v) for v in values))
    verdict = evaluate(several, reported, polarity=polarity)
    alone = [evaluate(p, v, polarity=polarity).status for p, v in zip(several.parts, values)]
    assert [p.status for p in verdict.parts] == alone
    assert verdict.status is m.worst_status(alone)
    rank = {Status.MET: 0, Status.PENDING: 1, Status.MISSED: 2}
    assert rank[verdict.status] == max(rank[s] for s in alone)
    # the same values written as a sentence pair the same way
    assert evaluate(several, "分别为" + "、".join(values), polarity=polarity).status is verdict.status


def test_worst_status_orders_missed_pending_met():
    assert m.worst_status([Status.MET, Status.MET]) is Status.MET
    assert m.worst_status([Status.MET, Status.PENDING]) is Status.PENDING
    assert m.worst_status([Status.PENDING, Status.MISSED, Status.MET]) is Status.MISSED


def test_a_sentence_with_one_figure_per_part_pairs_them():
    """t0149's 2019 outcome (o0055): two clauses, two figures, two parts: paired in order."""
    target = "2019年城镇新增就业1100万人以上,城镇登记失业率4.5%以内"
    outcome = "去年全国城镇新增就业1352万人,城镇登记失业率为3.62%,完成年度目标"
    verdict = evaluate(target, outcome, polarity=("higher", "lower"))
    assert verdict.status is Status.MET and [p.value for p in verdict.parts] == [1352, Decimal("3.62")]
    missed = evaluate(target, "去年全国城镇新增就业1352万人,城镇登记失业率为4.62%", polarity=("higher", "lower"))
    assert [p.status for p in missed.parts] == [Status.MET, Status.MISSED]


def test_subjects_before_the_reported_list_are_not_values():
    # o0058 (2019政府工作报告量化指标任务落实情况)
    reported = parse_reported("去年全国二氧化硫、氮氧化物排放量分别下降4.4%和3.5%,化学需氧量、氨氮排放量分别下降3.2%和3.3%")
    assert [str(v.value) for v in reported.values] == ["4.4%", "3.5%", "3.2%", "3.3%"]
    target = "2019年二氧化硫、氮氧化物排放量下降3%,化学需氧量、氨氮排放量下降2%"  # t0118
    assert evaluate(target, reported, polarity="lower").status is Status.MET
    assert evaluate(target, "分别下降1.0%和3.5%,分别下降3.2%和3.3%", polarity="lower").status is Status.MISSED


def test_a_figure_no_predicate_reads_is_not_a_subject():
    """t0352 (a copy that lost its separators, 8%8%10%以上) is not read as a list of four 10%以上: its
    run-together percentages are cut apart (test_percentages_run_together_are_a_list)."""
    c = parse_target("化学需氧量、氨氮、氮氧化物、挥发性有机物排放总量比2020年分别下降8%8%10%以上、10%以上")
    assert not isinstance(c, Several) or [p.text for p in c.parts].count("比2020年下降10%以上") == 2


def test_one_subject_with_jun_holds_for_each_value():
    """t0443: 城乡 is 城镇 and 农村; 均 says the one target holds for each value reported."""
    target = parse_target("城乡居民人均可支配收入均增长7%左右")
    assert isinstance(target, Several) and [p.subject.text for p in target.parts] == ["城乡居民人均可支配收入"]
    assert evaluate(target, "分别增长7.5%、9.0%").status is Status.MET
    verdict = evaluate(target, "分别增长6.0%、9.0%")
    assert verdict.status is Status.MISSED and [p.status for p in verdict.parts] == [Status.MISSED, Status.MET]
    assert evaluate(target, "增长7.5%").status is Status.MET
    assert parse_target("人均可支配收入增长7%").kind != "several"  # 人均 is per head, not 均


def test_change_parts_take_the_sentences_changes():
    """o0174 (2019-20 秋冬季 汾渭平原): levels and changes in one sentence; the parts state changes."""
    target = "PM2.5平均濃度同比下降3%、重污染天數同比減少3%的改善目標"
    met = evaluate(target, "汾渭平原PM2.5平均濃度為70微克/立方米,同比下降11.4%;發生重污染152天次,同比下降34.8%", polarity="lower")
    assert met.status is Status.MET and [p.value for p in met.parts] == [Decimal("11.4"), Decimal("34.8")]
    missed = evaluate(target, "PM2.5平均濃度為70微克/立方米,同比下降1.4%;發生重污染152天次,同比下降34.8%", polarity="lower")
    assert [p.status for p in missed.parts] == [Status.MISSED, Status.MET]
    # one change for two parts (o0173): the sentence names PM2.5 alone, judged by that part (judge/parts.py, 8e86526)
    one = evaluate(target, "長三角地區PM2.5平均濃度為46微克/立方米,同比下降16.4%。", polarity="lower")
    assert one.status is Status.MET and [p.value for p in one.parts] == [Decimal("16.4")]
    # a sentence naming neither part: the whole waits
    none = evaluate(target, "長三角地區同比下降16.4%。", polarity="lower")
    assert none.status is Status.PENDING and none.reason is m.Reason.VALUE_COUNT


def test_a_subject_never_spans_two_clauses():
    """t0330: the single reading took 产值增长16%,占规上工业比重 as a subject; it is two targets."""
    text = "战略新兴产业产值:产值增长16%,占规上工业比重6.2%"
    assert [p.subject.text for p in parse_targets(text)] == ["战略新兴产业产值:产值", "占规上工业比重"]
    assert evaluate(text, "分别为增长17%、6.5%").status is Status.MET
    assert evaluate(text, "分别为增长12%、6.5%").status is Status.MISSED


# A subject joined by 与 / 和 with one figure and no 分别 / 均 is one indicator's name, not a list: the
# 与 of 研究与试验发展 and of 研发费用与营收之比 is inside the name (cut there, one part would name nothing).
# text (corpus id; source in tests/corpus/SOURCES.md), the subject, (reported, status) either side
JOINED_NAMES = [
    ("研究与试验发展经费支出占生产总值比重1.9%左右", "研究与试验发展经费支出占生产总值比重",  # t0048
     [("1.92", Status.MET), ("1.81", Status.MET), ("1.8", Status.MISSED), ("1.6", Status.MISSED)]),
    ("规上工业企业研发费用与营收之比达到3.25%左右", "规上工业企业研发费用与营收之比",  # t0180
     [("3.3", Status.MET), ("2.9", Status.MISSED)]),
    ("研究与试验发展经费投入强度突破2.6%", "研究与试验发展经费投入强度",  # t0274
     [("2.7", Status.MET), ("2.4", Status.MISSED)]),
    ("全社會研究與試驗發展經費支出相當于全市生產總值比例達到3.3%左右",  # t0322, traditional
     "全社會研究與試驗發展經費支出相當于全市生產總值比例", [("3.7", Status.MET), ("3.0", Status.MISSED)]),
]


@pytest.mark.parametrize(("text", "subject", "probes"), JOINED_NAMES, ids=[t[0] for t in JOINED_NAMES])
def test_a_conjunction_inside_a_name_is_not_a_list(text, subject, probes):
    c = parse_target(text)
    assert c.kind != "several" and c.subject is not None and c.subject.text == subject
    assert [t.subject.text for t in parse_targets(text) if t.subject] == [subject]
    for reported, status in probes:
        assert evaluate(text, reported).status is status, (text, reported)


def test_a_conjunction_with_a_figure_each_or_jun_is_still_a_list():
    both = parse_target("单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%")  # t0108
    assert isinstance(both, Several) and [p.subject.text for p in both.parts] == ["单位国内生产总值能耗", "二氧化碳排放"]
    two = parse_target("城镇调查失业率和登记失业率稳定在4.3%左右")  # t0312: 和 joins two subjects
    assert isinstance(two, Several) and [p.subject.text for p in two.parts] == ["城镇调查失业率", "登记失业率"]
    assert evaluate(two, "分别为3.6%、3.6%", polarity="lower").status is Status.MET
    assert evaluate(two, "分别为4.9%、3.6%", polarity="lower").status is Status.MISSED
    each = parse_target("城镇居民人均可支配收入和农民人均纯收入均增长10%左右")  # t0042
    assert isinstance(each, Several) and len(each.parts) == 2
    assert evaluate(each, "分别增长10.2%、9.5%").status is Status.MET
    assert evaluate(each, "分别增长10.2%、9.4%").status is Status.MISSED


# A table cell with one threshold per category (国家生态文明建设示范县、市指标: 山区 ≥33, 丘陵地区 ≥22), one
# of which applies to the place judged: a value on the same side of every threshold is judged whichever
# category it is of; between them it waits for the category. (corpus id, cell, [(reported, status)])
ALTERNATIVES = [
    ("t0450", "≥33 ≥22", [("35", Status.MET), ("33", Status.MET), ("25", Status.PENDING), ("21.9", Status.MISSED)]),
    ("t0452", "≥50 ≥40 ≥30", [("55", Status.MET), ("45", Status.PENDING), ("29", Status.MISSED), ("25", Status.MISSED)]),
    ("t0453", "≥80 ≥70", [("85", Status.MET), ("79.9", Status.PENDING), ("65", Status.MISSED)]),
]


@pytest.mark.parametrize(("row", "text", "probes"), ALTERNATIVES, ids=[a[0] for a in ALTERNATIVES])
def test_thresholds_per_category_in_one_cell(row, text, probes):
    c = parse_target(text)
    assert isinstance(c, Several) and c.alternatives and all(p.kind == "bound" for p in c.parts)
    assert render(c) == text and same_reading(parse_target(render(c)), c)
    assert len(parse_targets(text)) == len(c.parts)
    for reported, status in probes:
        verdict = evaluate(text, reported)
        assert verdict.status is status, (text, reported)
        assert len(verdict.parts) == len(c.parts)
        if status is Status.PENDING:
            assert verdict.missing == ("category",) and "须知其所属类别" in verdict.explain()
    # a list of values, one per category, pairs in order
    assert evaluate("≥33 ≥22", "分别为35、23").status is Status.MET
    assert evaluate("≥33 ≥22", "分别为35、21").status is Status.MISSED


def test_figures_with_other_words_between_are_not_categories():
    assert parse_target("6 以上").kind == "bound"
    assert not isinstance(parse_target("≥33 好好干"), Several)


def test_words_after_jun_may_name_what_each_target_is_about():
    text = "海南、西藏均將2024年增速目標設為8%左右"  # t0483 (2024年31省份GDP目标汇总, traditional)
    c = parse_target(text)
    assert isinstance(c, Several) and [p.subject.text for p in c.parts] == ["海南", "西藏"]
    assert evaluate(text, "分別為8.0%、8.0%").status is Status.MET
    assert evaluate(text, "分別為7.6%、8.0%").status is Status.MET  # 8%左右: from 7.6
    assert evaluate(text, "分別為7.5%、8.0%").status is Status.MISSED
    assert evaluate(text, "分別為3.7%、6.3%").status is Status.MISSED
    assert [p.subject.text for p in parse_targets("江西、新疆设为7%左右")] == ["江西", "新疆"]


def test_percentages_run_together_are_a_list():
    # t0352 (十四五节能减排综合工作方案, as a copy stores it: the 、 between 8%8%10%以上 lost)
    text = "化学需氧量、氨氮、氮氧化物、挥发性有机物排放总量比2020年分别下降8%8%10%以上、10%以上"
    c = parse_target(text)
    assert isinstance(c, Several) and [p.text for p in c.parts] == [
        "比2020年下降8%", "比2020年下降8%", "比2020年下降10%以上", "比2020年下降10%以上"]
    assert evaluate(text, "分别下降9%、9%、11%、12%", polarity="lower").status is Status.MET
    assert evaluate(text, "分别下降8%、8%、10%、10%", polarity="lower").status is Status.MET
    assert evaluate(text, "分别下降9%、7.9%、11%、12%", polarity="lower").status is Status.MISSED
    assert evaluate(text, "分别下降9%、9%、11%、9.9%", polarity="lower").status is Status.MISSED
