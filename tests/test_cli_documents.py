"""The command on documents (issue 10): ``compliance extract`` and ``compliance check --document``.

The seed text (tests/documents/haidian-2022.txt) says 27 of its 31 targets were met and names three
shortfalls; judged, it gives 26 met, 4 missed, 1 pending. The report says the count is undecidable
(it holds if the pending one is met) and that the named shortfalls agree.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from compliance.cli import main

pytest.importorskip("pypinyin")

SEED = Path(__file__).parent / "documents" / "haidian-2022.txt"
COUNT = "27项指标完成年初计划目标"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("extract") / "out"
    import contextlib

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = main(["extract", str(SEED), "-o", str(folder), "--lang", "en"])
    assert code == 0
    return folder, buffer.getvalue()


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    """``check --document`` on the seed, as JSON, run in an empty folder (nothing else may appear there)."""
    import contextlib
    import os

    folder = tmp_path_factory.mktemp("check")
    here = os.getcwd()
    os.chdir(folder)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            code = main(["check", "--document", str(SEED), "--format", "json", "-o", "report.json"])
        assert code == 0
        assert sorted(os.listdir(folder)) == ["report.json"]  # no rules file or dataset left behind
        return json.loads((folder / "report.json").read_text(encoding="utf-8"))
    finally:
        os.chdir(here)


def test_extract_writes_the_three_files_and_says_what_it_found(extracted):
    folder, summary = extracted
    assert sorted(p.name for p in folder.iterdir()) == ["data.csv", "extract.json", "rules.yaml"]
    assert "indicators: 33" in summary and "reported values:" in summary
    assert "claims: 6 — 4 agree, 0 disagree, 2 undecidable" in summary
    assert "27 of 31 met — undecidable: holds if the pending indicator (单位地区生产总值生产安全事故死亡率) is met" in summary
    assert "unplaced: " in summary and "unmatched: 0" in summary
    claims = json.loads((folder / "extract.json").read_text(encoding="utf-8"))["claims"]
    assert {c["kind"] for c in claims} == {"count", "named"}


def test_the_extracted_files_judge_like_the_seed(extracted, capsys):
    folder, _ = extracted
    code, out, _ = run(capsys, "check", str(folder / "rules.yaml"), str(folder / "data.csv"), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["summary"]["indicators"] == 31
    assert data["summary"]["indicators_by_status"] == {"met": 26, "missed": 4, "pending": 1}
    assert data["claims"] == []  # a rules file has no claims; extract.json keeps them
    row = data["verdicts"][0]
    assert row["source"].startswith(str(folder / "data.csv") + ":")
    assert row["source_note"].startswith(f"{SEED}:")  # the document's file:line, from the dataset


def test_check_document_judges_in_one_go(report):
    assert report["summary"]["indicators_by_status"] == {"met": 26, "missed": 4, "pending": 1}
    assert report["meta"]["periods"] == ["2022"]
    assert [d["path"] for d in report["meta"]["documents"]] == [str(SEED)]
    assert report["meta"]["rules"]["path"] == "(extracted)/rules.yaml"
    # every figure says which document (and line and cell) it came from
    assert all(row["source_note"].startswith(f"{SEED}:") for row in report["verdicts"])


def test_the_report_says_what_the_document_claims(report):
    claims = report["claims"]
    assert all({"text", "source", "claimed", "computed", "agrees"} <= set(c) for c in claims)
    count = next(c for c in claims if c["kind"] == "count")
    assert count["claimed"] == {"total": 31, "met": 27}
    assert {k: count["computed"][k] for k in ("total", "met", "missed", "pending")} == {
        "total": 31, "met": 26, "missed": 4, "pending": 1}
    assert count["agrees"] is None
    assert count["source"] == f"{SEED}:162"
    assert count["claimed_as"]["en"] == "27 of 31 met"
    assert count["computed_as"]["en"] == "of 31: 26 met, 4 missed, 1 pending"
    assert count["finding"]["en"] == "undecidable: holds if the pending indicator (单位地区生产总值生产安全事故死亡率) is met"
    assert count["finding"]["zh"] == "无法判定：若待定的1项（单位地区生产总值生产安全事故死亡率）达标则成立"
    shortfalls = next(c for c in claims if c["kind"] == "named" and c["claimed"]["status"] == "missed")
    assert shortfalls["claimed"]["indicators"] == ["地区生产总值", "自贸区企业收入", "规模以上高新技术企业总收入"]
    assert shortfalls["agrees"] is True
    assert not any(c["agrees"] is False for c in claims)


@pytest.mark.parametrize("fmt", ["table", "md", "html", "csv"])
def test_every_format_shows_the_claims(report, fmt):
    from compliance.report import Report, render

    model = Report.model_validate(report)
    zh, en = render(model, fmt, lang="zh"), render(model, fmt, lang="en")
    assert "31项中27项完成目标" in zh and "27 of 31 met" in en
    assert "of 31: 26 met, 4 missed, 1 pending" in en
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(en, newline="")))
        claims = [r for r in rows if r["rule"] == "claim"]
        assert len(claims) == len(report["claims"]) and len(rows) == len(report["verdicts"]) + len(claims)
        assert {r["claim_agrees"] for r in claims} == {"true", "null"}
    else:
        assert ("文件自述与计算结果" in zh) and ("What the documents claim" in en)


def test_fail_on_disagreement(tmp_path, capsys):
    code, _, err = run(capsys, "check", "--document", str(SEED), "--fail-on", "disagreement", "-o",
                       str(tmp_path / "r.md"))
    assert code == 0 and err == ""
    doctored = tmp_path / "doctored.txt"
    text = SEED.read_text(encoding="utf-8")
    assert COUNT in text
    doctored.write_text(text.replace(COUNT, "30项指标完成年初计划目标"), encoding="utf-8")
    code, _, err = run(capsys, "check", "--document", str(doctored), "--fail-on", "disagreement", "--lang", "en",
                       "-o", str(tmp_path / "d.json"))
    assert code == 1
    assert f"claim disagrees: {doctored}:162: 30 of 31 met — disagrees: 30 claimed, 26 computed" in err
    claim = next(c for c in json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))["claims"]
                 if c["kind"] == "count")
    assert claim["agrees"] is False and claim["claimed"] == {"total": 31, "met": 30}


def test_an_empty_document_is_bad_input_and_writes_nothing(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "extract", str(empty), "-o", str(out_dir))
    assert code == 2 and out == ""
    assert err.startswith("compliance: error: ") and err.count("\n") == 1 and str(empty) in err
    assert not out_dir.exists() or list(out_dir.iterdir()) == []
    code, _, err = run(capsys, "check", "--document", str(empty))
    assert code == 2 and err.count("\n") == 1


def _scanned_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    page.rect(100, 100, 300, 500, fill=1)  # an image of a page, no text layer
    page.save()
    return path


def _locked_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), encrypt="secret")
    page.drawString(100, 700, "targets")
    page.save()
    return path


def _notice_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("关于做好秋季防火工作的通知")
    document.add_paragraph("各单位要高度重视。")
    document.save(path)
    return path


def _locked_docx(path: Path) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)  # what Word writes for an encrypted file
    return path


@pytest.mark.parametrize("make, name, reason, unreadable", [
    (_scanned_pdf, "scan.pdf", "no text layer", True),
    (_notice_docx, "notice.docx", "holds no indicator table and no target paragraph", False),
    (_locked_docx, "locked.docx", "password-protected", True),
    (_locked_pdf, "locked.pdf", "password-protected", True),
])
def test_a_bad_document_is_exit_2_with_one_line_and_writes_nothing(tmp_path, capsys, make, name, reason, unreadable):
    """Each as the plan (and, when it cannot be read at all, as the outcomes: a notice is a readable outcome
    document that names no indicator); into a fresh folder and into one holding an earlier extraction."""
    bad = make(tmp_path / name)
    earlier = tmp_path / "earlier"
    assert run(capsys, "extract", str(SEED), "-o", str(earlier))[0] == 0
    before = {p.name: p.read_bytes() for p in earlier.iterdir()}
    roles = [["extract", str(bad)]] + ([["extract", str(SEED), "--outcomes", str(bad)]] if unreadable else [])
    for argv in roles:
        for folder in (tmp_path / "fresh", earlier):
            code, out, err = run(capsys, *argv, "-o", str(folder))
            assert code == 2 and out == ""
            assert err.startswith("compliance: error: ") and err.count("\n") == 1
            assert str(bad) in err and reason in err
        assert not (tmp_path / "fresh").exists() or list((tmp_path / "fresh").iterdir()) == []
        assert {p.name: p.read_bytes() for p in earlier.iterdir()} == before  # untouched, no temporary file
    code, out, err = run(capsys, "check", "--document", str(bad))
    assert code == 2 and err.count("\n") == 1 and reason in err


def test_a_missing_documents_extra_says_how_to_install_it(tmp_path, capsys, monkeypatch):
    import compliance.documents

    def missing(*args, **kwargs):
        raise ImportError("No module named 'pypinyin'", name="pypinyin")

    monkeypatch.setattr(compliance.documents, "extract", missing)
    code, _, err = run(capsys, "extract", str(SEED), "-o", str(tmp_path / "out"))
    assert code == 2 and "pip install 'compliance[documents]'" in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_document_options_are_checked(capsys):
    assert run(capsys, "check", "--fail-on", "disagreement")[0] == 2
    assert run(capsys, "check", "--outcomes", str(SEED))[0] == 2
    code, _, err = run(capsys, "check", "rules.yaml", "data.csv", "--document", str(SEED))
    assert code == 2 and "not both" in err


def test_check_a_real_pair_in_one_go(tmp_path, capsys):
    """Shandong 2022: targets from the work report, outcomes from the next year's plan, which says the targets
    were 较好完成 while its own figures show two misses: the claim disagrees, --fail-on disagreement exits 1."""
    pair = Path(__file__).parent / "documents" / "pairs" / "shandong-2022"
    argv = ["check", "--document", str(pair / "targets.txt"), "--outcomes", str(pair / "outcomes.txt"),
            "--year", "2022", "--format", "json", "--lang", "en"]
    code, out, _ = run(capsys, *argv)
    assert code == 0
    data = json.loads(out)
    assert data["summary"]["indicators_by_status"] == {"met": 1, "missed": 2, "pending": 3}
    figures = [row["source_note"] for row in data["verdicts"] if row["source_note"]]
    assert len(figures) == 3 and all(note.startswith(f"{pair / 'outcomes.txt'}:") for note in figures)
    claim = next(c for c in data["claims"] if c["kind"] == "count")
    assert (claim["claimed_as"]["en"], claim["agrees"]) == ("all 6 met", False)
    code, _, err = run(capsys, *argv[:-4], "--fail-on", "disagreement", "-o", str(tmp_path / "r.md"))
    assert code == 1 and "claim disagrees" in err and "outcomes.txt:6" in err
