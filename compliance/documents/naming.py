"""Names of indicators: name and unit from a cell, ids, polarity and measure, synonyms.

* ``常住人口规模\\n（万人）`` is the name ``常住人口规模`` with the unit ``万人`` (a trailing bracket
  the unit table reads whole); a cell's line breaks are dropped from the name, kept in ``source_name``.
* ids are slugs of the name in pinyin (``常住人口规模`` -> ``chang_zhu_ren_kou_gui_mo``), made unique.
* polarity comes from the vocabulary (``data/polarity.yaml``, the word that ends furthest right wins:
  Chinese names put their head last), else from the targets (a ceiling such as ``<313.2``), else
  ``higher`` with low confidence.
* synonyms (``data/synonyms.yaml``) give each name a key; two names with one key are one indicator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import models as m
from .._api import parse_target
from ..errors import InputError
from ..language.lexicon import lexicon
from ..language.normalize import fold
from ..language.units import match_unit
from .words import clause_words, polarity_words, synonyms

_TRAILING_BRACKET = re.compile(r"[（(]([^（）()]{1,12})[）)]\s*$")


def folded(text: str) -> str:
    """Text folded for matching names: the language's folding, then the variant characters of
    ``data/synonyms.yaml`` (one character for one, so offsets still match ``fold``'s)."""
    return fold(text).text.translate(variant_table())


@cache
def variant_table() -> dict[int, str]:
    return {ord(k): v for k, v in synonyms().variants.items() if len(k) == 1 and len(v) == 1}


def flat(text: str) -> str:
    """A cell's text on one line: line breaks (and the spaces around them) dropped."""
    return re.sub(r"\s*\n\s*", "", text).strip()


def split_unit(text: str) -> tuple[str, str | None]:
    """``常住人口规模（万人）`` -> (``常住人口规模``, ``万人``); no unit when the bracket is not one.

    >>> split_unit("地区生产总值\\n增速（%）")
    ('地区生产总值增速', '%')
    >>> split_unit("每千人常住人口执业（助理）医师数（人）")
    ('每千人常住人口执业（助理）医师数', '人')
    >>> split_unit("新增学位供给数（普惠性学前）")
    ('新增学位供给数（普惠性学前）', None)
    """
    name = flat(text)
    match = _TRAILING_BRACKET.search(name)
    if match:
        unit = fold(match.group(1)).text
        if unit and match_unit(unit, 0) == len(unit):
            return name[: match.start()].strip(), match.group(1).strip()
    return name, None


@cache
def _pinyin() -> object:
    try:
        from pypinyin import Style, lazy_pinyin
    except ImportError:
        raise InputError(
            "making indicator ids from Chinese names needs pypinyin", hint="pip install 'compliance[documents]'"
        ) from None
    return lambda text: lazy_pinyin(text, style=Style.NORMAL, v_to_u=False, errors=lambda chars: " ".join(chars))


def slug(name: str, *, limit: int = 40) -> str:
    """An id from a name: pinyin syllables and ASCII words joined by ``_``, at most ``limit`` long.

    >>> slug("PCT专利申请量")
    'pct_zhuan_li_shen_qing_liang'
    """
    folded = fold(name).text
    syllables = _pinyin()(folded)  # type: ignore[operator]
    words: list[str] = []
    ascii_word = ""
    for piece in syllables:
        if piece.isascii() and len(piece) == 1 and piece.isalnum():
            ascii_word += piece.lower()
            continue
        if ascii_word:
            words.append(ascii_word)
            ascii_word = ""
        cleaned = re.sub(r"[^a-z0-9]+", "", piece.lower())
        if cleaned:
            words.append(cleaned)
    if ascii_word:
        words.append(ascii_word)
    text = ""
    for word in words:
        if text and len(text) + 1 + len(word) > limit:
            break
        text = f"{text}_{word}" if text else word[:limit]
    if not text or not text[0].isalpha():
        text = f"i_{text}" if text else "indicator"
    return text


def unique_ids(names: list[str]) -> list[str]:
    """One slug per name, with ``_2``, ``_3`` ... where two names give one slug."""
    seen: dict[str, int] = {}
    ids = []
    for name in names:
        base = slug(name)
        count = seen.get(base, 0) + 1
        seen[base] = count
        ids.append(base if count == 1 else f"{base}_{count}")
    return ids


# --------------------------------------------------------------------------- polarity


@dataclass(frozen=True, slots=True)
class Direction:
    """Which way is good for an indicator, and why the reading says so."""

    polarity: m.Polarity
    measure: m.Measure
    why: str
    confident: bool
    word: str | None = None


def direction(name: str, targets: list[str]) -> Direction:
    """The polarity and measure of an indicator, from its name, else its targets.

    >>> d = direction("单位地区生产总值能耗降幅", ["3"]); d.polarity.value, d.measure.value, d.word
    ('higher', 'decline', '降幅')
    >>> direction("常住人口规模", ["<313.2"]).polarity.value
    'lower'
    """
    changes = [_change(text) for text in targets]
    changes = [change for change in changes if change is not None]
    if changes and all(change == "down" for change in changes):
        return Direction(m.Polarity.HIGHER, m.Measure.DECLINE,
                         f"the target is a decline ({targets[0]}): a larger decline meets it", True)
    measure_from_target = m.Measure.RATE if changes and all(change == "up" for change in changes) else None
    word = vocabulary_word(name)
    if word is not None:
        entry = polarity_words().words[word]
        measure = entry.measure if entry.measure is not m.Measure.LEVEL else (measure_from_target or m.Measure.LEVEL)
        return Direction(entry.polarity, measure, f"`{word}`: {entry.why}", True, word)
    ceiling = next((text for text in targets if _is_ceiling(text)), None)
    if ceiling is not None:
        return Direction(m.Polarity.LOWER, measure_from_target or m.Measure.LEVEL,
                         f"the target `{flat(ceiling)}` is a ceiling", True)
    return Direction(m.Polarity.HIGHER, measure_from_target or m.Measure.LEVEL,
                     "no word of data/polarity.yaml in the name and no ceiling among the targets: assumed higher", False)


def vocabulary_word(name: str) -> str | None:
    """The vocabulary word that ends furthest right in the name (the longer one on a tie)."""
    text = folded(name)
    best: tuple[int, int, str] | None = None
    for word in polarity_words().words:
        plain = fold(word).text
        start = text.rfind(plain)
        if start < 0:
            continue
        key = (start + len(plain), len(plain), word)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None


def _change(text: str) -> str | None:
    target = parse_target(text)
    if isinstance(target, m.Cumulative) and target.years is None and target.change is not None:
        unit = _unit_of(target.inner)
        if unit == "%":
            return target.change
    if isinstance(target, m.Reference) and target.relation in ("gt", "ge") and target.name in lexicon().roles:
        return "up"  # 高于GDP增速: a growth set against the economy's, so the indicator's figure is its growth
    if isinstance(target, m.Reference) and target.relation in ("gt", "ge") \
            and fold(text).text.startswith(tuple(synonyms().growth_endings)):
        return "up"  # GDP|增速高于全市平均水平: the name's growth, set against the city's
    return None


def _unit_of(target: m.Constraint) -> str | None:
    for node in m.nodes(target):
        value = getattr(node, "value", None)
        if isinstance(value, m.Quantity):
            return value.unit
        low = getattr(node, "low", None)
        if isinstance(low, m.Quantity):
            return low.unit
    return None


def target_unit(texts: list[str]) -> str | None:
    """The unit the targets are written in (``5.5%左右`` -> ``%``), when they agree."""
    units = {_unit_of(parse_target(text)) for text in texts} - {None}
    return units.pop() if len(units) == 1 else None


def _is_ceiling(text: str) -> bool:
    target = parse_target(text)
    for node in m.nodes(target):
        if isinstance(node, m.Bound) and node.op in ("le", "lt"):
            return True
    folded = fold(text).text
    return any(word in folded for word in polarity_words().ceiling_words)


# --------------------------------------------------------------------------- synonyms


@dataclass(frozen=True, slots=True)
class Key:
    """What a name means for matching: its synonym group (or its own core), and whether it is a growth."""

    core: str
    group: int | None
    growth: str | None  #: the growth ending dropped (增速, 降幅 ...)

    @property
    def label(self) -> str:
        return synonyms().groups[self.group][0] if self.group is not None else self.core


def core(name: str) -> tuple[str, str | None]:
    """The name folded, abbreviations spelt out, meaningless words and a growth ending dropped."""
    data = synonyms()
    text = folded(flat(name))
    for short, long in data.abbreviations.items():
        text = text.replace(fold(short).text, fold(long).text)
    growth = None
    for ending in sorted(data.growth_endings, key=len, reverse=True):
        word = fold(ending).text
        if text.endswith(word) and len(text) >= len(word) + 3:
            text, growth = text[: -len(word)], ending
            break
    possessives = clause_words().possessives
    for word in data.ignored:
        plain = fold(word).text
        if text.startswith(plain) and len(text) > len(plain) + 1:
            text = text[len(plain):]
        text = text.replace(plain, "") if word in possessives else text  # 居民的人均可支配收入
    for place in sorted(data.places, key=len, reverse=True):  # 上海地区生产总值: the place is not the indicator
        plain = fold(place).text
        if text.startswith(plain) and (len(text) > len(plain) + 3 or text[len(plain):] in _group_spellings()):
            rest = text[len(plain):]
            suffix = next((s for s in data.place_suffixes if rest.startswith(fold(s).text)), "")
            # 西安市GDP: the place goes even when a short name is left, if that name is a group's (GDP, CPI)
            known = rest[len(suffix):] in _group_spellings()
            text = rest[len(suffix):] if len(rest) - len(suffix) > 3 or known else rest
            break
    return text, growth


@cache
def _group_spellings() -> frozenset[str]:
    """Every name of every synonym group, folded as written (GDP, CPI): a name the place may open."""
    return frozenset(fold(member).text for group in synonyms().groups for member in group)


@cache
def _group_index() -> dict[str, int]:
    found: dict[str, int] = {}
    for index, group in enumerate(synonyms().groups):
        for name in group:
            found[core(name)[0]] = index
    return found


#: the names whose keys are kept (a document names some 30-300 indicators; extract compares each new one with every one
#: found before, so each name's key is asked for again and again)
KEYS_KEPT = 8192


@lru_cache(maxsize=KEYS_KEPT)  # the words read are fixed package data (words.py's cached files)
def key(name: str) -> Key:
    text, growth = core(name)
    return Key(text, _group_index().get(text), growth)


def same(a: str, b: str) -> bool:
    """Whether two names are one indicator (same synonym group or same core)."""
    ka, kb = key(a), key(b)
    if ka.group is not None or kb.group is not None:
        return ka.group == kb.group
    return ka.core == kb.core


def spellings(name: str) -> list[str]:
    """Every way a name may be written in another document, longest first (folded)."""
    k = key(name)
    found = {k.core, folded(flat(name))}
    if k.group is not None:
        found |= {core(member)[0] for member in synonyms().groups[k.group]}
        found |= {fold(member).text for member in synonyms().groups[k.group]}
    return sorted((s for s in found if len(s) >= 2), key=len, reverse=True)


def all_spellings() -> list[tuple[str, int]]:
    """Every synonym of every group (folded), with its group, longest first: to find names in text."""
    found = {(fold(member).text, index) for index, group in enumerate(synonyms().groups) for member in group}
    found |= {(core(member)[0], index) for index, group in enumerate(synonyms().groups) for member in group}
    return sorted(found, key=lambda item: -len(item[0]))
