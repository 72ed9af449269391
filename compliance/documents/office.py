"""DOCX, PDF and XLSX documents into the common model (optional extra: ``compliance[documents]``).

Each format's merged cells are reduced to the model's rows: a cell spanning columns appears once
(``span``), one spanning rows leaves a ``continued`` empty cell in the rows below, as a word processor
prints them when saving as text. Refused with a one-line reason: password-protected files (Office
files are then OLE containers; PDFs say so), PDFs without a text layer (scanned), unreadable files.
"""

from __future__ import annotations

import io
import re
from typing import Any

from ..errors import InputError
from .model import Cell, Document, Paragraph, Place, Table

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted .docx/.xlsx is an OLE container, like .doc/.xls


def read(name: str, kind: str, raw: bytes) -> Document:
    if kind in ("docx", "xlsx") and raw.startswith(_OLE):
        raise InputError("is password-protected (or an old .doc/.xls saved under a new name)", file=name,
                         hint=f"open it, remove the password and save it as .{kind}")
    if kind in ("docx", "xlsx"):
        from ..files.ooxml import check_ooxml

        check_ooxml(name, raw)  # no zip bomb, no DTD (issue 12)
    if kind == "docx":
        return _docx(name, raw)
    if kind == "pdf":
        from ..files.pdf import check_pdf

        check_pdf(name, raw)  # no deflate bomb
        return _pdf(name, raw)
    return _xlsx(name, raw)


def _need(module: str, name: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise InputError(f"reading this document needs {module.split('.')[0]}", file=name,
                         hint="pip install 'compliance[documents]'") from None


# --------------------------------------------------------------------------- DOCX


def _docx(name: str, raw: bytes) -> Document:
    docx = _need("docx", name)
    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:  # python-docx raises several kinds for a damaged package
        raise InputError(f"not a readable .docx document ({type(exc).__name__})", file=name,
                         hint="open it and save it again as .docx") from None
    from docx.table import Table as DocxTable

    paragraphs: list[Paragraph] = []
    tables: list[Table] = []
    number = 0
    for element in _docx_blocks(document.element.body):
        if element.tag == _W + "tbl":
            tables.append(_docx_table(name, DocxTable(element, document._body), len(tables) + 1, number))
            continue
        number += 1
        for offset, line in enumerate(_docx_text(element).split("\n")):
            if line.strip():
                paragraphs.append(Paragraph(line.strip(), Place(name, line=number + offset if offset else number)))
    return Document(name, "docx", tuple(paragraphs), tuple(tables))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: what holds no text a reader sees: a tracked deletion (and a move's old place), properties, an alternative's fallback
_UNSEEN = frozenset(_W + tag for tag in ("del", "moveFrom", "pPr", "rPr", "sdtPr", "sdtEndPr")) | {
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}
#: what wraps paragraphs and tables in a document's body (a content control, custom XML)
_BLOCK_WRAPPERS = frozenset({_W + "sdt", _W + "sdtContent", _W + "customXml"})


def _docx_blocks(parent: Any) -> Any:
    """The body's paragraphs and tables in order, also those inside a content control (``w:sdt``) or custom XML,
    which python-docx's ``iter_inner_content`` passes over."""
    for child in parent:
        if child.tag in (_W + "p", _W + "tbl"):
            yield child
        elif child.tag in _BLOCK_WRAPPERS:
            yield from _docx_blocks(child)


def _docx_text(p: Any) -> str:
    """A paragraph's text as Word shows it. python-docx's ``paragraph.text`` reads only the runs right under the
    paragraph (and links): a tracked insertion (``w:ins``), a smart tag (``w:smartTag``: Chinese Word wraps a figure
    with its unit, ``chmetcnv``), a content control, a field, custom XML were dropped, so ``增长5<ins>.5</ins>%`` read
    ``增长5%`` (python-docx issues 1123, 328, 825). Every run is read but those of a tracked deletion."""
    from docx.oxml.text.run import CT_R

    parts: list[str] = []

    def walk(node: Any) -> None:
        for child in node:
            if isinstance(child, CT_R):
                parts.append(child.text)
            elif child.tag not in _UNSEEN and child.tag != _W + "p":
                walk(child)

    walk(p)
    return "".join(parts)


def _docx_table(name: str, table: Any, number: int, after: int) -> Table:
    from docx.table import _Cell

    rows: list[tuple[Cell, ...]] = []
    above: list[Any] = []
    offsets: dict[int, Any] = {}
    for row_number, row in enumerate(table.rows, start=1):
        grid, offsets = _docx_grid(row._tr, offsets)
        cells: list[Cell] = []
        previous = None
        for position, element in enumerate(grid):  # the cell's XML element: merged cells share it
            if previous is not None and element is previous:
                continue  # a cell spanning columns, already taken
            previous = element
            place = Place(name, line=after, table=number, row=row_number, column=len(cells) + 1)
            if position < len(above) and above[position] is element:
                cells.append(Cell("", place, continued=True))
                continue
            text = "\n".join(_docx_text(p._p) for p in _Cell(element, table).paragraphs).strip()
            cells.append(Cell(text, place, span=element.grid_span))
        above = grid
        rows.append(tuple(cells))
    return Table(tuple(rows), Place(name, line=after, table=number))


def _docx_grid(tr: Any, before: dict[int, Any]) -> tuple[list[Any], dict[int, Any]]:
    """A row's cells as python-docx's ``row.cells`` lists them (a cell spanning columns once a column; one merged down
    from above as the cell it continues), and the cell at each grid offset, for the next row. python-docx walks a
    vertical merge up from each of its cells, the row above found by a search: a 400-row merged column took 11 s, 1,500
    rows over a minute; this takes the row above's offsets."""
    grid: list[Any] = []
    offsets: dict[int, Any] = {}
    offset = tr.grid_before
    for tc in tr.tc_lst:
        root = before.get(offset, tc) if tc.vMerge == "continue" else tc
        offsets[offset] = root
        grid.extend([root] * root.grid_span)
        offset += tc.grid_span
    return grid, offsets


# --------------------------------------------------------------------------- PDF


def _pdf(name: str, raw: bytes) -> Document:
    pdfplumber = _need("pdfplumber", name)
    if re.search(rb"/Encrypt\b", raw[-4096:] + raw[:4096]) or b"/Encrypt" in raw:
        try:
            pdfplumber.open(io.BytesIO(raw)).close()
        except Exception:
            raise InputError("is password-protected", file=name, hint="give the PDF without a password") from None
    try:
        pdf = pdfplumber.open(io.BytesIO(raw))
    except Exception as exc:
        raise InputError(f"not a readable PDF ({type(exc).__name__})", file=name, hint="check the file") from None
    paragraphs: list[Paragraph] = []
    tables: list[Table] = []
    try:
        for page_number, page in enumerate(pdf.pages, start=1):
            found = page.find_tables()
            boxes = [t.bbox for t in found]
            for table in found:
                tables.append(_pdf_table(name, page, table, page_number, len(tables) + 1))
            paragraphs += _pdf_paragraphs(name, page, page_number, boxes)
        pages = len(pdf.pages)
    except Exception as exc:
        if "password" in str(exc).lower() or "encrypt" in type(exc).__name__.lower():
            raise InputError("is password-protected", file=name, hint="give the PDF without a password") from None
        raise InputError(f"not a readable PDF ({type(exc).__name__})", file=name, hint="check the file") from None
    finally:
        pdf.close()
    if not paragraphs and not any(c.text for t in tables for r in t.rows for c in r):
        raise InputError("has no text layer (a scanned PDF?)", file=name, hint="run OCR on it first, or give the text")
    return Document(name, "pdf", tuple(paragraphs), tuple(tables), pages=pages)


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _pdf_paragraphs(name: str, page: Any, number: int, boxes: list[Any]) -> list[Paragraph]:
    """Lines outside tables; a line that runs to the right margin continues on the next one."""
    outside = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes))
    lines = [line for line in outside.extract_text_lines() if line["text"].strip()]
    if not lines:
        return []
    right = max(line["x1"] for line in lines)
    found: list[Paragraph] = []
    text = ""
    start = 0
    for index, line in enumerate(lines, start=1):
        if not text:
            start = index
        text += line["text"].strip()
        if line["x1"] < right - 2 * _char_width(line) or re.search(r"[。：:；]$", text):
            found.append(Paragraph(text, Place(name, line=start, page=number)))
            text = ""
    if text:
        found.append(Paragraph(text, Place(name, line=start, page=number)))
    return found


def _char_width(line: dict[str, Any]) -> float:
    chars = line.get("chars") or []
    return max((c["x1"] - c["x0"] for c in chars), default=10.0)


def _pdf_table(name: str, page: Any, table: Any, page_number: int, number: int) -> Table:
    """Rows of origin cells: a missing cell under one that reaches down is ``continued``; one beside a
    cell is part of that cell's ``span``."""
    texts = table.extract()
    rows: list[tuple[Cell, ...]] = []
    reach: dict[int, float] = {}  # column -> bottom of the last cell that started in it
    for row_number, (row, words) in enumerate(zip(table.rows, texts), start=1):
        top = min((box[1] for box in row.cells if box is not None), default=0.0)
        cells: list[Cell] = []
        for column, (box, text) in enumerate(zip(row.cells, words)):
            place = Place(name, page=page_number, table=number, row=row_number, column=len(cells) + 1)
            if box is None:
                if reach.get(column, 0.0) > top + 1:
                    cells.append(Cell("", place, continued=True))
                elif cells:
                    last = cells[-1]
                    cells[-1] = Cell(last.text, last.place, span=last.span + 1, continued=last.continued)
                continue
            reach[column] = box[3]
            cells.append(Cell((text or "").strip(), place))
        rows.append(tuple(cells))
    return Table(tuple(rows), Place(name, page=page_number, table=number))


# --------------------------------------------------------------------------- XLSX


def _xlsx(name: str, raw: bytes) -> Document:
    openpyxl = _need("openpyxl", name)
    from ..plans.datasets import number_text

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(raw), data_only=True)
    except Exception as exc:
        raise InputError(f"not a readable .xlsx workbook ({type(exc).__name__})", file=name,
                         hint="open it and save it again as .xlsx") from None
    tables: list[Table] = []
    for sheet in workbook.worksheets:
        merged: dict[tuple[int, int], tuple[int, int, int, int]] = {}
        bounds: tuple[int, int, int, int] | None
        for cell_range in sheet.merged_cells.ranges:
            found = (cell_range.min_row, cell_range.min_col, cell_range.max_row, cell_range.max_col)
            for r in range(cell_range.min_row, cell_range.max_row + 1):
                for c in range(cell_range.min_col, cell_range.max_col + 1):
                    merged[(r, c)] = found
        rows: list[tuple[Cell, ...]] = []
        for row in sheet.iter_rows():
            cells: list[Cell] = []
            for cell in row:
                bounds = merged.get((cell.row, cell.column))
                place = Place(name, line=cell.row, table=len(tables) + 1, row=cell.row, column=cell.column,
                              sheet=sheet.title)
                if bounds is not None and (cell.row, cell.column) != bounds[:2]:
                    if cell.column == bounds[1] and cell.row > bounds[0]:
                        cells.append(Cell("", place, continued=True))
                    continue
                span = bounds[3] - bounds[1] + 1 if bounds is not None else 1
                cells.append(Cell(_xlsx_text(cell, number_text), place, span=span))
            while cells and not cells[-1].text and not cells[-1].continued:
                cells.pop()
            if any(c.text for c in cells):
                rows.append(tuple(cells))
        if rows:
            tables.append(Table(tuple(rows), Place(name, table=len(tables) + 1, sheet=sheet.title)))
    workbook.close()
    return Document(name, "xlsx", (), tuple(tables))


def _xlsx_text(cell: Any, number_text: Any) -> str:
    from decimal import Decimal

    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float, Decimal)):  # with its format's words: 7 in 0"万人" is 7万人 (plans/readers.py)
        from ..plans.readers import formatted

        return formatted(number_text(value), cell.number_format)
    return str(value).strip()
