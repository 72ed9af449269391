"""Several figures a sentence gives under the same words, none clearly the indicator's, that all say the same.

``地区生产总值突破千亿元大关,达到1005亿元`` against ``1000亿元以上``: the threshold passed (1000亿元) and the level reached
(1005亿元) are both figures of the one naming, and the choosing steps (judge/choose.py) cannot tell which is the
indicator's; they were pending ``ambiguous_value``. A careful reader sees that either meets the target: where every
figure left gives the same verdict (all met, or all missed), that is the verdict, judged on the figure nearest the
threshold (the least margin either way), and the explanation names the figures read (note ``figures_agree``). Where
they disagree the text does not say which is meant: pending as before. Figures given under different words (工业增长7%,
投资增长8%) are never weighed so (choose raises :class:`~compliance.judge.figure.Undecided` only for one naming).
"""

from __future__ import annotations

from collections.abc import Callable

from .. import models as m
from ..language.lexicon import lexicon
from ..models import Status, format_decimal
from .context import Context
from .figure import Undecided, note
from .verdict import Verdict

Judge = Callable[[m.Constraint, m.Reported, Context], Verdict]


def agreed(target: m.Constraint, reported: m.Reported, undecided: Undecided, ctx: Context,
           judge: Judge) -> Verdict | None:
    """The verdict every figure ``undecided`` left gives, on the one nearest the threshold, with a note naming them all;
    None where they do not all give one verdict, met or missed."""
    verdicts = [judge(target, figure, ctx) for figure in undecided.left]
    if not verdicts or len({v.status for v in verdicts}) != 1 or verdicts[0].status is Status.PENDING:
        return None
    nearest = min(verdicts, key=lambda v: abs(v.gap) if v.gap is not None else 0)
    shown = lexicon().render.join.join(format_decimal(figure.value.value) for figure in undecided.left)
    said = note("figures_agree", values=shown, value=format_decimal(nearest.value) if nearest.value is not None else "")
    return nearest.model_copy(update={"reported": reported, "notes": (said, *undecided.notes, *nearest.notes)})
