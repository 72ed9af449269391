"""compliance.frozen.record: a frozen slotted dataclass that compiles its methods late or never, and behaves as
``@dataclass(frozen=True, slots=True)`` does, checked against that decorator on twin classes."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from dataclasses import dataclass, field
from decimal import Decimal

import pytest

from compliance.frozen import record


@record
class Cell:
    name: str
    value: Decimal | None = None
    notes: dict[str, int] = field(default_factory=dict)
    index: int = 0


@dataclass(frozen=True, slots=True)
class Twin:
    name: str
    value: Decimal | None = None
    notes: dict[str, int] = field(default_factory=dict)
    index: int = 0


@record
class Hidden:
    """A record with a field neither compared nor shown."""

    shown: int
    cache: int = field(default=0, compare=False, repr=False)


CALLS = [(("a",), {}), (("a", Decimal("1.5")), {}), (("a",), {"index": 3}), ((), {"name": "b", "notes": {"x": 1}}),
         (("a", None, {"y": 2}, 4), {})]


@pytest.mark.parametrize(("args", "kwargs"), CALLS)
def test_a_record_is_made_read_shown_and_compared_as_the_dataclass_is(args, kwargs):
    ours, theirs = Cell(*args, **kwargs), Twin(*args, **kwargs)
    assert dataclasses.astuple(ours) == dataclasses.astuple(theirs)
    assert repr(ours).replace("Cell", "Twin") == repr(theirs)
    assert ours == Cell(*args, **kwargs) and ours != theirs and (ours == 1) is False
    assert dataclasses.replace(ours, index=9) == Cell(**{**dataclasses.asdict(ours), "index": 9})
    assert pickle.loads(pickle.dumps(ours)) == ours and copy.deepcopy(ours) == ours
    assert [f.name for f in dataclasses.fields(ours)] == [f.name for f in dataclasses.fields(theirs)]
    assert Cell.__match_args__ == Twin.__match_args__ and not hasattr(ours, "__dict__")


def test_defaults_factories_and_errors_are_the_dataclass_ones():
    assert Cell("a").notes is not Cell("a").notes  # a factory's default is made for each instance
    with pytest.raises(TypeError, match="name"):
        Cell()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Cell("a", None, {}, 0, "extra")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword"):
        Cell("a", other=1)  # type: ignore[call-arg]
    made = Cell("a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.name = "b"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del made.index  # type: ignore[misc]
    for cls in (Cell, Twin):
        with pytest.raises(TypeError, match="dict"):
            hash(cls("a"))  # a dict field: unhashable, the dataclass's too
    assert Hidden(1, 5) == Hidden(1, 6) and repr(Hidden(1, 5)) == "Hidden(shown=1)" and hash(Hidden(1, 5)) == hash((1,))


def test_a_subclass_is_made_by_the_records_init():
    """scale.groups watches a Context through a subclass that reads its attributes; it is made and copied alike."""
    reads = []

    class Watched(Cell):
        def __getattribute__(self, name):
            if name == "value":
                reads.append(name)
            return super().__getattribute__(name)

    watched = Watched("a", Decimal(2))
    assert watched.value == 2 and reads == ["value"]
    copied = dataclasses.replace(watched, index=1)
    assert type(copied) is Watched and copied.index == 1 and copied.value == 2


def test_a_record_says_it_is_frozen_as_the_dataclass_does():
    assert Cell.__dataclass_params__.frozen and Twin.__dataclass_params__.frozen

    @dataclass(frozen=True)
    class Frozen(Cell):
        extra: int = 0

    assert Frozen("a", extra=2).extra == 2
    with pytest.raises(TypeError, match="non-frozen"):
        @dataclass
        class Thawed(Cell):
            extra: int = 0


def test_what_record_refuses():
    with pytest.raises(TypeError, match="__post_init__"):
        @record
        class Posted:
            a: int

            def __post_init__(self) -> None:
                pass

    with pytest.raises(TypeError, match="position or name"):
        @record
        class Keyword:
            a: int = field(kw_only=True)


@record(frozen=False)
class Mutable:
    name: str
    notes: list[int] = field(default_factory=list)


@dataclass(slots=True)
class MutableTwin:
    name: str
    notes: list[int] = field(default_factory=list)


@record(slots=False)
class Cached:
    name: str

    @property
    def upper(self) -> str:
        return self.name.upper()


@record(frozen=False, slots=False)
class Failure(Exception):
    """A dataclass exception, as judge.figure's Pending."""

    reason: str
    missing: tuple[str, ...] = ()


def test_the_other_options_are_those_of_the_dataclass():
    made, twin = Mutable("a"), MutableTwin("a")
    made.notes.append(1)
    made.name = "b"
    twin.notes.append(1)
    twin.name = "b"
    assert dataclasses.astuple(made) == dataclasses.astuple(twin) and repr(made) == repr(twin).replace("MutableTwin", "Mutable")
    assert Mutable.__hash__ is None and MutableTwin.__hash__ is None and not hasattr(made, "__dict__")
    assert not Mutable.__dataclass_params__.frozen and pickle.loads(pickle.dumps(made)) == made
    cached = Cached("x")
    assert hasattr(cached, "__dict__") and cached.upper == "X" and Cached.__dataclass_params__.frozen
    with pytest.raises(dataclasses.FrozenInstanceError):
        cached.name = "y"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(cached)) == cached and hash(cached) == hash(("x",))
    with pytest.raises(Failure) as raised:
        raise Failure("no_data", ("2022",))
    @dataclass
    class FailureTwin(Exception):
        reason: str
        missing: tuple[str, ...] = ()

    assert raised.value.reason == "no_data" and raised.value.missing == ("2022",)
    assert raised.value.args == FailureTwin("no_data", ("2022",)).args and str(raised.value) == str(FailureTwin("no_data", ("2022",)))
    assert raised.value == Failure("no_data", ("2022",)) and Failure.__hash__ is None
