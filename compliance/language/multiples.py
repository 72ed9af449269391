"""A multiple or a share of the base after a change verb, as a change in %: ``增长1.5倍`` (150%), ``增长一倍`` (100%),
``提高两成`` (20%), ``减少一半`` (50%); and a level stated as a multiple of a base year's (``是2020年的1.5倍``).

The words and what they stand for are zh.yaml ``change.multiples`` (倍: 100, 成: 10, 半: 50). The lexer reads
``1.5倍`` as a figure without a unit and the plain text 倍; right after a change verb (or a comparator or 约 after
one) the two are one figure in %, so every form reads the change as it reads ``增长150%``. Elsewhere nothing
changes: ``是2020年的1.5倍`` is a level (:func:`base_multiple`), ``收入倍差``, ``完成``, ``半年`` keep their text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from .. import models as m
from .items import Item, Reader, is_a, is_kind
from .lexer import NUM, TEXT, WORD, YEAR, Token, Tokens
from .lexicon import lexicon, per_lexicon

@per_lexicon
def _words() -> tuple[dict[str, Decimal], str]:
    found = {word: Decimal(size) for word, size in lexicon().change.multiples.items()}
    return found, "".join(sorted({word[0] for word in found}))


@per_lexicon
def _times() -> tuple[tuple[str, ...], str, str]:
    """zh.yaml ``change.base_times``: the copulas, the possessive and the word of times (none: nothing read)."""
    words = lexicon().change.base_times
    return (words.copulas, words.possessive, words.times) if words is not None else ((), "", "")


def may_hold(text: str) -> bool:
    """Whether ``text`` holds a character a multiple word begins with (asked before the token pass, of every text
    parsed: one search of a character class, no loop in Python)."""
    return _starts().search(text) is not None


@per_lexicon
def _starts() -> re.Pattern[str]:
    return re.compile(f"[{re.escape(_words()[1])}]" if _words()[1] else "(?!)")


def multiples(tokens: Tokens) -> Tokens:
    """``增长1.5倍`` -> one figure ``1.5倍`` of 150 %: a figure without a unit, the multiple word right after it (the
    whole plain-text token), a change verb right before it (or 约 / 近 / 超过 between: 增长约1倍); a word of more after
    the multiple (增长1倍多) is a comparator after the figure: more than 100%."""
    words = _words()[0]
    items = list(tokens.items)
    at = len(items) - 1
    while at >= 1:
        word, figure = items[at], items[at - 1]
        multiple, more = _more(word.text) if word.kind == TEXT else (word.text, "")
        size = words.get(multiple) if word.kind == TEXT else None
        if size is not None and figure.kind == NUM and figure.unit is None and figure.value is not None and (
                figure.end == word.start and _after_change(items, at - 1)):
            end = word.end - len(more)
            text = tokens.folded.text[figure.start : end]
            found = [Token(NUM, figure.start, end, text, (), figure.value * size, "%")]
            if more:  # 增长1倍多: more than 100%
                found.append(Token(WORD, end, word.end, more, (("op_after", "gt"),)))
            items[at - 1 : at + 1] = found
            at -= 1
        at -= 1
    return tokens._replace(items=tuple(items))


def _more(text: str) -> tuple[str, str]:
    """``倍多`` -> (倍, 多): a multiple word and the word after it saying more than it (zh.yaml change.multiples_more),
    else (text, "")."""
    for more in lexicon().change.multiples_more:
        if text.endswith(more) and len(text) > len(more):
            return text[: -len(more)], more
    return text, ""


def _after_change(items: list[Token], at: int) -> bool:
    before = items[at - 1] if at >= 1 else None
    if before is not None and (is_a(before, "approx_before") or is_a(before, "op_before")):  # 增长约1倍, 增长超过1倍
        before = items[at - 2] if at >= 2 else None
    return before is not None and is_a(before, "change")


def times_at(items: Sequence[Item]) -> bool:
    """Whether a figure is followed by 倍 among ``items`` (:func:`base_multiple`'s guard)."""
    times = _times()[2]
    return bool(times) and any(type(item) is Token and item.kind == TEXT and item.text == times
                               and is_kind(items[at - 1], NUM) for at, item in enumerate(items) if at)  # 〔18〕倍: no figure


def base_multiple(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``地区生产总值是2020年的1.5倍``, ``达到2020年的2倍``, ``为2020年的2倍以上``: a level of so many times the base year's,
    read as the change it makes from that year (1.5倍: up 50%), its figure a level (judge/change.py: measured from the
    base year's level given in ``references``, else pending naming the year). At most once the base (1倍, 0.8倍) is
    unrecognized: never a level of 0.8倍, and whether 0.8 times is a floor or a ceiling the words do not say."""
    items, remarks = r.hedged(items)
    at = next((i for i, item in enumerate(items) if is_kind(item, YEAR)), None)
    if at is None or at + 3 > len(items):
        return None
    copulas, possessive, times = _times()
    year, rest = items[at], items[at + 1 :]
    if is_kind(rest[0], TEXT) and rest[0].text == possessive:  # type: ignore[union-attr]
        rest = rest[1:]
    if len(rest) < 2 or not is_kind(rest[0], NUM) or not is_kind(rest[1], TEXT):
        return None
    figure, word = rest[0], rest[1]
    assert isinstance(figure, Token) and isinstance(word, Token) and isinstance(year, Token)
    size = _words()[0].get(word.text) if times and word.text == times else None
    if size is None or figure.unit is not None or figure.value is None or figure.end != word.start:
        return None
    if figure.value <= 1:  # 是2020年的1倍: the base itself; 0.8倍: a floor or a ceiling as the indicator goes, unsaid
        return m.Unrecognized(text=text)
    before = items[:at]
    last = before[-1] if before else None
    if not isinstance(last, Token) or not (is_a(last, "reach") or last.kind == TEXT and last.text.endswith(copulas)):
        return None  # 2020年的2倍 alone: no word making it the level's measure
    if not all(is_kind(item, TEXT) or is_a(item, "reach") for item in before):
        return None
    from .targets import numeric  # targets imports this module's readers through grammar only

    shift = (figure.value - 1) * size
    after = rest[2:]
    joined = Token(NUM, figure.start, word.end, r.text_of([figure, word]), (), shift, "%")
    inner = numeric(r, [joined, *after], r.text_of(rest))
    if inner is None:
        return None
    subject = None
    if before and is_kind(before[0], TEXT):  # 地区生产总值是…: the indicator's name, without the copula
        named = r.span(before[0], "subject")
        cut = next((len(word) for word in copulas if named.text.endswith(word)), 0)
        if cut < len(named.text):
            subject = named.model_copy(update={"end": named.end - cut, "text": named.text[: len(named.text) - cut]})
            before = before[1:]
    labels = tuple(r.span(item, "label" if is_kind(item, TEXT) else "reach") for item in before)
    return m.Cumulative(text=text, inner=inner, change="up", subject=subject,
                        base_year=int(year.value or 0), spans=(r.span(year, "base_year"), r.span(word, m.MULTIPLE)),
                        remarks=tuple(remarks) + labels)
