"""The JSON report: ``meta``, ``summary``, ``verdicts``; decimals as strings. Shape: docs/reports.md."""

from __future__ import annotations

import json

from ._model import Report
from .escape import json_bidi


def render(report: Report, lang: str, color: bool) -> str:
    """Both languages are in the JSON (``explanation: {zh, en}``), so ``lang`` changes nothing; a bidirectional
    control from the data is escaped (``\\u202e``), as JSON escapes a C0 control itself."""
    return json_bidi(json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2)) + "\n"
