"""A change stated in a unit of its own (提高1岁, 增加5万人) against a reported level is the difference of the two
levels in that unit, as a change in 个百分点 is. Found by H3 (stop 18) on a health plan's 人均预期寿命提高1岁: with
measure level and last year's 78, a reported 78.5 was read as a rise of 78.5岁 (met); with 比上年 the rise was
worked out as a relative 0.64% and labelled 岁 (missed for the wrong reason)."""

from __future__ import annotations

import pytest

from compliance import evaluate, evaluate_table


@pytest.mark.parametrize(("target", "reported", "previous", "measure", "status", "rise"), [
    ("人均预期寿命提高1岁", "78.5", "78", "level", "missed", "0.5岁"),
    ("人均预期寿命提高1岁", "79", "78", "level", "met", "1岁"),  # exactly the threshold
    ("比上年提高1岁", "78.5", "78", None, "missed", "0.5岁"),  # 比上年 names the base: the figure is a level
    ("比上年提高1岁", "79.1", "78", None, "met", "1.1岁"),
    ("比上年增加5万人", "1004", "1000", "level", "missed", "4万人"),
    ("比上年增加5万人", "1006", "1000", "level", "met", "6万人"),
])
def test_a_level_becomes_a_difference_in_the_changes_unit(target, reported, previous, measure, status, rise):
    kw = {"measure": measure} if measure else {}
    v = evaluate(target, reported, previous=previous, **kw)
    assert v.status.value == status
    assert f"即增长 {rise}" in v.explain("zh")  # the difference, in the target's unit, never a relative %
    assert "%" not in v.explain("zh").split("计算")[-1]


def test_without_a_previous_level_the_rise_is_not_guessed():
    v = evaluate("人均预期寿命提高1岁", "78.5", measure="level")
    assert (v.status.value, v.reason.value) == ("pending", "previous_unknown")


@pytest.mark.parametrize(("reported", "status"), [("1.2", "met"), ("0.8", "missed")])
def test_without_a_measure_or_a_named_base_the_figure_is_still_the_change(reported, status):
    # a plan table's change column: 提高1岁 reported as the rise itself, unchanged
    assert evaluate("人均预期寿命提高1岁", reported, previous="78").status.value == status


def test_a_change_in_percent_stays_relative():
    assert evaluate("比上年增长5%", "105", previous="100").status.value == "met"
    assert evaluate("比上年增长5%", "104.9", previous="100").status.value == "missed"


def test_the_table_path_agrees():
    rows = [("人均预期寿命提高1岁", "78.5", "78"), ("人均预期寿命提高1岁", "79", "78"), ("比上年提高1岁", "78.5", "78"),
            ("比上年增加5万人", "1006", "1000")]
    table = evaluate_table({"target": [r[0] for r in rows], "reported": [r[1] for r in rows],
                            "previous": [r[2] for r in rows]}, previous="previous", measure="level",
                           polarity="higher")
    statuses = list(table.status)
    assert statuses == [evaluate(t, r, previous=p, measure="level").status.value for t, r, p in rows]
    assert statuses == ["missed", "met", "missed", "met"]


@pytest.mark.parametrize(("reported", "status", "shown"), [("8029.8", "missed", "5.86%"), ("8200", "met", "8.11%")])
def test_with_measure_level_a_growth_target_reads_the_level_against_last_years(reported, status, shown):
    # H7 (stop 18), 温州's table: 增长7%左右 of a GDP in 亿元 with last year's 7585 met on '8029.8' read as 8029.8%
    v = evaluate("增长7%左右", reported, unit="亿元", measure="level", previous="7585")
    assert v.status.value == status
    assert f"即增长 {shown}。" in v.explain("zh")  # the note's figure rounded as the sentence's own (no 28 decimals)
    assert f"is a change (增长) of {shown}." in v.explain("en")


def test_with_measure_level_and_no_previous_a_growth_target_is_pending():
    v = evaluate("增长7%左右", "8029.8", unit="亿元", measure="level")
    assert (v.status.value, v.reason.value) == ("pending", "previous_unknown")
