"""One value against a list of modifiers before one name (language/several.py ``combined_name``).

``新建城区、居住(小)区配套建设养老服务设施达标率100%`` against a reported ``100``: the list reads as a part per item
(新建城区 / 居住(小)区…达标率), each with the one figure, and a list of values pairs with them; one value, though, is
the combined indicator's (the rate of both), judged against the one figure: met at 100, missed at 95. The verdict
keeps the whole target and holds the one judged part, its subject the whole name; a note says how it was read.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .. import models as m
from ..language.lexicon import lexicon
from ..language.normalize import fold
from .decide import made
from .figure import note


def judge_combined(target: m.Several, reported: m.Reported, ctx: Any, judge: Any, name: m.Span) -> Any:
    """The one value against the shared figure, the part named by the whole list (``name``)."""
    part = target.parts[-1].model_copy(update={"subject": name})
    return by_one_part(target, reported, ctx, judge(part, reported, ctx),
                       note("combined_name", name=name.text, parts=len(target.parts)))


def by_one_part(target: m.Several, reported: m.Reported, ctx: Any, judged: Any, said: m.Note) -> Any:
    """The verdict of a list target judged by one part (``judged``: the combined name's, or the one part a report
    names, judge/parts.py): that part's status and reasons, the whole target kept, ``said`` saying how it was read."""
    return made(status=judged.status, reason=judged.reason, missing=judged.missing, target=target, reported=reported,
                polarity=ctx.polarity, provisional=judged.provisional, parts=(judged,), notes=(said,))


#: the kinds a level of the indicator is read as (162亿元, 达到24.1%, 突破3600亿元), and a change's
_LEVELS = ("level", "bound", "approx", "range")
_CHANGE = "cumulative"


def level_and_change(target: m.Several, reported: m.Reported) -> bool:
    """``固定资产投资162亿元,增长7%``, ``森林覆盖率…再提高超1个百分点,达到24.1%``: two parts of one indicator, a level
    and a change, the second with no subject of its own (the first's indicator goes on); or the first with none and a
    later one naming it (年均增长6%左右,到2025年,国内生产总值达到3.5万亿元: the growth is of the indicator the sentence
    names). Not two indicators (城镇新增就业1100万人以上,城镇登记失业率4.5%以内: each names its own). One value
    reported: a list pairs."""
    if target.alternatives or len(target.parts) < 2 or sum(not _goes_on(part) for part in target.parts) > 1:
        return False
    if _goes_on(target.parts[0]) and not all(_amount(part) for part in target.parts if not _goes_on(part)):
        return False  # 增长7%,城镇登记失业率4.5%以内: a rate named after a growth is another indicator (the economy's)
    if not isinstance(reported, (m.Value, m.ApproxValue, m.BoundValue, m.RangeValue)):  # one value only
        return False
    kinds = {part.kind for part in target.parts}
    return _CHANGE in kinds and bool(kinds & set(_LEVELS)) and kinds <= {_CHANGE, *_LEVELS}


def _goes_on(part: m.Constraint) -> bool:
    """A part with no subject of its own, or only a since-clause (从目前的2%以上达到2.8%以上: zh.yaml reported.since
    before the level it starts from): the indicator of the part before goes on."""
    return part.subject is None or fold(part.subject.text).text.startswith(lexicon().reported.since)


def _amount(part: m.Constraint) -> bool:
    """A level in a unit of an amount (3.5万亿元, 1100万人), never a rate (4.5%, ‰): the indicator a growth before it
    is of, where the growth names none."""
    from ..language.units import info

    quantity = getattr(part, "value", None) or getattr(part, "low", None)
    return part.kind in _LEVELS and isinstance(quantity, m.Quantity) and quantity.unit is not None and (
        info(quantity.unit).dimension not in ("percent", "percentage_point", ""))


def _named(target: m.Several) -> m.Span | None:
    """The subject naming the one indicator of :func:`level_and_change`'s parts: the first's, else a later part's."""
    return next((part.subject for part in target.parts if not _goes_on(part)), target.parts[0].subject)


def judge_level_and_change(target: m.Several, reported: m.Reported, ctx: Any, judge: Any) -> Any:
    """One value against a level and a change of one indicator: each part that reads it (170亿元 the level, 增长8%
    the change, a bare 170 both) judges it; the verdict is theirs where the parts that judge agree, and says which
    part was used (note level_or_change). Parts that disagree (a bare 150: under 162亿元, over 7%) or none that judges:
    pending, never one reading picked. A value stating a change (增长8%) is the change part's alone. The plan's level
    and growth state one aim (162亿元 is last year's level grown by 7%), so either reached is the aim reached."""
    from ..models import Reason, Status

    parts = target.parts
    if getattr(reported, "change", None) is not None:  # 增长8% is a change: never read as the level (8 of 24.1%)
        parts = tuple(part for part in parts if part.kind == _CHANGE)
    parts = _plausible(parts, reported)
    first = _named(target)  # the indicator going on: 增长7% of 固定资产投资162亿元,增长7% names none of its own
    if ctx.indicator is None and first is not None:  # so another's figure (社会消费品零售总额增长9%) stays pending
        ctx = replace(ctx, indicator=first.text)
    judged = tuple(judge(part, reported, ctx) for part in parts)
    used = tuple(v for v in judged if v.status is not Status.PENDING)
    base: dict[str, Any] = {"target": target, "reported": reported, "polarity": ctx.polarity}
    if used and len({v.status for v in used}) == 1:
        said = lexicon().render.join.join(v.target.text for v in used)
        return made(status=used[0].status, reason=used[0].reason, missing=(), parts=used,
                    provisional=any(v.provisional for v in used), notes=(note("level_or_change", used=said),), **base)
    if used:
        return made(status=Status.PENDING, reason=Reason.VALUE_COUNT, missing=("values_per_part",), parts=judged,
                    notes=(note("level_or_change_differ"),), **base)
    return None


def _plausible(parts: tuple[m.Constraint, ...], reported: m.Reported) -> tuple[m.Constraint, ...]:
    """The parts a bare figure may be of (no unit, no change word): not a change more than change.PLAUSIBLE times the
    one stated (150 against 增长7%: no growth of 150%), not a level that far from the one stated (7.5 against 162亿元),
    as change.level_change reads a bare figure against a change of a unit of its own. 150 against 固定资产投资162亿元,
    增长7% is then the level's (missed), 7.5 the growth's (met); a figure near both (8 against 10亿元,增长9%) keeps both."""
    from .change import PLAUSIBLE

    quantity = getattr(reported, "value", None)
    if not isinstance(reported, m.Value) or reported.change is not None or not isinstance(quantity, m.Quantity) or (
            quantity.unit is not None):
        return parts
    figure = abs(quantity.value)
    kept = []
    for part in parts:
        inner = part.inner if isinstance(part, m.Cumulative) else part
        stated = [abs(q.value) for q in (getattr(inner, key, None) for key in ("value", "low", "high"))
                  if isinstance(q, m.Quantity) and q.value]
        if stated and (figure > PLAUSIBLE * max(stated) or part.kind != _CHANGE and figure * PLAUSIBLE < min(stated)):
            continue  # too large for the change, or too far from the level
        kept.append(part)
    return tuple(kept) or parts

