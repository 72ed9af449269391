"""Choose the figure of a sentence that has several, where both the target and the sentence are known.

A bulletin sentence often holds a level, a rate and a comparison (``全年地区生产总值1000亿元，比上年
增长4.1%，高于全国0.5个百分点``). The grammar cannot know which one is the value, so it reads an
:class:`~compliance.models.Ambiguous` with every candidate; here the parsed target chooses, as a
person would, by setting aside in turn:

1. comparisons (``高于全国0.5个百分点``) and restated targets (``超额完成1100万人的年度目标任务``);
2. figures of another indicator: the target's indicator name (its subject, or the words before its
   figure) is looked for in each figure's clause; a clause that goes on about the one before
   (``，增长6.1%``, ``，实际增长2.9%``) counts as that one's;
3. figures in a unit that does not compare with the target's;
4. a level where the target states a change (``增长6%`` picks the rate, not the 亿元), a change where
   it states a level (``>70`` picks ``达到74.9%``, not ``上升8.9个百分点``);
5. nominal growth where real growth is given too (``名义增长5.0%…实际增长2.9%``).

A step that would set aside every remaining figure is skipped. One figure left is the value; the
verdict's notes say which and why each other was set aside. Several left: ``ambiguous_value``.
The words are in ``language/data/zh.yaml`` (``choosing``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import cache, reduce
from typing import NamedTuple

from .. import models as m
from ..language.lexicon import lexicon
from ..language.normalize import fold
from ..language.units import convert, info
from ..models import Note, Reason
from .change import is_amount, is_points, states_change
from .carried import carried_label
from .cells import column_figure, outcome_column, own_cell, row_number
from .figure import Pending, Undecided, narrows_gap, note
from .names import averaged_over_years, another_than_gap as _another_than_gap
from .names import common as _common, continues as _continues
from .names import elided_subject as _elided, head_word as _head
from .narrowed import all_named_other, names_other as _names_other, narrowed_before, unnarrowed
from .part_items import parts_figure
from .per_head import per_head_of
from .names import clauses as _clauses, reordered as _reordered
from .compared import carried_words as compared
from .names import dated_only, grows_from, other_half, other_head, scope_apart as _scope_apart, share_part
from .respective import find_item, listed_value, shared_units, respective_after, respective_in_clause, respective_runs
from .respective import following, listed_item, listed_subjects, respective as _respective, respective_item as _item
from .names import plain as _plain, spelt_out as _spelt_out
from .names import synonyms as _synonyms, unbracketed as _unbracketed
from .period_parts import latest_year_at, whole_year_after, names_whole_period, names_year, partial_period, period_part
from .period_parts import of_earlier_year, other_year_at, sentence_before, whole_period_named_at
from .years import annual_target, one_year_of_average, since_earlier_year
from .halves import halves_floor, halves_left
from .clause_words import closes as _closes, named_after, names_between as _names_between, opened as _opened
from .target_name import indicator_name as _name, rules_name as _rules_name


#: a figure of a sentence: a number, about a number, or a bound (参保率都在95%以上 stays a bound)
Figure = m.Value | m.ApproxValue | m.BoundValue


class Candidate(NamedTuple):
    value: Figure
    prefix: str  #: the folded words of its clause before it
    suffix: str  #: the folded words of its clause after it
    subject: int = 0  #: how much of the target's indicator name its clause holds
    lead: str = ""  #: the folded words between the figure before it (or the start) and its clause
    named: str = ""  #: the words naming its indicator: its clause's, or the clause's it goes on from
    compares: bool = False  #: its clause compares with another place or level (比全国, as written: before _synonyms)
    at: int = -1  #: where its number begins in the sentence (-1: not known, a list's clause)


def figures(reported: m.Reported) -> tuple[Figure, ...] | None:
    """The figures to choose from: a sentence's candidates, or the values of a list read for one target."""
    if isinstance(reported, m.Ambiguous):
        return tuple(reported.candidates)
    if isinstance(reported, m.SeveralValues):
        listed = tuple(v for v in reported.values if isinstance(v, (m.Value, m.ApproxValue, m.BoundValue)))
        return (*_before_list(reported), *listed)
    return None


def _before_list(reported: m.SeveralValues) -> tuple[Figure, ...]:
    """The figures before a 分别 list the copy lost the marks before (…收入增长2.8%城乡居民人均可支配收入分别增长4.7%、
    6.6%: the list is the last clause; 2.8 and the others are figures of their own), read from the words before it."""
    folded = fold(reported.text).text
    at = folded.find(reported.values[0].text) if reported.values and len(folded) == len(reported.text) else -1
    if at <= 0 or not any(ch.isdigit() for ch in folded[:at]):
        return ()
    from ..language.several import read_reported_text  # here: only such a list asks, a snapshot's check loads no lexer

    lead = read_reported_text(reported.text[:at])
    if isinstance(lead, (m.Value, m.ApproxValue, m.BoundValue)):  # one figure: a candidate of the sentence, as 2.8%
        number = next((span for span in lead.spans if span.role == "number"), None)
        return (lead.model_copy(update={"text": number.text, "spans": (number,)}),) if number else ()
    return tuple(lead.candidates) if isinstance(lead, m.Ambiguous) else ()


def choose(
    reported: m.Reported, target: m.Constraint, unit: str | None, notes: list[Note], indicator: str | None = None,
    dated: bool = False, year: int | None = None,
) -> Figure:
    """The figure the target means, with notes on the choice; :class:`Pending` if it stays open. ``indicator``:
    the indicator's name a rules file gives, where the target names none (``增长7%左右`` of 地区生产总值). ``dated``: the
    caller says the period the text is of (evaluate's ``period=``, ``year`` its year), which a table row does not state."""
    if one_year_of_average(target, reported):  # 2016年,…达到3157.7亿元、增长11.7% against 年均增长11%左右
        raise Pending(Reason.NOT_COMPARABLE, ("average_target",))
    name = _name(target, indicator)
    values = figures(reported) or ()
    if len(values) > MOST_FIGURES:  # 6 6 6 … x 5,000: weighing each against the others costs their square (15 s)
        raise Pending(Reason.AMBIGUOUS_VALUE, (lexicon().render.join.join(str(v.value) for v in values[:3]) + "…",))
    candidates = candidates_of(reported.text, values, name)
    named = _named_without_figure(reported.text, candidates, name)
    wants_change = names_change(target)
    if named and wants_change and _has(named, lexicon().outcome.flat):
        # 居民消费价格与上年基本持平 against 涨幅3%左右: no change, a change of 0
        notes.append(note("flat_reading", clause=named))
        return m.Value(text=named, value=m.Quantity(value=Decimal(0), unit=unit), label=named)
    if named:
        raise Pending(Reason.AMBIGUOUS_VALUE, (name,), notes=[note("figure_none_named", name=name)])
    part, whole = whole_year_after(reported.text)  # 前三季度增长6.5%，预计全年增长6%左右: the year's figure, not the part's
    cell = own_cell(target.text, reported.text)  # a table row pasted whole: its own target cell set aside
    # read once when their step comes (the candidates left then), not once per figure: 1,000 figures cost their square
    latest = cache(lambda: latest_year_at(reported.text))
    whole_named = cache(lambda: unnarrowed(name, candidates, target.text))
    named_whole = cache(lambda: _whole_after_month(reported.text))  # asked last, where two figures are still left

    def row(c: Candidate) -> bool:
        return cell is None or not cell[0] <= c.at < cell[1]

    if wants_change and not dated and not all(row(c) for c in candidates) and not (names_whole_period(reported.text)
                                                                                   or names_year(reported.text)):
        # 固定资产投资 | 亿元 | 增长7% | — | 0.7 (温州 2024 上半年表): the period is in the table's title, not the row
        raise Pending(Reason.NOT_COMPARABLE, ("table_row_period",))

    yearly = whole < 0 and names_whole_period(reported.text)  # 全年…平均值为5.2%。12月份,…为5.1%: a part's figure aside

    def of_whole(c: Candidate) -> bool:  # after 全年 named after a part, or (全年 first) no part in its own sentence
        said = c.prefix if c.at < 0 else sentence_before(reported.text, c.at)
        return (c.at < part or c.at >= whole) if whole >= 0 else not (yearly and period_part(said))  # c.at < 0: a list's

    column = outcome_column(target.text, reported.text, wants_change) if dated else None
    first = column_figure(reported.text, column, [(c.at, str(c.value.value)) for c in candidates])  # or Pending

    steps: tuple[tuple[str, Callable[[Candidate], bool]], ...] = (
        ("target_gap", _gap_to_target(target, candidates)),  # 增长8.3%,比年初预期目标高1.3个百分点 against 7以上
        ("partial", of_whole),
        ("comparison", lambda c: not c.compares),
        ("comparison", _not_a_share(name)),
        ("restated_target", lambda c: not _has(c.suffix, lexicon().choosing.restated_target)),
        ("restated_target", row),  # a table row: its own target cell
        ("row_number", lambda c: c.at < 0 or not row_number(reported.text, c.value, c.at)),  # 1 全区生产总值(亿元) 1000 …
        ("column", lambda c: first is None or c.at == first),  # 计划 4620 | 7以上 ‖ 4619.8 | 8.3: the target's column
        ("earlier_year", lambda c: c.at < 0 or c.at >= latest()),  # 2021年…;2022年,…1.5%
        ("earlier_year", lambda c: c.at < 0 or not of_earlier_year(reported.text, c.at)),  # 2022年…。…2021年…9.6%
        ("partial", _average_first(target, name)),  # 2015年…增长8.4%,五年间年均增长9.4% against 年均增长6%以上: 9.4
        ("other_indicator", _best_subject(candidates)),
        ("other_indicator", _named_as_is(candidates, name)),  # 全年粮食产量 beside its parts 小春粮食产量, 大春粮食产量
        ("other_indicator", lambda c: whole_named()(c) and not per_head_of(name, c.named)),
        ("other_indicator", _apart(name, _scope_apart, lambda: candidates)),  # 其中规模以上工业…
        ("other_indicator", _apart(name, other_head, lambda: candidates)),  # 单位…能耗 against GDP
        ("unit", lambda c: _fits(c.value, unit, written=True)),
        ("unit", lambda c: _fits(c.value, unit)),
        ("change" if wants_change else "level", _change_or_level(target, name, unit, wants_change)),
        ("real", _nominal_first(candidates, name, target.text)),  # 社会消费品零售总额增长11%: 12.5, not the real 10.7
        ("nominal", _real_first(candidates)),
        ("partial", lambda c: whole < 0 or c.at >= whole),  # 上涨2.5%，12月份上涨1.8%，全年平均上涨2.5%: the 全年 figure
        # 失业率12月末为3%,全年平均4.2% against a rate's yearly target: the year's, 4.2 (a balance's year end is its year's)
        ("point", lambda c: unit != "%" or named_whole() < 0 or c.at >= named_whole()),
    )
    discarded: list[Note] = []
    everything = [c for c in candidates if of_whole(c)] or list(candidates)  # a part's figure never comes back
    for why, keep in steps:
        ok = [keep(c) for c in candidates]  # once each: `c not in kept` compared models, 1000 figures 4 s
        if any(ok) and not all(ok):
            aside, candidates = [c for c, k in zip(candidates, ok) if not k], [c for c, k in zip(candidates, ok) if k]
            discarded.extend(note(f"figure_set_aside_{why}", value=c.value.value) for c in aside)
        if len(candidates) == 1:
            break
    if len(candidates) == 1 and _weak(candidates[0], name) and _indicators(everything) > 1:
        # 重污染天数比率 against 优良天数比例达89.3%: a few shared characters do not make it the same indicator
        candidates = [*candidates, *(c for c in everything if c not in candidates)]
    if len(candidates) != 1 and (floor := halves_left(reported, name, values, [(c.value, c.named) for c in candidates])):
        notes.append(note("halves_floor", value=floor.value.value))  # 城镇…增长5.5%,农村…增长7.6%: at least 5.5
        return floor
    shown = lexicon().render.join.join(str(c.value.value) for c in candidates)
    if all_named_other(name, candidates, target.text):  # 第二、第三产业占…比重分别回落2.16和1.66个百分点: no rate's
        raise Pending(Reason.NO_DATA, ("indicator_figure",), [*discarded, note("figure_set_aside_other_indicator", value=shown)])
    if len(candidates) != 1:
        if name and isinstance(reported, m.Ambiguous) and len({c.named for c in candidates}) == 1 and all(
                _has(c.lead, lexicon().choosing.clause_marks) for c in candidates[1:]) and not (dated and any(
                names_year(c.prefix) for c in candidates)):  # 突破千亿元大关,达到1005亿元:
            # one sentence's figures under the target's naming, each in a clause of its own, which the caller may
            # judge each (judge/agreed.py); figures run together (3%.-7%: a range garbled?), a list's values (分别为
            # 5.5%、5%: items to pair with targets) and a target naming no indicator (陕西、广西为5.5%左右 against a
            # city's incomes) are never weighed so, nor, where the caller says the period (period="2022"), figures a
            # clause gives a year of its own (2021年国内生产总值增长8.1%，2019年增长6.0%: other years', MET 增长5.5%左右
            # for 2022); without one the text's figures are taken as the period's (比上年增长5.2%;2022年增长4%: missed)
            raise Undecided(Reason.AMBIGUOUS_VALUE, (shown,), discarded, tuple(c.value for c in candidates))
        raise Pending(Reason.AMBIGUOUS_VALUE, (shown,), notes=discarded)
    picked = candidates[0]
    before = _before_average(picked.named) if annual_target(target) else None  # 五年间年均增长: its words before 年均
    named = picked.named if before is None else before
    if name and (_names_other(name, named, at_figure=not _continues(picked.prefix), known=target.text)
                 or _another_than_gap(target, name, named) or other_half(name, named)
                 or parts_figure(name, reported.text, picked.at)):  # 香洲、金湾和斗门…分别增长10.8%: no district's is the city's
        # 第二产业增加值…增长4.6% against 规模以上工业增加值
        if other_half(name, named) and (floor := halves_floor(reported, name, values)) is not None:
            notes.append(note("halves_floor", value=floor.value.value))  # 城镇和农村…分别增长4.3%、5.3%: at least 4.3
            return floor
        other = note("figure_set_aside_other_indicator", value=candidates[0].value.value)
        raise Pending(Reason.NO_DATA, ("indicator_figure",), notes=[*discarded, other])
    if per_head_of(name, picked.named):  # 人均地区生产总值…增长9.4% against 地区生产总值增长7.5%左右
        other = note("figure_set_aside_other_indicator", value=picked.value.value)
        raise Pending(Reason.NOT_COMPARABLE, ("per_capita",), notes=[*discarded, other])
    if states_change(picked.value) and (base := since_earlier_year(
            target, picked.prefix if picked.at < 0 else sentence_before(reported.text, picked.at), reported.text)):
        raise Pending(Reason.NOT_COMPARABLE, ("since_year",), notes=[*discarded, note("figure_since_year", year=base)])
    if year is not None and (said := other_year_at(reported.text, picked.at, year)) is not None:
        raise Pending(Reason.NO_DATA, ("value",), notes=[*discarded, note("figure_other_year", year=said, period=year)])
    chosen, label = candidates[0].value.value, candidates[0].value.label
    notes.append(note("figure_chosen", value=chosen, label=label) if label else note("figure_chosen_first", value=chosen))
    notes.extend(discarded)
    if picked.named and picked.named == listed_item(picked, everything):  # …、居民消费价格涨幅分别控制在5%: the
        return picked.value.model_copy(update={"label": picked.named})  # first item's, not the label's last words
    if picked.named and picked.at < 0 and not _head(_synonyms(fold(label or "").text)):
        # 城乡居民人均可支配收入分别为44686元、21054元: a list's value labelled 为 alone is its subject's (城镇居民人均…),
        # so the per-head check reads that name, not 为 (pending per_capita before)
        return picked.value.model_copy(update={"label": picked.named})
    return picked.value


def beside_plan(reported: m.Reported, amount: bool = False) -> m.Reported | None:
    """A share of the plan's text without the share's own clause, read, where what is left states a change: 完成投资90.5亿元,
    比上年同期增长16%,完成年度投资计划的102% -> 完成投资90.5亿元,比上年同期增长16%; …同比增长18%,为年度目标的106.2%;
    …完成520亿元,完成年度计划的104%,增长8% (the clauses on both sides). A change target (增长20%) reads its change
    there, the share being of the plan's amount; None where nothing is left or no change is stated. ``amount``: what is
    left states a level in a unit of an amount instead (城镇新增就业1.35万人,完成年度目标的112.5% -> 1.35万人), which a
    target of an amount (城镇新增就业1.4万人) reads: the plan's figure the share is of may be another than the target's."""
    if not (isinstance(reported, m.Completion) and reported.of_plan and reported.spans):
        return None
    text, marks = reported.text, lexicon().choosing.clause_marks
    start, end = min(s.start for s in reported.spans), max(s.end for s in reported.spans)
    head = max(text.rfind(mark, 0, start) for mark in marks)
    tails = [at for at in (text.find(mark, end) for mark in marks) if at >= 0]
    parts = (text[:head] if head > 0 else "", text[min(tails) + 1:] if tails else "")
    rest = "，".join(part.strip(marks + " ") for part in parts if part.strip(marks + " "))
    if not rest:
        return None
    from ..language.grammar import parse_reported_text  # here: a check read from its rules snapshot loads no grammar

    found = parse_reported_text(rest)
    if amount:
        said = figures(found) or ((found,) if isinstance(found, (m.Value, m.ApproxValue, m.BoundValue)) else ())
        return found if any(not states_change(f) and is_amount(f.value.unit) for f in said) else None
    if states_change(found) or any(states_change(figure) for figure in figures(found) or ()):
        return found
    return None


def other_indicator(target: m.Constraint, reported: m.Reported, indicator: str | None = None) -> None:
    """Pending where a figure's own words name another indicator than the target's (城镇调查失业率为5.2%
    against 地区生产总值增长6%): the figure says nothing of the target. Where either name is unknown
    (a bare ``6以上``, a label of no indicator: 全年, 经济总量), nothing is said."""
    if getattr(reported, "label", None) and _about_other(reported, _name(target, indicator), target.text,
                                                        annual_target(target)):  # no label: at once
        raise Pending(Reason.NO_DATA, ("indicator_figure",),
                      notes=[note("figure_set_aside_other_indicator", value=getattr(reported, "value", None))])
    label = getattr(reported, "label", None)
    if (carried := carried_label(reported)) and _about_other(reported.model_copy(update={"label": carried}),
                                                             _name(target, indicator), target.text):
        raise Pending(Reason.NO_DATA, ("indicator_figure",))  # …人均GDP為…元，年增率5.1%: the clause before names it
    label = carried or label
    if label and per_head_of(_name(target, indicator), _synonyms(fold(label).text)):
        # 人均地区生产总值增长9% against 地区生产总值增长7.5%: the per-head figure alone, as choose() sets it aside
        raise Pending(Reason.NOT_COMPARABLE, ("per_capita",),
                      notes=[note("figure_set_aside_other_indicator", value=getattr(reported, "value", None))])
    if label and averaged_over_years(target, label):  # 地区生产总值年均增长5.9% against 增长7%左右: years' average
        raise Pending(Reason.NOT_COMPARABLE, ("annual_average",))
    if one_year_of_average(target, reported):  # 2016年,…增长11.7% against 年均增长11%左右: one year of the average's
        raise Pending(Reason.NOT_COMPARABLE, ("average_target",))


def _before_average(words: str) -> str | None:
    """The folded words before a figure's 年均 (五年间 of 五年间年均增长), None where they say no yearly average."""
    words = fold(words).text
    return min((words[:words.find(w)] for w in lexicon().change_bases.annual if w in words), key=len, default=None)


def _average_first(target: m.Constraint, name: str) -> Callable[[Candidate], bool]:
    """A target of a yearly average (年均增长6%以上) keeps the figures said of one (2015年…增长8.4%,五年间年均增长9.4%:
    9.4, not the year's own growth beside it), unless the words before 年均 name another indicator (固定资产投资年均
    增长12%): the converse of names.averaged_over_years. A step of choose: where no figure says 年均, every one stays."""
    if not annual_target(target):
        return lambda c: True

    def said(c: Candidate) -> bool:  # or a list's item's (第一、第二、第三产业…年均增长4.5%: labelled 第三产业…, named 第一产业…)
        said = [b for w in (c.value.label or "", c.named if c.named != c.prefix else "") if (b := _before_average(w))]
        return any(not (name and _names_other(name, before, known=target.text)) for before in said)
    return said


def names_another(reported: m.Reported | None, indicator: str | None) -> bool:
    """A figure whose own words name another indicator than ``indicator``, the rules file's name of the
    indicator whose row holds it (城镇调查失业率为5.2% in 地区生产总值's row): no figure of that indicator (a plan
    period's yearly figures, judge/progress_series.py). Either name unknown: False."""
    return bool(indicator) and reported is not None and _about_other(reported, _rules_name(indicator or ""))


def _about_other(reported: m.Reported, name: str, known: str = "", annual: bool = False) -> bool:
    """``annual``: the target is a yearly average; a figure's words from its 年均 on (五年间年均增长) name no indicator."""
    label = getattr(reported, "label", None)
    if not name or not label or not isinstance(reported, (m.Value, m.ApproxValue, m.BoundValue)):
        return False
    label = (_before_average(label) if annual else None) or label
    words, cut = _synonyms(fold(label).text), narrowed_before(reported, name, known)  # 第二、三产业…: labelled 三产业…
    return not _continues(words) and (_names_other(name, words, known=known) or other_half(name, words) or cut)


def _gap_to_target(target: m.Constraint, candidates: Sequence[Candidate]) -> Callable[[Candidate], bool]:
    """The figure the report's own gap to the target (比年初预期目标高1.3个百分点, in points) follows, where that figure is
    the target's number off by the gap (8.3 against 7以上, a bare cell: 温州 2015, outcomes_ninth on025): the target's."""
    goal = getattr(target, "value", None)
    for before, gap in zip(candidates, candidates[1:]):
        of, by = getattr(before.value, "value", None), getattr(gap.value, "value", None)
        if isinstance(goal, m.Quantity) and isinstance(of, m.Quantity) and isinstance(by, m.Quantity) \
                and is_points(by.unit) and not is_points(of.unit) and _has(gap.prefix, lexicon().choosing.restated_target) \
                and abs(of.value - goal.value) == by.value and _gap_side(gap.prefix, of.value - goal.value):
            return lambda c: c is before
    return lambda c: True


def _gap_side(prefix: str, off: Decimal) -> bool:
    """Whether the side the gap's words say (比…目标高 / 低: zh.yaml reference_sides, the last word before the figure) is
    the side the figure is of the target: 8.3 after 7以上 is 高1.3个百分点, never 低 (a sentence saying both is no gap)."""
    sides = lexicon().reference_sides
    words = prefix.rstrip()
    if words.endswith(tuple(sides["gt"])):
        return off > 0
    if words.endswith(tuple(sides["lt"])):
        return off < 0
    return True


def candidates_of(text: str, values: Sequence[Figure], name: str) -> list[Candidate]:
    """Each figure with the words of its clause before and after it (a list's value is its clause)."""
    marks = lexicon().choosing.clause_marks
    join = lexicon().render.join
    found = []
    after = 0  # where the figure before ends, in the sentence
    for value in values:
        at = next((span for span in value.spans if span.role == "number"), None)
        if at is not None and value.text != at.text and value.text[at.start:at.end] == at.text:
            own = value.text  # a clause of a list: its spans are its own
        elif at is not None and text[at.start:at.end] == at.text:
            own = text
        else:
            label = fold(value.label or "").text
            found.append(Candidate(value, _synonyms(label), "", compares=_has(label, lexicon().choosing.comparison)))
            continue
        low, high = max(0, at.start - LONGEST_CLAUSE), at.end + LONGEST_CLAUSE  # never the whole text for each figure
        start = max(low - 1, *(own.rfind(mark, low, at.start) for mark in marks)) + 1
        while start > low and _closes(own[start:at.start]):  # 達12.82萬億元(人民幣,下同)、增長5.8%: no mark in a bracket
            start = max(low - 1, *(own.rfind(mark, low, _opened(own, low, start)) for mark in marks)) + 1
        if own is text and start < after < at.start and _names_between(own[after:at.start]):
            start = after  # 增长10.7%规上工业增加值增长19%: a figure ends its clause where the copy lost the mark
        ends = [index for index in (own.find(mark, at.end, high) for mark in (*marks, join)) if index >= 0]
        end = min(ends) if ends else min(high, len(own))
        lead = _synonyms(fold(own[after:start]).text) if own is text and after < start else ""
        found_at, found_end = find_item(text, own, after) if own is not text else (-1, -1)  # 增長 folded to 增长
        if found_at > after:  # a list's item: the sentence's words before it (…；城乡居民收入分别增长7%和9%) lead to it
            lead = _synonyms(fold(text[after:found_at]).text)
        after = at.end if own is text else (found_end if found_at >= 0 else after)
        prefix = fold(own[start:at.start]).text  # 比全国: compared as written (_synonyms leaves 全国 out)
        found.append(Candidate(value, _synonyms(prefix), fold(own[at.end:end]).text, lead=lead,
                               compares=_has(prefix, lexicon().choosing.comparison), at=at.start if own is text else -1))
    return _subjects(shared_units(found), name)  # 0.9、-0.6和1.4个百分点: each in points


def _apart(name: str, test: Callable[[str, str], bool], left: Callable[[], list[Candidate]]) -> Callable[[Candidate], bool]:
    """A step setting aside a figure whose words ``test`` names apart from ``name`` (another head, scope), only where a
    figure left names the name's own head as the name does (全省地区生产总值增长12.5%左右;单位…能耗下降4.6%左右): never to
    leave one naming nothing (旅游人次增长39.05%,旅游业总收入增长47.3% MET a GDP target on 39.05)."""
    own, told = _head(name), list[bool]()

    def keep(c: Candidate) -> bool:
        if not told:  # once a step, over the figures left then
            told.append(bool(own) and any(_head(o.named) == own and not test(name, o.named) for o in left()))
        return not (told[0] and c.named and test(name, c.named))
    return keep


def _whole_after_month(text: str) -> int:
    """Where ``text`` names the whole period (全年) after a month (12月末为3%,全年平均4.2%: a point of the year, then the
    year's), else -1: 全年 naming another indicator's figure (地区生产总值增长5.5%，全年规上工业增加值增长8%) sets none aside."""
    at = whole_period_named_at(text)
    return at if at > 0 and lexicon().outcome.month in fold(text[:at]).text else -1


#: the most figures a text is chosen from (the corpora's most: 18; a bulletin paragraph pasted whole, up to
#: inputs.MAX_TEXT, holds some hundreds: 200 set its GDP aside) and the longest clause read around one (their longest:
#: ~100 characters); the clause's window keeps the choosing linear, the cap bounds a cell of figures alone (~0.1 s)
MOST_FIGURES, LONGEST_CLAUSE = 1000, 400


def _named_without_figure(text: str, candidates: Sequence[Candidate], name: str) -> str:
    """The clause without a figure that names the target better than any figure's clause, or ""
    (居民消费价格与上年基本持平 beside 增长0.7%: the 0.7% is another indicator's)."""
    if len(name) < 2:
        return ""
    sources = lexicon().choosing.sources  # 根据地区生产总值统一核算结果: where the figures come from, no indicator's clause
    bare = [clause for clause in _clauses(_synonyms(fold(text).text)) if not any(ch.isdigit() for ch in clause)
            and not clause.startswith(sources)]
    best_bare = max((_common(name, clause) for clause in bare), default=0)
    best = max((c.subject for c in candidates), default=0)
    if best_bare < max(best + 1, 4):
        return ""
    return next(clause for clause in bare if _common(name, clause) == best_bare)


def _subjects(candidates: list[Candidate], name: str) -> list[Candidate]:
    """Each candidate scored by the target's name in its clause (or the clause it goes on from)."""
    if not name:
        return candidates
    scored: list[Candidate] = []
    carried, carried_words, run, runs, lists = 0, "", -1, respective_runs(candidates), listed_subjects(candidates)
    for at, c in enumerate(candidates):
        run = -1 if c.lead else run  # the n-th figure going on from a 分别 list's name is its n-th subject's
        for clause in _clauses(c.lead):  # 地区生产总值上半年由负转正，…，全年增长3.9%: a clause without a figure
            clause = named_after(clause) or clause  # …亿元的一般公共预算收入，同比增长5.9%: the name, not its 的
            named = _score(name, clause)  # naming an indicator is the one the next clauses go on about
            names_one = bool(_head(clause)) and not _continues(clause)  # another one's too (城乡居民收入 before 社零's)
            carried = named if named >= 2 or names_one else carried
            carried_words = clause if (_head(clause) or grows_from(clause)) and not _continues(clause) else carried_words
        words, before = _respective(c.prefix) or c.prefix, carried_words
        score, item = _score(name, words), ""
        if own := named_after(c.suffix):  # 完成了2459.1亿元的一般公共预算收入: the name after the figure is its own
            words, score = own, _score(name, own)
        elif _continues(c.prefix):
            words, run = carried_words, run + 1
            score = max(carried, score)  # 为预算的 shares 预算 with the name: still the clause before's
            item = _item(words, run)
        elif elided := _elided(carried_words, words):  # 规上工业产值…，增加值增长21%: 规上工业's 增加值
            words, score = elided, max(score, _score(name, elided))
        if not item and not _continues(c.prefix):  # 城乡居民人均可支配收入分别增长5%和 before the 8%: 农村's
            item = respective_in_clause(c.prefix, c.suffix, following(candidates, at))  # 第一、第二、第三产业…4.5%、
            item = item or (lists[at] + words if at in lists else "")  # …三产业分别拉动经济增长…1.4: 第三产业拉动经济增长
        if at in runs:  # …达到12398元,分别增长10.6%和13%: the n-th figure after 分别 is the n-th subject's
            words, score, item = runs[at], _score(name, runs[at]), ""
        item = item or respective_after(before, c.prefix, c.suffix)  # …达到45000元和20000元，增长5.5%和7%: 城镇, 农村
        if not dated_only(c.prefix) and not listed_value(c.prefix) and (kept := compared(words, c.compares)) is not None:
            carried, carried_words = (score, words) if kept == words else (_score(name, kept), kept)  # 12月份为5.2%,…; …分别为
            # 39310元、20356元,增长5.5%: a list's name; …快于全市地区生产总值0.6个百分点,占比…: never the GDP it compares with
        score = _score(name, item) if item else score
        scored.append(Candidate(c.value, c.prefix, c.suffix, score, c.lead, item or words, c.compares, c.at))
    return scored


def _score(name: str, words: str) -> int:
    if other_half(name, words):  # 城镇居民人均可支配收入 against 农村居民…: the other half of 城乡
        return 0
    if (part := share_part(name)) and not (_spelt_out(name, words) or _reordered(name, words)  # 服务业增加值占…比重:
                                           or _has(words, lexicon().choosing.share)):  # (…,占…比重2.6%: as it is)
        said = [len(w) for w in lexicon().choosing.measure if w in words and w in name]  # 第三产业比重 names it, a clause
        return _common(part, words) + max(said) if said else 0  # with no share's word (增加值544.5亿元,增长9.3%) does not
    return len(name) if _spelt_out(name, words) or _reordered(name, words) else _common(name, words)


def _weak(c: Candidate, name: str) -> bool:
    """Its clause shares only a few characters of a longer name (及以上, 天数比): not a match; but a clause naming
    nothing but the name's head word (全市投资增长3%左右: the city's 投资) names the target's 固定资产投资."""
    return 0 < c.subject < min(len(name), 4) and not (_head(name) and _plain(c.named) == _head(name))


def _indicators(candidates: Sequence[Candidate]) -> int:
    """How many figures open a clause of their own (name an indicator), not going on from the one before."""
    return sum(1 for c in candidates if c.prefix and not _continues(c.prefix))


def _not_a_share(name: str) -> Callable[[Candidate], bool]:
    """A figure after 占 and the target's own name is a share of that indicator (占固定资产投资的50.7% against
    固定资产投资增长6%), unless the target is a share itself; 占总人口比重(常住人口城镇化率)为84.66% is no share of
    城镇化率 (a bracket's gloss is left out)."""
    words = lexicon().choosing.share
    if not name or _has(name, words):
        return lambda c: True

    def keep(c: Candidate) -> bool:
        for word in words:
            at = c.prefix.find(word)
            if at >= 0 and _spelt_out(name, _unbracketed(c.prefix[at + len(word):])):
                return False
        return True

    return keep


def _best_subject(candidates: Sequence[Candidate]) -> Callable[[Candidate], bool]:
    best = max((c.subject for c in candidates), default=0)
    return lambda c: best < 2 or c.subject == best


def _named_as_is(candidates: Sequence[Candidate], name: str) -> Callable[[Candidate], bool]:
    """Where a clause names the target's indicator as it is (its predicate words, 全年, left out: 全年粮食产量 of 粮食产量),
    a clause naming it with words before it (小春粮食产量, 大春粮食产量 after 其中: parts of it) names another: set aside.
    Where none names it as it is, every clause stays."""
    def bare(words: str) -> str:  # 平均值, a copula at the end too (…平均值为: the year's average is the name's)
        for word in (*lexicon().choosing.predicates, *lexicon().outcome.period_parts.get("averaged", ())):
            words = words.replace(word, "")
        return next((words[:-len(w)] for w in lexicon().several.copulas if w and words.endswith(w)), words)

    own = bare(name)
    exact = bool(own) and any(bare(c.named) == own for c in candidates)
    return lambda c: not exact or bare(c.named) == own or not bare(c.named).endswith(own)


def says_real(words: str) -> bool:
    """Whether ``words`` state a real growth (实际, 扣除价格因素: zh.yaml choosing.real_growth), a name's 实际 aside."""
    choosing = lexicon().choosing
    return _has(reduce(lambda text, no: text.replace(no, ""), choosing.real_not, words), choosing.real_growth)


def _nominal_first(candidates: Sequence[Candidate], name: str, target: str) -> Callable[[Candidate], bool]:
    """A growth target of an indicator stated at current prices (zh.yaml choosing.nominal_names: 社会消费品零售总额)
    that does not say real keeps the nominal figures: the real one (扣除价格因素,…实际增长10.7%) is set aside."""
    if not wants_nominal(name, target):
        return lambda c: True
    return lambda c: not says_real(c.prefix)


def wants_nominal(name: str, target: str) -> bool:
    """Whether a target of the indicator ``name`` means its nominal growth: one stated at current prices (zh.yaml
    choosing.nominal_names) whose ``target`` does not say real. Any other takes the real growth where a text gives
    both (:func:`_real_first`; judge/bracket_item.py for a bracket's)."""
    return bool(name) and any(word in _synonyms(fold(name).text) for word in lexicon().choosing.nominal_names) and (
        not says_real(fold(target).text))


def _real_first(candidates: Sequence[Candidate]) -> Callable[[Candidate], bool]:
    words = lexicon().choosing
    said = {id(c): says_real(c.prefix) for c in candidates}  # 实际使用外资增长: a name's 实际, no real growth
    real = any(said.values())
    return lambda c: not _has(c.prefix, words.nominal_growth) and (not real or said.get(id(c), False))


def _change_or_level(target: m.Constraint, name: str, unit: str | None, wants_change: bool) -> Callable[[Candidate], bool]:
    """A change target keeps changes, a level target levels. A bare figure (``6以上``: no name, unit or
    change) says neither, so only a difference in percentage points, never a level, is set aside; nor does a bare
    figure in % (``陕西、广西为5.5%左右``, a list of places sharing the GDP's growth): a per cent is the unit of a share
    and of a growth rate alike (units.yaml ``dimensions.percent``), so 子洲's 占生产总值的比重为46.2% is no more its figure
    than the growths beside it (a wrong MET on the share, the growths set aside as changes)."""
    if wants_change and isinstance(target, m.Sync):  # a growth beside the economy's: 比上年提高约4个百分点 (蚌埠's 2023
        return lambda c: _is_change(c) and not _in_points(c)  # review, the GDP's growth's change) is no growth of its own
    if wants_change or name or unit and info(unit).dimension != _PER_CENT:
        return lambda c: _is_change(c) == wants_change
    return lambda c: not _in_points(c)


#: the dimension of a share and of a growth rate alike (units.yaml ``dimensions``)
_PER_CENT = "percent"


def _in_points(c: Candidate) -> bool:
    return is_points(c.value.value.unit)


def _is_change(c: Candidate) -> bool:
    return getattr(c.value, "change", None) is not None or _in_points(c) or _ends_with_rate(c.prefix)


def _ends_with_rate(prefix: str) -> bool:
    return any(prefix.endswith(word) for word in lexicon().choosing.rate_words)


def _fits(value: Figure, unit: str | None, *, written: bool = False) -> bool:
    """The figure's unit compares with the target's (``written``: and is written: in a sentence of
    figures a bare number is a list number or a count, 1.地区生产总值…)."""
    if unit is None:
        return True
    if value.value.unit is None:
        return not written
    return convert(value.value.value, value.value.unit, unit) is not None


def names_change(target: m.Constraint) -> bool:
    """The target is about a change (增长6%, 下降3%, 涨幅3%左右), not a level."""
    for node in m.nodes(target):
        if getattr(node, "change", None) is not None:
            return True
        if isinstance(node, m.Direction) and (node.growth or narrows_gap(node)):  # 持续缩小: 较上年缩小0.04
            return True
    name = fold(target.text).text
    head = name[: next((i for i, ch in enumerate(name) if ch.isdigit()), len(name))]
    return any(word in head for word in lexicon().choosing.rate_words)


def _has(text: str, words: Sequence[str]) -> bool:
    return any(word in text for word in words)
