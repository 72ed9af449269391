"""What extraction finds: indicators with their targets and reported figures, each with its place."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Place


@dataclass(frozen=True, slots=True)
class Figure:
    """A target or a reported value as the document prints it, and where."""

    text: str
    place: Place
    quote: str | None = None  #: the sentence or cell it was read from, when longer than ``text``


@dataclass
class Found:
    """One indicator as a document gives it."""

    name: str
    place: Place
    origin: str  #: ``table`` or ``paragraph``
    source_name: str | None = None
    unit: str | None = None
    number: str | None = None
    attribute: str | None = None
    department: str | None = None
    in_plan: bool | None = None
    targets: dict[str, Figure] = field(default_factory=dict)
    reported: dict[str, Figure] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Unplaced:
    """Something read but not put into the rules or the dataset, and why."""

    text: str
    place: Place
    reason: str

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "source": str(self.place), "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Doubt:
    """A reading made with low confidence: what was read, how, and why it is doubtful."""

    indicator: str
    what: str  #: ``polarity``, ``period``, ``name``, ``outcome`` ...
    reading: str
    why: str
    place: Place | None = None

    def to_dict(self) -> dict[str, object]:
        found: dict[str, object] = {"indicator": self.indicator, "what": self.what, "reading": self.reading, "why": self.why}
        if self.place is not None:
            found["source"] = str(self.place)
        return found
