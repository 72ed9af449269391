"""The public evaluate() and evaluate_table() keywords, pinned: ``indicator`` (the indicator's name, for a target
that names none) is optional and keyword-only, after the others, so every call written before still means the same."""

from __future__ import annotations

import inspect

import compliance


def test_evaluate_keywords_are_pinned():
    parameters = inspect.signature(compliance.evaluate).parameters
    assert list(parameters) == ["target", "reported", "polarity", "previous", "references", "tolerance", "unit",
                                "measure", "indicator", "period"]
    assert parameters["indicator"].kind is inspect.Parameter.KEYWORD_ONLY and parameters["indicator"].default is None
    assert parameters["period"].kind is inspect.Parameter.KEYWORD_ONLY and parameters["period"].default is None


def test_evaluate_table_keywords_are_pinned():
    parameters = inspect.signature(compliance.evaluate_table).parameters
    assert list(parameters) == ["table", "target", "reported", "polarity", "previous", "unit", "measure", "references",
                                "tolerance", "memo", "indicator"]
    assert parameters["indicator"].kind is inspect.Parameter.KEYWORD_ONLY and parameters["indicator"].default is None


def test_without_indicator_a_call_means_what_it_meant():
    assert compliance.evaluate("增长6%", "城镇调查失业率为5.2%").status.value == "missed"  # read, as before
    assert compliance.evaluate("增长6%", "城镇调查失业率为5.2%", indicator=None).status.value == "missed"
    assert compliance.evaluate("增长6%", "城镇调查失业率为5.2%", indicator="地区生产总值").status.value == "pending"
