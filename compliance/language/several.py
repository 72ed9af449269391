"""Several targets (or reported values) in one sentence: lists of subjects and figures.

``城镇、农村居民人均可支配收入分别增长6%、7%左右`` is two targets: each subject takes the figure in
the same place of the list (分别), or every subject the one figure (``A、B、C均增长10%以上``).
Clauses with their own subjects (``城镇新增就业1100万人以上，城镇登记失业率4.5%以内``) are parts too.
This step sits above the grammar: it cuts the sentence, and the grammar reads each part as it reads
any target. It is tried only where the whole text does not read as one target, so a single target
(``与经济增长同步``, whose 和 is not a list) reads exactly as before. The words are in
``data/zh.yaml`` (``several``).

Decisions, so a caller knows what a part is:

* a part's ``subject`` is the subject as written, its span an offset into the whole text
  (``城镇`` and ``农村居民人均可支配收入``: a shortened item is not completed with the shared head,
  whose start the text does not show);
* a part's ``text`` is the target it was read as (``比2020年下降8%``: the words of the predicate a
  later figure shares are repeated before it, ``下降`` of ``下降8%、10%``);
* a trailing hedge or comparator written once after the last figure (``6%、7%左右``) applies to
  every figure when the others have none;
* a list of figures must have one figure per subject, or one figure for all; otherwise the text
  is not read as a list.

>>> [(p.subject.text, p.kind) for p in read_targets_text("城镇、农村居民人均可支配收入分别增长6%、7%左右")]
[('城镇', 'cumulative'), ('农村居民人均可支配收入', 'cumulative')]
>>> [p.text for p in read_targets_text("化学需氧量、氨氮排放总量比2020年分别下降8%、10%以上")]
['比2020年下降8%以上', '比2020年下降10%以上']
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import models as m
from .cuts import year_led
from .estimated import after_estimate
from .grammar import parse_reported_text, parse_target_text
from .joint import both_references
from .listing import after_distributive as _after_distributive
from .listing import distributive_at as _distributive
from .listing import figures_of as _numbers
from .listing import list_clauses as _clauses
from .listing import list_items as _items
from .listing import list_words as _words
from .listing import masked_text as _masked
from .listing import named_after
from .listing import number_end as _number_end
from .listing import number_start as _number_start
from .listing import starts_with_number as _starts_with_number
from .lexer import tokenize
from .lexicon import lexicon
from .normalize import Folded, fold

#: longer texts are not cut into lists (a sentence of targets is short; this bounds the work)
MAX_LIST_TEXT = 300
#: an item (a subject with its predicate) longer than this is cut only where a token starts
MAX_ITEM = 48
#: reported kinds that are one value each
_VALUE_KINDS = ("value", "approx", "bound", "range")


def _target(text: str) -> m.Constraint:
    try:
        return parse_target_text(text)
    except RecursionError:
        return m.Unrecognized(text=text)


def _reported(text: str) -> m.Reported:
    try:
        return parse_reported_text(text)
    except RecursionError:
        return m.UnrecognizedValue(text=text)


def read_target_text(text: str) -> m.Constraint:
    """One target, or a :class:`~compliance.models.Several` when the text lists several."""
    single = _target(text)
    if single.kind in ("qualitative", "unrecognized"):  # 高于全国、全省平均水平: read as a quality's words
        both = both_references(text)
        if both:
            return m.Several(text=text, parts=both)
    if single.kind != "unrecognized" and (
        not _listed(single.subject) or _joined_name(text, single.subject) or _joined_actions(text, single.subject)
        or _joined_total(text, single.subject)
    ):
        return single
    stretched = _with_aim(text, single) or after_estimate(text, single)  # 2024年…预计…;2025年预期目标…
    if stretched is not None:
        return stretched
    if single.kind == "unrecognized":
        alternatives = _alternatives(text)
        if alternatives:
            return m.Several(text=text, parts=alternatives, alternatives=True)
    parts = _parts(text)
    if parts is None or not parts or (len(parts) == 1 and _distributive(fold(text).text) is None):
        return single
    # one subject with 均 (城乡居民人均可支配收入均增长7%左右) is a several-target of one part: the part
    # holds for each value reported
    return m.Several(text=text, parts=tuple(parts))


#: what a target may be before an aim (增长7%左右、力争8%), and what the aim must be: a figure to reach
_AIMED = ("level", "bound", "approx", "cumulative", "range")


def _with_aim(text: str, single: m.Constraint) -> m.Constraint | None:
    """``增长7%左右、力争8%``, ``确保增长7%，力争8%``, ``城镇新增就业5万人以上、力争6万人``: a target, then a last
    clause that starts with a stretch word (力争, 争取: ``floor_stretch.stretch`` in zh.yaml) and holds only a
    figure. The target is the first clause; the aim is a remark (role ``hedge``: shown, never judged), as
    保8%、争9% and 努力争取更好结果 are. None when the text is not so written (or already reads whole)."""
    stretch_words = lexicon().floor_stretch.stretch
    if single.kind in _AIMED:
        return None
    folded = fold(text).text  # the words are looked for folded: 力爭 (traditional) is 力争
    if not any(word in folded for word in stretch_words):
        return None
    if len(folded) != len(text):  # offsets would not carry over
        return None
    words = _words()
    marks = words.enumeration + words.clauses
    first = _aim_first(text, folded, marks, stretch_words)
    if first is not None:
        return first
    body = folded.rstrip("".join(marks) + " ")  # a mark closing the text (…更好的结果。) cuts no clause
    cut = max(body.rfind(mark) for mark in marks)
    if cut <= 0:
        return None
    start = cut + 1
    while start < len(text) and text[start].isspace():
        start += 1
    aim = folded[start:].rstrip("".join(marks) + " ")
    stretch = next((w for w in sorted(stretch_words, key=len, reverse=True) if aim.startswith(w)), None)
    if stretch is None or not _aim(aim[len(stretch):]):
        return None
    head = _target(text[:cut])
    if head.kind not in _AIMED:
        return None
    remark = m.Span(start=start, end=len(body), role="hedge", text=text[start:len(body)])
    return head.model_copy(update={"text": text, "remarks": (*head.remarks, remark)})


def _aim(words: str) -> bool:
    """What follows the stretch word of an aim: a figure to reach (力争8%), or words of a better result and no figure
    (争取实现更好的结果, 力争更好结果: a word of zh.yaml ``floor_stretch.better``, the words reading as no figure)."""
    found = _target(words).kind
    if found in _AIMED:
        return True
    return found in ("qualitative", "unrecognized") and any(word in words for word in lexicon().floor_stretch.better)


def _aim_first(text: str, folded: str, marks: tuple[str, ...], stretch_words: tuple[str, ...]) -> m.Constraint | None:
    """``力争8%，确保7%``: the aim first (a clause of a stretch word and a figure, no subject), then the target in the
    one clause after it, no subject either (确保, the floor word, or none before its figure). The target is the
    second clause, the aim a remark as in :func:`_with_aim`: met at 7, the aim said (it was two targets against one
    value, pending). The aim's clause is blanked with spaces, which the lexer skips, so the spans stay the text's."""
    stretch = next((w for w in sorted(stretch_words, key=len, reverse=True) if folded.startswith(w)), None)
    cuts = [at for at, char in enumerate(folded) if char in marks]
    if stretch is None or len(cuts) != 1 or not folded[cuts[0] + 1:].strip():
        return None
    aim = _target(folded[len(stretch):cuts[0]])
    head = _target(" " * (cuts[0] + 1) + text[cuts[0] + 1:])
    if aim.kind not in _AIMED or head.kind not in _AIMED or aim.subject is not None or head.subject is not None:
        return None
    floors = lexicon().floor_stretch.floor  # 确保 before the target: its floor word, as 确保7%，力争8% reads it
    floor = tuple(span.model_copy(update={"role": "floor"}) for span in head.remarks if span.text in floors)
    remarks = (m.Span(start=0, end=cuts[0], role="hedge", text=text[:cuts[0]]),
               *(span for span in head.remarks if span.text not in floors))
    return head.model_copy(update={"text": text, "spans": (*floor, *head.spans), "remarks": remarks})


def read_targets_text(text: str) -> list[m.Constraint]:
    """The targets of a text, one per subject (a single target is a list of one)."""
    found = read_target_text(text)
    return list(found.parts) if isinstance(found, m.Several) else [found]


def read_reported_text(text: str) -> m.Reported:
    """One reported value, or :class:`~compliance.models.SeveralValues` for ``分别增长6.3%、7.1%``.

    A list is a text with 分别, or figures only (``6.3%、7.1%``, ``41.2%和58.8%``); any other sentence
    of several figures stays ``ambiguous`` (a several-target pairs its figures when they are as many).
    """
    single = _reported(text)
    if single.kind not in ("ambiguous", "unrecognized") or len(text) > MAX_LIST_TEXT:
        return single
    folded = fold(text).text
    values: list[m.Reported] = []
    listed = _distributive(folded) is not None  # 分别…: a list even where a clause holds one figure
    for start, end in _clauses(folded):
        items = _after_distributive([folded[s:e] for s, e in _items(folded, start, end)])
        items = [item[s:e] for item in items for s, e in _items(item, 0, len(item), conjunctions=True)]
        if not listed and (len(items) < 2 or not all(_starts_with_number(_without_copula(i)) for i in items)):
            # a sentence, not a list (…1000亿元，比上年增长4.1%; 总收入5382.3亿元、同口径增长1.9%): it stays
            # ambiguous, and the target's unit or predicate picks its figure
            return single
        verb = ""
        for index, item in enumerate(items):
            if index and verb and _starts_with_number(item):
                item = verb + item
            value = _reported(item)
            if value.kind not in _VALUE_KINDS:
                return single
            values.append(value)
            if not index:
                verb = item[: _number_start(item)] if _number_start(item) is not None else ""
    if len(values) < 2:
        return single
    return m.SeveralValues(text=text, values=tuple(values))


def combined_name(target: m.Several, reported: m.Reported) -> m.Span | None:
    """The one name a list of modifiers before it makes, where one value is reported for it, or ``None``.

    ``新建城区、居住(小)区配套建设养老服务设施达标率100%``, ``风电、光伏和生物质发电装机容量达到280万千瓦以上``: the parts
    share one figure (no 分别 / 均), their subjects run on (a mark or a conjunction between), only the last holds a
    measure of them all (``choosing.measure`` / ``several.name_ends`` of zh.yaml: 率, 天数, 容量, 项目; a head alone,
    粮食、蔬菜产量, stays a list), no item before it names one (nor a head word) or is a word of a pair (城镇、农村居民人均可支配收入 is two). A single value (a bare figure, or one whose words are a rate
    word or the last name's own: 达标率100%) is then the combined indicator's: not a value for each part. A list of
    values, a sentence of several figures or a value naming one item (新建城区达标率98%) give ``None``.
    """
    parts = target.parts
    if target.alternatives or len(parts) < 2 or len({part.text for part in parts}) != 1:
        return None
    if not isinstance(reported, (m.Value, m.ApproxValue, m.BoundValue, m.RangeValue)):
        return None
    spans = [part.subject for part in parts]
    if any(span is None for span in spans) or _distributive(fold(target.text).text) is not None:
        return None
    subjects = [span for span in spans if span is not None]
    if any(b.start < a.end or b.start - a.end > 2 for a, b in zip(subjects, subjects[1:])):
        return None
    lex = lexicon()
    measures = (*lex.choosing.measure, *lex.several.name_ends)  # what is counted of them all: 率, 天数, 容量, 项目
    halves = (*lex.several.pairs, *(half for pair in lex.several.pairs.values() for half in pair))
    names = [fold(span.text).text for span in subjects]
    if not any(end in names[-1] for end in measures):  # 粮食、蔬菜产量 (a head, no measure): each its own, as before
        return None
    if any(any(end in name for end in (*lex.choosing.heads, *measures)) or name.startswith(halves) for name in names[:-1]):
        return None
    label = fold(getattr(reported, "label", None) or "").text
    for word in sorted((*lex.choosing.rate_words, *lex.reach, *lex.choosing.predicates), key=len, reverse=True):
        label = label.replace(word, "")
    if label.strip() and (label.strip() not in names[-1] or names[-1].startswith(label.strip())):
        return None  # 新建城区达标率98%, or the last item's own (县城生活垃圾无害化处理率100%, 初中入学率100%): one item's
    start, end = subjects[0].start, subjects[-1].end
    return m.Span(start=start, end=end, role="subject", text=target.text[start:end])


def _listed(subject: m.Span | None) -> bool:
    """A subject that is itself a list (``江西、新疆``): the text is several targets."""
    if subject is None:  # most targets: no subject, no word table asked for
        return False
    words = _words()
    folded = fold(subject.text).text
    marks = words.enumeration + words.conjunctions + words.clauses  # a subject never spans two clauses
    if any(mark in folded for mark in marks):
        masked = _masked(folded)  # 卫生厕所普及率: the 及 of 普及 joins nothing
        return any(mark in masked for mark in marks) or bool(_distributive(folded))
    return bool(_distributive(folded))


def _alternatives(text: str) -> tuple[m.Constraint, ...]:
    """``≥33 ≥22``, ``≥50 ≥40 ≥30``: bounds side by side with nothing between them but spaces, the
    thresholds of categories in one table cell (山区 / 丘陵地区, 东部 / 中部 / 西部); empty otherwise."""
    pieces = text.split()
    if len(pieces) < 2 or len(text) > MAX_LIST_TEXT:
        return ()
    parts = tuple(_target(piece) for piece in pieces)
    if all(isinstance(part, m.Bound) and part.subject is None for part in parts):
        return parts
    return ()


def _joined_name(text: str, subject: m.Span | None) -> bool:
    """A subject joined only by a conjunction that joins names (与: ``several.name_joiners``), in a text
    of one figure without 分别 / 均, is one name (研究与试验发展经费支出占生产总值比重1.9%左右, 研发费用与
    营收之比达到3.25%): cut at 与 it would leave one figure for a part that names no indicator. With 、,
    和, 分别 / 均 or a figure each it is a list (城镇调查失业率和登记失业率稳定在4.3%左右)."""
    words = _words()
    if subject is None or _distributive(fold(text).text) is not None:
        return False
    folded = _masked(fold(subject.text).text)
    joiners = lexicon().several.name_joiners
    if any(mark in folded for mark in words.enumeration + words.clauses):
        return False
    for at, _ in enumerate(folded):
        mark = next((w for w in words.conjunctions if folded.startswith(w, at)), None)
        if mark is not None and mark not in joiners and not any(folded.startswith(w, at) for w in words.longer[mark]):
            return False
    return len(_numbers(text)) == 1


def _joined_actions(text: str, subject: m.Span | None) -> bool:
    """A subject that lists actions (``several.actions``: 新建和改造, the last one maybe running into the name:
    新建和改造农村公路), in a text of one figure without 分别 / 均, is one target on the name after it
    (新建和改造提升高标准农田20万亩: one 20万亩): cut at 和 it would give each action the whole figure, and a
    part would name no indicator."""
    if subject is None or _distributive(fold(text).text) is not None:
        return False
    actions = lexicon().several.actions
    folded = fold(subject.text).text
    items = [folded]
    for mark in _words().enumeration + _words().conjunctions:
        items = [piece for item in items for piece in item.split(mark)]
    # the last action may run into the name (新建和改造农村公路1000公里)
    if len(items) < 2 or not all(item in actions for item in items[:-1]):
        return False
    if not any(items[-1].startswith(action) for action in actions):
        return False
    return len(_numbers(text)) == 1


def _joined_total(text: str, subject: m.Span | None) -> bool:
    """A subject ending with a total of what it lists, named once (``several.totals``: 减轻企业税收和社保缴费负担…, one
    burden), one figure, no 分别 / 均: one target, not one per item (A负担和B负担 names it in each: a list)."""
    if subject is None or _distributive(fold(text).text) is not None:
        return False
    folded = fold(subject.text).text
    if not any(folded.endswith(end) and folded.count(end) == 1 for end in lexicon().several.totals):
        return False
    return len(_numbers(text)) == 1


# --------------------------------------------------------------------------- reading the parts


@dataclass
class _Group:
    """Subjects and the predicates that go with them (one each, or one for all)."""

    subjects: list[tuple[int, int]]  #: folded offsets; empty when there is none
    predicates: list[str]
    verb: str | None = None  #: the words before the figure a later bare figure shares; None: no figure
    respectively: bool = False  #: 分别 stands in the item (not 均): a figure for each indicator the subjects name
    #: the subjects with the last item's words not cut at a conjunction (半导体及集成电路产业链), where they were
    whole: list[tuple[int, int]] = field(default_factory=list)


def _subject_predicate(item: str, limit: int, distributive: bool = False) -> tuple[int, m.Constraint] | None:
    """The shortest predicate an item ends with: where it starts and its reading (no subject of its own).

    Every character is a possible start in a short item (比 of 排放总量比2020年 is no word of its own);
    in a long one only the starts of tokens, which bounds the work on long text. Right after 均 / 分别
    (``distributive``, at ``limit``) the words of the predicate may name what every subject's target
    is about (海南、西藏均将2024年增速目标设为8%左右).
    """
    last = min(limit, len(item) - 1)
    if len(item) <= MAX_ITEM:
        starts: list[int] = list(range(0, last + 1))
    else:
        starts = sorted({t.start for t in tokenize(item).items if t.start <= last})
    for at in starts:
        found = _target(_without_copula(item[at:]))
        if found.kind not in ("unrecognized", "several") and (not _leading_words(found) or distributive and at == limit):
            return at, found
    return None


def _without_copula(predicate: str) -> str:
    """``为7%左右`` -> ``7%左右``: the copula between subjects and figures is not part of the target."""
    for word in lexicon().several.copulas:
        if predicate.startswith(word) and len(predicate) > len(word):
            return predicate[len(word) :]
    return predicate


def _leading_words(found: m.Constraint) -> bool:
    """The reading starts with words of a subject (its own subject, or a label such as 城镇新增就业)."""
    if found.subject is not None or getattr(found, "label", None):
        return True
    return any(r.start == 0 and r.role in ("label", "subject") for n in m.nodes(found) for r in n.remarks)


def _parts(text: str) -> list[m.Constraint] | None:
    if len(text) > MAX_LIST_TEXT:
        return None
    folded = fold(text)
    words = _words()
    if not any(mark in folded.text for mark in words.enumeration + words.conjunctions + words.clauses) and (
        _distributive(folded.text) is None
    ):
        return None  # no list mark, no clause, no 分别 / 均: one target or none
    groups: list[_Group] = []
    for start, end in year_led(folded.text, _clauses(folded.text)):  # 到2025年, a clause leading the next
        found = _clause(folded.text, start, end)
        if found is None:
            return None
        groups.extend(found)
    parts: list[m.Constraint] = []
    for group in groups:
        made = _close(group, folded)
        if made is None:
            return None
        parts.extend(made)
    if any(part.kind == "unrecognized" for part in parts):
        return None
    return parts


def _clause(text: str, start: int, end: int) -> list[_Group] | None:
    """The groups of a clause. Items are cut at 、 first; an item is cut at its conjunctions (和, 及)
    only where it does not read whole, so 居民收入增长和经济增长同步 keeps its 和, while the subjects of
    能耗和二氧化碳排放分别降低13.5%、18% are cut there."""
    groups: list[_Group] = []
    waiting: list[tuple[int, int]] = []  # subjects still without a predicate
    queue = [(s, e, True) for s, e in _items(text, start, end)]
    while queue:
        s, e, whole = queue.pop(0)
        item = text[s:e]
        if not item:
            return None
        if groups and not waiting and groups[-1].verb is not None and _starts_with_number(item):
            pieces = _items(text, s, e, conjunctions=True)  # 分别增长3%、5%和6%: the last two joined by 和
            if len(pieces) < 2 or not all(_starts_with_number(text[ps:pe]) for ps, pe in pieces):
                pieces = [(s, e)]
            groups[-1].predicates.extend(groups[-1].verb + text[ps:pe] for ps, pe in pieces)  # 下降8%、10%: one verb
            continue
        where = _distributive(item)
        plain = item if where is None else item[: where[0]] + item[where[1] :]
        figures = _figures_after_verb(text, s, e) if whole and where is None else None
        if figures is not None:  # 城乡居民收入增长6%和8%以上: one verb, its figures joined by 和
            queue[:0] = [(ps, pe, False) for ps, pe in figures]
            continue
        split = _subject_predicate(plain, where[0] if where else len(plain), where is not None)
        name = named_after(item) if split is None and not waiting and where is None else None
        if name is not None:  # 推进2000个省级重点项目: its name after its figure, a part of its own
            groups.append(_Group([(s + name[0], s + name[1])], [item]))
            continue
        if split is None:
            pieces = _items(text, s, e, conjunctions=True) if whole else [(s, e)]
            if len(pieces) > 1:
                queue[:0] = [(ps, pe, False) for ps, pe in pieces]
            elif _number_start(item) is not None:
                return None  # a figure no predicate reads (下降8%8%10%以上): not a subject, not a list
            else:
                waiting.append((s, e))
            continue
        at, _reading = split
        predicate = _without_copula(plain[at:])
        subjects = waiting + (_items(text, s, s + at, conjunctions=True) if at else [])
        uncut = waiting + [(s, s + at)] if waiting and len(subjects) > len(waiting) + 1 else []
        number = _number_start(predicate)
        respectively = where is not None and item[where[0] : where[1]] in lexicon().several.respectively
        groups.append(_Group(subjects, [predicate], predicate[:number] if number is not None else None, respectively,
                             uncut))
        waiting = []
    return groups if groups and not waiting else None


def _figures_after_verb(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The pieces of an item whose first piece is a target with a figure and whose later pieces are bare figures, cut
    at a conjunction (城乡居民收入增长6%和8%以上: 城乡居民收入增长6%, 8%以上): the figures of one verb, never a list of
    subjects (城乡居民收入增长6% is no name). Names without a figure may come first, one for each figure after the verb's
    (地区生产总值和财政收入增长6%和8%以上: 地区生产总值, 财政收入增长6%, 8%以上, which the clause reads as two subjects and
    their figures in turn, as with 、 between the names; it was three parts). None for any other item."""
    pieces = _items(text, start, end, conjunctions=True)
    named = next((at for at, (ps, pe) in enumerate(pieces) if _number_start(text[ps:pe]) is not None), len(pieces))
    if named and (len(pieces) - named != named + 1 or any(_starts_with_number(text[ps:pe]) for ps, pe in pieces[:named])):
        return None  # 城镇调查失业率和登记失业率稳定在4.3%左右: one figure for two names, a list sharing it
    if len(pieces) - named < 2 or not all(_starts_with_number(text[ps:pe]) for ps, pe in pieces[named + 1:]):
        return None
    first = text[pieces[named][0] : pieces[named][1]]
    split = _subject_predicate(first, len(first))
    if split is None or split[0] == 0 or _number_start(first[split[0] :]) is None:
        return None
    return pieces


def _pair_name(name: str, figures: int) -> bool:
    """A name opening with a pair's word that has as many halves as there are figures (城乡居民收入, two)."""
    return any(name.startswith(word) and len(halves) == figures for word, halves in lexicon().several.pairs.items())


def _close(group: _Group, folded: Folded) -> list[m.Constraint] | None:
    predicates = _shared_suffix(group.predicates)
    subjects = group.subjects
    if len(predicates) == 1 and subjects:
        predicates = predicates * len(subjects)
    elif len(subjects) == 1 and (group.respectively or _pair_name(folded.text[slice(*subjects[0])], len(predicates))):
        # 城乡居民收入增长6%和8%以上, no 分别: a pair's name and one figure for each half, in turn, as 分别 gives them
        # 城乡居民人均可支配收入分别增长7%、8%: one name of several indicators (城乡: urban and rural), 分别
        # giving each its figure in turn; every part keeps the name as written
        subjects = subjects * len(predicates)
    elif not subjects:
        subjects_or_none: list[tuple[int, int] | None] = [None] * len(predicates)
        return [_part(p, s, folded) for p, s in zip(predicates, subjects_or_none)]
    if len(predicates) != len(subjects) and len(predicates) == len(group.whole) and group.respectively and not any(
            head in folded.text[s:e] for s, e in subjects[len(group.whole) - 1:-1] for head in lexicon().choosing.heads):
        subjects = group.whole  # A、B、C、半导体及集成电路产业链产值分别突破…: four names for four figures, 及 inside the last
        # (a name before 及 with a head word of its own is an indicator: 固定资产投资及社会消费品零售总额 two, not one)
    if len(predicates) != len(subjects):
        return None
    return [_part(p, s, folded) for p, s in zip(predicates, subjects)]


def _shared_suffix(predicates: list[str]) -> list[str]:
    """``6%、7%左右``: a word after the last figure applies to all when the others have none."""
    if len(predicates) < 2:
        return predicates
    last = predicates[-1]
    end = _number_end(last)
    if end is None or end == len(last):
        return predicates
    suffix = last[end:]
    if any(_number_end(p) != len(p) for p in predicates[:-1]):
        return predicates
    return [p + suffix for p in predicates[:-1]] + [last]


def _part(predicate: str, subject: tuple[int, int] | None, folded: Folded) -> m.Constraint:
    found = _target(predicate)
    if subject is None:
        return found
    start, end = folded.span(*subject)
    span = m.Span(start=start, end=end, role="subject", text=folded.source[start:end])
    return found.model_copy(update={"subject": span})
