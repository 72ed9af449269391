"""Every set of the corpus that marks its leftovers (``leftover`` column: all but the first), targets and outcomes
together, as ``python tests/corpus/measure.py`` prints them: every row the engine gets wrong is a documented leftover
with its reason, no marked row is right now (then its mark must go), and no failure is a wrong verdict unless its
mark says so. One module for every set: each set's own
module keeps what is its own (sources, places, the kinds of row it collects)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("corpus_measure_leftovers", Path(__file__).parent / "measure.py")
assert _spec is not None and _spec.loader is not None
measure = importlib.util.module_from_spec(_spec)
sys.modules["corpus_measure_leftovers"] = measure  # dataclasses look their module up while the class is made
_spec.loader.exec_module(measure)

MARKED = tuple(name for name in measure.SETS if name != "corpus")  # the first set predates the leftover column


@pytest.fixture(scope="module", params=MARKED)
def figures(request):
    return measure.measure_set(request.param)


def test_every_set_but_the_first_marks_its_leftovers():
    assert MARKED == ("local", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                      "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                      "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth")


def test_every_failure_is_a_documented_leftover(figures):
    found, marked = figures
    unmarked, _ = measure.surprises(found, marked)
    shown = "\n".join([*found.unread, *found.wrong, *found.outcomes_wrong])
    assert not unmarked, f"failing without a leftover mark: {unmarked}\n{shown}"


def test_no_leftover_mark_on_a_row_now_right(figures):
    found, marked = figures
    _, now_right = measure.surprises(found, marked)
    assert not now_right, f"right now, remove the leftover mark: {now_right}"


def test_no_wrong_verdict(figures):
    """A failure may be a target not read or a verdict left pending, never met for missed or missed for met, unless its
    leftover mark says it is a wrong verdict (and whose it is to fix). Four set modules held their own copies of this
    test, each over part of its set."""
    found, marked = figures
    for line in [*found.wrong, *found.outcomes_wrong]:
        expected, got = line.rsplit("expected ", 1)[1].split(", got ")
        pending = "pending" in (expected.split()[-1], got.split()[-1])
        assert pending or "wrong verdict" in marked.get(line.split()[0], ""), line
