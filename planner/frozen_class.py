"""Frozen, slotted value classes made from annotated field declarations: what :class:`Task`
needs of ``dataclasses``, without importing it or compiling six methods at every start.

A class decorated with :func:`frozen_class` declares its fields as a dataclass does (an
annotation, then a :func:`field` with an optional ``default`` or ``default_factory`` and
``metadata``). The class is made again with ``__slots__`` of its fields, the ``__init__`` a
frozen slotted dataclass would get (positional or keyword arguments in declaration order,
defaults, factories called for missing values, then ``__post_init__``), ``__match_args__``,
attributes that cannot be set or deleted, and pickling by field values. Comparison, hashing and
``repr`` are the class's own. :func:`fields` and :func:`replace` answer what
``dataclasses.fields`` and ``dataclasses.replace`` did.

For the type checker it is a dataclass transform (PEP 681): the constructor is typed from the
declaration, and assignments to fields are errors. Made the dataclass way, ``Task`` cost about
9 M instructions of a 60-task start (``dataclasses`` and ``copy`` imported, six methods compiled
from source); made here, its ``__init__`` is the only method compiled.
``tests/planner/test_frozen_class.py`` holds it to a frozen slotted dataclass made from the
same declaration.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar, dataclass_transform

from planner.records import NamedTuple

_T = TypeVar("_T")


class _Missing:
    """No default (a declared field without one must be given)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class Field(NamedTuple):
    """One declared field: its name (set when the class is made), default or default factory,
    and metadata."""

    name: str
    default: Any
    default_factory: Any
    metadata: Mapping[str, Any]


def field(
    *,
    default: Any = MISSING,
    default_factory: Callable[[], Any] | Any = MISSING,
    metadata: Mapping[str, Any] | None = None,
) -> Any:
    """A field's declaration, as the value assigned to its annotation in the class body."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field("", default, default_factory, metadata or {})


class FrozenInstanceError(AttributeError):
    """A field of a frozen instance was set or deleted."""


def fields(cls: type | object) -> tuple[Field, ...]:
    """The declared fields of a :func:`frozen_class` class (or of its instance), in order."""
    found: tuple[Field, ...] | None = getattr(cls, "__frozen_fields__", None)
    if found is None:
        raise TypeError("must be called with a frozen_class class or instance")
    return found


def replace(obj: _T, /, **changes: Any) -> _T:
    """A new instance with ``changes`` over ``obj``'s field values (made through ``__init__``,
    so ``__post_init__`` runs), as ``dataclasses.replace`` makes it."""
    for declared in fields(obj):
        if declared.name not in changes:
            changes[declared.name] = getattr(obj, declared.name)
    return type(obj)(**changes)


def _frozen_setattr(self: object, name: str, value: object) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: object, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _getstate(self: object) -> list[Any]:
    return [getattr(self, f.name) for f in fields(self)]


def _setstate(self: object, state: list[Any]) -> None:
    for f, value in zip(fields(self), state, strict=True):
        object.__setattr__(self, f.name, value)


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def frozen_class(cls: type[_T]) -> type[_T]:
    """The class ``cls`` declares, made frozen and slotted (see the module's docstring)."""
    own = vars(cls)
    found: dict[str, Field] = {}  # the base classes' fields first, as a dataclass has them
    for base in reversed(cls.__mro__[1:]):
        found.update((f.name, f) for f in vars(base).get("__frozen_fields__", ()))
    inherited = set(found)
    for name, annotation in own.get("__annotations__", {}).items():
        if str(annotation).startswith(("ClassVar", "typing.ClassVar")):
            continue  # a class variable, not a field (as for a dataclass)
        value = own.get(name, MISSING)
        if not isinstance(value, Field):
            value = Field(name, value, MISSING, {})
        found[name] = value._replace(name=name)
    declared = list(found.values())
    names = tuple(found)
    namespace = {k: v for k, v in own.items() if k not in found and k not in _NOT_COPIED}
    namespace.update(
        __slots__=tuple(name for name in names if name not in inherited),
        __match_args__=names,
        __frozen_fields__=tuple(declared),
        __init__=_make_init(cls.__qualname__, declared, "__post_init__" in own),
        __setattr__=_frozen_setattr,
        __delattr__=_frozen_delattr,
        __getstate__=_getstate,
        __setstate__=_setstate,
    )
    metaclass: Any = type(cls)
    made: type[_T] = metaclass(cls.__name__, cls.__bases__, namespace)
    return made


_NOT_COPIED = frozenset({"__dict__", "__weakref__"})


def _make_init(qualname: str, declared: list[Field], post_init: bool) -> Callable[..., None]:
    """The ``__init__`` of a frozen slotted dataclass with these fields (a base class's first),
    compiled once."""
    scope: dict[str, Any] = {"_set": object.__setattr__, "_FACTORY": _FACTORY}
    parameters, body = [], []
    seen_default = False
    for number, f in enumerate(declared):
        value = f.name
        if f.default_factory is not MISSING:
            scope[f"_factory_{number}"] = f.default_factory
            parameters.append(f"{f.name}=_FACTORY")
            value = f"_factory_{number}() if {f.name} is _FACTORY else {f.name}"
            seen_default = True
        elif f.default is not MISSING:
            scope[f"_default_{number}"] = f.default
            parameters.append(f"{f.name}=_default_{number}")
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
        else:
            parameters.append(f.name)
        body.append(f"    _set(self, {f.name!r}, {value})")
    if post_init:
        body.append("    self.__post_init__()")
    source = f"def __init__(self, {', '.join(parameters)}):\n" + "\n".join(body or ["    pass"])
    exec(source, scope)
    init: Callable[..., None] = scope["__init__"]
    init.__qualname__ = f"{qualname}.__init__"
    return init


class _Factory:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()
