"""Reading targets and reported values: one row per form, ids showing the raw text."""

from __future__ import annotations

from decimal import Decimal

import pytest

from compliance import parse_reported, parse_target

D = Decimal

# (text, kind, fields that must hold)
TARGETS = [
    ("<313.2", "bound", {"op": "lt", "value.value": D("313.2")}),
    (">98.5", "bound", {"op": "gt"}),
    ("≤3.2", "bound", {"op": "le"}),
    ("6以上", "bound", {"op": "ge", "value.value": D(6)}),
    ("10以下", "bound", {"op": "le"}),
    ("不低于6", "bound", {"op": "ge"}),
    ("不少于五千个", "bound", {"op": "ge", "value.value": D(5000), "value.unit": "个"}),
    ("不高于3", "bound", {"op": "le"}),
    ("不超过3", "bound", {"op": "le"}),
    ("3以内", "bound", {"op": "le"}),
    ("控制在3%以内", "bound", {"op": "le", "value.unit": "%"}),
    ("提高到40", "bound", {"op": "ge"}),
    ("低于3", "bound", {"op": "lt"}),
    ("高于3", "bound", {"op": "gt"}),
    ("达到40", "level", {"verb": "reach"}),
    ("PM2.5达到30左右", "approx", {"value.value": D(30), "label": "PM2.5"}),
    ("6", "level", {"verb": "bare"}),
    ("8-9", "range", {"low.value": D(8), "high.value": D(9)}),
    ("7%-7.5%", "range", {"low.unit": "%", "high.unit": "%"}),
    ("5%至5.5%", "range", {"high.value": D("5.5")}),
    ("5.5～6", "range", {"low.value": D("5.5")}),
    ("7-7.5%", "range", {"low.unit": "%"}),
    ("35左右", "approx", {"value.value": D(35)}),
    ("约6", "approx", {}),
    ("力争6左右", "approx", {}),
    ("达到市级要求", "reference", {"name": "市级要求", "relation": "reach", "inline": None}),
    ("达到市级要求（3.2）", "reference", {"inline.kind": "level", "inline.value.value": D("3.2")}),
    ("达到市级要求（<0.9）", "reference", {"inline.kind": "bound", "inline.op": "lt"}),
    ("达到市级要求（降低到228）", "reference", {"inline.op": "le", "inline.value.value": D(228)}),
    ("达到市级要求（优良水体比例75）", "reference", {"inline.label": "优良水体比例"}),
    ("达到市级要求（2035年达到37）", "reference", {"inline.horizon": 2035, "inline.value.value": D(37)}),
    ("达到市级要求（五年下降14.5）", "reference", {"inline.kind": "cumulative", "inline.years": 5, "inline.change": "down"}),
    ("不超过国家对北京市的要求", "reference", {"relation": "le", "phrase": "国家对北京市的要求"}),
    ("完成省下达任务", "reference", {"relation": "complete", "name": "省级要求"}),
    ("低于全市平均水平（3）", "reference", {"relation": "lt", "name": "全市平均水平"}),
    ("不高于全市平均水平", "reference", {"relation": "le"}),
    ("高于全国平均水平", "reference", {"relation": "gt", "name": "全国平均水平"}),
    ("稳步增长", "direction", {"direction": "up", "growth": True}),
    ("逐步增加", "direction", {"direction": "up", "growth": False}),
    ("持续下降", "direction", {"direction": "down"}),
    ("保持增长", "direction", {"direction": "up"}),
    ("与经济增长基本同步", "sync", {"ref": "economic_growth", "loose": True}),
    ("7.2（调整为5.5）", "revised", {"original.value.value": D("7.2"), "revised.value.value": D("5.5")}),
    ("征求意见中（3）", "provisional", {"inner.value.value": D(3)}),
    ("累计5000左右", "cumulative", {"inner.kind": "approx"}),
    ("净减1.2平方公里", "task", {"action": "净减", "amount.unit": "平方公里"}),
    ("完成净减1.2平方公里任务", "task", {"action": "净减", "amount.value": D("1.2")}),
    # width, script and numerals
    ("６以上", "bound", {"value.value": D(6)}),
    ("控制在３％以內", "bound", {"op": "le", "value.unit": "%"}),
    ("達到市級要求（３．２）", "reference", {"inline.value.value": D("3.2")}),
    ("穩步增長", "direction", {"direction": "up"}),
    ("與經濟增長基本同步", "sync", {"ref": "economic_growth"}),
    ("百分之六", "level", {"value.value": D(6), "value.unit": "%"}),
    ("不少于一万二千人", "bound", {"value.value": D(12000), "value.unit": "人"}),
    ("达到1.5万个", "level", {"value.unit": "万个"}),
    ("800万人以上", "bound", {"value.unit": "万人"}),
    ("500亿元以上", "bound", {"value.unit": "亿元"}),
    ("达到市级\n要求（3.2）", "reference", {}),
    ("10.5\n左右", "approx", {"value.value": D("10.5")}),
    # unreadable
    ("好好干", "unrecognized", {}),
    ("6以上8以下9", "unrecognized", {}),
    ("", "unrecognized", {}),
]


def _read_as(model, text: str, kind: str, fields: dict) -> None:
    assert model.kind == kind
    assert model.text == text
    for path, expected in fields.items():
        assert _get(model, path) == expected, path


def _get(model, path: str):
    for part in path.split("."):
        model = getattr(model, part)
    return model


@pytest.mark.parametrize(("text", "kind", "fields"), TARGETS, ids=[repr(t) for t, _, _ in TARGETS])
def test_target_forms(text, kind, fields):
    _read_as(parse_target(text), text, kind, fields)


def test_spans_point_into_the_source():
    text = "达到市级\n要求（３．２）"
    constraint = parse_target(text)
    for span in constraint.spans:
        assert text[span.start : span.end] == span.text
    roles = {span.role: span.text for span in constraint.spans}
    assert roles["reference"] == "市级\n要求" and roles["reach"] == "达到" and roles["inline"] == "（３．２）"
    hedge = parse_target("力争6左右").remarks[0]
    assert (hedge.role, hedge.text) == ("hedge", "力争")


REPORTED = [
    ("4", "value", {"value.value": D(4)}),
    ("10以上", "bound", {"op": "ge"}),
    ("<313.2", "bound", {"op": "lt"}),
    ("8-9", "range", {"low.value": D(8)}),
    ("35左右", "approx", {"value.value": D(35)}),
    ("优良水体比例87.5", "value", {"label": "优良水体比例", "value.value": D("87.5")}),
    ("1.4万个", "value", {"value.unit": "万个"}),
    ("2.63（市级3.12）", "value", {"value.value": D("2.63")}),
    ("0.1\n（同口径8%）", "value", {"note": "同口径8%", "value.value": D("0.1")}),
    ("0.1（同口径8%）（含外资）", "value", {"note": "同口径8%；含外资"}),
    ("可完成", "attested", {}),
    ("可以完成市级任务", "attested", {}),
    ("完成净减1.2平方公里任务", "attested", {}),
    ("净减1.2平方公里", "value", {"label": "净减"}),
    ("该指标年底出上年数据", "not_available", {}),
    ("-", "missing", {}),
    ("", "missing", {}),
    ("—", "missing", {}),
    ("比上年增长4.1%", "value", {"value.value": D("4.1"), "change": "up"}),
    ("比上年下降2.3%", "value", {"change": "down"}),
    ("全年城镇调查失业率平均值为5.0%", "value", {"value.value": D("5.0")}),
    ("12月末城镇调查失业率为5.0%", "value", {"value.value": D("5.0")}),
    ("全年地区生产总值1000亿元，比上年增长4.1%", "ambiguous", {}),
    ("-1.2", "value", {"value.value": D("-1.2")}),
    ("一般", "unrecognized", {}),
]


@pytest.mark.parametrize(("text", "kind", "fields"), REPORTED, ids=[repr(t) for t, _, _ in REPORTED])
def test_reported_forms(text, kind, fields):
    _read_as(parse_reported(text), text, kind, fields)


def test_reported_level_carries_the_reference():
    level = parse_reported("2.63（市级3.12）").levels[0]
    assert (level.name, level.label, level.value.value) == ("全市平均水平", "市级", D("3.12"))


def test_ambiguous_keeps_every_candidate():
    reported = parse_reported("全年地区生产总值1000亿元，比上年增长4.1%")
    assert [str(c.value) for c in reported.candidates] == ["1000亿元", "4.1%"]


@pytest.mark.parametrize(("text", "value"), [("−3", D(-3)), ("+5", D(5)), ("﹣1.2", D("-1.2")), ("＋2.5%", D("2.5"))])
def test_signs(text, value):
    assert parse_reported(text).value.value == value


def test_a_new_form_is_one_function_and_one_table_line(monkeypatch):
    """The grammar tries the forms of its tables in order; a form put first wins over the rest."""
    from compliance import models as m
    from compliance.language import grammar
    from compliance.language.items import Reader

    def steady(r: Reader, items: list, text: str) -> m.Constraint | None:
        return m.Direction(text=text, direction="better", growth=False, phrase=text) if text == "6以上" else None

    assert grammar.parse_target_text("6以上").kind == "bound"
    monkeypatch.setattr(grammar, "TARGET_FORMS", (steady, *grammar.TARGET_FORMS))
    assert grammar.parse_target_text("6以上").kind == "direction"
    assert grammar.parse_target_text("7以上").kind == "bound"
    monkeypatch.setattr(grammar, "REPORTED_FORMS", grammar.REPORTED_FORMS[1:])  # without not_available
    assert grammar.parse_reported_text("该指标年底出上年数据").kind == "unrecognized"
