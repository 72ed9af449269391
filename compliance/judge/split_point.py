"""A figure beside a point with a space by it: ``经济增长6 . 5%左右`` (平顶山's 2025 report as exported, trnww.com).

The lexer never joins the parts of ``6 . 5`` into one figure (tests/test_spaced_point.py: a space by the point is never
one figure), so such a sentence holds 6 and 5%. Choosing one of them (5%, the 6 having no unit) judged a growth of 5%:
MISSED against 经济增长6.5%左右, where the report said 6.5. Whether the text is one figure split by an export or two is
not known, so a figure chosen on either side of such a point leaves the verdict pending (ambiguous), the note quoting
the text as written.
"""

from __future__ import annotations

import re

from .. import models as m
from ..models import Reason
from .figure import Pending, note

_SPLIT = re.compile(r"\d(?:\s+[.．]\s*|[.．]\s+)\d")  # a point with a space before or after it, digits either side
_RUN = "0123456789.．%"  # what the figure and its split other part are written with, besides spaces


def split_point(reported: m.Reported, chosen: m.Reported, notes: list[m.Note]) -> None:
    """Pending where ``chosen``, a figure taken from the several of ``reported``'s text, stands beside a point with a
    space by it, the other part of what may be one figure (6 . 5%). The notes saying that figure was chosen go."""
    if chosen is reported:
        return
    text = reported.text
    for span in chosen.spans:
        if span.role != "number" or text[span.start:span.end] != span.text or _SPLIT.search(span.text):
            continue  # a figure the sentence reading mended whole (6835. 27億元: language/reported._mended) is one
        start, end = span.start, span.end
        while start > 0 and (text[start - 1] in _RUN or text[start - 1].isspace()):
            start -= 1
        while end < len(text) and (text[end] in _RUN or text[end].isspace()):
            end += 1
        shown = text[start:end].strip()
        if _SPLIT.search(shown):
            notes[:] = [said for said in notes if not said.code.startswith("figure_chosen")]
            raise Pending(Reason.AMBIGUOUS_VALUE, (shown,), notes=[note("split_point", text=shown)])
