"""The cells of a table as the engine reads them, each distinct cell once.

Targets, reported and previous cells are parsed through caches that live as long as the process,
so the chunks of one file share them; each lexicon (the shipped one, a plan's overlay) has its own. The reported column is split into **plain figures** (a bare
number: no unit, no change word, no comparison level), which the arrays judge, and everything else,
which goes to :func:`compliance.evaluate`. A plain figure keeps its nearest float, its decimal
places (for exact gaps) and a way back to its exact decimal.

>>> got = figures(Factors(np.array([0, 1, 2, 0]), ["6.25", "8-9", None]))
>>> got.plain.tolist(), got.places.tolist()
([True, False, False, True], [2, -1, -1, 2])
>>> got.exact(3), got.raw(1).kind, got.raw(2)
(Decimal('6.25'), 'range', None)
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any, Generic, TypeGuard, TypeVar

import numpy as np

from .. import models as m
from .._api import as_reported, as_target, parse_reported, read_rules_target
from ..errors import InputError
from ..judge.figure import grouped_text, ratio_text
from ..language.lexicon import per_lexicon
from .columns import Factors, Numbers

__all__ = [
    "EXACT", "MAX_SCALE", "PLAIN", "Figures", "clear_caches", "figures", "float_places", "parse_reported_cached",
    "parse_target_cached", "read_previous", "read_target",
]

#: a reported cell that is a plain decimal number, read exactly as the grammar reads it (a test pins this)
PLAIN = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
#: integers below this are exact in float64, and rint() of a scaled value below it is the exact scaled decimal
EXACT = float(2**50)
MAX_SCALE = 15  #: most decimal places handled on integers; beyond, gaps are computed with Decimal per row


@dataclass(frozen=True, slots=True)
class Figures:
    """The reported column, row by row: the plain figures as floats, the rest for the scalar path."""

    plain: np.ndarray  #: bool: a bare number, judged on arrays
    number: np.ndarray  #: float64: the figure (nearest float), NaN where not plain
    places: np.ndarray  #: int64: decimal places of the exact figure; -1 when not known exactly
    key: Callable[[np.ndarray], np.ndarray]  #: rows -> int64 codes for the scalar cache (equal codes, equal inputs)
    raw: Callable[[int], Any]  #: row -> what evaluate() gets (a parsed model, a Python number, None)
    exact: Callable[[int], Decimal]  #: row -> the exact figure of a plain row


_R = TypeVar("_R")


class _PerLexicon(Generic[_R]):
    """A parse function remembered per lexicon (an overlay's words read their own texts), 65,536 texts each.

    The caches live as long as the process, so the chunks of one file share them; each lexicon in
    force (the shipped one, each plan's overlay: ``language.lexicon.per_lexicon``) has its own, so a
    reading made under a plan's words never answers outside them, nor the other way round.
    """

    def __init__(self, parse: Callable[[str], _R]) -> None:
        self._parse = parse
        self._cache = per_lexicon(self._new)

    def _new(self) -> Callable[[str], _R]:
        return lru_cache(maxsize=65536)(self._parse)

    def __call__(self, text: str) -> _R:
        return self._cache()(text)

    def cache_clear(self) -> None:
        """Forget the readings of the lexicon in force."""
        self._cache().cache_clear()  # type: ignore[attr-defined]


#: :func:`compliance.parse_reported`, remembered per lexicon (a panel repeats its phrasings)
parse_reported_cached: _PerLexicon[m.Reported] = _PerLexicon(parse_reported)
#: :func:`compliance.parse_target`, remembered per lexicon; a rules file's target read from its snapshot is taken as
#: read there (``_api.read_rules_target``: the same reading, under the shipped lexicon), not read by the grammar again
parse_target_cached: _PerLexicon[m.Constraint] = _PerLexicon(read_rules_target)


def clear_caches() -> None:
    """Forget every parsed cell of the lexicon in force (a benchmark's cold run)."""
    parse_reported_cached.cache_clear()
    parse_target_cached.cache_clear()


def read_target(raw: Any) -> m.Constraint:
    """A target cell as a constraint: a missing cell is empty text (no target: ``no_data``)."""
    if raw is None:
        return parse_target_cached("")
    if isinstance(raw, str):
        return parse_target_cached(raw)
    if isinstance(raw, bool) or not isinstance(raw, (int, float, Decimal)):
        raise InputError(f"a target cell holds {type(raw).__name__} {raw!r}", hint="targets are text or numbers")
    return as_target(raw)


def read_previous(raw: Any) -> m.Reported | None:
    """A previous-period cell as ``evaluate(previous=...)`` reads it; a missing cell is no previous value."""
    if raw is None:
        return None
    if isinstance(raw, str):
        return parse_reported_cached(raw)
    return as_reported(raw)


def _bare_number(parsed: m.Reported) -> TypeGuard[m.Value]:
    """A value that is its number and nothing else (``６．５``, ``五千``): read the same against any target.

    Any other word may change the reading: a label (``前四年累计5000`` is for part of the period), a
    change (``下降2``), a comparison level, a unit, a note, a hedge. Those cells go to the engine.
    """
    if not isinstance(parsed, m.Value) or parsed.change is not None or parsed.levels or parsed.value.unit is not None:
        return False
    if parsed.label is not None or parsed.note is not None:
        return False
    # a ratio to one (2.48:1) is no percentage nor a figure in a unit: the engine judges it (judge.figure)
    return [span.role for span in parsed.spans] == ["number"] and parsed.spans[0].text == parsed.text.strip() \
        and not ratio_text(parsed) and not grouped_text(parsed)  # 30 000: never a bare % (judge.figure), the engine's


def _read_cell(raw: Any) -> tuple[bool, float, int, Any, Decimal | None]:
    """plain?, float, decimal places (-1 unknown), what evaluate() gets, the exact figure."""
    if raw is None:
        return False, math.nan, -1, None, None
    if isinstance(raw, str):
        if PLAIN.fullmatch(raw):
            dot = raw.find(".")
            return True, float(raw), (len(raw) - dot - 1 if dot >= 0 else 0), raw, None
        parsed = parse_reported_cached(raw)
        if _bare_number(parsed):
            value = parsed.value.value
            if value.is_finite():
                return True, float(value), max(0, -int(value.as_tuple().exponent)), parsed, value
        return False, math.nan, -1, parsed, None
    if isinstance(raw, bool) or not isinstance(raw, (int, float, Decimal)):
        hint = "reported values are text, numbers or empty"
        raise InputError(f"a reported cell holds {type(raw).__name__} {raw!r}", hint=hint)
    if isinstance(raw, int):
        return abs(raw) < 2**53, float(raw), 0, raw, Decimal(raw)
    if isinstance(raw, Decimal):
        if not raw.is_finite():
            return False, math.nan, -1, raw, None
        return True, float(raw), max(0, -int(raw.as_tuple().exponent)), raw, raw
    if not math.isfinite(raw):
        return False, math.nan, -1, raw, None
    return True, raw, -1, raw, None


def figures(found: Factors | Numbers) -> Figures:
    """The reported column read: which rows are plain figures, and what each row is."""
    if isinstance(found, Numbers):
        return _numbers(found.values)
    uniques = found.uniques
    plain, number, places, rest = _plain_texts(found.text, len(uniques))
    read: list[Any] = list(uniques)  # what evaluate() gets: a plain decimal text as it is, a parsed cell otherwise
    exact_of: dict[int, Decimal] = {}
    for i in rest:
        plain[i], number[i], places[i], read[i], known = _read_cell(uniques[i])
        if known is not None:
            exact_of[i] = known
    codes = found.codes
    places_rows = places[codes]
    unknown = np.flatnonzero(plain[codes] & (places_rows < 0))
    if unknown.size:  # Python floats in an object column: find their decimals like a float column's
        places_rows[unknown] = float_places(number[codes[unknown]])

    def exact(row: int) -> Decimal:
        code = int(codes[row])
        if code in exact_of:
            return exact_of[code]
        raw = uniques[code]
        return Decimal(raw) if isinstance(raw, str) else Decimal(repr(raw))

    def key(rows: np.ndarray) -> np.ndarray:
        return codes[rows]

    return Figures(plain[codes], number[codes], places_rows, key, lambda row: read[codes[row]], exact)


def _plain_texts(text: Any, count: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, Any]:
    """plain?, float and decimal places of each distinct cell, and the cells left to read one by one.

    With the distinct cells as an arrow string array, the plain decimal texts (:data:`PLAIN`) are found
    and converted by arrow's kernels (its text-to-float conversion rounds correctly, as ``float()``
    does); only the other cells (``8-9``, ``35左右``, numbers from Python) are read one by one.
    """
    plain = np.zeros(count, dtype=bool)
    number = np.full(count, math.nan)
    places = np.full(count, -1, dtype=np.int64)
    if text is None or not count:
        return plain, number, places, range(count)
    import pyarrow as pa
    import pyarrow.compute as pc

    from .arrays import arrow_of, numpy_of  # arrow's own crossings to numpy would import pandas

    matched = numpy_of(pc.match_substring_regex(text, "^" + PLAIN.pattern + "$"), null=False)
    found = np.flatnonzero(matched)
    if found.size:
        figures = text.take(arrow_of(found))
        plain[found] = True
        number[found] = numpy_of(pc.cast(figures, pa.float64()))
        dot = numpy_of(pc.find_substring(figures, ".")).astype(np.int64)
        length = numpy_of(pc.binary_length(figures)).astype(np.int64)  # ASCII: bytes are characters
        places[found] = np.where(dot >= 0, length - dot - 1, 0)
    return plain, number, places, np.flatnonzero(~matched).tolist()


def _numbers(values: np.ndarray) -> Figures:
    n = len(values)
    if values.dtype.kind in "iu":
        number = values.astype(np.float64)
        places = np.zeros(n, dtype=np.int64)

        def int_raw(row: int) -> Any:
            return int(values[row])

        def int_exact(row: int) -> Decimal:
            return Decimal(int(values[row]))

        def int_key(rows: np.ndarray) -> np.ndarray:
            return values[rows].astype(np.int64, copy=False)

        return Figures(np.abs(number) < 2.0**53, number, places, int_key, int_raw, int_exact)
    number = values.astype(np.float64, copy=False)
    plain = np.isfinite(number)
    places = float_places(number)  # -1 for NaN and the infinities, as for a float with too many places

    def float_raw(row: int) -> Any:
        value = float(values[row])
        return None if math.isnan(value) else value  # infinities go to evaluate() as they are

    def float_exact(row: int) -> Decimal:
        return Decimal(repr(float(values[row])))

    def float_key(rows: np.ndarray) -> np.ndarray:  # the value's bits (NaN all alike: a missing cell)
        picked = number[rows]
        return np.where(np.isnan(picked), np.float64(np.nan), picked).view(np.int64)

    return Figures(plain, number, places, float_key, float_raw, float_exact)


def float_places(number: np.ndarray) -> np.ndarray:
    """Decimal places of each float's shortest repr, found on arrays (-1: more than MAX_SCALE, too large, NaN).

    ``rint(x * 10**k) / 10**k == x`` with ``|x| * 10**k < 2**50`` means the repr of ``x`` has at most
    ``k`` places: the float spacing at ``x`` is below ``10**-k``, so no other ``k``-place decimal
    rounds to ``x`` and the shortest repr cannot be longer. Each float gets the least such ``k``. The
    first two (what most reported figures have) are tried on the whole array, without gathering; only
    the floats with more places are gathered and tried further.

    >>> float_places(np.array([6.0, 7.25, 0.1 + 0.2, 1e300, 0.5, np.nan])).tolist()
    [0, 2, -1, -1, 1, -1]
    """
    with np.errstate(over="ignore", invalid="ignore"):  # a huge float overflows to inf: not exact, as it should
        whole = np.abs(number) < EXACT
        whole &= np.rint(number) == number
        tenths = number * 10.0
        one = np.abs(tenths) < EXACT
        np.rint(tenths, out=tenths)
        tenths /= 10.0
        one &= tenths == number
        one |= whole
        places = one.astype(np.int64)
        places *= 2
        places -= 1
        places -= whole  # 0 with no places, 1 with one, -1 for more (or none known)
        left = np.flatnonzero(~one)
        for k in range(2, MAX_SCALE + 1):
            if not left.size:
                break
            values = number[left]
            scale = 10.0**k
            scaled = values * scale
            ok = (np.abs(scaled) < EXACT) & (np.rint(scaled) / scale == values)
            places[left[ok]] = k
            left = left[~ok]
    return places.astype(np.int64, copy=False)
