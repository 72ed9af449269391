"""Hostile file-system targets (issue 12 §5): what ``-o`` and ``rules fmt`` do with FIFOs, links, inputs, signals.

The rule (``compliance/files/atomic.py``): a regular file is replaced atomically; a symbolic link is
kept and the file it points to replaced; a character device, a FIFO or ``/dev/fd/N`` is written to
directly, never replaced; a directory, a block device, a socket and the run's own inputs are refused.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from compliance.cli import main

HERE = Path(__file__).resolve().parent / "hostile"
RULES, DATA = HERE / "rules.yaml", HERE / "e-notation.csv"


def check(*extra: str | Path) -> list[str]:
    return ["check", str(RULES), str(DATA), "--period", "2022", "--lang", "en", "--format", "csv", *map(str, extra)]


def temps(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder) if ".compliance-" in name]


def test_a_fifo_is_written_through_never_replaced(tmp_path, capsys):
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    assert main(check("-o", fifo)) == 0
    reader.join(timeout=60)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still a FIFO, not a regular file
    assert b"met" in received[0]
    assert temps(tmp_path) == []


def test_a_descriptor_path_is_written_to_directly(tmp_path):
    read, write = os.pipe()
    try:
        assert main(check("-o", f"/dev/fd/{write}")) == 0
    finally:
        os.close(write)
    with os.fdopen(read, "rb") as pipe:
        assert b"met" in pipe.read()


def test_a_symbolic_link_is_kept_and_its_file_replaced(tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real.name)
    assert main(check("-o", link)) == 0
    assert link.is_symlink() and os.readlink(link) == "real.csv"
    assert "met" in real.read_text(encoding="utf-8-sig")
    assert temps(tmp_path) == []


def test_rules_fmt_through_a_symbolic_link_keeps_the_link(tmp_path, capsys):
    real = tmp_path / "plan.yaml"
    real.write_text('indicators:\n  - {name: A, id: a, polarity: higher, targets: {"2022": "6以上"}}\n'
                    'plan: {name: x, periods: ["2022"]}\n', encoding="utf-8")
    link = tmp_path / "link.yaml"
    link.symlink_to(real.name)
    assert main(["rules", "fmt", str(link)]) == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").startswith("plan:")  # the file it points to, in canonical order


@pytest.mark.parametrize("which", ["rules", "data", "link to data", "overrides"])
def test_a_report_over_an_input_is_refused(tmp_path, capsys, which):
    rules, data = tmp_path / "rules.yaml", tmp_path / "data.csv"
    rules.write_bytes(RULES.read_bytes())
    data.write_bytes(DATA.read_bytes())
    overrides = tmp_path / "overrides.yaml"
    overrides.write_text("overrides: []\n", encoding="utf-8")
    target = {"rules": rules, "data": data, "overrides": overrides, "link to data": tmp_path / "link.csv"}[which]
    if which == "link to data":
        target.symlink_to(data)
    before = {path: path.read_bytes() for path in (rules, data, overrides)}
    code = main(["check", str(rules), str(data), "--period", "2022", "--overrides", str(overrides), "--format", "csv",
                 "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert f"{target}: is an input of this run" in err
    assert {path: path.read_bytes() for path in before} == before


def test_a_directory_is_refused(tmp_path, capsys):
    assert main(check("-o", tmp_path)) == 2
    assert "is a directory" in capsys.readouterr().err


WRITER = """
import sys, time
from compliance.files.atomic import atomic_output
with atomic_output(sys.argv[1]) as out:
    out.write(b"half a report")
    print("writing", flush=True)
    time.sleep(60)
"""


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_termination_signal_removes_the_temporary_file(tmp_path, name):
    target = tmp_path / "report.csv"
    target.write_text("the old report\n", encoding="utf-8")
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None and writer.stdout.readline() == "writing\n"
    assert len(temps(tmp_path)) == 1  # named .report.csv.compliance-XXXX.tmp while it is written
    writer.send_signal(getattr(signal, name))
    assert writer.wait(timeout=60) == 128 + getattr(signal, name)
    assert temps(tmp_path) == []
    assert target.read_text(encoding="utf-8") == "the old report\n"


# --------------------------------------------------------------------------- what reports pass through

ESCAPES = HERE / "escapes.csv"  # =HYPERLINK(...), ESC [31m, BEL, <script>, <img onerror>


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
@pytest.mark.parametrize("fmt", ["csv", "md", "table"])
def test_reports_pass_no_formula_control_character_or_html_from_the_data(capsys, fmt, stream):
    code = main(["check", str(RULES), str(ESCAPES), "--period", "2022", "--lang", "en", "--format", fmt]
                + (["--stream"] if stream else []))
    out = capsys.readouterr().out
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out  # shown as ␛ and ␇, never sent to the terminal
    assert "␛[31m␇" in out or fmt == "table" and "␛" in out  # a table cell may be truncated after ␛
    if fmt == "csv":
        assert ",\"'=HYPERLINK(" in out and ',"=HYPERLINK(' not in out
    if fmt == "md":
        assert "&lt;script>" in out and "<script>" not in out and "<img" not in out


def test_numbers_stay_numbers_in_csv():
    from compliance.report.escape import csv_cell

    assert [csv_cell(v) for v in ("-2.3", "+5%", "-1e3", "1,000", 7)] == ["-2.3", "+5%", "-1e3", "1,000", 7]
    assert [csv_cell(v) for v in ("=1+2", "+5个百分点", "@SUM(A1)", "\tx", "\rx", "-")] == [
        "'=1+2", "'+5个百分点", "'@SUM(A1)", "'\tx", "'\rx", "'-"]


def test_explain_and_diff_show_control_characters_as_signs(tmp_path, capsys):
    assert main(["explain", "6\x1b[2J以上", "7\x07"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "6␛[2J以上" in out and "7␇" in out
    reports = []
    for data in (DATA, ESCAPES):
        reports.append(tmp_path / f"{data.stem}.json")
        assert main(["check", str(RULES), str(data), "--period", "2022", "--format", "json", "-o", str(reports[-1])]) == 0
    assert main(["diff", *map(str, reports), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "met → pending" in out and "\x1b" not in out and "␛[31m␇" in out


def test_lint_shows_control_characters_as_signs(tmp_path, capsys):
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES.read_text(encoding="utf-8").replace('"6以上"', '"6\\e[2J\\a"'), encoding="utf-8")
    assert main(["rules", "lint", str(rules)]) == 1
    out = capsys.readouterr().out
    assert "unrecognized-target" in out and "6␛[2J␇" in out and "\x1b" not in out
