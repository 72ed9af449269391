"""A PDF's compressed streams measured before pdfplumber opens it: no deflate bomb.

pdfminer inflates a ``/FlateDecode`` stream whole, however large: a 292 KB PDF whose one content stream inflates to
300 MB took 13 s and 640 MB of memory to read; 3 MB would inflate to 3 GB. :func:`check_pdf` inflates each Flate
stream a megabyte at a time, keeping nothing, and refuses with an :class:`~compliance.errors.InputError` naming the
file and the stream's byte offset a stream that expands past :data:`~compliance.files.ooxml.MAX_PART` bytes, streams
that together pass :data:`~compliance.files.ooxml.MAX_TOTAL`, or a stream compressed more than
:data:`~compliance.files.ooxml.MAX_RATIO` to one past a megabyte: the limits of an Office file's parts.
"""

from __future__ import annotations

import re
import zlib

from ..errors import InputError
from .ooxml import MAX_PART, MAX_RATIO, MAX_TOTAL

_STREAM = re.compile(rb"stream\r?\n")
_END = b"endstream"
#: how far back from ``stream`` its dictionary is looked for (a dictionary's filters are written before it)
_DICTIONARY = 4096
_CHUNK = 1 << 20


def check_pdf(name: str, raw: bytes) -> None:
    """Refuse a PDF whose Flate streams would inflate without bound (see the module)."""
    hint = "give the plan as text, HTML or DOCX, or a PDF as its publisher printed it"
    total = 0
    at = 0
    while True:
        found = _STREAM.search(raw, at)
        if found is None:
            return
        begin = found.end()
        end = raw.find(_END, begin)
        if end < 0:
            return  # no end: pdfminer says what it makes of it
        at = end + len(_END)
        head = raw[max(0, found.start() - _DICTIONARY) : found.start()]
        opened = head.rfind(b"<<")
        if opened < 0 or b"/FlateDecode" not in head[opened:] and b"/Fl " not in head[opened:]:
            continue
        size = _inflated(raw, begin, end)
        total += size
        compressed = max(end - begin, 1)
        if size > 1_000_000 and size > MAX_RATIO * compressed:
            why = f"more than {MAX_RATIO} to 1"
        elif size > MAX_PART or total > MAX_TOTAL:
            why = f"more than {MAX_PART:,} bytes a stream, {MAX_TOTAL:,} in all"
        else:
            continue
        raise InputError(f"the stream at byte {begin:,} inflates {compressed:,} bytes to {size:,} or more ({why}): a "
                         "deflate bomb; refused", file=name, hint=hint)


def _inflated(raw: bytes, begin: int, end: int) -> int:
    """The bytes ``raw[begin:end]`` inflate to, counted a megabyte at a time up to just past the limits (a damaged
    stream: what inflated before the damage)."""
    inflater = zlib.decompressobj()
    data = raw[begin:end]
    size = 0
    compressed = max(end - begin, 1)
    try:
        while data:
            size += len(inflater.decompress(data, _CHUNK))
            data = inflater.unconsumed_tail
            if size > MAX_PART or (size > 1_000_000 and size > MAX_RATIO * compressed):
                break
    except zlib.error:
        pass
    return size
