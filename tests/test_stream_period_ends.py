"""Open plan periods streamed: a latest figure exactly at an end of the target, and one figure of a target
without a threshold (a target, or a 同步 target whose reference lacks a year), rated on arrays as ``check`` rates and
explains them.

A level's latest figure equal to the target's end is met (achieved early) when the end is closed (``150``,
``不超过50``: the engine's interval holds it) and not when it is open (``高于150``, ``低于50``): the arrays rate the
closed ends themselves and leave the open ones to check. A target without a threshold yet (``达到市级要求``) with
one yearly figure only is insufficient data, explained with the reported text and the year it lacks; the arrays
explain it by a template of its shape. So is a 同步 target whose reference has no row in a year averaged (no
threshold: the reference's name and the years it lacks). Each streamed row (status, reason, threshold, value,
rating, explanation in zh and en) must be check's, region by region.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.plans.check import check
from compliance.plans.datasets import Dataset, Row
from streamkit import write_plan_panel

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

import compliance.scale.stream.judge as stream_judge  # noqa: E402
from compliance.scale.stream import stream_check  # noqa: E402

PERIOD = "2021-2025"

INDICATORS = [
    {"id": "floor", "name": "下限", "polarity": "higher", "measure": "level", "targets": {PERIOD: "150"}},
    {"id": "ceiling", "name": "上限", "polarity": "lower", "measure": "level", "targets": {PERIOD: "不超过50"}},
    {"id": "openfloor", "name": "开下限", "polarity": "higher", "measure": "level",
     "targets": {PERIOD: "高于150"}},
    {"id": "openceiling", "name": "开上限", "polarity": "lower", "measure": "level",
     "targets": {PERIOD: "低于50"}},
    {"id": "noref", "name": "参照", "polarity": "higher", "measure": "level", "unit": "%",
     "targets": {PERIOD: "达到市级\n要求"}},
    {"id": "growth", "name": "经济增速", "polarity": "higher", "measure": "rate", "targets": {PERIOD: "6"},
     "role": "economic_growth"},
    # in step with the growth rate over the same years: a region whose growth rate lacks a year has no threshold
    {"id": "insync", "name": "同步", "polarity": "higher", "measure": "rate", "targets": {PERIOD: "与经济增长基本同步"}},
]
#: the growth rate's years by region (None: no row): both, 2021 lacking, 2022 lacking, both lacking
GROWTH = [("6", "6.5"), (None, "6.5"), ("6", None), (None, None)]
#: each level's base (2020) and latest figure (2022): at the end, a hair either side of it
FIGURES = {
    "floor": [("100", "150"), ("140", "150"), ("100", "150.1"), ("100", "149.9")],
    "ceiling": [("80", "50"), ("55", "50"), ("80", "49.9"), ("80", "50.1")],
    "openfloor": [("100", "150"), ("140", "150"), ("100", "150.1"), ("100", "149.9")],
    "openceiling": [("80", "50"), ("55", "50"), ("80", "49.9"), ("80", "50.1")],
}


def _rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for r in range(4):
        county = f"C{r:02d}"
        for ident, figures in FIGURES.items():
            base, latest = figures[r]
            rows += [(county, ident, "2020", base), (county, ident, "2022", latest)]
        # a target without a threshold: two figures (rated), or one only (the base's year, or the latest year)
        rows += [(county, "noref", "2021", f"9{r}.5"), (county, "noref", "2022", f"9{r}")]
        rows += [(county, "insync", "2021", "7"), (county, "insync", "2022", f"{8 + r}")]
        rows += [(county, "growth", year, value) for year, value in zip(("2021", "2022"), GROWTH[r]) if value]
    for r, (year, value) in enumerate((("2022", "97.6"), ("2022", "88"), ("2021", "96.1"), ("2022", "101.5"))):
        rows.append((f"N{r:02d}", "noref", year, value))
    return rows


def _write(folder: Path, rows) -> tuple[object, Path]:
    return write_plan_panel(folder, INDICATORS, [PERIOD, "2022"], rows)


def _number(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_figures_at_an_end_and_without_a_threshold_stream_as_check_rates_and_explains_them(tmp_path, lang):
    rows = _rows()
    rules, path = _write(tmp_path, rows)
    engine: dict[str, int] = {}  #: cells judged by check's own cell (not rated by the arrays), by indicator
    original = stream_judge.BatchJudge._exact

    def counted(self, *args, **kwargs):
        found = original(self, *args, **kwargs)
        for code in found.rule.tolist():
            if self.plan.rules[code].period == PERIOD:
                ident = self.plan.rules[code].indicator.id
                engine[ident] = engine.get(ident, 0) + 1
        return found

    stream_judge.BatchJudge._exact = counted  # type: ignore[method-assign]
    try:
        run = stream_check(rules, path, "all", as_of=2022, by=["county"], chunksize=5, sample=2, lang=lang)
        frame = pd.concat([f for f in run if len(f)], ignore_index=True)
    finally:
        stream_judge.BatchJudge._exact = original  # type: ignore[method-assign]
    got = [(c, i, p, s, why, _number(t), _number(v), rating if isinstance(rating, str) else None, text)
           for c, i, p, s, why, t, v, rating, text in zip(
               frame.county, frame.indicator, frame.period, frame.status, frame.reason, frame.threshold, frame.value,
               frame.progress, frame.explanation)]
    regions: dict[str, list[Row]] = {}
    for line, (county, ident, period, reported) in enumerate(rows, 2):
        regions.setdefault(county, []).append(Row(ident, period, reported, None, str(path), line))
    expected = []
    for county, region_rows in regions.items():
        for j in check(rules, Dataset(str(path), tuple(region_rows)), "all", as_of=2022):
            v = j.verdict
            expected.append((county, j.indicator.id, j.period, v.status.value, v.reason.value, _number(v.threshold),
                             _number(v.value), v.progress.rating.value if v.progress is not None else None,
                             v.explain(lang)))
    assert len(got) == len(expected)
    for mine, theirs in zip(got, expected):
        assert mine == theirs
    rating = {(c, i): r for c, i, p, _s, _w, _t, _v, r, _x in got if p == PERIOD}
    # at a closed end: met, achieved early; at an open one: not met (the engine rated it)
    assert rating[("C00", "floor")] == rating[("C01", "ceiling")] == "achieved_early"
    assert rating[("C00", "openfloor")] != "achieved_early" and rating[("C01", "openceiling")] != "achieved_early"
    assert rating[("N00", "noref")] == rating[("N02", "noref")] == "insufficient_data"
    assert rating[("C00", "insync")] == "on_track"
    assert {rating[(f"C0{r}", "insync")] for r in (1, 2, 3)} == {"insufficient_data"}
    # in step with a reference lacking a year: rated on arrays too (only the regions without a row of it go to check)
    assert engine.get("insync", 0) == engine.get("floor", 0), engine
    # the closed ends were rated on arrays: of the regions with figures, only the open ends' two at the end went
    # to check (every indicator's regions without a row, N00-N03, go to check alike)
    assert engine["openfloor"] - engine.get("floor", 0) == 2, engine
    assert engine["openceiling"] - engine.get("ceiling", 0) == 2, engine
