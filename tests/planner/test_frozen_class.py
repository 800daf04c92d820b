"""planner.frozen_class: a declared class is made as a frozen slotted dataclass of the same
declaration is (constructor, defaults, factories, frozen fields, pickling, fields, replace)."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from collections.abc import Callable
from typing import Any, ClassVar

import pytest

from planner import frozen_class
from planner.frozen_class import FrozenInstanceError, field, fields, replace
from planner.model import FIELD_NAMES, Relationship, Task


def _dataclass_twin(cls: Any) -> Any:
    """The same declaration made by ``dataclasses`` (frozen, slotted, the class's own
    comparison and repr), with the class's ``__post_init__``."""
    specs = [
        (
            f.name,
            cls.__annotations__[f.name],
            dataclasses.field(
                default=f.default if f.default is not frozen_class.MISSING else dataclasses.MISSING,
                default_factory=(
                    f.default_factory
                    if f.default_factory is not frozen_class.MISSING
                    else dataclasses.MISSING
                ),
                metadata=f.metadata,
            ),
        )
        for f in fields(cls)
    ]
    namespace = {"__post_init__": cls.__post_init__} if hasattr(cls, "__post_init__") else {}
    return dataclasses.make_dataclass(
        cls.__name__, specs, frozen=True, slots=True, eq=False, repr=False, namespace=namespace
    )


TWIN = _dataclass_twin(Task)


def _outcome(make: Callable[[], Any]) -> str:
    try:
        made = make()
    except Exception as error:
        return f"{type(error).__name__}: {error}"
    return repr([getattr(made, name) for name in made.__slots__])


def test_the_constructor_is_the_dataclasss() -> None:
    mine, theirs = inspect.signature(Task), inspect.signature(TWIN)
    assert [(p.name, p.kind, repr(p.default)) for p in mine.parameters.values()] == [
        (p.name, p.kind, repr(p.default)) for p in theirs.parameters.values()
    ]
    assert vars(Task)["__slots__"] == TWIN.__slots__
    assert Task.__match_args__ == TWIN.__match_args__
    assert not hasattr(Task(1, "t"), "__dict__")
    assert Task.__init__.__qualname__ == "Task.__init__"


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((1, "  Reply   to comments "), {}),
        ((), {"id": 2, "title": "t", "notes": "a\r\nb  ", "hours_per_week": "1,5"}),
        ((3, "t", "n", 2, "weekly", "yes", True, "ok", 4, "a\nb", "done", True, "c", "u"), {}),
        ((4, "t"), {"relationship": Relationship.NO, "steps": ["x", " ", "y"]}),
        ((5, "t"), {"created_at": "2020-01-01T00:00:00+00:00"}),
        ((), {"title": "t"}),  # missing id
        ((6,), {}),  # missing title
        ((7, "t"), {"colour": "red"}),  # no such field
        ((8, "t"), {"title": "again"}),  # given twice
        ((9, "t", *range(13)), {}),  # too many
        ((10, " "), {}),  # cleaned to nothing
        ((11, "t"), {"hours_per_week": -1}),
    ],
)
def test_instances_are_made_as_the_dataclass_makes_them(
    args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    mine = _outcome(lambda: Task(*args, **kwargs))
    theirs = _outcome(lambda: TWIN(*args, **kwargs))
    if "created_at" not in kwargs and not mine.startswith(("TypeError", "TaskError")):
        # The time stamps come from the factory at each call: the same second or the next.
        mine, theirs = (text.rsplit(", '20", 2)[0] for text in (mine, theirs))
    assert mine == theirs


def test_factories_give_missing_values_only() -> None:
    task = Task(1, "t", created_at="c", updated_at="u")
    assert (task.created_at, task.updated_at) == ("c", "u")
    made = Task(2, "t")
    assert made.created_at[:2] == "20" and made.created_at.endswith("+00:00")
    assert made.updated_at[:2] == "20"


def test_fields_cannot_be_set_or_deleted() -> None:
    task, twin = Task(1, "t"), TWIN(1, "t")
    for attempt in (lambda t: setattr(t, "title", "x"), lambda t: delattr(t, "title")):
        with pytest.raises(AttributeError) as mine:
            attempt(task)
        with pytest.raises(dataclasses.FrozenInstanceError) as theirs:
            attempt(twin)
        assert isinstance(mine.value, FrozenInstanceError)
        assert str(mine.value) == str(theirs.value)
    assert task.title == "t"
    # Another name: refused too (a slotted frozen dataclass of Python 3.11 fails there with a
    # TypeError from its own super() call, a bug of the class it remakes for the slots).
    with pytest.raises(FrozenInstanceError, match="cannot assign to field 'colour'"):
        task.colour = "red"  # type: ignore[attr-defined]


def test_copies_and_pickles_keep_every_field() -> None:
    task = Task(3, "Reply", notes="n", hours_per_week=2, steps=("a", "b"), link_id=1)
    for made in (copy.copy(task), copy.deepcopy(task), pickle.loads(pickle.dumps(task))):
        assert made == task and made is not task
        assert [getattr(made, n) for n in FIELD_NAMES] == [getattr(task, n) for n in FIELD_NAMES]


def test_fields_and_replace_answer_as_dataclasses_did() -> None:
    mine, theirs = fields(Task), dataclasses.fields(TWIN)
    assert [(f.name, f.default, f.default_factory) for f in mine] == [
        (
            f.name,
            f.default if f.default is not dataclasses.MISSING else frozen_class.MISSING,
            f.default_factory
            if f.default_factory is not dataclasses.MISSING
            else frozen_class.MISSING,
        )
        for f in theirs
    ]
    assert [dict(f.metadata) for f in mine] == [dict(f.metadata) for f in theirs]
    assert fields(Task(1, "t")) == mine
    task = Task(1, "t", notes="n")
    again = replace(task, title="  New  title ", hours_per_week="2")
    twin_again = dataclasses.replace(
        TWIN(1, "t", notes="n"), title="  New  title ", hours_per_week="2"
    )
    assert [getattr(again, n) for n in FIELD_NAMES if not n.endswith("_at")] == [
        getattr(twin_again, n) for n in FIELD_NAMES if not n.endswith("_at")
    ]
    assert replace(task) == task and replace(task) is not task
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        replace(task, colour="red")
    with pytest.raises(TypeError, match="frozen_class"):
        fields(TWIN)


def test_the_type_checker_types_the_constructor_and_freezes_the_fields() -> None:
    # mypy runs on the tests with warn_unused_ignores: each ignore below is needed, so mypy
    # knows the constructor's parameters and that the fields are frozen.
    with pytest.raises(TypeError):
        Task(id=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Task(1, "t", colour="red")  # type: ignore[call-arg]
    task = Task(1, "t")
    with pytest.raises(AttributeError):
        task.title = "x"  # type: ignore[misc]


@frozen_class.frozen_class
class _Point:
    """A small declaration: plain defaults, a class variable, no ``__post_init__``."""

    unit: ClassVar[str] = "px"
    x: int
    y: int = 0
    tags: tuple[str, ...] = field(default=())
    made: list[int] = field(default_factory=list)


def test_a_small_declaration() -> None:
    point = _Point(1)
    assert (point.x, point.y, point.tags, point.made) == (1, 0, (), [])
    assert _Point(1).made is not point.made  # a new list each time
    assert _Point.unit == "px" and vars(_Point)["__slots__"] == ("x", "y", "tags", "made")
    assert [f.name for f in fields(_Point)] == ["x", "y", "tags", "made"]
    assert _Point.__doc__ is not None and _Point.__doc__.startswith("A small declaration")


def test_declarations_a_dataclass_refuses_are_refused() -> None:
    with pytest.raises(TypeError, match="non-default argument 'y' follows default argument"):

        @frozen_class.frozen_class
        class Gap:
            x: int = 0
            y: int  # type: ignore[misc]

    with pytest.raises(ValueError, match="cannot specify both default and default_factory"):
        field(default=1, default_factory=list)


@frozen_class.frozen_class
class _Point3D(_Point):
    """A declaration extended: the base's fields first, then its own."""

    z: int = 0
    y: int = 5  # redeclared: keeps its place, takes the new default


def test_an_extended_declaration_keeps_the_bases_fields_first() -> None:
    assert [f.name for f in fields(_Point3D)] == ["x", "y", "tags", "made", "z"]
    assert vars(_Point3D)["__slots__"] == ("z",)
    point = _Point3D(1, z=3)
    assert (point.x, point.y, point.tags, point.made, point.z) == (1, 5, (), [], 3)
    assert _Point3D.__match_args__ == ("x", "y", "tags", "made", "z")
    assert pickle.loads(pickle.dumps(point)).z == 3
    assert isinstance(point, _Point) and not hasattr(point, "__dict__")
