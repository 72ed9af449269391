"""Column operations on numpy and pyarrow arrays, for the streamed path without pandas.

The streamed path (:mod:`compliance.scale.stream`) holds a batch as a pyarrow Table (text columns as arrow
strings, numbers as numpy-compatible integer columns) and needs a few operations pandas used to give it.
Each keeps pandas' contract, so code moved off pandas keeps its results (and the tests compare with pandas):

* :func:`factorize` is ``pandas.factorize``: codes in order of first appearance, a missing value (None,
  NaN, null) coded -1 (or, with ``na_sentinel=False``, a value of its own at its first appearance);
* :func:`indexer` is ``pandas.Index(keys).get_indexer(query)`` for distinct keys: each query's position
  in ``keys``, -1 where absent;
* :func:`table_of` and :func:`frame_of` turn a DataFrame into a Table and back, for the library's callers
  that ask for DataFrames (pandas is imported only then).

Both hash with arrow (in C, one pass, no sort), as pandas' hash table does.
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["factorize", "frame_of", "indexer", "table_of"]


def _arrow(values: Any) -> Any:
    """``values`` as one pyarrow Array (NaN of a float array as null, as pandas counts it missing)."""
    import pyarrow as pa

    if isinstance(values, pa.ChunkedArray):
        return values.combine_chunks() if values.num_chunks != 1 else values.chunk(0)
    if isinstance(values, pa.Array):
        return values
    array = np.asarray(values)
    if array.dtype.kind == "f":
        return pa.array(array, from_pandas=True)  # NaN -> null
    if array.dtype.kind in "iub":
        return pa.array(array)
    return None  # Python objects: hashed by Python (mixed types arrow cannot hold)


def factorize(values: Any, *, na_sentinel: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """``(codes, uniques)`` as ``pandas.factorize(values, use_na_sentinel=na_sentinel)`` gives them.

    ``values``: a numpy array, a sequence, or a pyarrow (chunked) array. ``codes`` is an int64 numpy array;
    ``uniques`` a numpy array (object for text, with None for a missing value kept as its own with
    ``na_sentinel=False``).
    """
    array = _arrow(values)
    if array is None:
        return _factorize_objects(values, na_sentinel)
    import pyarrow.compute as pc

    coded = pc.dictionary_encode(array, null_encoding="mask" if na_sentinel else "encode")
    codes = np.asarray(pc.fill_null(coded.indices, -1).to_numpy(zero_copy_only=False), dtype=np.int64)
    uniques = coded.dictionary.to_numpy(zero_copy_only=False)
    if not na_sentinel and coded.dictionary.null_count and uniques.dtype.kind == "f":
        uniques = uniques.astype(np.float64)  # the null as NaN, as pandas keeps it
    return codes, uniques


def _factorize_objects(values: Any, na_sentinel: bool) -> tuple[np.ndarray, np.ndarray]:
    index: dict[Any, int] = {}
    codes = np.empty(len(values), dtype=np.int64)
    missing = -1
    for i, value in enumerate(values):
        if value is None or (isinstance(value, float) and value != value):
            if na_sentinel:
                codes[i] = -1
                continue
            if missing < 0:
                missing = index.setdefault(_MISSING, len(index))
            codes[i] = missing
            continue
        codes[i] = index.setdefault(value, len(index))
    uniques = np.empty(len(index), dtype=object)
    for value, code in index.items():
        uniques[code] = None if value is _MISSING else value
    return codes, uniques


_MISSING = object()  #: the key of a missing value kept as its own (na_sentinel=False)


def indexer(keys: Any, query: Any) -> np.ndarray:
    """Each value of ``query``'s position in ``keys`` (distinct), -1 where absent: ``Index.get_indexer``."""
    import pyarrow.compute as pc

    key, asked = _arrow(keys), _arrow(query)
    if key is None or asked is None:
        where = {value: position for position, value in enumerate(keys)}
        return np.fromiter((where.get(value, -1) for value in query), dtype=np.int64, count=len(query))
    found = pc.index_in(asked, value_set=key)
    return np.asarray(pc.fill_null(found, -1).to_numpy(zero_copy_only=False), dtype=np.int64)


def table_of(frame: Any) -> Any:
    """A batch as a pyarrow Table: itself when it is one, else the DataFrame's columns (no index)."""
    import pyarrow as pa

    if isinstance(frame, pa.Table):
        return frame
    return pa.Table.from_pandas(frame, preserve_index=False)


def frame_of(table: Any) -> Any:
    """A batch as a pandas DataFrame: itself when it is not a Table, else the Table's columns."""
    import pyarrow as pa

    if not isinstance(table, pa.Table):
        return table
    return table.to_pandas()
