"""Rows grouped by their parts hashed together (scale/stream/evidence.value_groups: one fixed-size binary key a row)
are the groups the mixed-radix key of group_ids gives, in the same order, with the same first rows; floats by
their bits (every NaN one group, -0.0 apart from 0.0)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("pyarrow")

from compliance.scale.stream import evidence  # noqa: E402
from compliance.scale.stream.evidence import float_bits, group_ids, value_groups  # noqa: E402


def _radix(parts):
    saved = evidence._WIDE_FROM
    evidence._WIDE_FROM = 1 << 62  # the mixed-radix key, whatever the size
    try:
        return group_ids(parts)
    finally:
        evidence._WIDE_FROM = saved


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 400), st.lists(st.integers(1, 40), min_size=1, max_size=8), st.integers(0, 2**32))
def test_value_groups_are_the_mixed_radix_groups(n, cardinalities, seed):
    rng = np.random.default_rng(seed)
    parts = [rng.integers(-1, c, n) for c in cardinalities]
    codes, first = value_groups(parts)
    expected_codes, expected_first = _radix(parts)
    assert codes.tolist() == expected_codes.tolist()
    assert first.tolist() == expected_first.tolist()


def test_floats_group_by_their_bits():
    values = np.array([1.5, np.nan, -0.0, 0.0, 1.5, float("nan"), -np.inf, -0.0, 2.0 ** 60])
    codes, first = value_groups([np.zeros(len(values), dtype=np.int64), float_bits(values)])
    assert codes.tolist() == [0, 1, 2, 3, 0, 1, 4, 2, 5]
    assert first.tolist() == [0, 1, 2, 3, 6, 8]


def test_no_rows():
    codes, first = value_groups([np.zeros(0, dtype=np.int64)] * 3)
    assert codes.size == first.size == 0
