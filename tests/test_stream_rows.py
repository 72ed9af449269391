"""Streamed verdict rows say what ``check`` says of the same cell: the margin the good way, the stated
target and the distance to it, the explanation (with the provenance check adds), and a forced or
detected encoding reads the same panel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEED_DATA, SEED_RULES

from compliance.cli import main
from compliance.models import format_decimal
from compliance.plans.check import check
from compliance.plans.datasets import Dataset, Row
from compliance.plans.rules import load_rules

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

from compliance.scale.stream import stream_check

RULES = """
plan: {name: 测试规划, periods: ["2021", "2022"]}
references:
  - {name: 市级要求, value: 5}
indicators:
  - {id: pm25, name: 细颗粒物, polarity: lower, unit: 微克/立方米, targets: {"2022": "33以下"}}
  - {id: gdp, name: 地区生产总值增速, polarity: higher, unit: "%", targets: {"2022": "6以上"}}
  - {id: labour, name: 劳动生产率, polarity: higher, tolerance: 5%, targets: {"2022": "15左右"}}
  - {id: staff, name: 人员, polarity: higher, targets: {"2022": 逐步增加}}
  - {id: beds, name: 床位, polarity: higher, targets: {"2022": 达到市级要求}}
"""


@pytest.fixture()
def rules(tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text(RULES, encoding="utf-8")
    return load_rules(path)


def panel(tmp_path: Path, values: dict[str, list[str]], *, encoding: str = "utf-8") -> Path:
    """One region per position in the value lists; staff's 2021 value is 1 in every region."""
    lines = ["county,indicator,period,reported"]
    regions = max(len(v) for v in values.values())
    for r in range(regions):
        lines.append(f"C{r},staff,2021,1")
        for ident, cells in values.items():
            if r < len(cells) and cells[r] is not None:
                lines.append(f"C{r},{ident},2022,{cells[r]}")
    path = tmp_path / f"panel-{encoding}.csv"
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


def rows_of(run) -> list[dict]:
    frame = pd.concat(list(run), ignore_index=True)
    return [{k: (None if pd.isna(v) else v) for k, v in row.items()} for row in frame.to_dict("records")]


def checked(rules, path: Path, lang: str) -> dict[tuple[str, str], tuple]:
    """check() on each region alone: (county, indicator) -> (margin, stated, gap_to_target, explanation)."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    found = {}
    for county, part in frame.groupby("county", sort=False):
        data = Dataset(str(path), tuple(Row(i, p, r, None, str(path), 2) for i, p, r in
                                        zip(part.indicator, part.period, part.reported)))
        for j in check(rules, data, ["2022"], as_of=2022):
            v, s = j.verdict, j.verdict.stated_margin
            unit_en = j.indicator.unit_en if v.unit in (None, j.indicator.unit) else None
            found[(county, j.indicator.id)] = (
                None if v.margin is None else format_decimal(v.margin),
                None if v.stated is None else format_decimal(v.stated),
                None if s is None else f"{format_decimal(s[0])}..{format_decimal(s[1])}",
                v.explain(lang, unit_en) if lang == "en" else v.explain(lang),
            )
    return found


def test_the_margin_is_positive_when_better_than_required_whatever_the_polarity(tmp_path, rules):
    path = panel(tmp_path, {"pm25": ["30", "36", "33"], "gdp": ["7", "4", "6"]})
    got = {(r["county"], r["indicator"]): r["gap"] for r in rows_of(stream_check(rules, path, ["2022"], by=["county"]))}
    # PM2.5 30 against 33以下 is 3 better; 36 is 3 worse; GDP 7 against 6以上 is 1 better, 4 is 2 short
    assert [got[(c, "pm25")] for c in ("C0", "C1", "C2")] == ["3", "-3", "0"]
    assert [got[(c, "gdp")] for c in ("C0", "C1", "C2")] == ["1", "-2", "0"]


def test_the_distance_to_the_stated_target_sits_beside_the_margin_from_the_tolerance_edge(tmp_path, rules):
    path = panel(tmp_path, {"labour": ["14.5", "16", "15", "8-9"]})
    got = {r["county"]: (r["gap"], r["stated"], r["gap_to_target"], r["status"])
           for r in rows_of(stream_check(rules, path, ["2022"], by=["county"])) if r["indicator"] == "labour"}
    assert got["C0"] == ("0.25", "15", "-0.5..-0.5", "met")  # within the tolerance, half a point under 15
    assert got["C1"] == ("1.75", "15", "1..1", "met")
    assert got["C2"] == ("0.75", "15", "0..0", "met")
    assert got["C3"] == ("-5.25", "15", "-7..-6", "missed")  # a range: its two ends' distances


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_row_carries_the_explanation_check_gives_the_cell(tmp_path, rules, lang):
    # plain figures in many shapes (a gap of 0 and of 1, -0, 4.10 written longer than it reads, a long
    # decimal, a negative), words, ranges, a missing row, previous values for 逐步增加
    values = ["30", "34", "33", "-0", "4.10", "0.123456789012345678", "-2", "可完成", "8-9", "约5", "", None]
    path = panel(tmp_path, {name: values for name in ("pm25", "gdp", "labour", "staff", "beds")})
    expected = checked(rules, path, lang)
    got = rows_of(stream_check(rules, path, ["2022"], by=["county"], chunksize=7, lang=lang))
    assert len(got) == len(expected) == 5 * len(values)
    for row in got:
        assert (row["gap"], row["stated"], row["gap_to_target"], row["explanation"]) == \
            expected[(row["county"], row["indicator"])], row


def test_without_a_language_the_rows_have_no_explanation_column_and_every_other_column_as_with_one(tmp_path, rules):
    path = panel(tmp_path, {"gdp": ["7", "5", "", "约5"], "pm25": ["30", "34", None, "可完成"]})
    bare = stream_check(rules, path, ["2022"], by=["county"], lang=None)
    told = stream_check(rules, path, ["2022"], by=["county"], lang="zh")
    assert "explanation" not in bare.columns and bare.columns == tuple(c for c in told.columns if c != "explanation")
    without, with_ = rows_of(bare), rows_of(told)
    assert len(without) == len(with_) >= 8 and all("explanation" not in row for row in without)
    assert all(row["explanation"] for row in with_)
    assert without == [{k: v for k, v in row.items() if k != "explanation"} for row in with_]


def test_a_rules_file_reference_is_located_in_rows_and_sample_as_check_locates_it(tmp_path, rules):
    path = panel(tmp_path, {"beds": ["4", "6"]})
    run = stream_check(rules, path, ["2022"], by=["county"], sample=3)
    beds = [r for r in rows_of(run) if r["indicator"] == "beds"]
    rules_path = tmp_path / "rules.yaml"
    where = f"来源：规则文件 {rules_path}:4:5"  # the references entry's line and column
    assert all(where in row["explanation"] and "caller or rules file" not in row["explanation"] for row in beds)
    missed = [row for row in run.summary.sample if row.indicator == "beds"]
    assert len(missed) == 1 and where in missed[0].explanation["zh"] and missed[0].gap == "-1"


# --------------------------------------------------------------------------- encodings


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def streamed_json(capsys, path: Path, *options: str) -> list[dict]:
    code, out, err = run_cli(capsys, "check", SEED_RULES, path, "--stream", "--format", "json", *options)
    assert (code, err) == (0, "")
    return [{**v, "source": v["source"].rsplit(":", 1)[1] if v["source"] else None}
            for v in json.loads(out)["verdicts"]]


def test_a_gbk_panel_streams_to_the_verdicts_of_its_utf8_copy_detected_or_forced(tmp_path, capsys):
    copy = tmp_path / "seed-gbk.csv"
    copy.write_bytes(SEED_DATA.read_text(encoding="utf-8").encode("gbk"))
    expected = streamed_json(capsys, SEED_DATA)
    assert len(expected) == 33 and sum(v["status"] == "missed" for v in expected) == 4
    assert streamed_json(capsys, copy) == expected
    assert streamed_json(capsys, copy, "--encoding", "gbk") == expected
    assert streamed_json(capsys, copy, "--encoding", "GB18030") == expected


def test_a_wrong_forced_encoding_is_a_positioned_error(tmp_path, capsys):
    copy = tmp_path / "seed-gbk.csv"
    raw = SEED_DATA.read_text(encoding="utf-8").encode("gbk")
    copy.write_bytes(raw)
    code, out, err = run_cli(capsys, "check", SEED_RULES, copy, "--stream", "--encoding", "utf-8")
    first = next(i for i, b in enumerate(raw) if b >= 0x80)  # the first byte of the first Chinese character
    line = raw[:first].count(b"\n") + 1
    assert (code, out) == (2, "")
    assert err.startswith(f"compliance: error: {copy}:{line}: is not utf-8 text: byte {first} ")
    code, out, err = run_cli(capsys, "check", SEED_RULES, copy, "--stream", "--encoding", "klingon")
    assert (code, out) == (2, "")
    assert err == f"compliance: error: {copy}: unknown encoding `klingon`; e.g. --encoding utf-8, " \
        "--encoding gb18030, --encoding gbk\n"


def test_a_parquet_panel_takes_no_text_encoding(tmp_path, capsys):
    frame = pd.read_csv(SEED_DATA, dtype=str, keep_default_na=False)
    path = tmp_path / "seed.parquet"
    frame.to_parquet(path)
    code, out, err = run_cli(capsys, "check", SEED_RULES, path, "--encoding", "gbk")
    assert (code, out) == (2, "") and "a parquet file is not text" in err and err.count("\n") == 1
