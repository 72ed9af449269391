"""A list of targets one a paragraph, after a lead-in that ends its line (``主要预期目标是：`` / ``——GDP增长6%。`` / …):
its items, with the attribute of the heading above them, and where the list ends."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..language.normalize import fold
from .model import Paragraph
from .words import clause_words


def list_items(paragraphs: Sequence[Paragraph], start: int) -> tuple[list[tuple[Paragraph, str, str | None]], int]:
    """The targets listed one a paragraph after a lead-in that ends the line (``——GDP增长6%。``,
    ``国内生产总值增长5.5%左右；``: the first paragraph, and each after an item ending in ``；``), with the attribute of the heading above them (``（一）预期性指标。``); and
    the index of the first paragraph after the list."""
    words = clause_words()
    items: list[tuple[Paragraph, str, str | None]] = []
    attribute: str | None = None
    continued = True  # the first paragraph, or the item before ended with ；: the list goes on
    number: int | None = None  #: the last item's number (1. 2. …), for a list with notes between its items
    index = start
    while index < len(paragraphs):
        text = fold(paragraphs[index].text).text.strip()
        numbered = re.match(r"^[(（]?[" + re.escape(words.list_numbers) + r"\d]{1,3}[)）、.．]\s*", text)
        named = next((a for a in words.attributes if a in text), None)
        if numbered and named and len(text) <= 20:  # a heading: (一)预期性指标。
            attribute, continued = named, False
            index += 1
            continue
        bullet = next((b for b in words.list_bullets if text.startswith(b)), None)
        if bullet is None and numbered is None and not continued:
            after = _next_in_sequence(paragraphs, index, number)
            if after is None:
                break
            index = after  # 1.地区生产总值增长6%左右。/ 牵头单位:… / 2.…: an item's notes between numbered items (鞍山 2023)
            continue
        lead = len(bullet) if bullet else numbered.end() if numbered else 0
        number = _item_number(text) if numbered else None
        paragraph = paragraphs[index]
        source_start, _ = fold(paragraph.text).span(lead, lead + 1) if lead else (0, 0)
        items.append((paragraph, paragraph.text[source_start:], attribute))
        continued = text.endswith(("；", ";"))
        index += 1
    return items, index


_ITEM_NUMBER = re.compile(r"^[(（]?(\d{1,2})[)）、.．]")


def _item_number(text: str) -> int | None:
    match = _ITEM_NUMBER.match(text)
    return int(match.group(1)) if match else None


def _next_in_sequence(paragraphs: Sequence[Paragraph], index: int, number: int | None, reach: int = 3) -> int | None:
    """Where a numbered list goes on after paragraphs that are no item (an item's notes: 牵头单位:…, 责任单位:…): the
    index of the item numbered right after the last one within ``reach`` paragraphs, else None (the list ended)."""
    if number is None:
        return None
    for after in range(index + 1, min(index + 1 + reach, len(paragraphs))):
        if _item_number(fold(paragraphs[after].text).text.strip()) == number + 1:
            return after
    return None
