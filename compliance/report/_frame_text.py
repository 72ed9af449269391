"""The text columns of a DataFrame of verdict rows as arrow arrays, for :func:`compliance.report._streamed.csv_table`
(a library caller's DataFrames; the command line's rows are arrow already)."""

from __future__ import annotations

from typing import Any

__all__ = ["arrow_text", "categorical_text"]


def categorical_text(series: Any) -> Any:
    """A categorical column of text as an arrow dictionary array (its codes, its categories); None for any other."""
    import pandas as pd
    import pyarrow as pa

    if not isinstance(series.dtype, pd.CategoricalDtype):
        return None
    categories = list(series.cat.categories)
    if not all(isinstance(value, str) for value in categories):
        return None
    codes = series.cat.codes.to_numpy()
    return pa.DictionaryArray.from_arrays(pa.array(codes, mask=codes < 0), pa.array(categories, pa.string()))


def arrow_text(series: Any) -> Any:
    """An arrow-backed text column as one arrow string array (its own buffers); None for any other column."""
    import pyarrow as pa

    if getattr(series.dtype, "storage", None) != "pyarrow" or getattr(series.dtype, "kind", None) != "O":
        return None
    array = series.array
    text = array.__arrow_array__() if hasattr(array, "__arrow_array__") else pa.array(array)
    if isinstance(text, pa.ChunkedArray):  # one chunk is used as it is (combining copies even one)
        text = text.chunk(0) if text.num_chunks == 1 else text.combine_chunks()
    return text if pa.types.is_string(text.type) or pa.types.is_large_string(text.type) else None
