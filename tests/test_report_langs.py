"""build_report(langs=...): a report written in the languages asked only (the command line's terminal table asks for
the one it shows), each text of them the same as in the report of every language, the others empty."""

from __future__ import annotations

import os

import pytest
from reportkit import DATASET, NOW, RULES

from conftest import ROOT


def _reports(periods: str | list[str], langs: list[str]) -> tuple[object, object]:
    from compliance.plans.check import check
    from compliance.plans.datasets import load_dataset
    from compliance.plans.rules import load_rules
    from compliance.report import build_report

    here = os.getcwd()
    os.chdir(ROOT)
    try:
        rules = load_rules(RULES)
        data = load_dataset(DATASET, [indicator.id for indicator in rules.indicators])
        judgements = check(rules, data, periods)
        named = sorted({j.period for j in judgements})
        return tuple(build_report(judgements, rules=rules, rules_path=RULES, data_path=DATASET, periods=named, now=NOW,
                                  langs=chosen) for chosen in (None, langs))  # type: ignore[return-value]
    finally:
        os.chdir(here)


def _texts(dumped: object, path: str = "") -> dict[str, str]:
    """Every localized text of a dumped report by where it is (``verdicts.3.explanation.en``)."""
    found: dict[str, str] = {}
    if isinstance(dumped, dict):
        if set(dumped) == {"zh", "en"}:
            return {f"{path}.{lang}": dumped[lang] for lang in ("zh", "en")}
        for key, value in dumped.items():
            found.update(_texts(value, f"{path}.{key}"))
    elif isinstance(dumped, (list, tuple)):
        for n, value in enumerate(dumped):
            found.update(_texts(value, f"{path}.{n}"))
    return found


@pytest.mark.parametrize("periods", [["2022"], "all"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_report_in_one_language_has_its_texts_and_no_others(periods, lang):
    from compliance.report import render

    full, one = _reports(periods, [lang])
    everything, asked = _texts(full.model_dump(mode="json")), _texts(one.model_dump(mode="json"))
    assert everything.keys() == asked.keys() and len(everything) > 60
    other = "en" if lang == "zh" else "zh"
    assert all(asked[key] == text for key, text in everything.items() if key.endswith("." + lang))
    assert all(asked[key] == "" for key in everything if key.endswith("." + other))
    assert any(everything[key] for key in everything if key.endswith("." + other))
    assert render(one, "table", lang=lang) == render(full, "table", lang=lang)
    # everything but the texts is the same report
    assert {**one.model_dump(mode="json"), "verdicts": None, "matrix": None} == \
        {**full.model_dump(mode="json"), "verdicts": None, "matrix": None}
    assert [row.status for row in one.verdicts] == [row.status for row in full.verdicts]


def test_the_command_line_table_is_that_of_the_full_report(tmp_path):
    """The terminal table of ``compliance check`` (one language asked) reads as the full report's table does."""
    from compliance.cli import main
    from compliance.report import render

    full, _ = _reports(["2022"], ["en"])
    out = tmp_path / "table.txt"
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        env = os.environ.get("SOURCE_DATE_EPOCH")
        os.environ["SOURCE_DATE_EPOCH"] = "1677600000"  # 2023-02-28T16:00:00+00:00 == NOW
        try:
            main(["check", RULES, DATASET, "--period", "2022", "--lang", "en", "-o", str(out), "--format", "table"])
        finally:
            os.environ.pop("SOURCE_DATE_EPOCH") if env is None else os.environ.__setitem__("SOURCE_DATE_EPOCH", env)
    finally:
        os.chdir(here)
    written = out.read_text(encoding="utf-8")
    expected = render(full, "table", lang="en")
    strip = [line for line in expected.splitlines() if "sha256:" not in line and "2023-0" not in line]
    assert [line for line in written.splitlines() if "sha256:" not in line and "2023-0" not in line] == strip
