"""Plain figures judged against their group's interval on arrays: the engine's verdicts, on float64.

A float comparison can only differ from the exact decimal one when the two floats are equal, so a
row whose value equals (as a float) an end of its interval, of the strict interval that tells
``within_tolerance``, or the midpoint that picks the nearer end of a band, is handed back to the
scalar path (the engine). Everywhere else the outcome is the one :func:`compliance.judge.evaluate.judge`
gives a point value:

* **met** inside the interval, **missed** outside; ``within_tolerance`` when met but outside the
  strict interval;
* the threshold is the finite end of a one-sided interval, and the nearer end of a two-sided one
  (a figure at or within a hair of the middle goes to the engine);
* the gap is ``value - threshold`` computed on exact integers (value and threshold scaled by a power
  of ten), so it is the float of the engine's decimal gap, not a float subtraction.

Rows are judged a contiguous block at a time (``BLOCK``): each block's figures and group codes are
slices, not gathers, and the verdicts are written where a mask says so (``np.copyto(..., where=)``),
not scattered by row number. Every per-group fact a row needs is one gather from a small table, and
the threshold's end is picked by one index (``2 * group + use_lo``), not by ``where`` on both ends.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from .. import models as m
from .figures import EXACT, MAX_SCALE, Figures
from .groups import Group
from .verdicts import REASON_CODE, STATUS_CODE, Columns

__all__ = ["BLOCK", "Ends", "judge_intervals"]

BLOCK = 1 << 18  #: rows judged at a time: bounds the temporaries (a few MB each)
#: within this fraction of a band's size from its middle, the engine picks the nearer end (far wider
#: than the 1e-28 a 28-digit distance can be off by, far narrower than any figure a report gives)
_NEAR_MIDDLE = 1e-20
_MET, _MISSED = STATUS_CODE[m.Status.MET], STATUS_CODE[m.Status.MISSED]
_MEASURED, _WITHIN = REASON_CODE[m.Reason.MEASURED], REASON_CODE[m.Reason.WITHIN_TOLERANCE]
#: powers of ten by number of places; index -1 (unknown places) and past MAX_SCALE are masked out by the caller
_POW10 = 10.0 ** np.arange(2 * MAX_SCALE + 4)
_NO_PLACES = -1
assert (_MET, _MISSED, _MEASURED, _WITHIN) == (0, 1, 0, 1), "judge_intervals writes booleans as these codes"


def _scaled(value: Decimal) -> tuple[int, int]:
    """A finite decimal as (integer, places) with ``value == integer / 10**places``; places -1 if too many."""
    places = max(0, -int(value.as_tuple().exponent))
    if places > MAX_SCALE:
        return 0, _NO_PLACES
    integer = int(value.scaleb(places))
    return (integer, places) if abs(integer) < 2**62 else (0, _NO_PLACES)


@dataclass(frozen=True, slots=True)
class Ends:
    """The groups' intervals as small arrays (one entry per group), to gather per row.

    A group that is not an ``interval`` has NaN ends: its rows are never selected, and NaN compares false.
    """

    lo: np.ndarray  #: float64, -inf when open below
    hi: np.ndarray  #: float64, +inf when open above
    strict_lo: np.ndarray  #: the strict interval that tells within_tolerance; -inf/+inf when there is none
    strict_hi: np.ndarray
    any_strict: bool  #: some group has a strict interval
    pick: np.ndarray  #: a figure below it is judged against lo: the middle of a band, +inf with lo only, -inf with hi only
    near: np.ndarray  #: half-width of the band around the middle that goes to the engine (-1: not a band)
    any_band: bool  #: some group is two-sided
    end: np.ndarray  #: float64, the ends by ``2 * group + use_lo``: [hi, lo] of each group
    end_int: np.ndarray  #: float64 holding the exact integer end * 10**places (0 when not representable)
    end_places: np.ndarray  #: int64, -1 when the end is infinite or has too many places
    groups: list[Group]  #: the groups themselves, for the exact ends of the rows the integers cannot take

    @classmethod
    def of(cls, groups: list[Group]) -> Ends:
        nan = math.nan

        def floats(ends: list[Decimal | None], default: float) -> np.ndarray:
            return np.array(
                [nan if g.mode != "interval" else default if e is None or not e.is_finite() else float(e)
                 for g, e in zip(groups, ends)], dtype=np.float64,
            )

        lo, hi = floats([g.lo for g in groups], -math.inf), floats([g.hi for g in groups], math.inf)
        pick = np.array([
            float((g.lo + g.hi) / 2) if g.two_sided else math.inf if g.lo.is_finite() else -math.inf for g in groups
        ], dtype=np.float64)
        two_sided = np.array([g.two_sided for g in groups], dtype=bool)
        near = np.where(two_sided, _NEAR_MIDDLE * (np.abs(lo) + np.abs(hi)), -1.0)
        pairs = [
            _scaled(end) if g.mode == "interval" and end.is_finite() else (0, _NO_PLACES)
            for g in groups for end in (g.hi, g.lo)
        ]
        return cls(
            lo=lo, hi=hi, strict_lo=floats([g.strict_lo for g in groups], -math.inf),
            strict_hi=floats([g.strict_hi for g in groups], math.inf),
            any_strict=any(g.strict_lo is not None for g in groups),
            pick=pick, near=near, any_band=bool(two_sided.any()),
            end=np.column_stack([hi, lo]).reshape(-1),
            end_int=np.array([float(i) for i, _ in pairs], dtype=np.float64),
            end_places=np.array([k for _, k in pairs], dtype=np.int64), groups=groups,
        )


def judge_intervals(start: int, g: np.ndarray, chosen: np.ndarray, got: Figures, ends: Ends, out: Columns) -> np.ndarray:
    """Judge the rows ``start, start + 1, ...`` (in groups ``g``) where ``chosen`` into ``out``.

    Returns the ties (row numbers), left to the engine: their columns here are overwritten by it.
    """
    stop = start + len(g)
    p = got.number[start:stop]
    lo, hi = ends.lo.take(g), ends.hi.take(g)
    met = p > lo
    met &= p < hi
    # Floats order like the exact decimals except where they are equal: those rows go to the engine.
    tie = p == lo
    tie |= p == hi
    pick = ends.pick.take(g)
    use_lo = p < pick  # the nearer end of a band; the finite end of a one-sided interval
    if ends.any_band:
        # figures all but at the middle of a band go to the engine too: it picks the nearer end on
        # distances rounded to the decimal context's 28 digits, which can call a hair's breadth either way
        with np.errstate(invalid="ignore"):  # inf - inf for a figure of a group that is not chosen
            tie |= np.abs(p - pick) <= ends.near.take(g)
    if ends.any_strict:
        strict_lo, strict_hi = ends.strict_lo.take(g), ends.strict_hi.take(g)
        tie |= p == strict_lo
        tie |= p == strict_hi
        inside = p > strict_lo
        inside &= p < strict_hi
        within = met & ~inside
    else:
        within = np.zeros(len(g), dtype=bool)
    which = g * 2
    which += use_lo
    status = (~met).view(np.int8)  # _MET is 0 and _MISSED 1 (asserted below)
    reason = within.view(np.int8)  # _MEASURED is 0 and _WITHIN 1
    np.copyto(out.status[start:stop], status, where=chosen)
    np.copyto(out.reason[start:stop], reason, where=chosen)
    np.copyto(out.threshold[start:stop], ends.end.take(which), where=chosen)
    np.copyto(out.value[start:stop], p, where=chosen)
    np.copyto(out.gap[start:stop], _gaps(start, which, chosen, got, ends), where=chosen)
    tie &= chosen
    return np.flatnonzero(tie) + start


def _gaps(start: int, which: np.ndarray, chosen: np.ndarray, got: Figures, ends: Ends) -> np.ndarray:
    """``value - threshold`` as the float of the exact decimal difference.

    Both are scaled to integers with a common power of ten (exact below 2**50), subtracted exactly and
    divided once (one correct rounding, as ``float(Decimal)``); rows beyond that use Decimal.
    """
    stop = start + len(which)
    t_places = ends.end_places.take(which)
    v_places = got.places[start:stop]
    places = np.maximum(t_places, v_places)
    known = np.minimum(t_places, v_places) >= 0
    np.minimum(places, MAX_SCALE + 1, out=places)  # past MAX_SCALE: not known (below), an index still
    known &= places <= MAX_SCALE
    powers = _POW10.take(places)
    with np.errstate(over="ignore", invalid="ignore"):  # a huge figure overflows to inf: not exact, as it should
        scaled_v = got.number[start:stop] * powers
        np.rint(scaled_v, out=scaled_v)
        scaled_t = ends.end_int.take(which)
        scaled_t *= _POW10.take(places - t_places)
        small = np.maximum(np.abs(scaled_v), np.abs(scaled_t)) < EXACT
        out = scaled_v - scaled_t
        out /= powers  # where exact: integers below 2**50, so one rounding, in the division
    known &= small
    for i in np.flatnonzero(chosen & ~known).tolist():
        pair = int(which[i])
        group = ends.groups[pair // 2]
        end = group.lo if pair % 2 else group.hi
        out[i] = float(got.exact(start + i) - end)
    return out
