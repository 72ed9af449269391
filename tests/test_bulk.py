"""evaluate_table: the verdicts of evaluate(), row by row, on whole tables (and on Dask partitions)."""

from __future__ import annotations

import math
import subprocess
import sys
from decimal import Decimal

import numpy as np
import pytest
from conftest import seed_indicators, seed_rows
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import compliance
from compliance import InputError, evaluate, evaluate_table, parse_reported
from compliance.scale.bulk import VerdictTable, evaluate_frame, iter_table_chunks
from compliance.scale.figures import PLAIN

INDICATORS = seed_indicators()
#: every seed target with its indicator's settings: the phrasings real tables hold
SEED = sorted(
    {(text, i["polarity"], i.get("unit"), i.get("measure")) for i in INDICATORS for text in i["targets"].values()},
    key=repr,
)
SEED_REPORTED = sorted({row["reported"] for row in seed_rows()})
UNITS = sorted({i.get("unit") for i in INDICATORS if i.get("unit")})


def _ends() -> list[Decimal]:
    """Every finite end of every seed target's interval under every polarity: values exactly at a threshold."""
    ends: set[Decimal] = set()
    for text, _, unit, measure in SEED:
        for polarity in ("higher", "lower", "band"):
            for tolerance in (None, "10%", "0.5"):
                verdict = evaluate(text, 0, polarity=polarity, unit=unit, measure=measure, tolerance=tolerance)
                if verdict.admissible is not None:
                    for end in (verdict.admissible.lo, verdict.admissible.hi):
                        if end.is_finite():
                            ends.add(end)
                            ends.add((end + end) / 2 if end else end)
    return sorted(ends)


ENDS = _ends()


def _float(value: Decimal | None) -> float:
    return math.nan if value is None else float(value)


def _same(a: float, b: float) -> bool:
    return a == b or (math.isnan(a) and math.isnan(b))


def assert_rows_match(table: VerdictTable, rows: list[dict], **common) -> None:
    """Each row's columns equal evaluate() on that row; so does the full verdict built on request."""
    assert len(table) == len(rows)
    status, reason = table.status, table.reason
    for i, row in enumerate(rows):
        expected = evaluate(**row, **common)
        got = (status[i], reason[i], table.threshold[i], table.value[i], table.gap[i])
        want = (expected.status.value, expected.reason.value, _float(expected.threshold), _float(expected.value),
                _float(expected.gap))
        assert got[:2] == want[:2], (i, row, got, want)
        assert all(_same(a, b) for a, b in zip(got[2:], want[2:])), (i, row, got, want)


# --------------------------------------------------------------------------- the property


at_threshold = st.sampled_from(ENDS)
near_threshold = st.builds(
    lambda end, how: {
        "float": float(end),
        "text": str(end),
        "decimal": end,
        "above": math.nextafter(float(end), math.inf),
        "below": math.nextafter(float(end), -math.inf),
        "tiny_above": str(end + Decimal("1e-20")),  # the same float as the threshold, a larger decimal
        "tiny_below": str(end - Decimal("1e-20")),
    }[how],
    at_threshold,
    st.sampled_from(["float", "text", "decimal", "above", "below", "tiny_above", "tiny_below"]),
)
figures = st.one_of(
    st.floats(-50, 6000, allow_nan=False).map(lambda x: round(x, 1)),
    st.floats(-50, 6000, allow_nan=False),
    st.integers(-100, 12000),
    st.decimals(-100, 400, places=3, allow_nan=False),
    st.floats(-50, 500, allow_nan=False).map(lambda x: f"{x:.2f}"),
    st.integers(0, 10**12),
)
reported_cells = st.one_of(
    near_threshold, near_threshold, figures, st.sampled_from(SEED_REPORTED), st.none(), st.just(math.nan),
    st.sampled_from(["4.5%", "1.4万个", "下降2.3%", "约8", "8-9", "-", "", "12345678901234567.25"]),
)
previous_cells = st.one_of(st.none(), st.sampled_from([0.88, "1.2", 5, "-", "可完成", 1350]), figures)


REFERENCES = [None, {"市级要求": 62}, {"economic_growth": 5, "全市平均水平": "3", "市级要求": "3.2"}]


@st.composite
def tables(draw):
    n = draw(st.integers(1, 40))
    per_row_tolerance = draw(st.booleans())
    tolerances = st.sampled_from([None, "10%", "0.5", "3.3333%", 0.25])
    rows = []
    for _ in range(n):
        text, polarity, unit, measure = draw(st.sampled_from(SEED))
        rows.append({
            "target": text,
            "reported": draw(reported_cells),
            "polarity": draw(st.sampled_from([polarity, polarity, "higher", "lower", "band"])),
            "unit": draw(st.sampled_from([unit, unit, None, *UNITS[:3]])),
            "measure": draw(st.sampled_from([measure, measure, None, "rate", "level", "decline"])),
            "previous": draw(previous_cells),
        })
        if per_row_tolerance:
            rows[-1]["tolerance"] = draw(tolerances)
    common = {"references": draw(st.sampled_from(REFERENCES))}
    if not per_row_tolerance:
        common["tolerance"] = draw(tolerances)
    return rows, common


def _columns(rows: list[dict]) -> dict[str, list]:
    return {name: [row[name] for row in rows] for name in rows[0]}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_every_row_matches_evaluate(drawn):
    rows, common = drawn
    options = {"unit": "unit", "measure": "measure", "previous": "previous"}
    if "tolerance" in rows[0]:
        options["tolerance"] = "tolerance"  # a column of tolerances, one per row
    table = evaluate_table(_columns(rows), **options, **common)
    expected_rows = [{**row, "previous": None if missing_text(row["previous"]) else row["previous"]} for row in rows]
    assert_rows_match(table, expected_rows, **common)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SEED), st.one_of(near_threshold, figures)), min_size=1, max_size=60))
def test_numeric_columns_match_evaluate(drawn):
    """A float column (numpy array) goes through the array path: still exactly evaluate()'s verdicts."""
    rows = [
        {"target": text, "reported": float(value), "polarity": polarity, "unit": unit, "measure": measure}
        for (text, polarity, unit, measure), value in drawn
    ]
    columns = _columns(rows)
    columns["reported"] = np.array(columns["reported"], dtype=np.float64)
    assert_rows_match(evaluate_table(columns, unit="unit", measure="measure"), rows)


def missing_text(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


@given(st.from_regex(PLAIN, fullmatch=True))
def test_plain_number_shortcut_reads_like_the_grammar(text):
    """Cells matching the shortcut skip the parser: the parser must read them as that bare number."""
    parsed = parse_reported(text)
    assert parsed.kind == "value"
    assert parsed.value.value == Decimal(text) and parsed.value.unit is None
    assert parsed.change is None and parsed.levels == ()


# --------------------------------------------------------------------------- exactness at the edges


@pytest.mark.parametrize(
    ("target", "reported", "polarity"),
    [
        ("6以上", 6.0, "higher"),  # at the bound: met
        ("<313.2", 313.2, "lower"),  # at a strict bound: missed
        ("8左右", 7.6, "higher"),  # at the tolerance: met, within tolerance
        ("8左右", "7.6000000000000000000001", "higher"),  # same float as 7.6, a larger decimal
        ("8左右", "7.5999999999999999999999", "higher"),  # same float as 7.6, a smaller decimal: missed
        ("0.3", 0.1 + 0.2, "lower"),  # 0.30000000000000004 > 0.3
        ("6", 1e12, "higher"),  # too large for the integer gap: computed with Decimal
        ("6", "123456789.123456789", "higher"),
        ("8左右", 8.4, "band"),  # the far end of a band
        ("8左右", 8.0, "band"),  # the strict point of a band: measured, not within tolerance
        ("5%至5.5%", 5.25, "band"),  # the middle of a range: the nearer end is the lower
    ],
)
def test_boundaries_are_exact(target, reported, polarity):
    table = evaluate_table({"target": [target], "reported": [reported]}, polarity=polarity)
    assert_rows_match(table, [{"target": target, "reported": reported, "polarity": polarity}])


def test_gap_is_the_decimal_difference_not_a_float_subtraction():
    table = evaluate_table({"target": ["0.1"] * 2, "reported": np.array([0.3, 0.7])}, polarity="higher")
    assert table.gap.tolist() == [0.2, 0.6]  # 0.3 - 0.1 == 0.19999999999999998 in floats
    assert table.verdict(0).gap == Decimal("0.2")


def test_tolerance_with_many_decimals_falls_back_to_decimal():
    rows = [{"target": "8左右", "reported": x, "polarity": "higher"} for x in (7.7333, 7.73333, 7.8, 9)]
    table = evaluate_table(_columns(rows), tolerance="3.3333%")
    assert_rows_match(table, rows, tolerance="3.3333%")


def test_tolerance_column_or_constant():
    rows = [{"target": "8左右", "reported": 7.5, "tolerance": t} for t in ("5%", "10%", None, 0.5)]
    table = evaluate_table(_columns(rows), polarity="higher", tolerance="tolerance")
    assert table.status.tolist() == ["missed", "met", "missed", "met"]
    assert_rows_match(table, [{**row, "polarity": "higher"} for row in rows])
    assert evaluate_table(_columns(rows), polarity="higher", tolerance="10%").status.tolist() == ["met"] * 4
    with pytest.raises(InputError, match="tolerance"):
        evaluate_table(_columns(rows), polarity="higher", tolerance="tol")


def test_previous_column_groups_direction_targets():
    rows = [
        {"target": "逐步增加", "reported": r, "previous": p, "polarity": "higher", "measure": "level"}
        for r, p in [(1.75, 0.88), (0.5, 0.88), (2, 2), (3, None), (3, "-"), (3, "1.2"), (1.0, 1.2)]
    ]
    table = evaluate_table(_columns(rows), previous="previous", measure="measure")
    assert table.status.tolist() == ["met", "missed", "missed", "pending", "pending", "met", "missed"]
    assert_rows_match(table, rows)


# --------------------------------------------------------------------------- inputs


def _panel(n: int = 300, seed: int = 1) -> dict[str, list]:
    rng = np.random.default_rng(seed)
    rows = []
    for k in range(n):
        text, polarity, unit, measure = SEED[int(rng.integers(len(SEED)))]
        value = round(float(rng.uniform(0, 120)), int(rng.integers(0, 3)))
        reported = value if k % 3 else (str(value) if k % 2 else SEED_REPORTED[k % len(SEED_REPORTED)])
        rows.append({"target": text, "reported": reported, "polarity": polarity, "unit": unit, "measure": measure})
    return _columns(rows)


def _triple(table: VerdictTable) -> tuple:
    return table.status.tolist(), table.reason.tolist(), [None if math.isnan(g) else g for g in table.gap.tolist()]


def test_pandas_polars_and_mappings_agree():
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    columns = _panel()
    numeric = {**columns, "reported": [x if isinstance(x, float) else 1.5 for x in columns["reported"]]}
    options = {"unit": "unit", "measure": "measure"}
    for data in (columns, numeric):
        expected = evaluate_table(data, **options)
        rows = [dict(zip(data, values)) for values in zip(*data.values())]
        assert_rows_match(expected, rows)
        assert _triple(evaluate_table(pd.DataFrame(data), **options)) == _triple(expected)
        assert _triple(evaluate_table({k: pd.Series(v) for k, v in data.items()}, **options)) == _triple(expected)
        if data is numeric:  # polars needs one type per column
            assert _triple(evaluate_table(pl.DataFrame(data), **options)) == _triple(expected)
            frame = pd.DataFrame(data).astype({"target": "category", "polarity": "string"})
            assert _triple(evaluate_table(frame, **options)) == _triple(expected)
    text = {**columns, "reported": [str(x) for x in columns["reported"]]}
    assert _triple(evaluate_table(pl.DataFrame(text), **options)) == _triple(evaluate_table(text, **options))


def test_missing_cells_are_none():
    pd = pytest.importorskip("pandas")
    reported = pd.array([7, 7, None, 5], dtype="Int64")
    frame = pd.DataFrame({"target": ["6以上", None, "6以上", "6以上"], "reported": reported})
    table = evaluate_table(frame, polarity="higher")
    assert table.status.tolist() == ["met", "pending", "pending", "missed"]
    assert table.reason.tolist() == ["measured", "no_target", "no_data", "measured"]  # a missing target: no target
    assert table.verdict(2) == evaluate("6以上", None)
    assert table.verdict(1) == evaluate("", 7.0) and table.verdict(1).missing == ("target",)


def test_integer_column_and_huge_integers():
    values = np.array([5, 6, 7, 2**60, -(2**60)], dtype=np.int64)
    table = evaluate_table({"target": ["6以上"] * 5, "reported": values}, polarity="higher")
    rows = [{"target": "6以上", "reported": int(v), "polarity": "higher"} for v in values]
    assert_rows_match(table, rows)


def test_polarity_is_a_column_or_a_constant():
    data = {"target": ["6", "6"], "reported": [5, 7], "direction": ["lower", "higher"]}
    assert evaluate_table(data, polarity="direction").status.tolist() == ["met", "met"]
    assert evaluate_table(data, polarity="lower").status.tolist() == ["met", "missed"]
    assert evaluate_table(data, polarity=compliance.Polarity.HIGHER).status.tolist() == ["missed", "met"]
    with pytest.raises(InputError, match="no column `polarity`"):
        evaluate_table(data)  # the default names a column this table does not have


def test_bad_inputs_are_input_errors():
    with pytest.raises(InputError, match="row 1"):
        evaluate_table({"target": ["6", "6"], "reported": [1, 2], "polarity": ["higher", "up"]})
    with pytest.raises(InputError, match="different lengths"):
        evaluate_table({"target": ["6", "6"], "reported": [1]}, polarity="higher")
    with pytest.raises(InputError, match="no reported column"):
        evaluate_table({"target": ["6"], "value": [1]}, polarity="higher")
    with pytest.raises(InputError, match="reported cell"):
        evaluate_table({"target": ["6"], "reported": [True]}, polarity="higher")
    with pytest.raises(TypeError):
        evaluate_table([("6", 1)])


# --------------------------------------------------------------------------- the result


def test_verdict_table_outputs():
    pd = pytest.importorskip("pandas")
    pytest.importorskip("polars")
    frame = pd.DataFrame(
        {"target": ["6以上", "6以上", "8左右", "达到市级要求"], "reported": ["6.5", "4", "7.7", "63.7"]},
        index=[10, 11, 12, 13],
    )
    table = evaluate_table(frame, polarity="higher")
    assert len(table) == 4 and "2 met" in repr(table)
    assert table.counts() == {"met": 2, "missed": 1, "pending": 1}
    assert table.counts("reason")["within_tolerance"] == 1
    out = table.to_pandas()
    assert list(out.index) == [10, 11, 12, 13]
    assert list(out.columns) == ["status", "reason", "threshold", "value", "gap"]
    assert out["status"].dtype == "category" and out["status"].tolist() == table.status.tolist()
    assert math.isnan(out["threshold"].iloc[3])
    polars = table.to_polars()
    assert polars["status"].to_list() == table.status.tolist()
    assert polars["gap"].to_list()[:2] == [0.5, -2.0] and polars["gap"].to_list()[3] is None
    assert table.verdict(-1) == evaluate("达到市级要求", "63.7")
    assert table.explain(1, "en") == evaluate("6以上", "4").explain("en")
    with pytest.raises(IndexError):
        table.verdict(4)
    with pytest.raises(ValueError):
        table.gap[0] = 1.0  # read-only


def test_empty_table():
    table = evaluate_table({"target": [], "reported": []}, polarity="higher")
    assert len(table) == 0 and table.counts() == {"met": 0, "missed": 0, "pending": 0}


def test_lazy_export_keeps_import_light():
    code = (
        "import sys, compliance\n"
        "assert 'numpy' not in sys.modules and 'pandas' not in sys.modules, 'heavy at import'\n"
        "assert 'evaluate_table' in dir(compliance)\n"
        "compliance.evaluate_table\n"
        "assert 'numpy' in sys.modules and 'pandas' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --------------------------------------------------------------------------- partitions and files


def test_evaluate_frame_adds_columns():
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"id": [1, 2], "target": ["6以上", "6以上"], "reported": [7, 5]}, index=[5, 5])
    out = evaluate_frame(frame, polarity="higher")
    assert list(out.columns) == ["id", "target", "reported", "status", "reason", "threshold", "value", "gap"]
    assert out["status"].tolist() == ["met", "missed"]  # by position, even with a repeated index
    with pytest.raises(InputError, match="already has"):
        evaluate_frame(out, polarity="higher")


def test_dask_partitions_judge_like_one_table():
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    frame = pd.DataFrame(_panel(400))
    frame["reported"] = frame["reported"].astype(str)
    ddf = dd.from_pandas(frame, npartitions=4)
    options = {"unit": "unit", "measure": "measure"}
    result = ddf.map_partitions(evaluate_frame, **options, meta=evaluate_frame(frame.head(0), **options))
    out = result.compute(scheduler="threads")
    expected = evaluate_table(frame, **options)
    assert out["status"].tolist() == expected.status.tolist()
    assert out["gap"].fillna(-1).tolist() == np.nan_to_num(expected.gap, nan=-1).tolist()
    counts = result["status"].value_counts().compute(scheduler="synchronous")
    assert {k: int(v) for k, v in counts.items() if v} == {k: v for k, v in expected.counts().items() if v}


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_chunks_judge_like_the_whole_file(tmp_path, suffix):
    pd = pytest.importorskip("pandas")
    if suffix == ".parquet":
        pytest.importorskip("pyarrow")
    frame = pd.DataFrame(_panel(250))
    frame["reported"] = frame["reported"].astype(str)
    frame.loc[3, "reported"] = "-"
    path = tmp_path / f"panel{suffix}"
    frame.to_csv(path, index=False) if suffix == ".csv" else frame.to_parquet(path)
    options = {"unit": "unit", "measure": "measure"}
    chunks = [evaluate_table(chunk, **options) for chunk in iter_table_chunks(str(path), chunksize=60)]
    assert [len(c) for c in chunks] == [60, 60, 60, 60, 10]
    statuses = [s for c in chunks for s in c.status.tolist()]
    assert statuses == evaluate_table(frame, **options).status.tolist()


def test_plain_figures_never_reach_the_scalar_path(monkeypatch):
    """Numbers away from the thresholds are judged on arrays; only ties and non-figures call evaluate()."""
    from compliance.scale import bulk

    calls = []
    monkeypatch.setattr(bulk, "evaluate", lambda **kw: calls.append(kw) or evaluate(**kw))
    rng = np.random.default_rng(3)
    values = np.round(rng.uniform(0, 20, 2000), 2)
    values[np.isin(values, [6, 7.6, 8])] += 0.005  # the thresholds: 6; 7.6 (8 less 5%) and 8 (strict)
    table = evaluate_table({"target": ["6以上", "8左右"] * 1000, "reported": values}, polarity="higher")
    assert calls == []
    assert table.counts()["pending"] == 0
    table = evaluate_table({"target": ["6以上"] * 3, "reported": [6.0, "6", "8-9"]}, polarity="higher")
    assert len(calls) == 3 and table.status.tolist() == ["met", "met", "met"]


def test_chunks_follow_the_format_registry(tmp_path):
    """Every format the registry reads chunk by chunk (gzipped TSV too); a blank line is no row; others refused."""
    import gzip

    pytest.importorskip("pandas")
    path = tmp_path / "panel.tsv.gz"
    path.write_bytes(gzip.compress("target\treported\n6以上\t4\n\n8左右\t7.7\n".encode()))
    chunks = list(iter_table_chunks(str(path), chunksize=1))
    assert [chunk["reported"].tolist() for chunk in chunks] == [[4.0], [7.7]]
    assert evaluate_table(chunks[1], polarity="higher").status.tolist() == ["met"]
    with pytest.raises(InputError, match="unsupported table format") as info:
        next(iter_table_chunks(str(tmp_path / "panel.xlsx")))
    assert ".parquet" in str(info.value)
