"""compliance: decide whether plan targets were met.

Read plan targets (``6以上``, ``达到市级要求（3.2）``, ``稳步增长``) into typed constraints, read
reported values (``4``, ``2.63（市级3.12）``, ``可完成``) into typed values, and judge them:
**met**, **missed** or **pending**, each verdict with the evidence and an explanation.

>>> import compliance
>>> verdict = compliance.evaluate("控制在3%以内", "2.63", polarity="lower")
>>> verdict.status.value, str(verdict.threshold)
('met', '3')
"""

from time import time_ns as _time_ns
from typing import TYPE_CHECKING

from .errors import ComplianceError, InputError, LexiconError

#: when this process imported the package: a package file changed since may differ from the code running
#: (language.snapshot saves nothing under a digest taken from such a file)
IMPORTED_NS = _time_ns()

if TYPE_CHECKING:  # for type checkers and IDEs; at run time the names below load on first use
    from ._api import evaluate, parse_reported, parse_target, parse_targets
    from .scale.bulk import VerdictTable, evaluate_table
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
        Expression,
        Interval,
        Level,
        LevelValue,
        Measure,
        Missing,
        NotAvailable,
        Note,
        Polarity,
        ProgressRating,
        Provisional,
        Qualitative,
        Quantity,
        Range,
        RangeValue,
        Reason,
        Reference,
        ReferenceUse,
        Reported,
        Revised,
        Several,
        SeveralValues,
        Span,
        Status,
        Sync,
        Task,
        Tolerance,
        Unrecognized,
        UnrecognizedValue,
        Value,
    )
    from .judge.verdict import Progress, Verdict

__version__ = "0.1.0"

#: Public names by the module that defines them, imported on first use: ``import compliance`` costs
#: no pydantic, numpy or YAML (the first parse or evaluate loads pydantic and the lexicon).
_LAZY = {
    "evaluate": "_api", "parse_reported": "_api", "parse_target": "_api", "parse_targets": "_api",
    "VerdictTable": "scale.bulk", "evaluate_table": "scale.bulk",
    "Ambiguous": "models",
    "Approx": "models",
    "ApproxValue": "models",
    "Attested": "models",
    "Bound": "models",
    "BoundValue": "models",
    "Constraint": "models",
    "Cumulative": "models",
    "Direction": "models",
    "Expression": "models",
    "Interval": "models",
    "Level": "models",
    "LevelValue": "models",
    "Measure": "models",
    "Missing": "models",
    "NotAvailable": "models",
    "Note": "models",
    "Polarity": "models",
    "Progress": "judge.verdict",
    "ProgressRating": "models",
    "Provisional": "models",
    "Qualitative": "models",
    "Quantity": "models",
    "Range": "models",
    "RangeValue": "models",
    "Reason": "models",
    "Reference": "models",
    "ReferenceUse": "models",
    "Reported": "models",
    "Revised": "models",
    "Several": "models",
    "SeveralValues": "models",
    "Span": "models",
    "Status": "models",
    "Sync": "models",
    "Task": "models",
    "Tolerance": "models",
    "Unrecognized": "models",
    "UnrecognizedValue": "models",
    "Value": "models",
    "Verdict": "judge.verdict",
}


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
    "Expression",
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
    "Progress",
    "ProgressRating",
    "Provisional",
    "Qualitative",
    "Quantity",
    "Range",
    "RangeValue",
    "Reason",
    "Reference",
    "ReferenceUse",
    "Reported",
    "Revised",
    "Several",
    "SeveralValues",
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
    "parse_targets",
]
