"""Part of the period a reported figure is for (前四年, 1至8月, 前11个月, 截至11月底, 上半年), the whole period named
after it (前三季度…，全年增长3.9%), and the latest of the years a sentence names: what choose.py asks before choosing a
figure (moved out of it for room; choose re-exports partial_period, period_part, names_whole_period, names_year)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import models as m
from ..language.lexicon import OutcomeWords, lexicon, per_lexicon
from ..language.normalize import fold
from ..language.numerals import numeral_chars, read_numeral
from ..language.units import match_unit


#: the characters of a plain figure (4, -12.5), which folding keeps as they are
_PLAIN = "0123456789.-"


def _plain_says_no_period() -> bool:
    """No text of plain figure characters alone can hold a word of part of the period, nor the month word."""
    words = lexicon().outcome
    return all(word.strip(_PLAIN) for word in words.partial_period) and bool(words.month.strip(_PLAIN))


_plain_no_period = per_lexicon(_plain_says_no_period)


def partial_period(reported: m.Reported) -> str:
    """The words that make a reported figure one for part of the period (前四年, 1至8月, 前11个月, 截至11月底,
    一至十一月, 1-3季度), or "" (also where the whole period is named after them: 前三季度…，全年增长3.9%)."""
    if not reported.text.strip(_PLAIN) and _plain_no_period():  # a plain figure, at once
        return ""
    return period_part(reported.text)


def period_part(source: str) -> str:
    """The words of ``source`` naming part of the period, unless the whole period is named after them, or ""."""
    text = fold(source).text
    parts = _parts_of_period(text)  # 全年增长6.5%，比前三季度回落: a comparison's base after the whole period, no part
    based = _compared(text, parts)
    parts = [p for p in parts if p not in based]
    if not parts:
        return ""
    if _whole_period_after(text, max(end for _, end, _ in parts), lexicon().outcome):
        return ""
    listed = lexicon().outcome.partial_period  # the words named in the lexicon's order (上半年 before a 1-8月 run)
    return next((word for word in listed if word in text), parts[0][2])


def _compared(text: str, parts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The parts that are a comparison's base after the whole period (全年增长6.5%，比前三季度回落), with the parts listed
    beside it (全年…增长6.6%,较一季度、上半年和前三季度分别提高…: all three) and those inside one (三季度 of 前三季度)."""
    words, based = lexicon().several, []
    joins = (*words.enumeration, *words.conjunctions)
    for part in parts:  # first first
        if text[:part[0]].endswith(lexicon().subject_trailing) and _whole_period_at(text[:part[0]], 0, lexicon().outcome) >= 0:
            based.append(part)
        elif any(b[0] <= part[0] < b[1] for b in based):
            based.append(part)
        elif based and text[max(b[1] for b in based):part[0]] in joins:  # 、上半年 / 和前三季度 after 较一季度
            based.append(part)
    return based


def names_whole_period(source: str) -> bool:
    """``source`` names the whole period (全年, not as a plan's 全年计划)."""
    return _whole_period_at(fold(source).text, 0, lexicon().outcome) >= 0


def names_year(source: str) -> bool:
    """``source`` names a year of its own (2024年，…增长5.2%), not a comparison's base (比2023年增长)."""
    text, before = fold(source).text, lexicon().subject_trailing
    years = re.finditer(r"\d{4}" + re.escape(lexicon().numerals.year), text)
    return any(not text[:year.start()].endswith(before) for year in years)


def _years_of_own(text: str) -> list[tuple[int, int]]:
    """(year, where) of each year ``text`` names of its own: not a comparison's base, a year after 比/较/同比 (zh.yaml
    subject_trailing: 比2020年增长) or before a base word (change_bases.year_base_after: 与2020年相比, 2020年基础上)."""
    words = lexicon()
    after = tuple(words.change_bases.year_base_after)
    return [(int(year.group(1)), year.start()) for year in re.finditer(r"(\d{4})" + re.escape(words.numerals.year), text)
            if not text[:year.start()].endswith(words.subject_trailing) and not text.startswith(after, year.end())
            and not _price_basis(text, year.start(), year.end())]


def _price_basis(text: str, start: int, end: int) -> bool:
    """The year at ``text[start:end]`` is inside a price basis, a word of zh.yaml ``choosing.real_growth`` written with
    a year in it (按2020年不变价格计算: 大武口区's 2022 bulletin, tests/test_documents_western.py), no year of the figure."""
    return any(text[:start].endswith(word[:cut]) and text.startswith(word[cut:], end)
               for word in lexicon().choosing.real_growth for cut in range(1, len(word)))


def other_year_at(source: str, at: int, year: int) -> int | None:
    """The year of its own ``source`` names last before the figure at ``at`` (its clause's year: 2021年国内生产总值增长8.1%),
    where it is another than ``year``, the year the caller says the text is of (evaluate's ``period=``); None where it
    names none before it (the text is then the period's) or names ``year``. A base (比2021年, 与2020年相比) is no year of
    the text's."""
    said = [named for named, where in _years_of_own(fold(source).text) if where < at]
    return said[-1] if at >= 0 and said and said[-1] != year else None


def of_earlier_year(source: str, at: int) -> bool:
    """The figure at ``at`` is an earlier year's than the one ``source`` is of: the year the text opens with (the first it
    names of its own, a bulletin's 2022年) is later than every year of its own the figure's sentence names before it (up to
    zh.yaml scope_ends). 云和's 2022 bulletin (tjgb.hongheiku.com/xjtjgb/xj2020/43861.html): 2022年,…比上年下降4.1%;…。
    …最终计算2021年全县生产总值…,比上年增长9.6%: 9.6 is 2021's revised growth, not 2022's. A base year (与2020年相比,
    比2016年) is no year of the sentence; a sentence naming no year, or the text's year or a later one, is the text's."""
    years = _years_of_own(source)
    if len(years) < 2:
        return False
    start = at - len(sentence_before(source, at))
    said = [year for year, where in years if start <= where < at]
    return bool(said) and max(said) < years[0][0]


def _parts_of_period(text: str) -> list[tuple[int, int, str]]:
    """Where the text names part of the period: (start, end, words), first first. The words of zh.yaml
    ``outcome.partial_period``, and runs of months or quarters ending before the period's last (1-11月, 一至十一月,
    1至3季度), counted from its start (前11个月, 前两个季度) or up to a month (截至11月底)."""
    words = lexicon().outcome
    found = [(at, at + len(word), word) for word in words.partial_period for at in all_at(text, word)
             if not _ends_run(text[:at]) and not _last_quarter_end(text, at, word, words)]
    quarters = words.period_parts.get("quarter", ())
    for match in _period_runs().finditer(text):
        if (match["dated"] or match["end"]) and re.match("[^0-9]*[0-9]{4}" + re.escape(lexicon().numerals.year),
                                                         text[match.end():]):
            continue  # 2026年1月发布的数据显示，2025年…: the date it was told, another year before any figure after it;
            # so a month's end (在1月末公布了2022年经济运行情况: 安徽商报 via fytv.com.cn/detail-25144.html, the eighteenth
            # set's ok018, was pending period_open on 蚌埠's 2022 growth)
        last = match["last"] or match["count"] or match["month"] or match["single"] or match["end"] or match["dated"]
        number = int(last) if last.isdigit() else read_numeral(last)  # end: 9月末; dated: 2025年12月CPI
        kind = match.group("unit") or match.group("counted") or words.month
        alone = bool(match["single"] or match["dated"])  # a month alone, the last month too
        limit = words.last_month // _MONTHS_A_QUARTER if kind in quarters else words.last_month + alone
        if number is not None and (0 < number or match.group("last") is not None) and number < limit:  # 1至0月: a run, as before
            found.append((match.start(), match.end(), match.group(0)))
    return sorted(found)


def _last_quarter_end(text: str, at: int, word: str, words: OutcomeWords) -> bool:
    """``四季度末``, ``第四季度末``, ``4季度底``: the last quarter's end is the period's (2020年四季度末城镇登记失业率为4.24%, the
    year-end rate: 中国网 on 2020's 量化指标, cmq38.cn/news/show.php?itemid=53770), no part of it, as 12月末 is not."""
    quarters = words.period_parts.get("quarter", ())
    after = text[at + len(word):]
    for unit in quarters:  # 第四季 then 度末: the rest of the quarter's word
        for cut in range(1, len(unit)):
            if word.endswith(unit[:cut]) and after.startswith(unit[cut:]):
                after = after[len(unit) - cut:]
                break
    if not after.startswith(tuple(words.period_parts.get("month_end", ()))):
        return False
    figure = "".join(char for char in word if char.isdigit() or char in numeral_chars())
    number = int(figure) if figure.isdigit() else read_numeral(figure) if figure else None
    return number == words.last_month // _MONTHS_A_QUARTER


def without_parts(text: str) -> str:
    """``text`` without the words naming part of the period (前三季度实现生产总值: 实现生产总值), as names compare names."""
    for start, end, _ in reversed(_parts_of_period(text)):
        text = text[:start] + text[end:]
    return text


def all_at(text: str, word: str) -> list[int]:
    """Every place ``word`` starts in ``text`` (overlapping ones too)."""
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


#: the months of a quarter (a calendar's, no word): the year's last quarter is its last month / 3
_MONTHS_A_QUARTER = 3


def _period_runs_pattern() -> re.Pattern[str]:
    """1-11月 / 一至十一月 / 1至3季度 (a run), 前11个月 / 前两个季度 (a count from the start), 截至11月底 (up to a month):
    built from the words of zh.yaml ``outcome`` (month_range, month; period_parts: quarter, counted_from, month_count,
    until)."""
    words = lexicon().outcome
    parts = words.period_parts

    def alternatives(items: Sequence[str]) -> str:
        return "|".join(re.escape(item) for item in sorted(items, key=len, reverse=True) if item) or "(?!)"

    number = "[0-9" + "".join(sorted(numeral_chars())) + "]+"
    units = alternatives((words.month, *parts.get("quarter", ())))
    # 1月至12月 too (the first month's 月 written): the run decides, not its last month alone (12月全市 is December's)
    run = f"{number}(?:{re.escape(words.month)})?(?:{alternatives(words.month_range)})(?P<last>{number})(?P<unit>{units})"
    counts = alternatives((*parts.get("month_count", ()), *parts.get("quarter", ())))
    counted = f"(?:{alternatives(parts.get('counted_from', ()))})(?P<count>{number})(?P<counted>{counts})"
    year = f"(?:[0-9]{{4}}{re.escape(lexicon().numerals.year)})?"  # 截至2024年9月底: the year between
    until = f"(?:{alternatives(parts.get('until', ()))}){year}(?P<month>{number}){re.escape(words.month)}"
    single = f"(?P<single>{number}){re.escape(words.month)}(?:{alternatives(parts.get('single_month', ()))})"
    end = f"(?P<end>{number}){re.escape(words.month)}(?:{alternatives(parts.get('month_end', ()))})"  # 9月末, not 12月末
    # a month of a year named before its figure's words (2025年12月CPI年增0.8%: December's, 中央社 on the 2025 release),
    # not a day of it (not_values.after: 日, 号) nor its end (9月末: ``end``), nor a run's first month (2025年1-11月)
    after = alternatives((*lexicon().not_values.after, *parts.get("month_end", ()), *words.month_range))
    named = alternatives(parts.get("year_words", ()))  # 今年10月: a month of a year named in words, as 2025年10月
    dated = (f"(?:[0-9]{{4}}{re.escape(lexicon().numerals.year)}|{named})(?P<dated>{number}){re.escape(words.month)}"
             f"(?!{after}|{number}(?:{after}))(?=.)")  # 2025年12月5日: a date; 2022年12月 alone (a caller's period=):
    # the year up to December, the year's
    return re.compile(f"{run}|{counted}|{until}|{single}|{end}|{dated}")


_period_runs = per_lexicon(_period_runs_pattern)


def whole_year_at(source: str) -> int:
    """Where ``source`` names the whole period after naming part of it (the 全年 of 前三季度…，全年增长6%), or -1."""
    return whole_year_after(source)[1]


def whole_year_after(source: str) -> tuple[int, int]:
    """Where the first part of the period :func:`whole_year_at` finds the whole named after begins, and where that whole
    is named (12月份为5.2%,全年平均5.6%: 12月份's start, 全年's), or (-1, -1). A figure before the part (全年城镇新增就业
    1186万人,…,12月份为5.2%,全年平均5.6%: the 1186) is no part's."""
    folded = fold(source)
    parts = _parts_of_period(folded.text)
    parts = [p for p in parts if p not in _compared(folded.text, parts)]  # 全年…,较一季度、上半年…提高: no part after it
    if not parts:
        return -1, -1
    at = _whole_period_at(folded.text, max(end for _, end, _ in parts), lexicon().outcome)
    if at < 0:
        return -1, -1
    return folded.span(parts[0][0], parts[0][0] + 1)[0], folded.span(at, at + 1)[0]


def whole_period_named_at(source: str) -> int:
    """Where ``source`` first names the whole period (全年, not as a plan: 全年计划), in its own offsets, or -1: a
    figure after it is the year's where one before it is a point of the year (12月末为3%,全年平均4.2%)."""
    folded = fold(source)
    at = _whole_period_at(folded.text, 0, lexicon().outcome)
    return folded.span(at, at + 1)[0] if at >= 0 else -1


def latest_year_at(source: str) -> int:
    """Where the last of two years or more a sentence names begins, where it is the latest (2021年,GDP…增速8.5%;
    2022年,GDP增速降到了1.5%: the figures before it are the year before's), else -1 (2022年…，比2021年提高; a plan
    after it, 2024年预期目标增长5.5%左右, is no outcome: ``outcome.plan``; nor is a forecast or an aim, 2023年预计增长7%,
    2023年力争增长7%, 2023年增长7%左右: ``hedges``, ``approx.after``)."""
    years = re.finditer(r"(\d{4})" + re.escape(lexicon().numerals.year), source)  # 年: zh.yaml numerals.year
    found = [(int(year.group(1)), year.start()) for year in years]
    latest = found[-1][0] if found else 0
    if not found or latest == min(year for year, _ in found) or latest < max(year for year, _ in found):
        return -1
    words = lexicon()
    later = (*words.outcome.plan, *words.hedges, *words.approx.after)
    return -1 if _has(fold(source[found[-1][1]:]).text, later) else found[-1][1]


def _whole_period_after(text: str, last: int, words: OutcomeWords) -> bool:
    """The whole period is named after the last words of a part of it (ending at ``last``: 上半年由负转正，…，全年增长
    3.9%), and not as a plan (上半年完成全年计划的55%: the 全年 of 全年计划 names the plan, the figure is still the half's)."""
    return _whole_period_at(text, last, words) >= 0


def _whole_period_at(text: str, start: int, words: OutcomeWords) -> int:
    """Where the whole period is named (not as a plan) at or after ``start``, or -1."""
    for word in words.whole_period:
        at = text.find(word, start)
        while at >= 0:
            if not any(text.startswith(plan, at) for plan in words.plan) and not _plan_amount(text, at + len(word), words):
                return at
            at = text.find(word, at + 1)
    return -1


def _plan_amount(text: str, at: int, words: OutcomeWords) -> bool:
    """A figure, its unit and a plan word at ``at`` (全年900万人目标: 1—6月,全国城镇新增就业655万人,完成全年900万人目标的
    73%, 中新网 2011): the 全年 before it names the plan with its amount, as 全年计划 does, not the period."""
    figure = re.match(r"[0-9.]+", text[at:])
    return figure is not None and text.startswith(tuple(words.plan), match_unit(text, at + figure.end()))


def _has(text: str, words: Sequence[str]) -> bool:
    return any(word in text for word in words)


def stated_period(source: str | int) -> tuple[int | None, str]:
    """The period a caller says a reported text is of (``evaluate(..., period=)``): its year, or None, and the words
    naming part of it, or "". A year or a plan period as a rules file names it (``2022``, ``"2021-2025"``: no one
    year), or text naming it (``"2022年"``, ``"2024年上半年"``, ``"1-11月"``, a table's title ``温州市2022年国民经济和
    社会发展计划执行情况（表1）``). ValueError where the text names no period, or several years.

    >>> stated_period(2022), stated_period("2021-2025"), stated_period("2024年上半年")
    ((2022, ''), (None, ''), (2024, '上半年'))
    """
    from .periods import Period  # here: periods imports nothing of this module's, but check loads it apart

    text = str(source).strip()
    try:
        period = Period.parse(text)
    except ValueError:
        pass
    else:
        return (period.start if period.is_year else None), ""
    folded = fold(text).text
    if dated := re.fullmatch(r"([0-9]{4}) *[-./] *([0-9]{1,2})", folded):  # 2022-03, 2022.3: a month, never the year
        if not 0 < int(dated[2]) <= lexicon().outcome.last_month:
            raise ValueError(f"period `{text}`: {dated[2]} is no month; give a year (2022), a plan period (2021-2025) "
                             "or a month of a year (2022-03)")
        folded = f"{dated[1]}{lexicon().numerals.year}{int(dated[2])}{lexicon().outcome.month}"
    months = _months_named(folded)
    wrong = next((words for words, number, limit, _ in months if not 0 < number <= limit), None)
    if wrong is not None:  # 2022年13月, 第5季度, Q5: a mistake, never the whole year
        raise ValueError(f"period `{text}` names `{wrong}`: no such month or quarter in a year")
    one_month = next((words for words, number, limit, dated in months if words.endswith(lexicon().outcome.month)
                      and number < limit and not dated), "")  # 2022年3月: March, part of the year (12月: the year's, as
    # 12月末 is; 1月26日, a date, as before: a title's day of release)
    part = period_part(text) or _stated_part(folded) or one_month
    years = {int(y) for y in re.findall(r"(?<![0-9])([0-9]{4})(?![0-9])", folded)}  # 2022年 / 2024上海市…报告表一
    if len(years) > 1:
        raise ValueError(f"period `{text}` names several years ({', '.join(map(str, sorted(years)))}): give one")
    if not years and not part and not names_whole_period(text):
        raise ValueError(f"period `{text}` names no period: give a year (2022), a plan period (2021-2025) "
                         "or text naming one (2024年上半年)")
    return (years.pop() if years else None), part


def _months_named(folded: str) -> list[tuple[str, int, int, bool]]:
    """Each month or quarter a caller's period names by its number (3月, 十三月, 第5季度, 1-13月's 13, Q5, H3), with the
    number, the most a year has (zh.yaml outcome.last_month, its quarters, the Q/H of ``stated``) and whether a day's
    number follows (1月26日: a date)."""
    words = lexicon().outcome
    number = "[0-9" + "".join(sorted(numeral_chars())) + "]+"
    quarter = "|".join(re.escape(w) for w in sorted(words.period_parts.get("quarter", ()), key=len, reverse=True))
    found = []
    for match in re.finditer(f"({number})({re.escape(words.month)}|{quarter or '(?!)'})", folded):
        count = int(match[1]) if match[1].isdigit() else read_numeral(match[1])
        if count is not None:
            limit = words.last_month if match[2] == words.month else words.last_month // _MONTHS_A_QUARTER
            found.append((match[0], int(count), limit, bool(re.match(number, folded[match.end():]))))
    letters: dict[str, int] = {}  # Q: 4, H: 2
    for word in words.period_parts.get("stated", ()):
        if re.fullmatch(r"[A-Z][0-9]", word):
            letters[word[0]] = max(letters.get(word[0], 0), int(word[1]))
    for match in re.finditer(r"(?<![A-Z])([A-Z])([0-9]+)(?![0-9])", folded.upper()):
        if match[1] in letters:
            found.append((match[0], int(match[2]), letters[match[1]], False))
    return found


def _stated_part(folded: str) -> str:
    """A quarter or a half as a caller names a period (Q1 2024, 2024年第四季度, 2024年4季度, 下半年: zh.yaml
    ``period_parts.stated``), or "": not counted from the year's start (前四季度, 1-4季度 are the whole year)."""
    text, words = folded.upper(), lexicon().outcome.period_parts
    return next((w for w in words.get("stated", ()) if (at := text.find(w)) >= 0 and not _ends_run(text[:at])), "")


def _ends_run(head: str) -> bool:
    """Whether a quarter or month word after ``head`` ends a run from the year's start (前四季度, 1-4季度, 一至四季度:
    zh.yaml period_parts.counted_from, then outcome.month_range after the first, 1): the run, read on its own, decides;
    a run from later in the year (3-4季度) is a part."""
    words = lexicon().outcome
    if head.endswith(tuple(words.period_parts.get("counted_from", ()))):
        return True
    mark = next((m for m in words.month_range if head.endswith(m)), None)
    if mark is None:
        return False
    first = head[: len(head) - len(mark)][-1:]
    return (int(first) if first.isdigit() else read_numeral(first)) == 1


def named_after(source: str, words: str, figure: m.Reported) -> bool:
    """Whether the part of the period ``words`` (period_part's) is another figure's, named after the chosen ``figure``:
    ``城镇调查失业率平均值5.2%，12月份为5.1%`` names December for the figure after it, and the one before is the average
    (zh.yaml ``outcome.period_parts.averaged``) or the whole period's (全年…5.2%) in its own clause, no part named before
    it (上半年，…平均增长5%: the half's; 全年目标2890亿元，1-4月…: a plan's figure, no average)."""
    number = next((span for span in figure.spans if span.role == "number"), None)
    if number is None or source[number.start:number.end] != number.text or not words or period_part(source[:number.end]):
        return False
    marks = lexicon().choosing.clause_marks
    clause = fold(source[max(source.rfind(mark, 0, number.start) for mark in marks) + 1:number.start]).text
    if not (names_whole_period(clause) or any(word in clause for word in lexicon().outcome.period_parts.get("averaged", ()))):
        return False
    folded = fold(source)
    spots = [folded.span(at, at + 1)[0] for at in all_at(folded.text, words)]
    return bool(spots) and all(at >= number.end and any(mark in source[number.end:at] for mark in marks) for at in spots)


#: the years of a plan's period where a yearly-average target names none (a 五年规划's: 十四五 is 2021-2025)
PLAN_YEARS = 5


def short_average(target: m.Constraint, reported: m.Reported, plan: bool = False) -> str:
    """The words of a figure averaged over fewer years than a yearly-average target's period (四年GDP平均增速達到6.0%,
    2021-2024年年均增长6.0%, against 地区生产总值年均增长7%以上: four years of a plan's five, the period not over), or "".
    The target's years where it states them (五年年均), else :data:`PLAN_YEARS`; a figure of as many years is judged."""
    if lexicon().numerals.year not in reported.text:  # a plain figure (most calls): no count of years, at once
        return ""
    node = next((n for n in m.nodes(target) if isinstance(n, m.Cumulative) and n.annual), None)
    if node is None and not plan or not any(ch.isdigit() for ch in reported.text):
        return ""  # ``plan``: a plan period's average (“十三五”期间产值平均增速达10%, years.plan_average) counts its years
    years = node.years if node is not None else None
    found = _years_averaged(fold(reported.text).text)
    own = None if years else _years_averaged(fold(getattr(target, "text", "") or "").text)  # 三年年均增长7%: 3
    return found[0] if found is not None and found[1] < (years or (own[1] if own else PLAN_YEARS)) else ""


def _years_averaged(text: str) -> tuple[str, int] | None:
    """The words naming a count of years a figure is averaged over, and the count: 四年…平均, 2021-2024年年均 (in one
    clause, the average word after the years; or in the next where the years' clause has no figure: 2021-2023年,地区生产总值
    年均增长6.2%, 三年来,…年均), or None."""
    words = lexicon()
    averaged = (*words.change_bases.annual, *words.outcome.period_parts.get("averaged", ()))
    year, marks = re.escape(words.numerals.year), words.choosing.clause_marks
    dash = "|".join(re.escape(word) for word in words.outcome.month_range)
    number = "[0-9" + "".join(sorted(numeral_chars())) + "]+"
    pattern = re.compile(f"(?:(?P<first>[0-9]{{4}})(?:{dash})(?P<last>[0-9]{{4}})|(?P<count>{number})){year}")
    for match in pattern.finditer(text):
        end = next((i for i in range(match.end(), len(text)) if text[i] in marks), len(text))
        if end < len(text) and not any(ch.isdigit() for ch in text[match.end():end]):  # 2021-2023年,…年均增长6.2%:
            end = next((i for i in range(end + 1, len(text)) if text[i] in marks), len(text))  # the years lead the next
        said = [text.find(word, match.end(), end) + len(word) for word in averaged if word in text[match.end():end]]
        if not said:
            continue
        if match.group("first"):
            count: int | None = int(match.group("last")) - int(match.group("first")) + 1
        else:
            digits = match.group("count")
            spelt = None if digits.isdigit() else read_numeral(digits)
            count = int(digits) if digits.isdigit() else None if spelt is None else int(spelt)
        if count is not None and 1 < count < 100:
            return text[match.start():max(said)], count
    return None


def sentence_before(text: str, at: int) -> str:
    """The words of ``text``'s sentence before ``at`` (from the last of zh.yaml ``outcome.period_parts.scope_ends``): a
    part of the period named there scopes the figure at ``at`` (12月份,全国城镇调查失业率为5.1%)."""
    ends = lexicon().outcome.period_parts.get("scope_ends", ())
    return text[max((text.rfind(end, 0, at) for end in ends), default=-1) + 1:at]
