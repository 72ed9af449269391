"""A float subclass is read by its value, not by its repr: numpy 2 writes ``np.float64(0.5)``."""

from __future__ import annotations

from decimal import Decimal

import numpy
import pytest

from compliance import evaluate
from compliance.judge.inputs import as_reported, as_target, number_text


@pytest.mark.parametrize("value", [0.0, 0.5, -12.25, 1e-7, 6.0])
def test_a_numpy_float_reads_as_the_float(value):
    assert number_text(numpy.float64(value)) == number_text(value) == repr(value)
    assert as_reported(numpy.float64(value)) == as_reported(value)
    assert as_reported(numpy.float64(value)).value.value == Decimal(repr(value))


def test_a_numpy_float_is_judged_either_side_of_the_threshold():
    assert evaluate("6以上", numpy.float64(6.0)).status.value == "met"
    assert evaluate("6以上", numpy.float64(5.9)).status.value == "missed"
    assert as_target(numpy.float64(6.5)).value.value == Decimal("6.5")
