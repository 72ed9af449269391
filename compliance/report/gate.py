"""``--fail-on``: whether the verdicts fail a run, and the one line that says why.

The command line exits 1 when this returns a line (and prints it on stderr), so a CI log shows what
failed without opening the report: how many verdicts, of which status, and which indicators.

>>> failing("missed", {"met": 28, "missed": 2, "pending": 1}, [("missed", "gdp_growth"), ("pending", "pm25"),
...                                                            ("missed", "ftz_revenue_growth")])
'fail-on missed: 2 verdicts missed: gdp_growth, ftz_revenue_growth'
>>> failing("pending", {"missed": 0, "pending": 1}, [("pending", "pm25")])
'fail-on pending: 1 verdict missed or pending (0 missed, 1 pending): pm25'
>>> failing("missed", {"met": 3}, []) is None
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..scale.stream.summary import StreamSummary
    from ._model import Report

#: the statuses each ``--fail-on`` value fails on, worst first
FAILING: dict[str, tuple[str, ...]] = {"missed": ("missed",), "pending": ("missed", "pending")}
#: at most this many names are given; then how many more
NAMED = 20


def failing(fail_on: str | None, counts: Mapping[str, int], named: list[tuple[str, str]]) -> str | None:
    """The line that says why ``--fail-on fail_on`` fails, or None when it does not.

    ``counts`` are verdicts by status; ``named`` (status, name) pairs say which, in report order
    (names repeat for several rules; a streamed run names its indicators). Misses are named first.
    """
    statuses = FAILING.get(fail_on or "", ())
    total = sum(counts.get(status, 0) for status in statuses)
    if not total:
        return None
    ordered = sorted((pair for pair in named if pair[0] in statuses), key=lambda pair: statuses.index(pair[0]))
    names = list(dict.fromkeys(name for _, name in ordered))
    shown = ", ".join(names[:NAMED]) + (f" and {len(names) - NAMED} more" if len(names) > NAMED else "")
    split = f" ({', '.join(f'{counts.get(s, 0)} {s}' for s in statuses)})" if len(statuses) > 1 else ""
    return f"fail-on {fail_on}: {total} verdict{'s' if total != 1 else ''} {' or '.join(statuses)}{split}: {shown}"


def report_failing(fail_on: str | None, report: Report) -> str | None:
    """:func:`failing` of a report: its verdicts by final status, named by indicator (``indicator/period``
    when the report covers several periods)."""
    several = len({row.period for row in report.verdicts}) > 1
    counts = Counter(row.status.value for row in report.verdicts)
    named = [(row.status.value, f"{row.indicator}/{row.period}" if several else row.indicator) for row in report.verdicts]
    return failing(fail_on, counts, named)


def stream_failing(fail_on: str | None, summary: StreamSummary) -> str | None:
    """:func:`failing` of a streamed run: its counts, naming each indicator with a verdict of a failing status."""
    named = [(status, tally.indicator) for tally in summary.by_indicator
             for status, n in tally.counts.model_dump().items() if n]
    return failing(fail_on, summary.by_status.model_dump(), named)
