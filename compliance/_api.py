"""The public functions: parse_target, parse_reported, evaluate."""

from __future__ import annotations

import math
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from . import models as m
from .judge.evaluate import Context, judge
from .judge.verdict import Verdict
from .language.grammar import parse_reported_text, parse_target_text

#: ``X左右`` may fall short of X by 5% of X (a relative tolerance; pass ``tolerance=`` to change).
DEFAULT_TOLERANCE = m.Tolerance(value=Decimal("0.05"), relative=True)
#: ``与经济增长基本同步`` may trail the reference by 1 (percentage point, an absolute tolerance).
DEFAULT_SYNC_TOLERANCE = m.Tolerance(value=Decimal(1), relative=False)
#: A reported ``X左右`` is judged at X (the reporter's own figure); widen it to judge it as a range.
DEFAULT_REPORTED_TOLERANCE = m.Tolerance(value=Decimal(0), relative=False)

Number = int | float | Decimal


def parse_target(text: str) -> m.Constraint:
    """Read a plan target into a typed constraint. Never raises on a ``str``.

    >>> parse_target("6以上").kind, parse_target("6以上").op
    ('bound', 'ge')
    >>> parse_target("达到市级要求（3.2）").inline.value
    Quantity(value=Decimal('3.2'), unit=None)
    >>> parse_target("一些无法识别的话").kind
    'unrecognized'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_target expects a str, got {type(text).__name__}")
    try:
        return parse_target_text(text)
    except RecursionError:  # pathological nesting of brackets
        return m.Unrecognized(text=text)


def parse_reported(text: str) -> m.Reported:
    """Read a reported value into a typed model. Never raises on a ``str``.

    >>> parse_reported("2.63（市级3.12）").levels[0].name
    '全市平均水平'
    >>> parse_reported("该指标年底出上年数据").kind
    'not_available'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_reported expects a str, got {type(text).__name__}")
    try:
        return parse_reported_text(text)
    except RecursionError:
        return m.UnrecognizedValue(text=text)


def as_target(target: str | Number | m.Constraint) -> m.Constraint:
    if isinstance(target, str):
        return parse_target(target)
    if isinstance(target, (int, float, Decimal)) and not isinstance(target, bool):
        return parse_target(_number_text(target))
    return target


def as_reported(reported: str | Number | m.Reported | None) -> m.Reported:
    if reported is None:
        return m.Missing(text="")
    if isinstance(reported, str):
        return parse_reported(reported)
    if isinstance(reported, (int, float, Decimal)) and not isinstance(reported, bool):
        text = _number_text(reported)
        if text in ("NaN", "nan", "Infinity", "-Infinity", "inf", "-inf"):
            return m.Missing(text=text)
        return m.Value(text=text, value=m.Quantity(value=Decimal(text)))
    return reported


def _number_text(value: Number) -> str:
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "NaN"
    return str(value)


def evaluate(
    target: str | Number | m.Constraint | m.Expression,
    reported: str | Number | m.Reported | None,
    *,
    polarity: str | m.Polarity = "higher",
    previous: str | Number | m.Reported | None = None,
    references: Mapping[str, Any] | None = None,
    tolerance: str | Number | m.Tolerance | None = None,
    unit: str | None = None,
    measure: str | m.Measure | None = None,
) -> Verdict:
    """Judge a reported value against a target: met, missed or pending, with the evidence.

    ``previous`` is the prior period's reported value (for 逐步增加); ``references`` maps a
    reference name (``"市级要求"``, ``"全市平均水平"``, an indicator id such as ``"gdp_growth"``)
    to its value; ``tolerance`` overrides the 5% allowed by ``X左右``; ``unit`` is the
    indicator's unit (an unwritten reported unit is taken to be it); ``measure`` is ``"rate"``
    for a growth rate, ``"decline"`` for a rate of decline, ``"level"`` otherwise.

    >>> evaluate("6以上", "4").status.value
    'missed'
    >>> evaluate("逐步增加", "1.75", previous="0.88").status.value
    'met'
    >>> evaluate("达到市级要求", "63.7").missing
    ('市级要求',)
    """
    if isinstance(target, m.Expression):  # a custom rule of a rules file: true is met, false missed
        from .judge.expr import judge_expression

        return judge_expression(
            target.text, as_reported(reported), previous=as_reported(previous) if previous is not None else None,
            references=references, unit=unit, measure=m.Measure(measure) if measure is not None else None,
            polarity=m.Polarity(polarity),
        )
    ctx = Context(
        polarity=m.Polarity(polarity),
        tolerance=m.Tolerance.parse(tolerance) if tolerance is not None else DEFAULT_TOLERANCE,
        sync_tolerance=DEFAULT_SYNC_TOLERANCE,
        reported_tolerance=DEFAULT_REPORTED_TOLERANCE,
        previous=as_reported(previous) if previous is not None else None,
        references=dict(references or {}),
        unit=unit,
        measure=m.Measure(measure) if measure is not None else None,
    )
    return judge(as_target(target), as_reported(reported), ctx)
