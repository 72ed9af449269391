"""What the arrays that rate plan periods share (:mod:`~compliance.scale.stream.periods` and the modules of
its kinds): how far a float is trusted, a cell's comparisons, a computed value written as the engine
writes it, and :class:`Rated`, what a rule's rating gives.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np

from ...judge.progress_rating import show

__all__ = ["BAND", "INF", "TINY", "Rated", "meets", "near", "trimmed"]

#: a computed float is trusted only this far (relative, at least absolute 1e-9 near zero) from what it is
#: compared with: float64's error after a power and a division is ~1e-14, a 28-digit decimal's far less
BAND = 1e-9
#: a required rate (a fraction a year) this close to zero, a target this close (relative) to the base or a
#: total to its terms, a divisor this small: float64's relative error there could pass BAND, so the engine
TINY = 1e-4
INF = float("inf")


def near(a: np.ndarray, b: np.ndarray, scale: np.ndarray | float = 1.0) -> np.ndarray:
    """A computed ``a`` within BAND of a finite ``b`` (relative to the larger, or to ``scale``; at least 1)."""
    with np.errstate(all="ignore"):
        size = np.maximum(scale, np.maximum(np.abs(a), np.abs(b)))
        return np.isfinite(b) & (np.abs(a - b) <= BAND * np.maximum(1.0, size))


def meets(lo: np.ndarray, hi: np.ndarray, x: np.ndarray) -> np.ndarray:
    """``x`` strictly inside (lo, hi): what :meth:`Interval.contains` says wherever ``x`` is not an end."""
    return (x > lo) & (x < hi)


@dataclass(slots=True)
class Rated:
    """The rated cells of one rule: which regions, their rating codes, the row or text judged, and the
    regions the engine must judge instead."""

    ok: np.ndarray  #: bool per region: rated here
    rating: np.ndarray  #: int8 per region (valid where ok)
    row: np.ndarray  #: the batch row judged (-1: a computed value)
    judged: list[str | None]  #: per region, the text evaluate_table judges (None where not ok)
    previous: np.ndarray  #: the batch row of the year before the period (-1: none)
    #: per region, what its sentence depends on and its figures (None: a template's shape, only the key: the
    #: distinct cell; the entry None: check explains it)
    words: list[tuple[tuple[Any, ...], dict[str, str] | None] | None] | None = None
    numbers: np.ndarray | None = None  #: (regions, 3) threshold, value, gap where not evaluate_table's (NaN)


def trimmed(value: np.ndarray, ok: np.ndarray) -> tuple[np.ndarray, list[str | None]]:
    """A computed value as :func:`~compliance.judge.progress_series.synthetic` writes it (four places), where
    float64 rounds it as the decimal does (not near a rounding boundary, not to zero, not huge)."""
    with np.errstate(all="ignore"):
        scaled = value * 1e4
        ok = ok & (np.abs(scaled - np.floor(scaled) - 0.5) > 1e-4) & (np.abs(scaled) >= 1) & (np.abs(scaled) < 1e15)
    trimmed = np.rint(np.where(ok, scaled, 0.0))
    return ok, [show(Decimal(int(q)).scaleb(-4)) if o else None for q, o in zip(trimmed.tolist(), ok.tolist())]
