"""A plan-execution table's row pasted whole (地区生产总值(GDP) | 亿元 | 增长7%左右 | 8029.8 | 3.7, 温州 2022): the cell that
restates the target, and a row whose one figure is that cell (| 74.5 | 年度指标: no outcome yet)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import models as m
from ..language.lexicon import lexicon
from ..language.normalize import fold
from ..language.units import match_unit
from ..models import Reason
from .figure import Pending, note


def own_cell(target: str, text: str) -> tuple[int, int] | None:
    """Where the first cell of the sentence that is the target's whole text is (start, end), or None: a plan table's row
    copied whole (地区生产总值(GDP) | 亿元 | 增长7%左右 | 8029.8 | 3.7, 温州 2022) holds its target cell, the target
    restated, not the outcome. A cell: the target's text with whitespace or an end of the text on either side (a prose
    sentence's estimate, 预计增长7%左右, has words or marks beside it). Only the first such cell: the plan's column comes
    before the outcome's, which may repeat it (常住人口城镇化率 | % | 73.3 | 73.3: the level planned, then reached)."""
    own = target.strip()
    start = text.find(own) if own else -1
    while start >= 0:
        end = start + len(own)
        if (not start or text[start - 1].isspace()) and (end == len(text) or text[end].isspace()):
            if not _row_goes_on(text[end:]):  # 实现地区生产总值1000亿元 增长8%, 全年 增长8% 规上工业增加值 增长5%: prose
                return None
            return start, end
        start = text.find(own, start + 1)
    tail = _named_tail(own, text)  # 一般公共预算收入增长8% against its row's | 增长8% |: the target less its name
    return own_cell(tail, text) if tail else plan_cell(text)


def plan_cell(text: str) -> tuple[int, int] | None:
    """Where a table row's plan cell is (start, end), where the row states a target other than the caller's: a cell of a
    row of separated cells (| , a tab, a line) that is a change verb and a figure (增长7%, 增长7%左右, 下降2.5), after the
    row's first cell and with the row going on after it (:func:`_row_goes_on`: a figure's cell, or none at all). 8 |
    地区生产总值 | 增长7% | 8.5 against 增长8% was judged on 7 (MISSED): the row's target, as 增长8%'s own cell would be;
    its outcome is 8.5. A change cell ending the row (地区生产总值 | 1000亿元 | 增长8%) is the outcome, as before. One followed
    only by amounts (地区生产总值 | 增长7.5% | 1200亿元) is the plan's cell too: a table may put the year's target before
    last year's level, and a row pasted without its title says neither its columns nor its period (pending)."""
    if not any(mark in text for mark in _ROW_MARKS):
        return None
    verbs = (*lexicon().change.up, *lexicon().change.down)
    for match in _CELLS.finditer(text):
        folded = fold(match.group()).text
        verb = next((w for w in verbs if folded.startswith(w)), "")
        if match.start() and verb and _FIGURE_CELL.match(folded, len(verb)) and text[match.end():].strip(" |\t\n") \
                and _row_goes_on(text[match.end():]):
            return match.start(), match.end()
    return None


def may_hold_own_cell(target: str, text: str) -> bool:
    """Whether ``text`` may be a table row holding a cell of ``target``'s (:func:`own_cell` of the target, of its
    named tail or of a part's text, each within the target's text): a text with a separator (whitespace, |) one of whose
    cells is found in the target's text. Such a text is read by the period its caller says (evaluate's ``period=``,
    a check's dataset period): a judge knowing no period (the stream's evaluate_table) hands it to one that does."""
    return bool(_APART.search(text)) and any(cell in target for cell in _CELLS.findall(text))


def _named_tail(own: str, text: str) -> str:
    """The first cell of a row that ends the target's text after its name (增长8% of 一般公共预算收入增长8%, the row's
    name cell before it: 一般公共预算收入 | 亿元 | 增长8% | 573.9 | -2.6), a change verb or a figure first, or ""."""
    verbs = (*lexicon().change.up, *lexicon().change.down)
    marks = lexicon().choosing.clause_marks  # 固 定资产投资…增长 13%以上,完成…增长 8% 目标: a PDF's spaced sentence, no row
    if not any(mark in text for mark in _ROW_MARKS) and any(mark in text for mark in marks):
        return ""
    for match in _CELLS.finditer(text):
        cell, folded = match.group(), fold(match.group()).text  # 增長8%: 增长's verb
        if match.start() and len(cell) < len(own) and own.endswith(cell) and any(ch.isdigit() for ch in cell) and (
                _FIGURE_CELL.match(folded) or any(folded.startswith(verb) and _FIGURE_CELL.match(folded, len(verb))
                                                  for verb in verbs)):
            name = own[: len(own) - len(cell)]
            name = fold(name).text
            return cell if name.strip() == name and not name.endswith(verbs) else ""  # 增长8% of 增长 8%: no name
    return ""


def own_cell_only(target: m.Constraint, reported: m.Reported) -> None:
    """Pending where a table row's one figure is its own target cell and the row goes on with none (常住人口城镇化率 |
    % | 74.5 | 年度指标, 温州 2024 上半年表): the target restated, no outcome (it was met by its own 74.5)."""
    if isinstance(reported, (m.Value, m.ApproxValue, m.BoundValue)) and (  # a row's cells apart (| 74.5 |, 常住人口城镇化率
            target.text.strip() in reported.text or _APART.search(reported.text.strip())):  # % 74.5 年度指标) too
        span = next((span for span in reported.spans if span.role == "number"), None)
        cell = own_cell(target.text, reported.text)
        if cell is not None and any(mark in reported.text[cell[1]:] for mark in lexicon().choosing.clause_marks):
            return  # 城镇化率达到 74.5 %，完成年度指标 (a PDF's spaces): a sentence's clause goes on, not a row's cells
        if span is not None and cell is not None and cell[0] <= span.start < cell[1]:
            raise Pending(Reason.NO_DATA, ("reported",), notes=[note("figure_set_aside_restated_target", value=span.text)])


def row_number_only(reported: m.Reported) -> None:
    """Pending where a text's one figure is the number a table row opens with (:func:`row_number`): the row's cells cut
    off (1 | 地区生产总值增速), or read as a note by an unclosed bracket (1 | 地区生产总值增速(% | 7 | 7.8). It was judged
    as the outcome, MISSED against 7以上; with several figures choose() sets the number aside as well. A lone figure
    is a row's number only where a cell mark (| or a line break, not a space: 8 完成 is a figure and its status) and a
    name follow it, no word of a figure's own (8 | 完成, 8 | 预计, 3 | 提高: zh.yaml qualitative.attest, choosing.predicates,
    change)."""
    if not isinstance(reported, m.Value):
        return
    span = next((span for span in reported.spans if span.role == "number"), None)
    if span is None or not row_number(reported.text, reported, span.start):
        return
    rest = reported.text[span.end:].lstrip(" \t")
    if rest[:1] not in ("|", "\n"):
        return
    words = lexicon()
    own = (*words.qualitative.attest, *words.choosing.predicates, *words.change.up, *words.change.down)
    if not fold(rest.lstrip(" \t\n|")).text.startswith(own):  # folded: 預計 is 预计
        raise Pending(Reason.NO_DATA, ("reported",), notes=[note("figure_set_aside_row_number", value=span.text)])


def _row_goes_on(rest: str) -> bool:
    """Whether the text after a cell goes on as a table row's: its next cell a figure (| 573.9 | -2.6, | — | 9.9), or
    no figure at all (| 暂无数据). Not at the text's end (the cell is the outcome: …1000亿元 增长8%), nor words then a
    figure (增长8% 规上工业增加值 增长5%: another clause, whose figure is no outcome of this target's)."""
    first = next((ch for ch in rest if ch.isalnum()), None)
    cell = fold(_SEPARATORS.sub("", rest, count=1)).text  # | 下降2.5 (温州's tables): a change verb and its figure
    verb = next((w for w in (*lexicon().change.up, *lexicon().change.down) if cell.startswith(w)), "")
    if verb and _FIGURE_CELL.match(cell, len(verb)):
        return True
    return first is not None and (first.isdigit() or not any(ch.isdigit() for ch in rest))


#: the separators only a table row's cells have (a pasted row's |, a web table's tabs, cells one a line)
_ROW_MARKS = ("|", "\t", "\n")
#: a separator of cells inside a text (a row's, or a PDF's spaces): own_cell_only asks own_cell only then
_APART = re.compile(r"[|\s]")
#: a table row's cells: runs of characters between its separators (| of a pasted row, spaces, tabs, lines)
_CELLS = re.compile(r"[^|\s]+")
#: the separators before a row's next cell
_SEPARATORS = re.compile(r"^[|\s]+")
#: a cell holding a figure: a number first, or a sign and a number (-2.6, −7.7)
_FIGURE_CELL = re.compile(r"[-−+]?[0-9]")


def outcome_column(target: str, text: str, wants_change: bool) -> tuple[int, int] | None:
    """Where the outcome cell of a plan table's row pasted whole is (start, end), or None: the cells after the row's own
    target cell (:func:`own_cell`) are the outcome's columns. Where the row's plan columns (the figure cells just
    before the target's, and the target's: 计划 4620 | 7以上, 温州 2015) are as many as the outcome's (4619.8 | 8.3),
    the outcome's column mirrors the target's (8.3, the growth); where the plan has the target's column alone, a cell
    of the row is a unit (| 亿元 |: a level's column) and two columns follow (完成值 | 增速: 8029.8 | 3.7), the level's is
    the first, the change's the second. Asked only where the caller knows the period the row is of (choose.py)."""
    cell = own_cell(target, text)
    if cell is None:
        return None
    cells = [(match.start(), match.end()) for match in _CELLS.finditer(text)]
    before = [c for c in cells if c[1] <= cell[0]]
    after = [c for c in cells if c[0] >= cell[1]]
    plan = 1
    for start, end in reversed(before):
        if not _FIGURE_CELL.match(text, start) or _numbered_name(text, start):
            break
        plan += 1
    if plan == len(after):  # 11000 | 12000 ‖ 12500 | 9 of a level: last year's and the target, not a level and a growth
        return None if plan > 1 and not wants_change and _alike(text, before[-1], cell) else after[plan - 1]
    united = any(match_unit(text, start) == end for start, end in before)
    if plan == 1 and len(after) == 2 and united:
        return after[1] if wants_change else after[0]
    return None


def column_figure(text: str, column: tuple[int, int] | None, found: Sequence[tuple[int, str]]) -> int | None:
    """Where the figure of the outcome's column (:func:`outcome_column`) is among a row's figures (position, text), or
    None where no column is known. :class:`Pending` where the column holds none (| 573.9 | — against 增长8%: no growth,
    573.9 is the level) or its sign was lost (573.9 -2.6 with a space or a tab between: a range's dash, read 2.6):
    never another column's figure, nor the figure without its sign."""
    if column is None:
        return None
    inside = [at for at, _ in found if column[0] <= at < column[1]]
    if not inside or (min(inside) > column[0] and text[column[0]] in "-−"):
        raise Pending(Reason.AMBIGUOUS_VALUE, (lexicon().render.join.join(shown for _, shown in found),))
    return min(inside)


def _numbered_name(text: str, start: int) -> bool:
    """Whether the cell at ``start`` is the row's number and its name (1.地区生产总值, 3、一般公共预算收入: 桐乡's 2024
    table, the fourteenth set's oq001), no plan figure: it was counted as a plan column, so the row's level was taken
    for the outcome's mirror (1347.1亿元 against 增长6.5%左右: not comparable) and its growth set aside."""
    number = _NUMBER.match(text, start)
    rest = text[number.end():number.end() + 2] if number is not None else ""
    return len(rest) == 2 and rest[0] in lexicon().row_number_marks and rest[1].isalpha()


def _alike(text: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two cells' leading figures are of one size (within ten times): two levels (11000 | 12000), where the
    plan's columns are last year's and this year's, not a level and its growth (4620 | 7以上) the outcome's mirror."""
    first, second = (_NUMBER.match(text, start) for start, _ in (one, other))
    if first is None or second is None:
        return False
    a, b = (abs(float(found.group().replace("−", "-"))) for found in (first, second))  # −1.2: a minus sign too
    return min(a, b) > 0 and max(a, b) < 10 * min(a, b)


#: a cell's leading figure (its sign and digits): 12000, -2.6, 7 of 7以上
_NUMBER = re.compile(r"[-−+]?[0-9]+(?:\.[0-9]+)?")


#: the largest whole number a table row's own number (序号) may be: a row numbered 1000 or a year (2023) is a figure
ROW_NUMBERS = 1000


def row_number(text: str, value: m.Value | m.ApproxValue | m.BoundValue, at: int) -> bool:
    """``value`` (at ``at`` in ``text``) is the number a table row pasted whole opens with (序号), no figure of the row:
    a whole number under :data:`ROW_NUMBERS` without a unit that begins the text, a space, ``|`` or a line break after
    it and then a name (1 全区生产总值(亿元) 1000 1008.5 完成, 越城's 十三五 table; 1 | 地区生产总值增速(% | 7 | 6.8). A count
    with its counter (5 家企业) has a unit; a figure the name comes before (地区生产总值 6.5) begins no row. So is the
    number of a heading or a list's item opening the text or a line, a mark of zh.yaml ``row_number_marks`` and a word
    after it (三、工业和建筑业, 龙沙's 2024 bulletin: its 3 was MET against 城镇化率提高1个百分点, a figure of no unit)."""
    if not isinstance(value, m.Value):  # 约6, 6以上: no bare row number
        return False
    quantity = value.value
    span = next((s for s in value.spans if s.role == "number"), None)
    if quantity is None or quantity.unit or span is None:
        return False
    first = at == len(text) - len(text.lstrip())
    if not first and not text[:at].rstrip(" \t").endswith("\n"):
        return False
    whole = quantity.value == quantity.value.to_integral_value() and 0 < quantity.value < ROW_NUMBERS
    marks, number = lexicon().row_number_marks, fold(span.text).text  # 1.全年增长7%, 1．: the lexer reads the mark in
    rest = text[at + len(number.rstrip(marks) or number):]  # the number's text, then its words (folded: １．)
    if whole and len(rest) > 1 and fold(rest[0]).text in marks and rest[1].isalpha():
        return True
    return first and whole and rest[:1] in (" ", "\t", "\n", "|") and rest.lstrip(" \t\n|")[:1].isalpha()

