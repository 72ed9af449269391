"""A class of a quality scale where a lower class is better (zh.yaml ``classes``, language/classes.py).

确保洱海水质稳定保持Ⅲ类 (2017大理州政府工作报告, tests/corpus/targets_seventh.tsv ts114) was unread: a water class
in a Roman numeral. It is at most class III: Ⅱ类 and Ⅲ类 meet it, Ⅳ类 and 劣Ⅴ类 miss it, whatever the numeral's
script. A class naming the water of a share (Ⅲ类水体比例达到80%) leaves the share the target.
"""

from decimal import Decimal

import pytest

import compliance

CLASS_TARGETS = ["确保洱海水质稳定保持Ⅲ类", "达到或好于Ⅲ类", "水质保持III类", "水质稳定在三类", "保持Ⅲ类水质",
                 "洱海水质达到或好于Ⅲ类"]


@pytest.mark.parametrize("target", CLASS_TARGETS)
@pytest.mark.parametrize(
    ("reported", "status"),
    [("Ⅰ类", "met"), ("Ⅱ类", "met"), ("Ⅲ类", "met"), ("III类", "met"), ("三类", "met"), ("Ⅲ类水质", "met"),
     ("Ⅳ类", "missed"), ("四类", "missed"), ("Ⅴ类", "missed"), ("劣Ⅴ类", "missed")],
)
def test_a_lower_class_is_better(target: str, reported: str, status: str) -> None:
    verdict = compliance.evaluate(target, reported)
    assert verdict.status.value == status, verdict.explain("en")


@pytest.mark.parametrize("target", CLASS_TARGETS)
def test_the_class_is_an_upper_bound(target: str) -> None:
    parsed = compliance.parse_target(target)
    assert parsed.kind == "bound" and parsed.op == "le" and parsed.value.value == 3


def test_the_class_of_a_share_names_the_water() -> None:
    target = "地表水达到或好于Ⅲ类水体比例达到80%"
    parsed = compliance.parse_target(target)
    assert parsed.kind == "level" and parsed.value.value == 80 and parsed.value.unit == "%"
    assert compliance.evaluate(target, "85%").status.value == "met"
    assert compliance.evaluate(target, "75%").status.value == "missed"


def test_a_class_before_other_words_is_no_class() -> None:
    # 三类以上水质比例 (a share, tests/corpus/targets_third.tsv tt019): the figure is the target
    parsed = compliance.parse_target("国考断面三类以上水质比例达85.7%")
    assert parsed.value.value == Decimal("85.7")


def test_a_reported_class_is_its_figure() -> None:
    assert compliance.parse_reported("Ⅳ类").value.value == 4
    assert compliance.parse_reported("劣Ⅴ类").value.value == 6  # below the last class
    assert compliance.parse_reported("Ⅲ类水体比例87.5%").value.value == Decimal("87.5")


@pytest.mark.parametrize(("text", "number"), [
    ("Ⅱ类", "Ⅱ"), ("洱海水质保持Ⅱ类", "Ⅱ"), ("确保洱海水质稳定保持Ⅲ类", "Ⅲ"), ("稳定保持III类", "III"),
])
def test_the_class_figure_marks_its_numeral(text: str, number: str) -> None:
    """The reading's spans show the numeral as the figure and 类 as the comparator (an unmatched 劣 group once put the
    figure's start one character early: 持Ⅱ)."""
    spans = {span.role: span.text for span in compliance.parse_target(text).spans}
    assert spans["number"] == number and spans["comparator"] == "类"
