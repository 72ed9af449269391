"""Screenshots of the example HTML reports of every period, as headless Chromium renders them.

    python3 examples/screenshots.py

Needs Debian's ``chromium`` and ``chromium-driver``, selenium (the ``test`` extra) and CJK fonts
(``fonts-noto-cjk``; without them Chinese renders as boxes). ``examples/regenerate.py`` runs it
after writing the reports when chromium is there. For each of ``haidian-all.html`` (zh) and
``haidian-all.en.html`` it writes two PNGs:

- ``<stem>.png``: the top of the page (header, summary cards and chart, the indicator x period matrix),
- ``<stem>.charts.png``: the progress charts (small multiples),

and records in ``screenshots.json`` the SHA-256 of the HTML each PNG was taken from, so that
tests/test_examples.py can tell when a screenshot no longer shows the current report. The PNG bytes
themselves depend on the browser and fonts and are not compared.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: The reports shot: the HTML report of every period (`compliance check --period all --format html`).
PAGES = ("haidian-all.html", "haidian-all.en.html")
RECORD = "screenshots.json"
WIDTH, HEIGHT = 1400, 1700
#: Chromium with no network at all: every host fails to resolve, any connection goes to a closed port.
ARGUMENTS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    "--disable-default-apps", "--disable-extensions", "--force-device-scale-factor=1",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--lang=en-US",
)


def browser():
    """A headless Chromium driven through chromedriver; raises RuntimeError naming what is missing."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    chromedriver = shutil.which("chromedriver")
    if chromium is None or chromedriver is None:
        raise RuntimeError("needs chromium and chromedriver (apt-get install -y chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in (*ARGUMENTS, f"--window-size={WIDTH},{HEIGHT}"):
        options.add_argument(argument)
    return webdriver.Chrome(options=options, service=Service(executable_path=chromedriver))


def shoot(driver, page: Path, out: Path) -> dict[str, str]:
    """Write ``<stem>.png`` (the page's top) and ``<stem>.charts.png`` beside ``out``; name -> PNG path."""
    from selenium.webdriver.common.by import By

    driver.get(page.resolve().as_uri())
    stem = out / page.name.removesuffix(".html")
    top, charts = Path(f"{stem}.png"), Path(f"{stem}.charts.png")
    driver.save_screenshot(str(top))
    driver.find_element(By.ID, "progress-charts").screenshot(str(charts))
    return {"top": str(top), "charts": str(charts)}


def main() -> int:
    try:
        driver = browser()
    except (RuntimeError, ImportError) as error:
        print(f"screenshots not taken: {error}", file=sys.stderr)
        return 2
    record = {}
    try:
        for name in PAGES:
            page = HERE / name
            shots = shoot(driver, page, HERE)
            digest = hashlib.sha256(page.read_bytes()).hexdigest()
            for path in shots.values():
                record[Path(path).name] = {"page": name, "sha256": digest}
                print(f"wrote examples/{Path(path).name}")
    finally:
        driver.quit()
    (HERE / RECORD).write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote examples/{RECORD}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
