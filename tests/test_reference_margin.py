"""A reference plus a margin: ``高于全省平均水平3个百分点以上``, ``比全市平均水平高2个百分点``, ``低于全市平均水平0.5个百分点``.

The threshold is the reference moved by the margin, inclusive (judge/reference.py): 以上 makes the margin a
floor, and without it the margin is read as a floor too. Verdicts either side of reference + margin, from
each place a reference level comes from; unknown references and margins no reader could place are pending.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from compliance import evaluate, evaluate_table, parse_target
from compliance.language.render import render, same_reading

PROVINCE = {"全省平均水平": 10}


@pytest.mark.parametrize(("text", "relation", "margin"), [
    ("国内生产总值年均增长速度高于全省平均水平3个百分点以上", "gt", "3"),  # tests/corpus l0082
    ("地方财政收入年均增长速度高于全省平均水平5个百分点以上", "gt", "5"),  # l0084
    ("城镇居民人均可支配收入增速高于全省平均水平1个百分点", "gt", "1"),
    ("比全市平均水平高2个百分点", "gt", "2"),
    ("增速较全省平均水平高出1.5个百分点", "gt", "1.5"),
    ("低于全市平均水平0.5个百分点以上", "lt", "0.5"),
    ("比全国平均水平低1个百分点", "lt", "1"),
])
def test_read_as_a_reference_with_a_margin(text: str, relation: str, margin: str) -> None:
    c = parse_target(text)
    assert (c.kind, c.relation, c.margin.value, c.margin.unit) == ("reference", relation, Decimal(margin), "个百分点")
    assert same_reading(c, parse_target(render(c)))  # written back, it reads the same


@pytest.mark.parametrize("text", [
    "国内生产总值年均增长速度高于全省平均水平3个百分点以上", "城镇居民人均可支配收入增速高于全省平均水平3个百分点",
    "增速比全省平均水平高3个百分点",
])
def test_above_met_from_reference_plus_margin(text: str) -> None:
    assert evaluate(text, "13.5", references=PROVINCE).status.value == "met"
    assert evaluate(text, "13", references=PROVINCE).status.value == "met"  # the margin itself: inclusive
    assert evaluate(text, "12.9", references=PROVINCE).status.value == "missed"
    # above the reference but by less than the margin: the plain comparison would have passed it
    assert evaluate(text, "11", references=PROVINCE).status.value == "missed"


@pytest.mark.parametrize("text", ["低于全省平均水平0.5个百分点以上", "低于全省平均水平0.5个百分点", "比全省平均水平低0.5个百分点"])
def test_below_met_from_reference_minus_margin(text: str) -> None:
    assert evaluate(text, "9.5", references=PROVINCE).status.value == "met"
    assert evaluate(text, "9.6", references=PROVINCE).status.value == "missed"
    assert evaluate(text, "9.9", references=PROVINCE).status.value == "missed"  # under the reference, not enough


def test_the_corpus_rows_either_side() -> None:
    l0082 = "以2002年为基数,到2007年国内生产总值年均增长速度高于全省平均水平3个百分点以上"
    assert evaluate(l0082, "14", references={"全省平均水平": 10}).status.value == "met"
    assert evaluate(l0082, "12", references={"全省平均水平": 10}).status.value == "missed"
    l0084 = "地方财政收入年均增长速度高于全省平均水平5个百分点以上"
    assert evaluate(l0084, "20", references={"全省平均水平": 14}).status.value == "met"
    assert evaluate(l0084, "17", references={"全省平均水平": 14}).status.value == "missed"


def test_unknown_reference_is_pending_and_names_it() -> None:
    v = evaluate("高于全省平均水平3个百分点以上", "14")
    assert (v.status.value, v.reason.value, v.missing) == ("pending", "reference_unknown", ("全省平均水平",))
    assert "全省平均水平" in v.explain("zh") and "unknown" in v.explain("en")


def test_reference_from_the_reported_bracket() -> None:
    text = "增速比全市平均水平高1个百分点"
    met, missed = evaluate(text, "4.2（市级3.12）"), evaluate(text, "4.1（市级3.12）")
    assert (met.status.value, str(met.threshold), met.reference.source) == ("met", "4.12", "reported")
    assert missed.status.value == "missed"


def test_explained_in_both_languages() -> None:
    v = evaluate("高于全省平均水平3个百分点以上", "12", references=PROVINCE)
    assert "须比参照值高 3个百分点：10 + 3 = 13" in v.explain("zh")
    assert "3 percentage points above the reference: 10 + 3 = 13" in v.explain("en")
    w = evaluate("低于全市平均水平0.5个百分点以上", "9", references={"全市平均水平": 10})
    assert "须比参照值低 0.5个百分点：10 - 0.5 = 9.5" in w.explain("zh")
    assert "0.5 percentage points below the reference" in w.explain("en")


def test_rates_in_percent_and_levels_in_a_unit() -> None:
    assert evaluate("高于全省平均水平3个百分点以上", "13%", references={"全省平均水平": "10%"}).status.value == "met"
    assert evaluate("高于全省平均水平3个百分点以上", "12.5%", references={"全省平均水平": "10%"}).status.value == "missed"
    # points off a level in yuan: no reader can add them
    v = evaluate("高于全省平均水平3个百分点以上", "14万元", references={"全省平均水平": "10万元"})
    assert (v.status.value, v.reason.value) == ("pending", "not_comparable")
    # a margin in the level's own unit moves it in that unit
    assert evaluate("高于全省平均水平2万元", "3.2万元", references={"全省平均水平": "1.2万元"}).status.value == "met"
    assert evaluate("高于全省平均水平2万元", "3.1万元", references={"全省平均水平": "1.2万元"}).status.value == "missed"


@pytest.mark.parametrize("text", [
    "高于全省平均水平3个百分点（12）",  # the bracket: the reference's level, or the target's? not guessed
    "高于全省平均水平3个百分点以下",
])
def test_margins_no_reader_could_place_are_unrecognized(text: str) -> None:
    assert parse_target(text).kind == "unrecognized"
    assert evaluate(text, "20", references=PROVINCE).status.value == "pending"


def test_a_reference_range_takes_no_margin() -> None:
    v = evaluate("高于全省平均水平3个百分点以上", "14", references={"全省平均水平": "8-9"})
    assert (v.status.value, v.reason.value) == ("pending", "reference_unknown")


def test_bulk_judges_as_evaluate() -> None:
    pytest.importorskip("numpy")
    targets = ["高于全省平均水平3个百分点以上", "比全省平均水平低0.5个百分点", "高于全市平均水平1个百分点"]
    reported = ["13", "9.6", "4.2（市级3.12）"]
    table = evaluate_table({"target": targets * 2, "reported": reported + ["12.9", "9.5", "4.1（市级3.12）"]},
                           polarity="higher", references=PROVINCE)
    assert table.status.tolist() == ["met", "missed", "met", "missed", "met", "missed"]
    for target, cell, status in zip(targets * 2, reported + ["12.9", "9.5", "4.1（市级3.12）"], table.status.tolist()):
        assert evaluate(target, cell, references=PROVINCE).status.value == status


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("高出全省平均水平2个百分点", "7.2", "met"),  # 高出 leading (no 比): the average 5 + 2 = 7
    ("高出全省平均水平2个百分点", "6.9", "missed"),  # was a level of 2 points: 6.9 met it
    ("收入增速高出全省平均水平1个百分点以上", "6", "met"),
    ("收入增速高出全省平均水平1个百分点以上", "5.9", "missed"),
    ("比全市平均水平高出2个百分点", "6.9", "missed"),  # the 比 form, unchanged
])
def test_a_leading_side_word_of_two_characters_compares_with_the_reference(target, reported, status):
    v = evaluate(target, reported, references={"全省平均水平": 5, "全市平均水平": 5})
    assert v.status.value == status
    assert parse_target(target).kind == "reference"
    assert same_reading(parse_target(render(parse_target(target))), parse_target(target))
