"""Measure the engine on the real corpus: how many targets it reads, how many probes it judges right.

    python tests/corpus/measure.py            # the figures, of each set of files
    python tests/corpus/measure.py --wrong    # and every target not read, every probe judged wrong,
                                              # every outcome sentence whose figure or verdict is wrong

Four sets of files: ``targets.tsv`` / ``outcomes.tsv`` (the first collection), ``targets_local.tsv`` /
``outcomes_local.tsv`` (cities, districts and counties, collected later) and ``targets_third.tsv`` /
``outcomes_third.tsv`` (targets and outcome sentences of documents and places in neither, collected apart:
the targets' probes are not the outcome rows' targets), and ``targets_fourth.tsv`` (targets of special plans,
counties and districts, traditional characters and English translations) and ``targets_fifth.tsv`` /
``outcomes_fifth.tsv`` (work-report sentences and bulletins of north-western places: 兰州, 包头, 宁夏, 霸州 ...) and
``outcomes_sixth.tsv`` (outcome sentences only: 广西, 西宁, 青海, 株洲, several figures a sentence) and
``targets_seventh.tsv`` / ``outcomes_seventh.tsv`` (western and north-eastern provinces, prefectures, banners and
counties: 新疆, 西藏, 吉林, 辽宁, 汉中, 果洛 ...) and ``targets_eighth.tsv`` / ``outcomes_eighth.tsv`` (central and eastern
prefecture cities and counties: 赣州, 荥阳, 正定, 嘉兴, 青岛, 漯河, 湖口, 宜都 ...) and ``targets_ninth.tsv`` /
``outcomes_ninth.tsv`` (plan-execution tables row by row, south-western and coastal places: 温州, 佛山, 贵阳, 昆明, 海口 ...) and
``targets_tenth.tsv`` / ``outcomes_tenth.tsv`` (north-western, north-eastern and autonomous-region places: 山南, 柳州, 白银,
海东, 银川, 鄂尔多斯 ...; farming, tourism, culture, ecology and trade targets) and ``targets_eleventh.tsv`` /
``outcomes_eleventh.tsv`` (the south-west, the south and the districts of 上海, 天津 and 重庆: 惠州, 乐山, 曲靖, 三亚, 浦东 ...) and
``targets_twelfth.tsv`` / ``outcomes_twelfth.tsv`` (the north and the east, outcomes favoured: 长治, 潍坊, 常熟, 张家口, 洛阳 ...) and
``targets_thirteenth.tsv`` / ``outcomes_thirteenth.tsv`` (the centre and the north-west, counties first: 紫阳, 平利, 黄龙, 中宁, 靖安,
子长, 中阳 ...; 2024-2026 reviews against the year's targets) and ``targets_fourteenth.tsv`` / ``outcomes_fourteenth.tsv``
(the south and the east, counties and districts first: 桐乡's table, 吴中, 吴兴, 白云, 通化县, 儋州, 博罗, 南安 ...; first sight
60/60 read, 118/120 probes, 29/40 outcomes, none wrong; with three later batches measured apart, now 83/83, 164/166, 55/58)
and ``targets_fifteenth.tsv`` / ``outcomes_fifteenth.tsv`` (the north, the north-east and the west, districts and county-level
places first: 红桥, 河北区, 东丽, 黄浦's 2021 table, 荣成, 特克斯, 伊州 ...; first sight 56/60 read, 112/120 probes, 43/45 outcomes,
none wrong; after the first fixes 58/60, 116/120, 44/45; with a second and a third batch 69/71, 138/142, 54/54;
now 71/71, 142/142, 54/54)
and ``targets_sixteenth.tsv`` / ``outcomes_sixteenth.tsv`` (a short batch of 2026 work reports: 四川, 福建, 安徽, 广东 and the
nation's 十五五 indicators, the reviews of 芦山, 通川, 长沙县 and 蓬江 against their province's targets; first sight 33/34 read,
66/68 probes, 19/19 outcomes, none wrong; after the 实施 fix 34/34, 68/68, and 20/20 with one outcome added)
and ``targets_seventeenth.tsv`` / ``outcomes_seventeenth.tsv`` (prefecture cities, districts and counties of 湖北, 湖南, 江西, 山西,
河北, 吉林, 海南, 云南 and 贵州: 张湾, 娄星, 黄冈, 黄州, 宜春's targets; 四平, 上饶, 九江, 琼海, 琼中, 晋中, 吉安, 保定, 十堰 ... against
their province's or the nation's target of the same year; first sight 43/45 read, 84/90 probes, 29/35 outcomes, after the
与市保持一致 fix and two relabels 44/45, 86/90, 31/35; with a quoted plan period read as a lead 32/35; with a second batch
(first sight 21/23, 41/46, 9/13, two wrong verdicts: growths since 2016 MET as a year's) and its fixes 66/68, 130/136, 43/48;
with og043 relabelled (strict 同步) 44/48; with a quoted slogan read as
plain words 67/68, 132/136, 44/48, seven leftovers, one a wrong verdict of a part; with
places sharing one figure judged once (og021, stop 28) 45/48, six leftovers)
and ``targets_eighteenth.tsv`` / ``outcomes_eighteenth.tsv`` (prefecture cities, districts, county-level cities and a town of
江苏, 安徽 and 浙江 with reviews of 广西, 内蒙古 and 甘肃 cities: 阜阳, 盐城, 丽水, 泰州, 扬州 and 桃源's targets; 东台, 亭湖, 泰兴,
镇江, 蚌埠, 呼伦贝尔, 庆阳, 贵港 ... against their own, their province's or the nation's target of the same year; first sight
38/39 read, 76/78 probes, 26/31 outcomes, none wrong; the figures after the fixes in README.md beside this file)
and ``targets_nineteenth.tsv`` / ``outcomes_nineteenth.tsv`` (counties, districts, a banner and towns: 平江, 云霄, 土右旗, 米东,
魏集, 洪畴, 安化's targets and 内蒙古's 2022 ones; plan-execution reports and reviews of 魏县, 东安, 余杭, 炎陵, 梁子湖, 湖南 ...
against their own, their province's or the nation's target of the same year; first sight 50/55 read, 97/110 probes, 22/28
outcomes, one wrong verdict (城乡居民收入增长6%和8%以上 missed for 6.5 and 8.5); now 53/55, 104/110, 28/30)
and ``targets_twentieth.tsv`` / ``outcomes_twentieth.tsv`` (prefecture cities, districts and county-level cities of the
north-west, the north-east and the south-west: 宝鸡, 酒泉, 渭南, 铜川, 巴中, 雁江 and 资阳's targets; 伊春, 南充, 遂宁, 龙井, 和田,
四方台 ... against their own or the nation's target of the same year; first sight in two batches 10/10 read, 20/20 probes,
20/24 outcomes and 32/34, 64/68, 8/10, none wrong; now 43/44, 86/88, 30/34);
their figures are printed apart. A row of the second or third set
may carry a ``leftover`` column: an expected failure, with the reason it is one
(a phrasing of one plan the engine does not read, or one it reads with too little). Marked rows still
count as failures in the figures; ``--wrong`` lists them apart, and a marked row the engine now gets
right is reported so its mark can go (``tests/corpus/test_corpus_local.py`` fails on either surprise).

``tests/test_corpus_real.py`` asserts the same figures against the goals of the README. A probe is
``VALUE[|previous=P][|NAME=R]=>VERDICT`` (see README.md beside this file): ``previous`` is the level of
the year before, any other name a reference value (``economic_growth``: the role the language names).

An outcome row (``outcomes.tsv``) paired with a target (``target`` and ``verdict`` not ``-``) is
right when the sentence, judged against its target, gives the analyst's verdict and the figure a
person would pick (``expected_value``; several joined by ``、`` for a list target, compared with
the verdict's parts in order; ``-`` when no figure is to be picked).
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Probe:
    value: str
    expected: str
    previous: str | None = None
    references: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class TargetRow:
    id: str
    text: str
    source: str
    polarity: str  # higher / lower / - (qualitative)
    unit: str
    probes: tuple[Probe, ...]
    note: str
    leftover: str = ""  #: an expected failure, with its reason ("" where the row must be right)

    @property
    def qualitative(self) -> bool:
        return self.polarity == "-"


def _probe(text: str) -> Probe:
    value_part, _, expected = text.rpartition("=>")
    value, *extras = value_part.split("|")
    previous = None
    references: dict[str, str] = {}
    for extra in extras:
        name, _, number = extra.partition("=")
        if name == "previous":
            previous = number
        else:
            references[name] = number
    return Probe(value=value, expected=expected.strip(), previous=previous, references=references)


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n")


def load_targets(path: Path = HERE / "targets.tsv") -> list[TargetRow]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            TargetRow(
                id=row["id"], text=_unescape(row["text"]), source=row["source"], polarity=row["polarity"],
                unit=row["unit"], note=row.get("note") or "",
                probes=tuple(_probe(p) for p in row["probes"].split(";") if p.strip()),
                leftover=row.get("leftover") or "",
            )
            for row in rows
        ]


@dataclass(frozen=True)
class OutcomeRow:
    id: str
    text: str
    target: str
    polarity: str
    expected_value: str
    verdict: str
    note: str
    leftover: str = ""  #: an expected failure, with its reason
    #: the period a plan-execution table's title names (its rows, pasted alone, state none): evaluate's ``period=``
    period: str | None = None


def _table_period(doc: str) -> str | None:
    """The title of a plan-execution table (…计划执行情况(表1 …)), which names the period its rows are of, as a person
    judging the table knows it; None for any other document (a work report's title names the year it is given in)."""
    return doc if "执行情况" in doc and "表" in doc else None


def load_outcomes(path: Path = HERE / "outcomes.tsv") -> list[OutcomeRow]:
    """The outcome rows paired with a target and a verdict (the others cannot be judged)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            OutcomeRow(
                id=row["id"], text=_unescape(row["text"]), target=_unescape(row["target"]),
                polarity=row["polarity"], expected_value=row["expected_value"], verdict=row["verdict"],
                note=row.get("note") or "", leftover=row.get("leftover") or "", period=_table_period(row.get("doc") or ""),
            )
            for row in rows
            if row["target"] != "-" and row["verdict"] != "-"
        ]


@dataclass
class Figures:
    targets: int = 0
    read: int = 0
    probes: int = 0
    right: int = 0
    unread: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    outcomes: int = 0
    outcomes_right: int = 0
    outcomes_wrong: list[str] = field(default_factory=list)
    #: ids of the rows that failed (a target not read, a probe or an outcome judged wrong)
    failed: set[str] = field(default_factory=set)

    @property
    def outcome_share(self) -> float:
        return self.outcomes_right / self.outcomes if self.outcomes else 0.0

    @property
    def read_share(self) -> float:
        return self.read / self.targets if self.targets else 0.0

    @property
    def right_share(self) -> float:
        return self.right / self.probes if self.probes else 0.0


def is_read(row: TargetRow) -> bool:
    """Read: a known kind; a qualitative reading counts only for a qualitative target."""
    import compliance

    kind = compliance.parse_target(row.text).kind
    if kind == "unrecognized":
        return False
    if kind == "qualitative":
        return row.qualitative
    return True


def _polarity(column: str) -> str | tuple[str, ...]:
    """``higher/lower``: one polarity per part of a list target whose indicators differ (employment, unemployment)."""
    return tuple(column.split("/")) if "/" in column else column


def judge(row: TargetRow, probe: Probe) -> str:
    import compliance

    polarity = "higher" if row.qualitative else _polarity(row.polarity)
    verdict = compliance.evaluate(
        row.text, None if probe.value == "-" else probe.value, polarity=polarity,
        previous=probe.previous, references=probe.references or None,
    )
    return verdict.status.value


def measure(rows: list[TargetRow]) -> Figures:
    figures = Figures()
    for row in rows:
        figures.targets += 1
        if is_read(row):
            figures.read += 1
        else:
            figures.unread.append(f"{row.id}\t{row.text!r}")
            figures.failed.add(row.id)
        for probe in row.probes:
            figures.probes += 1
            got = judge(row, probe)
            if got == probe.expected:
                figures.right += 1
            else:
                figures.failed.add(row.id)
                extra = "".join(f"|{k}={v}" for k, v in ({"previous": probe.previous} if probe.previous else {}).items())
                extra += "".join(f"|{k}={v}" for k, v in probe.references.items())
                figures.wrong.append(
                    f"{row.id}\t{row.text!r} ({row.polarity}) vs {probe.value!r}{extra}: "
                    f"expected {probe.expected}, got {got}"
                )
    return figures


def _expected_number(text: str, unit: str | None) -> Decimal | None:
    """``5.2`` -> 5.2; ``13731亿斤`` -> the figure in ``unit`` (the verdict's working unit)."""
    from compliance.language.units import convert

    digits = text.rstrip("".join(chr(c) for c in range(0x80, 0x10000)) + "%")
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    written = text[len(digits):] or None
    if written is None or unit is None or written == unit:
        return value
    return convert(value, written, unit)


def _picked(verdict: Any) -> list[tuple[Decimal | None, str | None]]:
    """The figures a verdict used, with its working unit: its own, or its parts' in order. A verdict
    pending without a figure (a level against a growth target) shows the one figure it was given."""
    parts = getattr(verdict, "parts", None) or ()
    if parts:
        return [_picked(part)[0] for part in parts]
    quantity = getattr(verdict.reported, "value", None)
    if verdict.value is None and verdict.reported.kind == "value" and quantity is not None:
        return [(quantity.value, quantity.unit)]
    chosen = next((n.params["value"] for n in verdict.notes if n.code in ("figure_chosen", "figure_chosen_first")), None)
    if verdict.value is None and chosen is not None:  # pending after the figure was chosen (part of a period)
        return [(_expected_number(chosen, None), None)]
    return [(verdict.value, verdict.unit)]


def _references(note: str) -> dict[str, str]:
    """``economic_growth=3.0`` in an outcome's note: a reference value the analyst judged with."""
    found = {}
    for word in note.replace(";", " ").replace(",", " ").split():
        name, _, value = word.partition("=")
        if name and value.replace(".", "", 1).isdigit():
            found[name] = value
    return found


def judge_outcome(row: OutcomeRow) -> tuple[str, list[tuple[Decimal | None, str | None]]]:
    import compliance

    polarity = "higher" if row.polarity == "-" else _polarity(row.polarity)
    verdict = compliance.evaluate(row.target, row.text, polarity=polarity, references=_references(row.note) or None,
                                  period=row.period)
    return verdict.status.value, _picked(verdict)


def outcome_right(row: OutcomeRow, status: str, picked: list[tuple[Decimal | None, str | None]]) -> bool:
    """The analyst's verdict, and the figure picked (its size: a stated decline may read as -x or x)."""
    if status != row.verdict:
        return False
    if row.expected_value == "-":
        return True
    expected = row.expected_value.split("、")
    if len(expected) != len(picked):
        return False
    for text, (got, unit) in zip(expected, picked):
        want = _expected_number(text, unit)
        if got is None or want is None or abs(want) != abs(got):
            return False
    return True


def measure_outcomes(rows: list[OutcomeRow], figures: Figures) -> Figures:
    for row in rows:
        figures.outcomes += 1
        status, picked = judge_outcome(row)
        if outcome_right(row, status, picked):
            figures.outcomes_right += 1
        else:
            figures.failed.add(row.id)
            shown = "、".join("-" if value is None else f"{value}{unit or ''}" for value, unit in picked)
            figures.outcomes_wrong.append(
                f"{row.id}\t{row.text!r} vs {row.target!r} ({row.polarity}): expected {row.expected_value} "
                f"{row.verdict}, got {shown} {status}"
            )
    return figures


#: the sets of files: a name, its targets and its outcomes
SETS: dict[str, tuple[Path | None, Path | None]] = {
    "corpus": (HERE / "targets.tsv", HERE / "outcomes.tsv"),
    "local": (HERE / "targets_local.tsv", HERE / "outcomes_local.tsv"),
    # new documents' targets probed by hand, and new places' bulletins and reports against their own targets
    "third": (HERE / "targets_third.tsv", HERE / "outcomes_third.tsv"),
    # targets of special plans (health, education, farming, science), county and district reports, plans in
    # traditional characters and in English, probed by hand; outcome sentences of other places (合肥, 瑶海区, 厦门 ...):
    # part-year figures, estimates, another indicator's figure beside the target's, targets restated in the clause
    "fourth": (HERE / "targets_fourth.tsv", HERE / "outcomes_fourth.tsv"),
    # plan sentences and lists of north-western cities, counties and development zones (兰州新区, 包头, 宁夏, 磴口,
    # 都匀, 霸州 ...), 年均 five-year targets, stretches (力争); bulletin and review sentences of the same places:
    # several figures, per-head and per-GDP indicators beside the target's, half-year figures, five-year averages
    "fifth": (HERE / "targets_fifth.tsv", HERE / "outcomes_fifth.tsv"),
    # outcome sentences only, of places in no earlier set (广西, 西宁, 青海, 株洲): work-report reviews and bulletins with
    # several figures a sentence, next year's target restated beside the outcome, estimates (预计), five-year averages
    # with their margin over the plan (比"十五"计划高出4.1个百分点), a mirror's mangled bulletin (^[^2^].63亿元)
    "sixth": (None, HERE / "outcomes_sixth.tsv"),
    # western and north-eastern provinces, prefectures, banners and counties (新疆, 西藏, 吉林, 辽宁, 汉中, 果洛, 锡林郭勒,
    # 新巴尔虎左旗 ...), 2018-2026: targets as clauses of a report (分别 lists of two units, 力争 with two names, 均 of three,
    # hedges, 十五五 ranges); estimates, bulletins of counties and plan-execution sentences against them (declines, ranks,
    # margins over the nation, five-year averages, half years)
    "seventh": (HERE / "targets_seventh.tsv", HERE / "outcomes_seventh.tsv"),
    # central and eastern prefecture cities and counties (赣州, 荥阳, 正定, 嘉兴, 青岛, 漯河, 周口, 湖口, 宜都, 韶关, 梧州, 崇左 ...),
    # 2019-2026: targets as clauses of a report's sentence and as cells of a task table (a level inside the name, 分别 with
    # 左右 after the last item, 目标 after the verb, hedges); bulletin and review sentences with several figures, ranks in
    # place of growths, separators lost (分别增长7%7.2%7%), a footnote mark joined to a level, four periods in one 分别 list
    "eighth": (HERE / "targets_eighth.tsv", HERE / "outcomes_eighth.tsv"),
    # south-western and coastal places (贵阳, 昆明, 海口, 海南, 温州, 佛山 and its district 禅城), 2013-2026: plan-execution
    # TABLES copied row by row (a bare target cell: 7以上, 73.3, 增长8%; the row's level and growth after it; a half year's
    # figures and 年度指标 against the year's target), targets restated in brackets after the outcome (高于预期目标(增长6%以上)),
    # 十三五/十五五 five-year targets, traditional characters; forests, air, R&D, prices, per-mille population growth
    "ninth": (HERE / "targets_ninth.tsv", HERE / "outcomes_ninth.tsv"),
    # north-western, north-eastern and autonomous-region places (山南, 兴庆区, 柳州, 陆川, 白银, 海东, 海西, 德令哈, 银川,
    # 鄂尔多斯, 横州, 乌兰察布, 通榆, 汉滨, 齐齐哈尔, 大庆, 牡丹江 ...) and new documents of 兰州, 新疆, 内蒙古, 2016-2026: farming
    # and grain levels, tourism (visits and receipts, 约, 4A级 inside a name), culture, forests, foreign trade, 十五五 averages,
    # quarter targets; outcome sentences with several figures (separators lost, 持平, part years, a level target against
    # growths, a bound for a figure) set against this set's targets, most of another place (the note says which)
    "tenth": (HERE / "targets_tenth.tsv", HERE / "outcomes_tenth.tsv"),
    # the south-west, the south and the districts of 上海, 天津 and 重庆 (惠州, 乐山, 曲靖, 三亚, 浦东, 松江, 渝中, 沙坪坝, 江津,
    # 万州, 武清, 滨海新区, 钦北区 ...), 2011-2026: 十五五 and 2026 targets, a health plan (traditional), plan-execution tables
    # (a cell a paragraph, the row's number first), a level and a growth in one clause (實現20%以上的增長); outcome sentences
    # of reviews, bulletins and part years set against this set's targets (the note says whose), digits a mirror masked
    "eleventh": (HERE / "targets_eleventh.tsv", HERE / "outcomes_eleventh.tsv"),
    # the north and the east (河北, 山西, 山东, 河南, 江苏, 浙江 and their cities, districts and county-level cities: 长治, 潍坊,
    # 常熟, 滕州, 滨州, 张家口, 义乌, 洛阳, 洛龙, 孟津, 延津, 孟州), 2012-2025: provinces' and cities' targets as a plan notice's
    # list, bullets (●), a commentary's colon list, 力争 and 突破; OUTCOME sentences of several figures (seven growths in a row,
    # level, growth and rank per clause, estimates, margins over the city in brackets, 分别 lists of five) against them
    "twelfth": (HERE / "targets_twelfth.tsv", HERE / "outcomes_twelfth.tsv"),
    # the centre and the north-west (陕西, 河南, 湖南, 江西, 山西, 宁夏, 甘肃, 湖北) and their counties and districts (紫阳, 平利,
    # 黄龙, 子长, 中宁, 甘州, 靖安, 中阳), 2023-2026: 2025 plans of counties, a province's plan with 14 targets (与全国一致, 增速高于
    # 经济增速, 提高0.9个百分点), traditional copies, 十四五 goals against the nation's average; 2025 reviews of 2026 reports and
    # 2024 bulletins against the year's targets (of the place, its province or a neighbour: the note says whose), part years
    "thirteenth": (HERE / "targets_thirteenth.tsv", HERE / "outcomes_thirteenth.tsv"),
    # the south and the east, counties and districts first (桐乡, 吴中, 吴兴, 白云, 通化县, 儋州) with their provinces and cities
    # (福建, 广东, 广州, 湖州, 浙江, 江苏, 四川, 河北, 吉林), 2017-2026: a plan-execution table's cells, targets in words (百分之五,
    # 保持正增长, 保稳提质), 均增长 over four indicators, a range with an em dash, 迈上…台阶, 锚定在; outcome sentences of 2024 and
    # 2025 reviews, bulletins and part years against the year's targets (of the place, its city or province, or another place)
    "fourteenth": (HERE / "targets_fourteenth.tsv", HERE / "outcomes_fourteenth.tsv"),
    # the north, the north-east and the west, districts and county-level places first (天津's 红桥, 河北区 and 东丽, 上海's 黄浦,
    # 山东's 荣成, 新疆's 特克斯 and 伊州) with their provinces and cities (天津, 北京, 上海, 山东, 新疆, 广西, 青海), 2021-2026:
    # 十五五 averages, an estimate before the year's target, traditional copies, a plan table's bare cells (5左右, 12-15, 170),
    # lists of investments without 分别; reviews, bulletins and half years against the year's targets (the note says whose)
    "fifteenth": (HERE / "targets_fifteenth.tsv", HERE / "outcomes_fifteenth.tsv"),
    # 2026 work reports of provinces and the nation's 十五五 indicators (四川 2025, 福建, 安徽, 广东, the nation) and a district's
    # traditional copy (汕尾's 城区 2022); outcomes of counties and districts (芦山, 通川, 长沙县, 蓬江) against their province's
    # target of the same year: 累计降低, 提高到 a level, ranges with 至 and ~, 分別…和; pending where the figure is not there
    "sixteenth": (HERE / "targets_sixteenth.tsv", HERE / "outcomes_sixteenth.tsv"),
    # prefecture cities, districts and counties of 湖北, 湖南, 江西, 山西, 河北, 吉林, 海南 and 云南 (张湾, 娄星, 黄冈, 黄州, 宜春
    # 2020's targets; 四平, 上饶, 九江, 琼海, 琼中, 琼山, 晋中, 吉安, 楚雄市, 保定, 十堰, 忻州, 毕节 reviews, bulletins and plan
    # reports against their province's or the nation's target of the same year): brackets inside names, slogans naming 全省
    # and 全市 before a target, 与市保持一致, 分别 lists, estimates as floors, indices of 100, five-year averages
    "seventeenth": (HERE / "targets_seventeenth.tsv", HERE / "outcomes_seventeenth.tsv"),
    # prefecture cities, districts, county-level cities and a town of 江苏, 安徽 and 浙江 (阜阳, 盐城, 丽水, 泰州, 扬州 and 桃源's
    # targets; 东台, 亭湖, 泰兴, 镇江, 蚌埠, 呼伦贝尔, 庆阳 and 贵港's reviews and bulletins against their own, their province's or
    # the nation's target of the same year): numbered task lines, lists with 分别 after a period clause and a colon, changes
    # in points, a level passed before the growth, part years, indices beside their rise, sectors beside the whole
    "eighteenth": (HERE / "targets_eighteenth.tsv", HERE / "outcomes_eighteenth.tsv"),
    # counties, districts, banners and towns in no earlier set (平江, 云霄, 土右旗, 米东, 魏集, 洪畴, 安化 and a town of 灵璧) and
    # 内蒙古's 2022 targets; reviews and plan reports of 魏县, 东安, 余杭, 炎陵, 梁子湖, 理县 ... against their own, their
    # province's or the nation's target of the same year: a level, a growth and a rank in one clause, figures joined by 和,
    # levels in 万元 probed in 元, a doubling, the target restated in a bracket after the outcome, the miss against the plan
    # in points beside the growth
    "nineteenth": (HERE / "targets_nineteenth.tsv", HERE / "outcomes_nineteenth.tsv"),
    # prefecture cities, districts and county-level cities of the north-west, the north-east and the south-west in no
    # earlier set (宝鸡, 酒泉, 渭南, 铜川, 巴中, 雁江 and 资阳's targets; 伊春, 南充, 遂宁, 龙井, 和田, 沙湾, 四方台 ... against their
    # own or the nation's target of the same year): framing clauses, numbered items with the office in charge, references
    # above averages, a rise in points, incomes faster than the economy in words, three quarters against a year
    "twentieth": (HERE / "targets_twentieth.tsv", HERE / "outcomes_twentieth.tsv"),
}


def measure_set(name: str) -> tuple[Figures, dict[str, str]]:
    """The figures of one set, and its rows marked as leftovers (id -> reason)."""
    targets_path, outcomes_path = SETS[name]
    targets: list[TargetRow] = load_targets(targets_path) if targets_path is not None else []
    outcomes = load_outcomes(outcomes_path) if outcomes_path is not None else []
    marked = {row.id: row.leftover for row in targets if row.leftover}
    marked.update((row.id, row.leftover) for row in outcomes if row.leftover)
    return measure_outcomes(outcomes, measure(targets)), marked


def surprises(figures: Figures, marked: dict[str, str]) -> tuple[list[str], list[str]]:
    """Rows that failed without a leftover mark, and marked rows that no longer fail."""
    return sorted(figures.failed - set(marked)), sorted(set(marked) - figures.failed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wrong", action="store_true", help="list unread targets and wrong probes")
    args = parser.parse_args(argv)
    for name in SETS:
        figures, marked = measure_set(name)
        targets_path, outcomes_path = SETS[name]
        names = ", ".join(path.name for path in (targets_path, outcomes_path) if path is not None)
        print(f"== {name} ({names})")
        if targets_path is not None:
            print(f"targets read: {figures.read}/{figures.targets} ({figures.read_share:.1%})")
            print(f"probes right: {figures.right}/{figures.probes} ({figures.right_share:.1%})")
        if outcomes_path is not None:
            print(f"outcomes right: {figures.outcomes_right}/{figures.outcomes} ({figures.outcome_share:.1%})")
        if marked:
            print(f"documented leftovers: {len(marked)} rows")
        if args.wrong:
            print("# not read"), print("\n".join(figures.unread))
            print("# judged wrong"), print("\n".join(figures.wrong))
            print("# outcomes wrong"), print("\n".join(figures.outcomes_wrong))
            if name == "corpus":  # the first set has no leftover marks
                continue
            unmarked, now_right = surprises(figures, marked)
            print("# documented leftovers"), print("\n".join(f"{k}\t{v}" for k, v in sorted(marked.items())))
            print("# failing without a leftover mark"), print("\n".join(unmarked))
            print("# marked leftover but now right (remove the mark)"), print("\n".join(now_right))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[1]))
    sys.exit(main())
