"""Text from a user's file shown safely: control characters as visible signs.

A reported cell or a target comes from a file an attacker may write; shown on a terminal, its ESC
could move the cursor, clear the screen or hide text, its BEL ring, its CR overwrite the line.
:func:`visible` turns every control character but line break and tab into a visible sign: C0 as
the Control Pictures (``␛``, ``␇``, ``␍``), DEL as ``␡``, C1 as ``\\x9b``, a bidirectional control (RLO, which
shows ``2.3`` as ``3.2``; errors.BIDI) as ``\\u202e``. The report renderers
apply it to every text of a report (``compliance/report/escape.py``); ``explain`` and ``diff`` to
their lines.

>>> visible("4\\x1b[31m\\x07\\r")
'4␛[31m␇␍'
"""

from __future__ import annotations

from ..errors import CONTROL, visible  # made in errors.py (stage 0), which shows its messages with them

__all__ = ["CONTROL", "visible"]
