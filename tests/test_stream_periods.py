"""Open plan periods streamed: the arrays rate progress as ``check`` does, on either side of every cut-off.

``--period all`` judges a plan period before its end by its progress (compound or linear rate against
the rate required, a growth rate's compound average against the target rate). The streaming path
rates those cells for all regions of a batch at once (compliance/scale/stream/periods.py) and hands
the engine only the cells it cannot rate exactly. Here each region holds one value near a cut-off
of the ratio (0.95 on track, 0.6 moderate, 0 regressing), at it, and a hair either side, and the
streamed verdicts must be check's, region by region: status, reason, threshold, value, progress
rating and the row judged; and most cells must have been rated by the arrays, not the engine.
"""

from __future__ import annotations

import csv
import json
import math
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compliance.plans.check import check
from compliance.plans.datasets import Dataset, Row
from compliance.plans.rules import load_rules

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

import compliance.scale.stream.judge as stream_judge  # noqa: E402
from compliance.scale.stream import stream_check  # noqa: E402

PERIOD = "2021-2025"


def _number(value) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)


def write_rules(folder: Path, indicators: list[dict]) -> object:
    path = folder / "rules.yaml"
    plan = {"plan": {"name": "进度", "periods": [PERIOD, "2022"]}, "indicators": indicators}
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")  # JSON is YAML
    return load_rules(path)


def write_panel(folder: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    path = folder / "panel.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["county", "indicator", "period", "reported"])
        out.writerows(rows)
    return path


def compare(rules, path: Path, rows, as_of: int, chunksize: int = 7) -> tuple[list[tuple], dict[str, int]]:
    """The streamed verdicts and check's, region by region (they must be equal); and how the cells were judged."""
    counts = {"engine": 0}
    original = stream_judge.BatchJudge._exact

    def counted(self, *args, **kwargs):  # the cells judged by check's own cell, not rated by the arrays
        found = original(self, *args, **kwargs)
        counts["engine"] += len(found)
        return found

    stream_judge.BatchJudge._exact = counted  # type: ignore[method-assign]
    try:
        run = stream_check(rules, path, "all", as_of=as_of, by=["county"], chunksize=chunksize, sample=2)
        frames = [frame for frame in run if len(frame)]
    finally:
        stream_judge.BatchJudge._exact = original  # type: ignore[method-assign]
    frame = pd.concat(frames, ignore_index=True)

    def cell(value):
        return None if pd.isna(value) else value

    got = [
        (c, i, p, s, why, _number(cell(t)), _number(cell(v)), cell(src), cell(rating))
        for c, i, p, s, why, t, v, src, rating in zip(
            frame.county, frame.indicator, frame.period, frame.status, frame.reason, frame.threshold, frame.value,
            frame.source, frame.progress,
        )
    ]
    regions: dict[str, list[Row]] = {}
    for line, (county, ident, period, reported) in enumerate(rows, 2):
        regions.setdefault(county, []).append(Row(ident, period, reported, None, str(path), line))
    expected = []
    for county, region_rows in regions.items():
        for j in check(rules, Dataset(str(path), tuple(region_rows)), "all", as_of=as_of):
            v = j.verdict
            expected.append((county, j.indicator.id, j.period, v.status.value, v.reason.value, _number(v.threshold),
                             _number(v.value), f"{j.row.file}:{j.row.line}" if j.row is not None else None,
                             v.progress.rating.value if v.progress is not None else None))
    assert got == expected
    counts["cells"] = len(expected)
    return got, counts


def _cagr_current(base: Decimal, target: Decimal, ratio: Decimal, elapsed: int, total: int) -> Decimal:
    """The current level whose compound rate is ``ratio`` times the rate required (to 2 places)."""
    required = float(target / base) ** (1 / total) - 1
    return Decimal(str(round(float(base) * (1 + float(ratio) * required) ** elapsed, 2)))


def test_either_side_of_the_needed_pace_streamed_as_check_rates_it(tmp_path):
    """Values at, and a hair either side of, each cut-off of the ratio, for compound and linear rates,
    a ceiling and a growth rate: check's rating in every region; both sides of each cut-off occur."""
    rules = write_rules(tmp_path, [
        {"id": "cagr", "name": "复合", "polarity": "higher", "measure": "level", "targets": {PERIOD: "150", "2022": "110"}},
        {"id": "linear", "name": "线性", "polarity": "higher", "measure": "level", "progress": {"method": "linear"},
         "targets": {PERIOD: "200"}},
        {"id": "ceiling", "name": "上限", "polarity": "lower", "measure": "level", "targets": {PERIOD: "不超过50"}},
        {"id": "rate", "name": "增速", "polarity": "higher", "measure": "rate", "targets": {PERIOD: "6"}},
    ])
    currents: dict[str, list[Decimal]] = {"cagr": [], "linear": [], "ceiling": [], "rate": []}
    step = Decimal("0.01")
    for cut in (Decimal("0.95"), Decimal("0.6"), Decimal("0")):
        # linear: base 100 (2020), 200 by 2025, two of five years gone: ratio = (x - 100) / 100 / 0.4, exact at a cut
        at = 100 + cut * 40
        currents["linear"] += [at - step, at, at + step]
        at = _cagr_current(Decimal(100), Decimal(150), cut, 2, 5)
        currents["cagr"] += [at - step, at, at + step]
        at = _cagr_current(Decimal(100), Decimal(50), cut, 2, 5)
        currents["ceiling"] += [at - step, at, at + step]
        at = 6 * cut  # the average of two equal yearly rates is that rate: the ratio is at the cut exactly
        currents["rate"] += [at - step, at, at + step]
    currents["cagr"] += [Decimal(150), Decimal(151), Decimal(99)]  # achieved early, regressing
    currents["linear"] += [Decimal(100)]  # no move: ratio 0
    regions = max(len(values) for values in currents.values())
    rows = []
    for r in range(regions):
        county = f"C{r:02d}"
        for ident, values in currents.items():
            value = values[r % len(values)]
            if ident == "rate":
                rows += [(county, ident, "2021", str(value)), (county, ident, "2022", str(value))]
            else:
                rows += [(county, ident, "2020", "100"), (county, ident, "2022", str(value))]
    path = write_panel(tmp_path, rows)
    got, counts = compare(rules, path, rows, as_of=2022)
    ratings: dict[str, set[str]] = {}
    for county, ident, period, status, reason, *_, rating in got:
        if period == PERIOD:
            assert (status, reason) == ("pending", "period_open")
            ratings.setdefault(ident, set()).add(rating)
    for ident in ("cagr", "linear", "ceiling"):
        assert {"on_track", "needs_acceleration", "regressing"} <= ratings[ident], ident
    assert {"on_track", "needs_acceleration", "regressing"} <= ratings["rate"]
    assert "achieved_early" in ratings["cagr"]
    plan_cells = sum(1 for row in got if row[2] == PERIOD)
    assert counts["engine"] < plan_cells / 2  # the arrays rated most; only cells at a cut-off went to the engine


def test_a_cell_exactly_at_a_cut_off_goes_to_the_engine_and_keeps_its_side(tmp_path):
    """A linear ratio of exactly 0.95 is on track and 0.9499... needs acceleration, as the decimals say."""
    rules = write_rules(tmp_path, [{"id": "linear", "name": "线性", "polarity": "higher", "measure": "level",
                                    "progress": {"method": "linear"}, "targets": {PERIOD: "200"}}])
    rows = [("A", "linear", "2020", "100"), ("A", "linear", "2022", "138"),
            ("B", "linear", "2020", "100"), ("B", "linear", "2022", "137.999999")]
    path = write_panel(tmp_path, rows)
    got, counts = compare(rules, path, rows, as_of=2022)
    assert [row[-1] for row in got] == ["on_track", "needs_acceleration"]
    assert counts["engine"] == 1  # 0.95 exactly: the engine; 0.9499999975 is far enough from it for floats


def test_running_totals_and_compounded_changes_streamed_as_check_rates_them(tmp_path):
    """累计 (the sum against a steady pace) and 五年下降 (yearly declines compounded against a steady path):
    a grid of second-year values crossing every cut-off, check's rating in every region."""
    rules = write_rules(tmp_path, [
        {"id": "total", "name": "累计", "polarity": "higher", "measure": "level", "targets": {PERIOD: "累计500左右"}},
        {"id": "fall", "name": "下降", "polarity": "higher", "measure": "decline",
         "targets": {PERIOD: "达到市级要求（五年下降14.5）"}},
    ])
    rows = []
    for r in range(60):
        county = f"C{r:02d}"
        rows += [(county, "total", "2021", "90"), (county, "total", "2022", str(Decimal(-150) + Decimal(r) * 5))]
        rows += [(county, "fall", "2021", "3"), (county, "fall", "2022", str(Decimal("-6") + Decimal(r) / 3))]
    rows += [("D", "total", "2021", "90"), ("D", "total", "2022", "90.5")]  # 180.5 of a pace of 190: 0.95 exactly
    path = write_panel(tmp_path, rows)
    got, counts = compare(rules, path, rows, as_of=2022)
    ratings: dict[str, set[str]] = {}
    for row in got:
        ratings.setdefault(row[1], set()).add(row[-1])
    for ident in ("total", "fall"):
        assert {"on_track", "needs_acceleration", "regressing"} <= ratings[ident], ident
    assert "achieved_early" in ratings["fall"]
    assert counts["engine"] < len(got) / 4


def test_a_horizon_past_the_period_keeps_the_period_open_and_averages_its_own_years(tmp_path):
    """``（2035年达到6）`` keeps 2021-2023 open in 2024: a growth rate is averaged over 2021-2023 only (2024 is
    not the period's), a level's latest figure is 2024's; as check rates them."""
    path = tmp_path / "rules.yaml"
    plan = {"plan": {"name": "远景", "periods": ["2021-2023"]}, "indicators": [
        {"id": "rate", "name": "增速", "polarity": "higher", "measure": "rate",
         "targets": {"2021-2023": "达到市级要求（2035年达到6）"}},
        {"id": "level", "name": "水平", "polarity": "higher", "measure": "level",
         "targets": {"2021-2023": "达到市级要求（2035年达到160）"}}]}
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    rules = load_rules(path)
    rows = []
    for r, late in enumerate(["1", "9", "20"]):
        rows += [(f"C{r}", "rate", str(year), value) for year, value in ((2021, "6.5"), (2022, "6.2"), (2023, "5.9"),
                                                                          (2024, late))]
        rows += [(f"C{r}", "level", "2020", "100"), (f"C{r}", "level", "2024", str(105 + 10 * r))]
    got, counts = compare(rules, write_panel(tmp_path, rows), rows, as_of=2024)
    assert {row[3] for row in got} == {"pending"} and counts["engine"] == 0
    assert [row[6] for row in got if row[1] == "rate"] == [6.1997] * 3  # 2024's figure is not averaged


def test_a_computed_value_keeps_the_indicators_unit(tmp_path):
    """A compounded change in 万人 against ``五年增长1%`` is not comparable (check: no threshold, no value), though
    its text alone (``35``) would be: such a rule is the engine's, and the row says what check says."""
    rules = write_rules(tmp_path, [{"id": "g", "name": "增长", "polarity": "higher", "measure": "rate", "unit": "万人",
                                    "targets": {PERIOD: "五年增长1%"}}])
    rows = [("A", "g", "2021", "35"), ("A", "g", "2022", "3")]
    got, _ = compare(rules, write_panel(tmp_path, rows), rows, as_of=2022)
    assert [(row[5], row[6]) for row in got] == [(None, None)]


def test_an_aggregate_bounded_on_neither_side_is_insufficient_data_not_a_crash(tmp_path):
    """``10以上`` and ``<313.2`` in one period: their total or average has no end; check (progress_series.synthetic)
    raised a validation error on it; now it is pending with insufficient data, streamed alike."""
    rules = write_rules(tmp_path, [
        {"id": "r", "name": "增速", "polarity": "higher", "measure": "rate", "targets": {PERIOD: "0"}},
        {"id": "s", "name": "累计", "polarity": "higher", "measure": "level", "targets": {PERIOD: "累计5以上"}},
    ])
    rows = [("A", "r", "2021", "0"), ("A", "r", "2022", "10以上"), ("A", "r", "2023", "<313.2"),
            ("A", "s", "2021", "10以上"), ("A", "s", "2022", "<3")]
    got, _ = compare(rules, write_panel(tmp_path, rows), rows, as_of=2023)
    assert [(row[3], row[-1]) for row in got] == [("pending", "insufficient_data")] * 2


def test_a_change_of_a_level_to_an_open_end_is_insufficient_data_not_a_crash(tmp_path):
    """``五年下降3.2`` of a level from 5 (2020) to ``10以上`` (2022): the change at the open end is unbounded;
    check (progress_series.change_index) built a Progress with an observed rate of -Infinity and raised."""
    rules = write_rules(tmp_path, [{"id": "l", "name": "水平", "polarity": "higher", "measure": "level",
                                    "targets": {PERIOD: "五年下降3.2"}}])
    rows = [("A", "l", "2020", "5"), ("A", "l", "2021", "0"), ("A", "l", "2022", "10以上")]
    got, _ = compare(rules, write_panel(tmp_path, rows), rows, as_of=2022)
    assert [(row[3], row[-1]) for row in got] == [("pending", "insufficient_data")]


def test_a_growth_rate_averaged_over_a_year_that_names_its_reference_takes_that_reference(tmp_path):
    """``2.63（市级3.12）`` carries the city's level: the average of the years carries it too, so the target
    ``不高于全市平均水平`` has its threshold (3.12) where the year says it, and none where no year does."""
    rules = write_rules(tmp_path, [{"id": "u", "name": "失业率", "polarity": "lower", "measure": "rate",
                                    "targets": {PERIOD: "不高于全市平均水平"}}])
    rows = [("A", "u", "2021", "2.5"), ("A", "u", "2022", "2.63（市级3.12）"),
            ("B", "u", "2021", "2.5"), ("B", "u", "2022", "2.6")]
    path = write_panel(tmp_path, rows)
    got, _ = compare(rules, path, rows, as_of=2022)
    assert [row[5] for row in got] == [3.12, None]


# --------------------------------------------------------------------------- random multi-year panels

LEVELS = ["{a}", "{a}以上", "不低于{a}", "不超过{a}", "{a}以内", "达到市级要求（{a}）", "达到市级\n要求（<{a}）", "{a}-{b}",
          "{a}左右", "达到市级要求", "不高于全市平均水平", "低于全市平均水平（{a}）", "低于{a}", "好好干", "累计{a}左右",
          "累计{a}以上", "五年下降{a}", "达到市级要求（五年下降{a}）", "五年增长{a}%"]
NUMBERS = ["0", "1", "2.5", "3.2", "5", "6", "7.5", "12", "35", "100"]
TEXTS = ["", "可完成", "35左右", "8-9", "<313.2", "10以上", "2.63（市级3.12）", "4（全市平均水平5）", "优良水体比例87.5",
         "下降2.3%"]


@st.composite
def indicators(draw: st.DrawFn, ident: str) -> dict:
    target = draw(st.sampled_from(LEVELS)).format(a=draw(st.sampled_from(NUMBERS)), b=draw(st.sampled_from(NUMBERS)))
    indicator: dict = {"id": ident, "name": ident, "polarity": draw(st.sampled_from(["higher", "lower", "band"])),
                       "measure": draw(st.sampled_from(["level", "rate", "decline"])), "targets": {PERIOD: target}}
    if draw(st.booleans()):
        indicator["progress"] = {"method": draw(st.sampled_from(["cagr", "linear"]))}
    if draw(st.booleans()):
        indicator["unit"] = draw(st.sampled_from(["%", "万人"]))
    return indicator


@st.composite
def panels(draw: st.DrawFn, ids: list[str]) -> list[tuple[str, str, str, str]]:
    rows = []
    for region in range(draw(st.integers(1, 6))):
        for ident in ids:
            for year in range(2019, 2025):
                if draw(st.integers(0, 5)) == 0:
                    continue  # no row
                if draw(st.integers(0, 4)):
                    number = Decimal(draw(st.sampled_from(NUMBERS))) * Decimal(draw(st.sampled_from(
                        ["0.9", "0.95", "1", "1.02", "1.1", "-1"])))
                    reported = str(number.normalize()) if number else "0"
                else:
                    reported = draw(st.sampled_from(TEXTS))
                rows.append((f"C{region}", ident, str(year), reported))
    return rows


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_multi_year_panels_stream_as_check_judges_them(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("periods")
    ids = [f"i{n}" for n in range(data.draw(st.integers(1, 4), label="indicators"))]
    rules = write_rules(folder, [data.draw(indicators(ident), label=ident) for ident in ids])
    rows = data.draw(panels(ids), label="panel")
    if not rows:
        return
    path = write_panel(folder, rows)
    as_of = data.draw(st.sampled_from([2021, 2022, 2023, 2024]), label="as_of")
    compare(rules, path, rows, as_of=as_of, chunksize=data.draw(st.sampled_from([5, 1000]), label="chunksize"))
