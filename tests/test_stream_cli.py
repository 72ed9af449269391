"""`compliance check` on large datasets: the streaming path, through main() and as a real process."""

from __future__ import annotations

import gzip
import html
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED_DATA, SEED_RULES
from test_stream import panel

from compliance import cli
from compliance.cli import main
from compliance.report._labels import labels
from compliance.scale.stream import COLUMNS

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

BY = ("--by", "province,county")


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1677628800")


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def full(tmp_path) -> Path:
    """Every row a judged cell: 5 regions x the seed's 33 indicators in 2022, none dropped."""
    return panel(tmp_path / "panel.csv", regions=5, drop=0, years=("2022",))


def test_csv_output_has_one_row_per_input_row(tmp_path, capsys, full):
    out = tmp_path / "verdicts.csv"
    code, stdout, err = run(capsys, "check", SEED_RULES, full, *BY, "--chunk-size", 7, "-o", out)
    assert (code, stdout, err) == (0, "", "")  # not a terminal: no progress bar
    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert len(frame) == len(pd.read_csv(full)) == 5 * 33
    assert list(frame.columns) == ["province", "county", *COLUMNS]
    assert out.read_bytes().count(b"\r\n") >= len(frame) + 1  # CRLF, as the normal CSV report
    assert frame.groupby("county").status.value_counts().unstack().shape == (5, 3)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["panel.csv", "verdicts.csv"]  # no temporary file


def test_json_output_is_the_report_shape_with_every_verdict(tmp_path, capsys, full):
    out = tmp_path / "verdicts.json"
    code, _, _ = run(capsys, "check", SEED_RULES, full, *BY, "--chunk-size", 10, "-o", out)
    report = json.loads(out.read_text(encoding="utf-8"))
    assert code == 0 and list(report) == ["meta", "verdicts", "summary"]
    assert report["meta"]["format"] == "compliance-stream-report" and report["meta"]["by"] == ["province", "county"]
    assert report["meta"]["generated"] == "2023-03-01T00:00:00+00:00"
    assert len(report["verdicts"]) == len(pd.read_csv(full)) == report["summary"]["verdicts"]
    assert list(report["verdicts"][0]) == ["province", "county", *COLUMNS]
    counts = {k: sum(v["status"] == k for v in report["verdicts"]) for k in ("met", "missed", "pending")}
    assert report["summary"]["by_status"] == counts
    text = out.read_text(encoding="utf-8").splitlines()
    assert len(text) == len(report["verdicts"]) + 6  # { meta verdicts[ ...one per line... ], summary }
    stdout = run(capsys, "check", SEED_RULES, full, *BY, "--format", "json")[1]
    assert json.loads(stdout) == report  # stdout gets the same document


def test_texts_that_json_and_csv_must_escape(tmp_path, capsys):
    path = tmp_path / "odd.csv"
    path.write_text(
        'county,indicator,period,reported\n'
        '"Q""1\\\\",gdp_growth,2022,"4\n（初步）"\n'
        '"Q""1\\\\",pm25,2022,"\t30 ""约"""\n',
        encoding="utf-8",
    )
    for fmt in ("json", "csv"):
        out = tmp_path / f"odd-report.{fmt}"  # never over the dataset (odd.csv): refused
        assert run(capsys, "check", SEED_RULES, path, "--by", "county", "-o", out)[0] == 0
        if fmt == "json":
            rows = json.loads(out.read_text(encoding="utf-8"))["verdicts"]
        else:
            rows = pd.read_csv(out, dtype=str, keep_default_na=False).to_dict("records")
        found = {row["indicator"]: row for row in rows}
        assert found["gdp_growth"]["county"] == 'Q"1\\\\'
        assert found["gdp_growth"]["reported"] == "4\n（初步）"
        # a CSV cell starting with a tab is a formula's start to a spreadsheet: shown as text ('), JSON keeps it
        assert found["pm25"]["reported"] == ('\t30 "约"' if fmt == "json" else '\'\t30 "约"')


@pytest.mark.parametrize("fmt", ["md", "html", "table"])
def test_summary_pages_instead_of_one_row_per_verdict(tmp_path, capsys, fmt):
    path = panel(tmp_path / "panel.csv", regions=8)
    code, out, err = run(capsys, "check", SEED_RULES, path, *BY, "--period", "2022", "--format", fmt, "--lang", "en",
                         "--chunk-size", 13)
    assert (code, err) == (0, "")
    words = labels("en")["large"]
    assert words["note"] in out and "Regions" in out and "gdp_growth" in out
    assert "Target '" in html.unescape(out)  # the sample's explanations
    assert out.count("gdp_growth") < 8  # not a row per verdict: the indicator table and a sample
    if fmt == "html":
        assert out.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in out
        assert "http://" not in out and "https://" not in out and "<script" not in out


def test_fail_on_and_overrides(tmp_path, capsys, full):
    assert run(capsys, "check", SEED_RULES, full, *BY, "--fail-on", "missed", "--format", "md")[0] == 1
    overrides = tmp_path / "review.yaml"
    overrides.write_text("[]\n", encoding="utf-8")
    code, _, err = run(capsys, "check", SEED_RULES, full, *BY, "--overrides", overrides)
    assert code == 2 and "overrides do not apply to a streamed run" in err


def test_a_bad_row_leaves_the_old_report_in_place(tmp_path, capsys, full):
    with full.open("a", encoding="utf-8") as handle:
        handle.write("P9,C9,gdp_grwth,2022,4,附件1\n")
    out = tmp_path / "verdicts.csv"
    out.write_text("old report", encoding="utf-8")
    code, stdout, err = run(capsys, "check", SEED_RULES, full, *BY, "--chunk-size", 20, "-o", out)
    lines = sum(1 for _ in full.open(encoding="utf-8"))
    assert code == 2 and stdout == ""
    assert err.strip() == (f"compliance: error: {full}:{lines}: unknown indicator `gdp_grwth`; "
                           "did you mean `gdp_growth`?")
    assert out.read_text(encoding="utf-8") == "old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["panel.csv", "verdicts.csv"]


def test_parquet_and_gzip_take_the_streaming_path_by_themselves(tmp_path, capsys):
    frame = pd.read_csv(SEED_DATA, dtype=str, keep_default_na=False)
    frame.to_parquet(tmp_path / "seed.parquet")
    with gzip.open(tmp_path / "seed.csv.gz", "wb") as handle:
        handle.write(SEED_DATA.read_bytes())
    for name in ("seed.parquet", "seed.csv.gz"):
        code, out, _ = run(capsys, "check", SEED_RULES, tmp_path / name, "--format", "json")
        report = json.loads(out)
        assert code == 0 and report["meta"]["format"] == "compliance-stream-report"
        assert report["summary"]["by_status"] == {"met": 28, "missed": 4, "pending": 1}  # the seed's own verdicts


def test_a_large_csv_takes_the_streaming_path(tmp_path, capsys, monkeypatch):
    copy = tmp_path / "seed.csv"
    copy.write_bytes(SEED_DATA.read_bytes())
    monkeypatch.setattr(cli, "STREAM_BYTES", 100)  # "large": over 100 bytes
    code, out, _ = run(capsys, "check", SEED_RULES, copy, "--format", "md", "--lang", "en")
    assert code == 0 and labels("en")["large"]["note"] in out
    monkeypatch.setattr(cli, "STREAM_BYTES", 64 * 2**20)
    code, out, _ = run(capsys, "check", SEED_RULES, copy, "--format", "md", "--lang", "en")
    assert code == 0 and labels("en")["large"]["note"] not in out  # the normal report, one row per verdict


def test_bad_arguments(capsys, full):
    code, _, err = run(capsys, "check", SEED_RULES, full, *BY, "--chunk-size", 0)
    assert code == 2 and "--chunk-size 0" in err
    code, _, err = run(capsys, "check", SEED_RULES, full, "--stream")
    assert code == 2 and "unknown column `province`" in err and "--by province" in err
    code, _, err = run(capsys, "check", SEED_RULES, full, *BY, "--period", "2019")
    assert code == 2 and "no target has period `2019`" in err


def _command(*argv: object) -> list[str]:
    return [sys.executable, "-m", "compliance.cli", *map(str, argv)]


def test_piped_output_has_no_progress_bar(full):
    done = subprocess.run(_command("check", SEED_RULES, full, *BY, "--format", "csv"), capture_output=True, check=False,
                          timeout=120, env={**os.environ, "SOURCE_DATE_EPOCH": "1677628800"})
    assert done.returncode == 0 and done.stderr == b""
    assert done.stdout.count(b"\r\n") == 5 * 33 + 1


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_a_terminal_sees_a_progress_bar(tmp_path, full):
    main_fd, terminal = os.openpty()
    try:
        done = subprocess.run(_command("check", SEED_RULES, full, *BY, "--chunk-size", 20, "-o", tmp_path / "v.csv"),
                              stdout=subprocess.PIPE, stderr=terminal, timeout=120, check=False)
        os.close(terminal)
        shown = b""
        while True:
            try:
                data = os.read(main_fd, 4096)
            except OSError:  # the terminal closed: everything was read
                break
            if not data:
                break
            shown += data
    finally:
        os.close(main_fd)
    text = shown.decode("utf-8")
    assert done.returncode == 0 and done.stdout == b""
    assert "\r" in text and "rows/s" in text and f"{5 * 33:,} verdicts" in text and "100%" in text


def test_without_the_stream_extra_the_command_says_what_to_install(capsys, monkeypatch, full):
    for name in [name for name in sys.modules
                 if name.startswith(("compliance.scale", "compliance.report.large", "compliance.report._streamed"))]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "numpy", None)  # import numpy now fails, as without the extra
    code, _, err = run(capsys, "check", SEED_RULES, full, *BY)
    assert code == 2 and "the streaming path needs numpy" in err and "compliance[stream]" in err
    monkeypatch.setitem(sys.modules, "compliance.report._streamed", None)  # a module of ours failing is a bug: said so
    with pytest.raises(ImportError, match="compliance.report._streamed"):
        main(["check", str(SEED_RULES), str(full), *BY])


def test_a_parquet_or_gzipped_dataset_streams_and_a_small_csv_does_not(tmp_path):
    small = tmp_path / "small.csv"
    small.write_text("indicator,period,reported\n", encoding="utf-8")
    assert [cli._large(str(tmp_path / name)) for name in ("p.parquet", "p.PQ", "p.csv.gz", "p.tsv.gz")] == [True] * 4
    assert not cli._large(str(small)) and not cli._large(str(tmp_path / "d.xlsx"))
    assert not cli._large(str(tmp_path / "missing.csv"))  # the loader names the missing file


def test_every_report_format_has_a_streamed_form():
    """A format of the report registry is written row by row, shown as a summary page, or said not to stream
    (``summary=False``: xlsx, junit, which the command refuses for a streamed run)."""
    import io
    from types import SimpleNamespace

    from compliance.report.formats import REGISTRY, ROW_FORMATS
    from compliance.report.large import SUMMARY_FORMATS, write_rows

    assert set(SUMMARY_FORMATS) == {f.name for f in REGISTRY if f.summary} - set(ROW_FORMATS)
    nothing = SimpleNamespace(model_dump=lambda mode: {})
    for fmt in ROW_FORMATS:  # each row format has a writer
        out = io.BytesIO()
        write_rows([], fmt, out, columns=["county", *COLUMNS], meta={}, summary=lambda: nothing)
        assert out.getvalue().startswith(b"county," if fmt == "csv" else b"{")
