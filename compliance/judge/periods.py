"""Periods: a year (``2022``), a plan period (``2021-2025``) or a horizon named in a target's text.

A period key of a rules file or dataset is read into a :class:`Period` (first and last year), and
keys are put in the order a plan table shows them: plan periods first, then single years. Whether a
period has *ended* is always judged against an ``as_of`` year (by default the latest year the
dataset reports on), never against the clock, so a check gives the same answer on every machine.

>>> Period.parse("2021-2025").years
(2021, 2022, 2023, 2024, 2025)
>>> order(["2023", "2021-2025", "2022"])
['2021-2025', '2022', '2023']
>>> Period.parse("2021-2025").end_for(horizon=2035), Period.parse("2022").end_for()
(2035, 2022)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from .. import models as m

_PERIOD = re.compile(r"^(\d{4})(?:-(\d{4}))?$")


class Period(NamedTuple):
    start: int
    end: int
    text: str

    @classmethod
    def parse(cls, text: str) -> Period:
        return _parse(str(text)) if cls is Period else cls._read(str(text))

    @classmethod
    def _read(cls, text: str) -> Period:
        match = _PERIOD.match(text.strip())
        if not match:
            raise ValueError(f"period `{text}` is not a year (2022) or a plan period (2021-2025)")
        start = int(match.group(1))
        end = int(match.group(2) or start)
        if end < start:
            raise ValueError(f"period `{text}` ends before it starts")
        return cls(start, end, text.strip())

    @property
    def is_year(self) -> bool:
        return self.start == self.end and "-" not in self.text

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(range(self.start, self.end + 1))

    @property
    def length(self) -> int:
        return self.end - self.start + 1

    def end_for(self, horizon: int | None = None) -> int:
        """The year by which the target must be met: the period's last, or a later horizon (2035年达到37)."""
        return max(self.end, horizon) if horizon is not None else self.end

    def __str__(self) -> str:
        return self.text


@lru_cache(maxsize=4096)
def _parse(text: str) -> Period:
    """A period read once per text (immutable: a check reads the same few keys for every cell)."""
    return Period._read(text)


def order(periods: Iterable[str]) -> list[str]:
    """Plan periods first (by start, then end), then single years: the columns of a plan table."""
    unique = {Period.parse(p).text: Period.parse(p) for p in periods}
    return [p.text for p in sorted(unique.values(), key=lambda p: (p.is_year, p.start, p.end))]


def horizon(target: m.Constraint) -> int | None:
    """The year named inside a target's text (``（2035年达到37）``), if any."""
    return next((node.horizon for node in m.nodes(target) if isinstance(node, m.Level) and node.horizon), None)


def latest_year(periods: Iterable[str]) -> int | None:
    """The last year any of ``periods`` reaches (the default ``as_of`` of a dataset's periods)."""
    ends = [Period.parse(p).end for p in periods]
    return max(ends) if ends else None
