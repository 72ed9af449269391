"""A plan-execution report's review: the year's plan and its estimate given together in one sentence.

A report on the execution of the year's plan (关于XX区2022年国民经济和社会发展计划执行情况与2023年…计划草案的报告),
read alone, states each plan beside its estimate: ``荔城地区生产总值635亿元,完成年计划710亿元的89.4%`` (荔城区 2022).
The clause before the share names the indicator and its estimate (the outcome, 635亿元); the share's clause, opening
with a word of ``data/reviews.yaml`` plan_shares, names the plan (the target, 710亿元), then ``of`` and the part done.
Both belong to the year of the review: the year of the last heading holding a review word
(``一、2022年国民经济和社会发展计划执行情况``, or the title), else the caller's. The plan and the estimate must be
levels in one unit; anything else (a share with no level, 完成年计划的95%) is left to the other readings.

The other clauses of a paragraph read so are its estimates, not targets (``三次产业结构调整为2.8:50.9:46.3``,
``规上工业产值890亿元``): :func:`review_lines` gives the lines such paragraphs hold, so that the sentences read as
targets without a lead-in skip them.
"""

from __future__ import annotations

import re

from ..language.normalize import fold
from .clauses import split_clause
from .found import Figure, Found
from .model import Document, Paragraph
from .naming import flat, target_unit
from .places import own_places, without_place
from .words import clause_words, review_words, year_named

_LEVEL = re.compile(r"\d+(?:\.\d+)?[^\d\s%]{1,4}")  # a level and its unit (710亿元, 33.5亿元, 220项)
_SHARE = re.compile(r"\d+(?:\.\d+)?%")  # the part done (89.4%)


def plan_and_estimate(document: Document, year: str | None) -> tuple[list[Found], list[Paragraph]]:
    """The indicators a review states with the year's plan and its estimate, and the paragraphs they were read from."""
    words = review_words()
    shares = sorted((fold(w).text for w in words.plan_shares), key=len, reverse=True)
    of = fold(words.of).text
    headings = [fold(w).text for w in words.review_headings]
    separators = _separators()
    places = own_places(document)
    reviewed: str | None = None
    found: list[Found] = []
    paragraphs: list[Paragraph] = []
    for paragraph in document.paragraphs:
        folded = fold(paragraph.text).text
        named = year_named().search(folded)
        if named and any(h in folded for h in headings):
            reviewed = named.group(1)
        period = reviewed or year
        if period is None or not separators:
            continue
        pieces = [p.strip() for p in re.split(f"[{separators}]", folded)]
        before_paragraph = len(found)
        for before, piece in zip(pieces, pieces[1:]):
            item = _read(before, piece, shares, of, period, paragraph, places)
            if item is not None:
                found.append(item)
        if reviewed is not None:
            found += _restated(folded, period, paragraph, places)
        if len(found) > before_paragraph:
            paragraphs.append(paragraph)
    return found, paragraphs


def _read(before: str, piece: str, shares: list[str], of: str, period: str, paragraph: Paragraph,
          places: tuple[str, ...]) -> Found | None:
    share = next((s for s in shares if piece.startswith(s)), None)
    if share is None:
        return None
    plan, said, done = piece[len(share):].partition(of)
    if not said or not _LEVEL.fullmatch(plan) or not _SHARE.match(done):
        return None
    split = split_clause(before)
    if split is None or len(split) != 1:
        return None
    name, estimate = split[0]
    unit = target_unit([plan])
    if not _LEVEL.fullmatch(estimate) or unit is None or target_unit([estimate]) != unit:
        return None
    name = flat(without_place(name, places))
    if len(name) < 2:
        return None
    place = paragraph.at(max(fold(paragraph.text).text.find(before), 0))
    quote = f"{before},{piece}"
    return Found(name=name, place=place, origin="paragraph", source_name=name, unit=unit,
                 targets={period: Figure(plan, place, quote)}, reported={period: Figure(estimate, place, quote)})


def _restated(folded: str, period: str, paragraph: Paragraph, places: tuple[str, ...]) -> list[Found]:
    """A review line restating the year's targets before a colon, the estimates after it: each target with the
    estimate of its kind, in order (a growth with the clause giving a change and a percentage, a level with the
    clause giving a level in its unit). A target no estimate answers has no outcome (a GDP growth target beside a level
    only: ``地区生产总值预期目标增长6.5%左右:预计全年地区生产总值完成2020亿元`` says nothing of the growth)."""
    words, clauses = review_words(), clause_words()
    colon = min((i for i in (folded.find(fold(c).text) for c in words.colons) if i > 0), default=-1)
    if colon < 0:
        return []
    after = folded[colon + 1:].strip()
    start = next((s for s in sorted((fold(w).text for w in clauses.estimate_starts), key=len, reverse=True)
                  if after.startswith(s)), None)
    if start is None:
        return []
    separators = _separators()
    ends = "".join(re.escape(fold(e).text) for e in words.estimate_ends)
    said = re.split(f"[{ends}]", after[len(start):])[0] if ends else after[len(start):]
    estimates = [c.strip() for c in re.split(f"[{separators}]", said) if c.strip()]
    changes = [fold(w).text for w in clauses.change_words]
    verbs = [fold(w).text for w in words.name_verbs]
    used: set[int] = set()
    found = []
    for piece in re.split(f"[{separators}]", folded[:colon]):
        split = split_clause(piece.strip())
        if split is None or len(split) != 1:
            continue
        name, target = split[0]
        growth = "%" in target and any(c in target for c in changes)
        unit = target_unit([target])
        name = next((name[: -len(v)] for v in verbs if name.endswith(v) and len(name) > len(v)), name)
        name = flat(without_place(name, places))
        place, quote = paragraph.at(0), folded.strip()
        item = Found(name=name, place=place, origin="paragraph", source_name=name, unit=unit,
                     targets={period: Figure(target, place, quote)})
        found.append(item)
        for number, clause in enumerate(estimates):
            if number in used or not re.search(r"\d", clause):
                continue
            if growth:
                change = next((clause.index(c) for c in changes if c in clause), None)
                figure = clause[change:] if change is not None and "%" in clause[change:] else None
            else:
                digit = re.search(r"\d", clause)
                figure = clause[digit.start():] if digit and "%" not in clause and unit is not None \
                    and target_unit([clause[digit.start():]]) == unit else None
            if figure is None:
                continue
            used.add(number)
            item.reported[period] = Figure(figure, place, quote)
            break
    return found


def _separators() -> str:
    """clauses.yaml's one-character separators, folded, for a character class (, 、 ;)."""
    return "".join(re.escape(fold(s).text) for s in clause_words().separators if len(fold(s).text) == 1)


def review_lines(paragraphs: list[Paragraph]) -> set[tuple[str, int | None]]:
    """(file, line) of every line the paragraphs hold (a hard-wrapped paragraph spans several)."""
    lines: set[tuple[str, int | None]] = set()
    for paragraph in paragraphs:
        lines |= {(paragraph.place.file, paragraph.at(offset).line) for offset in (0, *paragraph.breaks)}
    return lines
