"""The input formats of datasets, in one registry: each names its suffixes and its readers.

A format can be read **whole** (``read``: :func:`compliance.plans.datasets.load_dataset` takes the
records of a table or the tree of a document from it) and/or **chunk by chunk** (``chunks``: the
streaming path, :mod:`compliance.scale.stream`, reads a long table in bounded memory). The command
line streams a format that has no whole reader, and a large file of one that has both.

A new input format is one reader (in :mod:`compliance.plans.readers` or
:mod:`compliance.plans.chunks`) plus one line in :data:`FORMATS`.

>>> format_of("panel.CSV.gz").name, format_of("data.yml").name, format_of("notes.txt") is None
('csv.gz', 'yaml', True)
>>> suffixes(chunked=True)
('.csv', '.tsv', '.csv.gz', '.tsv.gz', '.parquet', '.pq')
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any, Literal, NamedTuple

from . import chunks, readers

__all__ = ["FORMATS", "InputFormat", "format_of", "suffixes"]


class InputFormat(NamedTuple):
    """One input format: its suffixes and how it is read."""

    name: str
    suffixes: tuple[str, ...]  #: lower case, with the dot; ``.csv.gz`` counts as one suffix
    #: ``read(path, text)``: the whole file, as :data:`~compliance.plans.readers.Record` s
    #: (``shape="table"``) or a document tree (``"tree"``); ``text`` is the file's text when already read
    read: Callable[[str, str | None], Iterator[readers.Record] | Any] | None = None
    shape: Literal["table", "tree"] = "table"
    #: ``chunks(path)``: a reader of the file chunk by chunk (header read, bounded memory); a text
    #: format's also takes ``encoding=`` (forced; default: detected)
    chunks: Callable[..., chunks.TableChunks] | None = None
    #: cells have columns a person can find (a spreadsheet): rows keep their cell's column
    cells: bool = False
    #: the separator of a delimited text format (CSV, TSV): a quoted cell that swallows rows is found by it
    delimiter: str | None = None


#: every input format, in the order messages list them
FORMATS: tuple[InputFormat, ...] = (
    InputFormat("csv", (".csv",), read=readers.csv_records, chunks=chunks.CsvChunks, delimiter=","),
    InputFormat("tsv", (".tsv",), read=partial(readers.csv_records, delimiter="\t"),
                chunks=partial(chunks.CsvChunks, delimiter="\t"), delimiter="\t"),
    InputFormat("csv.gz", (".csv.gz",), chunks=partial(chunks.CsvChunks, compressed=True), delimiter=","),
    InputFormat("tsv.gz", (".tsv.gz",), chunks=partial(chunks.CsvChunks, delimiter="\t", compressed=True),
                delimiter="\t"),
    InputFormat("xlsx", (".xlsx", ".xlsm"), read=readers.xlsx_records, cells=True),
    InputFormat("yaml", (".yaml", ".yml"), read=readers.yaml_tree, shape="tree"),
    InputFormat("json", (".json",), read=readers.json_tree, shape="tree"),
    InputFormat("parquet", (".parquet", ".pq"), chunks=chunks.ParquetChunks),
)


def format_of(path: str | Path) -> InputFormat | None:
    """The format of a file by its name (the longest suffix that matches; case does not matter)."""
    name = str(path).lower()
    found = [(len(suffix), fmt) for fmt in FORMATS for suffix in fmt.suffixes if name.endswith(suffix)]
    return max(found, key=lambda item: item[0])[1] if found else None


def suffixes(*, whole: bool = False, chunked: bool = False) -> tuple[str, ...]:
    """The suffixes of the formats read whole (``whole=True``), chunk by chunk (``chunked=True``), or all."""
    return tuple(
        suffix for fmt in FORMATS
        if (not whole or fmt.read is not None) and (not chunked or fmt.chunks is not None)
        for suffix in fmt.suffixes
    )
