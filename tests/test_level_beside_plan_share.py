"""A level in the target's unit of amount beside a share of a plan that names no amount (城镇新增就业1.35万人,完成年度目标的
112.5%): the target of an amount (城镇新增就业1.4万人) reads the level, as a change target reads the change beside such a
share (choose.beside_plan): the year's goal the share is of may be another figure than the plan's (a province's
allocation, 1.2万人 here). The start tree MET 1.4万人 on the 112.5%. A share naming the target's own amount (完成年计划
710亿元的89.4%) is judged as before (the local set's lo015-lo020)."""

from __future__ import annotations

import pytest

from compliance import evaluate

JOBS = "城镇新增就业1.35万人,完成年度目标的112.5%"


@pytest.mark.parametrize(("target", "reported", "status", "value"), [
    ("城镇新增就业1.4万人", JOBS, "missed", "1.35"),  # was MET on 112.5
    ("城镇新增就业1.3万人", JOBS, "met", "1.35"),
    ("城镇新增就业14000人", JOBS, "missed", "13500.00"),
    ("城镇新增就业1.2万人左右", JOBS, "met", "1.35"),
    ("地区生产总值710亿元", "初步预计,荔城地区生产总值635亿元,完成年计划710亿元的89.4%,增长2.0%", "missed", "89.4"),
    ("第一产业增加值18亿元", "第一产业增加值18亿元,完成年计划18亿元的100%,增长3.5%", "met", "100"),
    ("城镇新增就业1.4万人", "完成年度目标的112.5%", "met", "112.5"),  # no level: the share, as before
])
def test_a_target_of_an_amount_reads_the_level_beside_the_share(target: str, reported: str, status: str,
                                                                value: str) -> None:
    verdict = evaluate(target, reported)
    assert (verdict.status.value, str(verdict.value)) == (status, value)


def test_part_of_the_year_stays_open() -> None:
    assert evaluate("城镇新增就业1.4万人", "上半年城镇新增就业0.8万人,完成年度目标的57%").reason.value == "period_open"
