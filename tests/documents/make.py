"""Write a document read from text as DOCX and PDF, as a word processor would: for the format tests.

The text's tables become real tables: a row with fewer cells than the widest row has its name cell
span two columns (the seed's appendix: 指标 over name and sub-label), a row of one cell spans all, and
a sub-row's empty number, name, attribute and department cells are merged with the row above.
"""

from __future__ import annotations

from pathlib import Path

from compliance.documents.model import Document, Table


def _layout(table: Table) -> tuple[int, list[list[tuple[str, int, bool]]]]:
    """(grid width, rows of (text, column span, merged with the cell above))."""
    width = max(len(row) for row in table.rows)
    laid: list[list[tuple[str, int, bool]]] = []
    for row in table.rows:
        texts = [cell.text for cell in row]
        if len(texts) == 1:
            laid.append([(texts[0], width, False)])
        elif len(texts) == width:
            continued = len(laid) > 0 and not texts[0] and not texts[1]
            laid.append([(t, 1, continued and not t and i in (0, 1, width - 2, width - 1)) for i, t in enumerate(texts)])
        else:
            cells = [(t, 1, False) for t in texts]
            extra = width - len(texts)
            name = cells[1] if len(cells) > 1 else cells[0]
            at = 1 if len(cells) > 1 else 0
            cells[at] = (name[0], 1 + extra, False)
            laid.append(cells)
    return width, laid


def write_docx(document: Document, path: Path) -> Path:
    import docx

    out = docx.Document()
    blocks = sorted(
        [(p.place.line or 0, "p", p) for p in document.paragraphs] + [(t.place.line or 0, "t", t) for t in document.tables],
        key=lambda item: item[0],
    )
    for _, kind, block in blocks:
        if kind == "p":
            out.add_paragraph(block.text)
            continue
        width, rows = _layout(block)
        table = out.add_table(rows=len(rows), cols=width)
        for r, row in enumerate(rows):
            column = 0
            for text, span, merged in row:
                cell = table.cell(r, column)
                if span > 1:
                    cell = cell.merge(table.cell(r, column + span - 1))
                if merged:
                    table.cell(r - 1, column).merge(cell)
                else:
                    cell.text = text
                column += span
    out.save(str(path))
    return path


def write_pdf(document: Document, path: Path) -> Path:
    """A PDF with a real text layer (reportlab's built-in Chinese font, nothing to install)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus import Table as PdfTable
    from reportlab.platypus import TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("zh", fontName="STSong-Light", fontSize=9, leading=12, wordWrap="CJK")
    small = ParagraphStyle("cell", fontName="STSong-Light", fontSize=6, leading=7, wordWrap="CJK")
    story: list[object] = []
    blocks = sorted(
        [(p.place.line or 0, "p", p) for p in document.paragraphs] + [(t.place.line or 0, "t", t) for t in document.tables],
        key=lambda item: item[0],
    )
    for _, kind, block in blocks:
        if kind == "p":
            story.append(Paragraph(block.text.replace("<", "&lt;").replace(">", "&gt;"), style))
            continue
        width, rows = _layout(block)
        data = [[""] * width for _ in rows]
        commands = [("FONTNAME", (0, 0), (-1, -1), "STSong-Light"), ("FONTSIZE", (0, 0), (-1, -1), 6),
                    ("LEADING", (0, 0), (-1, -1), 7), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP")]
        for r, row in enumerate(rows):
            column = 0
            for text, span, merged in row:
                if merged:
                    commands.append(("SPAN", (column, r - 1), (column, r)))
                else:
                    data[r][column] = text
                if span > 1:
                    commands.append(("SPAN", (column, r), (column + span - 1, r)))
                column += span
        widths = [20.0] * width
        for row in rows:
            column = 0
            for text, span, _ in row:
                longest = max((len(line) for line in text.split("\n")), default=1)
                need = min(6.5 * longest + 6, 260.0)
                if span == 1:
                    widths[column] = max(widths[column], need)
                elif span < width:
                    have = sum(widths[column:column + span])
                    widths[column + span - 1] += max(0.0, need - have)
                column += span
        for r, row in enumerate(data):
            for c, text in enumerate(row):
                if max((len(line) for line in text.split("\n")), default=0) * 6.5 + 6 > 260:
                    data[r][c] = Paragraph(text.replace("\n", "<br/>"), small)  # type: ignore[call-overload]
        table = PdfTable(data, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(commands))
        story += [table, Spacer(1, 6)]
    SimpleDocTemplate(str(path), pagesize=landscape(A3), leftMargin=20, rightMargin=20).build(story)
    return path
