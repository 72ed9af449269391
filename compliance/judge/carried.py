"""The words naming a sentence's one figure where its own clause names no indicator: the clause before it that does
(全年人均ＧＤＰ為人民幣九萬九六六五元，年增率百分之五點一: the per-head GDP's growth, whose 九萬九六六五 is no figure the
grammar reads, so 5.1% is the sentence's one figure, labelled 年增率 alone). judge/choose.other_indicator asks it, as
choose._subjects carries a clause's name to the figures going on from it where a sentence has several."""

from __future__ import annotations

from .. import models as m
from ..language.normalize import fold
from .names import NAMED, clauses, content, head_word, synonyms


def carried_label(reported: m.Reported) -> str:
    """The last clause before the figure's own naming an indicator by its head word, up to that word, where the
    figure's label names none (no head word, fewer than :data:`names.NAMED` characters of a name); "" otherwise."""
    label = getattr(reported, "label", None)
    number = next((span for span in getattr(reported, "spans", ()) if span.role == "number"), None)
    if not label or number is None or not isinstance(reported, (m.Value, m.ApproxValue, m.BoundValue)):
        return ""
    words = synonyms(fold(label).text)
    if head_word(words) or len(content(words)) >= NAMED:
        return ""
    before = clauses(synonyms(fold(reported.text[:number.start]).text))
    clause = next((clause for clause in reversed(before[:-1]) if head_word(clause)), "")
    head = head_word(clause)
    return clause[:clause.rfind(head) + len(head)] if clause else ""  # the name, not its figure after (为人民币…元)
