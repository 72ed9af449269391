"""A plan period's total or average judged before its end without a figure, though yearly values were reported
(a year lacking in between, or values that are only floors and ceilings): the sentence says yearly values were
reported and could not be combined into the period's value (the progress note says why), in Chinese and in
English; "nothing reported" stays where nothing was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compliance.plans.check import check
from compliance.plans.datasets import Dataset, Row
from compliance.plans.rules import load_rules
from test_leaks import leaks

PERIOD = "2021-2025"
UNCOMBINED = ("已报告逐年数值，但未能合成全期的数值", "yearly values reported, but they could not be combined")
NONE = ("尚无报告值", "nothing reported")


def _judged(tmp_path: Path, target: str, measure: str, values: list[str]):
    path = tmp_path / "rules.yaml"
    plan = {"plan": {"name": "进度", "periods": [PERIOD]}, "indicators": [
        {"id": "x", "name": "指标", "polarity": "higher", "measure": measure, "targets": {PERIOD: target}}]}
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    rows = tuple(Row("x", str(2021 + i), text, None, "p.csv", 2 + i) for i, text in enumerate(values) if text)
    (judgement,) = [j for j in check(load_rules(path), Dataset("p.csv", rows), "all", as_of=2023) if j.period == PERIOD]
    return judgement.verdict


SHAPES = [("累计5以上", "level", "sum"), ("0", "rate", "average")]


@pytest.mark.parametrize(("target", "measure", "method"), SHAPES)
@pytest.mark.parametrize(("values", "why"), [
    (["10以上", "<3"], ("只是下限或上限", "only floors or ceilings")),
    (["3", "", "4"], ("缺少 2022 年的数值", "no figure for 2022")),
])
def test_yearly_values_that_make_no_figure_are_said_reported(tmp_path, target, measure, method, values, why):
    v = _judged(tmp_path, target, measure, values)
    assert (v.status.value, v.progress.rating.value, v.progress.method) == ("pending", "insufficient_data", method)
    zh, en = v.explain("zh"), v.explain("en")
    for text, uncombined, none, reason in zip((zh, en), UNCOMBINED, NONE, why):
        assert uncombined in text and reason in text and none not in text
    assert list(leaks(zh, "zh", v)) == [] and list(leaks(en, "en", v)) == []


@pytest.mark.parametrize(("target", "measure", "method"), SHAPES)
def test_nothing_reported_stays_where_nothing_was(tmp_path, target, measure, method):
    v = _judged(tmp_path, target, measure, [])
    assert (v.progress.rating.value, v.progress.method) == ("insufficient_data", method)
    for text, uncombined, none in zip((v.explain("zh"), v.explain("en")), UNCOMBINED, NONE):
        assert none in text and uncombined not in text


@pytest.mark.parametrize(("target", "measure", "method"), SHAPES)
def test_yearly_figures_that_combine_show_the_derived_value(tmp_path, target, measure, method):
    """3 and 4: a total of 7 (an average of about 3.5): the derived value, neither sentence above."""
    v = _judged(tmp_path, target, measure, ["3", "4"])
    assert v.derived == method and v.progress.rating.value != "insufficient_data"
    for text, uncombined, none in zip((v.explain("zh"), v.explain("en")), UNCOMBINED, NONE):
        assert uncombined not in text and none not in text
