"""A dash or sign written right before a figure that is not the figure's own sign: ``–7``, ``—7``, ``‐7`` (dashes a
typesetter or a PDF puts for a minus), ``增长—7%``, ``+-7``, ``--7``, ``±7``.

The lexer reads ``-7`` and ``−7`` (U+2212, folded) as a negative figure and a dash between two figures as a range
(``7—8``); any other dash or sign before a figure was left aside, so ``–7`` read as 7 and met ``6以上``. Whether it is a
minus sign or a stray mark cannot be told: the value is unread (pending), never judged on either sign. The characters
are Unicode's dashes (category Pd) and the plus and plus-minus signs: no word of a language.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from .items import Item
from .lexer import NUM, TEXT, Token

#: signs that are not dashes (Unicode category Sm): before a figure, as unsure as a dash
_SIGNS = frozenset("+±∓")
#: division signs (folded: ／ is /)
_DIVIDED = ("/", "÷", "∕")


def _sign_like(item: Item | None) -> bool:
    if type(item) is not Token or len(item.text) != 1:
        return False
    return item.text in _SIGNS or unicodedata.category(item.text) == "Pd"


def _divided(item: Item) -> bool:
    """Whether ``item`` is text ending in a division sign: the figure after it is a denominator, never a value
    (``#DIV/0!``, a spreadsheet's error cell, read 0; ``a/7`` read 7)."""
    return type(item) is Token and item.kind == TEXT and item.text.endswith(_DIVIDED)


def sign_unsure(items: Sequence[Item]) -> bool:
    """Whether a figure among ``items`` has a dash or sign right before it (no space between) with no figure before
    that (``7—8`` is a range, ``—7`` and ``增长—7%`` are not) nor another dash (``结构向优——1至11月…``: a 破折号, two
    dashes, is punctuation), or a division sign."""
    for index in range(1, len(items)):
        figure, mark = items[index], items[index - 1]
        if type(figure) is not Token or figure.kind != NUM or type(mark) is not Token or mark.end != figure.start:
            continue
        if _divided(mark):
            return True
        if _sign_like(mark):
            before = items[index - 2] if index >= 2 else None
            if not (_figure_before(items, index - 2) or _sign_like(before)):
                return True
    return False


def _figure_before(items: Sequence[Item], at: int) -> bool:
    """Whether ``items[at]`` ends a figure: a figure, or the word right after one (``1月—12月``, ``2022年—2025年``:
    a range of months or years, its first end written with its word, as ``7—8`` is one without)."""
    if at < 0:
        return False
    item = items[at]
    if type(item) is not Token:
        return False
    if item.kind == NUM or item.text[:1].isdigit():
        return True
    previous = items[at - 1] if at >= 1 else None
    return item.kind == TEXT and type(previous) is Token and previous.kind == NUM and previous.end == item.start

