"""Office files (XLSX, DOCX) checked before a parser opens them: size, compression, DTDs.

An Office file is a ZIP of XML parts. Before openpyxl or python-docx reads one, :func:`check_ooxml`
refuses, with an :class:`~compliance.errors.InputError` naming the file and the part:

* a part that expands past :data:`MAX_PART` bytes, or parts that together pass :data:`MAX_TOTAL`
  (a shared-strings bomb: a few KB that inflate to gigabytes), or a part compressed more than
  :data:`MAX_RATIO` to one past a megabyte;
* more than :data:`MAX_PARTS` parts;
* a part holding a DTD (``<!DOCTYPE``, ``<!ENTITY``): Office never writes one, and entities are how
  XML expands a few bytes into many or reads local files.

A worksheet's declared size (``<dimension ref="A1:XFD1048576"/>``) is not trusted either: the
dataset reader asks openpyxl to measure the sheet from its cells. Nor are its merged ranges and a Word
table's spans, which openpyxl and python-docx expand cell by cell: :func:`check_ooxml` also refuses

* merged ranges (``<mergeCell ref="C1:XFD1048576"/>``, 4.9 KB: openpyxl made 17 billion cells) covering more than
  :data:`MAX_MERGED` cells in all;
* a Word table cell spanning more than :data:`MAX_SPAN` columns (``<w:gridSpan w:val="100000000"/>``: 29 s),
  or spans adding more than :data:`MAX_MERGED` cells in all.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..errors import InputError

#: the largest part once decompressed, in bytes
MAX_PART = 256_000_000
#: all parts together once decompressed, in bytes
MAX_TOTAL = 512_000_000
#: the highest compression ratio of a part larger than a megabyte
MAX_RATIO = 200
#: the most parts a file may have
MAX_PARTS = 10_000

_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ROOT = re.compile(rb"<[A-Za-z_]")
#: how much of a part's start is read for its prolog (comments may pad it)
_PROLOG = 1_000_000
#: the most cells a workbook's merged ranges, or a Word document's column spans, may cover in all (a plan's
#: tables merge a few dozen; openpyxl makes a cell of each: 1,000,000 took 22 s, 100,000 takes 2 s)
MAX_MERGED = 100_000
#: the most columns one Word table cell may span (Word's tables have at most 63 columns; HTML clamps colspan at 1000)
MAX_SPAN = 1000

_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=[\"']([A-Za-z]{1,3})(\d{1,7}):([A-Za-z]{1,3})(\d{1,7})[\"']")
_SPAN = re.compile(rb"<w:(gridSpan|gridBefore|gridAfter)\b[^>]*?\bw:val=[\"']\s*(\d{1,20})")
#: the bytes a match may straddle between two chunks of a part
_OVERLAP = 256


def check_ooxml(name: str | Path, raw: bytes | None = None) -> None:
    """Refuse an Office file that would expand without bound or carries a DTD (see the module)."""
    import io

    shown = str(name)
    hint = "open the file in its program and save it again, or save the table as CSV"
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw) if raw is not None else str(name))
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a ZIP at all: the reader says so in its own words
    with archive:
        parts = archive.infolist()
        if len(parts) > MAX_PARTS:
            raise InputError(f"holds {len(parts):,} parts, more than {MAX_PARTS:,}; refused", file=shown, hint=hint)
        total = 0
        for part in parts:
            total += part.file_size
            if part.file_size > MAX_PART or total > MAX_TOTAL:
                raise InputError(
                    f"part {part.filename} expands to {part.file_size:,} bytes ({total:,} in all), more than "
                    f"{MAX_PART:,} ({MAX_TOTAL:,} in all); refused", file=shown, hint=hint,
                )
            if part.file_size > 1_000_000 and part.file_size > MAX_RATIO * max(part.compress_size, 1):
                raise InputError(
                    f"part {part.filename} is compressed {part.file_size // max(part.compress_size, 1):,} to 1 "
                    f"(a zip bomb?); refused", file=shown, hint=hint,
                )
            if part.filename.endswith((".xml", ".rels", ".vml")):
                try:
                    with archive.open(part) as stream:
                        head = stream.read(_PROLOG)
                except (zipfile.BadZipFile, OSError, RuntimeError, ValueError) as exc:
                    raise InputError(f"part {part.filename} cannot be read ({type(exc).__name__})", file=shown,
                                     hint=hint) from None
                root = _ROOT.search(head)  # a DTD can only come before the root element
                if _DTD.search(head, 0, root.start() if root else len(head)):
                    raise InputError(f"part {part.filename} holds a DTD (<!DOCTYPE or <!ENTITY), which Office never "
                                     "writes; refused", file=shown, hint=hint)
        _spans(archive, shown, hint)


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def _spans(archive: zipfile.ZipFile, shown: str, hint: str) -> None:
    """Refuse merged ranges and column spans that would make openpyxl or python-docx build millions of cells (see
    the module); each part read once more, a megabyte at a time."""
    merged = 0
    for part in archive.infolist():
        sheet = part.filename.startswith("xl/worksheets/") and part.filename.endswith(".xml")
        word = part.filename.startswith("word/") and part.filename.endswith(".xml")
        if not (sheet or word):
            continue
        with archive.open(part) as stream:
            buffer = b""
            while True:
                chunk = stream.read(_PROLOG)
                buffer += chunk
                end = len(buffer) if not chunk else max(0, len(buffer) - _OVERLAP)  # the rest waits for its end
                for found in (_MERGE if sheet else _SPAN).finditer(buffer, 0, len(buffer)):
                    if found.start() >= end:
                        break
                    if sheet:
                        first, last = found.group(1, 2), found.group(3, 4)
                        cells = (abs(int(last[1]) - int(first[1])) + 1) * (abs(_column(last[0]) - _column(first[0])) + 1)
                        what = f"merges {b''.join(first).decode()}:{b''.join(last).decode()}"
                    else:
                        cells = int(found.group(2))
                        if cells > MAX_SPAN:
                            raise InputError(f"part {part.filename}: a table cell's {found.group(1).decode()} is "
                                             f"{cells:,} columns, more than {MAX_SPAN:,}; refused", file=shown,
                                             hint=hint)
                        what = "spans table columns"
                    merged += cells
                    if merged > MAX_MERGED:
                        raise InputError(f"part {part.filename} {what}: {merged:,} merged cells, more than "
                                         f"{MAX_MERGED:,}; refused", file=shown, hint=hint)
                if not chunk:
                    break
                buffer = buffer[end:]


def merged_ranges(name: str | Path, part: str) -> list[tuple[str, int, int, int, int]]:
    """The merged ranges of one worksheet part (``xl/worksheets/sheet1.xml``) of a workbook :func:`check_ooxml` has
    passed: (ref, first row, first column, last row, last column), 1-based; [] where the part is not there."""
    with zipfile.ZipFile(name) as archive:
        try:
            raw = archive.read(part.lstrip("/"))
        except KeyError:
            return []
    found = []
    for match in _MERGE.finditer(raw):
        first, last = match.group(1, 2), match.group(3, 4)
        ref = f"{b''.join(first).decode()}:{b''.join(last).decode()}".upper()
        found.append((ref, int(first[1]), _column(first[0]), int(last[1]), _column(last[0])))
    return found

