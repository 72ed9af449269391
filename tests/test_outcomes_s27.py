"""Stop 27, B1: outcome sentences whose names are contracted (存、贷款余额) or whose paragraph lists 其中 sub-items.

Every sentence is copied from the public page named beside it; the targets are probes either side of its figures, as
the corpus TSVs' are.
"""

from __future__ import annotations

import pytest

import compliance

# --- 1. a pair word written contracted, a mark between its heads (zh.yaml several.pairs) ------------------------------
# 新乡市2024年国民经济和社会发展计划, 一、2023年…计划执行情况 (henan.kjzch.com/xinxiang/2024-04-02/841501.html)
XINXIANG = "规模以上工业增加值增长1%;金融机构存、贷款余额分别增长8.8%、11.9%"


@pytest.mark.parametrize(("target", "status", "value"), [
    ("存款余额增长8.8%", "met", "8.8"),  # 存、贷款 is 存贷款: the first figure is 存款余额's (was pending ambiguous_value)
    ("存款余额增长9%", "missed", "8.8"),  # never 11.9%, 贷款余额's
    ("存款余额增长10%", "missed", "8.8"),
    ("贷款余额增长11.9%", "met", "11.9"),
    ("贷款余额增长12%", "missed", "11.9"),  # never 8.8%
    ("金融机构存款余额增长8%以上", "met", "8.8"),  # the lead 金融机构 is each head's
    ("金融机构贷款余额增长12%以上", "missed", "11.9"),
])
def test_contracted_pair_gives_each_head_its_figure(target: str, status: str, value: str) -> None:
    verdict = compliance.evaluate(target, XINXIANG)
    assert (verdict.status.value, str(verdict.value)) == (status, value)


def test_contracted_pair_still_names_no_third_indicator() -> None:
    """存款余额 and 贷款余额 are the pair's halves; 规模以上工业增加值's 1% stays its own."""
    assert compliance.evaluate("规模以上工业增加值增长1%", XINXIANG).status.value == "met"
    assert compliance.evaluate("规模以上工业增加值增长1.5%", XINXIANG).status.value == "missed"


# --- 2. a paragraph of a total and its 其中 sub-items, each a share of its own plan (judge/sub_items.py) ---------------
# 莆田市荔城区 2022年国民经济和社会发展计划执行情况 (www.ptlc.gov.cn/zwgk/gzbg/jhbg/202304/t20230421_1814674.htm)
LICHENG = ("初步预计,荔城地区生产总值635亿元,完成年计划710亿元的89.4%(主要是二产、三产未达预期目标),增长2.0%。其中,第一产业增加值"
           "18亿元,完成年计划18亿元的100%,增长3.5%;第二产业增加值323亿元,完成年计划362亿元的89.2%(主要是规模以上工业产值、建筑业"
           "产值未达到预期目标),下降2.0%;")


@pytest.mark.parametrize(("target", "status", "value"), [
    # the total's own sentence: its growth is 2.0%, never the 第二产业's 下降2.0% (地区生产总值增长1.5% was MISSED on -2.0)
    ("地区生产总值增长1.5%", "met", "2.0"),
    ("地区生产总值增长2.5%", "missed", "2.0"),
    ("地区生产总值710亿元", "missed", "89.4"),  # 89.4% of its plan
    ("地区生产总值630亿元", "met", "635"),
    # a sub-item's own sentence (was pending no_data: "the figures belong to another indicator")
    ("第一产业增加值18亿元", "met", "100"),  # 100% of its plan of 18亿元
    ("第一产业增加值19亿元", "missed", "18"),
    ("第一产业增加值增长3%", "met", "3.5"),
    ("第一产业增加值增长4%", "missed", "3.5"),  # never the total's 2.0% or the 第二产业's -2.0%
    ("第二产业增加值增长5%", "missed", "-2.0"),  # 下降2.0%
    ("第二产业增加值320亿元", "met", "323"),
    ("第二产业增加值362亿元", "missed", "89.2"),
])
def test_each_sentence_of_a_paragraph_of_plans_is_its_own_indicators(target: str, status: str, value: str) -> None:
    verdict = compliance.evaluate(target, LICHENG)
    assert (verdict.status.value, str(verdict.value)) == (status, value)


def test_a_paragraph_of_plans_names_no_indicator_it_lacks() -> None:
    """服务业增加值 has no sentence of its own here: still pending, never the total's or a sector's figure."""
    assert compliance.evaluate("服务业增加值增长5%", LICHENG).status.value == "pending"
