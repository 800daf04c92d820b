"""A clean copy of a refused plan: its tasks read, one value at a time, into a new plan beside it.

A plan is refused when its schema holds objects Delegation Planner did not create, or a stored
value breaks the task rules (:class:`~planner.errors.PlanContentError`). Its tasks may still be
the owner's work, so :func:`recover_plan` reads them without trusting anything: only the
``tasks`` table (no view, trigger or other table is used or copied), only the columns the app
knows, every value checked on its own. A bad optional value is cleared, a task with no usable
title is left out, a link to a missing task is dropped, and each of those is listed in the
result. The tasks keep their ids, columns and order. The source file is only read, never written
(a plan with no write-ahead log is opened immutable, so not even SQLite's side files appear).

Files that are damaged, belong to another application or come from a newer version are not
recovered: their contents cannot be read with any confidence.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from planner.errors import PlanContentError, PlanFileError
from planner.model import (
    FIELD_NAMES,
    TASK_SCHEMA,
    Column,
    FieldKind,
    Relationship,
    Task,
    TaskError,
    clean_hours,
    utc_now,
)
from planner.row_check import MAX_ID
from planner.store import MAX_TASKS, PlanStore, _connect, _loaded, inspect_plan_file

#: How many corrections are listed one by one before "and N more".
SHOWN = 20

_TEXT_FIELDS = ("notes", "frequency", "accept_note")
#: The place columns of the tasks table (not task fields).
_PLACE_COLUMNS = ("column_name", "rank", "position")
#: Every column a clean copy reads: the task schema's fields (so a field added to the schema is
#: carried over without touching this module) and the place columns.
_KNOWN = (*(name for name, _spec in TASK_SCHEMA), *_PLACE_COLUMNS)
#: Fields read one by one in :func:`_read_one`; the schema's other fields are read by kind.
_BY_HAND = frozenset(
    {"id", "title", "hours_per_week", "relationship", "accepted", "link_id", "created_at"}
    | {"updated_at", *_TEXT_FIELDS}
)


@dataclass(slots=True)
class Recovery:
    """What :func:`recover_plan` wrote, and what it had to change on the way."""

    source: Path
    destination: Path
    tasks: int = 0
    corrections: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for users."""
        noun = "task" if self.tasks == 1 else "tasks"
        text = (
            f"Read {self.tasks} {noun} from {self.source.name} into the clean copy "
            f"{self.destination}; {self.source.name} was not changed."
        )
        if self.corrections:
            count = len(self.corrections)
            text += f" {count} value{'s' if count != 1 else ''} could not be kept (see the list)."
        return text


def clean_copy_path(source: Path) -> Path:
    """A free name beside ``source`` for its clean copy: "plan (clean copy).dplan", "... 2"..."""
    suffix = source.suffix or ".dplan"
    candidate = source.with_name(f"{source.stem} (clean copy){suffix}")
    number = 2
    while candidate.exists():
        candidate = source.with_name(f"{source.stem} (clean copy {number}){suffix}")
        number += 1
    return candidate


def recover_plan(source: Path | str, destination: Path | str | None = None) -> Recovery:
    """Read the tasks of the plan ``source`` into a new plan at ``destination`` (default: a free
    name beside it). Raises :class:`PlanFileError` when the file cannot be recovered from, or the
    copy cannot be written; ``destination`` must not exist."""
    source = Path(source).expanduser()
    with contextlib.suppress(PlanContentError):  # exactly what a clean copy is for
        inspect_plan_file(source)
    target = clean_copy_path(source) if destination is None else Path(destination).expanduser()
    if target.exists():
        raise PlanFileError(target, "a file already exists here; choose another name")
    recovery = Recovery(source, target)
    tasks = _read_tasks(source, recovery)
    store = PlanStore.create(target)
    try:
        with store.transaction():
            # Links may point at tasks written later: check them once all are in.
            store.conn.execute("PRAGMA defer_foreign_keys = ON")
            for column in Column:
                mine = [task for task, where in tasks if where is column]
                if mine:
                    store.append_tasks(mine, column, None)
    except BaseException:
        store.close()
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    store.close()
    recovery.tasks = len(tasks)
    return recovery


def _read_tasks(source: Path, recovery: Recovery) -> list[tuple[Task, Column]]:
    has_log = Path(f"{source}-wal").exists()
    try:
        conn = _connect(source, "ro", immutable=not has_log)
    except sqlite3.Error as error:
        raise PlanFileError(source, f"the file cannot be opened ({error})") from None
    # Text that is not valid UTF-8 is read with U+FFFD in place of the bad bytes (and said).
    lenient = _LenientText()
    conn.text_factory = lenient
    try:
        tasks = _read_rows(conn, source, recovery)
        if lenient.replaced:
            recovery.corrections.append(
                "text that was not valid UTF-8 was kept with \ufffd in place of the bad bytes"
            )
        return tasks
    except sqlite3.Error as error:
        raise PlanFileError(source, f"the tasks cannot be read ({error})") from None
    finally:
        conn.close()


class _LenientText:
    """A text factory that never fails: bad UTF-8 becomes U+FFFD, and is counted."""

    def __init__(self) -> None:
        self.replaced = 0

    def __call__(self, data: bytes) -> str:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            self.replaced += 1
            return data.decode("utf-8", "replace")


def _read_rows(
    conn: sqlite3.Connection, source: Path, recovery: Recovery
) -> list[tuple[Task, Column]]:
    kind = conn.execute(
        "SELECT type, sql FROM main.sqlite_master WHERE name = 'tasks' COLLATE NOCASE"
    ).fetchone()
    if kind is None or kind[0] != "table" or "VIRTUAL" in str(kind[1]).upper()[:30]:
        raise PlanFileError(source, "no tasks can be read from this file (it has no tasks table)")
    present = {str(row[1]) for row in conn.execute("PRAGMA main.table_info(tasks)")}
    if "title" not in present:
        raise PlanFileError(source, "no tasks can be read from this file (no task has a title)")
    wanted = [name for name in _KNOWN if name in present]
    select = ", ".join(f'"{name}"' for name in wanted)
    rows = conn.execute(
        f"SELECT rowid, {select} FROM main.tasks ORDER BY rowid LIMIT {MAX_TASKS + 1}"
    ).fetchall()
    if len(rows) > MAX_TASKS:
        rows = rows[:MAX_TASKS]
        recovery.corrections.append(f"only the first {MAX_TASKS:,} tasks were read")
    read: list[tuple[Task, Column, float]] = []
    used: set[int] = set()
    records = [dict(zip(["rowid", *wanted], row, strict=True)) for row in rows]
    next_id = 1 + max((r["id"] for r in records if _good_id(r.get("id"))), default=0)
    for values in records:
        found = _read_one(values, recovery)
        if found is None:
            continue
        task, column, rank = found
        if task.id <= 0 or task.id in used:
            recovery.corrections.append(f"task {values.get('id')!r}: given the new id {next_id}")
            task = _replace(task, id=next_id)
            next_id += 1
        used.add(task.id)
        read.append((task, column, rank))
    read.sort(key=lambda item: (list(Column).index(item[1]), item[2], item[0].id))
    ids = {task.id for task, _column, _rank in read}
    result: list[tuple[Task, Column]] = []
    for task, column, _rank in read:
        if task.link_id is not None and (task.link_id not in ids or task.link_id == task.id):
            recovery.corrections.append(f"task {task.id}: its link to task {task.link_id} dropped")
            task = _replace(task, link_id=None)
        result.append((task, column))
    return result


def _good_id(value: object) -> bool:
    return type(value) is int and 0 < value <= MAX_ID


def _read_one(values: dict[str, Any], recovery: Recovery) -> tuple[Task, Column, float] | None:
    note = recovery.corrections.append
    raw_id = values.get("id", values["rowid"])
    task_id = raw_id if _good_id(raw_id) else -1
    name = f"task {raw_id}" if task_id > 0 else f"row {values['rowid']}"
    try:
        title = values["title"]
        if not isinstance(title, str):
            raise TaskError("the title is not text")
        probe = Task(id=1, title=title)
    except TaskError as error:
        note(f"{name}: left out ({error})")
        return None
    fields: dict[str, Any] = {"title": probe.title}
    for key in _TEXT_FIELDS:
        value = values.get(key, "")
        if value is None or isinstance(value, str):
            fields[key] = value or ""
        else:
            note(f"{name}: its {key.replace('_', ' ')} (not text) cleared")
    hours = values.get("hours_per_week")
    try:
        if isinstance(hours, str):
            raise TaskError("not a number")
        fields["hours_per_week"] = clean_hours(hours)
    except TaskError:
        note(f"{name}: its hours per week ({_short(hours)}) cleared")
    relationship = values.get("relationship", "auto")
    if relationship in {member.value for member in Relationship}:
        fields["relationship"] = Relationship(relationship)
    else:
        note(f"{name}: its relationship setting ({_short(relationship)}) reset to automatic")
    accepted = values.get("accepted", 0)
    if type(accepted) is int and accepted in (0, 1):
        fields["accepted"] = accepted == 1
    else:
        note(f"{name}: its accepted warning ({_short(accepted)}) reset")
    link = values.get("link_id")
    fields["link_id"] = link if _good_id(link) else None
    if link is not None and not _good_id(link):
        note(f"{name}: its link ({_short(link)}) dropped")
    for key, spec in TASK_SCHEMA:
        if key in _BY_HAND or values.get(key) is None:
            continue
        value = values[key]
        try:
            if spec.kind is FieldKind.FLAG and not (type(value) is int and value in (0, 1)):
                raise TaskError("not yes or no")
            fields[key] = getattr(Task(1, "probe", **{key: _loaded(spec.kind, value)}), key)
        except (TaskError, TypeError, ValueError):
            note(f"{name}: its {key.replace('_', ' ')} ({_short(value)}) cleared")
    now = utc_now()
    for key in ("created_at", "updated_at"):
        fields[key] = _date(values.get(key)) or now
    column_text = values.get("column_name")
    column = next((c for c in Column if c.value == column_text), None)
    if column is None:
        note(f"{name}: its column ({_short(column_text)}) unknown, put in {Column.ME.value}")
        column = Column.ME
    place = values.get("rank", values.get("position"))
    rank = float(place) if type(place) is int else float("inf")
    try:
        task = Task(id=task_id if task_id > 0 else 0, **fields)
    except TaskError as error:  # pragma: no cover - every field was checked above
        note(f"{name}: left out ({error})")
        return None
    return task, column, rank


def _date(value: object) -> str | None:
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return None
    return value


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _replace(task: Task, **changes: Any) -> Task:
    values = {name: getattr(task, name) for name in FIELD_NAMES} | changes
    return Task(**values)
