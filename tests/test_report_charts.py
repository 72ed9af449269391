"""Progress charts of the HTML report (compliance/report/svg.py), on the seed judged for every period.

Counts come from the report's progress objects, coordinates are read back through the chart's own
axis (two tick labels give the scale), and the pace line is checked against the rating's ``pace``:
a chart that drew a point in the wrong place, dropped an indicator, or drew its own idea of the pace
fails here. The browser test (tests/test_report_browser.py) checks that the charts are displayed.
"""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from test_report_progress import all_report

from compliance.report import render
from compliance.report._labels import labels
from compliance.report._names import in_language
from compliance.report.svg import chart, pace_path, readable, series


@pytest.fixture(scope="module")
def report():
    return all_report()


@pytest.fixture(scope="module")
def pages(report) -> dict[str, str]:
    return {lang: render(report, "html", lang=lang) for lang in ("zh", "en")}


def _rated(report):
    return [row for row in report.verdicts if row.progress is not None]


def _section(html: str) -> str:
    match = re.search(r'<section id="progress-charts">.*?</section>', html, re.DOTALL)
    assert match, "no progress-charts section"
    return match.group(0)


def _svgs(html: str) -> list[ET.Element]:
    """Every progress chart of a page, parsed as XML (inline SVG in HTML needs no namespace)."""
    return [ET.fromstring(text) for text in re.findall(r'<svg class="progress-chart.*?</svg>', html, re.DOTALL)]


def test_every_rated_indicator_has_a_chart_in_the_small_multiples_and_in_its_evidence(report, pages):
    rated = _rated(report)
    assert len(rated) == report.summary.verdicts - sum(1 for r in report.verdicts if r.progress is None) == 26
    for lang, html in pages.items():
        section = _section(html)
        assert re.findall(r'<figure class="chart" data-id="([^"]+)"', section) == [row.id for row in rated], lang
        ratings = re.findall(r'<figure class="chart" [^>]*data-rating="([^"]+)"', section)
        assert ratings == [row.progress.rating.value for row in rated]
        # one more in each rated row's evidence: twice as many charts as ratings on the page
        assert len(_svgs(html)) == 2 * len(rated)


def test_a_report_without_ratings_has_no_chart_section():
    from reportkit import seed_report

    html = render(seed_report(), "html", lang="zh")
    assert 'id="progress-charts"' not in html and '<svg class="progress-chart' not in html


def test_each_chart_is_xml_with_a_title_and_a_description_it_is_labelled_by(pages):
    for html in pages.values():
        ids = []
        for svg in _svgs(html):
            title, desc = svg.find("title"), svg.find("desc")
            assert title is not None and desc is not None and title.text and desc.text
            assert svg.get("role") == "img"
            assert svg.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
            ids += [title.get("id"), desc.get("id")]
        assert len(ids) == len(set(ids)), "ids must be unique on the page"


def _chart(report, indicator: str, lang: str = "en") -> ET.Element:
    """The chart of ``indicator`` as a page in ``lang`` draws it (names and unit labels in that language)."""
    row = next(r for r in in_language(report, lang).verdicts if r.indicator == indicator and r.progress is not None)
    return ET.fromstring(chart(row.progress, name=row.name, unit=row.unit, L=labels(lang), key="t"))


def _value_to_y(svg: ET.Element):
    """The chart's own value -> y scale, from the positions of its first and last tick labels."""
    ticks = [(Decimal(t.get("data-value")), float(t.get("y")) - 4) for t in svg.iter("text")
             if "tick y" in (t.get("class") or "")]
    (v0, y0), (v1, y1) = ticks[0], ticks[-1]
    return lambda value: y0 + (y1 - y0) * float((Decimal(value) - v0) / (v1 - v0))


def _year_to_x(svg: ET.Element):
    ticks = [(int(t.get("data-year")), float(t.get("x"))) for t in svg.iter("text")
             if "tick x" in (t.get("class") or "")]
    (a, xa), (b, xb) = ticks[0], ticks[-1]
    return lambda year: xa + (xb - xa) * (year - a) / (b - a)


def _point(svg: ET.Element, year: int) -> tuple[float, float]:
    found = [c for c in svg.iter("circle") if c.get("data-year") == str(year)]
    assert len(found) == 1
    return float(found[0].get("cx")), float(found[0].get("cy"))


def _pace_y(svg: ET.Element, x: float) -> float:
    line = next(p for p in svg.iter("polyline") if p.get("class") == "pace")
    coords = [tuple(map(float, pair.split(","))) for pair in line.get("points").split()]
    for (xa, ya), (xb, yb) in itertools.pairwise(coords):
        if xa <= x <= xb:
            return ya + (yb - ya) * (x - xa) / (xb - xa)
    raise AssertionError(f"x {x} outside the pace line")


@pytest.mark.parametrize("indicator, value, above", [
    ("pct_applications", "4500", True),  # 4500 in 2022 against a pace of 4296.7: on track, above the line
    ("labour_productivity", "35", False),  # 35 against a pace of 39.05: regressing, below the line
])
def test_points_sit_where_the_values_say_either_side_of_the_pace_line(report, indicator, value, above):
    svg = _chart(report, indicator)
    to_y, to_x = _value_to_y(svg), _year_to_x(svg)
    x, y = _point(svg, 2022)
    assert x == pytest.approx(to_x(2022), abs=0.15)
    assert y == pytest.approx(to_y(value), abs=0.15)
    pace_y = _pace_y(svg, x)
    row = next(r for r in report.verdicts if r.indicator == indicator and r.progress is not None)
    assert pace_y == pytest.approx(to_y(row.progress.pace), abs=0.15)  # the line passes through the rating's pace
    assert (y < pace_y) is above  # SVG y grows downwards
    _, base_y = _point(svg, 2021)
    assert base_y == pytest.approx(to_y(row.progress.base_value), abs=0.15)
    target = next(p for p in svg.iter("path") if p.get("class") == "target")
    assert Decimal(target.get("data-value")) == Decimal(row.progress.target_value)
    assert target.get("d").startswith(f"M{to_x(2025):.1f} ")


def test_the_pace_line_is_the_ratings_pace_for_every_chart(report):
    checked = 0
    for row in _rated(report):
        p = row.progress
        path = dict(pace_path(p))
        if p.pace is None:
            assert path == {}, row.id  # no pace: nothing dashed is drawn
            continue
        assert abs(path[p.current_year] - Decimal(p.pace)) < Decimal("0.0005"), row.id
        assert abs(path[p.end_year] - Decimal(p.target_value)) < Decimal("0.0005"), row.id
        checked += 1
    assert checked == sum(1 for row in _rated(report) if row.progress.pace is not None) == 18


@pytest.mark.parametrize("indicator, current, values", [
    ("school_places_preschool", "2880", ["0", "1530", "2880"]),  # a running total: 1530 + 1350
    ("energy_intensity_decline", "6.589", ["0", "3.7", "6.589"]),  # declines 3.7 and 3 compounded
])
def test_totals_and_compounded_changes_are_drawn_as_they_accumulate(report, indicator, current, values):
    row = next(r for r in report.verdicts if r.indicator == indicator and r.progress is not None)
    s = series(row.progress)
    assert [pt.low for pt in s.points] == [Decimal(v) for v in values]
    assert s.points[-1].low == Decimal(row.progress.current_value) == Decimal(current)
    svg = _chart(report, indicator)
    to_y = _value_to_y(svg)
    assert _point(svg, 2022)[1] == pytest.approx(to_y(current), abs=0.15)


def test_ranges_and_open_ends(report):
    svg = _chart(report, "ftz_revenue_growth")  # 8-9 in 2022
    bar = next(line for line in svg.iter("line") if line.get("class") == "range")
    to_y = _value_to_y(svg)
    assert sorted([float(bar.get("y1")), float(bar.get("y2"))]) == pytest.approx(sorted([to_y(8), to_y(9)]), abs=0.15)
    svg = _chart(report, "rd_share_gdp")  # 10以上 in 2022: a triangle pointing up from 10
    mark = next(p for p in svg.iter("path") if "open" in (p.get("class") or ""))
    assert mark.get("data-low") == "10" and mark.get("data-high") == "None"
    tip_y = float(mark.get("d").split("L")[-1].rstrip("Z").split()[1])
    assert tip_y < _value_to_y(svg)(10)


def test_axis_labels_carry_units_and_words_in_each_language(report):
    zh, en = _chart(report, "school_places_preschool", "zh"), _chart(report, "school_places_preschool", "en")
    def unit(svg: ET.Element) -> str | None:
        return next(t.text for t in svg.iter("text") if t.get("class") == "unit")

    # English labels: the rules file's unit_en (places), else the language data's (亿立方米 -> 100 million m³)
    assert unit(zh) == "累计（个）" and unit(en) == "running total (places)"
    assert unit(_chart(report, "water_use", "zh")) == "亿立方米" and unit(_chart(report, "water_use")) == "100 million m³"
    assert unit(_chart(report, "gdp_growth")) == "yearly rate (%)"
    desc = _chart(report, "pct_applications").find("desc").text
    row = next(r for r in in_language(report, "en").verdicts if r.indicator == "pct_applications" and r.progress)
    pace = row.progress.shown["pace"]  # as the rating's sentence writes it (4296.71 applications)
    assert pace == "4296.71 applications"
    assert "2021: 4085, 2022: 4500" in desc and f"pace needed in 2022: {pace}" in desc
    assert "target 5000 applications (2025)" in desc
    assert pace in row.progress.explanation.en
    assert "on track" in desc


def test_a_rating_without_figures_says_so(report):
    svg = _chart(report, "construction_land", "zh")
    assert [t.text for t in svg.iter("text")] == ["没有可绘制的数值"]
    assert not list(svg.iter("circle"))


def test_readable_rounding_keeps_four_significant_digits():
    assert [readable(Decimal(x)) for x in ("4296.715", "312.6", "0.2913", "34.2246", "100")] == [
        "4297", "312.6", "0.29", "34.22", "100"]


def test_a_compounded_change_with_a_year_missing_shows_each_years_own_figure(report):
    # co2_intensity_decline: 2021 has no figure (该指标年底出上年数据), so nothing compounds; 2022's 3 is drawn as itself
    row = next(r for r in report.verdicts if r.indicator == "co2_intensity_decline" and r.progress is not None)
    s = series(row.progress)
    assert s.scale == "yearly" and s.target is None and s.pace == ()
    assert [(pt.year, pt.low) for pt in s.points] == [(2022, Decimal(3))]
    svg = _chart(report, "co2_intensity_decline")
    assert next(t.text for t in svg.iter("text") if t.get("class") == "unit") == "yearly figure (%)"
    assert _point(svg, 2022)[1] == pytest.approx(_value_to_y(svg)(3), abs=0.15)


def test_english_charts_label_the_target_in_the_axis_units(pages):
    """The target's figure rounds as the rating's sentence, its unit is the report language's (unit_en)."""
    cjk = re.compile(r"[\u4e00-\u9fff]")
    checked = 0
    for svg in _svgs(_section(pages["en"])):
        axis = next((t.text for t in svg.iter("text") if t.get("class") == "unit"), None) or ""
        for label in (t.text for t in svg.iter("text") if t.get("class") == "target-label"):
            assert label.startswith("target ")
            if not cjk.search(axis):
                assert not cjk.search(label), (axis, label)
                checked += 1
    assert checked >= 10
