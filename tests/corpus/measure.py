"""Measure the engine on the real corpus: how many targets it reads, how many probes it judges right.

    python tests/corpus/measure.py            # the figures
    python tests/corpus/measure.py --wrong    # and every target not read, every probe judged wrong

``tests/test_corpus_real.py`` asserts the same figures against the goals of the README. A probe is
``VALUE[|previous=P][|NAME=R]=>VERDICT`` (see README.md beside this file): ``previous`` is the level of
the year before, any other name a reference value (``gdp_growth`` binds the economic-growth role).
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Probe:
    value: str
    expected: str
    previous: str | None = None
    references: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class TargetRow:
    id: str
    text: str
    source: str
    polarity: str  # higher / lower / - (qualitative)
    unit: str
    probes: tuple[Probe, ...]
    note: str

    @property
    def qualitative(self) -> bool:
        return self.polarity == "-"


def _probe(text: str) -> Probe:
    value_part, _, expected = text.rpartition("=>")
    value, *extras = value_part.split("|")
    previous = None
    references: dict[str, str] = {}
    for extra in extras:
        name, _, number = extra.partition("=")
        if name == "previous":
            previous = number
        else:
            references[name] = number
    return Probe(value=value, expected=expected.strip(), previous=previous, references=references)


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n")


def load_targets(path: Path = HERE / "targets.tsv") -> list[TargetRow]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            TargetRow(
                id=row["id"], text=_unescape(row["text"]), source=row["source"], polarity=row["polarity"],
                unit=row["unit"], note=row.get("note") or "",
                probes=tuple(_probe(p) for p in row["probes"].split(";") if p.strip()),
            )
            for row in rows
        ]


@dataclass
class Figures:
    targets: int = 0
    read: int = 0
    probes: int = 0
    right: int = 0
    unread: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def read_share(self) -> float:
        return self.read / self.targets if self.targets else 0.0

    @property
    def right_share(self) -> float:
        return self.right / self.probes if self.probes else 0.0


def is_read(row: TargetRow) -> bool:
    """Read: a known kind; a qualitative reading counts only for a qualitative target."""
    import compliance

    kind = compliance.parse_target(row.text).kind
    if kind == "unrecognized":
        return False
    if kind == "qualitative":
        return row.qualitative
    return True


def judge(row: TargetRow, probe: Probe) -> str:
    import compliance

    polarity = "higher" if row.qualitative else row.polarity
    verdict = compliance.evaluate(
        row.text, None if probe.value == "-" else probe.value, polarity=polarity,
        previous=probe.previous, references=probe.references or None,
    )
    return verdict.status.value


def measure(rows: list[TargetRow]) -> Figures:
    figures = Figures()
    for row in rows:
        figures.targets += 1
        if is_read(row):
            figures.read += 1
        else:
            figures.unread.append(f"{row.id}\t{row.text!r}")
        for probe in row.probes:
            figures.probes += 1
            got = judge(row, probe)
            if got == probe.expected:
                figures.right += 1
            else:
                extra = "".join(f"|{k}={v}" for k, v in ({"previous": probe.previous} if probe.previous else {}).items())
                extra += "".join(f"|{k}={v}" for k, v in probe.references.items())
                figures.wrong.append(
                    f"{row.id}\t{row.text!r} ({row.polarity}) vs {probe.value!r}{extra}: "
                    f"expected {probe.expected}, got {got}"
                )
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wrong", action="store_true", help="list unread targets and wrong probes")
    args = parser.parse_args(argv)
    figures = measure(load_targets())
    if args.wrong:
        print("# not read"), print("\n".join(figures.unread))
        print("# judged wrong"), print("\n".join(figures.wrong))
    print(f"targets read: {figures.read}/{figures.targets} ({figures.read_share:.1%})")
    print(f"probes right: {figures.right}/{figures.probes} ({figures.right_share:.1%})")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[1]))
    sys.exit(main())
