"""Typed, immutable models: what a target or a reported value was read as, and the parts of a verdict.

Every parsed model keeps its source ``text`` and the ``spans`` it was read from (0-based,
end-exclusive character offsets into ``text``), like price-parser keeps ``amount_text`` beside
``amount``. Constraints and reported values are discriminated unions on ``kind``.
"""

# No ``from __future__ import annotations``: pydantic would compile and evaluate each field's annotation string
# when the class is made (~1.5 ms of a cold check for these classes); forward references are quoted.
from decimal import Decimal
from enum import Enum
from collections.abc import Iterable, Iterator
from typing import Annotated, Literal, TypeVar, Union

from pydantic import Field

from .frozen import Frozen as _Model  # frozen, extra forbidden, built on first use (compliance/frozen.py)
from .frozen import trusted as trusted  # the engine's unvalidated constructor, imported from here too
from .frozen import maker as maker  # trusted() for one call site's names, checked once

Op = Literal["ge", "gt", "le", "lt"]
_C = TypeVar("_C")


class Polarity(str, Enum):
    """The indicator's good direction."""

    HIGHER = "higher"  #: more is better
    LOWER = "lower"  #: less is better
    BAND = "band"  #: close to the target is best


class Measure(str, Enum):
    """What an indicator's number measures, where that changes a reading (稳步增长, 下降)."""

    LEVEL = "level"
    RATE = "rate"  #: a growth rate in %: 稳步增长 means the rate is above zero
    DECLINE = "decline"  #: a rate of decline (降幅): 下降3.7% reports 3.7


class Span(_Model):
    """Where in the source text a part of the reading came from."""

    start: int
    end: int
    role: str
    text: str


class Quantity(_Model):
    """A number with the unit it was written in (``万人``, ``%``; ``None`` when unwritten)."""

    value: Decimal
    unit: str | None = None

    def __str__(self) -> str:
        return format_decimal(self.value) + (self.unit or "")


def format_decimal(value: Decimal) -> str:
    """``Decimal('5.50')`` -> ``'5.5'``, never in exponent notation.

    The text depends on the number alone (``5.5`` and ``5.50``, ``0`` and ``-0`` are written alike), so it is
    kept by value for the next call (a report writes the same few figures thousands of times: a look-up is
    ~7x cheaper than the formatting); at most :data:`_FORMATTED_MAX` texts, then the memo starts again.
    """
    try:
        return _FORMATTED[value]
    except (KeyError, TypeError):  # not yet; TypeError: a signalling NaN has no hash
        pass
    if value.is_infinite():
        return "∞" if value > 0 else "-∞"
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    text = "0" if text in ("-0", "") else text
    if not value.is_nan():  # a NaN equals nothing: never found again
        if len(_FORMATTED) >= _FORMATTED_MAX:
            _FORMATTED.clear()
        _FORMATTED[value] = text
    return text


_FORMATTED: dict[Decimal, str] = {}  #: format_decimal's texts by value
_FORMATTED_MAX = 1 << 16


class Tolerance(_Model):
    """How far ``X左右`` (or 基本同步) may stray: relative (``5%`` of X) or absolute (``0.5``)."""

    value: Decimal
    relative: bool = True

    @classmethod
    def parse(cls, spec: "str | int | float | Decimal | Tolerance") -> "Tolerance":
        """``"5%"`` -> 5% of the target; ``"0.5"`` or ``0.5`` -> 0.5 in the indicator's unit.

        >>> Tolerance.parse("5%")
        Tolerance(value=Decimal('0.05'), relative=True)
        >>> Tolerance.parse(0.5)
        Tolerance(value=Decimal('0.5'), relative=False)
        """
        if isinstance(spec, Tolerance):
            return spec
        text = str(spec).strip()
        relative = text.endswith("%")
        value = Decimal(text[:-1].strip()) / 100 if relative else Decimal(text)  # no number: an ArithmeticError
        if not value.is_finite() or value < 0:  # -1 made a band with its ends swapped: 6左右 missed at 6
            raise ValueError(f"tolerance `{text}` must be a finite amount of at least 0")
        return cls(value=value, relative=relative)

    def around(self, value: Decimal) -> Decimal:
        """The absolute tolerance around ``value``."""
        return abs(value) * self.value if self.relative else self.value

    def __str__(self) -> str:
        if self.relative:
            return format_decimal(self.value * 100) + "%"
        return format_decimal(self.value)


# --------------------------------------------------------------------------- constraints


class _Constraint(_Model):
    text: str = ""
    spans: tuple[Span, ...] = ()
    #: words read but not changing the meaning (力争, 控制在, a label such as 优良水体比例)
    remarks: tuple[Span, ...] = ()
    #: the indicator phrase the target is about, as written before its predicate
    #: (``地区生产总值`` in ``地区生产总值增长6%左右``; Span role ``"subject"``); ``None`` for a bare cell
    subject: Span | None = None


class Bound(_Constraint):
    """``<313.2``, ``6以上``, ``不低于X``, ``控制在3%以内``: one side, inclusive or strict."""

    kind: Literal["bound"] = "bound"
    op: Op
    value: Quantity
    label: str | None = None


class Level(_Constraint):
    """A bare number ``6`` or ``达到X``: at least X (higher), at most X (lower), about X (band)."""

    kind: Literal["level"] = "level"
    value: Quantity
    verb: Literal["bare", "reach"] = "bare"
    label: str | None = None
    #: the year the target is for, when the text names one (``2035年达到37``)
    horizon: int | None = None


class Range(_Constraint):
    """``8-9``, ``5%至5.5%``: both ends included."""

    kind: Literal["range"] = "range"
    low: Quantity
    high: Quantity


class Approx(_Constraint):
    """``X左右``, ``约X``: X give or take the tolerance; beating the plan is fine."""

    kind: Literal["approx"] = "approx"
    value: Quantity
    tolerance: Tolerance | None = None
    label: str | None = None


Relation = Literal["reach", "ge", "gt", "le", "lt", "complete"]


class Reference(_Constraint):
    """A level set elsewhere: ``达到市级要求（3.2）``, ``低于全市平均水平（3）``, ``完成省下达任务``.

    ``name`` is the canonical reference (``市级要求``), ``phrase`` the words in the text;
    ``inline`` is what the bracket says, used when no other value is known.
    """

    kind: Literal["reference"] = "reference"
    name: str
    phrase: str
    relation: Relation = "reach"
    inline: "Constraint | None" = None
    #: 高于全省平均水平3个百分点(以上): at least the reference + 3 (at most - for 低于); judge/reference.py
    margin: Quantity | None = None


class Direction(_Constraint):
    """``稳步增长``, ``逐步增加``, ``持续下降``, ``持续改善``: a direction without a number.

    ``better`` follows the indicator's polarity: up where higher is better, down where lower is.
    """

    kind: Literal["direction"] = "direction"
    #: steady (与上年持平, 保持基本稳定): within a small tolerance of the previous period (or a rate near 0);
    #: narrower (持续缩小, 降幅收窄): nearer zero than the previous period; at_least (不低于上年): >= previous
    direction: Literal["up", "down", "better", "steady", "narrower", "at_least"]
    #: a growth word (增长): against a growth rate it means the rate is above (below) zero
    growth: bool
    phrase: str


class Sync(_Constraint):
    """``与经济增长基本同步``: in step with another indicator of the same period."""

    kind: Literal["sync"] = "sync"
    ref: str  #: indicator id (``gdp_growth``)
    phrase: str  #: the words naming it (``经济增长``)
    loose: bool = True  #: 基本同步: within the sync tolerance; 同步: at least the reference


class Revised(_Constraint):
    """``7.2（调整为5.5）``: judged against the revision; the original is kept."""

    kind: Literal["revised"] = "revised"
    original: "Constraint"
    revised: "Constraint"


class Provisional(_Constraint):
    """``征求意见中（3）``: judged against the number, marked provisional."""

    kind: Literal["provisional"] = "provisional"
    note: str
    inner: "Constraint"


#: the role of a change target's span saying its figure is a multiple of the base year's (:attr:`Cumulative.of_base`)
MULTIPLE = "multiple"


class Cumulative(_Constraint):
    """``累计5000左右`` (a total over the period) or ``五年下降14.5`` (a change over N years)."""

    kind: Literal["cumulative"] = "cumulative"
    inner: "Constraint"
    years: int | None = None
    change: Literal["up", "down"] | None = None
    #: the year the change is measured from (比2020年下降18%)
    base_year: int | None = None
    #: measured from the previous period's level (比上年下降3%, 较上年提高1个百分点)
    since_previous: bool = False
    #: an average yearly change (年均增长6%): each year's rate, or the compound annual rate, never a total
    annual: bool = False
    #: 翻一番 (1) / 翻两番 (2): the level reaches 2^n times the base; ``inner`` holds the growth in % it means
    doubling: int | None = None

    @property
    def of_base(self) -> bool:
        """The level is stated as a multiple of the base year's (``是2020年的1.5倍``, language/multiples.py): ``inner``
        holds the change it makes (up 50%), and a reported figure is a level, measured from the base year's."""
        return any(span.role == MULTIPLE for span in self.spans)


class Task(_Constraint):
    """``净减1.2平方公里``, ``完成净减1.2平方公里任务``: an action on a quantity."""

    kind: Literal["task"] = "task"
    action: str
    amount: Quantity | None = None


class Several(_Constraint):
    """``城镇、农村居民人均可支配收入分别增长6%、7%``: several targets in one sentence, one part per subject.

    Each part keeps its ``subject`` as written (``城镇`` and ``农村居民人均可支配收入``: a shortened
    item is not completed with the shared head, whose start the text does not show). Judged part by
    part against as many reported values, in order; the status is the worst of the parts.
    """

    kind: Literal["several"] = "several"
    parts: "tuple[Constraint, ...]"
    #: the parts are thresholds of categories, one of which applies (a table cell ``≥33 ≥22``: 山区 ≥33,
    #: 丘陵地区 ≥22): one reported value is met or missed where every part agrees, else pending
    alternatives: bool = False


class Qualitative(_Constraint):
    """``国际收支基本平衡``, ``外贸外资促稳提质``: a target stated without any figure to measure.

    Judged pending (reason ``qualitative``) unless the reported text attests it (``实现``,
    ``基本平衡``, ``完成``): then met, reason ``attested``. ``phrase`` is the predicate read
    (``基本平衡``); the indicator phrase before it is the ``subject``.
    """

    kind: Literal["qualitative"] = "qualitative"
    phrase: str


class Unrecognized(_Constraint):
    """Text the grammar cannot read. Judging it is always pending (reason ``unrecognized``)."""

    kind: Literal["unrecognized"] = "unrecognized"


Constraint = Annotated[Union[Bound, Level, Range, Approx, Reference, Direction, Sync, Revised, Provisional, Cumulative,
                             Task, Several, Qualitative, Unrecognized], Field(discriminator="kind")]

# --------------------------------------------------------------------------- reported values


class LevelValue(_Model):
    """A comparison level carried by a reported cell: ``（市级3.12）``."""

    name: str  #: the reference it supplies (``全市平均水平``)
    label: str  #: the words in the text (``市级``)
    value: Quantity


#: the name of a LevelValue that is the previous period's figure (2.1（上年2.15）, 由2.15降至2.1: zh.yaml level_labels)
PREVIOUS_LEVEL = "previous"


class _Reported(_Model):
    text: str = ""
    spans: tuple[Span, ...] = ()
    label: str | None = None
    levels: tuple[LevelValue, ...] = ()
    note: str | None = None


class Value(_Reported):
    """A number: ``4``, ``1.4万个``, ``优良水体比例87.5``, ``比上年增长4.1%``."""

    kind: Literal["value"] = "value"
    value: Quantity
    #: a change verb in front of the number (``下降2.3%``)
    change: Literal["up", "down"] | None = None


class ApproxValue(_Reported):
    """``35左右``: about a number."""

    kind: Literal["approx"] = "approx"
    value: Quantity


class BoundValue(_Reported):
    """``<313.2``, ``10以上``: only a side is known."""

    kind: Literal["bound"] = "bound"
    op: Op
    value: Quantity


class RangeValue(_Reported):
    """``8-9``."""

    kind: Literal["range"] = "range"
    low: Quantity
    high: Quantity


class Attested(_Reported):
    """``可完成``, ``完成净减1.2平方公里任务``: completion attested without a measured figure."""

    kind: Literal["attested"] = "attested"


class Completion(_Reported):
    """``完成年计划500亿元的91.2%``, ``占年计划的38.9%``: the share of the plan done, and the plan's amount.

    Judged on its own terms: at least 100% of the plan is met, less is missed (whatever the target's
    wording, the plan the ratio is of is the target's amount).
    """

    kind: Literal["completion"] = "completion"
    ratio: Quantity  #: in %
    plan: Quantity | None = None  #: the plan's amount, when written (500亿元)
    #: the plan named (完成目标的95%); False for a bare 完成95%, which may also be the indicator's own figure in %
    of_plan: bool = True


class Shortfall(_Reported):
    """``未完成``, ``未达到预期目标``, ``低于预期目标0.8个百分点``, ``与预期目标相差1个多点``: a shortfall
    attested by the reporter, with its size when written. Judged missed (basis ``attested``)."""

    kind: Literal["shortfall"] = "shortfall"
    gap: Quantity | None = None
    #: the size is a lower bound (相差1个多点: more than one point)
    at_least: bool = False


class NotAvailable(_Reported):
    """``该指标年底出上年数据``: the value will come later."""

    kind: Literal["not_available"] = "not_available"


class Missing(_Reported):
    """``-`` or an empty cell."""

    kind: Literal["missing"] = "missing"


class Ambiguous(_Reported):
    """A sentence with several competing numbers, none clearly the indicator's."""

    kind: Literal["ambiguous"] = "ambiguous"
    #: each figure as written: a number, or a bound or approximation kept as such (在5.3%以下)
    candidates: tuple[Annotated[Union[Value, ApproxValue, BoundValue], Field(discriminator="kind")], ...]


class SeveralValues(_Reported):
    """``分别增长6.3%、7.1%``, ``分别为41.2%和58.8%``: one value per part of a several-target, in order."""

    kind: Literal["several"] = "several"
    values: "tuple[Reported, ...]"


class UnrecognizedValue(_Reported):
    """Reported text the grammar cannot read."""

    kind: Literal["unrecognized"] = "unrecognized"


Reported = Annotated[Union[
    Value, ApproxValue, BoundValue, RangeValue, Attested, NotAvailable, Missing, Ambiguous, SeveralValues,
    UnrecognizedValue, Completion, Shortfall,
], Field(discriminator="kind")]


#: Where a constraint holds the constraints it is judged by (a revision's ``original`` is not judged nor walked)
_NESTED = ("revised", "inner", "inline")


def nodes(constraint: Constraint) -> Iterator[Constraint]:
    """The constraint and those it is judged by, outermost first.

    >>> from compliance import parse_target
    >>> [node.kind for node in nodes(parse_target("达到市级要求（2035年达到37）"))]
    ['reference', 'level']
    >>> [node.kind for node in nodes(parse_target("7.2（调整为5.5）"))]  # the original is not judged
    ['revised', 'level']
    """
    yield constraint
    fields = constraint.__dict__  # a model's field values; a missing name through getattr costs a raised error
    for name in _NESTED:
        child = fields.get(name)
        if child is not None:
            yield from nodes(child)


def find(constraint: Constraint, kind: type[_C]) -> _C | None:
    """The outermost node of ``kind`` in a constraint, or ``None``."""
    return next((node for node in nodes(constraint) if isinstance(node, kind)), None)

# ----------------------------------------------------- the parts of a verdict (the records, whose methods explain
# them, are judge-layer classes in :mod:`compliance.judge.verdict`: models import nothing of the stages above)


class Status(str, Enum):
    MET = "met"
    MISSED = "missed"
    PENDING = "pending"


#: how bad a status is (higher is worse): the one severity rule of the judge and the plan layers
STATUS_RANK = {Status.MET: 0, Status.PENDING: 1, Status.MISSED: 2}


def worst_status(statuses: Iterable[Status]) -> Status:
    """The worst of some statuses (missed > pending > met): a several-target's from its parts'.

    >>> worst_status([Status.MET, Status.PENDING, Status.MET]).value
    'pending'
    """
    return max(statuses, key=STATUS_RANK.__getitem__)


class Reason(str, Enum):
    """Why a verdict is what it is. Stable codes: reports and tools filter on them."""

    MEASURED = "measured"  #: a figure compared with the threshold
    WITHIN_TOLERANCE = "within_tolerance"  #: met only thanks to the 左右 / 基本同步 tolerance
    ATTESTED = "attested"  #: completion attested without a figure (可完成)
    ATTESTED_SHORTFALL = "attested_shortfall"  #: a shortfall attested by the reporter (未完成, 低于预期目标0.8个百分点)
    NO_DATA = "no_data"  #: no reported value (yet)
    REFERENCE_UNKNOWN = "reference_unknown"  #: the referenced level (市级要求 ...) is not known
    PREVIOUS_UNKNOWN = "previous_unknown"  #: 逐步增加 without the previous period's value
    UNRECOGNIZED = "unrecognized"  #: target or reported text could not be read
    IMPRECISE_VALUE = "imprecise_value"  #: the reported interval straddles the threshold
    NOT_COMPARABLE = "not_comparable"  #: units that do not convert (亿元 against %)
    AMBIGUOUS_VALUE = "ambiguous_value"  #: several candidate figures, none clearly the one
    PERIOD_OPEN = "period_open"  #: the target's period has not ended (relative to the data or ``as_of``)
    EXPRESSION_FAILED = "expression_failed"  #: a custom rule could not be computed (division by zero ...)
    VALUE_COUNT = "value_count"  #: a several-target against another number of reported values
    QUALITATIVE = "qualitative"  #: a target without a figure (国际收支基本平衡), not attested by the report
    NO_TARGET = "no_target"  #: the plan sets no target for the period: its cell says none (-, —, /, 无, empty)


class Interval(_Model):
    """A set of numbers ``lo..hi``; ends may be open or infinite."""

    lo: Annotated[Decimal, Field(allow_inf_nan=True)] = Decimal("-Infinity")
    hi: Annotated[Decimal, Field(allow_inf_nan=True)] = Decimal("Infinity")
    lo_closed: bool = False
    hi_closed: bool = False

    @classmethod
    def point(cls, value: Decimal) -> "Interval":
        values = {"lo": value, "hi": value, "lo_closed": True, "hi_closed": True}
        return trusted(cls, **values) if type(value) is Decimal else cls(**values)  # a Decimal: validation keeps it

    @classmethod
    def bound(cls, op: Op, value: Decimal) -> "Interval":
        """The numbers on one side of ``value``: ``ge`` -> ``[value, ∞)``, ``lt`` -> ``(-∞, value)``.

        >>> Interval.bound("gt", Decimal(6)).contains(Interval.point(Decimal(6)))
        False
        """
        values = {"lo": value, "lo_closed": op == "ge"} if op in ("ge", "gt") else {"hi": value, "hi_closed": op == "le"}
        return trusted(cls, **values) if type(value) is Decimal else cls(**values)

    def contains(self, other: "Interval") -> bool:
        """Every number of ``other`` lies in ``self``."""
        lo_ok = other.lo > self.lo or (other.lo == self.lo and (self.lo_closed or not other.lo_closed))
        hi_ok = other.hi < self.hi or (other.hi == self.hi and (self.hi_closed or not other.hi_closed))
        return lo_ok and hi_ok

    def disjoint(self, other: "Interval") -> bool:
        """No number lies in both."""
        if self.hi < other.lo or other.hi < self.lo:
            return True
        if self.hi == other.lo:
            return not (self.hi_closed and other.lo_closed)
        if other.hi == self.lo:
            return not (other.hi_closed and self.lo_closed)
        return False

    @property
    def is_point(self) -> bool:
        return self.lo == self.hi and self.lo_closed and self.hi_closed


class Note(_Model):
    """One remark in an explanation: a template code of ``messages.yaml`` and its parameters."""

    code: str
    params: dict[str, str] = Field(default_factory=dict)


class Expression(_Model):
    """A custom rule of a rules file (``value >= ref('gdp_growth') - 1``): true is met, false missed.

    Not a reading of plan text, so not a :data:`Constraint`; a verdict's ``target`` may be one.
    """

    kind: Literal["expr"] = "expr"
    text: str
    spans: tuple[Span, ...] = ()
    remarks: tuple[Span, ...] = ()


#: What a verdict judged: a target read from text, or a custom rule.
Target = Annotated[Union[
    Bound, Level, Range, Approx, Reference, Direction, Sync, Revised, Provisional, Cumulative, Task, Several,
    Qualitative, Unrecognized, Expression,
], Field(discriminator="kind")]


class ProgressRating(str, Enum):
    """How a multi-year target is coming along in an interim year. Stable codes."""

    ACHIEVED_EARLY = "achieved_early"  #: already at or past the target
    ON_TRACK = "on_track"  #: moving at (at least) the pace the target needs
    NEEDS_ACCELERATION = "needs_acceleration"  #: moving the right way, too slowly
    REGRESSING = "regressing"  #: moving away from the target
    INSUFFICIENT_DATA = "insufficient_data"  #: not enough figures (or no threshold) to say


class YearValue(_Model):
    """One year's reported value as progress read it: the figure, or the ends of a reported range. An open end
    (``10以上``) is None; both None: not a figure (``可完成``, missing)."""

    year: int
    text: str
    low: Decimal | None = None
    high: Decimal | None = None


class ReferenceUse(_Model):
    """Which value a reference resolved to, and where it came from."""

    name: str
    value: str
    source: Literal["references", "reported", "inline"]
