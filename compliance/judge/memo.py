"""Readings remembered: the fast path of the public functions (``compliance.parse_target``, ``evaluate``).

A user judging a dataset calls ``evaluate`` with the same target thousands of times, so the reading of
a target's text and of a reported cell's text is kept in a bounded least-recently-used cache:

* keyed by the text and by the lexicon in force: each lexicon (the shipped one, each overlay of
  ``language/overlay.py``) has its own pair of caches (:func:`~compliance.language.lexicon.per_lexicon`),
  so a plan's own words never leak into another plan's readings, and an overlay's caches go with it;
* bounded: at most :data:`MAXSIZE` entries each, the least recently used dropped first, so a million
  distinct strings do not grow the process (``benchmarks/table.py`` prints the peak RSS);
* safe to share: the models are frozen (``ConfigDict(frozen=True)``), so a reading handed to two
  callers cannot be changed by either.

A reported cell that is a plain decimal number (``4``, ``-12.5``) is built directly, without the
grammar, into the same model the grammar builds (``tests/test_memo.py`` pins that they are equal).

>>> read_target("6以上") is read_target("6以上")
True
>>> read_reported("4") == _read_reported_grammar("4")
True
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Any, Protocol, TypeVar

from .. import models as m
from ..language.lexicon import per_lexicon
from .inputs import read_reported as _read_reported_grammar
from .inputs import read_target as _read_target_grammar

__all__ = ["MAXSIZE", "PLAIN", "clear", "info", "plain_value", "read_reported", "read_target"]

#: entries of each cache (targets; reported cells) per lexicon. A reading is a few KB at most, so a full
#: pair of caches holds some tens of MB at worst, and typically a few MB
MAXSIZE = 4096
#: a plain decimal number as the grammar reads it into a bare ``Value`` (sign, digits, a point and digits;
#: no leading zeros, no unit, no spaces). Longer texts go through the grammar and its length limits.
PLAIN = re.compile(r"-?(?:0|[1-9][0-9]{0,26})(?:\.[0-9]{1,27})?")


def plain_value(text: str) -> m.Value | None:
    """``text`` as a ``Value`` when it is a plain decimal number, built without validation (the engine
    made every field); ``None`` otherwise.

    >>> plain_value("-12.5").value.value, plain_value("12.5万") is None
    (Decimal('-12.5'), True)
    """
    if PLAIN.fullmatch(text) is None:
        return None
    span = m.Span.model_construct(start=0, end=len(text), role="number", text=text)
    quantity = m.Quantity.model_construct(value=Decimal(text), unit=None)
    return m.Value.model_construct(
        text=text, spans=(span,), label=None, levels=(), note=None, kind="value", value=quantity, change=None,
    )


def _reported(text: str) -> m.Reported:
    return plain_value(text) or _read_reported_grammar(text)


_R = TypeVar("_R", covariant=True)


class _Cache(Protocol[_R]):
    """What ``functools.lru_cache`` makes of a reader."""

    def __call__(self, text: str, /) -> _R: ...
    def cache_clear(self) -> None: ...
    def cache_info(self) -> Any: ...


def _new_target_cache() -> _Cache[m.Constraint]:
    return lru_cache(maxsize=MAXSIZE)(_read_target_grammar)


def _new_reported_cache() -> _Cache[m.Reported]:
    return lru_cache(maxsize=MAXSIZE)(_reported)


#: the caches of the lexicon in force (one pair per lexicon)
_targets = per_lexicon(_new_target_cache)
_reported_cells = per_lexicon(_new_reported_cache)


def read_target(text: str) -> m.Constraint:
    """A target's text read into a constraint, remembered per lexicon (never raises on a ``str``)."""
    return _targets()(text)


def read_reported(text: str) -> m.Reported:
    """A reported cell's text read into a value, remembered per lexicon (never raises on a ``str``)."""
    return _reported_cells()(text)


def clear() -> None:
    """Forget the readings of the lexicon in force (a benchmark's cold run)."""
    _targets().cache_clear()
    _reported_cells().cache_clear()


def info() -> dict[str, object]:
    """Hits, misses and sizes of the caches of the lexicon in force."""
    return {"targets": _targets().cache_info()._asdict(), "reported": _reported_cells().cache_info()._asdict()}
