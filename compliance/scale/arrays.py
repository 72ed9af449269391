"""Column operations on numpy and pyarrow arrays, for the streamed path without pandas.

The streamed path (:mod:`compliance.scale.stream`) holds a batch as a pyarrow Table (text columns as arrow
strings, numbers as numpy-compatible integer columns) and needs a few operations pandas used to give it.
Each keeps pandas' contract, so code moved off pandas keeps its results (and the tests compare with pandas):

* :func:`factorize` is ``pandas.factorize``: codes in order of first appearance, a missing value (None,
  NaN, null) coded -1 (or, with ``na_sentinel=False``, a value of its own at its first appearance);
* :func:`indexer` is ``pandas.Index(keys).get_indexer(query)`` for distinct keys: each query's position
  in ``keys``, -1 where absent;
* :func:`one_chunk` and :func:`one_text` make a (chunked) column one array (and one of ``string``).

Both hash with arrow (in C, one pass, no sort), as pandas' hash table does.

pyarrow imports pandas (when installed) the first time a value crosses from Python or numpy into arrow or back:
``pa.array``, ``pa.scalar``, ``Array.to_numpy``, a compute function given a Python value (``pc.fill_null(a,
-1)``) each do (its pandas shim checks whether the object is a Series). Arrow-to-arrow operations do not
(``dictionary_encode``, ``take`` with an arrow index, ``index_in``, ``match_substring_regex``, ``to_pylist``).
So the crossings go through buffers here, and nothing of this module imports pandas:

* :func:`numpy_of` is ``to_numpy`` of a numeric or boolean (chunked) array: numpy over its buffers, a null
  as ``null`` (NaN by default, the array then float64);
* :func:`arrow_of` is ``pa.array`` of a numeric or boolean numpy array (``mask``: nulls), over its buffer;
* :func:`strings_of` is ``pa.array(texts, pa.string())`` of a list of ``str`` (``None``: null).

:func:`use_run_allocator` gives arrow's allocations of a whole run (the command line's streamed check) to jemalloc.
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["arrow_of", "factorize", "indexer", "numpy_of", "one_chunk", "one_text", "strings_of", "use_run_allocator"]


def numpy_of(values: Any, null: Any = None) -> np.ndarray:
    """A numeric or boolean pyarrow (chunked) array as numpy, as ``to_numpy(zero_copy_only=False)`` gives it but
    without importing pandas: a null as ``null``, or, by default, the array float64 with NaN for a null. Anything
    else (a pandas Series of a DataFrame batch, a list) is ``np.asarray``'s."""
    import pyarrow as pa

    if not isinstance(values, (pa.Array, pa.ChunkedArray)):
        return values.to_numpy() if hasattr(values, "to_numpy") else np.asarray(values)
    chunks = values.chunks if isinstance(values, pa.ChunkedArray) else [values]
    dtype = np.dtype(values.type.to_pandas_dtype())
    if values.null_count and null is None:
        dtype, null = np.dtype(np.float64), np.nan
    if not chunks:
        return np.empty(0, dtype=dtype)
    parts = []
    for chunk in chunks:
        n, offset = len(chunk), chunk.offset
        validity, data = chunk.buffers()[:2]
        if not n:
            parts.append(np.empty(0, dtype=dtype))
            continue
        if pa.types.is_boolean(chunk.type):
            found = np.unpackbits(np.frombuffer(data, np.uint8), bitorder="little")[offset:offset + n].astype(bool)
        else:
            found = np.frombuffer(data, np.dtype(chunk.type.to_pandas_dtype()), count=offset + n)[offset:]
        found = found.astype(dtype)  # a copy: the result owns its memory, writable
        if chunk.null_count:
            valid = np.unpackbits(np.frombuffer(validity, np.uint8), bitorder="little")[offset:offset + n]
            found[valid == 0] = null
        parts.append(found)
    return parts[0] if len(parts) == 1 else np.concatenate(parts)


_TYPES = {"i1": "int8", "i2": "int16", "i4": "int32", "i8": "int64", "u1": "uint8", "u2": "uint16", "u4": "uint32",
          "u8": "uint64", "f4": "float32", "f8": "float64", "b1": "bool_"}


def arrow_of(array: Any, mask: np.ndarray | None = None) -> Any:
    """A numeric or boolean numpy array as a pyarrow Array over its buffer (``pa.array`` without importing
    pandas); ``mask``: True where the value is null."""
    import pyarrow as pa

    array = np.ascontiguousarray(array)
    kind = getattr(pa, _TYPES[array.dtype.kind + str(array.dtype.itemsize)])()
    data = pa.py_buffer(np.packbits(array, bitorder="little") if array.dtype.kind == "b" else array)
    nulls = 0 if mask is None else int(np.count_nonzero(mask))
    validity = pa.py_buffer(np.packbits(~np.asarray(mask, dtype=bool), bitorder="little")) if nulls else None
    return pa.Array.from_buffers(kind, len(array), [validity, data], null_count=nulls)


def strings_of(texts: Any) -> Any:
    """A sequence of ``str`` (``None``: null) as a pyarrow string array, without importing pandas."""
    import pyarrow as pa

    texts = list(texts)
    missing = np.fromiter((t is None for t in texts), dtype=bool, count=len(texts))
    encoded = [b"" if t is None else t.encode("utf-8") for t in texts]
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=len(texts)), out=offsets[1:])
    large = offsets[-1] >= 2**31 - 1
    kind = pa.large_string() if large else pa.string()
    validity = pa.py_buffer(np.packbits(~missing, bitorder="little")) if missing.any() else None
    found = pa.Array.from_buffers(kind, len(texts), [validity, pa.py_buffer(offsets if large else
                                                                            offsets.astype(np.int32)),
                                                     pa.py_buffer(b"".join(encoded))],
                                  null_count=int(missing.sum()))
    return found.cast(pa.string()) if large else found


def one_chunk(values: Any) -> Any:
    """A pyarrow chunked array as one Array (its only chunk, or the chunks joined); an Array as it is."""
    import pyarrow as pa

    if isinstance(values, pa.ChunkedArray):
        return values.combine_chunks() if values.num_chunks != 1 else values.chunk(0)
    return values


def one_text(values: Any) -> Any:
    """A pyarrow text (chunked) array as one Array of ``string`` (a ``large_string`` cast)."""
    import pyarrow as pa

    array = one_chunk(values)
    return array if array.type == pa.string() else array.cast(pa.string())


def _arrow(values: Any) -> Any:
    """``values`` as one pyarrow Array (NaN of a float array as null, as pandas counts it missing)."""
    import pyarrow as pa

    if isinstance(values, (pa.Array, pa.ChunkedArray)):
        return one_chunk(values)
    array = np.asarray(values)
    if array.dtype.kind == "f":
        return arrow_of(array, np.isnan(array))  # NaN -> null
    if array.dtype.kind in "iub":
        return arrow_of(array)
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
    import pyarrow as pa
    import pyarrow.compute as pc

    coded = pc.dictionary_encode(array, null_encoding="mask" if na_sentinel else "encode")
    codes = numpy_of(coded.indices, null=-1).astype(np.int64)
    words = coded.dictionary
    numeric = pa.types.is_integer(words.type) or pa.types.is_floating(words.type)
    if numeric or (pa.types.is_boolean(words.type) and not words.null_count):
        uniques = numpy_of(words)
    else:  # text (objects, None for a null), as to_numpy gives it
        uniques = np.empty(len(words), dtype=object)
        uniques[:] = words.to_pylist()
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
    return numpy_of(found, null=-1).astype(np.int64)


def use_run_allocator() -> str:
    """Make jemalloc arrow's memory pool for the rest of the process, where pyarrow has it and the user has not
    chosen one (``ARROW_DEFAULT_MEMORY_POOL``); return the pool's name.

    For a process that is one streamed run (the command line's ``check --stream``), not for a library call: the
    pool is the process's. Arrow's default, mimalloc, hands the run's batch-sized buffers back to the system
    and takes fresh ones for the next batch, each a huge page the kernel zeroes on first touch: on a by-region
    run of 1,000,000 rows that zeroing was 8-18% of the process's CPU (``perf``: ``clear_page_erms`` under
    ``mi_page_free_list_extend``), and jemalloc, which keeps and reuses them, cut the run's CPU by 12-33% and
    its peak RSS from 374-394 MB to 311-314 MB (docs/performance.md). Buffers made before keep their own pool.
    """
    import os

    import pyarrow as pa

    if os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        return str(pa.default_memory_pool().backend_name)
    try:
        pool = pa.jemalloc_memory_pool()
    except NotImplementedError:  # a pyarrow built without it (Windows wheels): its default stays
        return str(pa.default_memory_pool().backend_name)
    pa.set_memory_pool(pool)
    return str(pool.backend_name)

