"""A range whose ends carry different magnitudes is read as a careful reader does: ``9000-1万`` is 9000 to
10000 (0.9万-1万), not refused as "reversed" (万 written once would make it 9000万 down to 1万). A range that
is high to low whatever the reading (``9-8``, ``3万-2万``, ``8-1万``: 8万 or 8, no one reading) stays refused,
and the note says what is wrong and how to write it."""

from __future__ import annotations

from decimal import Decimal

import pytest

import compliance


@pytest.mark.parametrize(("text", "low", "high"), [
    ("9000-1万", "0.9万", "1万"),
    ("9000-1万人", "9000人", "1万人"),  # a unit after the multiplier: the low end as written, in that unit
    ("5000-1.5万", "0.5万", "1.5万"),
    ("900-1千", "0.9千", "1千"),
    ("9000-1万元", "9000元", "1万元"),
])
def test_ends_of_different_magnitudes_read_low_to_high(text, low, high):
    for parsed in (compliance.parse_target(text), compliance.parse_reported(text)):
        assert parsed.kind == "range"
        assert (str(parsed.low), str(parsed.high)) == (low, high)


@pytest.mark.parametrize(("reported", "status"), [
    ("0.95万", "met"), ("9000人", "met"), ("1万", "met"), ("8999人", "missed"), ("0.85万", "missed"), ("10001人", "missed"),
    ("9500", "met"), ("8999", "missed"), ("10001", "missed"),  # bare figures in persons, as the low end (not 9500万人)
])
def test_a_target_of_different_magnitudes_judges_either_side(reported, status):
    v = compliance.evaluate("9000-1万人", reported, polarity="band")
    assert (v.status.value, v.reason.value) == (status, "measured")
    assert v.admissible.lo == Decimal(9000) and v.admissible.hi == Decimal(10000)


@pytest.mark.parametrize(("target", "status"), [("0.8万以上", "met"), ("1.1万以上", "missed")])
def test_a_reported_range_of_different_magnitudes(target, status):
    assert compliance.evaluate(target, "9000-1万").status.value == status


def test_the_unit_written_once_still_applies_to_both_ends():
    c = compliance.parse_target("5-10万")
    assert (str(c.low), str(c.high)) == ("5万", "10万")
    c = compliance.parse_target("7-7.5%")
    assert (str(c.low), str(c.high)) == ("7%", "7.5%")


@pytest.mark.parametrize("text", ["9-8", "3万-2万", "8-1万", "10001-1万", "8-负2"])
def test_a_truly_reversed_range_is_refused_saying_what_and_how(text):
    v = compliance.evaluate(text, "5")
    assert (v.status.value, v.reason.value) == ("pending", "unrecognized")
    en, zh = v.explain("en"), v.explain("zh")
    assert f"'{text}' runs from high to low" in en
    assert "write the range from low to high (8-9), each end with its unit where they differ (0.9万-1万)" in en
    assert "前一端大于后一端" in zh and "请按从小到大书写" in zh
