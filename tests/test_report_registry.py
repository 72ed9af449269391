"""One registry of report formats: the command line and the docs take their lists from it."""

from __future__ import annotations

import inspect
import re
from pathlib import PurePath

import pytest

from compliance.cli import main
from compliance.report import formats
from compliance.report.formats import DEFAULT, FORMATS, REGISTRY, ROW_FORMATS, for_output, lookup

from conftest import ROOT

SUFFIXES = [(suffix, f.name) for f in REGISTRY for suffix in f.suffixes]


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1677628800")


def test_the_registry_is_well_formed():
    assert len(set(FORMATS)) == len(FORMATS)
    assert DEFAULT == "table" and ROW_FORMATS == ("json", "csv")
    suffixes = [suffix for suffix, _ in SUFFIXES]
    assert len(set(suffixes)) == len(suffixes), "a suffix chooses one format"
    for suffix in suffixes:  # what PurePath.suffix gives for a file name: a dot, lower case, no second dot
        assert PurePath("report" + suffix).suffix == suffix == suffix.lower(), suffix


@pytest.mark.parametrize("fmt", REGISTRY, ids=FORMATS)
def test_every_format_has_a_renderer(fmt):
    render = fmt.renderer()
    assert list(inspect.signature(render).parameters) == ["report", "lang", "color"]
    assert lookup(fmt.name) is fmt


def test_an_unknown_format_names_the_registered_ones():
    with pytest.raises(ValueError, match="unknown report format 'pdf'; use one of table, md, html, json, csv"):
        lookup("pdf")


@pytest.mark.parametrize(("name", "expected"), [
    *((f"out/report{suffix}", fmt) for suffix, fmt in SUFFIXES),
    *((f"REPORT{suffix.upper()}", fmt) for suffix, fmt in SUFFIXES),
    ("report.pdf", "table"), ("report", "table"), ("report.csv.gz", "table"), ("archive.md/report", "table"),
    (None, "table"), ("", "table"),
])
def test_the_output_suffix_chooses_the_format(name, expected):
    assert for_output(name) == expected


def test_format_choices_come_from_the_registry(capsys):
    with pytest.raises(SystemExit) as exit:
        main(["check", "--format", "pdf"])
    assert exit.value.code == 2
    err = capsys.readouterr().err
    assert "choose from " + ", ".join(f"'{name}'" for name in FORMATS) in err
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert formats.suffix_list() in help_text


@pytest.mark.parametrize(("suffix", "fmt"), SUFFIXES, ids=[suffix for suffix, _ in SUFFIXES])
def test_the_command_writes_the_format_its_suffix_names(tmp_path, capsys, suffix, fmt):
    assert main(["check", "-o", str(tmp_path / f"report{suffix}")]) == 0
    assert main(["check", "--format", fmt]) == 0
    assert (tmp_path / f"report{suffix}").read_bytes().decode("utf-8") == capsys.readouterr().out


def test_docs_list_the_registered_formats():
    reports = (ROOT / "docs" / "reports.md").read_text(encoding="utf-8")
    table = re.search(r"<!-- formats: generated from [^>]*-->\n(.*?)<!-- /formats -->", reports, re.S)
    assert table is not None and table.group(1) == formats.markdown_table(), (
        "docs/reports.md: replace the table of formats by compliance.report.formats.markdown_table()"
    )
    listed = "--format " + "|".join(FORMATS)
    for page in ("docs/cli.md", "docs/reports.md", "README.md", "compliance/cli.py"):
        text = (ROOT / page).read_text(encoding="utf-8")
        assert listed in text.replace("\\|", "|"), page
    cli = " ".join((ROOT / "docs" / "cli.md").read_text(encoding="utf-8").split())
    assert "`" + "`/`".join(suffix for suffix, fmt in SUFFIXES if fmt != DEFAULT) + "`" in cli
