"""Rows grouped by what fixes their requirement, each group's requirement derived once by the engine.

Rows that share target, polarity, unit, measure and tolerance (and the previous period's value,
where the target reads it) are asked the same thing: one admissible interval, derived by the
engine's own :func:`~compliance.judge.evaluate.prepare` and :meth:`Judge.requirement
<compliance.judge.evaluate.Judge.requirement>` for one row of the group. A group is

* ``interval``: plain figures are judged against ``lo``/``hi`` (and ``strict_lo``/``strict_hi``,
  which tell ``within_tolerance``) on arrays;
* ``pending``: the requirement itself is missing something (a reference, the previous value), so
  every plain figure is pending with ``reason``;
* ``scalar``: the engine judges each row (an interval with no finite end, or an empty one).

>>> from compliance import parse_target
>>> from compliance.scale.verdicts import REASONS
>>> from compliance.judge.evaluate import context
>>> group, _ = requirement_of(parse_target("8左右"), context("higher"))
>>> group.mode, group.lo, group.strict_lo
('interval', Decimal('7.60'), Decimal('8'))
>>> requirement_of(parse_target("达到市级要求"), context("higher"))[0].mode
'pending'
>>> group, read_previous = requirement_of(parse_target("逐步增加"), context("higher", measure="level"))
>>> group.mode, REASONS[group.reason].value, read_previous
('pending', 'previous_unknown', True)
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any, Literal

import numpy as np

from .. import models as m
from ..judge.change import names_index, read_by_size
from ..judge.evaluate import Context, Judge, Pending, prepare
from ..judge.reference import is_rank
from ..judge.unwritten import bare_multiplier, multiplier
from ..judge.words import no_target
from ..judge.growth_levels import of_growth
from ..language.units import is_share
from .verdicts import REASON_CODE

__all__ = ["Group", "group_rows", "requirement_of"]

#: a stand-in reported value for deriving a group's requirement: a bare figure, no unit, no levels
_PROBE = m.Value(text="0", value=m.Quantity(value=Decimal(0)))
#: the reads of ``previous`` while one requirement is derived (per thread: Dask may judge partitions in threads)
_READS: ContextVar[list[str] | None] = ContextVar("_READS", default=None)


class _Watched(Context):
    """A Context that notes whether the engine looks at the previous period while deriving a requirement.

    Rows are grouped without their previous value unless the engine read it for that group (逐步增加
    does, 6以上 does not), so a new form that reads it is split correctly without a list kept here.
    A copy the engine makes (``dataclasses.replace``) is watched too, and notes into the same place.
    """

    def __getattribute__(self, name: str) -> Any:
        if name == "previous" and (reads := _READS.get()) is not None:
            reads.append(name)
        return super().__getattribute__(name)


_NEG_INF, _INF = Decimal("-Infinity"), Decimal("Infinity")


@dataclass(frozen=True, slots=True)
class Group:
    """What one group of rows is judged against, derived by the engine once."""

    mode: Literal["interval", "pending", "scalar"]
    reason: int = 0  #: the pending reason's code (mode "pending")
    lo: Decimal = _NEG_INF  #: ends of the admissible interval (open or closed does not matter:
    hi: Decimal = _INF  #: a value equal to an end is judged by the engine itself)
    strict_lo: Decimal | None = None  #: the interval without tolerance; None when there is no tolerance
    strict_hi: Decimal | None = None
    share: bool = False  #: a share (%) or a growth beside another's: a plain figure of 1000 or more goes to the engine
    fall: bool = False  #: a target stating a fall (下降3%): a plain negative figure (-3.4, the fall) goes to the engine

    @property
    def two_sided(self) -> bool:
        return self.mode == "interval" and self.lo.is_finite() and self.hi.is_finite()


def requirement_of(target: m.Constraint, ctx: Context) -> tuple[Group, bool]:
    """The group of rows judged against ``target`` in ``ctx`` (its interval, or why it has none), and
    whether deriving it read the previous period's value (then rows differing in it differ in group)."""
    token = _READS.set([])
    try:
        watched = _Watched(**{f.name: getattr(ctx, f.name) for f in fields(ctx)})
        return _requirement(target, watched), bool(_READS.get())
    finally:
        _READS.reset(token)


def _requirement(target: m.Constraint, ctx: Context) -> Group:
    inner, unit, _, _ = prepare(target, _PROBE, ctx)
    if isinstance(inner, m.Unrecognized):  # a cell saying none (-, 无) is no target: lacking it, as evaluate says
        return Group("pending", REASON_CODE[m.Reason.NO_TARGET if no_target(inner) else m.Reason.UNRECOGNIZED])
    if read_by_size(inner):  # 提高1岁: 1.2 is the change, 79 a level from the previous one (judge/change.py level_change)
        if (reads := _READS.get()) is not None:
            reads.append("previous")  # whatever the stand-in figure read: rows are told apart by their previous value
        return Group("scalar")
    if ctx.unit is None and multiplier(unit) is not None or ctx.unit is not None and bare_multiplier(target):
        # 6万人以上 vs 60000, 2万 (no unit word) vs 130000000 in 元: pending far above (judge/unwritten.py)
        return Group("scalar")
    if isinstance(inner, m.Several) or is_rank(inner):  # several parts and values; a rank (7.8 states none): row by row
        return Group("scalar")
    if isinstance(inner, (m.Approx, m.Bound)) and names_index(inner.text, ctx.indicator):
        return Group("scalar")  # 居民消费价格指数103左右: 100.7 is the index, a bare 3.5 the change (judge/change.py)
    judge = Judge(ctx, _PROBE, unit)
    try:
        requirement = judge.requirement(inner)
    except Pending as exc:
        return Group("pending", REASON_CODE[exc.reason])
    if judge.levels is not None:  # a figure read as the change from a base level (比上年下降3%): row by row
        return Group("scalar")
    wanted, strict = requirement.admissible, requirement.strict
    if not (wanted.lo.is_finite() or wanted.hi.is_finite()) or wanted.lo > wanted.hi:
        return Group("scalar")  # no binding end, or an empty interval: rare, leave to the engine
    # a share, or a growth set beside another's (与经济增长同步): a bare 68000 is no 68000% but a level (the engine's)
    share = is_share(unit) or of_growth(inner)
    fall = judge.magnitude_of == "down"  # -3.4 against 下降3%: the fall's size, 3.4 (judge/figure.py)
    if strict is None:
        return Group("interval", lo=wanted.lo, hi=wanted.hi, share=share, fall=fall)
    if strict.lo > strict.hi:
        return Group("scalar")
    return Group("interval", lo=wanted.lo, hi=wanted.hi, strict_lo=strict.lo, strict_hi=strict.hi, share=share, fall=fall)


def group_rows(parts: list[np.ndarray], sizes: list[int], n: int) -> tuple[np.ndarray, np.ndarray]:
    """Dense group ids of the rows' combined codes, and one row of each group.

    ``parts`` are code columns (``parts[k]`` in ``range(sizes[k])``); rows with equal codes in every
    part share a group.

    >>> group_of, first = group_rows([np.array([0, 1, 0, 1]), np.array([2, 0, 2, 1])], [2, 3], 4)
    >>> group_of.tolist(), len(first)
    ([0, 1, 0, 2], 3)
    """
    key: np.ndarray | None = None
    space = 1
    for part, size in zip(parts, sizes):
        if size == 1:  # a constant column (every code 0) tells no rows apart
            continue
        if key is None:
            key = part.astype(np.int64)  # a copy: the key is changed in place below
        else:
            if space * size >= 2**62:  # renumber what we have so far before it overflows
                _, key = np.unique(key, return_inverse=True)
                key = key.reshape(-1).astype(np.int64)
                space = int(key.max()) + 1 if n else 1
            key *= size
            key += part
        space *= size
    if key is None:
        key = np.zeros(n, dtype=np.int64)
    if space <= max(4 * n, 1 << 16):  # a direct table: linear, no sort
        present = np.zeros(space, dtype=bool)
        present[key] = True
        slots = np.cumsum(present) - 1
        group_of = slots.take(key)
        return group_of, _one_row_each(group_of, int(present.sum()))
    _, first, group_of = np.unique(key, return_index=True, return_inverse=True)
    return group_of.reshape(-1), first


def _one_row_each(group_of: np.ndarray, count: int) -> np.ndarray:
    """A row of each of the ``count`` groups (any row will do: they share every input of the requirement).

    The first rows usually hold every group; only the groups they miss are looked for further.
    """
    first = np.full(count, -1, dtype=np.int64)
    head = min(len(group_of), 1 << 16)
    first[group_of[:head]] = np.arange(head)
    if (first < 0).any():
        rest = np.flatnonzero((first < 0).take(group_of[head:])) + head
        first[group_of[rest]] = rest
    return first
