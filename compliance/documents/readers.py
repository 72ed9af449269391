"""Read a document file into the common model: plain text and Markdown, HTML; the dispatcher.

Plain text may hold tables in three layouts: the one word processors write when saving as text (each
cell a line starting with a tab, a cell's further lines without one, a blank line between rows:
the seed's appendix), Markdown pipe tables, and the one a PDF's or a flip-book page's text layer writes (one row a
line, cells separated by spaces, under a header line of column headers). Office formats and PDF are in :mod:`.office`.
"""

from __future__ import annotations

import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from ..errors import InputError
from .flattened import paragraph_table
from .model import Cell, Document, Paragraph, Place, Table
from .words import clause_words

#: file suffix -> reader kind
KINDS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
    ".xhtml": "html", ".docx": "docx", ".pdf": "pdf", ".xlsx": "xlsx", ".xlsm": "xlsx",
}
_OLD = {".doc": "save it as .docx", ".xls": "save it as .xlsx", ".wps": "save it as .docx", ".et": "save it as .xlsx"}


#: the longest text document read (33x the seed's 30,642 characters): 4.9 MB of target clauses took 16 s and 570 MB
LONGEST_DOCUMENT = 1_000_000


def read_document(path: str | Path) -> Document:
    """Read any supported document; raises :class:`InputError` with a one-line reason for a bad one."""
    name = str(path)
    suffix = Path(name).suffix.lower()
    if suffix in _OLD:
        raise InputError(f"`{suffix}` documents are not read", file=name, hint=_OLD[suffix])
    kind = KINDS.get(suffix)
    if kind is None:
        raise InputError(
            f"unsupported document format `{suffix or '(no extension)'}`", file=name,
            hint=f"give one of {', '.join(sorted(KINDS))}",
        )
    raw = _bytes(name)
    if not raw.strip():
        raise InputError("is empty", file=name, hint="give a document with a target table or target paragraphs")
    if kind in ("docx", "xlsx", "pdf"):
        from . import office

        document = office.read(name, kind, raw)
    else:
        text = decode(name, raw)
        if len(text) > LONGEST_DOCUMENT:  # a runaway file: its reading would take minutes and gigabytes, never a plan's
            raise InputError(f"is {len(text):,} characters long, more than {LONGEST_DOCUMENT:,}", file=name,
                             line=text.count("\n", 0, LONGEST_DOCUMENT) + 1, hint="give the part that states the targets "
                             "or the outcomes (a work report or a bulletin is some 30,000 characters)")
        document = read_html(name, text) if kind == "html" else read_text(name, text, kind)
    if not document.paragraphs and not document.tables:
        raise InputError("holds no text", file=name, hint="a scanned document needs OCR first")
    if any(_SPLIT_DECIMAL.search(p.text) for p in document.paragraphs):
        paragraphs = tuple(Paragraph(mend_figures(p.text), p.place, tuple(len(mend_figures(p.text[:b])) for b in p.breaks))
                           for p in document.paragraphs)
        document = Document(document.file, document.kind, paragraphs, document.tables, document.pages, document.notes)
    return document


#: a decimal point a copy split from its next digit with a space, after a character of text
#: (规模以上工业增加值增长6. 5%以上, 城镇新增就业人数9. 6万人; from both, 經濟增長6 . 5%左右, 平顶山 2025): never two
#: numbers, since a Chinese sentence does not end in `.`; a list number at a line's start (`1. 2021年…`) is left alone.
_SPLIT_DECIMAL = re.compile(r"([\u4e00-\u9fff]\d{1,6})(?: \. ?|\. )(\d)")


def mend_figures(text: str) -> str:
    """``text`` with each decimal point split from its digits by a space joined again: ``增长6. 5%`` -> ``增长6.5%``."""
    return _SPLIT_DECIMAL.sub(r"\1.\2", text)


#: the most bytes of a document file (PDF, Office or text) read: /dev/zero (or a link to it named plan.txt) was read
#: into memory until the process was killed
MOST_DOCUMENT_BYTES = 1 << 29


def _bytes(name: str) -> bytes:
    from ..files.yaml import read_bounded

    try:
        return read_bounded(name, MOST_DOCUMENT_BYTES, nul_ends=False)  # PDF, DOCX, XLSX: bytes, NULs in them
    except FileNotFoundError:
        raise InputError("file not found", file=name, hint="check the path") from None
    except IsADirectoryError:
        raise InputError("is a directory, not a document", file=name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=name) from None


def decode(name: str, raw: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), else GB18030, the other encoding of Chinese text; UTF-16 where the file
    opens with its byte-order mark (Windows Notepad's "Unicode"), as a dataset is read."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass  # no UTF-16 after all: refused below as binary, or named at its bad byte
    if b"\x00" in raw[:8192]:
        raise InputError("is a binary file, not text", file=name, line=1, hint="give a .txt, .md, .html, .docx, .pdf or .xlsx")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8 = exc.start + len(raw) - len(exc.object)  # in the file (utf-8-sig counts after a byte-order mark)
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError as exc:  # where the encoding read further fails: a UTF-8 file's one bad byte, not GB's first
        at, encoding = (utf8, "UTF-8") if utf8 >= exc.start else (exc.start, "GB18030")
        line, start = raw[:at].count(b"\n") + 1, raw.rfind(b"\n", 0, at) + 1
        column = len(raw[start:at].decode("utf-8" if encoding == "UTF-8" else "gb18030", "replace")) + 1
        raise InputError(f"is neither UTF-8 nor GB18030 text: byte {raw[at:at + 1]!r} is no {encoding}", file=name,
                         line=line, column=column, hint="save it as UTF-8") from None


# --------------------------------------------------------------------------- plain text, Markdown

_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def read_text(name: str, text: str, kind: str = "text") -> Document:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    paragraphs: list[Paragraph] = []
    tables: list[Table] = []
    wrapped = _wrapped(lines) if kind == "text" else set()
    carried: tuple[str, int, tuple[int, ...]] | None = None  # a hard-wrapped line waiting for the rest of its paragraph
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("\t"):
            table, index = _tab_table(name, lines, index, len(tables) + 1)
            tables.append(table)
            continue
        if line.lstrip().startswith("|") and index + 1 < len(lines) and _PIPE_RULE.match(lines[index + 1]):
            table, index = _pipe_table(name, lines, index, len(tables) + 1)
            tables.append(table)
            continue
        spaced = (_spaced_table(name, lines, index, len(tables) + 1) or _bare_pipe_table(name, lines, index, len(tables) + 1)
                  or paragraph_table(name, lines, index, len(tables) + 1) if kind == "text" and carried is None else None)
        if spaced is not None:
            tables.append(spaced[0])
            index = spaced[1]
            continue
        stripped = _markdown_text(line) if kind == "markdown" else line.strip()
        breaks: tuple[int, ...] = ()
        if carried is not None:  # each joined line's start kept: a claim on a later line cites that line
            breaks = (*carried[2], len(carried[0]))
            stripped, start = carried[0] + stripped, carried[1]
            carried = None
        else:
            start = index
        if index in wrapped:
            carried = (stripped, start, breaks)
        elif stripped:
            paragraphs.append(Paragraph(stripped, Place(name, line=start + 1), breaks))
        index += 1
    if carried is not None:
        paragraphs.append(Paragraph(carried[0], Place(name, line=carried[1] + 1), carried[2]))
    return Document(name, kind, tuple(paragraphs), tuple(tables))


#: how a hard-wrapped line may end and its next line begin: mid-word (政协委 / 员和), mid-figure (230. / 4亿元)
_WRAP_END = re.compile(r"[\u4e00-\u9fff\d.%]$")
_WRAP_START = re.compile(r"^[\u4e00-\u9fff\d%]")
#: in a document found hard-wrapped, a line near the width may also break after a comma or an opening sign (增长6%， /
#: 固定资产投资…); never after a sentence's or a clause list's end (。；：), which may end a paragraph or an item
_WRAP_AFTER = re.compile(r"[\u4e00-\u9fff\d.%，,、（(“‘《]$")
@cache
def _item() -> re.Pattern[str]:
    """A next line that opens an item is no continuation: 一、 (一) 1. —— (but 30.4亿元 is a figure's rest: 达到2 /
    30.4亿元); the item numerals are clauses.yaml list_numbers."""
    numbers = re.escape(clause_words().list_numbers)  # 一二三…十 (clauses.yaml)
    return re.compile(f"^(?:[{numbers}]+、|[(（][{numbers}\\d]+[)）]|\\d+、|\\d+[.．](?!\\d)|——)")


def _wrapped(lines: list[str]) -> set[int]:
    """The lines a copy broke at a fixed width in the middle of a sentence (a document library's or a PDF's text:
    ``并请政协委`` / ``员和其他列席人员``, ``一般公共预算收入达到230.`` / ``4亿元``), each to be joined with the next.
    A document is taken as hard-wrapped only when no line is much wider than the others and three lines or more end
    mid-sentence near that width (within a fifth of the widest line): a document of one line a paragraph (the seed, whose
    paragraphs run to 600 characters) is never joined; a short line (a heading, a byline) is never joined, nor a line
    before an item (一、, (一))."""
    ends = [i for i in range(len(lines) - 1)
            if _WRAP_END.search(lines[i].strip()) and _WRAP_START.match(lines[i + 1].strip())
            and not _item().match(lines[i + 1].strip()) and not lines[i].startswith("\t")]
    if len(ends) < 3:
        return set()
    widest = max(_width(line.strip()) for line in lines if not line.startswith("\t"))
    width = max(widest * 0.8, 40)
    if sum(_width(lines[i].strip()) >= width for i in ends) < 3:
        return set()
    return {i for i in range(len(lines) - 1)
            if _width(lines[i].strip()) >= width and _WRAP_AFTER.search(lines[i].strip())
            and _WRAP_START.match(lines[i + 1].strip()) and not _item().match(lines[i + 1].strip())
            and not lines[i].startswith("\t")}


def _width(text: str) -> int:
    """Columns a line takes: two for an ideograph or a full-width sign, one for the rest."""
    return sum(2 if "\u2e80" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" or "\u3000" <= c <= "\u303f" else 1
               for c in text)


def _markdown_text(line: str) -> str:
    """A Markdown line without its heading marks, list bullets and emphasis."""
    text = re.sub(r"^\s{0,3}(#{1,6}\s+|[-*+]\s+|>\s?)", "", line)
    return re.sub(r"(\*\*|__|\*|`)", "", text).strip()


def _tab_table(name: str, lines: list[str], start: int, number: int) -> tuple[Table, int]:
    """Rows of tab-led cells separated by blank lines; ends at two blank lines or an untabbed line."""
    rows: list[tuple[Cell, ...]] = []
    cells: list[list[Any]] = []  # [first line number, [lines]]
    index = start
    while index < len(lines):
        line = lines[index]
        if line.startswith("\t"):
            cells.append([index + 1, [line[1:]]])
        elif line.strip() == "":
            if cells:
                rows.append(_row(name, cells, number, len(rows) + 1))
                cells = []
            if index + 1 >= len(lines) or not lines[index + 1].startswith("\t"):
                index += 1
                break
        elif cells:
            cells[-1][1].append(line)
        else:
            break
        index += 1
    if cells:
        rows.append(_row(name, cells, number, len(rows) + 1))
    return Table(tuple(rows), Place(name, line=start + 1, table=number)), index


def _row(name: str, cells: list[list[Any]], table: int, row: int) -> tuple[Cell, ...]:
    return tuple(
        Cell("\n".join(part.strip() for part in parts).strip(), Place(name, line=line, table=table, row=row, column=column))
        for column, (line, parts) in enumerate(cells, start=1)
    )


def _pipe_table(name: str, lines: list[str], start: int, number: int) -> tuple[Table, int]:
    rows: list[tuple[Cell, ...]] = []
    index = start
    while index < len(lines) and lines[index].lstrip().startswith("|"):
        if not _PIPE_RULE.match(lines[index]):
            parts = lines[index].strip().strip("|").split("|")
            place = Place(name, line=index + 1, table=number, row=len(rows) + 1)
            rows.append(tuple(
                Cell(part.strip().replace("<br>", "\n"), _at(place, column)) for column, part in enumerate(parts, start=1)
            ))
        index += 1
    return Table(tuple(rows), Place(name, line=start + 1, table=number)), index


#: a year the text layer set apart from the word it opens (`2020 年目标值`): one header cell
_SPLIT_YEAR = re.compile(r"^\d{4}$")
_FIGURE = re.compile(r"\d")
#: the most cells a spaced header line has (the seed's table has 9 columns): every line of a text document is tried as
#: one, and a line of 120,000 spaced words, each classified, took 32 s
_WIDEST_HEADER = 40


def _header_cells(line: str) -> list[str]:
    """A header line's cells: split at spaces, a bare year joined to the word after it when that word opens with 年."""
    cells: list[str] = []
    for part in line.split():
        if cells and _SPLIT_YEAR.match(cells[-1]) and part.startswith("年"):
            cells[-1] = f"{cells[-1]} {part}"
        else:
            cells.append(part)
    return cells


#: the most cells a pipe header line has (the seed's table has 9 columns): every line holding a pipe is tried as one
_WIDEST_PIPE_HEADER = 40


def _header_roles(cells: list[str]) -> list[str | None] | None:
    """The roles of a header line's cells when every non-empty one is a column header of ``data/headers.yaml`` and they
    hold one name column and a target or reported one; else None (prose, or a table of something else). The first
    cell that is no header ends the try, and a line of more cells than a table has is none: every line is tried."""
    from .tables import classify  # the header words are the tables' own

    if not 3 <= len(cells) <= _WIDEST_PIPE_HEADER or len([c for c in cells if c]) < 3:
        return None
    roles: list[str | None] = []
    for cell in cells:
        role = classify(cell).role if cell else None
        if cell and role is None:
            return None
        roles.append(role)
    if roles.count("name") != 1 or not {"target", "reported"} & set(roles):
        return None
    return roles


def _pipe_cells(line: str) -> list[str]:
    return [part.strip() for part in line.strip().strip("|").split("|")]


def _bare_pipe_table(name: str, lines: list[str], start: int, number: int) -> tuple[Table, int] | None:
    """Pipe rows without the leading pipe and without a rule under the header, as a stored copy of a web page writes its
    table (温州's 表1: ``序号 | 指标名称 | 单位 | 2022年 计划目标 | 2022年实绩 | |||``, then ``绝对值 | 增速(%) | ||||||``
    and the rows): only under a header line of column headers (as ``_spaced_table``); the table goes on while lines hold
    a pipe. Its rows are fitted to the header by the table reading (a section cell opening a row, collapsed empty cells)."""
    line = lines[start]
    if "|" not in line or line.lstrip().startswith("|") or _header_roles(_pipe_cells(line)) is None:
        return None
    rows: list[tuple[Cell, ...]] = []
    index = start
    while index < len(lines) and "|" in lines[index]:
        place = Place(name, line=index + 1, table=number, row=len(rows) + 1)
        rows.append(tuple(Cell(text, _at(place, column)) for column, text in enumerate(_pipe_cells(lines[index]), 1)))
        index += 1
    if len(rows) < 2:
        return None
    return Table(tuple(rows), Place(name, line=start + 1, table=number)), index


def _spaced_table(name: str, lines: list[str], start: int, number: int) -> tuple[Table, int] | None:
    """A table written one row a line, its cells separated by spaces, as a PDF's or a flip-book page's text layer writes
    one (越城年鉴(2022), p. 30: ``序号 指标名称 2020 年目标值 2020 年预计值 完成情况`` / ``1 全区生产总值(亿元) 1000 1008.5 完成``).

    Only under a header line every cell of which is a column header of ``data/headers.yaml`` (a number, a name, a unit,
    an attribute, a department, a target or a reported value), with a name column and a target or reported one: prose
    is never read as a table. A row is a line opening with its row number when the header has a number column (else a
    line of at least as many cells as the header); cells beyond the header's count belong to the name when they hold
    no figure (a name the text layer spaced, ``R&D 经费``): the cells before the name are taken from the left, those
    after it from the right. A row of fewer cells (``4 固``, cut short by the copy) or of more with a figure among them
    is kept as written, and the table reading lists it as a row it cannot place, never guessing which cell is which.
    The table ends at the first line that is no row."""
    from .tables import classify  # the header words are the tables' own

    header = _header_cells(lines[start])
    if not 3 <= len(header) <= _WIDEST_HEADER:
        return None
    roles: list[str] = []
    for cell in header:  # every line of a text is tried: the first cell that is no header ends the try
        role = classify(cell).role
        if role is None:
            return None
        roles.append(role)
    if roles.count("name") != 1 or not {"target", "reported"} & set(roles):
        return None
    width, name_at = len(header), roles.index("name")
    number_at = roles.index("number") if "number" in roles else None
    place = Place(name, line=start + 1, table=number, row=1)
    rows: list[tuple[Cell, ...]] = [tuple(Cell(text, _at(place, column)) for column, text in enumerate(header, start=1))]
    index = start + 1
    while index < len(lines):
        parts = lines[index].split()
        if not (len(parts) > number_at and parts[number_at].isdigit() if number_at is not None
                else len(parts) >= width):
            break
        after = width - name_at - 1
        texts = parts
        if len(parts) > width and not any(_FIGURE.search(part) for part in parts[name_at + 1:len(parts) - after]):
            texts = [*parts[:name_at], " ".join(parts[name_at:len(parts) - after]), *parts[len(parts) - after:]]
        elif len(parts) > width:  # a figure among the extra cells: which is the name's, which a value's, is unknown;
            texts = [*parts[:name_at], " ".join(parts[name_at:])]  # kept short, so the row is listed as unplaced
        place = Place(name, line=index + 1, table=number, row=len(rows) + 1)
        rows.append(tuple(Cell(text, _at(place, column)) for column, text in enumerate(texts, start=1)))
        index += 1
    if len(rows) < 2:
        return None
    return Table(tuple(rows), Place(name, line=start + 1, table=number)), index


def _at(place: Place, column: int) -> Place:
    return Place(place.file, place.line, place.page, place.table, place.row, column, place.sheet)


# --------------------------------------------------------------------------- HTML

_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article", "blockquote", "tr", "title", "pre"}
_SKIP = {"script", "style", "noscript", "template", "head"}


class _Html(HTMLParser):
    def __init__(self, name: str) -> None:
        super().__init__(convert_charrefs=True)
        self.name = name
        self.paragraphs: list[Paragraph] = []
        self.tables: list[Table] = []
        self._text: list[str] = []
        self._line = 1
        self._skip = 0
        self._stack: list[dict[str, Any]] = []  # open tables
        self._cells = 0  # in the tables read so far

    # paragraphs ---------------------------------------------------------
    def _flush(self) -> None:
        text = re.sub(r"[ \t\r\f\v]+", " ", "".join(self._text)).strip()
        self._text = []
        if not text:
            return
        if self._stack and self._stack[-1].get("cell") is not None:
            self._stack[-1]["cell"].append(text)
            return
        for offset, part in enumerate(text.split("\n")):
            if part.strip():
                self.paragraphs.append(Paragraph(part.strip(), Place(self.name, line=self._line + offset)))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
            return
        if self._skip:
            return
        if tag == "br":
            self._text.append("\n")
            return
        if tag == "table":
            self._flush()
            self._stack.append({"rows": [], "row": None, "cell": None, "line": self.getpos()[0], "pending": {}})
            return
        if self._stack and tag == "tr":
            self._end_row()
            self._stack[-1]["row"] = []
            return
        if self._stack and tag in ("td", "th"):
            self._end_cell()
            values = dict(attrs)
            table = self._stack[-1]
            if table["row"] is None:
                table["row"] = []
            table["cell"] = []
            table["attrs"] = (_int(values.get("colspan"), "colspan"), _int(values.get("rowspan"), "rowspan"),
                              self.getpos()[0])
            return
        if tag in _BLOCKS:
            self._flush()
            self._line = self.getpos()[0]

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return
        if self._stack and tag in ("td", "th"):
            self._end_cell()
        elif self._stack and tag == "tr":
            self._end_row()
        elif self._stack and tag == "table":
            self._end_row()
            table = self._stack.pop()
            number = len(self.tables) + 1
            rows = _grid(self.name, table["rows"], number, table["line"], self._cells)
            self._cells += sum(len(row) for row in rows)
            if rows:
                self.tables.append(Table(rows, Place(self.name, line=table["line"], table=number)))
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if not self._text and not (self._stack and self._stack[-1].get("cell") is not None):
            self._line = self.getpos()[0]
        self._text.append(data.replace("\n", " ") if not self._stack else data)

    def _end_cell(self) -> None:
        table = self._stack[-1]
        if table.get("cell") is None:
            return
        self._flush()
        parts = table["cell"]
        colspan, rowspan, line = table["attrs"]
        table["row"].append(("\n".join(parts), colspan, rowspan, line))
        table["cell"] = None

    def _end_row(self) -> None:
        table = self._stack[-1]
        self._end_cell()
        if table.get("row"):
            table["rows"].append(table["row"])
        table["row"] = None


#: the widest colspan and rowspan, as the HTML standard clamps them (a browser shows colspan="100000000" as 1000)
_MOST_SPAN = {"colspan": 1000, "rowspan": 65534}
#: the most cells the tables of one HTML document may hold, their spans counted (the seed's appendix: some 300; each
#: cell costs ~14 us): colspan="1000" rowspan="65534" over 100,000 short rows of a 1 MB file would be 100 million
MOST_CELLS = 200_000


def _int(value: str | None, attribute: str) -> int:
    try:
        return min(max(1, int(value or 1)), _MOST_SPAN[attribute])
    except ValueError:
        return 1


def _grid(name: str, rows: list[list[tuple[str, int, int, int]]], number: int, first_line: int,
          held: int) -> tuple[tuple[Cell, ...], ...]:
    """Rows of origin cells; a cell spanning rows leaves a ``continued`` empty cell below it. A document's tables of
    more than :data:`MOST_CELLS` (``held`` before this one) are refused (before: colspan="100000000" rowspan="3",
    300 bytes, hung the reader)."""
    pending: dict[int, int] = {}  # grid column -> rows still covered
    result: list[tuple[Cell, ...]] = []
    for row_number, row in enumerate(rows, start=1):
        held += len(row) + sum(1 for covered in pending.values() if covered > 0)
        if held > MOST_CELLS:
            raise InputError(f"table {number} takes the tables past {MOST_CELLS:,} cells with their spans (colspan, "
                             "rowspan)",
                             file=name, line=first_line, hint="give the table as a plan has it, or save it as CSV")
        cells: list[Cell] = []
        column = 0
        queue = list(row)

        def fill() -> None:
            nonlocal column
            while pending.get(column, 0) > 0:
                pending[column] -= 1
                place = Place(name, line=None, table=number, row=row_number, column=len(cells) + 1)
                cells.append(Cell("", place, continued=True))
                column += 1

        for text, colspan, rowspan, line in queue:
            fill()
            place = Place(name, line=line, table=number, row=row_number, column=len(cells) + 1)
            cells.append(Cell(text.strip(), place, span=colspan))
            if rowspan > 1:
                for offset in range(colspan):
                    pending[column + offset] = rowspan - 1
            column += colspan
        fill()
        result.append(tuple(cells))
    return tuple(result)


def read_html(name: str, text: str) -> Document:
    parser = _Html(name)
    parser.feed(text)
    parser.close()
    parser._flush()
    return Document(name, "html", tuple(parser.paragraphs), tuple(parser.tables))
