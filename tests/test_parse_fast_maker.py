"""models.maker: the function it writes for one call site's names makes what trusted() and validation make."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import BaseModel, ValidationError

from compliance import models as m
from compliance.frozen import maker, trusted


def _same(made: BaseModel, validated: BaseModel) -> None:
    assert type(made) is type(validated)
    assert made == validated
    assert list(made.__dict__.items()) == list(validated.__dict__.items())  # every field, in order, defaults too
    assert made.__pydantic_fields_set__ == validated.__pydantic_fields_set__
    assert made.__pydantic_extra__ is None and made.__pydantic_private__ is None
    assert made.model_dump_json() == validated.model_dump_json()


def test_every_field_named_positional_or_by_name() -> None:
    make = maker(m.Span, "start", "end", "role", "text")
    validated = m.Span(start=1, end=3, role="comparator", text="以上")
    _same(make(1, 3, "comparator", "以上"), validated)
    _same(make(start=1, end=3, role="comparator", text="以上"), validated)
    _same(make(1, 3, "comparator", "以上"), trusted(m.Span, start=1, end=3, role="comparator", text="以上"))


def test_defaults_of_fields_not_named_in_the_fields_order() -> None:
    quantity = m.Quantity(value=Decimal("6.5"), unit="%")
    span = m.Span(start=0, end=4, role="number", text="6.5%")
    make = maker(m.Level, "text", "value", "verb", "label", "spans", "remarks")
    made = make("6.5%", quantity, "bare", None, (span,), ())
    _same(made, m.Level(text="6.5%", value=quantity, verb="bare", label=None, spans=(span,), remarks=()))
    assert made.horizon is None and made.subject is None and made.kind == "level"
    low = make("7", m.Quantity(value=Decimal(7)), "reach", "目标", (), ())
    assert low.value.value == Decimal(7) and low.verb == "reach" and low.label == "目标"  # no value leaks between calls


def test_a_frozen_model_shares_its_fields_set_with_trusted() -> None:
    make = maker(m.Quantity, "value", "unit")
    one, two = make(Decimal(1), None), make(Decimal(2), "%")
    assert one.__pydantic_fields_set__ is two.__pydantic_fields_set__  # never changed: the model is frozen
    assert one.__pydantic_fields_set__ is trusted(m.Quantity, value=Decimal(3), unit=None).__pydantic_fields_set__
    with pytest.raises(ValidationError):
        one.value = Decimal(5)  # type: ignore[misc]


class _Open(BaseModel):  # not frozen: each instance keeps a fields set of its own
    low: int
    high: int = 9


def test_a_model_not_frozen_gets_a_fields_set_each() -> None:
    make = maker(_Open, "low")
    one, two = make(1), make(2)
    _same(one, _Open(low=1))
    assert one.__pydantic_fields_set__ is not two.__pydantic_fields_set__
    one.high = 3
    assert one.__pydantic_fields_set__ == {"low", "high"} and two.__pydantic_fields_set__ == {"low"}


class _Clash(BaseModel):
    made: int
    cls: int = 0


def test_names_refused_once_at_the_call_site() -> None:
    with pytest.raises(TypeError, match="Span"):
        maker(m.Span, "start", "end", "role", "txt")  # unknown name
    with pytest.raises(TypeError, match="Span"):
        maker(m.Span, "start", "end")  # required ones missing
    with pytest.raises(TypeError, match="_Clash"):
        maker(_Clash, "made")  # a name the written function uses itself
    with pytest.raises(TypeError, match="_Clash"):
        maker(_Clash, "made", "cls")
    make = maker(m.Span, "start", "end", "role", "text")
    with pytest.raises(TypeError):
        make(1, 2, "number")  # a call missing one: Python's own error
