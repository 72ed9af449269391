"""A reported figure's label is every word before it: 新增就业参保大学生35万人 was labelled 新增 (the action word's label
replaced the words after it), so the names check never saw 参保大学生 and the figure met 城镇新增就业14.5万人 on 35.
A label naming another indicator is pending ``indicator_figure`` as a sentence's figure is; the same indicator
(新增就业, 城镇新增就业, 新增城镇就业) is still judged either side of the threshold."""

from __future__ import annotations

import pytest

import compliance

TARGET = "城镇新增就业14.5万人"


@pytest.mark.parametrize(("reported", "label"), [
    ("新增就业参保大学生35万人", "新增就业参保大学生"), ("城镇新增就业14.6万人", "城镇新增就业"),
    ("新增城镇就业72.4万人", "新增城镇就业"), ("新增就业14.6万人", "新增就业"),
])
def test_the_label_holds_the_words_after_the_action(reported, label):
    assert compliance.parse_reported(reported).label == label


def test_a_label_naming_another_indicator_is_pending():
    v = compliance.evaluate(TARGET, "新增就业参保大学生35万人")
    assert (v.status.value, v.missing) == ("pending", ("indicator_figure",))
    assert "another indicator" in v.explain("en")
    # below the threshold too: no miss from another indicator's figure either
    assert compliance.evaluate(TARGET, "新增就业参保大学生3万人").status.value == "pending"


@pytest.mark.parametrize("label", ["新增就业", "城镇新增就业", "新增城镇就业"])
@pytest.mark.parametrize(("figure", "status"), [("14.6", "met"), ("14.5", "met"), ("14.4", "missed")])
def test_the_same_indicator_is_judged_either_side(label, figure, status):
    v = compliance.evaluate(TARGET, f"{label}{figure}万人")
    assert (v.status.value, str(v.value)) == (status, figure)
