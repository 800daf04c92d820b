"""The plan's vocabulary: columns, tasks, the task schema and the rules a single task must obey.

A :class:`Task` is an immutable value. Changing a task means building a new one with
:meth:`Task.with_changes` and a :class:`TaskChanges`, which validates the result, so an invalid
task cannot exist. Where a task sits (its column and position) is owned by
:class:`planner.board.Board`.

**The task schema is declared here, once**: each field of :class:`Task` carries a
:class:`FieldSpec` (its cleaning, storage column, CSV column, dialog label, whether users edit
it). The store's columns and row reading (:mod:`planner.store`), the CSV header and cells
(:mod:`planner.csv_format`, :mod:`planner.csv_export`, :mod:`planner.csv_import`) and the task
dialog's fields (:mod:`ui.task_dialog`) are built from :data:`TASK_SCHEMA`. A new field is one
line in :class:`Task` and one in :class:`TaskChanges` (if editable); see
``tests/planner/test_schema.py``.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from enum import Enum, StrEnum
from typing import Any, Final, Literal

from planner.frozen_class import field, fields, frozen_class, replace
from planner.records import NamedTuple


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


def shortened(title: str, limit: int) -> str:
    """A task title cut to at most ``limit`` characters for a message, menu or sentence ("…" at
    the end of a cut one); the plan keeps the whole title."""
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


#: The most of a task's title a sentence about it quotes (the window's banner and tips, a
#: warning's reason in the VA brief): a title of pages made a banner of half the window, and a
#: brief with a page of red repetition before its first instruction. Where the title itself is
#: shown (the task dialog, the card, the brief's heading for the task), it is shown whole.
QUOTED_CHARS: Final = 120


def quotation(text: str) -> tuple[int, int] | None:
    """Where the one “quotation” of a reason is: from its first “ to its last ” (the
    positions of the two marks), or None. A reason quotes once (the words of the title that
    make it relational, or a decided task's title), and a title may hold curly quotes of its
    own (pasted text, smart quotes): those stay inside the quotation."""
    start = text.find("“")
    end = text.rfind("”")
    return (start, end) if 0 <= start < end else None


def short_quotes(text: str, limit: int = QUOTED_CHARS) -> str:
    """``text``, a reason, with its “quotation” (:func:`quotation`) cut to ``limit``
    characters: on a title of pages that quote would hold the sentence and lose the explanation
    after it."""
    found = quotation(text)
    if found is None:
        return text
    start, end = found
    return f"{text[: start + 1]}{shortened(text[start + 1 : end], limit)}{text[end:]}"


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


def clean_line(text: str | None) -> str:
    """A one-line text (how often...): NUL dropped, runs of whitespace folded, ends trimmed."""
    if text is None:
        return ""
    if not isinstance(text, str):
        raise TaskError("this field must be text")
    return " ".join(text.replace("\x00", "").split())


def clean_steps(steps: str | Iterable[str] | None) -> tuple[str, ...]:
    """An ordered checklist, one line a step: text is split at its line breaks; each step is
    cleaned like a one-line field and empty steps are dropped."""
    if steps is None:
        return ()
    if isinstance(steps, str):
        steps = steps.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    elif not isinstance(steps, Iterable):
        raise TaskError("the steps must be text, one line a step")
    cleaned = []
    for step in steps:
        if not isinstance(step, str):
            raise TaskError("each step must be text")
        line = " ".join(step.replace("\x00", "").split())
        if line:
            cleaned.append(line)
    return tuple(cleaned)


def format_hours(hours: float | None) -> str:
    """Hours as a user reads them: ``2``, ``1.5``, or empty when unknown."""
    if hours is None:
        return ""
    text = f"{hours:.2f}".rstrip("0").rstrip(".")
    return text or "0"


class FieldKind(StrEnum):
    """What sort of value a task field holds: decides its widget, CSV cell and storage form."""

    ID = "id"
    LINE = "line"  # one line of text
    TEXT = "text"  # text that keeps its line breaks
    HOURS = "hours"  # hours per week, or unknown
    RELATIONSHIP = "relationship"  # a :class:`Relationship`
    FLAG = "flag"  # yes or no
    LINK = "link"  # another task's id, or none
    STEPS = "steps"  # an ordered checklist: a tuple of one-line steps (stored one a line)
    TIMESTAMP = "timestamp"  # ISO 8601 text in UTC


#: The :attr:`FieldSpec.csv_index` of the CSV's last column (the task id): fields added later
#: come before it.
LAST_CSV_INDEX: Final = 1000


class FieldSpec(NamedTuple):
    """What the app needs to know about one task field, besides its name, type and default
    (which the :class:`Task` declaration gives). A named tuple: a frozen dataclass costs about
    0.9 ms of every start to declare (Python 3.11 compiles each method it gets)."""

    kind: FieldKind
    #: The column definition in the plan file, after the column's name (type and constraints).
    sql: str
    #: Turns any given value into the field's clean value, or raises :class:`TaskError`.
    clean: Callable[[Any], Any] | None = None
    #: The owner (or an edit) may change it through :meth:`Task.with_changes`.
    editable: bool = True
    #: The task dialog's label, with its ``&`` mnemonic ("" when the dialog does not show it).
    label: str = ""
    #: The dialog's hint inside an empty input (for a yes/no field: its check box's words).
    placeholder: str = ""
    #: The CSV column that carries the field ("" when none of its own), and that column's
    #: place among the task columns (after ``column`` and ``position``; 0 is the first).
    csv: str = ""
    csv_index: int = -1
    #: The plan format version that added the column (later ones are added by an upgrade).
    since: int = 1
    #: A quick test of a whole column read from the plan file: whether each value is already
    #: clean (the fast load path skips cleaning for rows that pass every field's test), beyond
    #: the test every field of its kind gets (``planner.store``). None: that test suffices.
    trusted: Callable[[Sequence[Any]], list[bool]] | None = None

    @property
    def exported(self) -> bool:
        return bool(self.csv)


def _spec(**about: Any) -> Mapping[str, FieldSpec]:
    """A task field's metadata holding its :class:`FieldSpec`."""
    return {"spec": FieldSpec(**about)}


def _clean_titles(titles: Sequence[Any]) -> list[bool]:
    """Whether each title is as :func:`clean_title` leaves it. A printable title has no
    whitespace but plain spaces (every other whitespace character is unprintable), so spaces
    at its ends and double spaces are all there is to look for; other titles (tabs, emoji
    sequences with joiners...) are checked the long way."""
    return [
        type(t) is str
        and bool(t)
        and (
            (t.isprintable() and t[0] != " " and t[-1] != " " and "  " not in t)
            or (t == " ".join(t.split()) and "\x00" not in t)
        )
        for t in titles
    ]


@frozen_class
class Task:
    """One recurring task of the owner's business. Each field declares its :class:`FieldSpec`;
    the fields' order is the task dialog's order.

    A frozen, slotted value class made from this declaration by
    :func:`planner.frozen_class.frozen_class` (a frozen slotted dataclass's constructor and
    rules, without ``dataclasses``' cost at every start). Compared, hashed and shown field by
    field, as a dataclass would (``__eq__``, ``__hash__`` and ``__repr__`` below;
    ``tests/planner/test_model.py`` holds them to the dataclass's rules)."""

    id: int = field(
        metadata=_spec(
            kind=FieldKind.ID,
            sql="INTEGER PRIMARY KEY",
            editable=False,
            # The id cell names the plan too (see planner.csv_format.id_cell).
            csv="id",
            csv_index=LAST_CSV_INDEX,
        )
    )
    title: str = field(
        metadata=_spec(
            kind=FieldKind.LINE,
            sql="TEXT NOT NULL CHECK (length(trim(title)) > 0)",
            clean=clean_title,
            label="&Title",
            placeholder="What is the task? e.g. Reply to blog comments",
            csv="title",
            csv_index=0,
            trusted=_clean_titles,
        )
    )
    notes: str = field(
        default="",
        metadata=_spec(
            kind=FieldKind.TEXT,
            sql="TEXT NOT NULL DEFAULT ''",
            clean=clean_notes,
            label="&Notes",
            placeholder="Anything your VA needs to know",
            csv="notes",
            csv_index=1,
        ),
    )
    hours_per_week: float | None = field(
        default=None,
        metadata=_spec(
            kind=FieldKind.HOURS,
            sql="REAL CHECK (hours_per_week IS NULL OR hours_per_week >= 0)",
            clean=clean_hours,
            label="&Hours per week",
            csv="hours_per_week",
            csv_index=2,
        ),
    )
    frequency: str = field(
        default="",
        metadata=_spec(
            kind=FieldKind.LINE,
            sql="TEXT NOT NULL DEFAULT ''",
            clean=clean_line,
            label="How &often",
            placeholder="e.g. daily, weekly, after each event",
            csv="how_often",
            csv_index=5,
            since=2,
        ),
    )
    relationship: Relationship = field(
        default=Relationship.AUTO,
        metadata=_spec(
            kind=FieldKind.RELATIONSHIP,
            sql="TEXT NOT NULL DEFAULT 'auto' CHECK (relationship IN ('auto', 'yes', 'no'))",
            clean=Relationship,
            label="&Relationship",
            # The CSV says whether the task builds a relationship: the owner's say, else the
            # advisor's (see planner.csv_export).
            csv="relationship_building",
            csv_index=3,
            since=2,
        ),
    )
    accepted: bool = field(
        default=False,
        metadata=_spec(
            kind=FieldKind.FLAG,
            sql="INTEGER NOT NULL DEFAULT 0 CHECK (accepted IN (0, 1))",
            placeholder="Keep it with my VA anyway (accept the warning)",
            # The warning cell: the open warning's reason, or "accepted[: note]".
            csv="warning",
            csv_index=4,
            since=2,
        ),
    )
    accept_note: str = field(
        default="",
        metadata=_spec(
            kind=FieldKind.TEXT,
            sql="TEXT NOT NULL DEFAULT ''",
            clean=clean_notes,
            label="Acceptance &note",
            placeholder="Why, for your VA (optional)",
            since=2,
        ),
    )
    link_id: int | None = field(
        default=None,
        metadata=_spec(
            kind=FieldKind.LINK, sql="INTEGER REFERENCES tasks(id) ON DELETE SET NULL", since=2
        ),
    )
    # How the VA does the task, for the brief (format 3).
    steps: tuple[str, ...] = field(
        default=(),
        metadata=_spec(
            kind=FieldKind.STEPS,
            sql="TEXT NOT NULL DEFAULT ''",
            clean=clean_steps,
            label="&Steps",
            csv="steps",
            csv_index=6,
            since=3,
        ),
    )
    done_when: str = field(
        default="",
        metadata=_spec(
            kind=FieldKind.LINE,
            sql="TEXT NOT NULL DEFAULT ''",
            clean=clean_line,
            label="&Done when",
            placeholder="e.g. the issue is scheduled and I have approved the test email",
            csv="done_when",
            csv_index=7,
            since=3,
        ),
    )
    needs_approval: bool = field(
        default=False,
        metadata=_spec(
            kind=FieldKind.FLAG,
            sql="INTEGER NOT NULL DEFAULT 0 CHECK (needs_approval IN (0, 1))",
            placeholder="Draft only: my VA prepares it, I approve before it goes out",
            csv="needs_approval",
            csv_index=8,
            since=3,
        ),
    )
    created_at: str = field(
        default_factory=utc_now,
        metadata=_spec(kind=FieldKind.TIMESTAMP, sql="TEXT NOT NULL", editable=False),
    )
    updated_at: str = field(
        default_factory=utc_now, metadata=_spec(kind=FieldKind.TIMESTAMP, sql="TEXT NOT NULL")
    )

    def __post_init__(self) -> None:
        for name, clean in _CLEANERS:
            object.__setattr__(self, name, clean(getattr(self, name)))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _field_values(self) == _field_values(other)

    def __hash__(self) -> int:
        return hash(_field_values(self))

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{n}={v!r}" for n, v in zip(FIELD_NAMES, _field_values(self), strict=True)
        )
        return f"{type(self).__qualname__}({shown})"

    @classmethod
    def trusted(cls, values: Iterable[tuple[str, Any]]) -> Task:
        """Build a task from (field name, value) pairs already known to be clean (rows this app
        wrote); every field must be given.

        Skips the cleaning in ``__post_init__``; loading 10,000 tasks is then several times
        faster.
        """
        task = object.__new__(cls)
        setter = object.__setattr__
        for name, value in values:
            setter(task, name, value)
        return task

    def with_changes(self, changes: TaskChanges) -> Task:
        """A copy with ``changes`` applied and validated, and ``updated_at`` refreshed (unless
        ``changes`` sets it)."""
        values = changes.values()
        values.setdefault("updated_at", utc_now())
        return replace(self, **values)

    def editable_values(self) -> TaskChanges:
        """Every user-editable field's value, as a change (used to undo an edit)."""
        return TaskChanges(**{name: getattr(self, name) for name in EDITABLE_FIELDS})


class _Unchanged(Enum):
    UNCHANGED = "unchanged"

    def __repr__(self) -> str:
        return "UNCHANGED"


#: The value of a :class:`TaskChanges` field that leaves the task's field as it is.
UNCHANGED: Final = _Unchanged.UNCHANGED
Unchanged = Literal[_Unchanged.UNCHANGED]


class TaskChanges(NamedTuple):
    """A typed edit: the new value of each user-editable :class:`Task` field, or ``UNCHANGED``.

    Its fields are exactly the editable fields of :data:`TASK_SCHEMA` (a test checks); values
    are cleaned when applied, so ``hours_per_week`` may be given as text, for example. A named
    tuple: a frozen dataclass of twelve fields costs about 5 M instructions of every start to
    declare (Python 3.11 compiles each method it gets), a named tuple about 1 M.
    """

    title: str | Unchanged = UNCHANGED
    notes: str | Unchanged = UNCHANGED
    hours_per_week: float | str | Unchanged | None = UNCHANGED
    frequency: str | Unchanged = UNCHANGED
    relationship: Relationship | Unchanged = UNCHANGED
    accepted: bool | Unchanged = UNCHANGED
    accept_note: str | Unchanged = UNCHANGED
    link_id: int | Unchanged | None = UNCHANGED
    steps: tuple[str, ...] | list[str] | str | Unchanged = UNCHANGED
    done_when: str | Unchanged = UNCHANGED
    needs_approval: bool | Unchanged = UNCHANGED
    updated_at: str | Unchanged = UNCHANGED

    def values(self) -> dict[str, Any]:
        """The fields this changes, with their new values."""
        return {
            name: value for name in _CHANGE_NAMES if (value := getattr(self, name)) is not UNCHANGED
        }

    def names(self) -> tuple[str, ...]:
        """The names of the fields this changes."""
        return tuple(name for name in _CHANGE_NAMES if getattr(self, name) is not UNCHANGED)

    def __bool__(self) -> bool:
        return bool(self.names())

    def merged(self, other: TaskChanges) -> TaskChanges:
        """These changes, then ``other``'s on top."""
        return self._replace(**other.values())

    @classmethod
    def of(cls, task: Task, names: tuple[str, ...]) -> TaskChanges:
        """The task's current values of the fields ``names`` (what undoing a change needs)."""
        return cls(**{name: getattr(task, name) for name in names})


#: No change at all.
NO_CHANGES: Final = TaskChanges()

#: A task schema: each field's name with its specification, in declaration order.
Schema = tuple[tuple[str, FieldSpec], ...]


def schema_of(task_class: type[Task]) -> Schema:
    """The schema a task class declares (its fields' :class:`FieldSpec` metadata)."""
    return tuple((f.name, f.metadata["spec"]) for f in fields(task_class))


#: Every task field with its specification, in declaration order: the one task schema.
TASK_SCHEMA: Final = schema_of(Task)
FIELD_NAMES: Final = tuple(name for name, _ in TASK_SCHEMA)
#: A task's field values, in order (what it is compared and hashed by).
_field_values: Final[Callable[[Task], tuple[Any, ...]]] = operator.attrgetter(*FIELD_NAMES)
EDITABLE_FIELDS: Final = frozenset(name for name, spec in TASK_SCHEMA if spec.editable)
_CLEANERS: Final = tuple((name, spec.clean) for name, spec in TASK_SCHEMA if spec.clean)
_CHANGE_NAMES: Final = TaskChanges._fields


def field_spec(name: str) -> FieldSpec:
    """The specification of the task field ``name``."""
    return dict(TASK_SCHEMA)[name]
