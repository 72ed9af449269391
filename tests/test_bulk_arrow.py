"""evaluate_table / evaluate_rows on pyarrow columns (the streamed path's batches, with no pandas loaded).

A mapping of pyarrow arrays (text as arrow strings with nulls, numbers as arrow integers or floats), or a
pyarrow Table, judges exactly as the same columns given as Python lists: the drawn tables of the
differential tests, every row. And judging them loads no pandas (a fresh process)."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from test_differential_bulk import SETTINGS, tables

from compliance import evaluate_table

pa = pytest.importorskip("pyarrow")


def _arrow(values: list[Any]) -> Any:
    """A drawn column as arrow where arrow holds it as it is (text, integers, floats); else the list itself."""
    if all(v is None or type(v) is str for v in values):
        return pa.array(values, type=pa.string())
    if values and all(type(v) is int and abs(v) < 2**62 for v in values):
        return pa.array(values, type=pa.int64())
    if values and all(type(v) is float for v in values):
        return pa.array(values, type=pa.float64())
    return values


def _same(got: Any, expected: Any) -> None:
    assert got.status.tolist() == expected.status.tolist()
    assert got.reason.tolist() == expected.reason.tolist()
    for name in ("threshold", "value", "gap"):
        np.testing.assert_array_equal(getattr(got, name), getattr(expected, name))


@settings(SETTINGS, max_examples=40)
@given(tables())
def test_arrow_columns_judge_like_their_lists(drawn):
    columns, options, _ = drawn
    expected = evaluate_table(columns, **options)
    arrow = {name: _arrow(list(values)) for name, values in columns.items()}
    _same(evaluate_table(arrow, **options), expected)
    half = {name: pa.chunked_array([v[: len(v) // 2], v[len(v) // 2:]]) if isinstance(v, pa.Array) else v
            for name, v in arrow.items()}
    _same(evaluate_table(half, **options), expected)
    if all(isinstance(v, pa.Array) for v in arrow.values()):
        _same(evaluate_table(pa.table(arrow), **options), expected)


def test_arrow_text_with_nulls_and_a_float_previous_column():
    table = {"target": pa.array(["6以上", "6以上", "逐步增加", "逐步增加", None], type=pa.string()),
             "reported": pa.array(["6.5", None, "3", "1", "4"], type=pa.string()),
             "previous": pa.array([None, 1.0, 2.0, 2.0, None], type=pa.float64())}
    got = evaluate_table(table, polarity="higher", previous="previous")
    assert got.status.tolist() == ["met", "pending", "met", "missed", "pending"]
    assert got.reason.tolist()[:2] == ["measured", "no_data"]


PROBE = """
import sys
import numpy as np
from compliance.scale.arrays import arrow_of, strings_of
from compliance.scale.bulk import Settings, evaluate_rows, evaluate_table
rules = {"target": strings_of(["6以上", "8左右", "逐步增加"]), "polarity": strings_of(["higher"] * 3)}
settings = Settings(rules)
cells = {"reported": strings_of(["6.5", "4", "7.7", None, "3", "可完成"]),
         "previous": strings_of([None, None, None, None, "2", None])}
got = evaluate_rows(settings, np.array([0, 0, 1, 1, 2, 0]), cells, previous="previous")
table = evaluate_table({**rules, "reported": strings_of(["6.5", "8.1", "1"])}, previous=None)
print(got.status.tolist(), table.status.tolist(), "pandas" in sys.modules)
"""


def test_judging_arrow_columns_loads_no_pandas():
    found = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True).stdout.split("]")
    assert "'met', 'missed', 'met', 'pending', 'met', 'met'" in found[0]
    assert "'met', 'met', 'pending'" in found[1]  # 逐步增加 with no previous value
    assert found[2].strip() == "False"
