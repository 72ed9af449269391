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


@pytest.mark.parametrize("target", ["居民消费价格涨幅与全国一致", "居民消费价格涨幅与全国保持一致"])
def test_in_line_with_the_nation_names_the_nations_level(target):
    """湖南's 2025 plan (tr058): 与全国一致 sets the nation's own rise as the reference, as 与全国调控目标一致 sets the nation's
    target: a rise at most the nation's is met, one above it missed, and without the nation's figure the verdict waits for it
    (it was unread)."""
    parsed = compliance.parse_target(target)
    assert (parsed.kind, parsed.name) == ("reference", "全国平均水平")
    nation = {"全国平均水平": 0.2}
    assert compliance.evaluate(target, "0.1", polarity="lower", references=nation).status.value == "met"
    assert compliance.evaluate(target, "1.5", polarity="lower", references=nation).status.value == "missed"
    waiting = compliance.evaluate(target, "1.5", polarity="lower")
    assert (waiting.status.value, waiting.reason.value) == ("pending", "reference_unknown")


def test_the_nation_as_a_place_is_no_reference_elsewhere():
    """Only between 与 and 一致 is the bare 全国 the reference: 全国一致 alone names nothing, and a comparator before it reads
    as before (不高于全国)."""
    assert compliance.parse_target("全国一致").kind == "unrecognized"
    assert compliance.parse_target("居民消费价格涨幅不高于全国").kind == "reference"
