"""A figure of a 分别 list of places or parts: none is the whole's (moved out of choose.py, its 600-line limit).

分區域看,香洲、金灣和斗門三個行政區分別實現地區生產總值863.48億元、351.27億元和188.49億元,分別增長10.8%、14.2%和9.0%
(珠海's 2011 bulletin, xiaomonv0755.com/tjgb/19gd/24000.html): the items named before 分别 are places with no indicator of
their own, the indicator (地区生产总值) follows 分别 and each figure is one item's. A target of the whole (地区生产总值增长
10%) takes none of them (the 10.8% was MET as the city's); a target naming one item takes only that item's (the n-th
figure after a 分别 is the n-th item's). A list whose items name indicators (城镇、农村居民人均可支配收入分别增长…) is
judge/respective.py's and names.py's: left alone here. The words are zh.yaml ``several``.
"""

from __future__ import annotations

from ..language.lexicon import lexicon
from ..language.normalize import fold
from .names import clauses, head_word, synonyms
from .period_parts import sentence_before


def parts_figure(name: str, text: str, at: int) -> bool:
    """The figure at ``at`` of ``text`` is an item's of a 分别 list of places or parts (no item naming an indicator),
    its clause and each clause back to the list's holding a 分别, and ``name`` is not that item's: the whole's, or
    another item's. A figure in a clause of its own after the list (…分别增长7%和22.1%,城镇登记失业率3.5%) is not."""
    if at < 0 or not name:
        return False
    said = fold(sentence_before(text, at)).text
    if not said or said[-1] in lexicon().choosing.clause_marks:
        return False  # a figure opening its clause: no clause's words to go on from
    respectively, said_clauses = lexicon().several.respectively, clauses(said)
    for clause in reversed(said_clauses):
        first = min((clause.find(word) for word in respectively if clause.find(word) >= 0), default=-1)
        if first < 0:
            return False  # a clause without 分别: the figure is no item's of a list before it
        items = _split(clause[:first])
        if len(items) >= 2:
            if any(head_word(synonyms(item)) for item in items):
                return False  # a list of indicators (城镇、农村居民人均可支配收入分别…): respective.py's
            own = said_clauses[-1]
            last = max(own.rfind(word) for word in respectively)
            word = next(word for word in respectively if own.startswith(word, last))
            index = len(_split(own[last + len(word):], keep_empty=True)) - 1  # the n-th figure after its 分别
            named = [n for n, item in enumerate(items) if item[:2] in name]  # 斗门 of 斗门三个行政区; never 地区 of 西部地区
            return named != [index]
    return False


def _split(words: str, keep_empty: bool = False) -> list[str]:
    several = lexicon().several
    parts = [words]
    for sep in (*several.enumeration, *several.conjunctions):
        parts = [part for item in parts for part in item.split(sep)]
    return parts if keep_empty else [part for part in parts if part]
