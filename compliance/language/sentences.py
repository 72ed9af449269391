"""Target forms for sentences: the indicator phrase (subject), hedges and framing around the figure,
plan-table brackets and qualitative targets.

- :func:`sentence` peels the words that change nothing (hedges such as 力争 and trailing clauses such as
  ，在实际工作中争取更好结果; framing such as 的预期目标是, 的区间值, 的控制目标; a gloss bracket
  （即年均下降2.5%）) and the leading indicator phrase (the ``subject``), and reads the rest with the
  whole table of forms: ``地区生产总值增长6%左右`` reads as ``增长6%左右`` does, with subject 地区生产总值.
  The subject ends where a predicate begins (a change verb, a comparator, a reach word, 约, a
  direction, a year, the first figure): the words are the lexicon's, never a list of indicator names.
- :func:`trailing_clause`: a target and trailing clauses without a figure (``，主要污染物排放量继续下降``),
  kept as a remark the explanation names as not judged.
- :func:`period_total`: ``〔18〕``, ``[15]``, ``【18】``, a five-year cumulative cell.
- :func:`qualitative`: ``国际收支基本平衡``, tried last, only where nothing else reads and no figure is
  written.
"""

from __future__ import annotations

from .. import models as m
from .items import Group, Item, Reader, change, is_a, is_kind, updated
from .lexer import DURATION, NUM, PUNCT, SYNC, TEXT, YEAR, Token
from .lexicon import lexicon, per_lexicon
from .nested import leading_side, side
from .targets import base_update

#: lexicon meanings of a word that begins a target's predicate (the subject ends before it)
_PREDICATE = ("change", "op_before", "reach", "approx_before", "direction", "cumulative", "complete")
#: words that change nothing in the reading, dropped wherever they stand and kept as remarks
_IDLE = {"hedge": "hedge", "framing": "framing"}
#: stands for the mark that ends a table row's name (服务业增加值：增长8%) among the items read
_MARK = Token(PUNCT, -1, -1, "")
#: meanings that make a text without a figure a target of completion (完成国家下达的目标任务, 达到国家要求)
_DONE = ("complete", "attested", "ref")


def sentence(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``地区生产总值增长6%左右``, ``进出口总额力争增长8%左右``, ``增长的预期目标是5%至5.5%``,
    ``经济增长4.5%-5%，在实际工作中努力争取更好结果``, ``15%降幅``, ``12%（即年均下降2.5%）``."""
    rest, remarks = _idle(r, items)
    if rest is None:
        return None
    read = r.target(rest) if remarks and rest else None
    update: dict[str, object] = {}  # what the subject changes in the reading: copied once, with the text and remarks
    if read is None:
        peeled = _subject(r, rest)
        read, update = peeled if peeled is not None else (_change_after(r, rest), update)
    if read is None:
        return None
    update.update(text=text, remarks=tuple(remarks) + read.remarks)
    return updated(read, update)


def _idle(r: Reader, items: list[Item]) -> tuple[list[Item] | None, list[m.Span]]:
    """``items`` without hedges, framing words, a trailing gloss bracket and the marks around a
    trailing clause of effort; None where that leaves several clauses (those are read elsewhere)."""
    remarks: list[m.Span] = []
    kept: list[Item] = []
    folded = r.tokens.folded.text
    ends = (*lexicon().subject_marks, *lexicon().opening_ends)
    opened = _framed_opening(items) if any(mark in folded for mark in ends) else 0
    if opened:  # 報告提出2025年主要預期目標:經濟增長6%左右: the words that open a list of targets, then one of them
        start, end = r.bounds(items[0], items[opened - 2])
        remarks.append(m.Span(start=start, end=end, role="framing", text=r.source[start:end]))
        items = items[opened:]
    if len(items) > 2 and is_a(items[0], "rsep") and is_kind(items[1], YEAR):  # 到2025年，…: the year aimed at
        remarks.append(r.span(items[1], "horizon"))
        items = items[3:] if is_kind(items[2], PUNCT) else items[2:]
    if len(items) > 2 and is_kind(items[0], YEAR) and isinstance(items[1], Token) and _only(items[1], "level_label"):
        # 2021年全市地区生产总值增长6%以上: the target's own year before a place word and the name (a year
        # before plain words is read by the change form, which tells a base year: 2020年基础上增长10%)
        remarks.append(r.span(items[0], "year"))
        items = items[1:]
    if len(items) > 3 and _modal_words(items[0]) and (is_a(items[1], "reach") or is_a(items[1], "complete")) and _is_name(
            items[2], items[3]):
        remarks.append(r.span(items[0], "framing"))  # 內蒙古要完成地區生產總值…: who is to reach it, not the subject
        items = items[1:]
    if len(items) > 2 and (is_a(items[0], "reach") or is_a(items[0], "complete") or _opening_predicate(items)) and _is_name(
            items[1], items[2]):
        remarks.append(r.span(items[0], "reach"))  # 实现新增就业不少于26万人: the verb before the subject
        items = items[1:]
    last = len(items) - 1
    marks = False  # whether a mark is kept
    for index, item in enumerate(items):
        if isinstance(item, Token):
            role = _idle_role(item) if item.meanings else None  # a word without meanings is never idle
            # between two words of a name it is part of the name (人均预期寿命), not a hedge
            if role is not None and not (
                    0 < index < last and is_kind(items[index - 1], TEXT) and is_kind(items[index + 1], TEXT)):
                remarks.append(r.span(item, role))
                continue
            marks = marks or item.kind == PUNCT
        elif item.items and is_a(item.items[0], "gloss") and index == last:
            remarks.append(r.span(item, "gloss"))
            continue
        kept.append(item)
    while kept and is_kind(kept[-1], PUNCT):  # the mark before a dropped trailing clause
        kept.pop()
    if not marks:
        return kept, remarks  # no mark: neither a table row's name nor several clauses
    colon = _subject_mark(kept)
    if colon is not None:  # 服务业增加值：增长8%: a table row's name, its mark and its target
        return kept[:colon] + [_MARK] + kept[colon + 1 :], remarks
    quotes = lexicon().quotes
    if any(isinstance(item, Token) and item.kind == PUNCT and item.text not in quotes for item in kept):
        return None, remarks
    kept = [item for item in kept if not is_kind(item, PUNCT)]
    return kept, remarks


def _framed_opening(items: list[Item]) -> int:
    """Where the target begins after the words opening a list of targets, a framing word and a subject mark ending
    them (报告提出2025年主要预期目标：, 今年主要预期目标:, the thirteenth set's tr060), or 0: the name is the target's own
    (经济 of 经济增长6%左右), never the opening words (主要 was taken for it, and a year before them left it unread)."""
    for at, item in enumerate(items):
        if type(item) is Token and item.kind == PUNCT and item.text not in lexicon().quotes:  # 《政府工作报告》明确了…:
            if 0 < at < len(items) - 1 and is_a(items[at - 1], "framing") and (
                    item.text in lexicon().subject_marks or item.text in lexicon().opening_ends and not any(
                        is_kind(before, NUM) for before in items[:at])):  # 吉林官方制定的2017年预期目标是,地区生产总值…
                return at + 1  # a comma ends the opening only where no figure is before it (no target of its own)
            return 0
    return 0


def _idle_role(token: Token) -> str | None:
    """The role of a word that changes nothing in the reading (the first of :data:`_IDLE` it means), if any."""
    if len(token.meanings) == 1:  # most words: one meaning, no loop over the idle ones
        return _IDLE.get(token.meanings[0][0])
    for name, role in _IDLE.items():
        if token.means(name) is not None:
            return role
    return None


def trailing_clause(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``单位国内生产总值能耗降低3%左右，主要污染物排放量继续下降``, ``≥90 且无危险废物排放``,
    ``<全省平均水平，且近三年逐年下降``: a target, then clauses without a figure that state no
    threshold of their own (a direction, a state, words no form reads). The clauses never move the
    threshold: the target is read alone and the clauses are kept as a remark (role ``clause``) that the
    explanation names as not judged. A later clause with a figure, or one that reads as a target with a
    threshold (高于全省平均水平), leaves the text to the reading of several targets. A first clause that
    no form reads, without a figure, before one target is a remark too (:func:`_leading_clause`)."""
    return _trailing_clause(r, items, text) or _leading_clause(r, items, text)


def _trailing_clause(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    for cut in _clause_starts(items):
        rest = items[cut:]
        if _has_figure(rest):
            continue
        found = r.target(items[:cut])
        if found is None or isinstance(found, (m.Qualitative, m.Direction, m.Several)):
            return None
        if not all(_unjudged(r, clause) for clause in _split_clauses(rest)):
            return None
        words = rest[1:] if is_kind(rest[0], PUNCT) else rest
        if not words:
            return None
        start, end = r.span(words[0], "clause").start, r.span(words[-1], "clause").end
        remark = m.Span(start=start, end=end, role="clause", text=r.source[start:end])
        return found.model_copy(update={"text": text, "remarks": found.remarks + (remark,)})
    return None


def _leading_clause(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``在持续大幅清费减负的同时，一般公共预算收入降幅继续收窄``: a first clause without a figure that no
    form reads (the circumstances), then one target: the target, the clause a remark (role ``clause``).
    Where the target names no subject the clause is its subject (``…单位国内生产毛额能源消耗，比2020年
    下降13.5%``), after the words up to a year it names (计画到2050年, kept as the remark)."""
    marks = lexicon().several.clauses
    cut = next((at for at, item in enumerate(items) if isinstance(item, Token) and item.kind == PUNCT
                and item.text in marks), None)
    if not cut or cut == len(items) - 1 or _has_figure(items[:cut]) or r.target(items[:cut]) is not None:
        return None
    found = r.target(items[cut + 1 :])
    if found is None or isinstance(found, (m.Qualitative, m.Several)):
        return None
    update: dict[str, object] = {"text": text}
    remarked = cut  # the clause's words up to here are the remark
    if found.subject is None:
        first = max((at + 1 for at, item in enumerate(items[:cut]) if is_kind(item, YEAR)), default=0)
        names = items[first:cut]
        if names and all(is_kind(item, TEXT) for item in names):
            update["subject"], remarked = _span(r, names), first
    if remarked:
        start, end = r.span(items[0], "clause").start, r.span(items[remarked - 1], "clause").end
        update["remarks"] = (m.Span(start=start, end=end, role="clause", text=r.source[start:end]),) + found.remarks
    return found.model_copy(update=update)


def floor_stretch(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``“保8%、争9%”的目标``: at least the floor; the stretch is a remark of effort (role ``hedge``)."""
    words, marks = lexicon().floor_stretch, lexicon().several.enumeration + lexicon().several.clauses
    if any(isinstance(item, Group) for item in items):
        return None
    kept = [item for item in items if isinstance(item, Token) and not is_a(item, "framing")
            and not (item.kind == PUNCT and item.text in lexicon().quotes)]
    if len(kept) == 5 and kept[2].kind == PUNCT and kept[2].text in marks:
        kept = kept[:2] + kept[3:]
    if len(kept) != 4:
        return None
    floor, figure, stretch, aim = kept
    if not (figure.kind == NUM and aim.kind == NUM) or floor.text not in words.floor or stretch.text not in words.stretch:
        return None
    start, end = r.span(stretch, "hedge").start, r.span(aim, "hedge").end
    remark = m.Span(start=start, end=end, role="hedge", text=r.source[start:end])
    return m.Bound(text=text, op="ge", value=r.quantity(figure), spans=(r.span(floor, "floor"),), remarks=(remark,))


def counted(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``促进12万城镇就业困难人员实现就业``, ``提供不少于十万个高校毕业生就业职位``: one plain word (the
    action), the figure with its comparator, then the words of what is counted, with no figure: the
    figure's target, its subject the counted words and the action a remark. Without the action the
    figure is a share of what follows its 的 (``70%以上的地级及以上城市全面消除重污染天气``)."""
    if len(items) < 3:
        return None
    share = is_kind(items[0], NUM)
    if not share and not is_kind(items[0], TEXT):
        return None
    at = 0 if share else 1
    while at < len(items) and is_a(items[at], "op_before"):
        at += 1
    if at >= len(items) or not is_kind(items[at], NUM):
        return None
    end = at + 1
    while end < len(items) and is_a(items[end], "op_after"):
        end += 1
    rest = items[end:] if share else items[at + 1 :]
    if not rest or not is_kind(rest[0], TEXT) or _has_figure(rest):
        return None
    of = lexicon().outcome.of
    if share and not (isinstance(rest[0], Token) and rest[0].text.startswith(of) and len(rest[0].text) > len(of)):
        return None
    before = r.source[: r.span(items[0], "action").start]
    if sum(before.count(mark) for mark in lexicon().quotes) % 2:  # “十三五”规划: a name in quotation marks
        return None
    found = r.target(items[: end] if share else items[1 : at + 1])
    if not isinstance(found, (m.Level, m.Bound)):
        return None
    subject = _span(r, rest)
    if share and subject is not None:  # the words after 的
        subject = m.Span(start=subject.start + len(of), end=subject.end, role="subject", text=subject.text[len(of) :])
    remarks = found.remarks if share else (r.span(items[0], "action"),) + found.remarks
    return found.model_copy(update={"text": text, "subject": subject, "remarks": remarks})


def _clause_starts(items: list[Item]) -> list[int]:
    """Where a trailing clause may begin: a clause mark, or a plain word that begins with 且 after a
    word that is not plain (≥90 且无…)."""
    words = lexicon().several
    found = []
    for at in range(1, len(items)):
        item = items[at]
        if not isinstance(item, Token):
            continue
        if item.kind == PUNCT and item.text in words.clauses:
            found.append(at)
        elif item.kind == TEXT and not is_kind(items[at - 1], TEXT) and item.text.startswith(words.joiners):
            found.append(at)
    return found


def _split_clauses(items: list[Item]) -> list[list[Item]]:
    clauses: list[list[Item]] = [[]]
    for item in items:
        if isinstance(item, Token) and item.kind == PUNCT and item.text in lexicon().several.clauses:
            clauses.append([])
        else:
            clauses[-1].append(item)
    return [clause for clause in clauses if clause]


def _unjudged(r: Reader, clause: list[Item]) -> bool:
    """A clause that states no threshold: no form reads it, or it reads as a state or a direction."""
    found = r.target(clause)
    return found is None or isinstance(found, (m.Qualitative, m.Direction, m.Unrecognized))


def _subject_mark(items: list[Item]) -> int | None:
    """Where a mark after a name ends the subject (服务业增加值：增长8%), if one does."""
    marks = lexicon().subject_marks
    at = next((i for i, item in enumerate(items) if isinstance(item, Token) and item.kind == PUNCT and item.text in marks), None)
    if at and _is_name(items[0]) and not any(is_kind(item, NUM, YEAR, PUNCT) for item in items[:at]):
        return at
    return None


def _subject(r: Reader, items: list[Item]) -> tuple[m.Constraint, dict[str, object]] | None:
    """The indicator phrase before the predicate, and the predicate read as a target: the reading and what
    the subject changes in it (the caller copies it once, with what it changes too)."""
    if _MARK in items:  # the subject is what stands before the mark (and words of the name after it: 新增)
        at = items.index(_MARK)
        found = r.target(items[at + 1 :])
        if found is not None:
            return found, {"subject": _span(r, items[:at])}
        items, start = items[:at] + items[at + 1 :], at + 1
    else:
        # a name begins with plain words, a place (全省) or an action on a name (新增就业), not an action on a number (净减1.2)
        if len(items) < 2 or not _is_name(items[0], items[1]):
            return None
        start = 1
    for cut in range(start, len(items)):
        if not _starts_predicate(items[cut]):
            if is_kind(items[cut], NUM):
                break
            continue
        if cut >= 3 and is_a(items[cut - 2], "ref") and side(items[cut - 3], items[cut - 1]):
            return None  # 比全省平均水平高2个百分点: a comparison (nested.reference reads it), never a name's words
        if cut >= 2 and is_a(items[cut - 1], "ref") and leading_side(items[cut - 2]) is not None:
            return None  # 高出全省平均水平2个百分点: the same, the side word leading
        found = r.target(items[cut:])
        if found is None and _compares_with_reference(items, cut):
            return None  # 高于全省平均水平3个百分点以上: a comparison no form reads is no part of a name
        if found is not None:
            update = base_update(found, r.text_of(items[:cut]))  # 地区生产总值比上年增长6%, GDP年均增长6%
            subject = _span(r, items[:cut], items[cut])
            update["subject"] = subject
            if subject is not None and getattr(found, "label", "") is None:  # PM2.5达到30: the label too
                update["label"] = subject.text
            return found, update
    return None


def _compares_with_reference(items: list[Item], at: int) -> bool:
    """A comparator then a reference at ``at`` (高于全省平均水平): the words of a comparison, never of a subject."""
    word, following = items[at], items[at + 1] if at + 1 < len(items) else None
    return isinstance(word, Token) and word.means("op_before") is not None and is_a(following, "ref")


def _only(token: Token, meaning: str) -> bool:
    return bool(token.meanings) and all(name == meaning for name, _ in token.meanings)


def _starts_predicate(item: Item) -> bool:
    if is_kind(item, NUM, YEAR, DURATION, SYNC):
        return True
    if type(item) is Token:
        for name, _ in item.meanings:  # as item.means(name) for each name of _PREDICATE, in one pass
            if name in _PREDICATE:
                return True
    return False


def _change_after(r: Reader, items: list[Item]) -> m.Constraint | None:
    """``15%降幅``: the figure, then the change it is the size of."""
    word = items[-1] if items else None
    way = change(word) if word is not None else None
    if way is None or word is None or len(items) < 2 or not is_kind(items[0], NUM):
        return None
    inner = r.target(items[:-1])
    if inner is None or not isinstance(inner, (m.Level, m.Bound, m.Approx, m.Range)):
        return None
    return m.Cumulative(text=r.text_of(items), inner=inner, change=way, spans=(r.span(word, "change"),))


def period_total(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``〔18〕``, ``[15]``, ``【18】``: in a plan's indicator table, a total over the plan period."""
    if len(items) != 1 or not isinstance(items[0], Group):
        return None
    bracket = items[0]
    if bracket.open.text not in lexicon().period_brackets or not bracket.items:
        return None
    inner = r.target(list(bracket.items))
    if inner is None or isinstance(inner, (m.Cumulative, m.Qualitative)):
        return None
    return m.Cumulative(text=text, inner=inner, spans=(r.span(bracket, "period_total"),))


def qualitative(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``国际收支基本平衡``, ``外贸外资促稳提质``, ``全面完成国家下达的节能减排目标任务``: no figure, a
    predicate of state or completion; the words before the first predicate are the subject."""
    if _has_figure(items):
        return None
    flat = [item for item in items if isinstance(item, Token)]
    predicate = next((t for t in flat if t.means("qualitative") is not None), None)
    if predicate is None:
        predicate = next((t for t in flat if any(t.means(name) is not None for name in _DONE)), None)
    if predicate is None or len(items) < 2 and predicate.means("qualitative") is None:
        return None
    spans = (r.span(predicate, "qualitative"),)
    names = 0  # the subject: the leading words of a name (国际收支 of 国际收支保持基本平衡)
    while names < len(items) and _is_name(items[names]) and items[names] is not predicate:
        names += 1
    subject = _span(r, items[:names]) if 0 < names < len(items) else None
    rest = items[names:] if subject is not None else items
    return m.Qualitative(text=text, phrase=r.text_of(rest), subject=subject, spans=spans)


def _opening_predicate(items: list[Item]) -> bool:
    """A qualitative predicate (zh.yaml ``qualitative.predicates``) opening a text with a figure is the verb before the
    subject, as 完成 is: 实施省科技重大创新项目10个以上 (2026福建省政府工作报告) counts the projects, at least 10; without a
    figure the word still states a quality (sentences.qualitative)."""
    return is_a(items[0], "qualitative") and _has_figure(items[1:])


def _modal_words(item: Item) -> bool:
    """Plain words ending with a modal verb of zh.yaml ``modal_ends`` (內蒙古要, 全县要, 要 of 今年要实现…)."""
    return is_kind(item, TEXT) and isinstance(item, Token) and item.text.endswith(lexicon().modal_ends)


def _is_name(item: Item, following: Item | None = None) -> bool:
    """A word that may begin an indicator's name; an action (新增) only where a name word follows it."""
    if is_kind(item, TEXT) or isinstance(item, Token) and _only(item, "level_label"):
        return True
    return following is not None and is_a(item, "action") and is_kind(following, TEXT)


def _has_figure(items: list[Item]) -> bool:
    """A number outside quotation marks (“十三五” names a plan, it is no figure)."""
    quoted = False
    for item in items:
        if isinstance(item, Group):
            if _has_figure(list(item.items)):
                return True
        elif item.kind == PUNCT and item.text in lexicon().quotes:
            quoted = not quoted
        elif item.kind == NUM and not quoted:
            return True
    return False


def _span(r: Reader, items: list[Item], following: Item | None = None) -> m.Span | None:
    """The subject over ``items``, without a last word that begins a comparison (能耗比 -> 能耗, where a
    year follows: 研发费用与营收之比达到3.25% keeps its 比)."""
    start, end = r.bounds(items[0], items[-1])
    text = r.source[start:end]
    # 比 of 能耗比2020年下降, and 年均 / 比上年 (the change's base, read off the phrase by the change forms)
    words = _trailing_words()[is_kind(following, YEAR)]
    if text.endswith(words):  # one call where none ends it (most subjects), then the longest that does
        for word in words:
            if text.endswith(word):
                end -= len(word)
                break
    text = r.source[start:end].strip()
    return m.trusted(m.Span, start=start, end=start + len(text), role="subject", text=text) if text else None


@per_lexicon
def _trailing_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words :func:`_span` drops from the end of a subject, longest first (of one length, the later listed
    first): without and with the words before a year (比 of 能耗比2020年下降)."""
    lex = lexicon()
    bases = (*lex.change_bases.since_previous, *lex.change_bases.annual, *lex.verb_adverbs)  # 资费再降低: 再 no name's
    return (tuple(sorted(bases, key=len)[::-1]), tuple(sorted((*lex.subject_trailing, *bases), key=len)[::-1]))
