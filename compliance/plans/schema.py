"""The schema of a rules file: its pydantic models and the types of its values.

What ``compliance schema`` prints (:meth:`RulesFile.model_json_schema`). Every model forbids
unknown keys and is frozen. Values are kept as the file writes them: a target or level is its text
(``"6以上"``; a number keeps its exact digits), a period is ``"2022"`` or ``"2021-2025"``, a
tolerance is a share (``"5%"``) or an amount (``0.5``). A model validator checks what one field
cannot: ids are unique, links and ``sync.indicator`` name known indicators, and no indicator depends
on itself (:mod:`compliance.plans.dependencies`); each custom rule (``expr``) is compiled here, once.
A failed check raises :class:`Located`, which :mod:`compliance.plans.problems` turns into a
``file:line:column`` problem. Loading a file: :func:`compliance.plans.rules.load_rules`.
"""

# No ``from __future__ import annotations``: pydantic would compile and evaluate each field's annotation string
# when the class is made (~0.5 ms of a cold check for these classes).
import re
from decimal import Decimal
from typing import Annotated, Any, Literal, cast

from pydantic import (
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    PrivateAttr,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic_core import core_schema

from ..frozen import Frozen
from ..judge.progress_rating import ProgressSettings  # not judge.progress: a check of one year needs no series
from ..models import Measure, Polarity, Tolerance, format_decimal, trusted
from .dependencies import find_cycle
from .severity import MissSeverity, miss_severity


#: A year (``2022``) or a plan period (``2021-2025``).
PERIOD = re.compile(r"^\d{4}(-\d{4})?$")
_NO_PERIODS: frozenset[str] = frozenset()


def _period_text(value: Any) -> str:
    """A period key as text: YAML reads an unquoted ``2022`` as a number."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValueError(f"a period is text such as \"2022\" or \"2021-2025\", got {type(value).__name__}")
    text = str(value)
    if not PERIOD.match(text):
        raise ValueError(f"period `{text}` is not a year (2022) or a plan period (2021-2025)")
    return text


def scalar_text(value: Any) -> str:
    """A target or level as text. Numbers keep their exact text (``load_rules`` gives it from the file)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        raise ValueError(f"expected text such as \"6以上\", got {value!r}")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (float, Decimal)):
        return format_decimal(Decimal(repr(value)) if isinstance(value, float) else value)
    raise ValueError(f"expected text such as \"6以上\", got a {type(value).__name__}")


def parse_tolerance(value: Any) -> Tolerance:
    """A tolerance as a rules file (or ``compliance explain --tolerance``) writes it: ``"5%"`` or ``0.5``."""
    if isinstance(value, Tolerance):
        return value
    if isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal)):
        raise ValueError("a tolerance is a share of the target such as \"5%\" or an absolute amount such as 0.5")
    try:
        tolerance = Tolerance.parse(scalar_text(value))
    except ArithmeticError:
        raise ValueError(
            f"tolerance `{value}` is neither a share of the target (\"5%\") nor an absolute amount (0.5)"
        ) from None
    except ValueError:  # nan, inf: the model's own check (pydantic's text of several lines), said as below
        raise ValueError(f"tolerance `{value}` must be a finite amount of at least 0") from None
    if not tolerance.value.is_finite() or tolerance.value < 0:
        raise ValueError(f"tolerance `{value}` must be a finite amount of at least 0")
    return tolerance


#: A period as written in a rules file: ``"2022"`` or ``"2021-2025"`` (an unquoted 2022 is accepted).
Period = Annotated[
    str,
    BeforeValidator(_period_text),
    WithJsonSchema(
        {"anyOf": [{"type": "string", "pattern": PERIOD.pattern}, {"type": "integer", "minimum": 1000, "maximum": 9999}]}
    ),
]
#: A target or a level, kept as the original text (``"6以上"``, ``"达到市级要求（3.2）"``).
Text = Annotated[str, BeforeValidator(scalar_text), WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "number"}]})]


def _target_texts(value: Any) -> Any:
    """One target (text) or several for the same period (a list of texts); an empty cell (YAML null, ``"2022":``)
    is empty text: no target for the period (:meth:`Indicator._targets`)."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        if not value:
            raise ValueError("an empty list of targets: give one target or several")
        return tuple(scalar_text(item) for item in value)
    return scalar_text(value)


#: The target(s) of a period: ``"6以上"``, or several judged each (``["6以上", "稳步增长"]``).
Targets = Annotated[
    str | tuple[str, ...],
    BeforeValidator(_target_texts),
    WithJsonSchema({
        "anyOf": [
            {"type": "string"}, {"type": "number"}, {"type": "null"},
            {"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "number"}]}, "minItems": 1},
        ]
    }),
]


class _TextInJson:
    """Dumped to JSON as its text (``"5%"``): pydantic's ``PlainSerializer(str, return_type=str, when_used="json")``
    written out, as pydantic documents custom annotations: importing ``pydantic.functional_serializers`` for the one
    class cost a cold check ~1.5 ms (its dataclasses)."""

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        schema = handler(source)
        cast(dict[str, Any], schema)["serialization"] = core_schema.plain_serializer_function_ser_schema(
            str, info_arg=False, return_schema=core_schema.str_schema(), when_used="json")  # in place, as pydantic's
        return schema


#: A tolerance as written in a rules file: ``"5%"`` (of the target) or ``0.5`` (in the indicator's unit).
ToleranceSpec = Annotated[
    Tolerance,
    BeforeValidator(parse_tolerance),
    _TextInJson(),
    WithJsonSchema(
        {
            "anyOf": [{"type": "string", "pattern": r"^\s*\d+(\.\d+)?\s*%?\s*$"}, {"type": "number", "minimum": 0}],
            "examples": ["5%", 0.5],
        }
    ),
]


def _reads_as_level(text: str) -> bool:
    """Whether a reference's text reads as a level the judge can use (a figure, a bound, a range, about X)."""
    from .. import models as m
    from .._api import parse_target  # here, not at import: a rules file without references reads no grammar

    return isinstance(parse_target(text), (m.Level, m.Bound, m.Range, m.Approx))


class Located(ValueError):
    """A validation error that knows where it is: ``loc`` below the field (or from the top, ``absolute``)."""

    def __init__(
        self, message: str, loc: tuple[Any, ...] = (), *, absolute: bool = False, cause: Exception | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.loc = loc
        self.absolute = absolute
        self.cause = cause
        self.hint = hint


class _Strict(Frozen):
    """Built on first validation (:class:`compliance.frozen.Frozen`): a check of a rules file read before unpickles
    it (plans/rules.py) and never validates these models, so it does not build them (~5 ms of every cold command)."""


class Plan(_Strict):
    """The plan the targets come from."""

    name: str = Field(description="the plan's title, as the document gives it")
    jurisdiction: str | None = Field(None, description="who the plan binds (北京市海淀区)")
    periods: tuple[Period, ...] = Field(
        (),
        description="the periods the plan sets targets for: years (`\"2022\"`) and plan periods "
        "(`\"2021-2025\"`); `compliance rules lint` flags a target outside them",
        examples=[["2021-2025", "2022", "2023"]],
    )
    source: str | None = Field(None, description="where the targets were taken from (document, table)")
    lexicon: str | None = Field(
        None,
        description="a lexicon overlay: a YAML file of this plan's own words in the shape of the language's "
        "zh.yaml (`comparators: {before: {ge: [起码]}}`), merged over it; a path relative to the rules file",
        examples=["words.yaml"],
    )


class Defaults(_Strict):
    """Settings that apply to every indicator unless it says otherwise."""

    tolerance: ToleranceSpec = Field(
        trusted(Tolerance, value=Decimal("0.05"), relative=True),  # unvalidated: no validator built at import
        description="how far a target `X左右` (about X) may be missed and still count as met: "
        "`\"5%\"` of X (the default) or an absolute amount such as `0.5` in the indicator's unit",
        json_schema_extra={"default": "5%"},
    )
    sync_tolerance: ToleranceSpec = Field(
        trusted(Tolerance, value=Decimal(1), relative=False),
        description="how far `与经济增长基本同步` (roughly in step) may trail the indicator it follows: an absolute "
        "amount (the default 1, a percentage point for growth rates) or a share such as `\"10%\"`",
        json_schema_extra={"default": 1},
    )
    progress: ProgressSettings = Field(
        ProgressSettings.model_construct(),
        description="how progress toward a plan-period target is rated in an interim year: `method` (`cagr`, "
        "the default, or `linear`), `base_year`, `cutoffs` (0.95, 0.6, 0)",
    )
    severity: dict[Literal["约束性", "预期性", "unspecified"], MissSeverity] = Field(
        default_factory=dict,
        description="what a miss costs, by attribute: `fail` or `warn` (default: 约束性 fail, 预期性 and "
        "`unspecified`, an indicator without an attribute, warn); an indicator's own `severity` wins",
        examples=[{"预期性": "fail"}],
    )


class SyncSettings(_Strict):
    """What `与...同步` (in step with ...) refers to for one indicator, and how close counts."""

    indicator: str | None = Field(
        None, description="the id of the indicator it follows; default: `links`, else the indicator bound to "
        "the role the phrase names (经济增长: economic_growth, see `role`)"
    )
    tolerance: ToleranceSpec | None = Field(None, description="this indicator's tolerance for 基本同步")


class ReferenceValue(_Strict):
    """A named outside level (市级要求 ...) for an indicator and period, with where it came from."""

    name: str = Field(
        description="the reference a target names, in canonical form: 市级要求, 国家对北京市的要求, 全市平均水平 ...",
        examples=["市级要求"],
    )
    value: Text = Field(description="the level, as text (`\"3.2\"`, `\"<3.2\"`): read like a reported value")
    indicator: str | None = Field(None, description="the indicator id it applies to; omitted: every indicator")
    period: Period | None = Field(None, description="the period it applies to; omitted: every period")
    source: str | None = Field(None, description="where the level comes from (document, page, date)")


class Indicator(_Strict):
    """One row of the plan's table: what is measured, which way is good, and its targets by period."""

    id: str = Field(
        pattern=r"^[A-Za-z_][A-Za-z0-9_]*$",
        description="a stable identifier (letters, digits, `_`): datasets name the indicator by it",
        examples=["gdp_growth"],
    )
    number: str | None = Field(None, description="the row's number (序号) in the plan's table; sub-rows share it")
    name: str = Field(description="the indicator's name (地区生产总值增速)")
    name_en: str | None = Field(
        None, description="the indicator's name in English, which English reports (`--lang en`) show instead of "
        "`name`", examples=["Growth of regional GDP"],
    )
    source_name: str | None = Field(None, description="the name exactly as the document prints it, unit included")
    unit: str | None = Field(None, description="the unit of targets and reported figures (`%`, `万人`, `亿元`)")
    unit_en: str | None = Field(
        None, description="the unit's label in English reports (`10,000 persons` for 万人); figures and "
        "readings keep `unit`", examples=["10,000 persons"],
    )
    polarity: Polarity = Field(
        description="which way is good: `higher` (more is better), `lower` (less is better), "
        "`band` (close to the target is best)",
    )
    measure: Measure = Field(
        Measure.LEVEL,
        description="what the figure measures: `level` (an amount), `rate` (a growth rate in %: "
        "稳步增长 means above zero), `decline` (a rate of decline: 下降3.7% reports 3.7)",
    )
    attribute: Literal["约束性", "预期性"] | None = Field(
        None, description="约束性 (binding: a miss is a `fail`) or 预期性 (expected: a miss is a `warn`)"
    )
    severity: MissSeverity | None = Field(
        None, description="what a miss of this indicator costs, `fail` or `warn`, instead of what its attribute "
        "gives (`defaults.severity`)",
    )
    department: str | None = Field(None, description="the department responsible (责任单位)")
    in_plan: bool | None = Field(None, description="whether the indicator is one of the five-year plan's own")
    tolerance: ToleranceSpec | None = Field(
        None, description="this indicator's tolerance for `X左右`, instead of `defaults.tolerance`"
    )
    targets: dict[Period, Targets] = Field(
        default_factory=dict,
        description="targets by period, the document's original text: `\"2022\": \"6以上\"`, "
        "`\"2021-2025\": \"6\"`; a list gives several targets for one period, each judged; a cell that says none "
        "(`\"-\"`, `\"无\"`, empty) sets no target for its period: a value reported for it is shown, pending "
        "`no_target`",
        examples=[{"2021-2025": "6", "2022": "6以上"}],
        json_schema_extra={
            "patternProperties": {PERIOD.pattern: {"anyOf": [
                {"type": "string"}, {"type": "number"}, {"type": "null"},
                {"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "number"}]}, "minItems": 1},
            ]}},
            "additionalProperties": False,
        },
    )
    expr: str | dict[Period, str] | None = Field(
        None,
        description="a custom rule, judged besides the targets: `\"value >= ref('gdp_growth') - 1\"` for every "
        "year of the plan, or a mapping period -> rule (see docs/expressions.md)",
        examples=["value >= ref('gdp_growth') - 1 and value > previous"],
    )
    sync: SyncSettings | None = Field(None, description="what this indicator's `与...同步` target follows, and how closely")
    role: str | None = Field(
        None, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$",
        description="the role the language names this indicator by, for targets of other indicators: "
        "`economic_growth` (与经济增长基本同步, 高于GDP增长); default: the indicator whose name the lexicon "
        "lists for the role (地区生产总值增速, GDP增速 ...)",
        examples=["economic_growth"],
    )
    progress: ProgressSettings | None = Field(None, description="this indicator's progress settings, instead of `defaults.progress`")

    _by_attribute: dict[str, MissSeverity] = PrivateAttr(default_factory=dict)  # the file's defaults.severity
    _none: frozenset[str] = PrivateAttr(_NO_PERIODS)  # the periods whose target cell says none (_no_targets)

    @property
    def miss_severity(self) -> MissSeverity:
        """What a miss of this indicator costs (:func:`compliance.plans.severity.miss_severity`): its own
        ``severity``, else its rules file's ``defaults.severity`` for its attribute, else by attribute."""
        return miss_severity(self.attribute, self._by_attribute, self.severity)

    @model_validator(mode="after")
    def _no_targets(self) -> "Indicator":
        """The periods whose target cell says none (``-``, ``—``, ``/``, ``无``, empty: plan tables leave a year
        without a target so): no target, never read as one (:meth:`targets_for` is empty), but kept with the cell's
        text (:meth:`no_target`) and its position (``RulesFile.where``), so that a value reported for such a period
        is shown (pending ``no_target``) and linted, never dropped. A period of several targets keeps them all."""
        from ..language.reported import says_none  # only a file being validated

        self._none = frozenset(period for period, text in self.targets.items() if isinstance(text, str) and says_none(text))
        return self

    @field_validator("expr")
    @classmethod
    def _expr(cls, value: Any) -> Any:
        """Check and parse each rule now (once), so that a bad one is an error when the rules load."""
        from ..judge.expr import compile_expression

        for period, text in (value.items() if isinstance(value, dict) else [(None, value)]):
            if text is not None:
                try:
                    compile_expression(text)
                except ValueError as exc:
                    raise Located(
                        str(exc), (period,) if period is not None else (), cause=exc,
                        hint="a rule may use value, previous, year, ref('id'), abs, min, max, round (docs/expressions.md)",
                    ) from None
        return value

    def targets_for(self, period: str) -> tuple[str, ...]:
        """The period's targets, one or several (none where its cell says none: :meth:`no_target`)."""
        found = self.targets.get(period)
        if found is None:
            return ()
        if isinstance(found, str):
            return () if (none := self.__pydantic_private__) and period in none.get("_none", ()) else (found,)
        return tuple(found)

    def no_target(self, period: str) -> str | None:
        """The text of the period's target cell where it says none (``"—"``, ``"无"``, ``""``: the plan sets no
        target for the period), else None (a target, or no cell for the period)."""
        found = self.targets.get(period)
        if isinstance(found, str) and (none := self.__pydantic_private__) and period in none.get("_none", ()):
            return found
        return None

    @property
    def no_target_periods(self) -> tuple[str, ...]:
        """The periods whose target cell says none, in the file's order."""
        return tuple(period for period in self.targets if period in self._none_periods())

    def _none_periods(self) -> frozenset[str]:
        """``_none``, read from the private values themselves: through pydantic's ``__getattr__`` a private
        attribute took ~5 us, and check asks for every cell (:meth:`targets_for`, :meth:`no_target`)."""
        private = self.__pydantic_private__
        return private.get("_none", _NO_PERIODS) if private else _NO_PERIODS

    @field_validator("number", mode="before")
    @classmethod
    def _number(cls, value: Any) -> Any:
        return scalar_text(value) if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool) else value


class RulesFile(_Strict):
    """A plan's rules file (``rules/*.yaml``): the plan, defaults, outside levels and indicators."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        title="compliance rules file",
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
    )

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The JSON schema (``compliance schema``). The defaults are made unvalidated at import, so their models
        have no serializer yet; the schema writes the defaults through it: build them first."""
        for model in (Tolerance, ProgressSettings, Defaults):
            model.model_rebuild()
        return super().model_json_schema(*args, **kwargs)

    plan: Plan = Field(description="the plan the targets come from")
    defaults: Defaults = Field(Defaults.model_construct(), description="settings for every indicator")
    references: tuple[ReferenceValue, ...] = Field(
        (),
        description="named outside levels (市级要求 ...) that targets refer to, per indicator and period, "
        "each with its source",
    )
    indicators: tuple[Indicator, ...] = Field(description="the plan's indicators, in the document's order")
    links: dict[str, str] = Field(
        default_factory=dict,
        description="which indicator a phrase of a `与...同步` target names: `经济增长: gdp_growth` "
        "(default: the lexicon's)",
        examples=[{"经济增长": "gdp_growth"}],
    )

    _overlay: Any = PrivateAttr(None)  # the loaded plan.lexicon (language.overlay.Active), set by load_rules
    #: ``(indicator, period, index)`` of a target, or ``(indicator, period, "expr")``, -> ``file:line:column``
    _where: dict[tuple[str, str, int | str], str] = PrivateAttr(default_factory=dict)

    def __eq__(self, other: object) -> bool:
        """The same rules (and overlay): where each rule sits in its file is not part of what the rules are."""
        if not isinstance(other, RulesFile):
            return NotImplemented
        return self.__dict__ == other.__dict__ and self._overlay == other._overlay

    def where(self, indicator: str, period: str, index: int = 0, rule: str = "target") -> str | None:
        """``file:line:column`` of a rule in the rules file it was loaded from (None: not loaded from a file).

        ``index`` is the target's place among the period's targets; a custom rule (``rule="expr"``) is
        located at its expression for the period.
        """
        if rule == "expr":
            return self._where.get((indicator, period, "expr")) or self._where.get((indicator, "*", "expr"))
        return self._where.get((indicator, period, index))

    def where_reference(self, index: int) -> str | None:
        """``file:line:column`` of the ``index``-th entry of ``references`` (None: not loaded from a file)."""
        return self._where.get(("", "references", index))

    def with_locations(self, where: dict[tuple[str, str, int | str], str]) -> "RulesFile":
        """This file with the positions of its rules (``load_rules`` records them)."""
        found = self.model_copy()
        found._overlay = self._overlay
        found._where = dict(where)
        return found

    @property
    def overlay(self) -> Any:
        """The words of ``plan.lexicon`` as loaded (``language.overlay.Active``), or None: what check reads with."""
        return self._overlay

    def with_overlay(self, overlay: Any) -> "RulesFile":
        """This file with its lexicon overlay loaded (``compliance.language.overlay.load_overlay``)."""
        found = self.model_copy()
        found._overlay = overlay
        found._where = self._where
        return found

    @model_validator(mode="after")
    def _references_resolve(self) -> "RulesFile":
        """Links name known indicators, and no indicator's target depends on itself through others."""
        ids = {indicator.id for indicator in self.indicators}
        for index, reference in enumerate(self.references):  # as evaluate(references=) refuses it (_api.py)
            if not _reads_as_level(reference.value):
                raise Located(f"the reference `{reference.name}` is no level that can be read: `{reference.value}`",
                              ("references", index, "value"), absolute=True,
                              hint="give its level as a number or its text (`3.2`, `3.2%`, `<3.2`, `8-9`)")
        for phrase, target in self.links.items():
            if target not in ids:
                raise Located(f"`{phrase}` links to `{target}`, which is not an indicator id", ("links", phrase),
                               absolute=True)
        roles: dict[str, str] = {}
        for index, indicator in enumerate(self.indicators):
            if indicator.role is not None and roles.setdefault(indicator.role, indicator.id) != indicator.id:
                raise Located(f"role `{indicator.role}` is already bound to `{roles[indicator.role]}`",
                              ("indicators", index, "role"), absolute=True,
                              hint="a role names one indicator of the plan; keep `role:` on one of them")
            sync = indicator.sync
            if sync is not None and sync.indicator is not None and sync.indicator not in ids:
                raise Located(f"`sync.indicator` names `{sync.indicator}`, which is not an indicator id",
                               ("indicators", index, "sync", "indicator"), absolute=True)
        cycle = find_cycle(self)
        if cycle is not None:
            path, loc = cycle
            raise Located(f"a cycle of references: {' -> '.join(path)}", loc, absolute=True,
                           hint="an indicator's target cannot depend on itself through other indicators")
        return self

    @model_validator(mode="after")
    def _severity(self) -> "RulesFile":
        """Each indicator knows its file's ``defaults.severity`` (what a miss costs by attribute)."""
        for indicator in self.indicators:
            indicator._by_attribute = {str(key): value for key, value in self.defaults.severity.items()}
        return self

    @model_validator(mode="after")
    def _unique_ids(self) -> "RulesFile":
        seen: set[str] = set()
        for indicator in self.indicators:
            if indicator.id in seen:
                raise ValueError(f"duplicate indicator id {indicator.id!r}")
            seen.add(indicator.id)
        return self

    def indicator(self, indicator_id: str) -> Indicator:
        for indicator in self.indicators:
            if indicator.id == indicator_id:
                return indicator
        raise KeyError(indicator_id)


def schema_text() -> str:
    """What ``compliance schema`` prints: :meth:`RulesFile.model_json_schema` as indented JSON, Chinese as written."""
    import json

    return json.dumps(RulesFile.model_json_schema(), ensure_ascii=False, indent=2) + "\n"
