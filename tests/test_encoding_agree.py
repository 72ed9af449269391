"""A file that is UTF-8 for its first MiB and GB18030 as a whole: check (the file read whole) and the streamed
path (which judges the encoding on the first MiB) agree. Before, check read such a file as GB18030 (and so read
any UTF-8 Chinese in it as other characters: 万人 as 涓囦汉) while the stream refused it at its first byte that is
not UTF-8. Now both refuse it there, with the same line, byte and hint (--encoding); ``--encoding gb18030``
reads it in both. Where that byte is inside the first MiB both read the file as GB18030, as before: GBK text
often starts with bytes that are valid UTF-8 (指 is D6 B8), so UTF-8 before the byte proves nothing there.
Where everything before that byte is ASCII (review F8: a GBK export of English headers and codes first, its
Chinese notes later) the file is GB18030 throughout, ASCII reading alike in both: both read it as GB18030,
wherever the byte is (the stream goes on in GB18030, repeating no row)."""

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


@pytest.mark.parametrize("first", ["万人完成"])  # UTF-8 Chinese (valid GB18030 too: 涓囦汉...); ASCII: read (below)
def test_utf8_for_the_first_mib_then_gb18030_is_refused_alike(tmp_path: Path, first: str) -> None:
    path, offset = panel(tmp_path, first, SNIFF_BYTES + 1000, "增长4.1%")
    line = path.read_bytes()[:offset].count(b"\n") + 1
    whole, streamed = check_error(path), stream_error(path)
    assert (whole.line, whole.message, whole.hint) == (streamed.line, streamed.message, streamed.hint)
    assert whole.line == line > 20_000
    assert whole.message.startswith(f"is UTF-8 text up to byte {offset} but not from there: byte {offset}")
    assert "--encoding" in whole.hint


def test_gbk_that_starts_as_valid_utf8_is_read_as_gbk(tmp_path: Path) -> None:
    raw = "指标,2022\n".encode("gbk")
    assert raw[:2].decode("utf-8") and not raw.isascii()  # 指 = D6 B8: a UTF-8 character too
    assert decode("d.csv", raw) == "指标,2022\n"


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


def notes_panel(tmp_path: Path, first: str, last: str) -> tuple[Path, int]:
    """A dataset of no region column: rows whose source notes (``first``, UTF-8) fill more than the first MiB,
    then a GB18030 row whose reported value is ``last`` and whose note is Chinese; returns the file and the
    offset of its first GB18030 byte."""
    head = "indicator,period,reported,source\n".encode()
    note = (first * (110_000 // len(first.encode())))
    rows = [f"{ident},2022,{value},{note}\n".encode() for ident, value in
            zip(IDS[3:14], ["4", "7", "6.5", "0.5", "3", "12", "100", "5", "8", "2.1", "9"])]
    raw = head + b"".join(rows)
    assert len(raw) > SNIFF_BYTES
    tail = f"{IDS[14]},2022,{last},区统计局\n{IDS[15]},2022,5,p\n".encode("gb18030")
    path = tmp_path / "notes.csv"
    path.write_bytes(raw + tail)
    return path, len(raw) + tail.index(last.encode("gb18030"))


def judged(path: Path, encoding: str | None = None) -> tuple[list[tuple], list[tuple]]:
    """The verdicts of check (the file read whole) and of the stream, as (indicator, status, reason, line)."""
    from compliance.plans.check import check

    whole = [(j.indicator.id, j.verdict.status.value, j.verdict.reason.value, j.row.line if j.row else None)
             for j in check(RULES, load_dataset(path, IDS, encoding=encoding), ["2022"])]
    frames = [frame for frame in stream_check(RULES, path, ["2022"], chunksize=3, encoding=encoding) if len(frame)]
    import pandas as pd

    frame = pd.concat(frames, ignore_index=True)
    streamed = [(i, s, r, None if pd.isna(src) else int(src.rsplit(":", 1)[1]))
                for i, s, r, src in zip(frame.indicator, frame.status, frame.reason, frame.source)]
    return sorted(whole, key=str), sorted(streamed, key=str)


def test_an_ascii_first_mib_then_gb18030_is_read_as_gb18030_by_both(tmp_path: Path) -> None:
    """F8: everything before the first byte that is not UTF-8 is ASCII, which GB18030 reads alike: the file
    is GB18030 throughout, and both paths read it so (the stream from its first MiB on, rows not repeated)."""
    path, offset = notes_panel(tmp_path, "p", "增长4.1%")
    assert offset > SNIFF_BYTES and path.read_bytes()[:offset].isascii()
    text = decode(str(path), path.read_bytes())
    assert "增长4.1%" in text and "区统计局" in text
    whole, streamed = judged(path)
    assert whole == streamed
    assert (IDS[14], 13) in [(ident, line) for ident, _, _, line in whole]  # the GB18030 row, on its own line
    assert len(streamed) == len({(ident, line) for ident, _, _, line in streamed})  # no row judged twice
    assert judged(path, "gb18030") == (whole, streamed)  # as named


def test_utf8_text_then_gb18030_past_the_first_mib_is_still_refused_by_both(tmp_path: Path) -> None:
    path, offset = notes_panel(tmp_path, "万人完成", "增长4.1%")
    whole = check_error(path)
    with pytest.raises(InputError) as caught:
        list(stream_check(RULES, path, ["2022"], chunksize=3))
    streamed = caught.value
    assert (whole.line, whole.message, whole.hint) == (streamed.line, streamed.message, streamed.hint)
    assert whole.line == 13
    assert whole.message.startswith(f"is UTF-8 text up to byte {offset} but not from there")


def test_a_gzipped_ascii_first_mib_then_gb18030_streams_as_the_plain_file(tmp_path: Path) -> None:
    import gzip

    import pandas as pd

    path, _ = notes_panel(tmp_path, "p", "增长4.1%")
    packed = tmp_path / "notes.csv.gz"
    packed.write_bytes(gzip.compress(path.read_bytes()))

    def rows(file: Path) -> list[tuple]:
        frame = pd.concat([frame for frame in stream_check(RULES, file, ["2022"], chunksize=3) if len(frame)])
        return sorted(zip(frame.indicator, frame.status, frame.reason, frame.source.fillna("").str.rsplit(":").str[-1]))

    assert rows(packed) == rows(path)
    assert ("增长4.1%" in path.read_bytes().decode("gb18030")) and len(rows(path)) == len(judged(path)[0])
