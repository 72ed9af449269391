"""Rules files: a plan's indicators and targets, in YAML (``rules/*.yaml``).

Loaded with ruamel.yaml in round-trip mode so that every error can name ``file:line:column``;
validated with pydantic models that forbid unknown keys (and suggest the key that was meant).
Not imported by ``import compliance``: only the command line and tools that read files need it.

One module per step, this one the entry point (it re-exports the models):

* :mod:`compliance.plans.schema`: the models and the types of their values (what ``compliance
  schema`` prints), and the checks across fields;
* :mod:`compliance.plans.dependencies`: which indicators an indicator reads, and cycles among them;
* :mod:`compliance.plans.problems`: pydantic's errors as located problems with hints;
* here: :func:`load_rules` (the first problem raised) and :func:`validate` (every problem listed,
  for ``compliance rules lint``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from pydantic import ValidationError

from .._api import parse_reported, parse_target, preload
from ..errors import InputError
from ..files.yaml import exact_numbers, load_yaml, read_text
from ..language import snapshot
from ..language.lexicon import ACTIVE, Active
from ..language.overlay import load_overlay, overlay
from ..models import Constraint, Reported

if TYPE_CHECKING:
    from .problems import Problem
from .schema import (
    PERIOD,
    Defaults,
    Indicator,
    Period,
    Plan,
    ReferenceValue,
    RulesFile,
    SyncSettings,
    Targets,
    Text,
    ToleranceSpec,
    parse_tolerance,
    scalar_text,
)

__all__ = [
    "PERIOD",
    "Defaults",
    "Indicator",
    "Period",
    "Plan",
    "Problem",
    "ReferenceValue",
    "RulesFile",
    "SyncSettings",
    "Targets",
    "Text",
    "ToleranceSpec",
    "load_rules",
    "parse_tolerance",
    "scalar_text",
    "validate",
]


def __getattr__(name: str) -> object:
    """``Problem`` is re-exported from :mod:`compliance.plans.problems`, imported on first use: a check of
    a rules file read before validates nothing, so it need not load the problems (and the expressions)."""
    if name == "Problem":
        from .problems import Problem

        return Problem
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: How many parsed rules files the user's cache folder keeps (the most recently parsed), and their
#: largest total size (a plan of 30,000 indicators, 2.3 MB of YAML, snapshots to 5.4 MB)
CACHED_RULES = 64
CACHED_RULES_BYTES = 256 * 2**20


def load_rules(path: str | Path, text: str | None = None) -> RulesFile:
    """Read and validate a rules file. Raises :class:`InputError` naming file, line and column.

    The first problem is raised; ``compliance rules lint`` lists them all. A file that loaded before
    is read from a snapshot of what it loaded into (``language/snapshot.py``), not parsed again.
    """
    name = str(path)
    if text is None:
        text = read_text(name)
    if ACTIVE.get() is not None:  # a caller's overlay reads the targets (the cycle check): not the key's words
        return _load(name, text)
    key = _cache_key(name, text)
    cached = snapshot.read(key, kind="rules", where=[snapshot.user_folder()])
    if isinstance(cached, Snapshot):
        preload(cached.readings, cached.reported)  # read when it was: a check does not read them again
        _remember(key, cached)
        return cached.rules
    rules = _load(name, text)
    if rules.overlay is None:  # an overlay is another file, which the key does not cover
        readings = {target: parse_target(target) for target in _target_texts(rules)}  # read by the cycle check
        _save(key, Snapshot(rules, readings, {}))
    return rules


class Snapshot(NamedTuple):
    """What a rules file's snapshot holds: the rules, what the grammar read each target text as, and each reported
    cell checked against them (:func:`keep_reported`), under the shipped lexicon (the key covers the package's
    code and data, so they are what the grammar reads now)."""

    rules: RulesFile
    readings: dict[str, Constraint]
    reported: dict[str, Reported]


#: a rules snapshot keeps the readings of at most this many reported cells
KEPT_REPORTED = 4096
#: the snapshots of the rules files loaded last (by key), for :func:`keep_reported`
_LOADED: dict[str, Snapshot] = {}


def keep_reported(rules: RulesFile, texts: Iterable[str]) -> None:
    """Add the readings of ``texts`` (a dataset's reported cells, judged against ``rules``) to the rules file's
    snapshot, so that the next check of them reads none with the grammar: only for rules loaded in this process
    from a snapshot or saved to one, under no overlay, up to :data:`KEPT_REPORTED` readings in all."""
    found = next(((key, kept) for key, kept in _LOADED.items() if kept.rules is rules), None)
    if found is None or ACTIVE.get() is not None:
        return
    key, kept = found
    new = set(texts).difference(kept.reported)
    if new and len(kept.reported) + len(new) <= KEPT_REPORTED:
        _save(key, kept._replace(reported={**kept.reported, **{text: parse_reported(text) for text in new}}))


def _save(key: str, kept: Snapshot) -> None:
    _remember(key, kept)
    snapshot.save(key, kept, kind="rules", where=[snapshot.user_folder()], keep=CACHED_RULES,
                  max_bytes=CACHED_RULES_BYTES)


def _remember(key: str, kept: Snapshot) -> None:
    if len(_LOADED) >= 8:
        _LOADED.clear()
    _LOADED[key] = kept


def _target_texts(rules: RulesFile) -> set[str]:
    """Every target text, a cell saying none too (check judges it: pending ``no_target``)."""
    return {text for indicator in rules.indicators for period, cell in indicator.targets.items()
            for text in ((cell,) if isinstance(cell, str) else cell)}


def _cache_key(name: str, text: str) -> str:
    """What a parsed rules file depends on: its name (positions quote it) and text, every source and data
    file of the package (the schema, the lexicon ...), and the Python, pydantic and package versions.
    A snapshot under this key is never stale: any change gives another key (``language/snapshot.py``)."""
    import sys

    import pydantic

    from .. import __version__

    digest = snapshot.sha256(
        f"{sys.version}\0{pydantic.VERSION}\0{__version__}\0{snapshot.package_digest()}\0{name}\0".encode(
            "utf-8", "surrogatepass")
    )
    digest.update(text.encode("utf-8", "surrogatepass"))
    made = digest.hexdigest()[:32]
    if snapshot.package_racy():  # a file of the package changed just now: nothing is saved under this key
        snapshot.taint(made)
    return made


def _load(name: str, text: str) -> RulesFile:
    """Parse and validate the text of rules file ``name`` (what :func:`load_rules` snapshots)."""
    data = load_yaml(name, text)
    words = load_plan_overlay(name, data)
    with overlay(words):  # the plan's own words read its targets from the start
        rules, problems = validate(data, text)
    if rules is None:
        first = problems[0]
        error = first.error(name)
        if len(problems) > 1:
            more = f"{len(problems) - 1} more problem{'s' if len(problems) > 2 else ''}"
            error = InputError(
                first.message, file=name, line=first.line, column=first.column,
                hint=f"{first.hint + '; ' if first.hint else ''}{more}: `compliance rules lint {name}` lists all",
            )
        raise error
    rules = rules.with_locations(locate(name, data, rules))
    return rules.with_overlay(words) if words is not None else rules


def locate(name: str, data: Any, rules: RulesFile) -> dict[tuple[str, str, int | str], str]:
    """``file:line:column`` of every target (``(indicator, period, index)``) and custom rule
    (``(indicator, period, "expr")``) of a validated rules file, from its loaded YAML ``data``."""
    from ..files.yaml import position

    found: dict[tuple[str, str, int | str], str] = {}
    raw_references = data.get("references") if isinstance(data, dict) else None
    if isinstance(raw_references, list):
        for index in range(len(raw_references)):
            line, column = position(data, ("references", index))
            found[("", "references", index)] = f"{name}:{line}:{column}"
    raw_indicators = data.get("indicators") if isinstance(data, dict) else None
    if not isinstance(raw_indicators, list):
        return found
    for number, (indicator, raw) in enumerate(zip(rules.indicators, raw_indicators)):
        if not isinstance(raw, dict):
            continue
        for field, kind in (("targets", None), ("expr", "expr")):
            node = raw.get(field)
            if node is None:
                continue
            keys = {str(key): key for key in node} if isinstance(node, dict) else {}
            # an expression for every period (a plain string) is located under the period "*"
            periods = indicator.targets if kind is None else (keys or {"*": None})
            for period in periods:
                path: tuple[Any, ...] = ("indicators", number, field)
                if period in keys:
                    path += (keys[period],)
                values = node[keys[period]] if period in keys and isinstance(node, dict) else node
                items = range(len(values)) if isinstance(values, list) else (None,)
                for index, item in enumerate(items):
                    # an empty cell (``"2021":``, no target for the period) is located at its key: a null has no place
                    line, column = position(data, path + ((item,) if item is not None else ()), at_value=values is not None)
                    found[(indicator.id, period, index if kind is None else "expr")] = f"{name}:{line}:{column}"
    return found


def load_plan_overlay(name: str, data: Any) -> Active | None:
    """The lexicon overlay a rules file names (``plan: {lexicon: words.yaml}``, relative to the file), loaded.

    A missing or bad overlay is an :class:`InputError` naming the overlay's line (a bad path: the rules
    file's line)."""
    from ..files.yaml import position

    plan = data.get("plan") if isinstance(data, dict) else None
    path = plan.get("lexicon") if isinstance(plan, dict) else None
    if not isinstance(path, str):
        return None
    found = Path(name).parent / path
    if not found.is_file():
        line, column = position(data, ("plan", "lexicon"), at_value=True)
        raise InputError(f"lexicon overlay `{path}` not found (looked for {found})", file=name, line=line,
                         column=column, hint="give a YAML file of words, relative to the rules file")
    return load_overlay(found)


def validate(data: Any, text: str) -> tuple[RulesFile | None, list[Problem]]:
    """Validate a loaded YAML document: the rules, or every problem found (in file order).

    Numbers in the document are first replaced by their exact text in ``text`` (``99.50`` stays
    ``"99.50"``), so that a target is always the original string.
    """
    from .problems import Problem, duplicate_ids, from_error, merge_misspelt  # only a file being validated

    if not isinstance(data, dict):
        return None, [
            Problem("bad-value", "a rules file is a mapping with `plan` and `indicators`", 1, 1,
                    "start the file with `plan:`")
        ]
    exact_numbers(data, text)
    problems = duplicate_ids(data)
    try:
        return RulesFile.model_validate(data), problems
    except ValidationError as exc:
        for error in exc.errors():
            if error["type"] == "value_error" and not error["loc"] and problems:
                continue  # the duplicate ids, already located
            problems.append(from_error(data, error, text))
    problems = merge_misspelt(problems)
    problems.sort(key=lambda p: (p.line or 0, p.column or 0))
    return None, problems
