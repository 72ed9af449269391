"""A count per head (人均, 每千人口: zh.yaml ``choosing.per_capita``) against a total, either way: another measure of the
same indicator, never its figure (moved from judge/names.py, which neared its screen-ful of lines).

* :func:`per_head_mismatch`: the target counts per head, a figure labelled without it in a unit counts the total;
* :func:`per_head_of`: a clause names the target's indicator per head where the target counts the whole, or names the
  whole where the target counts per head (人均地区生产总值增长5% against a bulletin's 地区生产总值…增长5.6%).
"""

from __future__ import annotations

from .. import models as m
from ..language.lexicon import lexicon
from ..language.normalize import fold
from .change import is_points
from .names import after_head, head_word, says_change_only
from .period_parts import all_at

#: the most characters between a per-head word and the target's bare name that still make it the name per head
_PER_HEAD_GAP = 2


def per_head_mismatch(target: m.Constraint, reported: m.Reported) -> bool:
    """The target counts per head (每千人口医师数) and a figure labelled without it (执业医师2.1万人) does not."""
    words = lexicon().choosing.per_capita
    label = getattr(reported, "label", None)
    quantity = getattr(reported, "value", None)
    unit = quantity.unit if isinstance(quantity, m.Quantity) else None
    if not label or says_change_only(label) or unit in (None, "%") or is_points(unit):
        return False  # 提高1.2岁, 提高了1.2岁, 比上年提高1.2岁: a change said is no name said without 人均
    return _has_any(fold(target.text).text, words) and not _has_any(fold(label + reported.text).text, words)


def per_head_of(name: str, named: str) -> bool:
    """The clause names the target's own indicator per head (人均地区生产总值, 每万人口…) and the target counts the
    whole (地区生产总值): another measure, the converse of :func:`per_head_mismatch`. The per-head word must stand
    inside the target's name as written, its predicate words (全年) left out (居民人均可支配收入 is no 人均 居民收入:
    ``居民收入`` stays its own). A name going on after its head word counts no whole: 城乡居民收入比 (a ratio) is
    城乡居民人均收入比's too. And the other way round (:func:`_whole_of`): the target counts per head, the clause the
    whole."""
    words = lexicon().choosing.per_capita
    if not name or not named or _has_any(name, words) or not _has_any(named, words):
        return bool(name and named) and _whole_of(name, named)
    for predicate in lexicon().choosing.predicates:
        name = name.replace(predicate, "")
    own = head_word(name)
    if not own or after_head(name[name.rfind(own) + len(own):]):
        return False
    if any(name[:at] + word + name[at:] in named for word in words if word in named for at in range(len(name))):
        return True
    # 人均地区生产总值 against a plan's bare 生产总值: the per-head word, at most two characters (a place's: 地区), the name
    return any(0 <= named.find(name, at + len(word)) - (at + len(word)) <= _PER_HEAD_GAP
               for word in words for at in all_at(named, word))


def _whole_of(name: str, named: str) -> bool:
    """The target counts per head (人均地区生产总值) and the clause names its indicator whole, no per-head word in it
    (龙华's 2024年我区地区生产总值为3154.45亿元,…同比增长5.6%, the district's total: MET 人均地区生产总值增长5% on the
    total's growth, which counts no head). A per-head word whose rest names no head word (人均 alone) says nothing."""
    words = lexicon().choosing.per_capita
    said = next((word for word in sorted(words, key=len, reverse=True) if word in name), "")
    if not said or _has_any(named, words):
        return False
    whole = name.replace(said, "", 1)
    for predicate in lexicon().choosing.predicates:
        whole = whole.replace(predicate, "")
    return bool(head_word(whole)) and whole in named


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)
