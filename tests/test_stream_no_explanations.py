"""`compliance check --no-explanations`: streamed rows without the explanation column, every other byte as the default."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import SEED_DATA, SEED_RULES
from test_stream import panel

from compliance.cli import main
from compliance.scale.stream import COLUMNS

pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

BY = ("--by", "province,county")
#: a CSV field as the streamed writer writes it: quoted (quotes doubled, line breaks kept) or bare
_FIELD = re.compile(rb'"(?:[^"]|"")*"|[^,"\r\n]*')


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1677628800")


def records(data: bytes) -> list[list[bytes]]:
    """The records of a CSV file as the bytes of their fields (a quoted field may hold a line break)."""
    out, fields, at = [], [], 0
    while at < len(data):
        field = _FIELD.match(data, at)
        assert field is not None
        fields.append(field.group())
        at = field.end()
        if data.startswith(b",", at):
            at += 1
            continue
        assert data.startswith(b"\r\n", at), data[at : at + 20]
        out.append(fields)
        fields, at = [], at + 2
    return out


def run(capsys, *argv) -> int:
    code = main([str(arg) for arg in argv])
    capsys.readouterr()
    return code


@pytest.fixture()
def mixed(tmp_path) -> Path:
    """Regions with missing rows, previous years, words and plain figures: every kind of explanation."""
    return panel(tmp_path / "panel.csv", regions=7, drop=0.1, years=("2021", "2022"))


def test_csv_rows_are_the_default_rows_byte_for_byte_without_their_last_field(tmp_path, capsys, mixed):
    told, bare = tmp_path / "told.csv", tmp_path / "bare.csv"
    assert run(capsys, "check", SEED_RULES, mixed, *BY, "--period", "2022", "--chunk-size", 50, "-o", told) in (0, 1)
    assert run(capsys, "check", SEED_RULES, mixed, *BY, "--period", "2022", "--chunk-size", 50, "--no-explanations",
               "-o", bare) in (0, 1)
    with_, without = records(told.read_bytes()), records(bare.read_bytes())
    assert with_[0][-1] == b"explanation" and without[0] == with_[0][:-1]
    assert without[0][2:] == [name.encode() for name in COLUMNS if name != "explanation"]
    assert len(without) == len(with_) > 7 * 30
    assert all(len(row[-1]) > 10 for row in with_[1:])  # the default run explains every row ...
    assert without == [row[:-1] for row in with_]  # ... and the bare run writes the rest byte for byte
    assert bare.read_bytes().startswith(b"\xef\xbb\xbf")  # with the BOM, as the default


def test_json_rows_have_no_explanation_key_and_the_same_values(tmp_path, capsys, mixed):
    told, bare = tmp_path / "told.json", tmp_path / "bare.json"
    run(capsys, "check", SEED_RULES, mixed, *BY, "--period", "2022", "-o", told)
    run(capsys, "check", SEED_RULES, mixed, *BY, "--period", "2022", "--no-explanations", "-o", bare)
    a, b = json.loads(told.read_text(encoding="utf-8")), json.loads(bare.read_text(encoding="utf-8"))
    assert all(row["explanation"] for row in a["verdicts"]) and all("explanation" not in row for row in b["verdicts"])
    assert b["verdicts"] == [{k: v for k, v in row.items() if k != "explanation"} for row in a["verdicts"]]
    assert b["summary"] == a["summary"]  # the sample keeps its explanations: the summary is the same


def test_the_flag_implies_the_streaming_path(tmp_path, capsys):
    out = tmp_path / "rows.csv"
    assert run(capsys, "check", SEED_RULES, SEED_DATA, "--no-explanations", "-o", out) in (0, 1)
    header = records(out.read_bytes())[0]
    assert b"explanation" not in header and header[0].endswith(b"indicator")  # streamed rows: one per verdict


def test_with_a_document_the_flag_is_refused_as_stream_is(tmp_path, capsys):
    code = main(["check", "--document", str(tmp_path / "plan.docx"), "--no-explanations"])
    assert code == 2 and "--stream" in capsys.readouterr().err
