"""A list target judged part by part (``城镇新增就业1200万人以上,城镇调查失业率5.5%左右`` against one report or a list).

Moved out of evaluate.py (its 600-line limit): :func:`judge_several` pairs each part of a several-target with its
value (a list in order, a sentence's candidates, a 分别 clause, each part's own figure by its subject) or sends the
report to the one part it names (parts.py), the combined name (combined.py), the level and change of one indicator;
the status is the worst of the parts. ``judge`` is evaluate's, passed in as reference.judge_joint takes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from .. import models as m
from ..language.lexicon import lexicon
from ..language.normalize import fold
from ..models import Reason, Status
from . import reference
from .choose import figures, names_change, partial_period
from .combined import judge_combined, judge_level_and_change, level_and_change
from .context import Context
from .decide import made
from .figure import note
from .inputs import read_reported
from .names import head_word, synonyms
from .parts import judge_one_part, judge_shared, one_part_named, respective_clause, respective_sentence, shared_places
from .respective import respective_item as _item
from .verdict import Verdict

#: evaluate.judge: one target against one report
Judging = Callable[[m.Constraint, m.Reported, Context], Verdict]


#: reported states that stand for every part of a several-target (no figure to pair)
_SHARED_STATES = (m.Missing, m.NotAvailable, m.Attested, m.UnrecognizedValue)


def target_states_change(c: m.Constraint) -> bool:
    """The target states a change (增长5%, 比上年下降3%): a cumulative with its change."""
    found = m.find(c, m.Cumulative)
    return found is not None and found.change is not None


def _judge_alternatives(target: m.Several, reported: m.Reported, ctx: Context, judge: Judging) -> Verdict:
    """``≥33 ≥22``: one value against thresholds of categories, one of which applies. Where every
    threshold gives the same verdict that is the verdict, whichever category the value is of (35 meets
    both, 20 misses both); otherwise it is pending until the category is known (25)."""
    judged = tuple(judge(part, reported, ctx) for part in target.parts)
    status = judged[0].status
    base: dict[str, Any] = {"target": target, "reported": reported, "polarity": ctx.polarity, "parts": judged}
    if all(v.status is status for v in judged):
        return made(status=status, reason=judged[0].reason, missing=judged[0].missing,
                       notes=(note("alternatives_agree", parts=len(judged)),), **base)
    return made(status=Status.PENDING, reason=Reason.VALUE_COUNT, missing=("category",),
                   notes=(note("alternatives_differ", parts=len(judged)),), **base)


def judge_several(target: m.Several, reported: m.Reported, ctx: Context, judge: Judging) -> Verdict:
    """Each part against the reported value in the same place; the status is the worst of the parts.

    A several-target of one part (one subject with 均) judges each value of a reported list by it.
    ``judge`` judges one part (evaluate.judge). ``ctx.polarities`` gives each part its own polarity (else ``ctx.polarity`` is every part's). A
    list of another length than the parts is pending (``value_count``): which value is whose
    cannot be told. A sentence of figures (``ambiguous``) with exactly one figure per part pairs them
    in order too (城镇新增就业1352万人，城镇登记失业率为3.62%). A missing or attested report stands for
    every part.
    """
    count = len(target.parts)
    if ctx.polarities and len(ctx.polarities) != count:
        raise ValueError(f"{len(ctx.polarities)} polarities given for a target of {count} parts")
    if target.alternatives and not isinstance(reported, m.SeveralValues):
        return _judge_alternatives(target, reported, replace(ctx, polarities=()), judge)
    if reference.joint(target) and not isinstance(reported, m.SeveralValues):  # 高于全国、全省平均水平: both must hold
        return reference.judge_joint(target, reported, replace(ctx, polarities=()), judge)
    from ..language.several import combined_name  # here: several.py loads the grammar, which a cold check does without

    if not ctx.polarities and (name := combined_name(target, reported)) is not None:  # 新建城区、居住区…达标率100%
        return judge_combined(target, reported, ctx, judge, name)  # one value: the combined indicator's
    if not ctx.polarities and level_and_change(target, reported):  # 固定资产投资162亿元,增长7%
        if (either := judge_level_and_change(target, reported, ctx, judge)) is not None:
            return either  # one value: the level or the change of the one indicator, said which
    part = partial_period(reported) if figures(reported) is not None else ""
    if part and (named := one_part_named(target, reported)) is not None:  # 单位GDP能源消耗四年累计降低11.6%: its part's
        return judge_one_part(target, reported, ctx, judge, named)  # figure chosen, pending period_open as the part is
    if part:  # 四年累计降低11.6%: a sentence about part of the period says nothing yet of any part's whole
        return made(status=Status.PENDING, reason=Reason.PERIOD_OPEN, target=target, reported=reported,
                       polarity=ctx.polarity, missing=("full_period",), notes=(note("partial_period", words=part),))
    if (clauses := respective_sentence(target, reported)) is not None:  # …,其中一、二、三产增加值分别增长4.4%5.9%5.8%。…
        again = judge_several(target, read_reported(clauses), ctx, judge)  # the 分别 clauses naming the subject, judged alone
        if again.status is not Status.PENDING:
            return again.model_copy(update={"reported": reported})
    if len(set(ctx.polarities)) <= 1 and not isinstance(reported, _SHARED_STATES) and (
            shared := shared_places(target, reported)) is not None:  # 江西、新疆为7%左右: one place's figure
        return judge_shared(target, reported, ctx, judge, shared)
    contexts = [replace(ctx, polarity=p, polarities=()) for p in ctx.polarities] or [replace(ctx, polarities=())] * count
    parts = target.parts
    if isinstance(reported, m.SeveralValues):
        values: list[m.Reported] = list(reported.values)
        if count == 1 and not ctx.polarities:  # 城乡居民人均可支配收入均增长7%左右: each value is judged by it
            parts, count = parts * len(values), len(values)
            contexts = contexts * count
    elif isinstance(reported, m.Ambiguous) and all(target_states_change(p) for p in parts):
        # parts that each state a change (同比下降3%、同比减少3%) take the sentence's changes, in order
        values = [c for c in reported.candidates if getattr(c, "change", None) is not None] or [reported]
    elif isinstance(reported, m.Ambiguous) and len(reported.candidates) == count:
        values = list(reported.candidates)  # a sentence with one figure per part, in the parts' order
    elif isinstance(reported, _SHARED_STATES):
        values = [reported] * count
    else:
        values = [reported]
    if isinstance(reported, m.Ambiguous) and len(values) == count and count > 1 and _names_none(target, reported):
        values = [reported]  # …人均生產總值80229元,增長8.9% against 城乡居民…分别增长7%、8%: no part's, in order or not
    if len(values) != count and (listed := respective_clause(reported)) is not None and len(listed.values) == count:
        values = list(listed.values)  # …火热引流,全年接待游客数量、游客总花费分别增长39%、33%: the 分别 clause's list
    if len(values) != count and (own := own_parts(target, reported)) is not None:  # 城镇…达到28663元,…分别增长10.6%和13%
        if all(judge(part, reported, c).status is not Status.PENDING for part, c in zip(own, contexts)):
            parts, values = own, [reported] * count  # each part chose its own figure by its subject; else value_count
    if len(values) != count and (named := one_part_named(target, reported)) is not None:  # 城鎮新增就業 1,267 萬人
        return judge_one_part(target, reported, ctx, judge, named)  # against 失业率…,新增就业…: the one part it names
    if len(values) != count:
        given = len(reported.candidates) if isinstance(reported, m.Ambiguous) else len(values)
        return made(
            status=Status.PENDING, reason=Reason.VALUE_COUNT, target=target, reported=reported,
            polarity=ctx.polarity, missing=("values_per_part",), notes=(note("several_count", parts=count, values=given),),
        )
    previous = ctx.previous
    if isinstance(previous, m.SeveralValues) and len(previous.values) == count:
        contexts = [replace(c, previous=p) for c, p in zip(contexts, previous.values)]
    judged = tuple(judge(part, value, c) for part, value, c in zip(parts, values, contexts))
    if any(v.missing == ("indicator_figure",) for v in judged) and isinstance(reported, m.Ambiguous) and (
            own := own_parts(target, reported)) is not None:  # 城镇新增就业1256万人、城镇调查失业率平均为5.1% against
        by_name = tuple(judge(part, reported, c) for part, c in zip(own, contexts))  # 失业率…,新增就业…: not in order,
        judged = by_name if all(v.status is not Status.PENDING for v in by_name) else judged  # each by its own name
    status = m.worst_status(v.status for v in judged)
    first = next(v for v in judged if v.status is status)
    return made(
        status=status, reason=first.reason, target=target, reported=reported, polarity=ctx.polarity,
        missing=first.missing, provisional=any(v.provisional for v in judged), parts=judged,
    )


def _names_none(target: m.Several, reported: m.Reported) -> bool:
    """A sentence naming another indicator and none of the parts' (上虞's 2013 bulletin: …地區生產總值…增長9.0%,…人均生產總值
    80229元,增長8.9%, against 城乡居民人均可支配收入分别增长7%、8%左右: no 收入 in it): its figures, one per part, are no
    part's. The names are the head words of zh.yaml ``choosing.heads`` (收入, 就业, 生产总值); parts without one, or a
    sentence naming none, say nothing."""
    heads = {head_word(synonyms(fold(part.subject.text).text)) for part in target.parts if part.subject is not None}
    heads.discard("")
    text = synonyms(fold(reported.text).text)
    return bool(heads) and bool(head_word(text)) and not any(head in text for head in heads)


def own_parts(target: m.Several, reported: m.Reported) -> tuple[m.Constraint, ...] | None:
    """The parts of a list target, each named by its own subject, where a sentence gives more figures than the list has
    parts (城镇居民人均可支配收入达到28663元,农民人均纯收入达到12398元,分别增长10.6%和13%, or a whole review paragraph):
    each part then chooses its own figure as a target of one subject does. A subject shared by the parts names them in
    turn where it is one word of zh.yaml ``several.pairs`` (城乡: 城镇…, 农村…); a short subject takes the last one's
    tail (城镇、农村居民…). None where the parts cannot be named apart, or the report is no sentence of figures; the list
    stays pending (value_count) unless every part finds its figure (judge_several). A level and then changes without a
    subject of their own (地区生产总值突破3600亿元、增长10%以上) are all the first part's indicator's: the level part takes
    its level, the change part its growth (the twelfth set's ow068)."""
    subjects = [part.subject.text if part.subject is not None else "" for part in target.parts]
    shared = bool(subjects[0]) and not any(subjects[1:]) and not names_change(target.parts[0]) and all(
        names_change(part) for part in target.parts[1:])  # 地区生产总值突破3600亿元、增长10%以上: a level, then its growth
    subjects = [subjects[0]] * len(subjects) if shared else subjects
    if len(subjects) < 2 or not all(subjects) or figures(reported) is None:
        return None
    if shared:
        names = subjects
    elif len(set(subjects)) == 1:
        word = lexicon().several.respectively[0]
        names = [_item(fold(subjects[0]).text + word, index) for index in range(len(subjects))]
    else:
        last = subjects[-1]
        names = [subject + last[len(subject):] if len(subject) < len(last) else subject for subject in subjects]
    if not all(names) or len(set(names)) < len(names) and not shared:
        return None
    return tuple(part.model_copy(update={"subject": m.Span(start=0, end=len(name), role="subject", text=name)})
                 for part, name in zip(target.parts, names))
