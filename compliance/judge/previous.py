"""Against the previous period: the figure a reported value states beside it, and the directions judged by it.

A reported value may carry the previous period's figure: a bracket (``2.1（上年2.15）``, ``2.1（2021年为2.15）``), a
since-clause (``由2.15降至2.1``), a note of a change (``下降2%（上年下降3%）``) or, for a rate's direction, a sentence
stating the rate and its change in percentage points (``增长6.1%，增速比上年提高0.5个百分点``: 5.6 before, 6.1 judged).
It is the judge's previous unless the caller gave one. A year's figure is the previous one only where it is the year before the judged period, when that
period is known (:attr:`Context.year`, set by a check): ``2.1（2019年为2.05）`` judged for 2022 is no previous figure
(pending ``previous_unknown``, saying why), ``2.1（2021年为2.15）`` is. Where the period is not known, the figure the
reporter set beside the value is taken as the one it is set against.

Directions against the previous period (:func:`versus_previous`): 持平 / 基本稳定 within a tolerance, 缩小 / 收窄 nearer
zero, 不低于上年 at least it; a direction of a rate itself (增幅扩大, 增速回升, 降幅收窄: the phrase names the rate,
zh.yaml ``measures``) compares this period's rate with the previous period's: 增幅扩大 is a higher rate, 降幅收窄 a
smaller decline (下降2% after 下降3%: met; 下降4%: missed), and 降幅收窄 after a year of growth has no decline to narrow
(pending).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from .. import models as m
from ..language.lexicon import lexicon, per_lexicon
from ..language.normalize import fold
from ..models import Interval, Measure, Note, Polarity, Reason, format_decimal
from .context import DEFAULT_STEADY_TOLERANCE, Context
from .change import is_points, states_change
from .figure import Pending, change_word, figure, narrows_gap, note
from .requirement import Requirement, around as _around, change_not_level as _change_not_level, written_level as _written_level

if TYPE_CHECKING:
    from .evaluate import Judge


# --------------------------------------------------------------------------- the previous figure a value states


def stated_previous(ctx: Context, reported: m.Reported, notes: list[Note],
                    target: m.Constraint) -> tuple[Context, m.Reported]:
    """The context with the previous period's figure the reported value states beside it (``2.1（上年2.15）``; a
    note ``上年下降3%`` against a rate's direction, 降幅收窄) where the caller gave none; a note says it was read
    there, or why a year's figure was not. A note on the value that is not read so is shown (``reported_note``).
    A note's change is the previous figure of a rate's direction only: against 逐步增加 of a level, 下降2%（上年下降3%）
    is a fall, not a rate above last year's. A sentence stating a rate and its change in percentage points
    (增长6.1%，增速比上年提高0.5个百分点) gives a rate's direction both: the rate is judged (returned as the figure to
    judge), the previous rate worked out (5.6); otherwise the figure to judge is ``reported`` itself."""
    rate = isinstance(target, m.Direction) and of_rate(target)
    from_note = _note_previous(reported) if reported.note and ctx.previous is None and rate else None
    if reported.note and from_note is None:
        notes.append(note("reported_note", note=reported.note))
    said = _rate_and_change(reported, ctx.measure) if rate and isinstance(reported, m.Ambiguous) else None
    if ctx.previous is not None:  # the caller's previous figure wins; the rate is still the figure judged
        return ctx, said[0] if said is not None else reported
    if said is not None:
        value, previous, said_note = said
        notes.append(said_note)
        return replace(ctx, previous=previous), value
    return _stated_level(ctx, reported, notes, from_note), reported


def _stated_level(ctx: Context, reported: m.Reported, notes: list[Note],
                  from_note: tuple[str, m.Reported] | None) -> Context:
    for level in reported.levels:
        if level.name != m.PREVIOUS_LEVEL:
            continue
        year = _year(level.label)
        if year is not None and ctx.year is not None and year != ctx.year - 1:  # the stream asks check: stated_year
            notes.append(note("previous_other_year", label=level.label, value=level.value, year=year,
                              period=ctx.year, previous=ctx.year - 1))
            return ctx
        notes.append(note("previous_stated", label=level.label, value=level.value))
        return replace(ctx, previous=m.Value(text=str(level.value), value=level.value))
    if from_note is not None:
        label, value = from_note
        notes.append(note("previous_stated", label=label, value=value.text))
        return replace(ctx, previous=value)
    return ctx


def _rate_and_change(reported: m.Ambiguous, measure: Measure | None) -> tuple[m.Value, m.Reported, Note] | None:
    """A sentence's rate and the change of that rate it states in percentage points, right after it (增长6.1%，增速比上年
    提高0.5个百分点; 下降2%，降幅比上年收窄1个百分点): the rate, the previous rate (6.1 - 0.5 = 5.6; -2 - 1 = -3) and a
    note. The change's words must be about the rate: a rate or decline word (zh.yaml ``measures``) or none, then words
    that go on (比上年: choosing.continues) and the change word; a decline word turns the change round (降幅收窄 is
    the rate up). None for anything else, or a rate measured as its decline's size."""
    if measure is Measure.DECLINE:
        return None
    candidates = reported.candidates
    points = [at for at, v in enumerate(candidates) if isinstance(v, m.Value) and is_points(v.value.unit)]
    if len(points) != 1 or not points[0]:
        return None
    change, rate = candidates[points[0]], candidates[points[0] - 1]
    if not (isinstance(change, m.Value) and change.change and isinstance(rate, m.Value) and rate.change
            and rate.value.unit == "%"):
        return None
    label = fold(change.label or "").text
    measures = lexicon().measures
    named = next((w for w in sorted((*measures.rate, *measures.decline), key=len, reverse=True) if label.startswith(w)), "")
    words = label[len(named):]
    verb = next((w for w in sorted(_changes(), key=len, reverse=True) if words.endswith(w)), None)
    if verb is None or not _goes_on(words[: len(words) - len(verb)]):
        return None
    up = (change.change == "up") != (named in measures.decline)  # 降幅…收窄: the decline smaller, the rate up
    signed = -rate.value.value if rate.change == "down" else rate.value.value
    before = signed - change.value.value if up else signed + change.value.value
    previous = m.Value(text=format_decimal(before) + "%", value=m.Quantity(value=before, unit="%"))
    return rate, previous, note("previous_from_change", rate=(rate.label or "") + rate.text,
                                change=(change.label or "") + change.text, previous=format_decimal(before) + "%")


def stated_year(reported: m.Reported) -> int | None:
    """The year a reported value dates the previous figure it states by (2.1（2019年为2.05）: 2019; 上年: None). Where it
    is not the year before the judged one, only a judge that knows the period can judge it (the streamed check sends
    such cells to check, scale/stream/judge.py)."""
    level = next((level for level in reported.levels if level.name == m.PREVIOUS_LEVEL), None)
    return _year(level.label) if level is not None else None


def _year(label: str) -> int | None:
    """The year a level's label names (``2019年``, ``从2020年的``), or None (上年, 由2.15: read without the lexer, which a
    check whose readings its rules snapshot kept never loads)."""
    words = lexicon()
    if label in words.level_labels or words.numerals.year not in label:
        return None
    from ..language.lexer import YEAR, tokenize

    years = [item.value for item in tokenize(label).items if getattr(item, "kind", None) == YEAR]
    return int(years[0]) if len(years) == 1 and years[0] is not None else None


def _note_previous(reported: m.Reported) -> tuple[str, m.Reported] | None:
    """``（上年下降3%）``: a note of the value that is the previous period's figure, written as a change or a figure
    after a word naming the previous period (zh.yaml ``level_labels`` to ``previous``); the label and the figure."""
    from .inputs import read_reported

    words = sorted((w for w, name in lexicon().level_labels.items() if name == m.PREVIOUS_LEVEL), key=len, reverse=True)
    for part in (reported.note or "").split(lexicon().reported.note_separator):
        text = fold(part).text.strip()
        word = next((w for w in words if text.startswith(w)), None)
        if word is None:
            continue
        rest = text[len(word):]
        rest = next((rest[len(s):] for s in lexicon().reported.stated if rest.startswith(s)), rest)  # 上年为下降3%
        found = read_reported(rest) if rest else None
        if isinstance(found, m.Value) and not found.levels and (found.label or "") in ("", *_changes()):
            return word, found
    return None


def _changes() -> tuple[str, ...]:
    change = lexicon().change
    return (*change.up, *change.down)


# --------------------------------------------------------------------------- directions against the previous figure


def of_rate(c: m.Direction) -> bool:
    """A direction of a rate itself (增幅扩大, 增速回升, 降幅收窄): a level word whose phrase names a rate or a decline
    rate (zh.yaml ``measures``), so this period's rate is set against the previous period's, never read as > 0."""
    if c.growth:
        return False
    known = _of_rate()  # by phrase, per lexicon: a direction is judged once per reported value
    found = known.get(c.phrase)
    if found is None:
        measures = lexicon().measures
        found = known[c.phrase] = any(word in c.phrase for word in (*measures.rate, *measures.decline))
    return found


#: of_rate by phrase, per lexicon (the directions' phrases are the lexicon's words: a few dozen)
_of_rate = per_lexicon(dict[str, bool])


def versus_previous(judge: Judge, c: m.Direction) -> Requirement:
    """持平 / 基本稳定 (within a tolerance), 缩小 / 收窄 (nearer zero), 不低于上年 (at least), a rate's direction."""
    ctx = judge.ctx
    if of_rate(c) or c.direction == "narrower" and ctx.measure is m.Measure.DECLINE:
        return _rate_against_rate(judge, c)  # 继续收窄 of an indicator measuring its decline (一般公共预算收入降幅): a smaller one
    rate = ctx.measure is m.Measure.RATE or (ctx.measure is None and ctx.previous is None
                                              and not _written_level(judge.reported))
    if c.direction == "steady" and (rate or ctx.measure is not m.Measure.LEVEL and _change_not_level(judge.reported, ctx.previous)):
        points = DEFAULT_STEADY_TOLERANCE.value * 100  # a growth rate within 1 percentage point of zero
        found = Requirement(_around(Decimal(0), points, ctx.polarity), _around(Decimal(0), Decimal(0), ctx.polarity), points)
        found.notes.append(note("rate_reading", phrase=c.phrase, reading=f"≈ 0 (± {format_decimal(points)})"))
        return found
    if c.direction == "at_least" and ctx.measure in (None, m.Measure.LEVEL) and _change_not_level(judge.reported, ctx.previous):
        # 比上年增长2% (or 持平) of a level is at least the previous level; a rate's 增长2% is the rate itself
        found = Requirement(Interval.bound("ge", Decimal(0)))
        found.notes.append(note("rate_reading", phrase=c.phrase, reading="≥ 0"))
        return found
    if c.direction == "narrower" and (said := narrowed(c, judge.reported, ctx.measure, ctx)) is not None:
        return Requirement(Interval.bound("lt", Decimal(0)), notes=[said])  # 缩小0.04: a gap's fall
    previous = judge._previous()
    if c.direction == "steady":
        tolerance = DEFAULT_STEADY_TOLERANCE.around(previous)
        strict = _around(previous, Decimal(0), ctx.polarity)
        found = Requirement(_around(previous, tolerance, ctx.polarity), strict, tolerance, previous=previous)
    elif c.direction == "narrower":
        size = abs(previous)
        found = Requirement(m.trusted(Interval, lo=-size, hi=size), previous=previous)
    else:
        found = Requirement(Interval.bound("ge", previous), previous=previous)
    found.notes.append(note("previous", phrase=c.phrase, value=format_decimal(previous)))
    return found


def _rate_against_rate(judge: Judge, c: m.Direction) -> Requirement:
    """增幅扩大 / 增速回升: a higher rate than the previous period's; 降幅收窄: a smaller decline (a signed rate above
    the previous, negative one; of an indicator measuring its decline, a smaller figure than the previous)."""
    decline = judge.ctx.measure is Measure.DECLINE  # the figures are sizes of a fall (降幅 3 for 下降3%)
    try:
        previous = judge._previous()
    except Pending:
        if c.direction == "narrower" and (now := _no_decline_now(judge, c, decline)) is not None:
            return now
        raise
    if c.direction == "narrower":
        if (previous <= 0) if decline else (previous >= 0):  # no fall the year before: nothing to narrow
            raise Pending(Reason.NO_DATA, ("previous_decline",), notes=[
                note("previous_no_decline", phrase=c.phrase, value=format_decimal(previous))])
        up = not decline
    else:
        up = (c.direction == "up" or c.direction == "better" and judge.ctx.polarity is Polarity.HIGHER) != decline
    found = Requirement(Interval.bound("gt" if up else "lt", previous), previous=previous)
    found.notes.append(note("rate_versus_previous", phrase=c.phrase, value=format_decimal(previous),
                            side=">" if up else "<"))
    return found


def _no_decline_now(judge: Judge, c: m.Direction, decline: bool) -> Requirement | None:
    """降幅收窄 with no previous figure: a change this period that is no decline at all narrows any decline before it
    (天津's 2019 plan, 一般公共预算收入降幅继续收窄, and the year's 一般公共预算收入增长14.4%: met, huaxiayishu.com
    /news/zxzx/2020-02-21/66712.html). A decline this period is set against the previous one, and a figure that states
    no change (3939亿元) or a change in points (降幅收窄1.2个百分点: the rate's change) is no rate: None, so each stays
    pending without the previous figure."""
    quantity = getattr(judge.reported, "value", None) or getattr(judge.reported, "low", None)
    if not states_change(judge.reported) or isinstance(quantity, m.Quantity) and is_points(quantity.unit):
        return None  # 降幅收窄1.2个百分点: the rate's change, not the rate
    try:
        now = figure(judge.reported, judge.unit, judge.ctx.measure)
    except Pending:
        return None
    if not now.is_point or ((now.lo > 0) if decline else (now.lo < 0)):
        return None
    side = "≤ 0" if decline else "≥ 0"  # no decline this period: narrower than any the period before had
    return Requirement(Interval.bound("le" if decline else "ge", Decimal(0)), notes=[note("rate_reading", phrase=c.phrase, reading=side)])


def names(c: m.Direction, ctx: Context) -> tuple[str, ...]:
    """The indicator's names a reported label may start with before the change it states: the target's own
    subject (城乡居民收入比持续缩小), the rules file's name of the indicator."""
    subject = c.subject.text if c.subject is not None else None
    return tuple(dict.fromkeys(fold(name).text for name in (subject, ctx.indicator) if name))


def narrowed(c: m.Direction, reported: m.Reported, measure: Measure | None, ctx: Context | None = None) -> Note | None:
    """A note when ``reported`` is read as the change of a gap that ``c`` (持续缩小) wants smaller: the value (or
    the one figure of a sentence that does: 倍差为1.71，较上年缩小0.04) states its change in words (缩小0.04, 扩大0.02,
    比上年下降0.03), after nothing but the indicator's own name (:func:`names`: 城乡居民收入比缩小0.04), and the target is no
    rate's or decline's (降幅收窄: a reported 下降3% is that year's rate, set against the previous one). Then a fall
    is a narrowing: the change must be below 0 (a gap is positive), whatever the previous level."""
    if not narrows_gap(c) or measure in (Measure.RATE, Measure.DECLINE):
        return None
    candidates = reported.candidates if isinstance(reported, m.Ambiguous) else (reported,)
    changes = [(found.label, found.change) for found in candidates if isinstance(found, m.Value) and found.change]
    if len(changes) != 1:
        return None
    label, way = changes[0]
    words = fold(label or "").text
    words = words if _goes_on(words) or ctx is None else _without_name(words, names(c, ctx))
    if not (_goes_on(words) or words in lexicon().reported.flat):  # 持平: no change
        return None
    return note("narrower_change", phrase=c.phrase, change=label or change_word(way))


def _without_name(label: str, own: tuple[str, ...]) -> str:
    """``label`` after the indicator's own name where it ends with the name and words that go on (城乡居民收入比缩小:
    缩小); otherwise ``label``."""
    for name in own:
        at = label.rfind(name)
        if at >= 0:
            return label[at + len(name):]
    return label


def _goes_on(label: str) -> bool:
    """The words before a stated change name no indicator of their own (缩小, 较上年缩小, 比上年同期下降: choosing.continues),
    so the change is the gap's the sentence is about, not another indicator's (农村居民人均可支配收入增长6.5%)."""
    words = sorted(lexicon().choosing.continues, key=len, reverse=True)
    rest = label
    while rest:
        word = next((word for word in words if rest.startswith(word)), None)
        if word is None:
            return False
        rest = rest[len(word):]
    return True
