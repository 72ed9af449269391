"""A hard-wrapped copy may break a figure right before its decimal point's digits' line: 达到2 / 30.4亿元. The next
line opening with 30.4 is the figure's rest, not an item numbered 30. (documents/readers._ITEM, stop 20 review):
it was left unjoined, so 一般公共预算收入达到2 read 2亿元 and a target of 230亿元 was MISSED on 230.4. An item 1. or
3、 still opens its own paragraph."""

from __future__ import annotations

import pytest

from compliance.documents.readers import read_text

LINES = ["现在我代表县人民政府向大会作工作报告，请予审议，并请县政协委员和其他列席人员提出意见现在我代表县",
         "人民政府向大会作工作报告，请予审议，并请县政协委员和其他列席人员提出意见现在我代表县人民政府向大",
         "会作工作报告，请予审议，并请县政协委员和其他列席人员提出意见。全年一般公共预算收入达到{head}",
         "{rest}亿元，地区生产总值增长6.5%，城乡居民人均可支配收入分别增长6%和7%，规模以上工业增加值增",
         "长6%，居民消费价格上涨2%。"]


@pytest.mark.parametrize("head, rest", [("2", "30.4"), ("23", "0.4"), ("2", "30．4")])
def test_a_figure_broken_before_its_decimal_digits_is_joined(head: str, rest: str) -> None:
    text = "\n".join(LINES).format(head=head, rest=rest)
    joined = "".join(p.text for p in read_text("o.txt", text).paragraphs if "预算收入" in p.text)
    assert f"达到{head}{rest}亿元" in joined


@pytest.mark.parametrize("item", ["1.地区生产总值增长6.5%", "3、地区生产总值增长6.5%"])
def test_a_numbered_item_still_opens_its_own_paragraph(item: str) -> None:
    rest = "亿元，地区生产总值增长6.5%，城乡居民人均可支配收入分别增长6%和7%，规模以上工业增加值增"
    text = "\n".join([*LINES[:2], LINES[2].format(head="230"), item + rest[len(item):], LINES[4]])
    assert any(p.text.startswith(item[:2]) for p in read_text("o.txt", text).paragraphs)


def test_format_decimal_writes_a_number_alike_whatever_its_form_and_remembers_it():
    """format_decimal keeps its texts by value: a form seen first must not change how an equal one is written."""
    from decimal import Decimal

    from compliance.models import format_decimal

    for first, second, text in [("5.50", "5.5", "5.5"), ("-0", "0", "0"), ("1E+1", "10", "10"), ("-0.00", "0", "0"),
                                ("1E-7", "0.00000010", "0.0000001")]:
        assert format_decimal(Decimal(first)) == text
        assert format_decimal(Decimal(second)) == text
        assert format_decimal(Decimal(first)) == text
    assert format_decimal(Decimal("-3.25")) == "-3.25" and format_decimal(Decimal("3.25")) == "3.25"
    assert format_decimal(Decimal("NaN")) == "NaN" and format_decimal(Decimal("sNaN")) == "sNaN"  # no hash: no memo
    assert format_decimal(Decimal("Infinity")) == "∞" and format_decimal(Decimal("-Infinity")) == "-∞"


def test_format_decimal_memo_is_bounded():
    from decimal import Decimal

    from compliance import models

    for i in range(models._FORMATTED_MAX + 10):  # quarters: 0.25, 0.5, 0.75, 1 ...
        assert models.format_decimal(Decimal(i) / 4) == (f"{i / 4:.2f}".rstrip("0").rstrip("."))
        assert len(models._FORMATTED) <= models._FORMATTED_MAX
    assert models.format_decimal(Decimal("12.50")) == "12.5"  # after a restart of the memo too
