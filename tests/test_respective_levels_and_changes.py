"""A one-line pair of 分别 lists, levels then changes (stop 21, A2's leftover 4):
城乡居民人均可支配收入分别为44686元、21054元,分别增长8.6%、11% (昆明 2023 bulletin wording, os059 of the seventh set).

* ``evaluate``: a level target of either half (城镇居民人均可支配收入达到44000元) was pending not_comparable per_capita: the
  chosen list value was labelled 为 alone, so the per-head check found no 人均 in its name. A list value labelled by no
  indicator now takes its subject's name (choose.choose).
* ``check --document``: the second list (分别增长8.6%、11%, no name of its own) gave no figure, so a growth target of either
  half took the level (21054元 against 增长10%: pending). It is now read as the same names' in turn (clauses.mentions).
"""

from __future__ import annotations

import pytest

import compliance
from documentkit import judged

PAIR = "城乡居民人均可支配收入分别为44686元、21054元,分别增长8.6%、11%"


@pytest.mark.parametrize("target, status, value", [
    ("城镇居民人均可支配收入达到44000元", "met", "44686"), ("城镇居民人均可支配收入达到45000元", "missed", "44686"),
    ("农村居民人均可支配收入达到21000元", "met", "21054"), ("农村居民人均可支配收入达到22000元", "missed", "21054"),
    ("城镇居民人均可支配收入增长8%", "met", "8.6"), ("城镇居民人均可支配收入增长9%", "missed", "8.6"),
    ("农村居民人均可支配收入增长10%", "met", "11"), ("农村居民人均可支配收入增长12%", "missed", "11"),
])
def test_each_half_takes_its_level_and_its_change(target, status, value):
    for text in (PAIR, "城乡居民人均可支配收入分别为44686元、21054元" if "增长" not in target else PAIR,
                 "城镇和农村居民人均可支配收入分别为44686元和21054元,分别增长8.6%和11%"):
        v = compliance.evaluate(target, text)
        assert (v.status.value, str(v.value)) == (status, value), text


@pytest.mark.parametrize("target", ["地区生产总值达到44000亿元", "居民人均可支配收入达到44000元"])
def test_no_other_indicator_or_whole_takes_a_half(target):
    assert compliance.evaluate(target, PAIR).status.value == "pending"


def test_a_total_is_still_no_per_head_figure():
    # the per-head check itself stands: 人均 in the target, a figure named without it
    v = compliance.evaluate("城镇居民人均可支配收入达到44000元", "城镇居民可支配收入总额44686元")
    assert v.status.value == "pending"


@pytest.mark.parametrize("urban, rural, statuses", [
    ("达到44000元", "增长10%", ("met", "met")),
    ("达到45000元", "增长12%", ("missed", "missed")),
    ("增长8%", "达到21000元", ("met", "met")),
    ("增长9%", "达到22000元", ("missed", "missed")),
])
def test_the_document_path_reads_both_lists(tmp_path, urban, rural, statuses):
    targets = (f"2023年主要预期目标是：地区生产总值增长6%左右；城镇居民人均可支配收入{urban}；"
               f"农村居民人均可支配收入{rural}。")
    found = judged(tmp_path, targets, f"2023年，全市地区生产总值增长6.2%。{PAIR}。")
    assert (found["城镇居民人均可支配收入"][2], found["农村居民人均可支配收入"][2]) == statuses
    assert found["地区生产总值"][2] == "met"
