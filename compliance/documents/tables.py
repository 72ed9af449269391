"""Indicator tables: found by their headers, read row by row into :class:`~.found.Found` indicators.

A table is an indicator table when one of its first rows names a name column (指标) and at least one
target or reported column (``2022年目标值``, ``2022年完成``, ``“十四五”规划目标值``). Columns are placed by
the words of ``data/headers.yaml``; a header without a period takes the one of the header above it
(two header rows) or the document's year.

Rows as documents print them:

* a row of one cell is a section (``“十四五”规划内指标``: ``in_plan``);
* a row with more cells than the header has sub-rows: the cells after the name are sub-labels
  (``新增学位供给数（个）`` / ``普惠性学前``), and the next rows with an empty number and name are
  further sub-rows of the same indicator, sharing its number, attribute and department;
* ``-`` (and other dashes) is no value;
* a reported cell holding only a verdict word (``完成``, ``未完成``: ``data/headers.yaml`` verdicts) is the table's
  own verdict on its row: no figure, but a claim about the row's indicator (:class:`~.claims.Statement`), compared
  with the verdict the row's figures give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..language.lexicon import lexicon
from ..language.normalize import fold
from .claims import Claimed, Statement
from .found import Doubt, Figure, Found, Unplaced
from .model import Cell, Place, Table
from .naming import direction, flat, key, split_unit
from .words import headers

_YEAR_RANGE = re.compile(r"(\d{4})\s*[-—–~～至到]\s*(\d{4})")
_YEAR = re.compile(r"(\d{4})")


@dataclass(frozen=True, slots=True)
class Column:
    role: str | None  #: number, name, unit, attribute, department, target, reported; None: not ours
    period: str | None = None
    header: str = ""
    part: str | None = None  #: level or growth: a value column split by a second header row (绝对值 | 增速(%))


def _plain(text: str) -> str:
    return re.sub(r"[“”\"'‘’《》「」\s]", "", fold(flat(text)).text)


@lru_cache(maxsize=4096)  # a text document's every short paragraph may be tried as a header cell (documents/flattened.py)
def classify(text: str) -> Column:
    """What a header cell makes of its column.

    >>> classify("2022年\\n目标值"), classify("“十四五”规划目标值").period, classify("指标\\n属性").role
    (Column(role='target', period='2022', header='2022年\\n目标值', part=None), '2021-2025', 'attribute')
    """
    plain = _plain(text)
    words = _vocabulary()
    for role in _NAMED_ROLES:
        if plain in words.columns[role]:
            return Column(role, None, text)
    period = None
    rest = plain
    match = _YEAR_RANGE.search(rest)
    if match:
        period, rest = f"{match.group(1)}-{match.group(2)}", rest.replace(match.group(0), "")
    else:
        for name, span in words.periods:
            if name in rest:
                period, rest = span, rest.replace(name, "")
                break
        else:
            match = _YEAR.search(rest)
            if match:
                period, rest = match.group(1), rest.replace(match.group(0), "")
    rest = rest.removeprefix(lexicon().numerals.year).strip()
    for role in _VALUE_ROLES:
        if rest in words.columns[role]:
            return Column(role, period, text)
    found = sorted(((len(word), role) for role, word in words.values if word in rest), reverse=True)
    if found:
        return Column(found[0][1], period, text)
    return Column(None, period, text)


_NAMED_ROLES = ("number", "name", "unit", "attribute", "department")  #: columns named by their header alone
_VALUE_ROLES = ("target", "reported")  #: columns of values, their header maybe with a period


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """data/headers.yaml's words as :func:`classify` compares them (:func:`_plain`), read once: built on every call, a
    document of 1 MB of lines of header words took ~11 s (every line tried as a header's cells, d77ca1e)."""

    columns: dict[str, frozenset[str]]  #: each role's words
    periods: tuple[tuple[str, str], ...]  #: a plan period's name and its span (“十四五” -> 2021-2025), in the data's order
    values: tuple[tuple[str, str], ...]  #: (role, word) of the target and reported words, for a header holding one
    parts: dict[str, frozenset[str]]  #: a second header row's words of each part of a value column (绝对值: level)


@cache
def _vocabulary() -> _Vocabulary:
    words = headers()
    columns = {role: frozenset(_plain(word) for word in getattr(words.columns, role)) for role in _NAMED_ROLES}
    listed = {"target": words.targets, "reported": words.reported}
    columns |= {role: frozenset(_plain(word) for word in listed[role]) for role in _VALUE_ROLES}
    periods = tuple((_plain(name), span) for name, span in words.plan_periods.items())
    values = tuple((role, _plain(word)) for role in _VALUE_ROLES for word in listed[role])
    return _Vocabulary(columns, periods, values, {part: frozenset(map(_plain, said)) for part, said in words.parts.items()})


@dataclass
class TableReading:
    found: list[Found]
    unplaced: list[Unplaced]
    doubts: list[Doubt]
    columns: list[Column]
    in_plan: bool | None = None  #: the section the table ends in (a table split across pages goes on in it)
    statements: list[Statement] = field(default_factory=list)  #: the table's own verdicts on its rows (完成)


def header_of(table: Table) -> tuple[int, list[Column]] | None:
    """The header row's index and its columns, if this is an indicator table."""
    for index, row in enumerate(table.rows[:4]):
        columns = [classify(cell.text) for cell in row]
        roles = [c.role for c in columns]
        if _corner(row, roles):  # the name column's header left empty (明光's table): the first column holds the names
            columns[0], roles[0] = Column("name", None, ""), "name"
        if "name" in roles and ("target" in roles or "reported" in roles):
            if index + 1 < len(table.rows) and (split := _parts(columns, table.rows[index + 1])) is not None:
                return index + 1, split
            return index, columns
        if "name" in roles and index + 1 < len(table.rows):
            combined = _two_rows(row, columns, table.rows[index + 1])
            if combined is not None:
                return index + 1, combined
    return None


def _corner(row: tuple[Cell, ...], roles: list[str | None]) -> bool:
    """A header whose first cell is empty and whose others are all target or reported columns, both kinds: a table's
    corner cell left blank over the names (明光's 2023 table: `` | 全年预期目标(增速%) | 预计全年完成情况(增速%)``)."""
    return (len(row) >= 3 and not row[0].text.strip() and all(r in ("target", "reported") for r in roles[1:])
            and {"target", "reported"} <= set(roles))


def _two_rows(row: tuple[Cell, ...], columns: list[Column], below: tuple[Cell, ...]) -> list[Column] | None:
    """``2022年`` over ``目标 | 完成``: the lower header's words with the upper header's periods."""
    grid: list[Column] = []
    for cell, column in zip(row, columns):
        grid.extend([column] * max(cell.span, 1))
    lower = [classify(cell.text) for cell in below]
    if not lower or any(c.role not in ("target", "reported") for c in lower if c.header.strip()):
        return None
    open_slots = [i for i, c in enumerate(grid) if c.role is None and c.period is not None]
    if len(open_slots) != len([c for c in lower if c.header.strip()]):
        return None
    combined = list(grid)
    for slot, column in zip(open_slots, (c for c in lower if c.header.strip())):
        combined[slot] = Column(column.role, grid[slot].period, f"{grid[slot].header}/{column.header}")
    return combined


_BRACKETED = re.compile(r"^(.+?)\s*[(（]([^()（）]+)[)）]$")


def _restated(name: str) -> str:
    """A name without a bracket that restates it by another name of its synonyms.yaml group (温州's 地区生产总值(GDP):
    GDP is 地区生产总值); any other bracket stays (全社会研究与试验发展经费支出占地区生产总值的比重(R&D) is kept whole
    unless R&D names the same)."""
    match = _BRACKETED.match(name)
    if match is None:
        return name
    group = key(match.group(1)).group
    return match.group(1) if group is not None and key(match.group(2)).group == group else name


def part_of(text: str) -> str | None:
    """Which part of a value column a second header row's cell names (``绝对值``: level, ``增速(%)``: growth), or None."""
    plain = _plain(text)
    return next((part for part, words in _vocabulary().parts.items() if plain in words), None)


def _parts(columns: list[Column], below: tuple[Cell, ...]) -> list[Column] | None:
    """A second header row of parts (``绝对值 | 增速(%)``) under the value columns: each value column split in two when
    the row holds two parts for each; else the last value column split by them (温州's 表1: 2022年实绩 over 绝对值 and
    增速(%), its 计划目标 over nothing: a stored copy keeps no column spans). None when the row is no such row."""
    parts = [part_of(cell.text) for cell in below if cell.text.strip()]
    if not parts or None in parts:
        return None
    values = [i for i, c in enumerate(columns) if c.role in ("target", "reported")]
    split = values if len(parts) == 2 * len(values) else values[-1:] if len(parts) == 2 else []
    if not split:
        return None
    texts = [cell.text.strip() for cell in below if cell.text.strip()]
    combined: list[Column] = []
    for at, column in enumerate(columns):
        if at not in split:
            combined.append(column)
            continue
        k = split.index(at) * 2
        combined += [Column(column.role, column.period, f"{column.header}/{texts[k + j]}", parts[k + j])
                     for j in (0, 1)]
    return combined


def _fitted(row: tuple[Cell, ...], columns: list[Column]) -> tuple[tuple[Cell, ...], str | None]:
    """A row as a stored copy of a web table writes it, fitted to the header: a section cell opening the row (``经济发展 |
    1 | 地区生产总值(GDP) | …``, the page's cell spanning the section's rows) set apart, and empty cells the copy
    collapsed at the end (``暂无数据 | |||``) taken as the empty cells they were. Rows that fit are unchanged."""
    width = len(columns)
    section = None
    number_at = next((i for i, c in enumerate(columns) if c.role == "number"), None)
    texts = [cell.text.strip() for cell in row]
    if (number_at == 0 and len(row) > width and len(row) > 1 and texts[1].isdigit() and not texts[0].isdigit()
            and texts[0]):
        section, row, texts = texts[0], row[1:], texts[1:]
    while len(row) > width and not texts[-1]:
        row, texts = row[:-1], texts[:-1]
    if 1 < len(row) < width and not texts[-1]:
        row = row + tuple(Cell("", row[-1].place) for _ in range(width - len(row)))
    return row, section


def read_table(table: Table, year: str | None = None, *, after: TableReading | None = None) -> TableReading | None:
    """The indicators of an indicator table (None when the table is not one).

    ``after`` is the reading of the table before it: when this one has the same header (a table
    split across pages, its header repeated), it goes on in that table's section.
    """
    located = header_of(table)
    if located is None:
        return None
    start, columns = located
    reading = TableReading([], [], [], columns)
    for column in columns:
        if column.role in ("target", "reported") and column.period is None:
            if year is None:
                reading.unplaced.append(Unplaced(column.header, table.place, "column without a year or plan period, "
                                                 "and the document's year is unknown; pass the year"))
            else:
                reading.doubts.append(Doubt("*", "period", year, f"column `{flat(column.header)}` names no year: "
                                            "the document's year is assumed", table.place))
    in_plan = after.in_plan if after is not None and [c.header for c in after.columns] == [c.header for c in columns] \
        else None
    parent: Found | None = None
    parent_cells: list[Cell] = []
    width = len(columns)
    # a header row ending in empty cells (2022年实绩 | |||) is a copy that wrote the page's spans as empty cells and
    # collapses them: its rows are fitted to the header; any other table's rows are read as they stand (the seed's)
    collapsed = not table.rows[0][-1].text.strip() if table.rows and table.rows[0] else False
    for row in table.rows[start + 1:]:
        section_cell = None
        if collapsed:
            row, section_cell = _fitted(row, columns)
        if section_cell is not None and (section := _section(section_cell)) is not None:
            in_plan = section
        texts = [cell.text.strip() for cell in row]
        filled = [t for t in texts if t]
        if not filled:
            continue
        if len(filled) == 1 and len(row) < width or (len(row) == 1):
            section = _section(filled[0])
            if section is not None:
                in_plan = section
            continue
        extra = len(row) - width
        if extra < 0:
            reading.unplaced.append(Unplaced(" | ".join(texts), row[0].place,
                                             f"the row has {len(row)} cells and the header {width}: cannot place them"))
            continue
        name_at = next(i for i, c in enumerate(columns) if c.role == "name")
        number_at = next((i for i, c in enumerate(columns) if c.role == "number"), None)
        cells = list(row)
        labels = cells[name_at + 1: name_at + 1 + extra]
        cells = cells[: name_at + 1] + cells[name_at + 1 + extra:]
        name_cell = cells[name_at]
        number = cells[number_at].text.strip() if number_at is not None else ""
        continuing = parent is not None and not name_cell.text.strip() and not number and labels
        if continuing:
            assert parent is not None
            base_cells = parent_cells
        else:
            base_cells = cells
        found = _indicator(columns, cells, base_cells, labels, in_plan, year)
        if found is None:
            reading.unplaced.append(Unplaced(" | ".join(texts), row[0].place, "a row without an indicator name"))
            continue
        reading.found.append(found)
        if _two_targets(columns, cells):  # 温州's 2015 row: 4620 and 7以上, a level and a growth target, each judged
            grown = _indicator(columns, cells, base_cells, labels, in_plan, year, part="growth")
            if grown is not None:
                reading.found.append(grown)
        reading.statements += _verdicts(columns, cells, found, year)
        if not continuing:
            parent, parent_cells = found, cells
    reading.in_plan = in_plan
    return reading


def _section(text: str) -> bool | None:
    plain = _plain(text)
    for word, value in sorted(headers().sections.items(), key=lambda item: -len(item[0])):
        if _plain(word) in plain:
            return value
    return None


def _two_targets(columns: list[Column], cells: list[Cell]) -> bool:
    """Whether the row's target column is split into a level and a growth (``2015年目标`` over ``绝对值 | 增速(%)``) and
    the row fills both: the row states two targets, one indicator each."""
    filled = {c.part for c, cell in zip(columns, cells)
              if c.role == "target" and c.part is not None and cell.text.strip() not in headers().empty}
    return filled == {"level", "growth"}


def _indicator(columns: list[Column], cells: list[Cell], base: list[Cell], labels: list[Cell],
               in_plan: bool | None, year: str | None, part: str | None = None) -> Found | None:
    """The row's indicator; with ``part`` (growth), the one of its split columns' growth cells, named by the name and
    the part's header (全市生产总值 and 增速(%): 全市生产总值增速, in %)."""
    def cell(role: str) -> Cell | None:
        at = next((i for i, c in enumerate(columns) if c.role == role), None)
        if at is None:
            return None
        own = cells[at] if at < len(cells) else None
        if own is not None and own.text.strip():
            return own
        return base[at] if at < len(base) and base[at].text.strip() else own

    name_cell = cell("name")
    if name_cell is None or not name_cell.text.strip():
        return None
    parent_name, unit = split_unit(name_cell.text)
    parent_name = _restated(parent_name)
    source_name = name_cell.text.strip()
    name = parent_name
    label_texts = [label.text.strip() for label in labels if label.text.strip()]
    if label_texts:
        sub_name, sub_unit = split_unit(label_texts[-1])
        source_name = " / ".join([source_name, *label_texts])
        if sub_unit is not None:
            name, unit = sub_name, sub_unit
        else:
            name = f"{parent_name}（{sub_name}）"
    unit_cell = cell("unit")
    if unit is None and unit_cell is not None and unit_cell.text.strip() not in headers().empty:
        unit = flat(unit_cell.text)
    number_cell = cell("number")
    attribute_cell = cell("attribute")
    department_cell = cell("department")
    attribute = flat(attribute_cell.text) if attribute_cell is not None else None
    if part is not None:
        header = next(c.header for c in columns if c.role == "target" and c.part == part)
        word, part_unit = split_unit(header.rsplit("/", 1)[-1])
        name, unit = f"{name}{word}", part_unit
    found = Found(
        name=name, place=(labels[-1] if label_texts else name_cell).place, origin="table",
        source_name=source_name, unit=unit,
        number=number_cell.text.strip() or None if number_cell is not None else None,
        attribute=attribute if attribute in ("约束性", "预期性") else None,
        department=(flat(department_cell.text) or None) if department_cell is not None else None,
        in_plan=in_plan,
    )
    split: dict[tuple[str, str], dict[str, Figure]] = {}  # (role, period) -> part -> the cell's figure
    for at, column in enumerate(columns):
        if column.role not in ("target", "reported") or at >= len(cells):
            continue
        text = cells[at].text.strip()
        period = column.period or year
        if text in headers().empty or period is None or column.role == "reported" and verdict(text) is not None:
            continue
        if column.part is not None:
            split.setdefault((column.role, period), {})[column.part] = Figure(text, cells[at].place)
            continue
        book = found.targets if column.role == "target" else found.reported
        book.setdefault(period, Figure(text, cells[at].place))
    for (role, period), parts in sorted(split.items(), key=lambda kv: (kv[0][0] != "target", kv[0][1])):  # targets first
        book = found.targets if role == "target" else found.reported
        if role == "target" or ("target", period) in split:  # a split target: the outcome of the same part
            chosen = parts.get(part or "level")
        else:
            growth = direction(found.name, [f.text for f in found.targets.values()]).measure.value in ("rate", "decline")
            chosen = parts.get("growth" if growth else "level")
        if chosen is not None:
            book.setdefault(period, chosen)
    return found


def verdict(text: str) -> Claimed | None:
    """What a cell holding only a verdict word says of its row (``完成``: met), or None for any other cell.

    >>> verdict("完成"), verdict("未完成"), verdict("1008.5"), verdict("基本完成")
    ('met', 'missed', None, None)
    """
    plain = _plain(text)
    for claimed, words in headers().verdicts.items():
        if plain in {_plain(word) for word in words}:
            return claimed
    return None


def _verdicts(columns: list[Column], cells: list[Cell], found: Found, year: str | None) -> list[Statement]:
    """The row's verdict cells as claims about its indicator, of the column's year, else of the latest single year
    the row gives a target for (越城's 完成情况 column names none; its targets are of 2020), else the document's."""
    years = sorted(p for p in found.targets if "-" not in p)
    found_claims = []
    for at, column in enumerate(columns):
        if column.role != "reported" or at >= len(cells) or (claimed := verdict(cells[at].text)) is None:
            continue
        text = " ".join(cell.text.strip() for cell in cells if cell.text.strip())
        period = column.period if column.period and "-" not in column.period else years[-1] if years else year
        found_claims.append(Statement(text, cells[at].place, "named", claimed, (found.name,), period=period))
    return found_claims
