"""compliance.scale.arrays keeps pandas' contract: compared with pandas on generated columns."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from compliance.scale.arrays import factorize, frame_of, indexer, table_of

texts = st.lists(st.one_of(st.none(), st.sampled_from(["", "6以上", "4", " 4", "4 ", "8-9", "可完成"])), max_size=40)
floats = st.lists(st.sampled_from([0.0, -0.0, 1.5, -2.0, float("nan"), 1e300, 3.0]), max_size=40)
ints = st.lists(st.integers(-5, 5), max_size=40)


def _same(values, na_sentinel: bool) -> None:
    codes, uniques = factorize(values, na_sentinel=na_sentinel)
    want_codes, want_uniques = pd.factorize(np.asarray(values, dtype=object) if isinstance(values, list)
                                            else values, use_na_sentinel=na_sentinel)
    assert codes.dtype == np.int64
    assert codes.tolist() == np.asarray(want_codes).tolist()
    got = [None if (u is None or (isinstance(u, float) and u != u)) else u for u in np.asarray(uniques).tolist()]
    want = [None if (u is None or (isinstance(u, float) and u != u)) else u for u in np.asarray(want_uniques).tolist()]
    assert got == want


@given(texts, st.booleans())
def test_factorize_text_as_pandas(values, na_sentinel):
    _same(values, na_sentinel)
    arrow = pa.array(values, type=pa.string())
    codes, _ = factorize(arrow, na_sentinel=na_sentinel)
    assert codes.tolist() == factorize(values, na_sentinel=na_sentinel)[0].tolist()
    chunked = pa.chunked_array([arrow[: len(values) // 2], arrow[len(values) // 2:]], type=pa.string())
    assert factorize(chunked, na_sentinel=na_sentinel)[0].tolist() == codes.tolist()


@given(floats, st.booleans())
def test_factorize_floats_as_pandas(values, na_sentinel):
    array = np.asarray(values, dtype=np.float64) + 0.0  # the callers add 0.0: -0.0 is 0.0, as decimal text
    _same(array, na_sentinel)


@given(ints)
def test_factorize_ints_as_pandas(values):
    _same(np.asarray(values, dtype=np.int64), True)


def test_factorize_mixed_objects_hashed_by_python():
    values = np.array([("a", 1), None, ("a", 1), 2.5], dtype=object)
    codes, uniques = factorize(values)
    assert codes.tolist() == [0, -1, 0, 1]
    assert uniques.tolist() == [("a", 1), 2.5]


@given(st.lists(st.integers(0, 20), unique=True, max_size=15), st.lists(st.integers(-3, 25), max_size=30))
def test_indexer_as_get_indexer(keys, query):
    want = pd.Index(keys, dtype=np.int64).get_indexer(np.asarray(query, dtype=np.int64))
    assert indexer(np.asarray(keys, dtype=np.int64), np.asarray(query, dtype=np.int64)).tolist() == want.tolist()


def test_indexer_text_and_objects():
    assert indexer(np.array(["a", "b"], dtype=object), ["b", "c", "a"]).tolist() == [1, -1, 0]
    assert indexer(pa.array(["a", "b"]), pa.array(["b", None, "a"])).tolist() == [1, -1, 0]


@settings(max_examples=30)
@given(texts)
def test_table_and_frame_round_trip(values):
    table = pa.table({"reported": pa.array(values, type=pa.string()), "_line": np.arange(len(values))})
    assert table_of(table) is table
    frame = frame_of(table)
    assert frame_of(frame) is frame
    back = table_of(frame)
    assert back.column("reported").to_pylist() == values
    assert back.column("_line").to_pylist() == list(range(len(values)))
