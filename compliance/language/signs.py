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
from typing import TypeGuard

from .. import models as m
from .items import Item, Reader, is_a
from .lexer import NUM, TEXT, Token

#: signs that are not dashes (Unicode category Sm): before a figure, as unsure as a dash
_SIGNS = frozenset("+±∓")
#: division signs (folded: ／ is /)
_DIVIDED = ("/", "÷", "∕")
#: the role of the span of a figure with a range's mark on one side only (~7, 7-): judge/words.refusals says why
OPEN_RANGE = "open_range"


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



def open_range(r: Reader, items: Sequence[Item]) -> tuple[m.Span, ...]:
    """The span (role :data:`OPEN_RANGE`) of a figure written with a range's mark on one side only, right against it:
    ``~7`` or ``～7`` (about 7, or up to 7?) and ``7-``, ``7~``, ``7—`` (a range cut short, or 7 and over, as an open
    class of a table is written?); none for ``7-8``, ``2021-2024年``, ``-7`` (a minus), ``7——`` (a 破折号), ``7\n-``.
    Each was read as the bare 7: a reader cannot tell which it is, so the value is unread, never a silent exact 7. The
    marks are the lexicon's range separators that are no letters (``range_separators``; 至 and 到 are words)."""
    for index in range(len(items)):
        figure = items[index]
        if type(figure) is not Token or figure.kind != NUM:
            continue
        before = items[index - 1] if index >= 1 else None
        if _range_mark(before) and _touch(r, before, figure) and not _sign_like(before) and not (
                _figure_before(items, index - 2) or _sign_like(items[index - 2] if index >= 2 else None)):
            return (_span(r, before, figure),)
        after = items[index + 1] if index + 1 < len(items) else None
        beyond = items[index + 2] if index + 2 < len(items) else None
        if _range_mark(after) and _touch(r, figure, after) and not (type(beyond) is Token and (
                beyond.kind == NUM or beyond.text[:1].isdigit() or _sign_like(beyond) or _range_mark(beyond))):
            return (_span(r, figure, after),)  # 2021-2024年: a range of years (2024年 a year's token), as 7-8
    return ()


def _touch(r: Reader, first: Token, last: Token) -> bool:
    """Whether ``first`` and ``last`` are written against each other in the source, right against or only spaces apart
    on one line (``7.0 -`` is ``7-`` spaced, as ``7 - 8`` is ``7-8``: a range cut short); a figure then a cell's none
    mark a line or a tab apart, as a table's row pasted whole writes it (tests/corpus on021 ``…100.7\n\n-``), is not."""
    end, start = r.span(first, OPEN_RANGE).end, r.span(last, OPEN_RANGE).start
    return end <= start and all(unicodedata.category(char) == "Zs" for char in r.source[end:start])  # spaces only


def _range_mark(item: Item | None) -> TypeGuard[Token]:
    return type(item) is Token and is_a(item, "rsep") and not item.text.isalpha()


def _span(r: Reader, first: Token, last: Token) -> m.Span:
    start, end = r.span(first, OPEN_RANGE).start, r.span(last, OPEN_RANGE).end
    return m.Span(start=start, end=end, role=OPEN_RANGE, text=r.source[start:end])
