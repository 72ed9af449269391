"""A sub-item's figure in a bracket after another indicator's: 固定資產投資增長19.3%(民間投資增長27.8%) (洛南's 2022
report, sjzyihang.com/forum.php?mod=viewthread&tid=74976) against a 民间投资 target.

The bracket is read as the value's note (shown, never judged), so the figure before it, 19.3, was set aside as another
indicator's and the verdict was pending no_data, where a reader takes 27.8. Where the figure before the bracket names
another indicator than the target's and the bracket alone is one figure whose own words name the target's indicator
(the target's name, synonyms folded, within its words), that figure is the one judged; anything else stays as it was.
"""

from __future__ import annotations

from .. import models as m
from ..language.normalize import fold
from .choose import names_change, other_indicator
from .figure import Pending
from .names import synonyms
from .target_name import indicator_name


def bracketed_item(target: m.Constraint, reported: m.Reported, read: m.Reported,
                   indicator: str | None = None) -> m.Reported | None:
    """The figure of the bracket after ``reported``'s own figure where that one is another indicator's and the bracket
    names the target's; None otherwise. ``read`` is the figure judged so far (``reported`` itself, or no such case)."""
    if read is not reported or not isinstance(reported, m.Value | m.ApproxValue | m.BoundValue) or not reported.note:
        return None
    name = synonyms(fold(indicator_name(target, indicator)).text)
    if not name:
        return None
    try:
        other_indicator(target, reported, indicator)
        return None  # the figure before the bracket is the target's own (or says nothing of another)
    except Pending:
        pass
    from ..language.grammar import parse_reported_text  # here, as choose.beside_plan: a check from its snapshot

    item = parse_reported_text(reported.note)
    if not isinstance(item, m.Value | m.ApproxValue | m.BoundValue) or not item.label:
        return None
    # 研发经费支出(地区生产总值的2.5%)增长8% against 地区生产总值增长6%: a share of the GDP in the bracket, no growth
    if names_change(target) and getattr(item, "change", None) is None:
        return None
    if name not in synonyms(fold(item.label).text):
        return None
    try:
        other_indicator(target, item, indicator)
    except Pending:
        return None
    return item
