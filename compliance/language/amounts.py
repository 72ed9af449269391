"""An amount written in two parts, a larger multiplier then a smaller: ``140万亿1879亿元``, ``3亿5000万元``, ``1万2000人``,
and ``140兆1,879億元`` (兆 before a figure in 亿 is 万亿 in Taiwan's and Hong Kong's copies: units.yaml ``mixed``).

The lexer reads the two parts as two figures; right against each other, the first in a bare multiplier (万亿, or a
``mixed`` word), the second in a smaller multiplier and less than one of the first's, they are one figure in the
second's unit (140万亿 + 1879亿元 = 1401879亿元). Read apart, the sentence held two figures (pending ambiguous), or
where the first's 兆 was no unit, the last part alone was the amount: 1879亿元 MISSED 达到140万亿元.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .lexer import NUM, TEXT, Token, Tokens
from .lexicon import per_lexicon, units
from .numerals import numeral_chars, read_numeral


def amounts(tokens: Tokens) -> Tokens:
    """``tokens`` with each amount written in two parts made one figure (see the module); the rest as they are."""
    items, text = tokens.items, tokens.folded.text
    if _may_hold().search(text) is None:
        return tokens  # no multiplier right before a figure (万亿1879, 兆一八七九): one search for most texts
    out: list[Token] = []
    at, changed = 0, False
    while at < len(items):
        first = _first(items, at, text)
        joined = None if first is None else _joined(items, first, text)
        if joined is None:
            out.append(items[at])
            at += 1
            continue
        (token, at), changed = joined, True
        if first is not None and first[0] > items[first[3]].start:  # 人民币 of 人民币一四〇兆: its own text
            out.append(Token(TEXT, items[first[3]].start, first[0], text[items[first[3]].start : first[0]]))
        out.append(token)
    return tokens._replace(items=tuple(out)) if changed else tokens


@per_lexicon
def _may_hold() -> re.Pattern[str]:
    """A multiplier or a mixed word (units.yaml ``multipliers``, ``mixed``) with a digit or a numeral character right
    after it: where an amount's second part begins against its first (1879 of 140万亿1879亿元, 一 of 一四〇兆一八七九)."""
    words = sorted({*units().multipliers, *units().mixed}, key=len, reverse=True)
    chars = "".join(sorted(set("0123456789") | numeral_chars()))
    return re.compile(f"(?:{'|'.join(re.escape(word) for word in words)})[{re.escape(chars)}]" if words else "(?!)")


def _first(items: tuple[Token, ...], at: int, text: str) -> tuple[int, Decimal, Decimal, int, int] | None:
    """The first part of an amount at ``items[at]``: where its figure begins, its value, its multiplier, the index of
    the token it begins in and of the token after it; None where none begins there."""
    token = items[at]
    if token.kind == NUM and token.value is not None:
        big = _multiplier(token.unit)
        if big is not None:
            return token.start, token.value, big, at, at + 1  # 140万亿
        word = items[at + 1] if at + 1 < len(items) else None
        mixed = units().mixed.get(word.text) if token.unit is None and word is not None and word.kind == TEXT and (
            word.start == token.end) else None
        return None if mixed is None else (token.start, token.value, _multiplier(mixed) or Decimal(0), at, at + 2)
    if token.kind != TEXT:
        return None
    mixed = next((word for word in units().mixed if token.text.endswith(word)), None)  # 一四〇兆: text to the lexer
    if mixed is None:
        return None
    end = token.end - len(mixed)
    begin, chars = end, numeral_chars()
    while begin > token.start and text[begin - 1] in chars:
        begin -= 1
    value = read_numeral(text[begin:end]) if begin < end else None
    big = _multiplier(units().mixed[mixed])
    return None if value is None or big is None else (begin, value, big, at, at + 1)


def _joined(items: tuple[Token, ...], first: tuple[int, Decimal, Decimal, int, int], text: str) -> tuple[Token, int] | None:
    """The one figure of the amount whose first part is ``first`` (:func:`_first`) and the index after it; None."""
    start, value, big, _, after = first
    if value < 0 or value != value.to_integral_value() or not big or after >= len(items):
        return None
    second = items[after]
    if second.kind != NUM or second.value is None or second.start != items[after - 1].end or second.unit is None \
            or second.value < 0:
        return None
    small = _multiplier(second.unit, prefix=True)
    if small is None or small >= big or second.value >= big / small:
        return None  # 3万50000人, 1万2万: no two parts of one amount
    return Token(NUM, start, second.end, text[start : second.end], (), value * big / small + second.value,
                 second.unit), after + 1


def _multiplier(unit: str | None, *, prefix: bool = False) -> Decimal | None:
    """The multiplier ``unit`` is (万亿: 10^12; None where it is more than a multiplier), or with ``prefix`` the one it
    begins with (亿元: 10^8; 人: 1)."""
    if unit is None:
        return None
    table = units().multipliers
    if not prefix:
        return table.get(unit)
    word = max((word for word in table if unit.startswith(word)), key=len, default="")
    return table[word] if word else Decimal(1)
