"""`compliance diff` on streamed JSON reports (check --by ... --format json): verdicts matched within their region."""

from __future__ import annotations

import csv
import json

import pytest
from conftest import SEED_RULES
from test_stream import panel

from compliance.cli import main
from compliance.report import diff_reports

pytest.importorskip("pandas")
pytest.importorskip("pyarrow")


def streamed(tmp_path, capsys, data, name, *by):
    out = tmp_path / name
    assert main(["check", str(SEED_RULES), str(data), "--by", ",".join(by or ("province", "county")),
                 "--period", "2022", "-o", str(out)]) in (0, 1)
    capsys.readouterr()
    return out


def edited(source, target, county, indicator, value):
    """A copy of the panel with one region's figure for one indicator replaced."""
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    found = 0
    for row in rows[1:]:
        if row[1] == county and row[2] == indicator and row[3] == "2022":
            row[4], found = value, found + 1
    assert found == 1
    with target.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return target


def test_a_change_in_one_region_is_that_regions_alone(tmp_path, capsys):
    data = panel(tmp_path / "panel.csv", regions=4, drop=0, years=("2022",))
    old = streamed(tmp_path, capsys, data, "old.json")
    # gdp_growth: 6以上, higher is better. 5.9 misses it, 6.1 meets it: either side of the threshold
    low = streamed(tmp_path, capsys, edited(data, tmp_path / "low.csv", "C2", "gdp_growth", "5.9"), "low.json")
    high = streamed(tmp_path, capsys, edited(data, tmp_path / "high.csv", "C2", "gdp_growth", "6.1"), "high.json")
    assert main(["diff", str(old), str(old), "--lang", "en"]) == 0
    assert capsys.readouterr().out == "No verdict changed status between the two reports.\n"
    assert main(["diff", str(low), str(high), "--lang", "en", "--exit-code"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and out[0].startswith("P0 C2 gdp_growth") and "missed → met" in out[0], out
    changes = diff_reports(json.loads(low.read_text("utf-8")), json.loads(high.read_text("utf-8")))
    assert [(c.region, c.indicator, c.old_status, c.new_status) for c in changes] == [
        ("P0 C2", "gdp_growth", "missed", "met")
    ]


def test_reports_grouped_differently_cannot_be_compared(tmp_path, capsys):
    data = panel(tmp_path / "panel.csv", regions=2, drop=0, years=("2022",))
    both = streamed(tmp_path, capsys, data, "both.json")
    with data.open(encoding="utf-8", newline="") as handle:  # the same rows, one region column (P0 C0 -> C0)
        rows = [row[1:] for row in csv.reader(handle)]
    single = tmp_path / "single.csv"
    with single.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    one = streamed(tmp_path, capsys, single, "one.json", "county")
    assert main(["diff", str(both), str(one)]) == 2
    err = capsys.readouterr().err
    assert "different region columns" in err and "Traceback" not in err
