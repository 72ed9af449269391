"""A completion claim stating its own amount: ``完成149万人的易地扶贫搬迁建设任务``, ``完成净减1.2平方公里任务``.

The figure after the completion word is the amount done (国务院's 2016 量化指标落实情况: 完成249万人的易地扶贫搬迁建设任务
against 易地扶贫搬迁建设200万人以上). The claim alone was met whatever its figure, so 完成149万人的…任务 met 200万人以上.
Where the amount, judged as a reported value, falls short of the target, the claim and its own figure disagree: the
verdict is pending (which did the reporter mean?), never met; where it meets the target or says nothing, the claim
stands as before."""

from __future__ import annotations

from .. import models as m
from .inputs import read_reported


def amount_done(reported: m.Attested) -> m.Reported | None:
    """The words after the completion word read as a reported value, where they hold a figure; else None."""
    span = next((s for s in reported.spans if s.role == "attested"), None)
    rest = reported.text[span.end:] if span is not None else ""
    if not any(char.isdigit() for char in rest):
        return None
    value = read_reported(rest)
    return value if isinstance(value, m.Value) else None
