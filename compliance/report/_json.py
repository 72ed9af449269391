"""The JSON report: ``meta``, ``summary``, ``verdicts``; decimals as strings. Shape: docs/reports.md."""

from __future__ import annotations

import json

from ._model import Report


def render(report: Report, lang: str, color: bool) -> str:
    """Both languages are in the JSON (``explanation: {zh, en}``), so ``lang`` changes nothing."""
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
