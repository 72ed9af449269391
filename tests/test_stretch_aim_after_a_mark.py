"""A target, then an aim after a stretch word and a mark: 增长7%左右、力争8%, 确保增长7%，力争8%, 城镇新增就业5万人以上、力争6万人.

These were tests/test_stretch_aim.py (0f8e260, 97ccf3c) until 4524257 wrote that file anew for the form without a mark
(确保增长8%力争10%) and so deleted them; the review of stop 19 found them passing and puts them back here, unchanged.

The first clause is the target; the aim is a remark (shown, never judged), as 保8%、争9% and
努力争取更好结果 already were. Before, the text was read as a list of two targets and every single
reported value was pending (one value, two parts). The phrasing is the one zh.yaml's floor_stretch
describes (保8%、争9%) with a whole target clause before the aim; no verbatim plan sentence with it was
found in the stored pages this session, so these are written after it.
"""

from __future__ import annotations

import pytest

import compliance


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("增长7%左右、力争8%", "7.2", "met"),
    ("增长7%左右、力争8%", "6.5", "missed"),  # under the 左右 tolerance's edge (6.65)
    ("地区生产总值增长7%左右，力争8%", "6.7", "met"),
    ("确保增长7%，力争8%", "7", "met"),
    ("确保增长7%，力争8%", "6.9", "missed"),  # the floor decides, not the aim
    ("增长6.5%以上，力争7%", "6.6", "met"),  # under the aim, over the floor: met
    ("城镇新增就业5万人以上、力争6万人", "5.2万人", "met"),
    ("城镇新增就业5万人以上、力争6万人", "4.9万人", "missed"),
    ("增长7%左右，争取8%", "6.6", "missed"),
])
def test_the_first_clause_is_judged_either_side_and_the_aim_is_shown(target, reported, status):
    v = compliance.evaluate(target, reported)
    assert v.status.value == status
    aim = target[max(target.rfind("、"), target.rfind("，")) + 1 :]
    said = v.explain("zh")
    assert aim in said and "表示努力方向，不改变阈值" in said[said.index(aim):]
    assert compliance.parse_target(target).remarks[-1].text == aim


def test_a_list_of_two_targets_is_still_a_list():
    # no stretch word: two parts, as before (one reported value cannot pair with them)
    assert compliance.parse_target("增长7%、8%").kind == "several"
    assert compliance.parse_target("地区生产总值、财政收入分别增长7%、8%").kind == "several"


@pytest.mark.parametrize(("target", "kind"), [
    ("增长7%左右、力争更多", "unrecognized"),  # no figure in the aim: not this form (as before)
    ("增长7%左右、力争8%和9%", "several"),  # two figures after the stretch word: no one aim
])
def test_an_aim_must_be_one_figure(target, kind):
    assert compliance.parse_target(target).kind == kind
    for reported in ("6", "8"):  # not read as 7%左右 with an aim: neither side of the floor is judged
        assert compliance.evaluate(target, reported).status.value == "pending"
