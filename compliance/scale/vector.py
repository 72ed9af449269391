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


def _scaled(value: Decimal) -> tuple[int, int]:
    """A finite decimal as (integer, places) with ``value == integer / 10**places``; places -1 if too many."""
    places = max(0, -int(value.as_tuple().exponent))
    if places > MAX_SCALE:
        return 0, -1
    integer = int(value.scaleb(places))
    return (integer, places) if abs(integer) < 2**62 else (0, -1)


@dataclass(frozen=True, slots=True)
class Ends:
    """The groups' intervals as arrays (one entry per group), to gather per row."""

    lo: np.ndarray  #: float64, -inf when open below
    hi: np.ndarray  #: float64, +inf when open above
    has_strict: np.ndarray  #: bool: a strict interval tells within_tolerance
    strict_lo: np.ndarray
    strict_hi: np.ndarray
    middle: np.ndarray  #: float64 midpoint of a two-sided interval (+inf otherwise): picks the nearer end
    lo_int: np.ndarray  #: float64 holding the exact integer lo * 10**lo_places (0 when not representable)
    lo_places: np.ndarray  #: int64, -1 when lo is infinite or has too many places
    hi_int: np.ndarray
    hi_places: np.ndarray
    groups: list[Group]  #: the groups themselves, for the exact ends of the rows the integers cannot take

    @classmethod
    def of(cls, groups: list[Group]) -> Ends:
        def floats(ends: list[Decimal | None], default: float) -> np.ndarray:
            return np.array([default if e is None or not e.is_finite() else float(e) for e in ends], dtype=np.float64)

        def scaled(ends: list[Decimal]) -> tuple[np.ndarray, np.ndarray]:
            pairs = [
                _scaled(end) if g.mode == "interval" and end.is_finite() else (0, -1) for g, end in zip(groups, ends)
            ]
            return np.array([float(i) for i, _ in pairs]), np.array([k for _, k in pairs], dtype=np.int64)

        lo_int, lo_places = scaled([g.lo for g in groups])
        hi_int, hi_places = scaled([g.hi for g in groups])
        middle = [float((g.lo + g.hi) / 2) if g.two_sided else math.inf for g in groups]
        return cls(
            lo=floats([g.lo for g in groups], -math.inf), hi=floats([g.hi for g in groups], math.inf),
            has_strict=np.array([g.strict_lo is not None for g in groups], dtype=bool),
            strict_lo=floats([g.strict_lo for g in groups], -math.inf),
            strict_hi=floats([g.strict_hi for g in groups], math.inf),
            middle=np.array(middle, dtype=np.float64),
            lo_int=lo_int, lo_places=lo_places, hi_int=hi_int, hi_places=hi_places, groups=groups,
        )


def judge_intervals(rows: np.ndarray, g: np.ndarray, got: Figures, ends: Ends, out: Columns) -> np.ndarray:
    """Judge the plain figures of ``rows`` (in groups ``g``) into ``out``; return the ties, left to the engine."""
    lo, hi = ends.lo[g], ends.hi[g]
    has_strict, strict_lo, strict_hi = ends.has_strict[g], ends.strict_lo[g], ends.strict_hi[g]
    middle = ends.middle[g]
    p = got.number[rows]

    # Floats order like the exact decimals except where they are equal: those rows go to the engine. So
    # do figures all but at the middle of a band: the engine picks the nearer end on distances rounded
    # to the decimal context's 28 digits, which can call a hair's breadth either way a tie.
    near_middle = np.isfinite(middle) & (np.abs(p - middle) <= _NEAR_MIDDLE * (np.abs(lo) + np.abs(hi)))
    tie = (p == lo) | (p == hi) | (has_strict & ((p == strict_lo) | (p == strict_hi))) | near_middle
    met = (p > lo) & (p < hi)
    within = met & has_strict & ~((p > strict_lo) & (p < strict_hi))
    use_lo = np.isfinite(lo) & (~np.isfinite(hi) | (p < middle))
    keep = ~tie
    at = rows[keep]
    out.status[at] = np.where(met, _MET, _MISSED)[keep]
    out.reason[at] = np.where(within, _WITHIN, _MEASURED)[keep]
    out.threshold[at] = np.where(use_lo, lo, hi)[keep]
    out.value[at] = p[keep]
    out.gap[at] = _gaps(at, g[keep], use_lo[keep], got, ends)
    return rows[tie]


def _gaps(rows: np.ndarray, g: np.ndarray, use_lo: np.ndarray, got: Figures, ends: Ends) -> np.ndarray:
    """``value - threshold`` as the float of the exact decimal difference.

    Both are scaled to integers with a common power of ten (exact below 2**50), subtracted exactly and
    divided once (one correct rounding, as ``float(Decimal)``); rows beyond that use Decimal.
    """
    t_places = np.where(use_lo, ends.lo_places[g], ends.hi_places[g])
    t_int = np.where(use_lo, ends.lo_int[g], ends.hi_int[g])
    v_places = got.places[rows]
    places = np.maximum(t_places, v_places)
    ok = (t_places >= 0) & (v_places >= 0) & (places <= MAX_SCALE)
    powers = 10.0 ** np.clip(places, 0, MAX_SCALE)
    scaled_v = np.rint(got.number[rows] * powers)
    scaled_t = t_int * 10.0 ** np.clip(places - t_places, 0, MAX_SCALE)
    ok &= (np.abs(scaled_v) < EXACT) & (np.abs(scaled_t) < EXACT)
    out = (scaled_v - scaled_t) / powers  # where ok: exact integers below 2**50, so one rounding, in the division
    for i in np.flatnonzero(~ok).tolist():
        group = ends.groups[g[i]]
        end = group.lo if use_lo[i] else group.hi
        out[i] = float(got.exact(int(rows[i])) - end)
    return out
