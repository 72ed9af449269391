"""report._text.width's fast paths (ASCII, characters seen before) give exactly the cells the per-character rule
gives: checked against that rule, written out here, on generated text of every kind a report holds."""

from __future__ import annotations

import random
import re
import unicodedata

from compliance.report._text import pad, truncate, width

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def reference(text: str) -> int:
    """The rule as it was before the fast paths: unicodedata on every character."""
    total = 0
    for char in _ANSI.sub("", text):
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


#: ASCII with controls, CJK and fullwidth forms, combining marks, format marks (ZWJ, soft hyphen), emoji, C1
POOLS = [
    [chr(c) for c in range(0, 128)],
    [chr(c) for c in range(0x4E00, 0x4E80)] + list("（）％，。：；、—…·"),
    [chr(c) for c in range(0x0300, 0x0370)] + ["\u200b", "\u200d", "\u00ad", "\u2060", "\ufeff"],
    [chr(c) for c in range(0x1F300, 0x1F340)] + [chr(c) for c in range(0x80, 0xA0)] + list("é߷ｱ가ᄀ"),
]


def test_width_equals_the_per_character_rule_on_generated_text():
    rng = random.Random(12)
    for _ in range(3000):
        pools = rng.sample(POOLS, rng.randint(1, len(POOLS)))
        text = "".join(rng.choice(rng.choice(pools)) for _ in range(rng.randint(0, 24)))
        if rng.random() < 0.2:
            text = f"\x1b[{rng.randint(0, 99)}m{text}\x1b[0m"
        assert width(text) == reference(text), repr(text)
        assert width(text) == reference(text), repr(text)  # the second time from the characters seen


def test_every_code_point_of_the_basic_plane_has_its_width():
    for start in range(0, 0x10000, 4096):
        text = "".join(chr(c) for c in range(start, start + 4096) if not 0xD800 <= c < 0xE000)
        assert width(text) == reference(text)


def test_pad_and_truncate_count_cells():
    assert width(pad("地区", 7)) == 7 and pad("GDP", 5, ">") == "  GDP"
    assert width(truncate("全社会研究与试验发展经费支出", 10)) <= 10 and truncate("GDP", 3) == "GDP"
