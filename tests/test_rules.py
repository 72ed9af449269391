"""Rules files: the schema, values kept as written, and load errors that say where and what to fix."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from compliance.errors import InputError
from compliance.models import Polarity, Tolerance
from compliance.plans.rules import RulesFile, load_rules, validate

from conftest import SEED_RULES

BASE = """\
plan:
  name: P
  periods: ["2021-2025", "2022"]
indicators:
  - id: gdp_growth
    name: GDP
    polarity: higher
    targets:
      "2022": "6以上"
"""


def load(text: str) -> RulesFile:
    return load_rules("r.yaml", text)


def error(text: str) -> InputError:
    with pytest.raises(InputError) as caught:
        load(text)
    return caught.value


def test_the_seed_loads():
    rules = load_rules(SEED_RULES)
    assert len(rules.indicators) == 33
    assert rules.defaults.tolerance == Tolerance(value=Decimal("0.05"), relative=True)
    assert rules.indicator("water_use").targets["2022"] == "达到市级\n要求（3.2）"


@pytest.mark.parametrize(
    ("written", "kept"),
    [("6", "6"), ("99.50", "99.50"), ("0.10", "0.10"), ("1_000", "1_000"), ("-.5", "-.5"), ("1e3", "1e3"), ("007", "007")],
)
def test_unquoted_numbers_keep_their_exact_text(written, kept):
    rules = load(BASE.replace('"2022": "6以上"', f"2022: {written}   # a comment"))
    assert rules.indicators[0].targets == {"2022": kept}


def test_numbers_in_flow_mappings_and_references_keep_their_text():
    text = BASE.replace('"2022": "6以上"', "{2022: 99.50}").replace("    targets:\n      {", "    targets: {")
    text += "references:\n  - {name: 市级要求, value: 3.20, indicator: gdp_growth, period: 2022}\n"
    rules = load(text)
    assert rules.indicators[0].targets == {"2022": "99.50"}
    assert rules.references[0].value == "3.20" and rules.references[0].period == "2022"


def test_unquoted_periods_are_read_as_text():
    rules = load(BASE.replace('periods: ["2021-2025", "2022"]', "periods: [2021-2025, 2022]"))
    assert rules.plan.periods == ("2021-2025", "2022")


@pytest.mark.parametrize(("written", "tolerance"), [('"3%"', Tolerance(value=Decimal("0.03"))),
                                                    ("0.5", Tolerance(value=Decimal("0.5"), relative=False))])
def test_tolerances(written, tolerance):
    rules = load(BASE.replace("    polarity: higher", f"    polarity: higher\n    tolerance: {written}"))
    assert rules.indicators[0].tolerance == tolerance


def test_a_bad_tolerance_is_located():
    err = error(BASE.replace("    polarity: higher", "    polarity: higher\n    tolerance: lots"))
    assert (err.line, err.column) == (8, 16)
    assert "tolerance `lots`" in err.message and '"5%"' in err.message


def test_misspelt_key_names_key_and_fix():
    err = error(BASE.replace("    polarity:", "    polarty:"))
    assert (err.file, err.line, err.column) == ("r.yaml", 7, 5)
    assert err.message == "unknown key `polarty` in indicators[0] (gdp_growth)"
    assert err.hint == "did you mean `polarity`?"


def test_misspelt_top_level_key():
    err = error(BASE.replace("indicators:", "indicator:"))
    assert (err.line, err.column) == (4, 1) and err.hint == "did you mean `indicators`?"


def test_unknown_key_far_from_any_lists_the_known_ones():
    err = error(BASE.replace("    polarity: higher", "    polarity: higher\n    colour: red"))
    assert "unknown key `colour`" in err.message
    assert "known keys:" in err.hint and "polarity" in err.hint and "targets" in err.hint


def test_unknown_polarity_lists_allowed_values():
    err = error(BASE.replace("polarity: higher", "polarity: sideways"))
    assert (err.line, err.column) == (7, 15)
    assert err.message == "`indicators[0] (gdp_growth).polarity`: `sideways` is not one of `higher`, `lower`, `band`"
    assert err.hint == "use one of `higher`, `lower`, `band`"


def test_unknown_attribute_suggests_the_closest():
    err = error(BASE.replace("    polarity: higher", "    polarity: higher\n    attribute: 约束"))
    assert "`约束` is not one of `约束性`, `预期性`" in err.message and err.hint == "did you mean `约束性`?"


def test_missing_polarity_says_what_it_is():
    err = error(BASE.replace("    polarity: higher\n", ""))
    assert (err.line, err.column) == (5, 5)
    assert err.message == "indicators[0] (gdp_growth): missing key `polarity`"
    assert "which way is good" in err.hint and "`higher`" in err.hint


def test_wrong_kind_of_value():
    err = error(BASE.replace("  name: P", "  name: [P, Q]"))
    assert (err.line, err.column) == (2, 9)
    assert err.message == "`plan.name`: expected text, got a list"
    assert "title" in err.hint


def test_bad_period_key_points_at_the_key():
    err = error(BASE.replace('"2022": "6以上"', '"2022年": "6以上"'))
    assert (err.line, err.column) == (9, 7)
    assert "period `2022年` is not a year (2022) or a plan period (2021-2025)" in err.message


def test_a_target_must_be_text():
    err = error(BASE.replace('"2022": "6以上"', '"2022": true'))
    assert (err.line, err.column) == (9, 15) and "expected text" in err.message


def test_duplicate_ids_point_at_the_second():
    text = BASE + "  - id: gdp_growth\n    name: again\n    polarity: lower\n"
    err = error(text)
    assert (err.line, err.column) == (10, 9)
    assert err.message == "duplicate indicator id `gdp_growth` (first on line 5)"


def test_bad_id():
    err = error(BASE.replace("id: gdp_growth", "id: gdp growth"))
    assert "`gdp growth` is not a valid id" in err.message and "letters, digits" in err.hint


def test_several_problems_point_to_lint():
    err = error(BASE.replace("polarity: higher", "polarity: up").replace("  name: P", "  nme: P"))
    assert "1 more problem" in err.hint and "compliance rules lint r.yaml" in err.hint


def test_not_a_mapping():
    err = error("- just\n- a list\n")
    assert (err.line, err.column) == (1, 1) and "mapping with `plan` and `indicators`" in err.message


def test_validate_returns_every_problem_in_file_order():
    from compliance.files.yaml import load_yaml

    text = BASE.replace("polarity: higher", "polarity: up").replace("  name: P", "  nme: P")
    text = text.replace("    name: GDP\n", "")
    rules, problems = validate(load_yaml("r.yaml", text), text)
    assert rules is None
    # `nme` is the misspelt `name` (one problem, not also "missing `name`"); the indicator lacks its name
    assert [(p.code, p.line, p.column) for p in problems] == [
        ("unknown-key", 2, 3), ("missing-key", 5, 5), ("bad-value", 6, 15)
    ]


# --------------------------------------------------------------------------- the JSON Schema


@pytest.fixture(scope="module")
def schema():
    return RulesFile.model_json_schema()


def test_schema_documents_every_field(schema):
    for name, definition in schema["$defs"].items():
        if name in ("Polarity", "Measure"):
            continue
        for field, spec in definition["properties"].items():
            assert spec.get("description"), f"{name}.{field} has no description"
    for field, spec in schema["properties"].items():
        assert spec.get("description"), field


def test_schema_accepts_the_seed_and_rejects_mistakes(schema):
    jsonschema = pytest.importorskip("jsonschema")
    from ruamel.yaml import YAML

    seed = json.loads(json.dumps(YAML(typ="safe", pure=True).load(SEED_RULES.read_text(encoding="utf-8"))))
    jsonschema.validate(seed, schema)
    validator = jsonschema.Draft202012Validator(schema)
    misspelt = json.loads(json.dumps(seed))
    misspelt["indicators"][0]["polarty"] = misspelt["indicators"][0].pop("polarity")
    assert any("polarty" in e.message for e in validator.iter_errors(misspelt))
    bad = json.loads(json.dumps(seed))
    bad["indicators"][0]["polarity"] = "up"
    assert list(validator.iter_errors(bad))
    period = json.loads(json.dumps(seed))
    period["indicators"][0]["targets"]["2022年"] = "1"
    assert list(validator.iter_errors(period))


def test_schema_shows_defaults_as_written(schema):
    assert schema["$defs"]["Defaults"]["properties"]["tolerance"]["default"] == "5%"
    assert schema["$defs"]["Indicator"]["properties"]["polarity"]["$ref"] == "#/$defs/Polarity"
    assert schema["$defs"]["Polarity"]["enum"] == [p.value for p in Polarity]
