"""``check --period all`` streamed, stop 23: cells the arrays now rate or judge once, each as ``check`` gives it.

* a growth rate with a year given as a range whose two ends rate apart (insufficient data, the range named), below
  the floor and across it: rated on arrays, explained by its shape's template;
* a region without any row of a plan-period indicator: check's judgement is the same in every region, made once
  for the run (judge.py ``_absent_cells``);
* a level whose latest figure is its base's (a ratio of exactly 0, at the cut-off 0): rated on arrays;
* ratios far from 1 (a base past the target, then a fall): worded at the places ``show_ratio`` uses, not sent to
  check because a ratio of -66.23 is seldom clear of a tie at 6 places (period_words.shown_ratio).

Each streamed row (progress, explanation in zh and en) must be check's own, region by region; what went the
arrays' way is counted (cells, judgements), never timed.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from compliance.judge.progress_rating import show_ratio
from compliance.plans.check import check
from compliance.plans.datasets import Dataset, Row
from streamkit import write_plan_panel

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

import compliance.scale.stream.judge as stream_judge  # noqa: E402
from compliance.scale.stream import stream_check  # noqa: E402
from compliance.scale.stream.period_math import BAND  # noqa: E402
from compliance.scale.stream.period_words import shown_ratio  # noqa: E402

PERIOD = "2021-2025"
CUTOFFS = (Decimal("0.95"), Decimal("0.6"), Decimal("0"))

INDICATORS = [
    {"id": "ranged", "name": "区间", "polarity": "higher", "measure": "rate", "targets": {PERIOD: "15"}},
    {"id": "level", "name": "水平", "polarity": "higher", "measure": "level", "unit": "人", "targets": {PERIOD: "5.11"}},
    {"id": "linear", "name": "线性", "polarity": "higher", "measure": "level", "progress": {"method": "linear"},
     "targets": {PERIOD: "6.2"}},
    {"id": "ceiling", "name": "上限", "polarity": "lower", "measure": "level", "targets": {PERIOD: "达到市级要求（3.2）"}},
    {"id": "total", "name": "累计", "polarity": "higher", "measure": "level", "unit": "个",
     "targets": {PERIOD: "累计500左右"}},
]

#: the 2021 and 2022 growth rates of each region: the range's averages below the floor and rated apart (0.92
#: and 0.955 of 15), rated alike (needs acceleration, on track), across the floor (apart), and plain
RANGED = [("19.9", "8-9"), ("20.2", "8-9"), ("17.6", "8-9"), ("25", "8-9"), ("10", "12-30"), ("16", "15"), ("20", "3")]
#: a level's 2021 and 2022 figures: the latest the base's own (ratio 0), a base past the target then a fall
#: (regressing, ratios far from 1), on the way
LEVELS = [("4.2", "4.2"), ("5.2", "3.7"), ("5.3", "4.4"), ("6.3", "5.4"), ("4.8", "5"), ("4.9", "4.9"), ("7.3", "4.9")]
LINEAR = [("5.4", "5.4"), ("6.3", "5.4"), ("7.3", "4.9"), ("5", "5.8"), ("6", "6.1"), ("5.8", "5.8"), ("4", "4.5")]
CEILING = [("3.4", "3.4"), ("3.2", "3.5"), ("3.6", "3.3"), ("3.5", "3.5"), ("3.1", "3.1"), ("3.9", "3.6"), ("3.3", "3.4")]


def _rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for r in range(len(RANGED)):
        county = f"C{r:02d}"
        for ident, values in (("ranged", RANGED[r]), ("level", LEVELS[r]), ("linear", LINEAR[r]),
                              ("ceiling", CEILING[r])):
            if ident == "level" and r == 4:
                continue  # a region without the level indicator at all
            rows += [(county, ident, year, value) for year, value in zip(("2021", "2022"), values)]
        if r % 2:
            rows += [(county, "total", "2021", "100"), (county, "total", "2022", "120")]
    # regions reporting none of the plan-period indicators but one: check's judgement of the others is the same
    # in each (insufficient data, nothing reported)
    rows += [(f"C9{k}", "total", "2022", "80") for k in range(4)]
    return rows


def _write(folder: Path, rows) -> tuple[object, Path]:
    return write_plan_panel(folder, INDICATORS, [PERIOD], rows)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_cells_rated_or_judged_once_are_explained_as_check_explains_them(tmp_path, lang):
    rows = _rows()
    rules, path = _write(tmp_path, rows)
    arrays: dict[str, int] = {}  #: cells rated on arrays, by indicator
    judged: set[tuple[str, str]] = set()  #: (county, indicator) cells check judged: the engine's, a template's probe
    periods, judge_cells = stream_judge.BatchJudge._periods, stream_judge._Regions.judge_cells

    def counted(self, *args, **kwargs):
        found = periods(self, *args, **kwargs)
        for code in found.rule.tolist():
            ident = self.plan.rules[code].indicator.id
            arrays[ident] = arrays.get(ident, 0) + 1
        return found

    def asked(self, unit, codes):
        county = self.batch["county"][self.bounds[unit][0]].as_py()
        judged.update((county, self.owner.plan.rules[code].indicator.id) for code in codes)
        return judge_cells(self, unit, codes)

    stream_judge.BatchJudge._periods = counted  # type: ignore[method-assign]
    stream_judge._Regions.judge_cells = asked  # type: ignore[method-assign]
    try:
        run = stream_check(rules, path, "all", as_of=2022, by=["county"], chunksize=7, sample=0, lang=lang)
        frame = pd.concat([f for f in run if len(f)], ignore_index=True)
    finally:
        stream_judge.BatchJudge._periods = periods  # type: ignore[method-assign]
        stream_judge._Regions.judge_cells = judge_cells  # type: ignore[method-assign]
    got = [(c, i, rating if isinstance(rating, str) else None, text)
           for c, i, rating, text in zip(frame.county, frame.indicator, frame.progress, frame.explanation)]
    regions: dict[str, list[Row]] = {}
    for line, (county, ident, period, reported) in enumerate(rows, 2):
        regions.setdefault(county, []).append(Row(ident, period, reported, None, str(path), line))
    expected = []
    for county, region_rows in regions.items():
        for j in check(rules, Dataset(str(path), tuple(region_rows)), "all", as_of=2022):
            v = j.verdict
            expected.append((county, j.indicator.id, v.progress.rating.value if v.progress is not None else None,
                             v.explain(lang)))
    assert got == expected
    ratings = {(c, i): rating for c, i, rating, _ in got}
    # the ranges rated apart (below the floor, and across it): insufficient data, rated on arrays; with the cells
    # rated alike every region of the growth rate went the arrays' way, and check judged one probe per shape
    assert [ratings[(f"C{r:02d}", "ranged")] for r in (0, 1, 4)] == ["insufficient_data"] * 3
    assert (ratings[("C02", "ranged")], ratings[("C03", "ranged")]) == ("needs_acceleration", "on_track")
    assert arrays.get("ranged", 0) == len(RANGED), arrays
    assert not {("C00", "ranged"), ("C01", "ranged")} <= judged, judged  # one shape: one probe
    # a latest figure equal to the base (a ratio of 0): needs acceleration, rated on arrays
    assert ratings[("C00", "level")] == ratings[("C05", "level")] == "needs_acceleration"
    assert ratings[("C00", "linear")] == ratings[("C05", "linear")] == "needs_acceleration"
    assert arrays.get("level", 0) == len(LEVELS) - 1 and arrays.get("linear", 0) == len(LINEAR), arrays
    # a base past the target, then a fall: regressing, worded (one probe for the shape, not one per figures)
    assert {ratings[(f"C0{r}", "level")] for r in (1, 2, 6)} == {"regressing"}
    assert len({("C01", "level"), ("C02", "level"), ("C06", "level")} & judged) <= 1, judged
    # the regions without an indicator: the same judgement, check's, made once for the run
    absent = {(f"C9{k}", ident) for k in range(4) for ident in ("ranged", "level", "linear", "ceiling")}
    assert {ratings[cell] for cell in absent} == {"insufficient_data"}
    assert ratings[("C04", "level")] == "insufficient_data"
    for ident in ("ranged", "level", "linear", "ceiling"):
        assert len({cell for cell in absent | {("C04", "level")} if cell[1] == ident} & judged) == 1, judged


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=Decimal("-200"), max_value=Decimal("200"), places=12, allow_nan=False))
def test_a_ratio_worded_from_its_float_is_show_ratio_of_its_decimal(ratio):
    """shown_ratio(float(d)) is show_ratio(d) wherever it answers and d lies off the cut-offs (the arrays' BAND),
    and it answers for a ratio far from a rounding tie at the places show_ratio uses."""
    if any(abs(ratio - cut) <= Decimal(BAND) * max(Decimal(1), abs(ratio)) for cut in CUTOFFS):
        return
    found = shown_ratio(float(ratio), CUTOFFS)
    if found is not None:
        assert found == show_ratio(ratio, CUTOFFS)
    if abs(ratio) > 1 and all(abs(ratio - cut) > Decimal("0.01") for cut in CUTOFFS):
        two = (ratio * 100) % 1
        if abs(two - Decimal("0.5")) > Decimal("1e-6"):  # not a tie at the two places used
            assert found is not None
