"""Large table files read in chunks of bounded size, each chunk a pandas DataFrame to judge.

Which files can be read chunk by chunk, and how a file of each format is opened (a CSV's
separator, compression and header line; a Parquet file's schema), is the input-format registry's
(:mod:`compliance.plans.formats`), as for ``compliance check --stream``.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator, Sequence
from typing import Any

from ..errors import InputError
from ..plans.chunks import CsvChunks
from ..plans.formats import format_of, suffixes

__all__ = ["iter_table_chunks"]


def iter_table_chunks(path: str, chunksize: int = 100_000, columns: Sequence[str] | None = None) -> Iterator[Any]:
    """Read a CSV/TSV (gzipped too) or Parquet file as pandas DataFrames of at most ``chunksize`` rows.

    Each chunk can be judged with :func:`compliance.evaluate_table`; the parse caches carry over
    between chunks. Text columns are read as text (``"6以上"``, ``"8-9"``, ``"-"``), numeric ones as
    numbers; an empty cell is missing, a blank line of a CSV file no row. A row with more fields than the header is
    an :class:`~compliance.errors.InputError` naming its line (an empty last field, a trailing separator, is dropped).
    """
    found = format_of(path)
    if found is None or found.chunks is None:
        hint = f"give a file ending in {', '.join(suffixes(chunked=True))}"
        raise InputError("unsupported table format", file=str(path), hint=hint)
    reader = found.chunks(str(path))  # checks the file and reads its header
    wanted = list(columns) if columns is not None else None
    if isinstance(reader, CsvChunks):
        # read here rather than by reader.chunks(), which keeps blank lines as rows (to count lines by)
        import pandas as pd

        with pd.read_csv(
            path, chunksize=chunksize, usecols=wanted, sep=reader.delimiter, keep_default_na=False, na_values=[""],
            compression="gzip" if reader.compressed else None, index_col=False,
        ) as rows:
            chunks = iter(rows)
            while True:
                with warnings.catch_warnings():  # only around the reading: the caller's code between chunks is its own
                    warnings.simplefilter("error", pd.errors.ParserWarning)
                    try:
                        chunk = next(chunks)
                    except StopIteration:
                        return
                    except (pd.errors.ParserWarning, pd.errors.ParserError):
                        raise _wider(reader, str(path)) from None
                yield chunk
        return
    for frame, _ in reader.chunks(chunksize, columns=wanted, text=False):
        yield frame


def _wider(reader: CsvChunks, path: str) -> InputError:
    """The error for a row with more fields than the header. pandas read a first such row's first cell as an index and
    every other cell one column to the left (``target,reported`` over ``6以上,7,8``: a target of 7, a value of 8), a
    later one as a tokenizing error: the row is found and named (read again as check reads a file, on this error only)."""
    width = len(reader.titles)
    try:
        for line, cells in reader.records():
            if len(cells) > width:
                extra = next((cell for position, cell in cells if position > width and cell.strip()), "")
                return InputError(
                    f"the row has {len(cells)} fields, the header {width}" + (f" (the extra field holds {extra!r})"
                                                                              if extra else ""),
                    file=path, line=line, column=width + 1,
                    hint="remove the extra field or name its column in the header: no cell is moved to another column")
    except InputError as flaw:
        return flaw
    return InputError("a row has more fields than the header", file=path,
                      hint="remove the extra field or name its column in the header")

