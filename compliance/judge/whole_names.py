"""A bulletin's name of a part that counts as the whole a target names (zh.yaml ``choosing.narrowing_whole``).

外商直接投资 (foreign direct investment) is what a bulletin reports for a plan's 实际利用外资 / 实际使用外资, 工业技改投资
for its 技改投资: read with the whole's word in its place where the target's own words hold it, so neither
:func:`narrowed.narrowed` nor :func:`names.names_other` takes it for another indicator's name. 实际利用内资 holds no 外资:
外商直接投资 stays another indicator's for it.
"""

from __future__ import annotations

from ..language.lexicon import lexicon


def as_whole(words: str, own: str) -> str:
    """``words`` with each name of zh.yaml ``choosing.narrowing_whole`` replaced by its whole's word, where ``own``
    (the target's name and text) holds that word: 外商直接投资增长6.1% against 实际使用外资 reads 外资增长6.1%."""
    for word, whole in lexicon().choosing.narrowing_whole.items():
        words = words.replace(word, whole) if whole in own else words
    return words


#: the longest place name read before a name, in characters (浙江省, 黑龙江省, 内蒙古自治区: a name up to 4, its ending)
PLACE = 4


def own_region(words: str, mine: str) -> str:
    """``words`` (a figure's, before its name's head word) as the region word of ``mine`` (the target's: 地区 of
    地区生产总值) where they are a place's own name (浙江省, 2 to :data:`PLACE` characters and an ending of zh.yaml
    ``choosing.own_place``) and ``mine`` ends with that word: 浙江省生产总值 is the province's 地区生产总值. A zone within a
    place (``choosing.zones``: 高新区, 经开区, 县域) is never the place's own: its words are kept (another indicator's)."""
    choosing = lexicon().choosing
    region = next((word for word in choosing.region if mine.endswith(word)), "")
    if not region or not words or words.endswith(tuple(choosing.zones)):
        return words
    end = next((e for e in sorted(choosing.own_place, key=len, reverse=True) if words.endswith(e)), "")
    place = words[:len(words) - len(end)]
    if not end or not 2 <= len(place) <= PLACE or not all("\u4e00" <= ch <= "\u9fff" for ch in place):
        return words
    return region
