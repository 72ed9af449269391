"""The streamed CSV's escaping on whole columns (report/escape.csv_frame) equals the per-cell functions."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compliance.report.escape import csv_cell, csv_frame, visible_controls

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

#: cells a report holds, and what an attacker writes: formula signs, control characters, numbers and gaps,
#: full-width digits (a number to Python's \d, not to RE2's), plain words
TRICKY = [
    "=1+1", "+SUM(A1)", "-2", "-2.5", "-7..-6", "+3%", "@x", "\tlead", "\rlead", "-", "--", "-１", "-１.5",
    "4\x1b[31m", "a\x07b", "\x9bx", "\x7f", "line\nbreak", "tab\tinside", "6以上", "<313.2", "", "1,000", "-1e3",
    "=", "-.5", "+", "0", "达到市级要求（3.2）",
]


def expected(value):
    return csv_cell(visible_controls(value)) if isinstance(value, str) else value


def same(a, b):
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a is b or a == b or (a is None and b is None)


@pytest.mark.parametrize("dtype", ["object", "string[pyarrow]", "category"])
def test_every_cell_as_the_per_cell_functions_give_it(dtype):
    cells = [*TRICKY, None]
    frame = pd.DataFrame({"text": pd.Series(cells, dtype=dtype), "n": range(len(cells))})
    out = csv_frame(frame)
    for got, cell in zip(out["text"].tolist(), frame["text"].tolist()):
        assert same(got, expected(cell) if isinstance(cell, str) else cell), (cell, got)
    assert out["n"].tolist() == list(range(len(cells)))  # numbers untouched
    assert out["text"].tolist()[TRICKY.index("=1+1")] == "'=1+1"  # a formula is quoted
    assert out["text"].tolist()[TRICKY.index("-2.5")] == "-2.5"  # a number is not


def test_mixed_objects_go_cell_by_cell():
    frame = pd.DataFrame({"x": pd.Series(["=1", 4, None, float("nan"), "-3"], dtype=object)})
    assert [c if not (isinstance(c, float) and math.isnan(c)) else "nan" for c in csv_frame(frame)["x"]] == [
        "'=1", 4, None, "nan", "-3"
    ]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(alphabet=st.sampled_from(list("=+-@\t\r\x1b\x07\x9f\x7f0123456789.,%e１a以 ")),
                                             max_size=8)), min_size=1, max_size=30))
def test_any_column_equals_the_per_cell_result(cells):
    out = csv_frame(pd.DataFrame({"x": pd.Series(cells, dtype=object)}))["x"].tolist()
    assert all(same(got, expected(cell)) for got, cell in zip(out, cells)), list(zip(cells, out))
