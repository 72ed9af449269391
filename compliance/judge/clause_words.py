"""The words around a figure of a sentence, as choose.py reads them (moved out of choose.py, its 600-line limit): where a
bracket closes or opens before a figure, whether the words between two figures name the second's indicator, and the
name written after a figure (``2459.1亿元的一般公共预算收入``: the figure's own)."""

from __future__ import annotations

from ..language.lexicon import lexicon
from ..language.normalize import fold
from .names import continues, head_word, plain, synonyms


def closes(words: str) -> bool:
    """``words`` close a bracket opened before them (下同)、增长: the mark before them was in the bracket)."""
    return sum(words.count(ch) for ch in ")）") > sum(words.count(ch) for ch in "(（")


def opened(text: str, low: int, at: int) -> int:
    """Where the bracket open at ``at`` opens (``low`` if none is seen)."""
    return max(low, *(text.rfind(ch, low, at) for ch in "(（"))


def names_between(words: str) -> bool:
    """The words between a figure and the next name an indicator of their own (规上工业增加值增长, not 、增长 or
    亿元比上年增长): the next figure's clause begins there, though no mark parts them."""
    words = synonyms(fold(words).text)
    listed = [at for at in (words.rfind(mark) for mark in lexicon().several.enumeration) if at >= 0]
    if listed:  # 增长9.7%、利润总额增长22.5%: after a list's mark, a name with a head word of its own (not 、增长)
        rest = words[max(listed) + 1:]
        return bool(rest) and not continues(rest) and bool(head_word(rest))
    if continues(words):
        return False
    return bool(head_word(words)) or len(plain("".join(ch for ch in words if ch.isalpha()))) >= _NAME_BETWEEN


def named_after(suffix: str) -> str:
    """The indicator a figure's clause names after it, through 的 (完成了2459.1亿元的一般公共预算收入, 苏州's 2024 review:
    the fourteenth set's oq034, yxiu.cn/finance/ch/348390.html), or "": words with a head word and no figure. The words
    before the figure (苏州还完成了) named nothing, so the revenue's level was taken for the GDP's (地区生产总值达到2万亿元
    MISSED on 0.25万亿元). ``suffix``: the folded words of the clause after the figure."""
    of = lexicon().outcome.of
    if not of or not suffix.startswith(of) or any(ch.isdigit() for ch in suffix):
        return ""
    rest = synonyms(suffix[len(of):])
    return rest if head_word(rest) and not continues(rest) else ""


#: the fewest plain characters between two figures that name the second's indicator (社消零总额: 5; 亿元: no name)
_NAME_BETWEEN = 3
