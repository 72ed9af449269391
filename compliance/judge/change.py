"""The arithmetic of change: a change target judged against levels.

A change target states the size of a change (``比上年下降3%``, ``较上年提高1个百分点``,
``比2020年下降18%``, ``年均增长6%``). A reported *change* (``下降3.5%``, ``提高1.2个百分点``) is
judged directly, as is a figure of an indicator that is itself a rate (``measure="rate"`` or
``"decline"``). A reported *level* is turned into the change from the base level first:

* a change in percentage points (``个百分点``) is the difference of the two levels:
  45.5 against 44.2 is 1.3 个百分点 up;
* a change in % is relative to the base: ``(value - base) / base x 100`` up,
  ``(base - value) / base x 100`` down; never the level itself read as the size of the change.

The base is the previous period's level (``previous=``) for ``比上年``/``较上年``, ``年均`` (one
year's rate) and a percentage-point change; for ``比2020年`` the base year's level, passed in
``references`` under the year (``{"2020": 100}``; ``"2020年"`` works too), as the rules layer does
from the dataset's row of that year.

When is a reported figure a level? Against a percentage-point change always (a level is never
measured in percentage points), and against ``翻一番`` (2x the base: ``inner`` is the 100% growth it means). Against a change in % when the target names its base (上年, a
year, 年均) and the base level is given, or the indicator is a level (``measure="level"``); with
neither, as with 稳步增长 against a growth rate, the figure is taken to be the change itself. A
bare ``下降10%`` (no base named) keeps reading the figure as the size of the change.

>>> from compliance import evaluate
>>> evaluate("比上年下降3%", "96", previous="100").status.value  # a 4% fall
'met'
>>> evaluate("较上年提高1个百分点", "44.6", previous="44.2").status.value  # 0.4 个百分点
'missed'
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from .. import models as m
from ..language.lexicon import lexicon, per_lexicon
from ..language.normalize import fold
from ..language.units import about_at_most, info
from ..models import Interval, Measure, Note, Reason, format_decimal
from .figure import Pending, change_word, figure, note, number, ratio_text
from .inputs import as_reported

if TYPE_CHECKING:
    from .evaluate import Context

HUNDRED = Decimal(100)
#: the dimension of 个百分点 in units.yaml
POINTS = "percentage_point"


def is_points(unit: str | None) -> bool:
    """``个百分点`` (a difference of two percentages), not ``%``."""
    return unit is not None and info(unit).dimension == POINTS


def is_amount(unit: str | None) -> bool:
    """A unit of an amount (亿元, 万人, 亿斤): neither a rate (%, ‰) nor points, and not none."""
    return unit is not None and unit not in ("%", "‰") and not is_points(unit)


def is_change_in_percent(c: m.Constraint) -> bool:
    """A change stated in % (比上年下降3%): judged in %, whatever unit the indicator's level has."""
    if not isinstance(c, m.Cumulative) or c.change is None:
        return False
    quantity = getattr(c.inner, "value", None) or getattr(c.inner, "low", None)
    return isinstance(quantity, m.Quantity) and quantity.unit is not None and info(quantity.unit).dimension == "percent"


class LevelChange(NamedTuple):
    """A reported level read as the change from ``base`` (in the levels' ``unit``)."""

    base: Decimal
    base_name: str  #: ``previous`` or the base year
    unit: str | None
    way: Literal["up", "down"]
    points: bool  #: the change is the difference of the levels (个百分点, or the change's own unit), else relative in %
    change_unit: str  #: the unit the change is stated in (个百分点, %)
    why: tuple[Note, ...] = ()  #: why the figure is a level where nothing said so (79 against 提高1岁: too large a change)
    refused: bool = False  #: the figure is not judged (one year's figure against 年均: pending, ``why`` says so; no base)

    def change(self, level: Interval) -> Interval:
        """The change each end of ``level`` stands for (a fall turns the interval round)."""
        if not self.points and self.base == 0:
            raise Pending(Reason.NOT_COMPARABLE, (f"{self.base_name} = 0",))

        def size(value: Decimal) -> Decimal:
            moved = value - self.base if self.way == "up" else self.base - value
            return moved if self.points else moved / abs(self.base) * HUNDRED

        lo, hi = size(level.lo) if level.lo.is_finite() else level.lo, size(level.hi) if level.hi.is_finite() else level.hi
        if self.way == "up":
            return Interval(lo=lo, hi=hi, lo_closed=level.lo_closed, hi_closed=level.hi_closed)
        return Interval(lo=-hi if not hi.is_finite() else hi, hi=-lo if not lo.is_finite() else lo,
                        lo_closed=level.hi_closed, hi_closed=level.lo_closed)

    def read(self, reported: m.Reported, measure: Measure | None, notes: list[Note]) -> Interval:
        """The reported level as the change it stands for; a note says how it was computed."""
        if self.refused:
            raise Pending(Reason.NOT_COMPARABLE, ("average_target",), notes=list(self.why))
        level = figure(reported, self.unit, measure)
        found = self.change(level)
        notes.extend(self.why)
        notes.append(note(
            "change_from_level", verb=change_word(self.way), base=format_decimal(self.base) + (self.unit or ""),
            value=_one(level, self.unit), change=_one(found, self.change_unit),
        ))
        return found


def _one(level: Interval, unit: str | None) -> str:
    return format_decimal(level.lo) + (unit or "") if level.is_point else "?"


def states_change(reported: m.Reported) -> bool:
    """The reported value says it is a change: a change verb (下降3.5%) or percentage points."""
    if isinstance(reported, m.Value) and reported.change is not None:
        return True
    quantity = getattr(reported, "value", None) or getattr(reported, "low", None)
    return isinstance(quantity, m.Quantity) and is_points(quantity.unit)


#: the span role of a word that moves to a level before a reported figure (language/shape.py REACHED; not imported
#: from there, so that judging a rules snapshot loads no grammar)
REACHED = "reached"
#: the roles of the words saying a reported figure is a level reached: REACHED, and 达到 / 保持在 (zh.yaml reach: "reach")
_MOVED = (REACHED, "reach")


def reached(reported: m.Reported) -> bool:
    """The reported words say the figure is the level reached (提高到79岁, 由2.15降至2.1, 达到79岁): never the change itself."""
    return any(span.role in _MOVED for span in reported.spans)


def _reach_in_percent(reported: m.Reported) -> bool:
    """达到 / 实现 / 保持在 (no word that moves: 提高到) before a figure in %: against a change in % the figure is that
    change, as before 701df3b (一般公共预算收入增长5% against 达到5.2%, 增长6%以上 against 实现6.5%: a growth reached); a
    level in % is changed by points, never by a relative %."""
    if any(span.role == REACHED for span in reported.spans):
        return False
    quantity = getattr(reported, "value", None) or getattr(reported, "low", None)
    return isinstance(quantity, m.Quantity) and quantity.unit == "%"


def _of_rate(reported: m.Reported) -> bool:
    """The words before the word that moves to the figure name a rate of change (zh.yaml ``measures``: 增速, 增长率, 降幅):
    ``GDP增速回升到6.8%`` reaches a growth rate of 6.8%, where ``地区生产总值增长到`` names none."""
    start = min((span.start for span in reported.spans if span.role in _MOVED), default=0)
    words = lexicon().measures
    before = fold(reported.text[:start]).text
    return any(word in before for word in (*words.rate, *words.decline))


def _is_figure(reported: m.Reported) -> bool:
    return isinstance(reported, (m.Value, m.ApproxValue, m.BoundValue, m.RangeValue))


def _level_unit(reported: m.Reported, ctx: Context, points: bool) -> str | None:
    if ctx.unit is not None and not is_points(ctx.unit):
        return ctx.unit
    if points:
        return "%"
    quantity = getattr(reported, "value", None) or getattr(reported, "low", None)
    return quantity.unit if isinstance(quantity, m.Quantity) else None


def _base(c: m.Cumulative, ctx: Context, unit: str | None) -> tuple[Decimal, str] | None:
    """The level the change is measured from, when the caller gave it."""
    if c.base_year is not None:
        for key in (str(c.base_year), f"{c.base_year}{lexicon().numerals.year}"):  # 2020 or 2020年
            if key in ctx.references:
                return _point(_as_reported(ctx.references[key]), unit, ctx.measure), str(c.base_year)
        return None
    if ctx.previous is None:
        return None
    return _point(ctx.previous, unit, ctx.measure), "previous"


def _as_reported(value: Any) -> m.Reported:
    if isinstance(value, m.Quantity):
        return m.Value(text=str(value), value=value)
    reported: m.Reported = as_reported(value)
    return reported


def _point(reported: m.Reported, unit: str | None, measure: Measure | None) -> Decimal:
    try:
        found = figure(reported, unit, measure)
    except Pending:
        found = None
    if found is None or not found.is_point:
        raise Pending(Reason.PREVIOUS_UNKNOWN, ("previous",))
    return found.lo


def growth_from_levels(reported: m.Reported, ctx: Context) -> LevelChange | None:
    """``68000元`` reported and ``64000元`` the year before, against 与经济增长同步: the growth the two levels make
    (6.25%), set beside the economy's. ``None`` where the value is no level written in a unit of amount, or no previous
    level is given (a level alone stays pending ``level_as_change``), or the caller says the figures are rates."""
    if ctx.previous is None or ctx.measure in (Measure.RATE, Measure.DECLINE) or states_change(reported):
        return None
    quantity = getattr(reported, "value", None)
    if not isinstance(reported, m.Value) or not isinstance(quantity, m.Quantity) or quantity.unit is None:
        return None
    if not is_amount(quantity.unit) or states_change(ctx.previous):
        return None
    try:
        base = _point(ctx.previous, quantity.unit, ctx.measure)
    except Pending:  # a previous figure in another dimension (6.5%): no level to grow from
        return None
    return LevelChange(base=base, base_name="previous", unit=quantity.unit, way="up", points=False, change_unit="%")


def level_change(c: m.Cumulative, reported: m.Reported, ctx: Context, target_unit: str | None) -> LevelChange | None:
    """How a reported level becomes the change ``c`` states; ``None`` when the figure is the change itself.

    Raises :class:`Pending` ``previous_unknown`` when the figure is a level and its base is not given.

    A bare figure against a change in a unit of its own or in points (提高1岁, 提高1个百分点) is read by its size
    (:func:`_sizes`): more than :data:`PLAUSIBLE` times the stated change it is no change but a level (79 against 提高1岁:
    79 - 78.5 = 0.5岁, missed; without the previous level pending, both readings said), and as far from the previous
    level it is no level but the change (1.2 against 较上年提高1个百分点 after 60%: 1.2个百分点, never -58.8).
    """
    if c.annual and ctx.year is not None and _is_figure(reported) and not _averaged(reported):
        # 年均增长6% judged for one year by a check (the year's cell of a rules file): the year's figure is no yearly
        # average over the plan's years; the plan period's cell judges the average of the years (plans/check.py)
        return LevelChange(base=Decimal(0), base_name="previous", unit=None, way=c.change or "up", points=False,
                           change_unit="%", why=(note("year_not_average", year=ctx.year),), refused=True)
    if c.change is None or not ctx.levels or not _is_figure(reported) or states_change(reported):
        return None
    if ctx.measure in (Measure.RATE, Measure.DECLINE):
        return None
    points = is_points(target_unit)
    named = c.since_previous or c.base_year is not None or c.annual
    absolute = _absolute(target_unit, c)
    moved = reached(reported) and not (not points and _reach_in_percent(reported))  # 提高到79岁: a level reached
    if moved and (_of_rate(reported) or isinstance(reported, m.Value) and ratio_text(reported)):
        return None  # 增速提高到6.8%: a rate reached is the change itself; 扩大到2.33:1 a ratio, no % (judge.figure)
    sized = _sizes(c, reported, target_unit) if (points or absolute) and not moved and ctx.measure is None else None
    too_large = sized is not None and sized[0] > PLAUSIBLE * sized[1]  # 79 against 提高1岁: no change of 1岁
    why = (note("figure_too_large_change", value=reported.text, change=c.inner.text, times=PLAUSIBLE),) \
        if too_large and not points and not named else ()  # said where the size alone makes it a level
    if not points and not named and not moved and not too_large and ctx.measure is not Measure.LEVEL:
        _in_multiples(c, reported, target_unit, ctx)  # 1.6 against 增长1.5倍: 1.6% or 1.6倍? (Pending where unsaid)
        return None  # the caller (measure="level") or the figure's size says it is a level; else it is the change
    unit = target_unit if absolute and ctx.unit is None else _level_unit(reported, ctx, points)
    base = _base(c, ctx, unit)
    if base is None:
        if points or c.doubling or c.of_base or moved or too_large or ctx.measure is Measure.LEVEL:  # 翻一番, 2020年的2倍
            said = [note("figure_set_aside_change", value=reported.text)] if moved else list(why)
            raise Pending(Reason.PREVIOUS_UNKNOWN, (str(c.base_year) if c.base_year else "previous",), notes=said)
        return None  # no base given: the figure is the change (as 稳步增长 reads a growth rate)
    level = _level_point(reported, unit) if sized is not None else None
    if level is not None and sized is not None and abs(level - base[0]) > PLAUSIBLE * sized[1]:
        if not too_large:
            return None  # 1.2 against 提高1个百分点 after a level of 60: a change of 1.2 points, never a level of 1.2%
        # 12 against 增加2亿元 after 100: too large for the change, too far from the previous level for a level
        shift, shown = (level - base[0] if c.change == "up" else base[0] - level), target_unit or ""
        raise Pending(Reason.AMBIGUOUS_VALUE, (format_decimal(sized[0]) + shown, format_decimal(shift) + shown), notes=[
            note("figure_neither_change_nor_level", value=reported.text, change=c.inner.text, times=PLAUSIBLE,
                 base=format_decimal(base[0]) + (unit or ""), moved=format_decimal(shift) + shown)])
    return LevelChange(base=base[0], base_name=base[1], unit=unit, way=c.change, points=points or absolute,
                       change_unit=target_unit if (points or absolute) and target_unit else "%", why=why)


def _multiple(c: m.Cumulative) -> Decimal | None:
    """What one of the change's figure stands for where the target writes it in a multiple (增长1.5倍: 100, 提高两成: 10;
    zh.yaml change.multiples, language/multiples.py), else None."""
    for span in getattr(c.inner, "spans", ()):
        if span.role == "number":
            if span.text[-1:] in _multiple_ends():  # 增长6%, 增加2万人: at once (asked of every change target)
                return next(Decimal(size) for word, size in lexicon().change.multiples.items() if span.text.endswith(word))
            return None
    return None


@per_lexicon
def _multiple_ends() -> frozenset[str]:
    """The last characters of zh.yaml ``change.multiples`` (倍, 成, 半)."""
    return frozenset(word[-1] for word in lexicon().change.multiples if word)


def _in_multiples(c: m.Cumulative, reported: m.Reported, unit: str | None, ctx: Context) -> None:
    """A bare figure against a change written in a multiple (1.6 against 增长1.5倍, read 150%) is the change in % only
    where its size is of the stated change's (140, 160); far from it (1.6: 1.6% or 1.6倍, met or missed as read) it is
    pending ``ambiguous_value``, both readings said: the text does not say which unit the figure is in."""
    size = _multiple(c) if ctx.measure is None and isinstance(reported, m.Value) else None
    quantity = getattr(reported, "value", None)
    if size is None or not isinstance(quantity, m.Quantity) or quantity.unit is not None:
        return
    sized = _sizes(c, reported, unit)
    if sized is not None and sized[0] * PLAUSIBLE < sized[1]:
        shown = format_decimal(quantity.value)
        raise Pending(Reason.AMBIGUOUS_VALUE, (shown + "%", format_decimal(quantity.value * size) + "%"))


def read_by_size(c: m.Constraint) -> bool:
    """A change in a unit of its own or in points (提高1岁, 增加1万人, 提高1个百分点): a bare figure is a level or the change
    by its size (:func:`level_change`), so no one interval holds for every figure (evaluate_table: row by row)."""
    if not isinstance(c, m.Cumulative) or c.change is None or c.doubling:
        return False
    if _multiple(c) is not None:  # 增长1.5倍: a bare 1.6 pending, 160 judged (_in_multiples)
        return True
    quantity = getattr(c.inner, "value", None) or getattr(c.inner, "low", None)
    return isinstance(quantity, m.Quantity) and quantity.unit is not None and (
        is_points(quantity.unit) or info(quantity.unit).dimension not in ("percent", ""))


#: a bare figure more than this many times the change a target states (79 against 提高1岁), or as far from the previous
#: level (1.2 against 提高1个百分点 after 60%), is not read so: a plan's yearly change is never five times what it states
PLAUSIBLE = Decimal(5)


def _sizes(c: m.Cumulative, reported: m.Reported, unit: str | None) -> tuple[Decimal, Decimal] | None:
    """The size of a bare reported figure read as the change, and the size of the change ``c`` states (its larger end),
    both in ``unit``; None where either is not one figure (a range reported, no stated figure, 0)."""
    inner = c.inner
    quantities = [q for q in (getattr(inner, "value", None), getattr(inner, "low", None), getattr(inner, "high", None))
                  if isinstance(q, m.Quantity)]
    if not quantities or not isinstance(reported, (m.Value, m.ApproxValue)):
        return None
    try:
        stated = max(abs(number(q, unit)) for q in quantities)
        found = figure(reported, unit)
    except Pending:
        return None
    return (abs(found.lo), stated) if stated and found.is_point else None


def _level_point(reported: m.Reported, unit: str | None) -> Decimal | None:
    """The reported figure in the levels' ``unit``; None where it is not one figure."""
    try:
        found = figure(reported, unit)
    except Pending:
        return None
    return found.lo if found.is_point else None


def _averaged(reported: m.Reported) -> bool:
    """The reported words say the figure is a yearly average (年均增长6.3%: zh.yaml change_bases.annual)."""
    return any(word in fold(reported.text).text for word in lexicon().change_bases.annual)


def _absolute(unit: str | None, c: m.Cumulative) -> bool:
    """A change stated in a unit of its own (提高1岁, 增加5万人, 净减1.2平方公里): the difference of two levels in
    that unit, never a relative change in % (a level of 78.5岁 after 78 is 0.5岁 up, not 0.64%)."""
    if unit is None or c.doubling or is_points(unit):
        return False
    return info(unit).dimension not in ("percent", "")


#: the figures of an index of the previous period as 100 (zh.yaml ``change_bases.index``): a change within +-50%
_INDEX = (Decimal(50), Decimal(150))


def index_change(c: m.Approx | m.Bound, value: Decimal, indicator: str | None) -> Decimal | None:
    """The change an approximate figure stands for where it is an index of the previous period as 100 (``居民消费价格指数
    103左右``: +3): no unit, between 50 and 150, and the target or the indicator's name holds a word of zh.yaml
    ``change_bases.index``. 左右 then tolerates around the change (5% of 3), as ``3%左右`` does; None for any other figure.

    >>> index_change(m.Approx(text="居民消费价格指数103左右", value=m.Quantity(value=103)), Decimal(103), None)
    Decimal('3')
    >>> index_change(m.Approx(text="103左右", value=m.Quantity(value=103)), Decimal(103), None) is None
    True
    """
    if c.value.unit not in (None, "%") or not _INDEX[0] < value < _INDEX[1]:  # 103, 103%: of the previous year's
        return None
    return value - HUNDRED if names_index(c.text, indicator) else None


def names_index(*texts: str | None) -> bool:
    """One of ``texts`` (a target, an indicator's name, a reported label) holds a word of zh.yaml ``change_bases.index``:
    its figures may be an index of the previous period as 100."""
    words = lexicon().change_bases.index
    return bool(words) and any(word in fold(text).text for text in texts if text for word in words)


def _index_reported(c: m.Approx | m.Bound, value: Decimal, indicator: str | None,
                    reported: m.Reported) -> list[Note] | None:
    """A change target of an index indicator (居民消费价格涨幅3%左右, 居民消费价格指数 3%以内) against a reported index
    (102.1: no change word, within the index's band), or a sentence whose every figure is one (:func:`_indexes`):
    notes saying the target is judged on the index's scale (100 + 3); None where the figures are not so read."""
    if _INDEX[0] < value < _INDEX[1] or not isinstance(reported, (m.Value, m.Ambiguous)):  # the cheap tests first:
        return None  # every bound asks
    found = _indexes(reported)
    if not found or not names_index(c.text, indicator, *(figure.label for figure in found)):
        return None
    shown = lexicon().render.join.join(dict.fromkeys(format_decimal(figure.value.value) for figure in found))
    return [note("index_reported", value=shown, change=format_decimal(value), index=format_decimal(HUNDRED + value))]


def _indexes(reported: m.Value | m.Ambiguous) -> tuple[m.Value, ...]:
    """The figures of ``reported`` where each may be an index of the previous period as 100 (no unit or %, within
    :data:`_INDEX`, no change said): the value itself, or every figure of a sentence, which the target then chooses
    among (闻喜's 2022 bulletin, yunxunwl.com tid=200344: 全县居民消费价格总指数为100.8%。…交通和通信类价格指数为105.6%;
    the price level's 100.8 was judged a rise of 100.8%, missed against 涨幅3%左右). A sentence with one change in it
    (上涨1.3%,…总指数101.3) is none: which figure the target takes is not known before it chooses. Empty otherwise."""
    values = (reported,) if isinstance(reported, m.Value) else tuple(f for f in reported.candidates if not _measured(f))
    if values and all(isinstance(figure, m.Value) and figure.value.unit in (None, "%")
                      and _INDEX[0] < figure.value.value < _INDEX[1] and not _said_change(figure) for figure in values):
        return tuple(figure for figure in values if isinstance(figure, m.Value))
    return ()


def _measured(figure: m.Reported) -> bool:
    """Whether a sentence's ``figure`` is labelled as another measure than an index (zh.yaml choosing.measure: 率, 比重,
    占比; no word of change_bases.index) and states no change: 年末常住人口城镇化率为61.2% beside 居民消费价格总指数为
    100.8% is a share, no index of the previous year (the note called it one, within 50-150 and in %), and it neither
    makes the sentence's figures indexes nor keeps them from being."""
    label = fold(getattr(figure, "label", None) or "").text
    return bool(label) and not names_index(label) and not _said_change(figure) and any(
        word in label for word in lexicon().choosing.measure)


def index_tolerance(c: m.Approx, value: Decimal, indicator: str | None,
                    reported: m.Reported) -> tuple[Decimal, Decimal, list[Note]]:
    """The figure to judge and what 左右 tolerates around: for an index (:func:`index_change`) its change, with a note
    saying so; judged as the change itself where the reported value states one (居民消费价格指数103左右 against 上涨3.5%:
    3.5 against 3, never 3.5% under 103%), or where its figure cannot be the index (a bare 3.5); a figure in the
    index's band (100.7) is the index, in a plan's % too."""
    change = index_change(c, value, indicator)
    if change is None:  # 居民消费价格涨幅3%左右 against 102.1: 103 tolerating around 3
        said = _index_reported(c, value, indicator, reported)
        return (value, value, []) if said is None else (HUNDRED + value, value, said)
    said = [note("index_tolerance", value=c.value, verb=change_word("up" if change >= 0 else "down"),
                 change=format_decimal(abs(change)))]
    return (change if _said_change(reported) or _no_index(reported) else value), change, said


def about(tolerance: m.Tolerance, of: Decimal, unit: str | None) -> Decimal:
    """What 左右 tolerates around ``of`` (in ``unit``): the tolerance, a share of the figure at most what the unit's
    dimension allows (units.yaml ``about_at_most``: half a year around a level of years, 人均预期寿命达到80岁左右 met
    from 79.5, not from 76); a tolerance given as an amount stands."""
    found = tolerance.around(of)
    most = about_at_most(unit) if tolerance.relative else None
    return found if most is None or found <= most else most


def index_bound(c: m.Bound, value: Decimal, indicator: str | None,
                reported: m.Reported) -> tuple[Decimal, list[Note]]:
    """The figure a bound is judged at: for an index (:func:`index_change`: 居民消费价格指数控制在103以内) against a
    reported change (上涨3.5%, or a bare 3.5 that cannot be the index) the change it stands for (3), with a note saying
    so; the figure itself otherwise (101.8 is the index, under 103)."""
    change = index_change(c, value, indicator)
    if change is None:  # 居民消费价格涨幅控制在3%以内 against 102.1: at most 103
        said = _index_reported(c, value, indicator, reported)
        return (value, []) if said is None else (HUNDRED + value, said)
    if not (_said_change(reported) or _no_index(reported)):
        return value, []
    verb = change_word("up" if change >= 0 else "down")
    return change, [note("index_change", value=c.value, verb=verb, change=format_decimal(abs(change)))]


def _no_index(reported: m.Reported) -> bool:
    """A figure alone that cannot be the index (outside its band, :data:`_INDEX`: 3.5 or 3.5% against 103左右) is the
    change it reports, as a rate word would say (上涨3.5%); 100.7 stays the index."""
    if not isinstance(reported, m.Value) or reported.value.unit not in (None, "%"):
        return False
    return not _INDEX[0] < reported.value.value < _INDEX[1]


def _said_change(reported: m.Reported) -> bool:
    """The reported value states a change, not an index: a change word (下降0.5%) or a rate word ending its label (上涨2.1%,
    居民消费价格上涨2.1%: zh.yaml choosing.rate_words). A figure alone (100.7, 2.1%) is read as the index, as every path
    reads it (scale/figures.py judges a bare figure by its group's requirement)."""
    if states_change(reported):
        return True
    return isinstance(reported, m.Value) and (reported.label or "").endswith(tuple(lexicon().choosing.rate_words))

