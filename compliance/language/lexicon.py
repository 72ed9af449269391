"""Load the lexicon data files (``compliance/language/data/*.yaml``) into frozen, validated models.

The files are read once, on first use, with ruamel.yaml's safe loader; a malformed file raises
:class:`~compliance.errors.LexiconError` naming the file and the offending key, and so does a word
listed under two meanings the grammar would have to choose between (``不低于`` as both >= and <=),
naming the word and both lists (see :func:`clashes`).

What the tables hold is :mod:`compliance.language.schema`, when two meanings of a word clash
:mod:`compliance.language.clashes`; this module reads, caches and snapshots them (:func:`lexicon`,
:func:`per_lexicon`, :func:`build_shipped`) and exports the names of both, as importers take them from here.
"""

from collections.abc import Callable
from contextvars import ContextVar
from functools import cache, wraps
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from pydantic import ValidationError

from ..errors import LexiconError
from ..frozen import Table
from .schema import (
    Approx, Change, ChangeBases, ChoosingWords, Comparators, DirectionWords, Directions, FloorStretch, Hant, Lexicon,
    Measures, Messages, NotValues, Numerals, Op, OutcomeWords, Punctuation, QualitativeWords, ReferenceEntry, Render,
    RenderForms, ReportedWords, Role, SeveralWords, Sync, Tasks, Units,
)

__all__ = ["ACTIVE", "Active", "Approx", "CODE_FILES", "Change", "ChangeBases", "ChoosingWords", "Claim",
    "Comparators", "DATA_FILES", "DirectionWords", "Directions", "FloorStretch", "Hant", "Lexicon", "Measures",
    "Messages", "NotValues", "Numerals", "Op", "OutcomeWords", "Punctuation", "QualitativeWords", "ReferenceEntry",
    "Render", "RenderForms", "ReportedWords", "Role", "SeveralWords", "Shipped", "Sync", "Tasks", "Units",
    "build_shipped", "clashes", "hant", "lexicon", "lexicon_from", "messages", "per_lexicon", "shipped", "units",
    "validated"]

if TYPE_CHECKING:  # pragma: no cover
    from .clashes import Claim, clashes


def __getattr__(name: str) -> object:
    """``Claim`` and ``clashes`` (:mod:`compliance.language.clashes`) when first asked: only a validation checks
    for clashes, and a cold check takes its tables from a snapshot (one module less to import)."""
    if name in ("Claim", "clashes"):
        from . import clashes as module

        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_M = TypeVar("_M", bound=Table)
T = TypeVar("T")


def _read(name: str) -> object:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    path = resources.files("compliance.language") / "data" / name
    try:
        return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    except YAMLError as exc:  # pragma: no cover - the shipped files are tested
        raise LexiconError(f"language/data/{name}: {exc}") from exc


def validated(model: type[_M], data: object, name: str) -> _M:
    """``data`` (read from ``language/data/<name>``) as a ``model``, or a :class:`LexiconError` saying what is wrong."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        message = str(first["ctx"]["error"]) if first["type"] == "value_error" else first["msg"]
        raise LexiconError(f"language/data/{name}: " + (f"at {where}: " if where else "") + message) from exc


def _validated(model: type[_M], name: str) -> _M:
    return validated(model, _read(name), name)


def lexicon_from(data: object, unit_table: Units) -> Lexicon:
    """A lexicon from the data of ``zh.yaml``; a word claimed by two meanings that exclude each
    other, or claimed as a word and as a unit, is a :class:`LexiconError` naming the word and both.

    >>> data = lexicon().model_dump()
    >>> data["comparators"]["before"]["le"] += ("不低于",)
    >>> lexicon_from(data, units())
    Traceback (most recent call last):
    ...
    compliance.errors.LexiconError: language/data/zh.yaml: '不低于' is claimed by comparators.before.ge and by comparators.before.le (one meaning, two values)
    """
    found = validated(Lexicon, data, "zh.yaml")
    unit_words = {*unit_table.multipliers, *unit_table.compound}
    unit_words.update(word for members in unit_table.dimensions.values() for word in members)
    problems = [
        f"{claim.word!r} is claimed by {claim.where} and by units.yaml (a word right after a number is read as a unit)"
        for claim in found.claims() if claim.word in unit_words
    ]
    if problems:
        raise LexiconError("language/data/zh.yaml: " + "; ".join(problems))
    return found


class Active(NamedTuple):
    """A lexicon in use instead of the shipped one (an overlay, ``language/overlay.py``), with the
    tables built from it (:func:`per_lexicon`), so that nothing built from it leaks to other plans."""

    lexicon: Lexicon
    derived: dict[Callable[[], object], object]


#: the overlay in force in this context (None: the shipped lexicon); set by ``language.overlay.overlay``
ACTIVE: ContextVar[Active | None] = ContextVar("compliance_lexicon", default=None)
_SHIPPED_DERIVED: dict[Callable[[], object], object] = {}


def lexicon() -> Lexicon:
    """The lexicon in force: the shipped ``zh.yaml``, or the overlay of a ``with overlay(...)`` block."""
    active = ACTIVE.get()
    return active.lexicon if active is not None else shipped()


@cache
def shipped() -> Lexicon:
    """The lexicon of the shipped ``zh.yaml``, whatever overlay is in force."""
    return _shipped_tables().lexicon


_NOT_BUILT = object()


def per_lexicon(build: Callable[[], T]) -> Callable[[], T]:
    """``build`` cached once per lexicon (like ``functools.cache``, but an overlay has its own copy)."""

    def get() -> T:  # asked several times per text read: one lookup where built, no typing.cast call
        active = ACTIVE.get()
        store = active.derived if active is not None else _SHIPPED_DERIVED
        found = store.get(build, _NOT_BUILT)
        if found is _NOT_BUILT:
            found = store[build] = build()
        return found  # type: ignore[return-value]  # what build made, of its type T

    return wraps(build)(get)


def units() -> Units:
    return _shipped_tables().units


def hant() -> dict[int, str]:
    return _shipped_tables().hant


def messages() -> Messages:
    return _shipped_tables().messages


class Shipped(Table):
    """The tables of the shipped data files, validated (a plain table: what a snapshot holds)."""

    lexicon: Lexicon
    units: Units
    hant: dict[int, str]
    messages: Messages


#: the data files the shipped tables are built from (``language/data/``)
DATA_FILES = ("zh.yaml", "units.yaml", "hant.yaml", "messages.yaml")
#: the modules of ``language/`` that define, check and build them: with ``frozen.py`` (their base), a snapshot's key
CODE_FILES = ("lexicon.py", "schema.py", "clashes.py")


def build_shipped() -> Shipped:
    """The shipped tables, read from the YAML and validated (what a snapshot holds)."""
    unit_table = _validated(Units, "units.yaml")
    return Shipped.make(
        lexicon=lexicon_from(_read("zh.yaml"), unit_table), units=unit_table,
        hant=_validated(Hant, "hant.yaml").table(), messages=_validated(Messages, "messages.yaml"))


@cache
def _shipped_tables() -> Shipped:
    """The shipped tables, from a snapshot keyed by a hash of the YAML, of the modules that build them
    (:data:`CODE_FILES`) and of frozen.py (the tables' base, which pickles them) when one is fresh, else from the
    YAML (``language/snapshot.py``)."""
    from pathlib import Path

    from . import snapshot

    here = Path(__file__)
    sources = [*map(snapshot.data_file, DATA_FILES), *map(here.with_name, CODE_FILES), here.parents[1] / "frozen.py"]
    return snapshot.load(snapshot.key(sources), build_shipped)
