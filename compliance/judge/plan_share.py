"""Whose plan a share of a plan is: ``第一产业增加值18亿元，完成年计划18亿元的100%`` is the primary industry's (the clause
before the completion word names it), ``610个省市重点项目完成年度投资计划的120%`` the key projects' investment plan (the
clause before, and the plan's own words between the completion word and the share, 年度投资计划, name it). Where either
names another indicator than the target's, the share says nothing of the target: judge/evaluate.py makes it pending
(indicator_figure), never met or missed on it. A share naming nothing (完成年度计划的104%) is the target's plan."""

from __future__ import annotations

from .. import models as m
from ..language.lexicon import lexicon
from ..language.normalize import fold
from .names import continues, head_word, synonyms
from .narrowed import names_other
from .target_name import indicator_name, rules_name


def completion_of_other(target: m.Constraint, reported: m.Reported, indicator: str | None = None) -> bool:
    """A share of a plan whose clause before it, or whose plan's words, name another indicator than the target's
    (第一产业增加值18亿元，完成年计划18亿元的100% against 规上工业增加值增长8%; 完成年度投资计划的120% against
    地区生产总值增长6%左右, which it MET as a share of the GDP's plan; 重点项目完成年度投资计划的120% against 固定资产投资增长10%: the
    key projects' investment, a part of it, which it MET): that indicator's plan, never the target's."""
    if not isinstance(reported, m.Completion) or not reported.spans:
        return False
    ratio = next((span.start for span in reported.spans if span.role == "ratio"), None)  # 610个 of 610个…项目 is no end
    words = fold(reported.text[: min(span.start for span in reported.spans) if ratio is None else ratio]).text
    complete = lexicon().tasks.complete
    at = max((i for i in (words.rfind(word) for word in complete) if i >= 0), default=len(words))
    plan = words[at:]
    plan = synonyms(plan[next((len(word) for word in complete if plan.startswith(word)), 0):])  # 年度投资计划的
    marks = lexicon().choosing.clause_marks
    own = words[:at] == words[:at].rstrip(marks)  # 重点项目完成…: the clause's subject is the plan's, no mark between
    words = words[:at].rstrip(marks)
    clause = synonyms(words[max(words.rfind(mark) for mark in marks) + 1:])
    name = indicator_name(target, indicator)
    whose = clause + plan if own and clause and plan else ""  # 重点项目…投资计划: the key projects' investment, a part
    return bool(name) and any(part and not continues(part) and names_other(name, part, known=target.text)
                              for part in (clause, plan, whose))


def shortfall_of_other(target: m.Constraint, reported: m.Shortfall, indicator: str | None) -> bool:
    """A shortfall said of the indicator a clause before it names, another than the target's: 2.固定资产投资(不含农户)下降2.4%,
    低于预期目标 (四川's 2025 plan-execution report, www.zgm.cn/content/698bc6a9d1bb9, the fourteenth set's oq051) is the whole
    investment's, no word of 工业投资增长10%'s (it was MISSED as attested, said.py leaving the word to decide where no
    figure of the target was told). The last clause before the shortfall's words that names an indicator (a head word)
    names whose; none named (未完成年度计划 alone): the target's, as before."""
    span = next((span for span in reported.spans if span.role == "shortfall"), None)
    return span is not None and said_of_other(target, reported.text[:span.end], indicator)


def said_of_other(target: m.Constraint, before: str, indicator: str | None, *, strict: bool = False) -> bool:
    """Whether words ending ``before`` (a shortfall's 低于预期目标, a beat's 高于预期目标: judge/words.py) are said of
    another indicator than the target's, as :func:`shortfall_of_other` reads them. ``strict`` (a beat, which attests):
    a target without a subject (稳中提质) is the ``indicator``'s, never its own words'; a name with no head word of its
    own (基本 of 基本实现农村供水现代化, PM2.5 of 細顆粒物(PM2.5)平均濃度總體達標) is the target's only in a clause holding it."""
    subject = getattr(target, "subject", None)
    name = rules_name(indicator) if strict and subject is None and indicator else indicator_name(target, indicator)
    if not name:
        return False
    marks = lexicon().choosing.clause_marks
    clauses = "".join(" " if ch in marks else ch for ch in fold(before).text).split()
    if clauses and name in synonyms(clauses[-1]):  # 节能减排降碳未完成年度任务: the word's own clause names the target
        return False
    named = next((synonyms(c) for c in reversed(clauses) if head_word(synonyms(c)) and not continues(c)), "")
    if strict and named and (subject is not None or indicator) and not head_word(synonyms(name)):
        return name not in named  # 进出口总值…,高于预期目标 names no 基本, no PM2.5: another's
    return bool(named) and names_other(name, named, known=target.text)
