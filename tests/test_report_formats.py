"""render(): every format carries the same facts per verdict, in its own shape."""

from __future__ import annotations

import csv
import html
import io
import json
import re

import pytest
from reportkit import MISSED_2022, NOW, seed_report, small_plan

from compliance.report import Report, render
from compliance.report.formats import REGISTRY
from compliance.report._text import width

FACTS = ("gdp_growth", "地区生产总值增速", "6以上", "≥ 6%", "区发展改革委", "预期性")


@pytest.fixture(scope="module")
def report() -> Report:
    return seed_report()


#: the formats rendered as text (the workbook's cells are tests/test_report_excel_ci.py's business)
FORMATS = [f.name for f in REGISTRY if not f.binary]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_names_the_header_and_each_verdict(report, fmt):
    text = render(report, fmt, lang="zh")
    if fmt in ("html", "junit"):
        text = html.unescape(text)
    for fact in (report.meta.plan, report.meta.rules.sha256, report.meta.dataset.sha256, "0.1.0", NOW, "2022"):
        assert fact in text, (fmt, fact)
    for row in report.verdicts:
        assert row.indicator in text, (fmt, row.indicator)
        assert row.explanation.zh in text, (fmt, row.indicator)
    for fact in FACTS:
        assert fact in text, (fmt, fact)


@pytest.mark.parametrize("fmt", FORMATS)
def test_english_labels(report, fmt):
    text = render(report, fmt, lang="en")
    if fmt in ("html", "junit"):
        text = html.unescape(text)
    gdp = next(r for r in report.verdicts if r.indicator == "gdp_growth")
    assert gdp.explanation.en in text
    if fmt in ("md", "html", "table"):
        assert "Rules file" in text and "warn (expected)" in text


def test_unknown_format_or_language(report):
    with pytest.raises(ValueError, match="unknown report format 'pdf'"):
        render(report, "pdf")
    with pytest.raises(ValueError, match="'fr'"):
        render(report, "md", lang="fr")


# ---------------------------------------------------------------------------- JSON


def test_json_shape(report):
    data = json.loads(render(report, "json"))
    assert list(data) == ["meta", "summary", "verdicts", "matrix", "claims"]
    assert data["matrix"] is None  # one period: no indicator x period matrix
    assert data["claims"] == []  # claims come from documents (check --document)
    meta = data["meta"]
    assert meta["format"] == "compliance-report" and meta["schema_version"] == 2
    assert set(meta) >= {
        "plan", "jurisdiction", "periods", "rules", "dataset", "overrides", "engine_version", "generated"
    }
    assert set(meta["rules"]) == {"path", "sha256"}
    summary = data["summary"]
    assert summary["by_status"] == {"met": 28, "missed": 4, "pending": 1}
    assert summary["indicators_by_status"] == {"met": 26, "missed": 4, "pending": 1}
    assert summary["by_severity"] == {"fail": 0, "warn": 4, "ok": 28, "open": 1}
    assert set(summary["by_attribute"]) == {"约束性", "预期性"}
    assert {v["indicator"] for v in data["verdicts"] if v["status"] == "missed"} == MISSED_2022
    gdp = next(v for v in data["verdicts"] if v["indicator"] == "gdp_growth")
    # decimals are strings, exactly as written in every other format
    assert (gdp["value"], gdp["threshold"], gdp["gap"]) == ("4", "6", "-2")
    assert gdp["read_as"] == {"zh": "≥ 6%", "en": ">= 6%"}
    assert set(gdp["explanation"]) == {"zh", "en"}
    assert gdp["override"] is None and gdp["source"] == "datasets/haidian-2022.csv:9"
    assert (gdp["id"], gdp["index"], gdp["rule"], gdp["progress"]) == ("gdp_growth/2022/0", 0, "target", None)
    assert summary["by_progress"] == {}
    for verdict in data["verdicts"]:
        for key in ("value", "threshold", "gap", "tolerance", "previous"):
            assert verdict[key] is None or isinstance(verdict[key], str)


def test_json_round_trips_into_the_model(report):
    assert Report.model_validate(json.loads(render(report, "json"))) == report


def test_json_is_the_same_in_either_language(report):
    assert render(report, "json", lang="zh") == render(report, "json", lang="en")


# ---------------------------------------------------------------------------- CSV


def test_csv_is_one_row_per_verdict_rfc4180(report):
    from compliance.report._csv import COLUMNS

    text = render(report, "csv", lang="en")
    assert text.endswith("\r\n")
    records = list(csv.reader(io.StringIO(text, newline="")))
    assert records[0] == list(COLUMNS)
    assert COLUMNS[-9:] == ("plan", "rules_file", "rules_sha256", "dataset_file", "dataset_sha256",
                            "overrides_file", "overrides_sha256", "engine_version", "generated")
    assert len(records) == 1 + len(report.verdicts)
    rows = [dict(zip(COLUMNS, record)) for record in records[1:]]
    assert {r["indicator"] for r in rows if r["status"] == "missed"} == MISSED_2022
    gdp = next(r for r in rows if r["indicator"] == "gdp_growth")
    assert (gdp["value"], gdp["threshold"], gdp["gap"]) == ("4", "6", "-2")
    assert (gdp["severity"], gdp["read_as"]) == ("warn", ">= 6%")
    assert (gdp["id"], gdp["index"], gdp["rule"], gdp["progress"], gdp["cell_status"]) == (
        "gdp_growth/2022/0", "0", "target", "", "")
    # a target with a line break inside a cell survives, quoted
    water = next(r for r in rows if r["indicator"] == "water_use")
    assert water["target"] == "达到市级\n要求（3.2）"


# ---------------------------------------------------------------------------- Markdown


def test_markdown_tables_are_well_formed(report):
    text = render(report, "md", lang="zh")
    assert text.startswith("# 目标达标情况报告：")
    table = [line for line in text.splitlines() if line.startswith("| ") and "`gdp_growth`" in line]
    assert len(table) == 1
    header = next(line for line in text.splitlines() if line.startswith("| 序号 |"))
    cells = lambda line: len(re.split(r"(?<!\\)\|", line)) - 2  # noqa: E731
    assert cells(table[0]) == cells(header) == 14
    assert "达到市级要求（3.2）" in text  # the cell's line break joined
    assert "## 判断依据" in text and "## 复核记录" in text


def test_markdown_escapes_pipes(tmp_path):
    from reportkit import SMALL_RULES

    from compliance.report import build_report

    rules, rules_path, data_path, judgements = small_plan(tmp_path, SMALL_RULES.replace("细颗粒物浓度", "PM|2.5"))
    text = render(build_report(judgements, rules=rules, rules_path=rules_path, data_path=data_path,
                               periods=["2022"], now=NOW), "md")
    assert "PM\\|2.5" in text and "PM|2.5" not in text.replace("PM\\|2.5", "")


# ---------------------------------------------------------------------------- terminal table


def _table_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line[:1] in ("✓", "✗", "?") and "  2022  " in line]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_table_columns_line_up_in_terminal_cells(report, lang):
    from compliance.report._labels import labels

    text = render(report, "table", lang=lang)
    lines = _table_lines(text)
    assert len(lines) == len(report.verdicts)
    # the period column and the last (reason) column start at the same cell on every row, CJK or not
    starts = {width(line[: line.index("  2022  ")]) for line in lines}
    assert len(starts) == 1
    reasons = labels(lang)["reason"]
    ends = {width(line[: line.rindex(reasons[row.reason.value])]) for line, row in zip(lines, report.verdicts)}
    assert len(ends) == 1


def test_table_is_plain_unless_colour_is_asked_for(report):
    plain, coloured = render(report, "table"), render(report, "table", color=True)
    assert "\x1b[" not in plain
    assert "\x1b[31m" in coloured and "\x1b[32m" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


def test_width_counts_cjk_as_two_cells():
    from compliance.report._text import pad, truncate

    assert width("达标") == 4 and width("met") == 3 and width("（３）") == 6
    assert width(pad("达标", 8)) == 8 and width(pad("met", 8, ">")) == 8
    assert width(truncate("全社会研究与试验发展经费支出占地区生产总值的比重", 24)) <= 24


# ---------------------------------------------------------------------------- HTML, static
# (tests/test_report_browser.py opens it in a browser)


def test_html_is_self_contained(report):
    for lang in ("zh", "en"):
        text = render(report, "html", lang=lang)
        assert not re.search(r"https?://", text), "a URL in the HTML"
        assert not re.search(r"\s(src|href|srcset|action)\s*=", text, re.I)
        assert "@import" not in text and "url(" not in text
        assert "default-src 'none'" in text
        assert text.count('<tbody class="verdict"') == len(report.verdicts)
        assert "<svg" in text and "<script>" in text and "<style>" in text


def test_html_escapes_data(tmp_path):
    from reportkit import SMALL_RULES

    from compliance.report import build_report

    rules, rules_path, data_path, judgements = small_plan(
        tmp_path, SMALL_RULES.replace("细颗粒物浓度", '"<script>alert(1)</script>"').replace(
            "区生态环境局", '"局\\" onmouseover=\\"x"'
        )
    )
    text = render(build_report(judgements, rules=rules, rules_path=rules_path, data_path=data_path,
                               periods=["2022"], now=NOW), "html")
    assert "<script>alert(1)" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert '" onmouseover="x' not in text and "&quot; onmouseover=&quot;x" in text
