"""A period word opening a target before the indicator's name (``全年生產總值增長12%以上``, ``今年地区生产总值增长5%左右``):
the period the target is for, no part of the name. The lexer runs it into the name's text; with it there the name was
``全年生產總值``, and a report's ``地区生产总值…增长3%`` was another indicator's (pending no_data). The words are zh.yaml
``period_leads``; only a target's first token is read so (language/grammar.py), made a framing word, which the
sentence form keeps as a remark, as it keeps 预期目标. Never a lexer word: in a reported sentence 全年 names the whole
year (judge/period_parts.py).
"""

from __future__ import annotations

from .lexer import TEXT, WORD, Token, Tokens
from .lexicon import lexicon


def may_hold(text: str) -> bool:
    return text.startswith(tuple(lexicon().period_leads)) if lexicon().period_leads else False


def period_led(tokens: Tokens) -> Tokens:
    """The tokens with a period word opening the first plain text, before more of it, made a framing word."""
    items = tokens.items
    first = items[0] if items else None
    if first is None or first.kind != TEXT or first.start != 0:
        return tokens
    word = next((w for w in sorted(lexicon().period_leads, key=len, reverse=True) if first.text.startswith(w)), None)
    if word is None or _part_of_year(first.text, word):
        return tokens
    cut = first.start + len(word)
    lead = Token(WORD, first.start, cut, word, (("framing", ""),))
    if len(first.text) > len(word):
        return tokens._replace(items=(lead, Token(TEXT, cut, first.end, first.text[len(word):]), *items[1:]))
    after = items[1] if len(items) > 1 else None  # 今年 then a name the lexer parted (地区生产总值增长, 新增就业)
    if after is None or not (after.kind == TEXT or after.meanings and after.meanings[0][0] == "action"):
        return tokens
    return tokens._replace(items=(lead, *items[1:]))


def _part_of_year(text: str, word: str) -> bool:
    """今年以来, 今年下半年, 全年一季度: the period word begins a part of the year (zh.yaml outcome.partial_period and
    period_parts.stated), which is left as it was."""
    outcome = lexicon().outcome
    parts = (*outcome.partial_period, *outcome.period_parts.get("stated", ()))
    return text.startswith(tuple(parts)) or text[len(word):].startswith(tuple(parts))
