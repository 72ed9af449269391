"""The streamed `value` column writes a reported figure as check does: exactly, and -0 as 0."""

from __future__ import annotations

import csv
import io

import numpy as np
import pytest
from conftest import SEED_DATA, SEED_RULES

from compliance.cli import main

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

ODD = ["-0", "-0.0", "12345678901234567890.5", "-98765432109876543210.25", "1e-20", "33.00000000000001", "4", "6.6"]


def rows(text: str) -> dict[tuple[str, str, str], dict[str, str]]:
    return {(r["indicator"], r["period"], r["index"]): r for r in csv.DictReader(io.StringIO(text.lstrip("\ufeff")))}


@pytest.mark.parametrize("figure", ODD)
def test_streamed_value_is_checks_value(tmp_path, capsys, figure):
    seed = list(csv.DictReader(SEED_DATA.open(encoding="utf-8", newline="")))
    one, panel = tmp_path / "one.csv", tmp_path / "panel.csv"
    with one.open("w", encoding="utf-8", newline="") as f, panel.open("w", encoding="utf-8", newline="") as g:
        a, b = csv.DictWriter(f, list(seed[0])), csv.DictWriter(g, ["region", *seed[0]])
        a.writeheader(), b.writeheader()
        for region in ("r1", "r2"):
            for row in seed:
                row = {**row, "reported": figure if row["period"] == "2022" else row["reported"]}
                b.writerow({"region": region, **row})
                if region == "r1":
                    a.writerow(row)
    base = ["check", str(SEED_RULES), "--period", "2022", "--format", "csv"]
    assert main([base[0], base[1], str(one), *base[2:]]) in (0, 1)
    whole = rows(capsys.readouterr().out)
    assert main([base[0], base[1], str(panel), *base[2:], "--by", "region"]) in (0, 1)
    streamed = [r for r in csv.DictReader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff"))) if r["region"] == "r1"]
    assert len(streamed) == len(whole)
    written = {r["value"] for r in streamed if r["value"]}
    for r in streamed:
        assert r["value"] == whole[(r["indicator"], r["period"], r["index"])]["value"], r["indicator"]
    assert written  # the figure was read and written by both
    assert "-0" not in written
    if figure.startswith("-0"):
        assert written == {"0"}
    if len(figure) > 18:
        assert written == {figure}
    assert np.isfinite([float(v) for v in written]).all()


RULES = """plan:
  name: growth from two levels
  periods: ["2021", "2022"]
indicators:
  - id: gdp
    name: 地区生产总值
    unit: 亿元
    measure: level
    polarity: higher
    targets:
      "2022": 增长5%以上
"""


@pytest.mark.parametrize("flags", [[], ["--no-explanations"]])
@pytest.mark.parametrize(("before", "now", "status"), [("95", "140", "met"), ("95", "99", "missed"), ("3", "3.16", "met")])
def test_a_growth_computed_from_two_levels_is_written_as_check_writes_it(tmp_path, capsys, flags, before, now, status):
    """47.36842105263157894736842105 (140 against 95), not the float's 47.36842105263158."""
    rules, one, panel = tmp_path / "rules.yaml", tmp_path / "one.csv", tmp_path / "panel.csv"
    rules.write_text(RULES, encoding="utf-8")
    one.write_text(f"indicator,period,reported\ngdp,2021,{before}\ngdp,2022,{now}\n", encoding="utf-8")
    panel.write_text("region,indicator,period,reported\n" + "".join(
        f"{r},gdp,2021,{before}\n{r},gdp,2022,{now}\n" for r in ("r1", "r2", "r3")), encoding="utf-8")
    base = ["check", str(rules), "--period", "2022", "--format", "csv"]
    assert main([base[0], base[1], str(one), *base[2:]]) in (0, 1)  # check's own rows (--no-explanations streams)
    whole = rows(capsys.readouterr().out)[("gdp", "2022", "0")]
    assert main([base[0], base[1], str(panel), *base[2:], "--by", "region", *flags]) in (0, 1)
    streamed = list(csv.DictReader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff"))))
    assert len(streamed) == 3
    for r in streamed:
        assert (r["value"], r["gap"], r["status"]) == (whole["value"], whole["gap"], whole["status"])
        assert r["status"] == status
    if (before, now) == ("95", "140"):
        assert whole["value"] == "47.36842105263157894736842105"
