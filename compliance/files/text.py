"""Text from a user's file shown safely: control characters as visible signs.

A reported cell or a target comes from a file an attacker may write; shown on a terminal, its ESC
could move the cursor, clear the screen or hide text, its BEL ring, its CR overwrite the line.
:func:`visible` turns every control character but line break and tab into a visible sign: C0 as
the Control Pictures (``␛``, ``␇``, ``␍``), DEL as ``␡``, C1 as ``\\x9b``. The report renderers
apply it to every text of a report (``compliance/report/escape.py``); ``explain`` and ``diff`` to
their lines.

>>> visible("4\\x1b[31m\\x07\\r")
'4␛[31m␇␍'
"""

from __future__ import annotations

import re

#: C0 controls but line break and tab, DEL, and the C1 controls
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _sign(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ ... ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"\\x{code:02x}"


def visible(text: str) -> str:
    """``text`` with its control characters (but line break and tab) as visible signs."""
    return CONTROL.sub(_sign, text) if CONTROL.search(text) else text
