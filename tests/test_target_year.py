"""A year leading a target is the target's own year, not the base of its change (found in the corpus: 2020年重庆地区
生产总值增长6% was explained as measured from 2020, and 2025年比2020年下降18% could not be read). A year is a
base only after 比 / 较 or before 基础上 / 相比 (zh.yaml)."""

from __future__ import annotations

import pytest

import compliance


@pytest.mark.parametrize(("target", "base"), [
    ("2020年重庆地区生产总值增长6%", None), ("2021年地区生产总值增长6%以上", None),
    ("比2020年增长6%", 2020), ("较2020年增长6%", 2020), ("能耗比2020年下降18%", 2020),
    ("在2020年基础上增长10%", 2020), ("与2020年相比增长6%", 2020), ("2025年比2020年下降18%", 2020),
])
def test_which_year_is_the_base(target, base):
    assert compliance.parse_target(target).base_year == base


@pytest.mark.parametrize(("reported", "status"), [("6.1", "met"), ("6", "met"), ("5.9", "missed")])
def test_a_leading_year_is_judged_either_side_and_not_called_a_base(reported, status):
    v = compliance.evaluate("2020年重庆地区生产总值增长6%", reported)
    assert v.status.value == status and "measured from" not in v.explain("en")


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("2021年全市地区生产总值增长6%以上", "6", "met"), ("2021年全市地区生产总值增长6%以上", "5.9", "missed"),
    ("2023年全市生产总值增长5%左右", "4.8", "met"), ("2023年全市生产总值增长5%左右", "4.7", "missed"),
])
def test_a_year_before_a_place_word_and_the_name_is_the_targets_own(target, reported, status):
    # corpus lo041/lo042 (重庆): the year, then 全市 and the name, was not read at all
    found = compliance.parse_target(target)
    assert found.subject is not None and found.subject.text.startswith("全市") and found.base_year is None
    assert compliance.evaluate(target, reported).status.value == status
