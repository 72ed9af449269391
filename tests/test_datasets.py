"""Datasets: long and wide tables from CSV, XLSX, YAML and JSON; values kept as the original text."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from conftest import SEED_DATA

from compliance.errors import InputError
from compliance.plans.datasets import load_dataset, normalize_period, number_text

IDS = ["gdp_growth", "water_use", "resident_population"]
EXPECTED = {
    ("gdp_growth", "2021"): "8.5",
    ("gdp_growth", "2022"): "4",
    ("water_use", "2022"): "2.90",
}


def values(dataset) -> dict[tuple[str, str], str]:
    return {(row.indicator, row.period): row.reported for row in dataset.rows}


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def error(path: Path, ids=IDS) -> InputError:
    with pytest.raises(InputError) as caught:
        load_dataset(path, ids)
    return caught.value


# --------------------------------------------------------------------------- the same values, every format

SAME = {
    "long.csv": "indicator,period,reported,source\ngdp_growth,2021,8.5,公报\ngdp_growth,2022,4,公报\nwater_use,2022,2.90,\n",
    "long.tsv": "indicator\tperiod\treported\ngdp_growth\t2021\t8.5\ngdp_growth\t2022\t4\nwater_use\t2022\t2.90\n",
    "wide.csv": "indicator,name,2021,2022\ngdp_growth,GDP,8.5,4\nwater_use,用水,,2.90\n",
    "long.yaml": (
        "- {indicator: gdp_growth, period: 2021, reported: 8.5, source: 公报}\n"
        "- indicator: gdp_growth\n  period: '2022'\n  reported: 4\n"
        "- {indicator: water_use, period: 2022, reported: 2.90}\n"
    ),
    "wide.yaml": "gdp_growth:\n  2021: 8.5\n  2022: {reported: 4, note: 初步核算}\nwater_use:\n  2022: 2.90\n",
    "long.json": (
        '[{"indicator": "gdp_growth", "period": 2021, "reported": 8.5},\n'
        ' {"indicator": "gdp_growth", "period": "2022", "reported": 4},\n'
        ' {"indicator": "water_use", "period": 2022, "reported": 2.90}]\n'
    ),
    "wide.json": '{"gdp_growth": {"2021": 8.5, "2022": "4"},\n "water_use": {"2022": 2.90, "2021": null}}\n',
}


@pytest.mark.parametrize("name", sorted(SAME))
def test_every_text_format_gives_the_same_values(tmp_path, name):
    dataset = load_dataset(write(tmp_path, name, SAME[name]), IDS)
    assert values(dataset) == EXPECTED
    assert all(row.file == str(tmp_path / name) and row.line >= 1 for row in dataset.rows)


def test_rows_keep_their_lines_sources_and_notes(tmp_path):
    rows = load_dataset(write(tmp_path, "long.csv", SAME["long.csv"]), IDS).rows
    assert [(r.line, r.source) for r in rows] == [(2, "公报"), (3, "公报"), (4, None)]
    wide = load_dataset(write(tmp_path, "wide.yaml", SAME["wide.yaml"]), IDS)
    row = wide.value("gdp_growth", "2022")
    assert (row.line, row.note) == (3, "初步核算")
    json_rows = load_dataset(write(tmp_path, "long.json", SAME["long.json"]), IDS).rows
    assert [r.line for r in json_rows] == [1, 2, 3]


def test_the_seed_dataset(rows):
    dataset = load_dataset(SEED_DATA)
    assert [(r.indicator, r.period, r.reported) for r in dataset.rows] == [
        (row["indicator"], row["period"], row["reported"]) for row in rows
    ]
    assert dataset.value("district_budget_revenue_growth", "2022").reported == "0.1\n（同口径8%）"  # the cell, verbatim


def test_wide_periods_may_be_written_with_nian(tmp_path):
    dataset = load_dataset(write(tmp_path, "w.csv", "indicator,2021年,2021-2025\ngdp_growth,8.5,6\n"), IDS)
    assert values(dataset) == {("gdp_growth", "2021"): "8.5", ("gdp_growth", "2021-2025"): "6"}


def test_normalize_period():
    assert normalize_period(" 2022 ") == "2022"
    assert normalize_period("2021—2025年") == "2021-2025"
    assert normalize_period("2021年-2025年") == "2021-2025"
    assert normalize_period("二〇二二") is None
    assert normalize_period("22") is None


def test_number_text_is_exact():
    assert [number_text(v) for v in (4, 0.1, 4.0, 1e-7, 2.5e6, 0.30000000000000004)] == [
        "4", "0.1", "4", "0.0000001", "2500000", "0.30000000000000004"
    ]


# --------------------------------------------------------------------------- XLSX


@pytest.fixture
def openpyxl():
    return pytest.importorskip("openpyxl")


def workbook(openpyxl, path: Path, rows: list[list], *, title: str = "Sheet", extra_sheets: tuple[str, ...] = ()):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for name in extra_sheets:
        book.create_sheet(name)["A1"] = "notes"
    book.save(path)
    return sheet


def test_xlsx_long_with_exact_numbers_and_percent_cells(tmp_path, openpyxl):
    path = tmp_path / "d.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["indicator", "period", "reported", "source"], ["gdp_growth", 2022, 4, "公报"],
                ["gdp_growth", 2021, 0.1, None], [None, None, None], ["water_use", "2022", 0.041], ["water_use", 2021.0, "<3.2"]):
        sheet.append(row)
    sheet["C5"].number_format = "0.0%"
    book.save(path)
    dataset = load_dataset(path, IDS)
    assert values(dataset) == {
        ("gdp_growth", "2022"): "4", ("gdp_growth", "2021"): "0.1", ("water_use", "2022"): "4.1%",
        ("water_use", "2021"): "<3.2",
    }
    assert [(row.line, row.column) for row in dataset.rows] == [(2, 3), (3, 3), (5, 3), (6, 3)]


def test_xlsx_wide(tmp_path, openpyxl):
    path = tmp_path / "d.xlsx"
    workbook(openpyxl, path, [["indicator", 2021, "2022"], ["gdp_growth", 8.5, 4], ["water_use", None, "2.90"]])
    assert values(load_dataset(path, IDS)) == EXPECTED


def test_xlsx_picks_the_sheet_named_data(tmp_path, openpyxl):
    path = tmp_path / "d.xlsx"
    workbook(openpyxl, path, [["indicator", "2022"], ["gdp_growth", 4]], title="data", extra_sheets=("说明",))
    assert values(load_dataset(path, IDS)) == {("gdp_growth", "2022"): "4"}


def test_xlsx_with_several_sheets_and_none_named_data(tmp_path, openpyxl):
    path = tmp_path / "d.xlsx"
    workbook(openpyxl, path, [["indicator", "2022"], ["gdp_growth", 4]], extra_sheets=("说明",))
    err = error(path)
    assert "2 sheets" in err.message and "`data`" in err.hint


def test_xlsx_formula_without_a_saved_value(tmp_path, openpyxl):
    path = tmp_path / "d.xlsx"
    workbook(openpyxl, path, [["indicator", "2022"], ["gdp_growth", "=2+2"]])
    err = error(path)
    assert (err.line, err.column) == (2, 2) and "formula without a saved value" in err.message


def test_xlsx_date_cell(tmp_path, openpyxl):
    path = tmp_path / "d.xlsx"
    workbook(openpyxl, path, [["indicator", "period", "reported"], ["gdp_growth", 2022, datetime.date(2022, 4, 1)]])
    err = error(path)
    assert (err.line, err.column) == (2, 3) and "is a date" in err.message


def test_xlsx_that_is_not_a_workbook(tmp_path, openpyxl):
    path = tmp_path / "d.xlsx"
    path.write_bytes(b"indicator,period,reported\n")
    assert "not a readable .xlsx workbook" in error(path).message


# --------------------------------------------------------------------------- nothing dropped silently


def test_unknown_indicator(tmp_path):
    err = error(write(tmp_path, "d.csv", "indicator,period,reported\ngdp_growth,2022,4\ngdp_grwoth,2021,8\n"))
    assert (err.line, err.message, err.hint) == (3, "unknown indicator `gdp_grwoth`", "did you mean `gdp_growth`?")


def test_unknown_indicator_in_json_names_its_line(tmp_path):
    err = error(write(tmp_path, "d.json", '{"gdp_growth": {"2022": 4},\n "nope": {"2022": 1}}'))
    assert (err.line, err.column) == (2, 2) and "unknown indicator `nope`" in err.message


def test_duplicate_rows(tmp_path):
    err = error(write(tmp_path, "d.csv", "indicator,period,reported\ngdp_growth,2022,4\n\ngdp_growth,2022年,5\n"))
    assert err.line == 4 and "second value for gdp_growth 2022 (the first is on line 2)" in err.message


def test_duplicate_json_keys(tmp_path):
    err = error(write(tmp_path, "d.json", '{"gdp_growth": {"2022": 4, "2022": 5}}'))
    assert (err.line, err.column) == (1, 28) and "appears twice" in err.message


def test_duplicate_period_columns(tmp_path):
    err = error(write(tmp_path, "d.csv", "indicator,2022,2022年\ngdp_growth,4,5\n"))
    assert (err.line, err.column) == (1, 3) and "two columns for period 2022" in err.message


def test_unknown_column(tmp_path):
    err = error(write(tmp_path, "d.csv", "indicator,period,reported,sourse\ngdp_growth,2022,4,x\n"))
    assert err.line == 1 and err.message == "unknown column `sourse`" and err.hint == "did you mean `source`?"


def test_a_value_under_no_column(tmp_path):
    err = error(write(tmp_path, "d.csv", "indicator,period,reported\ngdp_growth,2022,4,extra\n"))
    assert err.line == 2 and "no name in the first line" in err.message


def test_missing_column(tmp_path):
    err = error(write(tmp_path, "d.csv", "indicator,period,value\ngdp_growth,2022,4\n"))
    assert "no `reported` column" in err.message


def test_semicolon_separated(tmp_path):
    err = error(write(tmp_path, "d.csv", "indicator;period;reported\ngdp_growth;2022;4\n"))
    assert "not separated by commas" in err.message


def test_non_numeric_period(tmp_path):
    err = error(write(tmp_path, "d.yaml", "- {indicator: gdp_growth, period: last year, reported: 4}\n"))
    assert (err.line, err.column) == (1, 35) and "period `last year` is not a year" in err.message


def test_yaml_record_with_an_unknown_key(tmp_path):
    err = error(write(tmp_path, "d.yaml", "- indicator: gdp_growth\n  period: 2022\n  reportd: 4\n"))
    assert (err.line, err.column) == (3, 3) and err.hint == "did you mean `reported`?"


def test_a_record_must_have_reported(tmp_path):
    err = error(write(tmp_path, "d.json", '[{"indicator": "gdp_growth", "period": "2022"}]'))
    assert "has no `reported`" in err.message


def test_a_boolean_is_not_a_reported_value(tmp_path):
    err = error(write(tmp_path, "d.yaml", "gdp_growth:\n  2022: true\n"))
    assert (err.line, err.column) == (2, 9)
    assert err.message == "expected the reported text as text or a number, got true"


def test_invalid_json(tmp_path):
    err = error(write(tmp_path, "d.json", '[{"indicator": "gdp_growth",}]'))
    assert err.line == 1 and "not valid JSON" in err.message


def test_unsupported_format(tmp_path):
    assert "save it as .xlsx" in error(write(tmp_path, "d.xls", "x")).hint
    assert "unsupported dataset format `.txt`" in error(write(tmp_path, "d.txt", "x")).message


def test_blank_lines_and_empty_wide_cells_are_not_values(tmp_path):
    dataset = load_dataset(write(tmp_path, "d.csv", "indicator,2021,2022\n\ngdp_growth,,4\n,,\n"), IDS)
    assert values(dataset) == {("gdp_growth", "2022"): "4"}


def test_an_empty_long_cell_is_kept_as_missing(tmp_path):
    dataset = load_dataset(write(tmp_path, "d.csv", "indicator,period,reported\ngdp_growth,2022,\n"), IDS)
    assert values(dataset) == {("gdp_growth", "2022"): ""}


def test_a_period_that_ends_before_it_starts_is_an_error(tmp_path):
    err = error(write(tmp_path, "d.csv", "indicator,period,reported\ngdp_growth,2025-2021,4\n"))
    assert err.line == 2 and "period `2025-2021` is not a year" in err.message


def test_an_empty_period_cell_says_so(tmp_path):
    err = error(write(tmp_path, "d.csv", "indicator,period,reported\ngdp_growth,,4\n"))
    assert (err.line, err.message) == (2, "no period")


def test_a_format_read_only_chunk_by_chunk_points_at_the_streaming_path(tmp_path):
    err = error(write(tmp_path, "d.csv.gz", "x"))
    assert err.message == "unsupported dataset format `.gz`" and "--stream" in err.hint


# --------------------------------------------------------------------------- the registry of input formats


def test_every_suffix_names_one_format_and_each_format_has_a_reader():
    from compliance.plans.formats import FORMATS, format_of, suffixes

    every = [suffix for fmt in FORMATS for suffix in fmt.suffixes]
    assert len(every) == len(set(every)) and all(s == s.lower() and s.startswith(".") for s in every)
    assert all(fmt.read is not None or fmt.chunks is not None for fmt in FORMATS)
    assert all(format_of("x" + suffix.upper()).name == fmt.name for fmt in FORMATS for suffix in fmt.suffixes)
    assert set(suffixes(whole=True)) == {".csv", ".tsv", ".xlsx", ".xlsm", ".yaml", ".yml", ".json"}
    assert format_of("panel.tsv.gz").name == "tsv.gz" and format_of("d.gz") is None


def test_a_new_format_is_one_reader_and_one_registry_line(tmp_path, monkeypatch):
    """A registry line with a whole-file reader is all load_dataset needs."""
    from compliance.plans import formats

    def pipes(name, text):
        for line, raw in enumerate(Path(name).read_text(encoding="utf-8").splitlines(), 1):
            yield line, list(enumerate(raw.split("|"), 1))

    line = formats.InputFormat("psv", (".psv",), read=pipes)
    monkeypatch.setattr(formats, "FORMATS", (*formats.FORMATS, line))
    dataset = load_dataset(write(tmp_path, "d.psv", "indicator|period|reported\ngdp_growth|2022|4\n"), IDS)
    assert values(dataset) == {("gdp_growth", "2022"): "4"}
