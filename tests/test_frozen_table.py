"""compliance.frozen.Table: the lexicon's plain frozen tables validate as pydantic models and read as those did."""

from __future__ import annotations

import copy
import pickle

import pytest
from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from compliance.frozen import Table
from compliance.language import lexicon as lx


class Inner(Table):
    words: tuple[str, ...]
    extra: tuple[str, ...] = ()


class Outer(Table):
    name: str
    inner: Inner
    entries: tuple[Inner, ...] = ()
    by_key: dict[str, Inner] = Field(default_factory=dict)
    spare: Inner = Inner.make(words=())
    maybe: Inner | None = None

    @field_validator("name")
    @classmethod
    def _no_space(cls, value: str) -> str:
        if " " in value:
            raise ValueError("a name has no space")
        return value

    @model_validator(mode="after")
    def _words_somewhere(self) -> "Outer":
        if not self.count():
            raise ValueError("no words at all")
        return self

    def count(self) -> int:
        return len(self.inner.words) + sum(len(entry.words) for entry in self.entries)


DATA = {"name": "a", "inner": {"words": ["x", "y"]}, "entries": [{"words": ["z"], "extra": ["w"]}],
        "by_key": {"k": {"words": []}}, "maybe": {"words": ["m"]}}


def test_validated_tables_are_plain_and_equal_to_what_the_model_gives():
    table = Outer.model_validate(DATA)
    model = Outer.model().model_validate(DATA)
    assert isinstance(model, BaseModel) and not isinstance(table, BaseModel)
    assert type(table) is Outer and type(table.inner) is Inner and type(table.entries[0]) is Inner
    assert type(table.by_key["k"]) is Inner and type(table.maybe) is Inner and type(table.spare) is Inner
    assert table.model_dump() == model.model_dump()
    assert table.count() == model.count() == 3  # methods are the model's too
    assert Outer.model_validate(table.model_dump()) == table
    assert Outer.model().__name__ == "Outer" and Outer.model() is Outer.model()


@pytest.mark.parametrize(("change", "message"), [
    ({"name": "a b"}, "a name has no space"),
    ({"inner": {"words": []}, "entries": []}, "no words at all"),
    ({"inner": {"words": ["x"], "wrods": []}}, "wrods"),  # extra keys are refused, as the models did
    ({"inner": {"words": "x"}}, "tuple"),
])
def test_invalid_data_raises_pydantic_validation_errors(change, message):
    with pytest.raises(ValidationError, match=message):
        Outer.model_validate({**DATA, **change})


def test_tables_are_frozen_hashable_and_pickle_as_they_were():
    table = Outer.model_validate({**DATA, "by_key": {}})
    with pytest.raises(AttributeError):
        table.name = "b"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del table.inner.words
    assert pickle.loads(pickle.dumps(table)) == table
    assert copy.deepcopy(table) == table and copy.deepcopy(table) is not table
    assert hash(table.inner) == hash(Inner.make(words=("x", "y")))
    assert Inner.make(words=("x",)) != Inner.make(words=("x",), extra=("e",))
    assert Inner.make(words=("x",)) != ("x",) and repr(Inner.make(words=("x",))) == "Inner(words=('x',), extra=())"


def test_make_fills_defaults_and_refuses_unknown_or_missing_fields():
    made = Outer.make(name="n", inner=Inner.make(words=()))
    assert made.by_key == {} and made.entries == () and made.maybe is None
    assert made.by_key is not Outer.make(name="n", inner=made.inner).by_key  # a factory's default is made each time
    with pytest.raises(TypeError, match="required"):
        Outer.make(name="n")
    with pytest.raises(TypeError, match="fields"):
        Inner.make(words=(), other=1)


def test_the_shipped_tables_are_tables_equal_to_the_validated_yaml():
    shipped = lx._shipped_tables()
    assert isinstance(shipped.lexicon, lx.Lexicon) and not isinstance(shipped.lexicon, BaseModel)
    assert isinstance(shipped.lexicon.directions.steady, lx.DirectionWords)
    assert shipped == lx.build_shipped()
    assert lx.Lexicon.model_validate(shipped.lexicon.model_dump()) == shipped.lexicon


def test_frozen_models_pickle_without_setstate_and_keep_their_private_attributes(monkeypatch):
    """Frozen.__reduce__: a model comes back equal, fields set and private attributes included (a rules file's
    positions and per-attribute severities), without pydantic's ``__setstate__``."""
    import os

    from conftest import ROOT

    from compliance import evaluate
    from compliance.plans.rules import load_rules

    verdict = evaluate("6以上", "4")
    rules = load_rules(os.path.join(ROOT, "rules", "haidian-2022.yaml"))
    monkeypatch.setattr(BaseModel, "__setstate__", lambda self, state: pytest.fail("__setstate__ called"))
    for model in (verdict, rules, rules.indicators[0]):
        again = pickle.loads(pickle.dumps(model))
        assert again == model and type(again) is type(model)
        assert again.model_fields_set == model.model_fields_set
        assert again.__pydantic_private__ == model.__pydantic_private__
    again = pickle.loads(pickle.dumps(rules))
    assert again.where(rules.indicators[0].id, next(iter(rules.indicators[0].targets)), 0, "target") == \
        rules.where(rules.indicators[0].id, next(iter(rules.indicators[0].targets)), 0, "target")
    assert again.model_dump(mode="json") == rules.model_dump(mode="json")


def test_factories_and_checks_become_the_models_own():
    from compliance.frozen import check, factory

    class Marked(Table):
        words: tuple[str, ...]
        counts: dict[str, int] = factory(dict)

        @check("words")
        @classmethod
        def _no_empty(cls, value: tuple[str, ...]) -> tuple[str, ...]:
            if "" in value:
                raise ValueError("an empty word")
            return value

        @check()
        def _some(self) -> "Marked":
            if not self.words:
                raise ValueError("no words")
            return self

    made = Marked.make(words=("a",))
    assert made.counts == {} and made.counts is not Marked.make(words=("a",)).counts
    assert Marked.model_validate({"words": ["a"], "counts": {"x": 1}}).counts == {"x": 1}
    assert Marked.model().model_fields["counts"].default_factory is dict
    for bad, message in (({"words": ["a", ""]}, "an empty word"), ({"words": []}, "no words")):
        with pytest.raises(ValidationError, match=message):
            Marked.model_validate(bad)
