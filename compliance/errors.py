"""Errors raised by compliance. Parsing never raises; these are for bad files and arguments."""

from __future__ import annotations

import re

#: Unicode's bidirectional controls, a character class's body: ALM (U+061C), LRM and RLM (U+200E/F), the embeddings
#: and overrides LRE RLE PDF LRO RLO (U+202A-202E), the isolates LRI RLI FSI PDI (U+2066-2069). Invisible, each shows
#: the text around it in another order than it is read ("Trojan Source", CVE-2021-42574): ``<RLO>2.3`` is shown
#: ``3.2``, and one in an indicator's name turns the rest of a report's line around
BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
#: C0 controls but line break and tab, DEL, the C1 controls and the bidirectional controls (files/text.py re-exports
#: it: errors, stage 0 of tests/test_layering.py, imports from no later stage, so the signs are made here)
CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI}]")


def _sign(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ ... ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    if code > 0xFF:
        return f"\\u{code:04x}"  # a bidirectional control, as JSON and Python write it: \u202e
    return f"\\x{code:02x}"


def visible(text: str) -> str:
    """``text`` with its control characters (but line break and tab) as visible signs (files/text.py)."""
    return CONTROL.sub(_sign, text) if CONTROL.search(text) else text


class ComplianceError(Exception):
    """Base class of every error compliance raises on purpose."""


class LexiconError(ComplianceError):
    """A lexicon data file is malformed (a packaging defect, not user input)."""


class InputError(ComplianceError):
    """Bad user input: a rules file, a dataset, an argument.

    ``str(err)`` is one line: ``file:line:column: what is wrong; how to fix it``; the parts are
    kept as attributes for tools that want them. ``line`` and ``column`` are 1-based.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        text: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.text = text
        self.hint = hint
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ":".join(str(part) for part in (self.file, self.line, self.column) if part is not None)
        parts = [f"{where}: " if where else "", self.message]
        if self.text is not None:
            parts.append(f" (at {self.text!r})")
        if self.hint:
            parts.append(f"; {self.hint}")
        # one line, whatever the file held: its text (an indicator's id) may carry ESC/BEL that would reach the terminal
        return visible("".join(parts)).replace("\n", "\u2424")  # and a line break (a quoted CSV cell's): ␤
