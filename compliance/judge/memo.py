"""Readings remembered: the fast path of the public functions (``compliance.parse_target``, ``evaluate``).

A user judging a dataset calls ``evaluate`` with the same target thousands of times, so the reading of
a target's text and of a reported cell's text is kept in a bounded least-recently-used cache:

* keyed by the text and by the lexicon in force: each lexicon (the shipped one, each overlay of
  ``language/overlay.py``) has its own pair of caches (:func:`~compliance.language.lexicon.per_lexicon`),
  so a plan's own words never leak into another plan's readings, and an overlay's caches go with it;
* bounded: at most :data:`MAXSIZE` entries each, the least recently used dropped first, so a million
  distinct strings do not grow the process (``benchmarks/table.py`` prints the peak RSS);
* kept from a text's second sight on (:class:`~compliance.language.kept.Kept`): a text read once is read and handed back, not kept, so a
  stream of distinct strings (5,000 fresh targets parsed, a figure per call) leaves no readings behind for
  Python's garbage collector to scan again and again; the second reading of a text is kept, and every later
  one is the kept one;
* safe to share: the models are frozen (``ConfigDict(frozen=True)``), so a reading handed to two
  callers cannot be changed by either.

A reported cell that is a plain decimal number (``4``, ``-12.5``) is built directly, without the
grammar, into the same model the grammar builds (``tests/test_memo.py`` pins that they are equal).

``evaluate`` also remembers its verdicts (:class:`Verdicts`, :data:`MAXSIZE` per lexicon) when every
input is text, a number or ``None`` and no ``references`` are given: the key holds each input with
its type (``4`` and ``4.0`` and ``"4"`` are read differently), the polarity, tolerance, unit and measure.
A verdict is frozen like the readings; its notes' parameters are plain dicts, to be read, not changed.

>>> text = "6.015625以上"  # a text not read before
>>> read_target(text) is read_target(text)  # the first sight reads and forgets; the second is kept
False
>>> read_target(text) is read_target(text)
True
>>> read_reported("4") == _read_reported_grammar("4")
True
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from decimal import Decimal
from enum import Enum
from typing import Any, Generic, Protocol, TypeVar

from .. import models as m
from ..language.kept import Kept, Once
from ..language.lexicon import per_lexicon
from .inputs import read_reported as _read_reported_grammar
from .inputs import read_target as _read_target_grammar

__all__ = [
    "MAXSIZE", "PLAIN", "Verdicts", "clear", "info", "input_key", "keep_target", "plain_value", "read_reported", "read_target",
    "verdicts",
]

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
    span = m.trusted(m.Span, start=0, end=len(text), role="number", text=text)
    quantity = m.trusted(m.Quantity, value=Decimal(text), unit=None)
    return m.trusted(
        m.Value, text=text, spans=(span,), label=None, levels=(), note=None, kind="value", value=quantity, change=None,
    )


def _reported(text: str) -> m.Reported:
    return plain_value(text) or _read_reported_grammar(text)


_R_co = TypeVar("_R_co", covariant=True)


class _Cache(Protocol[_R_co]):
    """What a cache of readings offers (:class:`~compliance.language.kept.Kept`, over ``functools.lru_cache``)."""

    def __call__(self, text: str, /) -> _R_co: ...
    def keep(self, text: str, /) -> _R_co: ...
    def cache_clear(self) -> None: ...
    def cache_info(self) -> Any: ...


def _new_target_cache() -> _Cache[m.Constraint]:
    return Kept(_read_target_grammar, MAXSIZE)


def _new_reported_cache() -> _Cache[m.Reported]:
    return Kept(_reported, MAXSIZE)


#: the caches of the lexicon in force (one pair per lexicon)
_targets = per_lexicon(_new_target_cache)
_reported_cells = per_lexicon(_new_reported_cache)


def read_target(text: str) -> m.Constraint:
    """A target's text read into a constraint, remembered per lexicon (never raises on a ``str``)."""
    return _targets()(text)


def keep_target(text: str) -> m.Constraint:
    """:func:`read_target`, the reading kept at the text's first sight: a rules file's target, which a check
    judges again for each period and region."""
    return _targets().keep(text)


def read_reported(text: str) -> m.Reported:
    """A reported cell's text read into a value, remembered per lexicon (never raises on a ``str``)."""
    return _reported_cells()(text)


_V = TypeVar("_V")


class Verdicts(Generic[_V]):
    """A bounded least-recently-used map (``maxsize`` entries), safe to share between threads; a value is kept
    from its key's second sight on (:class:`~compliance.language.kept.Once`)."""

    def __init__(self, maxsize: int = MAXSIZE) -> None:
        self.maxsize = maxsize
        self._items: OrderedDict[Hashable, _V] = OrderedDict()
        self._lock = threading.Lock()
        self._once = Once(4 * maxsize)
        self.hits = self.misses = 0

    def get(self, key: Hashable, make: Callable[[], _V]) -> _V:
        """The value of ``key``, made by ``make()`` (outside the lock) when absent."""
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                self.hits += 1
                return found
            self.misses += 1
            kept = self._once.again(key)
        value = make()
        if not kept:
            return value
        with self._lock:
            self._items[key] = value
            if len(self._items) > self.maxsize:
                self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._once.clear()
            self.hits = self.misses = 0

    def info(self) -> dict[str, int]:
        return {"hits": self.hits, "misses": self.misses, "maxsize": self.maxsize, "currsize": len(self._items)}


def _new_verdicts() -> Verdicts[Any]:
    return Verdicts(MAXSIZE)


#: the verdicts of the lexicon in force
verdicts = per_lexicon(_new_verdicts)


class _Unkeyed(Exception):
    """An input the verdict cache does not key (a model, a mapping, a sequence of polarities)."""


def _atom(value: Any) -> Hashable:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise _Unkeyed
    if isinstance(value, Enum):
        return ("enum", type(value).__name__, value.value)
    if isinstance(value, int):  # itself: str() of an int of 5,000 digits is a ValueError (Python's 4,300-digit limit)
        return (type(value).__name__, value)
    if isinstance(value, Decimal):
        return (type(value).__name__, str(value))
    if isinstance(value, float):
        return ("float", repr(value))
    raise _Unkeyed


def input_key(*inputs: Any) -> tuple[Hashable, ...] | None:
    """A key for ``evaluate``'s inputs when each is text, a number, an enum or ``None``; else ``None``.

    >>> input_key("6以上", "4") == input_key("6以上", 4)
    False
    >>> input_key("6以上", {"a": 1}) is None
    True
    """
    try:  # text and None (most inputs) are their own key: no call for them
        return tuple([value if value is None or isinstance(value, str) else _atom(value) for value in inputs])
    except _Unkeyed:
        return None


def clear() -> None:
    """Forget the readings and verdicts of the lexicon in force (a benchmark's cold run)."""
    _targets().cache_clear()
    _reported_cells().cache_clear()
    verdicts().clear()


def info() -> dict[str, object]:
    """Hits, misses and sizes of the caches of the lexicon in force."""
    return {
        "targets": _targets().cache_info()._asdict(), "reported": _reported_cells().cache_info()._asdict(),
        "verdicts": verdicts().info(),
    }
