"""Phrasings of the thirteenth set (the centre and the north-west) the engine did not read on first sight and reads now, each
judged either side (tests/corpus/README.md, "Thirteenth set")."""

from __future__ import annotations

import pytest

import compliance


@pytest.mark.parametrize("target", ["工业在经济发展中的主导作用显著增强", "综合实力显著增强", "科技创新能力明显增强"])
def test_a_strength_grown_without_a_figure_is_a_quality(target):
    """山西's 十四五 goals (tr083): 显著增强 states a state reached, no figure; met where the report attests it, pending where
    nothing is told (it was unread)."""
    assert compliance.parse_target(target).kind == "qualitative"
    assert compliance.evaluate(target, "实现").status.value == "met"
    assert compliance.evaluate(target, None).status.value == "pending"


def test_a_figure_beside_the_words_is_still_judged_by_it():
    """The quality is read only where no figure is: a growth beside 显著增强 is the target's figure, met above it and missed
    below it."""
    target = "地区生产总值增长6%,综合实力显著增强"
    assert compliance.parse_target(target).kind != "qualitative"
    assert compliance.evaluate(target, "6.5").status.value == "met"
    assert compliance.evaluate(target, "5.0").status.value == "missed"
