"""Hypothesis strategies shared by the property tests: constraints of every kind, reported values of
every kind, and the per-row settings a table carries.

The constraint strategies draw the models themselves (:data:`BY_KIND`, one entry per kind, as in
``test_properties.py``); :data:`TARGET_SOURCES` writes them back as text with the renderer (what a
rules file or a table holds) beside phrasings and sentences the models do not draw.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from compliance import models as m
from compliance.language.render import render

# --------------------------------------------------------------------------- constraints

positive = st.decimals(min_value=0, max_value=100000, places=2, allow_nan=False, allow_infinity=False)
#: the figures of targets: the sizes plans use (a few typical ones, so rows and thresholds meet), or any
target_figures = st.one_of(
    st.sampled_from([Decimal(v) for v in ("0.9", "3", "3.2", "5.5", "6", "7.5", "35", "62.5", "99.5", "5000")]),
    positive,
)
units = st.sampled_from([None, None, None, "%", "万人", "个", "亿元", "平方公里"])
quantities = st.builds(m.Quantity, value=target_figures, unit=units)
labels = st.sampled_from([None, "优良水体比例"])


def _range(low: m.Quantity, high: m.Quantity) -> m.Range:
    """A range as written, low to high (one written high to low, 8-负2, is refused: tests/test_reversed_range.py)."""
    a, b = sorted((low.value, high.value))
    return m.Range(low=low.model_copy(update={"value": a}), high=low.model_copy(update={"value": b}))


numeric = st.one_of(
    st.builds(m.Bound, op=st.sampled_from(["ge", "gt", "le", "lt"]), value=quantities, label=labels),
    st.builds(m.Level, value=quantities, verb=st.sampled_from(["bare", "reach"]), label=labels),
    st.builds(m.Level, value=quantities, verb=st.just("reach"), horizon=st.integers(2000, 2099)),
    st.builds(_range, quantities, quantities),
    st.builds(m.Approx, value=quantities, label=labels),
)
task = st.builds(m.Task, action=st.sampled_from(["净减", "新增", "压减"]), amount=quantities)
simple = st.one_of(numeric, task)
_inline = st.none() | simple
references_ = st.one_of(
    st.builds(m.Reference, name=st.just("市级要求"), phrase=st.just("市级要求"),
              relation=st.sampled_from(["reach", "ge", "gt", "le", "lt", "complete"]), inline=_inline),
    st.builds(m.Reference, name=st.just("全市平均水平"), phrase=st.just("全市平均水平"),
              relation=st.sampled_from(["lt", "le", "gt"]), inline=_inline),
    st.builds(m.Reference, name=st.just("全国平均水平"), phrase=st.just("全国平均水平"),
              relation=st.sampled_from(["lt", "le", "gt"]), inline=_inline),
    # 高于全省平均水平3个百分点以上: a margin off the reference (never with a bracket)
    st.builds(m.Reference, name=st.just("全省平均水平"), phrase=st.just("全省平均水平"),
              relation=st.sampled_from(["gt", "ge", "lt", "le"]),
              margin=st.builds(m.Quantity, value=target_figures, unit=st.sampled_from(["个百分点", None, "万元", "%", "人", "天"]))),
)
#: one strategy per constraint kind (what a test_properties-style check can iterate over)
BY_KIND: dict[str, st.SearchStrategy[m.Constraint]] = {
    "bound": st.builds(m.Bound, op=st.sampled_from(["ge", "gt", "le", "lt"]), value=quantities, label=labels),
    "level": st.one_of(
        st.builds(m.Level, value=quantities, verb=st.sampled_from(["bare", "reach"]), label=labels),
        st.builds(m.Level, value=quantities, verb=st.just("reach"), horizon=st.integers(2000, 2099)),
    ),
    "range": st.builds(_range, quantities, quantities),
    "approx": st.builds(m.Approx, value=quantities, label=labels),
    "task": task,
    "reference": references_,
    "direction": st.one_of(
        st.builds(m.Direction, direction=st.just("up"), growth=st.just(True),
                  phrase=st.sampled_from(["稳步增长", "保持增长"])),
        st.builds(m.Direction, direction=st.just("up"), growth=st.just(False), phrase=st.just("逐步增加")),
        st.builds(m.Direction, direction=st.just("better"), growth=st.just(False), phrase=st.just("持续改善")),
    ),
    "sync": st.builds(m.Sync, ref=st.just("economic_growth"), phrase=st.just("经济增长"), loose=st.booleans()),
    "revised": st.builds(m.Revised, original=simple, revised=simple),
    "provisional": st.builds(m.Provisional, note=st.just("征求意见中"), inner=simple),
    "cumulative": st.one_of(
        st.builds(m.Cumulative, inner=simple),
        st.builds(m.Cumulative, inner=numeric, change=st.sampled_from(["up", "down"]),
                  base_year=st.none() | st.integers(2000, 2030)),
        st.builds(m.Cumulative, inner=st.builds(m.Provisional, note=st.just("征求意见中"), inner=simple)),
    ),
}
#: a constraint of any kind, each kind as likely as the others
constraints = st.one_of(*BY_KIND.values())

#: phrasings the models above do not draw, by what they say
PHRASINGS = {
    "direction": ["持续下降", "稳中有升", "保持增长", "与上年持平", "持续缩小", "不低于上年", "劳动生产率增长高于GDP增长",
                  "与经济增长同步"],
    "change": ["比上年下降3%", "较上年提高1个百分点", "年均增长6%左右", "比上年增长6", "比2020年下降18%", "五年下降14.5",
               "下降10%", "增长7%以上"],
    "reference": ["完成省下达任务", "不超过国家对北京市的要求", "高于全国平均水平", "低于全市平均水平（3）",
                  "达到市级\n要求（<0.9）", "达到市级要求（降低到228）", "达到市级要求（2035年达到37）",
                  "高于全市平均水平3个百分点以上", "增速比全市平均水平高1个百分点", "低于全国平均水平0.5个百分点",
                  "比全市平均水平多1人以上", "低于全省平均水平10%以上", "高于全国平均水平2天"],
    "other": ["7.2（调整为5.5）", "征求意见中（3）", "累计5000左右", "完成净减1.2平方公里任务", "净减1.2平方公里", "10.5\n左右",
              "控制在3%以内", "5%至5.5%", "5.5～6", "１０以上", "五千以上", "百分之六左右", "突破2.6%"],
    # kinds read from whole sentences, which the models above do not draw
    "several": ["城镇、农村居民收入分别增长6%、7%", "A、B分别增长6%、7%", "城乡居民人均可支配收入均增长7%左右",
                "PM2.5、PM10浓度分别下降8%、10%"],
    "qualitative": ["重点控制", "统筹考核"],
    "unrecognized": ["好好干", "", "达到", "（（6）"],
}

#: where target cells come from: each constraint kind's models written as text, the phrasings, numbers
TARGET_SOURCES: dict[str, st.SearchStrategy[object]] = {
    **{f"model {kind}": strategy.map(render) for kind, strategy in BY_KIND.items()},
    **{f"text {what}": st.sampled_from(texts) for what, texts in PHRASINGS.items()},
    "number": st.one_of(st.integers(-5, 500), target_figures.map(float)),
}
#: a target cell as a table holds it
target_cells = st.one_of(*TARGET_SOURCES.values())

# --------------------------------------------------------------------------- reported values

#: every kind of reported value the grammar reads, and what it cannot read, as text, by kind
REPORTED_TEXTS = {
    "value": ["优良水体比例87.5", "2.63（市级3.12）", "0.1（同口径8%）", "1.4万个", "14000个", "850万人", "3.2亿元", "六",
              "百分之六", "下降2.3%", "比上年增长4.1%", "12345678901234567.25", "前四年累计5000", "上半年6.5", "预计6.5",
              "与上年持平", "持平"],
    "approx": ["35左右", "约8"],
    "bound": ["10以上", "<313.2", "≤3"],
    "range": ["8-9", "5.5%-6%"],
    "attested": ["可完成", "可以完成市级任务", "完成净减1.2平方公里任务"],
    "not_available": ["该指标年底出上年数据"],
    "missing": ["-", ""],
    "unrecognized": ["好好干"],
    "ambiguous": ["全年地区生产总值1000亿元，比上年增长4.1%", "今年1至8月6.5"],
    "several": ["分别增长6.3%、7.1%", "6.3%、7.1%", "分别为41.2%和58.8%"],
    "completion": ["完成年计划的91.2%", "完成年计划的105%"],
    "shortfall": ["未完成"],
}


def _figure_cell(value: Decimal, how: str) -> object:
    """A figure as a cell: a float, an int, a Decimal, or its text (bare or with a word around it)."""
    if how == "float":
        return float(value)
    if how == "int":
        return int(value)
    if how == "decimal":
        return value
    if how == "above":
        return math.nextafter(float(value), math.inf)
    if how == "below":
        return math.nextafter(float(value), -math.inf)
    if how == "tiny_above":  # the same float as value, a larger decimal
        return str(value + Decimal("1e-20"))
    if how == "tiny_below":
        return str(value - Decimal("1e-20"))
    return {
        "text": "{}", "percent": "{}%", "approx": "{}左右", "about": "约{}", "at_least": "{}以上", "under": "<{}",
        "range": "{}-999", "down": "下降{}", "up": "增长{}%", "label": "优良水体比例{}",
        "unit": "{}万人", "note": "{}（同口径8%）", "partial": "上半年{}", "hedge": "预计{}",
    }[how].format(value)


FIGURE_FORMS = [
    "float", "float", "float", "int", "decimal", "above", "below", "tiny_above", "tiny_below", "text", "text",
    "percent", "approx", "about", "at_least", "under", "range", "down", "down", "up", "level", "level", "label", "unit",
    "note", "partial", "hedge",
]

#: figures anywhere, of every size and number of decimals
figures = st.one_of(
    st.floats(-50, 6000, allow_nan=False).map(lambda x: round(x, 1)),
    st.floats(-50, 6000, allow_nan=False),
    st.integers(-100, 12000),
    st.decimals(-100, 400, places=3, allow_nan=False),
    st.integers(0, 10**12),
)


_forms = st.sampled_from(FIGURE_FORMS)
_other_reported = st.one_of(figures, st.none(), st.just(math.nan), *map(st.sampled_from, REPORTED_TEXTS.values()))


def pick(draw: st.DrawFn, values: list[Any]) -> Any:
    """One of ``values`` (drawn by index: a strategy made per call would be validated per call, slowly)."""
    return values[draw(st.integers(0, len(values) - 1))]


def draw_reported(draw: st.DrawFn, near: list[Decimal]) -> object:
    """A reported cell of any kind; most of the time a figure at or next to a threshold in ``near``."""
    if draw(st.integers(0, 2)) == 0:
        return draw(_other_reported)
    return draw_figure(draw, near, draw(_forms))


def draw_figure(draw: st.DrawFn, near: list[Decimal], form: str) -> object:
    """A figure at or next to one of ``near``, written in ``form`` (one of FIGURE_FORMS)."""
    near = near or [Decimal(6)]
    if form == "level":  # a comparison level in brackets: 2.63（市级3.12） supplies 全市平均水平 = 3.12
        return f"{pick(draw, near)}（{pick(draw, ['市级', '全国'])}{pick(draw, near)}）"
    return _figure_cell(pick(draw, near), form)


def reported_cells(near: list[Decimal]) -> st.SearchStrategy[object]:
    """:func:`draw_reported` as a strategy."""
    return st.composite(lambda draw: draw_reported(draw, near))()


previous_cells = st.one_of(
    st.none(), st.just(math.nan), st.sampled_from([0.88, "1.2", 5, "-", "可完成", "1350", "下降2%", "8-9"]), figures,
)

# --------------------------------------------------------------------------- settings of a row

polarities = st.sampled_from(["higher", "lower", "band"])
row_units = st.sampled_from([None, None, "%", "万人", "个", "亿元"])
measures = st.sampled_from([None, None, "level", "rate", "decline"])
tolerances = st.sampled_from([None, "10%", "0.5", "3.3333%", 0.25, "0"])
#: references given to every row: numbers, text (a bound), quantities; for every reference name drawn above
references = st.sampled_from([
    None,
    {"市级要求": 62},
    {"gdp_growth": 5, "全市平均水平": "3", "市级要求": "3.2"},
    {"市级要求": "<0.9", "国家对北京市的要求": 1.5, "全国平均水平": Decimal("4.5"), "gdp_growth": "5.5"},
    {"市级要求": m.Quantity(value=Decimal(40), unit="%"), "全市平均水平": 3.12, "GDP增长": 6},
    {"全省平均水平": 8, "全市平均水平": "3.5%", "全国平均水平": "<4"},  # margins off each (and a bound: pending)
])
