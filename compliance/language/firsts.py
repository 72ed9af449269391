"""The characters a regular expression's match may begin with, read off its parse tree (the lexer asks a pattern
only where one of them stands: :func:`starts`)."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any


def starts(patterns: Iterable[re.Pattern[str]]) -> frozenset[str] | None:
    """The characters a match of any of ``patterns`` may begin with, where each pattern begins with a
    literal, a set of literals or alternatives of those (``国家对…``, ``(?:与|和|同)…``); None where one
    begins otherwise (a repeat, any character, a flag), so that the patterns are tried everywhere."""
    found: set[str] = set()
    for regex in patterns:
        firsts = None
        if not regex.flags & (re.IGNORECASE | re.VERBOSE):
            try:
                parser = importlib.import_module("re._parser")  # the pattern's parse tree, as re reads it
                firsts = first(list(parser.parse(regex.pattern)))
            except Exception:  # noqa: BLE001 -- an interpreter whose re differs: try every pattern everywhere
                firsts = None
        if firsts is None:
            return None
        found |= firsts
    return frozenset(found)


def first(items: list[Any]) -> set[str] | None:
    """The characters the match of a parsed pattern may begin with, or None where that is not known. A lookaround at
    the start consumes nothing, so the match begins where the pattern after it does: ``(?<=增速高于)地区生产总值`` (a
    zh.yaml reference pattern) begins with 地 (it was None, and one such pattern turned the lexer's quick reading off).

    >>> import re._parser as p
    >>> sorted(first(list(p.parse("(?<=增速高于)地区(?!增)")))), sorted(first(list(p.parse("(?:与|和)x"))))
    (['地'], ['与', '和'])
    """
    if not items:
        return None
    op, arg = items[0]
    name = str(op)
    if name in ("ASSERT", "ASSERT_NOT"):
        return first(items[1:])
    if name == "LITERAL":
        return {chr(arg)}
    if name == "IN":
        if all(str(inner_op) == "LITERAL" for inner_op, _ in arg):
            return {chr(code) for _, code in arg}
        return None
    if name == "SUBPATTERN":
        return first(list(arg[-1]))
    if name == "BRANCH":
        found: set[str] = set()
        for branch in arg[1]:
            firsts = first(list(branch))
            if firsts is None:
                return None
            found |= firsts
        return found
    return None
