"""The plan's vocabulary: columns, tasks and the rules a single task must obey.

A :class:`Task` is an immutable value. Changing a task means building a new one with
:meth:`Task.with_changes`, which validates the result, so an invalid task cannot exist.
Where a task sits (its column and position) is owned by :class:`planner.board.Board`.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any


class Column(StrEnum):
    """The three places a task can live. The values are the exact display names."""

    ME = "Me"
    VA = "My VA"
    NOBODY = "Nobody"

    @classmethod
    def parse(cls, text: str) -> Column:
        """Return the column named ``text`` (case and surrounding spaces ignored)."""
        wanted = " ".join(text.split()).casefold()
        for column in cls:
            if column.value.casefold() == wanted:
                return column
        aliases = {"va": cls.VA, "myva": cls.VA, "drop": cls.NOBODY, "none": cls.NOBODY}
        found = aliases.get(wanted.replace(" ", ""))
        if found is None:
            names = ", ".join(c.value for c in cls)
            raise ValueError(f"unknown column {quoted_value(text)} (expected one of: {names})")
        return found

    def __str__(self) -> str:
        return self.value


COLUMNS: tuple[Column, ...] = (Column.ME, Column.VA, Column.NOBODY)


class Relationship(StrEnum):
    """The owner's say on whether a task builds a relationship: the advisor's, or overridden."""

    AUTO = "auto"
    YES = "yes"
    NO = "no"


def quoted_value(text: str, limit: int = 40) -> str:
    """A value as an error message quotes it: in quotes, and only its start when it is long (a
    cell can hold megabytes, and a message is one line)."""
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit]!r}… ({len(text):,} characters)"


class TaskError(ValueError):
    """A task value that breaks a rule (empty title, negative hours...). Message for users."""


MAX_HOURS_PER_WEEK = 168.0
#: Hours per week are kept to this many decimals (the editor's hours box shows as many).
HOURS_DECIMALS = 2


def utc_now() -> str:
    """The current time as an ISO 8601 string in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def clean_title(title: str) -> str:
    """Trim a title and fold inner runs of whitespace; refuse an empty result."""
    if not isinstance(title, str):
        raise TaskError("the title must be text")
    cleaned = " ".join(title.replace("\x00", "").split())
    if not cleaned:
        raise TaskError("the title cannot be empty")
    return cleaned


def clean_notes(notes: str | None) -> str:
    """Notes keep their line breaks; NUL bytes are dropped and trailing space is trimmed."""
    if notes is None:
        return ""
    if not isinstance(notes, str):
        raise TaskError("the notes must be text")
    return notes.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n").rstrip()


def clean_hours(hours: float | int | str | None) -> float | None:
    """Hours per week: empty means unknown; otherwise a number from 0 to 168."""
    if hours is None:
        return None
    if isinstance(hours, str):
        text = hours.strip().replace(",", ".")
        if not text:
            return None
        try:
            hours = float(text)
        except ValueError:
            raise TaskError(f"hours per week must be a number, not {quoted_value(text)}") from None
    if isinstance(hours, bool) or not isinstance(hours, int | float):
        raise TaskError("hours per week must be a number")
    value = float(hours)
    if math.isnan(value) or math.isinf(value):
        raise TaskError("hours per week must be a finite number")
    if value < 0:
        raise TaskError("hours per week cannot be negative")
    if value > MAX_HOURS_PER_WEEK:
        raise TaskError("hours per week cannot be more than 168 (the hours in a week)")
    return round(value, HOURS_DECIMALS)


def format_hours(hours: float | None) -> str:
    """Hours as a user reads them: ``2``, ``1.5``, or empty when unknown."""
    if hours is None:
        return ""
    text = f"{hours:.2f}".rstrip("0").rstrip(".")
    return text or "0"


@dataclass(frozen=True, slots=True)
class Task:
    """One recurring task of the owner's business."""

    id: int
    title: str
    notes: str = ""
    hours_per_week: float | None = None
    frequency: str = ""
    relationship: Relationship = Relationship.AUTO
    accepted: bool = False
    accept_note: str = ""
    link_id: int | None = None
    created_at: str = field(default_factory=utc_now)
    updated_at: str = field(default_factory=utc_now)

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", clean_title(self.title))
        object.__setattr__(self, "notes", clean_notes(self.notes))
        object.__setattr__(self, "hours_per_week", clean_hours(self.hours_per_week))
        object.__setattr__(
            self, "frequency", " ".join((self.frequency or "").replace("\x00", "").split())
        )
        object.__setattr__(self, "relationship", Relationship(self.relationship))
        object.__setattr__(self, "accept_note", clean_notes(self.accept_note))

    @classmethod
    def trusted(cls, *values: Any) -> Task:
        """Build a task from values already known to be clean (rows this app wrote).

        Skips the cleaning in ``__post_init__``; loading 10,000 tasks is then several times
        faster. Values must be in field order.
        """
        task = object.__new__(cls)
        for name, value in zip(FIELD_NAMES, values, strict=True):
            object.__setattr__(task, name, value)
        return task

    def with_changes(self, **changes: Any) -> Task:
        """A copy with ``changes`` applied and validated, and ``updated_at`` refreshed."""
        unknown = set(changes) - EDITABLE_FIELDS
        if unknown:
            raise TypeError(f"not editable: {', '.join(sorted(unknown))}")
        changes.setdefault("updated_at", utc_now())
        return dataclasses.replace(self, **changes)

    def editable_values(self) -> dict[str, Any]:
        """The user-editable fields, as accepted by :meth:`with_changes` (used to undo an edit)."""
        return {name: getattr(self, name) for name in sorted(EDITABLE_FIELDS)}


EDITABLE_FIELDS = frozenset(
    {
        "title",
        "notes",
        "hours_per_week",
        "frequency",
        "relationship",
        "accepted",
        "accept_note",
        "link_id",
        "updated_at",
    }
)


FIELD_NAMES = tuple(f.name for f in dataclasses.fields(Task))
