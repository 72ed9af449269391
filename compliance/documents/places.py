"""The document's own place, and a target's name without it.

A work report names the place it is about where it names its congress or its government (``襄陽市第十八屆人民
代表大會``, ``高州市人民政府``): a place suffix (``data/synonyms.yaml`` place_suffixes) followed by a word of
``data/clauses.yaml`` own_place_markers. A target's name opening with that place (``2023年襄陽經濟總量力爭實現6400億元``)
names the indicator without it when the rest is a name of a synonym group (``經濟總量``, the GDP); a name whose rest is
no known name (``襄阳港吞吐量``) keeps it. The provinces and the largest cities are listed in synonyms.yaml and need no
document; this covers every other place, learned from the document itself rather than listed.
"""

from __future__ import annotations

import re
from functools import cache

from ..language.lexicon import lexicon
from ..language.normalize import fold
from .model import Document
from .naming import key
from .words import clause_words, synonyms


def own_places(document: Document) -> tuple[str, ...]:
    """The places (folded, without their suffix) the document names as its congress's or government's, longest first."""
    found = {place for paragraph in document.paragraphs for place in places_in(paragraph.text)}
    return tuple(sorted(found, key=lambda place: (-len(place), place)))


def places_in(text: str) -> tuple[str, ...]:
    """The places one text (a paragraph) names as its congress's or government's, longest first."""
    pattern = _own_place()
    if pattern is None:
        return ()
    found = {match.group(1) for match in pattern.finditer(fold(text).text)}
    return tuple(sorted(found, key=lambda place: (-len(place), place)))


@cache
def _own_place() -> re.Pattern[str] | None:
    markers = "|".join(re.escape(fold(w).text) for w in clause_words().own_place_markers)
    suffixes = "|".join(re.escape(fold(s).text) for s in sorted(synonyms().place_suffixes, key=len, reverse=True))
    if not markers or not suffixes:
        return None
    # the place opens its phrase: after a mark, a date or 在 (2022年12月27日在通城县第十九届…), not 代表市人民政府's 代表
    after = "".join(re.escape(fold(w).text) for w in clause_words().own_place_after if len(fold(w).text) == 1)
    # a parent place may come first (济南市历下区第十九届人民代表大会: 历下, the district, not 济南)
    parents = "|".join(re.escape(fold(s).text) for s in synonyms().place_suffixes if not _whole(s))
    return re.compile(f"(?:^|(?<=[\\s，,、。；;：:{after}]))(?:[\u4e00-\u9fff]{{2,4}}?(?:{parents}))?"
                      f"([\u4e00-\u9fff]{{2,4}}?)(?:{suffixes})(?:{markers})")


def without_place(name: str, places: tuple[str, ...]) -> str:
    """``name`` without an opening place of ``places`` (and its suffix), when what is left is a known name; a word of
    the plan's voice right after the place goes too (``贵州省计划地区生产总值``: clauses.yaml ``plan_words``), and a
    province or city synonyms.yaml lists goes with such a word after it (``内蒙古要完成地区生产总值``)."""
    folded = fold(name)
    text = folded.text
    words = clause_words()
    listed = tuple(p for p in (fold(p).text for p in synonyms().places) if p not in places)
    for place in (*places, *listed):
        if not text.startswith(place):
            continue
        rest = text[len(place):]
        suffix = next((s for s in synonyms().place_suffixes if rest.startswith(fold(s).text)), "")
        at = len(place) + len(fold(suffix).text)
        lead = next((w for w in (*words.plan_words, *words.name_lead_words) if text.startswith(fold(w).text, at)), "")
        if place in listed:  # a listed place (内蒙古要完成地区生产总值) goes only with the plan's voice after it: a name
            if lead not in words.plan_words:  # it opens is matched without it anyway (上海地区生产总值 keeps its place)
                continue
        for skip in (len(fold(lead).text),) if place in listed else dict.fromkeys((0, len(fold(lead).text))):
            if len(text) - at - skip >= 2 and key(text[at + skip:]).group is not None:
                start, _ = folded.span(at + skip, at + skip + 1)
                return name[start:]
    return name


def _whole(suffix: str) -> bool:
    """全市, 全省: a suffix that is the whole place (the document's own), no place's name."""
    return any(fold(suffix).text.startswith(w) for w in clause_words().not_place_words)


def place_before(text: str) -> str | None:
    """The place (folded, without its suffix) a text ends with, right before a name: ``…2022年,起步區`` -> 起步,
    ``濟南市全市`` -> 济南 (``的`` may come between: 高新區的); None when it ends with none (全年全市, 本区)."""
    folded = fold(text).text
    suffixes = "|".join(re.escape(fold(s).text) for s in sorted(synonyms().place_suffixes, key=len, reverse=True)
                        if not _whole(s))  # 仍预计全市: 全市 ends no place's name
    wholes = "|".join(re.escape(fold(s).text) for s in synonyms().place_suffixes if _whole(s))
    possessives = "|".join(re.escape(fold(w).text) for w in clause_words().possessives) or "(?!)"
    year = re.escape(lexicon().numerals.year)  # 2022年濟南市: the year's 年 opens no place
    match = re.search(f"(?:^|(?<=[^\\u4e00-\\u9fff])|(?<={year}))(?!{year})([\\u4e00-\\u9fff]{{2,4}}?)(?:{suffixes})"
                      f"(?:{wholes})?(?:{possessives})?$", folded)
    if match is None or any(w in match.group(1) for w in clause_words().not_place_words):
        return None
    return match.group(1)


def another_place(text: str, own: tuple[str, ...]) -> bool:
    """Whether a text before a name ends with a place that is none of ``own`` (the targets' places): the name is that
    place's indicator. With no own place known, no place is another's."""
    place = place_before(text)
    return bool(own) and place is not None and not any(place in o or o in place for o in own)

