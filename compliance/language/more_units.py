"""A word of "more" between a figure and its unit: ``8000多亿元`` is more than 8000 亿元, a lower bound.

The lexer reads a figure's unit right after its digits, so ``8000多亿元`` is the figure 8000 without a unit and the text
``多亿元``: a target lost its unit (再为企业和个人减税8000多亿元 MISSED 1.3万亿元, read as 8000 against 1.3万亿). The words
are zh.yaml ``comparators.between`` (多, 余: ``gt``). This token pass, run on a target's tokens, gives the figure the unit
written after the word, and the word its meaning as a comparator after the figure (as 以上 is), so every form reads
``8000多亿元`` as it reads ``超过8000亿元``. The unit's characters are no token of their own (the figure's span is its
digits); a multiplier read before the word joins the unit after it (1.3万多亿元: 1.3 in 万亿元). A word of more ending
the clause right after a figure (减税2万多, 8000多。) makes the figure a lower bound in the unit it has (2万, none): the
reported side reads the same (a reported 2万多 was the level 2 in a unit 万多, 8000多亿元 one in 多亿元). Elsewhere
nothing changes: 多 without a unit right after it (多个, 多年, 一多半) keeps its text.
"""

from __future__ import annotations

import re

from .lexer import NUM, PUNCT, TEXT, WORD, Token, Tokens
from .lexicon import lexicon, per_lexicon, units
from .units import match_unit


@per_lexicon
def _words() -> tuple[tuple[str, str], ...]:
    """(word, op) of zh.yaml ``comparators.between``, longest first."""
    found = [(word, op) for op, words in lexicon().comparators.between.items() for word in words]
    return tuple(sorted(found, key=lambda pair: len(pair[0]), reverse=True))


@per_lexicon
def _multipliers() -> frozenset[str]:
    """The units that are a multiplier alone (万, 亿): 1.3万多亿元 reads 1.3万, then 多亿元."""
    return frozenset(units().multipliers)


def may_hold(text: str) -> bool:
    """Whether ``text`` holds a word of more (asked before the token pass of every text parsed, most of which hold
    none: one search for the words, no loop in Python)."""
    return _any_word().search(text) is not None


@per_lexicon
def _any_word() -> re.Pattern[str]:
    """Any word of more (no word: a pattern that matches nothing)."""
    words = [re.escape(word) for word, _ in _words() if word]
    return re.compile("|".join(words) if words else "(?!)")


def more_units(tokens: Tokens) -> Tokens:
    """``8000多亿元`` -> the figure 8000 in 亿元 and 多 a comparator after it (``gt``): a figure without a unit, the plain
    text right after it opening with a word of more and a unit at once after the word."""
    text, items = tokens.folded.text, list(tokens.items)
    at = len(items) - 2
    while at >= 0:
        figure, rest = items[at], items[at + 1]
        if figure.kind == NUM and (figure.unit is None or figure.unit in _multipliers()) and (
                figure.value is not None and rest.kind == TEXT and rest.start == figure.end):
            found = next(((word, op) for word, op in _words() if text.startswith(word, rest.start)), None)
            after = rest.start + len(found[0]) if found else rest.start
            end = match_unit(text, after) if found else after
            unit = (figure.unit or "") + text[after:end]  # 1.3万多亿元: 1.3 in 万亿元, the multiplier read before 多
            alone = found is not None and after == end == rest.end and _ends(items, at + 2)  # 减税2万多: no unit written
            # 1億多居民: a figure in a multiplier alone, then 多 and words, no unit: more than 1亿 of the words after it
            counts = found is not None and figure.unit is not None and after == end < rest.end
            alone = alone or counts
            if found and (alone or after < end <= rest.end and match_unit(unit, 0) == len(unit)):
                joined = [Token(NUM, figure.start, figure.end, figure.text, (), figure.value,
                                figure.unit if alone else unit),  # 2万多: more than 2万, its unit unwritten as before
                          Token(WORD, rest.start, after, found[0], (("op_after", found[1]),))]
                if end < rest.end:
                    joined.append(Token(TEXT, end, rest.end, text[end:rest.end]))
                items[at : at + 2] = joined
        at -= 1
    return tokens._replace(items=tuple(items))


def _ends(items: list[Token], at: int) -> bool:
    """Whether nothing but punctuation follows ``items[at - 1]``: 减税2万多, 2万多。 (a word of more ending the clause, no
    unit after it: more than the figure as written; 2万多家 or 多年 before a word is left as it was)."""
    return at >= len(items) or items[at].kind == PUNCT
