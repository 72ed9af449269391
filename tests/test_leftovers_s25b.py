"""Leftovers found by the other helpers of stop 25 (A6): each phrasing read in general, judged either side of its
threshold. Every string is copied from the source beside it."""

from __future__ import annotations

from decimal import Decimal

import pytest

import compliance

# --- 4. a signed negative figure against a target stating a fall is that fall ------------------------------------
# The target: 2016年《政府工作报告》量化指标任务落实情况 (新华社, http://jxqcjlb.com/lianghui/news/2017-03/02/content_40390272.htm,
# tests/tables/national-2016). The figures: 国家发展和改革委员会公告2008年第55号 附表 (http://lsbar.com:8000/law/44302,
# tests/tables/provinces-energy-2007), whose 降低率(%) column writes a fall of 4.02% as -4.02: a signed table. -3.4 was
# MISSED (read as a fall of -3.4, 6.8 short), while the table's own reading is a fall of 3.4.
FALL = "單位國內生產總值能耗下降3.4%以上"


@pytest.mark.parametrize(("reported", "status"), [
    ("-3.4", "met"), ("-3.5", "met"), ("-3.3", "missed"),  # at, beyond and short of the fall
    ("-4.02", "met"), ("-6.04", "met"),  # the 附表's cells (河北, 北京)
    ("3.4", "met"), ("3.3", "missed"),  # an unsigned figure is the fall's size, as before
    ("下降3.3%", "missed"), ("增长3.4%", "missed"),  # words as before: a rise is no fall
])
def test_signed_fall(reported: str, status: str) -> None:
    verdict = compliance.evaluate(FALL, reported)
    assert verdict.status.value == status
    if reported.startswith("-"):
        assert verdict.value == -Decimal(reported)  # the fall's size


def test_signed_fall_says_so() -> None:
    verdict = compliance.evaluate(FALL, "-3.4")
    assert "the minus sign of -3.4 read as a fall of 3.4" in verdict.explain("en")


def test_signed_fall_of_a_decline_measure_is_left_as_before() -> None:
    """Where the indicator itself measures a decline (measure="decline"), the sign is the column's and stays: missed."""
    assert compliance.evaluate(FALL, "-3.4", measure="decline").status.value == "missed"


def test_signed_fall_in_bulk() -> None:
    """evaluate_table reads a negative plain figure as the engine does (the group sends it to the engine)."""
    cells = ["-3.4", "-3.5", "-3.3", "3.5", "3.3", "-4.02"]
    table = compliance.evaluate_table({"target": [FALL] * len(cells), "reported": cells},
                                      target="target", reported="reported", polarity="higher")
    assert list(table.status) == [compliance.evaluate(FALL, cell).status.value for cell in cells]
    assert list(table.status) == ["met", "met", "missed", "met", "missed", "met"]


def test_signed_figure_against_a_rise_is_negative_growth() -> None:
    assert compliance.evaluate("增长6%", "-3.4").status.value == "missed"


# --- 3. a conjunction opening a target is no part of its name ------------------------------------------------------
# The fourteenth set's tq083 (2026浙江省经信工作会议目标, https://newsroom.ygxz.in/tag/73ca2f4c5034dfe88d97a2989d9faefe): a news
# brief's list cut after its last 、, so the text opens with 以及. It was read as two parts (an empty one before 以及) for
# one figure: pending whatever was reported. zh.yaml conjunction_leads: 以及 is peeled as a remark, the subject is the
# name after it, as without 以及.
LISTED = "以及“415X”先进制造业集群营收突破10万亿元"


@pytest.mark.parametrize(("reported", "status"), [
    ("10.5万亿元", "met"), ("10.0001万亿元", "met"),
    ("10万亿元", "missed"), ("9.8万亿元", "missed"),  # 突破: strictly above
])
def test_leading_conjunction(reported: str, status: str) -> None:
    target = compliance.parse_target(LISTED)
    assert (target.kind, target.subject.text if target.subject else None) == ("bound", "415X”先进制造业集群营收")
    assert compliance.evaluate(LISTED, reported).status.value == status
    assert status == compliance.evaluate(LISTED.removeprefix("以及"), reported).status.value  # as without 以及


def test_leading_conjunction_keeps_a_subject() -> None:
    """Another indicator's figure above the threshold is never the target's (the subject is the name, never 以及 or
    empty): 国家統計局's 2021 retail sales, http://www.liwenjuan1.cn/data/142/2022-01-17/6888699697977168334.html."""
    verdict = compliance.evaluate(LISTED, "2021年,社會消費品零售總額440823億元,比上年增長12.5%,兩年平均增速為3.9%。")
    assert (verdict.status.value, verdict.reason.value) == ("pending", "no_data")


def test_leading_conjunction_is_kept_as_a_remark() -> None:
    remarks = [(span.role, span.text) for span in compliance.parse_target(LISTED).remarks]
    assert ("framing", "以及") in remarks


# --- 5. a point opening a numeral (点五) is a decimal's, as ○点五 is ------------------------------------------------
# No public text writing 点五 without its zero was found (pages and code corpora searched: 百分之點五, 百分之点五, 之點五,
# 增長百分之點五); these are minimal strings in the phrasing of 97b6922's ○点五 (udn.com/news/story/7333/9307246 writes
# 百分之○點一). 点五 read 5 (the 点 dropped): 3%以内 MISSED on it.
@pytest.mark.parametrize(("reported", "target", "status"), [
    ("点五", "3%以内", "met"), ("点五", "0.4以内", "missed"), ("点五", "0.5以内", "met"),
    ("增长点五%", "增长0.5%以上", "met"), ("增长点五%", "增长0.6%以上", "missed"),
    ("百分之点五", "0.5%以上", "met"), ("百分之点五", "0.6%以上", "missed"),
])
def test_leading_point(reported: str, target: str, status: str) -> None:
    verdict = compliance.evaluate(target, reported)
    assert (verdict.status.value, str(verdict.value)) == (status, "0.5")


@pytest.mark.parametrize("text", ["重点五大产业", "点"])
def test_a_point_inside_words_is_no_figure(text: str) -> None:
    """Inside a run of text the 点 is a word's (重点): no 0.5, and a point alone no figure."""
    assert compliance.parse_reported(text).kind == "unrecognized"
