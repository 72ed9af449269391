"""Judgements -> :class:`Report`: read facts off the verdicts, apply overrides, count.

Presentation only: nothing here parses or evaluates a target. Each row's status, reason, numbers and
explanation are the verdict's own; an override replaces the *final* status and is shown beside the
computed one. Severity is :attr:`compliance.plans.check.Judgement.severity`, taken of the final status.

The report's models are made unvalidated (:func:`compliance.models.trusted`): every value is the engine's own,
of its field's type, so a check builds no validator for them (tests/test_report_unvalidated.py: a report
equals its dump validated again).
"""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..judge.verdict import Progress, Verdict
from ..models import ProgressRating, Reason, Status, format_decimal, trusted
from ._claims import claim_rows
from ._labels import LANGS
from ._model import (
    SEVERITIES,
    UNSPECIFIED,
    FileRef,
    Localized,
    Meta,
    Report,
    SeverityCounts,
    StatusCounts,
    Summary,
    VerdictRow,
    row_id,
)
from ._provenance import missing_words

if TYPE_CHECKING:  # pragma: no cover; the rarer report models are made where a report has one (report/_model.py)
    from ._model import DerivedInfo, Matrix, MatrixCell, OverrideInfo, ProgressInfo
    from ..plans.check import Cell, Judgement
    from ..plans.overrides import Override, Overrides
    from ..plans.rules import RulesFile


def build_report(
    judgements: Sequence[Judgement],
    *,
    rules: RulesFile,
    rules_path: str | os.PathLike[str] | Any,
    data_path: str | os.PathLike[str] | Any,
    periods: Sequence[str],
    overrides: Overrides | None = None,
    now: datetime | str | None = None,
    claims: Iterable[Any] = (),
    documents: Sequence[str | os.PathLike[str]] = (),
    rules_text: str | None = None,
    data_text: str | None = None,
    langs: Sequence[str] | None = None,
) -> Report:
    """Collect everything a report shows about ``judgements`` into one frozen :class:`Report`.

    ``rules_path`` and ``data_path`` are named in the header as given, with the SHA-256 of their
    bytes. ``now`` is the generation time (default: ``$SOURCE_DATE_EPOCH`` when set, else the
    current time, in UTC). An override naming no judged (indicator, period) raises
    :class:`InputError` pointing at its line in the overrides file.

    From documents (``compliance check --document``): ``claims`` are the documents' claims
    (:func:`compliance.documents.claims`), ``documents`` the files read (named and hashed in the
    header), and ``rules_text`` / ``data_text`` the extracted rules file and dataset, hashed instead of
    reading ``rules_path`` / ``data_path``, which need not exist.

    ``langs``: the languages whose texts (explanations, readings) are written (None: every report language);
    the text of a language left out is empty. For a caller that shows one language and keeps nothing (the
    command line's terminal table): the other language's texts are a quarter of building the seed's report
    (~9M of ~35M instructions).
    """
    from .. import __version__

    cells = Counter((j.indicator.id, j.period) for j in judgements)
    assigned = overrides.assign(cells) if overrides is not None else {}
    entries = [assigned.get((j.indicator.id, j.period, j.index)) for j in judgements]
    finals = [_final(j, entry) for j, entry in zip(judgements, entries)]
    written = LANGS if langs is None else tuple(langs)
    rows = tuple(_row(j, final, entry, rules, written) for j, final, entry in zip(judgements, finals, entries))
    meta = trusted(Meta,
        plan=rules.plan.name,
        jurisdiction=rules.plan.jurisdiction,
        periods=tuple(periods),
        rules=_file_ref(rules_path, rules_text),
        dataset=_file_ref(data_path, data_text),
        overrides=(
            trusted(FileRef, path=overrides.file or "", sha256=overrides.sha256 or "")
            if overrides is not None and overrides.file is not None
            else None
        ),
        documents=tuple(_file_ref(document) for document in documents),
        engine_version=__version__,
        generated=_timestamp(now),
    )
    return trusted(Report, meta=meta, summary=_summary(rows), verdicts=rows, matrix=_matrix(judgements, finals, rules),
                  claims=claim_rows(claims))


def _file_ref(path: Any, text: str | None = None) -> FileRef:
    from ..language.snapshot import sha256  # hashlib's digest without OpenSSL's module (language/snapshot.py)

    name = str(path)
    if text is not None:
        return trusted(FileRef, path=name, sha256=sha256(text.encode("utf-8")).hexdigest())
    try:
        data = Path(name).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read for its SHA-256: {exc.strerror or exc}", file=name) from None
    return trusted(FileRef, path=name, sha256=sha256(data).hexdigest())


def _timestamp(now: datetime | str | None) -> str:
    if isinstance(now, str):
        now = datetime.fromisoformat(now)
    if now is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        now = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    if now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)
    return now.isoformat(timespec="seconds")


def _number(value: Decimal | None) -> str | None:
    return None if value is None else format_decimal(value)


def _localized(text: Callable[[str], str], langs: tuple[str, ...] = LANGS) -> Localized:
    """``text(lang)`` in each language of ``langs``, empty in the others."""
    return trusted(Localized, **{lang: text(lang) if lang in langs else "" for lang in LANGS})


def _read_as(v: Verdict, unit_en: str | None = None, langs: tuple[str, ...] = LANGS) -> Localized:
    from ..judge.explain import render_shown
    from ._labels import labels

    one = next((n for n in v.notes if n.code == "one_part_named"), None)
    if one is not None and len(v.parts) == 1:  # 氨氮排放量下降3.5% against 化学需氧量、氨氮排放量下降3%: its part alone
        part = _read_as(v.parts[0], unit_en, langs)
        return _localized(lambda lang: labels(lang)["one_part"].format(read=part.get(lang), **one.params), langs)
    admissible = v.admissible
    if admissible is not None:  # a repeating figure (三分之一) rounded as the explanation shows it
        return _localized(lambda lang: render_shown(admissible, v, v.unit, lang, unit_en), langs)
    kind: str = v.target.kind
    if v.reason is Reason.NO_TARGET and kind == "unrecognized":
        kind = "no_target"  # a target cell saying none (—, 无): no target set, not one that cannot be read
    return _localized(lambda lang: labels(lang)["kinds"].get(kind, kind), langs)


def _reported_as(v: Verdict, unit_en: str | None = None, langs: tuple[str, ...] = LANGS) -> Localized | None:
    from ..judge.explain import render_shown

    value = v.value_interval
    if value is None:
        return None
    return _localized(lambda lang: render_shown(value, v, v.unit, lang, unit_en), langs)


def _final(j: Judgement, entry: Override | None) -> Judgement:
    """The judgement as the report shows it finally: with the reviewer's status, when there is one."""
    if entry is None or entry.status is j.verdict.status:
        return j
    return dataclasses.replace(j, verdict=j.verdict.model_copy(update={"status": entry.status}))


def _progress(p: Progress | None, unit: str | None = None, sources: dict[str, str] | None = None,
              unit_en: str | None = None, langs: tuple[str, ...] = LANGS) -> ProgressInfo | None:
    if p is None:
        return None
    from ._model import ProgressInfo, ProgressValue

    return trusted(ProgressInfo,
        rating=p.rating,
        method=p.method,
        start_year=p.start_year,
        end_year=p.end_year,
        as_of=p.as_of,
        base_year=p.base_year,
        base_value=_number(p.base_value),
        current_year=p.current_year,
        current_value=_number(p.current_value),
        target_value=_number(p.target_value),
        observed=_number(p.observed),
        required=_number(p.required),
        ratio=_number(p.ratio),
        pace=_number(p.pace),
        cutoffs=tuple(format_decimal(c) for c in p.cutoffs),
        values=tuple(
            trusted(ProgressValue, year=v.year, text=v.text, low=_number(v.low), high=_number(v.high),
                          source=(sources or {}).get(str(v.year))) for v in p.values
        ),
        missing=p.missing,
        notes=p.notes,
        explanation=_localized(lambda lang: p.explain("zh") if lang == "zh" else p.explain("en", unit, unit_en), langs),
        shown=_shown(p, unit),
        missing_as=_localized(lambda lang: missing_words(p.missing, lang), langs) if p.missing else None,
    )


#: the figures of each progress sentence that its template writes with ``%`` after them
_PERCENT = {
    "progress_cagr": ("observed", "required"),
    "progress_linear": ("observed", "required"),
    "progress_compound_down": ("current", "target", "pace", "observed", "required"),
    "progress_compound_up": ("current", "target", "pace", "observed", "required"),
    "progress_average": ("current", "target"),
}
_FIGURES = ("base", "current", "target", "observed", "required", "pace", "ratio")


def _shown(p: Progress, unit: str | None) -> dict[str, str]:
    """The figures as the rating's sentence shows them (same rounding, with units): its note's parameters,
    else two decimals with the unit of what each figure is (a level's unit, % for a rate, none for a ratio)."""
    from ..judge.progress_rating import show

    rates = p.method in ("compound", "average")  # levels of a rate: in %
    units = {
        "base": "%" if rates else unit, "current": "%" if rates else unit, "target": "%" if rates else unit,
        "observed": unit if p.method == "sum" else "%", "required": unit if p.method == "sum" else "%",
        "pace": "%" if rates else unit, "ratio": None,
    }
    values = {"base": p.base_value, "current": p.current_value, "target": p.target_value, "observed": p.observed,
              "required": p.required, "pace": p.pace, "ratio": p.ratio}
    found = {key: show(value, 2) + (units[key] or "") for key, value in values.items() if value is not None}
    for note in p.notes:
        if note.code in _PERCENT or note.code in ("progress_sum", "progress_levels"):
            percent = _PERCENT.get(note.code, ())
            found.update({key: note.params[key] + ("%" if key in percent else "")
                          for key in _FIGURES if key in note.params and note.params[key] not in ("", "—")})
    return found





def _derived(j: Judgement, unit_en: str | None = None, langs: tuple[str, ...] = LANGS) -> DerivedInfo | None:
    """A value computed from the yearly figures, with each figure's cell (None: the value is a cell, or none)."""
    from ..judge.explain import derived_places, render_rounded

    v = j.verdict
    value = v.value_interval
    if v.derived is None or value is None or not j.derived_from:
        return None
    from ._model import DerivedInfo, DerivedInput

    places = derived_places(v)
    return trusted(DerivedInfo,
        method=v.derived,
        value=v.reported.text,
        value_as=_localized(lambda lang: render_rounded(value, places, v.unit, lang, unit_en), langs),
        inputs=tuple(trusted(DerivedInput, period=r.period, reported=r.reported, source=f"{r.file}:{r.line}",
                             note=r.note)
                     for r in j.derived_from),
    )


def _row(j: Judgement, final: Judgement, entry: Override | None, rules: RulesFile | None = None,
         langs: tuple[str, ...] = LANGS) -> VerdictRow:
    v = j.verdict
    row = j.row
    # the rules file's English label is the indicator's unit's: a verdict in another unit has none
    unit_en = j.indicator.unit_en if (v.unit is None or v.unit == j.indicator.unit) else None
    derived = _derived(j, unit_en, langs)
    return trusted(VerdictRow,
        id=row_id(j.indicator.id, j.period, j.index),
        indicator=j.indicator.id,
        number=j.indicator.number,
        name=j.indicator.name,
        name_en=j.indicator.name_en,
        period=j.period,
        index=j.index,
        rule=j.rule,
        attribute=j.indicator.attribute,
        department=j.indicator.department,
        unit=v.unit if v.unit is not None else j.indicator.unit,
        unit_en=unit_en,
        # the verdict's own text: one of a period's targets, or a custom rule's expression
        target=v.target.text,
        target_kind=v.target.kind,
        read_as=_read_as(v, unit_en, langs),
        # only what the dataset says: a value computed from several cells is `derived`, with its cells
        reported=row.reported if row is not None else "",
        reported_kind=v.reported.kind if row is not None else "derived" if derived is not None else "missing",
        reported_as=_reported_as(v, unit_en, langs) if row is not None else None,
        derived=derived,
        value=_number(v.value),
        threshold=_number(v.threshold),
        gap=_number(v.margin),
        stated=_number(v.stated),
        gap_to_target=(
            (format_decimal(v.stated_margin[0]), format_decimal(v.stated_margin[1]))
            if v.stated_margin is not None else None
        ),
        tolerance=_number(v.tolerance),
        reference=v.reference,
        previous=_number(v.previous),
        provisional=v.provisional,
        computed_status=v.status,
        status=final.verdict.status,
        reason=v.reason,
        basis=v.basis,
        # Judgement.severity is the one definition of severity; ask it about the final status.
        severity=final.severity,
        explanation=_localized(lambda lang: v.explain("zh") if lang == "zh" else v.explain("en", unit_en), langs),
        missing=v.missing,
        notes=v.notes,
        override=_override(entry) if entry is not None else None,
        source=f"{row.file}:{row.line}" if row is not None else None,
        source_note=row.source if row is not None else None,
        note=row.note if row is not None else None,
        rule_source=rules.where(j.indicator.id, j.period, j.index, j.rule) if rules is not None else None,
        reference_source=j.reference_source,
        progress=_progress(v.progress, v.unit if v.unit is not None else j.indicator.unit,
                           {r.period: f"{r.file}:{r.line}" for r in j.rows}, unit_en, langs),
    )


def _override(entry: Override) -> OverrideInfo:
    from ._model import OverrideInfo

    return trusted(OverrideInfo, status=entry.status, by=entry.by, date=entry.date.isoformat(), reason=entry.reason)


def _matrix(judgements: Sequence[Judgement], finals: Sequence[Judgement], rules: RulesFile) -> Matrix | None:
    """The engine's indicator x period matrix, of computed and of final statuses; None for one period.

    Rows in the rules file's order (the plan table's), whichever period an indicator first appears in.
    """
    from ..plans.check import matrix

    computed = matrix(judgements)
    if len(computed.periods) < 2:
        return None
    from ._model import Matrix, MatrixCell, MatrixRow

    final = matrix(finals)
    position = {indicator.id: n for n, indicator in enumerate(rules.indicators)}

    def cell(period: str, ours: Cell | None, theirs: Cell | None) -> MatrixCell | None:
        if ours is None or theirs is None:
            return None
        progress = ours.progress
        return trusted(MatrixCell,
            period=period,
            status=theirs.status,
            computed_status=ours.status,
            reason=ours.reason,
            progress=progress.rating if progress is not None else None,
            verdicts=tuple(row_id(j.indicator.id, j.period, j.index) for j in ours.judgements),
        )

    rows = tuple(
        trusted(MatrixRow,
            indicator=indicator.id,
            number=indicator.number,
            name=indicator.name,
            name_en=indicator.name_en,
            attribute=indicator.attribute,
            cells=tuple(
                cell(period, computed.cell(indicator.id, period), final.cell(indicator.id, period))
                for period in computed.periods
            ),
        )
        for indicator in sorted(computed.indicators, key=lambda i: position.get(i.id, len(position)))
    )
    counts = {period: trusted(StatusCounts, **final.counts(period)) for period in computed.periods}
    return trusted(Matrix, periods=computed.periods, rows=rows, counts=counts)


def _counts(statuses: Sequence[Status]) -> StatusCounts:
    return trusted(StatusCounts, **{s.value: sum(1 for x in statuses if x is s) for s in Status})


def _summary(rows: Sequence[VerdictRow]) -> Summary:
    from ..plans.check import worst
    from ..judge.periods import order

    by_attribute: dict[str, list[Status]] = {}
    by_period: dict[str, list[Status]] = {}
    groups: dict[tuple[str, str], list[VerdictRow]] = {}
    for row in rows:
        by_attribute.setdefault(row.attribute or UNSPECIFIED, []).append(row.status)
        by_period.setdefault(row.period, []).append(row.status)
        groups.setdefault((row.period, row.number or row.indicator), []).append(row)
    folded = {key: worst([row.status for row in members]) for key, members in groups.items()}
    folded_by_attribute: dict[str, list[Status]] = {}
    for key, status in folded.items():
        attribute = groups[key][0].attribute or UNSPECIFIED
        folded_by_attribute.setdefault(attribute, []).append(status)
    return trusted(Summary,
        verdicts=len(rows),
        by_status=_counts([row.status for row in rows]),
        computed_by_status=_counts([row.computed_status for row in rows]),
        by_severity=trusted(SeverityCounts, **{s: sum(1 for row in rows if row.severity == s) for s in SEVERITIES}),
        by_attribute={key: _counts(value) for key, value in sorted(by_attribute.items())},
        by_period={key: _counts(by_period[key]) for key in order(by_period)},
        indicators=len({number for _, number in folded}),
        cells=len(folded),
        indicators_by_status=_counts(list(folded.values())),
        indicators_by_attribute={key: _counts(value) for key, value in sorted(folded_by_attribute.items())},
        overridden=sum(1 for row in rows if row.override is not None),
        by_progress={
            rating.value: n
            for rating in ProgressRating
            if (n := sum(1 for row in rows if row.progress is not None and row.progress.rating is rating))
        },
    )
