"""Golden file: real targets and how they are read (kind, canonical text, reading by polarity).

The file is the reviewable record of the grammar's behaviour; a change in reading shows up as a
diff. After a deliberate change, regenerate with ``python3 tests/test_golden.py --update`` and
review the diff before committing.
"""

from __future__ import annotations

import sys
from pathlib import Path

GOLDEN = Path(__file__).with_name("golden") / "targets.tsv"
HEADER = "target\tkind\tcanonical\thigher\tlower\tband"


def _targets() -> list[str]:
    sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parents[1])]
    from conftest import seed_indicators
    from test_corpus import CORPUS

    texts = [t for i in seed_indicators() for t in i["targets"].values()]
    texts += [c.values[0] if hasattr(c, "values") else c[0] for c in CORPUS]
    return list(dict.fromkeys(texts))


def _line(text: str) -> str:
    from compliance import evaluate, parse_target
    from compliance.judge.explain import render_interval
    from compliance.language.render import render

    constraint = parse_target(text)
    readings = []
    for polarity in ("higher", "lower", "band"):
        verdict = evaluate(constraint, None, polarity=polarity, previous="1", references={"economic_growth": 6})
        readings.append(render_interval(verdict.admissible, verdict.unit, "en") if verdict.admissible else "-")
    escape = lambda s: s.replace("\n", "\\n")  # noqa: E731
    return "\t".join([escape(text), constraint.kind, escape(render(constraint)), *readings])


def _render_all() -> str:
    return "\n".join([HEADER, *(_line(text) for text in _targets())]) + "\n"


def test_golden_readings():
    expected = GOLDEN.read_text(encoding="utf-8").splitlines()
    actual = _render_all().splitlines()
    assert actual == expected


if __name__ == "__main__" and "--update" in sys.argv:
    GOLDEN.write_text(_render_all(), encoding="utf-8")
    print(f"wrote {GOLDEN}")
