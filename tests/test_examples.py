"""examples/: the checked-in reports are what `python3 examples/regenerate.py` writes today."""

from __future__ import annotations

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


def test_checked_in_examples_are_current(generated):
    stale = [name for name, text in generated.items()
             if not (EXAMPLES / name).is_file() or (EXAMPLES / name).read_bytes() != text.encode("utf-8")]
    assert not stale, f"examples out of date: {stale}; run `python3 examples/regenerate.py`"


def test_every_format_is_there(generated):
    suffixes = {name.split(".", 1)[1] for name in generated}
    assert {"json", "md", "html", "csv", "txt"} <= suffixes


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
