"""Judgements -> :class:`Report`: read facts off the verdicts, apply overrides, count.

Presentation only: nothing here parses or evaluates a target. Each row's status, reason, numbers and
explanation are the verdict's own; an override replaces the *final* status and is shown beside the
computed one. Severity is :attr:`compliance.check.Judgement.severity`, taken of the final status.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import os
from collections.abc import Sequence
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..models import Status, Verdict, format_decimal
from ._model import (
    SEVERITIES,
    UNSPECIFIED,
    FileRef,
    Localized,
    Meta,
    OverrideInfo,
    Report,
    SeverityCounts,
    StatusCounts,
    Summary,
    VerdictRow,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..check import Judgement
    from ..overrides import Overrides
    from ..rules import RulesFile


def build_report(
    judgements: Sequence[Judgement],
    *,
    rules: RulesFile,
    rules_path: str | os.PathLike[str] | Any,
    data_path: str | os.PathLike[str] | Any,
    periods: Sequence[str],
    overrides: Overrides | None = None,
    now: datetime | str | None = None,
) -> Report:
    """Collect everything a report shows about ``judgements`` into one frozen :class:`Report`.

    ``rules_path`` and ``data_path`` are named in the header as given, with the SHA-256 of their
    bytes. ``now`` is the generation time (default: ``$SOURCE_DATE_EPOCH`` when set, else the
    current time, in UTC). An override naming no judged (indicator, period) raises
    :class:`InputError` pointing at its line in the overrides file.
    """
    from .. import __version__

    rows = tuple(_row(j, overrides) for j in judgements)
    if overrides is not None:
        judged = {(j.indicator.id, j.period) for j in judgements}
        for entry in overrides.entries:
            if (entry.indicator, entry.period) not in judged:
                ids = sorted({j.indicator.id for j in judgements})
                close = difflib.get_close_matches(entry.indicator, ids, n=1)
                hint = f"did you mean `{close[0]}`?" if close and close[0] != entry.indicator else (
                    f"judged periods: {', '.join(periods)}"
                )
                raise overrides.error(entry, f"override for {entry.indicator} {entry.period} matches no verdict", hint)
    meta = Meta(
        plan=rules.plan.name,
        jurisdiction=rules.plan.jurisdiction,
        periods=tuple(periods),
        rules=_file_ref(rules_path),
        dataset=_file_ref(data_path),
        overrides=(
            FileRef(path=overrides.file or "", sha256=overrides.sha256 or "")
            if overrides is not None and overrides.file is not None
            else None
        ),
        engine_version=__version__,
        generated=_timestamp(now),
    )
    return Report(meta=meta, summary=_summary(rows), verdicts=rows)


def _file_ref(path: Any) -> FileRef:
    name = str(path)
    try:
        data = Path(name).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read for its SHA-256: {exc.strerror or exc}", file=name) from None
    return FileRef(path=name, sha256=hashlib.sha256(data).hexdigest())


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


def _read_as(v: Verdict) -> Localized:
    from .._explain import render_interval
    from ._labels import labels

    if v.admissible is not None:
        return Localized(**{lang: render_interval(v.admissible, v.unit, lang) for lang in ("zh", "en")})
    kind = v.target.kind
    return Localized(**{lang: labels(lang)["kinds"].get(kind, kind) for lang in ("zh", "en")})


def _reported_as(v: Verdict) -> Localized | None:
    from .._explain import render_interval

    if v.value_interval is None:
        return None
    return Localized(**{lang: render_interval(v.value_interval, v.unit, lang) for lang in ("zh", "en")})


def _row(j: Judgement, overrides: Overrides | None) -> VerdictRow:
    v = j.verdict
    entry = overrides.find(j.indicator.id, j.period) if overrides is not None else None
    final = entry.status if entry is not None else v.status
    # Judgement.severity is the one definition of severity; ask it about the final status.
    severity = j.severity if final is v.status else dataclasses.replace(
        j, verdict=v.model_copy(update={"status": final})
    ).severity
    row = j.row
    return VerdictRow(
        indicator=j.indicator.id,
        number=j.indicator.number,
        name=j.indicator.name,
        period=j.period,
        attribute=j.indicator.attribute,
        department=j.indicator.department,
        unit=v.unit if v.unit is not None else j.indicator.unit,
        target=j.indicator.targets.get(j.period, v.target.text),
        target_kind=v.target.kind,
        read_as=_read_as(v),
        reported=row.reported if row is not None else v.reported.text,
        reported_kind=v.reported.kind,
        reported_as=_reported_as(v),
        value=_number(v.value),
        threshold=_number(v.threshold),
        gap=_number(v.gap),
        tolerance=_number(v.tolerance),
        reference=v.reference,
        previous=_number(v.previous),
        provisional=v.provisional,
        computed_status=v.status,
        status=final,
        reason=v.reason,
        basis=v.basis,
        severity=severity,  # type: ignore[arg-type]
        explanation=Localized(zh=v.explain("zh"), en=v.explain("en")),
        missing=v.missing,
        notes=v.notes,
        override=(
            OverrideInfo(status=entry.status, by=entry.by, date=entry.date.isoformat(), reason=entry.reason)
            if entry is not None
            else None
        ),
        source=f"{row.file}:{row.line}" if row is not None else None,
        source_note=row.source if row is not None else None,
    )


def _counts(statuses: Sequence[Status]) -> StatusCounts:
    return StatusCounts(**{s.value: sum(1 for x in statuses if x is s) for s in Status})


def _summary(rows: Sequence[VerdictRow]) -> Summary:
    from ..check import worst

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
    return Summary(
        verdicts=len(rows),
        by_status=_counts([row.status for row in rows]),
        computed_by_status=_counts([row.computed_status for row in rows]),
        by_severity=SeverityCounts(**{s: sum(1 for row in rows if row.severity == s) for s in SEVERITIES}),
        by_attribute={key: _counts(value) for key, value in sorted(by_attribute.items())},
        by_period={key: _counts(value) for key, value in sorted(by_period.items())},
        indicators=len(folded),
        indicators_by_status=_counts(list(folded.values())),
        indicators_by_attribute={key: _counts(value) for key, value in sorted(folded_by_attribute.items())},
        overridden=sum(1 for row in rows if row.override is not None),
    )
