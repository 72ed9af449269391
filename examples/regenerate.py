"""Regenerate the example reports of the seed plan in every format: 2022, and every period with a target.

    python3 examples/regenerate.py

Run from anywhere; it writes next to this file, then takes the screenshots of the HTML report of
every period (``examples/screenshots.py``) when chromium is installed. The output is reproducible: the generation time
is fixed (GENERATED) and files are named by paths relative to the repository, so running it again
without a change to the engine, the rules or the dataset changes no byte (tests/test_examples.py
checks that the checked-in files are current; the workbooks, whose zip compression may differ between
zlib builds, are compared cell by cell there).
"""

from __future__ import annotations

import json
import os
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RULES = "rules/haidian-2022.yaml"
DATASET = "datasets/haidian-2022.csv"
OVERRIDES = "examples/overrides.yaml"
PERIODS = ("2022",)
#: The fixed "generated" time of the examples, so regeneration is byte-identical.
GENERATED = "2023-03-01T00:00:00+08:00"
STEM = "haidian-2022"
#: ``compliance check --period all``: every period with a target, with the indicator x period matrix
#: and the progress ratings of the 14th Five-Year Plan targets.
ALL = "haidian-all"


def outputs() -> dict[str, str | bytes]:
    """File name -> content of every example (text, or the bytes of a workbook)."""
    sys.path.insert(0, str(ROOT))
    from compliance.plans.check import check, periods_with_targets
    from compliance.plans.datasets import load_dataset
    from compliance.report import build_report, diff_reports, load_overrides, render, render_diff
    from compliance.report.formats import render_bytes
    from compliance.plans.rules import load_rules

    rules = load_rules(RULES)
    data = load_dataset(DATASET, [indicator.id for indicator in rules.indicators])
    judgements = check(rules, data, PERIODS)
    common = dict(rules=rules, rules_path=RULES, data_path=DATASET, periods=PERIODS, now=GENERATED)
    report = build_report(judgements, **common)
    reviewed = build_report(judgements, overrides=load_overrides(OVERRIDES), **common)

    files: dict[str, str | bytes] = {
        f"{STEM}.json": render(report, "json"),
        f"{STEM}.csv": render(report, "csv", lang="zh"),
        f"{STEM}.en.csv": render(report, "csv", lang="en"),
        f"{STEM}.md": render(report, "md", lang="zh"),
        f"{STEM}.en.md": render(report, "md", lang="en"),
        f"{STEM}.html": render(report, "html", lang="zh"),
        f"{STEM}.en.html": render(report, "html", lang="en"),
        f"{STEM}.txt": render(report, "table", lang="zh"),
        f"{STEM}.en.txt": render(report, "table", lang="en"),
        f"{STEM}.xlsx": render_bytes(report, "xlsx", lang="zh"),  # -o report.xlsx: verdicts and summary sheets
        f"{STEM}.en.xlsx": render_bytes(report, "xlsx", lang="en"),
        f"{STEM}.junit.xml": render(report, "junit", lang="zh"),  # --format junit: a testcase per verdict
        f"{STEM}.en.junit.xml": render(report, "junit", lang="en"),
        f"{STEM}-reviewed.json": render(reviewed, "json"),
        f"{STEM}-reviewed.md": render(reviewed, "md", lang="zh"),
        f"{STEM}-reviewed.html": render(reviewed, "html", lang="zh"),
    }
    every = periods_with_targets(rules)  # what `--period all` judges
    overview = build_report(
        check(rules, data, every), rules=rules, rules_path=RULES, data_path=DATASET, periods=every, now=GENERATED
    )
    files |= {
        f"{ALL}.json": render(overview, "json"),
        f"{ALL}.csv": render(overview, "csv", lang="zh"),
        f"{ALL}.md": render(overview, "md", lang="zh"),
        f"{ALL}.en.md": render(overview, "md", lang="en"),
        f"{ALL}.html": render(overview, "html", lang="zh"),
        f"{ALL}.en.html": render(overview, "html", lang="en"),
        f"{ALL}.txt": render(overview, "table", lang="zh"),
        f"{ALL}.xlsx": render_bytes(overview, "xlsx", lang="zh"),
        f"{ALL}.junit.xml": render(overview, "junit", lang="zh"),
    }
    old = json.loads(render(report, "json"))
    new = json.loads(render(reviewed, "json"))
    changes = diff_reports(old, new)
    files["diff.txt"] = render_diff(changes, lang="zh")
    files["diff.en.txt"] = render_diff(changes, lang="en")
    return files


def main() -> int:
    os.chdir(ROOT)  # the reports name the input files relative to the repository
    for name, content in outputs().items():
        (HERE / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        print(f"wrote examples/{name}")
    # the screenshots of the HTML report of every period (examples/screenshots.py), when chromium is here
    screenshots = runpy.run_path(str(HERE / "screenshots.py"))
    if screenshots["main"]() != 0:
        print("run `python3 examples/screenshots.py` where chromium is installed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
