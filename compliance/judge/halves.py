"""A whole told only by its two halves: ``城镇和农村居民人均可支配收入分别增长4.3%、5.3%`` against a target of every
resident's income (居民收入增长与经济增长同步). The whole is no figure of either half (names.other_half sets each aside),
but it is never below the lower: every resident's income per head is the two halves' weighted by their people, and as
people move to the towns, where income is higher, the whole grows at least as fast as the slower half (it may grow
faster than both, so nothing is said of its upper side); a whole of imports and exports lies between its halves. So
the whole is read as at least the lower half (a bound): where that already meets the target it is met, otherwise it
stays pending (imprecise_value), never missed on a half's figure.

The pairs and the word of a whole are zh.yaml ``several.pairs`` (城乡: 城镇, 农村) and ``several.wholes`` (居民); the
list's word is ``several.respectively`` (分别)."""

from __future__ import annotations

from .. import models as m
from ..language.lexicon import lexicon
from ..language.normalize import fold


def halves_floor(reported: m.Reported, name: str, figures: tuple[m.Value | m.ApproxValue | m.BoundValue, ...]
                 ) -> m.BoundValue | None:
    """At least the lower of the two figures a 分别 list gives both halves of the pair whose whole the target's ``name``
    is (居民收入, 居民人均可支配收入: a whole's word first, no half's), where they are the text's only figures of that
    clause and share a unit; None otherwise."""
    several = lexicon().several
    if not name.startswith(tuple(several.wholes)) or not several.respectively:
        return None
    text = fold(reported.text).text
    for word in several.respectively:
        at = text.find(word)
        if at < 0 or text.find(word, at + 1) >= 0:
            continue  # none, or two lists: which is whose is not read here
        marks = lexicon().choosing.clause_marks
        before = text[max(text.rfind(mark, 0, at) for mark in marks) + 1 : at]
        if not any(all(half in before for half in halves) or whole in before
                   for whole, halves in several.pairs.items()) or not _in_order(name, before):
            return None
        stops = [stop for stop in (text.find(mark, at) for mark in marks) if stop >= 0]
        end = min(stops, default=len(text))
        spans = [next((s for s in figure.spans if s.role == "number"), None) for figure in figures]
        listed = [f for f, s in zip(figures, spans) if s is not None and at <= _folded_at(reported.text, s.start) < end]
        units = {figure.value.unit for figure in listed}
        if len(listed) != 2 or len(units) != 1 or not all(isinstance(f, m.Value) for f in listed):
            return None
        low = min(listed, key=lambda figure: figure.value.value)
        return m.BoundValue(text=reported.text, spans=low.spans, op="ge", value=low.value)
    return None


def _in_order(name: str, words: str) -> bool:
    """Whether the characters of ``name`` stand in ``words`` in order (居民收入 in 城镇和农村居民人均可支配收入)."""
    rest = iter(words)
    return all(char in rest for char in name)


def _folded_at(source: str, offset: int) -> int:
    """The folded text's offset of ``source[offset]`` (folding may drop characters: spaces)."""
    return len(fold(source[:offset]).text)
