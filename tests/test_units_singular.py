"""English explanations write a unit after a figure of exactly one in the singular: 1 person, 1 percentage
point, 1 day; 2 persons, 1.5 persons, 1 × 10,000 persons (ten-thousands, plural) as before. The verdict
is the same either side of the threshold; only the words follow the figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

import compliance
from compliance.judge.explain import counted, gap_text, templates, with_unit
from compliance.report._provenance import _with_gap_unit


@pytest.mark.parametrize(("target", "reported", "status", "said"), [
    ("6人以上", "7人", "met", "is 1 person above the target"),
    ("6人以上", "5人", "missed", "is 1 person short"),
    ("6人以上", "8人", "met", "is 2 persons above the target"),
    ("6人以上", "4.5人", "missed", "is 1.5 persons short"),
    ("5天以内", "6天", "missed", "is 1 day over the limit"),
    ("5天以内", "4天", "met", "is 1 day under the limit"),
    ("6个以上", "7个", "met", "is 1 item above the target"),
    ("6%以上", "5%", "missed", "is 1 percentage point short"),
    ("6%以上", "8%", "met", "is 2 percentage points above the target"),
    ("6万人以上", "5万人", "missed", "is 1 × 10,000 persons short"),
    ("6吨以上", "7吨", "met", "is 1 tonne above the target"),
])
def test_a_gap_of_one_takes_the_singular(target, reported, status, said):
    v = compliance.evaluate(target, reported)
    assert v.status.value == status
    assert said in v.explain("en")


@pytest.mark.parametrize(("margin", "reference", "reported", "status", "said"), [
    ("1个百分点", 5, "7", "met", "1 percentage point above the reference: 5 + 1 = 6"),
    ("1个百分点", 5, "5.5", "missed", "1 percentage point above the reference: 5 + 1 = 6"),
    ("3个百分点", 5, "9", "met", "3 percentage points above the reference: 5 + 3 = 8"),
])
def test_a_margin_of_one_point_above_a_reference(margin, reference, reported, status, said):
    v = compliance.evaluate(f"高于全省平均水平{margin}以上", reported, references={"全省平均水平": reference})
    assert v.status.value == status
    assert said in v.explain("en")
    assert "percentage points above the reference: 5 + 1" not in v.explain("en")


def test_the_report_margin_cell_of_one_point():
    assert _with_gap_unit("+1", "%", "en") == "+1 percentage point"
    assert _with_gap_unit("-1", "%", "en") == "-1 percentage point"
    assert _with_gap_unit("+2", "%", "en") == "+2 percentage points"
    assert _with_gap_unit("+1", "%", "zh") == "+1 个百分点"


def test_labels_and_counts():
    en = templates("en")
    assert gap_text((Decimal(1), Decimal(1)), "%", en) == "1 percentage point"
    assert gap_text((Decimal(1), Decimal(2)), "%", en) == "1 to 2 percentage points"
    assert with_unit("1", "applications") == "1 applications"  # a rules file's own label: as it is written
    assert with_unit("1", "10,000 persons") == "1 × 10,000 persons"
    assert counted("compound to growth of 5% in 1 years", "en") == "compound to growth of 5% in 1 year"
    assert counted("in 2021 years, 1 persons per 10 billion yuan", "en") == "in 2021 years, 1 person per 10 billion yuan"
    assert counted("1 years", "zh") == "1 years"
