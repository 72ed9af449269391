"""Hostile input, stop 30 (tests/hostile/README.md, "Stop 30"; issue 12 §5).

Each case was reproduced in a fresh process on the start tree (bbf22de) first. A case holds the verdict on both sides
of the threshold where there is one, or the error naming what is wrong; none times anything (the document case counts
the name matches made, not seconds).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np  # compliance[test] installs pandas, hence numpy: a missing module fails here, saying so
import pytest

import compliance
from compliance.documents import extract, naming

# --------------------------------------------------------------------------- 1. the library given the wrong types

#: (target, reported, options, the argument the error names): each was an AttributeError ('bytes' object has no
#: attribute '__dict__', 'list' object has no attribute 'items', 'int' object has no attribute 'startswith') or a
#: TypeError ('NoneType' object is not iterable) from inside the judge, naming nothing the caller gave
WRONG_TYPES: list[tuple[Any, Any, dict[str, Any], str]] = [
    (None, "7", {}, "a target is text"),
    ("6以上".encode(), "7", {}, "a target is text"),
    ([6], "7", {}, "a target is text"),
    ("6以上", b"7", {}, "a reported value is text"),
    ("6以上", [7], {}, "a reported value is text"),
    ("6以上", {"a": 1}, {}, "a reported value is text"),
    ("6以上", 7 + 0j, {}, "a reported value is text"),
    ("6以上", Fraction(15, 2), {}, "a reported value is text"),
    ("6以上", 7, {"previous": b"5"}, "a reported value is text"),  # was taken, unused: met
    ("6以上", 7, {"polarity": None}, "polarity is"),
    ("6以上", 7, {"references": [("市级要求", 3)]}, "references maps"),
    ("6以上", 7, {"unit": 5}, "unit is the indicator's unit"),
    ("6以上", 7, {"tolerance": [1]}, "tolerance is a share"),
]


@pytest.mark.parametrize(("target", "reported", "options", "says"), WRONG_TYPES,
                         ids=[f"{i}-{case[3].split()[0]}" for i, case in enumerate(WRONG_TYPES)])
def test_a_wrong_type_is_a_type_error_naming_the_argument(target: Any, reported: Any, options: dict[str, Any],
                                                           says: str) -> None:
    with pytest.raises(TypeError, match=says):
        compliance.evaluate(target, reported, **options)


@pytest.mark.parametrize(("tolerance", "says"), [
    ("x", "neither a share"), ("", "neither a share"),  # decimal's `[<class 'decimal.ConversionSyntax'>]` before
    (-1, "at least 0"), ("-5%", "at least 0"),  # taken before: a band with its ends swapped (6左右 missed at 6)
    (float("nan"), "finite"), ("inf", "finite"),  # pydantic's validation error of several lines before
])
def test_a_tolerance_of_no_amount_is_a_value_error_saying_what_it_must_be(tolerance: Any, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        compliance.evaluate("6左右", "5.8", tolerance=tolerance)


def test_a_good_tolerance_still_judges_either_side() -> None:
    assert compliance.evaluate("6左右", "6", tolerance=0).status.value == "met"
    assert compliance.evaluate("6左右", "5.8", tolerance="0.3").status.value == "met"  # 5.7 to 6.3
    assert compliance.evaluate("6左右", "5.6", tolerance="0.3").status.value == "missed"


@pytest.mark.parametrize(("value", "status"), [(np.int64(7), "met"), (np.int64(5), "missed"), (np.int32(6), "met"),
                                               (np.uint8(5), "missed")])
def test_numpys_integers_are_figures_as_its_floats_are(value: Any, status: str) -> None:
    """A frame's integer cell (``df.itertuples()``) was an AttributeError where np.float64 was judged."""
    verdict = compliance.evaluate("6以上", value)
    assert (verdict.status.value, verdict.value) == (status, Decimal(int(value)))
    assert compliance.evaluate(value, 6).status.value == ("met" if value <= 6 else "missed")  # a target of a level


def test_an_int_past_pythons_digit_limit_is_judged_not_a_value_error() -> None:
    """``evaluate('6以上', 10**5000)``: 'Exceeds the limit (4300 digits) for integer string conversion' (the verdict
    memo's key and number_text both took str() of it); 10**1000 was judged. Now judged as its Decimal is."""
    assert compliance.evaluate("6以上", 10**5000).status.value == "met"
    assert compliance.evaluate("6以上", -(10**5000)).status.value == "missed"
    assert compliance.evaluate(10**5000, 7).status.value == "pending"  # a target of 5,001 digits: past 1e999, unread


# --------------------------------------------------------------------------- 2. a target paragraph of thousands


def test_a_paragraph_of_two_thousand_targets_is_read_matching_each_name_a_bounded_number_of_times(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``主要预期目标是：指标0增长1.0%左右，指标1增长2.1%左右，…`` with 3,000 targets (86 KB) ran over 300 s in
    ``extract``: each new name was compared with every one found before (documents/extract._merge), its key computed
    afresh each time (naming.core: 4.5 million for 3,000). The work is now a lookup per name: counted, not timed."""
    count = 2000
    text = "2023年政府工作报告\n2023年发展主要预期目标是：" + "，".join(
        f"指标{i}增长{i % 9 + 1}.{i % 10}%左右" for i in range(count)) + "。\n"
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    calls = 0
    real = naming.core

    def counted(name: str) -> tuple[str, str | None]:
        nonlocal calls
        calls += 1
        return real(name)

    monkeypatch.setattr(naming, "core", counted)
    naming.key.cache_clear()
    found = extract(plan)
    assert len(found.indicators) == count
    assert calls <= 5 * count, f"{calls} name matches for {count} names"  # before: about count**2
    targets = {i.found.name: next(iter(i.found.targets.values())).text for i in found.indicators}
    assert targets["指标7增长"] == "8.7%左右" and targets["指标1999增长"] == "2.9%左右"
