"""Judge a plan: every (indicator, period) cell that has a target, against the reported values.

Glue between files and the engine: reads nothing itself (takes a loaded rules file and dataset)
and formats nothing (returns judgements; :mod:`compliance.plans.matrix` folds them for reports, and
its names are importable from here too).

Periods
    ``check(rules, data, "all")`` judges every period some target (or custom rule) names;
    ``check(rules, data, ["2022"])`` one. Whether a period has ended is judged against ``as_of``:
    by default the latest year the dataset reports on. A single year without a value is pending
    ``no_data`` (after ``as_of`` the verdict says the data run to ``as_of``).
A target cell saying none (``—``, ``无``, empty)
    No target for its period, but a dataset row for it is shown: pending ``no_target`` with its value, never met or
    missed (the engine's reason for such a target), a note naming the other reading (a target of zero: write ``0``).
    Without a row there is nothing to show (:func:`shown`).
Plan periods (``2021-2025``)
    Before the end year (or a later horizon in the text, ``（2035年达到37）``) the cell is pending
    ``period_open`` and carries a progress rating from the yearly values so far
    (:mod:`compliance.judge.progress`). After it, the target is judged against the period's value: a row
    keyed by the period, else the last year's figure, the sum of the years (``累计``), the
    compounded changes (``五年下降14.5``) or the average rate (a growth rate).
References, in this order (the verdict records which was used)
    1. the rules file's ``references`` for the indicator and period (or for every indicator /
       every period when those are omitted), and other indicators' values of the same period by id
       (``gdp_growth``), and the indicator bound to a role under the role's name (``economic_growth``: what
       ``与经济增长基本同步`` and ``高于GDP增长`` name; :mod:`compliance.plans.roles`), or the rules file's ``links``;
    2. a level carried by the reported cell itself (``2.63（市级3.12）``);
    3. the value in the target's own bracket (``达到市级要求（3.2）``).
    An unresolved reference is pending ``reference_unknown`` naming it.
Several rules on one indicator
    Each target of a period, and a custom ``expr``, is judged on its own (``Judgement.index``,
    ``Judgement.rule``); a cell's status is the worst of them (:func:`worst`).
Severity
    One rule, in :mod:`compliance.plans.severity`: a cell's status is the worst of its rules'
    (:func:`worst`), a binding indicator's miss is ``fail`` (``Judgement.severity``).
Planning without data
    :func:`rule_cells` lists what ``check`` judges in some periods for *any* dataset: each rule's
    target as read, its context (polarity, unit, tolerance, the rules file's references) and the
    :class:`Timing` a cell without a value has. The streaming path judges a panel with it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any, Literal

from .. import models as m
from .._api import read_rules_target as parse_target  # kept by rules snapshots
from ..frozen import record
from ..judge.evaluate import Context, judge
from ..judge.periods import Period, horizon, order
from ..judge.verdict import Progress, Verdict
from ..language.overlay import overlay
from .datasets import Dataset, Row
from .matrix import Cell, Matrix, Summary, matrix, summarize
from .provenance import with_provenance
from .rules import Indicator, RulesFile
from .severity import Severity, severity, worst
from .timing import Timing, note, opened, pending_for, timing_of
from .view import DataView, latest_year

__all__ = [  # matrix's and severity's folding names stay importable from here
    "ALL", "Cell", "CellJudge", "Judgement", "Matrix", "RuleCell", "Summary", "Timing", "check", "default_period",
    "expression_of", "judge_cells", "latest_year", "matrix", "pending_for", "periods_with_targets", "rule_cells",
    "shown", "summarize", "targets_of", "worst",
]

#: ``check(rules, data, ALL)``: every period that has a target
ALL = "all"


@record  # dataclass(frozen=True, slots=True) compiling its methods late or never (frozen.record)
class Judgement:
    """One rule of one indicator in one period, judged."""

    indicator: Indicator
    period: str
    row: Row | None  #: the dataset row judged (None: no row, or a value computed from several)
    verdict: Verdict
    index: int = 0  #: which of the cell's rules (targets first, in file order, then the expression)
    rule: Literal["target", "expr"] = "target"
    rows: tuple[Row, ...] = ()  #: every dataset row the verdict used (the years of a plan period)
    timing: Timing = Timing.DUE  #: pending because its data cannot be in yet (AFTER_DATA, OPEN), or DUE
    #: the rows a derived value judged is computed from (``verdict.derived`` says how), else empty
    derived_from: tuple[Row, ...] = ()
    #: where the reference level used came from: the rules file's declared ``source:``, another indicator's
    #: dataset row (``file:line``), the reported cell's row, or the target's own bracket (None: no reference)
    reference_source: str | None = None

    @property
    def severity(self) -> Severity:
        """:func:`severity` of the verdict: ``fail``/``warn`` for a miss (binding or not), ``ok``, ``open``."""
        return severity(self.verdict.status, binding=self.indicator.miss_severity == "fail")

    @property
    def progress(self) -> Progress | None:
        """Progress toward a plan-period target judged before its end (None otherwise)."""
        return self.verdict.progress


# --------------------------------------------------------------------------- periods


def targets_of(indicator: Indicator, period: str) -> tuple[str, ...]:
    """The target strings of an indicator in a period (several when the rules file lists several)."""
    return indicator.targets_for(period)


def expression_of(indicator: Indicator, period: str, rules: RulesFile) -> str | None:
    """The custom rule that applies to an indicator in a period, if any.

    ``expr: "..."`` applies to every single year of the plan (``plan.periods``) and every year the
    indicator has a target for; ``expr: {"2022": "..."}`` to the periods it names.
    """
    expr = indicator.expr
    if expr is None:
        return None
    if isinstance(expr, Mapping):
        return expr.get(period)
    return expr if period in _expression_years(indicator, rules) else None


def _expression_years(indicator: Indicator, rules: RulesFile) -> set[str]:
    years = {p for p in rules.plan.periods if Period.parse(p).is_year}
    years |= {p for p in indicator.targets if Period.parse(p).is_year and indicator.no_target(p) is None}
    return years


def periods_with_targets(rules: RulesFile) -> list[str]:
    """Every period some indicator has a target (or a custom rule) for, in table order."""
    found: set[str] = set()
    for indicator in rules.indicators:
        found |= set(indicator.targets)
        expr = indicator.expr
        if isinstance(expr, Mapping):
            found |= set(expr)
        elif expr is not None:
            found |= _expression_years(indicator, rules)
    return order(found)


def default_period(rules: RulesFile, data: Dataset) -> str:
    """The latest single year that has both a target and a reported value."""
    years = {row.period for row in data.rows if "-" not in row.period}
    targeted = {period for indicator in rules.indicators for period in indicator.targets}
    both = sorted(years & targeted)
    if not both:
        raise ValueError("no period has both a target and a reported value; pass --period")
    return both[-1]


# --------------------------------------------------------------------------- judging


def check(
    rules: RulesFile, data: Dataset, periods: Sequence[str] | str = ALL, *, as_of: int | None = None
) -> list[Judgement]:
    """Judge every rule of every indicator in ``periods`` (``"all"``: every period with a target).

    ``as_of`` is the year the data are complete to (default: the latest year in ``data``); a plan
    period (or horizon) ending after it is pending ``period_open`` with a progress rating, and a
    single year after it without a value is pending ``no_data``.
    """
    with overlay(rules.overlay):  # the plan's own words (plan.lexicon), for this check only
        checker = _Checker(rules, data, as_of)
        judged = (
            checker.target(indicator, period, text, index) if kind == "target"
            else checker.expression(indicator, period, text, index)
            for indicator, period, index, kind, text in _rules_in(rules, periods)
        )
        return [j for j in judged if shown(j)]


def shown(j: Judgement) -> bool:
    """Whether ``check`` gives a judgement: all but those of a target cell saying none (``—``, ``无``) without a
    dataset row for its period (nothing to show; :func:`judge_cells` gives them too, the streaming path drops
    them as check does). With a row, the value is shown, pending ``no_target``: never dropped silently."""
    return j.row is not None or j.rule != "target" or j.indicator.no_target(j.period) is None


def judge_cells(rules: RulesFile, data: Dataset, cells: Sequence[RuleCell], *, as_of: int) -> list[Judgement]:
    """The judgements :func:`check` gives these cells (from :func:`rule_cells`) of ``data``, in the order
    given: the streaming path asks for only the cells its arrays do not judge."""
    return CellJudge(rules, data, as_of)(cells)


class CellJudge:
    """:func:`judge_cells` for one dataset, called as often as wanted: what it reads of the dataset (parsed
    values, series, same-period figures) is read once for all the calls."""

    def __init__(self, rules: RulesFile, data: Dataset, as_of: int) -> None:
        self.rules = rules
        with overlay(rules.overlay):
            self._checker = _Checker(rules, data, as_of)

    def __call__(self, cells: Sequence[RuleCell]) -> list[Judgement]:
        checker = self._checker
        with overlay(self.rules.overlay):
            return [
                checker.target(c.indicator, c.period, c.text, c.index) if c.rule == "target"
                else checker.expression(c.indicator, c.period, c.text, c.index)
                for c in cells
            ]


def _rules_in(
    rules: RulesFile, periods: Sequence[str] | str
) -> Iterator[tuple[Indicator, str, int, Literal["target", "expr"], str]]:
    """Every rule judged in ``periods``, in check's order: period, indicator, its targets, its expression."""
    wanted = periods_with_targets(rules) if isinstance(periods, str) and periods == ALL else list(
        [periods] if isinstance(periods, str) else periods
    )
    for period in wanted:
        for indicator in rules.indicators:
            index = 0
            none = indicator.no_target(period)  # a cell saying none: judged as a target, pending no_target
            for text in targets_of(indicator, period) or ((none,) if none is not None else ()):
                yield indicator, period, index, "target", text
                index += 1
            expr = expression_of(indicator, period, rules)
            if expr is not None:
                yield indicator, period, index, "expr", expr


@record  # dataclass(frozen=True, slots=True) compiling its methods late or never (frozen.record)
class RuleCell:
    """One rule of one indicator in one period, as :func:`check` judges it in any dataset."""

    indicator: Indicator
    period: str
    index: int
    rule: Literal["target", "expr"]
    text: str  #: the target text, or the custom rule's expression
    target: m.Constraint | None  #: the target as read, 同步 pointed at its indicator (None: a custom rule)
    context: Context  #: polarity, unit, measure, tolerances and the rules file's references (no values)
    end: int  #: the year the cell can be judged after: its period's end, or a later horizon in the target
    as_of: int
    #: what a cell without a value is: AFTER_DATA or OPEN when ``end`` lies after ``as_of``, else DUE
    timing: Timing
    #: judging it may read a value besides its own and the previous year's: another indicator's of the same
    #: period (与经济增长基本同步, a reference by id) or a base year's (比2020年下降18%); or it is judged knowing its
    #: year (年均增长6% in a year's cell: one year's figure is no average, judge/change.py)
    reads_others: bool

    def without_value(self, verdict: Verdict) -> Verdict:
        """The verdict check gives the cell when the dataset has no value for it, from the verdict of
        judging it against a missing value (:func:`judge` with the context's previous value)."""
        return pending_for(self.timing, verdict, self.period, self.end, self.as_of)


def rule_cells(rules: RulesFile, periods: Sequence[str] | str, *, as_of: int) -> list[RuleCell]:
    """What :func:`check` judges in ``periods``, in its order, for any dataset reported up to ``as_of``.

    The streaming path plans with it: ``check(rules, data, periods, as_of=as_of)`` gives one
    judgement per cell here, of the same indicator, period, index and rule.
    """
    checker = _Checker(rules, Dataset("", ()), as_of)
    ids = {indicator.id for indicator in rules.indicators} | set(checker.roles)
    cells = []
    for indicator, period, index, kind, text in _rules_in(rules, periods):
        span = Period.parse(period)
        ctx = checker.context(indicator, period, None)
        target = checker.sync_target(indicator, parse_target(text)) if kind == "target" else None
        end = span.end_for(checker.horizon(target, ctx)) if target is not None else span.end
        cells.append(RuleCell(
            indicator=indicator, period=period, index=index, rule=kind, text=text, target=target, context=ctx,
            end=end, as_of=checker.as_of, timing=timing_of(span, end, checker.as_of, reported=False),
            reads_others=target is not None and (_reads_others(target, ids) or span.is_year and _annual(target)),
        ))
    return cells


def _annual(target: m.Constraint) -> bool:
    """年均增长6% in a year's cell: judged knowing the year (judge/change.py: one year's figure is no average), so the
    stream hands it to check as it does the cells that read other values."""
    return any(isinstance(node, m.Cumulative) and node.annual for node in m.nodes(target))


def _reads_others(target: m.Constraint, ids: set[str]) -> bool:
    for node in m.nodes(target):
        if isinstance(node, m.Sync):
            return True
        if isinstance(node, m.Reference) and {node.name, node.phrase} & ids:
            return True
        if isinstance(node, m.Cumulative) and node.base_year is not None:  # the base year's level: _year
            return True
    return False


class _Checker(DataView):
    """Judges the cells of one dataset, read through a :class:`~compliance.plans.view.DataView`."""

    def target(self, indicator: Indicator, period: str, text: str, index: int) -> Judgement:
        target = self.sync_target(indicator, parse_target(text))
        span = Period.parse(period)
        if indicator.no_target(period) is not None:
            found = _no_target(self, indicator, period, target, index)
        elif span.is_year:
            found = self._year(indicator, span, target, index)
        else:
            found = self._plan_period(indicator, span, target, index)
        return with_provenance(found, self.rules, self.roles, self.row, self.names)


    def _year(self, indicator: Indicator, span: Period, target: m.Constraint, index: int) -> Judgement:
        period = span.text
        previous = self.reported(indicator.id, str(span.start - 1))
        ctx = self.context(indicator, period, previous)
        change = m.find(target, m.Cumulative)
        base = self.reported(indicator.id, str(change.base_year)) if change and change.base_year else None
        if change and base is not None and str(change.base_year) not in ctx.references:
            # 比2020年下降18%: the base year's level, under the year's key (judge/change.py)
            ctx = replace(ctx, references={**ctx.references, str(change.base_year): base})
        row = self.row(indicator.id, period)
        reported = self.reported(indicator.id, period) or m.Missing(text="")
        end = span.end_for(self.horizon(target, ctx))
        timing = timing_of(span, end, self.as_of, row is not None)
        verdict = pending_for(timing, judge(target, reported, ctx), period, end, self.as_of)
        rows = (row,) if row is not None else ()
        return Judgement(indicator, period, row, verdict, index, "target", rows, timing)

    def horizon(self, target: m.Constraint, ctx: Context) -> int | None:
        """A horizon in the text counts unless a reference from elsewhere replaced the bracket holding it."""
        reference = m.find(target, m.Reference)
        if reference is not None and (reference.name in ctx.references or reference.phrase in ctx.references):
            return None
        return horizon(target)

    def _plan_period(self, indicator: Indicator, span: Period, target: m.Constraint, index: int) -> Judgement:
        from ..judge.progress import assess, final_value, lacking_notes, settings_for, shape_of

        period = span.text
        previous = self.reported(indicator.id, str(span.start - 1))
        # the period's change is compounded from the yearly figures (progress): what is judged is the change
        ctx = replace(self.context(indicator, period, previous), levels=False)
        end = span.end_for(self.horizon(target, ctx))
        series = self.series(indicator.id)
        rows = tuple(
            row for year in sorted(series) if (row := self.row(indicator.id, str(year))) is not None
            and span.start - 1 <= year <= end
        )
        in_period = tuple(r for r in rows if Period.parse(r.period).start >= span.start)  #: without the base year
        if end <= self.as_of:
            period_row = self.row(indicator.id, period)
            reported, references, notes, lacking = final_value(
                target, series, period=span, ctx=ctx, period_row=self.reported(indicator.id, period),
                reference_series=self.series, end=end,
            )
            verdict = judge(target, reported, replace(ctx, references={**ctx.references, **references}))
            update: dict[str, Any] = {"notes": verdict.notes + tuple(notes)}
            if lacking:
                update["missing"] = verdict.missing + tuple(year for year in lacking if year not in verdict.missing)
                # yearly values were reported but not all read as figures: not "nothing reported" (explain)
                said = {y: series[y] for y in span.years if y in series and not isinstance(series[y], m.Missing)}
                if said and period_row is None and shape_of(target, ctx.measure) != "level":
                    update["missing"] = tuple(item for item in update["missing"] if item != "reported")
                    update["notes"] += lacking_notes(said, lacking, ctx)  # not a figure, or another indicator's
            used = (period_row,) if period_row is not None else rows
            shape = shape_of(target, ctx.measure)
            row = period_row or (self.row(indicator.id, str(end)) if shape == "level" else None)
            inputs: tuple[Row, ...] = ()
            if row is None and shape != "level" and not isinstance(reported, m.Missing):
                update["derived"], inputs = shape, in_period  # the sum / compounded change / average of the years
            verdict = verdict.model_copy(update=update)
            return Judgement(indicator, period, row, verdict, index, "target", used, derived_from=inputs)
        settings = settings_for(self.rules, indicator)
        assessment = assess(
            target, series, period=span, as_of=self.as_of, ctx=ctx, settings=settings,
            reference_series=self.series, end=end,
        )
        reported = assessment.reported
        # the dataset row the value judged is, when it is one (a level's latest figure); else it is derived
        # (by year where progress names it: equal texts may parse to one shared value)
        year = assessment.progress.current_year
        row = self.row(indicator.id, str(year)) if year is not None and shape_of(target, ctx.measure) == "level" else None
        if row is None or self.reported(row.indicator, row.period) is not reported:
            row = next((r for r in reversed(rows) if self.reported(r.indicator, r.period) is reported), None)
        shape = shape_of(target, ctx.measure)
        derived: tuple[Row, ...] = ()
        judged = assessment.verdict
        if shape != "level" and row is not None:
            # one year's figure is not the period's total, compounded change or average: nothing to judge yet
            # (a year lacking a figure leaves the aggregate unknown)
            row, reported, judged = None, m.Missing(text=""), None
        elif shape != "level" and not isinstance(reported, m.Missing):
            derived = in_period
        verdict = judged or judge(
            target, reported, replace(ctx, references={**ctx.references, **assessment.references})
        )
        if derived:
            verdict = verdict.model_copy(update={"derived": shape})
        progress = assessment.progress
        notes = list(verdict.notes)
        if progress.method in ("cagr", "linear") and progress.current_year is not None:
            notes.append(note("latest", year=progress.current_year, value=_one_line(assessment.reported.text)))
        verdict = opened(verdict.model_copy(update={"notes": tuple(notes)}), period, end, self.as_of)
        verdict = verdict.model_copy(update={"notes": verdict.notes + progress.notes, "progress": progress})
        return Judgement(indicator, period, row, verdict, index, "target", rows, Timing.OPEN, derived)

    def expression(self, indicator: Indicator, period: str, text: str, index: int) -> Judgement:
        from ..judge.expr import compile_expression, judge_expression

        span = Period.parse(period)
        year_text = str(span.end)
        previous = self.reported(indicator.id, str(span.start - 1))
        ctx = self.context(indicator, period, previous)
        row = self.row(indicator.id, period)
        reported = self.reported(indicator.id, period) or m.Missing(text="")
        if not span.is_year and row is None:
            row = self.row(indicator.id, year_text)
            reported = self.reported(indicator.id, year_text) or m.Missing(text="")
        compiled = compile_expression(text)
        verdict = judge_expression(
            compiled, reported, previous=previous, references=ctx.references, unit=indicator.unit,
            measure=indicator.measure, polarity=indicator.polarity, year=span.end, indicators=self.ids,
        )
        timing = timing_of(span, span.end, self.as_of, row is not None)
        verdict = pending_for(timing, verdict, period, span.end, self.as_of)
        return Judgement(indicator, period, row, verdict, index, "expr", (row,) if row is not None else (), timing)


def _one_line(text: str) -> str:
    return "".join(part.strip() for part in text.splitlines())


def _no_target(checker: _Checker, indicator: Indicator, period: str, target: m.Constraint, index: int) -> Judgement:
    """A target cell saying none against the period's own row: pending ``no_target`` (the engine's reason for such a
    target), the value shown, and the other reading of the mark: a target of zero (``无``: none of it; an accounting
    format shows 0 as ``-``), which the rules file states as ``0``."""
    row = checker.row(indicator.id, period)
    reported = checker.reported(indicator.id, period) or m.Missing(text="")
    verdict = judge(target, reported, checker.context(indicator, period, None))
    if target.text.strip():
        verdict = verdict.model_copy(update={"notes": verdict.notes + (note("none_or_zero", target=target.text),)})
    return Judgement(indicator, period, row, verdict, index, "target", (row,) if row is not None else ())
