"""A report in one language's names: English reports show an indicator's ``name_en`` and ``unit_en``.

A rules file may give each indicator ``name_en`` (and ``unit_en``, the unit's label); the report
keeps both (``VerdictRow.name`` / ``name_en``, the JSON has both whatever ``--lang``). Every text
format reads ``row.name`` and ``row.unit``, so :func:`in_language` hands an English renderer a copy
whose names are the English ones where the rules file has them, and the Chinese otherwise: one
place, and no renderer needs to know. Readings and explanations keep the engine's units (``313.2万人``).
A streamed run's summary page names its indicators the same way (:func:`summary_in_language`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._model import Matrix, Report

if TYPE_CHECKING:  # pragma: no cover
    from ..plans.rules import RulesFile
    from ..scale.stream.summary import StreamSummary


def in_language(report: Report, lang: str) -> Report:
    """``report`` with ``name`` (and ``unit``) in ``lang`` where the rules file gives them (only ``en`` has any).
    """
    if lang != "en" or not any(row.name_en or row.unit_en for row in report.verdicts):
        return report
    verdicts = tuple(
        row.model_copy(update={"name": row.name_en or row.name, "unit": row.unit_en or row.unit})
        for row in report.verdicts
    )
    matrix = report.matrix
    if matrix is not None:
        matrix = Matrix(
            periods=matrix.periods, counts=matrix.counts,
            rows=tuple(row.model_copy(update={"name": row.name_en or row.name}) for row in matrix.rows),
        )
    return report.model_copy(update={"verdicts": verdicts, "matrix": matrix})


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
