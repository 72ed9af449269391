"""The HTML report in a real headless browser (Debian's chromium, driven by selenium through chromedriver).

Checks that the filters filter, that a row expands to its evidence, that a filtered view can be
bookmarked, takes a screenshot, and that the page loads nothing: chromium runs with every host
unresolvable and a dead proxy, and the page's resource timeline must stay empty.
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
    assert (cards["met"], cards["missed"], cards["pending"], cards["total"]) == ("26", "4", "1", "31")
    segments = driver.find_elements(By.CSS_SELECTOR, "svg rect.seg.missed")
    assert segments and all(s.size["width"] > 0 for s in segments)


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
