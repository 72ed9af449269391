"""A figure of another span of years than the target's: one year against a yearly average, years against one year.

``one_year_of_average`` (moved from judge/choose.py): a target of a yearly average over several years against a text that
names one year of its own. ``since_earlier_year``: a change stated against a named base year more than a year before the
year the text is of (``2021年…较2016年分别增长30.7%``, ``预计2021年实现地区生产总值2550亿元,比2016年增长35.2%``: 屯昌's and
黄冈's five years, the seventeenth set's og040 and og046) against a target of one year's change: the change over five years
was judged as the year's growth, met by 30.7 against 增长6%以上. The base words are zh.yaml change_bases.since_previous with
a year in place of its previous_year word (比上年 -> 比2016年), as judge/names reads 比2022年 said of 2023 as 比上年. A base
year one before the latest year the text names is the previous year (2023年…比2022年增长5%): one year's change. Where the
text names no later year, the span is not known: pending too (a change since 2016, of which year?).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import models as m
from ..models import Reason
from ..language.kept import Once
from ..language.lexicon import lexicon, per_lexicon
from ..language.normalize import fold
from .change import states_change
from .figure import Pending, note
from .period_parts import names_year, other_year_at, sentence_before


def one_year_of_average(target: m.Constraint, reported: m.Reported) -> bool:
    """A target of a yearly average over several years (年均增长11%左右, zh.yaml change_bases.annual) or of a plan period
    named whole (“十三五”期间产值平均增速达10%: :func:`plan_period_target`) against a text that names one year of its own
    (2016年,全市生产总值…增长11.7%: 贵阳's first year of 十三五) and no average, nor the plan: one year's figure says
    nothing yet of the average or the period's total (the converse of names.averaged_over_years)."""
    plan = plan_period_target(target)
    if not plan and not annual_target(target):
        return False
    bases = lexicon().change_bases
    text = fold(reported.text).text
    years = set(re.findall(r"(\d{4})" + re.escape(lexicon().numerals.year), text))
    said = (*bases.annual, *(bases.plan_periods if plan else ()))  # 2020年,…“十三五”期间年均增长: the period's
    return len(years) == 1 and names_year(reported.text) and not any(word in text for word in said)


def plan_period_target(target: m.Constraint) -> bool:
    """A target of a plan period named whole: a plan's name then a span (“十三五”期间, 十四五时期; zh.yaml
    change_bases.plan_periods, plan_spans), quotation marks aside. 期末 names the period's last year: no span."""
    return _spans(target).plan


def annual_target(target: m.Constraint) -> bool:
    """A target of a yearly average over several years: 年均增长11%左右 (zh.yaml change_bases.annual), or a plan period's
    average (“十三五”期间产值平均增速达10%: a plan period named whole and a word of change_bases.plan_average)."""
    return _spans(target).annual


def plan_average(target: m.Constraint) -> bool:
    """A plan period's yearly average: a plan period named whole and a word of zh.yaml change_bases.plan_average
    (“十三五”期间产值平均增速达10%), no 年均 written."""
    return _spans(target).plan_average


@dataclass(frozen=True, slots=True)
class _Spans:
    """What span of years a target is of, read once a target (each figure judged against it asks)."""

    target: m.Constraint  #: the target read (its id keys the memo: the very object, not another of its id)
    plan: bool  #: a plan period named whole (plan_period_target)
    plan_average: bool  #: its yearly average (plan_average)
    annual: bool  #: a yearly average over several years (annual_target)


_SPANS_KEPT = 4096  #: targets remembered (then all forgotten)


class _SpansMemo:
    """The spans of the targets read, by identity: the last one (a figure's judgement asks several times), and those
    seen again (kept.Once: a stream of one-off targets keeps nothing for the garbage collector to scan)."""

    __slots__ = ("last", "kept", "seen")

    def __init__(self) -> None:
        self.last: _Spans | None = None
        self.kept: dict[int, _Spans] = {}
        self.seen = Once(4 * _SPANS_KEPT)


_spans_memo = per_lexicon(_SpansMemo)  # the lexicon's words decide: an overlay has its own


def _spans(target: m.Constraint) -> _Spans:
    memo = _spans_memo()
    found = memo.last
    if found is not None and found.target is target:
        return found
    found = memo.kept.get(id(target))
    if found is None or found.target is not target:
        found = _read_spans(target)
        if memo.seen.again(target.text):
            if len(memo.kept) >= _SPANS_KEPT:
                memo.kept.clear()
            memo.kept[id(target)] = found
    memo.last = found
    return found


def _read_spans(target: m.Constraint) -> _Spans:
    words = lexicon()
    bases, text = words.change_bases, fold(target.text).text
    bare = text.translate({ord(mark): None for mark in words.quotes})
    plan = any(plan + span in bare for plan in bases.plan_periods for span in bases.plan_spans)
    average = plan and any(word in text for word in bases.plan_average)
    annual = any(getattr(node, "annual", False) for node in m.nodes(target)) or any(
        word in text for word in bases.annual) or average
    return _Spans(target, plan, average, annual)


def since_earlier_year(target: m.Constraint, before: str, text: str) -> int | None:
    """The base year of a change stated over more than one year: a base (较2016年) in ``before``, the words before the
    figure in its sentence, more than a year before the latest year ``text`` names otherwise (2021年), or ``text``
    naming none. None where the target has its own base (比2020年下降18%, 在2020年的基础上提高1岁左右: zh.yaml
    change_bases.year_base_after) or is a yearly average (年均:
    one_year_of_average and names.averaged_over_years say what those compare with), or the base is the year before."""
    pattern, own = _based(), fold(target.text).text
    year = re.escape(lexicon().numerals.year)
    after = "|".join(re.escape(word) for word in lexicon().change_bases.year_base_after)  # 在2020年的基础上提高1岁
    if annual_target(target) or pattern.search(own) or after and re.search(rf"\d{{4}}{year}(?:{after})", own):
        return None
    folded = fold(before).text
    found_bases = list(pattern.finditer(folded))
    if not found_bases or re.search(r"\d{4}" + year, folded[found_bases[-1].end():]):
        return None  # 比2020年增长12%，2022年增长5%: the figure is under a year named after the base, its own clause's
    bases = [_year(found) for found in found_bases]
    text = fold(text).text
    based = [found.span() for found in pattern.finditer(text)]
    stated = [int(found.group(1)) for found in re.finditer(r"(\d{4})" + year, text)
              if not any(start <= found.start() < end for start, end in based)]
    latest, base = max(stated, default=None), bases[-1]
    return None if latest is not None and latest - base == 1 else base


def one_figure_since(target: m.Constraint, reported: m.Reported, read: m.Reported) -> None:
    """Pending where the one figure of a cell or clause (no choice among several: choose.py asks since_earlier_year
    there) is a change against a base year more than a year back: 2021年地区生产总值较2016年增长30.7% against 增长6%
    (the change over five years, met as the year's before). ``read`` is the figure judged (``reported`` itself or what
    judge/previous made of it)."""
    if read is not reported or not states_change(read):
        return
    at = min((span.start for span in read.spans if span.role == "number"), default=-1)
    if at >= 0 and (base := since_earlier_year(target, sentence_before(read.text, at), read.text)):
        raise Pending(Reason.NOT_COMPARABLE, ("since_year",), notes=[note("figure_since_year", year=base)])


def one_figure_of_year(reported: m.Reported, read: m.Reported, year: int | None) -> None:
    """Pending no_data where the one figure of a text (no choice among several: choose.py asks other_year_at there) is
    said under a year of its own other than ``year``, the one the caller says the text is of (evaluate's ``period=``):
    2021年国内生产总值增长8.1% (国家统计局, via finance.sc2p.com/finance/20220117/30168.html) for 2022 was met against
    增长5.5%左右; 2022's growth was 3.0. A base year (比2021年增长) names no year of the text's."""
    if year is None or read is not reported:
        return
    at = min((span.start for span in read.spans if span.role == "number"), default=-1)
    if (other := other_year_at(read.text, at, year)) is not None:
        raise Pending(Reason.NO_DATA, ("value",), notes=[note("figure_other_year", year=other, period=year)])


def _based_pattern() -> re.Pattern[str]:
    """比2016年, 较2016年同期: each zh.yaml change_bases.since_previous word naming the previous year (previous_year) with
    four digits and the year's word in its place, the digits a group of each alternative."""
    bases, year = lexicon().change_bases, re.escape(lexicon().numerals.year)
    patterns = set()
    for word in bases.since_previous:
        said = next((said for said in sorted(bases.previous_year, key=len, reverse=True) if said in word), None)
        if said is not None:
            before, _, after = word.partition(said)
            patterns.add(f"{re.escape(before)}(\\d{{4}}){year}{re.escape(after)}")
    ordered = sorted(patterns, key=len, reverse=True)  # 比2016年同期 before 比2016年
    return re.compile("|".join(ordered) or "(?!)")


_based = per_lexicon(_based_pattern)


def _year(found: re.Match[str]) -> int:
    return int(next(group for group in found.groups() if group))
