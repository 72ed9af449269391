"""A range whose two ends are both negative, each with its own minus, written from the smaller fall to the larger
(``-4.0~-4.5``, ``负2-负8``): no subtraction is written (a minus on each end), so it is the range of the two, low
to high ([-4.5, -4.0]), as ``-4.5~-4.0`` reads. It was refused as written high to low. One negative end written
last (``8-负2``) stays refused (tests/test_reversed_range.py). ``负2/10`` keeps its minus (-20%, it was 20%)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import compliance


@pytest.mark.parametrize("text", ["-4.0~-4.5", "-4.5~-4.0", "负4.0至负4.5", "-4.0%~-4.5%", "-4~-4.5%"])
def test_both_ends_negative_read_low_to_high(text: str) -> None:
    c = compliance.parse_target(text)
    assert (c.kind, c.low.value, c.high.value) == ("range", Decimal("-4.5"), Decimal("-4.0"))


@pytest.mark.parametrize(("reported", "status"), [
    ("-4.6", "missed"), ("-4.5", "met"), ("-4.2", "met"), ("-4.0", "met"), ("-3.9", "missed"),
])
def test_a_band_of_two_falls_judged_either_side(reported: str, status: str) -> None:
    for target in ("-4.0~-4.5", "-4.5~-4.0"):
        assert compliance.evaluate(target, reported, polarity="band").status.value == status


@pytest.mark.parametrize(("reported", "status"), [("-4.6", "missed"), ("-4.4", "met"), ("-3", "met")])
def test_higher_is_better_takes_the_lower_end(reported: str, status: str) -> None:
    assert compliance.evaluate("-4.0~-4.5", reported).status.value == status


def test_a_reported_range_of_two_falls_is_read() -> None:
    r = compliance.parse_reported("负2-负8")
    assert (r.kind, r.low.value, r.high.value) == ("range", -8, -2)
    assert compliance.evaluate("-9以上", "负2-负8").status.value == "met"
    assert compliance.evaluate("-5以上", "负2-负8").status.value == "pending"  # straddles -5


def test_one_negative_end_written_last_is_still_refused() -> None:
    assert compliance.parse_target("8-负2").kind == "unrecognized"
    assert compliance.parse_target("4.0~-4.5").kind == "unrecognized"


def test_a_share_keeps_its_minus() -> None:
    c = compliance.parse_target("负2/10")
    assert (c.kind, c.value.value, c.value.unit) == ("level", Decimal(-20), "%")
    assert compliance.evaluate("负2/10", "-25%").status.value == "missed"
    assert compliance.evaluate("负2/10", "-15%").status.value == "met"
    assert compliance.parse_target("2/10").value.value == 20


def test_words_of_negative_growth_stay_a_change() -> None:
    c = compliance.parse_target("负增长3%")  # 负 before a word is no minus: a fall of 3%, not a rise of -3%
    assert (c.kind, c.change, c.inner.value.value) == ("cumulative", "down", 3)
    assert compliance.evaluate("负增长3%", "下降4%").status.value == "met"
    assert compliance.evaluate("负增长3%", "下降2%").status.value == "missed"
