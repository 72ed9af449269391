"""A report about one part of a list target: ``城鎮新增就業 1,267 萬人`` against ``城镇调查失业率5.5%左右,城镇新增就业
1200万人以上``, ``长三角地区PM2.5平均浓度为46微克/立方米,同比下降16.4%`` against ``PM2.5平均浓度同比下降2%、重污染天数同比
减少2%的改善目标``. A bulletin states each indicator in its own sentence; a target sentence lists several. Where the report
names the subject of exactly one part before a figure (in the words of a figure's clause before it), and no other
part's, it is judged against that part alone, as a person reads it (its figure chosen as for a target of one subject);
the verdict keeps the whole target, holds the one part judged and says the others were not reported (note
``one_part_named``). A report naming two parts or none, or a list of values (paired in order), is left as it was.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .. import models as m
from ..language.normalize import fold
from ..language.lexicon import lexicon
from .choose import candidates_of, figures
from .combined import by_one_part
from .figure import note
from .names import head_word, reordered, spelt_out, synonyms
from .respective import respective_item, uncontracted


def one_part_named(target: m.Several, reported: m.Reported) -> int | None:
    """The index of the one part whose subject the report names before a figure, or None."""
    if target.alternatives or len(target.parts) < 2 or isinstance(reported, m.SeveralValues):
        return None
    subjects = _uncontracted([synonyms(fold(part.subject.text).text) if part.subject is not None else ""
                              for part in target.parts])
    if not all(subjects) or len(set(subjects)) < len(subjects):
        return None
    prefixes = _before_figures(reported)
    named = [index for index, subject in enumerate(subjects) if any(_names(subject, words) for words in prefixes)]
    if len(named) != 1 or not _indicator(subjects[named[0]]):
        return None  # 新建城区达标率98% against 新建城区、居住区…达标率100%: a modifier of one name, no indicator's own
    return named[0]


def judge_one_part(target: m.Several, reported: m.Reported, ctx: Any, judge: Any, index: int) -> Any:
    """The report against the part it names; the verdict the part's, the whole target kept (judge_several)."""
    part = target.parts[index]
    own = replace(ctx, polarity=ctx.polarities[index], polarities=()) if ctx.polarities else replace(ctx, polarities=())
    judged = judge(part, reported, own)
    others = lexicon().render.join.join(other.subject.text for other in target.parts
                                        if other is not part and other.subject is not None)
    assert part.subject is not None  # one_part_named asks every part's subject
    return by_one_part(target, reported, ctx, judged, note("one_part_named", name=part.subject.text, others=others))


def shared_places(target: m.Several, reported: m.Reported) -> int | None:
    """A list of places sharing one figure (江西、新疆为7%左右, a summary of provinces' targets) against a report that is
    no list: the report is one place's, so its figure is judged against the figure they share, once, never paired in
    order with the places (the first place given a level, the second a growth). The index of the one part the report
    names, -1 where it names none (judge it as some one place's; the others not reported), None where this is no such
    list: a part naming an indicator (城镇、农村居民人均可支配收入增长8%: the README's pending case), parts with figures
    of their own (分别为7%、6%), a report naming two places, a list of values (paired in order)."""
    if target.alternatives or len(target.parts) < 2 or isinstance(reported, m.SeveralValues):
        return None
    subjects = [synonyms(fold(part.subject.text).text) if part.subject is not None else "" for part in target.parts]
    if not all(subjects) or len(set(subjects)) < len(subjects) or any(_indicator(subject) for subject in subjects):
        return None
    if len({part.model_copy(update={"subject": None}) for part in target.parts}) != 1:
        return None  # each place its own figure: a list
    prefixes = _before_figures(reported) or [synonyms(fold(reported.text).text)]
    named = [index for index, subject in enumerate(subjects) if any(_names(subject, words) for words in prefixes)]
    if len(named) > 1:
        return None
    return named[0] if named else -1


def judge_shared(target: m.Several, reported: m.Reported, ctx: Any, judge: Any, index: int) -> Any:
    """The report against the one figure of :func:`shared_places`: the part it names, or, naming none, the shared
    figure with no place (note ``shared_figure``: which place's the text does not say, the others not reported)."""
    if index >= 0:
        return judge_one_part(target, reported, ctx, judge, index)
    part = target.parts[0].model_copy(update={"subject": None})
    judged = judge(part, reported, replace(ctx, polarities=()))
    places = lexicon().render.join.join(p.subject.text for p in target.parts if p.subject is not None)
    return by_one_part(target, reported, ctx, judged, note("shared_figure", names=places))


def _before_figures(reported: m.Reported) -> list[str]:
    """The folded words (synonyms made one) of each figure's clause before it: a sentence's candidates, or the words
    before a single figure's number."""
    found = figures(reported)
    if found is not None:
        return [c.prefix for c in candidates_of(reported.text, found, "")]
    number = next((span for span in reported.spans if span.role == "number"), None)
    if number is None or not isinstance(reported, (m.Value, m.ApproxValue, m.BoundValue, m.RangeValue)):
        return []
    return [synonyms(fold(reported.text[:number.start]).text)]


def _uncontracted(subjects: list[str]) -> list[str]:
    """A list's subjects written as a pair's word cut by a mark (城、乡居民人均可支配收入: 城 and 乡居民人均可支配收入), each
    whole as the report names them (城镇居民人均可支配收入, 农村居民人均可支配收入: respective.respective_item, zh.yaml
    several.pairs), so a report of one of them is judged by its part as with 城镇、农村 written out (it was pending
    value_count). Any other list is as written (新建城区、居住(小)区…: a modifier names no indicator of its own)."""
    several = lexicon().several
    listed = several.enumeration[0].join(subjects)
    if not all(subjects) or uncontracted(listed) == listed:
        return subjects
    whole = [respective_item(listed + several.respectively[0], index) for index in range(len(subjects))]
    return whole if all(whole) else subjects


def _indicator(subject: str) -> bool:
    """The subject names an indicator: it ends with a head word or holds a measure's (城镇新增就业, PM2.5平均浓度,
    重污染天数), not a place or kind alone (新建城区: a modifier of the name after it)."""
    return bool(head_word(subject)) or any(word in subject for word in lexicon().choosing.measure)


def _names(subject: str, words: str) -> bool:
    return subject in words or spelt_out(subject, words) or reordered(subject, words)


def respective_clause(reported: m.Reported) -> m.SeveralValues | None:
    """The 分别 list of a sentence's last clause, read alone (…文体活动火热引流,全年接待游客数量、游客总花费分别增长39%、33%:
    the clause before it, a list of words with no figure, kept the sentence from reading as the list it ends with), or
    None: no sentence of figures, no 分别 (zh.yaml several.respectively), a figure before the clause, or no list."""
    if not isinstance(reported, m.Ambiguous):
        return None
    text, marks = reported.text, lexicon().choosing.clause_marks
    at = max((text.rfind(word) for word in lexicon().several.respectively), default=-1)
    start = max((text.rfind(mark, 0, at) for mark in marks), default=-1) + 1 if at > 0 else 0
    if start <= 0 or any(ch.isdigit() for ch in text[:start]):
        return None
    from ..language.several import read_reported_text  # here: only such a sentence asks

    listed = read_reported_text(text[start:])
    return listed if isinstance(listed, m.SeveralValues) else None


def respective_sentence(target: m.Several, reported: m.Reported) -> str | None:
    """The clauses of a long sentence that hold a 分别 list of the target's subject, from the clause naming it to the end
    of the list (…。其中一、二、三产增加值分别增长4.4%5.9%5.8%。…; …;城乡居民人均可支配收入分别达到33534元和13009元,同比分别
    增长1.5%和8.7%,…), to be judged alone where the whole pairs no figure per part; None where no clause names a part's
    subject within two clauses before the last 分别, or the text is those clauses already."""
    subjects = {synonyms(fold(part.subject.text).text) for part in target.parts if part.subject is not None}
    text, marks = reported.text, lexicon().choosing.clause_marks
    at = max((text.rfind(word) for word in lexicon().several.respectively), default=-1)
    if not subjects or at < 0 or figures(reported) is None and not isinstance(reported, m.SeveralValues):
        return None
    end = min((i for i in (text.find(mark, at) for mark in marks) if i >= 0), default=len(text))
    start = at
    for _ in range(3):  # the 分别 clause, then up to two before it
        start = max((text.rfind(mark, 0, start) for mark in marks), default=-1)
        words = synonyms(fold(text[start + 1:at]).text)
        if any(_names(subject, words) for subject in subjects):
            found = text[start + 1:end]
            return found if found.strip() != text.strip() else None
        if start < 0:
            return None
    return None
