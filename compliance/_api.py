"""The public functions: parse_target, parse_reported, evaluate."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any, TypeVar

from . import models as m
from .judge import memo
from .judge.evaluate import (
    DEFAULT_REPORTED_TOLERANCE,
    DEFAULT_SYNC_TOLERANCE,
    DEFAULT_TOLERANCE,
    context,
    judge,
)
from .judge.inputs import Number, as_reported, as_target, number_text
from .judge.verdict import Verdict
from .language.lexicon import ACTIVE

T = TypeVar("T")

__all__ = [
    "DEFAULT_REPORTED_TOLERANCE", "DEFAULT_SYNC_TOLERANCE", "DEFAULT_TOLERANCE", "as_reported", "as_target",
    "evaluate", "parse_reported", "parse_target", "parse_targets", "preload",
    "read_rules_reported", "read_rules_target",
]


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
    return memo.read_target(text)


def read_rules_target(text: str) -> m.Constraint:
    """:func:`parse_target` for a rules file's target (``plans/check.py``): the reading its snapshot brought
    (:func:`preload`) when there is one and no overlay is in force, else the grammar's, kept by the memo at once (a
    check judges it again for each period and region)."""
    return _preloaded(_READ, text, memo.keep_target)


def read_rules_reported(text: str) -> m.Reported:
    """:func:`parse_reported` for a dataset's cell judged against a rules file (``plans/check.py``): the reading
    the rules file's snapshot brought (:func:`preload`) when there is one and no overlay is in force."""
    return _preloaded(_READ_REPORTED, text, parse_reported)


def _preloaded(store: Mapping[str, T], text: str, parse: Callable[[str], T]) -> T:
    found = store.get(text)
    return found if found is not None and ACTIVE.get() is None else parse(text)


#: the readings of targets rules snapshots brought (:func:`preload`), by text; at most this many are kept
PRELOADED = 65_536
_READ: dict[str, m.Constraint] = {}
_READ_REPORTED: dict[str, m.Reported] = {}


def preload(readings: Mapping[str, m.Constraint], reported: Mapping[str, m.Reported] | None = None) -> None:
    """Take ``readings`` (target text -> what the grammar read it as, under the shipped lexicon) as read: a
    rules file read from its snapshot brings its targets' readings (``plans/rules.py``), so a cold check does
    not read them again (:func:`read_rules_target`; :func:`parse_target` still reads through the memo). The
    snapshot's key covers every source and data file of the package, so they are what the grammar reads now.
    ``reported`` are the readings of reported cells checked against the file before (:func:`read_rules_reported`).
    At most :data:`PRELOADED` of each are kept (all are forgotten before more would be)."""
    _keep(_READ, readings)
    _keep(_READ_REPORTED, reported or {})


def _keep(store: dict[str, Any], new: Mapping[str, Any]) -> None:
    if len(store) + len(new) > PRELOADED:
        store.clear()
    if len(new) <= PRELOADED:
        store.update(new)


def parse_targets(text: str) -> list[m.Constraint]:
    """The targets of a text, one per subject: a sentence may list several. Never raises on a ``str``.

    Each part keeps its ``subject`` as written (a span into ``text``); a single target is a list of one.

    >>> [(c.subject.text, c.text) for c in parse_targets("城镇登记失业率、城镇调查失业率控制在4%以内、5%以内")]
    [('城镇登记失业率', '控制在4%以内'), ('城镇调查失业率', '控制在5%以内')]
    >>> [c.kind for c in parse_targets("6以上")]
    ['bound']
    """
    target = parse_target(text)
    return list(target.parts) if isinstance(target, m.Several) else [target]


def parse_reported(text: str) -> m.Reported:
    """Read a reported value into a typed model. Never raises on a ``str``.

    >>> parse_reported("2.63（市级3.12）").levels[0].name
    '全市平均水平'
    >>> parse_reported("该指标年底出上年数据").kind
    'not_available'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_reported expects a str, got {type(text).__name__}")
    return memo.read_reported(text)


class _Unstated(str):
    """evaluate's default polarity, ``"higher"``, told apart from a caller's ``"higher"``: a target in line with a
    reference and no way of its own (与全国调控目标一致) needs the polarity stated (judge/reference.py)."""


_HIGHER = _Unstated("higher")


def evaluate(
    target: str | Number | m.Constraint | m.Expression,
    reported: str | Number | m.Reported | None,
    *,
    polarity: str | m.Polarity | Sequence[str | m.Polarity] = _HIGHER,
    previous: str | Number | m.Reported | None = None,
    references: Mapping[str, Any] | None = None,
    tolerance: str | Number | m.Tolerance | None = None,
    unit: str | None = None,
    measure: str | m.Measure | None = None,
    indicator: str | None = None,
    period: str | int | None = None,
) -> Verdict:
    """Judge a reported value against a target: met, missed or pending, with the evidence.

    ``previous`` is the prior period's reported value (for 逐步增加); ``references`` maps a
    reference name (``"市级要求"``, ``"全市平均水平"``, an indicator id such as ``"gdp_growth"``)
    to its value; ``tolerance`` overrides the 5% allowed by ``X左右``; ``unit`` is the
    indicator's unit (an unwritten reported unit is taken to be it); ``measure`` is ``"rate"``
    for a growth rate, ``"decline"`` for a rate of decline, ``"level"`` otherwise. ``indicator`` is the
    indicator's name (``"地区生产总值"``, as a rules file's ``name:``) for a target that names none
    (``增长6%``): a sentence's figure of another indicator (``城镇调查失业率为5.2%``) is then pending
    (``no_data``, ``indicator_figure``); a target's own name (``地区生产总值增长6%``) comes first. ``period`` is the
    period the reported text is of, where the text may not say it: a year (``2022``), a plan period (``"2021-2025"``)
    or text naming one (``"2024年上半年"``, a table's title ``温州市2022年…计划执行情况（表1）``). A plan table's row
    pasted alone (``地区生产总值 | 亿元 | 增长7%左右 | 8029.8 | 3.7``) is then judged as that period's, a part of a
    year (上半年, 1-11月) is pending ``period_open``; without it such a row is pending (``table_row_period``). Text
    naming no period or several years is a ``ValueError``.

    A target of several parts (``A、B分别增长6%、7%``, kind ``several``) is judged part by part
    against as many reported values (``分别增长6.3%、7.1%``), in order; its status is the worst of
    the parts and ``Verdict.parts`` holds each. ``polarity`` is every part's, or a sequence of one
    polarity per part (``("higher", "lower")``; another length is a ``ValueError``).

    >>> evaluate("6以上", "4").status.value
    'missed'
    >>> evaluate("逐步增加", "1.75", previous="0.88").status.value
    'met'
    >>> evaluate("达到市级要求", "63.7").missing
    ('市级要求',)
    """
    if not references and indicator is None and period is None:
        key = memo.input_key(target, reported, None if polarity is _HIGHER else polarity, previous, tolerance, unit, measure)
        if key is not None:  # text and numbers: the verdict is remembered (judge/memo.py)
            return memo.verdicts().get(key, lambda: _evaluate(
                target, reported, polarity=polarity, previous=previous, references=references, tolerance=tolerance,
                unit=unit, measure=measure,
            ))
    return _evaluate(
        target, reported, polarity=polarity, previous=previous, references=references, tolerance=tolerance, unit=unit,
        measure=measure, indicator=indicator, period=period,
    )


def _evaluate(
    target: str | Number | m.Constraint | m.Expression,
    reported: str | Number | m.Reported | None,
    *,
    polarity: str | m.Polarity | Sequence[str | m.Polarity],
    previous: str | Number | m.Reported | None,
    references: Mapping[str, Any] | None,
    tolerance: str | Number | m.Tolerance | None,
    unit: str | None,
    measure: str | m.Measure | None,
    indicator: str | None = None,
    period: str | int | None = None,
) -> Verdict:
    polarities: tuple[str | m.Polarity, ...] = ()
    _check_types(polarity, references, unit)
    if not isinstance(polarity, (str, m.Polarity)):
        polarities = tuple(polarity)
        if not polarities:
            raise ValueError("polarity: give one polarity or one per part of the target")
        polarity = polarities[0]
    if isinstance(target, m.Expression):  # a custom rule of a rules file: true is met, false missed
        from .judge.expr import judge_expression

        return judge_expression(
            target.text, _reported(reported), previous=_reported(previous) if previous is not None else None,
            references=references, unit=unit, measure=m.Measure(measure) if measure is not None else None,
            polarity=m.Polarity(polarity),
        )
    _check_references(references)
    ctx = context(
        polarity,
        tolerance=_tolerance(tolerance),
        previous=_reported(previous) if previous is not None else None,
        references=references,
        unit=unit,
        measure=measure,
        polarities=polarities,
        stated=polarity is not _HIGHER,  # no polarity given: higher, where the target needs none of its own
    )
    if indicator is not None:  # the rules file's name of the indicator (judge/choose.py)
        if not isinstance(indicator, str):
            raise TypeError(f"indicator is the indicator's name, a str, not {type(indicator).__name__}")
        ctx = replace(ctx, indicator=indicator)
    if period is not None:  # the period the text is of: its year, and the part of it (judge/period_parts.py)
        from .judge.period_parts import stated_period

        if isinstance(period, bool) or not isinstance(period, (str, int)):
            raise TypeError(f"period is a year or its text (2022, '2024年上半年'), not {type(period).__name__}")
        year, part = stated_period(period)
        ctx = replace(ctx, year=year, period_part=part)
    constraint = _target(target)
    if len(polarities) > 1 and not isinstance(constraint, m.Several):
        raise ValueError(f"{len(polarities)} polarities given for a target of one part")
    return judge(constraint, _reported(reported), ctx)


def _check_types(polarity: object, references: object, unit: object) -> None:
    """A wrong type among evaluate's options refused by name (``polarity=None`` was 'NoneType' object is not iterable,
    ``references=[...]`` and ``unit=5`` an AttributeError from inside the judge)."""
    if polarity is None or isinstance(polarity, (bytes, Mapping)) or not isinstance(polarity, (str, m.Polarity, Sequence)):
        raise TypeError(f"polarity is 'higher', 'lower' or 'band', or one per part, not {type(polarity).__name__}")
    if references is not None and not isinstance(references, Mapping):
        raise TypeError(f"references maps a reference's name to its level ({{'市级要求': 3.2}}), not a "
                        f"{type(references).__name__}")
    if unit is not None and not isinstance(unit, str):
        raise TypeError(f"unit is the indicator's unit as text ('%', '亿元'), not {type(unit).__name__}")


def _tolerance(tolerance: str | Number | m.Tolerance | None) -> m.Tolerance | None:
    """evaluate's ``tolerance``: ``'5%'`` (of the target) or an amount; text that is neither, a negative or no finite
    amount is a ValueError saying so (``'x'`` was decimal's ``[<class 'decimal.ConversionSyntax'>]``, ``-1`` was taken,
    a band with its ends swapped: ``6左右`` missed at 6)."""
    from numbers import Real

    if tolerance is None:
        return None
    if isinstance(tolerance, bool) or not isinstance(tolerance, (str, Real, Decimal, m.Tolerance)):
        raise TypeError(f"tolerance is a share of the target ('5%') or an amount (0.5), not {type(tolerance).__name__}")
    try:
        return m.Tolerance.parse(tolerance)
    except ArithmeticError:
        raise ValueError(f"tolerance {tolerance!r} is neither a share of the target ('5%') nor an absolute amount "
                         "(0.5)") from None


def _check_references(references: Mapping[str, Any] | None) -> None:
    """A reference's level is a finite number, its text (``'3.2%'``, ``'8-9'``) or a quantity; anything else is
    refused by name here (``True`` reached the decimal module as an ``InvalidOperation``; ``'好'`` was pending
    "reference level unknown", as if no level had been given)."""
    from numbers import Real

    from .errors import InputError

    for name, value in (references or {}).items():  # numpy's int64 and float64 are Real
        if isinstance(value, bool) or not isinstance(value, (str, Real, Decimal, m.Quantity)):
            raise InputError(f"the reference {name!r} is a number or its text, not {type(value).__name__}",
                             text=repr(value), hint=f"give its level, such as {{{name!r}: 3.2}} or {{{name!r}: '3.2%'}}")
        shown = number_text(value) if isinstance(value, (float, Decimal)) else str(value)
        if isinstance(value, (Real, Decimal)) and shown.lower() in ("inf", "-inf", "nan"):
            raise InputError(f"the reference {name!r} is no finite number", text=shown,
                             hint="give its level as a finite number, or leave the reference out (pending)")
        if isinstance(value, str) and not isinstance(memo.read_target(value), (m.Level, m.Bound, m.Range, m.Approx)):
            raise InputError(f"the reference {name!r} is no level that can be read", text=value,  # was pending
                             hint=f"give its level, such as {{{name!r}: 3.2}} or {{{name!r}: '3.2%'}}")


def _target(target: str | Number | m.Constraint) -> m.Constraint:
    """``as_target``, with text (and numbers, as text) read through the bounded caches of ``judge/memo.py``."""
    if isinstance(target, str):
        return memo.read_target(target)
    if isinstance(target, (int, float, Decimal)) and not isinstance(target, bool):
        return memo.read_target(number_text(target))
    return as_target(target)


def _reported(reported: str | Number | m.Reported | None) -> m.Reported:
    """``as_reported``, with text read through the bounded caches of ``judge/memo.py``."""
    if isinstance(reported, str):
        return memo.read_reported(reported)
    return as_reported(reported)
