"""Units: read the unit written after a number, and convert between units of one dimension.

A written unit is an optional multiplier and a base unit (``亿元`` = 亿 x 元); the tables are in
``language/data/units.yaml``. Conversion is exact (decimal arithmetic).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import MAX_EMAX, MIN_EMIN, Decimal, localcontext
from functools import cache

from ..frozen import record
from .lexicon import units


@record  # dataclass(frozen=True, slots=True) compiling its methods late or never (frozen.record)
class UnitInfo:
    text: str
    dimension: str  #: a known dimension, or the base text itself for an unknown unit
    factor: Decimal  #: how many of the dimension's first unit one of this unit is


@cache
def _tables() -> tuple[dict[str, Decimal], dict[str, tuple[str, Decimal]], tuple[str, ...]]:
    data = units()
    bases: dict[str, tuple[str, Decimal]] = {}
    for dimension, members in data.dimensions.items():
        for word, factor in members.items():
            bases[word] = (dimension, factor)
    for word in data.compound:
        bases.setdefault(word, (word, Decimal(1)))
    words = tuple(sorted(set(data.multipliers) | set(bases), key=len, reverse=True))
    return dict(data.multipliers), bases, words


def match_unit(text: str, start: int) -> int:
    """The end of the longest unit written at ``text[start:]`` (``start`` when there is none).

    A multiplier alone (``1.5万``) is a unit; so is a multiplier with a base (``1.5万个``): the longest
    multiplier written there, then the longest base word after it.
    """
    if start >= len(text) or text[start] not in _unit_starts():  # most figures: no unit (以上, %, the end)
        return start
    end = _unit_pattern().match(text, start).end()  # type: ignore[union-attr]  # it matches the empty string
    whole = _whole_pattern().match(text, start)  # 亿度电, 千克: a base word opening with a multiplier, read whole
    return max(end, whole.end()) if whole is not None else end


def doubled_multiplier(words: str) -> str | None:
    """The words opening ``words`` (a figure's unit or the words right after it) that put one multiplier after another
    with no base between (亿亿, 万万, 亿万, 兆兆: units.yaml multipliers and mixed), or None. A compound multiplier is one
    (万亿, 千万), and a multiplier before a base word opening with another stays a unit (万千瓦, 亿千瓦时, 兆元 alone).
    No figure a person writes so: 7兆兆亿元 was read as 7 against a unitless 6以上 and met.

    >>> doubled_multiplier("兆兆亿元"), doubled_multiplier("万万元"), doubled_multiplier("万千瓦"), doubled_multiplier("万亿元")
    ('兆兆', '万万', None, None)
    """
    multipliers, _, _ = _tables()
    said = sorted((*multipliers, *units().mixed), key=len, reverse=True)
    base = _base_pattern()
    if not words or base.match(words) is not None:  # 兆元, 千克, 百分点: a base word
        return None
    first = next((word for word in said if words.startswith(word)), None)
    if first is None or base.match(words, len(first)) is not None:  # 万千瓦, 万兆瓦: a multiplier, then a base
        return None
    second = next((word for word in said if words.startswith(word, len(first))), None)
    return None if second is None else first + second


@cache
def _base_pattern() -> re.Pattern[str]:
    """Any base word at a place (the longest first): what no multiplier doubles."""
    return re.compile("|".join(re.escape(word) for word in _base_words()) or "(?!)")


@cache
def _whole_pattern() -> re.Pattern[str]:
    """The base words that open with a multiplier (亿度电, 万度, 千克, 百分点), longest first: the multiplier-then-base
    pattern took the multiplier and found no base after it (24亿度电 was 24亿 and the words 度电, 5千克 was 5千 and 克),
    so a unit read so is the longer of the two."""
    multipliers, _, _ = _tables()
    words = sorted((word for word in _base_words() if word.startswith(tuple(multipliers))), key=len, reverse=True)
    return re.compile("|".join(re.escape(word) for word in words) or "(?!)")


@cache
def _unit_starts() -> frozenset[str]:
    """The characters a unit may begin with (a multiplier's or a base word's first): elsewhere the pattern, an
    alternation of every unit, would try each alternative in turn to match the empty string."""
    multipliers, _, _ = _tables()
    return frozenset(word[0] for word in (*multipliers, *_base_words()) if word)


@cache
def _unit_pattern() -> re.Pattern[str]:
    """Longest multiplier (optional) then longest base word (optional), as one regex: an alternation of
    literals, longest first, takes the first (the longest) that matches, as a loop over the sorted words
    would, without a Python call per word."""
    multipliers, _, _ = _tables()
    def longest_first(words: Iterable[str]) -> str:
        return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True) if word)
    return re.compile(f"(?:{longest_first(multipliers)})?(?:{longest_first(_base_words())})?")


@cache
def _base_words() -> tuple[str, ...]:
    _, bases, _ = _tables()
    return tuple(sorted(bases, key=len, reverse=True))


@cache
def info(unit: str) -> UnitInfo:
    """What a written unit means: ``万人`` -> people, x10000."""
    multipliers, bases, _ = _tables()
    if unit in bases:
        dimension, factor = bases[unit]
        return UnitInfo(unit, dimension, factor)
    for word in sorted(multipliers, key=len, reverse=True):
        if unit.startswith(word):
            rest = unit[len(word) :]
            if not rest:
                return UnitInfo(unit, "", multipliers[word])
            if rest in bases:
                dimension, factor = bases[rest]
                return UnitInfo(unit, dimension, multipliers[word] * factor)
            # 110万头: a multiplier before a word the table lacks multiplies it still (110万头 is 1,100,000 头, and
            # compares with 100万 as 110 x 10,000, not as 0.011 x 10,000); the word alone is its own dimension
            return UnitInfo(unit, rest, multipliers[word])
    return UnitInfo(unit, unit, Decimal(1))


#: dimensions of a ratio, never written with a bare multiplier (万, 亿)
_RATIOS = ("percent", "percentage_point")


def is_share(unit: str | None) -> bool:
    """Whether ``unit`` is a share or a difference of shares (%, ‰, 个百分点), which a bare figure of 1000 or more
    (numerals.SHARE_LIMIT) or one written in thousands groups never is.

    >>> is_share("‰"), is_share("个百分点"), is_share("万人"), is_share(None)
    (True, True, False, False)
    """
    return unit is not None and info(unit).dimension in _RATIOS


def about_at_most(unit: str | None) -> Decimal | None:
    """The most 左右 tolerates around a figure in ``unit`` (units.yaml ``about_at_most``, in ``unit``), or None.

    >>> about_at_most("岁"), about_at_most("年"), about_at_most("%"), about_at_most(None)
    (Decimal('0.5'), Decimal('0.5'), None, None)
    """
    if unit is None:
        return None
    found = info(unit)
    most = units().about_at_most.get(found.dimension)
    return None if most is None else most / found.factor


def convert(value: Decimal, source: str | None, target: str | None) -> Decimal | None:
    """``value`` in unit ``source`` expressed in unit ``target``; ``None`` if they do not compare.

    A missing unit on either side is taken to be the other's (the caller decides what an unwritten
    unit means). A bare multiplier (``万``) takes the other side's dimension.

    >>> convert(Decimal("14000"), "个", "万个")
    Decimal('1.4')
    >>> convert(Decimal(1), "亿元", "%") is None
    True
    >>> convert(Decimal(3000), "亿", "%") is None
    True
    """
    if source is None or target is None or source == target:
        return value
    a, b = info(source), info(target)
    if a.dimension and b.dimension and a.dimension != b.dimension:
        return None
    if (a.dimension in _RATIOS and not b.dimension and b.factor != 1) or (b.dimension in _RATIOS and not a.dimension
                                                                          and a.factor != 1):
        return None  # 3000亿 against %: a bare 亿 counts things; a percentage is never written with one
    if a.factor == b.factor:
        return value
    with localcontext() as exact:  # enough digits that 13999.99999999999999999999999999个 stays below 1.4万个
        exact.prec = min(_digits(value) + _digits(a.factor) + _digits(b.factor) + 28, 4200)
        exact.Emax, exact.Emin = MAX_EMAX, MIN_EMIN
        return value * a.factor / b.factor


def _digits(number: Decimal) -> int:
    """Significant digits and the spread of exponents of a decimal (``1.4E+4`` -> 2 + 4)."""
    sign, digits, exponent = number.as_tuple()
    return len(digits) + abs(exponent) if isinstance(exponent, int) else 1
