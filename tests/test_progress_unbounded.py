"""A plan-period total or average of yearly values open on opposite sides (``10以上`` and ``<3``) has no figure:
its progress is "insufficient data", and the explanation says why in words a person can check (which years'
values are only floors or ceilings), in Chinese and in English; never "'' is not a precise figure"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compliance.plans.check import check
from compliance.plans.datasets import Dataset, Row
from compliance.plans.rules import load_rules
from test_leaks import leaks

PERIOD = "2021-2025"


def _judged(tmp_path: Path, target: str, measure: str, values: list[str]):
    path = tmp_path / "rules.yaml"
    plan = {"plan": {"name": "进度", "periods": [PERIOD]}, "indicators": [
        {"id": "x", "name": "指标", "polarity": "higher", "measure": measure, "targets": {PERIOD: target}}]}
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    rows = tuple(Row("x", str(2021 + i), text, None, "p.csv", 2 + i) for i, text in enumerate(values))
    (judgement,) = [j for j in check(load_rules(path), Dataset("p.csv", rows), "all", as_of=2023) if j.period == PERIOD]
    return judgement.verdict


CASES = [("累计5以上", "level", "sum"), ("0", "rate", "average")]


@pytest.mark.parametrize(("target", "measure", "method"), CASES)
def test_values_open_on_opposite_sides_say_which_and_why(tmp_path, target, measure, method):
    v = _judged(tmp_path, target, measure, ["10以上", "<3"])
    assert (v.status.value, v.progress.rating.value, v.progress.method) == ("pending", "insufficient_data", method)
    zh, en = v.explain("zh"), v.explain("en")
    assert "逐年数值“2021: 10以上 / 2022: <3”只是下限或上限" in zh and "算不出全期" in zh
    assert "the yearly values '2021: 10以上 / 2022: <3' are only floors or ceilings" in en
    assert "no value for the period can be derived" in en
    for text in (zh, en):
        assert "“”" not in text and "''" not in text and "precise" not in text
    assert list(leaks(zh, "zh", v)) == [] and list(leaks(en, "en", v)) == []


@pytest.mark.parametrize(("target", "measure", "method"), CASES)
def test_a_floor_with_a_figure_is_rated(tmp_path, target, measure, method):
    """10以上 and 3: the total is >= 13 and the average has a floor, so progress is rated, not insufficient."""
    v = _judged(tmp_path, target, measure, ["10以上", "3"])
    assert v.progress.method == method and v.progress.rating.value != "insufficient_data"
    assert "floors or ceilings" not in v.explain("en") and "只是下限或上限" not in v.explain("zh")
