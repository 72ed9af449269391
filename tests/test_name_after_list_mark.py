"""A figure after 、 whose words name an indicator of their own (a head word: 利润, 收入) begins its own clause, though
、 is no clause mark (地区生产总值5.3万亿元、增长5.5%: both the GDP's). The eleventh set's oy005 (惠州 2024, 南方+):
…规上工业增加值增长9.7%、利润总额增长22.5%,… was pending ambiguous (22.5 read as going on about 规上工业增加值); now the
9.7 is the target's, the 22.5 the profits' (judge/choose.py _names_between)."""

from __future__ import annotations

import pytest

from compliance import evaluate

HUIZHOU = ("此外,2024年惠州市推动产业科技互促双强,新质生产力加快培育和发展。惠州市跻身“2024先进制造业百强市”第30位,规上工业增加值增长"
           "9.7%、利润总额增长22.5%,电子信息产业、石化能源新材料产业增加值分别增长13.6%、17.9%。")


@pytest.mark.parametrize(("target", "reported", "status", "value"), [
    ("规模以上工业增加值增长7.5%以上", HUIZHOU, "met", "9.7"),
    ("规模以上工业增加值增长10%以上", HUIZHOU, "missed", "9.7"),
    ("规模以上工业增加值增长7.5%以上", "规上工业增加值增长7%、利润总额增长22.5%", "missed", "7"),
    ("利润总额增长20%", "规上工业增加值增长9.7%、利润总额增长22.5%", "met", "22.5"),
    ("利润总额增长25%", "规上工业增加值增长9.7%、利润总额增长22.5%", "missed", "22.5"),
    ("地区生产总值增长5%", "地区生产总值5.3万亿元、增长5.5%", "met", "5.5"),  # 、增长 goes on about the GDP
    ("地区生产总值增长6%", "地区生产总值5.3万亿元、增长5.5%", "missed", "5.5"),
    ("一般公共预算收入增长5%", "一般公共预算收入52亿元、增长6%、税收收入增长4%", "met", "6"),
    ("一般公共预算收入增长7%", "一般公共预算收入52亿元、增长6%、税收收入增长4%", "missed", "6"),
])
def test_a_name_after_the_list_mark_begins_its_own_clause(target: str, reported: str, status: str, value: str) -> None:
    verdict = evaluate(target, reported)
    assert (verdict.status.value, str(verdict.value)) == (status, value)
