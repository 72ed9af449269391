"""Stop 29, A4: wrong and weak readings the last round left open, each reproduced, then judged either side.

Every target and outcome sentence is copied from the public page named beside it; a threshold made up is said to be,
and so is a real line given a number the Chinese way (no such line was found in the stored pages).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import compliance
from compliance.cli import main

ROOT = Path(__file__).resolve().parent.parent

# --- 1. a short name of retail sales is as nominal as the full one (zh.yaml choosing.nominal_names) ----------------------
# 国家统计局, 2022-01-17 (via www.liwenjuan1.cn/data/142/2022-01-17/6888699697977168334.html): the year's paragraph
RETAIL_2021 = ("2021年,社會消費品零售總額440823億元,比上年增長12.5%,兩年平均增速為3.9%。其中,除汽車以外的消費品零售額397037億元,"
               "增長12.9%。扣除價格因素,2021年社會消費品零售總額比上年實際增長10.7%。")


@pytest.mark.parametrize(("target", "status", "value"), [
    # the names as real texts write them: 社會消費品零售額 (北京晨报 on 商务部's figures, 2009-01-16, m.sxsjbj.com/economics/
    # 2009-01/16/content_17140430.htm), 社零总额 (包头日报, tests/corpus/outcomes_fifth.tsv ov012), 社零 (商务部's 钟山 on
    # 社零增速, 一财); thresholds made up either side of the nominal 12.5
    ("社会消费品零售额增长11%", "met", "12.5"),  # was MISSED on the real 10.7
    ("社会消费品零售额增长13%", "missed", "12.5"),
    ("社零总额增长11%", "met", "12.5"),
    ("社零增长11%", "met", "12.5"),  # was MISSED on 10.7 (社零 is 社会消费品零售 by choosing.synonyms, no 总额)
    ("社零增长13%", "missed", "12.5"),
    ("社会消费品零售额实际增长10%", "met", "10.7"),  # a target saying real keeps the real figure
    ("社会消费品零售额实际增长11%", "missed", "10.7"),
])
def test_a_short_name_of_retail_sales_takes_the_nominal_growth(target: str, status: str, value: str) -> None:
    verdict = compliance.evaluate(target, RETAIL_2021)
    assert (verdict.status.value, str(verdict.value)) == (status, value)


def test_the_nominal_reading_is_said() -> None:
    assert "figure_set_aside_real" in [n.code for n in compliance.evaluate("社会消费品零售额增长11%", RETAIL_2021).notes]


# --- 2. a row's number written the Chinese way (language/numbered.py) ---------------------------------------------------
# 2018年政府工作报告's targets as a summary numbers them (二、2018年發展主要預期目標 1、國內生產總值增長6.5%左右。; the
# numbering 1、 is read since stop 28). No target line numbered （1） or 一、 was found in the stored pages: the same lines
# are given those numbers here. The 2018 outcome: 国家统计局's 2018 GDP growth, 6.6 (made-up thresholds either side).
@pytest.mark.parametrize("number", ["（1）", "(1)", "（一）", "一、", "十二、", "1、"])
def test_a_target_numbered_the_chinese_way_is_read(number: str) -> None:
    target = compliance.parse_target(f"{number}國內生產總值增長6.5%左右。")
    assert target.subject.text == "國內生產總值"  # was unread (（1）) or a list (一、)
    assert compliance.evaluate(target, "6.6").status.value == "met"
    assert compliance.evaluate(target, "6.0").status.value == "missed"  # under 6.175, the tolerance's edge


@pytest.mark.parametrize("text", ["一、二产业增加值增长5%", "（2025年）地区生产总值增长6%", "(3.5)"])
def test_what_is_no_rows_number_is_left_as_it_was(text: str) -> None:
    """一、二产业 lists the sectors (一产, 二产: the name opens with a numeral), a year or a decimal in brackets is none."""
    target = compliance.parse_target(text)
    assert not any(span.role == "framing" and span.text.startswith(("一", "(", "（")) for span in target.remarks)


# --- 4. a period word then the target's verb: the name is after the verb (language/leads.py) ---------------------------
# 央视网 on the year's result (via www.tushygear.com/xwzx/PoliticsNews/201812/t20181230_12127527.htm): 全年減少農村貧困人口
# 1000萬以上; the 2019 report's review of 2018 (人民政协网 via www.mkcnfr.com/c/2019-03-05/2300395.shtml)
POVERTY_DONE = "農村貧困人口減少1386萬"


@pytest.mark.parametrize(("target", "status"), [
    ("全年減少農村貧困人口1000萬以上", "met"),  # was pending not_comparable: the subject was 全年
    ("今年减少农村贫困人口1000万以上", "met"),  # the brief's wording (the 2018 report's without its 再)
    ("今年减少农村贫困人口1400万以上", "missed"),  # made up: above the 1386万 reported
])
def test_a_period_word_before_the_verb_is_no_subject(target: str, status: str) -> None:
    parsed = compliance.parse_target(target)
    assert parsed.subject.text.endswith(("農村貧困人口", "农村贫困人口")) and ("framing", target[:2]) in [
        (span.role, span.text) for span in parsed.remarks]
    assert compliance.evaluate(target, POVERTY_DONE).status.value == status


def test_a_period_word_before_a_reach_word_and_a_name_is_no_subject() -> None:
    """全年实现地区生产总值增长6% (made up from the forms above) had the subject 全年; a GDP report's growth is its own."""
    target = compliance.parse_target("全年实现地区生产总值增长6%")
    assert target.subject.text == "地区生产总值"
    assert compliance.evaluate(target, "地区生产总值增长6.5%").status.value == "met"
    assert compliance.evaluate(target, "地区生产总值增长5.5%").status.value == "missed"


# --- 5. a dash a space after a figure is a range cut short (language/signs.py) ------------------------------------------
@pytest.mark.parametrize("reported", ["7.0 -", "7 -", "5 -", "7.0 —", "7.0\u3000-"])
def test_a_spaced_dash_after_a_figure_is_an_open_range(reported: str) -> None:
    """Made up, as d8e87bd's ``7-``: ``7.0 -`` was MET against 6以上 while ``7-`` is pending; the space changes nothing."""
    verdict = compliance.evaluate("6以上", reported)
    assert (verdict.status.value, verdict.reason.value) == ("pending", "unrecognized")
    assert "open_range" in [n.code for n in verdict.notes]


@pytest.mark.parametrize(("reported", "status"), [("7\n-", "met"), ("5\n-", "missed"), ("7\t-", "met"),
                                                  ("7 - 8", "met"), ("5 - 5.5", "missed")])
def test_a_dash_a_line_or_a_tab_apart_is_another_cell(reported: str, status: str) -> None:
    """A table row pasted whole (tests/corpus outcomes_ninth.tsv on021, 温州 2015: …100.7 then - a line apart) and a range
    with both ends read as before."""
    verdict = compliance.evaluate("6以上", reported)
    assert verdict.status.value == status and "open_range" not in [n.code for n in verdict.notes]


# --- 7. a numbered line opened by a period word (language/leads.py after language/numbered.py) --------------------------
# 丽水's 2023 task table (www.lishui.gov.cn/art/2023/7/11/art_1229738349_57348087.html) numbers its targets 1.生产总值增长6%以上;
# the period word after the number is 全年地区生产总值增长6%'s (made up: the brief's line)
@pytest.mark.parametrize("text", ["2.全年地区生产总值增长6%", "2、全年地区生产总值增长6%", "（2）全年地区生产总值增长6%"])
def test_a_period_word_after_a_rows_number_is_no_part_of_the_name(text: str) -> None:
    target = compliance.parse_target(text)
    assert target.subject.text == "地区生产总值"  # was 全年地区生产总值
    assert [span.role for span in target.remarks][:2] == ["framing", "framing"]
    # 丽水's 2023 bulletin's growth (the eighteenth set's ok001): 7.5 meets 6, and 5.5 (made up) misses it
    assert compliance.evaluate(target, "地区生产总值增长7.5%").status.value == "met"
    assert compliance.evaluate(target, "地区生产总值增长5.5%").status.value == "missed"
