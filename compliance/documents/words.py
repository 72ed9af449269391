"""The words of documents, loaded from ``documents/data/*.yaml`` and validated.

Column headers, the polarity vocabulary (with the reason for each word), synonyms, claim phrases
and the words that start a target in a sentence are data, not code: each file is read into a
frozen model that forbids unknown keys, so a misspelt key is an error when the file loads
(``LexiconError``, a packaging defect), not a silently ignored word.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import LexiconError
from ..language.lexicon import lexicon
from ..models import Measure, Polarity


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Columns(_Data):
    number: tuple[str, ...]
    name: tuple[str, ...]
    unit: tuple[str, ...]
    attribute: tuple[str, ...]
    department: tuple[str, ...]


class Headers(_Data):
    columns: Columns
    targets: tuple[str, ...]
    reported: tuple[str, ...]
    plan_periods: dict[str, str]
    empty: tuple[str, ...]  #: -, 无: a cell holding nothing
    sections: dict[str, bool]
    #: a reported cell holding only one of these words is the table's own verdict on its row (完成, 未完成), no figure
    verdicts: dict[Literal["met", "exceeded", "missed"], tuple[str, ...]]
    #: a second header row of these splits the value columns above it: 绝对值 (a level), 增速(%) (a growth)
    parts: dict[Literal["level", "growth"], tuple[str, ...]]

    @field_validator("plan_periods")
    @classmethod
    def _periods(cls, value: dict[str, str]) -> dict[str, str]:
        import re

        for name, period in value.items():
            if not re.fullmatch(r"\d{4}-\d{4}", period):
                raise ValueError(f"plan period {name}: {period!r} is not like 2021-2025")
        return value


class Word(_Data):
    polarity: Polarity
    measure: Measure = Measure.LEVEL
    why: str = Field(min_length=3)


class PolarityWords(_Data):
    words: dict[str, Word]
    ceiling_words: tuple[str, ...]


class Synonyms(_Data):
    groups: tuple[tuple[str, ...], ...]
    abbreviations: dict[str, str]
    growth_endings: tuple[str, ...]
    ignored: tuple[str, ...]
    places: tuple[str, ...] = ()
    place_suffixes: tuple[str, ...] = ()
    variants: dict[str, str] = {}

    @field_validator("groups")
    @classmethod
    def _disjoint(cls, value: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
        seen: dict[str, int] = {}
        for index, group in enumerate(value):
            if not group:
                raise ValueError(f"group {index} is empty")
            for name in group:
                if name in seen and seen[name] != index:
                    raise ValueError(f"{name!r} is in two groups ({seen[name]} and {index})")
                seen[name] = index
        return value


class ClaimWords(_Data):
    met: tuple[str, ...]
    exceeded: tuple[str, ...]
    missed: tuple[str, ...]
    counter: str
    total_markers: tuple[str, ...]
    whole_plan: tuple[str, ...]
    list_end: str
    lead_words: tuple[str, ...]
    intentions: tuple[str, ...] = ()  #: 确保: before a claim phrase, an aim (确保完成计划目标), not a claim

    def phrases(self) -> list[tuple[str, Literal["met", "exceeded", "missed"]]]:
        """Every claim phrase with what it claims, longest first (so 超额完成 is not read as 完成)."""
        found: list[tuple[str, Literal["met", "exceeded", "missed"]]] = [
            *((p, "met") for p in self.met), *((p, "exceeded") for p in self.exceeded),
            *((p, "missed") for p in self.missed),
        ]
        return sorted(found, key=lambda item: -len(item[0]))


class ClauseWords(_Data):
    lead_ins: tuple[str, ...]
    continuation_ending: str
    list_bullets: tuple[str, ...]
    list_numbers: str
    attributes: tuple[str, ...]
    separators: tuple[str, ...]
    target_starts: tuple[str, ...]
    sync_start: str
    sync_word: str
    respectively: str
    list_separator: str
    list_end: str
    name_lead_words: tuple[str, ...]
    name_trailing_words: tuple[str, ...]
    list_qualifiers: tuple[str, ...]
    this_year: tuple[str, ...]
    past_markers: tuple[str, ...]
    continuations: tuple[str, ...]
    target_markers: tuple[str, ...]
    other_indicator_prefixes: tuple[str, ...]
    possessives: tuple[str, ...]  #: 的: no cut after a qualifier before it; dropped anywhere in a name
    price_basis: tuple[str, ...]  #: 按: 按2020年不变价格计算 continues a clause
    change_words: tuple[str, ...]  #: 增长, 下降: a clause with them gives a growth indicator its figure
    lead_claims: tuple[str, ...] = ()  #: 完成: a lead-in whose clause ends so says the targets were met
    lead_outs: tuple[str, ...] = ()  #: 为实现上述目标: the targets have ended, what follows is the work to reach them
    continuation_starts: tuple[str, ...] = ()  #: 力争…: the paragraph after the targets' goes on with them
    respectively_pairs: dict[str, tuple[str, ...]] = {}  #: 城乡 -> 城镇, 农村 in a 分别 list
    estimate_starts: tuple[str, ...] = ()  #: ：预计…: after a restated target, the estimate
    aspirations: tuple[str, ...] = ()  #: 力争: a clause raising the target before it (确保增长5%，力争增长6%)
    value_separators: tuple[str, ...] = ()  #: 和: separates the values of a 分别 list as 、 does
    shared_endings: tuple[str, ...] = ()  #: 占比: written once after a list of names, it ends each (民间投资、工业投资占比)
    comparisons: tuple[str, ...] = ()  #: 同比: a clause giving the growth of the clause before it (实现6400亿元，同比增长7.5%)
    growth_clauses: tuple[str, ...] = ()  #: 增长: with a figure and no name, the growth of the clause before it
    own_place_markers: tuple[str, ...] = ()  #: 第, 人民政府: after X市, the document's own place
    own_place_after: tuple[str, ...] = ()  #: 在, 于, 日: before the document's own place (besides marks)
    stated_aims: tuple[str, ...] = ()  #: 预期目标: a sentence with no lead-in calling its figure so states a target
    aim_lists: tuple[str, ...] = ()  #: 其中包括: after a clause naming a stated aim, a clause listing its targets
    aim_headings: tuple[str, ...] = ()  #: 主要目标任务: a heading line of a year and these only opens a list
    plan_words: tuple[str, ...] = ()  #: 计划: after the document's own place, the plan's voice (贵州省计划地区生产总值)
    day_of_year: tuple[str, ...] = ()  #: 月, 日: the words of a date (1月5日), no target
    sentence_ends: tuple[str, ...] = ()  #: 。；: a separator that ends a sentence, not only a clause
    growth_leads: tuple[str, ...] = ()  #: 累计同比: a growth said with no name opens with these (or a comparison)
    not_place_words: tuple[str, ...] = ()  #: 全, 本: a word before 市/区 that makes no place of it (全年全市)
    name_lead_prepositions: tuple[str, ...] = ()  #: 对: before a known name, no part of it (对地区生产总值…进行监测)
    list_kinds: tuple[str, ...] = ()  #: 目标, 指标: after 等 closing a list of targets, the kind of what it listed


class ReviewWords(_Data):
    plan_shares: tuple[str, ...]  #: 完成年计划: opens the clause giving the year's plan and the share of it done
    of: str  #: 的: between the plan's level and the share (年计划710亿元的89.4%)
    review_headings: tuple[str, ...]  #: 计划执行情况: a heading opening the review of its year
    colons: tuple[str, ...] = ()  #: ：: after a restated target, the estimate (with clauses.yaml estimate_starts)
    name_verbs: tuple[str, ...] = ()  #: 完成: the plan's verb ending a name before its figure
    estimate_ends: tuple[str, ...] = ()  #: 。: the sentence's end, after which no estimate of a restated target


def _load(name: str, model: type[_Data]) -> _Data:
    from ruamel.yaml import YAML

    text = resources.files("compliance.documents.data").joinpath(name).read_text(encoding="utf-8")
    try:
        return model.model_validate(YAML(typ="safe").load(text))
    except ValidationError as exc:
        raise LexiconError(f"compliance/documents/data/{name}: {exc}") from None


@cache
def headers() -> Headers:
    return _load("headers.yaml", Headers)  # type: ignore[return-value]


@cache
def polarity_words() -> PolarityWords:
    return _load("polarity.yaml", PolarityWords)  # type: ignore[return-value]


@cache
def synonyms() -> Synonyms:
    return _load("synonyms.yaml", Synonyms)  # type: ignore[return-value]


@cache
def claim_words() -> ClaimWords:
    return _load("claims.yaml", ClaimWords)  # type: ignore[return-value]


@cache
def clause_words() -> ClauseWords:
    return _load("clauses.yaml", ClauseWords)  # type: ignore[return-value]


@cache
def day_of_year() -> re.Pattern[str]:
    """A day of the year (``1月5日``) in clauses.yaml's day_of_year words: a month's number and word, a day's number and
    word. A clause opening with one states no target."""
    month, day = (re.escape(word) for word in clause_words().day_of_year)
    return re.compile(rf"\d{{1,2}}{month}\d{{1,2}}{day}")


def year_named() -> re.Pattern[str]:
    """A year of this or the last century and the lexicon's word for it (``2022年``), the year its group: the year
    a heading, a claim or a review names."""
    return _year_named(lexicon().numerals.year)


@cache
def _year_named(word: str) -> re.Pattern[str]:
    return re.compile(rf"(20\d{{2}}|19\d{{2}}){re.escape(word)}")


@cache
def review_words() -> ReviewWords:
    return _load("reviews.yaml", ReviewWords)  # type: ignore[return-value]
