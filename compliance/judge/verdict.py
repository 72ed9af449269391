"""The records the judge hands back: a :class:`Verdict`, and the :class:`Progress` of a multi-year target.

Both are frozen pydantic models made of the data models (:mod:`compliance.models`); their
``explain`` methods are the judge layer's explanations (:mod:`compliance.judge.explain`), which is
why they live here and not with the data models: models never call upward.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from ..frozen import Frozen
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
    format_decimal,
)
from . import explain as explaining


class _Record(Frozen):
    """Frozen, built on first use (:class:`compliance.frozen.Frozen`): the engine makes verdicts unvalidated."""


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

    def explain(self, lang: Literal["zh", "en"] = "zh", unit: str | None = None, unit_en: str | None = None) -> str:
        """The rating with the numbers used, as sentences (templates of ``messages.yaml``); English labels each
        figure's unit (``unit_en``, a rules file's label, for ``unit``, the indicator's)."""
        return explaining.explain_progress(self, lang, unit, unit_en)


class Verdict(_Record):
    """The judgement of one reported value against one target, with its evidence.

    ``threshold`` is the binding end of ``admissible`` (the set of values that meet the target, in
    ``unit``); ``value`` is the reported figure used (the end of the reported interval nearest the
    threshold); ``gap = value - threshold`` whatever the polarity (:attr:`margin` turns it the good
    way). ``missing`` names what a pending verdict lacks. ``derived`` says how the value judged was
    computed from yearly figures (``sum``, ``compound``, ``average``): no one reported it as such.
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
    #: the value judged is computed from the yearly figures (their sum, compounded change or average):
    #: how, or None when it is a reported figure
    derived: Literal["sum", "compound", "average"] | None = None

    @property
    def margin(self) -> Decimal | None:
        """The gap in the indicator's good direction: positive is better than required.

        From the edge of what meets the target (a tolerance's edge included): ``6以上`` against 4 is
        -2, ``<=33`` against 30 is +3; in a band, the distance to the nearer edge (negative outside).

        >>> from compliance import evaluate
        >>> str(evaluate("6以上", "4").margin), str(evaluate("33以下", "30").margin)
        ('-2', '3')
        """
        wanted, value = self.admissible, self.value
        if wanted is None or value is None or self.status is Status.PENDING and self.gap is None:
            return None
        floor, ceiling = wanted.lo.is_finite(), wanted.hi.is_finite()
        if floor and ceiling:
            return min(value - wanted.lo, wanted.hi - value)
        if self.gap is None:
            return None
        return self.gap if floor else -self.gap

    @property
    def stated(self) -> Decimal | None:
        """The target as stated, where a tolerance moved the edge judged (``15左右``: 15, judged from 14.25)."""
        wanted, threshold, tolerance = self.admissible, self.threshold, self.tolerance
        if wanted is None or threshold is None or not tolerance:
            return None
        floor, ceiling = wanted.lo.is_finite(), wanted.hi.is_finite()
        if floor == ceiling:  # a band has no one stated end to measure from
            return None
        return threshold + tolerance if floor else threshold - tolerance

    @property
    def stated_margin(self) -> tuple[Decimal, Decimal] | None:
        """The reported figure's distance from the stated target, the good way (low, high: a range's two ends).

        >>> from compliance import evaluate
        >>> from compliance.models import format_decimal
        >>> [format_decimal(n) for n in evaluate("15左右", "8-9").stated_margin]
        ['-7', '-6']
        """
        stated, shown = self.stated, self.value_interval
        if stated is None or shown is None or not (shown.lo.is_finite() and shown.hi.is_finite()):
            return None
        if self.admissible is not None and self.admissible.lo.is_finite():
            return (shown.lo - stated, shown.hi - stated)
        return (stated - shown.hi, stated - shown.lo)

    @property
    def basis(self) -> str:
        """``measured``, ``attested`` or ``none`` (pending): what the status rests on."""
        if self.status is Status.PENDING:
            return "none"
        return "attested" if self.reason in (Reason.ATTESTED, Reason.ATTESTED_SHORTFALL) else "measured"

    def explain(self, lang: Literal["zh", "en"] = "zh", unit_en: str | None = None) -> str:
        """The verdict as a sentence a person can check (in English, ``unit_en`` labels the verdict's unit).

        >>> from compliance import evaluate
        >>> print(evaluate("6以上", "4").explain("en"))
        Target '6以上' means >= 6; reported 4 is 2 short: missed.
        """
        return explaining.explain(self, lang, unit_en)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (decimals as strings) with both explanations."""
        data = self.model_dump(mode="json")
        data["basis"] = self.basis
        data["margin"] = None if self.margin is None else format_decimal(self.margin)
        data["explanation"] = {"zh": self.explain("zh"), "en": self.explain("en")}
        return data
