"""A unit on a reference's level is used, never dropped in silence.

``达到市级要求`` against ``5`` with the reference ``3万`` compared 5 with 3 and said nothing of the 万. Where
the indicator, the target and the reported value state no unit, the reference's unit is the working unit:
the figure is read in it (5 as 5万) and the explanation says so, as it says of a target read in the
reported value's unit. Where the value states a unit, the reference is converted into it (3万 against
50000人: 30000人).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import compliance

pd = pytest.importorskip("pandas")

NOTE_EN = "the reported value states no unit; it is read in the reference's unit ({unit})"


@pytest.mark.parametrize(("reported", "status"), [("5", "met"), ("3", "met"), ("2.9", "missed"), ("2", "missed")])
def test_a_bare_figure_is_read_in_the_reference_unit_and_said(reported, status):
    v = compliance.evaluate("达到市级要求", reported, references={"市级要求": "3万"})
    assert (v.status.value, v.reason.value, v.threshold) == (status, "measured", Decimal(3))
    assert NOTE_EN.format(unit="10,000") in v.explain("en")
    assert "报告值未写单位，按参照值的单位（万）理解报告值" in v.explain("zh")
    assert [n.params for n in v.notes if n.code == "unit_from_reference"] == [{"unit": "万"}]
    assert v.unit == "万" and f"reported '{reported}' read as {reported} × 10,000" in v.explain("en")


@pytest.mark.parametrize(("target", "reference", "reported", "status"), [
    ("不低于全市平均水平", "3%", "3.5", "met"),
    ("不低于全市平均水平", "3%", "2.5", "missed"),
    ("达到市级要求", "3万以上", "4", "met"),  # a bound as the reference's text
    ("达到市级要求", "3万以上", "2", "missed"),
])
def test_other_units_and_shapes_of_reference_are_said_too(target, reference, reported, status):
    name = "全市平均水平" if "全市" in target else "市级要求"
    v = compliance.evaluate(target, reported, references={name: reference})
    assert v.status.value == status
    assert any(n.code == "unit_from_reference" for n in v.notes)


@pytest.mark.parametrize(("reported", "status"), [("50000人", "met"), ("30000人", "met"), ("29999人", "missed")])
def test_a_value_with_a_unit_gets_the_reference_converted(reported, status):
    v = compliance.evaluate("达到市级要求", reported, references={"市级要求": "3万"})
    assert (v.status.value, v.threshold) == (status, Decimal(30000))
    assert not any(n.code == "unit_from_reference" for n in v.notes)


def test_a_unitless_reference_or_a_stated_unit_adds_nothing():
    for references, reported in (({"市级要求": 3}, "5"), ({"市级要求": "3"}, "5"), ({"市级要求": "3万"}, "5万")):
        v = compliance.evaluate("达到市级要求", reported, references=references)
        assert v.status.value == "met"
        assert not any(n.code == "unit_from_reference" for n in v.notes)
    attested = compliance.evaluate("达到市级要求", "可完成", references={"市级要求": "3万"})
    assert attested.status.value == "met"
    assert not any(n.code == "unit_from_reference" for n in attested.notes)


def test_the_table_path_agrees():
    frame = pd.DataFrame({"target": ["达到市级要求"] * 4, "reported": ["5", "2", "5万", "29999人"]})
    table = compliance.evaluate_table(frame, references={"市级要求": "3万"}, polarity="higher").to_pandas()
    one = [compliance.evaluate("达到市级要求", r, references={"市级要求": "3万"}) for r in frame["reported"]]
    assert table["status"].tolist() == [v.status.value for v in one] == ["met", "missed", "met", "missed"]
