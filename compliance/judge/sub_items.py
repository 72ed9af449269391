"""A paragraph of a total and its sub-items, each sentence a share of its own plan (莆田市荔城区's 2022 计划执行情况:
``…荔城地区生产总值635亿元,完成年计划710亿元的89.4%(…),增长2.0%。其中,第一产业增加值18亿元,完成年计划18亿元的100%,增长3.5%;
第二产业增加值323亿元,完成年计划362亿元的89.2%(…),下降2.0%;``): the grammar reads the whole paragraph as the first
share of a plan, so every sub-item's figure was the total's (第一产业增加值18亿元 pending, "another indicator's"; 地区生产总值
增长1.5% MISSED on the 第二产业's 下降2.0%). :func:`own_sentence` gives the target the one sentence whose share is of its
own indicator's plan, read alone, as a careful reader takes it. The sentence ends are zh.yaml
``outcome.period_parts.scope_ends``.
"""

from __future__ import annotations

from .. import models as m
from ..language.lexicon import lexicon
from ..language.normalize import fold
from .inputs import read_reported
from .names import synonyms
from .period_parts import partial_period
from .plan_share import completion_of_other
from .target_name import indicator_name


def own_sentence(target: m.Constraint, reported: m.Reported, indicator: str | None = None) -> m.Reported | None:
    """The one sentence of a paragraph of shares of plans (two or more sentences each reading as a share of a plan
    whose amount it writes, :class:`~compliance.models.Completion`: 完成年计划18亿元的100%) whose share is not another
    indicator's than the target's (:func:`~compliance.judge.plan_share.completion_of_other`), read alone; None where the
    text is one sentence, holds fewer than two shares, or no sentence or several are the target's own (the paragraph is
    judged as before)."""
    if not isinstance(reported, m.Completion) or partial_period(reported):  # 1—6月,…。城镇失业人员再就业…的58%。: each
        return None  # sentence is of the half year the paragraph names (judged as the paragraph: pending period_open)
    sentences = split(reported.text)
    if len(sentences) < 2:
        return None
    shares = [read for read in map(read_reported, sentences) if isinstance(read, m.Completion)]
    if len(shares) < 2 or any(share.plan is None for share in shares):  # …分别完成全年目标的162.3%、135.3%: of which figure?
        return None  # a review of shares without their plans' amounts stays one (the twelfth set's ow080)
    own = [share for share in shares if not completion_of_other(target, share, indicator)]
    if len(own) > 1:  # 第一产业增加值 and 第二产业增加值 share a head and most words: the sentence naming the target's name whole
        name = synonyms(fold(indicator_name(target, indicator)).text)
        own = [share for share in own if name and name in synonyms(fold(_subject(share.text)).text)]
    return own[0] if len(own) == 1 else None


def _subject(sentence: str) -> str:
    """The words of ``sentence`` before its first digit: what its figures are of."""
    return next((sentence[:at] for at, char in enumerate(sentence) if char.isdigit()), sentence)


def split(text: str) -> list[str]:
    """``text``'s sentences, each with the mark that ends it (。 ; ；: ``scope_ends``), none inside a bracket (a remark's
    own ；, …(主要是二产、三产未达预期目标) keeps its sentence whole); blank ones dropped."""
    ends = tuple(lexicon().outcome.period_parts.get("scope_ends", ()))
    punctuation = lexicon().punctuation
    folded = fold(text).text  # （…） as (…)
    sentences, start, depth = [], 0, 0
    for at, char in enumerate(folded if len(folded) == len(text) else text):
        depth += (char in punctuation.opening) - (char in punctuation.closing)
        if char in ends and depth <= 0:
            sentences.append(text[start:at + 1])
            start, depth = at + 1, 0
    sentences.append(text[start:])
    return [sentence for sentence in sentences if sentence.strip()]
