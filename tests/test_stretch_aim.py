"""``确保增长8%力争10%`` (no mark between the two): the 确保 figure is the target and the 力争 figure an aim, shown and never
judged, as ``确保增长8%，力争10%`` (with a comma) reads. It was unrecognized; with a subject before it
(``地区生产总值确保增长8%力争10%``) it was read as at least 10%, so 9% was missed. targets.stretch_aim."""

from __future__ import annotations

import pytest

import compliance


@pytest.mark.parametrize("target", [
    "确保增长8%力争10%", "确保增长8%，力争10%", "增长8%力争10%", "地区生产总值确保增长8%力争10%", "增长8%以上力争10%",
    "确保增长8%争取10%",
])
@pytest.mark.parametrize(("reported", "status"), [("7.9", "missed"), ("8", "met"), ("9", "met"), ("10.5", "met")])
def test_the_floor_is_judged_and_the_aim_is_not(target: str, reported: str, status: str) -> None:
    v = compliance.evaluate(target, reported)
    assert v.status.value == status
    assert str(v.threshold) == "8"


def test_the_aim_is_a_remark_the_explanation_names() -> None:
    c = compliance.parse_target("确保增长8%力争10%")
    assert (c.kind, c.change) == ("cumulative", "up")
    assert [(s.role, s.text) for s in c.remarks] == [("hedge", "确保"), ("hedge", "力争10%")]
    assert "力争10%" in compliance.evaluate(c, "9").explain("zh")
    assert compliance.parse_target("地区生产总值确保增长8%力争10%").subject.text == "地区生产总值"


def test_an_approximate_floor_keeps_its_tolerance() -> None:
    assert compliance.evaluate("增长8%左右力争10%", "7.7").status.value == "met"  # within 5% of 8
    assert compliance.evaluate("增长8%左右力争10%", "7").status.value == "missed"


def test_no_aim_without_a_figure_after_the_stretch_word() -> None:
    assert compliance.parse_target("力争增长8%").kind == "cumulative"  # a leading hedge, as before
    assert compliance.evaluate("力争增长8%", "7").status.value == "missed"
