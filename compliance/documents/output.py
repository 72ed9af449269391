"""An extraction written out (``rules.yaml``, ``data.csv``, ``extract.json``) and judged.

The rules file is written by hand (not dumped) so that each target line ends with a comment naming
where the target came from, which ``compliance rules fmt`` keeps; it is loaded back with
:func:`~compliance.plans.rules.load_rules` before anything is written, so a file that would not
load is never written. The folder is filled atomically through :func:`~compliance.files.atomic.atomic_output`
(the package's one way of writing a user's file): every file goes to a temporary file in the folder and
all are renamed once all are written, so a failure leaves no half-written output; a new file gets the
umask's permissions and a file written over keeps its own, as with any other output.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..files.atomic import atomic_output
from ..language.normalize import fold
from ..plans.check import Judgement, check, matrix
from ..plans.datasets import Dataset, load_dataset
from ..plans.rules import RulesFile, load_rules
from .claims import ClaimResult, Outcome, compare
from .extract import Extraction, Indicator
from .naming import flat, same, spellings

RULES, DATA, REPORT = "rules.yaml", "data.csv", "extract.json"


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str) -> str:
    return " ".join(text.split())


def rules_text(extraction: Extraction) -> str:
    """The rules file: every indicator, each target with its source in a comment."""
    sources = sorted({d.file for d in extraction.documents})
    lines = [
        f"# Extracted by `compliance extract` from {', '.join(sources)}.",
        "# Targets are the documents' text, verbatim; the comment after each gives its source.",
        "# Polarity is read from the name (compliance/documents/data/polarity.yaml) or the targets: see extract.json.",
        "plan:",
        f"  name: {_q(extraction.plan_name)}",
        f"  periods: [{', '.join(_q(p) for p in extraction.periods)}]",
        f"  source: {_q(', '.join(sources))}",
    ]
    if extraction.links:
        lines.append("links:")
        lines += [f"  {_q(phrase)}: {indicator_id}" for phrase, indicator_id in extraction.links.items()]
    lines.append("indicators:")
    for indicator in extraction.indicators:
        lines += _indicator_lines(indicator, extraction.roles.get(indicator.id))
    return "\n".join(lines) + "\n"


def _indicator_lines(indicator: Indicator, role: str | None = None) -> list[str]:
    found = indicator.found
    lines = [f"  - id: {indicator.id}"]
    if found.number:
        lines.append(f"    number: {_q(found.number)}")
    lines.append(f"    name: {_q(found.name)}")
    if found.source_name and found.source_name != found.name:
        lines.append(f"    source_name: {_q(found.source_name)}")
    if indicator.unit:
        lines.append(f"    unit: {_q(indicator.unit)}")
    lines.append(f"    polarity: {indicator.direction.polarity.value}  # {_comment(indicator.direction.why)}")
    lines.append(f"    measure: {indicator.direction.measure.value}")
    if role:
        lines.append(f"    role: {role}  # a target names it so (高于GDP增速)")
    if found.attribute:
        lines.append(f"    attribute: {found.attribute}")
    if found.department:
        lines.append(f"    department: {_q(found.department)}")
    if found.in_plan is not None:
        lines.append(f"    in_plan: {'true' if found.in_plan else 'false'}")
    if found.targets:
        lines.append("    targets:")
        for period in _ordered(found.targets):
            figure = found.targets[period]
            lines.append(f"      {_q(period)}: {_q(figure.text)}  # {_comment(str(figure.place))}")
    return lines


def _ordered(book: dict[str, Any]) -> list[str]:
    from ..judge.periods import order

    return order(book)


def data_text(extraction: Extraction) -> str:
    """The dataset: one row per indicator and period, with the source of each figure."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["indicator", "period", "reported", "source", "name"])
    for indicator in extraction.indicators:
        for period in _ordered(indicator.found.reported):
            figure = indicator.found.reported[period]
            writer.writerow([indicator.id, period, figure.text, str(figure.place), indicator.found.name])
    return out.getvalue()


def report(extraction: Extraction, claims: Sequence[ClaimResult] = ()) -> dict[str, Any]:
    """``extract.json``: what was found and from where, what was doubtful, what could not be placed."""
    return {
        "documents": [_document(d, "plan") for d in extraction.documents]
        + [_document(d, "outcomes") for d in extraction.outcome_documents],
        "outcome_period": extraction.outcome_period,
        "indicators": [_indicator(i) for i in extraction.indicators],
        "links": extraction.links,
        "statements": [s.to_dict() for s in extraction.statements],
        "claims": [c.to_dict() for c in claims],
        "low_confidence": [d.to_dict() for d in extraction.doubts],
        "unplaced": [u.to_dict() for u in extraction.unplaced],
        "unmatched": extraction.unmatched,
        "corroborations": extraction.corroborations,
    }


def _document(document: Any, role: str) -> dict[str, Any]:
    return {"file": document.file, "role": role, "kind": document.kind, "paragraphs": len(document.paragraphs),
            "tables": len(document.tables), **({"pages": document.pages} if document.pages else {})}


def _indicator(indicator: Indicator) -> dict[str, Any]:
    found = indicator.found
    return {
        "id": indicator.id, "name": found.name, "source_name": found.source_name, "origin": found.origin,
        "source": str(found.place), "number": found.number, "unit": indicator.unit,
        "polarity": indicator.direction.polarity.value, "measure": indicator.direction.measure.value,
        "polarity_why": indicator.direction.why, "polarity_confident": indicator.direction.confident,
        "attribute": found.attribute, "department": found.department, "in_plan": found.in_plan,
        "targets": {p: {"text": f.text, "source": str(f.place), **({"quote": f.quote} if f.quote else {})}
                    for p, f in found.targets.items()},
        "reported": {p: {"text": f.text, "source": str(f.place), **({"quote": f.quote} if f.quote else {})}
                     for p, f in found.reported.items()},
    }


# --------------------------------------------------------------------------- loading and judging


@dataclass(frozen=True)
class DocumentPlan:
    """An extraction loaded as the plan layer's own objects, ready for ``check`` and the reports."""

    extraction: Extraction
    rules: RulesFile
    data: Dataset
    rules_text: str
    data_text: str


def load(extraction: Extraction, folder: str | Path = ".") -> DocumentPlan:
    """The extraction as a loaded rules file and dataset (named as if in ``folder``), validated."""
    rules_name, data_name = str(Path(folder) / RULES), str(Path(folder) / DATA)
    text = rules_text(extraction)
    rules = load_rules(rules_name, text=text)
    table = data_text(extraction)
    data = load_dataset(data_name, [i.id for i in rules.indicators], text=table)
    return DocumentPlan(extraction, rules, data, text, table)


def judge(plan: DocumentPlan, periods: Sequence[str] | str = "all") -> list[Judgement]:
    return check(plan.rules, plan.data, periods)


def default_period(plan: DocumentPlan) -> str | None:
    """The latest year with both a target and a reported value: what the claims are about by default."""
    years = {row.period for row in plan.data.rows if "-" not in row.period}
    targeted = {p for i in plan.rules.indicators for p in i.targets}
    both = sorted(years & targeted)
    return both[-1] if both else None


class _Match:
    """Which outcomes a name in a claim refers to: the same indicator by synonym, else the indicators
    whose name starts with it (``新增学位`` -> both 新增学位供给数 sub-rows), else those that contain it."""

    def __init__(self, outcomes: Sequence[Outcome]) -> None:
        self.outcomes = outcomes

    def __call__(self, name: str) -> list[Outcome]:
        folded = fold(flat(name)).text
        for test in (
            lambda o: same(o.name, name),
            lambda o: fold(o.name).text.startswith(folded),
            lambda o: folded in fold(o.name).text,
        ):
            found = [o for o in self.outcomes if test(o)]
            if found:
                return found
        return []

    def mentioned(self, context: str) -> list[Outcome]:
        """The outcomes named in a text, the longest name winning where two overlap."""
        text = fold(context).text
        names = sorted(((s, o) for o in self.outcomes for s in spellings(o.name)), key=lambda item: -len(item[0]))
        taken: list[tuple[int, int]] = []
        found: list[Outcome] = []
        for spelling, outcome in names:
            for match in re.finditer(re.escape(spelling), text):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                taken.append((match.start(), match.end()))
                if outcome not in found:
                    found.append(outcome)
        return found


def claims(plan: DocumentPlan, judgements: Sequence[Judgement] | None = None) -> list[ClaimResult]:
    """Every claim of the documents beside the computed verdicts of its period."""
    results: list[ClaimResult] = []
    judged = list(judgements) if judgements is not None else None
    outcome_files = {d.file for d in plan.extraction.outcome_documents}
    for statement in plan.extraction.statements:
        if statement.period and not _has_targets(plan, statement.period) and statement.place.file not in outcome_files:
            continue  # a plan's account of another year (湟源县 2024's targets: 2023年,…较好完成了…确定的目标任务)
        period = statement.period if statement.period and _has_targets(plan, statement.period) else default_period(plan)
        if period is None:
            continue
        cells = matrix(judged if judged is not None else judge(plan, [period]))
        outcomes = [
            Outcome(i.id, i.name, i.number, cell.status, _gap(cell))
            for i in plan.rules.indicators
            if (cell := cells.cell(i.id, period)) is not None
        ]
        result = compare(statement, outcomes, _Match(outcomes))
        if result is not None:
            results.append(result)
    return results


def _has_targets(plan: DocumentPlan, period: str) -> bool:
    return any(period in i.targets for i in plan.rules.indicators)


def _gap(cell: Any) -> Any:
    gaps = [v.gap for v in cell.verdicts if v.gap is not None]
    return min(gaps) if gaps else None


# --------------------------------------------------------------------------- writing


def write(plan: DocumentPlan, folder: str | Path, claim_results: Sequence[ClaimResult] = ()) -> list[Path]:
    """Write ``rules.yaml``, ``data.csv`` and ``extract.json`` into ``folder`` (made if missing), atomically."""
    target = Path(folder)
    contents = {
        RULES: plan.rules_text,
        DATA: plan.data_text,
        REPORT: json.dumps(report(plan.extraction, claim_results), ensure_ascii=False, indent=2) + "\n",
    }
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the output folder: {exc.strerror}", file=str(target)) from None
    if not target.is_dir():
        raise InputError("is not a folder", file=str(target), hint="give a folder for rules.yaml, data.csv, extract.json")
    with ExitStack() as stack:  # every file is renamed into place only once all three are written
        outputs = {name: stack.enter_context(atomic_output(target / name)) for name in contents}
        for name, text in contents.items():
            outputs[name].write(text.encode("utf-8"))
    return [target / name for name in contents]
