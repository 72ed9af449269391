"""Helpers for the document tests: a targets text and an outcomes text judged as ``compliance extract`` and
``check --document`` judge them."""

from __future__ import annotations

from pathlib import Path

from compliance.documents import extract, judge, load


def judged(tmp_path: Path, targets: str, outcomes: str, year: str = "2023") -> dict[str, tuple[str, str | None, str]]:
    """name -> (target extracted, figure taken, status), as ``compliance extract`` and ``check`` give them."""
    (tmp_path / "t.txt").write_text(targets, encoding="utf-8")
    (tmp_path / "o.txt").write_text(outcomes, encoding="utf-8")
    plan = load(extract(tmp_path / "t.txt", outcomes=tmp_path / "o.txt", year=year, outcome_year=year))
    statuses = {j.indicator.id: j.verdict.status.value for j in judge(plan, [year])}
    result = {}
    for indicator in plan.extraction.indicators:
        figure = indicator.found.reported.get(year)
        result[indicator.found.name] = (indicator.found.targets[year].text, figure.text if figure else None,
                                        statuses[indicator.id])
    return result
