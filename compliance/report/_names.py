"""A report in one language's names: English reports show an indicator's ``name_en`` and its unit's label.

A rules file may give each indicator ``name_en`` (and ``unit_en``, the unit's label); the report
keeps both (``VerdictRow.name`` / ``name_en``, the JSON has both whatever ``--lang``). Every text
format reads ``row.name`` and ``row.unit``, so :func:`in_language` hands an English renderer a copy
whose names are the English ones where the rules file has them, and the Chinese otherwise: one
place, and no renderer needs to know. The unit is the rules file's ``unit_en``, else the language data's label
(:func:`compliance.judge.explain.unit_label`: ``万人`` -> ``10,000 persons``), and the progress figures
(``ProgressInfo.shown``) are relabelled alike; readings and explanations were written in English at build time.
A streamed run's summary page names its indicators the same way (:func:`summary_in_language`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._model import Report, VerdictRow

if TYPE_CHECKING:  # pragma: no cover
    from ..plans.rules import RulesFile
    from ..scale.stream.summary import StreamSummary


def in_language(report: Report, lang: str) -> Report:
    """``report`` with ``name`` and ``unit`` in ``lang`` (the rules file's where it gives them; only ``en``
    differs from the report as built)."""
    if lang != "en":
        return report
    verdicts = tuple(_row_in(row, lang) for row in report.verdicts)
    matrix = report.matrix
    if matrix is not None:
        from ._model import Matrix

        matrix = Matrix(
            periods=matrix.periods, counts=matrix.counts,
            rows=tuple(row.model_copy(update={"name": row.name_en or row.name}) for row in matrix.rows),
        )
    return report.model_copy(update={"verdicts": verdicts, "matrix": matrix})


def _row_in(row: VerdictRow, lang: str) -> VerdictRow:
    from ..judge.explain import relabel, unit_label

    update: dict[str, object] = {"name": row.name_en or row.name, "unit": unit_label(row.unit, lang, row.unit_en) or None}
    if row.progress is not None and row.progress.shown:
        shown = relabel("shown", dict(row.progress.shown), lang, row.unit, row.unit_en)
        update["progress"] = row.progress.model_copy(update={"shown": shown})
    return row.model_copy(update=update)


def summary_in_language(summary: StreamSummary, rules: RulesFile, lang: str) -> StreamSummary:
    """A streamed run's summary with the rules file's ``name_en`` for its indicators in English (its page)."""
    names = {indicator.id: indicator.name_en for indicator in rules.indicators if indicator.name_en}
    if lang != "en" or not names:
        return summary
    return summary.model_copy(update={
        "by_indicator": tuple(row.model_copy(update={"name": names.get(row.indicator, row.name)})
                              for row in summary.by_indicator),
        "sample": tuple(row.model_copy(update={"name": names.get(row.indicator, row.name)}) for row in summary.sample),
    })
