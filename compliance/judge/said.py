"""The reporter's word beside its own figure: ``未完成，增长6.5%``, ``已完成，增长5.5%``, ``增长5.5%，完成年度目标``.

A reported text may say in words whether the target was reached (未完成, 未达到预期目标, 已完成, 超额完成年度目标)
and give the indicator's figure too. Where the two agree, the figure decides (its margin is checked, the word is
not); where they disagree (the word says 未完成 and the figure reaches the target, or the word says 完成 and the
figure falls short) neither reading is taken on trust: the verdict is pending (``ambiguous_value``), the
explanation giving both, never the optimistic one. A word without a figure is judged on the word, as before
(``attested_shortfall``, ``attested``); a figure the engine cannot judge (another indicator's, another unit) leaves
the word to decide.

Only a word clause right beside the figure's own clause and naming no other indicator counts (after it, or before it
at the head of the text; not 固定资产投资未完成年度目标 beside GDP's figure):
in ``地区生产总值增长5.5%，完成年度目标；财政收入增长3%，未完成年度目标`` each figure has its own word. A word clause
is one the reported grammar reads alone as a shortfall without a size (未完成年度目标) or as an attestation with a
word of completion (已完成, 完成年度目标, 超额完成).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from .. import models as m
from ..language.lexicon import lexicon, per_lexicon
from ..language.normalize import fold
from ..models import Reason, Status, trusted
from .context import Context
from .figure import note
from .plan_share import shortfall_of_other
from .words import sync_attested
from .verdict import Verdict

Judge = Callable[[m.Constraint, m.Reported, Context], Verdict]

_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def weigh(verdict: Verdict, target: m.Constraint, reported: m.Reported, ctx: Context, judge: Judge) -> Verdict:
    """``verdict`` (the judge's, of ``target`` against ``reported``) with the reporter's word weighed against its
    figure: the figure's verdict where they agree, pending with both readings where they do not."""
    if verdict.parts or not _marks().search(reported.text) or isinstance(target, m.Several):
        return verdict  # one clause (a plain figure, 未完成 alone): no word beside a figure, nothing to weigh
    if isinstance(reported, m.Shortfall):
        return _shortfall(verdict, target, reported, ctx, judge)
    sync = m.find(target, m.Sync)
    if sync is not None and verdict.status is Status.PENDING and isinstance(reported, (m.Ambiguous, m.SeveralValues,
                                                                                       m.Value)):
        return _in_step_among(verdict, sync, reported)
    if isinstance(target, m.Qualitative) and verdict.status is Status.PENDING and target.subject is not None:
        return _task_among(verdict, target, reported, ctx, judge)
    if verdict.status is Status.PENDING or verdict.reason not in (Reason.MEASURED, Reason.WITHIN_TOLERANCE):
        return verdict
    said = _said_beside(reported.text, verdict.value, sync=sync, name=_name(target, ctx))
    if said is None:
        return _of_the_tasks(verdict, reported.text, _name(target, ctx))
    words, done = said
    if done is (verdict.status is Status.MET):
        return verdict  # the word agrees: the figure has decided
    return _disagree(verdict, verdict, words, done)


def _of_the_tasks(verdict: Verdict, text: str, name: str) -> Verdict:
    """``verdict`` with a note where the word beside its figure claims the tasks as a whole done (新增城镇就业10.5万人,
    任务均已完成: zh.yaml ``tasks.every``): a claim of all the tasks, not of this figure, so the figure decides (10.5万人
    against 11万人以上 missed, as a person reads it) and the explanation says what was weighed."""
    said = _said_beside(text, verdict.value, name=name, every=True)
    if said is None:
        return verdict
    value = m.format_decimal(verdict.value) + (verdict.unit or "") if verdict.value is not None else "-"
    return verdict.model_copy(update={"notes": (*verdict.notes, note("said_of_the_tasks", words=said[0], value=value))})


def _shortfall(verdict: Verdict, target: m.Constraint, reported: m.Shortfall, ctx: Context, judge: Judge) -> Verdict:
    """未完成，增长6.5%: the figure's verdict where it is missed too; pending where it is met; the word alone where
    the text has no figure of the indicator (the figure's verdict pending: another indicator's, no unit in common).
    A shortfall beside another indicator's figure (…；财政收入增长3%，未完成年度目标) is that one's: the figure decides,
    with its own word if it has one."""
    if verdict.reason is not Reason.ATTESTED_SHORTFALL:
        return verdict
    rest, words = _without_said(reported)
    if not rest or not _FIGURE.search(rest):
        return verdict
    from ..language.grammar import parse_reported_text  # here: a check read from its rules snapshot loads no grammar

    figure = parse_reported_text(rest)
    if isinstance(figure, (m.Shortfall, m.Completion, m.Attested, m.Missing, m.UnrecognizedValue)):
        return verdict
    found = judge(target, figure, ctx)
    if found.status is Status.PENDING:  # no figure of the target: the word decides, if it is said of the target
        return found.model_copy(update={"reported": reported}) if shortfall_of_other(target, reported, ctx.indicator) \
            else verdict
    beside = _said_beside(reported.text, found.value, unplaced=(words, False), name=_name(target, ctx))
    if beside is not None:
        words, done = beside
    else:  # the word is another figure's: this figure decides
        return found.model_copy(update={"reported": reported})
    if done is (found.status is Status.MET):
        notes = (*found.notes, note("said_agrees", words=words))
        return found.model_copy(update={"reported": reported, "notes": notes})
    return _disagree(verdict, found, words, done)


def _in_step_among(verdict: Verdict, sync: m.Sync, reported: m.Reported) -> Verdict:
    """A sentence of other indicators' figures with one clause saying, without a figure, that the target's indicator grew
    in step (…一般公共预算收入完成10亿元,增长14%;城镇和农村常住居民人均可支配收入与经济增长同步,…): that clause is
    the report's word alone, met as attested as it is as a cell of its own. Only where the clause names the target's
    subject (城乡居民收入: no other indicator's name, names.names_other) and no clause with a figure may be that
    indicator's (every figure's clause names another); else the verdict as it is."""
    from .names import head_word, names_other, synonyms

    if sync.subject is None:
        return verdict
    name, text = synonyms(fold(sync.subject.text).text), fold(reported.text).text
    said = []
    for start, end in _clauses(text):
        clause = text[start:end].strip()
        if not _FIGURE.search(clause):
            found = sync_attested(sync, trusted(m.UnrecognizedValue, text=clause, spans=()))
            if found is not None:
                said.append((clause, found))
        elif head_word(synonyms(clause)) and not names_other(name, synonyms(clause)):
            return verdict  # a figure that may be the indicator's own: the figure decides (pending as it is)
    if len(said) != 1:
        return verdict
    clause, in_step = said[0]
    subject = clause[:clause.find(in_step.params.get("words", "\0"))]
    if not subject or names_other(name, synonyms(subject)):
        return verdict
    return verdict.model_copy(update={"status": Status.MET, "reason": Reason.ATTESTED, "missing": (),
                                      "notes": (*verdict.notes, in_step)})


def _task_among(verdict: Verdict, target: m.Qualitative, reported: m.Reported, ctx: Context, judge: Judge) -> Verdict:
    """A sentence of figures with one clause saying, without a figure, that the target's task was done (…固定资产投资增长
    14%;节能减排降碳完成年度任务,…: 武清 2019, A3's eleventh set oy014): that clause judged alone, as a cell of its own
    is. Only where the clause begins with the target's subject (节能减排降碳) and no other such clause is judged."""
    from .names import synonyms

    assert target.subject is not None
    name, text = synonyms(fold(target.subject.text).text), fold(reported.text).text
    found = []
    for start, end in _clauses(text):
        clause = text[start:end].strip()
        if name and not _FIGURE.search(clause) and synonyms(clause).startswith(name):
            alone = judge(target, trusted(m.UnrecognizedValue, text=clause, spans=()), ctx)
            if alone.status is not Status.PENDING:
                found.append(alone)
    return found[0].model_copy(update={"reported": reported}) if len(found) == 1 else verdict


def _disagree(verdict: Verdict, figure: Verdict, words: str, done: bool) -> Verdict:
    """Pending: the figure says one thing, the reporter's word the other; both readings in the explanation."""
    shown = next((s.text for s in figure.reported.spans if s.role in ("number", "candidate")
                  and _is(s.text, figure.value)), None) if figure.value is not None else None
    value = shown or (m.format_decimal(figure.value) if figure.value is not None else "-")
    said = note("said_done_missed" if done else "said_short_met", value=value, words=words)
    return figure.model_copy(update={
        "status": Status.PENDING, "reason": Reason.AMBIGUOUS_VALUE, "missing": (value, words),
        "notes": (*figure.notes, said), "reported": verdict.reported, "value": None, "gap": None, "value_interval": None,
    })


def _marks_pattern() -> re.Pattern[str]:
    return re.compile("[" + re.escape(lexicon().choosing.clause_marks) + "]")


_marks = per_lexicon(_marks_pattern)


def _clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of ``text`` as (start, end), parted at the clause marks (，；。)."""
    marks = lexicon().choosing.clause_marks
    found, start = [], 0
    for at, char in enumerate(text):
        if char in marks:
            found.append((start, at))
            start = at + 1
    found.append((start, len(text)))
    return found


def _without_said(reported: m.Shortfall) -> tuple[str, str]:
    """The text without the clauses holding the shortfall's words (and its size), and those words."""
    text = reported.text
    said = [s for s in reported.spans if s.role in ("shortfall", "gap")]
    kept, words = [], []
    for start, end in _clauses(text):
        if any(start <= s.start < end or s.start < start < s.end for s in said):
            words.append(text[start:end].strip())
        else:
            kept.append(text[start:end])
    return "，".join(part for part in kept if part.strip()), "，".join(words)


def _said_beside(text: str, value: Decimal | None, unplaced: tuple[str, bool] | None = None,
                 sync: m.Sync | None = None, name: str = "", every: bool = False) -> tuple[str, bool] | None:
    """The word clause beside the clause of the judged figure (``value``) and whether it says done (True) or short
    (False); None where there is none or the words beside it disagree among themselves; ``unplaced`` where the figure
    is not found in the text (written in another unit) or is found in several clauses. ``every``: only a claim of all
    the tasks (:func:`_of_every`), which is otherwise no word of the figure's."""
    if value is None or not text or not _FIGURE.search(text):
        return unplaced
    clauses = _clauses(text)
    own = [i for i, (start, end) in enumerate(clauses) if any(_is(f.group(0), value)
                                                               for f in _FIGURE.finditer(text, start, end))]
    if len(own) != 1:
        return unplaced
    at = own[0]
    found: list[tuple[str, bool]] = []
    if at + 1 < len(clauses):
        found += _word(text, clauses[at + 1], sync, name, every)
    if at and not any(_FIGURE.search(text[start:end]) for start, end in clauses[:at]):
        found += _word(text, clauses[at - 1], sync, name, every)  # 已完成，增长5.5%: the word heads the text
    if not found or len({done for _, done in found}) != 1:
        return None
    return found[0]


def _is(text: str, value: Decimal) -> bool:
    figure = _FIGURE.search(text)
    try:
        return figure is not None and Decimal(figure.group(0)) == value
    except InvalidOperation:
        return False


def _word(text: str, clause: tuple[int, int], sync: m.Sync | None = None, name: str = "",
          every: bool = False) -> list[tuple[str, bool]]:
    """[(words, done)] where the clause alone is a word of the outcome: a shortfall without a size (未完成年度目标,
    未达到预期), an attestation with a word of completion (已完成, 完成年度目标, 超额完成), or for a 同步 target the
    report's words that it grew in step (与经济增长基本同步: words.sync_attested); [] otherwise."""
    words = text[clause[0]:clause[1]].strip()
    if not words or _FIGURE.search(words):
        return []
    if sync is not None:  # 与经济增长基本同步 beside the figure: done; 未能与经济增长同步: short
        if sync_attested(sync, trusted(m.UnrecognizedValue, text=words, spans=())) is not None:
            return [(words, True)]
        bare = words
        for no in sorted(lexicon().outcome.negation, key=len, reverse=True):
            bare = bare.replace(no, "")
        if bare != words and sync_attested(sync, trusted(m.UnrecognizedValue, text=bare, spans=())) is not None:
            return [(words, False)]
    if name and _of_another(name, words) or _of_some(words) or _of_every(words) is not every:
        return []  # 地区生产总值增长6.5%，固定资产投资未完成年度目标: another indicator's word, not the figure's
    from ..language.grammar import parse_reported_text  # here: a check read from its rules snapshot loads no grammar

    found = parse_reported_text(words)
    if isinstance(found, m.Shortfall) and found.gap is None:
        return [(words, False)]
    if isinstance(found, m.Attested) and any(word in words for word in lexicon().tasks.complete):
        return [(words, True)]
    return []


def said_of(words: str, name: str = "") -> bool | None:
    """Whether a clause alone is the reporter's word of the outcome of ``name``'s figure beside it: True (done: 完成年度
    目标), False (short: 未完成年度目标), None (no such word, or another indicator's). A document's outcome keeps such a
    clause with its figure, so ``check --document`` weighs it as ``evaluate`` does."""
    found = _word(words, (0, len(words)), name=name) if _FIGURE.search(words) is None else []
    return found[0][1] if len(found) == 1 else None


def _name(target: m.Constraint, ctx: Context) -> str:
    """The indicator the target is about: its own subject (地区生产总值增长6%), else the rules file's name; "" if none."""
    return target.subject.text if target.subject is not None else (ctx.indicator or "")


def _of_another(name: str, words: str) -> bool:
    """A word clause whose subject, its words before the outcome's (固定资产投资 of 固定资产投资未完成年度目标), ends in the
    head word of an indicator other than ``name``; a cause before them (受房地产投资下降影响未完成…) is no subject."""
    from .names import head_word, names_other, synonyms

    clause = synonyms(fold(words).text)
    starts = [clause.find(word) for word in (*lexicon().outcome.negation, *lexicon().tasks.complete) if word in clause]
    subject = clause[:min(starts)] if starts else ""
    head = head_word(subject)
    return bool(head) and subject.endswith(head) and names_other(synonyms(fold(name).text), subject, at_figure=False)


def _of_some(words: str) -> bool:
    """A word clause whose subject is some indicators, none named (部分指标 of 部分指标未完成: zh.yaml tasks.some before
    tasks.listed): it says nothing of the figure's own indicator."""
    from .names import head_word, synonyms

    tasks, subject = lexicon().tasks, _word_subject(words)
    said = next((some + noun for some in tasks.some for noun in tasks.listed if subject.endswith(some + noun)), "")
    return bool(said) and not head_word(synonyms(subject[:-len(said)]))  # 地区生产总值等部分指标: GDP's too


def _of_every(words: str) -> bool:
    """A word clause whose subject is the tasks as a whole (任务均 of 任务均已完成, 各项任务, 这些任务: a task noun and a
    word of all, zh.yaml ``tasks.every``, before the completion word, no indicator's head word among them): it claims
    every task done, none of them this figure's in particular."""
    from .names import head_word, synonyms

    tasks, subject = lexicon().tasks, _word_subject(words)
    return any(noun in subject for noun in tasks.task_nouns) and any(word in subject for word in tasks.every) and (
        not head_word(synonyms(subject)))


def _word_subject(words: str) -> str:
    """The folded words of a word clause before its first negation or completion word (部分指标 of 部分指标未完成, 任务均
    of 任务均已完成): what the clause says is done or short; "" where it has no such word."""
    clause = fold(words).text
    starts = [clause.find(word) for word in (*lexicon().outcome.negation, *lexicon().tasks.complete) if word in clause]
    return clause[:min(starts)] if starts else ""
