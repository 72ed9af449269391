"""Unemployment reported as the year's average (城镇调查失业率平均值5.2%) or at the year's end (年末城镇登记失业率3.1%): the
figure is read when the target names the same rate, never the other rate's (survey against registered), on both the
evaluate and the document paths (stop 21, A2's leftover 3: found right on this stop's start tree; these hold it)."""

from __future__ import annotations

import pytest

import compliance
from documentkit import judged

BOTH = "全年城镇调查失业率平均值5.2%，年末城镇登记失业率3.1%"


@pytest.mark.parametrize("target, reported, status", [
    ("城镇调查失业率控制在5.5%以内", "城镇调查失业率平均值5.2%", "met"),
    ("城镇调查失业率控制在5%以内", "城镇调查失业率平均值5.2%", "missed"),
    ("城镇调查失业率控制在5.5%以内", "城镇调查失业率全年平均为5.2%", "met"),
    ("城镇调查失业率控制在5%以内", "城镇调查失业率全年平均为5.2%", "missed"),
    ("城镇登记失业率控制在4%以内", "年末城镇登记失业率3.1%", "met"),
    ("城镇登记失业率控制在3%以内", "年末城镇登记失业率3.1%", "missed"),
    ("城镇登记失业率控制在4%以内", "城镇登记失业率年末为3.1%", "met"),
    ("城镇登记失业率控制在3%以内", "城镇登记失业率年末为3.1%", "missed"),
    # both rates in one sentence: each target its own rate, either side
    ("城镇调查失业率控制在5.5%以内", BOTH, "met"), ("城镇调查失业率控制在5%以内", BOTH, "missed"),
    ("城镇登记失业率控制在4%以内", BOTH, "met"), ("城镇登记失业率控制在3%以内", BOTH, "missed"),
    # the other rate alone is no figure of this one; a target naming neither rate cannot choose
    ("城镇调查失业率控制在5.5%以内", "年末城镇登记失业率3.1%", "pending"),
    ("城镇登记失业率控制在4%以内", "城镇调查失业率平均值5.2%", "pending"),
    ("失业率控制在5.5%以内", BOTH, "pending"),
])
def test_the_target_reads_its_own_rate(target, reported, status):
    assert compliance.evaluate(target, reported, polarity="lower").status.value == status


@pytest.mark.parametrize("survey, registered, statuses", [
    ("5.5%", "4%", ("met", "met")), ("5%", "3%", ("missed", "missed")), ("5%", "4%", ("missed", "met")),
])
def test_the_document_path_reads_them_alike(tmp_path, survey, registered, statuses):
    targets = (f"2023年主要预期目标是：地区生产总值增长6%左右；城镇调查失业率控制在{survey}以内；"
               f"城镇登记失业率控制在{registered}以内。")
    found = judged(tmp_path, targets, f"2023年，全市地区生产总值增长6.2%。{BOTH}。")
    assert (found["城镇调查失业率"][2], found["城镇登记失业率"][2]) == statuses
