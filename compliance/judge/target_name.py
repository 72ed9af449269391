"""The indicator a target is about, as choose.py and the tests of another indicator's figure read it (moved out of
choose.py, its 600-line limit): the target's subject, else the words before its first figure (a year, a numeral and
the predicate words of zh.yaml ``choosing`` left out), else the name a rules file gives the indicator."""

from __future__ import annotations

from .. import models as m
from ..language.lexicon import lexicon
from ..language.normalize import fold
from .names import synonyms, unbracketed


def indicator_name(target: m.Constraint, indicator: str | None = None) -> str:
    """The indicator the target is about: its subject, else the words before its first figure, else the
    indicator's name a rules file gives (its unit in brackets left out)."""
    own = own_name(target)
    own = lexicon().choosing.alone.get(own, own)  # 经济 of 经济增长5%左右: the GDP's (the word alone, never within a name)
    return own or (rules_name(indicator) if indicator else "")


def rules_name(indicator: str) -> str:
    return unbracketed(synonyms(fold(indicator).text))


def own_name(target: m.Constraint) -> str:
    if target.subject is not None:
        return synonyms(fold((_label_after_year(target) or target.subject).text).text)
    if isinstance(target, (m.Reference, m.Sync)):  # 高于GDP增速, 与经济增长同步: the words name the reference
        return ""
    text = target.text
    for span in target.remarks:  # 2022年 of 2022年地区生产总值增长6%: a year, no word of the name before the figure
        if span.role in _YEARS:
            text = text.replace(span.text, " ")
    # a figure in Chinese numerals (控制在千分之四点五以内) is no word of the name either: the name ends where it begins;
    # so do a direction's words (与上年持平, 保持稳定: the predicate, whose 上年 named an indicator no figure's label holds)
    figure = min((span.start for span in target.spans if span.role in _PREDICATES), default=len(text))
    if figure < len(text) and target.text[: figure] == text[: figure]:  # the offsets still hold (no year replaced)
        text = text[: figure]
    text = synonyms(fold(text).text)
    head = text[: next((i for i, ch in enumerate(text) if ch.isdigit()), len(text))]
    # 比上年, 同比 (比上年增长6%): the change's base, no name (it named an indicator no figure's label holds, so another
    # indicator's growth in a sentence was taken for the target's own)
    words = (*lexicon().choosing.predicates, *lexicon().choosing.rate_words, *lexicon().change_bases.since_previous)
    for word in sorted(words, key=len, reverse=True):
        head = head.replace(word, " ")
    return max(head.split(), key=len, default="")


def _label_after_year(target: m.Constraint) -> m.Span | None:
    """The name written after a year that follows the subject (广东2025年GDP增长5%左右, 广东设定了2025年GDP增长预期目标为
    5%左右: the fourteenth set's tq027): the words before the year say whose target it is, the label after it names the
    indicator (the place alone named none, so a report's 地区生产总值增长5.5% was no answer to it)."""
    assert target.subject is not None
    year = next((span for span in target.remarks if span.role in _YEARS), None)
    if year is None or target.subject.end > year.start:
        return None
    return next((span for span in target.remarks if span.role == "label" and span.start >= year.end), None)


#: the roles of a target's spans that begin its predicate: the name ends before them
_PREDICATES = ("number", "direction")
#: the roles of a target's remarks that are years (sentences.py, grammar.py), left out of its name
_YEARS = ("year", "horizon", "base_year")
