"""Lexicon overlays: a caller's or a plan's own words, merged over the shipped ``zh.yaml``.

An overlay is a YAML file (or a mapping) in the shape of part of ``zh.yaml``: lists of words are
extended (a word already there is kept once), a reference or role of the same name gets the new words,
a new one is added, text values are replaced. The result is validated like ``zh.yaml``: an unknown
key, or a word claimed by two meanings the grammar would have to choose between, is an
:class:`~compliance.errors.InputError` naming the overlay's ``file:line:column``.

An overlay is in force inside ``with overlay(...)`` only (a context variable: other threads, tasks and
plans keep the shipped words), and the tables built from it (the lexer's) are its own.

>>> from compliance import parse_target
>>> parse_target("起码6").subject.text  # an indicator named 起码 at the level 6
'起码'
>>> with overlay({"comparators": {"before": {"ge": ["起码"]}}}):
...     c = parse_target("起码6")
>>> c.kind, c.op, str(c.value)
('bound', 'ge', '6')
>>> parse_target("起码6").kind
'level'
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import InputError, LexiconError
from .lexicon import ACTIVE, Active, Lexicon, lexicon, lexicon_from, units

#: the word a clash names: ``'起码' is claimed by comparators.before.ge and by ...``
_CLAIMED = re.compile(r"'([^']+)' is claimed by")


def load_overlay(source: str | Path | Mapping[str, Any], *, base: Lexicon | None = None) -> Active:
    """The lexicon ``base`` (default: the one in force) with the words of ``source`` (a file or a mapping)."""
    from ..files.yaml import load_yaml, read_text

    name = str(source) if isinstance(source, (str, Path)) else "<overlay>"
    data = load_yaml(name, read_text(name), empty_hint="an overlay lists words as zh.yaml does") \
        if isinstance(source, (str, Path)) else source
    if not isinstance(data, Mapping):
        raise InputError("an overlay is a mapping in the shape of zh.yaml", file=name, line=1, column=1,
                         hint="e.g. `comparators: {before: {ge: [...]}}`, as in zh.yaml")
    merged = _merge((base or lexicon()).model_dump(), data)
    try:
        found = lexicon_from(merged, units())
    except LexiconError as exc:
        raise _located(name, data, exc) from None
    return Active(found, {})


@contextmanager
def overlay(source: str | Path | Mapping[str, Any] | Active | None) -> Iterator[Lexicon]:
    """Read targets with the words of ``source`` added, inside the block (``None``: no change)."""
    if source is None:
        yield lexicon()
        return
    active = source if isinstance(source, Active) else load_overlay(source)
    token = ACTIVE.set(active)
    try:
        yield active.lexicon
    finally:
        ACTIVE.reset(token)


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, Mapping):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, (list, tuple)) and isinstance(extra, (list, tuple)):
        if all(isinstance(item, dict) and "name" in item for item in base):  # references: by name
            merged_list = [dict(item) for item in base]
            for item in extra:
                same = next((old for old in merged_list if isinstance(item, Mapping) and old["name"] == item.get("name")),
                            None)
                if same is None:
                    merged_list.append(item)
                else:
                    same.update(_merge(same, item))
            return merged_list
        return [*base, *(item for item in extra if item not in base)]
    return extra


def _located(name: str, data: Any, exc: LexiconError) -> InputError:
    """The lexicon's complaint about the merged words, at the overlay's line that caused it."""
    from ..files.yaml import position

    message = str(exc).split(": ", 1)[-1]
    cause = exc.__cause__
    loc: tuple[Any, ...] = ()
    if isinstance(cause, ValidationError) and cause.errors():
        loc = tuple(cause.errors()[0]["loc"])
    word = _CLAIMED.search(message)
    if word is not None:
        loc = _where(data, word.group(1)) or loc
    line, column = position(data, loc) if loc else (1, 1)
    hint = ("an overlay may add words, not give a word a second meaning the grammar must choose from" if word
            else "an overlay uses the keys and shapes of compliance/language/data/zh.yaml")
    return InputError(message, file=name, line=line, column=column, hint=hint)


def _where(data: Any, word: str, loc: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
    """Where ``word`` is written in the overlay (keys and indexes), if it is."""
    items = data.items() if isinstance(data, Mapping) else enumerate(data) if isinstance(data, list) else ()
    for key, value in items:
        if value == word:
            return (*loc, key)
        found = _where(value, word, (*loc, key))
        if found is not None:
            return found
    return None
