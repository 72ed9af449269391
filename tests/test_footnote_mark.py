"""A footnote mark after a figure (``8.3*``, ``8.3※``, full-width ``8.3＊``) is a mark, not the figure's unit: ``8.3*``
was read as 8.3 in the unit ``*``, and a bare reported 8.0 took that unit. zh.yaml ``punctuation.marks``."""

from __future__ import annotations

import pytest

import compliance


@pytest.mark.parametrize("target", ["8.3*", "8.3＊", "8.3※"])
@pytest.mark.parametrize(("reported", "status"), [("8.0", "missed"), ("8.3", "met"), ("8.5", "met"), ("8.5*", "met")])
def test_a_footnote_mark_is_no_unit(target: str, reported: str, status: str) -> None:
    c = compliance.parse_target(target)
    assert (c.kind, c.value.unit) == ("level", None)
    v = compliance.evaluate(target, reported)
    assert v.status.value == status
    assert "即 ≥ 8.3；" in v.explain("zh") and v.unit is None


def test_a_footnote_mark_after_a_percent_and_a_change() -> None:
    c = compliance.parse_target("增长8.3%*")
    assert (c.kind, c.inner.value.unit) == ("cumulative", "%")
    assert compliance.evaluate("增长8.3%*", "8.0").status.value == "missed"
    assert compliance.evaluate("增长8.3%*", "8.4").status.value == "met"
    assert compliance.parse_reported("8.5*").value.unit is None
