"""The result of :func:`compliance.evaluate_table`: verdicts as columns, a full verdict on request.

Status and reason are kept as small integer codes into :data:`STATUSES` and :data:`REASONS` (fast to
filter and count); threshold, value and gap as float64 arrays. ``verdict(i)`` calls
:func:`compliance.evaluate` on row ``i``'s inputs, so the exact decimals and the explanation are the
engine's own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from .. import models as m
from .._api import evaluate
from ..judge.verdict import Verdict

__all__ = ["REASONS", "REASON_CODE", "STATUSES", "STATUS_CODE", "Columns", "Inputs", "VerdictTable"]

STATUSES: tuple[m.Status, ...] = tuple(m.Status)
REASONS: tuple[m.Reason, ...] = tuple(m.Reason)
STATUS_CODE = {status: code for code, status in enumerate(STATUSES)}  #: Status -> its code in the columns
REASON_CODE = {reason: code for code, reason in enumerate(REASONS)}  #: Reason -> its code in the columns
_STATUS_NAMES = [s.value for s in STATUSES]
_REASON_NAMES = [r.value for r in REASONS]

#: row -> the keyword arguments of ``compliance.evaluate`` for that row
Inputs = Callable[[int], dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Columns:
    """The verdict columns being filled in: status and reason codes, threshold, value and gap."""

    status: np.ndarray  #: int8 codes into STATUSES
    reason: np.ndarray  #: int8 codes into REASONS
    threshold: np.ndarray  #: float64, NaN: none
    value: np.ndarray
    gap: np.ndarray

    @classmethod
    def empty(cls, n: int) -> Columns:
        """``n`` rows, each pending (reason code 0) with no numbers, until judged."""
        return cls(
            np.full(n, STATUS_CODE[m.Status.PENDING], dtype=np.int8), np.zeros(n, dtype=np.int8), np.full(n, np.nan),
            np.full(n, np.nan), np.full(n, np.nan),
        )

    def table(self, inputs: Inputs, index: Any = None) -> VerdictTable:
        """The finished columns, read-only, with the inputs that rebuild each row's full verdict."""
        return VerdictTable(self.status, self.reason, self.threshold, self.value, self.gap, inputs, index)


class VerdictTable:
    """Verdicts of a table, one per row, as columns; a full :class:`~compliance.Verdict` on request.

    ``status`` and ``reason`` are arrays of their string codes; ``threshold``, ``value`` and ``gap``
    are float64 arrays (``NaN`` where the verdict has none; the exact decimals are in
    ``verdict(i)``). Read-only.
    """

    __slots__ = ("_gap", "_index", "_inputs", "_reason", "_status", "_threshold", "_value")

    def __init__(
        self, status: np.ndarray, reason: np.ndarray, threshold: np.ndarray, value: np.ndarray, gap: np.ndarray,
        inputs: Inputs, index: Any = None,
    ) -> None:
        for array in (status, reason, threshold, value, gap):
            array.flags.writeable = False
        self._status, self._reason = status, reason
        self._threshold, self._value, self._gap = threshold, value, gap
        self._inputs = inputs
        self._index = index

    def __len__(self) -> int:
        return len(self._status)

    def __repr__(self) -> str:
        counts = ", ".join(f"{count} {status}" for status, count in self.counts().items())
        return f"<VerdictTable {len(self)} rows: {counts}>"

    @property
    def status(self) -> np.ndarray:
        """``'met'``, ``'missed'`` or ``'pending'`` per row."""
        return np.array(_STATUS_NAMES)[self._status]

    @property
    def reason(self) -> np.ndarray:
        """The :class:`~compliance.Reason` code per row (``'measured'``, ``'no_data'`` ...)."""
        return np.array(_REASON_NAMES)[self._reason]

    @property
    def threshold(self) -> np.ndarray:
        """The binding end of the admissible interval (float64; ``NaN``: none)."""
        return self._threshold

    @property
    def value(self) -> np.ndarray:
        """The reported figure used (float64; ``NaN``: none)."""
        return self._value

    @property
    def gap(self) -> np.ndarray:
        """``value - threshold``, the float of the exact decimal difference (``NaN``: none)."""
        return self._gap

    @property
    def status_codes(self) -> np.ndarray:
        """Status as small integers indexing ``STATUSES`` (for fast filtering)."""
        return self._status

    @property
    def reason_codes(self) -> np.ndarray:
        """Reason as small integers indexing ``REASONS``."""
        return self._reason

    def counts(self, by: Literal["status", "reason"] = "status") -> dict[str, int]:
        """How many rows have each status (or reason), every code listed, in the enum's order."""
        codes, names = (self._status, _STATUS_NAMES) if by == "status" else (self._reason, _REASON_NAMES)
        tally = np.bincount(codes, minlength=len(names))
        return {name: int(count) for name, count in zip(names, tally)}

    def verdict(self, i: int) -> Verdict:
        """The full verdict of row ``i``: ``compliance.evaluate`` on that row's inputs."""
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        return evaluate(**self._inputs(i % len(self)))

    def spread(self, which: np.ndarray, amend: Callable[[int, dict[str, Any]], dict[str, Any]] | None = None) -> VerdictTable:
        """A table whose row ``i`` is this table's row ``which[i]``: its columns, and its full verdict from that
        row's inputs, or from ``amend(i, those inputs)`` (rows judged once for many that share what decides them)."""
        which = np.asarray(which, dtype=np.int64)
        own = self._inputs

        def inputs(i: int) -> dict[str, Any]:
            found = own(int(which[i]))
            return found if amend is None else amend(i, found)

        return VerdictTable(self._status[which], self._reason[which], self._threshold[which], self._value[which],
                            self._gap[which], inputs)

    def explain(self, i: int, lang: Literal["zh", "en"] = "zh") -> str:
        """Row ``i``'s verdict as a sentence."""
        return self.verdict(i).explain(lang)

    def to_pandas(self) -> Any:
        """A pandas DataFrame: status and reason as categoricals, the numbers as float64.

        Keeps the input's index when the table was a pandas DataFrame.
        """
        import pandas as pd

        return pd.DataFrame(
            {
                "status": pd.Categorical.from_codes(self._status, dtype=pd.CategoricalDtype(_STATUS_NAMES)),
                "reason": pd.Categorical.from_codes(self._reason, dtype=pd.CategoricalDtype(_REASON_NAMES)),
                "threshold": self.threshold,
                "value": self.value,
                "gap": self.gap,
            },
            index=self._index,
        )

    def to_polars(self) -> Any:
        """A polars DataFrame: status and reason as Enums, the numbers as Float64 (null where none)."""
        import polars as pl

        def enum(names: list[str], codes: np.ndarray) -> Any:
            return pl.Series(names, dtype=pl.Enum(names)).gather(codes.astype(np.uint32))

        return pl.DataFrame(
            {
                "status": enum(_STATUS_NAMES, self._status),
                "reason": enum(_REASON_NAMES, self._reason),
                "threshold": pl.Series(self.threshold, nan_to_null=True),
                "value": pl.Series(self.value, nan_to_null=True),
                "gap": pl.Series(self.gap, nan_to_null=True),
            }
        )
