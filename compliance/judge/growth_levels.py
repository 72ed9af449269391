"""A level is never a growth rate: against a target setting a growth beside another's (居民收入增长与经济增长同步,
居民收入增长高于经济增长, 快于全省平均增速), a reported level (68000元, or a bare 68000 too large for a growth) is read as
the growth it makes from the previous level given (64000元: 6.25%), else pending ``level_as_change`` (judge/evaluate.py
asks both; change.growth_from_levels reads the levels written in a unit)."""

from __future__ import annotations

from decimal import Decimal
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .. import models as m
from ..language.lexicon import lexicon
from ..language.normalize import fold
from ..language.numerals import SHARE_LIMIT
from .change import LevelChange, growth_from_levels, is_amount, states_change
from .requirement import Requirement, written_level
from .figure import Pending
from .inputs import as_decimal, read_target
from ..language.units import info
from ..models import Reason

if TYPE_CHECKING:
    from .context import Context
    from .evaluate import Judge

#: a bare figure of this or more is no growth in %: a level (68000 against 与经济增长同步: no growth of 68000%), as
#: judge.figure reads one against a share (numerals.SHARE_LIMIT, 1000); 7, 12.5 or 60 stay growths as written
CEILING = SHARE_LIMIT


def of_growth(c: m.Constraint) -> bool:
    """The target sets the indicator's growth beside a reference's: 与经济增长同步 (a sync), or a reference whose label,
    subject or reference names a growth (居民收入增长高于经济增长, 居民收入增速高于全省平均水平, 高于全省平均增速); a decline
    beside a reference (能耗下降完成省下达目标) is none."""
    if isinstance(c, m.Sync):
        return True
    if not isinstance(c, m.Reference):
        return False
    down = lexicon().change.down
    up = tuple(word for word in (*lexicon().change.up, *lexicon().choosing.rate_words) if word not in down)
    if any(span.role == "label" and fold(span.text).text in down for span in c.remarks):
        return False
    said = [fold(span.text).text for span in c.remarks if span.role == "label"]
    said += [fold(c.subject.text).text] if c.subject is not None else []
    return any(words.endswith(up) for words in (*said, fold(c.phrase).text))


def bare_level(reported: m.Reported) -> Decimal | None:
    """The figure of ``reported`` where it is a bare one (no unit, no change word) too large for a growth in %
    (:data:`CEILING` or more), else None."""
    if not isinstance(reported, m.Value) or states_change(reported):
        return None
    quantity = reported.value
    if not isinstance(quantity, m.Quantity) or quantity.unit is not None:
        return None
    return quantity.value if abs(quantity.value) >= CEILING else None


def growth_of_levels(reported: m.Reported, ctx: Context) -> LevelChange | None:
    """The growth two levels make (change.growth_from_levels: 68000元 after 64000元), or two bare ones too large for
    growths (68000 after 64000: 6.25%); None where no previous level is given or the figure is no level."""
    found = growth_from_levels(reported, ctx)
    if found is not None or ctx.previous is None:
        return found
    if bare_level(reported) is None or (base := bare_level(ctx.previous)) is None:
        return None
    return LevelChange(base=base, base_name="previous", unit=None, way="up", points=False, change_unit="%")


def reference_levels(judge: Judge, c: m.Reference, requirement: Callable[[Judge, m.Reference], Requirement],
                     ) -> Requirement:
    """``requirement(judge, c)`` (reference.requirement), the judge first set to read a reported level as the growth it
    makes from the previous level where ``c`` sets a growth beside the reference's (as evaluate's sync does), so a
    reference in % (经济增长: "5%") meets a growth in %, not a level in 元."""
    if judge.levels is None and of_growth(c):
        judge.levels = growth_of_levels(judge.reported, judge.ctx)
        judge.unit = "%" if judge.levels is not None else judge.unit
    return requirement(judge, c)


def level_as_growth(c: m.Constraint, judge: Judge) -> bool:
    """A level (68000元, a bare 68000) reported against a growth beside another's with no growth made of it: never
    judged as the growth itself (pending ``level_as_change``)."""
    if judge.levels is not None or not of_growth(c):
        return False
    return written_level(judge.reported) or bare_level(judge.reported) is not None


def change_as_level(reported: m.Reported, measure: m.Measure | None) -> bool:
    """The reported value is a change where a level is wanted (evaluate: pending ``change_as_level`` against a level
    target): any change the caller says is a level's (measure="level": 比上年增长4% against 40以上), and a change in a
    unit of amount whatever the caller says (增加60亿元, 净增1万人 against 达到1000亿元: no level, whatever its size)."""
    quantity = getattr(reported, "value", None)
    changed = reported.change is not None if isinstance(reported, m.Value) else labelled_change(reported) is not None
    amount = changed and isinstance(quantity, m.Quantity) and is_amount(quantity.unit)
    return amount or measure is m.Measure.LEVEL and states_change(reported)


def labelled_change(reported: m.Reported) -> str | None:
    """"up" or "down" where a bounded or approximate figure follows a change word (贫困人口减少6800多万, 减少1289万人以上:
    its label ends in one, as figure.py's signs read it), else None: a change as a plain 减少1289万人 is (``change``)."""
    if not isinstance(reported, (m.BoundValue, m.ApproxValue)) or not reported.label:
        return None
    label, words = fold(reported.label).text, lexicon().change
    return "down" if label.endswith(tuple(words.down)) else "up" if label.endswith(tuple(words.up)) else None


def growth_of(raw: Any, name: str) -> Decimal:
    """The figure a 同步 target keeps pace with: a rate (6.5, 6.5%), never a level (2020亿元 is the economy's size,
    not its growth: pending not_comparable) nor a text that reads as no one figure (pending reference_unknown)."""
    if isinstance(raw, str):
        parsed = read_target(raw)
        if not isinstance(parsed, m.Level):
            raise Pending(Reason.REFERENCE_UNKNOWN, (name,))
        raw = parsed.value
    if isinstance(raw, m.Quantity):
        if raw.unit is not None and info(raw.unit).dimension != "percent":
            raise Pending(Reason.NOT_COMPARABLE, (f"{raw.unit} / %",))
        return raw.value
    return as_decimal(raw)
