"""What a target's words say beside its threshold: hedges shown as a note, qualitative targets attested.

A hedge (力争, 努力, ，在实际工作中争取更好结果) never moves the threshold; the explanation shows it
(:func:`hedge_notes`), as it shows a trailing clause without a figure, which is not judged. A qualitative target (国际收支基本平衡) has no threshold: it is met only where the
reported text attests it (:func:`attests`), else pending with reason ``qualitative``.
"""

from __future__ import annotations

from typing import TypeGuard

from .. import models as m
from ..language.lexicon import lexicon, messages
from ..language.normalize import fold
from .figure import note


def hedge_notes(target: m.Constraint) -> list[m.Note]:
    """One note naming the target's words of effort, and one naming its trailing clauses without a
    figure (，主要污染物排放量继续下降: role ``clause``, not judged), where it has them."""
    joiner = str(messages().zh.get("list", "、"))  # the words are Chinese in either language's sentence
    found = []
    for role in ("hedge", "clause"):
        words = [span.text for node in m.nodes(target) for span in node.remarks if span.role == role]
        if words:
            found.append(note(role, words=joiner.join(dict.fromkeys("".join(w.split()) for w in words))))
    return found


def attests(target: m.Qualitative, reported: m.Reported) -> bool:
    """Whether ``reported`` attests ``target``: a completion (可完成), a word of attestation (实现, 完成)
    or the target's own predicate (基本平衡)."""
    if isinstance(reported, m.Attested):
        return True
    if isinstance(reported, (m.Missing, m.NotAvailable)):
        return False
    text = fold(reported.text).text
    words = (*lexicon().qualitative.attest, fold(target.phrase).text)
    return any(word and word in text for word in words)


def refusals(read: m.Constraint | m.UnrecognizedValue) -> list[m.Note]:
    """Why a text was refused rather than read, where the grammar says: a range written high to low (8-负2), in
    a reported value or anywhere in a target (增长8-负2%)."""
    found = (read,) if isinstance(read, m.UnrecognizedValue) else tuple(m.nodes(read))
    from ..language.shape import REVERSED  # here: a check whose readings its rules snapshot kept loads no lexer
    codes = {REVERSED: "reversed_range", "not_value": "not_value",  # not_value: 2项指标, a count (language/reported.py)
             "ratio": "ratio"}  # 1:2.48, a ratio other than X:1 (language/lexer.py)
    return [
        note(codes[span.role], text=span.text) for node in found if isinstance(node, (m.Unrecognized, m.UnrecognizedValue))
        for span in node.spans if span.role in codes
    ]


def flat(reported: m.Reported) -> TypeGuard[m.Value]:
    """Whether the whole reported cell says no change from the previous period (与上年持平: language/reported.py
    reads it as a change of 0 labelled with its words)."""
    return (isinstance(reported, m.Value) and reported.change == "up" and not reported.value.value
            and reported.label in lexicon().reported.flat)
