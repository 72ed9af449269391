"""A batch's ``reported`` column coded by distinct text, once a batch, for the judge (:mod:`.judge`) and the
verdict rows (:mod:`.rows`, :mod:`.evidence`)."""

from __future__ import annotations

from typing import Any

import numpy as np

from ...judge.previous import stated_year
from ..arrays import arrow_of, numpy_of, one_text
from ..figures import PLAIN, parse_reported_cached

__all__ = ["ReportedTexts"]


class ReportedTexts:
    """A batch's reported column coded by distinct text (arrow's hashing, not Python's), and what is known of
    each text: whether it is a plain decimal figure, the year of a previous figure it states. The verdict rows
    (:mod:`.rows`, :mod:`.evidence`) read the same codes: the column is hashed and matched once a batch."""

    def __init__(self, reported: Any) -> None:
        import pyarrow.compute as pc

        coded = pc.dictionary_encode(one_text(reported))  # a missing cell: null, coded -1
        self.code = numpy_of(coded.indices, null=-1).astype(np.int64)
        self.dictionary = coded.dictionary
        matched = pc.match_substring_regex(self.dictionary, "^" + PLAIN.pattern + "$")
        self.plain = numpy_of(matched, null=False).astype(bool)
        self.spaced = numpy_of(pc.match_substring_regex(self.dictionary, r"[|\s]"), null=False).astype(bool)

    def at(self, rows: np.ndarray) -> np.ndarray:
        """The text code of each of ``rows`` (-1: no row, or a missing cell)."""
        rows = np.asarray(rows, dtype=np.int64)
        if not len(self.code):
            return np.full(len(rows), -1, dtype=np.int64)
        return np.where(rows >= 0, self.code[np.maximum(rows, 0)], -1)

    def plain_at(self, rows: np.ndarray) -> np.ndarray:
        """Whether each of ``rows`` holds a plain decimal figure (no row, a missing cell: no)."""
        return np.append(self.plain, False)[self.at(rows)]

    def row_codes(self) -> np.ndarray:
        """Each row's code, a missing cell's a code of its own (after the texts'): equal codes, equal cells."""
        return np.where(self.code < 0, len(self.plain), self.code)

    def stated_years(self, codes: np.ndarray) -> np.ndarray:
        """By text: the year of the previous figure it states (-1: none, or not among ``codes``, the texts read)."""
        years = np.full(len(self.plain), -1, dtype=np.int64)
        read = codes[~self.plain[codes]]  # a plain figure states none
        if read.size:
            for c, text in zip(read.tolist(), self.dictionary.take(arrow_of(read)).to_pylist()):
                years[c] = stated_year(parse_reported_cached(text)) or -1
        return years
