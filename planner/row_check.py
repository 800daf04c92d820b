"""The rules every stored task row must pass before the app trusts it, as SQL, and the words for a
row that fails.

SQLite does not enforce column types (a plan's tables are not STRICT), and a plan file may have been
edited outside the app, so nothing read from the ``tasks`` table is taken on faith. Each column gets
one rule, an SQL condition that is true for a good value:

- its type, from the task's own declaration (:class:`planner.model.Task`'s field types: ``str`` is
  text, ``bool`` is 0 or 1, an enum is one of its values, ``float`` is a number, ``X | None`` may
  be empty); columns the task does not carry (its place) take the type declared in the schema;
- and, for some columns, a range or a reference: :data:`RANGES`.

All rules are evaluated in the one query that loads the plan (SQLite computes them in C, so
checking 10,000 rows costs a few milliseconds), and only a row that fails one is looked at again,
to say which task and which field: "task 12 has a bad hours per week ('a word'): it must be a
number from 0 to 168, or empty". Rows that pass may then take the fast, trusted path into a
:class:`~planner.model.Task`.
"""

from __future__ import annotations

import sqlite3
import types
import typing
from collections.abc import Sequence
from enum import Enum

from planner.frozen_class import fields
from planner.model import MAX_HOURS_PER_WEEK, Column, Task
from planner.records import NamedTuple

#: The largest id and rank a plan may hold: far beyond any real plan, and far enough from SQLite's
#: 64-bit limit that adding one (a new id) or a rank step (a new rank) can never overflow.
MAX_ID = 1 << 53
MAX_RANK = 1 << 60

_DATE = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]*"

#: Rules beyond the type: column -> (SQL condition, what a good value is, in words).
RANGES: dict[str, tuple[str, str]] = {
    "id": (f"{{c}} BETWEEN 1 AND {MAX_ID}", f"a whole number from 1 to {MAX_ID}"),
    "hours_per_week": (
        f"{{c}} BETWEEN 0 AND {MAX_HOURS_PER_WEEK:g}",
        f"a number from 0 to {MAX_HOURS_PER_WEEK:g}",
    ),
    "column_name": (
        "{c} IN (" + ", ".join(f"'{c.value}'" for c in Column) + ")",
        "one of " + ", ".join(c.value for c in Column),
    ),
    "rank": (f"{{c}} BETWEEN 0 AND {MAX_RANK}", "a whole number, 0 or more"),
    "position": (f"{{c}} BETWEEN 0 AND {MAX_RANK}", "a whole number, 0 or more"),
    "link_id": (
        "{c} <> id AND EXISTS (SELECT 1 FROM tasks AS linked WHERE linked.id = tasks.{c})",
        "the id of another task of this plan",
    ),
    "created_at": (
        f"length({{c}}) <= 40 AND {{c}} GLOB '{_DATE}' AND datetime({{c}}) IS NOT NULL",
        "a date and time such as 2025-01-31T09:00:00+00:00",
    ),
    "updated_at": (
        f"length({{c}}) <= 40 AND {{c}} GLOB '{_DATE}' AND datetime({{c}}) IS NOT NULL",
        "a date and time such as 2025-01-31T09:00:00+00:00",
    ),
}

_SQL_TYPES = {"TEXT": str, "INTEGER": int, "REAL": float}


class Rule(NamedTuple):
    column: str
    condition: str
    """SQL, true for a good value (never NULL: callers test it with ``IS NOT 1``)."""
    expected: str
    """What a good value is, in words."""


def _type_rule(column: str, kind: object) -> tuple[str, str, bool]:
    """(condition, words, may be empty) for a value of Python type ``kind``."""
    optional = False
    if isinstance(kind, types.UnionType) or typing.get_origin(kind) is typing.Union:
        members = [k for k in typing.get_args(kind) if k is not type(None)]
        optional = len(members) < len(typing.get_args(kind))
        kind = members[0] if len(members) == 1 else str
    c = column
    if isinstance(kind, type) and issubclass(kind, Enum):
        values = [str(member.value) for member in kind]
        condition = f"typeof({c}) = 'text' AND {c} IN (" + ", ".join(f"'{v}'" for v in values)
        return condition + ")", "one of " + ", ".join(values), optional
    if kind is bool:
        return f"typeof({c}) = 'integer' AND {c} IN (0, 1)", "0 or 1", optional
    if kind is int:
        return f"typeof({c}) = 'integer'", "a whole number", optional
    if kind is float:
        return f"typeof({c}) IN ('integer', 'real')", "a number", optional
    return f"typeof({c}) = 'text'", "text", optional


def rules_for(columns: Sequence[tuple[str, str, int]]) -> tuple[Rule, ...]:
    """The rule of each column of the tasks table, given as (name, declared type, not null)."""
    hints = typing.get_type_hints(Task)
    task_fields = {f.name for f in fields(Task)}
    rules = []
    for name, declared, not_null in columns:
        if name in task_fields:
            condition, words, optional = _type_rule(name, hints[name])
        else:
            condition, words, _ = _type_rule(name, _SQL_TYPES.get(declared.upper(), str))
            optional = not not_null
        extra = RANGES.get(name)
        if extra is not None:
            condition = f"{condition} AND {extra[0].format(c=name)}"
            words = extra[1] if words in ("a number", "a whole number", "text") else words
        if optional:
            condition = f"{name} IS NULL OR ({condition})"
            words = f"{words}, or empty"
        rules.append(Rule(name, f"({condition})", words))
    return tuple(rules)


def all_good(rules: Sequence[Rule]) -> str:
    """One SQL expression that is 1 when a row passes every rule, else 0."""
    return "(" + " AND ".join(f"ifnull({rule.condition}, 0)" for rule in rules) + ")"


class BadValue(NamedTuple):
    """The first bad value found: which task, which column, what it holds, what it should."""

    task_id: object
    column: str
    value: str
    expected: str

    def __str__(self) -> str:
        label = self.column.replace("_", " ")
        return f"task {self.task_id} has a bad {label} ({self.value}): it must be {self.expected}"


def first_bad_value(conn: sqlite3.Connection, rules: Sequence[Rule]) -> BadValue | None:
    """The bad value of the lowest task id (first column first), or None when every row passes."""
    worst: tuple[int, int, Rule] | None = None
    for order, rule in enumerate(rules):
        row = conn.execute(
            f"SELECT rowid FROM tasks WHERE ifnull({rule.condition}, 0) = 0 ORDER BY rowid LIMIT 1"
        ).fetchone()
        if row is not None and (worst is None or row[0] < worst[0]):
            worst = (row[0], order, rule)
    if worst is None:
        return None
    rowid, _order, rule = worst
    return describe(conn, rowid, rule.column, rule.expected)


def describe(conn: sqlite3.Connection, rowid: int, column: str, expected: str) -> BadValue:
    """A :class:`BadValue` for ``column`` of the row ``rowid``, its value shown short."""
    task_id, kind, head, size = conn.execute(
        f"SELECT id, typeof({column}), CAST(substr(CAST({column} AS TEXT), 1, 40) AS BLOB), "
        f"length(CAST({column} AS BLOB)) FROM tasks WHERE rowid = ?",
        (rowid,),
    ).fetchone()
    text = head.decode("utf-8", "replace") if isinstance(head, bytes) else head
    return BadValue(task_id, column, show_value(kind, text, size), expected)


def first_bad_text(conn: sqlite3.Connection, columns: Sequence[str]) -> BadValue | None:
    """The first stored text (lowest task id) that is not valid UTF-8, which Python cannot read:
    SQLite stores whatever bytes it is given as text."""
    worst: BadValue | None = None
    for column in columns:
        query = (
            f"SELECT rowid, CAST({column} AS BLOB) FROM tasks WHERE typeof({column}) = 'text' "
            "ORDER BY rowid"
        )
        for rowid, data in conn.execute(query):
            if worst is not None and rowid >= worst.task_id:
                break
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                worst = BadValue(rowid, column, "text that is not valid UTF-8", "text")
                break
    return worst


def show_value(kind: str, head: object, size: int | None) -> str:
    """A stored value as a user can read it in one line: kind, and the start of long text."""
    if kind == "null":
        return "empty"
    if kind == "blob":
        return f"binary data, {size or 0:,} bytes"
    text = " ".join(str(head).replace("\x00", " ").split())
    if kind in ("integer", "real"):
        return text
    if size is not None and size > 40:
        return f"{text[:40]!r}… ({size:,} bytes)"
    return repr(text)
