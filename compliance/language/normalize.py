"""Fold text into the form the lexicon is written in, keeping a map back to the source.

Full-width digits and punctuation become half-width (Unicode NFKC: ``（３）`` -> ``(3)``),
traditional characters become simplified (``language/data/hant.yaml``), and whitespace, which table
cells break lines with (``达到市级\\n要求``), is dropped except between two digits.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from typing import NamedTuple

from .lexicon import hant


class Folded(NamedTuple):
    """``text`` folded, and for each of its characters the offset in ``source`` (a named tuple: one is made
    per text read, and a frozen dataclass costs three times as much to make)."""

    source: str
    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The source offsets of the folded slice ``text[start:end]``."""
        if start >= end:
            at = self.origin[start] if start < len(self.origin) else len(self.source)
            return at, at
        return self.origin[start], self.origin[end - 1] + 1


#: signs NFKC leaves alone: the minus sign (U+2212) and its small form read as "-"
_SIGNS = {ord("\u2212"): "-", ord("\ufe63"): "-"}

#: footnote marks a table cell puts after a figure (8.3①, 7.0⒈, 8.3❶): dropped, never digits (NFKC makes ① "1", so
#: 7.0① read 7.01 and met 7.01以上); ⑴ (NFKC "(1)") stays a bracket note, superscripts stay (万m²)
_MARKS = frozenset(
    chr(code) for first, last in ((0x2460, 0x2473), (0x2488, 0x249B), (0x24EA, 0x24FF), (0x2776, 0x2793),
                                  (0x3251, 0x325F), (0x32B1, 0x32BF)) for code in range(first, last + 1)
)

#: invisible format characters (Unicode Cf) a copy carries into a cell, which change no reading: zero-width space and
#: joiners, word joiner, soft hyphen, the byte-order mark inside a text (增长6%<ZWSP> was unread, 7<ZWSP> read a unit
#: "\u200b"; a web page's copy, a file joined after its BOM), the Mongolian vowel separator, invisible operators. The
#: bidirectional controls are no such mark: a text holding one is refused before it is folded (judge/inputs.py)
_INVISIBLE = frozenset("\u00ad\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff")
_DROPPED = _MARKS | _INVISIBLE

#: raised and lowered digits and signs (10⁴, m², CO₂, 10⁻³): NFKC makes them digits and signs, which must not join the
#: figure before them (5² read 52, 6⁷ 67): after a digit one is set apart by a space, as "8 9" is (two figures)
_RAISED = frozenset("\u00b2\u00b3\u00b9" + "".join(chr(code) for code in (*range(0x2070, 0x207C), *range(0x2080, 0x208C))))


def nfkc(char: str) -> str:
    """One character's NFKC form, a footnote mark or an invisible format character none."""
    return "" if char in _DROPPED else unicodedata.normalize("NFKC", char)


@cache
def _table() -> dict[int, str]:
    """The folding table, built once (it has thousands of entries: rebuilt per call, it cost most of a fold)."""
    return {**hant(), **_SIGNS}


#: texts whose folding is remembered (the same cell is folded by the grammar and again by the judge)
FOLD_CACHE = 4096
#: the longest text whose folding is remembered: a folding keeps a map back to the source, an int a character, so a
#: 10,000-character cell kept ~0.4 MB and 4,096 of them 1.6 GB; a cell of a plan is a few dozen characters
FOLD_KEPT = 512


class _OneToOne(dict[int, str]):
    """``str.translate`` table of the characters that fold to exactly one character (most of them:
    Chinese characters, digits, letters), filled as characters are met; any other character (whitespace,
    one that folds to several characters or to none) maps to ``""``, so a text that keeps its length
    folds character for character and its map back to the source is the identity."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char.isspace() or char in _RAISED:  # a raised digit: folded by fold_once, which sees the one before
            folded = ""
        elif code <= 0x7F:
            folded = char
        else:
            folded = "".join(p for p in nfkc(char).translate(_table()) if not p.isspace())
            if len(folded) != 1:
                folded = ""
        if len(self) < _ONE_TO_ONE_SIZE:  # bounded: a text of every character of Unicode does not grow it forever
            self[code] = folded
        return folded


#: characters whose folding :class:`_OneToOne` remembers
_ONE_TO_ONE_SIZE = 1 << 16
_ONE_TO_ONE = _OneToOne()


#: the map back to the source of a text that keeps its length, up to this length: 0, 1, 2 ...
_IDENTITY_SIZE = 512
_IDENTITY = tuple(range(_IDENTITY_SIZE))
_MAKE = tuple.__new__


def fold(source: str) -> Folded:
    """``source`` folded, remembered up to :data:`FOLD_KEPT` characters (a :class:`Folded` is immutable, and the table
    is the same for every lexicon; a text's first sight is folded by the grammar and again by the judge, so a cache
    that keeps a text from its second sight on, as ``judge/memo.py``'s do, would fold every one-off text twice)."""
    return _fold_kept(source) if len(source) <= FOLD_KEPT else fold_once(source)


@lru_cache(maxsize=FOLD_CACHE)
def _fold_kept(source: str) -> Folded:
    return fold_once(source)


def fold_once(source: str) -> Folded:
    """``source`` folded, not remembered: the lexer's (a text it reads is read once, its reading being what is
    remembered; kept, each distinct text read cost the garbage collector two objects more, ~5% of reading it)."""
    quick = source.translate(_ONE_TO_ONE)
    size = len(source)
    if len(quick) == size:  # every character folded to one: the same as the loop below, in C
        # made as the tuple it is (Folded(...) is a Python call); the identity map is a slice of a tuple made once
        return _MAKE(Folded, (source, quick, _IDENTITY[:size] if size <= _IDENTITY_SIZE else tuple(range(size))))
    table = _table()
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(source):
        if char.isspace():
            # keep one space only where it separates two numbers ("8 9" must not read as 89), or a figure and a
            # point ("2. 7", "2 .7" must not read as 2.7: a space never joins the parts of one figure)
            if chars and (chars[-1].isdigit() or chars[-1] == ".") and _next_is_digit(source, index, point=True):
                chars.append(" ")
                origin.append(index)
            elif chars and chars[-1].isdigit() and char in "\n\r" and _next_is_signed(source, index):
                chars.append(" ")  # 171.2\n\n-7.7, a table's cells a line: a minus, never a range's dash (8-9)
                origin.append(index)
            continue
        folded = nfkc(char).translate(table) if ord(char) > 0x7F else char
        if char in _RAISED and chars and chars[-1].isdigit():
            chars.append(" ")  # 5², 10⁴: never one figure with the digits before
            origin.append(index)
        for piece in folded:
            if piece.isspace():
                continue
            chars.append(piece)
            origin.append(index)
    return Folded(source, "".join(chars), tuple(origin))


def _next_is_signed(source: str, index: int) -> bool:
    """Whether the text after the whitespace at ``source[index]`` is a minus sign and a digit (``\n-7.7``)."""
    rest = source[index + 1 :].lstrip()
    return len(rest) > 1 and nfkc(rest[0]) in "-−" and nfkc(rest[1]).isdigit()


def _next_is_digit(source: str, index: int, *, point: bool = False) -> bool:
    """Whether the first character after ``source[index]`` that is no space folds to a digit (or, with ``point``,
    to a decimal point)."""
    for char in source[index + 1 :]:
        if not char.isspace():
            folded = nfkc(char)
            return folded.isdigit() or point and folded == "."
    return False
