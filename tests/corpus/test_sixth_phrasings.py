"""The general fix the sixth collection (``outcomes_sixth.tsv``) led to, checked either side of the threshold: a 分别
list under one name of two indicators (城乡, zh.yaml ``several.pairs``) or under names parted by 、 gives its n-th figure
to its n-th subject, so a target of one of them takes its own figure (it was pending ambiguous_value between both)."""

from __future__ import annotations

import pytest

import compliance

PAIR = "城乡居民人均可支配收入分别增长8.1%和9.2%。"
LISTED = "城镇、农村居民人均可支配收入分别增长8.1%、9.2%。"
AVERAGE = "城乡居民人均收入年均分别增长10.8%和14.9%,高于全国0.1和2.2个百分点。"  # ow015/ow016, 西宁's 十二五


@pytest.mark.parametrize(
    ("target", "reported", "value", "status"),
    [
        ("农村居民人均可支配收入增长9%", PAIR, "9.2", "met"),
        ("农村居民人均可支配收入增长9.5%", PAIR, "9.2", "missed"),
        ("城镇居民人均可支配收入增长8%", PAIR, "8.1", "met"),
        ("城镇居民人均可支配收入增长8.5%", PAIR, "8.1", "missed"),
        ("农村居民人均可支配收入增长9%", LISTED, "9.2", "met"),
        ("农村居民人均可支配收入增长9.5%", LISTED, "9.2", "missed"),
        ("城镇居民人均可支配收入增长8%", LISTED, "8.1", "met"),
        ("城镇居民人均可支配收入年均增长10%", AVERAGE, "10.8", "met"),
        ("城镇居民人均可支配收入年均增长11%", AVERAGE, "10.8", "missed"),
        ("農村居民人均可支配收入年均增長9%", AVERAGE, "14.9", "met"),
        ("農村居民人均可支配收入年均增長15%", AVERAGE, "14.9", "missed"),
    ],
)
def test_a_respectively_list_gives_each_subject_its_figure(target, reported, value, status):
    verdict = compliance.evaluate(target, reported)
    assert verdict.status.value == status
    assert str(verdict.value) == value


def test_the_whole_list_and_a_name_of_neither_half_are_as_before():
    assert compliance.evaluate("城乡居民人均可支配收入分别增长8%、9%", PAIR).status.value == "met"
    assert compliance.evaluate("城乡居民人均可支配收入分别增长8.5%、9%", PAIR).status.value == "missed"
    # 居民人均可支配收入 (all residents) is neither half: at least the slower half (judge/halves.py, the rule og004 of the
    # seventeenth set is met by), so met at 8 and still open at 8.5, between the two figures. It was pending at 8 too,
    # where both halves were left to choose from: halves_left (A1, stop 28) reads them as the 分别 list already was read
    # where one half's figure was chosen
    assert compliance.evaluate("居民人均可支配收入增长8%", PAIR).status.value == "met"
    assert compliance.evaluate("居民人均可支配收入增长8.5%", PAIR).status.value == "pending"
