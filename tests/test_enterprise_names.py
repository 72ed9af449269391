"""企业 ends an indicator's name (zh.yaml choosing.heads): 新增高新技术企业100家 was met by 新增科技型中小企业120家 (tech
SMEs, another indicator: neither name had a head word, so the names check could not tell them apart), and
生态环境质量持续改善 by 企业研发经费增长15.5%. The same indicator named another way is still judged either side."""

from __future__ import annotations

import pytest

import compliance

TARGET = "新增高新技术企业100家"


@pytest.mark.parametrize("reported", ["新增科技型中小企业120家", "新增专精特新企业120家", "新增科技型中小企业80家"])
def test_another_kind_of_enterprise_is_pending(reported):
    v = compliance.evaluate(TARGET, reported)
    assert (v.status.value, v.missing) == ("pending", ("indicator_figure",))


@pytest.mark.parametrize(("reported", "status"), [
    ("新增高新技术企业120家", "met"), ("新增高新技术企业100家", "met"), ("新增高新技术企业80家", "missed"),
    ("全年新增国家高新技术企业120家", "met"), ("120家", "met"), ("99家", "missed"),
])
def test_the_same_enterprises_are_judged_either_side(reported, status):
    assert compliance.evaluate(TARGET, reported).status.value == status
