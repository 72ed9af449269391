"""A name narrowed by a word before it is another indicator (judge/choose.py asks this before names.names_other).

民间固定资产投资 (private investment) is a part of 固定资产投资, 制造业投资 and 工业投资 are others, 二三产 (the secondary
and tertiary sectors together) is no 服务业: a clause naming the target's indicator with such a word the target's own
name lacks gives another indicator's figure, however many characters the two names share (names.names_other reads
民间固定资产投资 as 固定资产投资 with a place before it, as it reads 全市固定资产投资). The words are zh.yaml
``choosing.narrowing``; a target naming the narrowed indicator itself (民间投资增长10%) is judged on its figure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .. import models as m
from ..language.lexicon import lexicon
from ..language.normalize import fold
from .names import names_other as _names_other
from .names import continues, synonyms
from .whole_names import as_whole


def narrowed(name: str, words: str, known: str = "", *, strict: bool = False) -> bool:
    """``words`` (a clause's, before its figure) hold a word of zh.yaml ``choosing.narrowing`` that neither the
    target's ``name`` nor its own text ``known`` holds: 民间固定资产投资 against 固定资产投资, 二三产 against 服务业增加值.
    Not in a name of ``choosing.narrowing_whole`` (外商直接投资 against 实际利用外资, 工业技改投资 against 技改投资: the
    whole's name in a bulletin), unless ``strict`` (where the sentence names the whole too: :func:`unnarrowed`)."""
    choosing = lexicon().choosing
    narrowing = choosing.narrowing
    if not narrowing or not words:
        return False
    theirs = fold(words).text + "|" + synonyms(fold(words).text)  # as written and as spelt one (第二、第三产业 too)
    own = "|".join((fold(name).text, synonyms(fold(name).text), fold(known).text, synonyms(fold(known).text)))
    if not strict:  # only for a target naming the whole (实际利用外资; 实际利用内资 is no 外商直接投资's)
        theirs = as_whole(theirs, own)
    return any(word in theirs and word not in own for word in narrowing) or any(  # 户籍 against 常住: two bases
        (mine := {w for w in base if w in own}) and (yours := {w for w in base if w in theirs}) and not mine & yours
        for base in choosing.bases)


def names_other(name: str, words: str, *, at_figure: bool = True, known: str = "") -> bool:
    """:func:`names.names_other`, or the clause's name narrowed by a word the target's lacks (:func:`narrowed`)."""
    return narrowed(name, words, known) or _names_other(name, words, at_figure=at_figure, known=known)


def narrowed_before(reported: m.Reported, name: str, known: str = "") -> bool:
    """:func:`narrowed` on the words of ``reported``'s own clause before its figure, which its label may cut short at
    a list's 、 (第二、三产业增加值增长7.5%: labelled 三产业增加值增长, the clause's words 第二、三产业…)."""
    number = next((span for span in reported.spans if span.role == "number"), None)
    if number is None:
        return False
    before = reported.text[:number.start]
    return narrowed(name, before[max(before.rfind(mark) for mark in lexicon().choosing.clause_marks) + 1:], known)


def unnarrowed(name: str, candidates: Sequence[Any], known: str = "") -> Callable[[Any], bool]:
    """Which of a sentence's candidates (choose's, with their clause's words ``named``) name the target's indicator
    unnarrowed: those whose words are not :func:`narrowed`, where one of those names something (全市固定资产投资增长10.5%，
    其中民间固定资产投资增长12%: the 10.5); all where none does (二、三产增长7.5%: its 二, a numeral read alone, names
    nothing, so the 7.5 stays, to be set aside as another indicator's figure, never the 二 judged)."""
    apart = {id(c) for c in candidates if c.named and narrowed(name, c.named, known, strict=True)}
    if not apart or not any(c.named and id(c) not in apart for c in candidates):
        return lambda c: True
    return lambda c: id(c) not in apart


def all_named_other(name: str, candidates: Sequence[Any], known: str = "") -> bool:
    """Several figures are left and each one's words name another indicator than ``name`` (:func:`names_other`, as
    judge/choose asks of the one figure picked): 丹寨's 2015 bulletin (tests/corpus/test_bulletins_s29_phrasings.py),
    第一产业占地区生产总值的比重上升3.82个百分点,第二、第三产业占地区生产总值的比重分别回落2.16和1.66个百分点 against
    城镇化率提高1个百分点: no figure of the rate, pending no_data, not a choice among the sectors' shares."""
    return bool(name) and len(candidates) > 1 and all(
        c.named and names_other(name, c.named, at_figure=not continues(c.prefix), known=known) for c in candidates)

