"""Caches that keep a value from its key's second sight on.

A stream of distinct keys (5,000 fresh targets parsed, a fresh figure for every call) is the common case of a
cache that never answers: kept, each reading would cost memory until evicted, and, worse, the garbage
collector's time: a reading is a handful of tracked objects, and thousands of them surviving into the old
generation make every full collection scan them again. So a value is made and handed back at a key's first sight,
and kept at its second; a key in use comes back often enough to stay "seen", one-off keys die young.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import lru_cache
from typing import Any, Generic, TypeVar

__all__ = ["Kept", "Once"]

_R = TypeVar("_R")


class Once:
    """Keys seen once, by their hash: two generations of ``size`` ints each (ints the garbage collector does not
    track), the older dropped when the newer is full. ``again(key)`` is true from a key's second sight on, as long
    as it comes back within two generations of other keys; a false "again" from two hashes alike only keeps a
    reading that could have been forgotten.

    >>> once = Once(2)
    >>> once.again("a"), once.again("a"), once.again("b"), once.again("c"), once.again("d"), once.again("a")
    (False, True, False, False, False, False)
    """

    __slots__ = ("size", "_now", "_before")

    def __init__(self, size: int) -> None:
        self.size = size
        self._now: set[int] = set()
        self._before: set[int] = set()

    def again(self, key: Hashable) -> bool:
        code = hash(key)
        if code in self._now:
            return True
        seen = code in self._before
        self._now.add(code)  # seen first, or brought into the newer generation
        if len(self._now) >= self.size:
            self._before, self._now = self._now, set()
        return seen

    def clear(self) -> None:
        self._now, self._before = set(), set()


class Kept(Generic[_R]):
    """A reader whose readings are kept from a text's second sight on (:class:`Once`), the kept ones in an
    ``lru_cache`` of ``maxsize``; ``cache_info()`` counts every reading made (the first sights too) as a miss."""

    __slots__ = ("read", "cached", "once", "unkept")

    def __init__(self, read: Callable[[str], _R], maxsize: int) -> None:
        self.read, self.cached, self.once = read, lru_cache(maxsize=maxsize)(read), Once(4 * maxsize)
        self.unkept = 0  #: readings made and not kept

    def __call__(self, text: str, /) -> _R:
        if self.once.again(text):
            return self.cached(text)
        self.unkept += 1
        return self.read(text)

    def keep(self, text: str, /) -> _R:
        """The reading of ``text``, kept at once (a text known to come back)."""
        self.once.again(text)
        return self.cached(text)

    def cache_clear(self) -> None:
        self.cached.cache_clear()
        self.once.clear()
        self.unkept = 0

    def cache_info(self) -> Any:
        found = self.cached.cache_info()
        return found._replace(misses=found.misses + self.unkept)

