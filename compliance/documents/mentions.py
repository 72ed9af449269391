"""Where an outcome document names an indicator, and the clause that gives its figure (moved out of clauses.py, which
reads targets, when it reached its size limit).

``mentions`` finds every place a spelling of a name occurs in the outcome document, with its clause (to the next
comma) and the clauses that continue it (``比上年增长3.0%``); ``choose`` picks the clause that gives the figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..language.lexicon import lexicon
from ..language.normalize import fold
from .clauses import LONGEST_CLAUSE, LONGEST_SENTENCE, lead_ins_at, split_clause
from .found import Found
from .model import Document, Paragraph
from .naming import core, direction, flat, variant_table
from .naming import folded as name_folded
from .words import clause_words


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in a paragraph: what it matched, and the clause that gives its figure."""

    spelling: str
    paragraph: Paragraph
    clause: str  #: from the name to the next comma
    extended: str  #: with the clauses that continue it (比上年增长3.0%): a growth's figure


def mentions(document: Document, spellings: list[str]) -> list[Mention]:
    """Every place a spelling occurs (longest match wins where spellings overlap), with its clause."""
    words = clause_words()
    found: list[Mention] = []
    ordered = sorted(set(spellings), key=lambda s: (-len(s), s))  # one order, whatever the hash seed
    markers = [fold(w).text for w in words.target_markers]
    prefixes = [fold(w).text for w in words.other_indicator_prefixes]
    for paragraph in document.paragraphs:
        folded = fold(paragraph.text)
        text = folded.text.translate(variant_table())
        starts = [start for start, _ in lead_ins_at(text)]
        targets_from = min(starts) if starts else len(text)  # a target paragraph states no outcome
        taken = [0] * len(text)  # the longest name (or 分别 list) taken over each character
        names_listed = ""  # the names of the 分别 list just read, for a clause going on with 分别 alone
        for piece in re.finditer("[^" + re.escape("".join(words.separators)) + "]+", text):
            # `城镇居民、农村居民人均可支配收入分别增长5.2%左右、7.6%左右`: each name with its own figure (also when the values
            # are joined by 和: `城鄉居民人均可支配收入分別增長6.8%和8.3%`)
            listed = (words.list_separator, *words.value_separators)
            lists, names_before = names_listed, ""
            names_listed = ""
            if words.respectively not in piece.group(0) or not any(s in piece.group(0) for s in listed) \
                    or piece.start() >= targets_from or _states_a_target(text, piece.start(), words.separators, markers):
                continue
            source_start, source_end = folded.span(piece.start(), piece.end())
            clause = paragraph.text[source_start:source_end]
            if lists and piece.group(0).startswith(words.respectively):
                # 城乡居民人均可支配收入分别为44686元、21054元,分别增长8.6%、11%: the second list is the same names' in turn
                names_before, clause = lists, lists + clause
            split = split_clause(clause)
            if split is None or len(split) < 2:
                continue
            at = fold(clause).text.find(words.respectively)
            names_listed = names_before or (clause[:fold(clause).span(at, at + 1)[0]] if at > 0 else "")
            taken[piece.start():piece.end()] = [max(k, len(piece.group(0))) for k in taken[piece.start():piece.end()]]
            for name, value in split:
                spelling = next((s for s in ordered if s in (name_folded(flat(name)), core(name)[0])), None)
                if spelling is not None:
                    found.append(Mention(spelling, paragraph, name + value, name + value))
        for spelling in ordered:
            for match in re.finditer(re.escape(spelling), text):
                start, end = match.start(), match.end()
                # a longer name overlapping wins; of two as long (居民收入, 收入倍差 in 城乡居民收入倍差) both stand,
                # which neither the order of a set nor the hash seed then decides
                if max(taken[start:end], default=0) > end - start:
                    continue
                taken[start:end] = [max(n, end - start) for n in taken[start:end]]
                if start >= targets_from or any(text.endswith(p, 0, start) for p in prefixes):
                    continue
                if _states_a_target(text, start, words.separators, markers):
                    continue
                # (一)地区生产总值。完成3410.9亿元、增长8.1%: a name alone in its clause (an item's heading) is given its
                # figure by the clause after it
                figure = _alone(text, start, end, words.separators)
                extended = _clause_from(text, start, words.separators, words.continuations, folded, paragraph.text, figure)
                if not any(fold(w).text in fold(extended).text for w in words.change_words):
                    extended = _growth_before(text, start, folded, paragraph.text) or extended
                found.append(Mention(
                    spelling, paragraph,
                    _clause_from(text, start, words.separators, (), folded, paragraph.text, figure),
                    extended,
                ))
        found += _restated(paragraph, text, folded, ordered)
    return found


def _restated(paragraph: Paragraph, text: str, folded: object, ordered: list[str]) -> list[Mention]:
    """A line restating targets before a colon and giving the estimates after it, clause for clause: the estimate
    that does not repeat its target's name is that name's figure (——计划实施重大项目220项，年度计划投资340亿元以上：预计
    全年实施重大项目255项，实现投资387亿元以上: 年度计划投资 387亿元以上)."""
    words = clause_words()
    estimates = [fold(w).text for w in words.estimate_starts]
    clause = "[^" + re.escape("".join(words.separators)) + "]+"
    found = []
    for colon in re.finditer("[：:]", text):
        if not any(text.startswith(w, colon.end()) for w in estimates):
            continue
        start = max(text.rfind(end, 0, colon.start()) for end in SENTENCE_ENDS) + 1
        ends = [i for i in (text.find(end, colon.end()) for end in SENTENCE_ENDS) if i >= 0]
        before = [m.span() for m in re.finditer(clause, text[start:colon.start()])]
        after = [(m.start() + colon.end(), m.end() + colon.end())
                 for m in re.finditer(clause, text[colon.end():min(ends, default=len(text))])]
        if len(before) != len(after):
            continue
        for (b_start, b_end), (a_start, a_end) in zip(before, after):
            named = text[start + b_start:start + b_end]
            spelling = next((s for s in ordered if s in named), None)
            if spelling is None or spelling in text[a_start:a_end]:
                continue  # no name, or the estimate names it again (found as any name is)
            src_start, _ = folded.span(a_start, a_start + 1)  # type: ignore[attr-defined]
            _, src_end = folded.span(a_start, a_end)  # type: ignore[attr-defined]
            quote = paragraph.text[src_start:src_end].strip()
            found.append(Mention(spelling, paragraph, quote, quote))
    return found


#: the marks that end a sentence where a document's text is searched around a figure or a name
SENTENCE_ENDS = "。；;！？!?"


def sentence_around(text: str, at: int) -> tuple[int, int]:
    """Where the sentence holding ``text[at]`` begins and where its end mark stands, looked for no further than
    LONGEST_SENTENCE either side (never the whole paragraph): that far where no mark is found."""
    low, high = max(0, at - LONGEST_SENTENCE), min(len(text), at + LONGEST_SENTENCE)
    start = max(low - 1, *(text.rfind(end, low, at) for end in SENTENCE_ENDS)) + 1
    ends = [i for i in (text.find(end, at, high) for end in SENTENCE_ENDS) if i >= 0]
    return start, min(ends, default=high)


def _states_a_target(text: str, start: int, separators: tuple[str, ...], markers: list[str]) -> bool:
    """Whether the sentence up to the end of the name's clause says a target (今年…增长5%左右)."""
    high = min(len(text), start + LONGEST_SENTENCE)
    sentence, end = sentence_around(text, start)
    # ——地区生产总值预期目标增长6.5%左右：预计全年地区生产总值完成2020亿元: before the colon the year's target,
    # after it the estimate
    estimates = [fold(w).text for w in clause_words().estimate_starts]
    after = [i for i in (text.find(mark, start, end) for mark in "：:") if i >= 0]
    if after and any(text.startswith(w, min(after) + 1) for w in estimates):
        return True
    colon = max(text.rfind(mark, sentence, start) for mark in "：:")
    if colon >= 0 and any(text.startswith(w, colon + 1) for w in estimates):
        sentence = colon + 1
    stop = next((i for i in range(start, min(high, start + LONGEST_CLAUSE)) if text[i] in separators), high)
    return any(marker in text[sentence:stop] for marker in markers)


def _growth_before(text: str, start: int, folded: object, source: str) -> str:
    """A growth said with no name of its own just before a name whose clause gives a level, in one sentence, with
    nothing figured before it but a year (2022年,歷下區…依然穩固,累計同比增長4.5%,地區生產總值達到2282.9億元: the 4.5%
    is the 地区生产总值's growth), read as the name's growth (its clause names it no more: a figure before a name is
    another's to the judge); else ``""``."""
    words = clause_words()
    commas = [s for s in words.separators if s not in words.sentence_ends]
    if start == 0 or text[start - 1] not in commas:
        return ""
    own_end = min((i for i in (text.find(s, start) for s in words.separators) if i >= 0), default=len(text))
    changes = [fold(w).text for w in words.change_words]
    if any(w in text[start:own_end] for w in changes):
        return ""  # the name's own clause says its change
    ends = [text.rfind(s, 0, start - 1) for s in words.separators]
    before_start = max(ends) + 1
    growth = text[before_start:start - 1]
    opener = [fold(w).text for w in (*words.continuations, *words.comparisons, *words.growth_leads)
              if any(c in fold(w).text for c in changes) or w in words.comparisons or w in words.growth_leads]
    if not any(growth.startswith(o) for o in opener) or "%" not in growth:
        return ""
    sentence = max(text.rfind(s, 0, before_start) for s in words.sentence_ends) + 1
    if re.search(r"\d", re.sub(r"\d{4}" + re.escape(lexicon().numerals.year), "", text[sentence:before_start])):
        return ""  # a figure before it: the growth goes on about that one (规上工业增加值86亿元,同比增长8%,…)
    src_start, _ = folded.span(before_start, before_start + 1)  # type: ignore[attr-defined]
    _, src_end = folded.span(before_start, start - 1)  # type: ignore[attr-defined]
    return source[src_start:src_end].strip()


def _alone(text: str, start: int, end: int, separators: tuple[str, ...]) -> int | None:
    """Where the clause after a name begins when the name stands alone in its clause (地区生产总值。完成…), else None."""
    if end < len(text) - 1 and text[end] in separators and (start == 0 or text[start - 1] in ")）" + "".join(separators)):
        return end + 1
    return None


@cache
def _base_year() -> re.Pattern[str]:
    """A price basis naming its base year (按2020年不变价格计算, 按2015年价格计算): read as the basis without it
    (clauses.yaml price_basis)."""
    basis = "|".join(re.escape(word) for word in clause_words().price_basis) or "(?!)"
    return re.compile(f"^({basis})\\d{{4}}{re.escape(lexicon().numerals.year)}")


def _clause_from(text: str, start: int, separators: tuple[str, ...], continuations: tuple[str, ...],
                 folded: object, source: str, figure: int | None = None) -> str:
    """The clause from ``start`` (a name) to the next separator, with the clauses that continue it; ``figure``: where
    the clause holding its figure begins, when that is after the name's own (the name alone before it)."""
    last = min(len(text), start + LONGEST_CLAUSE)  # a clause longer is none a sentence holds: cut there
    stops = (i for i in range(figure if figure is not None else start, last) if text[i] in separators)  # lazily
    end = next(stops, last)
    while end < last and text[end] not in "。;；":  # to the sentence's end
        nxt = end + 1
        following = _base_year().sub(r"\1", text[nxt:nxt + LONGEST_SENTENCE], count=1)  # 按2020年不变价格计算: 按不变价格计算 with its base year
        if not any(following.startswith(fold(word).text) for word in continuations):
            break
        end = next(stops, last)
    src_start, _ = folded.span(start, start + 1)  # type: ignore[attr-defined]
    _, src_end = folded.span(start, end) if end > start else (0, src_start)  # type: ignore[attr-defined]
    return source[src_start:src_end].strip()


def choose(clauses: list[Mention], unit: str | None, growth: bool,
           wordy: bool = False, change: bool = False) -> tuple[Mention | None, list[Mention]]:
    """The clause that gives an indicator's figure (one with a number, in its unit, a growth if it is
    one), and the other candidates. A target in words (``稳定增长``, ``基本平衡``: ``wordy``) reads the clause
    with its continuations (``…77415元，比上年增长3.2%``), and one without a number too (``国际收支基本平衡``); a growth or a
    target stating a change (``change``: 上涨3%左右) one saying no change in words (``同比持平``: a change of 0)."""
    if growth or wordy:
        clauses = [Mention(c.spelling, c.paragraph, c.extended, c.extended) for c in clauses]
    with_number = [c for c in clauses if re.search(r"\d", fold(c.clause).text)]
    if not with_number:
        # 全市居民消費價格同比持平 (长沙 2023): no change said in words, a change of 0 for a growth (zh.yaml outcome.flat)
        flat = [c for c in clauses if (growth or change) and any(w in fold(c.clause).text for w in lexicon().outcome.flat)]
        if (wordy or flat) and clauses:
            first = (flat or clauses)[0]
            return first, [c for c in clauses if c.clause != first.clause]
        return None, []

    changes = clause_words().change_words

    def score(mention: Mention) -> tuple[int, int]:
        text = fold(mention.clause).text
        in_unit = 1 if unit and fold(unit).text in text else 0
        grows = 1 if growth == any(word in text for word in changes) else 0
        return (grows + in_unit, 0)

    best = max(with_number, key=score)
    return best, [c for c in with_number if c is not best and c.clause != best.clause]


def is_growth(found: Found) -> bool:
    """Whether an indicator is a growth rate (its reported figure is a change)."""
    texts = [f.text for f in found.targets.values()]
    return direction(found.name, texts).measure.value in ("rate", "decline")
