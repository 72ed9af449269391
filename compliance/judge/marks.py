"""A bulletin table's sign mark beside a change figure (zh.yaml ``change.marks``): ``▼2.0`` and ``2.0▼`` are a fall
of 2.0, ``▲3.5`` a rise. The lexer keeps such a mark out of the figure as any table mark (7△ is 7, no unit), so it
is read here off the reported text, next to the figure's span, and only :func:`compliance.judge.figure.figure` asks,
where the figure is a change (a target stating one, a growth rate): beside a level it marks a row, no sign."""

from __future__ import annotations

from typing import Literal

from .. import models as m
from ..language.lexicon import lexicon


def marked_change(reported: m.Value) -> tuple[Literal["up", "down"], str] | None:
    """The way and the mark a sign mark right before or after the figure gives (spaces between allowed), or None: no
    such mark, a change word already (下降2.0: its own), a figure with its own sign (-2.0▼), or marks both ways.

    >>> from compliance import parse_reported as read
    >>> marked_change(read("▼2.0")), marked_change(read("2.0 ↑")), marked_change(read("2.0")), marked_change(read("-2.0▼"))
    (('down', '▼'), ('up', '↑'), None, None)
    >>> marked_change(read("2.0↓%")), read("2.0↓%").value
    (('down', '↓'), Quantity(value=Decimal('2.0'), unit='%'))
    """
    marks = lexicon().change.marks
    if not marks or reported.change is not None or reported.value.value < 0:
        return None
    number = next((span for span in reported.spans if span.role == "number"), None)
    if number is None:
        return None
    text = reported.text
    before, after = text[: number.start].rstrip(), text[number.end:].lstrip()
    inside = number.text  # 2.0↓%: the mark between the figure and its unit, inside the figure's span
    found = {(way, mark) for way, written in marks.items() for mark in written
             if before.endswith(mark) or after.startswith(mark) or mark in inside}
    if len({way for way, _ in found}) != 1:
        return None
    return min(found)
