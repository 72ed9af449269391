"""Points ending a text: a full stop typed as ``.`` (``6以上.``) or an ellipsis, …… folded by NFKC to ``......``
(``居民收入增长与经济增长同步……``, a commentary's copy of 山东's 2025 targets: the fifteenth set's tp025; ``增长5%……``), read
as punctuation, as 。 is. Two points (``6..``) are a slip, no figure; so is an ellipsis right after bare digits
(``6...``, ``6.5......``: tests/test_full_stop.py), where the points may be the figure's."""

from __future__ import annotations

import re

#: what may follow a full stop that ends the text: spaces only
TO_END = re.compile(r"\s*\Z")
#: the fewest points an ellipsis folds to (… is ...)
ELLIPSIS = 3
#: what an ellipsis after a figure may not follow: a digit or a point
_BARE = frozenset("0123456789.")


def points_end(text: str, pos: int) -> int:
    """The end of the run of points that begins at ``pos``."""
    end = pos + 1
    while text[end : end + 1] == ".":
        end += 1
    return end


def ends_text(text: str, pos: int) -> bool:
    """The point at ``pos`` ends the text after words: one point (``6以上.``) or an ellipsis (``同步......``); not after a
    point (``6..``)."""
    if pos and text[pos - 1] == ".":
        return False
    end = points_end(text, pos)
    return (end == pos + 1 or end - pos >= ELLIPSIS) and TO_END.match(text, end) is not None


def ellipsis_after_figure(text: str, pos: int, end: int) -> bool:
    """The points from ``pos`` to ``end``, right after a figure, are an ellipsis ending the text after its unit
    (``增长5%……``), never after bare digits or a point."""
    return end - pos >= ELLIPSIS and text[pos - 1] not in _BARE and TO_END.match(text, end) is not None
