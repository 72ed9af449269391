"""Quotes in CSV files: errors name the record's first line and its cause, the same for check and --stream.

A line break inside a quoted cell shifts every later line; a quote left open reads on across lines; a
quote that swallows lines shaped like rows would make them one cell. Each file is judged whole
(``load_dataset``) and streamed (``--stream``, with small chunks too), and both must say the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED_DATA, SEED_RULES

from compliance.cli import main
from compliance.errors import InputError
from compliance.plans.datasets import load_dataset

pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

SEED = SEED_DATA.read_text(encoding="utf-8").splitlines()  # header + rows, 4 columns, no quotes
IDS = [line.split(",")[0] for line in SEED[1:]]


def write(path: Path, lines: list[str], newline: str = "\n") -> Path:
    path.write_bytes((newline.join(lines) + newline).encode("utf-8"))
    return path


def errors(path: Path, capsys, *extra: str) -> tuple[str, list[str]]:
    """check's error and the streamed errors (default chunks, chunks of 3), each a one-line message."""
    assert main(["check", str(SEED_RULES), str(path), "--period", "2022", "--format", "csv", *extra]) == 2
    whole = capsys.readouterr().err.strip()
    streamed = []
    for chunks in ((), ("--chunk-size", "3")):
        assert main(["check", str(SEED_RULES), str(path), "--period", "2022", "--format", "csv", "--stream",
                     *chunks, *extra]) == 2
        streamed.append(capsys.readouterr().err.strip())
    return whole, streamed


def with_note(lines: list[str], row: int, note: str) -> list[str]:
    """``lines`` with the source cell of ``row`` (0: the header) replaced by a quoted ``note``."""
    cells = lines[row].split(",")
    return lines[:row] + [",".join(cells[:3] + [f'"{note}"'])] + lines[row + 1:]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("breaks", [1, 2, 5])
def test_a_late_error_names_its_line_after_quoted_line_breaks(tmp_path, capsys, newline, breaks):
    lines = with_note(SEED, 5, "\n".join(f"part {i}" for i in range(breaks + 1)))  # the note spans breaks+1 lines
    lines[30] += ",stray"  # file line 31 + breaks: a 5th field
    bad_line = 31 + breaks
    whole, streamed = errors(write(tmp_path / "late.csv", lines, newline), capsys)
    assert f"late.csv:{bad_line}: a value in column 5, which has no name in the first line" in whole
    for error in streamed:
        assert error == whole
        # one line, the line said once (after the file's path: a temporary folder's name may hold the digits)
        assert "\n" not in error and error.split("late.csv", 1)[1].count(str(bad_line)) == 1


def test_trailing_empty_field_after_quoted_break_names_its_line(tmp_path, capsys):
    lines = with_note(SEED, 5, "a\nb")
    lines[30] += ","  # an empty 5th field: check reads it, pyarrow and pandas refuse it
    path = write(tmp_path / "empty5.csv", lines)
    assert len(load_dataset(path, IDS).rows) == len(load_dataset(SEED_DATA, IDS).rows)
    # the stream reads it too (the blank 5th field dropped), the row after the quoted break at its file line
    assert main(["check", str(SEED_RULES), str(path), "--period", "2022", "--format", "csv", "--stream"]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith(f'"{lines[30].split(",")[0]}"'))
    assert "empty5.csv:32" in row


@pytest.mark.parametrize("later_quote", [True, False])
def test_an_unterminated_quote_is_named_on_its_own_line(tmp_path, capsys, later_quote):
    lines = SEED[:45]
    assert not any('"' in line for line in lines)
    lines[20] = lines[20].rsplit(",", 1)[0] + ',"unterminated'  # file line 21 opens a quote it never closes
    if later_quote:
        lines[30] = lines[30].rsplit(",", 1)[0] + ',"0.1（同口径8%）"'  # a later quoted cell closes it, wrongly
    whole, streamed = errors(write(tmp_path / "open.csv", lines), capsys)
    assert whole.startswith("compliance: error: ")
    assert "open.csv:21: not valid CSV:" in whole  # the opening quote's line, a quote's fault
    assert ("read on to line 31" in whole) if later_quote else ("unexpected end of data" in whole)
    assert streamed == [whole, whole]


SWALLOWED = ['附件1\n{}\n{}', '附件1\n{}']


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("how", ["known id", "row shape"])
def test_a_quote_that_swallows_rows_is_an_error_at_the_opening_quote(tmp_path, capsys, newline, how):
    # line 11 opens a quote in its source column that closes at the end of line 15: lines 12-15 are rows
    lines = list(SEED)
    swallowed = lines[11:15]
    if how == "row shape":  # not a known id, but the header's number of fields with a period in its column
        swallowed = ["unknown_id" + line[line.index(","):] for line in swallowed]
    cell = "\n".join([lines[10].split(",")[3]] + swallowed)
    lines = lines[:10] + [",".join(lines[10].split(",")[:3] + [f'"{cell}"'])] + lines[15:]
    whole, streamed = errors(write(tmp_path / "swallow.csv", lines, newline), capsys)
    first = swallowed[0].split(",")[0]
    assert f"swallow.csv:11:4: the quote opened in column 4 is not closed before line 12, a row of" in whole
    assert f"`{first}`" in whole and "close the quote" in whole
    assert streamed == [whole, whole]
    with pytest.raises(InputError) as caught:
        load_dataset(tmp_path / "swallow.csv", IDS)
    assert (caught.value.line, caught.value.column) == (11, 4)


def test_a_note_of_several_lines_still_loads(tmp_path, capsys):
    # prose after the line break, even prose with commas or a known id later in its line, is a note
    note = "附件1\n第二行, 说明\n数据来源：统计局, 2022, 初步, 核实\nsee gdp_growth, revised"
    lines = with_note(SEED, 12, note)  # rd_share_gdp 2022, line 13
    path = write(tmp_path / "note.csv", lines)
    dataset = load_dataset(path, IDS)
    assert dataset.rows[11].source == note and dataset.rows[12].line == 17
    for stream in ((), ("--stream",), ("--stream", "--chunk-size", "3")):
        assert main(["check", str(SEED_RULES), str(path), "--period", "2022", "--format", "csv", *stream]) in (0, 1)
        out = capsys.readouterr().out
        assert "第二行, 说明" in out, out[out.find("rd_share_gdp/2022"):][:600]
        assert "note.csv:18" in out
