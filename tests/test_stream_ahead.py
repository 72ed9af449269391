"""Reading one chunk ahead (compliance.scale.stream.ahead): the same items in order, the reader's error where
the reader met it, and a caller that stops early stops the reader and closes its file."""

from __future__ import annotations

import threading

import pytest
from conftest import SEED_RULES
from test_stream import panel

from compliance.errors import InputError
from compliance.plans.rules import load_rules
from compliance.scale.stream import stream_check
from compliance.scale.stream.ahead import ahead

pytest.importorskip("pandas")
pytest.importorskip("pyarrow.csv")


def test_every_item_in_order_each_made_by_another_thread():
    makers = []

    def source():
        for i in range(50):
            makers.append(threading.current_thread().name)
            yield i

    assert list(ahead(source())) == list(range(50))
    assert set(makers) == {"compliance-read"}


def test_the_readers_error_comes_after_the_items_before_it():
    def source():
        yield 1
        yield 2
        raise InputError("bad row", file="p.csv", line=7)

    got = []
    with pytest.raises(InputError, match="bad row") as caught:
        for item in ahead(source()):
            got.append(item)
    assert got == [1, 2] and caught.value.line == 7


def test_a_caller_that_stops_early_stops_the_reader_and_closes_its_source():
    made, closed = [], []

    def source():
        try:
            for i in range(10_000):
                made.append(i)
                yield i
        finally:
            closed.append(True)

    items = ahead(source())
    assert next(items) == 0
    items.close()  # the caller's error, a Ctrl-C ...: the reader thread is stopped and joined
    assert closed == [True] and len(made) <= 3
    assert not any(t.name == "compliance-read" for t in threading.enumerate())


def test_a_streamed_error_still_names_its_line(tmp_path):
    path = panel(tmp_path / "p.csv", regions=3, drop=0)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[40] = lines[40].replace(lines[40].split(",")[2], "no_such_indicator")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        list(stream_check(load_rules(SEED_RULES), path, ["2022"], by=["province", "county"], chunksize=10))
    assert caught.value.line == 41 and "no_such_indicator" in str(caught.value)
