"""``compliance rules lint``: everything worth fixing in a rules file, each with ``file:line:column``.

Where loading stops at the first problem, linting lists them all, and also what loads but will not
judge well:

========================  =====================================================================
code                      finding
========================  =====================================================================
``unrecognized-target``   a target the grammar cannot read: every verdict on it is pending
``no-target`` (info)      a target cell that says none (``—``, ``无``, empty): no target for its period; a value
                          reported for it is shown pending ``no_target``. Information, not a problem: ``rules lint``
                          lists it and still exits 0 when nothing else is found
``missing-polarity``      an indicator without ``polarity`` (which way is good)
``period-outside-plan``   a target (or reference) for a period that ``plan.periods`` does not list
``duplicate-id``          two indicators with one id
``unknown-indicator``     a reference for an indicator id the file does not have
``unbound-role``          a target names a role (与经济增长基本同步: ``economic_growth``) no indicator is bound to
``unknown-reference``     a ``references:`` entry no target or rule names (a misspelt 市级要球)
``unknown-role``          an indicator's ``role:`` the language does not name
``bad-lexicon``           the plan's lexicon overlay (``plan.lexicon``) is missing or does not validate
``missing-name-en``       a file that names indicators in English (``name_en``) leaves one without: English
                          reports would show it alone in Chinese
``binding-warns``         a binding (约束性) indicator whose miss is configured down to ``warn`` (its own
                          ``severity:`` or ``defaults.severity``): ``--fail-on fail`` would let its miss pass
``measure-unset``         an indicator in % with a growth-rate target (``增长6%``, or ``6%以上`` under a name ending in
                          增速 / 增长率 / 增幅: zh.yaml ``measures``) and no ``measure:``: it is judged as a level (the
                          default), so a figure reported after a previous period's is read as the change between
                          the two (6.2 after 6.5: -4.6%, missed against 增长6%); write ``measure: rate`` (or ``level``)
``unknown-key``           a key the schema does not know (with the likely one meant)
``missing-key``           a required key that is absent
``bad-value``             a value of the wrong kind (an unknown polarity, a malformed period ...)
========================  =====================================================================

A file that is not YAML at all (or is refused: binary, empty, a Python tag, an alias bomb) raises
:class:`~compliance.errors.InputError` instead: there is nothing to lint.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal


@dataclass(frozen=True, slots=True)
class Finding:
    """One lint finding, 1-based position."""

    file: str
    line: int | None
    column: int | None
    code: str
    message: str
    hint: str | None = None
    #: ``problem``: worth fixing (``rules lint`` exits 1); ``info``: worth knowing (a cell saying none)
    level: Literal["problem", "info"] = "problem"

    def __str__(self) -> str:
        where = ":".join(str(part) for part in (self.file, self.line, self.column) if part is not None)
        from ..files.text import visible  # a target's ESC or BEL is shown, never sent to the terminal

        code = self.code + (" (info)" if self.level == "info" else "")
        return visible(f"{where}: {code}: {self.message}" + (f"; {self.hint}" if self.hint else ""))


def lint_rules(path: str | Path, text: str | None = None) -> list[Finding]:
    """Every finding in a rules file, in file order (empty when clean)."""
    from ..errors import InputError
    from ..files.yaml import load_yaml, read_text
    from ..language.overlay import overlay
    from .rules import load_plan_overlay, validate

    name = str(path)
    if text is None:
        text = read_text(name)
    data = load_yaml(name, text)
    words, findings = None, []
    try:
        words = load_plan_overlay(name, data)
    except InputError as exc:  # the plan's lexicon overlay: a finding at its own file and line
        findings.append(Finding(exc.file or name, exc.line, exc.column, "bad-lexicon", exc.message, exc.hint))
    with overlay(words):
        rules, problems = validate(data, text)
        findings += [Finding(name, p.line, p.column, p.code, p.message, p.hint) for p in problems]
        if isinstance(data, dict):
            findings += _targets(name, data)
            findings += _references(name, data)
            findings += _measures(name, data)
            if rules is not None:
                findings += _bindings(name, data, rules)
                findings += _english(name, data, rules)
                findings += _binding_warns(name, data, rules)
    findings.sort(key=lambda f: (f.line or 0, f.column or 0, f.code))
    return _unique(findings)


def _english(name: str, data: dict[str, Any], rules: Any) -> list[Finding]:
    """Indicators without ``name_en`` in a file where others have one."""
    from ..files.yaml import position

    if not any(indicator.name_en for indicator in rules.indicators):
        return []
    findings = []
    for index, indicator in enumerate(rules.indicators):
        if not indicator.name_en:
            line, column = position(data, ("indicators", index, "name"), at_value=True)
            findings.append(Finding(name, line, column, "missing-name-en",
                                    f"{indicator.id}: `{indicator.name}` has no name_en, which the other indicators have",
                                    "add `name_en:`; English reports show this name in Chinese until then"))
    return findings


def _binding_warns(name: str, data: dict[str, Any], rules: Any) -> list[Finding]:
    """Binding indicators whose miss only warns: each at its own ``severity: warn``; those the file's
    ``defaults.severity`` turns down, in one finding at that entry naming them."""
    from ..files.yaml import position
    from .severity import BINDING, is_binding

    findings, by_default = [], []
    for index, indicator in enumerate(rules.indicators):
        if not is_binding(indicator.attribute) or indicator.miss_severity != "warn":
            continue
        if indicator.severity is None:
            by_default.append(indicator.id)
            continue
        line, column = position(data, ("indicators", index, "severity"), at_value=True)
        findings.append(Finding(name, line, column, "binding-warns",
                                f"{indicator.id}: a binding ({BINDING}) indicator whose miss only warns (`severity: warn`)",
                                "a binding target missed fails by default; remove the override or say why in a comment"))
    if by_default:
        line, column = position(data, ("defaults", "severity", BINDING), at_value=True)
        shown = ", ".join(by_default[:5]) + (f" and {len(by_default) - 5} more" if len(by_default) > 5 else "")
        findings.append(Finding(name, line, column, "binding-warns",
                                f"`defaults.severity: {{{BINDING}: warn}}` lets a miss of {len(by_default)} binding "
                                f"indicator{'s' if len(by_default) != 1 else ''} only warn: {shown}",
                                "a binding target missed fails by default; give `severity: warn` to the indicators "
                                "meant, or say why in a comment"))
    return findings


def _unique(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[Any, ...]] = set()
    kept = []
    for finding in findings:
        key = (finding.line, finding.column, finding.code)
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept


def _plan_periods(data: dict[str, Any]) -> set[str] | None:
    plan = data.get("plan")
    periods = plan.get("periods") if isinstance(plan, dict) else None
    if not isinstance(periods, list) or not periods:
        return None  # no periods declared: nothing to check against
    return {str(period) for period in periods}


def _targets(name: str, data: dict[str, Any]) -> list[Finding]:
    from .. import parse_target
    from ..files.yaml import position
    from ..language.reported import says_none
    from .schema import PERIOD

    periods = _plan_periods(data)
    findings = []
    indicators = data.get("indicators")
    for index, indicator in enumerate(indicators if isinstance(indicators, list) else ()):
        if not isinstance(indicator, dict):
            continue
        label = indicator.get("id") if isinstance(indicator.get("id"), str) else f"indicators[{index}]"
        targets = indicator.get("targets")
        if not isinstance(targets, dict):
            continue
        for period, target in targets.items():
            loc = ("indicators", index, "targets", period)
            if periods is not None and PERIOD.match(str(period)) and str(period) not in periods:
                line, column = position(data, loc)
                findings.append(Finding(
                    name, line, column, "period-outside-plan",
                    f"{label}: target for `{period}`, a period the plan does not list",
                    f"add it to `plan.periods` ({', '.join(sorted(periods))}) or fix the period",
                ))
            if target is None or isinstance(target, str) and says_none(target):  # "—", "无", empty: no target
                findings.append(_no_target(name, data, loc, label, period, str(target or "")))
                continue
            texts = target if isinstance(target, list) else [target]
            for number, text in enumerate(texts):
                if not isinstance(text, str):
                    continue
                if says_none(text):  # ["—", "6以上"]: check shows the item pending no_target, as a cell saying none
                    at = loc if len(texts) == 1 else (*loc, number)
                    findings.append(_no_target(name, data, at, label, period, text))
                    continue
                if _unrecognized(parse_target(text)):
                    line, column = position(data, loc if len(texts) == 1 else (*loc, number), at_value=True)
                    shown = text.replace("\n", "\\n")
                    near = _near_reference(text)  # 达到市级要球: a misspelt reference
                    findings.append(Finding(
                        name, line, column, "unrecognized-target",
                        f"{label} {period}: target `{shown}` cannot be read; its verdicts will be pending",
                        (f"did you mean the reference `{near}`? " if near else "")
                        + "rephrase it (`compliance explain` shows readings) or report the wording as a lexicon gap",
                    ))
    return findings


def _measures(name: str, data: dict[str, Any]) -> list[Finding]:
    """Indicators in % with a growth-rate target and no ``measure:`` (``measure-unset`` in the table above)."""
    from ..files.yaml import position

    findings = []
    indicators = data.get("indicators")
    for index, indicator in enumerate(indicators if isinstance(indicators, list) else ()):
        if not isinstance(indicator, dict) or "measure" in indicator or not isinstance(indicator.get("targets"), dict):
            continue
        text = _growth_rate(indicator)
        if text is None:
            continue
        label = indicator.get("id") if isinstance(indicator.get("id"), str) else f"indicators[{index}]"
        line, column = position(data, ("indicators", index, "id"))
        shown = text.replace("\n", "\\n")
        findings.append(Finding(
            name, line, column, "measure-unset",
            f"{label}: a growth rate's target (`{shown}`) and no `measure:`: it is judged as a level (the default), so "
            "a figure reported after the previous period's is read as the change between the two (6.2 after 6.5: "
            "-4.6%, missed against 增长6%)",
            "write `measure: rate` where the figures are growth rates (`decline` where they are sizes of a fall), "
            "`measure: level` where they are levels",
        ))
    return findings


def _growth_rate(indicator: dict[str, Any]) -> str | None:
    """The first target that makes the indicator a growth rate's: a change in % (增长6%, or 增长6 in an indicator in
    %), or any target under a name ending in a rate word (zh.yaml ``measures``: 地区生产总值增速) in % (6%以上, or 稳步增长
    in an indicator in %, judged against the previous rate as a level would be); None for none."""
    from .. import models as m
    from .. import parse_target
    from ..language.lexicon import lexicon

    unit, name = indicator.get("unit"), indicator.get("name")
    if unit not in (None, "%"):  # 增长6% of 城镇新增就业 (万人): figures are levels, their change the rate
        return None
    measures = lexicon().measures
    named = isinstance(name, str) and name.strip().endswith((*measures.rate, *measures.decline))
    for target in indicator["targets"].values():
        for text in target if isinstance(target, list) else [target]:
            if not isinstance(text, str):
                continue
            nodes = list(m.nodes(parse_target(text)))
            values = [getattr(node, "value", None) for node in nodes]
            units = {value.unit for value in values if isinstance(value, m.Quantity)}
            percent = "%" in units or unit == "%" and None in units
            changed = any(isinstance(node, m.Cumulative) and node.change in ("up", "down") for node in nodes)
            if percent and (changed or named) or named and unit == "%":  # 稳步增长 under 地区生产总值增速 (%)
                return text
    return None


def _no_target(name: str, data: dict[str, Any], loc: tuple[Any, ...], label: Any, period: Any, text: str) -> Finding:
    """A target cell saying none: information (schema.Indicator._no_targets), with both readings of the mark."""
    from ..files.yaml import position

    line, column = position(data, loc, at_value=text != "")  # an empty cell (a null) at its key
    said = f"says `{text}`" if text.strip() else "is empty"
    return Finding(
        name, line, column, "no-target",
        f"{label} {period}: the target cell {said}: no target for the period; a value reported for it is shown "
        "pending (`no_target`), never met or missed",
        "if the plan means a target of zero (`无`: none of it; an accounting format shows 0 as `-`), write `0`",
        level="info",
    )


def _near_reference(text: str) -> str | None:
    """A reference word of the lexicon that a part of ``text`` misspells (市级要球: 市级要求), if any."""
    from difflib import SequenceMatcher

    from ..language.lexicon import lexicon

    for entry in lexicon().references:
        for word in entry.words:
            if len(word) < 3 or word in text:
                continue
            for start in range(len(text) - len(word) + 1):
                if SequenceMatcher(None, text[start:start + len(word)], word).ratio() >= 0.75:
                    return word
    return None


def _unrecognized(constraint: Any) -> bool:
    """The constraint, or a part it is built from (a revision, a provisional number), is unreadable."""
    from ..models import Unrecognized

    if isinstance(constraint, Unrecognized):
        return True
    return any(
        _unrecognized(getattr(constraint, field))
        for field in ("inner", "original", "revised")
        if getattr(constraint, field, None) is not None
    )


def _references(name: str, data: dict[str, Any]) -> list[Finding]:
    from ..files.yaml import position
    from .schema import PERIOD

    references = data.get("references")
    indicators = data.get("indicators")
    if not isinstance(references, list):
        return []
    ids = {
        item["id"] for item in (indicators if isinstance(indicators, list) else ())
        if isinstance(item, dict) and isinstance(item.get("id"), str)
    }
    periods = _plan_periods(data)
    findings = []
    for index, reference in enumerate(references):
        if not isinstance(reference, dict):
            continue
        indicator = reference.get("indicator")
        if isinstance(indicator, str) and indicator not in ids:
            import difflib

            line, column = position(data, ("references", index, "indicator"), at_value=True)
            close = difflib.get_close_matches(indicator, sorted(ids), n=1)
            findings.append(Finding(
                name, line, column, "unknown-indicator", f"reference for unknown indicator `{indicator}`",
                f"did you mean `{close[0]}`?" if close else "use the id of an indicator of this file",
            ))
        period = reference.get("period")
        if periods is not None and period is not None and PERIOD.match(str(period)) and str(period) not in periods:
            line, column = position(data, ("references", index, "period"), at_value=True)
            findings.append(Finding(
                name, line, column, "period-outside-plan", f"reference for `{period}`, a period the plan does not list",
                f"add it to `plan.periods` ({', '.join(sorted(periods))}) or fix the period",
            ))
    return findings


def _bindings(name: str, data: dict[str, Any], rules: Any) -> list[Finding]:
    """Roles the targets name that no indicator plays, and references no target names."""
    import difflib

    from .. import models as m
    from .. import parse_target
    from ..files.yaml import position
    from ..judge.expr import compile_expression
    from ..language.lexicon import lexicon
    from .roles import bound_roles

    roles, known = bound_roles(rules), lexicon().roles
    named: set[str] = set()  # every name a target or rule looks a reference up by
    findings = []
    for index, indicator in enumerate(rules.indicators):
        if indicator.role is not None and indicator.role not in known:
            line, column = position(data, ("indicators", index, "role"), at_value=True)
            close = difflib.get_close_matches(indicator.role, sorted(known), n=1)
            findings.append(Finding(name, line, column, "unknown-role", f"{indicator.id}: role `{indicator.role}` is "
                                    "not one the language names", f"did you mean `{close[0]}`?" if close else
                                    f"use one of {', '.join(f'`{r}`' for r in sorted(known))}"))
        expr = indicator.expr
        for rule in (expr.values() if isinstance(expr, dict) else [expr]):
            if rule is not None:
                named.update(compile_expression(rule).refs)
        own = indicator.sync.indicator if indicator.sync is not None else None
        for period in indicator.targets:
            for number, text in enumerate(indicator.targets_for(period)):
                for node in m.nodes(parse_target(text)):
                    if isinstance(node, m.Sync) and (own or rules.links.get(node.phrase)):
                        continue
                    role = node.ref if isinstance(node, m.Sync) else node.name if isinstance(node, m.Reference) else None
                    if isinstance(node, m.Reference):
                        named.update((node.name, node.phrase))
                    if role in known and role not in roles:
                        loc = ("indicators", index, "targets", period)
                        many = not isinstance(indicator.targets[period], str)
                        line, column = position(data, (*loc, number) if many else loc, at_value=True)
                        findings.append(Finding(
                            name, line, column, "unbound-role",
                            f"{indicator.id} {period}: `{text}` names {role}, which no indicator of the plan plays",
                            f"add `role: {role}` to the indicator it means; its verdicts are pending until then",
                        ))
    for index, reference in enumerate(rules.references):
        if reference.name not in named:
            line, column = position(data, ("references", index, "name"), at_value=True)
            close = difflib.get_close_matches(reference.name, sorted(named | {e.name for e in lexicon().references}), n=1)
            findings.append(Finding(
                name, line, column, "unknown-reference", f"reference `{reference.name}` is named by no target or rule",
                f"did you mean `{close[0]}`?" if close else "name it as the targets do (市级要求, 全市平均水平 ...)",
            ))
    return findings
