"""Datasets saved by Chinese spreadsheet software: GBK / GB18030 (and UTF-16) are read, --encoding forces one.

The GBK copies are made here from the seed dataset (datasets/haidian-2022.csv), so they are the same
rows in another encoding: they must judge the same, verdict for verdict.
"""

from __future__ import annotations

import json

import pytest

from compliance.cli import main
from compliance.errors import InputError
from compliance.plans.datasets import load_dataset
from compliance.plans.readers import decode

from conftest import SEED_DATA, SEED_RULES

SEED_TEXT = SEED_DATA.read_text(encoding="utf-8")


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1677628800")


def verdicts(capsys, data, *options) -> list[tuple]:
    code, out, err = run(capsys, "check", SEED_RULES, data, "--format", "json", "--period", "all", *options)
    assert (code, err) == (0, "")
    return [(v["id"], v["reported"], v["value"], v["status"], v["reason"], v["explanation"]["zh"])
            for v in json.loads(out)["verdicts"]]


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-8-sig"])
def test_a_copy_in_another_encoding_judges_the_same(tmp_path, capsys, encoding):
    copy = tmp_path / "haidian-2022.csv"
    copy.write_bytes(SEED_TEXT.encode(encoding))
    assert copy.read_bytes() != SEED_DATA.read_bytes()
    expected = verdicts(capsys, SEED_DATA)
    assert verdicts(capsys, copy) == expected  # detected
    assert verdicts(capsys, copy, "--encoding", encoding) == expected  # forced
    assert sum(1 for v in expected if v[3] == "missed") == 4


def test_gbk_rows_keep_their_text_and_lines(tmp_path):
    copy = tmp_path / "d.csv"
    copy.write_bytes(SEED_TEXT.encode("gbk"))
    utf8, gbk = load_dataset(SEED_DATA), load_dataset(copy)
    assert [(r.indicator, r.period, r.reported, r.line) for r in gbk.rows] == [
        (r.indicator, r.period, r.reported, r.line) for r in utf8.rows]
    assert any("万人" in r.reported or "平方公里" in r.reported for r in gbk.rows)  # Chinese, not mojibake


@pytest.mark.parametrize("suffix", [".json", ".yaml", ".tsv"])
def test_yaml_json_and_tsv_datasets_are_decoded_too(tmp_path, capsys, suffix):
    rules = tmp_path / "r.yaml"
    rules.write_text('plan: {name: P}\nindicators:\n  - {id: a, name: 增速, unit: "%", polarity: higher, '
                     'targets: {"2022": "6以上"}}\n', encoding="utf-8")
    data = tmp_path / f"d{suffix}"
    for reported, status in (("5.9%（初步核算）", "missed"), ("6%（初步核算）", "met")):
        text = {".json": json.dumps({"a": {"2022": reported}}, ensure_ascii=False),
                ".yaml": f'a:\n  "2022": {reported}\n',
                ".tsv": f"indicator\tperiod\treported\na\t2022\t{reported}\n"}[suffix]
        data.write_bytes(text.encode("gbk"))
        code, out, err = run(capsys, "check", rules, data, "--format", "json")
        verdict = json.loads(out)["verdicts"][0]
        assert (code, err, verdict["reported"], verdict["status"]) == (0, "", reported, status)


def test_utf8_comes_first_because_utf8_chinese_is_often_valid_gb18030():
    text = "万人,达标,完成"
    raw = text.encode("utf-8")
    assert raw.decode("gb18030") == "涓囦汉,杈炬爣,瀹屾垚"  # readable as GB18030, but as other characters
    assert decode("d.csv", raw) == text


def test_an_undecodable_file_names_the_file_the_line_and_the_byte(tmp_path, capsys):
    data = tmp_path / "d.csv"
    head = "indicator,period,reported\ngdp_growth,2022,".encode()
    data.write_bytes(head + b"4\xff\xfe\n")  # 0xFF is neither UTF-8 nor GB18030
    code, out, err = run(capsys, "check", SEED_RULES, data)
    assert (code, out) == (2, "")
    assert err == (f"compliance: error: {data}:2: is neither UTF-8 nor GB18030/GBK text: byte {len(head) + 1} "
                   "(b'\\xff') is not UTF-8; save the file as UTF-8, or name its encoding with --encoding\n")


def test_a_forced_encoding_that_does_not_fit_is_exit_2_with_the_byte(tmp_path, capsys):
    data = tmp_path / "d.csv"
    data.write_bytes(SEED_TEXT.encode("gbk"))
    code, _, err = run(capsys, "check", SEED_RULES, data, "--encoding", "utf-8")
    first = SEED_TEXT.encode("gbk").index(b"\xb8")  # the first byte of the first Chinese character, 附
    line = SEED_TEXT.encode("gbk")[:first].count(b"\n") + 1
    assert code == 2 and err.startswith(f"compliance: error: {data}:{line}: is not utf-8 text: byte {first} ")
    code, _, err = run(capsys, "check", SEED_RULES, data, "--encoding", "klingon")
    assert code == 2 and err == f"compliance: error: {data}: unknown encoding `klingon`; e.g. --encoding utf-8, " \
        "--encoding gb18030, --encoding gbk\n"


def test_decode_refuses_what_no_encoding_reads():
    with pytest.raises(InputError, match=r"d.csv:1: is neither UTF-8 nor GB18030/GBK text: byte 1 \(b'\\x80'\)"):
        decode("d.csv", b"a\x80")


@pytest.mark.parametrize(("encoding", "suffix"), [("gbk", ".csv"), ("gb18030", ".csv.gz"), ("utf-16", ".csv")])
def test_a_streamed_copy_in_another_encoding_judges_the_same(tmp_path, capsys, encoding, suffix):
    import gzip

    def streamed(path) -> list[dict]:
        code, out, err = run(capsys, "check", SEED_RULES, path, "--stream", "--format", "json", "--period", "all")
        assert (code, err) == (0, "")
        return [{**v, "source": v["source"].rsplit(":", 1)[1] if v["source"] else None}
                for v in json.loads(out)["verdicts"]]

    copy = tmp_path / f"haidian-2022{suffix}"
    raw = SEED_TEXT.encode(encoding)
    copy.write_bytes(gzip.compress(raw) if suffix.endswith(".gz") else raw)
    expected = streamed(SEED_DATA)
    assert len(expected) > 33 and streamed(copy) == expected  # the same verdicts, on the same lines


def test_a_streamed_file_that_no_encoding_reads_is_exit_2(tmp_path, capsys):
    data = tmp_path / "d.csv"
    data.write_bytes(b"indicator,period,reported\ngdp_growth,2022,4\xff\n")
    code, out, err = run(capsys, "check", SEED_RULES, data, "--stream")
    assert (code, out) == (2, "") and err.startswith(f"compliance: error: {data}:2: is neither UTF-8 nor GB18030")


def test_a_streamed_dataset_takes_a_forced_encoding(capsys):
    code, out, err = run(capsys, "check", SEED_RULES, SEED_DATA, "--stream", "--encoding", "gbk")
    raw = SEED_TEXT.encode("utf-8")  # UTF-8 Chinese is not GBK: the line and byte where it stops
    assert (code, out) == (2, "") and err.startswith(f"compliance: error: {SEED_DATA}:") and "is not gbk text: byte" in err
    line, byte = err.removeprefix(f"compliance: error: {SEED_DATA}:").split(": is not gbk text: byte ")
    assert int(line) == raw[: int(byte.split()[0])].count(b"\n") + 1
    assert run(capsys, "check", SEED_RULES, SEED_DATA, "--stream", "--encoding", "UTF_8", "--format", "csv")[0] == 0
