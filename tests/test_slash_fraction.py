"""A share written as digits over digits (``1/3``) is one third, a share in %, as 三分之一 is.

The ``1/`` was dropped before: 比重超过1/3 read as "> 3%", so 33% met it. A date (2022/12/31) is no share,
and a fraction over 1 or over 0 is refused as text, never read as its last figure; nor is a date its last part.
"""

from __future__ import annotations

import pytest

from compliance import evaluate


@pytest.mark.parametrize(("target", "below", "above"), [
    ("比重超过1/3", "33.3%", "33.4%"),
    ("比重达到1/3以上", "33.3%", "33.34%"),
    ("占比达到1/4", "24.9%", "25%"),
    ("占比不低于2/5", "39.9%", "40%"),
])
def test_a_slash_fraction_is_a_share_either_side(target: str, below: str, above: str) -> None:
    assert evaluate(target, below).status.value == "missed"
    assert evaluate(target, above).status.value == "met"


def test_the_share_is_said_rounded_in_the_explanation() -> None:
    assert "> 33.33%" in evaluate("比重超过1/3", "34%").explain("en")


@pytest.mark.parametrize("target", ["比重超过5/3", "比重超过1/0"])
def test_no_share_is_refused_never_read_as_its_last_figure(target: str) -> None:
    verdict = evaluate(target, "34%")
    assert (verdict.status.value, verdict.reason.value) == ("pending", "unrecognized")


def test_a_date_is_no_share_and_no_figure() -> None:
    explained = evaluate("2022/12/31前完成", "可完成").explain("en")
    assert "%" not in explained.split(";")[0]
    # a deadline, as 2022年底前完成: no number of it is a threshold (2022/12/31 read '>= 31', so 40 met it)
    for reported in ("40", "30"):
        assert evaluate("2022/12/31前完成", reported).status.value == "pending"


def test_a_unit_per_unit_is_no_share() -> None:
    verdict = evaluate("铁路网密度达到507公里/万平方公里", "510公里/万平方公里")
    assert "%" not in verdict.explain("en").split(";")[0]
