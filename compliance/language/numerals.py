"""Chinese numerals: 五千 -> 5000, 一万二千 -> 12000, 三点五 -> 3.5, 百分之六 -> 6 (%)."""

from __future__ import annotations

from decimal import Decimal

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
NUMERAL_CHARS = frozenset(DIGITS) | frozenset(SMALL_UNITS) | frozenset(BIG_UNITS) | {"点"}


def read_numeral(text: str) -> Decimal | None:
    """The value of a whole run of Chinese numeral characters, or ``None`` if it is not one.

    >>> read_numeral("五千"), read_numeral("一万二千"), read_numeral("十五"), read_numeral("三点五")
    (Decimal('5000'), Decimal('12000'), Decimal('15'), Decimal('3.5'))
    >>> read_numeral("十四五") is None
    True
    """
    if not text or any(char not in NUMERAL_CHARS for char in text):
        return None
    whole, _, fraction = text.partition("点")
    integer = _integer(whole)
    if integer is None:
        return None
    if not fraction:
        return None if text.endswith("点") else Decimal(integer)
    if any(char not in DIGITS for char in fraction):
        return None
    return Decimal(f"{integer}." + "".join(str(DIGITS[char]) for char in fraction))


def _integer(text: str) -> int | None:
    if not text:
        return None
    if all(char in DIGITS for char in text):
        # digit by digit (二〇三五) only for several digits; one digit is itself
        return int("".join(str(DIGITS[char]) for char in text))
    total = section = 0
    digit: int | None = None
    last_small = 10_000
    last_big = 10**12
    for char in text:
        if char in "零〇":
            digit = None  # a placeholder zero (一亿零五百万)
            continue
        if char in DIGITS:
            if digit is not None:
                return None  # two digits in a row inside a positional numeral (十四五)
            digit = DIGITS[char]
        elif char in SMALL_UNITS:
            unit = SMALL_UNITS[char]
            if unit >= last_small:
                return None
            section += (1 if digit is None else digit) * unit
            digit, last_small = None, unit
        else:
            unit = BIG_UNITS[char]
            if unit >= last_big:
                return None
            section += digit or 0
            if section == 0:
                return None
            total += section * unit
            section, digit, last_small, last_big = 0, None, 10_000, unit
    return total + section + (digit or 0)
