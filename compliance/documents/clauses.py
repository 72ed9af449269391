"""Sentences: target paragraphs (主要预期目标是：…) into indicator + target clauses, and outcome sentences.

Targets: a lead-in (``data/clauses.yaml``) opens them; the rest of its paragraph, or the paragraphs
after it that start ``…方面：``, is split into clauses at ``；，。`` (outside brackets). In each clause the
target starts at the earliest word of ``target_starts`` or number whose remainder the grammar reads
(``地区生产总值`` | ``增长5.5%左右``); ``A、B分别达到X、Y`` gives A X and B Y. A clause the grammar cannot read
is listed as unplaced, never guessed.

Outcomes: every name of every indicator (its synonyms too) is found in the text, longest first; the
figure of an indicator is the clause from its name to the next ``，`` plus the clauses that continue it
(``比上年增长3.0%``). The engine picks the number in the indicator's unit from that text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .._api import parse_target
from ..language.lexicon import lexicon
from ..language.normalize import fold, nfkc
from .found import Doubt, Figure, Found, Unplaced
from .items import list_items
from .model import Document, Paragraph, Place
from .naming import all_spellings, flat, key, target_unit
from .places import own_places, without_place
from .words import clause_words, day_of_year, synonyms, year_named

_HEADING = 16  # a heading naming a year is at most this long (2024 新重庆 开新局)
YEAR_UNKNOWN = "the year of these targets is unknown; pass the year"


_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(?:-|/|年)(\d{1,2})(?:-|/|月)(\d{1,2})(?!\d)")
LONGEST_CLAUSE, LONGEST_SENTENCE = 200, 2_000  #: read as targets (6x the pairs' longest), around a name: cost^2


def document_year(document: Document) -> str | None:
    """The year a document is about, from its first lines: the date it bears (``时间:2021-03-05``, a work
    report's 今年), else the first year it names (``2023年政府工作报告``)."""
    head = [fold(paragraph.text).text for paragraph in document.paragraphs[:6]]
    for text in head:
        date = _DATE.search(text)
        if date and 1 <= int(date.group(2)) <= 12 and 1 <= int(date.group(3)) <= 31:
            return date.group(1)
    for text in head:
        match = year_named().search(text)
        if match:
            return match.group(1)
    return None


@dataclass(frozen=True, slots=True)
class Clause:
    text: str
    place: Place
    quote: str
    attribute: str | None = None  #: 约束性 / 预期性, from the heading of a list of targets
    dated: bool = True  #: the sentence names its year (2023年…主要预期目标是), rather than 今年 or nothing


def _pieces(text: str, separators: tuple[str, ...]) -> Iterator[str]:
    """``text`` cut at the separators that are outside brackets."""
    depth = 0
    start = 0
    for index, raw in enumerate(text):
        char = (nfkc(raw) or raw) if ord(raw) > 0x7F else raw  # a copy's small forms (﹔ ﹐, 湟中区 2024) are the marks they fold to
        if char in "（(【[":
            depth += 1
        elif char in "）)】]":
            depth = max(0, depth - 1)
        elif depth == 0 and char in separators:
            yield text[start:index]
            start = index + 1
    yield text[start:]


def _clause_pieces(body: str) -> Iterator[str]:
    """The clauses of a body of targets (:func:`_cut`); a clause that only raises the one before it (``一般公共预算收入
    确保增长5%，力争增长6%``: 力争 and a target, no name) or gives its growth (``经济总量力争实现6400亿元，同比增长7.5%左右``)
    stays with it, as the grammar reads such a pair."""
    words = clause_words()
    # what may follow 力争 in such a clause: a figure, or a word starting a target that cannot lead a name (增长, 达到;
    # not 实现: 力争实现地区生产总值增长7% names its own indicator)
    starts = [fold(w).text for w in words.target_starts if w not in words.name_lead_words]
    previous: str | None = None
    end = 0  # where the last piece ends in the body: a joined pair keeps the copy's own mark between them (`,` or `，`)
    for piece in _cut(body):
        text = fold(piece).text.strip()
        word = next((w for w in (*words.aspirations, *words.comparisons) if text.startswith(w)), None)
        grows = next((w for w in words.growth_clauses if text.startswith(w) and text[len(w):][:1].isdigit()), None)
        word = word or grows  # 突破1万亿元，增长10%: the growth of the level before it
        rest = text[len(word):] if word else ""
        at = body.find(piece, end) if piece else -1
        between, end = (body[end:at], at + len(piece)) if at >= 0 else ("，", end)
        if previous is not None and word and (rest[:1].isdigit() or any(rest.startswith(s) for s in starts)):
            previous += (between or "，") + piece
            continue
        if previous is not None:
            yield previous
        previous = piece
    if previous is not None:
        yield previous


def _cut(body: str) -> Iterator[str]:
    """A body of targets cut at the separators, and after a qualifier that a name follows without a comma
    (``4.3%左右居民人均可支配收入的增长…``)."""
    words = clause_words()
    qualifiers = "|".join(re.escape(q) for q in sorted(words.list_qualifiers, key=len, reverse=True))
    possessive = "|".join(re.escape(word) for word in words.possessives) or "(?!)"
    # 分别增长5.5%左右和6%左右: a value of the same list follows (和 and a figure), no name
    values = "|".join(re.escape(word) for word in words.value_separators) or "(?!)"
    for piece in _pieces(body, tuple(words.separators)):
        piece = _closed(piece)
        start = 0
        for match in re.finditer(f"(?:{qualifiers})(?=[\u4e00-\u9fff])(?!{possessive})(?!(?:{values})\\d)", piece):
            figure = [m.end() for m in re.finditer(r"\d", piece[start:match.start()])]
            if not figure or words.list_separator in piece[start + figure[-1]:match.start()]:
                continue  # 规模以上工业增加值: a word, not a figure's qualifier (…增长5%以上、规模以上工业增加值…: after 、)
            yield piece[start:match.end()]
            start = match.end()
        yield from _listed(piece[start:])


def _closed(piece: str) -> str:
    """A list of targets closed by 等 and the kind of what it listed (``…、粮食产量500亿斤左右、单位地区生产总值能耗完成
    国家下达任务等经济社会发展预期目标完成情况进行监测和督导``, 辽宁's 2025 分工方案) ends at 等: what follows names the
    targets, states none. A list with no figure before 等 is a kind of indicators named (``生态环境质量、能源、水资源等指标``)
    and stays whole."""
    words = clause_words()
    at = piece.find(words.list_end)
    if at < 0 or not re.search(r"\d", piece[:at]) or words.list_separator not in piece[:at] \
            or not any(kind in fold(piece[at:]).text for kind in words.list_kinds):
        return piece
    return piece[:at]


def _listed(piece: str) -> list[str]:
    """A clause listing targets with their own names, joined by ``、`` (``固定资产投资增幅16%以上、规上工业产值增幅13%以上``),
    cut into one clause each; a list of names or of values (``城镇、农村居民…分别增长4.3%、5.7%``, ``突破3600亿元、增长10%``)
    stays whole."""
    words = clause_words()
    parts = list(_pieces(piece, (words.list_separator,)))
    if len(parts) < 2 or words.respectively in piece:
        return [piece]
    openers = [fold(w).text for w in (*words.target_starts, *words.continuations)]
    out, figure = [[parts[0]]], re.search(r"\d", fold(parts[0]).text)  # figure: out[-1] holds one (never folded again)
    for part in parts[1:]:
        text = fold(part).text.strip()
        # after a whole target in words (居民人均可支配收入增长与经济增长基本同步、粮食产量500亿斤左右) a named figure starts anew
        named = ((figure or _a_whole_target(out[-1])) and re.search(r"\d", text) and not re.match(r"[\d.]", text)
                 and not any(text.startswith(o) for o in openers))
        split = split_clause(part.strip()) if named else None
        if split and all(len(flat(name)) >= 2 for name, _ in split) or _after_a_whole_target(out[-1], text, openers):
            out.append([part])
        else:
            out[-1].append(part)  # joined once at the end: a growing string copied at every 、 costs its square
        figure = re.search(r"\d", text) or (figure if len(out[-1]) > 1 else None)
    return [words.list_separator.join(group) for group in out]


def _after_a_whole_target(group: list[str], text: str, openers: list[str]) -> bool:
    """A part with no figure after a group that is one named target on its own starts a clause of its own
    (``外贸进出口总额实现正增长、实际使用外资稳中提质``, 江苏 2024: two indicators, the second's target in words)."""
    if re.search(r"\d", text) or any(text.startswith(o) for o in openers):
        return False
    return _a_whole_target(group)


def _a_whole_target(group: list[str]) -> bool:
    """Whether a group of list parts is one named target on its own."""
    split = split_clause(group[0].strip()) if len(group) == 1 else None
    return split is not None and len(split) == 1 and len(flat(split[0][0])) >= 2


def target_clauses(document: Document, year: str | None) -> tuple[list[Clause], list[Unplaced], dict[int, str]]:
    """The clauses of the document's target paragraphs, and the period of each (by clause index)."""
    words = clause_words()
    clauses: list[Clause] = []
    unplaced: list[Unplaced] = []
    periods: dict[int, str] = {}
    paragraphs = document.paragraphs
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        folded = fold(paragraph.text)
        lead = _lead(folded.text) or _aim_heading(folded.text)
        if lead is None:
            index += 1
            continue
        lead_start, at = lead
        labelled = next((a for a in words.attributes if a in folded.text[lead_start:at]), None)  # 预期性指标：
        before = folded.text[:at]
        years = year_named().findall(before)
        period = years[-1] if years else year
        rest = folded.text[at:]
        colon = re.search(r"[:：]", rest)
        body_start = at + colon.end() if colon and colon.start() < 20 else at
        if body_start == at and re.search(r"\w", rest) and not re.search(r"\d", rest):
            index += 1  # a headline that names the targets (主要预期目标公布), not a paragraph stating them
            continue
        source_start, _ = folded.span(body_start, min(body_start + 1, len(folded.text))) if body_start < len(folded.text) else (len(paragraph.text), 0)
        bodies: list[tuple[Paragraph, str, str | None]] = [(paragraph, paragraph.text[source_start:], labelled)]
        follow = index + 1
        while follow < len(paragraphs):
            text = paragraphs[follow].text
            head = re.match(r"^[^：:]{1,12}[：:]", text)
            if head and fold(head.group(0)).text.rstrip("：:").endswith(fold(words.continuation_ending).text):
                bodies.append((paragraphs[follow], text[head.end():], None))
                follow += 1
                continue
            if any(fold(text).text.startswith(fold(w).text) for w in words.continuation_starts):
                bodies.append((paragraphs[follow], text, None))  # 力争固定资产投资增幅16%以上、…: still targets
                follow += 1
                continue
            break
        if len(bodies) == 1 and not re.search(r"\w", folded.text[body_start:]):
            # `主要预期目标是：` and then a list, one target a line
            items, follow = list_items(paragraphs, index + 1)
            if items and not _a_list(items[0][1]):  # a headline or a sentence naming the targets (内蒙古确定今年…的主要
                index += 1  # 预期目标; …给出了…主要预期目标。) over a date line or last year's figures (过去一年,…): no list
                continue
            bodies += items
        for owner, body, attribute in bodies:
            folded_body = fold(body).text
            ends = [folded_body.find(fold(w).text) for w in words.lead_outs if fold(w).text in folded_body]
            if ends:  # 。为实现上述目标，…: the work to reach the targets, cut at the same place of the source
                body = body[:fold(body).span(min(ends), min(ends) + 1)[0]]
            for piece in _clause_pieces(body):
                piece = piece.strip()
                if not piece or not re.search(r"\S{2,}", piece):
                    continue
                if period is None:
                    unplaced.append(Unplaced(piece, owner.place, YEAR_UNKNOWN))
                    continue
                periods[len(clauses)] = period
                clauses.append(Clause(piece, owner.at(owner.text.find(piece)), owner.text, attribute, dated=bool(years)))
        index = follow
    return clauses, unplaced, periods


def _lead(text: str) -> tuple[int, int] | None:
    """Where the longest lead-in the folded paragraph holds starts and ends, grown over a lead-in overlapping its end
    (``发展主要预期目标`` then ``主要预期目标是``: 2023年河北经济社会发展主要预期目标是地区生产总值增长6%左右 names
    地区生产总值, not 是地区生产总值)."""
    leads = [fold(w).text for w in clause_words().lead_ins]
    found = lead_ins_at(text)
    if not found:
        return None
    start, end = min(found, key=lambda span: (span[0] - span[1], span[0]))  # the longest, then the first
    grown = True
    while grown:
        grown = False
        for word in leads:
            at = text.find(word, max(0, end - len(word) + 1))  # an occurrence ending after the lead-in's end
            if 0 <= at < end and at + len(word) > end:
                end, grown = at + len(word), True
    return start, end


def lead_ins_at(text: str) -> list[tuple[int, int]]:
    """Where each lead-in of clauses.yaml occurs in the folded text (start, end), but for one whose clause ends in a word
    of lead_claims: ``经济社会发展主要目标任务顺利完成`` (安徽's 2026 report, digipub.cc) says the targets were met, it
    introduces none (its ``发展主要目标`` is no lead-in, and the figures after it are outcomes)."""
    words = clause_words()
    separators = "".join(words.separators)
    found = []
    for word in {fold(w).text for w in words.lead_ins}:
        for match in re.finditer(re.escape(word), text):
            clause = re.split(f"[{re.escape(separators)}]", text[match.end():], maxsplit=1)[0]
            if not any(clause.endswith(fold(w).text) for w in words.lead_claims):
                found.append((match.start(), match.end()))
    return sorted(found)


def unnumbered(line: str) -> str:
    """A heading line without its ordinal (``二、``, ``（二）``: clauses.yaml list_numbers), which opens no year."""
    numbers = re.escape(clause_words().list_numbers)
    return re.sub(f"^(?:[{numbers}]{{1,3}}[、.．]|[(（][{numbers}]{{1,3}}[)）])\\s*", "", line)


def _aim_heading(text: str) -> tuple[int, int] | None:
    """A heading line of a year and a stated aim only (``2023年預期目標`` over a bullet list, 湖北 2023: clauses.yaml
    stated_aims; ``二、2025年主要目标任务`` over one target a line, 安徽 2025: aim_headings, numbered or not), read as a
    lead-in ending its line; None for any other paragraph."""
    words = clause_words()
    line = unnumbered(text.strip()).rstrip(":：")
    year = re.match(r"(20\d{2}|19\d{2})(?!\d)", line)
    rest = line[year.end():] if year else ""
    if year is None or len(line) > _HEADING or re.search(r"\d", rest) or any(s in rest for s in words.separators) \
            or not any(rest.endswith(fold(w).text) for w in (*words.stated_aims, *words.aim_headings)):
        return None
    return 0, len(text)


def _lists_an_aim(sentence: str, clause: str) -> bool:
    """Whether the one readable clause of a sentence lists a stated aim's targets: it opens with a word of clauses.yaml
    aim_lists right after a clause naming the aim (…提出了2024年新的预期目标,其中包括地区生产总值增长6%左右)."""
    words = clause_words()
    folded = fold(clause).text
    at = sentence.find(folded)
    if at <= 0 or not any(folded.startswith(fold(w).text) for w in words.aim_lists):
        return False
    before = sentence[:at].rstrip("".join(words.separators))
    previous = before[max(before.rfind(s) for s in words.separators) + 1:]
    return any(fold(w).text in previous for w in words.stated_aims)


def _a_list(first: str) -> bool:
    """Whether the first paragraph after a lead-in that ends its line opens a list of targets: it states one the grammar
    reads and does not speak of the past (clauses.yaml past_markers: 过去一年,… is last year's outcomes)."""
    folded = fold(first).text
    return not any(fold(w).text in folded for w in clause_words().past_markers) \
        and any(split_clause(p.strip()) for p in _clause_pieces(first) if p.strip())


def split_clause(clause: str) -> list[tuple[str, str]] | None:
    """``地区生产总值增长5.5%左右`` -> [(``地区生产总值``, ``增长5.5%左右``)]; None when no target is read.

    >>> split_clause("食品、药品安全监测抽检合格率分别达到98.5%、99%以上")
    [('食品安全监测抽检合格率', '达到98.5%以上'), ('药品安全监测抽检合格率', '达到99%以上')]
    >>> split_clause("城镇新增就业1200万人左右")
    [('城镇新增就业', '1200万人左右')]
    """
    words = clause_words()
    folded = fold(clause)
    text = folded.text
    if day_of_year().match(text) or len(text) > LONGEST_CLAUSE:
        return None  # 1月5日上午: a date, not an indicator 1月 with a target 5日上午
    candidates = sorted({m.start() for w in words.target_starts for m in re.finditer(re.escape(fold(w).text), text)}
                        | {m.start() for m in re.finditer(r"\d", text)}
                        | {m.start() for m in re.finditer(re.escape(words.sync_start), text)
                           if any(w in text[m.start():] for w in (words.sync_word, *lexicon().reference_assessed))})
    names = _names_ending_in_a_start()
    plain = [(m.start(), m.end()) for w in lexicon().plain_words for m in re.finditer(re.escape(w), text)]
    for at in candidates:
        if at < 2 or text[at - 1].isdigit() or text[at - 1] == ".":
            continue
        if any(start <= at < end for start, end in plain):
            continue  # 人口自然增长率: a word of the name (language plain_words), no start of a target
        if any(text.startswith(name, at - len(prefix)) and text[:at].endswith(prefix) for prefix, name in names):
            continue  # 经济增长6%左右: 增长 ends the name 经济增长 here, the target is 6%左右
        start, _ = folded.span(at, at + 1)
        name, target = clause[:start].strip(), clause[start:].strip()
        if fold(_clean_name(name)).text in words.name_lead_words:
            continue  # 力争|实现地区生产总值增长7%: 实现 opens the name here, not the target
        listed = _respectively(name, target)
        if listed is not None:
            return listed
        if parse_target(target).kind != "unrecognized":
            return [(part, target) for part in _shared(_clean_name(name))]
    return None


def _shared(name: str) -> list[str]:
    """``一般公共预算收入、城乡居民收入`` (one target for both) -> each name; ``食品、药品抽检合格率`` -> 食品抽检合格率
    and 药品抽检合格率 (a short part takes the last name's tail)."""
    parts = [part.strip() for part in _pieces(name, (clause_words().list_separator,))]
    if len(parts) < 2 or any(len(part) < 2 for part in parts) or clause_words().list_end in parts[-1]:
        return [name]  # ``生态环境质量、能源、水资源等指标``: a kind of indicators, not a list of them
    last = parts[-1]
    return _completed(parts)


def _completed(parts: list[str]) -> list[str]:
    """The names of a list written with their common part once, at the end: a short part takes the last name's tail
    (``城镇、农村居民人均可支配收入``: 城镇居民人均可支配收入); a part as long as the last's head takes its shared ending
    (``民间投资、产业投资、工业投资占比``: 民间投资占比, not the investment itself)."""
    last = parts[-1]
    ending = next((e for e in clause_words().shared_endings if fold(last).text.endswith(e)), None)
    names = []
    for part in parts[:-1]:
        if len(part) * 2 < len(last):
            names.append(part + last[len(part):])
        elif ending is not None and not fold(part).text.endswith(ending):
            names.append(part + last[len(last) - len(ending):])
        else:
            names.append(part)
    return names + [last]


@cache
def _names_ending_in_a_start() -> tuple[tuple[str, str], ...]:
    """Indicator names of the synonyms that end with a word that may start a target (``经济增长``), as
    (the name before that word, the whole name)."""
    starts = [fold(w).text for w in clause_words().target_starts]
    found = []
    for spelling, _ in all_spellings():
        for start in starts:
            if spelling.endswith(start) and len(spelling) > len(start):
                found.append((spelling[: -len(start)], spelling))
    return tuple(found)


def _clean_name(name: str) -> str:
    words = clause_words()
    name = unnumbered(name.strip())  # 一、对地区生产总值增长5%以上: an item's ordinal opens no name
    for bullet in sorted(words.list_bullets, key=len, reverse=True):  # 主要預期目標——地區生產總值增長7.5%: no dash in it
        if name.startswith(bullet) and len(name) > len(bullet) + 1:
            name = name[len(bullet):]
            break
    year = year_named().match(fold(name).text)
    if year and len(name) > year.end() + 1:  # 2023年西安市GDP增长7%左右: the year is the target's, not the name's
        name = name[fold(name).span(year.end(), year.end() + 1)[0]:]
    changed = True
    while changed:
        changed = False
        for word in sorted(words.name_lead_words, key=len, reverse=True):
            if fold(name).text.startswith(word) and len(name) > len(word) + 1:  # 實現GDP: 实现 (one character each)
                name, changed = name[len(word):], True
    for word in sorted(words.name_trailing_words, key=len, reverse=True):
        if fold(name).text.endswith(word) and len(name) > len(word) + 1:
            name = name[: -len(word)]
    # 对地区生产总值增长5%以上、…进行监测和督导: 对 before a known name introduces it (对外贸易 keeps its 对)
    lead = next((w for w in words.name_lead_prepositions if fold(name).text.startswith(w)), "")
    if lead and key(flat(name[len(lead):]).strip("：:、 ")).group is not None:
        name = name[len(lead):]
    return name.strip("：:、 ")


def _respectively(name: str, target: str) -> list[tuple[str, str]] | None:
    words = clause_words()
    # compared folded, so a traditional copy's 城鄉…分別 is the 城乡…分别 it spells (xinjiang-2023)
    cleaned = fold(_clean_name(name))
    pair = next((k for k in words.respectively_pairs if cleaned.text.startswith(k)), None)
    said = fold(target)
    # 城乡居民人均可支配收入增速分别达到8%左右、10%左右: the measure before 分别 belongs to each name (西藏 2022 执行情况)
    lead = next((e for e in synonyms().growth_endings if said.text.startswith(e + words.respectively)), "")
    # 城镇和农村居民人均可支配收入分别增长4.3%、5.3% (中新网 on 辽宁's 2026 report): names joined by 和 as by 、
    joined = "|".join(re.escape(s) for s in words.value_separators) or "(?!)"
    anded = words.list_separator not in name and pair is None and len(re.split(joined, name)) > 1
    if not said.text.startswith(lead + words.respectively) or (words.list_separator not in name and pair is None
                                                                 and not anded):
        return None
    measure = target[:said.span(0, len(lead))[1]] if lead else ""
    rest = target[said.span(0, len(lead) + len(words.respectively))[1]:]
    values = re.split("|".join(re.escape(s) for s in (words.list_separator, *words.value_separators)), rest)
    if anded:
        parts = [_clean_name(part) for part in re.split(joined, name)]
    elif words.list_separator in name or pair is None:
        parts = [_clean_name(part) for part in name.split(words.list_separator)]
    else:  # 城乡居民人均可支配收入: 城镇居民… and 农村居民…
        tail = _clean_name(name)[cleaned.span(0, len(pair))[1]:]
        parts = [half + tail for half in words.respectively_pairs[pair]]
    single = len(values) == 1 and not anded  # 进出口总额、实际利用外资、引进外省到位资金分别增长20%左右 (贵州 2015): each the one value
    if len(values) != len(parts) and not single or any(len(part) < 2 for part in parts):
        return None
    verb = re.match(r"^\D*", values[0]).group(0)  # type: ignore[union-attr]
    values = [values[0][len(verb):], *values[1:]] * (len(parts) if single else 1)
    qualifier = next((q for q in words.list_qualifiers if values[-1].endswith(q)), "")
    names = [name + measure for name in _completed(parts)]
    targets = [verb + (value if value.endswith(qualifier) else value + qualifier) for value in values]
    if any(parse_target(t).kind == "unrecognized" for t in targets):
        return None
    return list(zip(names, targets))


def paragraph_targets(document: Document, year: str | None,
                      guessed: bool = False) -> tuple[list[Found], list[Unplaced], list[Doubt]]:
    """Indicators stated in the document's target paragraphs. ``guessed``: ``year`` is the document's
    (:func:`document_year`), not the caller's; a target whose sentence names no year is then doubtful."""
    clauses, unplaced, periods = target_clauses(document, year)
    found: list[Found] = []
    doubts: list[Doubt] = []
    places = own_places(document)
    if not clauses and not unplaced and not document.tables:
        clauses, periods = _sentences_of_targets(document, year, None if guessed else year)
        doubts += [Doubt(c.text, "paragraph", c.text, "read without a lead-in (主要预期目标是：) from a sentence that "
                         "states several targets", c.place) for c in clauses]
    for number, clause in enumerate(clauses):
        split = split_clause(clause.text)
        if split is None:
            unplaced.append(Unplaced(clause.text, clause.place, "no target the grammar reads in this clause"))
            continue
        for name, target in split:
            name = without_place(name, places)  # 襄陽經濟總量: the document's own place opens the name
            if len(flat(name)) < 2:
                unplaced.append(Unplaced(clause.text, clause.place, "no indicator name before the target"))
                continue
            period = periods[number]
            found.append(Found(
                name=flat(name), place=clause.place, origin="paragraph", source_name=name, attribute=clause.attribute,
                unit=target_unit([target]), targets={period: Figure(target, clause.place, clause.text)},
            ))
            if len(split) > 1:
                doubts.append(Doubt(flat(name), "name", flat(name), f"one of a list `{clause.text}`", clause.place))
            if guessed and not clause.dated:
                doubts.append(Doubt(flat(name), "period", period, f"the sentence names no year: {period} is the year "
                                    "the document's first lines give; pass the year if it is another", clause.place))
    return found, unplaced, doubts


def heading_year(text: str) -> str | None:
    """The year a short heading opens with (``2023年``, ``2024 新重庆 开新局``, ``2024年工作安排``, numbered or not:
    ``一、2024年工作回顾``): a line with no separator and no other figure; None for any other paragraph."""
    folded = unnumbered(fold(text).text.strip())  # 一、2024年工作回顾: the year's results under a numbered heading
    match = re.match(r"(20\d{2}|19\d{2})(?!\d)", folded)
    if match is None or len(folded) > _HEADING or re.search(r"\d", folded[match.end():]) \
            or any(s in folded for s in clause_words().separators):
        return None
    return match.group(1)


_heading_year = heading_year  # the name tests/test_documents_s25.py holds


def _sentences_of_targets(document: Document, year: str | None,
                          given: str | None = None) -> tuple[list[Clause], dict[int, str]]:
    """A document without a lead-in or a table (a news report of the targets): the sentences in which
    two clauses or more read as targets, unless they speak of the past (去年…, or a year before ``given``, the
    caller's year of the targets: 2022年,…预计全年地区生产总值增长6%左右 in 2023's report); and a paragraph that
    states one target a sentence, three or more and nothing else (大连 2021: 全市地区生产总值增长6.5%左右。
    全员劳动生产率增长6%。…). A sentence naming no year goes on in the year of the one before it in its paragraph
    (2022年,…。全年新引进亿元以上项目1403个: still 2022), and a paragraph naming none in the year of the last heading that
    names one (a news site's lines: ``2023年`` over 2023's results, ``2024 新重庆 开新局`` over 2024's aims). A sentence
    calling its one figure a stated aim (``地区生产总值预期目标增长6%左右``) states a target on its own."""
    words = clause_words()
    clauses: list[Clause] = []
    periods: dict[int, str] = {}
    headed: str | None = None  # the year the last heading naming one gave
    for paragraph in document.paragraphs:
        sentences: list[tuple[str, list[str], bool]] = []  # (period, readable pieces, dated)
        heading = heading_year(paragraph.text)
        if heading is not None:
            headed = heading
            continue
        said: str | None = headed  # the year the paragraph's last dated sentence named (or its heading's)
        for sentence in re.split(r"(?<=[。！？!?])", paragraph.text):
            if not sentence.strip():
                continue
            folded = fold(sentence).text
            if any(fold(w).text in folded for w in words.lead_outs):  # 对于实现…这一“目标”，…: the effort, and after it
                break
            years = year_named().findall(folded)
            said = years[0] if years else said
            period = said or year
            readable = [p.strip() for p in _clause_pieces(sentence) if p.strip() and split_clause(p.strip())]
            past = given is not None and period is not None and period < given
            if any(fold(w).text in folded for w in words.past_markers) or period is None or past:
                readable = []
            # one clause stating a level and its growth as an aim (力争实现6400亿元，同比增长7.5%左右) states two targets
            if len(readable) == 1 and any(fold(w).text in folded for w in words.target_markers) \
                    and any(parse_target(re.sub(f"^({'|'.join(words.aspirations)})", "", fold(t).text)).kind == "several"
                            for _, t in split_clause(readable[0]) or ()):
                readable = readable * 2
            # one figure called a stated aim (地区生产总值预期目标增长6%左右) is a target said as such
            if len(readable) == 1 and any(fold(w).text in fold(readable[0]).text for w in words.stated_aims):
                readable = readable * 2
            if len(readable) == 1 and _lists_an_aim(folded, readable[0]):  # 预期目标,其中包括地区生产总值增长6%左右
                readable = readable * 2
            sentences.append((period or "", readable, bool(said)))
        a_list = len(sentences) >= 3 and all(readable for _, readable, _ in sentences)
        for period, readable, dated in sentences:
            if len(readable) < 2 and not a_list:
                continue
            readable = list(dict.fromkeys(readable))
            for piece in readable:
                periods[len(clauses)] = period
                clauses.append(Clause(piece, paragraph.at(paragraph.text.find(piece)), paragraph.text, dated=dated))
    return clauses, periods
