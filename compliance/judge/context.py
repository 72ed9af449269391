"""The context a value is judged in: the indicator's polarity, the tolerances, the previous period's value,
the references, unit and measure (:func:`context`, with the library's defaults for whatever is not given)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from decimal import Decimal
from typing import Any

from .. import models as m
from ..frozen import record
from ..models import Polarity

#: ``X左右`` may fall short of X by 5% of X (a relative tolerance; pass ``tolerance=`` to change).
DEFAULT_TOLERANCE = m.trusted(m.Tolerance, value=Decimal("0.05"), relative=True)  # no validator built at import
#: ``与经济增长基本同步`` may trail the reference by 1 (percentage point, an absolute tolerance).
DEFAULT_SYNC_TOLERANCE = m.trusted(m.Tolerance, value=Decimal(1), relative=False)
#: ``与上年持平`` / ``保持基本稳定``: within 1% of the previous level, or a growth rate within 1 percentage
#: point of zero (beating it in the good direction is fine, as with 左右).
DEFAULT_STEADY_TOLERANCE = m.trusted(m.Tolerance, value=Decimal("0.01"), relative=True)
#: A reported ``X左右`` is judged at X (the reporter's own figure); widen it to judge it as a range.
DEFAULT_REPORTED_TOLERANCE = m.trusted(m.Tolerance, value=Decimal(0), relative=False)


@record  # dataclass(frozen=True, slots=True) compiling its methods late or never (frozen.record)
class Context:
    polarity: Polarity
    tolerance: m.Tolerance
    sync_tolerance: m.Tolerance
    reported_tolerance: m.Tolerance
    previous: m.Reported | None = None
    references: Mapping[str, Any] = field(default_factory=dict)
    unit: str | None = None  #: the indicator's unit, when a rules file gives one
    measure: m.Measure | None = None
    #: a plain figure against a change target may be a level to compute the change from (judge/change.py);
    #: False where the caller computed the change itself (a plan period's compounded change, progress)
    levels: bool = True
    #: one polarity per part of a several-target, in order (empty: ``polarity`` for every part)
    polarities: tuple[Polarity, ...] = ()
    #: the indicator's name a rules file gives (地区生产总值), for a target that names none (增长6%): a sentence's
    #: figure of another indicator is then pending (judge/choose.py)
    indicator: str | None = None
    #: the judged period's year, where a check judges one (2022): a figure stated beside the value for another year
    #: than the one before is not the previous period's (judge/previous.py)
    year: int | None = None
    #: the part of the period the value is of, where the caller says which (evaluate's ``period=``): "" the whole
    #: (2022, 全年, a table's title naming its year), or its words (上半年: pending period_open); None: not said
    #: beyond ``year`` (a table row pasted alone then states no period: judge/choose.py)
    period_part: str | None = None
    #: indicator ids and roles -> the indicators' names (a check's rules file): a plan period's 同步 reference series is
    #: read as the named indicator's figures, another indicator's figure refused (judge/progress_series.py)
    names: Mapping[str, str] = field(default_factory=dict)
    #: False where no caller gave the polarity (evaluate's default, higher): a target in line with a reference and no
    #: way of its own (与全国调控目标一致) is then pending, never taken as >= (judge/reference.py)
    polarity_stated: bool = True


#: contexts of a polarity, unit and measure alone, remembered (at most :data:`CONTEXTS`, then forgotten at once)
CONTEXTS = 256
_contexts: dict[tuple[Any, ...], Context] = {}


def context(
    polarity: str | Polarity,
    *,
    measure: str | m.Measure | None = None,
    unit: str | None = None,
    references: Mapping[str, Any] | None = None,
    tolerance: m.Tolerance | None = None,
    sync_tolerance: m.Tolerance | None = None,
    previous: m.Reported | None = None,
    polarities: tuple[str | Polarity, ...] = (),
    stated: bool = True,
) -> Context:
    """A judging context with the library's defaults for whatever is not given. One of a polarity, unit and
    measure alone is remembered (each ``evaluate`` call asks for one; a context is immutable, its empty
    ``references`` to be read, not changed). ``stated`` False: no caller gave the polarity (``polarity_stated``),
    remembered apart, so ``evaluate``'s default costs no copy of the context per call.

    >>> context("higher") is context("higher") is context(Polarity.HIGHER)
    True
    """
    if previous is not None or references or tolerance is not None or sync_tolerance is not None:
        return _new(polarity, measure, unit, references, tolerance, sync_tolerance, previous, polarities, stated)
    key = (polarity, measure, unit, tuple(polarities), stated)
    try:
        found = _contexts.get(key)
    except TypeError:  # an unhashable argument: made, not remembered
        return _new(polarity, measure, unit, None, None, None, None, polarities, stated)
    if found is None:
        found = _new(polarity, measure, unit, None, None, None, None, polarities, stated)
        if len(_contexts) >= CONTEXTS:
            _contexts.clear()
        _contexts[key] = found
    return found


def _new(
    polarity: str | Polarity,
    measure: str | m.Measure | None,
    unit: str | None,
    references: Mapping[str, Any] | None,
    tolerance: m.Tolerance | None,
    sync_tolerance: m.Tolerance | None,
    previous: m.Reported | None,
    polarities: tuple[str | Polarity, ...],
    stated: bool = True,
) -> Context:
    return Context(
        polarity=Polarity(polarity),
        tolerance=tolerance if tolerance is not None else DEFAULT_TOLERANCE,
        sync_tolerance=sync_tolerance if sync_tolerance is not None else DEFAULT_SYNC_TOLERANCE,
        reported_tolerance=DEFAULT_REPORTED_TOLERANCE,
        previous=previous,
        references=dict(references or {}),  # a role by its name: {"economic_growth": 5}
        unit=unit,
        measure=m.Measure(measure) if measure is not None else None,
        polarities=tuple(map(Polarity, polarities)) if polarities else (),
        polarity_stated=stated,
    )
