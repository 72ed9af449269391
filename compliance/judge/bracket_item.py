"""A sub-item's figure in a bracket after another indicator's: 固定資產投資增長19.3%(民間投資增長27.8%) (洛南's 2022
report, sjzyihang.com/forum.php?mod=viewthread&tid=74976) against a 民间投资 target.

The bracket is read as the value's note (shown, never judged), so the figure before it, 19.3, was set aside as another
indicator's and the verdict was pending no_data, where a reader takes 27.8. Where the figure before the bracket names
another indicator than the target's and the bracket alone is one figure whose own words name the target's indicator
(the target's name, synonyms folded, within its words), that figure is the one judged; anything else stays as it was.
"""

from __future__ import annotations

from .. import models as m
from ..language.lexicon import lexicon
from ..language.normalize import fold
from .choose import names_change, other_indicator, says_real, wants_nominal
from .figure import Pending, note
from .names import synonyms
from .target_name import indicator_name


def bracketed_item(target: m.Constraint, reported: m.Reported, read: m.Reported,
                   indicator: str | None = None) -> m.Reported | None:
    """The figure of the bracket after ``reported``'s own figure where that one is another indicator's and the bracket
    names the target's; None otherwise. ``read`` is the figure judged so far (``reported`` itself, or no such case)."""
    if (real := _real_in_bracket(target, reported, indicator)) is not None:  # 增长13.2%(扣除价格因素实际增长11.3%)
        return real
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


def _real_in_bracket(target: m.Constraint, reported: m.Reported, indicator: str | None = None) -> m.Reported | None:
    """The real growth a bracket states after a figure (社會消費品零售總額18513億元,同比名義增長13.2%(扣除價格因素實際增長11.3%,…),
    the statistics' monthly release, www.afdelivr.top/gzdt/2013-08/09/content_2464208.htm) where the target says real
    (社会消费品零售总额实际增长12%: zh.yaml choosing.real_growth): the bracket was a note and 13.2 was judged. An
    income's target (居民人均可支配收入增长6%) takes it too, as it takes the real growth where a sentence gives both
    (名义增长X%，实际增长Y%: choose._real_first): the two ways of writing the same figures agree. None for a target of an
    indicator stated at current prices that does not say real (choose.wants_nominal: 社会消费品零售总额增长11% keeps
    the figure before the bracket)."""
    if not reported.note or not names_change(target) or wants_nominal(indicator_name(target, indicator), target.text):
        return None
    from ..language.grammar import parse_reported_text  # here, as below

    marks = lexicon().choosing.clause_marks  # the bracket's first clause (…实际增长11.3%,以下除特殊说明外…)
    first = next((at for at, char in enumerate(reported.note) if char in marks), len(reported.note))
    item = parse_reported_text(reported.note[:first])
    if not isinstance(item, m.Value) or item.change is None or not says_real(fold(item.text).text):
        return None
    return item


def item_note(target: m.Constraint, item: m.Reported) -> m.Note:
    """How the bracket's figure was read: a real target's real growth (bracket_real), else a sub-item's (bracket_item)."""
    if not says_real(fold(item.text).text):
        return note("bracket_item", item=item.text)
    return note("bracket_real" if says_real(fold(target.text).text) else "bracket_real_taken", item=item.text)
