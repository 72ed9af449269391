"""How progress is measured and rated: the settings, the rating of a ratio, the binding end of a target.

A ratio (observed progress over the progress needed by now) is rated with the cut-offs of
:class:`ProgressSettings` (0.95, 0.6, 0): on track, needs acceleration (moderate or limited),
regressing. Numbers in notes are shown trimmed (``6.58900`` -> ``6.589``), and a ratio with as
many decimals as it takes to stay on its side of a cut-off.

>>> rate(Decimal("0.96"), DEFAULT_CUTOFFS)
(<ProgressRating.ON_TRACK: 'on_track'>, 'progress_on_track')
>>> show_ratio(Decimal("0.9499"), DEFAULT_CUTOFFS)
'0.9499'
"""

from __future__ import annotations

from decimal import Context, Decimal
from typing import Any, Literal, NamedTuple, overload

from pydantic import Field, field_validator

from ..frozen import Frozen
from ..models import Interval, Note, ProgressRating, format_decimal

INF = Decimal("Infinity")
NEG_INF = Decimal("-Infinity")
HUNDRED = Decimal(100)
DEFAULT_CUTOFFS = (Decimal("0.95"), Decimal("0.6"), Decimal("0"))

#: better ratings rank higher; insufficient_data is outside the order
RANK = {
    ProgressRating.REGRESSING: 0,
    ProgressRating.NEEDS_ACCELERATION: 1,
    ProgressRating.ON_TRACK: 2,
    ProgressRating.ACHIEVED_EARLY: 3,
}


class ProgressSettings(Frozen):  # frozen, extra forbidden, built on first use: a check that validates none builds none
    """How progress is measured: ``method`` (``cagr``, the default, or ``linear``), the base year
    (default: the year before the period if it has a figure, else the period's first year with
    one) and the cut-offs of the ratio (on track, moderate, regressing)."""

    method: Literal["cagr", "linear"] = Field(
        "cagr",
        description="`cagr`: compound annual rate against the rate required (Statistics Canada / Open SDG); "
        "`linear`: share of the gap closed against share of the time elapsed (时间过半、任务过半)",
    )
    base_year: int | None = Field(
        None, description="the year progress is measured from; default: the year before the period, "
        "else the period's first year with a figure",
    )
    cutoffs: tuple[Decimal, Decimal, Decimal] = Field(
        DEFAULT_CUTOFFS,
        description="lower bounds of the ratio for on track, moderate progress and no regression (0.95, 0.6, 0)",
    )

    @field_validator("cutoffs", mode="before")
    @classmethod
    def _cutoffs(cls, value: Any) -> Any:
        if isinstance(value, (list, tuple)):
            value = tuple(Decimal(str(item)) for item in value)
            if len(value) == 3 and not value[0] >= value[1] >= value[2]:
                raise ValueError(f"cut-offs must go down: on track >= moderate >= regressing, got {value}")
        return value


DEFAULT_SETTINGS = ProgressSettings.model_construct()  # the defaults, unvalidated: no validator built at import


def settings_for(rules: Any, indicator: Any) -> ProgressSettings:
    """An indicator's progress settings: its own ``progress``, else the rules file's default."""
    own = getattr(indicator, "progress", None)
    if own is not None:
        return own
    return getattr(getattr(rules, "defaults", None), "progress", None) or DEFAULT_SETTINGS


# --------------------------------------------------------------------------- rating


def rate(ratio: Decimal, cutoffs: tuple[Decimal, Decimal, Decimal]) -> tuple[ProgressRating, str]:
    """The rating of a ratio, and the note code that explains it."""
    on_track, moderate, floor = cutoffs
    if ratio >= on_track:
        return ProgressRating.ON_TRACK, "progress_on_track"
    if ratio >= floor:
        return ProgressRating.NEEDS_ACCELERATION, "progress_moderate" if ratio >= moderate else "progress_limited"
    return ProgressRating.REGRESSING, "progress_regressing"


@overload
def trim(value: Decimal, places: int = 4) -> Decimal: ...


@overload
def trim(value: None, places: int = 4) -> None: ...


def trim(value: Decimal | None, places: int = 4) -> Decimal | None:
    """Rounded to ``places`` decimals, without trailing zeros (``6.58900`` -> ``6.589``)."""
    if value is None or not value.is_finite():
        return value
    return Decimal(format_decimal(rounded(value, places)))


def show(value: Decimal | None, places: int = 4) -> str:
    """``value`` as :func:`trim` rounds it, written (``format_decimal`` of the rounded figure: the same text)."""
    if value is None:
        return "?"
    if not value.is_finite():
        return format_decimal(value)
    return format_decimal(rounded(value, places))


def rounded(value: Decimal, places: int, rounding: str | None = None) -> Decimal:
    """``value`` (finite) quantized to ``places`` decimals with the digits that takes (``rounding``: the context's, half
    even, unless given): the default context's 28 made a reported 1e300 (or a 38-digit figure) in a plan period's
    progress a ``decimal.InvalidOperation`` traceback."""
    return value.quantize(_step(places), rounding=rounding,
                          context=Context(prec=max(28, value.adjusted() + places + 2)))


_STEPS = {places: Decimal(1).scaleb(-places) for places in range(9)}


def _step(places: int) -> Decimal:
    """``10 ** -places``, the quantum ``places`` decimals round to."""
    step = _STEPS.get(places)
    return step if step is not None else Decimal(1).scaleb(-places)


def show_ratio(ratio: Decimal, cutoffs: tuple[Decimal, Decimal, Decimal]) -> str:
    """Two decimals, more when two would put the ratio on the other side of a cut-off."""
    for places in (2, 3, 4, 6):
        shown = trim(ratio, places)
        assert shown is not None
        if all((shown >= cut) == (ratio >= cut) for cut in cutoffs):
            return format_decimal(shown)
    return format_decimal(ratio)


def rating_note(code: str, ratio: Decimal, cutoffs: tuple[Decimal, Decimal, Decimal]) -> Note:
    shown = show_ratio(ratio, cutoffs)
    on_track, moderate, floor = (format_decimal(c) for c in cutoffs)
    params = {
        "progress_on_track": {"ratio": shown, "cutoff": on_track},
        "progress_moderate": {"ratio": shown, "low": moderate, "high": on_track},
        "progress_limited": {"ratio": shown, "low": floor, "high": moderate},
        "progress_regressing": {"ratio": shown, "cutoff": floor},
    }[code]
    return Note(code=code, params=params)


class Point(NamedTuple):
    """The rating of one value of the current figure (an interval is rated at both ends)."""

    rating: ProgressRating
    ratio: Decimal | None = None
    observed: Decimal | None = None
    required: Decimal | None = None
    pace: Decimal | None = None
    method: str = "cagr"
    notes: list[Note] = []  #: the method's numbers, then the rating (read, never appended to: one default)


class Goal(NamedTuple):
    """The binding end of the target and which way is toward it."""

    value: Decimal
    direction: int  #: +1: a floor (more is toward it), -1: a ceiling
    admissible: Interval


def binding(admissible: Interval, base: Decimal | None) -> Goal | None:
    lo, hi = admissible.lo, admissible.hi
    if lo.is_finite() and not hi.is_finite():
        return Goal(lo, 1, admissible)
    if hi.is_finite() and not lo.is_finite():
        return Goal(hi, -1, admissible)
    if lo.is_finite() and hi.is_finite():
        if base is not None and base > hi:
            return Goal(hi, -1, admissible)
        return Goal(lo, 1, admissible)
    return None


def meets(target: Goal, value: Decimal) -> bool:
    if not value.is_finite():
        band = target.admissible.lo.is_finite() and target.admissible.hi.is_finite()
        return not band and (value > 0) == (target.direction > 0)
    return target.admissible.contains(Interval.point(value))


def toward_zero_gap(target: Goal, current: Decimal, unit: str | None) -> Point:
    """The base sits at the target: any move is toward or away from it, there is no rate to divide by."""
    params = {"current": show(current) + (unit or ""), "target": show(target.value) + (unit or "")}
    if target.direction * (current - target.value) < 0:
        return Point(ProgressRating.REGRESSING, notes=[Note(code="progress_away", params=params)])
    return Point(ProgressRating.NEEDS_ACCELERATION, notes=[Note(code="progress_stalled", params=params)])
