"""A spreadsheet cell's number format: the words and signs it shows around the number.

A workbook stores a number and shows it through its format: ``0"万人"`` shows 7 as ``7万人``, ``#,##0"亿元"`` as
``7亿元``, ``0.0"%"`` as ``7.0%`` (the number itself), ``0.0%`` as ``700.0%`` (an unquoted ``%`` multiplies by 100),
``0"‰"`` as ``7‰``. A reader that kept the bare number read a cell the person sees as ``7万人`` in the indicator's
unit, whatever it is, and a quoted ``"%"`` as a percent format (the value times 100). :func:`shown` says what the
format adds: the literal text before and after the number (quoted ``"..."``, escaped ``\\x``, a currency ``[$¥-804]``,
and characters no format code uses, such as ``元`` or ``‰``), and how many unquoted ``%`` multiply it.

The number keeps every digit it is stored with: a format's rounding (``0`` shows 6.96 as ``7``) is presentation, and
the stored value is the one reported. The first section of a format (``pos;neg;zero;text``) is read for every value,
its sign the number's own: the sections of one cell show one unit.

>>> shown('#,##0.0"万人"'), shown("0.0%"), shown('0.0"%"'), shown("0.00_);[Red]\\\\(0.00\\\\)"), shown("General")
(Shown(before='', after='万人', percent=0), Shown(before='', after='%', percent=1), Shown(before='', after='%', \
percent=0), Shown(before='', after='', percent=0), Shown(before='', after='', percent=0))
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Shown", "shown"]

#: characters of a number format's codes: digit places, separators, exponent, signs and spacing shown as they are
_CODES = frozenset("0#?.,Ee+-/()$:^'{}<>=!&~ @")


class Shown(NamedTuple):
    """What a number format shows around the number: text ``before`` and ``after`` it, ``percent`` unquoted ``%``."""

    before: str
    after: str
    percent: int


def shown(number_format: str | None) -> Shown:
    """The literal text of ``number_format``'s first section around its number, and its unquoted ``%`` signs."""
    if not number_format or number_format == "General":
        return Shown("", "", 0)
    before: list[str] = []
    after: list[str] = []
    percent, placed, index, text = 0, False, 0, number_format
    while index < len(text):
        char = text[index]
        literal = ""
        if char == ";":  # the next section (negative numbers, zero, text): the first one's words are the cell's unit
            break
        if char == '"':
            end = text.find('"', index + 1)
            end = len(text) if end < 0 else end
            literal, index = text[index + 1 : end], end + 1
        elif char == "\\" or char in "_*":  # \x: x itself; _x: a space as wide as x; *x: x repeated to fill the cell
            literal = text[index + 1 : index + 2] if char == "\\" else ""
            index += 2
        elif char == "[":  # [Red], [>=100], [$-804]; a currency [$¥-804] shows its symbol
            end = text.find("]", index + 1)
            end = len(text) if end < 0 else end
            inside = text[index + 1 : end]
            literal = inside[1:].split("-", 1)[0] if inside.startswith("$") else ""
            index = end + 1
        else:
            index += 1
            if char == "%":
                percent, literal = percent + 1, "%"
            elif char in "0#?":
                placed = True
            elif char not in _CODES:
                literal = char  # 元, ‰, ¥: shown as written
        (after if placed else before).append(literal)
    return Shown("".join(before).strip(), "".join(after).strip(), percent)
