"""``近`` (nearly) right before a target's figure, read as ``接近`` is: ``增长近1倍`` is a growth of about 100%
(:mod:`.multiples` then reads 1倍 after it, as after 约), ``增长近一倍`` and ``达到近40%`` too. Only a near word standing
alone after a word or opening the text: one run on from a name (``森林覆盖率近40%``, ``负担近2万亿元``) is left as the
lexer read it (a level of the figure, the name with 近 in it), since the name it would then give the target changes
which figure of a report is chosen. The words are zh.yaml
``approx.near``: never lexer words, since elsewhere 近 is no approximation (近三年, 近5年: a span of years, which the
lexer reads as a duration and is left alone; 近3个月; 近年来, 近期, 附近: no figure after it). Only targets are read so
(language/grammar.py): a reported 近X is the reporter's, judged by the reported readings.
"""

from __future__ import annotations

from .lexer import NUM, TEXT, WORD, Token, Tokens
from .lexicon import lexicon, per_lexicon
from .numerals import numeral_chars, read_numeral


@per_lexicon
def _words() -> tuple[str, ...]:
    return tuple(lexicon().approx.near)


def may_hold(text: str) -> bool:
    """Whether ``text`` holds a word of ``approx.near`` (asked of every target text: one search per word)."""
    return any(word in text for word in _words())


def nearly(tokens: Tokens) -> Tokens:
    """The tokens with each near word right before a figure made a word of ``approx_before`` (the figure after it read
    as a number where it is a Chinese numeral before a multiple word: 近一倍, 近两成)."""
    words = _words()
    items = list(tokens.items)
    text = tokens.folded.text
    out: list[Token] = []
    changed = False
    for at, item in enumerate(items):
        after = items[at + 1] if at + 1 < len(items) else None
        # only a near word of its own, after a word (增长近1倍, 达到近40%) or opening the text: a name run into it
        # (森林覆盖率近40%, 负担近2万亿元) keeps the reading it had, the figure a level
        alone = item.kind == TEXT and (at == 0 or items[at - 1].kind != TEXT) and item.text.startswith(words)
        split = _split(item, after, text, words) if alone else None
        out.extend(split or (item,))
        changed = changed or split is not None
    return tokens._replace(items=tuple(out)) if changed else tokens


def _split(item: Token, after: Token | None, text: str, words: tuple[str, ...]) -> list[Token] | None:
    for word in words:
        if not item.text.startswith(word):
            continue
        if item.text == word and after is not None and after.kind == NUM and after.start == item.end and (
                after.value is not None and not _span_of_months(text, after)):
            return [_word(item.start, word)]
        rest = item.text[len(word):]
        run = len(rest) - len(rest.lstrip("".join(numeral_chars())))
        value = read_numeral(rest[:run]) if run else None
        if value is None or not rest[run:].startswith(tuple(lexicon().change.multiples)):
            continue
        start = item.start + len(word)  # 近一倍: the numeral, then the multiple word left as plain text
        return [_word(item.start, word), Token(NUM, start, start + run, rest[:run], (), value, None),
                Token(TEXT, start + run, item.end, rest[run:])]
    return None


def _word(start: int, word: str) -> Token:
    return Token(WORD, start, start + len(word), word, (("approx_before", ""),))


def _span_of_months(text: str, figure: Token) -> bool:
    """近3个月: a span of months after the near word (zh.yaml ``outcome.period_parts.month_count``), no figure."""
    digits = figure.start + len(str(figure.value))
    return text.startswith(tuple(lexicon().outcome.period_parts.get("month_count", ())), digits)
