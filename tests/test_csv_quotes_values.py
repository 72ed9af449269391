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
