"""The lead's fixes of stop 28, each with the input that showed it and cases either side."""

from __future__ import annotations

import pytest

from compliance import evaluate, evaluate_table


@pytest.mark.parametrize("reported", ["7\x1b", "7\x07", "\x00 7", "7\x7f", "5\x1b"])
def test_a_reported_value_holding_a_control_character_is_judged_neither_way(reported: str) -> None:
    # A2's find (tests/hostile/README.md, stop 28): 7<ESC> read 7, ESC its unit, and MET 6以上; a target holding a
    # control is unread since stop 23, and now a reported value is too, with a note saying which character and where
    verdict = evaluate("6以上", reported)
    assert (verdict.status.value, verdict.reason.value) == ("pending", "unrecognized")
    said = [n for n in verdict.notes if n.code == "control_character"]
    assert said and f"U+{ord(next(c for c in reported if ord(c) < 0x20 or ord(c) == 0x7f)):04X}" in verdict.explain()


@pytest.mark.parametrize(("reported", "status"), [("7", "met"), ("5", "missed"), ("7\t", "met"), ("7\n", "met")])
def test_a_figure_without_a_control_or_with_white_space_is_judged_as_before(reported: str, status: str) -> None:
    assert evaluate("6以上", reported).status.value == status


def test_the_bulk_path_agrees() -> None:
    table = evaluate_table({"target": ["6以上"] * 3, "reported": ["7", "7\x1b", "5\x07"]}, polarity="higher")
    assert [table.verdict(i).status.value for i in range(3)] == ["met", "pending", "pending"]


def test_a_target_holding_one_says_which() -> None:
    verdict = evaluate("6以上\x1b", "7")
    assert verdict.status.value == "pending"
    assert "U+001B" in verdict.explain() and "第 4 个字符" in verdict.explain()
