"""An indicator's name saying lower is better (zh.yaml ``directions.lower_names``: 单位GDP能耗, 城镇登记失业率, PM2.5平均
浓度), read for a direction target that states no way of its own (持续改善: better; 与上年持平, 保持稳定: level with the
previous period, which side is tolerated) where the caller gives no polarity: evaluate's default, higher, judged
``PM2.5平均浓度持续改善`` missed by a fall from 38 to 35 and ``单位GDP能耗与上年持平`` missed by a fall. The caller's
polarity always wins; a name without such a word, or with a word of ``directions.not_lower`` after it (排放达标率, 能耗
降低率), keeps the default. The verdict says which word decided (note ``polarity_by_name``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import models as m
from ..language.lexicon import lexicon
from ..language.normalize import fold
from ..models import Reason
from .change import states_change
from .figure import Pending, note
from .requirement import Requirement

if TYPE_CHECKING:  # pragma: no cover
    from .evaluate import Judge

#: the directions whose side the polarity decides (up and down say their own, narrower and at_least theirs)
_SIDED = ("better", "steady")


def lower_word(name: str | None) -> str | None:
    """The word of ``name`` saying lower is better, or None: the right-most such word with no ``not_lower`` word after it.

    >>> lower_word("单位GDP能耗"), lower_word("主要污染物排放达标率"), lower_word("粮食产量")
    ('能耗', None, None)
    """
    if not name:
        return None
    words = lexicon().directions
    text = fold(name).text
    found = max(((text.rfind(word), word) for word in words.lower_names if word in text), default=None)
    if found is None:
        return None
    at, word = found
    after, before = text[at + len(word):], text[:at]
    # a not_lower word after it (排放达标率, 事故隐患整改率) or right before it (达标排放率: a share, higher is better)
    return None if any(other in after or before.endswith(other) for other in words.not_lower) else word


def _name(c: m.Direction) -> str | None:
    """The target's name: its subject and any words after it before the direction (主要污染物排放总量削减率持续改善: the
    subject read stops at 排放总量, the name is 排放总量削减率's)."""
    if c.subject is None:
        return None
    end = next((s.start for s in c.spans if s.role == "direction" and s.start >= c.subject.end), None)
    return c.text[c.subject.start:end] if end is not None else c.subject.text


def by_name(judged: Callable[[Judge, m.Direction], Requirement]) -> Callable[[Judge, m.Direction], Requirement]:
    """``judged`` (Judge.direction), with the polarity lower where the target's name (or the caller's indicator)
    says so and no caller gave one."""

    def direction(judge: Judge, c: m.Direction) -> Requirement:
        ctx = judge.ctx
        if ctx.polarity_stated or c.direction not in _SIDED or ctx.polarity is not m.Polarity.HIGHER:
            return judged(judge, c)
        name = _name(c) if c.subject is not None else ctx.indicator
        word = lower_word(name) or (lower_word(ctx.indicator) if name != ctx.indicator else None)
        if word is None:
            return judged(judge, c)
        said = note("polarity_by_name", word=word, phrase=c.phrase)
        judge.ctx = replace(ctx, polarity=m.Polarity.LOWER)
        try:
            found = judged(judge, c)
        finally:
            judge.ctx = ctx
        if any(shown.code == "rate_reading" for shown in found.notes) and not states_change(judge.reported):
            # 城镇登记失业率保持稳定 against a bare 5.1, no previous figure: the rate's level, or its change? Read as a
            # change it was met by any rise (a level of 5.1 taken as a growth of 5.1%); without the previous level, pending
            raise Pending(Reason.PREVIOUS_UNKNOWN, ("previous",), notes=[said])
        found.notes.append(said)
        return found

    return direction
