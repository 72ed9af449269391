"""Writing a judged batch as verdict rows: a pandas DataFrame of text columns, one row per verdict.

The columns are the region columns, then :data:`COLUMNS`. Per-rule columns are categoricals built
from codes (no Python object per row); numbers are their shortest decimal text (``4.0`` -> ``4``).
``gap``, ``stated``, ``gap_to_target`` and ``explanation`` say what ``check``'s report says of the
same cell (:mod:`compliance.scale.stream.evidence`): ``gap`` is the margin in the indicator's good
direction (positive is better than required), ``stated`` the target as stated where a tolerance
moved the edge judged, ``gap_to_target`` the margin from it (``low..high``), ``explanation`` the
sentence in the run's language. :mod:`compliance.report.large` writes these frames to CSV or JSON.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import numpy as np

from ...models import format_decimal
from ...plans.severity import SEVERITIES
from ..bulk import REASONS, STATUSES
from .evidence import Evidence
from .judge import JudgedBatch
from .plan import RATINGS, RulePlan, severity_codes

__all__ = ["COLUMNS", "decimal_text", "verdict_rows"]

#: the columns of every verdict row, after the region columns
COLUMNS = (
    "indicator", "number", "name", "period", "index", "rule", "attribute", "department", "unit", "target", "reported",
    "value", "threshold", "gap", "status", "reason", "severity", "progress", "source", "source_note",
    "stated", "gap_to_target", "explanation",
)
_PER_RULE = ("indicator", "number", "name", "period", "index", "rule", "attribute", "department", "unit", "target")


def _categorical(codes: np.ndarray, categories: list[str]) -> Any:
    import pandas as pd

    return pd.Categorical.from_codes(codes, categories=pd.Index(categories))


def verdict_rows(
    batch: JudgedBatch, plan: RulePlan, by: tuple[str, ...], path: str, evidence: Evidence | None = None
) -> Any:
    """The verdict rows of a batch as a DataFrame (text columns; numbers as decimal text).

    ``evidence`` fills ``gap`` (the margin), ``stated``, ``gap_to_target`` and ``explanation``;
    without it they are empty."""
    import pandas as pd

    frame, cells = batch.frame, batch.cells
    out: dict[str, Any] = {}
    first = batch.starts[cells.unit]
    for name in by:
        out[name] = frame[name].array.take(first)
    for name in _PER_RULE:
        out[name] = plan.columns[name].column(cells.rule)
    row = cells.row
    out["reported"] = frame["reported"].array.take(row, allow_fill=True)
    for name in ("value", "threshold"):
        out[name] = decimal_text(getattr(cells, name))
    told = evidence.columns(batch) if evidence is not None else {}
    for name in ("gap", "stated", "gap_to_target", "explanation"):
        out[name] = _strings(told[name]) if name in told else pd.array([None] * len(cells), dtype="string")
    out["status"] = _categorical(cells.status, [s.value for s in STATUSES])
    out["reason"] = _categorical(cells.reason, [r.value for r in REASONS])
    out["severity"] = _categorical(severity_codes(plan.binding[cells.rule], cells.status), list(SEVERITIES))
    out["progress"] = _categorical(cells.progress, [r.value for r in RATINGS])
    lines = pd.array(frame["_line"].to_numpy(), dtype="Int64").take(row, allow_fill=True)
    out["source"] = (path + ":" + pd.Series(lines).astype("string")).array
    out["source_note"] = frame["source"].array.take(row, allow_fill=True) if "source" in frame else \
        pd.array([None] * len(row), dtype="string")
    return pd.DataFrame(out, columns=[*by, *COLUMNS])


def _strings(array: Any) -> Any:
    import pandas as pd

    return pd.arrays.ArrowStringArray(array) if hasattr(pd.arrays, "ArrowStringArray") else array.to_pandas()


def decimal_text(values: np.ndarray) -> Any:
    """Floats as their shortest decimal text (``4.0`` -> ``4``, ``0.1`` -> ``0.1``), NaN as missing."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    text = pc.cast(pa.array(values, from_pandas=True), pa.string())
    exponent = pc.match_substring(text, "e").to_numpy(zero_copy_only=False)
    if exponent.any():  # 1e-07 -> 0.0000001, as the reports write decimals
        fixed = text.to_pylist()
        for i in np.flatnonzero(exponent).tolist():
            fixed[i] = format_decimal(Decimal(repr(float(values[i]))))
        text = pa.array(fixed, type=pa.string())
    return pd.arrays.ArrowStringArray(text) if hasattr(pd.arrays, "ArrowStringArray") else text.to_pandas()
