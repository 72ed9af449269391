"""compliance: decide whether plan targets were met.

Read plan targets (``6以上``, ``达到市级要求（3.2）``, ``稳步增长``) into typed constraints, read
reported values (``4``, ``2.63（市级3.12）``, ``可完成``) into typed values, and judge them:
**met**, **missed** or **pending**, each verdict with the evidence and an explanation.

>>> import compliance
>>> verdict = compliance.evaluate("控制在3%以内", "2.63", polarity="lower")
>>> verdict.status.value, str(verdict.threshold)
('met', '3')
"""

from ._api import evaluate, parse_reported, parse_target
from .errors import ComplianceError, InputError, LexiconError
from .models import (
    Ambiguous,
    Approx,
    ApproxValue,
    Attested,
    Bound,
    BoundValue,
    Constraint,
    Cumulative,
    Direction,
    Interval,
    Level,
    LevelValue,
    Measure,
    Missing,
    NotAvailable,
    Note,
    Polarity,
    Provisional,
    Quantity,
    Range,
    RangeValue,
    Reason,
    Reference,
    ReferenceUse,
    Reported,
    Revised,
    Span,
    Status,
    Sync,
    Task,
    Tolerance,
    Unrecognized,
    UnrecognizedValue,
    Value,
    Verdict,
)

__version__ = "0.1.0"

#: names whose module needs numpy: imported on first use, so that ``import compliance`` stays light
_LAZY = {"VerdictTable": "bulk", "evaluate_table": "bulk"}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "Ambiguous",
    "Approx",
    "ApproxValue",
    "Attested",
    "Bound",
    "BoundValue",
    "ComplianceError",
    "Constraint",
    "Cumulative",
    "Direction",
    "InputError",
    "Interval",
    "Level",
    "LevelValue",
    "LexiconError",
    "Measure",
    "Missing",
    "NotAvailable",
    "Note",
    "Polarity",
    "Provisional",
    "Quantity",
    "Range",
    "RangeValue",
    "Reason",
    "Reference",
    "ReferenceUse",
    "Reported",
    "Revised",
    "Span",
    "Status",
    "Sync",
    "Task",
    "Tolerance",
    "Unrecognized",
    "UnrecognizedValue",
    "Value",
    "Verdict",
    "VerdictTable",
    "evaluate",
    "evaluate_table",
    "parse_reported",
    "parse_target",
]
