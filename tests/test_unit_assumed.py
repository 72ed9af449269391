"""A target written without a unit (``6以上``), with no indicator unit given, is read in the reported value's
unit (``3万人``: the target is ≥ 6万人). That reading is an assumption, and the verdict says so (note
``unit_from_reported``, zh and en); it was silent before. Where the target or the indicator states the unit
(``6万人以上``, ``unit="万人"``, a rules file's ``unit:``) there is nothing to assume and nothing is said."""

from __future__ import annotations

from decimal import Decimal

import pytest

import compliance
from compliance.plans.check import check, summarize
from compliance.plans.datasets import load_dataset
from compliance.plans.rules import load_rules

from conftest import SEED_DATA, SEED_RULES


def _assumed(verdict: compliance.Verdict) -> list[dict[str, str]]:
    return [dict(n.params) for n in verdict.notes if n.code == "unit_from_reported"]


@pytest.mark.parametrize(("reported", "status", "gap"), [
    ("7万人", "met", Decimal(1)),       # above the floor read as 6万人
    ("6万人", "met", Decimal(0)),       # at it
    ("5.9万人", "missed", Decimal("-0.1")),  # just under it
    ("3万人", "missed", Decimal(-3)),
])
def test_a_unitless_target_is_read_in_the_reported_unit_and_says_so(reported: str, status: str, gap: Decimal) -> None:
    v = compliance.evaluate("6以上", reported)
    assert (v.status.value, v.reason.value, v.unit, v.threshold, v.gap) == (status, "measured", "万人", 6, gap)
    assert _assumed(v) == [{"unit": "万人"}]
    assert "目标未写单位，按报告值的单位（万人）理解目标" in v.explain("zh")
    assert "the target states no unit; it is read in the reported value's unit (10,000 persons)" in v.explain("en")


@pytest.mark.parametrize(("reported", "status"), [("6.5%", "met"), ("5.5%", "missed")])
def test_a_percent_reported_against_a_unitless_target(reported: str, status: str) -> None:
    v = compliance.evaluate("6以上", reported)
    assert (v.status.value, v.unit) == (status, "%")
    assert _assumed(v) == [{"unit": "%"}]
    assert "(%)" in v.explain("en")


@pytest.mark.parametrize(("target", "reported", "kwargs", "status"), [
    ("6万人以上", "7万人", {}, "met"),           # the target writes its unit
    ("6万人以上", "5万人", {}, "missed"),
    ("6以上", "7万人", {"unit": "万人"}, "met"),  # the indicator's unit is given
    ("6以上", "5万人", {"unit": "万人"}, "missed"),
    ("6以上", "70000人", {"unit": "万人"}, "met"),  # converted into the indicator's unit, not assumed
    ("6以上", "7", {}, "met"),                  # neither side has a unit
    ("6以上", "5", {}, "missed"),
    ("6%以上", "7", {}, "met"),                 # the reported value takes the target's unit, as documented
])
def test_nothing_is_assumed_where_a_unit_is_stated(target: str, reported: str, kwargs: dict[str, str], status: str) -> None:
    v = compliance.evaluate(target, reported, **kwargs)
    assert v.status.value == status
    assert _assumed(v) == []
    assert "未写单位" not in v.explain("zh") and "states no unit" not in v.explain("en")


def test_each_part_of_a_several_target_says_it() -> None:
    v = compliance.evaluate("分别增长6、7", "6.5万人、6.5万人")
    assert [p.status.value for p in v.parts] == ["met", "missed"]
    assert [_assumed(p) for p in v.parts] == [[{"unit": "万人"}], [{"unit": "万人"}]]
    assert v.explain("zh").count("目标未写单位") == 2


def test_the_seed_with_its_rules_units_assumes_nothing() -> None:
    """The seed's rules file gives every indicator its unit: the verdicts stay as they were (26 met, 4 missed,
    1 pending of 31 indicators) and none says it assumed a unit."""
    rules = load_rules(SEED_RULES)
    judgements = check(rules, load_dataset(SEED_DATA, [i.id for i in rules.indicators]), ["2022"])
    summary = summarize(judgements)
    assert (summary.indicator_count, summary.indicators["met"], summary.indicators["missed"],
            summary.indicators["pending"]) == (31, 26, 4, 1)
    assert not any(_assumed(j.verdict) for j in judgements)


@pytest.mark.parametrize(("reported", "status"), [
    ("全年新增就业7万人，比上年增长3%", "met"), ("全年新增就业5万人，比上年增长3%", "missed"),
])
def test_a_figure_chosen_from_a_sentence_gives_its_unit_and_says_so(reported: str, status: str) -> None:
    v = compliance.evaluate("新增就业6以上", reported)
    assert (v.status.value, v.unit) == (status, "万人")
    assert _assumed(v) == [{"unit": "万人"}]
    assert v.explain("zh").startswith("目标“新增就业6以上”即 ≥ 6万人；")
