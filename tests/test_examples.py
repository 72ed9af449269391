"""examples/: the checked-in reports are what `python3 examples/regenerate.py` writes today."""

from __future__ import annotations

import io
import json
import os
import re
import runpy

import pytest
from reportkit import MISSED_2022

from conftest import ROOT

EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="module")
def generated() -> dict[str, str]:
    module = runpy.run_path(str(EXAMPLES / "regenerate.py"))
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        return module["outputs"]()
    finally:
        os.chdir(here)


def _cells(workbook: bytes) -> dict[str, list[tuple]]:
    """A workbook's content: each sheet's rows of values (its zip bytes depend on the zlib build too)."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(workbook))
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book}


def _current(name: str, content: str | bytes) -> bool:
    path = EXAMPLES / name
    if not path.is_file():
        return False
    if isinstance(content, bytes):  # a workbook: the same sheets, cells and values
        return _cells(path.read_bytes()) == _cells(content)
    return path.read_bytes() == content.encode("utf-8")


def test_checked_in_examples_are_current(generated):
    stale = [name for name, content in generated.items() if not _current(name, content)]
    assert not stale, f"examples out of date: {stale}; run `python3 examples/regenerate.py`"


def test_every_format_is_there(generated):
    suffixes = {name.split(".", 1)[1] for name in generated}
    assert {"json", "md", "html", "csv", "txt", "xlsx", "junit.xml", "en.xlsx", "en.junit.xml"} <= suffixes


def test_example_workbooks_hold_every_verdict_with_filters_and_a_summary(generated):
    """The issue's check: -o r.xlsx opens in openpyxl with 33 verdict rows (92 for --period all)."""
    from openpyxl import load_workbook

    for name, rows in (("haidian-2022.xlsx", 33), ("haidian-2022.en.xlsx", 33), ("haidian-all.xlsx", 92)):
        book = load_workbook(io.BytesIO(generated[name]))
        sheet = book.worksheets[0]
        assert sheet.max_row - 1 == rows and sheet.auto_filter.ref and sheet.freeze_panes == "A2", name
        assert len(book.worksheets) >= 2, name  # and a summary sheet
        header = [c.value for c in sheet[1]]
        rows_of = list(sheet.iter_rows(min_row=2, values_only=True))
        missed = {row[header.index("indicator")] for row in rows_of if row[header.index("status")] == "missed"}
        assert missed == MISSED_2022, name


def test_example_junit_has_a_testcase_per_verdict_and_the_four_misses_fail(generated):
    import xml.etree.ElementTree as ET

    for name, cases, failures in (("haidian-2022.junit.xml", 33, 4), ("haidian-2022.en.junit.xml", 33, 4),
                                  ("haidian-all.junit.xml", 92, 4)):
        tree = ET.fromstring(generated[name])
        testcases = list(tree.iter("testcase"))
        assert len(testcases) == cases and sum(1 for t in testcases if t.find("failure") is not None) == failures, name
        assert tree.get("failures") == str(failures) and "/work" not in generated[name], name
    failed = {t.get("classname") for t in ET.fromstring(generated["haidian-2022.en.junit.xml"]).iter("testcase")
              if t.find("failure") is not None}
    assert failed == MISSED_2022


def test_example_json_has_the_four_known_misses(generated):
    data = json.loads(generated["haidian-2022.json"])
    assert {v["indicator"] for v in data["verdicts"] if v["status"] == "missed"} == MISSED_2022
    assert data["summary"]["indicators_by_status"] == {"met": 26, "missed": 4, "pending": 1}
    assert data["meta"]["rules"]["path"] == "rules/haidian-2022.yaml"  # relative: reproducible anywhere
    assert str(ROOT) not in generated["haidian-2022.json"]


def test_example_review_changes_one_verdict(generated):
    reviewed = json.loads(generated["haidian-2022-reviewed.json"])
    assert reviewed["summary"]["overridden"] == 3
    assert "district_budget_revenue_growth" in generated["diff.en.txt"] and "missed → met" in generated["diff.en.txt"]


def test_example_of_every_period_has_the_matrix_and_the_ratings(generated):
    assert {"haidian-all.json", "haidian-all.md", "haidian-all.html", "haidian-all.csv"} <= set(generated)
    data = json.loads(generated["haidian-all.json"])
    assert list(data) == ["meta", "summary", "verdicts", "matrix", "claims"]
    assert data["meta"]["periods"] == data["matrix"]["periods"] == ["2021-2025", "2022", "2023"]
    ratings = {v["indicator"]: v["progress"]["rating"] for v in data["verdicts"] if v["progress"] is not None}
    assert ratings["park_rd_intensity"] == "achieved_early"
    assert ratings["energy_intensity_decline"] == "on_track"
    assert ratings["labour_productivity"] == "regressing"
    # the 2022 column is the 2022 report
    assert data["matrix"]["counts"]["2022"] == {"met": 28, "missed": 4, "pending": 1}
    assert "## 指标 × 期间" in generated["haidian-all.md"] and 'id="matrix"' in generated["haidian-all.html"]
    assert "## Indicators × periods" in generated["haidian-all.en.md"]


def test_example_html_is_self_contained(generated):
    for name, text in generated.items():
        if name.endswith(".html"):
            assert not re.search(r"https?://", text), name


def test_screenshots_show_the_current_html_reports(generated):
    """examples/*.png were taken (examples/screenshots.py) from the HTML the engine writes today."""
    import hashlib

    screenshots = runpy.run_path(str(EXAMPLES / "screenshots.py"))
    record = json.loads((EXAMPLES / screenshots["RECORD"]).read_text(encoding="utf-8"))
    for page in screenshots["PAGES"]:
        stem = page.removesuffix(".html")
        digest = hashlib.sha256(generated[page].encode("utf-8")).hexdigest()
        for png in (f"{stem}.png", f"{stem}.charts.png"):
            assert (EXAMPLES / png).read_bytes().startswith(b"\x89PNG\r\n\x1a\n"), png
            assert record[png] == {"page": page, "sha256": digest}, (
                f"{png} shows an older {page}; run `python3 examples/regenerate.py` (or examples/screenshots.py)")
