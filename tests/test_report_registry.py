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
    with pytest.raises(ValueError, match="unknown report format 'pdf'; use one of table, md, html, json, csv, xlsx, junit"):
        lookup("pdf")


@pytest.mark.parametrize(("name", "expected"), [
    *((f"out/report{suffix}", fmt) for suffix, fmt in SUFFIXES),
    *((f"REPORT{suffix.upper()}", fmt) for suffix, fmt in SUFFIXES),
    ("report.pdf", None), ("report", "table"), ("report.csv.gz", None), ("archive.md/report", "table"),
    (None, "table"), ("", "table"),
])
def test_the_output_suffix_chooses_the_format(name, expected):
    assert for_output(name) == expected


@pytest.mark.parametrize("name", ["report.pdf", "report.csv.gz", "out/r.docx"])
def test_an_unknown_output_suffix_is_refused_naming_the_known_ones(tmp_path, capsys, name):
    target = tmp_path / name
    target.parent.mkdir(exist_ok=True)
    assert main(["check", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    suffix = PurePath(name).suffix
    assert err.count("\n") == 1 and f"no report format writes `{suffix}` files" in err
    assert all(s in err for s, _ in SUFFIXES) and not target.exists()
    assert main(["check", "-o", str(target), "--format", "md"]) == 0  # an explicit --format is obeyed
    assert target.read_text(encoding="utf-8").startswith("#")


@pytest.mark.parametrize(("name", "fmt"), [("report.html", "md"), ("report.csv", "xlsx"), ("r.xml", "json")])
def test_a_format_that_the_output_suffix_contradicts_is_refused(tmp_path, capsys, name, fmt):
    target = tmp_path / name
    assert main(["check", "-o", str(target), "--format", fmt]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"--format {fmt} disagrees with -o {target}" in err
    assert f"is the suffix of {for_output(name)}" in err and not target.exists()
    assert main(["check", "-o", str(target), "--format", for_output(name)]) == 0


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
    written = (tmp_path / f"report{suffix}").read_bytes()
    assert written == formats.render_bytes(_seed_report(), fmt)
    if not lookup(fmt).binary:
        assert main(["check", "--format", fmt]) == 0
        printed = capsys.readouterr().out
        assert written.removeprefix(b"\xef\xbb\xbf" if lookup(fmt).bom else b"") == printed.encode("utf-8")


def _seed_report():
    from compliance.plans.check import check
    from compliance.plans.datasets import load_dataset
    from compliance.plans.rules import load_rules
    from compliance.report import build_report
    from compliance.seed import dataset_file, rules_file

    rules = load_rules(str(rules_file()))
    judgements = check(rules, load_dataset(str(dataset_file())), ["2022"])
    return build_report(judgements, rules=rules, rules_path=str(rules_file()), data_path=str(dataset_file()),
                        periods=["2022"])


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
