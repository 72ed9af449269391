"""What a target's words say beside its threshold: hedges shown as a note, qualitative targets attested.

A hedge (力争, 努力, ，在实际工作中争取更好结果) never moves the threshold; the explanation shows it
(:func:`hedge_notes`), as it shows a trailing clause without a figure, which is not judged. A qualitative target (国际收支基本平衡) has no threshold: it is met only where the
reported text attests it (:func:`attests`), else pending with reason ``qualitative``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeGuard

from .. import models as m
from ..language.lexicon import lexicon, messages
from ..language.normalize import fold
from .figure import note
from .plan_share import said_of_other


def hedge_notes(target: m.Constraint) -> list[m.Note]:
    """One note naming the target's words of effort, and one naming its trailing clauses without a
    figure (，主要污染物排放量继续下降: role ``clause``, not judged), where it has them."""
    joiner = str(messages().zh.get("list", "、"))  # the words are Chinese in either language's sentence
    found = []
    for role in ("hedge", "clause"):
        words = [span.text for node in m.nodes(target) for span in node.remarks if span.role == role]
        if words:
            found.append(note(role, words=joiner.join(dict.fromkeys("".join(w.split()) for w in words))))
    return found


def attests(target: m.Qualitative, reported: m.Reported, polarity: m.Polarity | None = None,
            indicator: str | None = None) -> bool:
    """Whether ``reported`` attests ``target``: a completion (可完成), a word of attestation (实现, 完成)
    or the target's own predicate (基本平衡); in a figure's sentence, the figure said to beat the target (高于预期目标,
    for an indicator whose stated ``polarity`` is higher: :func:`beats_target`)."""
    if isinstance(reported, m.Attested):
        return True
    if isinstance(reported, (m.Missing, m.NotAvailable)):
        return False
    text = fold(reported.text).text
    own = fold(target.phrase).text
    if not isinstance(reported, m.UnrecognizedValue):  # a figure's sentence: its 实现, 达到 are the figure's verbs
        # (全年实现地区生产总值2418.9亿元 attests no 控制在省市规定范围以内); its 高于预期目标 does
        return bool(own) and own in text or bool(_beat(target, reported, polarity, indicator))
    return bool(own) and own in text or any(_said_done(text, word) for word in lexicon().qualitative.attest if word)


def beaten(target: m.Qualitative, reported: m.Reported, polarity: m.Polarity | None,
           indicator: str | None = None) -> list[m.Note]:
    """The note where a figure's sentence attests ``target`` by saying the figure beat it (高于预期目标): the words."""
    if isinstance(reported, (m.Attested, m.Missing, m.NotAvailable, m.UnrecognizedValue)):
        return []
    if fold(target.phrase).text in fold(reported.text).text:
        return []
    words = _beat(target, reported, polarity, indicator)
    return [note("beats_target", words=words)] if words else []


def _beat(target: m.Qualitative, reported: m.Reported, polarity: m.Polarity | None, indicator: str | None) -> str:
    """The words of :func:`beats_target` said of the target's own indicator ("" if none): a beat said of another
    indicator (初步预计,全省地区生产总值全年增长4.2%,…;固定资产投资增长10%,高于年初目标(9%)1个百分点, 甘肃's 2022 plan
    report, rdgb.gsrdw.gov.cn/2023/249_0704/3644.html) attests nothing of 重庆's 进出口稳中提质 (it was MET): the last
    clause before the words naming an indicator names whose, as a shortfall's (plan_share.said_of_other)."""
    text = fold(reported.text).text
    return next((words for at, words in _beats(text, polarity)
                 if not said_of_other(target, text[: at + len(words)], indicator, strict=True)), "")


def beats_target(text: str, polarity: m.Polarity | None) -> str:
    """The words of folded ``text`` saying its figure beat the target ("" if none): a word of zh.yaml
    ``qualitative.beats`` that suits ``polarity`` (``either`` only, where no polarity is stated; none for an indicator
    to keep down but ``either``'s) right before a word of ``qualitative.beaten``, with no negation or word of doubt
    right before it.

    >>> from compliance.models import Polarity
    >>> beats_target("进出口总值增长12.5%,高于预期目标7.5个百分点", Polarity.HIGHER)
    '高于预期目标'
    >>> said = "进出口总值增长12.5%,高于预期目标7.5个百分点"
    >>> beats_target(said, Polarity.LOWER), beats_target(said, None), beats_target("好于预期目标", None)
    ('', '', '好于预期目标')
    """
    return next((words for _, words in _beats(text, polarity)), "")


def _beats(text: str, polarity: m.Polarity | None) -> Iterator[tuple[int, str]]:
    """Where and which words of :func:`beats_target` stand in folded ``text``, each not after a negation or doubt."""
    words = lexicon()
    kinds = ("either", polarity.value) if polarity is not None else ("either",)
    stops = (*words.outcome.negation, *words.outcome.short.get("unsure", ()))
    for word in (w for kind in kinds for w in words.qualitative.beats.get(kind, ()) if w):
        for noun in sorted((n for n in words.qualitative.beaten if n), key=len, reverse=True):
            at = text.find(word + noun)
            while at >= 0:
                if not text[:at].endswith(stops):
                    yield at, word + noun
                at = text.find(word + noun, at + 1)


def reached_unknown(target: m.Constraint, reported: m.Reported, missing: object | None) -> m.Note | None:
    """A reference target whose level is not known (单位地区生产总值碳排放达到国家和省上要求) reported in a bare word of
    attestation with no figure (达到, 已实现: zh.yaml ``qualitative.attest``, as 完成 of ``reported.attested`` attests it):
    the target itself reached, a note quoting the words. Only the word alone, or after another of them (已达到): a
    negation or a word of doubt before it (未达到, 基本实现) or a completion of something else (收入增速完成区人代会批准的
    目标) attests nothing. None for any other target or report (A3's tenth set tx027)."""
    if getattr(missing, "reason", None) is not m.Reason.REFERENCE_UNKNOWN or not isinstance(target, m.Reference):
        return None
    text = "".join(fold(reported.text).text.split()) if isinstance(reported, m.UnrecognizedValue) else ""
    text = text.rstrip(lexicon().choosing.clause_marks)
    words = [word for word in lexicon().qualitative.attest if word]  # the word alone, or after another (已达到)
    done = bool(text) and any(text in (word, before + word) for word in words for before in words)
    return note("target_completed", words=text) if done else None


def _said_done(text: str, word: str) -> bool:
    """``word`` (完成, 实现) says the thing was done somewhere in ``text``: no negation right before it (未完成), and
    after it, within its clause, nothing or what was done (年度计划, 目标任务, …约束性指标, 落实): 完成情况不理想,
    实现情况较差, 完成率偏低 say how it went, they attest nothing; nor does a word right before it saying it was not
    surely or wholly done (基本完成, 接近完成, 难以完成: ``outcome.short.unsure``)."""
    words, marks = lexicon(), lexicon().choosing.clause_marks
    unsure = words.outcome.short.get("unsure", ())  # 基本完成, 难以完成: not surely or not wholly done
    ends = (*words.outcome.plan, *words.tasks.listed, *words.tasks.task_nouns, *words.tasks.complete,
            *words.qualitative.attest, *words.reported.attested)
    at = text.find(word)
    while at >= 0:
        stops = [i for i in (text.find(mark, at) for mark in marks) if i >= 0]
        after = text[at + len(word):min(stops, default=len(text))]
        if not text[:at].endswith((*words.outcome.negation, *unsure)) and (not after or after.endswith(ends)):
            return True
        at = text.find(word, at + 1)
    return False


def unsure(target: m.Qualitative, reported: m.Reported) -> list[m.Note]:
    """A note where a reported text without a figure says the thing was not surely or not wholly done (基本完成, 接近完成,
    预计难以完成: zh.yaml ``outcome.short.unsure`` right before a word of attestation): why it attests nothing."""
    if not isinstance(reported, m.UnrecognizedValue):
        return []
    text = fold(reported.text).text
    for word in lexicon().qualitative.attest:
        said = next((no for no in lexicon().outcome.short.get("unsure", ()) if word and no + word in text), "")
        if said:
            return [note("attestation_unsure", words=said + word)]
    return []


def sync_attested(target: m.Sync, reported: m.Reported) -> m.Note | None:
    """A note where a reported text without a figure says the indicator grew in step with the same one
    (城镇和农村居民人均可支配收入增长与经济增长基本同步 against 与经济增长基本同步: the report's own words, met as
    attested). The words are zh.yaml's ``sync`` patterns, the named indicator the same role (经济 and 经济增长 alike);
    a 基本同步 does not attest a strict 同步, and a negation or a word of doubt right before it (未能与经济增长同步,
    难以与经济增长同步: ``outcome.short.unsure``) attests nothing."""
    if not isinstance(reported, m.UnrecognizedValue):
        return None
    import re  # noqa: PLC0415

    words = lexicon().sync
    text = fold(reported.text).text

    def role(name: str) -> str:
        return words.indicators.get(name, name)

    for pattern in words.patterns:
        for found in re.finditer(pattern, text):
            loose = "loose" in found.re.groupindex and found.group("loose")
            before = text[:found.start()]
            if role(found.group("ref")) != role(target.phrase) or (loose and not target.loose):
                continue
            if _taken_back(before):
                return None  # 未能与经济增长同步, 难以与经济增长同步; 确保居民收入增长与经济增长同步: an aim
            return note("sync_attested", words=found.group(0))
    return _faster_said(target, text)


def _faster_said(target: m.Sync, text: str) -> m.Note | None:
    """Words saying the indicator grew faster than the one it is to keep in step with (城镇、农村常住居民人均可支配收入增长
    高于经济增长, 伊春's 2022 review; 城乡居民收入增速高于经济增速): a comparator of zh.yaml ``comparators.before`` for
    "above" right before a name of the same role (``sync.indicators``) attests a 同步 and a 基本同步 alike (faster is in
    step or better). A negation, a word of doubt or an aim before it attests nothing, as for the sync patterns."""
    words = lexicon().sync
    role = words.indicators.get(target.phrase, target.phrase)
    names = sorted((name for name, of in words.indicators.items() if of == role), key=len, reverse=True)
    above = sorted((w for w in lexicon().comparators.before.get("gt", ()) if not w.isascii()), key=len, reverse=True)
    for word in above:
        for name in names:
            at = text.find(word + name)
            if at < 0:
                continue
            before = text[:at]
            if _taken_back(before) or _of_other(target, _last_clause(before)):
                return None
            return note("sync_attested", words=word + name)
    return None


def _taken_back(before: str) -> bool:
    """The words before attesting ones take them back: a negation or a word of doubt right before them (未能, 难以:
    zh.yaml ``outcome.negation``, ``outcome.short.unsure``), or an aim in their clause (确保, 力争: :func:`_aimed`)."""
    return before.endswith((*lexicon().outcome.negation, *lexicon().outcome.short.get("unsure", ()))) or _aimed(
        _last_clause(before))


def _last_clause(before: str) -> str:
    """The words after the last mark of zh.yaml ``choosing.clause_marks`` (the clause the attesting words are in)."""
    return before[max(before.rfind(mark) for mark in lexicon().choosing.clause_marks) + 1:]


def _of_other(target: m.Sync, clause: str) -> bool:
    """The words before a comparison name another indicator than the target's (规上工业增加值增速高于经济增速 against
    居民收入增长与经济增长同步: industry's growth, not the incomes')."""
    from .names import names_other, synonyms  # noqa: PLC0415

    words = clause.strip()
    return target.subject is not None and bool(words) and names_other(synonyms(fold(target.subject.text).text),
                                                                       synonyms(words))


def _aimed(clause: str) -> bool:
    """A clause's words before words that would attest hold an aim (zh.yaml ``outcome.short.aims``: 力争, 确保): the
    plan's or next year's aim quoted, nothing done."""
    return any(aim in clause for aim in lexicon().outcome.short.get("aims", ()))


def reference_attested(target: m.Constraint, reported: m.Reported) -> m.Note | None:
    """A note where a reported text without a figure says the target's relation to its reference (规上工业增加值、固定资产
    投资、社会消费品零售总额增速均高于全国平均水平 against 固定资产投资增速高于全国平均水平: the report's own words, met as
    attested, as sync_attested reads 与经济增长同步): a comparator of zh.yaml ``comparators.before`` for the target's
    relation right before the reference's phrase; the words before it, ``several.each`` (均) left out, name no other
    indicator (any item of a list may be the target's; none named: a row's own cell). A negation or a word of doubt before
    it (未能高于, 难以高于) attests nothing."""
    if not isinstance(target, m.Reference):
        return None
    return _reference_said(target, reported, _SAID.get(target.relation, (target.relation,)))


#: the relations a report's words attest a target's by: its own, or one saying more (高于 of 不低于: above is at least)
_SAID: dict[str, tuple[str, ...]] = {"ge": ("ge", "gt"), "le": ("le", "lt")}


#: the relations a report's words deny a target's relation by (低于全市平均水平 against 高于全市平均水平): the strict
#: opposite only (不高于 against 不低于 may be equal; against 高于 it is left pending, test_review_s24)
_DENIED: dict[str, tuple[str, ...]] = {"gt": ("lt",), "ge": ("lt",), "lt": ("gt",), "le": ("gt",)}


def reference_denied(target: m.Constraint, reported: m.Reported) -> m.Note | None:
    """A note where a reported text without a figure says the opposite relation to the target's reference
    (地区生产总值增速低于全市平均水平 against 地区生产总值增速高于全市平均水平: missed as the reporter states it), read as
    :func:`reference_attested` reads its own relation; else None."""
    if not isinstance(target, m.Reference):
        return None
    return _reference_said(target, reported, _DENIED.get(target.relation, ()))


def _reference_said(target: m.Reference, reported: m.Reported, relations: tuple[str, ...]) -> m.Note | None:
    if not isinstance(reported, m.UnrecognizedValue) or target.inline is not None or target.margin is not None \
            or any(ch.isdigit() for ch in reported.text) or not relations:
        return None
    from .names import names_other, synonyms  # noqa: PLC0415

    text, phrase = fold(reported.text).text, fold(target.phrase).text
    words = tuple(w for op, ws in lexicon().comparators.before.items() if op in relations for w in ws)
    said = next((word + phrase for word in sorted(words, key=len, reverse=True) if word + phrase in text), None)
    if said is None:
        return None
    before, after = text[:text.find(said)], text[text.find(said) + len(said):]
    if after.startswith(lexicon().choosing.restated_target):  # 未完成高于GDP增速目标: the target named (completed_in_words)
        return None
    head = text[:text.find(said) + len(said) - len(phrase)]  # the words up to the reference's phrase
    if max((w for ws in lexicon().comparators.before.values() for w in ws if head.endswith(w)), key=len) not in words:
        return None  # 不高于全国平均水平: another relation's comparator (le) holds the target's (高于): no attestation
    before = before[max(before.rfind(mark) for mark in lexicon().choosing.clause_marks) + 1:]
    if before.endswith((*lexicon().outcome.negation, *lexicon().outcome.short.get("unsure", ()))) or _aimed(before):
        return None
    before = before.rstrip("".join(lexicon().several.each))
    name = synonyms(fold(target.subject.text).text) if target.subject is not None else ""
    items = [item for item in before.split(lexicon().render.join) if item]
    if name and items and all(names_other(name, synonyms(item + items[-1][len(item):] if len(item) < len(items[-1])
                                                         else item)) for item in items):
        return None  # 居民消费价格涨幅低于全国平均水平 against a GDP target's 高于全国平均水平: another indicator's
    return note("sync_attested", words=said if not before else before + said)


def completed_in_words(target: m.Constraint, reported: m.Reported) -> m.Note | None:
    """A note where a reported text without a figure says the target itself was completed, quoting it after a word of
    completion (zh.yaml ``tasks.complete``: 增速完成区人代会批准的高于 GDP 增速目标 against 高于GDP增速; spaces and
    full-width forms aside); a negation or a word of doubt right before that word (未完成…, 难以完成…) attests nothing."""
    if not isinstance(reported, m.UnrecognizedValue) or not target.text:
        return None
    text = "".join(fold(reported.text).text.split())
    own = "".join(fold(target.text).text.split())
    at = text.find(own) if own else -1
    if at < 0:
        return None
    before = text[:at]
    ends = [(before.rfind(word), word) for word in lexicon().tasks.complete if word in before]
    if not ends:
        return None
    start, word = max(ends)
    if before[:start].endswith((*lexicon().outcome.negation, *lexicon().outcome.short.get("unsure", ()))):
        return None  # 未完成…, 难以完成…, 基本完成… (not surely or wholly: outcome.short.unsure)
    return note("target_completed", words=text[start:at + len(own)])


def refusals(read: m.Constraint | m.UnrecognizedValue) -> list[m.Note]:
    """Why a text was refused rather than read, where the grammar says: a range written high to low (8-负2), in
    a reported value or anywhere in a target (增长8-负2%); a bidirectional or other control in the text (judge/inputs.py)."""
    found = (read,) if isinstance(read, m.UnrecognizedValue) else tuple(m.nodes(read))
    # here: a check whose readings its rules snapshot kept loads no lexer
    from ..language.shape import MAX_TOKENS, REVERSED, TOO_LONG
    from .inputs import BIDI_CONTROL, CONTROL_CHARACTER
    codes = {REVERSED: "reversed_range", "not_value": "not_value",  # not_value: 2项指标, a count (language/reported.py)
             "ratio": "ratio", "open_range": "open_range"}  # 1:2.48, a ratio other than X:1 (language/lexer.py); ~7
    # and 7-, a range's mark on one side of a figure only (language/signs.py)
    from ..language.numerals import ratio_parts  # 5:40:55, a structure of three parts or more: no figure, no X:1

    return [
        note(TOO_LONG, length=len(span.text), limit=MAX_TOKENS) if span.role == TOO_LONG
        else note(span.role, char=f"U+{ord(span.text):04X}", at=span.start + 1)
        if span.role in (BIDI_CONTROL, CONTROL_CHARACTER)
        else note("ratio_structure", text=span.text, parts=ratio_parts(span.text))
        if span.role == "ratio" and ratio_parts(span.text) > 2 else note(codes[span.role], text=span.text)
        for node in found if isinstance(node, (m.Unrecognized, m.UnrecognizedValue)) for span in node.spans
        if span.role in codes or span.role in (TOO_LONG, BIDI_CONTROL, CONTROL_CHARACTER)
    ]


def no_target(target: m.Constraint) -> bool:
    """A target cell saying none (``-``, ``无``, empty: language.reported.says_none), no target for its period: a rules
    file leaves the period out (plans/schema.py); judged alone it is pending, lacking the target, never unreadable."""
    from ..language.reported import says_none  # here: only an unread target asks, a snapshot's check loads no lexer

    return isinstance(target, m.Unrecognized) and says_none(target.text)


def flat(reported: m.Reported) -> TypeGuard[m.Value]:
    """Whether the whole reported cell says no change from the previous period (与上年持平, 全年居民消费价格与上年持平:
    language/reported.py reads it as a change of 0 labelled with its words, a name's before them)."""
    return (isinstance(reported, m.Value) and reported.change == "up" and not reported.value.value
            and reported.label is not None and reported.label.endswith(tuple(lexicon().reported.flat)))
