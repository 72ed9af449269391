"""A range written high to low (``8-负2``, ``8-−2``, ``9-8``) is refused with its reason, not read: it was read as
-2 to 8, though ``8-负2`` may as well be the subtraction 8 - (-2) = 10, and against ``10以上`` the reading
-2..8 was missed where 10 is met. A range written low to high with a negative end (``负2-8``, ``负8-负2``) is a
range. The verdict is pending ``unrecognized`` and its explanation says why (note ``reversed_range``)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import compliance


def _refused(v: compliance.Verdict) -> list[str]:
    return [n.params["text"] for n in v.notes if n.code == "reversed_range"]


# 负2-负8 (both ends negative, a minus on each) is the range [-8, -2]: tests/test_negative_ranges.py
@pytest.mark.parametrize("text", ["8-负2", "8-−2", "8--2", "8至负2", "8～负2", "9-8", "8-负2%", "3%-2%"])
@pytest.mark.parametrize("target", ["10以上", "6以上", "-5以上", "20以下"])
def test_a_reported_range_written_high_to_low_is_refused(text: str, target: str) -> None:
    v = compliance.evaluate(target, text)
    assert (v.status.value, v.reason.value, v.missing) == ("pending", "unrecognized", ("reported",))
    assert _refused(v) == [text]
    assert "前一端大于后一端" in v.explain("zh") and "runs from high to low" in v.explain("en")
    assert compliance.parse_reported(text).spans[0].role == "reversed_range"


@pytest.mark.parametrize("text", ["8-负2", "8-−2", "9-8", "增长8-负2%", "8-负2左右"])
def test_a_target_range_written_high_to_low_is_refused(text: str) -> None:
    for reported in ("-3", "3", "12"):  # whatever the value, nothing is judged against a guessed range
        v = compliance.evaluate(text, reported)
        assert (v.status.value, v.reason.value, v.missing) == ("pending", "unrecognized", ("target",))
        assert len(_refused(v)) == 1 and _refused(v)[0] in text


@pytest.mark.parametrize(("target", "reported", "status", "value"), [
    ("6以上", "负2-8", "pending", None),     # straddles 6: imprecise
    ("-3以上", "负2-8", "met", Decimal(-2)),  # both ends above -3
    ("9以上", "负2-8", "missed", Decimal(8)),  # both ends under 9
    ("-1以下", "负8-负2", "met", Decimal(-2)),
    ("-3以下", "负8-负2", "pending", None),
    ("-9以下", "负8-负2", "missed", Decimal(-8)),
])
def test_a_range_low_to_high_with_negative_ends_is_read(target: str, reported: str, status: str, value: Decimal | None) -> None:
    v = compliance.evaluate(target, reported)
    assert compliance.parse_reported(reported).kind == "range"
    assert (v.status.value, v.value if status != "pending" else None) == (status, value)
    assert _refused(v) == []


@pytest.mark.parametrize(("reported", "status"), [("-3", "missed"), ("-2", "met"), ("8", "met"), ("9", "missed")])
def test_a_target_range_low_to_high_with_a_negative_end(reported: str, status: str) -> None:
    c = compliance.parse_target("负2-8")
    assert (c.kind, c.low.value, c.high.value) == ("range", -2, 8)
    assert compliance.evaluate(c, reported, polarity="band").status.value == status


def test_ends_in_different_written_units_compare_after_conversion() -> None:
    # 1万-5000: the unit written once applies to both ends (5000万), so low to high: a range
    assert compliance.parse_reported("1万-5000").kind == "range"
    assert compliance.parse_reported("2万-5000个").kind == "unrecognized"  # 20000个 down to 5000个
