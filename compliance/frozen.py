"""The base of the package's pydantic models: frozen, strict, built on first use, and made unvalidated by the engine.

* :class:`Frozen` forbids extra fields and is immutable. Its validator and serializer are built when first used,
  not when the class is made (``defer_build``): the engine makes most instances with :func:`trusted`, so a cold
  ``compliance check`` builds few validators or none, and each forward reference resolves at that first build.
* An instance's serializer is built when the instance is asked for it, too: pydantic-core asks (a model in an
  ``Any`` field, ``pydantic_core.to_jsonable_python``) and cannot build a deferred one itself (pydantic issue
  13647: "'MockValSer' object is not an instance of 'SchemaSerializer'").
* :func:`trusted` makes an instance without validation, for values the engine made.
"""

from __future__ import annotations

import dataclasses
import threading
import types
from keyword import iskeyword
from decimal import Decimal
from enum import Enum
from functools import cache
from reprlib import recursive_repr
from typing import (TYPE_CHECKING, Any, Callable, Self, TypeVar, Union, dataclass_transform, get_args, get_origin,
                    get_type_hints, overload)

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined, SchemaSerializer

__all__ = ["Frozen", "Table", "maker", "record", "trusted"]

_M = TypeVar("_M", bound=BaseModel)


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        placeholder = cls.__dict__.get("__pydantic_serializer__")
        if placeholder is not None and not isinstance(placeholder, SchemaSerializer):  # deferred: not built yet
            cls.__pydantic_serializer__ = _BuiltOnUse(placeholder)  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as the class and its fields (the fields set, any private attributes), unpickled by
        :func:`_restored` as :func:`trusted` makes a model: no ``__setstate__`` call and its state dict per model
        (a seed's rules snapshot unpickles ~500 models in every check)."""
        private = self.__pydantic_private__
        if private:
            private = {name: value for name, value in private.items() if value is not PydanticUndefined}
        return _restored, (type(self), self.__dict__, self.__pydantic_fields_set__, private)

    if not TYPE_CHECKING:  # pragma: no branch

        def __getattr__(self, item: str) -> Any:
            """A name that is not a field (``getattr(node, "low", None)`` on a bound): missing, at once, not
            through pydantic's ``__getattr__`` and metaclass (a quarter of ``evaluate``; no extras or privates here)."""
            if item in _class_names(type(self)) or item in type(self).__private_attributes__:
                return super().__getattr__(item)  # a descriptor that raised, a private attribute: pydantic's way
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {item!r}")


class _BuiltOnUse:
    """A deferred model's ``__pydantic_serializer__``: to the class, pydantic's placeholder (its own checks look for
    it); to an instance, the model's serializer, built then (the build puts it in the placeholder's stead)."""

    def __init__(self, placeholder: object) -> None:
        self.placeholder = placeholder

    def __get__(self, instance: object, owner: type[BaseModel]) -> object:
        if instance is None:
            return self.placeholder
        with _BUILDING:  # one thread builds; pydantic's model_rebuild is not thread-safe
            found = owner.__dict__.get("__pydantic_serializer__")
            if not isinstance(found, SchemaSerializer):
                owner.model_rebuild()
                found = owner.__dict__["__pydantic_serializer__"]
        return found


_BUILDING = threading.Lock()


@cache
def _class_names(klass: type) -> frozenset[str]:
    return frozenset(name for each in klass.__mro__ for name in vars(each))


_IMMUTABLE = (str, int, float, Decimal, tuple, frozenset, Enum, type(None))  # a default shared by every instance
# what pydantic sets on an instance it builds, each slot's setter a name of its own (no list indexed per call)
_SET_DICT, _SET_FIELDS_SET, _SET_EXTRA, _SET_PRIVATE = (vars(BaseModel)[name].__set__ for name in (
    "__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__"))
_NEW = object.__new__


def _restored(cls: type[_M], values: dict[str, Any], fields_set: set[str], private: dict[str, Any] | None) -> _M:
    """A model :meth:`Frozen.__reduce__` pickled, as pydantic's ``__setstate__`` would set it."""
    made = _NEW(cls)
    _SET_DICT(made, values)
    _SET_FIELDS_SET(made, fields_set)
    _SET_EXTRA(made, None)
    _SET_PRIVATE(made, private)
    return made


def trusted(cls: type[_M], **values: Any) -> _M:
    """``cls(**values)`` unvalidated, for values the engine made, each of its field's type: what validation gives, in
    order, fields set included (tests/test_judge_fast.py). A name unknown, or required and missing: TypeError."""
    names = tuple(values)
    defaults, given, whole = _KNOWN.get((cls, names)) or _learn(cls, names)
    made = _NEW(cls)
    # the keyword dict is this call's own: where it names every field in the fields' order it is the instance's dict
    _SET_DICT(made, values if whole else {**defaults, **values})
    _SET_FIELDS_SET(made, set(names) if given is None else given)
    _SET_EXTRA(made, None)
    _SET_PRIVATE(made, None)
    return made


def maker(cls: type[_M], *names: str) -> Callable[..., _M]:
    """A function of ``names`` (positional or by name) making what ``trusted(cls, **dict(zip(names, args)))``
    makes, for a hot call site: checked here once, so a call looks nothing up (~350 against ~600 ns for a Span).
    Written as source, as dataclasses writes an ``__init__``: a dict display of every field in order, the
    defaults of those not named included, the shared fields set (a new set each, for a model not frozen)."""
    defaults, given, _ = _KNOWN.get((cls, names)) or _learn(cls, names)
    scope: dict[str, Any] = {"cls": cls, "given": given, "_NEW": _NEW, "_SET_DICT": _SET_DICT,
                             "_SET_FIELDS_SET": _SET_FIELDS_SET, "_SET_EXTRA": _SET_EXTRA, "_SET_PRIVATE": _SET_PRIVATE}
    if any(not name.isidentifier() or iskeyword(name) or name in scope or name.startswith("_default") or name == "made"
           for name in names):  # a name the source could not take as a parameter: trusted() is the way
        raise TypeError(f"{cls.__name__}: no maker for fields {names}")
    shown = []
    for number, (name, default) in enumerate(defaults.items()):
        if name in names:
            shown.append(f"{name!r}: {name}")
        else:
            scope[f"_default{number}"] = default
            shown.append(f"{name!r}: _default{number}")
    fields_set = "given" if given is not None else "{" + ", ".join(map(repr, names)) + "}"
    source = (f"def make({', '.join(names)}):\n"
              f"    made = _NEW(cls)\n"
              f"    _SET_DICT(made, {{{', '.join(shown)}}})\n"
              f"    _SET_FIELDS_SET(made, {fields_set})\n"
              f"    _SET_EXTRA(made, None)\n"
              f"    _SET_PRIVATE(made, None)\n"
              f"    return made\n")
    exec(compile(source, f"<maker {cls.__name__}>", "exec"), scope)
    made: Callable[..., _M] = scope["make"]
    made.__qualname__ = f"maker({cls.__name__}, {', '.join(names)})"
    return made


#: per class and tuple of names given (the engine's call sites): the defaults, the fields set shared by the
#: instances of a frozen class (None: one set each) and whether the names are every field in order; bounded
_KNOWN: dict[tuple[type, tuple[str, ...]], tuple[dict[str, Any], set[str] | None, bool]] = {}
_KNOWN_MOST = 4096
_TEMPLATES: dict[type, tuple[dict[str, Any], frozenset[str], bool]] = {}


def _learn(cls: type[BaseModel], names: tuple[str, ...]) -> tuple[dict[str, Any], set[str] | None, bool]:
    """What trusted() needs for ``cls`` given ``names``, checked once: a name unknown or a required one missing raise.
    A frozen model's fields set is shared by its instances made with the same names: pydantic changes a fields set
    only on assignment, which a frozen model refuses (model_copy copies it), and each set kept is one more object
    for the garbage collector to traverse."""
    defaults, required, frozen = _TEMPLATES.get(cls) or _template(cls)
    if len({**defaults, **dict.fromkeys(names)}) != len(defaults) or not required.issubset(names):
        raise TypeError(f"{cls.__name__}: fields {sorted(names)}, not {sorted(defaults)}")
    found = defaults, set(names) if frozen else None, names == tuple(defaults)
    if len(_KNOWN) < _KNOWN_MOST:
        _KNOWN[(cls, names)] = found
    return found


def _template(cls: type[BaseModel]) -> tuple[dict[str, Any], frozenset[str], bool]:
    """The defaults, the required names and whether the class is frozen (remembered in _TEMPLATES)."""
    fields = cls.model_fields
    required = frozenset(name for name, f in fields.items() if not isinstance(f.default, _IMMUTABLE))
    if cls.__pydantic_post_init__ or cls.__private_attributes__ or cls.model_config.get("extra") == "allow":
        raise TypeError(f"{cls.__name__} is not built by trusted()")
    defaults = {name: None if name in required else f.default for name, f in fields.items()}
    found = _TEMPLATES[cls] = defaults, required, bool(cls.model_config.get("frozen"))
    return found


class Table:
    """A frozen table of plain attributes, typed by its annotations (the fields, with their defaults as class
    attributes), for tables a process reads from a snapshot and never validates (the lexicon's): making a pydantic
    class costs ~1.5M instructions, ~40M for the lexicon's 27 in every cold ``compliance check``. Validation goes
    through a pydantic model of the same name, fields, validators and methods, made on first use (:meth:`model`):
    :meth:`model_validate` validates as that model does (its :class:`pydantic.ValidationError` included) and gives
    a table; :meth:`model_dump` gives what the model's ``model_dump()`` gives. Equal when of one class with equal
    fields; pickled as a plain object (no ``__setstate__``)."""

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen")

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and vars(self) == vars(other) if isinstance(other, Table) else NotImplemented

    def __hash__(self) -> int:
        return hash((type(self), *vars(self).values()))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{name}={value!r}' for name, value in vars(self).items())})"

    @classmethod
    def make(cls, **values: Any) -> Self:
        """A table of ``values`` unvalidated, each field not given its default (a name unknown, or required and
        missing: TypeError)."""
        names = _fields(cls)
        if not names.keys() >= values.keys():
            raise TypeError(f"{cls.__name__}: fields {sorted(values)}, not {sorted(names)}")
        made = _NEW(cls)
        fields = vars(made)
        for name in names:
            default = values[name] if name in values else cls.__dict__.get(name, _REQUIRED)
            if default is _REQUIRED:
                raise TypeError(f"{cls.__name__}: field {name} is required")
            if isinstance(default, _Factory):
                default = default.make()
            fields[name] = default.get_default(call_default_factory=True) if isinstance(default, FieldInfo) else default
        return made

    @classmethod
    def model(cls) -> type[BaseModel]:
        """The pydantic model of this table (made once): the same name, fields, defaults, validators and methods."""
        found = _MODELS.get(cls)
        if found is None:
            namespace = {name: value for name, value in vars(cls).items() if name not in ("__dict__", "__weakref__")}
            hints = get_type_hints(cls)  # evaluated where written as text (``from __future__ import annotations``)
            namespace.update(__qualname__=cls.__qualname__, __annotations__={
                name: _as_model(hints[name]) for name in _fields(cls)})
            for name, value in namespace.items():
                if isinstance(value, Table):  # a table default: the model's own, unvalidated
                    namespace[name] = type(value).model().model_construct(**vars(value))
                elif isinstance(value, _Factory):
                    namespace[name] = Field(default_factory=value.make)
                elif (checked := getattr(getattr(value, "__func__", value), "_table_check", None)) is not None:
                    namespace[name] = field_validator(*checked)(value) if checked else model_validator(mode="after")(value)
            found = types.new_class(cls.__name__, (Frozen,), exec_body=lambda made: made.update(namespace))
            _MODELS[cls] = found
            _TABLES[found] = cls
        return found

    @classmethod
    def model_validate(cls, data: object) -> Self:
        """``data`` validated by :meth:`model`, as a table (pydantic's ValidationError when it is not valid)."""
        table = _as_table(cls.model().model_validate(data))
        assert isinstance(table, cls)
        return table

    def model_dump(self) -> dict[str, Any]:
        """The fields as a dict, tables as dicts inside (the model's ``model_dump()``)."""
        return {name: _dumped(value) for name, value in vars(self).items()}


_REQUIRED = object()


class _Factory:
    """A table field's default made for each table (:func:`factory`)."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


def factory(make: Callable[[], _T]) -> _T:
    """A table field's default, ``make()`` for each table (``Field(default_factory=make)`` in its model), without
    making a pydantic ``FieldInfo`` where the table's class is made."""
    return _Factory(make)  # type: ignore[return-value]


def check(*fields: str) -> Callable[[_F], _F]:
    """A table's validator, made a pydantic one where the table's model is: of ``fields`` (a classmethod of the value,
    ``field_validator``), or of the whole model when none is named (a method returning it, ``model_validator``
    ``"after"``). Nothing of pydantic is made where the table's class is (6 validators of the lexicon: ~0.9M
    instructions of a cold check)."""
    def mark(method: _F) -> _F:
        function: Any = getattr(method, "__func__", method)  # a classmethod's function
        function._table_check = fields
        return method

    return mark


def _fields(cls: type[Table]) -> dict[str, Any]:
    """A table's fields: its own annotations, in order (a table derives no fields from another)."""
    found: dict[str, Any] = cls.__dict__.get("__annotations__", {})
    return found

#: each table's pydantic model, and back
_MODELS: dict[type[Table], type[BaseModel]] = {}
_TABLES: dict[type[BaseModel], type[Table]] = {}


def _as_model(kind: Any) -> Any:
    """An annotation with each table class in it replaced by its model (``tuple[Entry, ...]``: of the model)."""
    if isinstance(kind, type) and issubclass(kind, Table):
        return kind.model()
    args = get_args(kind)
    swapped = tuple(_as_model(arg) for arg in args)
    if swapped == args:
        return kind
    origin = get_origin(kind)
    return Union[swapped] if origin in (Union, types.UnionType) else origin[swapped]


def _as_table(value: Any) -> Any:
    """A validated model as its table, inside containers too."""
    if isinstance(value, BaseModel):
        made = _NEW(_TABLES[type(value)])
        vars(made).update((name, _as_table(field)) for name, field in vars(value).items())
        return made
    if isinstance(value, dict):
        return {key: _as_table(item) for key, item in value.items()}
    if isinstance(value, (tuple, list)):
        return type(value)(_as_table(item) for item in value)
    return value


def _dumped(value: Any) -> Any:
    if isinstance(value, Table):
        return value.model_dump()
    if isinstance(value, dict):
        return {key: _dumped(item) for key, item in value.items()}
    if isinstance(value, (tuple, list)):
        return type(value)(_dumped(item) for item in value)
    return value



_T = TypeVar("_T")
_F = TypeVar("_F")


@overload
def record(cls: type[_T], /) -> type[_T]: ...
@overload
def record(*, frozen: bool = True, slots: bool = True) -> Callable[[type[_T]], type[_T]]: ...


@dataclass_transform(frozen_default=True)
def record(cls: type[_T] | None = None, /, *, frozen: bool = True, slots: bool = True) -> Any:
    """``@dataclass(frozen=True, slots=True)`` (``record(frozen=False, slots=False)``: the dataclass of those
    options), for classes made in every cold process: a real dataclass (``fields``,
    ``replace``, pickling and frozen assignment as that decorator gives them), whose ``__init__`` is the one it would
    write, compiled when the first instance is made, and whose ``__repr__``, ``__eq__`` and ``__hash__`` (the fields'
    values as a tuple) are shared by every record, not compiled. ``@dataclass`` compiles six methods per class as it
    is made (~5M instructions for ten fields; a cold check made five such classes). No ``__post_init__``, ``InitVar``
    or keyword-only field (TypeError)."""
    if cls is None:
        return lambda made: _record(made, frozen, slots)
    return _record(cls, frozen, slots)


def _record(cls: Any, frozen: bool, slots: bool) -> Any:
    if "__post_init__" in vars(cls):
        raise TypeError(f"{cls.__name__}: record() calls no __post_init__")
    if cls.__doc__ is None:  # else dataclass() asks inspect.signature of the class for one
        cls.__doc__ = f"{cls.__name__}({', '.join(vars(cls).get('__annotations__', {}))})"
    # frozen=False: dataclass() would compile __setattr__ and __delattr__ too; they are written here, as it writes
    # them, and its parameters then say frozen, as they would have (a dataclass subclass is checked against them)
    hashed = "__hash__" in vars(cls)
    made: Any = dataclasses.dataclass(cls, init=False, repr=False, eq=False, frozen=False, slots=slots)
    fields = dataclasses.fields(made)
    if any(f.kw_only or not f.init for f in fields):
        raise TypeError(f"{cls.__name__}: record() takes fields given by position or name only")
    made._record_frozen = frozen
    made._record_compared = tuple(f.name for f in fields if f.compare)
    made._record_shown = tuple(f.name for f in fields if f.repr)

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:  # the first instance's: writes the class's own
        _record_init(made)(self, *args, **kwargs)

    made.__init__ = __init__
    made.__repr__, made.__eq__ = _record_repr, _record_eq
    if not frozen:  # as dataclass(eq=True) leaves a mutable class: unhashable, unless it says how
        if not hashed:
            made.__hash__ = None
        return made
    made.__hash__ = _record_hash
    made.__dataclass_params__.frozen = True
    names = frozenset(f.name for f in fields)
    made._record_compared = tuple(f.name for f in fields if f.compare)
    made._record_shown = tuple(f.name for f in fields if f.repr)

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is made or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(made, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is made or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(made, self).__delattr__(name)

    made.__setattr__, made.__delattr__ = __setattr__, __delattr__
    if slots:  # pickled by value, set as __init__ sets
        made.__getstate__, made.__setstate__ = _record_getstate, _record_setstate
    return made


def _record_init(cls: Any) -> Callable[..., None]:
    """The ``__init__`` dataclass() writes for the class, compiled and put in the class."""
    scope: dict[str, Any] = {"_set": object.__setattr__ if cls._record_frozen else setattr, "_FACTORY": _REQUIRED}
    params, lines = [], []
    for number, f in enumerate(dataclasses.fields(cls)):
        if f.default is not dataclasses.MISSING:
            scope[f"_default{number}"] = f.default
            params.append(f"{f.name}=_default{number}")
            lines.append(f"    _set(self, {f.name!r}, {f.name})")
        elif f.default_factory is not dataclasses.MISSING:
            scope[f"_factory{number}"] = f.default_factory
            params.append(f"{f.name}=_FACTORY")
            lines.append(f"    _set(self, {f.name!r}, _factory{number}() if {f.name} is _FACTORY else {f.name})")
        else:
            params.append(f.name)
            lines.append(f"    _set(self, {f.name!r}, {f.name})")
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(lines or ["    pass"]) + "\n"
    exec(compile(source, f"<record {cls.__qualname__}>", "exec"), scope)
    init: Callable[..., None] = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return init


def _record_getstate(self: Any) -> list[Any]:
    return [getattr(self, f.name) for f in dataclasses.fields(self)]


def _record_setstate(self: Any, state: list[Any]) -> None:
    for f, value in zip(dataclasses.fields(self), state):
        object.__setattr__(self, f.name, value)  # frozen: set as __init__ sets it


@recursive_repr()
def _record_repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._record_shown)
    return f"{type(self).__qualname__}({shown})"


def _record_eq(self: Any, other: Any) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented
    names = self._record_compared
    return tuple(getattr(self, name) for name in names) == tuple(getattr(other, name) for name in names)


def _record_hash(self: Any) -> int:
    return hash(tuple(getattr(self, name) for name in self._record_compared))
