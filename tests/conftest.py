from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from hypothesis import settings

# Properties assert meaning, not speed (benchmarks/ show speed): no per-example deadline, which a cold
# first call on a loaded 2-core machine (lexicon, pydantic) can exceed. In CI, draws are fixed so a
# failure reproduces.
settings.register_profile("default", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, database=None)
settings.load_profile("ci" if os.environ.get("CI") else "default")

ROOT = Path(__file__).resolve().parents[1]
SEED_RULES = ROOT / "rules" / "haidian-2022.yaml"
SEED_DATA = ROOT / "datasets" / "haidian-2022.csv"


def seed_indicators() -> list[dict]:
    from ruamel.yaml import YAML

    return list(YAML(typ="safe", pure=True).load(SEED_RULES.read_text(encoding="utf-8"))["indicators"])


def seed_rows() -> list[dict[str, str]]:
    with SEED_DATA.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def snapshot_cache(tmp_path, monkeypatch):
    """Snapshots go to a cache folder of the test's own (``$XDG_CACHE_HOME``), never the user's; the package
    counts as settled (a working tree's file edited while the suite runs would make its digest racy, and
    nothing would be saved). Returns the cache home."""
    from compliance.language import snapshot

    folder = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    monkeypatch.delenv(snapshot.ENV, raising=False)
    monkeypatch.setattr(snapshot, "_PACKAGE_DIGEST", snapshot.package_digest())
    monkeypatch.setattr(snapshot, "_PACKAGE_RACY", False)
    return folder


@pytest.fixture(scope="session")
def indicators() -> list[dict]:
    return seed_indicators()


@pytest.fixture(scope="session")
def rows() -> list[dict[str, str]]:
    return seed_rows()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI (``CI`` set) a test that cannot run fails, saying why, instead of skipping quietly.

    A missing browser, extra or file is a broken CI set-up, not a pass. ``xfail`` is unaffected.
    """
    outcome = yield
    report = outcome.get_result()
    if report.skipped and not hasattr(report, "wasxfail") and os.environ.get("CI"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, which must run every test: {reason}"


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector):
    """In CI a module that skips itself whole (``pytest.importorskip`` at its top: pandas, pyarrow) fails too: the
    hook above sees only the tests that ran, so such a module's tests vanished from a CI run without a word."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("CI"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, which must run every test: {reason}"
