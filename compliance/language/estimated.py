"""Last year's estimate before the year's target in one sentence (language/several.py asks, before cutting a list).

``2024年天津全市地区生产总值预计增长4.7%左右;2025年预期目标增长5%左右`` (中新网 on 天津's 2025 work report, the fifteenth
set's tp018) is not two targets: the clause with an estimate word (预计: a word both of ``hedges`` and of
``reported.estimate`` in zh.yaml) says how the year before went, and the last clause, framed (预期目标: ``framing``, in
its subject too) and dated, is the target. The estimate, from its word to the clause mark after it, is blanked with
spaces (which the lexer skips, so the spans stay the text's) and the rest read as one target: the subject before the
estimate word (地区生产总值) is the target's, unless the last clause has its own (长沙…,2023年长沙…主要预期目标包括地区
生产总值增长7%左右: then the estimate's whole clause goes); the estimate is a remark (role ``hedge``: shown, never
judged). It was pending (two targets against one value); a wrong guess would be worse, so each condition must hold or
the text is left to the list reading.
"""

from __future__ import annotations

from .. import models as m
from .cuts import clauses
from .grammar import parse_target_text
from .lexicon import lexicon
from .normalize import fold

#: what the year's target and the estimate may read as: one figure to reach
_READ = ("level", "bound", "approx", "cumulative", "range", "value")


def _read(text: str) -> m.Constraint:
    try:
        return parse_target_text(text)
    except RecursionError:
        return m.Unrecognized(text=text)


def _roles(found: m.Constraint, role: str) -> list[m.Span]:
    return [span for node in m.nodes(found) for span in node.remarks if span.role == role]


def after_estimate(text: str, single: m.Constraint) -> m.Constraint | None:
    """The year's target of a sentence that first estimates the year before (see the module), or None.

    >>> found = after_estimate("2024年全市生产总值预计增长4.7%左右;2025年预期目标增长5%左右", m.Unrecognized(text=""))
    >>> found.kind, found.subject.text, [r.text for r in found.remarks if r.role == "hedge"]
    ('cumulative', '全市生产总值', ['预计增长4.7%左右;'])
    """
    if single.kind in _READ and single.subject is None:  # read whole (several.py asks only for a listed subject)
        return None
    lex = lexicon()
    estimates = set(lex.hedges) & set(lex.reported.estimate)
    source = fold(text)  # offsets go back to the text through its origins (a space before a comma is folded away)
    folded = source.text
    if not any(word in folded for word in estimates):
        return None
    cuts = clauses(folded, lex.several.clauses)
    if len(cuts) < 2:
        return None
    (start, end), (last_start, last_end) = cuts[-2], cuts[-1]
    target = _read(folded[last_start:last_end])
    framed = lambda clause: any(word in clause for word in lex.framing)  # noqa: E731 (预期目标, in a subject too)
    if target.kind not in _READ or not framed(folded[last_start:last_end]) or not _roles(target, "year"):
        return None
    estimate = _read(folded[start:end])
    words = [span for span in _roles(estimate, "hedge") if span.text in estimates]
    if estimate.kind not in _READ or not words or framed(folded[start:end]):
        return None
    # the target's own subject (2023年长沙…主要预期目标包括地区生产总值增长7%左右): the estimate's clause is all a remark
    cut = source.origin[start if target.subject is not None else start + words[0].start]
    resume = source.origin[last_start]
    blanked = text[:cut] + " " * (resume - cut) + text[resume:]
    head = _read(blanked)
    if head.kind not in _READ or head.subject is None:
        return None
    remark = m.Span(start=cut, end=resume, role="hedge", text=text[cut:resume])
    return head.model_copy(update={"text": text, "remarks": (*head.remarks, remark)})
