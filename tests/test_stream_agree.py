"""The streamed reader and the whole-table check agree on three things they once told apart.

1. A byte that is not text in the file's encoding after the first MiB (the stream judges the encoding
   on the first MiB): the same message, line and byte offset as check, not a line-less "past its first MiB".
2. A row with blank fields past those the header names: check reads it, so the stream reads it too
   (and a value in such a field is refused by both, at the same line).
3. A reported value over the length limit: the same words (it names the indicator and period).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED_DATA, SEED_RULES

from compliance.errors import InputError
from compliance.plans.check import check
from compliance.plans.datasets import MAX_CELL, load_dataset
from compliance.plans.rules import load_rules
from compliance.scale.stream import stream_check

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

RULES = load_rules(SEED_RULES)
IDS = [indicator.id for indicator in RULES.indicators]


def check_error(path: Path, encoding: str | None = None) -> InputError:
    with pytest.raises(InputError) as caught:
        load_dataset(path, IDS, encoding=encoding)
    return caught.value


def stream_error(path: Path, *, by: tuple[str, ...] = (), encoding: str | None = None, chunksize: int = 5000
                 ) -> InputError:
    with pytest.raises(InputError) as caught:
        for _ in stream_check(RULES, path, ["2022"], by=by, chunksize=chunksize, encoding=encoding).run():
            pass
    return caught.value


# --------------------------------------------------------------------------- 1. a bad byte after the first MiB


def big_panel(tmp_path: Path, bad: bytes, *, encoding: str = "utf-8", bom: bool = False) -> tuple[Path, int]:
    """A panel of ~1.5 MiB (one region a row, Chinese source notes) with ``bad`` inside a row past 1.2 MiB;
    returns the file and the offset of ``bad``."""
    head = ("\ufeff" if bom else "") + "county,indicator,period,reported,source\n"
    rows = [f"区{r},gdp_growth,2022,{r % 9},附件一\n" for r in range(60_000)]
    raw = head.encode(encoding)
    pieces, size, placed = [raw], len(raw), -1
    for row in rows:
        data = row.encode(encoding)
        if placed < 0 and size > 1_200_000:
            cut = data.index(b",4,") if b",4," in data else data.index(b",2022,") + 5
            data, placed = data[:cut] + bad + data[cut:], size + cut
        pieces.append(data)
        size += len(data)
    path = tmp_path / f"big-{encoding}.csv"
    path.write_bytes(b"".join(pieces))
    assert placed > 1 << 20
    return path, placed


@pytest.mark.parametrize("bom", [False, True], ids=["plain", "BOM"])
def test_a_bad_byte_past_the_first_mib_is_named_at_its_line_and_byte_as_check_names_it(tmp_path, bom):
    path, offset = big_panel(tmp_path, b"\xff\xfe", bom=bom)
    line = path.read_bytes()[:offset].count(b"\n") + 1
    whole, streamed = check_error(path), stream_error(path, by=("county",))
    assert (streamed.line, streamed.message, streamed.hint) == (whole.line, whole.message, whole.hint)
    assert streamed.line == line > 20_000
    assert f"byte {offset} (b'\\xff') is not UTF-8" in streamed.message  # the file's offset, BOM counted


def test_a_forced_encoding_names_the_first_byte_it_cannot_read_as_check_does(tmp_path):
    path, offset = big_panel(tmp_path, b"\x80\xff", encoding="gbk")
    whole, streamed = check_error(path, "gbk"), stream_error(path, by=("county",), encoding="gbk")
    assert (streamed.line, streamed.message) == (whole.line, whole.message)
    assert streamed.message.startswith(f"is not gbk text: byte {offset} (b'\\x80')")
    assert streamed.line == path.read_bytes()[:offset].count(b"\n") + 1


def test_the_same_file_without_the_bad_byte_streams(tmp_path):
    path, _ = big_panel(tmp_path, b"")
    summary = stream_check(RULES, path, ["2022"], by=("county",), rows=False).run()
    assert summary.rows_read == 60_000


# --------------------------------------------------------------------------- 2. blank fields past the header's


def seed_with(tmp_path: Path, edit: dict[str, str]) -> Path:
    """The seed dataset with the rows starting with a key ending with its value instead of nothing."""
    lines = SEED_DATA.read_text(encoding="utf-8").splitlines()
    out = []
    for text in lines:
        for start, tail in edit.items():
            if text.startswith(start):
                text += tail
        out.append(text)
    path = tmp_path / "wide.csv"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def verdicts_of_check(path: Path) -> dict[tuple[str, str], tuple[str, str, int]]:
    return {(j.indicator.id, j.period): (j.verdict.status.value, j.row.reported, j.row.line)
            for j in check(RULES, load_dataset(path, IDS), ["2022"], as_of=2022) if j.row is not None}


def verdicts_of_stream(path: Path, chunksize: int) -> dict[tuple[str, str], tuple[str, str, int]]:
    frame = pd.concat(list(stream_check(RULES, path, ["2022"], chunksize=chunksize)), ignore_index=True)
    return {(r["indicator"], r["period"]): (r["status"], r["reported"], int(r["source"].rsplit(":", 1)[1]))
            for r in frame.to_dict("records") if isinstance(r["source"], str)}


@pytest.mark.parametrize("tail", [",", ", ,", ",,\t,"], ids=["one", "two, a space", "three, a tab"])
@pytest.mark.parametrize("chunksize", [3, 5000])
def test_blank_fields_past_the_header_are_read_as_check_reads_them(tmp_path, tail, chunksize):
    # the GDP row (missed: 4 against 6以上) and a late one, after several chunks of 3 rows
    path = seed_with(tmp_path, {"gdp_growth,2022,": tail, "gp_per_1000,2022,": tail})
    expected = verdicts_of_check(path)
    assert expected[("gdp_growth", "2022")][0] == "missed" and expected[("gp_per_1000", "2022")][0] == "met"
    assert verdicts_of_stream(path, chunksize) == expected


def test_a_value_past_the_header_is_refused_by_both_at_its_line(tmp_path):
    path = seed_with(tmp_path, {"gdp_growth,2022,": ",", "water_use,2022,": ",,x"})
    whole, streamed = check_error(path), stream_error(path, chunksize=3)
    assert (streamed.line, streamed.message) == (whole.line, whole.message)
    assert streamed.message.startswith("a value in column 6, which has no name")


def test_a_blank_cell_under_a_column_without_a_title_is_read_as_check_reads_it(tmp_path):
    lines = SEED_DATA.read_text(encoding="utf-8").splitlines()
    out = [lines[0] + ","] + [text + (", " if text.startswith("gdp_growth,2022,") else ",") for text in lines[1:]]
    path = tmp_path / "untitled.csv"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    assert verdicts_of_stream(path, 3) == verdicts_of_check(path)
    path.write_text("\n".join(out).replace("附件1, ", "附件1,x") + "\n", encoding="utf-8")
    whole, streamed = check_error(path), stream_error(path, chunksize=3)
    assert (streamed.line, streamed.message) == (whole.line, whole.message)
    assert streamed.message.startswith("a value in column 5, which has no name")


# --------------------------------------------------------------------------- 3. a reported value too long


@pytest.mark.parametrize("length", [MAX_CELL + 1, 3 * MAX_CELL])
def test_a_reported_value_too_long_is_named_by_indicator_and_period_on_both_paths(tmp_path, length):
    lines = SEED_DATA.read_text(encoding="utf-8").splitlines()
    out = [f'disposable_income_growth,2022,"{"长" * length}",附件1' if text.startswith("disposable_income_growth,2022,")
           else text for text in lines]
    path = tmp_path / "long.csv"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    whole, streamed = check_error(path), stream_error(path)
    assert (streamed.line, streamed.message, streamed.hint) == (whole.line, whole.message, whole.hint)
    assert streamed.message.startswith(f"the reported value of disposable_income_growth 2022 is {length:,} characters")


def test_a_value_at_the_limit_is_read_on_both_paths(tmp_path):
    lines = SEED_DATA.read_text(encoding="utf-8").splitlines()
    out = [f"disposable_income_growth,2022,2.9{' ' * (MAX_CELL - 3)},附件1"
           if text.startswith("disposable_income_growth,2022,") else text for text in lines]
    path = tmp_path / "limit.csv"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    assert verdicts_of_stream(path, 5000)[("disposable_income_growth", "2022")][0] == "met"
    assert verdicts_of_check(path)[("disposable_income_growth", "2022")][0] == "met"
