"""强 right after a figure makes it a name's (zh.yaml numerals.named): 世界500强, 中国企业500强, 五百强 are the top 500
of a ranking, no figure of 500. 引进500强企业 read as a level of 500 (a count of 300 missed it, 600 met it); a
target's count after such a name (引进世界500强企业3家) is its only figure, judged either side of 3. 百强 is a
plain word as before; a figure with a unit before 强 is still a figure."""

from __future__ import annotations

import pytest

import compliance
from compliance.language.lexer import NUM, tokenize


@pytest.mark.parametrize("text", ["引进500强企业", "入选中国企业500强", "世界500强", "进入全国五百强"])
def test_a_ranked_name_holds_no_figure(text):
    assert not [token for token in tokenize(text).items if token.kind == NUM]
    assert compliance.parse_target(text).kind != "level"
    assert compliance.evaluate(text, "600").status.value == "pending"


@pytest.mark.parametrize("target", ["引进世界500强企业3家", "引进中国企业500强企业3家", "引进世界五百强企业3家"])
@pytest.mark.parametrize(("reported", "status"), [("4家", "met"), ("3家", "met"), ("2家", "missed"),
                                                   ("全年引进世界500强企业2家", "missed")])
def test_the_count_after_a_ranked_name_is_judged(target, reported, status):
    v = compliance.evaluate(target, reported)
    assert (v.status.value, str(v.threshold)) == (status, "3")
    assert "500" not in str(v.value)


def test_a_figure_with_a_unit_stays_a_figure():
    assert compliance.parse_target("研发投入强度达到3%").kind in ("level", "bound")
    assert [t.value for t in tokenize("500个强项").items if t.kind == NUM] == [500]
