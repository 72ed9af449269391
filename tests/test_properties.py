"""Properties that hold for every input (hypothesis)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from compliance import Interval, Status, evaluate, parse_reported, parse_target
from compliance import models as m
from compliance.language.render import render, same_reading

# Pieces of the target language, so random strings reach deep into the grammar.
PIECES = [
    "6", "3.2", "-1", "五千", "百分之六", "1.5万", "%", "个", "亿元", "平方公里", "以上", "以下", "以内", "不低于",
    "不超过", "低于", "高于", "<", ">", "≤", "达到", "左右", "约", "力争", "-", "至", "～", "（", "）", "(", ")",
    "市级要求", "全市平均水平", "国家对北京市的要求", "稳步增长", "逐步增加", "与经济增长基本同步", "调整为",
    "征求意见中", "累计", "净减", "完成", "任务", "五年", "下降", "2035年", "可完成", "同口径", "市级", "优良水体比例",
    "该指标年底出上年数据", "，", "比上年增长", " ", "\n", "控制在", "上", "年",
]
language = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)
anything = st.one_of(st.text(max_size=40), language)


@given(anything)
@settings(max_examples=400)
def test_parsing_never_raises(text):
    assert parse_target(text).text == text
    assert parse_reported(text).text == text


@given(language, language, st.sampled_from(["higher", "lower", "band"]), st.none() | language)
@settings(max_examples=400)
def test_evaluation_never_raises_and_pending_names_what_is_missing(target, reported, polarity, previous):
    verdict = evaluate(target, reported, polarity=polarity, previous=previous)
    assert verdict.status in Status
    if verdict.status is Status.PENDING:
        assert verdict.missing
    for lang in ("zh", "en"):
        assert verdict.explain(lang)


decimals = st.decimals(min_value=-1000, max_value=1000, places=2, allow_nan=False, allow_infinity=False)


@st.composite
def intervals(draw):
    a, b = sorted((draw(decimals), draw(decimals)))
    lo = draw(st.sampled_from([a, Decimal("-Infinity")]))
    hi = draw(st.sampled_from([b, Decimal("Infinity")]))
    lo_closed, hi_closed = draw(st.booleans()), draw(st.booleans())
    if lo == hi:
        lo_closed = hi_closed = True
    return Interval(lo=lo, hi=hi, lo_closed=lo_closed and lo.is_finite(), hi_closed=hi_closed and hi.is_finite())


@given(intervals(), intervals())
def test_met_and_missed_never_both_hold(wanted, got):
    assert not (wanted.contains(got) and wanted.disjoint(got))


@given(intervals(), decimals)
def test_interval_tests_agree_with_points(wanted, x):
    point = Interval.point(x)
    inside = (x > wanted.lo or (x == wanted.lo and wanted.lo_closed)) and (
        x < wanted.hi or (x == wanted.hi and wanted.hi_closed)
    )
    assert wanted.contains(point) is inside
    assert wanted.disjoint(point) is not inside


# Targets whose reading follows the polarity, or an explicit bound in the same direction.
POLAR = ["6", "达到6", "6左右", "约6", "5.5-6", "达到市级要求（6）", "6（调整为5.5）", "累计6左右"]
HIGHER_TARGETS = [*POLAR, "6以上", ">6", "不低于6", "高于全国平均水平（6）"]
LOWER_TARGETS = [*POLAR, "<6", "6以下", "不超过6", "控制在6以内", "低于全市平均水平（6）"]


@given(st.sampled_from(HIGHER_TARGETS), decimals, decimals)
def test_higher_is_better_is_monotone(target, a, b):
    low, high = sorted((a, b))
    if evaluate(target, low, polarity="higher").status is Status.MET:
        assert evaluate(target, high, polarity="higher").status is not Status.MISSED


@given(st.sampled_from(LOWER_TARGETS), decimals, decimals)
def test_lower_is_better_is_monotone(target, a, b):
    low, high = sorted((a, b))
    if evaluate(target, high, polarity="lower").status is Status.MET:
        assert evaluate(target, low, polarity="lower").status is not Status.MISSED


@given(st.sampled_from(["6以上", "6", "达到6", ">6", "6左右"]), decimals)
def test_equality_at_the_bound_follows_the_lexicon(target, _):
    inclusive = evaluate(target, "6").status
    assert inclusive is (Status.MISSED if target == ">6" else Status.MET)


positive = st.decimals(min_value=0, max_value=100000, places=2, allow_nan=False, allow_infinity=False)
units = st.sampled_from([None, "%", "万人", "个", "亿元", "平方公里"])
quantities = st.builds(m.Quantity, value=positive, unit=units)
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
simple = st.one_of(numeric, st.builds(m.Task, action=st.sampled_from(["净减", "新增", "压减"]), amount=quantities))
constraints = st.one_of(
    simple,
    st.builds(m.Reference, name=st.just("市级要求"), phrase=st.just("市级要求"),
              relation=st.sampled_from(["reach", "ge", "gt", "le", "lt", "complete"]), inline=st.none() | simple),
    st.builds(m.Reference, name=st.just("全市平均水平"), phrase=st.just("全市平均水平"),
              relation=st.sampled_from(["lt", "le", "gt"]), inline=st.none() | simple),
    st.builds(m.Direction, direction=st.just("up"), growth=st.just(True), phrase=st.sampled_from(["稳步增长", "保持增长"])),
    st.builds(m.Direction, direction=st.just("up"), growth=st.just(False), phrase=st.just("逐步增加")),
    st.builds(m.Direction, direction=st.just("better"), growth=st.just(False), phrase=st.just("持续改善")),
    st.builds(m.Sync, ref=st.just("economic_growth"), phrase=st.just("经济增长"), loose=st.booleans()),
    st.builds(m.Revised, original=simple, revised=simple),
    st.builds(m.Provisional, note=st.just("征求意见中"), inner=simple),
    st.builds(m.Cumulative, inner=simple),
    st.builds(m.Cumulative, inner=numeric, change=st.sampled_from(["up", "down"]),
              base_year=st.none() | st.integers(2000, 2030)),
    st.builds(m.Cumulative, inner=st.builds(m.Provisional, note=st.just("征求意见中"), inner=simple)),
    # qualitative targets, with or without their subject (tests/test_sentences.py)
    st.builds(m.Qualitative, phrase=st.sampled_from(["基本平衡", "促稳提质", "稳中提质", "有效防控"]),
              subject=st.sampled_from([None, "国际收支", "外贸外资"]).map(
                  lambda s: s and m.Span(start=0, end=len(s), role="subject", text=s))),
    # several targets in one sentence (tests/test_several.py draws more of them)
    st.builds(
        m.Several,
        parts=st.lists(
            st.tuples(st.sampled_from(["城镇登记失业率", "化学需氧量", "农村居民人均可支配收入"]), numeric.filter(
                lambda c: getattr(c, "label", None) is None)),
            min_size=2, max_size=3,
        ).map(lambda pairs: tuple(
            c.model_copy(update={"subject": m.Span(start=0, end=len(s), role="subject", text=s)}) for s, c in pairs
        )),
    ),
)


@given(constraints)
@settings(max_examples=300)
def test_canonical_text_reads_back_the_same(constraint):
    text = render(constraint)
    again = parse_target(text)
    assert same_reading(constraint, again), (text, again)


@given(decimals)
def test_a_number_and_its_text_judge_alike(x):
    assert evaluate("6以上", x).status is evaluate("6以上", str(x)).status


def test_every_kind_is_registered_rendered_and_drawn():
    """A new constraint kind cannot ship without its evaluator, renderer and a hypothesis strategy."""
    import typing

    from compliance.judge.evaluate import _REQUIREMENTS
    from compliance.language.render import RENDERERS

    union = typing.get_args(typing.get_args(m.Constraint)[0])
    kinds = {cls.model_fields["kind"].default for cls in union}
    assert set(RENDERERS) == kinds
    assert set(_REQUIREMENTS) == kinds
    drawn = repr(constraints).replace("builds(_range", "builds(Range")
    assert [cls.__name__ for cls in union if f"builds({cls.__name__}" not in drawn] == ["Unrecognized"]
