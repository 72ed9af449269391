"""A bare figure against a change in a unit of its own (增加2亿元, 提高1岁, 提高1个百分点) is read by its size (24bc9ac):
more than 5 times the stated change it is a level, as far from the previous level it is the change. Where both hold,
neither reading is credible: 12 against 增加2亿元 after a level of 100 is no rise of 12 (six times the plan's) and no
fall of 88 either; it was MISSED as a fall of 88 (met before 24bc9ac, as a rise of 12). Now pending ambiguous_value,
both readings in the explanation (stop 20 review). Either side: a level near the previous one, a change near the
stated one, are judged as before."""

from __future__ import annotations

import os

import pytest

import compliance


@pytest.mark.parametrize("target, reported, previous, status", [
    ("增加2亿元", "12", "100", "pending"),  # +12 or -88: neither
    ("提高1岁", "8", "78", "pending"),
    ("较上年提高1个百分点", "8", "60", "pending"),
    ("增加2亿元", "103", "100", "met"),  # a level: +3
    ("增加2亿元", "101", "100", "missed"),  # a level: +1
    ("增加2亿元", "3", "100", "met"),  # the change itself
    ("人均预期寿命提高1岁", "79", "78.5", "missed"),  # a level: +0.5
    ("人均预期寿命提高1岁", "79.6", "78.5", "met"),
    ("较上年提高1个百分点", "1.2", "60", "met"),  # the change itself
])
def test_a_figure_neither_the_change_nor_a_level(target: str, reported: str, previous: str, status: str) -> None:
    verdict = compliance.evaluate(target, reported, previous=previous)
    assert verdict.status.value == status
    if status == "pending":
        assert verdict.reason.value == "ambiguous_value"
        assert "两种读法都不可信" in verdict.explain("zh") and "neither reading" in verdict.explain("en")


def test_the_bulk_path_agrees() -> None:
    pd = pytest.importorskip("pandas") if not os.environ.get("CI") else __import__("pandas")
    rows = [("增加2亿元", "12", "100"), ("增加2亿元", "103", "100"), ("提高1岁", "8", "78"), ("提高1岁", "79", "78.5")]
    frame = pd.DataFrame(rows, columns=["target", "reported", "previous"])
    out = compliance.evaluate_table(frame, polarity="higher", previous="previous").to_pandas()
    expected = [(v.status.value, v.reason.value) for v in (compliance.evaluate(t, r, previous=p) for t, r, p in rows)]
    assert list(zip(out["status"], out["reason"])) == expected
