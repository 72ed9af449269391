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
dataset reader asks openpyxl to measure the sheet from its cells.
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
