"""The report's base model and the two small models the rarer ones hold too (:mod:`compliance.report._model`):
``Localized`` and ``StatusCounts`` (made in :mod:`compliance.plans.severity`: a streamed run counts with it too)."""

# No ``from __future__ import annotations``: pydantic would compile and evaluate each field's annotation string.
from ..frozen import Frozen
from ..plans.severity import StatusCounts  # a streamed run's counts too (scale.stream.summary.Tally)

__all__ = ["Localized", "ReportModel", "StatusCounts"]


class ReportModel(Frozen):
    """Frozen, built on first use (:class:`compliance.frozen.Frozen`): build_report makes rows unvalidated."""


class Localized(ReportModel):
    """The same text in each report language."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh
