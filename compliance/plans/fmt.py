"""``compliance rules fmt``: rewrite a rules file in canonical form, keeping every comment.

Canonical form:

* keys of the plan, defaults, each reference and each indicator in the schema's order
  (``id, number, name, ..., targets``), top-level keys as ``plan, defaults, references, indicators``;
* periods as quoted strings (``"2022"``, not the number 2022), and targets, levels and row
  numbers written as numbers (``6``, ``99.50``) quoted with their exact text (``"99.50"``);
* two-space indentation, sequences indented under their key (``  - id: ...``), no re-wrapping.

Everything else is left as it was: comments (a comment above a key moves with the key), the order
of targets, quoting that is not needed by the above, blank lines, a byte-order mark, the line ends (those of
the first line: CRLF, CR or LF).
Formatting is idempotent: formatting formatted text changes nothing. A file that does not load
(``compliance rules lint`` lists why) is refused rather than guessed at.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

from ..errors import InputError


def format_rules(text: str, name: str = "<rules>") -> str:
    """The canonical form of a rules file's text. Raises :class:`InputError` if it does not load.

    >>> print(format_rules('indicators:\\n- targets: {2022: 6}  # a comment\\n  polarity: higher\\n'
    ...                    '  name: GDP\\n  id: gdp\\nplan: {name: P}\\n'), end="")
    plan: {name: P}
    indicators:
      - id: gdp
        name: GDP
        polarity: higher
        targets: {"2022": "6"} # a comment
    """
    from ..files.yaml import load_yaml
    from .rules import load_rules

    load_rules(name, text)  # refuse what does not load: fmt never guesses
    bom = text.startswith("\ufeff")
    body = text[1:] if bom else text
    load_yaml(name, body)  # refuses Python tags and alias bombs before the round-trip load below
    first = _LINE_END.search(body)
    newline = first.group() if first else "\n"
    # ruamel keeps a comment's CR as part of the comment: loaded with CRLF (or CR) line ends, each comment came back
    # with an extra line break (``# c\r\r\n``); YAML reads CR, LF and CRLF alike, so read LF, write the file's own
    body = _LINE_END.sub("\n", body)
    yaml = _yaml()
    data = yaml.load(body)
    _canonical(data, body.splitlines())
    out = io.StringIO()
    yaml.dump(data, out)
    result = out.getvalue()
    if newline != "\n":
        result = result.replace("\n", newline)
    return ("\ufeff" if bom else "") + result


#: a line end as YAML reads one (CRLF, CR or LF)
_LINE_END = re.compile("\r\n|\r|\n")


def _yaml() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a long line
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


# --------------------------------------------------------------------------- canonical form


def _canonical(data: Any, lines: list[str]) -> None:
    from .schema import Defaults, Indicator, Plan, ReferenceValue, RulesFile

    _keep_key_quotes(data, lines, set())
    plan = data.get("plan")
    if _is_map(plan):
        _reorder(plan, list(Plan.model_fields))
        periods = plan.get("periods")
        if _is_seq(periods):
            for index in range(len(periods)):
                _quote_item(periods, index, lines)
    if _is_map(data.get("defaults")):
        _reorder(data["defaults"], list(Defaults.model_fields))
    references = data.get("references")
    for index, reference in enumerate(references or ()):
        if _is_map(reference):
            for key in ("value", "period"):
                if key in reference:
                    _quote_value(reference, key, lines)
            _reorder(reference, list(ReferenceValue.model_fields), above=_above_item(references, index))
    indicators = data.get("indicators")
    for index, indicator in enumerate(indicators or ()):
        if not _is_map(indicator):
            continue
        if "number" in indicator:
            _quote_value(indicator, "number", lines)
        targets = indicator.get("targets")
        if _is_map(targets):
            for key in list(targets):
                _quote_value(targets, key, lines)
                if _is_seq(targets[key]):  # several targets for one period
                    for index in range(len(targets[key])):
                        _quote_item(targets[key], index, lines)
            for key in list(targets):
                if _is_number(key):
                    _rename(targets, key, _quoted(str(key)))
        _reorder(indicator, list(Indicator.model_fields), above=_above_item(indicators, index))
    _reorder(data, list(RulesFile.model_fields), root=True)


def _keep_key_quotes(node: Any, lines: list[str], seen: set[int]) -> None:
    """Give quoted keys their quotes back (ruamel keeps the quotes of values, not of keys)."""
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString

    if id(node) in seen:
        return
    seen.add(id(node))
    if _is_map(node):
        for key in list(node):
            if type(key) is str and node.lc.data is not None and key in node.lc.data:
                line, column = node.lc.key(key)
                mark = lines[line][column : column + 1] if line < len(lines) else ""
                if mark == '"':
                    _rename(node, key, DoubleQuotedScalarString(key))
                elif mark == "'":
                    _rename(node, key, SingleQuotedScalarString(key))
        for value in node.values():
            _keep_key_quotes(value, lines, seen)
    elif _is_seq(node):
        for value in node:
            _keep_key_quotes(value, lines, seen)


def _is_map(node: Any) -> bool:
    from ruamel.yaml.comments import CommentedMap

    return isinstance(node, CommentedMap)


def _is_seq(node: Any) -> bool:
    from ruamel.yaml.comments import CommentedSeq

    return isinstance(node, CommentedSeq)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _quoted(text: str) -> Any:
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    return DoubleQuotedScalarString(text)


def _source_number(lines: list[str], position: tuple[int, int], value: Any) -> str:
    """A number as the file writes it (``99.50``), else in its exact shortest form."""
    from ..files.yaml import number_text
    from .schema import scalar_text

    return number_text(lines, *position) or scalar_text(value)


def _quote_value(node: Any, key: Any, lines: list[str]) -> None:
    value = node[key]
    if _is_number(value):
        node[key] = _quoted(_source_number(lines, node.lc.value(key), value))


def _quote_item(node: Any, index: int, lines: list[str]) -> None:
    value = node[index]
    if _is_number(value):
        node[index] = _quoted(_source_number(lines, node.lc.item(index), value))


def _rename(node: Any, old: Any, new: Any) -> None:
    """Replace key ``old`` by ``new`` in place, keeping its position and its comments."""
    if new in node and new is not old and not (new == old and type(new) is not type(old)):
        raise InputError(f"both `{old}` and `{new}` are keys of one mapping", hint="keep one of them")
    position = list(node).index(old)
    comment = node.ca.items.pop(old, None)
    place = node.lc.data.pop(old, None) if node.lc.data is not None else None
    value = node.pop(old)
    node.insert(position, new, value)
    if comment is not None:
        node.ca.items[new] = comment
    if place is not None:
        node.lc.data[new] = place


# --------------------------------------------------------------------------- moving keys with their comments


def _reorder(node: Any, order: list[str], *, root: bool = False, above: Callable[[str], None] | None = None) -> None:
    """Put the keys of ``node`` in schema order, unknown keys last, each key keeping its comments.

    ruamel keeps the full-line comments *above* a key with whatever was written just before it:
    the previous key's value (its deepest last entry, or the end of a list), together with that
    line's end-of-line comment. So before moving keys, the comments after each entry are split into
    what belongs to the entry (its end-of-line comment, lines indented deeper than the key) and
    the lines above the next key; after moving, each entry gets back its own part plus the lines
    above its new successor.
    """
    from ruamel.yaml.comments import merge_attrib

    keys = list(node)
    wanted = sorted(keys, key=lambda k: order.index(k) if k in order else len(order))
    if keys == wanted or getattr(node, merge_attrib, None):
        return  # already canonical, or a `<<:` merge that moving keys could break
    column = 0 if root else _key_column(node)
    own: dict[Any, str] = {}
    after: dict[Any, str] = {}
    for key in keys:
        own[key], after[key] = _split(_get_tail(node, key), column)
    # the lines after key i are written above key i + 1; those after the last key, after the mapping
    lead = {keys[i + 1]: after[keys[i]] for i in range(len(keys) - 1)}
    lead[keys[0]] = ""  # the lines above the first key live in the parent's slot and stay there
    tail = after[keys[-1]]
    for key in wanted:
        node.move_to_end(key)
    first = lead.pop(wanted[0])
    if first:  # a key that had comments above it is now first: they go above the mapping,
        if root:  # at the top of the document,
            _add_head(node, first)
        elif above is not None:  # after the list item before,
            above(first)
        else:  # or, inside, just after the first line
            lead[wanted[1]] = first + lead[wanted[1]]
    for i, key in enumerate(wanted):
        following = lead[wanted[i + 1]] if i + 1 < len(wanted) else tail
        _set_tail(node, key, own[key] + following)


def _above_item(items: Any, index: int) -> Callable[[str], None] | None:
    """Where comment lines go to stand above list item ``index``: after item ``index - 1``."""
    if index == 0 or not _is_seq(items) or not _block(items[index - 1]):
        return None

    def add(text: str) -> None:
        _set_tail(items, index - 1, (_get_tail(items, index - 1) or "\n") + text)

    return add


def _key_column(node: Any) -> int:
    try:
        return int(node.lc.key(next(iter(node)))[1])
    except (AttributeError, KeyError, TypeError, StopIteration):
        return 0


def _block(value: Any) -> bool:
    return (_is_map(value) or _is_seq(value)) and len(value) > 0 and not value.fa.flow_style()


def _get_tail(node: Any, key: Any) -> str:
    """The comment text written after entry ``key`` of ``node`` (after the deepest last entry of a block)."""
    value = node[key]
    if _block(value):
        text = _get_tail(value, list(value)[-1] if _is_map(value) else len(value) - 1)
        end = getattr(value.ca, "end", None) or []
        if end:
            text = (text or "\n") + "".join(
                (" " * (token.column or 0) if token.value.startswith("#") else "") + token.value for token in end
            )
        return text
    slots = node.ca.items.get(key)
    token = slots[2 if _is_map(node) else 0] if slots is not None else None
    return token.value if token is not None else ""


def _set_tail(node: Any, key: Any, text: str) -> None:
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    value = node[key]
    if _block(value):
        if getattr(value.ca, "end", None):
            value.ca.end = []
        _set_tail(value, list(value)[-1] if _is_map(value) else len(value) - 1, text)
        return
    index = 2 if _is_map(node) else 0
    slots = node.ca.items.get(key)
    token = slots[index] if slots is not None else None
    if text in ("", "\n"):
        if token is not None:
            slots[index] = None
        return
    if token is not None:
        token.value = text
        return
    if slots is None:
        slots = node.ca.items[key] = [None, None, None, None]
    slots[index] = CommentToken(text, CommentMark(0), None)


def _split(value: str, column: int) -> tuple[str, str]:
    """Comment text after an entry as (the entry's own part, the lines above the next key).

    The entry's own part is its end-of-line comment and the lines after it that are blank or
    indented deeper than ``column`` (the mapping's keys).
    """
    if not value:
        return "\n", ""
    lines = value.splitlines(keepends=True)
    if not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    cut = 1
    while cut < len(lines):
        line = lines[cut]
        stripped = line.lstrip(" ")
        if stripped.startswith("#") and len(line) - len(stripped) <= column:
            break
        cut += 1
    while cut > 1 and not lines[cut - 1].strip():  # blank lines before the next key's comments go with them
        cut -= 1
    return "".join(lines[:cut]), "".join(lines[cut:])


def _add_head(node: Any, text: str) -> None:
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    if node.ca.comment is None:
        node.ca.comment = [None, []]
    if node.ca.comment[1] is None:
        node.ca.comment[1] = []
    node.ca.comment[1].append(CommentToken(text, CommentMark(0), None))
