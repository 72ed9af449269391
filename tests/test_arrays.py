"""compliance.scale.arrays keeps pandas' contract: compared with pandas on generated columns."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from compliance.scale.arrays import arrow_of, factorize, indexer, numpy_of, one_chunk, one_text, strings_of

texts = st.lists(st.one_of(st.none(), st.sampled_from(["", "6以上", "4", " 4", "4 ", "8-9", "可完成"])), max_size=40)
ROOT = Path(__file__).resolve().parents[1]
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
@given(texts, st.integers(0, 3))
def test_one_chunk_and_one_text_keep_the_cells_in_order(values, cuts):
    bounds = sorted({0, len(values), *(len(values) * k // (cuts + 1) for k in range(1, cuts + 1))})
    pieces = [pa.array(values[a:b], type=pa.large_string()) for a, b in zip(bounds, bounds[1:])]
    chunked = pa.chunked_array(pieces, type=pa.large_string())
    joined, text = one_chunk(chunked), one_text(chunked)
    assert isinstance(joined, pa.Array) and joined.to_pylist() == values
    assert text.type == pa.string() and text.to_pylist() == values
    single = pa.array(values, type=pa.string())
    assert one_chunk(single) is single and one_text(single) is single


numbers = st.lists(st.one_of(st.none(), st.integers(-(2**40), 2**40)), max_size=40)


@given(numbers, st.integers(0, 5), st.sampled_from(["int64", "int32", "float64", "int8"]))
def test_numpy_of_as_to_numpy(values, cut, kind):
    """numpy_of gives what pyarrow's to_numpy gives (a null NaN, the array float), sliced and chunked too."""
    if kind == "int8":
        values = [None if v is None else v % 100 for v in values]
    if kind == "int32":
        values = [None if v is None else v % 2**31 for v in values]
    array = pa.array(values, type=getattr(pa, kind)())
    for found in (array, array.slice(min(cut, len(values))), pa.chunked_array([array[:cut], array[cut:]])):
        got, want = numpy_of(found), found.to_numpy(zero_copy_only=False)
        assert got.dtype == want.dtype
        assert np.array_equal(got, want, equal_nan=True)
        if found.null_count:
            filled = numpy_of(found, null=-7)
            assert filled.dtype == np.dtype(array.type.to_pandas_dtype())
            assert [None if v == -7 else v for v in filled.tolist()] == found.to_pylist()


@given(st.lists(st.one_of(st.none(), st.booleans()), max_size=40), st.integers(0, 9))
def test_numpy_and_arrow_of_booleans(values, cut):
    array = pa.array(values, type=pa.bool_()).slice(min(cut, len(values)))
    assert numpy_of(array, null=False).tolist() == [bool(v) for v in array.to_pylist()]
    plain = np.array([bool(v) for v in values], dtype=bool)
    assert arrow_of(plain).to_pylist() == plain.tolist()


@given(st.lists(st.one_of(st.none(), st.floats(allow_nan=False), st.integers(-5, 5)), max_size=40))
def test_arrow_of_as_pa_array(values):
    mask = np.array([v is None for v in values], dtype=bool)
    floats = np.array([0.0 if v is None else float(v) for v in values], dtype=np.float64)
    assert arrow_of(floats, mask).equals(pa.array(floats, mask=mask))
    ints = np.array([0 if v is None else int(v) for v in values if not isinstance(v, float)], dtype=np.int64)
    assert arrow_of(ints).equals(pa.array(ints))
    assert arrow_of(ints.astype(np.int8)).type == pa.int8()


@given(st.lists(st.one_of(st.none(), st.text(max_size=5)), max_size=30))
def test_strings_of_as_pa_array(values):
    assert strings_of(values).equals(pa.array(values, type=pa.string()))


def test_crossings_import_no_pandas():
    """pyarrow's own crossings (pa.array, to_numpy, pc.fill_null(a, -1)) import pandas; these never do."""
    probe = (
        "import sys, numpy as np, pyarrow as pa, pyarrow.compute as pc\n"
        "from compliance.scale.arrays import arrow_of, factorize, indexer, numpy_of, strings_of\n"
        "text = strings_of(['6以上', None, '4', '6以上'])\n"
        "codes, uniques = factorize(text, na_sentinel=False)\n"
        "assert codes.tolist() == [0, 1, 2, 0] and uniques.tolist() == ['6以上', None, '4'], (codes, uniques)\n"
        "assert factorize(np.array([2.0, np.nan, 2.0]))[0].tolist() == [0, -1, 0]\n"
        "assert indexer(np.array([5, 7]), np.array([7, 1, 5])).tolist() == [1, -1, 0]\n"
        "ints = arrow_of(np.arange(4), np.array([False, True, False, False]))\n"
        "assert numpy_of(ints, null=-1).tolist() == [0, -1, 2, 3]\n"
        "assert numpy_of(pc.dictionary_encode(text).indices, null=-1).tolist() == [0, -1, 1, 0]\n"
        "print('pandas' in sys.modules)\n"
    )
    import subprocess
    import sys

    found = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "False", found.stderr


def test_numpy_of_takes_a_frame_column_too():
    """A DataFrame batch's column (TRANSITION callers) or a list: numpy's own reading of it."""
    assert numpy_of([3, 1, 2]).tolist() == [3, 1, 2]
    assert numpy_of(pd.Series([4, 5], dtype="int64")).dtype == np.int64



def _after(code: str, *args: str, **env: str) -> list[str]:
    """What a fresh process prints after ``code`` (a memory pool is the process's, not this test process's)."""
    environment = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"} | env
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=environment,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def _has_jemalloc() -> bool:
    try:
        pa.jemalloc_memory_pool()
    except NotImplementedError:  # a build without it (Windows wheels) keeps its default
        return False
    return True


_RUN = ("import pyarrow as pa; from compliance.scale.arrays import use_run_allocator; "
        "print(use_run_allocator(), pa.default_memory_pool().backend_name, pa.array(['x']).type)")


def test_a_run_allocates_from_jemalloc_where_pyarrow_has_it():
    name = "jemalloc" if _has_jemalloc() else pa.default_memory_pool().backend_name
    assert _after(_RUN) == [name, name, "string"]


def test_a_pool_the_user_chose_is_kept():
    assert _after(_RUN, ARROW_DEFAULT_MEMORY_POOL="system") == ["system", "system", "string"]


def test_the_streamed_command_allocates_from_the_run_pool(tmp_path):
    out = tmp_path / "v.csv"
    code = ("import sys, pyarrow as pa; from compliance import cli; print(cli.main(['check', "
            "'rules/haidian-2022.yaml', 'datasets/haidian-2022.csv', '--stream', '-o', sys.argv[1]]), "
            "pa.default_memory_pool().backend_name)")
    status, pool = _after(code, str(out))
    assert status == "0"  # judged and written (missed verdicts fail no --fail-on gate unless asked)
    assert out.read_text(encoding="utf-8-sig").startswith("indicator,")
    assert pool == ("jemalloc" if _has_jemalloc() else pa.default_memory_pool().backend_name)
