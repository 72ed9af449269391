"""The words of the reports (``report/labels.yaml``), read once and checked for completeness.

Every language must have the same keys, and a label for every status, reason, severity, progress
rating, progress method and kind of rule; a
malformed file raises :class:`~compliance.errors.LexiconError` (a packaging defect, not user input).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any, get_args

from ..errors import LexiconError
from ..judge.verdict import Progress
from ..models import ProgressRating, Reason, Status
from ._model import SEVERITIES, VerdictRow

#: The progress methods (``Progress.method``), each needing a label.
PROGRESS_METHODS: tuple[str, ...] = get_args(Progress.model_fields["method"].annotation)
#: The kinds of rule a verdict row judged (``VerdictRow.rule``: a target, or a custom ``expr``).
RULE_KINDS: tuple[str, ...] = get_args(VerdictRow.model_fields["rule"].annotation)

LANGS = ("zh", "en")


def _keys(tree: Any, prefix: str = "") -> set[str]:
    if not isinstance(tree, dict):
        return {prefix}
    found: set[str] = set()
    for key, value in tree.items():
        found |= _keys(value, f"{prefix}.{key}" if prefix else str(key))
    return found


@cache
def _all() -> dict[str, dict[str, Any]]:
    import sys
    from pathlib import Path

    from ..language import snapshot

    source = resources.files("compliance.report") / "labels.yaml"
    # checked where read from the YAML: the key covers the file and the modules of the codes it must label (a new
    # status, reason, severity, rating, method or rule kind gives another key), so a snapshot is checked already
    modules = (Status.__module__, Progress.__module__, VerdictRow.__module__, "compliance.plans.severity")  # SEVERITIES'
    codes = [Path(sys.modules[name].__file__ or "") for name in modules]
    data = snapshot.load(snapshot.key([source, *codes]), lambda: _checked(_read(source.read_text(encoding="utf-8"))),
                         kind="labels")
    return data


def _checked(data: Any) -> Any:
    check_labels(data)
    return data


def _read(text: str) -> Any:
    """labels.yaml read with ruamel.yaml (a fresh process takes it from a snapshot, ``language/snapshot.py``)."""
    from ruamel.yaml import YAML

    return YAML(typ="safe", pure=True).load(text)


def check_labels(data: Any) -> None:
    """Raise :class:`LexiconError` unless every language has the same keys and every code a label."""
    if not isinstance(data, dict) or set(data) != set(LANGS):
        raise LexiconError(f"report/labels.yaml: expected the languages {', '.join(LANGS)}")
    first = _keys(data[LANGS[0]])
    for lang in LANGS[1:]:
        other = _keys(data[lang])
        if other != first:
            odd = sorted(first ^ other)
            raise LexiconError(f"report/labels.yaml: {lang} and {LANGS[0]} differ at {', '.join(odd[:5])}")
    needed = {f"status.{s.value}" for s in Status} | {f"reason.{r.value}" for r in Reason}
    needed |= {f"severity.{s}" for s in SEVERITIES}
    needed |= {f"progress.rating.{r.value}" for r in ProgressRating}
    needed |= {f"progress.method.{method}" for method in PROGRESS_METHODS}
    needed |= {f"rules.{kind}" for kind in RULE_KINDS}
    absent = sorted(needed - first)
    if absent:
        raise LexiconError(f"report/labels.yaml: no label for {', '.join(absent)}")


def labels(lang: str) -> dict[str, Any]:
    """The label tree of ``lang`` (``zh`` or ``en``)."""
    if lang not in LANGS:
        raise ValueError(f"no report labels in language {lang!r}; use 'zh' or 'en'")
    return _all()[lang]
