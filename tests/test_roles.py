"""Roles: the language names another indicator by what it is (economic_growth), a plan binds it.

Issue 9 section 7: 与经济增长基本同步 must work in a plan whose GDP indicator has any id; a misspelt
reference is a lint finding; a caller and a rules file extend the language with an overlay file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance import evaluate, parse_target
from compliance.models import Reason, Status
from compliance.plans.check import ALL, check
from compliance.plans.datasets import load_dataset
from compliance.plans.roles import bound_roles
from compliance.plans.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
SEED_RULES = ROOT / "rules" / "haidian-2022.yaml"
SEED_DATA = ROOT / "datasets" / "haidian-2022.csv"


def _judged(rules_path: Path, data_path: Path) -> dict[tuple[str, str, int], tuple[str, str]]:
    rules = load_rules(rules_path)
    data = load_dataset(data_path, [i.id for i in rules.indicators])
    return {(j.indicator.id, j.period, j.index): (j.verdict.status.value, j.verdict.reason.value)
            for j in check(rules, data, ALL)}


# --------------------------------------------------------------------------- the language names a role


@pytest.mark.parametrize("text", ["与经济增长基本同步", "居民收入增长和经济增长同步", "城乡居民收入增长同经济增长同步"])
def test_sync_names_the_economic_growth_role(text):
    target = parse_target(text)
    assert target.kind == "sync" and target.ref == "economic_growth"


def test_caller_passes_the_role_by_its_name():
    assert evaluate("与经济增长基本同步", "4.5", references={"economic_growth": 5}).status is Status.MET
    assert evaluate("与经济增长基本同步", "3.5", references={"economic_growth": 5}).status is Status.MISSED
    # an indicator id is no role: the language knows no plan's ids (the seed's gdp_growth included)
    by_id = evaluate("与经济增长基本同步", "4.5", references={"gdp_growth": 5})
    assert by_id.status is Status.PENDING and by_id.reason is Reason.REFERENCE_UNKNOWN
    assert evaluate("劳动生产率增长高于GDP增长", "5.1", references={"economic_growth": 5}).status is Status.MET
    assert evaluate("劳动生产率增长高于GDP增长", "5", references={"economic_growth": 5}).status is Status.MISSED
    unknown = evaluate("劳动生产率增长高于GDP增长", "5.1")
    assert unknown.reason is Reason.REFERENCE_UNKNOWN and unknown.missing == ("GDP增长",)


def test_custom_rules_still_name_indicator_ids(tmp_path):
    rules, data = _plan(tmp_path, "地区生产总值增速")
    rules.write_text(rules.read_text(encoding="utf-8").replace(
        "targets: {\"2022\": 与经济增长基本同步}", "expr: \"value >= ref('gdp') - 0.5\""), encoding="utf-8")
    judged = _judged(rules, data)  # income 4.2 against gdp 5 - 0.5
    assert [value for key, value in judged.items() if key[0] == "income"] == [("missed", "measured")]


# --------------------------------------------------------------------------- a plan binds it


def _plan(tmp_path: Path, gdp_name: str, role: str = "") -> tuple[Path, Path]:
    rules = tmp_path / "plan.yaml"
    rules.write_text(
        "plan: {name: P, periods: [\"2022\"]}\n"
        "indicators:\n"
        f"  - {{id: gdp, name: {gdp_name}, polarity: higher, measure: rate, unit: \"%\"{role}}}\n"
        "  - id: income\n    name: 居民人均可支配收入增速\n    polarity: higher\n    measure: rate\n"
        "    unit: \"%\"\n    targets: {\"2022\": 与经济增长基本同步}\n"
        "  - id: productivity\n    name: 全员劳动生产率增速\n    polarity: higher\n    measure: rate\n"
        "    unit: \"%\"\n    targets: {\"2022\": 全员劳动生产率增长高于GDP增长}\n",
        encoding="utf-8",
    )
    data = tmp_path / "data.csv"
    data.write_text("indicator,period,reported\ngdp,2022,5\nincome,2022,4.2\nproductivity,2022,4.9\n",
                    encoding="utf-8")
    return rules, data


@pytest.mark.parametrize("gdp_name, role", [
    ("地区生产总值增速", ""),  # bound by the indicator's name, through the lexicon's words
    ("GDP增速", ""),
    ("Gross product", ", role: economic_growth"),  # bound by the rules file
])
def test_a_plan_binds_the_role_to_its_gdp_indicator(tmp_path, gdp_name, role):
    judged = _judged(*_plan(tmp_path, gdp_name, role))
    # income 4.2 against gdp 5: within the 1 point of 基本同步; productivity 4.9 is not above 5
    assert judged[("income", "2022", 0)] == ("met", "within_tolerance")
    assert judged[("productivity", "2022", 0)] == ("missed", "measured")


def test_an_unbound_role_is_pending(tmp_path):
    judged = _judged(*_plan(tmp_path, "Gross product"))
    assert judged[("income", "2022", 0)] == ("pending", "reference_unknown")
    assert judged[("productivity", "2022", 0)] == ("pending", "reference_unknown")


def test_an_indicator_id_binds_no_role(tmp_path):
    # the seed's id, but a name the language does not know: only `role:` binds it
    rules, data = _plan(tmp_path, "Gross product")
    rules.write_text(rules.read_text(encoding="utf-8").replace("id: gdp,", "id: gdp_growth,"), encoding="utf-8")
    data.write_text(data.read_text(encoding="utf-8").replace("gdp,", "gdp_growth,"), encoding="utf-8")
    assert bound_roles(load_rules(rules)) == {}
    assert _judged(rules, data)[("income", "2022", 0)] == ("pending", "reference_unknown")
    rules.write_text(rules.read_text(encoding="utf-8").replace('unit: "%"}', 'unit: "%", role: economic_growth}', 1),
                     encoding="utf-8")
    assert bound_roles(load_rules(rules)) == {"economic_growth": "gdp_growth"}
    assert _judged(rules, data)[("income", "2022", 0)] == ("met", "within_tolerance")


def test_the_language_names_no_indicator_id():
    from compliance.language.lexicon import lexicon

    text = (ROOT / "compliance" / "language" / "data" / "zh.yaml").read_text(encoding="utf-8")
    ids = {line.split("id:")[1].split()[0] for line in SEED_RULES.read_text(encoding="utf-8").splitlines()
           if line.strip().startswith("- id:")}
    assert "gdp_growth" in ids and not [i for i in ids if i in text]
    assert set(lexicon().roles) == {"economic_growth"}
    assert SEED_RULES.read_text(encoding="utf-8").count("role: economic_growth") == 1


def test_two_indicators_cannot_share_a_role(tmp_path):
    from compliance.errors import InputError

    path = tmp_path / "plan.yaml"
    path.write_text(
        "plan: {name: P}\nindicators:\n"
        "  - {id: a, name: A, polarity: higher, role: economic_growth}\n"
        "  - {id: b, name: B, polarity: higher, role: economic_growth}\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_rules(path)
    assert error.value.line == 4 and "already bound to `a`" in str(error.value)


def test_the_seed_judges_the_same_with_its_gdp_indicator_renamed(tmp_path):
    rules = tmp_path / "rules.yaml"
    data = tmp_path / "data.csv"
    rules.write_text(SEED_RULES.read_text(encoding="utf-8").replace("gdp_growth", "gdp"), encoding="utf-8")
    data.write_text(SEED_DATA.read_text(encoding="utf-8").replace("gdp_growth", "gdp"), encoding="utf-8")
    seed = _judged(SEED_RULES, SEED_DATA)
    renamed = {(("gdp_growth" if key[0] == "gdp" else key[0]),) + key[1:]: value
               for key, value in _judged(rules, data).items()}
    assert renamed == seed
    assert seed[("disposable_income_growth", "2021-2025", 0)][1] == "period_open"
    assert bound_roles(load_rules(rules)) == {"economic_growth": "gdp"}


# --------------------------------------------------------------------------- lint


LINTED = """\
plan: {name: P, periods: ["2022"]}
references:
  - name: 市级要球
    value: "3.2"
indicators:
  - id: gdp
    name: Gross product
    polarity: higher
    role: economic_grwth
  - id: income
    name: 收入
    polarity: higher
    targets: {"2022": 与经济增长基本同步}
  - id: water
    name: 用水
    polarity: lower
    targets: {"2022": 达到市级要球（3.2）}
"""


def test_lint_reports_misspelt_references_and_unbound_roles(tmp_path):
    from compliance.plans.lint import lint_rules

    path = tmp_path / "plan.yaml"
    path.write_text(LINTED, encoding="utf-8")
    found = {(f.line, f.column, f.code): f for f in lint_rules(path)}
    assert set(found) == {(3, 11, "unknown-reference"), (9, 11, "unknown-role"), (13, 23, "unbound-role"),
                          (17, 23, "unrecognized-target")}
    assert found[(3, 11, "unknown-reference")].hint == "did you mean `市级要求`?"
    assert found[(9, 11, "unknown-role")].hint == "did you mean `economic_growth`?"
    assert found[(13, 23, "unbound-role")].hint.startswith("add `role: economic_growth`")
    assert "did you mean the reference `市级要求`?" in found[(17, 23, "unrecognized-target")].hint
    # bound and spelt right: clean
    fixed = LINTED.replace("economic_grwth", "economic_growth").replace("要球", "要求")
    path.write_text(fixed, encoding="utf-8")
    assert lint_rules(path) == []


def test_the_seed_lints_clean():
    from compliance.plans.lint import lint_rules

    assert lint_rules(SEED_RULES) == []


# --------------------------------------------------------------------------- lexicon overlays


def test_an_overlay_adds_a_comparator_for_its_block_only():
    from compliance.language.overlay import overlay

    shipped = evaluate("起码6", "7", polarity="lower")  # 起码 is no word: a level of 6, at most 6
    assert shipped.status is Status.MISSED and parse_target("起码6").kind == "level"
    with overlay({"comparators": {"before": {"ge": ["起码"]}}}):
        assert (parse_target("起码6").kind, parse_target("起码6").op) == ("bound", "ge")
        assert evaluate("起码6", "7", polarity="lower").status is Status.MET
        assert evaluate("起码6", "5.9", polarity="lower").status is Status.MISSED
    assert evaluate("起码6", "7", polarity="lower").status is Status.MISSED  # nothing leaks out


def test_an_overlay_adds_references_hedges_and_role_names(tmp_path):
    from compliance.language.overlay import overlay

    words = tmp_path / "words.yaml"
    words.write_text(
        "# this plan's words\n"
        "references:\n  - name: 市级要求\n    words: [市考核要求]\n  - name: 县级要求\n    words: [县级要求]\n"
        "hedges: [全力]\n"
        "roles:\n  economic_growth:\n    names: [本地经济增速]\n", encoding="utf-8")
    with overlay(words) as lex:
        assert evaluate("达到市考核要求", "3", references={"市级要求": 3.2}).status is Status.MISSED
        assert evaluate("达到县级要求", "3.3", references={"县级要求": 3.2}).status is Status.MET
        assert evaluate("全力6以上", "6").status is Status.MET
        assert "本地经济增速" in lex.roles["economic_growth"].names
        assert "地区生产总值增速" in lex.roles["economic_growth"].names  # merged, not replaced
    assert evaluate("达到县级要求", "3.3", references={"县级要求": 3.2}).reason is Reason.UNRECOGNIZED


@pytest.mark.parametrize("text, line, column, says", [
    ("comparators:\n  before:\n    le: [不低于]\n", 3, 10, "'不低于' is claimed by comparators.before.ge"),
    ("comparators:\n  bfore:\n    ge: [起码]\n", 2, 3, "comparators.bfore"),
    ("approx:\n  after: [以上]\n", 2, 11, "'以上' is claimed"),
])
def test_errors_in_an_overlay_name_its_file_and_line(tmp_path, text, line, column, says):
    from compliance.errors import InputError
    from compliance.language.overlay import load_overlay

    words = tmp_path / "words.yaml"
    words.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_overlay(words)
    assert (error.value.file, error.value.line, error.value.column) == (str(words), line, column)
    assert says in error.value.message


def _overlaid_plan(tmp_path: Path, words: str) -> tuple[Path, Path]:
    (tmp_path / "words.yaml").write_text(words, encoding="utf-8")
    rules = tmp_path / "plan.yaml"
    rules.write_text('plan: {name: P, periods: ["2022"], lexicon: words.yaml}\nindicators:\n'
                     '  - {id: beds, name: 床位数, polarity: lower, targets: {"2022": 起码6}}\n', encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text("indicator,period,reported\nbeds,2022,7\n", encoding="utf-8")
    return rules, data


def test_a_rules_file_names_its_overlay(tmp_path):
    rules, data = _overlaid_plan(tmp_path, "comparators:\n  before:\n    ge: [起码]\n")
    assert _judged(rules, data) == {("beds", "2022", 0): ("met", "measured")}
    # the same plan without its words: 起码6 is a level, 7 is over it; the overlay did not leak
    plain = tmp_path / "plain.yaml"
    plain.write_text(rules.read_text(encoding="utf-8").replace(", lexicon: words.yaml", ""), encoding="utf-8")
    assert _judged(plain, data) == {("beds", "2022", 0): ("missed", "measured")}
    assert parse_target("起码6").kind == "level"


def test_a_bad_plan_overlay_is_an_error_and_a_lint_finding(tmp_path):
    from compliance.errors import InputError
    from compliance.plans.lint import lint_rules

    rules, _ = _overlaid_plan(tmp_path, "comparators:\n  before:\n    ge: [起码]\n    le: [起码]\n")
    with pytest.raises(InputError) as error:
        load_rules(rules)
    assert error.value.line == 3 and "'起码' is claimed" in error.value.message
    found = lint_rules(rules)
    assert [(f.file, f.line, f.code) for f in found] == [(str(tmp_path / "words.yaml"), 3, "bad-lexicon")]
    rules.write_text(rules.read_text(encoding="utf-8").replace("words.yaml", "absent.yaml"), encoding="utf-8")
    with pytest.raises(InputError, match="lexicon overlay `absent.yaml` not found") as error:
        load_rules(rules)
    assert (error.value.line, error.value.column) == (1, 45)  # at `absent.yaml`


def test_the_streaming_check_reads_a_plan_with_its_overlay(tmp_path):
    pytest.importorskip("pandas")
    from compliance.scale.stream import stream_check

    rules, data = _overlaid_plan(tmp_path, "comparators:\n  before:\n    ge: [起码]\n")
    frames = [frame for frame in stream_check(load_rules(rules), data, ["2022"]) if frame is not None]
    assert [list(frame["status"]) for frame in frames] == [["met"]]
    assert parse_target("起码6").kind == "level"  # and nothing leaked
