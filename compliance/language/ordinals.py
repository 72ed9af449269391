"""Ordinals listed after one 第: ``第一、二、三产业增加值增长4.5%、3.2%、4.8%`` (the sectors, as bulletins write them).

A figure right after zh.yaml ``not_values.before`` (第3) is no value of a sentence; the 二 of 第一、二、三产业 follows a mark
of a list (zh.yaml ``several.enumeration``) after such an ordinal, and is an ordinal too: it was a candidate value (2)
that cut the list's name short, so the 4.5% named only 三产业增加值 and a 第一产业 target took the 3.2.
"""

from __future__ import annotations

from collections.abc import Sequence

from .items import Item, is_kind
from .lexer import NUM, PUNCT, Token
from .lexicon import lexicon


def ordinal_run(head: Sequence[Item], index: int) -> bool:
    """Whether ``head[index]``, a figure without a unit, goes on a list of ordinals: a list mark before it, then a
    figure without a unit (and so on), the first after 第."""
    marks, words = tuple(lexicon().several.enumeration), tuple(lexicon().not_values.before)
    at = index
    while at >= 2 and _bare(head[at]) and _is_mark(head[at - 1], marks) and _bare(head[at - 2]):
        before = head[at - 3] if at >= 3 else None
        if isinstance(before, Token) and before.text.endswith(words):
            return True
        at -= 2
    return False


def _bare(item: Item) -> bool:
    return isinstance(item, Token) and is_kind(item, NUM) and item.unit is None


def _is_mark(item: Item, marks: tuple[str, ...]) -> bool:
    return isinstance(item, Token) and is_kind(item, PUNCT) and item.text in marks
