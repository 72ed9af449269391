"""A reported cell that only says 与上年持平 / 持平: no change from the previous period.

Against a target that states a change (增长5%) or a direction it is a change of 0: 增长5%, 稳步增长 and 下降3% are
missed, 不低于上年, 保持稳定 and 与上年持平 met. Against a level (40以上) it is the previous period's figure: judged
with it, pending without it. Before, each was pending (the cell was unrecognized).
"""

from __future__ import annotations

import pytest

from compliance import evaluate, evaluate_table, parse_reported


@pytest.mark.parametrize("cell", ["与上年持平", "持平", "与上年基本持平", "同比持平", "與上年持平", "持平。"])
def test_read_as_a_change_of_zero(cell: str) -> None:
    reported = parse_reported(cell)
    assert (reported.kind, reported.value.value, reported.change) == ("value", 0, "up")


def test_a_named_flat_cell_is_its_indicators() -> None:
    """价格持平 was unread (the indicator named); since stop 24 a name then a flat word is a change of 0 labelled with
    both (全年居民消费价格与上年持平, 国家统计局's 2025 公报), judged only as that indicator's figure."""
    reported = parse_reported("价格持平")
    assert (reported.kind, reported.value.value, reported.label) == ("value", 0, "价格持平")
    assert evaluate("居民消费价格涨幅3%以内", "价格持平", polarity="lower").status.value == "met"
    assert evaluate("地区生产总值增长5%", "价格持平").missing == ("indicator_figure",)


@pytest.mark.parametrize(("target", "status"), [
    ("增长5%", "missed"), ("稳步增长", "missed"), ("下降3%", "missed"), ("逐步增加", "missed"), ("增长0%以上", "met"),
    ("不低于上年", "met"), ("保持稳定", "met"), ("与上年持平", "met"), ("基本持平", "met"),
])
def test_against_a_change_or_a_direction(target: str, status: str) -> None:
    v = evaluate(target, "与上年持平")
    assert v.status.value == status, v.explain("en")
    assert "read as a change of 0" in v.explain("en")


def test_either_side_of_a_change_threshold() -> None:
    """A change of 0 meets a floor of 0 and misses anything above it; a fall of 0.5 meets 下降0.5%以内."""
    assert evaluate("增长0%以上", "持平").status.value == "met"
    assert evaluate("增长0.1%以上", "持平").status.value == "missed"
    assert evaluate("不低于上年", "持平").status.value == "met"
    assert evaluate("不低于上年", "下降0.1%").status.value == "missed"


def test_against_a_level_it_gives_no_figure() -> None:
    """持平 against 40以上 says "as last year", not the figure: pending, with or without the previous value (the
    bulk path groups rows by what the requirement reads, and 40以上's does not read the previous value)."""
    for previous in (None, "41", "39"):
        v = evaluate("40以上", "与上年持平", previous=previous)
        assert (v.status.value, v.reason.value, v.missing) == ("pending", "no_data", ("value",))
    v = evaluate("40以上", "与上年持平")
    assert "未给出本期数值" in v.explain("zh") and "not what the figure is" in v.explain("en")
    # a rate's direction: 增速与上年持平 is last year's rate, not a rate of 0
    assert evaluate("稳步增长", "持平", measure="rate", previous="6").status.value == "pending"
    assert evaluate("不低于上年", "持平", measure="level", previous="41").status.value == "pending"


def test_at_least_the_previous_level_from_a_stated_change() -> None:
    """不低于上年 against 比上年增长2% compared the change with the previous level (2 against 39: missed)."""
    assert evaluate("不低于上年", "比上年增长2%", previous="39").status.value == "met"
    assert evaluate("不低于上年", "比上年下降2%", previous="39").status.value == "missed"
    assert evaluate("不低于上年", "比上年增长2%").status.value == "met"  # no previous needed for a change
    assert evaluate("不低于上年", "比上年增长2%", measure="level", previous="39").status.value == "met"
    assert evaluate("不低于上年", "比上年下降2%", measure="level", previous="39").status.value == "missed"
    # a growth rate's own figure: 增长2% is the rate, compared with last year's rate
    assert evaluate("不低于上年", "增长2%", measure="rate", previous="3").status.value == "missed"
    assert evaluate("不低于上年", "增长4%", measure="rate", previous="3").status.value == "met"
    assert evaluate("不低于上年", "41", previous="39").status.value == "met"  # levels still compare as levels
    assert evaluate("不低于上年", "38", previous="39").status.value == "missed"


def test_bulk_judges_as_evaluate() -> None:
    pytest.importorskip("numpy")
    rows = [("增长5%", "与上年持平", None), ("不低于上年", "持平", None), ("40以上", "持平", "41"), ("40以上", "持平", "39"),
            ("不低于上年", "持平", "39"), ("稳步增长", "持平", "39")]
    table = evaluate_table({"target": [r[0] for r in rows], "reported": [r[1] for r in rows],
                            "previous": [r[2] for r in rows]}, polarity="higher", previous="previous")
    expected = [evaluate(t, c, previous=p).status.value for t, c, p in rows]
    assert table.status.tolist() == expected == ["missed", "met", "pending", "pending", "met", "missed"]
