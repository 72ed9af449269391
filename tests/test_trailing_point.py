"""A whole figure's trailing ASCII point (``6.``) is the figure, as Python and spreadsheets read it: never a
unit "." that makes the value not comparable with the indicator's unit (review R7)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import compliance
from compliance.language.lexer import tokenize


@pytest.mark.parametrize("unit", [None, "%", "万人"])
@pytest.mark.parametrize(("target", "status"), [("6以上", "met"), ("7以上", "missed"), ("5以下", "missed")])
def test_trailing_point_is_judged_as_the_figure(target: str, unit: str | None, status: str) -> None:
    verdict = compliance.evaluate(target, "6.", unit=unit)
    assert (verdict.status.value, verdict.reason.value) == (status, "measured")
    assert verdict.missing == ()


@pytest.mark.parametrize(("text", "value", "unit", "span"), [
    ("6.", "6", None, "6."),
    ("35.", "35", None, "35."),
    ("-6.", "-6", None, "-6."),
    ("1,000.", "1000", None, "1,000."),
    ("6.%", "6", "%", "6.%"),
    ("6.万人", "6", "万人", "6.万人"),
    ("6.；", "6", None, "6."),
])
def test_trailing_point_reads_the_figure_and_its_unit(text: str, value: str, unit: str | None, span: str) -> None:
    reported = compliance.parse_reported(text)
    assert reported.kind == "value"
    assert reported.value.value == Decimal(value) and reported.value.unit == unit
    assert [s.text for s in reported.spans if s.role == "number"] == [span]


def test_trailing_point_in_a_target_is_the_figure() -> None:
    assert compliance.evaluate("6.以上", "6", unit="%").status.value == "met"
    assert compliance.evaluate("6.以上", "5.9", unit="%").status.value == "missed"
    assert compliance.parse_target("35.").value.unit is None


def test_a_point_before_text_keeps_its_reading() -> None:
    # 6.完成 reads the figure 6 (no unit) as before; only its span now holds the point
    reported = compliance.parse_reported("6.完成")
    assert (reported.kind, reported.value.value, reported.value.unit) == ("value", Decimal(6), None)
    assert compliance.parse_target("6.完成").kind == "unrecognized"


@pytest.mark.parametrize("text", ["852.html", "6.e", "6.5."])
def test_a_point_that_is_not_the_figures_stays_out_of_it(text: str) -> None:
    number = tokenize(text).items[0]
    assert number.kind == "NUM" and not number.text.endswith(".")


def test_a_figure_with_a_second_point_is_no_figure() -> None:
    # 6..: neither the figure 6 with the unit ".." nor 6 (tests/test_full_stop.py)
    assert [t.kind for t in tokenize("6..").items] == ["TEXT"]
