"""An explanation names an indicator a target is synced with (与经济增长基本同步) by its words (经济增长), never by
its id (economic_growth), which the leak scan refuses in a sentence; ``missing`` and ``reference.name`` keep the
id a program supplies. Before: 缺少参照值“economic_growth”, 参照“economic_growth”取 5; and in an ended plan period
without the synced figure, 缺少“gdp_growth”."""

from __future__ import annotations

import pytest

import compliance
from test_leaks import leaks

TARGET = "与经济增长基本同步"


@pytest.mark.parametrize(("reported", "status"), [("5", "met"), ("4", "met"), ("3.9", "missed")])
def test_a_known_synced_figure_is_named_by_its_words(reported: str, status: str) -> None:
    v = compliance.evaluate(TARGET, reported, references={"economic_growth": 5})  # 基本同步: within 1 point
    assert v.status.value == status and v.reference.name == "economic_growth"
    for lang in ("zh", "en"):
        text = v.explain(lang)
        assert "economic_growth" not in text and "经济增长" in text
        assert list(leaks(text, lang, v)) == []


def test_an_unknown_synced_figure_is_named_by_its_words() -> None:
    v = compliance.evaluate(TARGET, "5")
    assert (v.status.value, v.reason.value, v.missing) == ("pending", "reference_unknown", ("economic_growth",))
    assert "缺少参照值“经济增长”" in v.explain("zh") and "the reference level '经济增长' is unknown" in v.explain("en")
    assert list(leaks(v.explain("zh"), "zh", v)) == [] and list(leaks(v.explain("en"), "en", v)) == []
