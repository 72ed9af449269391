"""Chinese numerals: 五千 -> 5000, 一万二千 -> 12000, 三点五 -> 3.5, 百分之六 -> 6 (%).

The characters and their values are in ``data/zh.yaml`` (``numerals``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .lexicon import Numerals, lexicon, per_lexicon
from .normalize import Folded

#: the meaning of a ratio's text where it is no figure (1:2.48): refused, with a note saying why (judge/words.py)
RATIO = "ratio"
#: the second figure of a ratio (2.48:1): digits, a point and digits, and no figure going on after it
_RATIO_TERM = re.compile(r"\d+(?:\.\d+)?(?!\d|\.\d)")


@per_lexicon  # an overlay (language/overlay.py) may add numerals
def numeral_chars() -> frozenset[str]:
    """Every character a numeral is written with: digits, units and the decimal point."""
    n = lexicon().numerals
    return frozenset(n.digits) | frozenset(n.small_units) | frozenset(n.big_units) | {n.point}


@per_lexicon
def _zeros() -> tuple[str, str, str, tuple[str, ...]]:
    """zh.yaml ``numerals.zeros`` (○ written for 〇), the zero digit they stand for (the last listed), the digits that make
    one a zero before anything, and the words after which one is a zero before a numeral (the point, 百分之)."""
    n = lexicon().numerals
    zero = next((char for char, value in reversed(n.digits.items()) if value == 0 and char not in n.zeros), "")  # 〇
    return "".join(n.zeros), zero, "".join(n.digits), tuple(word for word in (n.point, n.percent, n.per_mille) if word)


@per_lexicon
def _signs() -> re.Pattern[str]:
    """The signs written for the zero, as a class; a pattern that matches nothing where there is no zero to read."""
    signs, zero, _, _ = _zeros()
    return re.compile(f"[{re.escape(signs)}]" if signs and zero else "(?!)")


def zeros_read(folded: Folded) -> Folded:
    """``folded`` with each sign written for the zero 〇 (``numerals.zeros``: ○) made the zero where it is one: right
    after a digit character (一四○兆 is 一四〇兆, 二○二五), before the point (○点五 is 0.5: it read 5), or between the point
    or 百分之 and a numeral character (百分之○点一 is 0.1%: the ○ was left out and the figure read 1%). Elsewhere (a
    table's ○) it stays as written. One character for one, so the map back to the source is kept.

    >>> from .normalize import fold
    >>> zeros_read(fold("百分之○點一")).text, zeros_read(fold("一四○兆")).text, zeros_read(fold("○ 完成")).text
    ('百分之〇点一', '一四〇兆', '○完成')
    """
    if _signs().search(folded.text) is None:
        return folded  # no ○ (most texts): one search of the text
    signs, zero, digits, openers = _zeros()
    text = folded.text
    point = lexicon().numerals.point
    chars, numerals = list(text), numeral_chars()
    for at, char in enumerate(chars):
        if char not in signs:
            continue
        after = at + 1
        while after < len(chars) and chars[after] in signs:
            after += 1  # a run (一○○亿: 100亿) is one or none
        following = chars[after] if after < len(chars) else ""
        if at and chars[at - 1] in digits or following and (following == point or following in numerals and text.endswith(
                openers, 0, at)):  # ○点五: a decimal's leading zero wherever it stands (it read 5, the 点 dropped)
            chars[at:after] = zero * (after - at)
    return folded._replace(text="".join(chars))


def leading_point(text: str, pos: int, start: int, marks: str, after_word: bool) -> bool:
    """点五 alone, 百分之点五, 增长点五%: the point at ``pos`` opening a numeral before its digits is a decimal's (0.5; the
    点 was dropped and the figure read 5). Only after 百分之 or a minus (``pos > start``), at the text's start, after one
    of ``marks`` or right after a word (``after_word``: a change verb), never inside a run of text (重点五, 试点五个)."""
    if pos + 1 >= len(text) or text[pos + 1] not in lexicon().numerals.digits:
        return False
    return pos > start or start == 0 or text[start - 1] in marks or after_word


def per_big_unit(units: str) -> Decimal:
    """The denominator 万 or 亿 alone names (万分之三: per 10,000), which is no numeral by itself."""
    value = Decimal(1)
    for char in units:
        value *= lexicon().numerals.big_units[char]
    return value


def read_numeral(text: str) -> Decimal | None:
    """The value of a whole run of Chinese numeral characters, or ``None`` if it is not one.

    >>> read_numeral("五千"), read_numeral("一万二千"), read_numeral("十五"), read_numeral("三点五")
    (Decimal('5000'), Decimal('12000'), Decimal('15'), Decimal('3.5'))
    >>> read_numeral("十四五") is None, read_numeral("五六") is None, read_numeral("二〇")
    (True, True, Decimal('20'))
    """
    n = lexicon().numerals
    chars = numeral_chars()
    if not text or any(char not in chars for char in text):
        return None
    whole, _, fraction = text.partition(n.point)
    integer = _integer(whole, n) if whole or not fraction else Decimal(0)  # 点五: 0.5 (the lexer says where it stands)
    if integer is None:
        return None
    if not fraction:
        return None if text.endswith(n.point) else integer
    if any(char not in n.digits for char in fraction):
        return None
    return Decimal(f"{integer}." + "".join(str(n.digits[char]) for char in fraction))


def _integer(text: str, n: Numerals) -> Decimal | None:
    if not text:
        return None
    digits = n.digits
    if all(char in digits for char in text):
        # digit by digit (二〇三五) only for several digits; one digit is itself. A Decimal, never
        # int(): Python refuses to convert more than 4,300 digits to an int. Two digits without a zero are no
        # number written digit by digit (五六万人 is 5-6万, 三四个百分点 3-4; “九五” a plan's name): none
        if len(text) == 2 and all(digits[char] for char in text):
            return None
        return Decimal("".join(str(digits[char]) for char in text))
    total = section = 0
    digit: int | None = None
    last_small = 10_000
    last_big = 10**12
    for char in text:
        if digits.get(char) == 0:
            digit = None  # a placeholder zero (一亿零五百万)
            continue
        if char in digits:
            if digit is not None:
                return None  # two digits in a row inside a positional numeral (十四五)
            digit = digits[char]
        elif char in n.small_units:
            unit = n.small_units[char]
            if unit >= last_small:
                return None
            section += (1 if digit is None else digit) * unit
            digit, last_small = None, unit
        elif char in n.big_units:
            unit = n.big_units[char]
            if unit >= last_big:
                return None
            section += digit or 0
            if section == 0:
                return None
            total += section * unit
            section, digit, last_small, last_big = 0, None, 10_000, unit
        else:
            return None  # the decimal point, handled by the caller
    return Decimal(total + section + (digit or 0))


@per_lexicon
def ratio_marks() -> tuple[str, ...]:
    """The marks between the two figures of a ratio (2.48:1, 2.5∶1): ``numerals.ratio`` in zh.yaml."""
    return tuple(lexicon().numerals.ratio)


def ratio_at(text: str, mark: int, first: Decimal) -> tuple[int, Decimal | None, tuple[tuple[str, str], ...]] | None:
    """A ratio whose first figure ``first`` ends at ``mark``: where it ends, its figure and the meanings of its token.
    X:1 is the figure X (城乡居民收入比2.48:1, 控制在2.5∶1以内); any other (1:2.48, 3:2) no figure, meaning
    :data:`RATIO` (refused, never read as its two figures). None where no ratio mark and figure follow.

    >>> ratio_at("2.48:1", 4, Decimal("2.48")), ratio_at("1:2.48", 1, Decimal(1))
    ((6, Decimal('2.48'), ()), (6, None, (('ratio', ''),)))
    """
    marks = ratio_marks()
    if not marks or not text.startswith(marks, mark) or first < 0:
        return None
    sign = next(word for word in marks if text.startswith(word, mark))
    over = _RATIO_TERM.match(text, mark + len(sign))
    if over is None:
        return None
    end, chained = over.end(), False
    while (again := next((word for word in marks if text.startswith(word, end)), None)) is not None:
        more = _RATIO_TERM.match(text, end + len(again))  # 1:1.2:0.8, three parts: no figure, none of its parts
        if more is None:
            break
        end, chained = more.end(), True
    if Decimal(over.group(0)) == 1 and not chained:
        return end, first, ()
    return end, None, ((RATIO, ""),)


def ratio_parts(text: str) -> int:
    """How many parts a ratio's text has (5:40:55: 3, a structure such as 三次产业结构; 1:2.48: 2).

    >>> ratio_parts("5:40:55"), ratio_parts("1:2.48")
    (3, 2)
    """
    return 1 + sum(text.count(mark) for mark in ratio_marks())


#: a figure whose whole digits are grouped in thousands by a space or a comma (30 000, 1,234,567.5): a count or an amount
_GROUPED = re.compile(r"\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?")


#: a bare figure (no unit) of this size or more is never read as a percentage or a difference of percentages: 30000
#: against 6%以上 counts things (pending not_comparable, judge.figure.grouped_text), as 30 000 does; no plan's share or
#: rate of change reaches 1000% (增长100% doubles), while counts and amounts written without their unit often do
SHARE_LIMIT = Decimal(1000)


def grouped_figure(text: str) -> bool:
    """Whether ``text`` (a figure's span) is written in thousands groups: ``30 000`` (Hong Kong's and Macao's usage, a
    thin space folded to a space) or ``30,000``. Such a figure counts or measures things; written without a unit it is
    never taken to be a percentage (judge.figure: ``30 000`` against ``6%以上`` is not comparable, never 30000%).

    >>> grouped_figure("30 000"), grouped_figure("1,234.5"), grouped_figure("30000"), grouped_figure("6.5")
    (True, True, False, False)
    """
    return _GROUPED.fullmatch(text.strip()) is not None


def ranked(text: str, start: int, end: int) -> bool:
    """A numeral from ``start`` to ``end`` is a rank's figure: a rank word (``ranks``: 前, 第) right before it and a
    rank's counter (``rank_counters``: 位, 名) right after it (增速居全省前三位, 位居全省第二位); 前三季度 is no rank.

    >>> ranked("增速居全省前三位", 6, 7), ranked("前三季度", 1, 2)
    (True, False)
    """
    lex = lexicon()
    return text.endswith(lex.ranks, 0, start) and text.startswith(lex.rank_counters, end) if lex.rank_counters else False
