"""Matching a CSV file against a plan: what an import adds, updates and leaves alone.

This module owns the round-trip rules. :func:`plan_import` compares a validated
:class:`~planner.csv_import.ImportBatch` with the plan and returns an :class:`ImportPlan`
(added / updated with each field's change / unchanged) without writing anything, so the command
line and the window can both show it first. :func:`apply_import` writes it in one transaction;
:func:`undo_import` and :func:`redo_import` reverse and repeat it exactly.

The rules:

- A row whose id cell names a task of *this* plan (same plan token) updates that task. A row
  with another plan's id is a new task. A row with no id of ours (empty, or a spreadsheet's own
  numbering) updates the one task with the same title (trimmed, any case) when there is exactly
  one, otherwise it is a new task. No task is matched twice; nothing is ever deleted.
- A matched row changes only fields whose column is in the file and whose value differs: title
  (when matched by id), notes, hours per week, how often, the relationship setting (only when
  the cell differs from what the plan shows for the task now), column (a filled cell) and
  position. Warning acceptance is the owner's and is never changed by an import.
- Positions are read as an order, not as absolute numbers: rows keep their tasks where they are
  when the file lists them in the order they already have (so tasks the owner added since the
  export do not shift anything); only tasks the file puts in a different order, or in another
  column, move. An empty position cell (or no position column) moves nothing within a column;
  a task sent to another column with its old position unchanged goes to that column's end.
- New tasks go to the end of their column, in file order.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from planner import csv_format as fmt
from planner import frozen_class
from planner.advice import auto_value, is_relationship
from planner.advisor.decisions import Decisions
from planner.board import Board
from planner.csv_import import ImportBatch, ImportRow
from planner.errors import CsvError
from planner.model import (
    COLUMNS,
    TASK_SCHEMA,
    UNCHANGED,
    Column,
    Relationship,
    Task,
    TaskChanges,
    format_hours,
    utc_now,
)
from planner.plan import Placed, Plan

#: How each changed field is named to the user.
FIELD_LABELS = {
    "title": "title",
    "column": "column",
    "position": "position",
    "notes": "notes",
    "hours_per_week": "hours per week",
    "frequency": "how often",
    "relationship": "relationship building",
    "decided_by": "relationship building decided by",
    "steps": "steps",
    "done_when": "done when",
    "needs_approval": "needs approval",
}
#: The change of who gives a task's relationship answer (the owner's decision, or the advisor),
#: the answer staying the same: the file's decided_by_owner cell.
DECIDED_BY = "decided_by"
#: Fields whose old and new values are too long to show side by side.
LONG_FIELDS = frozenset({"notes", "steps"})
#: Fields compared one by one in :func:`_field_changes`; every other exported, editable field of
#: the schema is compared by value (so a field added to the schema is updated by a re-import).
_DEFAULTS = {
    f.name: f.default for f in frozen_class.fields(Task) if f.default is not frozen_class.MISSING
}
_COMPARED_BY_HAND = frozenset(
    {"title", "notes", "hours_per_week", "frequency", "relationship", "accepted"}
)


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of one task that the import changes, as the user reads it."""

    field: str
    old: str
    new: str

    def describe(self) -> str:
        label = FIELD_LABELS.get(self.field, self.field)
        old, new = self.old, self.new
        # Two long texts whose short forms read the same ("aaa… → aaa…"; a cell a spreadsheet
        # cut): say how they differ instead.
        alike = bool(old and new) and old != new and _short(old) == _short(new)
        if alike and (lengths := _lengths(old, new)):
            return f"{label} {lengths}"
        if self.field in LONG_FIELDS:
            if not old:
                return f"{label} added"
            return f"{label} cleared" if not new else f"{label} edited"
        if alike:
            return f"{label} edited after its first {_common_start(old, new):,} characters"
        return f"{label}: {_short(old or 'not set')} → {_short(new or 'not set')}"


#: The most characters a spreadsheet keeps in a cell (Excel, LibreOffice): a longer text comes
#: back from one cut to this length.
SPREADSHEET_CELL: Final = 32_767


def _lengths(old: str, new: str) -> str:
    """How a text changed when one is the start of the other ("shortened from 40,000 to 32,767
    characters"), or "" otherwise. A cut to :data:`SPREADSHEET_CELL` characters says why."""
    if old.startswith(new):
        said = f"shortened from {len(old):,} to {len(new):,} characters"
        if len(new) == SPREADSHEET_CELL:
            said += f" (a spreadsheet cell holds at most {SPREADSHEET_CELL:,})"
        return said
    if new.startswith(old):
        return f"lengthened from {len(old):,} to {len(new):,} characters"
    return ""


def _common_start(a: str, b: str) -> int:
    """How many first characters two texts share."""
    pairs = enumerate(zip(a, b, strict=False))
    return next((k for k, (x, y) in pairs if x != y), min(len(a), len(b)))


def _as_text(value: object) -> str:
    """A field's value as the preview shows it: steps one a line, flags as yes or no."""
    if isinstance(value, bool):
        return fmt.yes_no(value)
    if isinstance(value, tuple):
        return "\n".join(str(step) for step in value)
    return "" if value is None else str(value)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True, slots=True)
class TaskUpdate:
    """A matched row that changes its task."""

    task: Task
    """The task as it is before the import."""
    line: int
    changes: tuple[FieldChange, ...]
    edits: TaskChanges
    """The edit for :meth:`Plan.edit` (no change when only the place changes)."""

    @property
    def task_id(self) -> int:
        return self.task.id

    def summary(self) -> str:
        return "; ".join(change.describe() for change in self.changes)


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What importing a file would do, computed before anything is written."""

    source: Path
    batch: ImportBatch
    added: list[ImportRow]
    updated: list[TaskUpdate]
    unchanged: list[Task]
    """The tasks matched by a row that changes nothing."""
    before: dict[Column, tuple[int, ...]]
    """Each column's order when the plan was made (an import refuses a plan changed since)."""
    after: dict[Column, tuple[int, ...]]
    """Each column's order of existing tasks after the import (new tasks follow)."""

    @property
    def changes_nothing(self) -> bool:
        return not self.added and not self.updated

    def added_counts(self) -> dict[Column, int]:
        """How many new tasks go to each column (all three columns, zero included)."""
        counts = dict.fromkeys(COLUMNS, 0)
        for row in self.added:
            counts[row.task.column] += 1
        return counts

    def summary(self) -> str:
        """``0 added, 1 updated, 2 unchanged``."""
        added, updated, unchanged = len(self.added), len(self.updated), len(self.unchanged)
        return f"{added} added, {updated} updated, {unchanged} unchanged"


@dataclass(slots=True)
class ImportDone:
    """An applied import, with what is needed to undo and redo it exactly."""

    plan: ImportPlan
    added_ids: list[int]
    before_edits: dict[int, TaskChanges]
    after_edits: dict[int, TaskChanges]
    removed: list[Placed] = field(default_factory=list)

    @property
    def touched_ids(self) -> list[int]:
        """The tasks the import added (first: they are new to the user) or changed."""
        return list(self.added_ids) + [update.task_id for update in self.plan.updated]

    @property
    def total(self) -> int:
        """How many tasks were added."""
        return len(self.added_ids)

    @property
    def batch(self) -> ImportBatch:
        """The file that was imported."""
        return self.plan.batch

    @property
    def counts(self) -> dict[Column, int]:
        """How many tasks were added to each column (all three, zero included)."""
        return self.plan.added_counts()


class PlanChangedError(CsvError):
    """The plan changed between computing an import and applying it."""


# -- planning --------------------------------------------------------------------------------


def plan_import(plan: Plan, batch: ImportBatch) -> ImportPlan:
    """Match every row of ``batch`` against ``plan``; write nothing."""
    board = plan.board
    token = plan.token
    matched: list[tuple[ImportRow, Task, bool] | None] = [None] * len(batch.rows)
    claimed: set[int] = set()
    # Ids first, so a title match never takes a task that a later row names by id.
    for number, row in enumerate(batch.rows):
        if row.task_id is None or token is None:
            continue
        row_token, task_id = row.task_id
        if row_token == token and task_id in board and task_id not in claimed:
            matched[number] = (row, board.task(task_id), True)
            claimed.add(task_id)
    by_title: dict[str, list[int]] | None = None
    for number, row in enumerate(batch.rows):
        if matched[number] is not None or (row.task_id is not None and token is not None):
            continue
        if by_title is None:
            by_title = _titles(board)
        ids = by_title.get(row.task.title.casefold(), [])
        if len(ids) == 1 and ids[0] not in claimed:
            matched[number] = (row, board.task(ids[0]), False)
            claimed.add(ids[0])
    present = frozenset(batch.columns)
    added = [row for row, match in zip(batch.rows, matched, strict=True) if match is None]
    added = _keep_said(board, added)
    pairs = [match for match in matched if match is not None]
    before = {column: tuple(board.ids(column)) for column in COLUMNS}
    after, moved = _arrange(board, pairs, fmt.POSITION in present)
    old_place = _places(before)
    new_place = _places(after)
    updated: list[TaskUpdate] = []
    unchanged: list[Task] = []
    for row, task, by_id in pairs:
        edits, changes = _field_changes(row, task, by_id, present, board)
        if task.id in moved:
            changes.extend(_place_changes(old_place[task.id], new_place[task.id]))
        if changes:
            updated.append(TaskUpdate(task, row.line, tuple(changes), edits))
        else:
            unchanged.append(task)
    return ImportPlan(batch.path, batch, added, updated, unchanged, before, after)


def _titles(tasks: Iterable[Task]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for task in tasks:
        found.setdefault(task.title.casefold(), []).append(task.id)
    return found


def _places(orders: dict[Column, tuple[int, ...]]) -> dict[int, tuple[Column, int]]:
    return {
        task_id: (column, index)
        for column, ids in orders.items()
        for index, task_id in enumerate(ids)
    }


def _field_changes(
    row: ImportRow, task: Task, by_id: bool, present: frozenset[str], board: Board
) -> tuple[TaskChanges, list[FieldChange]]:
    new = row.task
    edits: dict[str, Any] = {}
    changes: list[FieldChange] = []
    if by_id and new.title != task.title:
        edits["title"] = new.title
        changes.append(FieldChange("title", task.title, new.title))
    if fmt.NOTES in present and new.notes != task.notes:
        edits["notes"] = new.notes
        changes.append(FieldChange("notes", task.notes, new.notes))
    if fmt.HOURS in present and new.hours_per_week != task.hours_per_week:
        edits["hours_per_week"] = new.hours_per_week
        changes.append(
            FieldChange(
                "hours_per_week",
                format_hours(task.hours_per_week),
                format_hours(new.hours_per_week),
            )
        )
    frequency = "" if new.extra.frequency is UNCHANGED else new.extra.frequency
    if fmt.HOW_OFTEN in present and frequency != task.frequency:
        edits["frequency"] = frequency
        changes.append(FieldChange("frequency", task.frequency, frequency))
    for name, spec in TASK_SCHEMA:
        if name in _COMPARED_BY_HAND or not (spec.exported and spec.editable):
            continue
        value = getattr(new.extra, name)
        if value is UNCHANGED:  # the reader leaves out cells that hold the field's default
            value = _DEFAULTS[name]
        if spec.csv not in present or value == getattr(task, name):
            continue
        edits[name] = value
        changes.append(FieldChange(name, _as_text(getattr(task, name)), _as_text(value)))
    said = row.relationship
    if fmt.RELATIONSHIP in present and said is not None:
        shown = is_relationship(task, board)
        wanted = task.relationship
        if row.decided:  # the owner's own decision, whatever the advisor says
            wanted = _setting(said)
        elif said != shown or row.decided is False:
            title = edits.get("title", task.title)
            notes = edits.get("notes", task.notes)
            advisor = auto_value(title, notes, board, ignore=task.id)
            wanted = Relationship.AUTO if said == advisor else _setting(said)
        if wanted != task.relationship:
            edits["relationship"] = wanted
        if said != shown:
            changes.append(FieldChange("relationship", fmt.yes_no(shown), fmt.yes_no(said)))
        elif wanted != task.relationship:  # the same answer, now the owner's or the advisor's
            changes.append(FieldChange(DECIDED_BY, _decider(task.relationship), _decider(wanted)))
    return TaskChanges(**edits), changes


def _decider(setting: Relationship) -> str:
    """Who gives a task's relationship answer, as the preview names them."""
    return "the advisor" if setting is Relationship.AUTO else "you"


def _keep_said(board: Board, rows: list[ImportRow]) -> list[ImportRow]:
    """New rows whose relationship cell agrees with the advisor come in as "let the advisor
    decide" - unless a decision in the plan or in the file would then change the answer the
    cell gives: those keep the cell's answer as their own setting, so the import (and a round
    trip through the CSV) shows what the file says. A row kept that way is a decision too and
    may change what a row worded like it would follow, so the check runs again until nothing
    changes (rows only ever gain a setting, so this ends)."""
    said = [
        k
        for k, r in enumerate(rows)
        if r.relationship is not None and r.task.extra.relationship is UNCHANGED
    ]
    if not said:
        return rows
    settings: dict[int, Relationship] = {
        k: r.task.extra.relationship
        for k, r in enumerate(rows)
        if r.task.extra.relationship in (Relationship.YES, Relationship.NO)
    }
    # A row the file says follows a decision (its follows_decision cell, or its warning's
    # reason) names the decided row: that row is a decision again, with the follower's answer,
    # even where its own wording reads the same to the advisor (else the follower would follow
    # nothing and a second export would lose the name).
    for k in said:
        named = rows[k].follows_title
        if named is None or _named_decision(rows, named, rows[k].relationship, settings):
            continue
        owner = _decided_row(rows, said, settings, k)
        if owner != k and rows[owner].follows_title is None:
            settings[owner] = _setting(rows[k].relationship)
    # The file's decisions are stood in by tasks as the import will make them (which decision
    # a wording follows does not depend on their times or ids: planner.advisor.decisions).
    now, first_id = utc_now(), board.next_id()
    advisor = {k: auto_value(rows[k].task.title, rows[k].task.notes, None) for k in said}
    changed = True
    while changed:
        changed = False
        decisions = Decisions(
            [
                *board.decided(),
                *(
                    Task(
                        first_id + k,
                        rows[k].task.title,
                        relationship=setting,
                        created_at=now,
                        updated_at=now,
                    )
                    for k, setting in settings.items()
                ),
            ]
        )
        for k in said:
            if k in settings:
                continue
            follows = decisions.worded_like(rows[k].task.title)
            # what the task will be when left to the advisor: a decision that changes the
            # advisor's answer, else the advisor's answer
            effective = follows.stays if follows is not None else advisor[k]
            if effective != rows[k].relationship:
                # A row that followed a decision in the plan it came from: the decided row is
                # in the file too, its cell agreeing with the advisor on its own wording, so
                # it is that row's setting that comes back (the follower follows it again).
                owner = _decided_row(rows, said, settings, k)
                settings[owner] = _setting(rows[k].relationship)
                changed = True
    out: list[ImportRow] = []
    for k, r in enumerate(rows):
        if k in settings and r.task.extra.relationship is UNCHANGED:
            extra = r.task.extra.merged(TaskChanges(relationship=settings[k]))
            r = dataclasses.replace(r, task=r.task._replace(extra=extra))
        out.append(r)
    return out


def _setting(answer: bool | None) -> Relationship:
    return Relationship.YES if answer else Relationship.NO


def _named_decision(
    rows: list[ImportRow], named: str, answer: bool | None, settings: dict[int, Relationship]
) -> bool:
    """Whether a row with its own setting already is the decision titled ``named`` giving
    ``answer``."""
    return any(
        rows[j].relationship == answer and rows[j].task.title.casefold() == named.casefold()
        for j in settings
    )


def _decided_row(
    rows: list[ImportRow], said: list[int], settings: dict[int, Relationship], k: int
) -> int:
    """The row whose setting row ``k`` should follow: a row of the file, not yet set, titled as
    the decision row ``k`` names (its follows-decision cell, or its warning's reason) and giving
    the same answer, one that follows no decision itself first (tasks can share a title: the
    rows that follow the decision have it too); else ``k`` itself."""
    named = rows[k].follows_title
    if named is None:
        return k
    candidates = [
        j
        for j in said
        if j != k
        and j not in settings
        and rows[j].relationship == rows[k].relationship
        and rows[j].task.title.casefold() == named.casefold()
    ]
    deciding = [j for j in candidates if rows[j].follows_title is None]
    return (deciding or candidates or [k])[0]


def _place_changes(old: tuple[Column, int], new: tuple[Column, int]) -> list[FieldChange]:
    if old == new:
        return []
    if old[0] is not new[0]:
        return [FieldChange("column", old[0].value, new[0].value)]
    return [FieldChange("position", str(old[1] + 1), str(new[1] + 1))]


def _arrange(
    board: Board, pairs: Sequence[tuple[ImportRow, Task, bool]], positioned: bool
) -> tuple[dict[Column, tuple[int, ...]], set[int]]:
    """Each column's final order of existing tasks (see the module's rules on positions), and
    the tasks the file moves (other tasks may shift, but keep their order)."""
    place = {task.id: board.column_of(task.id) for _row, task, _ in pairs}
    target: dict[int, Column] = {}
    wanted_by_column: dict[Column, list[tuple[ImportRow, Task]]] = {c: [] for c in COLUMNS}
    for row, task, _ in pairs:
        column = row.task.column if row.column_given else place[task.id]
        target[task.id] = column
        wanted_by_column[column].append((row, task))
    after: dict[Column, tuple[int, ...]] = {}
    moved: set[int] = set()
    old_index = {
        task_id: index
        for column in COLUMNS
        for index, task_id in enumerate(board.ids(column))
        if task_id in place
    }
    for column in COLUMNS:
        current = board.ids(column)
        leaving = {t for t in current if t in target and target[t] is not column}
        arriving: list[tuple[ImportRow, Task]] = []
        ordered: list[tuple[tuple[float, int, int], int]] = []
        index_now = {task_id: i for i, task_id in enumerate(current)} if current else {}
        for row, task in wanted_by_column[column]:
            here = task.id in index_now
            # A row that comes from another column with the position it had there keeps
            # nothing of that place: only its column was edited, so it goes to the end.
            stale = not here and row.position == old_index[task.id] + 1
            if positioned and row.position is not None and not stale:
                ordered.append((_sort_key(row, index_now.get(task.id)), task.id))
            elif not here:
                arriving.append((row, task))
        ordered.sort()
        f_ids = [task_id for _key, task_id in ordered]
        stay = _longest_in_order([index_now.get(t, -1) for t in f_ids])
        keep = {f_ids[k] for k in stay}
        moving = [t for t in f_ids if t not in keep]
        moved.update(moving)
        moved.update(task.id for _row, task in arriving)
        if not moving and not leaving and not arriving:
            after[column] = tuple(current)
            continue
        skip = leaving | set(moving)
        base = [t for t in current if t not in skip]
        follows: dict[int, list[int]] = {}
        leading: list[int] = []
        last_kept: int | None = None
        for task_id in f_ids:
            if task_id in keep:
                last_kept = task_id
            elif last_kept is None:
                leading.append(task_id)
            else:
                follows.setdefault(last_kept, []).append(task_id)
        final: list[int] = []
        if leading and not keep:
            first = next(row for row, task in wanted_by_column[column] if task.id == leading[0])
            at = min(len(base), max(0, (first.position or len(base) + 1) - 1))
            base[at:at] = leading
            leading = []
        for task_id in base:
            if leading and task_id in keep:
                final.extend(leading)
                leading = []
            final.append(task_id)
            final.extend(follows.get(task_id, ()))
        final.extend(row_task.id for _row, row_task in arriving)
        after[column] = tuple(final)
    return after, moved


def _sort_key(row: ImportRow, index_now: int | None) -> tuple[float, int, int]:
    """Rows sort by position; on a tie, a row moved up (or in from another column) goes before
    the task that has that position now, and a row moved down goes after it."""
    position = float(row.position) if row.position is not None else math.inf
    if index_now is None:
        tie = 0
    elif row.position == index_now + 1:
        tie = 1
    else:
        tie = 0 if position < index_now + 1 else 2
    return position, tie, row.line


def _longest_in_order(values: Sequence[int]) -> list[int]:
    """Indexes into ``values`` of a longest strictly increasing run of non-negative values
    (patience sorting, O(n log n)); negative values (not in the column) never take part."""
    tails: list[int] = []
    tail_index: list[int] = []
    previous: list[int] = [-1] * len(values)
    for i, value in enumerate(values):
        if value < 0:
            continue
        k = bisect.bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_index.append(i)
        else:
            tails[k] = value
            tail_index[k] = i
        previous[i] = tail_index[k - 1] if k else -1
    result: list[int] = []
    i = tail_index[-1] if tail_index else -1
    while i >= 0:
        result.append(i)
        i = previous[i]
    result.reverse()
    return result


# -- applying --------------------------------------------------------------------------------


def apply_import(plan: Plan, planned: ImportPlan) -> ImportDone:
    """Write ``planned`` in one transaction: all of it, or (on any failure) nothing.

    Raises :class:`PlanChangedError` when the plan changed after ``planned`` was computed, and
    :class:`~planner.errors.PlanWriteError` when the plan cannot be saved.
    """
    _check_unchanged(plan, planned)
    before_edits: dict[int, TaskChanges] = {}
    after_edits: dict[int, TaskChanges] = {}
    with plan.batch():
        for update in planned.updated:
            if not update.edits:
                continue
            old = update.task
            before_edits[old.id] = TaskChanges.of(old, (*update.edits.names(), "updated_at"))
            new = plan.edit(old.id, update.edits)
            after_edits[old.id] = update.edits.merged(TaskChanges(updated_at=new.updated_at))
        plan.arrange(planned.after)
        made = plan.add_many([row.task for row in planned.added]) if planned.added else []
    return ImportDone(planned, [task.id for task in made], before_edits, after_edits)


def undo_import(plan: Plan, done: ImportDone) -> None:
    """Remove what :func:`apply_import` added and put every changed task back as it was."""
    with plan.batch():
        removed = [plan.delete(task_id) for task_id in reversed(done.added_ids)]
        plan.arrange(done.plan.before)
        for task_id, values in done.before_edits.items():
            plan.edit(task_id, values)
    done.removed = removed


def redo_import(plan: Plan, done: ImportDone) -> None:
    """Apply an undone import again, with the same ids and values."""
    with plan.batch():
        for task_id, values in done.after_edits.items():
            plan.edit(task_id, values)
        plan.arrange(done.plan.after)
        for placed in reversed(done.removed):
            plan.restore(placed)
    done.removed = []


def _check_unchanged(plan: Plan, planned: ImportPlan) -> None:
    board = plan.board
    same = all(tuple(board.ids(column)) == planned.before[column] for column in COLUMNS) and all(
        board.get(update.task_id) == update.task for update in planned.updated
    )
    if not same:
        raise PlanChangedError(
            f"Nothing was imported from {planned.source}: the plan changed after the import was "
            "prepared. Import the file again."
        )


def import_file(plan: Plan, path: Path | str) -> ImportDone:
    """Read, match and apply the CSV at ``path`` (the command line's import)."""
    from planner.csv_import import read_csv

    return apply_import(plan, plan_import(plan, read_csv(path)))
