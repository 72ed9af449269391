"""之一 (one of: 成为全国创新型城市之一, 是全国空气质量最好的十大城市之一) is no figure of 1 (zh.yaml ``plain_words``): a
sentence saying a place is one of a list was judged on 1 (研发投入强度达到3% missed, 1 < 3). A fraction written with
分之 is still read from its numerals (三分之一 is a third, 千分之一点五 1.5‰)."""

from __future__ import annotations

import pytest

import compliance
from compliance.language.lexer import NUM, tokenize


@pytest.mark.parametrize(("target", "reported"), [
    ("研发投入强度达到3%", "成为全国创新型城市之一"),
    ("每千人口执业医师数达到3.2人", "入选全国百强县之一"),
])
def test_one_of_is_no_figure(target, reported):
    assert compliance.evaluate(target, reported).status.value == "pending"


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("PM2.5年均浓度控制在30微克/立方米以下", "全市PM2.5年均浓度28微克/立方米,是全国空气质量最好的十大城市之一", "met"),
    ("PM2.5年均浓度控制在25微克/立方米以下", "全市PM2.5年均浓度28微克/立方米,是全国空气质量最好的十大城市之一", "missed"),
])
def test_the_sentences_figure_is_judged(target, reported, status):
    assert compliance.evaluate(target, reported, polarity="lower").status.value == status


@pytest.mark.parametrize(("text", "value"), [("三分之一", "33.33"), ("四分之一", "25"), ("千分之一点五", "1.5")])
def test_fractions_read_as_before(text, value):
    numbers = [token for token in tokenize(text).items if token.kind == NUM]
    assert len(numbers) == 1 and str(numbers[0].value).startswith(value)
