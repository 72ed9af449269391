"""When a word of the lexicon is listed under two meanings the grammar would have to choose between (``不低于`` as
both >= and <=): :func:`clashes` names the word and both lists. :class:`~compliance.language.schema.Lexicon`
validates its words with it; :func:`~compliance.language.lexicon.lexicon_from` also refuses a word that is a unit.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import combinations
from typing import NamedTuple


class Claim(NamedTuple):
    """One meaning of one word: ``Claim("不低于", "comparators.before.ge", "op_before", "ge")``."""

    word: str
    where: str  #: the list in the data file
    meaning: str  #: the token meaning the lexer gives the word (``op_before``, ``hedge`` ...)
    payload: str = ""  #: its value, where a meaning has several (``ge``, ``up:growth``, a reference's name)


def claimed(words: Iterable[str], where: str, meaning: str, payload: str = "") -> Iterator[Claim]:
    return (Claim(word, where, meaning, payload) for word in words)


# When two meanings of one word clash. A word may carry several meanings that the grammar tells
# apart by where the word stands (完成 is an action in 完成净减1.2平方公里任务, a completion verb in
# 完成市级要求 and an attestation in a reported cell; 增长 is a direction alone and a change before
# a number). It may not carry two that the grammar would have to choose between, since the first
# one checked would silently win:
#: one meaning with two values (不低于 as ge and le, a word naming two references); the comparator
#: lists before and after the number are one meaning
_SAME_MEANING = {"op_before": "comparator", "op_after": "comparator"}
#: two meanings pointing opposite ways (a comparator ge and a change down)
_WAY = {"ge": "up", "gt": "up", "le": "down", "lt": "down", "up": "up", "down": "down"}
_POINTING = {"op_before", "op_after", "direction", "change"}
#: two meanings read at the same place of a number phrase: before the number (不低于6, 达到6, 约6,
#: 力争6) or after it (6以上, 6左右)
_SAME_PLACE = (frozenset({"op_before", "reach", "approx_before", "hedge"}), frozenset({"op_after", "approx_after"}))


def clashes(claims: Iterable[Claim]) -> list[str]:
    """What is wrong with the words claimed by two meanings that exclude each other (none: ``[]``)."""
    by_word: dict[str, list[Claim]] = {}
    for claim in claims:
        by_word.setdefault(claim.word, []).append(claim)
    problems = []
    for word, found in by_word.items():
        for a, b in combinations(found, 2):
            reason = _clash(a, b)
            if reason:
                problems.append(f"{word!r} is claimed by {a.where} and by {b.where} ({reason})")
    return problems


def _clash(a: Claim, b: Claim) -> str | None:
    if _SAME_MEANING.get(a.meaning, a.meaning) == _SAME_MEANING.get(b.meaning, b.meaning):
        return "one meaning, two values" if a.payload != b.payload else None
    if a.meaning in _POINTING and b.meaning in _POINTING:
        ways = {_WAY.get(claim.payload.partition(":")[0]) for claim in (a, b)}
        if ways == {"up", "down"}:
            return "opposite directions"
    if any({a.meaning, b.meaning} <= place for place in _SAME_PLACE):
        return "both read at the same place of a number phrase"
    return None
