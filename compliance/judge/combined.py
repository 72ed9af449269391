"""One value against a list of modifiers before one name (language/several.py ``combined_name``).

``新建城区、居住(小)区配套建设养老服务设施达标率100%`` against a reported ``100``: the list reads as a part per item
(新建城区 / 居住(小)区…达标率), each with the one figure, and a list of values pairs with them; one value, though, is
the combined indicator's (the rate of both), judged against the one figure: met at 100, missed at 95. The verdict
keeps the whole target and holds the one judged part, its subject the whole name; a note says how it was read.
"""

from __future__ import annotations

from typing import Any

from .. import models as m
from .decide import made
from .figure import note


def judge_combined(target: m.Several, reported: m.Reported, ctx: Any, judge: Any, name: m.Span) -> Any:
    """The one value against the shared figure, the part named by the whole list (``name``)."""
    part = target.parts[-1].model_copy(update={"subject": name})
    judged = judge(part, reported, ctx)
    return made(status=judged.status, reason=judged.reason, missing=judged.missing, target=target, reported=reported,
                polarity=ctx.polarity, provisional=judged.provisional, parts=(judged,),
                notes=(note("combined_name", name=name.text, parts=len(target.parts)),))
