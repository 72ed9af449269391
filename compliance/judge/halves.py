"""A whole told only by its two halves: ``城镇和农村居民人均可支配收入分别增长4.3%、5.3%`` against a target of every
resident's income (居民收入增长与经济增长同步). The whole is no figure of either half (names.other_half sets each aside),
but it is never below the lower: every resident's income per head is the two halves' weighted by their people, and as
people move to the towns, where income is higher, the whole grows at least as fast as the slower half (it may grow
faster than both, so nothing is said of its upper side); a whole of imports and exports lies between its halves. So
the whole is read as at least the lower half (a bound): where that already meets the target it is met, otherwise it
stays pending (imprecise_value), never missed on a half's figure.

So too where the figures left to choose from are only the halves, each in a clause naming its own (城镇居民人均可支配收入增长
5.5%,农村居民人均可支配收入增长7.6%: no 分别), and where a 分别 list of the halves stands beside other indicators' figures
that named the whole no better (一般公共预算收入增长2.6% shares only 收入): :func:`halves_left`.

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


def halves_left(reported: m.Reported, name: str, figures: tuple[m.Value | m.ApproxValue | m.BoundValue, ...],
                left: list[tuple[m.Value | m.ApproxValue | m.BoundValue, str]]) -> m.BoundValue | None:
    """At least the lower half where the figures ``left`` to choose from (each with the words naming its indicator) tell
    the target's whole (``name``, a whole's word first) only by its halves: two figures in one unit, one naming each half
    of a pair in its own clause (蚌埠's 2023 review, ah.people.com.cn/n2/2024/0116/c227131-40715670.html: 城镇居民人均可支配
    收入增长5.5%,农村居民人均可支配收入增长7.6%), or a 分别 list of both halves (:func:`halves_floor`) beside figures of
    other indicators (扬州's 2020 figures, jrzgltzzs.cn/news/202101/2065789.html: …一般公共预算收入增长2.6%,城乡居民人均可支配
    收入分别增长3.5%、6%). None where a figure left names the whole itself, or the halves are not both told."""
    several = lexicon().several
    if not name.startswith(tuple(several.wholes)):
        return None
    words = [(figure, fold(named).text) for figure, named in left]
    halves = [{half for pair in several.pairs.values() for half in pair if half in named} for _, named in words]
    if any(not found and _in_order(name, named) for found, (_, named) in zip(halves, words)):
        return None  # 居民人均可支配收入增长5%: the whole's own figure is there
    if len(words) == 2 and all(len(found) == 1 for found in halves) and halves[0] != halves[1] and any(
            halves[0] | halves[1] == set(pair) for pair in several.pairs.values()) and all(
            isinstance(figure, m.Value) and _in_order(name, named) for figure, named in words) and len(
            {figure.value.unit for figure, _ in words}) == 1:
        low = min((figure for figure, _ in words), key=lambda figure: figure.value.value)
        return m.BoundValue(text=reported.text, spans=low.spans, op="ge", value=low.value)
    return halves_floor(reported, name, figures) if any(halves) else None
