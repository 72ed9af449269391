"""Bad input: exit code 2 and one line naming the file, the line where there is one, and the fix.

Each case of the issue's list runs through ``compliance.cli.main`` (and one through a real
subprocess): broken YAML, a misspelt key, an unknown polarity, an unknown indicator in a dataset,
a non-numeric period, an empty file, a binary file, an alias bomb, a Python tag. A UTF-8 file
with a byte-order mark loads.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from compliance.cli import main

from conftest import ROOT, SEED_DATA, SEED_RULES

RULES = """\
plan:
  name: Test plan
  periods: ["2022"]
indicators:
  - id: gdp_growth
    name: 地区生产总值增速
    unit: "%"
    polarity: higher
    measure: rate
    attribute: 预期性
    targets:
      "2022": "6以上"
  - id: water_use
    name: 生产生活用水总量
    polarity: lower
    targets:
      "2022": "<3.2"
"""
DATA = "indicator,period,reported,source\ngdp_growth,2022,4,附件1\nwater_use,2022,2.9,附件1\n"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def run_error(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> str:
    """Run the command; it must exit 2 with exactly one line on stderr and nothing on stdout."""
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert err.startswith("compliance: error: ")
    return err.removeprefix("compliance: error: ").rstrip("\n")


def location(message: str) -> tuple[str, int | None, int | None]:
    match = re.match(r"^(.+?):(\d+)(?::(\d+))?: ", message)
    assert match, f"no file:line in {message!r}"
    return match.group(1), int(match.group(2)), int(match.group(3)) if match.group(3) else None


def test_the_clean_files_pass(tmp_path, capsys):
    rules, data = write(tmp_path, "r.yaml", RULES), write(tmp_path, "d.csv", DATA)
    assert main(["check", str(rules), str(data), "--lang", "en"]) == 0
    assert "gdp_growth" in capsys.readouterr().out


def test_broken_yaml(tmp_path, capsys):
    rules = write(tmp_path, "r.yaml", RULES.replace('name: Test plan', 'name: [Test plan'))
    message = run_error(capsys, "check", rules, write(tmp_path, "d.csv", DATA))
    file, line, column = location(message)
    assert file == str(rules) and line is not None and column is not None
    assert "not valid YAML" in message and "check the indentation" in message


def test_misspelt_key_suggests_the_key_meant(tmp_path, capsys):
    rules = write(tmp_path, "r.yaml", RULES.replace("    polarity: lower", "    polarty: lower"))
    message = run_error(capsys, "check", rules, write(tmp_path, "d.csv", DATA))
    assert location(message) == (str(rules), 15, 5)
    assert "unknown key `polarty`" in message and "water_use" in message
    assert "did you mean `polarity`?" in message


def test_unknown_polarity_lists_the_allowed_values(tmp_path, capsys):
    rules = write(tmp_path, "r.yaml", RULES.replace("polarity: higher", "polarity: up"))
    message = run_error(capsys, "check", rules, write(tmp_path, "d.csv", DATA))
    assert location(message) == (str(rules), 8, 15)  # at the value
    assert "`up` is not one of `higher`, `lower`, `band`" in message
    assert "gdp_growth" in message and "polarity" in message


def test_unknown_polarity_close_to_a_known_one_is_suggested(tmp_path, capsys):
    rules = write(tmp_path, "r.yaml", RULES.replace("polarity: higher", "polarity: hihger"))
    message = run_error(capsys, "check", rules, write(tmp_path, "d.csv", DATA))
    assert "did you mean `higher`?" in message


def test_unknown_indicator_in_the_dataset(tmp_path, capsys):
    data = write(tmp_path, "d.csv", DATA + "gdp_grwth,2021,8.5,附件1\n")
    message = run_error(capsys, "check", write(tmp_path, "r.yaml", RULES), data)
    assert location(message)[:2] == (str(data), 4)
    assert "unknown indicator `gdp_grwth`" in message and "did you mean `gdp_growth`?" in message


def test_non_numeric_period_in_the_dataset(tmp_path, capsys):
    data = write(tmp_path, "d.csv", DATA.replace("gdp_growth,2022", "gdp_growth,去年"))
    message = run_error(capsys, "check", write(tmp_path, "r.yaml", RULES), data)
    assert location(message)[:2] == (str(data), 2)
    assert "period `去年` is not a year" in message and "2021-2025" in message


def test_non_numeric_period_in_the_rules(tmp_path, capsys):
    rules = write(tmp_path, "r.yaml", RULES.replace('"2022": "6以上"', 'next year: "6以上"'))
    message = run_error(capsys, "check", rules, write(tmp_path, "d.csv", DATA))
    assert location(message) == (str(rules), 12, 7)  # at the key
    assert "period `next year` is not a year" in message


@pytest.mark.parametrize("name", ["r.yaml", "d.csv"])
def test_empty_file(tmp_path, capsys, name):
    files = {"r.yaml": write(tmp_path, "r.yaml", RULES), "d.csv": write(tmp_path, "d.csv", DATA)}
    files[name] = write(tmp_path, name, "")
    message = run_error(capsys, "check", files["r.yaml"], files["d.csv"])
    assert location(message)[:2] == (str(files[name]), 1)
    assert "is empty" in message and "; " in message  # and what to give instead


@pytest.mark.parametrize("name", ["r.yaml", "d.csv"])
def test_binary_file(tmp_path, capsys, name):
    files = {"r.yaml": write(tmp_path, "r.yaml", RULES), "d.csv": write(tmp_path, "d.csv", DATA)}
    files[name] = write(tmp_path, name, b"PK\x03\x04\x00\x00binary\xff\xfe")
    message = run_error(capsys, "check", files["r.yaml"], files["d.csv"])
    assert location(message)[:2] == (str(files[name]), 1)
    assert "binary" in message


def billion_laughs(levels: int = 10) -> str:
    lines = ['lol0: &lol0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels):
        lines.append(f"lol{level}: &lol{level} [{', '.join([f'*lol{level - 1}'] * 10)}]")
    return "\n".join(lines) + "\n"


@pytest.fixture
def hang_guard():
    """Fail (rather than hang CI) if a bomb were expanded: 10^10 nodes would never finish."""

    def hung(signum, frame):  # pragma: no cover - only when the guard fires
        raise AssertionError("an alias bomb was expanded instead of refused")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_alias_bomb_is_refused(tmp_path, capsys, hang_guard):
    rules = write(tmp_path, "r.yaml", billion_laughs())
    message = run_error(capsys, "check", rules, write(tmp_path, "d.csv", DATA))
    file, line, _ = location(message)
    assert file == str(rules) and 1 <= line <= 10
    assert "alias bomb" in message and "refused" in message


def test_alias_bomb_in_a_yaml_dataset_is_refused(tmp_path, capsys, hang_guard):
    data = write(tmp_path, "d.yaml", billion_laughs())
    message = run_error(capsys, "check", write(tmp_path, "r.yaml", RULES), data)
    assert location(message)[0] == str(data) and "alias bomb" in message


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system",
        "!!python/object/new:os.system",
        "!<tag:yaml.org,2002:python/object/apply:os.system>",
    ],
)
def test_python_tag_is_refused_and_nothing_is_built(tmp_path, capsys, tag):
    marker = tmp_path / "constructed"
    text = RULES.replace("name: Test plan", f'name: {tag} ["touch {marker}"]')
    rules = write(tmp_path, "r.yaml", text)
    message = run_error(capsys, "check", rules, write(tmp_path, "d.csv", DATA))
    assert location(message)[:2] == (str(rules), 2)
    assert "Python object" in message and "refused" in message and "remove the tag" in message
    assert not marker.exists()
    run_error(capsys, "rules", "lint", rules)
    run_error(capsys, "rules", "fmt", rules)
    assert not marker.exists()


def test_utf8_files_with_a_bom_load(tmp_path, capsys):
    rules = write(tmp_path, "r.yaml", b"\xef\xbb\xbf" + RULES.encode("utf-8"))
    data = write(tmp_path, "d.csv", b"\xef\xbb\xbf" + DATA.encode("utf-8"))
    assert main(["check", str(rules), str(data), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert '"gdp_growth"' in out and '"missed"' in out


def test_missing_file(tmp_path, capsys):
    message = run_error(capsys, "check", tmp_path / "nope.yaml", write(tmp_path, "d.csv", DATA))
    assert "nope.yaml" in message and "not found" in message


def test_rules_without_a_dataset(tmp_path, capsys):
    message = run_error(capsys, "check", write(tmp_path, "r.yaml", RULES))
    assert "give a dataset" in message


def test_a_period_without_targets(capsys):
    message = run_error(capsys, "check", "--period", "2030")
    assert "no target has period `2030`" in message and "2022" in message


def test_an_unwritable_report_leaves_no_file(tmp_path, capsys):
    message = run_error(capsys, "check", "-o", tmp_path / "missing-folder" / "report.json")
    assert "report.json" in message and "folder does not exist" in message


def test_errors_through_a_real_process(tmp_path):
    """The installed entry point: exit status 2, one line on stderr, no traceback."""
    rules = write(tmp_path, "r.yaml", RULES.replace("    polarity: lower", "    polarty: lower"))
    done = subprocess.run(
        [sys.executable, "-m", "compliance.cli", "check", str(rules), str(SEED_DATA)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert f"{rules}:15:5: unknown key `polarty`" in done.stderr
    assert "did you mean `polarity`?" in done.stderr
    assert SEED_RULES.exists()
