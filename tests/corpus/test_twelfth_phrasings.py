"""Phrasings of the twelfth set (the north and the east) the engine did not read on first sight and reads now, each judged
either side of its threshold (tests/corpus/README.md, "Twelfth set")."""

from __future__ import annotations

import pytest

import compliance


@pytest.mark.parametrize(
    ("target", "value", "economy", "status"),
    [
        # 长治's 2023 plan (tw006): the economy's growth named with 水平 after it, a strict comparison
        ("农村居民收入高于经济增长水平", "7.0", "5.6", "met"),
        ("农村居民收入高于经济增长水平", "5.6", "5.6", "missed"),
        ("农村居民收入高于经济增长水平", "4.0", "5.6", "missed"),
        # the same name in step: a value at the economy's growth keeps step, one under it does not
        ("城镇居民收入与经济增长水平同步", "5.6", "5.6", "met"),
        ("城镇居民收入与经济增长水平同步", "4.0", "5.6", "missed"),
        ("居民收入增长不低于经济增长水平", "5.6", "5.6", "met"),
        ("居民收入增长不低于经济增长水平", "5.0", "5.6", "missed"),
    ],
)
def test_the_economys_growth_named_with_its_level_word(target, value, economy, status):
    verdict = compliance.evaluate(target, value, references={"economic_growth": economy})
    assert verdict.status.value == status


def test_the_economys_growth_level_is_pending_while_the_economy_is_unknown():
    assert compliance.parse_target("农村居民收入高于经济增长水平").kind == "reference"
    assert compliance.evaluate("农村居民收入高于经济增长水平", "7.0").status.value == "pending"
