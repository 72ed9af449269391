"""Helpers for the streamed `--period all` tests: a small plan of one or more periods and its panel, written to a
tmp dir (tests/test_stream_period_rows.py, _ends.py, _s23.py: each its own indicators and periods)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from compliance.plans.rules import load_rules


def write_plan_panel(folder: Path, indicators: object, periods: list[str], rows) -> tuple[object, Path]:
    """The plan ``进度`` of ``indicators`` over ``periods`` (loaded) and a panel of (county, indicator, period,
    reported) ``rows`` beside it."""
    rules_path = folder / "rules.yaml"
    plan = {"plan": {"name": "进度", "periods": periods}, "indicators": indicators}
    rules_path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")  # JSON is YAML
    path = folder / "panel.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["county", "indicator", "period", "reported"])
        out.writerows(rows)
    return load_rules(rules_path), path
