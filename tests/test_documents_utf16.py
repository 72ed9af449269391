"""A text document saved as UTF-16 with its byte-order mark (Windows Notepad's "Unicode") is read as its UTF-8 twin is,
as a dataset is (A5 noticed it refused as binary this stop). NULs without the mark are still a binary file."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.documents.readers import read_document
from compliance.errors import InputError

SEED = Path(__file__).resolve().parent / "documents" / "haidian-2022.txt"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_document_reads_as_its_utf8_twin(tmp_path, encoding):
    text = SEED.read_text(encoding="utf-8")
    twin = tmp_path / "twin.txt"
    mark = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding]
    twin.write_bytes(mark + text.encode(encoding))
    assert [p.text for p in read_document(twin).paragraphs] == [p.text for p in read_document(SEED).paragraphs]


@pytest.mark.parametrize("raw", [b"\x00\x01binary", b"abc\x00def", b"\xff\xfe\x00\xd8"])  # the last: a lone surrogate
def test_nul_bytes_without_a_mark_or_no_utf16_after_it_are_refused(tmp_path, raw):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(raw)
    with pytest.raises(InputError) as caught:
        read_document(bad)
    assert "bad.txt" in str(caught.value)
