"""compliance.scale.stream: a large dataset judged chunk by chunk gives check()'s verdicts, region by region.

The datasets here are the seed plan's rows repeated for several regions (values changed per region,
some rows dropped), and every test forces the streaming machinery with tiny chunks so that regions
straddle chunk boundaries.
"""

from __future__ import annotations

import csv
import random
import re
from collections import Counter
from pathlib import Path

import pytest
from conftest import SEED_RULES, seed_rows

from compliance.errors import InputError
from compliance.plans.check import check
from compliance.plans.datasets import Dataset, Row
from compliance.plans.rules import load_rules
from compliance.scale.stream import COLUMNS, StreamCheck, stream_check

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

RULES = load_rules(SEED_RULES)
PLAIN = re.compile(r"-?\d+(\.\d+)?")


def panel(path: Path, regions: int = 6, *, drop: float = 0.08, seed: int = 7, years=("2021", "2022"),
          shuffle: bool = True) -> Path:
    """The seed dataset for ``regions`` regions (province, county), figures scaled per region, some rows dropped."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["province", "county", "indicator", "period", "reported", "source"])
        for r in range(regions):
            rows = []
            for row in seed_rows():
                if row["period"] not in years or rng.random() < drop:
                    continue
                text = row["reported"]
                if PLAIN.fullmatch(text) and rng.random() < 0.8:
                    text = str(round(float(text) * rng.uniform(0.7, 1.3), 1))
                rows.append([f"P{r % 2}", f"C{r}", row["indicator"], row["period"], text, row["source"]])
            if shuffle:
                rng.shuffle(rows)
            out.writerows(rows)
    return path


def expected(path: Path, periods, as_of: int | None = None) -> list[tuple]:
    """check() on each region's own rows: (province, county, indicator, period, status, reason, threshold, value,
    margin, source), in the order a streamed run gives them."""
    regions: dict[tuple[str, str], list[Row]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        line = 2
        for cells in reader:
            province, county, indicator, period, reported, source = cells
            regions.setdefault((province, county), []).append(Row(indicator, period, reported, source, str(path), line))
            line = reader.line_num + 1
    as_of = as_of if as_of is not None else max(int(row.period[-4:]) for rows in regions.values() for row in rows)
    found = []
    for key, rows in regions.items():
        for j in check(RULES, Dataset(str(path), tuple(rows)), periods, as_of=as_of):
            v = j.verdict
            found.append((*key, j.indicator.id, j.period, v.status.value, v.reason.value, _num(v.threshold),
                          _num(v.value), _num(v.margin), f"{j.row.file}:{j.row.line}" if j.row is not None else None,
                          str(j.index), j.rule, v.progress.rating.value if v.progress is not None else None))
    return found


def _unit_en(j) -> str | None:
    """The English unit label check's report gives a verdict's sentence (the rules file's unit_en)."""
    return j.indicator.unit_en if j.verdict.unit in (None, j.indicator.unit) else None


def _num(value) -> float | None:
    return None if value is None else float(value)


def streamed(run: StreamCheck) -> list[tuple]:
    frames = list(run)
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=list(run.columns))
    assert list(frame.columns) == list(run.columns) == ["province", "county", *COLUMNS]

    def cell(value):
        return None if pd.isna(value) else value

    return [
        (p, c, str(i), str(per), str(s), str(r), _num(cell(t)), _num(cell(v)), _num(cell(g)), cell(src), str(n),
         str(kind), cell(rating))
        for p, c, i, per, s, r, t, v, g, src, n, kind, rating in zip(
            frame.province, frame.county, frame.indicator, frame.period, frame.status, frame.reason,
            frame.threshold, frame.value, frame.gap, frame.source, frame["index"], frame.rule, frame.progress,
        )
    ]


# --------------------------------------------------------------------------- the same verdicts as check()


@pytest.mark.parametrize(
    ("periods", "chunksize"),
    [(["2022"], 7), (["2022"], 100_000), ("all", 1), ("all", 7), ("all", 100_000), (["2021-2025"], 7), (["2023"], 7)],
    ids=str,
)
def test_every_verdict_is_checks_verdict_for_that_region(tmp_path, periods, chunksize):
    path = panel(tmp_path / "panel.csv")
    run = stream_check(RULES, path, periods, by=["province", "county"], chunksize=chunksize)
    assert streamed(run) == expected(path, periods)


def test_as_of_before_the_data_makes_later_rows_unknown(tmp_path):
    path = panel(tmp_path / "panel.csv", regions=3)
    run = stream_check(RULES, path, ["2022"], as_of=2021, by=["province", "county"], chunksize=5)
    got = streamed(run)
    assert got == expected(path, ["2022"], as_of=2021)
    assert {row[5] for row in got} == {"no_data"}  # a year after as_of has no value known yet


def test_the_summary_counts_what_check_finds(tmp_path):
    path = panel(tmp_path / "panel.csv", regions=5)
    run = stream_check(RULES, path, "all", by=["province", "county"], chunksize=9)
    rows = streamed(run)
    s = run.summary
    statuses = Counter(row[4] for row in rows)
    assert s.verdicts == len(rows) == s.by_status.total
    assert s.by_status.model_dump() == {k: statuses[k] for k in ("met", "missed", "pending")}
    assert s.by_reason == dict(Counter(row[5] for row in rows))
    assert {p: t.total for p, t in s.by_period.items()} == dict(Counter(row[3] for row in rows))
    assert {t.indicator: t.counts.total for t in s.by_indicator} == dict(Counter(row[2] for row in rows))
    assert s.cells_without_row == sum(1 for row in rows if row[9] is None)
    assert s.by_progress == dict(Counter(row[12] for row in rows if row[12] is not None)) != {}
    assert s.rows_read == sum(1 for _ in path.open(encoding="utf-8")) - 1 - _breaks(path)
    binding = {i.id for i in RULES.indicators if i.attribute == "约束性"}
    missed = [row[2] for row in rows if row[4] == "missed"]
    assert s.by_severity == {
        "fail": sum(1 for i in missed if i in binding), "warn": sum(1 for i in missed if i not in binding),
        "ok": statuses["met"], "open": statuses["pending"],
    }
    assert s.regions == 5 and s.regions_by_status.total == 5
    worst = {}
    for row in rows:
        rank = {"met": 0, "pending": 1, "missed": 2}[row[4]]
        worst[row[:2]] = max(worst.get(row[:2], 0), rank)
    assert s.regions_by_status.missed == sum(1 for r in worst.values() if r == 2)
    top = [(t.region, t.counts.missed) for t in s.top_regions]
    assert [m for _, m in top] == sorted((m for _, m in top), reverse=True)


def _breaks(path: Path) -> int:
    """Line breaks inside quoted cells (the seed's reported values have a few)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(cell.count("\n") for row in csv.reader(handle) for cell in row)


def test_the_sample_holds_checks_own_evidence(tmp_path):
    path = panel(tmp_path / "panel.csv", regions=4)
    run = stream_check(RULES, path, "all", by=["province", "county"], chunksize=11, sample=2)
    for _ in run:
        pass
    sample = run.summary.sample
    assert sample and {row.status.value for row in sample} == {"missed", "pending"}
    per_rule = Counter((row.indicator, row.period, row.status) for row in sample)
    assert max(per_rule.values()) <= 2
    regions: dict[tuple[str, ...], list[Row]] = {}
    for i, cells in enumerate(csv.reader(path.open(encoding="utf-8", newline=""))):
        if i:
            regions.setdefault((cells[0], cells[1]), []).append(Row(cells[2], cells[3], cells[4], cells[5], "", 0))
    for row in sample:
        judged = [j for j in check(RULES, Dataset("", tuple(regions[row.region])), [row.period], as_of=2022)
                  if j.indicator.id == row.indicator]
        assert any(j.verdict.explain("en", _unit_en(j)) == row.explanation["en"] and j.verdict.status is row.status
                   for j in judged), row


def test_the_first_missed_verdicts_of_each_rule_are_kept_whatever_the_chunks(tmp_path):
    path = panel(tmp_path / "panel.csv", regions=6)
    samples = []
    for chunksize in (3, 50, 10_000):
        run = stream_check(RULES, path, ["2022"], by=["province", "county"], chunksize=chunksize, rows=False)
        samples.append(run.run().sample)
    assert samples[0] == samples[1] == samples[2]


def test_previous_year_values_are_joined_within_the_region(tmp_path):
    path = tmp_path / "panel.csv"
    path.write_text(
        "county,indicator,period,reported\n"
        "A,cdc_staff_per_10000,2021,0.88\nA,cdc_staff_per_10000,2022,1.75\n"
        "B,cdc_staff_per_10000,2022,1.75\n"  # no 2021 row: the previous value is unknown
        "C,cdc_staff_per_10000,2021,2\nC,cdc_staff_per_10000,2022,1.75\n",
        encoding="utf-8",
    )
    run = stream_check(RULES, path, ["2022"], by=["county"], chunksize=2)
    frame = pd.concat(list(run))
    cdc = frame[frame.indicator == "cdc_staff_per_10000"]
    assert list(zip(cdc.county, cdc.status.astype(str), cdc.reason.astype(str))) == [
        ("A", "met", "measured"), ("B", "pending", "previous_unknown"), ("C", "missed", "measured"),
    ]
    others = frame[frame.indicator != "cdc_staff_per_10000"]
    assert set(others.reason.astype(str)) == {"no_data"} and others.source.isna().all()  # cells with no row


def test_a_file_without_region_columns_is_one_region(tmp_path):
    path = tmp_path / "one.csv"
    path.write_text(Path(SEED_RULES).parent.parent.joinpath("datasets", "haidian-2022.csv").read_text("utf-8"),
                    encoding="utf-8")
    run = stream_check(RULES, path, None, chunksize=4)
    rows = pd.concat(list(run))
    assert run.periods == ("2022",) and run.as_of == 2022  # the defaults of check: the latest year with both
    assert dict(Counter(rows.status.astype(str))) == {"met": 28, "missed": 4, "pending": 1}
    assert set(rows[rows.status == "missed"].indicator.astype(str)) == {
        "gdp_growth", "ftz_revenue_growth", "hightech_revenue_growth", "district_budget_revenue_growth",
    }


def test_parquet_gives_the_verdicts_of_the_csv(tmp_path):
    path = panel(tmp_path / "panel.csv", regions=3)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame["period"] = frame["period"].astype(int)  # a numeric column is read as its text
    frame.to_parquet(tmp_path / "panel.parquet")
    from_csv = stream_check(RULES, path, ["2022"], by=["province", "county"], chunksize=8)
    from_parquet = stream_check(RULES, tmp_path / "panel.parquet", ["2022"], by=["province", "county"], chunksize=8)
    strip = lambda rows: [row[:9] for row in rows]  # sources differ: lines against rows
    assert strip(streamed(from_parquet)) == strip(streamed(from_csv))


def test_rows_false_yields_no_frames_but_the_same_summary(tmp_path):
    path = panel(tmp_path / "panel.csv", regions=3)
    quiet = stream_check(RULES, path, ["2022"], by=["province", "county"], chunksize=5, rows=False)
    assert all(batch is None for batch in quiet)
    full = stream_check(RULES, path, ["2022"], by=["province", "county"], chunksize=5)
    for _ in full:
        pass
    assert quiet.summary == full.summary


def test_the_summary_waits_for_the_end_and_a_run_is_iterated_once(tmp_path):
    path = panel(tmp_path / "panel.csv", regions=2)
    run = stream_check(RULES, path, ["2022"], by=["province", "county"])
    with pytest.raises(RuntimeError, match="iterate"):
        run.summary  # noqa: B018
    run.run()
    with pytest.raises(RuntimeError, match="once"):
        list(run)


# --------------------------------------------------------------------------- errors name the line


def write(tmp_path: Path, text: str, name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error(path: Path, **options) -> InputError:
    options.setdefault("by", ["county"])
    with pytest.raises(InputError) as caught:
        stream_check(RULES, path, ["2022"], as_of=2022, chunksize=options.pop("chunksize", 2), **options).run()
    return caught.value


HEADER = "county,indicator,period,reported\n"


@pytest.mark.parametrize(
    ("body", "line", "message", "hint"),
    [
        pytest.param("A,gdp_growth,2022,4\nA,gdp_grwth,2022,4\n", 3, "unknown indicator `gdp_grwth`",
                     "did you mean `gdp_growth`?", id="unknown-indicator"),
        pytest.param("A,gdp_growth,2022,4\nA,water_use,去年,4\n", 3, "period `去年` is not a year",
                     "write the period as digits", id="bad-period"),
        pytest.param("A,gdp_growth,2022,4\nA,water_use,,4\n", 3, "no period", None, id="no-period"),
        pytest.param("A,gdp_growth,2022,4\n,water_use,2022,4\n", 3, "no value in the region column `county`",
                     None, id="no-region"),
        pytest.param("A,gdp_growth,2022,4\nA,,2022,4\n", 3, "no indicator id", None, id="no-indicator"),
        pytest.param("A,gdp_growth,2022,4\nA,water_use,2022,3\nA,gdp_growth,2022年,5\n", 4,
                     "second value for gdp_growth 2022 in region A (the first is on line 2)", None, id="duplicate"),
        pytest.param("A,gdp_growth,2022,4\nB,gdp_growth,2022,4\nB,water_use,2022,4\nA,water_use,2022,3\n", 5,
                     "the rows of region A go on here after other regions' rows (its earlier rows end on line 2)",
                     "sort the file by its region columns", id="region-resumes"),
        pytest.param("A,gdp_growth,2022,4\nA,water_use,2022,4,extra\n", 3, "a value in column 5, which has no name",
                     "name the column", id="ragged"),
    ],
)
def test_bad_rows_stop_the_run_naming_their_line(tmp_path, body, line, message, hint):
    err = error(write(tmp_path, HEADER + body))
    assert (err.line, err.file) == (line, str(tmp_path / "data.csv"))
    assert err.message.startswith(message)
    if hint:
        assert hint in err.hint


def test_lines_count_blank_lines_and_breaks_inside_quoted_cells(tmp_path):
    body = 'A,gdp_growth,2021,"4\n（初步）"\n\nA,water_use,2022,"2.8\n\n"\nA,pm25,2022,30\nA,nope,2022,1\n'
    err = error(write(tmp_path, "\n" + HEADER + body), chunksize=1)
    assert err.line == 10 and "unknown indicator `nope`" in err.message


def test_a_duplicate_in_one_huge_region_is_found_before_the_end(tmp_path):
    rows = "".join(f"gdp_growth,{year},4\n" for year in range(1990, 2030)) + "gdp_growth,1995,5\n"
    rows += "".join(f"pm25,{year},30\n" for year in range(1990, 2000)) + "nope,2022,1\n"  # never read
    err = error(write(tmp_path, "indicator,period,reported\n" + rows), by=[], chunksize=4)
    assert err.line == 42 and "second value for gdp_growth 1995" in err.message and "line 7" in err.message


@pytest.mark.parametrize(
    ("header", "by", "message", "hint"),
    [
        pytest.param("county,indicator,period,reportd\n", ["county"], "unknown column `reportd`",
                     "did you mean `reported`?", id="misspelt"),
        pytest.param("region,indicator,period,reported\n", [], "unknown column `region`", "--by region",
                     id="region-without-by"),
        pytest.param("indicator,period,reported\n", ["county"], "no region column `county`", None, id="no-by"),
        pytest.param("county,indicator,2021,2022\n", ["county"], "unknown column `2021`", "long tables",
                     id="wide"),
        pytest.param("county,indicator,period,period,reported\n", ["county"], "two columns named `period`", None,
                     id="twice"),
        pytest.param("county,indicator,reported\n", ["county"], "no `period` column", None, id="no-period"),
    ],
)
def test_bad_headers_are_refused_before_reading_on(tmp_path, header, by, message, hint):
    err = error(write(tmp_path, header + "A,gdp_growth,2022,4\n"), by=by)
    assert err.line == 1 and err.message == message
    if hint:
        assert hint in err.hint


def test_unreadable_files(tmp_path):
    assert error(write(tmp_path, "")).message == "is empty"
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\xff\xfe\x00\x00garbage\x00\xff")
    assert "UTF-8" in error(binary).message
    assert "not a readable Parquet file" in error(write(tmp_path, "not parquet", "x.parquet")).message
    assert "reads .csv" in error(write(tmp_path, "x", "x.xlsx")).message
    assert error(tmp_path / "missing.csv").message == "file not found"
    with pytest.raises(InputError, match="cannot be a region column"):
        stream_check(RULES, write(tmp_path, HEADER), ["2022"], by=["status"])


def test_a_value_in_a_column_without_a_name(tmp_path):
    err = error(write(tmp_path, "county,indicator,period,reported,\nA,gdp_growth,2022,4,\nA,pm25,2022,4,x\n"))
    assert err.line == 3 and "no name" in err.message


def test_parquet_errors_name_the_row(tmp_path):
    frame = pd.DataFrame({"county": ["A", "A", "A"], "indicator": ["gdp_growth", "pm25", "gdpgrowth"],
                          "period": ["2022"] * 3, "reported": ["4", "30", "5"]})
    frame.to_parquet(tmp_path / "data.parquet")
    err = error(tmp_path / "data.parquet")
    assert err.line == 3 and "unknown indicator `gdpgrowth`" in err.message


def test_no_period_with_a_target_and_a_value(tmp_path):
    path = write(tmp_path, HEADER + "A,gdp_growth,2019,4\n")
    with pytest.raises(InputError, match="no period has both a target and a reported value"):
        stream_check(RULES, path, None, by=["county"])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("indicator,period,reported\ngdp_growth,2022,4\ngdp_grwth,2022,4\n", id="unknown-indicator"),
        pytest.param("indicator,period,reported\ngdp_growth,2025-2021,4\n", id="period-backwards"),
        pytest.param("indicator,period,reported\ngdp_growth,,4\n", id="no-period"),
        pytest.param("indicator,period,reported\n,2022,4\n", id="no-indicator"),
        pytest.param("indicator,period,reported\ngdp_growth,2022,4\ngdp_growth,2022年,5\n", id="duplicate"),
        pytest.param("indicator,period,reported,\ngdp_growth,2022,4,x\n", id="stray-cell"),
        pytest.param("indicator,period,reportd\ngdp_growth,2022,4\n", id="misspelt-column"),
        pytest.param("indicator,period,value\ngdp_growth,2022,4\n", id="missing-column"),
        pytest.param("indicator,period,reported,sourse\ngdp_growth,2022,4,x\n", id="unknown-column"),
        pytest.param("indicator;period;reported\ngdp_growth;2022;4\n", id="semicolons"),
    ],
)
def test_the_stream_and_load_dataset_refuse_a_file_alike(tmp_path, text):
    """One validator: the same file, read whole or streamed, stops at the same line with the same message."""
    from compliance.plans.datasets import load_dataset

    path = write(tmp_path, text)
    with pytest.raises(InputError) as whole:
        load_dataset(path, [indicator.id for indicator in RULES.indicators])
    streamed_error = error(path, by=[])
    assert (streamed_error.line, streamed_error.message) == (whole.value.line, whole.value.message)


def test_a_change_from_a_named_base_year_reads_that_years_row(tmp_path):
    """比2020年下降12% in 2021: check reads the 2020 row as the base; so does the stream (through check)."""
    rules_path = tmp_path / "rules.yaml"
    rules_path.write_text('{"plan": {"name": "x", "periods": ["2021"]}, "indicators": [{"id": "i2", "name": "n", '
                          '"polarity": "higher", "targets": {"2021": "比2020年下降12%"}}]}', encoding="utf-8")
    rules = load_rules(rules_path)
    path = write(tmp_path, 'county,indicator,period,reported\nC0,i2,2020,3.2\nC0,i2,2021,"4\n（初步）"\nC1,i2,2021,4\n')
    got = [row[4:9] for row in streamed_rows(stream_check(rules, path, ["2021"], by=["county"], chunksize=1))]
    assert got == [("missed", "measured", 12.0, -25.0, -37.0), ("pending", "previous_unknown", None, None, None)]


def streamed_rows(run: StreamCheck) -> list[tuple]:
    frame = pd.concat(list(run), ignore_index=True)
    return [
        (c, i, p, str(n), str(s), str(r), *(None if pd.isna(x) else float(x) for x in (t, v, g)))
        for c, i, p, n, s, r, t, v, g in zip(frame.county, frame.indicator, frame.period, frame["index"],
                                              frame.status, frame.reason, frame.threshold, frame.value, frame.gap)
    ]
