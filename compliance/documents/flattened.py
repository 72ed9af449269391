"""A table a stored copy of a web page writes one cell a paragraph: each cell on a line of its own, a blank line after
it, the rows run together (温州's 表一 of 2015: ``指  标  名  称`` / ``单位`` / ``2015年目标`` / ``2015年实绩`` /
``绝对值`` / ``增速(%)`` / … / ``全市生产总值`` / ``亿元`` / ``4620`` / ``7以上`` / ``4619.8`` / ``8.3`` / …;
明光's 2023 table: an empty corner cell, ``全年预期目标(增速%`` / ``预计全年完成情况`` / ``(增速%`` / ``地区生产总值`` /
``8.5`` / ``7.5`` / …).

Read only under a header of such paragraphs every one of which is a column header of ``data/headers.yaml`` (as a spaced
or a bare-pipe header line is), with a second header row of parts after it if the table has one (``绝对值 | 增速(%)``):
prose never opens one. The copy keeps no row ends, so a row is what a reader of the page sees: the words of its name
(and its unit), then one cell for each value column of the header; a cell holding a figure, a dash or a verdict word is
a value. A row whose values stop short (a cell cut by the copy, a value in words) is kept short, and the table reading
lists it as a row it cannot place; a row without its unit cell (the copy drops an empty cell) has its unit empty.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cache, lru_cache

from ..language.lexicon import lexicon
from ..language.normalize import fold
from ..language.numerals import numeral_chars
from .model import Cell, Place, Table

#: the longest header cell (温州's ``研究与试验发展经费支出相当于生产总值比重`` is a row's name, not a header): every line of a
#: text document is tried as a header's first cell, so a paragraph of prose is refused on its length before any lookup
_LONGEST_HEADER_CELL = 24
#: the longest cell of a row (a name, a unit, a value); a longer paragraph is prose and ends the table
_LONGEST_CELL = 40
#: the most header cells and parts (the seed's table has 9 columns; 温州's 4 and 4 parts): every short paragraph is tried
_WIDEST = 16
_FIGURE = re.compile(r"\d")
#: the longest value cell (``8.7(实际增长7.9)``, ``达到市级要求（3.2）``); a longer paragraph with a figure is a sentence
_LONGEST_VALUE = 16


@cache
def _not_a_value() -> re.Pattern[str]:
    """A paragraph with a figure that is no value, folded: a sentence (。；) or a heading opening with its number (二、,
    (一), 1.: zh.yaml's numerals and ``row_number_marks``, as language/numbered.py reads a row's number)."""
    digits = re.escape("".join(sorted(numeral_chars()))) + r"\d"
    marks = re.escape("".join(lexicon().row_number_marks))
    return re.compile(rf"[。;]|^(?:[{digits}]+[{marks}]|\([{digits}]+\))\D")
#: a header cell's remark the copy set in a paragraph of its own (明光's ``预计全年完成情况`` / ``(增速%``)
_REMARK = re.compile(r"^[(（]")


def _cells(lines: list[str], start: int) -> Iterator[tuple[int, str]]:
    """The paragraphs from ``start`` while each is one line with a blank line after it (the last may end the text):
    (line index, text); a line of spaces only is an empty cell (明光's corner). Lazy: a header's try reads no further
    than its header."""
    index = start
    while index < len(lines) and lines[index] != "" and len(lines[index].strip()) <= _LONGEST_CELL:
        yield index, lines[index].strip()
        if index + 1 < len(lines) and lines[index + 1].strip():
            return  # two lines running on: no longer one cell a paragraph
        index += 2


def _opens(lines: list[str], start: int) -> bool:
    """Cheap test before any lookup: a short line (or one of spaces only) with a blank line after it."""
    line = lines[start]
    return (line != "" and len(line.strip()) <= _LONGEST_HEADER_CELL and start + 2 < len(lines)
            and not lines[start + 1].strip())


@lru_cache(maxsize=4096)
def _role(text: str) -> str | None:
    """A header cell's role (``part`` for a second header row's 绝对值, 增速(%)), remembered: every short paragraph of a
    text is tried as a header's first cell."""
    from .tables import classify, part_of

    return "part" if part_of(text) is not None else classify(text).role


_VALUES = ("target", "reported")


def paragraph_table(name: str, lines: list[str], start: int, number: int) -> tuple[Table, int] | None:
    """The table whose header opens at ``start``, with the index of the line after it; None when there is none."""
    if not _opens(lines, start):
        return None
    from .tables import header_of  # the header words are the tables' own

    first = lines[start].strip()
    if first and _role(first) is None:
        return None
    stream = _cells(lines, start)
    header: list[tuple[int, str]] = []
    parts: list[tuple[int, str]] = []
    pending: list[tuple[int, str]] = []
    roles: list[str | None] = []
    for index, text in stream:  # the header: labels, then values (a remark joined to its header), then parts
        role = _role(text) if text and len(text) <= _LONGEST_HEADER_CELL else None
        if len(header) + len(parts) >= _WIDEST or len(text) > _LONGEST_HEADER_CELL:
            pending.append((index, text))
            break
        if not text:
            if header:
                pending.append((index, text))
                break
            header.append((index, text))
            roles.append(None)
        elif role == "part":
            parts.append((index, text))
        elif parts:
            pending.append((index, text))
            break
        elif _REMARK.match(text) and header and header[-1][1]:
            header[-1] = (header[-1][0], header[-1][1] + text)
        elif role in _VALUES or role is not None and role not in roles and not set(_VALUES) & set(roles):
            header.append((index, text))  # one column of each label, all before the values
            roles.append(role)
        else:
            pending.append((index, text))
            break
    if (len(header) < 3 or not pending or not set(_VALUES) & set(roles)
            or "name" not in roles and not ({"target", "reported"} <= set(roles) and not header[0][1])):
        return None
    rows = [_row(name, number, 1, header)] + ([_row(name, number, 2, parts)] if parts else [])
    located = header_of(Table(tuple(rows), Place(name, line=start + 1, table=number)))
    if located is None or located[0] != len(rows) - 1:
        return None
    roles = [c.role for c in located[1]]
    values = [i for i, r in enumerate(roles) if r in ("target", "reported")]
    if values != list(range(values[0], len(roles))):
        return None  # a column after the values (属性 after 目标): which word cell is whose is unknown; not read
    body = _body(name, number, len(rows), itertools.chain(pending, stream), roles[:values[0]], len(values))
    if not body:
        return None
    rows += body
    last = max(cell.place.line or 0 for row in rows for cell in row)
    return Table(tuple(rows), Place(name, line=start + 1, table=number)), last


def _row(name: str, table: int, row: int, cells: list[tuple[int, str]]) -> tuple[Cell, ...]:
    return tuple(Cell(text, Place(name, line=index + 1, table=table, row=row, column=column))
                 for column, (index, text) in enumerate(cells, start=1))


@lru_cache(maxsize=4096)
def _value(text: str) -> bool:
    """A value cell: a figure, a dash or a verdict word (remembered: the words are looked up one by one)."""
    from .tables import verdict
    from .words import headers

    if text in headers().empty or verdict(text) is not None:
        return True
    return bool(_FIGURE.search(text)) and len(text) <= _LONGEST_VALUE and not _not_a_value().search(fold(text).text)


def _body(name: str, table: int, above: int, stream: Iterator[tuple[int, str]], labels: list[str | None],
          width: int) -> list[tuple[Cell, ...]]:
    """The rows: the words of the row's labels (``labels``: the roles of the columns before the values), then ``width``
    values. Words beyond the label columns belong to the name (主要污染物 / 排放总量 / 化学需氧量), the last word being
    the unit when the header has a unit column and the row more words than one; a missing unit is an empty cell. The
    table ends before words followed by no value (a heading after the table, a row the copy cut inside its name)."""
    rows: list[tuple[Cell, ...]] = []
    cells = _Peek(stream)
    while cells.peek() is not None:
        words: list[tuple[int, str]] = []
        if "number" in labels and cells.text().isdigit():
            words.append(cells.take())
        while cells.peek() is not None and cells.text() and not _value(cells.text()):
            if len(words) > len(labels) + 3:  # no row has so many words: prose of short paragraphs, or no table
                return rows
            words.append(cells.take())
        if not words:  # a row opens with its name: values without one are no row of this table
            break
        found: list[tuple[int, str]] = []
        while cells.peek() is not None and len(found) < width and (_value(cells.text()) or not cells.text()):
            found.append(cells.take())
        if not found:
            break
        placed = _placed(words, labels)
        row = len(rows) + above + 1
        if placed is None or len(found) < width:  # its words as one cell and its values: too short, listed as unplaced
            joined = [(words[0][0], " ".join(text for _, text in words))] if words else []
            rows.append(_row(name, table, row, joined + found))
            continue
        anchor = next(index for index, _ in placed if index >= 0)  # an empty cell the copy dropped: at the name's line
        rows.append(tuple(Cell(text, Place(name, line=(index if index >= 0 else anchor) + 1, table=table, row=row,
                                           column=column))
                          for column, (index, text) in enumerate([*placed, *found], start=1)))
    return rows


class _Peek:
    """The cells one at a time, with the next one in view."""

    def __init__(self, stream: Iterator[tuple[int, str]]) -> None:
        self._stream, self._next = stream, next(stream, None)

    def peek(self) -> tuple[int, str] | None:
        return self._next

    def text(self) -> str:
        return self._next[1] if self._next is not None else ""

    def take(self) -> tuple[int, str]:
        taken, self._next = self._next, next(self._stream, None)
        assert taken is not None
        return taken


def _placed(words: list[tuple[int, str]], labels: list[str | None]) -> list[tuple[int, str]] | None:
    """The row's words set under the label columns (number, name, unit …), or None when they cannot be."""
    if not words or len(labels) > 3 or labels.count("name") != 1:
        return None
    numbered = "number" in labels and words[0][1].isdigit()
    rest = words[1:] if numbered else words
    if not rest:
        return None
    unit: tuple[int, str] | None = None
    if "unit" in labels and len(rest) > 1:
        unit, rest = rest[-1], rest[:-1]
    name = (rest[0][0], " / ".join(text for _, text in rest))
    by_role = {"number": words[0] if numbered else (-1, ""), "name": name, "unit": unit or (-1, "")}
    if any(role not in by_role for role in labels):
        return None
    return [by_role[role or ""] for role in labels]
