"""Judge a reported value against a constraint: three-valued, direction-aware, exact.

Every constraint kind is turned into a *requirement*: the interval of values that meet it (in
the working unit), given the indicator's polarity, the tolerance, references and the previous
period. A reported value is an interval too. The verdict is **met** when the reported interval
lies inside the requirement, **missed** when they do not meet, **pending** otherwise, and pending
whenever an input is absent. Arithmetic is ``decimal.Decimal`` throughout. This module returns
reason codes and parameters; sentences are made in ``explain.py``. The reported side is read by
:func:`compliance.judge.figure.figure`, the one reading shared with progress and custom rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any, Literal, NamedTuple

from .. import models as m
from ..language.kept import Once
from ..language.lexicon import lexicon, per_lexicon
from ..models import Interval, Note, Polarity, Reason, Status, format_decimal
from .choose import beside_plan
from .cells import own_cell_only, row_number_only
from .done_amount import amount_done
from .counted_change import counted_change
from .period_parts import named_after, short_average
from .choose import choose, figures, names_change, other_indicator, partial_period
from .agreed import agreed
from .plan_share import completion_of_other
from .listed import listed_completed
from .several_parts import judge_several, target_states_change as _states_change
from .sub_items import own_sentence
from .per_head import per_head_mismatch
from .change import LevelChange, about, index_bound, index_tolerance, is_amount, is_change_in_percent, is_points, level_change, states_change
from .figure import Pending, Undecided, change_word, figure, note, number
from .previous import of_rate, stated_previous, versus_previous
from .requirement import Requirement, around as _around, change_not_level as _change_not_level, written_level as _written_level
from .context import (  # the defaults and the context, imported from here too
    DEFAULT_REPORTED_TOLERANCE, DEFAULT_STEADY_TOLERANCE, DEFAULT_SYNC_TOLERANCE, DEFAULT_TOLERANCE, Context, context,
)
from . import growth_levels, named_way, reference
from .verdict import Verdict
from .unwritten import check_doubled, check_unwritten, preliminary
from .years import one_figure_of_year, one_figure_since, plan_average
from .split_point import split_point
from .bracket_item import bracketed_item, item_note
from .said import weigh
from .decide import decide as _decide, made as _verdict
from .words import (attests, beaten, completed_in_words, flat, hedge_notes, no_target, reached_unknown,
                    reference_attested, reference_denied, refusals, sync_attested, unsure)

class Judge:
    def __init__(self, ctx: Context, reported: m.Reported, unit: str | None) -> None:
        self.ctx = ctx
        self.reported = reported
        self.unit = unit  #: the working unit: the indicator's, else the target's
        self.magnitude_of: Literal["up", "down"] | None = None  #: "up"/"down" when the target states a change
        self.levels: LevelChange | None = None  #: a reported level read as the change from a base (change.py)
        self.rate = False  #: a direction reads the figure as a growth rate (稳步增长: > 0)

    def number(self, quantity: m.Quantity) -> Decimal:
        """A target quantity in the working unit (a target's units always compare with its own)."""
        return number(quantity, self.unit)

    # ------------------------------------------------------------------ requirements by kind

    def requirement(self, c: m.Constraint) -> Requirement:
        return _REQUIREMENTS[c.kind](self, c)

    def level(self, c: m.Level) -> Requirement:
        value = self.number(c.value)
        notes = [note("horizon", year=c.horizon)] if c.horizon else []
        if self.ctx.polarity is Polarity.BAND:
            tolerance = self.ctx.tolerance.around(value)
            return Requirement(_around(value, tolerance, Polarity.BAND), Interval.point(value), tolerance, notes=notes)
        op: m.Op = "ge" if self.ctx.polarity is Polarity.HIGHER else "le"
        return Requirement(Interval.bound(op, value), notes=notes)

    def bound(self, c: m.Bound) -> Requirement:  # 居民消费价格指数控制在103以内 against 上涨3.5%: 3.5 against 3
        value, said = index_bound(c, self.number(c.value), self.ctx.indicator, self.reported)
        return Requirement(Interval.bound(c.op, value), notes=said)

    def range(self, c: m.Range) -> Requirement:
        low, high = self.number(c.low), self.number(c.high)
        if low > high:
            low, high = high, low
        if self.ctx.polarity is Polarity.HIGHER:
            return Requirement(m.trusted(Interval, lo=low, lo_closed=True))
        if self.ctx.polarity is Polarity.LOWER:
            return Requirement(m.trusted(Interval, hi=high, hi_closed=True))
        return Requirement(m.trusted(Interval, lo=low, hi=high, lo_closed=True, hi_closed=True))

    def approx(self, c: m.Approx) -> Requirement:
        # 居民消费价格指数103左右: about a rise of 3 (change.py), against 上涨2.1% the rise itself
        value, of, said = index_tolerance(c, self.number(c.value), self.ctx.indicator, self.reported)
        tolerance = about(c.tolerance or self.ctx.tolerance, of, self.unit)  # at most half a year around 80岁
        strict = Interval.point(value) if self.ctx.polarity is Polarity.BAND else _around(value, Decimal(0), self.ctx.polarity)
        return Requirement(_around(value, tolerance, self.ctx.polarity), strict, tolerance, notes=said)

    def reference(self, c: m.Reference) -> Requirement:
        return growth_levels.reference_levels(self, c, reference.requirement)  # resolved, moved by a margin there

    def direction(self, c: m.Direction) -> Requirement:
        ctx = self.ctx
        if c.direction in ("steady", "narrower", "at_least") or of_rate(c):
            return versus_previous(self, c)  # judge/previous.py
        # a figure written in a unit of amount is a level, never the rate, whatever the measure (威海's 2017 target
        # 进出口保持稳定增长 against 进出口总额1404.91亿元 had been MET as a growth of 1404.91: its previous level decides)
        rate = c.growth and not _written_level(self.reported) and (
            ctx.measure is m.Measure.RATE or (ctx.measure is None and ctx.previous is None))
        # 稳步增加 against 比上年增长5.2%: the reported figure is the change itself, so its sign decides (of a
        # level too: 39 last year and 增长4% this year is up, not 4 against 39)
        rate = rate or _change_not_level(self.reported, ctx.previous)
        if c.direction == "better" and ctx.polarity is Polarity.BAND:
            raise Pending(Reason.UNRECOGNIZED, ("good_direction",))
        up = c.direction == "up" or (c.direction == "better" and ctx.polarity is Polarity.HIGHER)
        if rate:
            self.rate = True  # the figure is a rate: a table's ▼ beside it is its sign (judge/marks.py)
            found = Requirement(Interval.bound("gt" if up else "lt", Decimal(0)))
            found.notes.append(note("rate_reading", phrase=c.phrase, reading=("> 0" if up else "< 0")))
            return found
        previous = self._previous()
        found = Requirement(Interval.bound("gt" if up else "lt", previous), previous=previous)
        found.notes.append(note("previous", phrase=c.phrase, value=format_decimal(previous)))
        return found

    def _previous(self) -> Decimal:
        """The previous period's figure, read as the current one is (a range or bound is no figure)."""
        try:
            found = figure(self.ctx.previous, self.unit, self.ctx.measure)
        except Pending:
            found = None
        if found is None or not found.is_point:
            raise Pending(Reason.PREVIOUS_UNKNOWN, ("previous",))
        return found.lo

    def sync(self, c: m.Sync) -> Requirement:
        said: list[Note] = []
        for key in dict.fromkeys((c.ref, c.phrase)):
            if key in self.ctx.references:
                value = growth_levels.growth_of(self.ctx.references[key], c.ref)
                break
        else:  # …生产总值增长5.4%…居民人均可支配收入增长6.8%: the sentence states the economy's growth too (reference.py)
            if (stated := reference.role_figure(self.reported, c.ref)) is None:
                raise Pending(Reason.REFERENCE_UNKNOWN, (c.ref,))
            value, said = stated[0], [stated[1]]
        tolerance = self.ctx.sync_tolerance.around(value) if c.loose else Decimal(0)
        strict = Interval.point(value) if self.ctx.polarity is Polarity.BAND else _around(value, Decimal(0), self.ctx.polarity)
        found = Requirement(_around(value, tolerance, self.ctx.polarity), strict, tolerance)
        found.reference = _reference(name=c.ref, value=format_decimal(value), source="reported" if said else "references")
        found.notes.extend(said)
        self.levels = growth_levels.growth_of_levels(self.reported, self.ctx)  # 68000元 after 64000元: 6.25%
        self.unit = "%" if self.levels is not None else self.unit
        return found

    def cumulative(self, c: m.Cumulative) -> Requirement:
        if c.change is None:
            found = self.requirement(c.inner)
            found.notes.append(note("cumulative"))
            if any(span.role == "period_total" for span in c.spans):  # 〔18〕: the brackets say so
                found.notes.append(note("period_total"))
            return found
        # 下降10% / 五年下降14.5: the size of the stated change must reach the figure, whatever the
        # level's own polarity (PM2.5 is lower-is-better, its decline higher-is-better).
        self.magnitude_of = c.change
        self.levels = level_change(c, self.reported, self.ctx, _target_unit(c.inner))
        saved, self.ctx = self.ctx, replace(self.ctx, polarity=Polarity.HIGHER)
        try:
            found = self.requirement(c.inner)
        finally:
            self.ctx = saved
        verb = change_word(c.change)
        if self.levels is not None:
            found.previous = None if self.levels.refused else self.levels.base  # refused: 年均 for one year (change.py)
        elif c.annual:
            found.notes.append(note("change_annual", verb=verb))
        else:
            found.notes.append(note("change_years", verb=verb, years=c.years) if c.years else note("change", verb=verb))
        if c.base_year:
            found.notes.append(note("base_year", year=c.base_year))
        return found

    def revised(self, c: m.Revised) -> Requirement:
        """A revision inside another form (累计…（调整为…）): the revision is judged."""
        found = self.requirement(c.revised)
        found.notes.insert(0, note("revised", original=c.original.text, revised=c.revised.text))
        return found

    def provisional(self, c: m.Provisional) -> Requirement:
        found = self.requirement(c.inner)
        found.notes.insert(0, note("provisional", note=c.note))
        return found

    def several(self, c: m.Several) -> Requirement:
        """No one interval: :func:`judge_several` judges the parts (here only when nested in another form)."""
        raise Pending(Reason.VALUE_COUNT, ("values_per_part",))

    def unrecognized(self, c: m.Unrecognized) -> Requirement:
        raise Pending(Reason.UNRECOGNIZED, ("target",))

    def qualitative(self, c: m.Qualitative) -> Requirement:
        raise Pending(Reason.QUALITATIVE, ("attestation",))

    def task(self, c: m.Task) -> Requirement:
        if c.amount is None:
            raise Pending(Reason.NOT_COMPARABLE, ("task_amount",))
        found = Requirement(Interval.bound("ge", self.number(c.amount)))
        if isinstance(self.reported, m.Value) and self.reported.label != c.action:
            found.notes.append(note("task", action=c.action))
        return found

    # ------------------------------------------------------------------ the reported side

    def reported_interval(self, notes: list[Note]) -> Interval:
        """The reported value in the working unit, read as every path reads it (:func:`figure`)."""
        if self.levels is not None:
            return self.levels.read(self.reported, self.ctx.measure, notes)
        return figure(
            self.reported, self.unit, self.ctx.measure or (m.Measure.RATE if self.rate else None), change_of=self.magnitude_of,
            spread=self.ctx.reported_tolerance, notes=notes,
        )


_REQUIREMENTS: dict[str, Callable[[Judge, Any], Requirement]] = {
    "level": Judge.level,
    "bound": Judge.bound,
    "range": Judge.range,
    "approx": Judge.approx,
    "reference": Judge.reference,
    "direction": named_way.by_name(Judge.direction),  # 持续改善 of 单位GDP能耗: lower by the name (named_way.py)
    "sync": Judge.sync,
    "cumulative": Judge.cumulative,
    "task": Judge.task,
    "revised": Judge.revised,
    "provisional": Judge.provisional,
    "qualitative": Judge.qualitative,
    "several": Judge.several,
    "unrecognized": Judge.unrecognized,
}


def _flat(reported: m.Value, inner: m.Constraint, ctx: Context, notes: list[Note]) -> m.Reported:
    """What 与上年持平 says to ``inner``: a change of 0 to a target that states a change (增长5%) or, where the
    indicator is no rate or level of its own, a direction (稳步增长, 不低于上年). To anything else (40以上, a
    rate's 稳步增长) it says only "as last year", not the figure: pending (read off the previous figure, the
    bulk and streamed paths, which group rows by what the requirement reads, would need the previous value too)."""
    if _states_change(inner) or isinstance(inner, m.Direction) and ctx.measure is None or (
            reported.label not in lexicon().reported.flat and names_change(inner)):  # 居民消费价格与上年持平: its 涨幅, 0
        notes.append(note("flat_reading", clause=reported.label))
        return reported
    raise Pending(Reason.NO_DATA, ("value",), notes=[note("flat_level", clause=reported.label)])


def _reference(name: str, value: str, source: Literal["references", "reported", "inline"]) -> m.ReferenceUse:
    return m.trusted(m.ReferenceUse, name=name, value=value, source=source)


def _target_unit(c: m.Constraint) -> str | None:
    """The unit the target is written in: the first unit of the constraints it is judged by."""
    for node in m.nodes(c):
        fields = node.__dict__  # the field values: getattr of a field this kind lacks raises, a cost per call
        for name in ("value", "low", "amount"):
            quantity = fields.get(name)
            if isinstance(quantity, m.Quantity) and quantity.unit:
                return quantity.unit
        margin = fields.get("margin")  # 高于市级要求1人以上: the margin's unit, unless points or % (of the reference)
        if isinstance(margin, m.Quantity) and margin.unit and margin.unit != "%" and not is_points(margin.unit):
            return margin.unit
    return None


def _reported_unit(r: m.Reported) -> str | None:
    quantity = r.__dict__.get("value") or r.__dict__.get("low")
    return quantity.unit if isinstance(quantity, m.Quantity) else None


class _Prepared(NamedTuple):
    """What :func:`prepare` and the hedges read off a target alone (remembered: :func:`_prepared`)."""

    target: m.Constraint  #: kept, so that its ``id`` is not another object's while remembered
    inner: m.Constraint
    notes: tuple[Note, ...]
    provisional: bool
    unit: str | None  #: the unit the judged constraint is written in
    own_unit: bool  #: judged in that unit whatever the indicator's (提高1个百分点, 比上年下降3% of a level in 万吨)
    hedges: tuple[Note, ...]
    ranked: bool = False  #: a rank target (reference.is_rank), asked once here: 6以上 asks nothing of ranks per value


#: targets whose preparation is remembered, per lexicon (then all forgotten at once)
PREPARED = 4096
_prepared_targets = per_lexicon(dict[int, _Prepared])
_seen_targets = per_lexicon(lambda: Once(4 * PREPARED))  # remembered from a text's second sight on (language/kept.py)


def _prepared(target: m.Constraint) -> _Prepared:
    """A target's preparation, remembered by identity: ``evaluate`` judges the one reading of a text (judge/memo.py)
    against each reported value, and a check judges one target against each period's."""
    known = _prepared_targets()
    found = known.get(id(target))
    if found is not None and found.target is target:
        return found
    notes: list[Note] = []
    provisional = False
    inner = target
    while isinstance(inner, (m.Revised, m.Provisional)):
        if isinstance(inner, m.Revised):
            notes.append(note("revised", original=inner.original.text, revised=inner.revised.text))
            inner = inner.revised
        else:
            notes.append(note("provisional", note=inner.note))
            provisional = True
            inner = inner.inner
    unit = _target_unit(inner)
    found = _Prepared(
        target, inner, tuple(notes), provisional or m.find(inner, m.Provisional) is not None, unit,
        is_points(unit) or is_change_in_percent(inner), tuple(hedge_notes(target)), reference.is_rank(inner),
    )
    if not _seen_targets().again(target.text):  # judged once: nothing kept for the garbage collector to scan
        return found
    if len(known) >= PREPARED:
        known.clear()
    known[id(target)] = found
    return found


def prepare(
    target: m.Constraint, reported: m.Reported, ctx: Context
) -> tuple[m.Constraint, str | None, list[Note], bool]:
    """The constraint actually judged (a revision's new target, a provisional's number), the working
    unit, the notes so far and whether the target is provisional. Shared with the bulk path."""
    found = _prepared(target)
    unit = found.unit if found.own_unit else ctx.unit or found.unit or _reported_unit(reported)
    return found.inner, unit, list(found.notes), found.provisional


def judge(target: m.Constraint, reported: m.Reported, ctx: Context) -> Verdict:
    """The verdict of ``reported`` against ``target``, the reporter's word weighed against its figure (said.py)."""
    return weigh(_judge(target, reported, ctx), target, reported, ctx, judge)


def _judge(target: m.Constraint, reported: m.Reported, ctx: Context) -> Verdict:
    if isinstance(target, m.Several):
        return judge_several(target, reported, ctx, judge)
    prepared = _prepared(target)
    inner, notes, provisional = prepared.inner, list(prepared.notes), prepared.provisional
    unit = prepared.unit if prepared.own_unit else ctx.unit or prepared.unit or _reported_unit(reported)
    base: dict[str, Any] = {
        "target": target, "reported": reported, "polarity": ctx.polarity, "provisional": provisional, "unit": unit,
    }
    # 2.1（上年2.15）, （上年下降3%）, 增长6.1%，增速比上年提高0.5个百分点: the previous figure the value states
    ctx, figure_of = stated_previous(ctx, reported, notes, inner)
    notes.extend(preliminary(reported))  # 6.5初步统计: judged, the figure said to be preliminary
    ranked = reference.stated_rank(inner, reported) if prepared.ranked else None  # 增幅居全省第3位 against 前三位
    if ranked is not None:  # its one rank
        reported = figure_of = ranked

    def pending(reason: Reason, missing: tuple[str, ...], **more: Any) -> Verdict:
        return _verdict(status=Status.PENDING, reason=reason, missing=missing, notes=tuple(notes), **base, **more)

    if isinstance(inner, m.Unrecognized):
        if no_target(inner):  # -, 无, an empty cell: a plan cell saying none (a rules file drops its period)
            return pending(Reason.NO_TARGET, ("target",))
        notes.extend(refusals(inner))
        return pending(Reason.UNRECOGNIZED, ("target",))
    notes.extend(prepared.hedges)
    if isinstance(inner, m.Qualitative):  # no threshold: met only where the report attests it
        if isinstance(reported, (m.Completion, m.Shortfall)):  # 未完成, 完成95%: said of the plan, never its 完成
            if completion_of_other(inner, reported, ctx.indicator):  # 第一产业增加值…完成年计划的100%
                return pending(Reason.NO_DATA, ("indicator_figure",))
            return _against_plan(reported, base, notes, {})
        if attests(inner, reported, polarity := ctx.polarity if ctx.polarity_stated else None, ctx.indicator):
            if part := partial_period(reported) or ctx.period_part:  # 上半年…稳中提质,符合预期: on the way, as a figure
                notes.append(note("partial_period", words=part))
                return pending(Reason.PERIOD_OPEN, ("full_period",))
            notes.extend(beaten(inner, reported, polarity, ctx.indicator))  # 高于预期目标: the words that attest it
            return _verdict(status=Status.MET, reason=Reason.ATTESTED, notes=tuple(notes), **base)
        notes.extend(unsure(inner, reported))  # 基本完成, 预计难以完成: why it attests nothing
        return pending(Reason.QUALITATIVE, ("attestation",))
    judge_ = Judge(ctx, figure_of, unit)
    requirement: Requirement | None = None
    missing_requirement: Pending | None = None
    try:
        requirement = judge_.requirement(inner)
    except Pending as exc:
        missing_requirement = exc
    found: dict[str, Any] = {}
    if requirement is not None:
        base["unit"] = judge_.unit  # a reference's unit where nothing else states one (reference.py)
        notes.extend(requirement.notes)
        if requirement.reference is not None:
            source = requirement.reference
            notes.append(note("reference", name=source.name, value=source.value, source=source.source))
            if source.source == "reported" and source.value in (reported.note or ""):  # 比全省(7.7%): read, not a note
                notes[:] = [said for said in notes if said.code != "reported_note"]
        found = {
            "admissible": requirement.admissible, "reference": requirement.reference,
            "previous": requirement.previous, "tolerance": requirement.tolerance,
        }
    if isinstance(reported, (m.Completion, m.Shortfall)):  # an outcome stated against the plan itself
        if (own := own_sentence(inner, reported, ctx.indicator)) is not None:  # 。其中,第一产业增加值…的100%: its sentence
            return judge(target, own, ctx).model_copy(update={"reported": reported})
        growth = _change_before_plan(inner, reported)  # 固定资产投资增长9%，完成年度计划的95% against 增长10%
        verdict = judge(target, growth, ctx) if growth is not None else None
        if verdict is not None and verdict.status is not Status.PENDING:
            return verdict.model_copy(update={"reported": reported})
        part = partial_period(reported) or ctx.period_part  # 上半年完成全年计划的55%: on the way, not the year's outcome
        if part:
            notes.append(note("partial_period", words=part))
            return pending(Reason.PERIOD_OPEN, ("full_period",), **found)
        if completion_of_other(inner, reported, ctx.indicator):  # another indicator's plan (第一产业增加值…完成…的100%)
            return pending(Reason.NO_DATA, ("indicator_figure",), **found)
        if isinstance(reported, m.Completion) and not reported.of_plan and unit in (None, "%"):
            notes.append(note("completion_or_level", text=reported.text, ratio=reported.ratio))  # 完成95% vs 95%以上
            return pending(Reason.AMBIGUOUS_VALUE, (f"{reported.ratio} / 100%", str(reported.ratio)), **found)
        return _against_plan(reported, base, notes, found)
    if isinstance(reported, m.Attested):
        if (done := amount_done(reported)) is not None and judge(target, done, ctx).status is Status.MISSED:
            notes.append(note("attested_amount_short", amount=done.text))  # 完成149万人的…任务 against 200万人以上
            return pending(Reason.AMBIGUOUS_VALUE, (reported.text, done.text), **found)
        return _verdict(status=Status.MET, reason=Reason.ATTESTED, notes=tuple(notes), **base, **found)
    if isinstance(reported, (m.Missing, m.NotAvailable)):
        extra = missing_requirement.missing if missing_requirement else ()
        return pending(Reason.NO_DATA, ("reported", *extra), **found)
    said = (sync_attested(inner, reported) if isinstance(inner, m.Sync) else None) or completed_in_words(inner, reported)
    said = said or reference_attested(inner, reported)  # 增速均高于全国平均水平 against 高于全国平均水平: in words
    said = said or listed_completed(inner, reported, ctx.indicator)  # 固定资产投资、…收入2项指标完成全年目标任务
    said = said or reached_unknown(inner, reported, missing_requirement)  # 达到 against 达到国家和省上要求
    if said is not None:  # 增长与经济增长基本同步, 完成…高于GDP增速目标: the report says it in words
        notes.append(said)
        return _verdict(status=Status.MET, reason=Reason.ATTESTED, notes=tuple(notes), **base, **found)
    if (denied := reference_denied(inner, reported)) is not None:  # 增速低于全市平均水平 against 高于全市平均水平
        notes.append(denied)
        return _verdict(status=Status.MISSED, reason=Reason.ATTESTED_SHORTFALL, notes=tuple(notes), **base, **found)
    if isinstance(reported, m.UnrecognizedValue):
        notes.extend(refusals(reported))
        return pending(Reason.UNRECOGNIZED, ("reported",), **found)
    if missing_requirement is not None:
        notes.extend(refusals(inner) if missing_requirement.reason is Reason.UNRECOGNIZED else ())  # 增长8-负2%
        notes.extend(missing_requirement.notes)  # why the requirement is missing (reference.py: a % margin off a rate)
        return pending(missing_requirement.reason, missing_requirement.missing)
    assert requirement is not None
    try:
        part = partial_period(reported) or ctx.period_part  # 前四年累计, 1至8月 (or period="2024年上半年"): part of the period
        part = part or short_average(inner, reported, plan_average(inner))  # 四年GDP平均增速6.0% against 年均增长7%
        own_cell_only(inner, reported)  # | 74.5 | 年度指标: a table row's one figure is its own target cell
        row_number_only(reported)  # 1 | 地区生产总值增速: a row's number, its cells cut off
        if figures(figure_of) is not None:  # the target chooses among a sentence's figures
            try:
                dated = ctx.period_part is not None  # a table row's period, said by evaluate's caller (period=)
                judge_.reported = choose(reported, inner, unit, notes, ctx.indicator, dated, ctx.year if dated else None)
            except Undecided as exc:  # 突破千亿元大关,达到1005亿元: where every figure says the same, that is the verdict
                if not part and (same := agreed(target, reported, exc, ctx, judge)) is not None:
                    return same
                if not part:
                    raise
            except Pending:
                if not part:
                    raise
            if part and part != ctx.period_part and named_after(reported.text, part, judge_.reported):
                part = ctx.period_part or ""  # 城镇调查失业率平均值5.2%，12月份为5.1%: the part is the next figure's (a
                # part the caller names, period="2022年1-11月", still holds for the whole text)
        if part:  # says nothing yet of the whole period, whichever figure it is
            raise Pending(Reason.PERIOD_OPEN, ("full_period",), notes=[note("partial_period", words=part)])
        if (item := bracketed_item(inner, reported, judge_.reported, ctx.indicator)) is not None:  # 投资增长19.3%(民间
            said = item_note(inner, item)  # 投资增长27.8%) against 民间投资增长…: the bracket's figure (or the real growth)
            verdict = judge(target, item, ctx)
            return verdict.model_copy(update={"reported": reported, "notes": (said, *verdict.notes)})
        other_indicator(inner, judge_.reported, ctx.indicator)  # 城镇调查失业率为5.2% against a GDP target: pending
        one_figure_since(inner, reported, judge_.reported)  # 2021年…较2016年增长30.7%: five years', not a year's
        one_figure_of_year(reported, judge_.reported, ctx.year if ctx.period_part is not None else None)  # 2021年… for 2022
        split_point(reported, judge_.reported, notes)  # 经济增长6 . 5%左右: 6.5 or 6 and 5%? not known
        rank = reference.unranked(inner, judge_.reported, ctx.unit) if prepared.ranked else None  # 7.8 against 前3位
        if rank is not None:  # no rank stated
            raise rank
        if per_head_mismatch(inner, judge_.reported):  # 每千人口 against a total: another measure
            raise Pending(Reason.NOT_COMPARABLE, ("per_capita",))
        if growth_levels.level_as_growth(inner, judge_):  # 68000元 (or 68000) and none before, against 与经济增长同步
            raise Pending(Reason.NOT_COMPARABLE, ("level_as_change",))  # a level, not a growth to set beside it
        if isinstance(inner, m.Sync) and judge_.reported is not reported and reference.is_role_figure(judge_.reported,
                                                                                                       inner.ref):
            raise Pending(Reason.NO_DATA, ("reported",))  # 地区生产总值增长5.4% chosen: the reference, not the outcome
        if isinstance(inner, m.Reference) and judge_.reported is not reported and reference.is_roles_own(
                reported, judge_.reported, inner.name):  # 高于GDP增速 against GDP's own 增长5.5%: no figure of the target's
            raise Pending(Reason.NO_DATA, ("reported",))
        if flat(reported):  # 与上年持平: a change of 0 against a change or a direction, else no figure (pending)
            judge_.reported = _flat(reported, inner, ctx, notes)
        judge_.reported = counted_change(inner, judge_.reported, ctx.indicator) or judge_.reported  # 减少1109万人: a count
        if growth_levels.change_as_level(judge_.reported, ctx.measure) and judge_.levels is None \
                and isinstance(inner, (m.Level, m.Bound, m.Range, m.Approx)) and not (_states_change(inner) or flat(reported)):
            raise Pending(Reason.NOT_COMPARABLE, ("change_as_level",))  # 40以上 of a level against 比上年增长4%; 持平 _flat took
        check_doubled(judge_.reported, unit)  # 7兆兆亿元, 7万万元: a multiplier after a multiplier, no figure
        value_interval = judge_.reported_interval(notes)
        check_unwritten(judge_.reported, unit, ctx.unit, requirement.admissible, prepared.unit)  # 6万人以上 vs 60000
        if prepared.unit is None and ctx.unit is None and not prepared.own_unit and judge_.levels is None:
            assumed = _reported_unit(judge_.reported)  # 6以上 against 3万人: the target is read as 6万人
            if assumed and not prepared.ranked and assumed in lexicon().rank_counters:  # 3以下 against 全省第2位: no level
                raise Pending(Reason.NOT_COMPARABLE, (f"{assumed} / {target.text}",))
            if assumed:  # a sentence's figure chosen (7万人): the verdict is in its unit too
                notes.append(note("unit_from_reported", unit=assumed))
                base["unit"] = assumed
    except Pending as exc:
        notes.extend(exc.notes)
        return pending(exc.reason, exc.missing, **found)
    return _decide(requirement, value_interval, base, notes, found)


def _change_before_plan(inner: m.Constraint, reported: m.Completion | m.Shortfall) -> m.Reported | None:
    """The change a text states beside its share of the plan (固定资产投资增长9%，完成年度计划的95%; 完成投资90.5亿元，比上年
    增长16%，完成年度投资计划的102%), where the target states a change (增长10%): the target's own figure, the share being
    of the plan's amount (choose.beside_plan); a target of an amount (城镇新增就业1.4万人) its level (1.35万人), where the share
    names no plan amount or another than the target's (完成年度目标的112.5%: of which figure?); else None."""
    if _states_change(inner):
        return beside_plan(reported)
    if not isinstance(inner, m.Level | m.Bound | m.Approx) or not is_amount(inner.value.unit):
        return None
    return beside_plan(reported, amount=True) if getattr(reported, "plan", None) != inner.value else None


def _against_plan(
    reported: m.Completion | m.Shortfall, base: dict[str, Any], notes: list[Note], target: dict[str, Any]
) -> Verdict:
    """完成年计划的91.2%: at least 100% of the plan is met, less missed; 未完成: missed, as attested."""
    if isinstance(reported, m.Shortfall):
        if reported.gap is not None:
            notes.append(note("shortfall_gap_more" if reported.at_least else "shortfall_gap", gap=reported.gap))
        return _verdict(status=Status.MISSED, reason=Reason.ATTESTED_SHORTFALL, notes=tuple(notes), **base, **target)
    whole = Interval.bound("ge", Decimal(100))
    notes.append(note("completion", ratio=reported.ratio, plan=reported.plan or "-"))
    found = {"admissible": whole}
    return _decide(Requirement(whole), Interval.point(reported.ratio.value), {**base, "unit": "%"}, notes, found)
