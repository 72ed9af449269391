"""Small text helpers shared by the renderers: one-line cells and terminal display width."""

from __future__ import annotations

import re
import unicodedata

_BREAK = re.compile(r"\s*\n\s*")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def one_line(text: str | None) -> str:
    """Table cells of the source break lines inside words (``达到市级\\n要求``): join them back.

    A break between two Latin letters or digits becomes a space; between CJK characters, nothing.

    >>> one_line("达到市级\\n要求（3.2）"), one_line("new\\nline")
    ('达到市级要求（3.2）', 'new line')
    """
    if not text:
        return ""

    def join(match: re.Match[str]) -> str:
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        return " " if before.isascii() and after.isascii() and before.isalnum() and after.isalnum() else ""

    return _BREAK.sub(join, text).strip()


def width(text: str) -> int:
    """Terminal cells ``text`` takes: wide and fullwidth (CJK) characters take two, combining marks none.

    >>> width("GDP"), width("地区生产总值"), width("（3）"), width("\\x1b[31mx\\x1b[0m")
    (3, 12, 5, 1)
    """
    if "\x1b" in text:
        text = _ANSI.sub("", text)
    if text.isascii():  # no ASCII character is wide, combining or a format mark: one cell each
        return len(text)
    known = _CELLS
    total = 0
    for char in text:
        cells = known.get(char)
        if cells is None:
            cells = _cells(char)
            if len(known) < 8192:  # bounded: a file of every code point does not grow it past that
                known[char] = cells
        total += cells
    return total


#: the cells of each character seen (a report's texts use a few hundred): a lookup, not three unicodedata calls
_CELLS: dict[str, int] = {}


def _cells(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def pad(text: str, cells: int, align: str = "<") -> str:
    """``text`` padded with spaces to ``cells`` terminal cells (``<`` left, ``>`` right)."""
    fill = " " * max(0, cells - width(text))
    return fill + text if align == ">" else text + fill


def truncate(text: str, cells: int) -> str:
    """``text`` cut to at most ``cells`` terminal cells, ending in ``…`` when cut.

    >>> truncate("全社会研究与试验发展经费支出", 10), truncate("GDP", 10)
    ('全社会研…', 'GDP')
    """
    if width(text) <= cells:
        return text
    kept, used = [], 0
    for char in text:
        w = width(char)
        if used + w > cells - 1:
            break
        kept.append(char)
        used += w
    return "".join(kept) + "…"
