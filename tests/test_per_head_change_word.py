"""A change word is no name: 人均预期寿命提高1岁 against a reported 提高1.2岁 was pending not_comparable
('per_capita'), as if the cell named a total without 人均 (执业医师2.1万人 against 每千人口执业医师数). Found at the end
of stop 18 while checking R2's 提高到 finding."""

from __future__ import annotations

import pytest

from compliance import evaluate


@pytest.mark.parametrize(("reported", "status"), [
    ("提高1.2岁", "met"), ("提高1岁", "met"), ("增加0.8岁", "missed"), ("提高0.9岁", "missed"),
])
def test_a_change_said_with_a_change_word_alone_is_judged(reported, status):
    assert evaluate("人均预期寿命提高1岁", reported).status.value == status


def test_a_total_named_without_per_head_is_still_not_comparable():
    v = evaluate("每千人口执业医师数达到3.2人", "执业医师2.1万人")
    assert (v.status.value, v.reason.value) == ("pending", "not_comparable")


@pytest.mark.parametrize(("reported", "status"), [
    ("提高了1.2岁", "met"), ("提高了0.8岁", "missed"), ("比上年提高1.2岁", "met"), ("比上年提高0.8岁", "missed"),
    ("同比增加1.1岁", "met"), ("较上年增加了0.5岁", "missed"),
    ("人均预期寿命达到79岁，比上年提高1.2岁", "met"), ("人均预期寿命达到79岁，比上年提高0.6岁", "missed"),
])
def test_a_change_said_after_its_base_or_with_a_particle_is_judged(reported, status):
    # review R1 (stop 19): 提高了1.2岁 and 比上年提高1.2岁 were pending not_comparable ('per_capita'): the label
    # 提高了 / 比上年提高 was taken for a name said without 人均, even in a sentence that says 人均预期寿命
    assert evaluate("人均预期寿命提高1岁", reported).status.value == status


@pytest.mark.parametrize("reported", ["医师数增加0.8人", "执业医师增加了0.8人", "比上年执业医师增加0.8人"])
def test_a_name_before_the_change_word_is_still_a_total(reported):
    v = evaluate("每千人口执业医师数增加0.5人", reported)
    assert (v.status.value, v.reason.value) == ("pending", "not_comparable")


def test_the_explanation_says_why_in_words_not_a_code():
    v = evaluate("每千人口执业医师数达到3.2人", "执业医师2.1万人")
    assert v.missing == ("per_capita",)
    assert "per_capita" not in v.explain("zh") and "一为人均" in v.explain("zh")
    assert "per_capita" not in v.explain("en") and "per head" in v.explain("en")


@pytest.mark.parametrize(("target", "status", "value"), [
    ("地区生产总值增长7.5%", "missed", 7), ("地区生产总值增长6.5%", "met", 7),
    ("人均地区生产总值增长8%", "met", 8.8), ("人均地区生产总值增长9%", "missed", 8.8),
])
def test_a_per_head_clause_beside_the_total_is_set_aside_not_ambiguous(target, status, value):
    # review R2 (stop 19): the total's target against 全市地区生产总值增长7%，人均地区生产总值增长8.8% was pending
    # ambiguous_value (both clauses hold the name 地区生产总值); the per-head clause is another measure
    v = evaluate(target, "全市地区生产总值增长7%，人均地区生产总值增长8.8%")
    assert (v.status.value, float(v.value)) == (status, value)
