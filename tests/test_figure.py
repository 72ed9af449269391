"""One reading of a reported value: the evaluator, progress and custom rules read a cell alike.

``compliance.judge.figure.figure`` is the only place a reported value becomes numbers; these tests
pin that the three judging paths agree on it, value by value.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from compliance import evaluate, models as m, parse_reported
from compliance.judge.evaluate import context
from compliance.judge.expr import judge_expression
from compliance.judge.figure import Pending, figure
from compliance.judge.progress import figure as progress_figure

CELLS = ["4", "35左右", "下降2.3%", "增长4.1%", "8-9", "10以上", "<313.2", "1.4万个", "-0.5", "6.60"]


@pytest.mark.parametrize("text", CELLS)
@pytest.mark.parametrize("measure", [None, "decline"])
def test_evaluate_progress_and_rules_read_a_cell_alike(text, measure):
    reported = parse_reported(text)
    unit = "个" if "万个" in text else None
    read = figure(reported, unit, m.Measure(measure) if measure else None)

    verdict = evaluate("0以上", reported, unit=unit, measure=measure)
    assert verdict.value_interval == read

    assert progress_figure(reported, context("higher", unit=unit, measure=measure)) == (read.lo, read.hi)

    rule = judge_expression("value >= 0", reported, unit=unit, measure=m.Measure(measure) if measure else None)
    if read.is_point:
        assert rule.value == read.lo
    else:
        assert rule.reason is m.Reason.IMPRECISE_VALUE


@pytest.mark.parametrize("text", ["可完成", "-", "该指标年底出上年数据", "好好干"])
def test_a_cell_without_a_figure_is_none_on_every_path(text):
    reported = parse_reported(text)
    with pytest.raises(Pending) as raised:
        figure(reported, None)
    assert raised.value.reason is m.Reason.NO_DATA
    assert progress_figure(reported, context("higher")) is None
    assert judge_expression("value >= 0", reported).status is m.Status.PENDING


def test_units_that_do_not_compare_are_pending_not_comparable():
    with pytest.raises(Pending) as raised:
        figure(parse_reported("3亿元"), "%")
    assert raised.value.reason is m.Reason.NOT_COMPARABLE
    assert evaluate("5以上", "3亿元", unit="%").reason is m.Reason.NOT_COMPARABLE
    assert judge_expression("value >= 5", "3亿元", unit="%").reason is m.Reason.NOT_COMPARABLE


AMBIGUOUS = m.Ambiguous(
    text="全年新增1.4万个，比上年增长4.1%",
    candidates=(
        m.Value(text="1.4万个", value=m.Quantity(value=Decimal("1.4"), unit="万个")),
        m.Value(text="增长4.1%", value=m.Quantity(value=Decimal("4.1"), unit="%"), change="up"),
    ),
)


def test_every_path_takes_the_one_figure_in_the_indicators_unit():
    assert evaluate("1万个以上", AMBIGUOUS, unit="万个").value == Decimal("1.4")
    assert judge_expression("value >= 1", AMBIGUOUS, unit="万个").value == Decimal("1.4")
    assert progress_figure(AMBIGUOUS, context("higher", unit="万个")) == (Decimal("1.4"), Decimal("1.4"))


def test_without_a_unit_to_choose_by_every_path_says_ambiguous():
    with pytest.raises(Pending) as raised:
        figure(AMBIGUOUS, None)
    assert raised.value.reason is m.Reason.AMBIGUOUS_VALUE
    assert raised.value.missing == ("1.4万个、4.1%",)  # joined as the lexicon joins a list
    assert judge_expression("value >= 1", AMBIGUOUS).reason is m.Reason.AMBIGUOUS_VALUE
    assert progress_figure(AMBIGUOUS, context("higher")) is None


def test_a_previous_value_written_as_a_decline_is_negative_growth():
    verdict = evaluate("逐步增加", "下降1%", previous="下降2%")
    assert (verdict.previous, verdict.value, verdict.status) == (Decimal(-2), Decimal(-1), m.Status.MET)
    assert evaluate("逐步增加", "下降3%", previous="下降2%").status is m.Status.MISSED


def test_a_target_that_states_a_change_reads_the_size_of_the_change():
    assert figure(parse_reported("下降12%"), "%", change_of="down").lo == Decimal(12)
    assert figure(parse_reported("增长3%"), "%", change_of="down").lo == Decimal(-3)
    assert evaluate("下降10%", "下降12%").status is m.Status.MET
