"""The seed as DOCX, PDF, HTML and XLSX (made here from its text) reads and judges as the text does;
bad documents are refused with a one-line reason."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from compliance.documents import extract, judge, load
from compliance.documents.readers import read_document
from compliance.errors import InputError
from compliance.plans.check import summarize

from documents.make import write_docx, write_pdf
from test_documents import SEED, compare

pytest.importorskip("docx")


@pytest.fixture(scope="module")
def seed_document():
    return read_document(SEED)


@pytest.fixture(scope="module")
def reference():
    from test_documents import ROOT
    from compliance.plans.datasets import load_dataset
    from compliance.plans.rules import load_rules

    rules = load_rules(ROOT / "rules" / "haidian-2022.yaml")
    return rules, load_dataset(ROOT / "datasets" / "haidian-2022.csv", [i.id for i in rules.indicators])


def _judged_like_the_text(path: Path, reference) -> None:
    plan = load(extract(path, year=2022))
    statuses, differences = compare(plan, reference)
    assert [s for s in statuses if s[1] != s[2]] == []
    assert differences == []
    assert dict(summarize(judge(plan, ["2022"])).indicators) == {"met": 26, "missed": 4, "pending": 1}


def test_docx_version_of_the_seed(tmp_path, seed_document, reference):
    _judged_like_the_text(write_docx(seed_document, tmp_path / "seed.docx"), reference)


def test_pdf_version_of_the_seed(tmp_path, seed_document, reference):
    pytest.importorskip("reportlab")
    path = write_pdf(seed_document, tmp_path / "seed.pdf")
    document = read_document(path)
    assert document.pages and document.pages > 3  # the appendix table is split across pages
    _judged_like_the_text(path, reference)


def test_html_version_of_the_seed(tmp_path, seed_document, reference):
    from html import escape

    body = []
    for block in sorted([*seed_document.paragraphs, *seed_document.tables], key=lambda b: b.place.line or 0):
        if hasattr(block, "rows"):
            width = max(len(r) for r in block.rows)
            rows = []
            for row in block.rows:
                cells = []
                for i, cell in enumerate(row):
                    span = width - len(row) + 1 if (len(row) < width and i == (1 if len(row) > 1 else 0)) else 1
                    cells.append(f'<td colspan="{span}">{escape(cell.text).replace(chr(10), "<br>")}</td>')
                rows.append("<tr>" + "".join(cells) + "</tr>")
            body.append("<table>" + "\n".join(rows) + "</table>")
        else:
            body.append(f"<p>{escape(block.text)}</p>")
    path = tmp_path / "seed.html"
    path.write_text("<html><body>\n" + "\n".join(body) + "\n</body></html>", encoding="utf-8")
    _judged_like_the_text(path, reference)


def test_xlsx_table_with_merged_cells(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "指标", None, "2022年目标", "2022年完成", "责任单位"])
    sheet.merge_cells("B1:C1")
    sheet.append([1, "新增学位供给数（个）", "普惠性学前", "1350", "1350", "区教委"])
    sheet.append([None, None, "中小学", "10000", "10040", None])
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("B2:B3")
    sheet.merge_cells("F2:F3")
    sheet.append([2, "城镇登记失业率（%）", None, "控制在3%以内", 0.0263, "区人力社保局"])
    sheet.merge_cells("B4:C4")
    sheet["E4"].number_format = "0.00%"
    path = tmp_path / "plan.xlsx"
    book.save(path)
    plan = load(extract(path))
    assert [(i.name, i.unit, i.department) for i in plan.rules.indicators] == [
        ("新增学位供给数（普惠性学前）", "个", "区教委"), ("新增学位供给数（中小学）", "个", "区教委"),
        ("城镇登记失业率", "%", "区人力社保局")]
    assert plan.data.value(plan.rules.indicators[2].id, "2022").reported == "2.63%"
    assert [j.verdict.status.value for j in judge(plan, ["2022"])] == ["met", "met", "met"]


def test_docx_without_table_or_target_paragraph(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("关于做好秋季防火工作的通知")
    document.add_paragraph("各单位要高度重视。")
    document.save(tmp_path / "notice.docx")
    with pytest.raises(InputError, match="holds no indicator table and no target paragraph"):
        extract(tmp_path / "notice.docx")


def test_password_protected_docx(tmp_path):
    path = tmp_path / "locked.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)  # what Word writes for an encrypted file
    with pytest.raises(InputError, match="password-protected"):
        extract(path)


def test_password_protected_pdf(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    page = canvas.Canvas(str(path), encrypt="secret")
    page.drawString(100, 700, "targets")
    page.save()
    with pytest.raises(InputError, match="password-protected"):
        extract(path)


def test_scanned_pdf_without_text(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(path))
    page.rect(100, 100, 300, 500, fill=1)  # an image of a page, no text layer
    page.save()
    with pytest.raises(InputError, match="no text layer"):
        extract(path)


def test_damaged_and_unsupported_files(tmp_path):
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match="not a readable .docx"):
        extract(tmp_path / "broken.docx")
    (tmp_path / "old.doc").write_bytes(b"x")
    with pytest.raises(InputError, match="save it as .docx"):
        extract(tmp_path / "old.doc")
    with pytest.raises(InputError, match="file not found"):
        extract(tmp_path / "missing.txt")
    with zipfile.ZipFile(tmp_path / "empty.xlsx", "w") as archive:
        archive.writestr("x", "y")
    with pytest.raises(InputError, match="not a readable .xlsx"):
        extract(tmp_path / "empty.xlsx")
