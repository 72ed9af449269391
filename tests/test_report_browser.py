"""The HTML report in a real headless browser (Debian's chromium, driven by selenium through chromedriver).

Checks that the filters filter, that a row expands to its evidence, that a filtered view can be
bookmarked, takes a screenshot, and that the page loads nothing: chromium runs with every host
unresolvable and a dead proxy, and the page's resource timeline must stay empty. The report of
every period (`--period all`) is checked too: its progress-rating and period filters, the
progress evidence of a row, the indicator x period matrix, and the progress charts (displayed, in
the small multiples and in a row's evidence); examples/screenshots.py is run on it; and a test
checks that Chinese renders as glyphs, not as missing-glyph boxes (it fails without fonts-noto-cjk).
Skipped, saying why, only when chromium, chromedriver or selenium is not installed
(`.ci/run` installs them: `apt-get install chromium chromium-driver`).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reportkit import MISSED_2022, seed_report

from compliance.report import render

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver; .ci/run does)",
)


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    webdriver = pytest.importorskip("selenium.webdriver", reason="needs selenium (the `test` extra)")
    from selenium.webdriver.chrome.service import Service

    profile = tmp_path_factory.mktemp("chromium-profile")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-default-apps", "--disable-extensions", f"--user-data-dir={profile}", "--window-size=1400,1600",
        # no network: every host name fails to resolve, and any connection goes to a closed local port
        "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    yield browser
    browser.quit()


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render(seed_report(), "html", lang="zh"), encoding="utf-8")
    return path


def _open(driver, page: Path, fragment: str = ""):
    driver.get(page.as_uri() + fragment)
    assert driver.execute_script("return document.readyState") == "complete"


def _visible(driver) -> list[str]:
    from selenium.webdriver.common.by import By

    return [row.get_attribute("data-indicator") for row in driver.find_elements(By.CSS_SELECTOR, "tbody.verdict")
            if row.is_displayed()]


def _choose(driver, name: str, value: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element(By.ID, f"filter-{name}")).select_by_value(value)


def test_filters_filter_rows(driver, page):
    from selenium.webdriver.common.by import By

    report = seed_report()
    _open(driver, page)
    assert len(_visible(driver)) == 33
    assert driver.find_element(By.ID, "shown").text == "显示 33 / 33 条"

    _choose(driver, "status", "missed")
    assert set(_visible(driver)) == MISSED_2022 and len(_visible(driver)) == 4
    assert driver.find_element(By.ID, "shown").text == "显示 4 / 33 条"
    assert driver.current_url.endswith("#status=missed")

    _choose(driver, "attribute", "约束性")  # no binding indicator was missed
    assert _visible(driver) == []
    _choose(driver, "attribute", "预期性")
    assert len(_visible(driver)) == 4

    driver.find_element(By.ID, "filter-reset").click()
    assert len(_visible(driver)) == 33

    _choose(driver, "reason", "reference_unknown")
    assert _visible(driver) == ["work_safety_death_rate"]
    driver.find_element(By.ID, "filter-reset").click()

    _choose(driver, "department", "区发展改革委")
    assert _visible(driver) == [r.indicator for r in report.verdicts if r.department == "区发展改革委"]
    _choose(driver, "severity", "warn")
    assert set(_visible(driver)) == {r.indicator for r in report.verdicts
                                     if r.department == "区发展改革委" and r.severity == "warn"}
    driver.find_element(By.ID, "filter-reset").click()
    assert len(_visible(driver)) == 33


def test_a_bookmarked_filter_is_applied_on_load(driver, page):
    _open(driver, page, "#status=missed&attribute=%E9%A2%84%E6%9C%9F%E6%80%A7")  # 预期性
    assert set(_visible(driver)) == MISSED_2022
    _open(driver, page, "#status=nonsense")
    assert len(_visible(driver)) == 33


def test_a_row_expands_to_its_evidence(driver, page):
    from selenium.webdriver.common.by import By

    _open(driver, page)
    body = driver.find_element(By.CSS_SELECTOR, 'tbody[data-indicator="gdp_growth"]')
    evidence = body.find_element(By.CSS_SELECTOR, "tr.evidence")
    button = body.find_element(By.CSS_SELECTOR, "button.toggle")
    assert not evidence.is_displayed() and button.get_attribute("aria-expanded") == "false"
    button.click()
    assert evidence.is_displayed() and button.get_attribute("aria-expanded") == "true"
    text = evidence.text
    gdp = next(r for r in seed_report().verdicts if r.indicator == "gdp_growth")
    for fact in (gdp.explanation.zh, gdp.explanation.en, "datasets/haidian-2022.csv:9", "6以上", "≥ 6%", "-2"):
        assert fact in text
    body.find_element(By.CSS_SELECTOR, "tr.main td:nth-child(3)").click()  # a click on the row closes it again
    assert not evidence.is_displayed()

    driver.find_element(By.ID, "expand-all").click()
    assert all(e.is_displayed() for e in driver.find_elements(By.CSS_SELECTOR, "tr.evidence"))
    driver.find_element(By.ID, "collapse-all").click()
    assert not any(e.is_displayed() for e in driver.find_elements(By.CSS_SELECTOR, "tr.evidence"))


def test_summary_and_chart_render(driver, page):
    from selenium.webdriver.common.by import By

    _open(driver, page)
    cards = {c.get_attribute("data-count"): c.find_element(By.CSS_SELECTOR, ".n").text
             for c in driver.find_elements(By.CSS_SELECTOR, ".card")}
    # verdict rows, as the counts table and the chart count them; then the indicators they are about
    assert (cards["met"], cards["missed"], cards["pending"], cards["total"]) == ("28", "4", "1", "33")
    assert cards["indicators"] == "31" and "cells" not in cards  # one period: a cell is an indicator
    segments = driver.find_elements(By.CSS_SELECTOR, 'g.bar[data-attribute=""] rect.seg.missed')  # the total
    assert segments and all(s.size["width"] > 0 for s in segments)


def test_cards_and_chart_follow_the_filters(driver, page):
    from selenium.webdriver.common.by import By

    _open(driver, page, "#status=missed")
    cards = {c.get_attribute("data-count"): c.find_element(By.CSS_SELECTOR, ".n").text
             for c in driver.find_elements(By.CSS_SELECTOR, ".card")}
    assert (cards["met"], cards["missed"], cards["pending"], cards["total"], cards["indicators"]) == (
        "0", "4", "0", "4", "4")
    total = driver.find_element(By.CSS_SELECTOR, 'g.bar[data-attribute=""] text.sum')
    assert total.text == "4"
    met = driver.find_elements(By.CSS_SELECTOR, "g.bar rect.seg.met")
    assert met and all(float(s.get_attribute("width")) == 0 for s in met)
    driver.find_element(By.ID, "filter-reset").click()
    assert driver.find_element(By.CSS_SELECTOR, '.card[data-count="met"] .n').text == "28"


def test_screenshot(driver, page, tmp_path):
    from selenium.webdriver.common.by import By

    _open(driver, page, "#status=missed")
    driver.find_element(By.CSS_SELECTOR, 'tbody[data-indicator="gdp_growth"] button.toggle').click()
    shot = tmp_path / "report.png"
    assert driver.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000


def test_the_page_loads_nothing_and_logs_no_error(driver, page):
    _open(driver, page)
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []


# ---------------------------------------------------------------------------- every period: progress and matrix


@pytest.fixture(scope="module")
def all_report():
    from test_report_progress import all_report as build

    return build()


@pytest.fixture(scope="module")
def all_page(tmp_path_factory, all_report) -> Path:
    path = tmp_path_factory.mktemp("report-all") / "report-all.html"
    path.write_text(render(all_report, "html", lang="en"), encoding="utf-8")
    return path


def _visible_ids(driver) -> list[str]:
    from selenium.webdriver.common.by import By

    return [row.get_attribute("data-id") for row in driver.find_elements(By.CSS_SELECTOR, "tbody.verdict")
            if row.is_displayed()]


def test_progress_and_period_filters(driver, all_page, all_report):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    _open(driver, all_page)
    total = len(all_report.verdicts)
    assert len(_visible_ids(driver)) == total == 92
    options = [o.get_attribute("value") for o in Select(driver.find_element(By.ID, "filter-progress")).options]
    assert options == ["", "achieved_early", "on_track", "needs_acceleration", "regressing", "insufficient_data", "none"]

    _choose(driver, "progress", "on_track")
    shown = _visible_ids(driver)
    assert len(shown) == all_report.summary.by_progress["on_track"] == 9
    assert "energy_intensity_decline/2021-2025/0" in shown and "gdp_growth/2021-2025/0" in shown
    assert driver.current_url.endswith("#progress=on_track")
    assert driver.find_element(By.ID, "shown").text == f"showing 9 of {total}"

    _choose(driver, "progress", "regressing")
    assert _visible_ids(driver) == ["labour_productivity/2021-2025/0"]
    _choose(driver, "progress", "none")
    assert len(_visible_ids(driver)) == total - 26
    _choose(driver, "period", "2022")  # rows without a rating in 2022: all of them
    assert len(_visible_ids(driver)) == 33
    driver.find_element(By.ID, "filter-reset").click()
    _choose(driver, "period", "2021-2025")
    assert len(_visible_ids(driver)) == 26
    driver.find_element(By.ID, "filter-reset").click()
    assert len(_visible_ids(driver)) == total


def test_a_bookmarked_progress_filter(driver, all_page):
    _open(driver, all_page, "#progress=achieved_early&period=2021-2025")
    shown = _visible_ids(driver)
    assert len(shown) == 7 and "park_rd_intensity/2021-2025/0" in shown


def test_a_row_expands_to_its_progress_evidence(driver, all_page):
    from selenium.webdriver.common.by import By

    _open(driver, all_page, "#progress=on_track")
    body = driver.find_element(By.CSS_SELECTOR, 'tbody[data-id="energy_intensity_decline/2021-2025/0"]')
    badge = body.find_element(By.CSS_SELECTOR, "tr.main .prog.on_track")
    assert badge.text == "on track"
    evidence = body.find_element(By.CSS_SELECTOR, "tr.evidence")
    assert not evidence.is_displayed()
    body.find_element(By.CSS_SELECTOR, "button.toggle").click()
    assert evidence.is_displayed()
    text = evidence.text
    for fact in ("compounded yearly changes (compound)", "3.35%", "3.08%", "1.09", "6.1%",
                 "0.95 / 0.6 / 0", "2021: 3.7, 2022: 3", "6.6%", "6.1%"):
        assert fact in text, fact


def test_the_matrix_shows_every_indicator_and_period(driver, all_page, all_report):
    from selenium.webdriver.common.by import By

    _open(driver, all_page)
    matrix = driver.find_element(By.ID, "matrix")
    assert matrix.is_displayed()
    assert [th.text for th in matrix.find_elements(By.CSS_SELECTOR, "thead th")][2:] == ["2021-2025", "2022", "2023"]
    rows = matrix.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) == len(all_report.matrix.rows) == 33
    park = matrix.find_element(By.CSS_SELECTOR, 'tr[data-indicator="park_rd_intensity"]')
    plan, year, _ = park.find_elements(By.CSS_SELECTOR, "td")[2:]
    assert plan.find_element(By.CSS_SELECTOR, ".badge.pending").text == "pending"
    assert plan.find_element(By.CSS_SELECTOR, ".prog.achieved_early").text == "achieved early"
    assert year.find_element(By.CSS_SELECTOR, ".badge.met").is_displayed()
    labour = matrix.find_element(By.CSS_SELECTOR, 'tr[data-indicator="labour_productivity"] .prog')
    assert labour.get_attribute("data-rating") == "regressing"
    gdp = matrix.find_element(By.CSS_SELECTOR, 'tr[data-indicator="gdp_growth"] td[data-period="2022"]')
    assert gdp.get_attribute("data-status") == "missed"
    assert "met 28 · missed 4 · pending 1" in matrix.find_element(By.CSS_SELECTOR, "tfoot").text


def test_all_periods_screenshot_and_no_network(driver, all_page, tmp_path):
    _open(driver, all_page, "#progress=needs_acceleration")
    shot = tmp_path / "report-all.png"
    assert driver.save_screenshot(str(shot))
    assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"] == []


# ---------------------------------------------------------------------------- progress charts


def test_progress_charts_are_displayed(driver, all_page, all_report):
    from selenium.webdriver.common.by import By

    _open(driver, all_page)
    rated = [row.id for row in all_report.verdicts if row.progress is not None]
    figures = driver.find_elements(By.CSS_SELECTOR, "#progress-charts figure.chart")
    assert [f.get_attribute("data-id") for f in figures] == rated
    for figure in figures:
        svg = figure.find_element(By.CSS_SELECTOR, "svg.progress-chart")
        assert svg.is_displayed() and svg.size["width"] >= 250 and svg.size["height"] >= 150, figure.text
    pct = driver.find_element(By.CSS_SELECTOR, '#progress-charts figure[data-indicator="pct_applications"]')
    points = pct.find_elements(By.CSS_SELECTOR, "circle.pt")
    assert [p.get_attribute("data-year") for p in points] == ["2021", "2022"]
    assert all(p.is_displayed() and p.size["width"] > 0 for p in points)
    pace = pct.find_element(By.CSS_SELECTOR, "polyline.pace")
    assert pace.value_of_css_property("stroke-dasharray") not in ("", "none")  # the stylesheet applies: dashed
    # the chart in a row's evidence shows when the row is expanded
    body = driver.find_element(By.CSS_SELECTOR, 'tbody[data-id="pct_applications/2021-2025/0"]')
    chart = body.find_element(By.CSS_SELECTOR, "tr.evidence svg.progress-chart")
    assert not chart.is_displayed()
    body.find_element(By.CSS_SELECTOR, "button.toggle").click()
    assert chart.is_displayed() and chart.size["width"] >= 400


def test_the_example_screenshots_script_shoots_the_report_and_its_charts(driver, all_page, tmp_path):
    import runpy

    from conftest import ROOT
    from PIL import Image

    shots = runpy.run_path(str(ROOT / "examples" / "screenshots.py"))["shoot"](driver, all_page, tmp_path)
    for kind, path in shots.items():
        image = Image.open(path)
        assert image.format == "PNG" and image.width >= 1000 and image.height >= 1000, kind
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
        assert colours is not None and len(colours) > 50, f"{kind}: looks blank"


# ---------------------------------------------------------------------------- CJK text renders (not tofu)

#: a character no font maps (plane 15, private use): the browser draws the font's missing-glyph box
_NO_GLYPH = "\U000f0000"


def _ink(driver, element_id: str) -> tuple[int, int, int]:
    """(width, height, dark pixels) of the ink of one element's screenshot (grey below 128 is ink)."""
    import io

    from PIL import Image
    from selenium.webdriver.common.by import By

    png = driver.find_element(By.ID, element_id).screenshot_as_png
    grey = Image.open(io.BytesIO(png)).convert("L").point(lambda v: 255 if v < 128 else 0)
    box = grey.getbbox()
    assert box is not None, f"{element_id}: nothing drawn"
    return box[2] - box[0], box[3] - box[1], grey.histogram()[255]


def test_cjk_text_renders_as_glyphs_not_boxes(driver, tmp_path):
    """Chinese renders with real glyphs (fonts-noto-cjk), not the missing-glyph box ("tofu").

    Pixels are compared by meaning, so no reference image is needed and any CJK font passes: every
    missing character is drawn as the same box (a rectangle, or a box with the code in it), so
    (1) 一 must be a flat horizontal stroke -- its ink at least 4 times as wide as tall, which no box
    is; (2) 口 and 田 must differ, 田 carrying more ink (its inner cross); (3) the report's own title,
    in the report's font stack, must differ from the same number of missing-glyph boxes. A machine
    without CJK fonts fails all three.
    """
    from selenium.webdriver.common.by import By

    from compliance.report._labels import labels

    title = labels("zh")["title"]
    style = ('font: 64px/1.2 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", '
             '"Microsoft YaHei", sans-serif; color: #000; background: #fff; padding: 8px; display: inline-block')
    spans = {"one": "一", "mouth": "口", "field": "田", "box": _NO_GLYPH, "title": title,
             "boxes": _NO_GLYPH * len(title)}
    body = "".join(f'<div><span id="{key}" style=\'{style}\'>{text}</span></div>' for key, text in spans.items())
    page = tmp_path / "cjk.html"
    page.write_text(f'<!DOCTYPE html><html lang="zh-CN"><meta charset="utf-8"><body>{body}</body></html>',
                    encoding="utf-8")
    _open(driver, page)
    assert driver.find_element(By.ID, "title").text == title

    width, height, _ = _ink(driver, "one")
    assert width >= 4 * height, f"一 drawn {width}x{height}: a box, not a horizontal stroke (CJK font missing?)"
    box_width, box_height, _ = _ink(driver, "box")
    assert box_width < 4 * box_height  # the missing-glyph box is no flat stroke: the test can tell them apart
    mouth, field = _ink(driver, "mouth"), _ink(driver, "field")
    assert field[2] > mouth[2] * 1.1, f"田 {field} and 口 {mouth} look alike: boxes?"
    assert _ink(driver, "title") != _ink(driver, "boxes")
