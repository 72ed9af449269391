"""Progress ratings toward multi-year targets: each method's numbers, and properties of the ratings."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from compliance import Status, evaluate, parse_reported, parse_target
from compliance.models import ProgressRating
from compliance.judge.periods import Period
from compliance.judge.progress import RANK, ProgressSettings, assess, context

PLAN = Period.parse("2021-2025")
R = ProgressRating


def rated(target: str, values: dict[int, str], polarity: str = "higher", *, measure: str | None = None,
          as_of: int = 2022, references: dict | None = None, series: dict | None = None, **options):
    reported = {year: parse_reported(text) for year, text in values.items()}
    refs = {key: {y: parse_reported(t) for y, t in s.items()} for key, s in (series or {}).items()}
    return assess(
        parse_target(target), reported, period=PLAN, as_of=as_of,
        ctx=context(polarity, measure=measure, references=references),
        settings=ProgressSettings(**options), reference_series=lambda ref: refs.get(ref, {}),
    ).progress


# --------------------------------------------------------------------------- each method's numbers


def test_compound_annual_rate_against_the_rate_required():
    p = rated("5000", {2021: "4085", 2022: "4500"})
    assert (p.method, p.rating, p.base_year, p.current_year, p.end_year) == ("cagr", R.ON_TRACK, 2021, 2022, 2025)
    assert round(p.observed, 2) == Decimal("10.16")  # 4500/4085 - 1
    assert round(p.required, 2) == Decimal("5.18")  # (5000/4085)^(1/4) - 1
    assert round(p.ratio, 2) == Decimal("1.96")
    assert "observed 10.16% a year, 5.18% a year needed" in p.explain("en")
    assert "on track (ratio 1.96 >= 0.95)" in p.explain("en")
    assert "实际年均变化 10.16%，按期达标需年均 5.18%" in p.explain("zh")


def test_linear_preset_time_half_gone_task_half_done():
    p = rated("5000", {2021: "4085", 2022: "4500"}, method="linear")
    assert p.method == "linear"
    # (4500-4085)/(5000-4085) = 45.4% of the way in 1/4 of the time
    assert round(p.observed, 1) == Decimal("45.4") and p.required == Decimal("25")
    assert round(p.ratio, 2) == Decimal("1.81") and p.rating is R.ON_TRACK
    assert "45.36% of the way covered in 25% of the time" in p.explain("en")


@pytest.mark.parametrize(("latest", "rating", "code"), [
    ("4320", R.ON_TRACK, "progress_on_track"),  # 235/915 of the way in 1/4 of the time: 1.03
    ("4300", R.NEEDS_ACCELERATION, "progress_moderate"),  # 0.94
    ("4200", R.NEEDS_ACCELERATION, "progress_limited"),  # 0.5
    ("4085", R.NEEDS_ACCELERATION, "progress_limited"),  # no change: ratio 0
    ("4000", R.REGRESSING, "progress_regressing"),
    ("5000", R.ACHIEVED_EARLY, "progress_achieved_early"),
], ids=lambda x: str(x))
def test_ratings_and_their_notes(latest, rating, code):
    p = rated("5000", {2021: "4085", 2022: latest}, method="linear")
    assert p.rating is rating and p.notes[-1].code == code
    if code == "progress_moderate":
        assert Decimal("0.6") <= p.ratio < Decimal("0.95")


def test_lower_is_better_targets_move_down():
    p = rated("32", {2021: "35", 2022: "34"}, "lower")
    assert p.rating is R.ON_TRACK and p.ratio > 1  # -2.9% a year against -2.2% needed
    assert rated("32", {2021: "35", 2022: "36"}, "lower").rating is R.REGRESSING
    assert rated("32", {2021: "35", 2022: "30"}, "lower").rating is R.ACHIEVED_EARLY


def test_a_met_base_that_falls_away_is_regressing():
    p = rated("38", {2021: "39.4", 2022: "35左右"})
    assert p.rating is R.REGRESSING and p.ratio < 0


def test_base_year_defaults_to_the_year_before_the_period_and_can_be_set():
    assert rated("5000", {2020: "4000", 2021: "4085", 2022: "4500"}).base_year == 2020
    p = rated("5000", {2020: "4000", 2021: "4085", 2022: "4500"}, base_year=2021)
    assert (p.base_year, p.base_value) == (2021, Decimal("4085"))


def test_cutoffs_are_configurable_and_recorded():
    p = rated("5000", {2021: "4085", 2022: "4500"}, cutoffs=[2, 1, 0])
    assert p.cutoffs == (Decimal(2), Decimal(1), Decimal(0)) and p.rating is R.NEEDS_ACCELERATION
    with pytest.raises(ValidationError, match="must go down"):
        ProgressSettings(cutoffs=[0.6, 0.95, 0])


def test_running_total_against_a_steady_pace():
    p = rated("累计5000左右", {2021: "1530", 2022: "1350"})
    assert (p.method, p.current_value, p.target_value, p.pace) == ("sum", Decimal("2880"), Decimal("4750"), Decimal("1900"))
    assert p.rating is R.ON_TRACK and round(p.ratio, 2) == Decimal("1.52")
    assert rated("累计5000左右", {2021: "900", 2022: "600"}).rating is R.NEEDS_ACCELERATION
    assert rated("累计5000", {2021: "3000", 2022: "2500"}).rating is R.ACHIEVED_EARLY


def test_compounded_declines_against_the_pace_of_a_steady_path():
    p = rated("达到市级要求（五年下降14.5）", {2021: "3.7", 2022: "3"}, measure="decline")
    assert (p.method, p.rating, p.current_value) == ("compound", R.ON_TRACK, Decimal("6.589"))
    assert round(p.pace, 1) == Decimal("6.1")
    slow = rated("五年下降14.5", {2021: "2", 2022: "1.5"}, measure="decline")
    assert slow.rating is R.NEEDS_ACCELERATION
    worse = rated("五年下降14.5", {2021: "1", 2022: "-3"}, measure="decline")
    assert worse.rating is R.REGRESSING
    done = rated("五年下降14.5", {2021: "8", 2022: "8"}, measure="decline")
    assert done.rating is R.ACHIEVED_EARLY


def test_compounded_growth_of_a_level():
    p = rated("五年增长20%", {2020: "100", 2021: "104", 2022: "109"})
    assert p.method == "compound" and p.current_value == Decimal("9") and p.rating is R.ON_TRACK


def test_growth_rate_targets_compare_level_to_level():
    p = rated("6", {2021: "8.8", 2022: "4"}, measure="rate")
    assert p.method == "average" and p.rating is R.ON_TRACK
    assert round(p.current_value, 2) == Decimal("6.37") and p.target_value == Decimal("6")
    # never achieved early: a rate is a pace to keep up to the end
    assert rated("6", {2021: "20", 2022: "20"}, measure="rate").rating is R.ON_TRACK
    assert rated("6", {2021: "4", 2022: "3"}, measure="rate").rating is R.NEEDS_ACCELERATION
    assert rated("6", {2021: "-4", 2022: "-3"}, measure="rate").rating is R.REGRESSING


def test_sync_target_follows_the_reference_over_the_same_years():
    # the language names the role economic_growth; a plan's check maps it to its GDP indicator's id
    p = rated("与经济增长基本同步", {2021: "7.8", 2022: "2.9"}, measure="rate",
              series={"economic_growth": {2021: "8.8", 2022: "4"}})
    assert p.rating is R.ON_TRACK
    assert p.target_value == Decimal("5.3729")  # GDP's 6.3729 average less the tolerance of 1
    assert "reference economic_growth averages 6.37% a year over 2021–2022" in p.explain("en")
    lacking = rated("与经济增长基本同步", {2021: "7.8", 2022: "2.9"}, measure="rate",
                    series={"economic_growth": {2022: "4"}})
    assert lacking.rating is R.INSUFFICIENT_DATA and lacking.missing == ("economic_growth",)


@pytest.mark.parametrize(("target", "values", "missing"), [
    ("6.2", {2021: "6.2"}, ("2022",)),  # a single figure
    ("6.2", {2022: "6.6"}, ("2023",)),  # the first figure is the base: the next year is needed
    ("6.2", {}, ("2021",)),
    ("6.2", {2021: "可完成", 2022: "6.6"}, ("2023",)),  # no figure for 2021: 2022 is the base
    ("11", {2021: "12.6", 2022: "10以上"}, ("precise",)),  # its ends rate differently
    ("达到市级要求", {2021: "62.43", 2022: "63.7"}, ("市级要求",)),
    ("累计5000", {2022: "1350"}, ("2021",)),
    ("五年下降21", {2021: "该指标年底出上年数据", 2022: "3"}, ("2021",)),
], ids=lambda x: str(x))
def test_insufficient_data_says_what_is_lacking(target, values, missing):
    measure = "decline" if "下降" in target else None
    p = rated(target, values, measure=measure)
    assert p.rating is R.INSUFFICIENT_DATA and p.missing == missing
    assert p.notes[-1].code.startswith("progress_") and p.explain("en")


def test_a_range_is_rated_when_both_ends_agree():
    p = rated("15", {2021: "16.1", 2022: "8-9"}, measure="rate")
    assert p.rating is R.NEEDS_ACCELERATION and p.current_value is None


# --------------------------------------------------------------------------- properties

amounts = st.decimals(min_value=Decimal("-50"), max_value=Decimal("5000"), places=1, allow_nan=False)
positive = st.decimals(min_value=Decimal("0.1"), max_value=Decimal("5000"), places=1)


def _rank(progress):
    assert progress.rating is not R.INSUFFICIENT_DATA, progress
    return RANK[progress.rating]


def _text(value: Decimal) -> str:
    return format(value, "f")


@settings(max_examples=300, deadline=None)
@given(base=amounts, target=positive, a=amounts, b=amounts, polarity=st.sampled_from(["higher", "lower"]),
       method=st.sampled_from(["cagr", "linear"]), year=st.integers(2022, 2025))
def test_a_better_latest_value_never_rates_worse(base, target, a, b, polarity, method, year):
    worse, better = sorted((a, b)) if polarity == "higher" else sorted((a, b), reverse=True)
    low = rated(_text(target), {2021: _text(base), year: _text(worse)}, polarity, as_of=year, method=method)
    high = rated(_text(target), {2021: _text(base), year: _text(better)}, polarity, as_of=year, method=method)
    assert _rank(high) >= _rank(low)


@settings(max_examples=300, deadline=None)
@given(base=amounts, target=positive, latest=amounts, polarity=st.sampled_from(["higher", "lower"]),
       method=st.sampled_from(["cagr", "linear"]), kind=st.sampled_from(["", "以上", "左右"]))
def test_a_target_already_met_is_never_regressing(base, target, latest, polarity, method, kind):
    text = _text(target) + (kind if polarity == "higher" else kind.replace("以上", "以下"))
    assume(evaluate(text, _text(latest), polarity=polarity).status is Status.MET)
    p = rated(text, {2021: _text(base), 2022: _text(latest)}, polarity, method=method)
    assert p.rating is R.ACHIEVED_EARLY


yearly = st.lists(st.decimals(min_value=Decimal("-20"), max_value=Decimal("40"), places=1), min_size=1, max_size=4)


@settings(max_examples=200, deadline=None)
@given(before=yearly, a=st.decimals(min_value=Decimal("-20"), max_value=Decimal("40"), places=1),
       b=st.decimals(min_value=Decimal("-20"), max_value=Decimal("40"), places=1),
       target=st.sampled_from(["6", "6左右", "五年下降14.5", "累计50", "五年增长20"]))
def test_aggregates_are_monotone_in_the_latest_year(before, a, b, target, ):
    measure = {"6": "rate", "6左右": "rate", "五年下降14.5": "decline", "累计50": None, "五年增长20": "rate"}[target]
    years = list(range(2021, 2021 + len(before)))
    latest_year = years[-1] + 1
    worse, better = sorted((a, b))
    values = {year: _text(value) for year, value in zip(years, before)}
    low = rated(target, {**values, latest_year: _text(worse)}, measure=measure, as_of=latest_year)
    high = rated(target, {**values, latest_year: _text(better)}, measure=measure, as_of=latest_year)
    assert _rank(high) >= _rank(low)
    met = evaluate(target.replace("五年", ""), _text(high.current_value), measure=measure).status is Status.MET
    if met:
        assert high.rating is not R.REGRESSING
