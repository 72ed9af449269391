"""Phrasings of the twelfth set (the north and the east) the engine did not read on first sight and reads now, each
judged either side of its threshold (tests/corpus/README.md, "Twelfth set")."""

from __future__ import annotations

import pytest

import compliance


@pytest.mark.parametrize(
    ("target", "value", "economy", "status"),
    [
        # 长治's 2023 plan (tw006): the economy's growth named with 水平 after it, a strict comparison
        ("农村居民收入高于经济增长水平", "7.0", "5.6", "met"),
        ("农村居民收入高于经济增长水平", "5.6", "5.6", "missed"),
        ("农村居民收入高于经济增长水平", "4.0", "5.6", "missed"),
        # the same name in step: a value at the economy's growth keeps step, one under it does not
        ("城镇居民收入与经济增长水平同步", "5.6", "5.6", "met"),
        ("城镇居民收入与经济增长水平同步", "4.0", "5.6", "missed"),
        ("居民收入增长不低于经济增长水平", "5.6", "5.6", "met"),
        ("居民收入增长不低于经济增长水平", "5.0", "5.6", "missed"),
    ],
)
def test_the_economys_growth_named_with_its_level_word(target, value, economy, status):
    verdict = compliance.evaluate(target, value, references={"economic_growth": economy})
    assert verdict.status.value == status


def test_the_economys_growth_level_is_pending_while_the_economy_is_unknown():
    assert compliance.parse_target("农村居民收入高于经济增长水平").kind == "reference"
    assert compliance.evaluate("农村居民收入高于经济增长水平", "7.0").status.value == "pending"


@pytest.mark.parametrize(
    ("target", "row", "value", "status"),
    [
        # 越城's 十三五 table (ow076, ow078): the row's number, its name, the target cell, the estimate, 完成
        ("1000", "1 全区生产总值(亿元) 1000 1008.5 完成", "1008.5", "met"),
        ("1000", "1 全区生产总值(亿元) 1000 990 未完成", "990", "missed"),
        ("72.69", "3 公共财政预算收入(亿元) 72.69 72.69 完成", "72.69", "met"),
        ("72.69", "3 公共财政预算收入(亿元) 72.69 70.1 未完成", "70.1", "missed"),
        ("6以上", "1 | 地区生产总值增速(%) | 6以上 | 6.5", "6.5", "met"),
        ("6以上", "1 | 地区生产总值增速(%) | 6以上 | 5.5", "5.5", "missed"),
    ],
)
def test_a_table_rows_own_number_is_no_figure_of_the_row(target, row, value, status):
    verdict = compliance.evaluate(target, row)
    assert verdict.status.value == status and str(verdict.value) == value
    assert "figure_set_aside_row_number" in {n.code for n in verdict.notes}


@pytest.mark.parametrize(
    ("target", "text", "value"),
    [
        ("地区生产总值增长5%", "5 家企业入选中国制造业500强,地区生产总值增长6%", "6"),  # a count with its counter: a figure
        ("地区生产总值增长5%", "地区生产总值 6.5", "6.5"),  # the name before the figure: no row number
        ("6以上", "2023 地区生产总值 6.5", None),  # a year opens no row (2023 is over ROW_NUMBERS): left as it was
    ],
)
def test_a_figure_opening_a_sentence_is_no_row_number_unless_it_opens_a_row(target, text, value):
    verdict = compliance.evaluate(target, text)
    assert value is None or str(verdict.value) == value
    assert "figure_set_aside_row_number" not in {n.code for n in verdict.notes}


@pytest.mark.parametrize(
    ("target", "row", "value", "status"),
    [
        # 越城's 十三五 table (ow077): the row's number 2, then 人均: 2 人 was read as a count of people
        ("130000", "2 人均生产总值(元) 130000 130913 完成", "130913", "met"),
        ("130000", "2 人均生产总值(元) 130000 120000 未完成", "120000", "missed"),
    ],
)
def test_a_per_head_word_after_a_figure_is_no_counter_of_it(target, row, value, status):
    verdict = compliance.evaluate(target, row)
    assert verdict.status.value == status and str(verdict.value) == value


@pytest.mark.parametrize(("text", "unit"), [("新增就业3万人", "万人"), ("120 万人", "万人"), ("3万人均收入", "万")])
def test_a_count_of_people_keeps_its_counter(text, unit):
    assert compliance.parse_reported(text).value.unit == unit
