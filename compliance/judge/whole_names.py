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
