"""Task values validate themselves: trimmed non-empty titles, hours from 0 to 168."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import pytest

from planner.frozen_class import fields, replace
from planner.model import (
    Column,
    Relationship,
    Task,
    TaskChanges,
    TaskError,
    clean_hours,
    format_hours,
)


def test_title_is_trimmed_and_folded() -> None:
    assert Task(1, "  Reply   to\tcomments \n").title == "Reply to comments"


@pytest.mark.parametrize("title", ["", "   ", "\n\t", "\x00"])
def test_empty_title_refused(title: str) -> None:
    with pytest.raises(TaskError, match="title cannot be empty"):
        Task(1, title)


@pytest.mark.parametrize(
    ("given", "expected"),
    [(None, None), ("", None), ("2", 2.0), ("1,5", 1.5), (0, 0.0), (168, 168.0), (2.333, 2.33)],
)
def test_hours_accepted(given: object, expected: float | None) -> None:
    assert clean_hours(given) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("given", [-1, 169, "lots", math.nan, math.inf, True])
def test_hours_refused(given: object) -> None:
    with pytest.raises(TaskError):
        clean_hours(given)  # type: ignore[arg-type]


def test_notes_keep_lines_but_lose_nul_and_cr() -> None:
    task = Task(1, "t", notes="one\r\ntwo\x00\rthree  ")
    assert task.notes == "one\ntwo\nthree"


def test_with_changes_validates_and_stamps() -> None:
    task = Task(1, "t", updated_at="2020-01-01T00:00:00+00:00")
    changed = task.with_changes(TaskChanges(title=" new ", hours_per_week="3"))
    assert (changed.title, changed.hours_per_week) == ("new", 3.0)
    assert changed.updated_at != task.updated_at
    with pytest.raises(TaskError):
        task.with_changes(TaskChanges(title=" "))
    with pytest.raises(TypeError):
        TaskChanges(id=5)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("text", "column"),
    [("Me", Column.ME), ("my va", Column.VA), (" MY  VA ", Column.VA), ("nobody", Column.NOBODY)],
)
def test_column_parse(text: str, column: Column) -> None:
    assert Column.parse(text) is column


def test_column_parse_unknown_names_choices() -> None:
    with pytest.raises(ValueError, match="expected one of: Me, My VA, Nobody"):
        Column.parse("Boss")


def test_format_hours() -> None:
    assert [format_hours(h) for h in (None, 0.0, 2.0, 1.5, 0.25)] == ["", "0", "2", "1.5", "0.25"]


def test_relationship_values() -> None:
    assert Task(1, "t", relationship="yes").relationship is Relationship.YES  # type: ignore[arg-type]


_NAMES = [f.name for f in fields(Task)]
#: Task's fields in a frozen dataclass whose comparison, hash and repr the dataclass module wrote
#: (Task writes its own, to spare every start compiling them).
_TWIN = dataclasses.make_dataclass("Task", _NAMES, frozen=True)


def _as_dataclass(task: Task) -> Any:
    return _TWIN(**{name: getattr(task, name) for name in _NAMES})


def test_tasks_compare_hash_and_show_as_a_dataclass_would() -> None:
    base = Task(7, "Reply to comments", notes="n", hours_per_week=2, steps=("a", "b"))
    variants = [base, replace(base)]
    changes: dict[str, Any] = {
        "id": 8,
        "title": "Other",
        "notes": "",
        "hours_per_week": None,
        "frequency": "weekly",
        "relationship": Relationship.YES,
        "accepted": True,
        "accept_note": "fine",
        "link_id": 3,
        "steps": (),
        "done_when": "sent",
        "needs_approval": True,
        "created_at": "2020-01-01T00:00:00+00:00",
        "updated_at": "2020-01-01T00:00:00+00:00",
    }
    assert set(changes) == {f.name for f in fields(Task)}  # every field differs once
    variants += [replace(base, **{name: value}) for name, value in changes.items()]
    for first in variants:
        assert repr(first) == repr(_as_dataclass(first))
        assert hash(first) == hash(_as_dataclass(first))
        for second in variants:
            same = _as_dataclass(first) == _as_dataclass(second)
            assert (first == second) is same and (first != second) is not same
    assert base.__eq__(_as_dataclass(base)) is NotImplemented
    assert base != (7, "Reply to comments") and base != object()
