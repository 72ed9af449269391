"""A row's number opening a target (序号): ``1.生产总值增长6%以上,高质量前提下能快则快。`` and ``3、一般公共预算收入增长5%``,
the numbered lines of a task table (丽水's 2023 重点工作责任分解, www.lishui.gov.cn/art/2023/7/11/art_1229738349_57348087.html,
the eighteenth set's tk021-tk029). The lexer reads ``1.`` as a figure and runs it into the name (the name was ``1.生产总值``,
which no bulletin's 生产总值 matched: pending), and ``3、`` as a figure before a list mark. A whole number under
:data:`MOST` right at the start, then a mark of zh.yaml ``row_number_marks`` (the marks a table row's number takes before
its name on the reported side, judge/cells.py) and a name right after it, is made one framing word: shown as a remark,
never judged, no part of the name, as a period word opening a target is (language/leads.py). ``2.5%以上`` (a decimal
figure), ``1.5倍`` and a number without a name after its mark are left as they are.

A row's number is numbered the Chinese way too: in brackets (``（1）``, ``（一）``: round brackets, folded ``(`` and ``)``) or a
numeral before a mark (``一、``), read as the digits are (a whole number under :data:`MOST`), a name right after it.
"""

from __future__ import annotations

import unicodedata

from .lexer import NUM, PUNCT, TEXT, WORD, Token, Tokens
from .lexicon import lexicon
from .numerals import numeral_chars, read_numeral

#: a row's number is a whole number under this (a list of targets is short; 2025、 is a year, not a row)
MOST = 100


def may_hold(text: str) -> bool:
    """Whether ``text`` may open with a row's number (a digit, a numeral or a bracket first): the one check most
    targets pass at once."""
    return text[:1].isdigit() or unicodedata.category(text[:1] or " ") == "Ps" or text[:1] in numeral_chars()


def unnumbered(tokens: Tokens) -> Tokens:
    """The tokens with a row's number and its mark opening them made one framing word, where a name follows."""
    items = tokens.items
    if len(items) < 3 and (len(items) < 2 or items[0].kind != NUM) or items[0].start != 0:
        return tokens
    marks, first = lexicon().row_number_marks, items[0]
    if first.text == "(" and items[1].kind == NUM and row_number(items[1].text) and items[2].text == ")":
        end, rest = items[2].end, items[3:]  # （1）, （一） (folded); 〔18〕 and 【1】 are no row's number (a document's
    elif first.kind != NUM:  # number, 〔2023〕8号; a fuzz's 〔18〕倍】…, tests/test_targets_s24.py)
        return tokens
    elif first.text[-1:] in marks and row_number(first.text[:-1]):  # 1. read as one figure with its point
        end, rest = first.end, items[1:]
    elif row_number(first.text) and items[1].kind == PUNCT and items[1].text in marks:  # 3 then 、, 一 then 、
        end, rest = items[1].end, items[2:]
    else:
        return tokens
    if not rest or rest[0].kind != TEXT or rest[0].start != end or (
            not first.text[:1].isdigit() and rest[0].text[:1] in numeral_chars()):
        return tokens  # 一、二产业增加值: a list of sectors (一产, 二产), no row's number
    lead = Token(WORD, first.start, end, tokens.folded.text[first.start:end], (("framing", ""),))
    return tokens._replace(items=(lead, *rest))


def row_number(text: str) -> bool:
    """Whether ``text`` (digits, or a numeral: 一, 十二) is a row's number: a whole number from 1 under :data:`MOST`."""
    if text.isdigit():
        return 0 < int(text) < MOST
    if not text or any(char not in numeral_chars() for char in text):
        return False
    value = read_numeral(text)
    return value is not None and value == value.to_integral_value() and 0 < value < MOST


def number_end(tokens: Tokens) -> int:
    """Where a row's number made a framing word (:func:`unnumbered`) ends: 0 where none opens the tokens."""
    first = tokens.items[0] if tokens.items else None
    return first.end if first is not None and first.start == 0 and first.meanings == (("framing", ""),) else 0
