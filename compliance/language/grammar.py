"""Tokens -> constraints and reported values (the second step of parsing): the tables of forms.

Each form reads a whole sequence or declines (returns ``None``); nothing is skipped silently, so
leftover words make a target ``unrecognized`` rather than a guess. Brackets become groups
(``items.py``), which the forms for revisions (``7.2（调整为5.5）``), references
(``达到市级要求（3.2）``), comparison levels (``2.63（市级3.12）``) and notes (``0.1（同口径8%）``) read.

Where a form lives:

- ``items.py``: token items, bracket groups and the :class:`~.items.Reader` (spans back to the source);
- ``shape.py``: the numeric phrase all forms share (``不低于6``, ``8-9``, ``35左右``);
- ``targets.py``: target forms of words and numbers (bound, level, change, direction, task, sync);
- ``nested.py``: target forms that hold another target (revision, provisional, reference, 累计);
- ``reported.py``: reported-value forms.

To read a new phrasing, write one form function in the module of its kind and add it to
:data:`TARGET_FORMS` or :data:`REPORTED_FORMS` below, where it should be tried: earlier forms win.
Its words go in ``data/zh.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from .. import models as m
from . import leads, more_units, multiples, near, nested, numbered, outcomes, phrasings, quoted, reported, sentences
from . import targets
from .amounts import amounts
from .classes import classed
from .items import GROUP, Check, Group, Guard, Item, Reader, TargetForm, group, is_a, is_kind
from .lexer import DURATION, NUM, PUNCT, SYNC, TEXT, YEAR, Token, Tokens, tokenize
from .lexicon import lexicon, per_lexicon
from .normalize import fold
from .reported import ReportedForm
from .shape import MAX_TOKENS, REACHED, TOO_LONG

#: target forms, in the order they are tried
TARGET_FORMS: tuple[TargetForm, ...] = (
    nested.revised,  # 7.2（调整为5.5）: before anything reads the 7.2
    nested.provisional,  # 征求意见中（3）
    sentences.period_total,  # 〔18〕: a plan-table total over the period
    sentences.floor_stretch,  # 保8%、争9%: at least the floor; the stretch is an aim
    targets.stretch_aim,  # 确保增长8%力争10%: the target, then the aim after a stretch word with no mark before it
    targets.place_compared,  # 比全省高1个百分点以上: a place's label compared with is its average (before a name reads it)
    targets.rank,  # 跃居全省前40位, 保持全省第3位: a position, at most the figure (before a level reads it)
    phrasings.top_rank,  # 进入全国地级城市65强: among the first 65, at most the 65th place
    sentences.counted,  # 促进12万城镇就业困难人员实现就业: the figure counts the words after it
    multiples.base_multiple,  # 是2020年的1.5倍: 1.5 times the base year's level (before a sentence or horizon reads it)
    phrasings.change_after_figure,  # 實現20%以上的增長: the change's figure before 的 and the verb (before a direction reads it)
    phrasings.state_direction,  # 就业形势保持总体稳定: a state's direction is a quality (before a sentence reads a direction)
    sentences.sentence,  # 地区生产总值增长6%左右, 增长的预期目标是5%至5.5%: subject, hedges, framing
    sentences.trailing_clause,  # 能耗降低3%左右，主要污染物排放量继续下降: the clause is a remark, not judged
    targets.sync,  # 与经济增长基本同步
    nested.reference,  # 达到市级要求（3.2）, 不高于全市平均水平
    nested.cumulative,  # 累计5000左右
    targets.change_over_years,  # 五年下降14.5
    targets.change_by,  # 下降10%, 比2020年下降18%
    targets.doubling,  # 比2010年翻一番
    targets.magnitude,  # 保持两位数增长: at least 10%
    targets.direction_word,  # 稳步增长
    targets.task,  # 净减1.2平方公里
    targets.horizon,  # 2035年达到37
    targets.numeric,  # 6以上, 8-9, 35左右, 达到63.7, 6
    targets.lead_in,  # 2025年学前教育毛入园率大于90%, 其中规上工业企业达到1000家: a year or 其中 before the name
    targets.counted_action,  # 新增5000个就业岗位, 兴建约30 000个单位: the action, the count, what is counted
    targets.counted_subject,  # 10市平均优良天数287.3天: a count before the name is the name's
    targets.qualified_subject,  # 3岁以下婴幼儿入托率提高6个百分点: a figure with 以下 before the name qualifies it
    sentences.qualitative,  # 国际收支基本平衡: no figure; last, so no numeric form is swallowed
    nested.named_reference,  # 增速高于全部投资: another indicator named after a comparator; after all, read as nothing else
)


def _any(*held: str, check: Check | None = None) -> Guard:
    return Guard(frozenset(held), check)


def _sentence_may_read(found: frozenset[str], items: Sequence[Item]) -> bool:
    """``sentences.sentence`` reads only where it peels a remark (a hedge, framing, a year aimed at, a reach
    word before a name, a gloss bracket at the end), a subject (a name: plain words or a level label) or
    a change after its figure (its last item that is not a mark)."""
    if not _SENTENCE.isdisjoint(found):
        return True
    last: Item | None = None  # the last item that is not a mark
    for item in reversed(items):
        if not is_kind(item, PUNCT):
            last = item
            break
    if isinstance(last, Group):
        return bool(last.items) and is_a(last.items[0], "gloss")
    return is_a(last, "change")


def _revision_may_read(found: frozenset[str], items: Sequence[Item]) -> bool:
    """``nested.revised``: a revision word, or a bracket that begins with one."""
    if "revise" in found:
        return True
    for item in items:  # a loop, not any() over a generator: asked of every phrase with a bracket
        if isinstance(item, Group) and item.items and is_a(item.items[0], "revise"):
            return True
    return False


_SENTENCE = frozenset((YEAR, TEXT, "level_label", "hedge", "framing"))

#: each form's guard (:class:`~.items.Guard`): what the items must hold for the form to read them. A guard
#: is the form's necessary condition, read off its code: where it says no, the form would decline anyway,
#: so the grammar reads exactly as it reads without guards (``tests/test_parse_fast.py`` compares the two
#: on every target of the corpus and on generated phrases). A form without a guard is always tried; a
#: change to a form that lets it read more must widen its guard here.
TARGET_GUARDS: tuple[tuple[TargetForm, Guard], ...] = (
    (nested.revised, _any("revise", GROUP, check=_revision_may_read)),
    (nested.provisional, _any("provisional")),
    (sentences.period_total, _any(GROUP, check=lambda found, items: len(items) == 1)),
    (sentences.floor_stretch, _any(NUM, check=lambda found, items: len(items) >= 4 and GROUP not in found)),
    (targets.stretch_aim, _any("hedge", TEXT, check=lambda found, items: len(items) >= 3 and NUM in found
                                and targets.stretch_at(items) is not None)),
    (targets.place_compared, _any("level_label", check=lambda found, items: targets.compared_at(items) is not None)),
    (targets.rank, _any(TEXT, check=lambda found, items: NUM in found and targets.ranked_at(items) is not None)),
    (phrasings.top_rank, _any(TEXT, check=lambda found, items: NUM not in found and phrasings.top_at(items) is not None)),
    (sentences.counted, _any(TEXT, check=lambda found, items: len(items) >= 3 and NUM in found)),
    (multiples.base_multiple, _any(YEAR, check=lambda found, items: NUM in found and multiples.times_at(items))),
    (phrasings.change_after_figure, _any("change", check=lambda found, items: phrasings.figure_of_change(items) is not None)),
    (phrasings.state_direction, _any("direction", check=lambda found, items: phrasings.state_named(items))),
    (sentences.sentence, _any(*_SENTENCE, GROUP, "change", check=_sentence_may_read)),
    (sentences.trailing_clause, _any(PUNCT, TEXT)),  # a clause begins at a mark or at plain words
    (targets.sync, _any(SYNC)),
    (nested.reference, _any("ref")),
    (nested.cumulative, _any("cumulative")),
    (targets.change_over_years, _any(DURATION)),
    (targets.change_by, _any("change", "direction", check=lambda found, items: "change" in found or NUM in found)),
    (targets.doubling, _any("doubling")),
    (targets.magnitude, _any("magnitude")),
    (targets.direction_word, _any("direction")),
    (targets.task, _any("action")),
    (targets.horizon, _any(YEAR)),
    (targets.numeric, _any(NUM)),
    (targets.lead_in, _any(YEAR, "note_marker", check=lambda found, items: len(items) >= 3 and (
        is_kind(items[0], YEAR) or is_a(items[0], "note_marker")))),
    (targets.counted_action, _any(NUM, check=lambda found, items: len(items) >= 3 and is_kind(items[-1], TEXT)
                                  and not is_kind(items[0], NUM))),
    (targets.counted_subject, _any(NUM, check=lambda found, items: len(items) >= 3 and is_kind(items[0], NUM)
                                   and is_kind(items[1], TEXT))),
    (targets.qualified_subject, _any("op_after", check=lambda found, items: len(items) >= 4 and NUM in found
                                     and is_kind(items[0], NUM) and is_a(items[1], "op_after") and is_kind(items[2], TEXT))),
    (sentences.qualitative, _any("qualitative", "complete", "attested", "ref")),
    (nested.named_reference, _any("op_before", check=lambda found, items: NUM not in found and len(items) >= 2)),
)

#: reported-value forms, in the order they are tried (a cell none reads is unrecognized)
REPORTED_FORMS: tuple[ReportedForm, ...] = (
    reported.not_available,  # 该指标年底出上年数据
    reported.attested,  # 可完成
    reported.flat,  # 与上年持平: no change, a change of 0
    outcomes.completion,  # 完成年计划500亿元的91.2%: a share of the plan, before any figure is read as a level
    outcomes.shortfall,  # 未完成, 低于预期目标0.8个百分点: before 低于 reads as a bound
    reported.measured,  # 4, 8-9, 优良水体比例87.5
    reported.sentence,  # 全年比上年增长4.1%
)


#: whether the forms' guards are used (tests turn them off to compare the two readings)
GUARDED = True


def parse_target_text(text: str) -> m.Constraint:
    tokens = tokenize(text)
    if len(tokens.items) > MAX_TOKENS:  # no target is so long: unread at once (the reading's work is bounded), saying so
        return m.Unrecognized(text=text, spans=(m.Span(start=0, end=len(text), role=TOO_LONG, text=text),))
    if " " in tokens.folded.text:  # a space, or a thin space (30\u2009000) folded to one
        if _SPACED_POINT.search(tokens.folded.text):  # 經濟增長6 . 5%左右: never 6.5, 6 or 5 guessed (as 2. 7 is not)
            return m.Unrecognized(text=text)
        if _GROUPED.search(tokens.folded.text):
            tokens = _joined(tokens)
    if "/" in text:
        tokens = per_units(tokens)
    tokens = amounts(classed(tokens, target=True))  # 水质保持Ⅲ类: at most class 3; 达到3万亿5000亿元: one amount
    if numbered.may_hold(text):  # 1.生产总值增长6%以上: a row's number opening a target is no part of its name
        tokens = numbered.unnumbered(tokens)
    if quoted.may_hold(text):  # 在…“高于全省、领跑全市”的总基调下: a quoted slogan is plain words
        tokens = quoted.quoted_plain(tokens)
    if _lead_or_near().search(text[numbered.number_end(tokens):]) is not None:  # one search where neither is (most
        # texts); after a row's number (2.全年地区生产总值增长6%: 全年 leads the name as it does unnumbered)
        tokens = near.nearly(leads.period_led(tokens))  # 全年生產總值增長12%以上; 增长近1倍, 达到近40%: as 接近
    if multiples.may_hold(text):  # 增长1.5倍: a growth of 150%
        tokens = multiples.multiples(tokens)
    if more_units.may_hold(text):  # 8000多亿元: more than 8000 亿元
        tokens = more_units.more_units(tokens)
    for item in tokens.items:  # a duration among the tokens (3年): a plain loop, no comprehension's frame
        if item.kind == DURATION:
            tokens = _years_long(tokens, target=True)
            break
    found = Reader(tokens, TARGET_FORMS, TARGET_GUARDS if GUARDED else ()).target(group(tokens.items))
    if found is None:  # 控制在1:2.48以内: a ratio that is no figure is named, so the refusal says why
        ratios = reported.ratio_spans(Reader(tokens), tokens.items)
        return m.Unrecognized(text=text, spans=ratios) if ratios else m.Unrecognized(text=text)
    if found.text != text:
        found = found.model_copy(update={"text": text})
    return found


@per_lexicon
def _lead_or_near() -> re.Pattern[str]:
    """A period word, a conjunction, a statement verb or an adverb opening the text (zh.yaml period_leads,
    conjunction_leads, statement_leads, verb_adverbs) or a near word
    anywhere (approx.near): where the token passes of language/leads.py and language/near.py may change something."""
    lex = lexicon()
    lead = "|".join(re.escape(word) for word in (*lex.period_leads, *lex.conjunction_leads, *lex.conjunction_leads_parted,
                                                  *lex.statement_leads, *lex.verb_adverbs))
    near_words = "|".join(re.escape(word) for word in lex.approx.near)
    quoted = f"^[{re.escape(lex.quotes)}]"  # “十三五”时期…: a period lead in quotation marks (leads._quoted_period)
    found = [f"^(?:{lead})" if lead else "", near_words, quoted]
    return re.compile("|".join(part for part in found if part) or "(?!)")


#: digits, a point with a space on either side of it, digits: 6 . 5, refused (tests/test_spaced_point.py: a space by
#: the point is never one figure); the target held the 6 in its name and judged 5%, met by 5.5
_SPACED_POINT = re.compile(r"\d(?: +\. *| *\. +)\d")
#: digits grouped in thousands by a space (30 000, 1 234 567: Hong Kong's and Macao's usage), a decimal part after them
_GROUPED = re.compile(r"(?<![\d.])\d{1,3}(?: \d{3})+(?![\d])")
_FIGURE = re.compile(r"\d{1,3}(?: \d{3})+(?:\.\d+)?")


def _joined(tokens: Tokens) -> Tokens:
    """``兴建约30 000个单位``, ``1 234 567.5元``: digits grouped by a space in threes are one number, 30000 (as Hong Kong
    and Macao write it); the lexer read 30 and 000 apart (a space parts two figures: ``8 9`` stays two). Only whole
    digits, then the groups of three, then the last group's unit."""
    text, items = tokens.folded.text, list(tokens.items)
    at = len(items) - 2
    while at >= 0:
        whole, last = items[at], None
        for after in range(at + 1, len(items)):  # the longest run of figures one figure spans
            part = items[after]
            if part.kind != NUM or whole.kind != NUM or whole.unit is not None or items[after - 1].kind != NUM:
                break
            if _FIGURE.fullmatch(text, whole.start, part.end - len(part.unit or "")):
                last = after
        if last is not None:
            part = items[last]
            value = Decimal(text[whole.start : part.end - len(part.unit or "")].replace(" ", ""))
            items[at : last + 1] = [Token(NUM, whole.start, part.end, text[whole.start : part.end], (), value, part.unit)]
        at -= 1
    return tokens._replace(items=tuple(items))


#: a rate per so many written as a fraction: 12/10万 (twelve per 100,000)
_RATE = re.compile(r"(\d+(?:\.\d+)?)/(\d+)(\D*)")
#: the figure of a rate per so many the lexer read as a share (10/10 of 10/10万): plain digits over plain digits (负10/10
#: is left a share: its numerator is no plain figure)
_FRACTION = re.compile(r"\d+(?:\.\d+)?/\d+")


def per_units(tokens: Tokens) -> Tokens:
    """``30辆/百户``, ``1500平方米/万人``, ``3辆/千人``: a figure with its unit, a slash right after it, then what it is
    counted per (a numeral and a unit, or plain words) is one figure in a unit of its own (辆/百户), as the units table's
    compounds are (张/千人, 人/万人). The 百 of 百户 was read as a figure of 100 households, and the target picked it.
    ``10/10万`` (孕产妇死亡率控制在10/10万以下): ten per 100,000, a figure of 10 in the unit /10万, not the share 10/10 (100%)."""
    text, items = tokens.folded.text, list(tokens.items)
    big = "".join(lexicon().numerals.big_units)
    for at, item in enumerate(items):  # 12/10万 (a numerator over the denominator: no share, plain text)
        rate = _RATE.fullmatch(item.text) if item.kind == TEXT and "/" in item.text else None
        if rate is not None and rate.group(3) and all(char in big for char in rate.group(3)):
            items[at] = Token(NUM, item.start, item.end, item.text, (), Decimal(rate.group(1)),
                              f"/{rate.group(2)}{rate.group(3)}")
    at = len(items) - 2
    while at >= 0:
        figure, slash = items[at], items[at + 1]
        if figure.kind == NUM and figure.unit == "%" and _FRACTION.fullmatch(figure.text) and slash.kind == TEXT and (
                slash.start == figure.end and slash.text[:1] in big):  # 10/10万: ten per 100,000, no share of 100%
            units = len(slash.text) - len(slash.text.lstrip(big))
            scale, rest = slash.text[:units], slash.text[units:]
            numerator, denominator = figure.text.split("/", 1)
            parts = [Token(NUM, figure.start, slash.start + units, text[figure.start : slash.start + units], (),
                           Decimal(numerator), f"/{denominator}{scale}")]
            if rest:
                parts.append(Token(TEXT, slash.start + units, slash.end, rest))
            items[at : at + 2] = parts
        elif figure.kind == NUM and figure.unit is None and slash.text == "/" and slash.start == figure.end and (
                at + 2 < len(items) and items[at + 2].kind == NUM and items[at + 2].start == slash.end
                and items[at + 2].text[:-1].isdigit() and items[at + 2].text[-1:] in big):
            hundred = items[at + 2]  # 9.5/10万: read apart (9.5, /, 10万), it was '<= 10万' (100,000)
            items[at : at + 3] = [Token(NUM, figure.start, hundred.end, text[figure.start : hundred.end], (),
                                        figure.value, f"/{hundred.text}")]
        elif figure.kind == NUM and figure.unit and figure.unit not in ("%", "‰") and slash.start == figure.end:
            over = items[at + 2] if at + 2 < len(items) else None
            if slash.kind == TEXT and slash.text == "/" and over is not None and over.kind == NUM and (
                    over.start == slash.end and not any(char.isdigit() for char in over.text)):
                per, last = over.text, at + 2  # 30辆/百户: 百户 read as a numeral
            elif slash.kind == TEXT and slash.text.startswith("/") and 1 < len(slash.text) <= 6 and not any(
                    char.isdigit() for char in slash.text):
                per, last = slash.text[1:], at + 1  # 1500平方米/万人: the rest plain words
            else:
                at -= 1
                continue
            end = items[last].end
            items[at : last + 1] = [Token(NUM, figure.start, end, text[figure.start : end], (), figure.value,
                                          f"{figure.unit}/{per}")]
        at -= 1
    return tokens._replace(items=tuple(items))


def _years_long(tokens: Tokens, target: bool) -> Tokens:
    """``人均预期寿命提高1年``, ``平均受教育年限提高1年左右``: a whole number of years right after a change word, nothing
    after it but a comparator or 左右, is a length in years (1年, as 提高0.5年 and 提高1岁 are read), not the years a
    change is spread over (五年下降14.5%); the lexer read 1年 as such a span. A reported value is so read alone too
    (1年, 1年左右)."""
    items = list(tokens.items)
    for at, item in enumerate(items):
        if item.kind != DURATION or not all(is_a(after, "op_after") or is_a(after, "approx_after")
                                            for after in items[at + 1 :]):
            continue
        if at and is_a(items[at - 1], "change") or not target and at == 0:
            items[at] = Token(NUM, item.start, item.end, item.text, (), item.value, lexicon().numerals.year)
    return tokens._replace(items=tuple(items))


def parse_reported_text(text: str) -> m.Reported:
    tokens = tokenize(text)
    if " " in tokens.folded.text and _GROUPED.search(tokens.folded.text):  # 30 000个, 30\u2009000: digits grouped by a space
        tokens = _joined(tokens)
    if "/" in text:  # 9.5/10万, 12/10万: a rate per 100,000 as the target's (30辆/百户 a figure per households)
        tokens = per_units(tokens)
    tokens = amounts(classed(tokens, target=False))  # Ⅳ类: the class's figure, 4类; 140万亿1879亿元: one amount
    if multiples.may_hold(text):  # 比上年增长1.5倍: a growth of 150%
        tokens = multiples.multiples(tokens)
    if more_units.may_hold(text):  # 8000多亿元: more than 8000 亿元, as a target reads it (was pending on 多亿元)
        tokens = more_units.more_units(tokens)
    for item in tokens.items:
        if item.kind == DURATION:
            tokens = _years_long(tokens, target=False)
            break
    folded = tokens.folded.text
    if not folded or folded in lexicon().reported.missing:
        return m.Missing(text=text)
    found = reported.read_reported(Reader(tokens), group(tokens.items), text, REPORTED_FORMS)
    moving = _moving_words()
    if moving[1] and any(char in folded for char in moving[1]) and isinstance(found, (m.BoundValue, m.Value)):
        return reached(found, text, moving[0])
    return found


@per_lexicon
def _moving_words() -> tuple[tuple[str, ...], str]:
    """The comparators before a figure that say where a figure moved to, longest first, and their last characters:
    those ending in a range separator that is a word (到, 至: "to"; zh.yaml ``comparators.before``: 提高到, 降至, 增至,
    缩小到, 控制到) or in a word of ``comparators.moved`` (为: 下降为, 提高为). A target's 提高到79岁 is a bound (at
    least 79); a reported one the level reached (:func:`reached`)."""
    lex = lexicon()
    ends = tuple(word for word in lex.range_separators if word.isalpha()) + lex.comparators.moved
    moves = (lex.comparators.before.get("ge", ()), lex.comparators.before.get("le", ()))  # 不到 (short of, lt) moves to none
    words = {word for found in moves for word in found if len(word) > 1 and word.endswith(ends)}
    return tuple(sorted(words, key=len, reverse=True)), "".join(ends)


def reached(found: m.Value | m.BoundValue, text: str, words: tuple[str, ...]) -> m.Reported:
    """``提高到79岁``, ``人均预期寿命提高到79岁``, ``由78.5岁提高到79岁``, ``降至97``: a reported figure right after a word that
    moves to it is the level reached, a point (it was the bound >= 79, and against 提高1岁 the change itself: met), its
    word a span of role ``reached`` (judge/change.py: against a change target it is a level, measured from the previous
    one, pending where that is not known). A figure with another comparator (提高到79岁以上) stays as read."""
    number = next((span for span in found.spans if span.role == "number"), None)
    if number is None or isinstance(found, m.Value) and found.change is not None:
        return found
    before = text[: number.start].rstrip()
    word = next((word for word in words if fold(before[-len(word) :]).text == word), None)
    if word is None:
        return found
    start = len(before) - len(word)
    spans = [span for span in found.spans if not (span.role == "comparator" and span.start == start)]
    if isinstance(found, m.BoundValue) and any(span.role == "comparator" for span in spans):
        return found  # 提高到79岁以上: a second comparator, a bound as written
    spans.append(m.Span(start=start, end=len(before), role=REACHED, text=before[start:]))
    return m.Value(text=found.text, spans=tuple(spans), label=found.label, levels=found.levels, note=found.note,
                   value=found.value)
