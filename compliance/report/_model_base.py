"""The report's base model and the two small models the rarer ones hold too (:mod:`compliance.report._model`)."""

# No ``from __future__ import annotations``: pydantic would compile and evaluate each field's annotation string.
from ..frozen import Frozen


class ReportModel(Frozen):
    """Frozen, built on first use (:class:`compliance.frozen.Frozen`): build_report makes rows unvalidated."""


class Localized(ReportModel):
    """The same text in each report language."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


class StatusCounts(ReportModel):
    met: int = 0
    missed: int = 0
    pending: int = 0

    @property
    def total(self) -> int:
        return self.met + self.missed + self.pending
