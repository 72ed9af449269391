"""What every reader makes of a document: paragraphs and tables, each piece knowing where it is.

A reader (:mod:`.readers`, :mod:`.office`) turns a file into a :class:`Document`; everything after
works on this model only, so a new input format is one reader. Positions are 1-based: the line of a
text file, the page of a PDF, the paragraph of a DOCX, the row and column of a spreadsheet.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True, slots=True)
class Place:
    """Where a piece of a document is: ``file:line`` (text), ``file:p3`` (PDF page), with a cell."""

    file: str
    line: int | None = None  #: 1-based line (text, HTML, Markdown) or paragraph number (DOCX)
    page: int | None = None  #: 1-based page (PDF)
    table: int | None = None  #: 1-based table number in the document
    row: int | None = None  #: 1-based row of the table
    column: int | None = None  #: 1-based column (cell) of the row
    sheet: str | None = None  #: the sheet of a workbook

    def __str__(self) -> str:
        parts = [self.file]
        if self.sheet is not None:
            parts.append(self.sheet)
        if self.page is not None:
            parts.append(f"p{self.page}")
        if self.line is not None:
            parts.append(str(self.line))
        if self.table is not None:
            cell = f"table{self.table}"
            if self.row is not None:
                cell += f" row{self.row}"
            if self.column is not None:
                cell += f" col{self.column}"
            parts.append(cell)
        return ":".join(parts)

    def to_dict(self) -> dict[str, object]:
        return {key: getattr(self, key) for key in self.__slots__ if getattr(self, key) is not None}


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    place: Place
    #: where each line after the first begins in ``text``, for a paragraph a hard-wrapped copy's lines were joined into
    breaks: tuple[int, ...] = ()

    def at(self, offset: int) -> Place:
        """The place of the character at ``offset``: the line it was on before the lines were joined."""
        if offset < 0 or not self.breaks or self.place.line is None:
            return self.place
        lines = sum(1 for start in self.breaks if start <= offset)
        return replace(self.place, line=self.place.line + lines) if lines else self.place


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell as printed: its text keeps the line breaks of the cell (``达到市级\\n要求``).

    Rows hold each cell once, where it starts; a cell spanning rows leaves an empty cell in the rows
    below (``continued``), one spanning columns keeps ``span`` > 1.
    """

    text: str
    place: Place
    span: int = 1
    continued: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    rows: tuple[tuple[Cell, ...], ...]
    place: Place


@dataclass(frozen=True)
class Document:
    """A document read: its paragraphs (outside tables) and tables, in order."""

    file: str
    kind: str  #: ``text``, ``markdown``, ``html``, ``docx``, ``pdf``, ``xlsx``
    paragraphs: tuple[Paragraph, ...] = ()
    tables: tuple[Table, ...] = ()
    pages: int | None = None
    notes: tuple[str, ...] = field(default=())  #: what the reader skipped or doubted

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)
