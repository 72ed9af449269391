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


@pytest.mark.parametrize("mark", ["△", "▲", "▼", "▽", "★", "☆", "◆", "◇", "#", "＃", "†"])
@pytest.mark.parametrize(("reported", "status"), [("5.9", "missed"), ("6", "met"), ("7", "met")])
def test_a_table_mark_after_a_figure_is_no_unit(mark: str, reported: str, status: str) -> None:
    """Plan tables mark binding rows (带▲的为约束性指标) or notes with △ ▲ ▼ ★ # after a figure: 7△ was 7 in the unit
    '△', so the unitless target took '△' (即 ≥ 6△) and the explanation wrote 1△."""
    v = compliance.evaluate("6以上", reported + mark)
    assert (v.status.value, v.unit) == (status, None)
    assert "即 ≥ 6；" in v.explain("zh") and mark not in v.explain("zh").split("读作")[-1]
    c = compliance.parse_target("6以上" + mark)
    assert (c.kind, c.value.unit) == ("bound", None)
    assert compliance.evaluate("增长6%" + mark, reported).status.value == status
    assert compliance.parse_reported(reported + mark).value.unit is None
