"""Judge a reported value against a constraint: three-valued, direction-aware, exact.

Every constraint kind is turned into a *requirement*: the interval of values that meet it (in
the working unit), given the indicator's polarity, the tolerance, references and the previous
period. A reported value is an interval too. The verdict is **met** when the reported interval
lies inside the requirement, **missed** when they do not meet, **pending** otherwise, and pending
whenever an input is absent. Arithmetic is ``decimal.Decimal`` throughout. This module returns
reason codes and parameters; sentences are made in ``_explain.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from .. import models as m
from ..language.units import convert
from ..models import Interval, Note, Polarity, Reason, Status, format_decimal
from .verdict import Verdict

_CHANGE_WORDS = {"up": "增长", "down": "下降"}
INF = Decimal("Infinity")
NEG_INF = Decimal("-Infinity")


@dataclass(frozen=True, slots=True)
class Context:
    polarity: Polarity
    tolerance: m.Tolerance
    sync_tolerance: m.Tolerance
    reported_tolerance: m.Tolerance
    previous: m.Reported | None = None
    references: Mapping[str, Any] = field(default_factory=dict)
    unit: str | None = None  #: the indicator's unit, when a rules file gives one
    measure: m.Measure | None = None


@dataclass(slots=True)
class Requirement:
    admissible: Interval
    strict: Interval | None = None  #: the requirement without tolerance (to tell within_tolerance)
    tolerance: Decimal | None = None
    reference: m.ReferenceUse | None = None
    previous: Decimal | None = None
    notes: list[Note] = field(default_factory=list)


@dataclass
class Pending(Exception):
    reason: Reason
    missing: tuple[str, ...]
    notes: list[Note] = field(default_factory=list)


def _note(code: str, **params: object) -> Note:
    return Note(code=code, params={key: str(value) for key, value in params.items()})


def _interval(op: m.Op, value: Decimal) -> Interval:
    return {
        "ge": Interval(lo=value, lo_closed=True),
        "gt": Interval(lo=value),
        "le": Interval(hi=value, hi_closed=True),
        "lt": Interval(hi=value),
    }[op]


def _around(value: Decimal, tolerance: Decimal, polarity: Polarity) -> Interval:
    if polarity is Polarity.HIGHER:
        return Interval(lo=value - tolerance, lo_closed=True)
    if polarity is Polarity.LOWER:
        return Interval(hi=value + tolerance, hi_closed=True)
    return Interval(lo=value - tolerance, hi=value + tolerance, lo_closed=True, hi_closed=True)


class Judge:
    def __init__(self, ctx: Context, reported: m.Reported, unit: str | None) -> None:
        self.ctx = ctx
        self.reported = reported
        self.unit = unit  #: the working unit: the indicator's, else the target's
        self.magnitude_of: str | None = None  #: "up"/"down" when the target states a change

    def number(self, quantity: m.Quantity) -> Decimal:
        """A target quantity in the working unit (a target's units always compare with its own)."""
        value = convert(quantity.value, quantity.unit, self.unit)
        if value is None:
            raise Pending(Reason.NOT_COMPARABLE, (f"{quantity.unit} / {self.unit}",))
        return value

    # ------------------------------------------------------------------ requirements by kind

    def requirement(self, c: m.Constraint) -> Requirement:
        return _REQUIREMENTS[c.kind](self, c)

    def level(self, c: m.Level) -> Requirement:
        value = self.number(c.value)
        notes = [_note("horizon", year=c.horizon)] if c.horizon else []
        if self.ctx.polarity is Polarity.BAND:
            tolerance = self.ctx.tolerance.around(value)
            return Requirement(_around(value, tolerance, Polarity.BAND), Interval.point(value), tolerance, notes=notes)
        op: m.Op = "ge" if self.ctx.polarity is Polarity.HIGHER else "le"
        return Requirement(_interval(op, value), notes=notes)

    def bound(self, c: m.Bound) -> Requirement:
        return Requirement(_interval(c.op, self.number(c.value)))

    def range(self, c: m.Range) -> Requirement:
        low, high = self.number(c.low), self.number(c.high)
        if low > high:
            low, high = high, low
        if self.ctx.polarity is Polarity.HIGHER:
            return Requirement(Interval(lo=low, lo_closed=True))
        if self.ctx.polarity is Polarity.LOWER:
            return Requirement(Interval(hi=high, hi_closed=True))
        return Requirement(Interval(lo=low, hi=high, lo_closed=True, hi_closed=True))

    def approx(self, c: m.Approx) -> Requirement:
        value = self.number(c.value)
        tolerance = (c.tolerance or self.ctx.tolerance).around(value)
        strict = Interval.point(value) if self.ctx.polarity is Polarity.BAND else _around(value, Decimal(0), self.ctx.polarity)
        return Requirement(_around(value, tolerance, self.ctx.polarity), strict, tolerance)

    def reference(self, c: m.Reference) -> Requirement:
        for key in dict.fromkeys((c.phrase, c.name)):
            if key in self.ctx.references:
                return self._referenced(c, self.ctx.references[key], "references")
        for level in self.reported.levels:
            if level.name in (c.name, c.phrase) or level.label in (c.name, c.phrase):
                return self._referenced(c, level.value, "reported")
        if c.inline is not None:
            inner: m.Constraint = c.inline
            if c.relation in ("ge", "gt", "le", "lt") and isinstance(inner, m.Level):
                inner = m.Bound(text=inner.text, op=c.relation, value=inner.value)
            found = self.requirement(inner)
            found.reference = m.ReferenceUse(name=c.phrase, value=inner.text, source="inline")
            return found
        raise Pending(Reason.REFERENCE_UNKNOWN, (c.phrase,))

    def _referenced(self, c: m.Reference, value: Any, source: str) -> Requirement:
        if isinstance(value, m.Quantity):
            quantity = value
        elif isinstance(value, str):
            from ..language.grammar import parse_target_text

            parsed = parse_target_text(value)
            if isinstance(parsed, (m.Bound, m.Range, m.Approx)):
                found = self.requirement(parsed)
                found.reference = m.ReferenceUse(name=c.phrase, value=value, source=source)  # type: ignore[arg-type]
                return found
            if not isinstance(parsed, m.Level):
                raise Pending(Reason.REFERENCE_UNKNOWN, (c.phrase,))
            quantity = parsed.value
        else:
            quantity = m.Quantity(value=_decimal(value))
        if c.relation in ("ge", "gt", "le", "lt"):
            found = self.bound(m.Bound(op=c.relation, value=quantity))  # type: ignore[arg-type]
        else:
            found = self.level(m.Level(value=quantity, verb="reach"))
        found.reference = m.ReferenceUse(name=c.phrase, value=str(quantity), source=source)  # type: ignore[arg-type]
        return found

    def direction(self, c: m.Direction) -> Requirement:
        ctx = self.ctx
        rate = c.growth and (ctx.measure is m.Measure.RATE or (ctx.measure is None and ctx.previous is None))
        if c.direction == "better" and ctx.polarity is Polarity.BAND:
            raise Pending(Reason.UNRECOGNIZED, ("good_direction",))
        up = c.direction == "up" or (c.direction == "better" and ctx.polarity is Polarity.HIGHER)
        if rate:
            found = Requirement(_interval("gt" if up else "lt", Decimal(0)))
            found.notes.append(_note("rate_reading", phrase=c.phrase, reading=("> 0" if up else "< 0")))
            return found
        previous = self._previous()
        found = Requirement(_interval("gt" if up else "lt", previous), previous=previous)
        found.notes.append(_note("previous", phrase=c.phrase, value=format_decimal(previous)))
        return found

    def _previous(self) -> Decimal:
        previous = self.ctx.previous
        if isinstance(previous, (m.Value, m.ApproxValue)):
            value = convert(previous.value.value, previous.value.unit, self.unit)
            if value is not None:
                return value
        raise Pending(Reason.PREVIOUS_UNKNOWN, ("previous",))

    def sync(self, c: m.Sync) -> Requirement:
        for key in dict.fromkeys((c.ref, c.phrase)):
            if key in self.ctx.references:
                raw = self.ctx.references[key]
                value = raw.value if isinstance(raw, m.Quantity) else _decimal(raw)
                break
        else:
            raise Pending(Reason.REFERENCE_UNKNOWN, (c.ref,))
        tolerance = self.ctx.sync_tolerance.around(value) if c.loose else Decimal(0)
        strict = Interval.point(value) if self.ctx.polarity is Polarity.BAND else _around(value, Decimal(0), self.ctx.polarity)
        found = Requirement(_around(value, tolerance, self.ctx.polarity), strict, tolerance)
        found.reference = m.ReferenceUse(name=c.ref, value=format_decimal(value), source="references")
        return found

    def cumulative(self, c: m.Cumulative) -> Requirement:
        if c.change is None:
            found = self.requirement(c.inner)
            found.notes.append(_note("cumulative"))
            return found
        # 下降10% / 五年下降14.5: the size of the stated change must reach the figure, whatever the
        # level's own polarity (PM2.5 is lower-is-better, its decline higher-is-better).
        self.magnitude_of = c.change
        saved, self.ctx = self.ctx, replace(self.ctx, polarity=Polarity.HIGHER)
        try:
            found = self.requirement(c.inner)
        finally:
            self.ctx = saved
        verb = _CHANGE_WORDS[c.change]
        found.notes.append(_note("change_years", verb=verb, years=c.years) if c.years else _note("change", verb=verb))
        if c.base_year:
            found.notes.append(_note("base_year", year=c.base_year))
        return found

    def revised(self, c: m.Revised) -> Requirement:
        """A revision inside another form (累计…（调整为…）): the revision is judged."""
        found = self.requirement(c.revised)
        found.notes.insert(0, _note("revised", original=c.original.text, revised=c.revised.text))
        return found

    def provisional(self, c: m.Provisional) -> Requirement:
        found = self.requirement(c.inner)
        found.notes.insert(0, _note("provisional", note=c.note))
        return found

    def unrecognized(self, c: m.Unrecognized) -> Requirement:
        raise Pending(Reason.UNRECOGNIZED, ("target",))

    def task(self, c: m.Task) -> Requirement:
        if c.amount is None:
            raise Pending(Reason.NOT_COMPARABLE, ("task_amount",))
        found = Requirement(_interval("ge", self.number(c.amount)))
        if isinstance(self.reported, m.Value) and self.reported.label != c.action:
            found.notes.append(_note("task", action=c.action))
        return found

    # ------------------------------------------------------------------ the reported side

    def reported_interval(self, notes: list[Note]) -> Interval:
        reported = self.reported
        if isinstance(reported, m.Ambiguous):
            reported = self._pick(reported, notes)
        if isinstance(reported, m.Value):
            value = self._reported_number(reported.value)
            if self.magnitude_of is not None and reported.change is not None:
                # the target states a change (下降10%): 下降12% reports 12, 增长3% reports -3
                return Interval.point(value if reported.change == self.magnitude_of else -value)
            if reported.change == "down" and self.ctx.measure is not m.Measure.DECLINE:
                value = -value
                notes.append(_note("decline_sign", verb=reported.label or "下降"))
            return Interval.point(value)
        if isinstance(reported, m.ApproxValue):
            value = self._reported_number(reported.value)
            spread = self.ctx.reported_tolerance.around(value)
            notes.append(_note("approximate_reported", value=reported.value))
            return Interval(lo=value - spread, hi=value + spread, lo_closed=True, hi_closed=True)
        if isinstance(reported, m.BoundValue):
            return _interval(reported.op, self._reported_number(reported.value))
        if isinstance(reported, m.RangeValue):
            low, high = self._reported_number(reported.low), self._reported_number(reported.high)
            return Interval(lo=min(low, high), hi=max(low, high), lo_closed=True, hi_closed=True)
        raise AssertionError(f"not a figure: {reported.kind}")  # pragma: no cover - filtered before

    def _reported_number(self, quantity: m.Quantity) -> Decimal:
        value = convert(quantity.value, quantity.unit, self.unit)
        if value is None:
            raise Pending(Reason.NOT_COMPARABLE, (f"{quantity.unit} / {self.unit}",))
        return value

    def _pick(self, reported: m.Ambiguous, notes: list[Note]) -> m.Value:
        """Of several figures, the one whose unit is the target's; otherwise say so (pending)."""
        fitting = [
            candidate for candidate in reported.candidates
            if self.unit is not None and candidate.value.unit is not None
            and convert(candidate.value.value, candidate.value.unit, self.unit) is not None
        ]
        if len(fitting) == 1:
            notes.append(_note("ambiguous_pick", value=fitting[0].value))
            return fitting[0]
        raise Pending(Reason.AMBIGUOUS_VALUE, ("、".join(str(c.value) for c in reported.candidates),))


_REQUIREMENTS: dict[str, Callable[[Judge, Any], Requirement]] = {
    "level": Judge.level,
    "bound": Judge.bound,
    "range": Judge.range,
    "approx": Judge.approx,
    "reference": Judge.reference,
    "direction": Judge.direction,
    "sync": Judge.sync,
    "cumulative": Judge.cumulative,
    "task": Judge.task,
    "revised": Judge.revised,
    "provisional": Judge.provisional,
    "unrecognized": Judge.unrecognized,
}


def _decimal(value: Any) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(str(value).strip())


def _target_unit(c: m.Constraint) -> str | None:
    """The unit the target is written in: the first unit of the constraints it is judged by."""
    for node in m.nodes(c):
        for name in ("value", "low", "amount"):
            quantity = getattr(node, name, None)
            if isinstance(quantity, m.Quantity) and quantity.unit:
                return quantity.unit
    return None


def _reported_unit(r: m.Reported) -> str | None:
    quantity = getattr(r, "value", None) or getattr(r, "low", None)
    return quantity.unit if isinstance(quantity, m.Quantity) else None


def prepare(
    target: m.Constraint, reported: m.Reported, ctx: Context
) -> tuple[m.Constraint, str | None, list[Note], bool]:
    """The constraint actually judged (a revision's new target, a provisional's number), the working
    unit, the notes so far and whether the target is provisional. Shared with the bulk path."""
    notes: list[Note] = []
    provisional = False
    inner = target
    while isinstance(inner, (m.Revised, m.Provisional)):
        if isinstance(inner, m.Revised):
            notes.append(_note("revised", original=inner.original.text, revised=inner.revised.text))
            inner = inner.revised
        else:
            notes.append(_note("provisional", note=inner.note))
            provisional = True
            inner = inner.inner
    unit = ctx.unit or _target_unit(inner) or _reported_unit(reported)
    return inner, unit, notes, provisional or m.find(inner, m.Provisional) is not None


def judge(target: m.Constraint, reported: m.Reported, ctx: Context) -> Verdict:
    """The verdict of ``reported`` against ``target``."""
    inner, unit, notes, provisional = prepare(target, reported, ctx)
    base: dict[str, Any] = {
        "target": target, "reported": reported, "polarity": ctx.polarity, "provisional": provisional, "unit": unit,
    }
    if reported.note:
        notes.append(_note("reported_note", note=reported.note))

    def pending(reason: Reason, missing: tuple[str, ...], **more: Any) -> Verdict:
        return Verdict(status=Status.PENDING, reason=reason, missing=missing, notes=tuple(notes), **base, **more)

    if isinstance(inner, m.Unrecognized):
        return pending(Reason.UNRECOGNIZED, ("target",))
    judge_ = Judge(ctx, reported, unit)
    requirement: Requirement | None = None
    missing_requirement: Pending | None = None
    try:
        requirement = judge_.requirement(inner)
    except Pending as exc:
        missing_requirement = exc
    found: dict[str, Any] = {}
    if requirement is not None:
        notes.extend(requirement.notes)
        if requirement.reference is not None:
            source = requirement.reference
            notes.append(_note("reference", name=source.name, value=source.value, source=source.source))
        found = {
            "admissible": requirement.admissible, "reference": requirement.reference,
            "previous": requirement.previous, "tolerance": requirement.tolerance,
        }
    if isinstance(reported, m.Attested):
        return Verdict(status=Status.MET, reason=Reason.ATTESTED, notes=tuple(notes), **base, **found)
    if isinstance(reported, (m.Missing, m.NotAvailable)):
        extra = missing_requirement.missing if missing_requirement else ()
        return pending(Reason.NO_DATA, ("reported", *extra), **found)
    if isinstance(reported, m.UnrecognizedValue):
        return pending(Reason.UNRECOGNIZED, ("reported",), **found)
    if missing_requirement is not None:
        return pending(missing_requirement.reason, missing_requirement.missing)
    assert requirement is not None
    try:
        value_interval = judge_.reported_interval(notes)
    except Pending as exc:
        return pending(exc.reason, exc.missing, **found)
    return _decide(requirement, value_interval, base, notes, found)


def _decide(
    requirement: Requirement, got: Interval, base: dict[str, Any], notes: list[Note], found: dict[str, Any]
) -> Verdict:
    wanted = requirement.admissible
    if wanted.contains(got):
        status = Status.MET
        within = requirement.strict is not None and not requirement.strict.contains(got)
        reason = Reason.WITHIN_TOLERANCE if within else Reason.MEASURED
    elif wanted.disjoint(got):
        status, reason = Status.MISSED, Reason.MEASURED
    else:
        status, reason = Status.PENDING, Reason.IMPRECISE_VALUE
    threshold, value, closed = _threshold(wanted, got, status)
    gap = value - threshold if value is not None and threshold is not None and closed else None
    missing = ("precise",) if status is Status.PENDING else ()
    return Verdict(
        status=status, reason=reason, threshold=threshold, value=value, value_interval=got, gap=gap,
        missing=missing, notes=tuple(notes), **base, **found,
    )


def _threshold(wanted: Interval, got: Interval, status: Status) -> tuple[Decimal | None, Decimal | None, bool]:
    """The binding end of the requirement, the reported end nearest it, and whether that end is a figure."""
    finite_lo, finite_hi = wanted.lo.is_finite(), wanted.hi.is_finite()
    if finite_lo and not finite_hi:  # a floor
        if status is Status.MET or got.lo.is_finite() and status is Status.PENDING:
            return wanted.lo, got.lo, got.lo_closed and got.lo.is_finite()
        return wanted.lo, got.hi, got.hi_closed and got.hi.is_finite()
    if finite_hi and not finite_lo:  # a ceiling
        if status is Status.MET or got.hi.is_finite() and status is Status.PENDING:
            return wanted.hi, got.hi, got.hi_closed and got.hi.is_finite()
        return wanted.hi, got.lo, got.lo_closed and got.lo.is_finite()
    if finite_lo and finite_hi and got.is_point:
        point = got.lo
        nearest = wanted.lo if abs(point - wanted.lo) <= abs(point - wanted.hi) else wanted.hi
        return nearest, point, True
    return None, (got.lo if got.is_point else None), False
