"""The records the judge hands back: a :class:`Verdict`, and the :class:`Progress` of a multi-year target.

Both are frozen pydantic models made of the data models (:mod:`compliance.models`); their
``explain`` methods are the judge layer's explanations (:mod:`compliance.judge.explain`), which is
why they live here and not with the data models: models never call upward.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from ..models import (
    Interval,
    Note,
    Polarity,
    ProgressRating,
    Reason,
    ReferenceUse,
    Reported,
    Status,
    Target,
    YearValue,
)
from . import explain as explaining


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Progress(_Record):
    """Progress toward a multi-year target from the values so far, with every number used.

    ``method``: ``cagr`` (observed compound annual rate since ``base_year`` against the rate needed
    to reach ``target_value`` by ``end_year``), ``linear`` (share of the way covered against share
    of the time elapsed: 时间过半、任务过半), ``sum`` (a total so far against the steady pace),
    ``compound`` (yearly changes compounded against the steady pace), ``average`` (a growth rate's
    compound average so far against the target rate). ``observed`` and ``required`` are what the
    ratio compares (annual rates in % for ``cagr``/``compound``, shares for ``linear``, amounts for
    ``sum``, rates for ``average``); ``cutoffs`` are (on track, moderate, regressing) lower bounds.
    """

    rating: ProgressRating
    method: Literal["cagr", "linear", "sum", "compound", "average"]
    start_year: int
    end_year: int
    as_of: int
    base_year: int | None = None
    base_value: Decimal | None = None
    current_year: int | None = None
    current_value: Decimal | None = None  #: the latest figure, or the total / compounded change / average so far
    target_value: Decimal | None = None  #: the binding end of the target
    observed: Decimal | None = None
    required: Decimal | None = None
    ratio: Decimal | None = None
    #: where a steady path from the base to the target would be now, in ``current_value``'s terms
    pace: Decimal | None = None
    cutoffs: tuple[Decimal, Decimal, Decimal] = (Decimal("0.95"), Decimal("0.6"), Decimal("0"))
    values: tuple[YearValue, ...] = ()
    missing: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()

    def explain(self, lang: Literal["zh", "en"] = "zh") -> str:
        """The rating with the numbers used, as sentences (templates of ``messages.yaml``)."""
        return explaining.explain_progress(self, lang)


class Verdict(_Record):
    """The judgement of one reported value against one target, with its evidence.

    ``threshold`` is the binding end of ``admissible`` (the set of values that meet the target, in
    ``unit``); ``value`` is the reported figure used (the end of the reported interval nearest the
    threshold); ``gap = value - threshold``. ``missing`` names what a pending verdict lacks.
    """

    status: Status
    reason: Reason
    target: Target
    reported: Reported
    polarity: Polarity
    admissible: Interval | None = None
    threshold: Decimal | None = None
    value: Decimal | None = None
    value_interval: Interval | None = None
    gap: Decimal | None = None
    unit: str | None = None
    tolerance: Decimal | None = None
    reference: ReferenceUse | None = None
    previous: Decimal | None = None
    provisional: bool = False
    missing: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    #: progress toward a multi-year target judged in an interim year (see ``compliance.judge.progress``)
    progress: Progress | None = None
    #: a several-target's verdict on each of its parts, in order (its status is the worst of theirs)
    parts: tuple[Verdict, ...] = ()

    @property
    def basis(self) -> str:
        """``measured``, ``attested`` or ``none`` (pending): what the status rests on."""
        if self.status is Status.PENDING:
            return "none"
        return "attested" if self.reason in (Reason.ATTESTED, Reason.ATTESTED_SHORTFALL) else "measured"

    def explain(self, lang: Literal["zh", "en"] = "zh") -> str:
        """The verdict as a sentence a person can check.

        >>> from compliance import evaluate
        >>> print(evaluate("6以上", "4").explain("en"))
        Target '6以上' means >= 6; reported 4 is 2 short: missed.
        """
        return explaining.explain(self, lang)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (decimals as strings) with both explanations."""
        data = self.model_dump(mode="json")
        data["basis"] = self.basis
        data["explanation"] = {"zh": self.explain("zh"), "en": self.explain("en")}
        return data
