"""A report and a streamed run count verdicts by status with one class (plans.severity.StatusCounts; the stream
calls it Tally): the seed's 2022 verdicts counted both ways agree, field for field, in their JSON."""

from __future__ import annotations

import json

from compliance.cli import main
from compliance.plans.severity import StatusCounts


def test_one_class_counts_for_the_report_and_the_stream():
    from compliance.report._model_base import StatusCounts as reported
    from compliance.scale.stream import Tally

    assert reported is StatusCounts and Tally is StatusCounts
    counts = StatusCounts(met=2, missed=1)
    assert (counts.total, counts.pending) == (3, 0)
    assert counts.model_dump() == {"met": 2, "missed": 1, "pending": 0}


def test_a_report_and_a_stream_of_the_seed_count_alike(tmp_path):
    whole, streamed = tmp_path / "r.json", tmp_path / "s.json"
    assert main(["check", "--period", "2022", "--format", "json", "-o", str(whole)]) == 0
    assert main(["check", "--stream", "--period", "2022", "--format", "json", "-o", str(streamed)]) == 0
    report, stream = json.loads(whole.read_text("utf-8")), json.loads(streamed.read_text("utf-8"))
    assert report["summary"]["by_status"] == stream["summary"]["by_status"]
    assert report["summary"]["by_status"]["missed"] > 0 and report["summary"]["by_status"]["met"] > 0
