"""A class of a quality scale where a lower class is better (water: Ⅰ best ... Ⅴ, then 劣Ⅴ worst):
``确保洱海水质稳定保持Ⅲ类`` is class III or better, at most 3, met by Ⅱ类 and Ⅲ类, missed by Ⅳ类.

The words are in ``data/zh.yaml`` (``classes``): the class mark (类), the class numerals (Ⅲ is folded to III), the
word before a numeral naming the class below the last (劣), the words saying "or better" (达到或好于), and the nouns
that may follow (水质). The tokens of a text that ends in a class and holds no figure of its own are rewritten
(:func:`classed`) as the lexer reads ``3类以下``: the class's figure, then its mark as the comparator "at most" in a
target (a reported class stays a figure: ``Ⅳ类`` is 4类). A text with a figure of its own keeps its words: the class
of ``地表水达到或好于Ⅲ类水体比例达到80%`` names the water whose share is the target (80%).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .lexer import NUM, TEXT, WORD, Token, Tokens
from .lexicon import lexicon, per_lexicon


@per_lexicon
def _pattern() -> re.Pattern[str] | None:
    """``head`` ``better``? ``worse``? ``level`` mark ``noun``?, over the text of the plain words ending a text."""
    words = lexicon().classes
    if not words.mark or not words.levels:
        return None

    def alternatives(found: object) -> str:
        return "|".join(re.escape(word) for word in sorted(found, key=len, reverse=True))  # type: ignore[call-overload]

    better = f"(?P<better>{alternatives(words.better)})?" if words.better else "(?P<better>)"
    worse = f"(?P<worse>{alternatives(words.worse)})?" if words.worse else "(?P<worse>)"
    nouns = f"(?:{alternatives(words.nouns)})?" if words.nouns else ""
    return re.compile(f"(?P<head>.*?){better}{worse}(?P<level>{alternatives(words.levels)})"
                      f"(?P<mark>{re.escape(words.mark)}){nouns}")


def classed(tokens: Tokens, target: bool) -> Tokens:
    """``tokens`` with a class ending the text read as a figure (see the module); as they were where there is none."""
    words = lexicon().classes
    if not words.mark or words.mark not in tokens.folded.text:  # most texts: one look for 类
        return tokens
    pattern, items = _pattern(), tokens.items
    if pattern is None:
        return tokens
    first = len(items)  # the plain words ending the text, one run (三 of 稳定在三类 the lexer read as a figure)
    while first and (first == len(items) or items[first - 1].end == items[first].start) and (
            items[first - 1].kind == TEXT or _numeral(items[first - 1])):
        first -= 1
    if first == len(items) or any(item.kind == NUM for item in items[:first]):
        return tokens  # no plain words at the end, or a figure of its own (Ⅲ类水体比例达到80%)
    start, text = items[first].start, "".join(item.text for item in items[first:])
    found = pattern.fullmatch(text)
    if found is None or found["head"][-1:].isascii() and found["head"][-1:].isalpha():
        return tokens  # COVID类: no class
    value = words.levels[found["level"]] + (1 if found["worse"] else 0)
    lead = found.start("worse") if found["worse"] else found.start("level")  # an unmatched group starts at -1
    at = start + (found.start("better") if found["better"] else lead)
    made: list[Token] = []
    if found["head"]:
        made.append(Token(TEXT, start, at, found["head"]))
    if found["better"] and target:  # 或好于 (or better): the comparator, at most the class
        made.append(Token(WORD, at, start + found.end("better"), found["better"], (("op_before", "le"),)))
    elif found["better"]:
        made.append(Token(TEXT, at, start + found.end("better"), found["better"]))
    number, mark = start + lead, start + found.start("mark")
    figure = text[lead : found.start("mark")]
    if target and not found["better"]:  # at most the class, the mark (and noun: Ⅲ类水质) read as 以下 is (3类以下)
        made.append(Token(NUM, number, mark, figure, (), Decimal(value), words.mark))
        made.append(Token(WORD, mark, start + len(text), text[found.start("mark") :], (("op_after", "le"),)))
    else:  # the mark the figure's unit, as in 4类; a noun after it (Ⅱ类水质) names the class, no unit of it
        made.append(Token(NUM, number, mark, figure, (), Decimal(value), None))
        made.append(Token(TEXT, mark, mark + len(words.mark), words.mark))
    return tokens._replace(items=(*items[:first], *made))


def _numeral(item: Token) -> bool:
    """A figure that is a class's numeral and nothing more (三 after 稳定在)."""
    return item.kind == NUM and item.unit is None and item.text in lexicon().classes.levels
