"""A file that is UTF-8 up to some byte and GB18030 as a whole: check (the file read whole) and the streamed
path (which judges the encoding on the first MiB) agree. Before, check read such a file as GB18030 (and so
read any UTF-8 Chinese before that byte as other characters: 万人 as 涓囦汉) while the stream refused it at
that byte. Now both refuse it, with the same line, byte and hint (--encoding), when

* real UTF-8 text comes before the byte (the file mixes encodings), wherever the byte is, or
* the byte is past the first MiB (the first MiB was ASCII, so the stream chose UTF-8);

and both read it as GB18030 where the first non-ASCII byte is a GB18030 one inside the first MiB, as
before. ``--encoding gb18030`` reads it in both."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED_RULES

from compliance.errors import InputError
from compliance.plans.chunks import SNIFF_BYTES as STREAM_SNIFF
from compliance.plans.datasets import load_dataset
from compliance.plans.readers import SNIFF_BYTES, decode
from compliance.plans.rules import load_rules
from compliance.scale.stream import stream_check

pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

RULES = load_rules(SEED_RULES)
IDS = [indicator.id for indicator in RULES.indicators]
HEAD = "county,indicator,period,reported,source\n"


def panel(tmp_path: Path, first: str, size: int, last: str) -> tuple[Path, int]:
    """A panel: ``first`` (UTF-8) as the source note of rows up to ``size`` bytes, then one GB18030 row whose
    reported value is ``last``; returns the file and the offset of its first GB18030 byte."""
    raw = HEAD.encode("utf-8")
    rows, r = [raw], 0
    while len(raw) < size:
        row = f"r{r},gdp_growth,2022,{r % 9},{first}\n".encode("utf-8")
        rows.append(row)
        raw += row
        r += 1
    tail = f"r{r},gdp_growth,2022,{last},p\n".encode("gb18030")
    path = tmp_path / "panel.csv"
    path.write_bytes(raw + tail)
    return path, len(raw) + tail.index(last.encode("gb18030"))


def check_error(path: Path, encoding: str | None = None) -> InputError:
    with pytest.raises(InputError) as caught:
        load_dataset(path, IDS, encoding=encoding)
    return caught.value


def stream_rows(path: Path, encoding: str | None = None) -> int:
    summary = stream_check(RULES, path, ["2022"], by=("county",), rows=False, encoding=encoding).run()
    return summary.rows_read


def stream_error(path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        stream_rows(path)
    return caught.value


def test_the_two_paths_judge_the_same_first_mib() -> None:
    assert SNIFF_BYTES == STREAM_SNIFF == 1 << 20


@pytest.mark.parametrize(("first", "size"), [
    ("p", SNIFF_BYTES + 1000),       # ASCII for the first MiB, GB18030 past it
    ("万人完成", 2000),               # UTF-8 Chinese (valid GB18030 too: 涓囦汉...), GB18030 inside the first MiB
    ("万人完成", SNIFF_BYTES + 1000),  # the same, past the first MiB
])
def test_utf8_then_gb18030_is_refused_alike_naming_line_and_byte(tmp_path: Path, first: str, size: int) -> None:
    path, offset = panel(tmp_path, first, size, "增长4.1%")
    line = path.read_bytes()[:offset].count(b"\n") + 1
    whole, streamed = check_error(path), stream_error(path)
    assert (whole.line, whole.message, whole.hint) == (streamed.line, streamed.message, streamed.hint)
    assert whole.line == line
    assert whole.message.startswith(f"is UTF-8 text up to byte {offset} but not from there: byte {offset}")
    assert "--encoding" in whole.hint


def test_ascii_then_gb18030_inside_the_first_mib_is_read_as_gb18030_by_both(tmp_path: Path) -> None:
    path, _ = panel(tmp_path, "p", 2000, "增长4.1%")
    assert "增长4.1%" in decode(str(path), path.read_bytes())  # check's reading
    assert stream_rows(path) == path.read_bytes().count(b"\n") - 1


def test_named_gb18030_reads_a_gb18030_file_with_an_ascii_first_mib_in_both(tmp_path: Path) -> None:
    path, _ = panel(tmp_path, "p", SNIFF_BYTES + 1000, "增长4.1%")
    assert "增长4.1%" in decode(str(path), path.read_bytes(), "gb18030")
    assert stream_rows(path, "gb18030") == path.read_bytes().count(b"\n") - 1


def test_utf8_throughout_is_read_by_both(tmp_path: Path) -> None:
    path = tmp_path / "utf8.csv"
    path.write_bytes((HEAD + "".join(f"r{r},gdp_growth,2022,{r % 9},万人完成\n" for r in range(40_000))).encode())
    assert path.stat().st_size > SNIFF_BYTES
    assert decode(str(path), path.read_bytes()).count("万人完成") == 40_000
    assert stream_rows(path) == 40_000
