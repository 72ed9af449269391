"""A place in a ranking (2位, 全省第2位, 排名第2名) is no level of the indicator: against a target that is no rank and
states no unit (3以下, 达到95, 6以上) it is not comparable, whichever side of the figure it falls; against a rank target
(前3位) or a rules file's unit 位 it is judged as a rank. 全省第2位 was unrecognized before stop 21 (pending); once
read as 2位 (25f1f6e) 3以下 was MET and 达到95 MISSED on the place."""

import pytest

from compliance import evaluate


@pytest.mark.parametrize("target", ["3以下", "6以上", "达到95", "不低于3"])
@pytest.mark.parametrize("reported", ["全省第2位", "位居全省第2位", "2位", "排名全省第2名"])
def test_a_place_against_a_level_target_is_not_comparable(target, reported):
    verdict = evaluate(target, reported)
    assert (verdict.status.value, verdict.reason.value) == ("pending", "not_comparable")


@pytest.mark.parametrize(("reported", "status"), [("全省第2位", "met"), ("2位", "met"), ("全省第5位", "missed")])
def test_a_place_against_a_rank_target_is_judged(reported, status):
    assert evaluate("增速居全省前3位", reported).status.value == status


@pytest.mark.parametrize(("target", "reported", "status"), [("3以内", "2位", "met"), ("3以内", "5位", "missed"),
                                                              ("6以上", "7位", "met"), ("6以上", "5位", "missed")])
def test_a_rules_files_unit_of_places_judges_the_place(target, reported, status):
    assert evaluate(target, reported, unit="位").status.value == status


@pytest.mark.parametrize(("reported", "status"), [("3万人", "missed"), ("7万人", "met"), ("7", "met"), ("5", "missed")])
def test_a_level_target_still_takes_another_unit_or_none(reported, status):
    assert evaluate("6以上", reported).status.value == status
