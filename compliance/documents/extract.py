"""From documents to a plan: indicators, targets, reported figures and claims, each with its place.

:func:`extract` reads the plan document(s) (indicator tables first; target paragraphs where there is
no table, and as a cross-check where there is one) and, optionally, outcome documents (tables, then
sentences matched by name through the synonyms). The result, an :class:`Extraction`, is written out
by :mod:`.output` (``rules.yaml``, ``data.csv``, ``extract.json``) or judged directly.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .. import models as m
from .._api import parse_target
from ..errors import InputError
from ..judge.choose import names_whole_period, names_year, period_part
from ..judge.names import bare_names, name_goes_on
from ..judge.periods import Period, order
from ..judge.said import said_of
from ..language.lexicon import lexicon
from ..language.normalize import fold
from .claims import Statement, statements
from .clauses import YEAR_UNKNOWN, document_year, heading_year, paragraph_targets
from .mentions import Mention, choose, is_growth, mentions, sentence_around
from .places import another_place, own_places, places_in
from .words import clause_words
from .found import Doubt, Figure, Found, Unplaced
from .model import Document
from .naming import Direction, direction, flat, folded, key, same, spellings, target_unit, unique_ids, all_spellings
from .readers import read_document
from .reviews import plan_and_estimate, review_lines
from .tables import read_table


@dataclass
class Indicator:
    """An indicator ready for a rules file: what was found, with its id and direction."""

    id: str
    found: Found
    direction: Direction
    unit: str | None


@dataclass
class Extraction:
    """Everything read from the documents, and what could not be used."""

    plan_name: str
    documents: list[Document]
    outcome_documents: list[Document]
    indicators: list[Indicator]
    statements: list[Statement]
    unplaced: list[Unplaced] = field(default_factory=list)
    doubts: list[Doubt] = field(default_factory=list)
    unmatched: list[dict[str, object]] = field(default_factory=list)
    corroborations: list[dict[str, object]] = field(default_factory=list)
    outcome_period: str | None = None
    links: dict[str, str] = field(default_factory=dict)
    #: indicator id -> the role a target names it by (高于GDP增速: economic_growth), written as ``role:``
    roles: dict[str, str] = field(default_factory=dict)

    @property
    def periods(self) -> list[str]:
        found = {p for i in self.indicators for p in (*i.found.targets, *i.found.reported)}
        return order(found)

    def indicator(self, indicator_id: str) -> Indicator:
        return next(i for i in self.indicators if i.id == indicator_id)


def extract(
    plan: str | Path | Sequence[str | Path],
    *,
    outcomes: str | Path | Sequence[str | Path] | None = None,
    year: str | int | None = None,
    outcome_year: str | int | None = None,
) -> Extraction:
    """Read plan documents (and outcome documents) into an :class:`Extraction`.

    ``year`` is the year of targets the documents state without one (a work report's 今年); by default
    the year in the document's first lines. ``outcome_year`` is the year the outcome documents report
    on; by default the latest single year with targets. Raises :class:`InputError` for a document that
    cannot be read or holds neither an indicator table nor a target paragraph.
    """
    year, outcome_year = _a_year(year, "year"), _a_year(outcome_year, "outcome year")
    paths = [plan] if isinstance(plan, (str, Path)) else list(plan)
    outcome_paths = [] if outcomes is None else [outcomes] if isinstance(outcomes, (str, Path)) else list(outcomes)
    documents = [read_document(p) for p in paths]
    outcome_documents = [read_document(p) for p in outcome_paths]
    found: list[Found] = []
    unplaced: list[Unplaced] = []
    doubts: list[Doubt] = []
    corroborations: list[dict[str, object]] = []
    verdict_cells: list[Statement] = []  #: an indicator table's own verdicts on its rows (完成情况: 完成)
    theirs = tuple(dict.fromkeys(place for document in outcome_documents for place in own_places(document)))
    for document in documents:
        doc_year = str(year) if year is not None else document_year(document)
        from_tables: list[Found] = []
        reading = None
        for table in document.tables:
            reading = read_table(table, doc_year, after=reading)
            if reading is not None:
                from_tables += reading.found
                unplaced += reading.unplaced
                doubts += reading.doubts
                verdict_cells += reading.statements
        from_paragraphs, loose, paragraph_doubts = paragraph_targets(document, doc_year, guessed=year is None)
        if not document.tables:  # a plan-execution report read alone: its review's plans beside their estimates
            from_paragraphs = _with_reviewed(document, doc_year, from_paragraphs)
        if not from_tables and not from_paragraphs and any(u.reason == YEAR_UNKNOWN for u in loose):
            raise InputError("states targets but not their year", file=document.file,
                             hint="pass the year of its targets (--year 2022)")
        if not from_tables and not from_paragraphs:
            raise InputError(
                "holds no indicator table and no target paragraph", file=document.file,
                hint="an indicator table has headers such as 指标 and 2022年目标; a target paragraph starts "
                     "主要预期目标是：",
            )
        from_paragraphs = _of_the_outcomes_place(document, from_paragraphs, theirs, loose)
        unplaced += loose
        if from_tables:
            corroborations += _corroborate(from_tables, from_paragraphs, unplaced)
            _merge(found, from_tables, unplaced)
        else:
            doubts += paragraph_doubts
            _merge(found, from_paragraphs, unplaced)
    _drop_unreadable(found, unplaced)
    period = str(outcome_year) if outcome_year is not None else _latest_target_year(found)
    unmatched: list[dict[str, object]] = []
    own = tuple(dict.fromkeys(place for document in documents for place in own_places(document)))
    for document in outcome_documents:
        unmatched = _outcomes(document, found, period, doubts, own)
    ids = unique_ids([f.name for f in found])
    indicators = []
    for indicator_id, item in zip(ids, found):
        texts = [figure.text for figure in item.targets.values()]
        guess = _measure_in_words(direction(item.name, texts), item, texts)
        unit = item.unit or target_unit(texts)
        indicators.append(Indicator(indicator_id, item, guess, unit))
        if not guess.confident:
            doubts.append(Doubt(item.name, "polarity", guess.polarity.value, guess.why, item.place))
    extraction = Extraction(
        plan_name=_title(documents[0]), documents=documents, outcome_documents=outcome_documents,
        indicators=indicators,
        statements=[s for d in [*documents, *outcome_documents] for s in statements(d)] + verdict_cells,
        unplaced=unplaced, doubts=doubts, unmatched=unmatched, corroborations=corroborations,
        outcome_period=period if outcome_documents else None,
    )
    extraction.links = _links(extraction)
    extraction.roles = _roles(extraction)
    return extraction


def _of_the_outcomes_place(document: Document, found: list[Found], theirs: tuple[str, ...],
                           unplaced: list[Unplaced]) -> list[Found]:
    """A targets document stating several places' targets, each paragraph naming its own congress or government (a
    news page on three capitals' 2023 reports: 长春市第十六届…, 沈阳市第十七届…, 哈尔滨市第十六届…): the targets of the
    paragraphs of the place the outcome documents name as theirs (``theirs``); the others are another place's, listed
    as unplaced. A paragraph naming none goes on with the last one named. Unchanged where the targets come from one
    place's paragraphs, or the outcome documents name none of their places."""
    named: list[tuple[str, int, str | None]] = []  # (file, first line, place) of each paragraph
    current: str | None = None
    for paragraph in document.paragraphs:
        here = places_in(paragraph.text)
        current = here[0] if len(here) == 1 else None if here else current
        named.append((paragraph.place.file, paragraph.place.line or 0, current))

    def place_of(item: Found) -> str | None:
        line = item.place.line or 0
        return next((p for file, first, p in reversed(named) if file == item.place.file and first <= line), None)

    places = {place for place in (place_of(item) for item in found) if place is not None}
    wanted = {p for p in places if any(p in o or o in p for o in theirs)}
    if len(places) < 2 or not wanted:
        return found
    kept = []
    for item in found:
        place = place_of(item)
        if place is None or place in wanted:
            kept.append(item)
            continue
        for figure in item.targets.values():
            unplaced.append(Unplaced(f"{item.source_name or item.name}{figure.text}", figure.place,
                                     f"another place's target ({place}): the outcome documents report on "
                                     f"{'、'.join(sorted(wanted))}"))
    return kept


def _with_reviewed(document: Document, year: str | None, found: list[Found]) -> list[Found]:
    """``found`` with the review's plans and estimates (reviews.py) in place of what its paragraphs gave as targets."""
    reviewed, paragraphs = plan_and_estimate(document, year)
    if not reviewed:
        return found
    lines = review_lines(paragraphs)
    return [f for f in found if (f.place.file, f.place.line) not in lines] + reviewed


def _measure_in_words(guess: Direction, item: Found, texts: list[str]) -> Direction:
    """A growth in words (``稳定增长``, ``继续下降``) or no change (``同比持平``, 滨海新区 2024) of an indicator with no
    earlier level in the documents is judged on the reported growth rate (``比上年增长3.2%``: above zero is growth;
    持平 holds within a point of zero, or beats it the good way), not against a level that is not there."""
    if guess.measure is not m.Measure.LEVEL or not texts:
        return guess
    directions = [m.find(parse_target(text), m.Direction) for text in texts]
    if not all(d is not None and d.growth and d.direction in ("up", "down", "steady") for d in directions):
        return guess
    years = [Period.parse(p) for p in item.targets]
    if any(y.is_year and str(y.start - 1) in item.reported for y in years):
        return guess
    return replace(guess, measure=m.Measure.RATE,
                   why=f"{guess.why}; measure rate: the target is a growth in words and the documents give no "
                       f"earlier level, so the reported growth rate is judged (above zero is growth)")


def _title(document: Document) -> str:
    """The plan's name: its first short line, without a section's number (二、2025年工作安排: 2025年工作安排)."""
    numbers = re.escape(clause_words().list_numbers)
    ordinal = re.compile(f"^(?:[{numbers}]+[、.．]|[（(][{numbers}]+[）)]|\\d+[、.．](?!\\d))\\s*")
    for paragraph in document.paragraphs[:5]:
        text = paragraph.text.strip()
        if 4 <= len(text) <= 80 and re.search(r"[\u4e00-\u9fff]", text) and not text.startswith("["):
            return ordinal.sub("", text) or text
    return Path(document.file).stem


def _merge(into: list[Found], items: list[Found], unplaced: list[Unplaced]) -> None:
    """Add indicators; one already found (same name, or the same sub-row) gains the periods it lacks. The first found
    of each name and sub-row, and of each meaning (naming.same: a synonym group, else the core), is looked up, not
    searched for: a paragraph of 3,000 targets compared each with every one before it (4.5 million name matches)."""
    rows: dict[tuple[str, str | None], Found] = {}
    meanings: dict[tuple[str, object], Found] = {}

    def keep(found: Found) -> None:
        rows.setdefault((found.name, found.number), found)
        if found.origin == "paragraph":
            meanings.setdefault(_meaning(found.name), found)

    for found in into:
        keep(found)
    for item in items:
        twin = rows.get((item.name, item.number))
        if twin is None and item.origin == "paragraph":
            twin = meanings.get(_meaning(item.name))
        if twin is None:
            into.append(item)
            keep(item)
            continue
        for book, other in ((twin.targets, item.targets), (twin.reported, item.reported)):
            for period, figure in other.items():
                if period in book and book[period].text != figure.text:
                    unplaced.append(Unplaced(figure.text, figure.place,
                                             f"{item.name} {period}: a second figure; the first ({book[period].text!r}, "
                                             f"{book[period].place}) is used"))
                book.setdefault(period, figure)


def _meaning(name: str) -> tuple[str, object]:
    """What :func:`naming.same` compares of a name: two names are the same where these are equal."""
    found = key(name)
    return ("group", found.group) if found.group is not None else ("core", found.core)


def _corroborate(table: list[Found], paragraphs: list[Found], unplaced: list[Unplaced]) -> list[dict[str, object]]:
    """Paragraph targets of a document that has a table: compared with the table, never added to it."""
    found: list[dict[str, object]] = []
    for item in paragraphs:
        twin = next((f for f in table if same(f.name, item.name)), None)
        for period, figure in item.targets.items():
            if twin is None:
                unplaced.append(Unplaced(figure.quote or figure.text, figure.place,
                                         f"`{item.name}` {period} `{figure.text}`: stated in a paragraph, "
                                         "matched to no row of the document's indicator table"))
                continue
            tabled = twin.targets.get(period)
            found.append({
                "indicator": twin.name, "period": period, "paragraph": figure.text, "paragraph_source": str(figure.place),
                "table": tabled.text if tabled else None, "table_source": str(tabled.place) if tabled else None,
            })
    return found


def unreadable(target: m.Constraint) -> bool:
    """The target, or a part it is judged by, is unreadable (what ``rules lint`` flags)."""
    if isinstance(target, m.Unrecognized):
        return True
    return any(unreadable(getattr(target, name)) for name in ("inner", "original", "revised")
               if getattr(target, name, None) is not None)


def _drop_unreadable(found: list[Found], unplaced: list[Unplaced]) -> None:
    for item in found:
        for period, figure in list(item.targets.items()):
            if unreadable(parse_target(figure.text)):
                del item.targets[period]
                unplaced.append(Unplaced(figure.text, figure.place,
                                         f"{item.name} {period}: the grammar cannot read this target"))


def _a_year(given: str | int | None, what: str) -> str | None:
    """A year given by the caller (``--year``), as the text periods are keyed by: ``20x3`` is refused with its
    value, `` 2024`` read as ``2024``."""
    if given is None:
        return None
    if not re.fullmatch(r"(19|20)\d\d", str(given).strip()):
        raise InputError(f"the {what} `{given}` is not a year", hint="pass a year such as 2023")
    return str(given).strip()


def _latest_target_year(found: list[Found]) -> str | None:
    years = {p for f in found for p in f.targets if Period.parse(p).is_year}
    return order(years)[-1] if years else None


def _outcomes(document: Document, found: list[Found], period: str | None, doubts: list[Doubt],
              own: tuple[str, ...] = ()) -> list[dict[str, object]]:
    """Reported figures from an outcome document; the indicators it does not give, listed. ``own``: the targets'
    own places; a name said of another place (起步區地區生產總值…9.7%, in 济南's figures for 历下) is not taken."""
    if period is None:
        raise InputError("cannot tell which year the outcomes are for", file=document.file,
                         hint="the plan has no single-year target; pass the outcome year")
    for table in document.tables:
        reading = read_table(table, period)
        for row in reading.found if reading is not None else ():
            twin = next((f for f in found if same(f.name, row.name)), None)
            if twin is not None and period in row.reported:
                twin.reported.setdefault(period, row.reported[period])
    every = [s for s, _ in all_spellings()] + [s for f in found for s in spellings(f.name)]
    everywhere = [c for c in mentions(document, every) if not _of_another_place(c, own)]
    unmatched: list[dict[str, object]] = []
    heads = Counter(bare_names(item.name) for item in found if period in item.targets)  # by head word
    for item in found:
        if period in item.reported or period not in item.targets:
            continue
        mine = set(spellings(item.name))
        target = item.targets[period].text
        # 新增就业参保大学生35万人 names graduates, not 城镇新增就业: a name going on past the spelling is another's
        candidates = [c for c in everywhere if c.spelling in mine and not _goes_on(c, item.name + target)]
        bare = bare_names(item.name)
        if not candidates and bare and heads[bare] == 1:  # 全市投资增长3%左右: the targets' one 投资 (固定资产投资)
            candidates = [c for c in mentions(document, list(bare)) if not _of_another_place(c, own)]
        # 2021年,…。预计,全市实现地区生产总值672.86亿元: a figure said of another year is not this one's; a line under
        # a heading of another year neither (辽宁日报's lines: `2026年` over 2026's aims, `一般公共预算收入增长2.5%左右`)
        candidates = [_the_years_own(c, period) for c in candidates
                      if (_year_said(c) or _headings(document)[1].get(id(c.paragraph)) or None) in (None, period)]
        whole = [c for c in candidates if not _part_of_period(document, c)]  # 前三季度…8.3%，全年…5.3%: the year's
        if any(re.search(r"\d", fold(c.clause).text) for c in whole):
            candidates = whole
        # 突破3600亿元、增长10%以上 (a level and a growth): the clause with its continuations, 3464亿元，同比增长5.3%; so
        # too a level's change (城镇化率提高1.5个百分点: (常住人口城镇化率)为50.68%，比上年提高1.99个百分点, 松原 2024)
        reads_on = parse_target(target).kind in ("several", "cumulative")
        best, others = choose(candidates, item.unit or target_unit([target]), is_growth(item) or reads_on,
                              wordy=not re.search(r"\d", fold(target).text),
                              change=any(fold(w).text in fold(target).text for w in clause_words().change_words))
        if best is None:
            entry: dict[str, object] = {"indicator": item.name, "period": period,
                                        "searched": sorted(mine, key=len, reverse=True),
                                        "reason": "no sentence of the outcome document names it with a figure"}
            if candidates:  # named, but in words only (进出口逆势实现正增长): shown, not taken as a figure
                entry["named_without_figure"] = [{"text": c.clause, "source": str(c.paragraph.place)}
                                                 for c in candidates[:3]]
            unmatched.append(entry)
            continue
        part = _part_of_period(document, best)  # 1-7月，…；固定资产投资增长6.3%: the part's figure, said as one
        clause = f"{part},{best.clause}" if part else best.clause
        clause += _said_after(best, item.name)  # 增长5.2%，未完成年度目标: the word is weighed with the figure
        # a hard-wrapped paragraph (lines joined): the line the figure's clause starts on, not the paragraph's first
        place = best.paragraph.at(best.paragraph.text.find(best.clause))
        item.reported[period] = Figure(clause, place, best.paragraph.text)
        if others:
            doubts.append(Doubt(item.name, "outcome", best.clause,
                                "other sentences also name it: " + " | ".join(o.clause for o in others[:3]),
                                best.paragraph.place))
    return unmatched


def _of_another_place(mention: Mention, own: tuple[str, ...]) -> bool:
    """Whether the mention's name comes right after a place other than the targets' own (起步區地區生產總值)."""
    text = mention.paragraph.text
    at = text.find(mention.clause)
    return at > 0 and another_place(text[max(0, at - 40):at], own)


#: a paragraph this short without a sentence's end is a heading (一、上半年主要经济发展目标完成情况)
_HEADING = 40


def _part_of_period(document: Document, mention: Mention) -> str:
    """The words naming part of the period that a mention's clause falls under, or "": said earlier in its sentence
    (1-7月，工业增加值增长9.8%；固定资产投资增长6.3%) or in the nearest sentence before it in its paragraph that names a
    period (上半年,…。固定资产投资增长6.3%; one naming 全年 or a year, 2024年, ends the part), or by the last heading
    before it that names a period (一、上半年主要经济发展目标完成情况; a heading naming the whole year, 全年, ends it);
    none where the clause names the whole year."""
    text = mention.paragraph.text
    at = text.find(mention.clause)
    if names_whole_period(mention.clause) or period_part(mention.clause) or at < 0:
        return ""
    end, low = at, max(0, at - _BACK)  # read back at most _BACK characters: never the whole paragraph for each mention
    while True:  # its sentence, then the ones before it in its paragraph (上半年,…。一般公共预算收入…增长1%), back to a period
        start = max(low - 1, *(text.rfind(mark, low, end) for mark in "。！？!?")) + 1
        said = period_part(text[start:end])
        if said or names_whole_period(text[start:end]) or names_year(text[start:end]):  # 2024年,… a new period
            return said
        if start <= low:
            break
        end = start - 1
    return _headings(document)[0].get(id(mention.paragraph), "")


#: the most characters read back from a mention for the part of the period its paragraph names (a paragraph's length),
#: and after a name for the words before its figure (参保大学生 of 新增就业参保大学生35万人: 5)
_BACK, _TO_FIGURE = 2_000, 64


def _headings(document: Document) -> tuple[dict[int, str], dict[int, str]]:
    """The part of the period, and the year, the last heading before each paragraph names (by the paragraph's id), read
    once a document (each mention walked every paragraph before its own: 28,000 one-line paragraphs took 96 s). A year
    is a line of a year alone (辽宁日报's lines: ``2025年`` over 2025's results, ``2026年`` over 2026's aims); a longer
    heading naming one is no date of the lines under it (a report's title, ``2026年济南市人民政府工作报告``, or its table
    of contents, ``二、2024年目标任务和主要工作`` over ``回顾2023``), and leaves it."""
    if _HEADINGS and _HEADINGS[0][0] is document:  # this very document (an equal one's paragraphs are others)
        return _HEADINGS[0][1], _HEADINGS[0][2]
    parts: dict[int, str] = {}
    years: dict[int, str] = {}
    part, year = "", ""
    for paragraph in document.paragraphs:
        parts.setdefault(id(paragraph), part)
        years.setdefault(id(paragraph), year)
        heading = flat(paragraph.text)
        if len(heading) <= _HEADING and not any(mark in heading for mark in "。！？!?"):
            part = period_part(heading) or ("" if names_whole_period(heading) else part)
        alone = heading_year(paragraph.text)
        year = alone if alone and re.fullmatch(r"\d{4}" + re.escape(lexicon().numerals.year) + "?", heading) else year
    _HEADINGS[:] = [(document, parts, years)]
    return parts, years


_HEADINGS: list[tuple[Document, dict[int, str], dict[int, str]]] = []  #: the last document's (its paragraphs' ids are its own)


@lru_cache(maxsize=8)
def _folded_paragraph(text: str) -> str:
    return fold(text).text


def _the_years_own(mention: Mention, period: str) -> Mention:
    """A sentence of a plan period's years (“十四五”期间,中山地区生产总值连续跨越3500亿元、4000亿元关口,预计2025年将突破4200亿元):
    the name's own clause gives the period's figures, and a clause after it in the sentence naming the outcome year, with
    a figure and no name of its own (预计2025年将突破4200亿元), gives the year's: that clause is the mention's figure.
    Otherwise the mention as it is (zh.yaml change_bases plan_periods, plan_spans)."""
    text = mention.paragraph.text
    at = text.find(mention.clause)
    if at < 0:
        return mention
    words = lexicon()
    bases, year = words.change_bases, f"{period}{words.numerals.year}"
    start, end = sentence_around(text, at)
    before = fold(text[start:at]).text.translate({ord(mark): None for mark in words.quotes})
    if not any(plan + span in before for plan in bases.plan_periods for span in bases.plan_spans):
        return mention
    rest = text[at + len(mention.clause):end]
    names = [s for s, _ in all_spellings() if len(s) > 1]
    for piece in re.split("[,，、]", rest):
        said = fold(piece).text
        if year in said and re.search(r"\d", said.replace(year, "")) and not any(n in said for n in names):
            return Mention(mention.spelling, mention.paragraph, piece.strip(), piece.strip())
    return mention


def _year_said(mention: Mention) -> str | None:
    """The year whose account the mention's figure is in: the nearest year before it, in its sentence or the sentences
    before it in its paragraph, that opens an account (2021年，市政府…: the year and a comma), not a comparison's base
    (比2021年), a date (2022年1月26日) or the start of a span (自2020年以来); None if there is none."""
    text = _folded_paragraph(mention.paragraph.text)  # once a paragraph: an outcome names many indicators in one
    end = text.find(fold(mention.clause).text)
    commas = "".join(w for w in clause_words().separators if w not in "。;；")
    opened = [y for y in re.finditer(r"(\d{4})" + re.escape(lexicon().numerals.year) + f"(?=[{re.escape(commas)}])",
                                     text[:max(end, 0)])]
    return opened[-1].group(1) if opened else None


def _said_after(mention: Mention, name: str) -> str:
    """The clause after a mention's, with its separator, where it is the reporter's word of that figure's outcome
    (…增长5.2%，未完成年度目标: judge.said), else "": ``evaluate`` of the sentence and the extracted cell read alike."""
    text = mention.paragraph.text
    at = text.find(mention.clause)
    end = at + len(mention.clause)
    if at < 0 or end >= len(text) or text[end] not in "，,；;":
        return ""
    stop = re.search("[，,；;。！？!?]", text[end + 1:])
    words = text[end + 1:end + 1 + stop.start()] if stop else text[end + 1:]
    return text[end] + words if words.strip() and said_of(words.strip(), name) is not None else ""


def _goes_on(mention: Mention, name: str) -> bool:
    """The mention's clause names a longer indicator than its spelling (新增就业 of 新增就业参保大学生35万人)."""
    text = folded(mention.clause)
    at = text.find(mention.spelling)
    return at >= 0 and name_goes_on(text[at + len(mention.spelling):][:_TO_FIGURE], name)  # its words before its figure


def _links(extraction: Extraction) -> dict[str, str]:
    """``与经济增长基本同步`` names the growth of GDP: link the phrase to that indicator's id when there is one."""
    phrases = set()
    for indicator in extraction.indicators:
        for figure in indicator.found.targets.values():
            sync = m.find(parse_target(figure.text), m.Sync)
            if sync is not None:
                phrases.add(sync.phrase)
    links = {}
    for phrase in phrases:
        wanted = _group_of(phrase)
        for indicator in extraction.indicators:
            if indicator.direction.measure is m.Measure.RATE and key(indicator.found.name).group == wanted \
                    and wanted is not None:
                links[phrase] = indicator.id
                break
    return links


def _group_of(phrase: str, role: str | None = None) -> int | None:
    """The synonym group of the indicator a phrase names another by: its own, else, for a word that names the role
    without being a name of that indicator (与经济发展同步, 与经济同步增长: zh.yaml sync indicators), the group of the
    role's names (zh.yaml roles: 经济增长, the GDP's)."""
    from ..language.lexicon import lexicon

    group = key(phrase).group
    if group is not None:
        return group
    role = role or lexicon().sync.indicators.get(phrase)
    named = lexicon().roles.get(role) if role is not None else None
    return next((g for g in (key(name).group for name in named.names) if g is not None), None) if named else None


def _roles(extraction: Extraction) -> dict[str, str]:
    """``高于GDP增速`` names the role economic_growth: bind it to the GDP indicator of the same document
    (a rate of the same synonym group as the phrase), which its name alone may not bind (全市生产总值)."""
    from ..language.lexicon import lexicon

    named: dict[str, str] = {}  # role -> a phrase naming it
    for indicator in extraction.indicators:
        for figure in indicator.found.targets.values():
            for node in m.nodes(parse_target(figure.text)):
                if isinstance(node, m.Reference) and node.name in lexicon().roles:
                    named.setdefault(node.name, node.phrase)
    roles = {}
    for role, phrase in named.items():
        wanted = _group_of(phrase, role)
        for indicator in extraction.indicators:
            if indicator.direction.measure is m.Measure.RATE and wanted is not None \
                    and key(indicator.found.name).group == wanted:
                roles[indicator.id] = role
                break
    return roles


def figure_source(figure: Figure) -> str:
    return str(figure.place)


__all__ = ["Extraction", "Indicator", "extract", "flat"]
