"""Hostile input against what stops 20-23 added (tests/hostile/README.md, "Stop 23"): documents (``extract``,
``check --document``), ``evaluate(..., period=)``, and what every command prints on the terminal.

Each test holds the behaviour on both sides where there is a verdict, or the positioned error; none times anything:
where the defect was time, the test counts work (calls) as the input doubles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "documents" / "haidian-2022.txt"
RULES = ROOT / "tests" / "hostile" / "rules.yaml"
#: what a hostile file puts in a text: an OSC sequence setting the terminal's title, a colour, the bell
ESCAPES = "\x1b]0;pwned\x07\x1b[31m"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


# --------------------------------------------------------------------------- the terminal


def test_an_error_naming_a_files_text_is_one_line_without_its_control_characters(tmp_path, capsys):
    """Before: ``unknown indicator `a<LF>b<ESC>]0;pwned<BEL>``` reached stderr as it was: two lines, the terminal's
    title set by the dataset. Now one line, the controls as visible signs (␛, ␇), the break as ␤."""
    data = tmp_path / "data.csv"
    data.write_text(f'indicator,period,reported\n"a\nb{ESCAPES}",2022,7\n', encoding="utf-8")
    code, _, err = _run(["check", RULES, data], capsys)
    assert code == 2 and "Traceback" not in err
    assert err.count("\n") == 1 and "\x1b" not in err and "\x07" not in err, repr(err)
    assert err.startswith(f"compliance: error: {data}:2: unknown indicator `a␤b␛]0;pwned␇␛[31m`"), err


def test_the_extract_summary_shows_a_claims_control_characters_as_signs(tmp_path, capsys):
    """Before: ``compliance extract`` printed the document's claim with its ESC and BEL to the terminal (the reports of
    ``check --document`` showed them as ␛ ␇). Now the summary does too; extract.json keeps the text as it was."""
    text = SEED.read_text(encoding="utf-8").replace("中，常住人口规模", f"中，{ESCAPES}常住人口规模", 1)
    assert ESCAPES in text
    document = tmp_path / "evil.txt"
    document.write_text(text, encoding="utf-8")
    code, out, err = _run(["extract", document, "-o", tmp_path / "out"], capsys)
    assert code == 0, err
    assert "pwned␇␛[31m" in out and "\x1b" not in out and "\x07" not in out
    assert ESCAPES in (tmp_path / "out" / "extract.json").read_text(encoding="utf-8").encode().decode("unicode_escape")
