"""planner.records: a record declared with its NamedTuple is the class typing.NamedTuple makes
from the same declaration, with its annotations kept as written."""

from __future__ import annotations

import inspect
import sys
import textwrap
import typing
from collections.abc import Iterator
from typing import Any, Generic, TypeVar

import pytest

import planner.records
from planner.records import NamedTuple


def records_of(package: str) -> list[type]:
    """Every record class of the package's modules loaded by now."""
    return sorted(_records(package), key=lambda r: (r.__module__, r.__qualname__))


def _records(package: str) -> Iterator[type]:
    for name, module in list(sys.modules.items()):
        if name != package and not name.startswith(f"{package}."):
            continue
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and value.__module__ == name
                and NamedTuple in getattr(value, "__orig_bases__", ())
            ):
                yield value


def _twin(record: type) -> type:
    """The same declaration (its source, in its module) made by typing.NamedTuple."""
    module = sys.modules[record.__module__]
    namespace = {**vars(module), "NamedTuple": typing.NamedTuple}
    exec(textwrap.dedent(inspect.getsource(record)), namespace)
    twin: type = namespace[record.__name__]
    return twin


def _hints(cls: type) -> dict[str, Any] | str:
    try:
        return typing.get_type_hints(cls)
    except NameError as error:  # a type named only for the type checker: the same both ways
        return f"NameError: {error}"


import planner.import_plan  # noqa: E402  (with the plan, the core's records)
import planner.plan  # noqa: E402

RECORDS = records_of("planner")


def test_the_cores_records_are_found() -> None:
    names = {r.__qualname__ for r in RECORDS}
    assert len(RECORDS) >= 13
    assert {"TaskChanges", "FieldSpec", "Moved", "NewTask", "Rule"} <= names


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: f"{r.__module__}.{r.__qualname__}")
def test_each_record_is_what_typing_makes(record: Any) -> None:
    same_as_typing_makes(record)


def same_as_typing_makes(record: Any) -> None:
    """``record`` is, but for its annotations, the class typing.NamedTuple makes from its
    declaration."""
    twin: Any = _twin(record)
    assert record._fields == twin._fields
    assert record._field_defaults == twin._field_defaults
    assert record.__new__.__defaults__ == twin.__new__.__defaults__
    assert record.__mro__[1:] == twin.__mro__[1:]
    assert (record.__name__, record.__qualname__, record.__module__, record.__doc__) == (
        twin.__name__,
        twin.__qualname__,
        twin.__module__,
        twin.__doc__,
    )
    own = set(vars(record)) - {"__orig_bases__"}
    assert own == set(vars(twin)) - {"__orig_bases__"}
    for name in own - {"__annotations__", "__new__", "__doc__", "__module__"}:
        mine, theirs = vars(record)[name], vars(twin)[name]
        assert type(mine) is type(theirs), name
        if name in record._fields:  # the field's accessor
            assert mine.__reduce__() == theirs.__reduce__(), name
        elif not callable(mine) and not isinstance(mine, classmethod | staticmethod | property):
            assert mine == theirs, name
    # The annotations as written, where typing keeps them compiled; the same types either way.
    written = {name: ref.__forward_arg__ for name, ref in twin.__annotations__.items()}
    assert record.__annotations__ == written
    assert record.__new__.__annotations__ is record.__annotations__
    assert _hints(record) == _hints(twin)
    assert [(p.name, p.kind, p.default) for p in inspect.signature(record).parameters.values()] == [
        (p.name, p.kind, p.default) for p in inspect.signature(twin).parameters.values()
    ]


T = TypeVar("T")


class Pair(NamedTuple, Generic[T]):
    """A generic record."""

    first: T
    second: list[T]
    label: str = "pair"

    def swapped(self) -> tuple[list[T], T]:
        return self.second, self.first


def test_a_record_behaves_as_a_named_tuple() -> None:
    pair = Pair(1, [2])
    assert pair == (1, [2], "pair") and isinstance(pair, tuple)
    assert pair._replace(label="x") == Pair(1, [2], "x")
    assert pair.swapped() == ([2], 1)
    assert repr(pair) == "Pair(first=1, second=[2], label='pair')"
    assert Pair[int] is not Pair and typing.get_origin(Pair[int]) is Pair
    assert Pair.__annotations__ == {"first": "T", "second": "list[T]", "label": "str"}
    hints: dict[str, object] = {"first": T, "second": list[T], "label": str}  # type: ignore[valid-type]
    assert typing.get_type_hints(Pair) == hints
    assert vars(Pair)["__parameters__"] == (T,)


def test_typings_errors_stay() -> None:
    with pytest.raises(TypeError, match="Non-default namedtuple field second"):

        class Gap(NamedTuple):
            first: int = 0
            second: int  # type: ignore[misc]

    with pytest.raises(AttributeError, match="Cannot overwrite NamedTuple attribute _fields"):

        class Reserved(NamedTuple):
            value: int
            _fields = ("other",)  # type: ignore[misc]

    with pytest.raises(TypeError, match="can only inherit from a NamedTuple type and Generic"):

        class Mixed(NamedTuple, dict[str, int]):  # type: ignore[misc]
            value: int


def test_the_functional_form_is_typings_in_the_callers_module() -> None:
    Point = NamedTuple("Point", [("x", int), ("y", int)])
    assert Point(1, 2) == (1, 2)
    assert Point.__module__ == __name__
    assert Point.__annotations__ == {"x": int, "y": int}


def test_typing_itself_is_untouched() -> None:
    class Plain(typing.NamedTuple):
        value: int

    assert isinstance(Plain.__annotations__["value"], typing.ForwardRef)
    assert planner.records.NamedTuple is not typing.NamedTuple
