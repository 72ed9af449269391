"""Large table files read in chunks of bounded size, each chunk a pandas DataFrame to judge.

Which files can be read chunk by chunk, and how a file of each format is opened (a CSV's
separator, compression and header line; a Parquet file's schema), is the input-format registry's
(:mod:`compliance.plans.formats`), as for ``compliance check --stream``.
"""

from __future__ import annotations

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
    numbers; an empty cell is missing, a blank line of a CSV file no row.
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
            compression="gzip" if reader.compressed else None,
        ) as rows:
            yield from rows
        return
    for frame, _ in reader.chunks(chunksize, columns=wanted, text=False):
        yield frame
