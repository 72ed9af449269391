"""The schema of the word tables of the language data files (``compliance/language/data/*.yaml``): what each
section of ``zh.yaml`` holds (:class:`Lexicon`), and the tables of ``units.yaml``, ``hant.yaml`` and
``messages.yaml``. Read and cached by :mod:`compliance.language.lexicon`, which exports every name here; a word
listed under two meanings that exclude each other is refused here, by :mod:`compliance.language.clashes`.
"""

# Plain frozen tables (compliance.frozen.Table: a snapshot's tables make no pydantic class, ~40M instructions of a
# cold check), validated by pydantic models made on first validation from these annotations: no __future__ import.

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, get_args

from ..frozen import Table, check, factory

if TYPE_CHECKING:  # pragma: no cover
    from .clashes import Claim

Op = Literal["ge", "gt", "le", "lt"]


class Comparators(Table):
    before: dict[Op, tuple[str, ...]]
    after: dict[Op, tuple[str, ...]]
    #: 为 ending a ``before`` word that moves to a level (下降为, 提高为), as the range separators 到/至 end 降至, 提高到
    moved: tuple[str, ...] = ()
    #: 多 of 8000多亿元: between a figure and its unit, more than the figure (language/more_units.py)
    between: dict[Op, tuple[str, ...]] = factory(dict)


class Approx(Table):
    before: tuple[str, ...]
    after: tuple[str, ...]
    near: tuple[str, ...] = ()  #: 近 of 近2万亿元: as ``before``, only right before a figure (language/near.py)
    below: tuple[str, ...] = ()  #: 接近 of a reported 接近10万人: nearly, under the figure (language/reported.py)
    near_not: tuple[str, ...] = ()  #: 最近, 附近: words ending with a near word that say no nearly


class ReferenceEntry(Table):
    name: str
    words: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()

    @check("patterns")
    @classmethod
    def _compiles(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in value:
            re.compile(pattern)
        return value


class DirectionWords(Table):
    growth: tuple[str, ...]
    level: tuple[str, ...]


class Directions(Table):
    up: DirectionWords
    down: DirectionWords
    better: DirectionWords
    #: compared with the previous period: within a small tolerance, nearer zero, at least as high
    #: defaults made unvalidated, as validation would
    steady: DirectionWords = DirectionWords.make(growth=(), level=())
    narrower: DirectionWords = DirectionWords.make(growth=(), level=())
    at_least: DirectionWords = DirectionWords.make(growth=(), level=())
    #: 能耗, 失业率, 排放: a name's words saying lower is better (持续改善 / 持平 of it: judge/named_way.py)
    lower_names: tuple[str, ...] = ()
    not_lower: tuple[str, ...] = ()  #: 达标 of 排放达标率: after a lower word, the name is another's


class Sync(Table):
    patterns: tuple[str, ...]
    indicators: dict[str, str]

    @check("patterns")
    @classmethod
    def _has_ref_group(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in value:
            if "ref" not in re.compile(pattern).groupindex:
                raise ValueError(f"sync pattern {pattern!r} needs a named group (?P<ref>...)")
        return value


class Role(Table):
    """What a target names that is another indicator of the plan (``economic_growth``): the indicator
    names that bind it in a plan without an explicit ``role:``. Never a plan's indicator id: a plan binds
    a role (``role:`` on an indicator, :mod:`compliance.plans.roles`)."""

    names: tuple[str, ...] = ()


class FloorStretch(Table):
    """保8%、争9%: the figure after a floor word is the threshold, the one after a stretch word an aim.
    Matched on whole words next to a figure, never lexer words (保 is also the first character of 保持)."""

    floor: tuple[str, ...] = ()
    stretch: tuple[str, ...] = ()
    better: tuple[str, ...] = ()  #: 更好 of 、争取实现更好的结果: an aim in words after a stretch word


class BaseTimes(Table):
    """The words of a level stated as times the base year's (是2020年的1.5倍)."""

    copulas: tuple[str, ...]
    possessive: str
    times: str


class Change(Table):
    up: tuple[str, ...]
    down: tuple[str, ...]
    marks: dict[Literal["up", "down"], tuple[str, ...]] = factory(dict)  #: ▼2.0: a table's sign of a change figure
    #: 两位数 -> 10: a word standing for a growth of at least that many % (保持两位数增长), no numeral of its own
    magnitudes: dict[str, Decimal] = factory(dict)
    #: 倍 -> 100: after a change verb and a numeral, the numeral times this is a change in % (增长1.5倍: 150%)
    multiples: dict[str, Decimal] = factory(dict)
    multiples_more: tuple[str, ...] = ()  #: 多 of 增长1倍多: more than the multiple (> 100%)
    base_times: BaseTimes | None = None  #: 是2020年的1.5倍: a level as times the base year's


class ChangeBases(Table):
    """What a change is measured from, read off the words right before the change verb."""

    since_previous: tuple[str, ...]
    previous_year: tuple[str, ...]  #: 上年, 去年: the previous year inside since_previous (比上年 -> 比2022年)
    annual: tuple[str, ...]
    plan_periods: tuple[str, ...] = ()  #: 十三五 of “十三五”期间产值平均增速达10%: a plan's name (judge/years.py)
    plan_spans: tuple[str, ...] = ()  #: 期间 after it: the whole period's target, never one year's
    plan_average: tuple[str, ...] = ()  #: 平均 of “十三五”期间产值平均增速: the period's yearly average, as 年均
    #: 翻一番 -> 1: the level is 2^n times the base (read as tokens)
    doubling: dict[str, int] = factory(dict)
    #: after a leading year, the words making it the base (2020年基础上增长10%); else it is the target's own year
    year_base_after: tuple[str, ...] = ()
    index: tuple[str, ...] = ()  #: 居民消费价格指数: an indicator of the previous period as 100 (103: a rise of 3%)


class QualitativeWords(Table):
    """Predicates of targets without a figure (基本平衡), and the reported words that attest one (实现)."""

    predicates: tuple[str, ...]
    attest: tuple[str, ...]
    states: tuple[str, ...] = ()  #: 形势 of 就业形势保持总体稳定: a state's direction is a quality (targets.py)
    #: higher / lower / either -> the words comparing a figure's sentence with its target (高于预期目标, judge/words.py)
    beats: dict[str, tuple[str, ...]] = factory(dict)
    beaten: tuple[str, ...] = ()  #: the target so compared (预期目标, 年度目标)


class Tasks(Table):
    actions: tuple[str, ...]
    complete: tuple[str, ...]
    task_nouns: tuple[str, ...]
    listed: tuple[str, ...] = ()  #: 指标 of 固定资产投资、一般公共预算收入2项指标完成…: the listed indicators' count's noun
    some: tuple[str, ...] = ()  #: 部分 of 部分指标未完成: some indicators, none in particular
    every: tuple[str, ...] = ()  #: 均 of 任务均已完成: all the tasks, none in particular (judge/said.py)


class ReportedWords(Table):
    attested: tuple[str, ...]
    not_available: tuple[str, ...]
    missing: tuple[str, ...]
    note_markers: tuple[str, ...]
    note_separator: str
    flat: tuple[str, ...] = ()  #: 与上年持平: the whole cell says no change (a change of 0)
    since: tuple[str, ...] = ()  #: 由/从 before the previous figure (由2.15降至2.1), matched on a plain word's end
    stated: tuple[str, ...] = ()  #: 为 between a bracket's label or year and its figure (（2021年为2.15）)
    estimate: tuple[str, ...] = ()  #: 全年, 预计, 有望 before an attestation (全年可完成, 有望完成): when, how sure
    particles: tuple[str, ...] = ()  #: 了 between a change word and its figure (增长了6.4%): the change is read past it
    preliminary: tuple[str, ...] = ()  #: 初步统计 of 6.5初步统计: the figure is preliminary, still judged


class NotValues(Table):
    after: tuple[str, ...]
    before: tuple[str, ...]


class Measures(Table):
    rate: tuple[str, ...]
    decline: tuple[str, ...]


class Numerals(Table):
    """Numbers written in characters: 五千, 一万二千, 二〇三五, 三点五, 百分之六."""

    digits: dict[str, int]
    small_units: dict[str, int]
    big_units: dict[str, int]
    point: str
    percent: str
    ratio: tuple[str, ...] = ()  #: the marks of a ratio (2.48:1, 2.5∶1): X:1 is the figure X, another no figure
    per_mille: str = ""  #: 千分之四点五 = 4.5‰
    fraction: str = ""  #: 三分之一 = one third, a share read in % (33.3…%)
    year: str
    #: words that, written directly before a figure, are its minus sign as ``-`` is (负2, 增长负2%, 负二)
    minus: tuple[str, ...] = ()
    named: tuple[str, ...] = ()  #: 强 of 世界500强: a figure right before it, without a unit, is a name's (the top 500)
    #: 级 of 万亿级产业集群: after a figure and its unit, a class of size (a name's words), no amount
    classed: tuple[str, ...] = ()
    #: ○ written for 〇: a zero after a digit (一四○), or between a point or 百分之 and a numeral (百分之○点一)
    zeros: tuple[str, ...] = ()

    @check()
    def _single_characters(self) -> "Numerals":
        chars = [*self.digits, *self.small_units, *self.big_units, self.point]
        odd = [char for char in chars if len(char) != 1]
        if odd:
            raise ValueError(f"numerals are read one character at a time, got {', '.join(odd)}")
        if len(set(chars)) != len(chars):
            raise ValueError("a numeral character is listed twice")
        signs = [word for word in self.minus if not word or word[0] in chars or word[0].isdigit() or word[0] in "-+."]
        if signs:
            raise ValueError(f"a minus word must not begin as a figure does, got {', '.join(map(repr, signs))}")
        return self


class Punctuation(Table):
    """Characters, after folding full-width forms (（ -> ( ), that open or close a bracket or separate phrases."""

    opening: str
    closing: str
    marks: str


class RenderForms(Table):
    """How each constraint kind is written back; ``{names}`` are filled in by ``render.py``."""

    bound: str
    level: str
    level_reach: str
    horizon: str
    range: str
    approx: str
    reference: str
    reference_inline: str
    reference_margin: str
    sync: str
    sync_loose: str
    revised: str
    provisional: str
    change: str
    change_years: str
    change_since: str
    change_previous: str
    change_annual: str
    doubling: str
    cumulative: str
    task: str
    task_complete: str
    task_amount_complete: str = "{action}{amount}"


class Render(Table):
    ops: dict[Op, str]
    relations: dict[Literal["reach", "ge", "gt", "le", "lt", "complete"], str]
    change: dict[Literal["up", "down"], str]
    join: str  #: joins the items of a list written into a text (several figures, several years)
    forms: RenderForms

    @check()
    def _complete(self) -> "Render":
        for name, table, keys in (
            ("ops", self.ops, get_args(Op)), ("relations", self.relations, ("reach", "ge", "gt", "le", "lt", "complete")),
            ("change", self.change, ("up", "down")),
        ):
            absent = [key for key in keys if key not in table]
            if absent:
                raise ValueError(f"render.{name} needs a word for {', '.join(absent)}")
        return self


class SeveralWords(Table):
    """Lists in one sentence: the marks between items, 分别 / 均 and the clause marks."""
    enumeration: tuple[str, ...]
    conjunctions: tuple[str, ...]
    respectively: tuple[str, ...]
    each: tuple[str, ...]
    copulas: tuple[str, ...]
    not_distributive: tuple[str, ...]
    clauses: tuple[str, ...]
    render_separator: str
    #: 与 of 研究与试验发展经费支出: a conjunction inside one name where the text has one figure
    name_joiners: tuple[str, ...] = ()
    #: 新建 / 改造 of 新建和改造提升高标准农田20万亩: actions a list of which, before one name, is one target
    actions: tuple[str, ...] = ()
    #: 且 of ≥90 且无危险废物排放: a word that begins a trailing clause where no clause mark does
    joiners: tuple[str, ...] = ()
    pairs: dict[str, tuple[str, ...]] = factory(dict)  #: 城乡 -> 城镇, 农村: one word naming a 分别 list's subjects
    wholes: tuple[str, ...] = ()  #: 居民 of 居民人均可支配收入: a name, no word of a pair before it, of the pair's whole
    #: 容量 of 风电、光伏和生物质发电装机容量: the end of a name beside choosing.heads / measure (one combined indicator)
    name_ends: tuple[str, ...] = ()
    totals: tuple[str, ...] = ()  #: 负担 of 减轻企业税收和社保缴费负担: one name of a total, no list (several.py)


class RankTops(Table):
    """进入全国65强: an entry word, then a ranking's end of a figure and a top word (language/targets.py top_rank)."""

    words: tuple[str, ...] = ()  #: 强 of 65强
    entries: tuple[str, ...] = ()  #: 进入, 跻身


class ClassWords(Table):
    """A class of a quality scale, a lower class better (水质保持Ⅲ类): language/classes.py."""

    mark: str = ""  #: 类
    levels: dict[str, int] = factory(dict)  #: III -> 3 (Ⅲ folded), 三 -> 3
    worse: tuple[str, ...] = ()  #: 劣 of 劣Ⅴ类: the class below the numeral's
    better: tuple[str, ...] = ()  #: 达到或好于: "or better", the comparator at most
    nouns: tuple[str, ...] = ()  #: 水质 of Ⅲ类水质: may end the text after the class


class OutcomeWords(Table):
    """Completion ratios, attested shortfalls in reported text (language/reported.py): folded text, no lexer words."""

    plan: tuple[str, ...]
    negation: tuple[str, ...]
    of: str
    excess: tuple[str, ...] = ()  #: 超任务数的40.5%: the share over the plan (140.5% done)
    excess_between: tuple[str, ...] = ()  #: 年度, 全年: between an excess word and the plan (超过年度计划的5%)
    gap: tuple[str, ...]
    more_than: tuple[str, ...]
    more_than_unit: str
    partial_period: tuple[str, ...]
    whole_period: tuple[str, ...] = ()  #: 全年 after a partial_period word: the figure is the whole period's
    flat: tuple[str, ...]
    short: dict[str, tuple[str, ...]] = factory(dict)  #: said: 部分完成 (a shortfall); unsure: 基本完成 (no attestation)
    month_range: tuple[str, ...]
    month: str
    last_month: int
    #: parts of the year: 1至3季度 (quarter), 前11个月 (counted_from, month_count), 截至11月底 (until); judge/choose.py
    period_parts: dict[str, tuple[str, ...]] = factory(dict)


class ChoosingWords(Table):
    """How the judge chooses the figure of a sentence with several (judge/choose.py): never lexer words."""

    clause_marks: str
    comparison: tuple[str, ...]
    restated_target: tuple[str, ...]
    continues: tuple[str, ...]
    real_growth: tuple[str, ...]
    real_not: tuple[str, ...] = ()  #: 实际使用(外资): a name's words holding a real-growth word, no real growth
    nominal_growth: tuple[str, ...]
    nominal_names: tuple[str, ...] = ()  #: 社会消费品零售总额: a growth target of it is nominal unless it says 实际
    rate_words: tuple[str, ...]
    predicates: tuple[str, ...]
    per_capita: tuple[str, ...]
    #: other spellings of one name's words (GDP = 地区生产总值), made one before names are compared
    synonyms: dict[str, str] = factory(dict)
    heads: tuple[str, ...] = ()  #: the words an indicator's name ends with (增加值, 收入, 能耗): which one a clause names
    share: tuple[str, ...] = ()  #: 占, 相当于: a figure after it is a share of what follows (占固定资产投资的50.7%)
    measure: tuple[str, ...] = ()  #: 天数比例, 浓度, 率: a measure's words, never what it is of (names.unnamed_apart)
    elided: tuple[str, ...] = ()  #: 增加值, 总量 alone in a clause: of the subject before (names.elided_subject)
    scopes: tuple[str, ...] = ()  #: 规模以上, 限额以上: which units are counted; one name with, one without: two indicators
    sources: tuple[str, ...] = ()  #: 根据, 据: a clause saying where the figures come from (choose._named_without_figure)
    narrowing: tuple[str, ...] = ()  #: 民间, 制造业, 二三产: a word narrowing a name makes another indicator (narrowed.py)
    narrowing_whole: dict[str, str] = factory(dict)  #: 外商直接投资: 外资, 工业技改: 技改: a name of the whole (narrowed.py)
    bases: tuple[tuple[str, ...], ...] = ()  #: [户籍, 常住]: a name on one base is no name on another (narrowed.py)
    alone: dict[str, str] = factory(dict)  #: 经济: 地区生产总值: a target's name that is the word alone (target_name.py)
    region: tuple[str, ...] = ()  #: 地区 of 地区生产总值: what a place's own name before it stands for (whole_names.py)
    own_place: tuple[str, ...] = ()  #: 省 of 浙江省: the endings of a place's own name
    zones: tuple[str, ...] = ()  #: 高新区, 园区, 县域: a zone within a place, never the place itself


class Lexicon(Table):
    """The words of one language (``language/data/zh.yaml``)."""

    comparators: Comparators
    reach: tuple[str, ...]
    approx: Approx
    hedges: tuple[str, ...]
    range_separators: tuple[str, ...]
    references: tuple[ReferenceEntry, ...]
    level_labels: dict[str, str]
    directions: Directions
    sync: Sync
    roles: dict[str, Role] = factory(dict)
    revisions: tuple[str, ...]
    provisional: tuple[str, ...]
    cumulative: tuple[str, ...]
    period_brackets: str  #: [15], 〔13.5〕, 【18】: a total over the plan period
    framing: tuple[str, ...]
    period_leads: tuple[str, ...] = ()  #: 全年 of 全年生產總值增長12%以上: the target's period, no part of the name (leads.py)
    conjunction_leads: tuple[str, ...] = ()  #: 以及 of 以及“415X”…突破10万亿元: no part of the name (leads.py)
    conjunction_leads_parted: tuple[str, ...] = ()  #: 并 of 并实现…: only where the lexer parted it (leads.py)
    statement_leads: tuple[str, ...] = ()  #: 明确 of 明确地区生产总值年均增长5%以上: before a figure only (leads.py)
    verb_adverbs: tuple[str, ...] = ()  #: 再 of 今年再減少農村貧困人口1000萬以上: before a verb, no part of a name
    modal_ends: tuple[str, ...] = ()  #: 要 of 內蒙古要完成地區生產總值…: words before a reach word, no subject (sentences.py)
    glosses: tuple[str, ...]
    subject_trailing: tuple[str, ...]  #: 比 of 能耗比2020年下降: not part of the subject
    subject_marks: str  #: 服务业增加值：增长8%: the mark after a table row's name
    #: 吉林官方制定的2017年预期目标是, …: a mark ending the words opening a list of targets where no figure is before it
    opening_ends: str = ""
    row_number_marks: str = ""  #: 1.地区生产总值, 3、一般公共预算收入: the mark after a table row's number, before its name
    quotes: str  #: “十三五”: a number in quotation marks names something
    floor_stretch: FloorStretch = FloorStretch.make()
    reference_assessed: tuple[str, ...] = ()  #: 全省平均水平综合考核: assessed against the reference
    reference_sides: dict[str, tuple[str, ...]] = factory(dict)  #: 比全市平均水平高: gt/lt
    qualitative: QualitativeWords
    plain_words: tuple[str, ...] = ()  #: 增加值: read whole as plain text, never the change 增加 inside it
    ranks: tuple[str, ...] = ()  #: 前 / 第 of 前40位, 第3位: a position, at most the figure (never lexer words)
    rank_counters: tuple[str, ...] = ()  #: 位 / 名 after a rank's figure (前三位): a numeral there is the rank's figure
    rank_places: tuple[str, ...] = ()  #: 第 of 第3位: one place (a reported rank), where 前3 is at most 3
    rank_tops: RankTops | None = None  #: 进入全国65强: among the first 65, at most the 65th place
    classes: ClassWords = ClassWords.make()  #: 水质保持Ⅲ类: a class, a lower one better (never lexer words)
    change: Change
    change_bases: ChangeBases
    tasks: Tasks
    reported: ReportedWords
    not_values: NotValues
    measures: Measures
    numerals: Numerals
    punctuation: Punctuation
    several: SeveralWords
    choosing: ChoosingWords
    outcome: OutcomeWords
    render: Render

    def claims(self) -> Iterator["Claim"]:
        """Every word the lexer reads, with the meaning it gives the word and where the file lists it."""
        from .clashes import Claim, claimed  # asked by validation only: a snapshot's tables never load clashes.py

        for position, by_op in (("before", self.comparators.before), ("after", self.comparators.after)):
            for op, words in by_op.items():
                yield from claimed(words, f"comparators.{position}.{op}", f"op_{position}", op)
        yield from claimed(self.reach, "reach", "reach")
        yield from claimed(self.approx.before, "approx.before", "approx_before")
        yield from claimed(self.approx.after, "approx.after", "approx_after")
        yield from claimed(self.hedges, "hedges", "hedge")
        yield from claimed(self.range_separators, "range_separators", "rsep")
        for entry in self.references:
            yield from claimed(entry.words, f"references.{entry.name}", "ref", entry.name)
        for label, name in self.level_labels.items():
            yield Claim(label, f"level_labels.{label}", "level_label", name)
        for way in ("up", "down", "better", "steady", "narrower", "at_least"):
            words = getattr(self.directions, way)
            yield from claimed(words.growth, f"directions.{way}.growth", "direction", f"{way}:growth")
            yield from claimed(words.level, f"directions.{way}.level", "direction", f"{way}:level")
        yield from claimed(self.revisions, "revisions", "revise")
        yield from claimed(self.provisional, "provisional", "provisional")
        yield from claimed(self.cumulative, "cumulative", "cumulative")
        yield from claimed(self.framing, "framing", "framing")
        yield from claimed(self.glosses, "glosses", "gloss")
        yield from claimed(self.qualitative.predicates, "qualitative.predicates", "qualitative")
        yield from claimed(self.plain_words, "plain_words", "plain")
        yield from claimed(self.change.up, "change.up", "change", "up")
        yield from claimed(self.change.down, "change.down", "change", "down")
        for word, size in self.change.magnitudes.items():
            yield Claim(word, f"change.magnitudes.{word}", "magnitude", str(size))
        for word, times in self.change_bases.doubling.items():
            yield Claim(word, f"change_bases.doubling.{word}", "doubling", str(times))
        yield from claimed(self.tasks.actions, "tasks.actions", "action")
        yield from claimed(self.tasks.complete, "tasks.complete", "complete")
        yield from claimed(self.tasks.task_nouns, "tasks.task_nouns", "task_noun")
        yield from claimed(self.reported.attested, "reported.attested", "attested")
        yield from claimed(self.reported.not_available, "reported.not_available", "not_available")
        yield from claimed(self.reported.note_markers, "reported.note_markers", "note_marker")

    @check()
    def _one_reading_per_word(self) -> "Lexicon":
        from .clashes import claimed, clashes

        measures = (*claimed(self.measures.rate, "measures.rate", "measure", "rate"),
                    *claimed(self.measures.decline, "measures.decline", "measure", "decline"))
        problems = clashes((*self.claims(), *measures))
        if problems:
            raise ValueError("; ".join(problems))
        return self

class Units(Table):
    """Units and multipliers (``language/data/units.yaml``)."""

    multipliers: dict[str, Decimal]
    dimensions: dict[str, dict[str, Decimal]]
    compound: tuple[str, ...] = ()
    about_at_most: dict[str, Decimal] = {}  #: the most 左右 tolerates around a level of a dimension (units.yaml)
    #: 兆: 万亿 of 140兆1,879億元: a word read as a multiplier only before a figure in a smaller one (units.yaml)
    mixed: dict[str, str] = {}


class Hant(Table):
    pairs: str

    @check("pairs")
    @classmethod
    def _pairs(cls, value: str) -> str:
        for item in value.split():
            if len(item) != 2:
                raise ValueError(f"expected pairs of two characters, got {item!r}")
        return value

    def table(self) -> dict[int, str]:
        return {ord(item[0]): item[1] for item in self.pairs.split() if item[0] != item[1]}


class Messages(Table):
    """Explanation templates by language (``language/data/messages.yaml``)."""

    zh: dict[str, object] = factory(dict)
    en: dict[str, object] = factory(dict)

