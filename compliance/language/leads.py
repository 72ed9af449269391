"""A period word opening a target before the indicator's name (``全年生產總值增長12%以上``, ``今年地区生产总值增长5%左右``):
the period the target is for, no part of the name. The lexer runs it into the name's text; with it there the name was
``全年生產總值``, and a report's ``地区生产总值…增长3%`` was another indicator's (pending no_data). The words are zh.yaml
``period_leads``; only a target's first token is read so (language/grammar.py), made a framing word, which the
sentence form keeps as a remark, as it keeps 预期目标. Never a lexer word: in a reported sentence 全年 names the whole
year (judge/period_parts.py).

A conjunction opening a target (``以及“415X”先进制造业集群营收突破10万亿元``: zh.yaml ``conjunction_leads``, and
``conjunction_leads_parted`` where the lexer parted it from the words after) is made a framing word the same way: it
made an empty first part of a list (two parts for one figure: pending). Only before a name (plain text, an action word,
a reach word or an opening quote), so the subject never becomes empty or the conjunction itself.

A verb stating the target, without 了 (``明确地区生产总值年均增长5%以上核心目标``: zh.yaml ``statement_leads``; 明确了 is a
framing word anywhere), is made a framing word the same way, only where a figure follows it: the name was
``明确地区生产总值``. A words-only target (明确责任分工) keeps it.

An adverb before the target's verb (``今年再減少農村貧困人口1000萬以上``: zh.yaml ``verb_adverbs``), a whole word of its own
opening the text or after such a lead, right before a verb, is made a framing word the same way: the subject was 再.
"""

from __future__ import annotations

from .lexer import NUM, TEXT, WORD, Token, Tokens
from .lexicon import lexicon


def period_led(tokens: Tokens) -> Tokens:
    """The tokens with a period word or a conjunction opening the first plain text, before more of it, made a framing
    word, and an adverb before the verb after it (:func:`_adverb_led`)."""
    return _adverb_led(_led(tokens))


def _led(tokens: Tokens) -> Tokens:
    """The tokens with a period word, a conjunction or a statement verb opening the first plain text made a framing
    word."""
    tokens = _quoted_period(tokens)
    done = _framed(tokens.items)  # a row's number made a framing word (2.全年地区生产总值…: language/numbered.py)
    items = tokens.items[done:]
    first = items[0] if items else None
    if first is None or first.kind != TEXT or first.start != (tokens.items[done - 1].end if done else 0):
        return tokens
    led = _led_words(tokens._replace(items=items))
    return led._replace(items=(*tokens.items[:done], *led.items)) if done else led


def _framed(items: tuple[Token, ...]) -> int:
    """How many of ``items`` open them as framing words."""
    at = 0
    while at < len(items) and items[at].meanings == (("framing", ""),):
        at += 1
    return at


def _led_words(tokens: Tokens) -> Tokens:
    """:func:`_led` on tokens whose first is plain text opening them."""
    items = tokens.items
    first = items[0]
    lex = lexicon()
    word = next((w for w in sorted(lex.period_leads, key=len, reverse=True) if first.text.startswith(w)), None)
    joins = word is None
    if joins:
        word = next((w for w in sorted(lex.conjunction_leads, key=len, reverse=True) if first.text.startswith(w)),
                    next((w for w in lex.conjunction_leads_parted if first.text == w), None))
    if word is None and any(item.kind == NUM for item in items):
        word = next((w for w in sorted(lex.statement_leads, key=len, reverse=True) if first.text.startswith(w)), None)
        joins = False
    if word is None or _part_of_year(first.text, word):
        return tokens
    cut = first.start + len(word)
    lead = Token(WORD, first.start, cut, word, (("framing", ""),))
    if len(first.text) > len(word):
        return tokens._replace(items=(lead, Token(TEXT, cut, first.end, first.text[len(word):]), *items[1:]))
    after = items[1] if len(items) > 1 else None  # 今年 then a name the lexer parted (地区生产总值增长, 新增就业)
    if after is None or not (after.kind == TEXT or after.meanings and after.meanings[0][0] == "action" or joins and (
            after.text in lex.quotes and len(items) > 2 or after.meanings and after.meanings[0][0] == "reach")
            or not joins and _verb_then_name(items[1:])):
        return tokens  # 以及“415X”…, 并实现…: a conjunction before a quoted name or a reach word too
    return tokens._replace(items=(lead, *items[1:]))


#: the meanings of a word that make it the target's verb after an adverb (减少, 降低, 达到, 新增)
_VERBS = frozenset({"action", "change", "direction", "reach"})


def _verb_then_name(items: tuple[Token, ...]) -> bool:
    """Whether ``items`` open with the target's verb and then a name (减少 农村贫困人口 of 今年减少农村贫困人口1000万以上,
    实现 地区生产总值 of 全年实现地区生产总值增长6%): the period word before them is no subject."""
    return len(items) > 1 and any(name in _VERBS for name, _ in items[0].meanings) and items[1].kind == TEXT


def _adverb_led(tokens: Tokens) -> Tokens:
    """The tokens with an adverb of zh.yaml ``verb_adverbs`` (再 of 今年再減少…) made a framing word, where it is a
    whole plain word opening the text or after the leads made framing words, and a verb follows it."""
    items = tokens.items
    at = 0
    while at < len(items) and items[at].meanings == (("framing", ""),):
        at += 1
    if at + 1 >= len(items) or items[at].kind != TEXT or items[at].text not in lexicon().verb_adverbs or (
            at == 0 and items[at].start != 0) or not any(name in _VERBS for name, _ in items[at + 1].meanings):
        return tokens
    word = items[at]
    lead = Token(WORD, word.start, word.end, word.text, (("framing", ""),))
    return tokens._replace(items=(*items[:at], lead, *items[at + 1:]))


def _part_of_year(text: str, word: str) -> bool:
    """今年以来, 今年下半年, 全年一季度: the period word begins a part of the year (zh.yaml outcome.partial_period and
    period_parts.stated), which is left as it was."""
    outcome = lexicon().outcome
    parts = (*outcome.partial_period, *outcome.period_parts.get("stated", ()))
    return text.startswith(tuple(parts)) or text[len(word):].startswith(tuple(parts))


def _quoted_period(tokens: Tokens) -> Tokens:
    """A plan period in quotation marks opening the text (``“十三五”时期经济年均增长保持在6.5%以上``, the first set's t0461):
    the quoted name and the word after it make a period word of zh.yaml ``period_leads`` (十三五时期) as written
    unquoted, so the name is ``经济``, not ``十三五”时期经济`` (a report's 地区生产总值年均增长8.1% was another indicator's).
    The tokens are one framing word up to the period's end, then the rest of the plain text."""
    items = tokens.items
    if len(items) < 4 or items[0].start != 0 or items[0].text not in lexicon().quotes:
        return tokens
    name, close, rest = items[1], items[2], items[3]
    if name.kind != TEXT or close.text not in lexicon().quotes or rest.kind != TEXT or rest.start != close.end:
        return tokens
    word = next((w for w in lexicon().period_leads if w.startswith(name.text) and len(w) > len(name.text)
                 and rest.text.startswith(w[len(name.text):]) and len(rest.text) > len(w) - len(name.text)), None)
    if word is None:
        return tokens
    cut = rest.start + len(word) - len(name.text)
    lead = Token(WORD, 0, cut, tokens.folded.text[:cut], (("framing", ""),))
    return tokens._replace(items=(lead, Token(TEXT, cut, rest.end, rest.text[cut - rest.start:]), *items[4:]))
