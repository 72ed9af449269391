"""A sentence's margin off a place alone: ``7.5%，高于全省0.8个百分点`` against ``低于全省平均水平``.

The place word a reported bracket names a level by (zh.yaml ``level_labels``: 全省 -> 全省平均水平) names the same
reference in a stated margin, so the reference is worked out from the sentence (7.5 - 0.8 = 6.7) and the value
judged against it, the source labelled as the sentence. A margin off another place (全市, 全国 for 全省) is no
margin of the target's reference: pending, and the explanation says which reference the margin was off.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from compliance import evaluate, parse_target


@pytest.mark.parametrize(("target", "reported", "status", "reference"), [
    ("低于全省平均水平", "7.5%，高于全省0.8个百分点", "missed", "6.7"),  # the average 6.7, 7.5 above it
    ("低于全省平均水平", "5.5%，比全省低0.8个百分点", "met", "6.3"),  # the average 6.3, 5.5 below it
    ("低于全省平均水平", "7.5%，高于全省平均0.8个百分点", "missed", "6.7"),  # the reference's own word, as before
    ("高于全国平均水平", "6.5%，比全国高0.3个百分点", "met", "6.2"),
    ("高于全国平均水平", "6.0%，比全国低0.2个百分点", "missed", "6.2"),
    ("高于全市平均水平", "8%，高于全市1.2个百分点", "met", "6.8"),
])
def test_a_margin_off_the_place_alone_gives_the_reference(target, reported, status, reference):
    polarity = "lower" if target.startswith("低于") else "higher"
    v = evaluate(target, reported, polarity=polarity)
    assert v.status.value == status
    assert v.reference is not None and Decimal(v.reference.value.rstrip("%")) == Decimal(reference)
    assert "source: the reported sentence" in v.explain("en")
    assert "来源：报告文字" in v.explain("zh")
    assert f", {reference}" in v.explain("en")  # the reported value less its stated difference, worked out


@pytest.mark.parametrize(("target", "reported", "other"), [
    ("低于全省平均水平", "7.5%，高于全市0.8个百分点", "全市平均水平"),  # 全市 is no 全省
    ("低于全省平均水平", "7.5%，低于全国0.8个百分点", "全国平均水平"),
    ("高于全国平均水平", "7.5%，高于全省0.8个百分点", "全省平均水平"),
])
def test_a_margin_off_another_place_stays_pending_and_says_so(target, reported, other):
    v = evaluate(target, reported, polarity="lower")
    assert (v.status.value, v.reason.value) == ("pending", "reference_unknown")
    assert f"a difference from '{other}'" in v.explain("en")
    assert f"是与“{other}”之差" in v.explain("zh")


def test_a_sentence_without_a_margin_says_nothing_of_one():
    v = evaluate("低于全省平均水平", "7.5%", polarity="lower")
    assert v.status.value == "pending" and "difference" not in v.explain("en")


@pytest.mark.parametrize(("target", "name", "reported", "status"), [
    # t0343 (tests/corpus/targets.tsv, 德阳市旌阳区 2016): a debt ratio assessed against the warning line
    ("年终按财政部认可警戒线比较考核", "财政部认可警戒线", "80", "met"),
    ("年终按财政部认可警戒线比较考核", "财政部认可警戒线", "120", "missed"),
    ("不超过警戒线", "警戒线", "100", "met"),
    ("不超过省市规定", "省市要求", "3.5", "missed"),
    ("不超过省市规定", "省市要求", "2.5", "met"),
])
def test_a_warning_line_and_a_province_and_city_reference(target, name, reported, status):
    assert parse_target(target).kind == "reference"
    assert evaluate(target, reported, polarity="lower", references={name: 100 if "警戒线" in name else 3}).status.value == status
    assert evaluate(target, reported, polarity="lower").reason.value == "reference_unknown"


def test_a_margin_below_is_added_back_and_said_so():
    v = evaluate("低于全省平均水平", "5.5%，比全省低0.8个百分点", polarity="lower")
    assert "the reported 5.5 plus the 0.8 it is stated to lie below it, 6.3" in v.explain("en")
    assert "报告值 5.5 加上其低于参照值之差 0.8，为 6.3" in v.explain("zh") and "-0.8" not in v.explain("zh")
    v = evaluate("低于全省平均水平", "7.5%，高于全省0.8个百分点", polarity="lower")
    assert "the reported 7.5 less its stated difference of 0.8 from it, 6.7" in v.explain("en")
