"""Reading user files safely: text, YAML with positions, numbers as written.

Shared infrastructure of the file layer, owned here and nowhere else: every user file (rules,
datasets in YAML/JSON/CSV, overrides, JSON reports) is read as text through :func:`read_text`
(UTF-8, a BOM dropped; a missing, binary or non-UTF-8 file is an :class:`InputError` naming it), and
every YAML document through :func:`load_yaml`. What a file *means* belongs to its reader
(:mod:`compliance.plans.rules`, :mod:`compliance.plans.overrides`, the dataset readers).

ruamel.yaml's round-trip loader keeps line and column of every key (``.lc``), which errors quote
through :func:`position` (1-based here, converted in this one place; ruamel counts from 0). Refused
before anything is built from them: tags that ask for Python objects, and alias bombs (documents
whose aliases expand past a fixed size). Numbers keep the text the file gives them
(:func:`number_text`, :func:`exact_numbers`): ``99.50`` stays ``"99.50"``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..errors import InputError

#: A document whose aliases expand to more nodes than this is refused (a "billion laughs" bomb);
#: only repeats count, so a plain file of any number of indicators is never a bomb.
MAX_EXPANDED_NODES = 200_000
#: The deepest nesting of mappings and lists a document may have.
MAX_DEPTH = 100
#: The largest YAML file read (a plan of 30,000 indicators is about 3 MB; large datasets are CSV).
MAX_YAML_BYTES = 16_000_000

#: What a file may hold besides mappings and lists: text, numbers, true/false and null (and dates)
_PLAIN = frozenset({str, int, float, bool, type(None)})
_SURROGATE = re.compile("[\ud800-\udfff]")


#: the most bytes a file read whole may have: a YAML file's characters, four bytes each at most, and some
MAX_READ_BYTES = 4 * MAX_YAML_BYTES + 4
_UTF16 = (b"\xff\xfe", b"\xfe\xff")


def read_bounded(name: str, most: int, *, nul_ends: bool = True) -> bytes:
    """A file's bytes, read a block at a time: a device or a pipe that never ends is never read into memory whole.

    Past ``most`` bytes, an :class:`InputError`; with ``nul_ends``, a file whose first 8 KiB hold a NUL (and no UTF-16
    byte-order mark) is read no further (its reader refuses it as binary on those bytes): ``/dev/zero`` or
    ``/dev/urandom`` given as a rules file or a dataset (a link named ``data.csv``) filled memory until killed.
    """
    blocks: list[bytes] = []
    size = 0
    with open(name, "rb") as handle:
        while block := handle.read(1 << 20 if blocks else 8192):
            if not blocks and nul_ends and b"\x00" in block and not block.startswith(_UTF16):
                return block
            blocks.append(block)
            size += len(block)
            if size > most:
                raise InputError(f"is larger than {most:,} bytes, the most a file read whole may hold", file=name,
                                 hint="give a large dataset as CSV (compliance check --stream)")
    return b"".join(blocks)


def read_text(name: str) -> str:
    from pathlib import Path

    path = Path(name)
    try:
        raw = read_bounded(str(path), MAX_READ_BYTES)
    except FileNotFoundError:
        raise InputError("file not found", file=name, hint="check the path") from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", file=name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=name) from None
    if raw.startswith(_UTF16):  # Notepad's "Unicode", PowerShell 5's `>`: text, though it holds NULs
        raise InputError("is UTF-16 text, not UTF-8", file=name, line=1, hint="save the file as UTF-8")
    if b"\x00" in raw[:8192]:
        raise InputError("is a binary file, not UTF-8 text", file=name, line=1, hint="give a YAML, CSV or JSON text file")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError("is not UTF-8 text", file=name, line=line, hint="save the file as UTF-8") from None


def load_yaml(name: str, text: str | None = None, *, empty_hint: str = "a rules file needs `plan` and `indicators`") -> Any:
    """Parse YAML text (read from ``name`` unless given) into ruamel's commented containers."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    if text is None:
        text = read_text(name)
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError("is empty", file=name, line=1, hint=empty_hint)
    if len(text) > MAX_YAML_BYTES:
        raise InputError(f"is larger than {MAX_YAML_BYTES:,} characters, the most a YAML file may hold", file=name,
                         hint="split the plan, or give a large dataset as CSV (compliance check --stream)")
    _refuse_object_tags(name, text)
    yaml = YAML(typ="rt")
    try:
        data = yaml.load(text)
    except RecursionError:  # the composer recurses once per level: nesting of a few hundred levels
        line, column = _too_deep(text)
        raise InputError(f"nesting deeper than {MAX_DEPTH} levels", file=name, line=line, column=column,
                         hint="rules and datasets are flat: a plan, its indicators and their targets") from None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise InputError(
            f"not valid YAML: {exc.problem or exc.context}", file=name, line=line, column=column,
            hint="check the indentation, quotes and brackets on this line and the one before",
        ) from None
    except YAMLError as exc:
        raise InputError(f"not valid YAML: {exc}", file=name) from None
    except ValueError as exc:  # an integer of more digits than Python converts (4,300): a traceback before
        if "integer string conversion" not in str(exc):  # a date of no calendar (2023-02-30): a traceback before
            raise _no_date(name, text, exc) from None
        raise long_integer(name, text, exc) from None
    _refuse_bombs(name, data)
    return data


#: a YAML timestamp's date (YAML 1.1, which ruamel reads unquoted as a date): 2023-03-02, 2023-3-2
_TIMESTAMP = re.compile(r"(?<![0-9A-Za-z_'\"-])([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?![0-9])")


def _no_date(name: str, text: str, exc: ValueError) -> InputError:
    """The error for an unquoted date no calendar has (``2023-02-30``, ``2023-13-01``), which ruamel's constructor
    raised as a bare ``ValueError``: at the first such date in ``text``, else where nothing better is known."""
    for found in _TIMESTAMP.finditer(text):
        try:
            date(*(int(part) for part in found.groups()))
        except ValueError:
            line = text.count("\n", 0, found.start()) + 1
            column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
            return InputError(f"`{found.group()}` is no date ({exc})", file=name, line=line, column=column,
                              hint="write a real date as YYYY-MM-DD, or quote the value to keep it as text")
    return InputError(f"not valid YAML: {exc}", file=name, hint="quote dates and times to keep them as text")


def long_integer(name: str, text: str, exc: ValueError) -> Exception:
    """The error for a number of more digits than Python converts to an integer (``sys.get_int_max_str_digits``,
    4,300: the conversion's time grows with the square of its length), at the first such run of digits in ``text``;
    ``exc`` itself where it is another error."""
    import sys

    if "integer string conversion" not in str(exc):
        return exc

    most = sys.get_int_max_str_digits()
    found = re.search(r"[0-9][0-9_]{%d,}" % max(most, 1), text)
    line = column = None
    digits = 0
    if found is not None:
        line = text.count("\n", 0, found.start()) + 1
        column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
        digits = sum(1 for char in found.group() if char != "_")
    return InputError(f"a number of {digits:,} digits, more than the {most:,} an integer is read with", file=name,
                      line=line, column=column, hint="write a number of fewer digits (a reported value is at most "
                      "10,000 characters, and read as text: quote it)")


def _refuse_object_tags(name: str, text: str) -> None:
    import re

    match = re.search(r"!!?python/|!!python|tag:yaml\.org,2002:python", text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
        raise InputError(
            "YAML tag asks to build a Python object; refused", file=name, line=line, column=column,
            text=text[match.start() : match.start() + 30].split("\n")[0], hint="remove the tag: rules are plain data",
        )


def _too_deep(text: str) -> tuple[int | None, int | None]:
    """1-based line and column where nesting first passes :data:`MAX_DEPTH` (the parser's events do not recurse)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError
    from ruamel.yaml.events import CollectionEndEvent, CollectionStartEvent

    depth = 0
    try:
        for event in YAML(typ="rt").parse(text):
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return event.start_mark.line + 1, event.start_mark.column + 1
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
    except (YAMLError, RecursionError):
        pass
    return None, None


def _refuse_bombs(name: str, data: Any) -> None:
    """Refuse alias bombs, nesting past :data:`MAX_DEPTH`, lone surrogates and values that are not plain data.

    Sizes are counted with aliases expanded, but only the repeats count toward
    :data:`MAX_EXPANDED_NODES`: a node reached a second time (through an alias) adds its whole size.
    Text escaped as UTF-16 surrogate pairs (JSON's ``\\ud842\\udfb7``) is joined into its character.
    """
    from ruamel.yaml.comments import CommentedOrderedMap, CommentedSet

    sizes: dict[int, int] = {}
    repeated = 0
    Where = tuple[Any, str, Any, Any]  # (ruamel's lc, "key"/"value"/"item", key, the parent's Where): found on failure

    def fail(message: str, where: Where | None, hint: str) -> InputError:
        line = column = None
        while where is not None and line is None:
            lc, kind, key, where = where
            line, column = _at(lc, kind, key) or (None, None)
        return InputError(message, file=name, line=line, column=column, hint=hint)

    def leaf(value: Any, where: Where) -> Any:
        kind = type(value)
        if kind is str:
            if value.isascii() or not _SURROGATE.search(value):
                return value
            try:  # JSON's \\ud842\\udfb7 arrives as two halves: join them
                return value.encode("utf-16", "surrogatepass").decode("utf-16")
            except UnicodeDecodeError:
                raise fail("text holds a lone UTF-16 surrogate (an escape such as \\ud800 without its pair)", where,
                           "write the character itself, or both halves of its escape") from None
        if kind in _PLAIN or isinstance(value, (str, int, float, date)):
            return value
        tag = getattr(value, "tag", None)
        tag = getattr(tag, "value", tag)
        if tag == "tag:yaml.org,2002:str":  # !!str 5: text
            return str(value.value)
        names: dict[type, str] = {bytes: "!!binary", CommentedSet: "!!set"}
        shown = names.get(kind, str(tag or kind.__name__))
        raise fail(f"`{shown}` is not plain data; refused", where, "write plain text, numbers, lists and mappings")

    def size(node: Any, depth: int, where: Where | None) -> int:
        nonlocal repeated
        if depth > MAX_DEPTH:
            raise fail(f"nesting deeper than {MAX_DEPTH} levels", where,
                       "rules and datasets are flat: a plan, its indicators and their targets")
        key = id(node)
        if key in sizes:  # reached again through an alias: its expansion counts
            repeated += sizes[key]
            if repeated > MAX_EXPANDED_NODES:
                raise InputError(f"aliases expand to more than {MAX_EXPANDED_NODES:,} nodes (an alias bomb?); refused",
                                 file=name, line=_line(node), hint="write the values out instead of nesting aliases")
            return sizes[key]
        if isinstance(node, CommentedOrderedMap):
            raise fail("`!!omap` is not plain data; refused", where, "write a plain mapping")
        lc = getattr(node, "lc", None)
        sizes[key] = 0
        total = 1
        if isinstance(node, dict):
            for item in list(node):
                value = node[item]
                fixed = leaf(item, (lc, "key", item, where))
                if fixed is not item:
                    _rename(node, item, fixed)
                    item = fixed
                if isinstance(value, (dict, list)):
                    total += 1 + size(value, depth + 1, (lc, "value", item, where))
                else:
                    fixed = leaf(value, (lc, "value", item, where))
                    if fixed is not value:
                        node[item] = fixed
                    total += 2
        elif isinstance(node, list):
            for index, value in enumerate(node):
                if isinstance(value, (dict, list)):
                    total += size(value, depth + 1, (lc, "item", index, where))
                else:
                    fixed = leaf(value, (lc, "item", index, where))
                    if fixed is not value:
                        node[index] = fixed
                    total += 1
        else:
            leaf(node, (None, "item", 0, None))
        sizes[key] = total
        return total

    size(data, 0, None)


def _at(lc: Any, kind: str, key: Any) -> tuple[int, int] | None:
    """1-based position of a mapping's key or value, or a list's item, if ruamel recorded it."""
    try:
        found = getattr(lc, kind)(key)
    except (AttributeError, KeyError, IndexError, TypeError):
        return None
    if not found or found[0] is None:
        return None
    return int(found[0]) + 1, int(found[1] or 0) + 1


def _rename(node: Any, old: Any, new: Any) -> None:
    """Rename a mapping's key in place, keeping its order and its recorded position."""
    items = [(new if key == old else key, value) for key, value in node.items()]
    lc = getattr(node, "lc", None)
    if lc is not None and old in getattr(lc, "data", {}):
        lc.data[new] = lc.data.pop(old)
    node.clear()
    node.update(items)


def _line(node: Any) -> int | None:
    """1-based line where a loaded mapping or list starts, if ruamel recorded it."""
    try:
        return int(node.lc.line) + 1
    except (AttributeError, TypeError):
        return None


def position(data: Any, loc: tuple[Any, ...], *, at_value: bool = False) -> tuple[int | None, int | None]:
    """1-based line and column of the deepest node of ``loc`` that the document has.

    A mapping entry is located at its key, or at its value with ``at_value`` (for a bad value).
    """
    line = column = None
    node = data
    for depth, part in enumerate(loc, 1):
        lc = getattr(node, "lc", None)
        try:
            if isinstance(node, dict) and part in node:
                if lc is not None:
                    line, column = lc.value(part) if at_value and depth == len(loc) else lc.key(part)
                node = node[part]
            elif isinstance(node, list) and isinstance(part, int) and part < len(node):
                if lc is not None:
                    line, column = lc.item(part)
                node = node[part]
            else:
                break
        except (KeyError, IndexError, TypeError):
            break
    if line is None:
        return 1, 1
    return line + 1, (column or 0) + 1


#: A YAML number as written, up to what may follow it on the line.
NUMBER = re.compile(
    r"[-+]?(?:0x[0-9a-fA-F_]+|0o[0-7_]+|(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]+)(?:[eE][-+]?[0-9]+)?)"
    r"(?=\s*(?:#|,|\]|\}|$))"
)


def number_text(lines: list[str], line: int, column: int) -> str | None:
    """The number at 0-based ``line``, ``column`` of ``lines`` as the file writes it, if one is there.

    YAML reads ``99.50`` as 99.5 and ``1_000`` as 1000; this is the text (ruamel's ``lc`` positions).

    >>> number_text(["target: 99.50  # %"], 0, 8), number_text(["a: [1_000, 2]"], 0, 4), number_text(["x: y"], 0, 3)
    ('99.50', '1_000', None)
    """
    if 0 <= line < len(lines):
        match = NUMBER.match(lines[line], column)
        if match:
            return match.group(0)
    return None


def exact_numbers(data: Any, text: str) -> None:
    """Replace, in place, every number value of a loaded document by its exact text in ``text``.

    YAML reads ``99.50`` as the float 99.5 and ``1_000`` as 1000; targets and reported values are
    kept as the strings the file shows, so the text is taken from the source at the value's
    position. Keys and booleans are left alone; a number whose text cannot be found there (an
    alias) is written in its shortest exact form.
    """
    from decimal import Decimal

    lines = text.lstrip("\ufeff").splitlines()

    def source(position: tuple[int, int], value: Any) -> str:
        written = number_text(lines, *position)
        if written is not None:
            return written
        if isinstance(value, float):
            text = format(Decimal(repr(float(value))), "f")
            return text.rstrip("0").rstrip(".") if "." in text else text
        return str(int(value))

    def is_number(value: Any) -> bool:
        return isinstance(value, (int, float)) and not isinstance(value, bool)

    seen: set[int] = set()

    def walk(node: Any) -> None:
        if id(node) in seen:
            return
        seen.add(id(node))
        lc = getattr(node, "lc", None)
        if isinstance(node, dict):
            for key in list(node):
                value = node[key]
                if is_number(value) and lc is not None:
                    node[key] = source(lc.value(key), value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                if is_number(value) and lc is not None:
                    node[index] = source(lc.item(index), value)
                else:
                    walk(value)

    walk(data)
