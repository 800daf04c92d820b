"""The undoable commands: the only way the Qt shell changes a plan.

Each command calls the core :class:`planner.plan.Plan` in ``redo`` and reverses itself in
``undo``. A command whose write fails marks itself obsolete (so the undo stack drops it) and
reports the error through the ``report`` callback; the plan itself is unchanged in that case.

Selection follows undo: each command keeps the :class:`Selection` (selected cards and the
current card) from just before it ran and from just after (taken when it is first undone, so it
is what the user had after the command). Undo hands back the first, redo the second, through the
``restore_selection`` callback the plan editor sets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal, TypeAlias

from PySide6.QtGui import QUndoCommand

from planner.errors import PlannerError
from planner.model import Column, Task, TaskChanges, TaskError, shortened
from planner.plan import Placed, Plan
from planner.records import NamedTuple

if TYPE_CHECKING:  # the CSV import and backups are loaded when first used, not at start-up
    from planner.backups import Snapshot
    from planner.import_plan import ImportDone, ImportPlan

Report = Callable[[str], None]


class Selection(NamedTuple):
    """The selected cards (task ids) and the current card, the one the keyboard acts on."""

    selected: tuple[int, ...]
    current: int | None


CaptureSelection = Callable[[], "Selection | None"]
RestoreSelection = Callable[[Selection], None]


def quoted(title: str, limit: int = 40) -> str:
    """A task title as it appears in an undo menu: quoted and shortened."""
    return f"'{shortened(title, limit)}'"


class Origin(NamedTuple):
    """Where a move took a task from: its column, the cards next to it there that stayed (the
    nearest before and after it, None at an end), and its index."""

    column: Column
    before: int | None
    after: int | None
    position: int


#: What a command says about a task's place (:meth:`PlanCommand.moved_from`): an
#: :class:`Origin` (it moved the task from there), ``None`` (it did not move the task), or
#: :data:`UNKNOWN` (it made, removed or placed the task in a way that leaves no old place).
UNKNOWN: Final = "unknown"
Moved: TypeAlias = Origin | Literal["unknown"] | None


class PlanCommand(QUndoCommand):
    """Shared error handling: a failed step leaves the plan as it was and drops the command."""

    def __init__(self, plan: Plan, text: str, report: Report) -> None:
        super().__init__(text)
        self.plan = plan
        self.report = report
        self.failed = False
        self.selection_before: Selection | None = None
        self.selection_after: Selection | None = None
        self.capture_selection: CaptureSelection | None = None
        self.restore_selection: RestoreSelection | None = None
        self._ran = False

    def redo(self) -> None:
        self._guard(self.do)
        if self._ran and not self.failed:
            self._restore(self.selection_after)
        self._ran = True

    def undo(self) -> None:
        if self.selection_after is None and self.capture_selection is not None:
            self.selection_after = self.capture_selection()
        self._guard(self.undo_it)
        if not self.failed:
            self._restore(self.selection_before)

    def _restore(self, selection: Selection | None) -> None:
        if selection is not None and self.restore_selection is not None:
            self.restore_selection(selection)

    def _guard(self, step: Callable[[], None]) -> None:
        try:
            step()
        except (PlannerError, TaskError, LookupError) as error:
            self.failed = True
            self.setObsolete(True)
            self.report(str(error))

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError

    def moved_from(self, task_id: int) -> Moved:
        """Where this command (done) took task ``task_id`` from; see :data:`Moved`. A command
        that only edits fields moves nothing."""
        return None


class AddTask(PlanCommand):
    """Create a task; undo deletes it, redo puts the same task (same id) back."""

    def __init__(
        self,
        plan: Plan,
        report: Report,
        title: str,
        column: Column,
        index: int | None,
        fields: TaskChanges,
    ) -> None:
        super().__init__(plan, f"Add {quoted(title)}", report)
        self.title = title
        self.column = column
        self.index = index
        self.fields = fields
        self.placed: Placed | None = None
        self.task: Task | None = None

    def do(self) -> None:
        if self.placed is None:
            self.task = self.plan.add(self.title, self.column, self.index, self.fields)
        else:
            self.task = self.plan.restore(self.placed)

    def undo_it(self) -> None:
        assert self.task is not None
        self.placed = self.plan.delete(self.task.id)

    def moved_from(self, task_id: int) -> Moved:
        return UNKNOWN if self.task is not None and self.task.id == task_id else None


class EditTask(PlanCommand):
    """Change a task's fields; undo restores the previous values."""

    def __init__(self, plan: Plan, report: Report, task_id: int, changes: TaskChanges) -> None:
        old = plan.task(task_id)
        super().__init__(plan, f"Edit {quoted(old.title)}", report)
        self.task_id = task_id
        self.changes = changes
        self.before = TaskChanges.of(old, (*changes.names(), "updated_at"))
        self.after: TaskChanges | None = None

    def do(self) -> None:
        # What undo puts back is read now, not when the command was made: redoing an earlier
        # command may have given the task a newer timestamp since.
        old = self.plan.task(self.task_id)
        self.before = TaskChanges.of(old, (*self.changes.names(), "updated_at"))
        if self.after is None:
            new = self.plan.edit(self.task_id, self.changes)
            # Redo repeats the edit exactly, timestamp included, so later commands that
            # recorded this state (a split's "before") still find it.
            self.after = self.changes.merged(TaskChanges(updated_at=new.updated_at))
        else:
            self.plan.edit(self.task_id, self.after)

    def undo_it(self) -> None:
        self.plan.edit(self.task_id, self.before)


class MoveTasks(PlanCommand):
    """Move one or more tasks to a column position, keeping their order; undo puts each back."""

    def __init__(
        self,
        plan: Plan,
        report: Report,
        task_ids: Sequence[int],
        column: Column,
        row: int,
        *,
        back: bool = False,
    ) -> None:
        if len(task_ids) == 1:
            what = quoted(plan.task(task_ids[0]).title)
        else:
            what = f"{len(task_ids)} tasks"
        to = "back to" if back else "to"
        super().__init__(plan, f"Move {what} {to} {column.value}", report)
        self.task_ids = list(task_ids)
        self.column = column
        self.row = row
        self.origins: list[Placed] = []
        self.neighbours: dict[int, tuple[int | None, int | None]] = {}

    def do(self) -> None:
        self.neighbours = _neighbours(self.plan, self.task_ids)
        self.origins = self.plan.move_many(self.task_ids, self.column, self.row)

    def undo_it(self) -> None:
        self.plan.put_back(self.origins)

    def moved_from(self, task_id: int) -> Moved:
        for origin in self.origins:
            if origin.task.id == task_id:
                before, after = self.neighbours.get(task_id, (None, None))
                return Origin(origin.column, before, after, origin.position)
        return None


def _neighbours(plan: Plan, task_ids: Sequence[int]) -> dict[int, tuple[int | None, int | None]]:
    """For each task about to move, the nearest cards before and after it in its column that
    do not move with it (None at an end of the column)."""
    board = plan.board
    moving = {task_id for task_id in task_ids if task_id in board}
    found: dict[int, tuple[int | None, int | None]] = {}
    for column in {board.column_of(task_id) for task_id in moving}:
        before: int | None = None
        run: list[int] = []  # moving tasks since the last card that stays
        for task_id in board.ids(column):
            if task_id in moving:
                run.append(task_id)
                continue
            for moved in run:
                found[moved] = (before, task_id)
            run.clear()
            before = task_id
        for moved in run:
            found[moved] = (before, None)
    return found


class DeleteTasks(PlanCommand):
    """Delete tasks; undo restores each with its id, content and place."""

    def __init__(self, plan: Plan, report: Report, task_ids: Sequence[int]) -> None:
        if len(task_ids) == 1:
            what = quoted(plan.task(task_ids[0]).title)
        else:
            what = f"{len(task_ids)} tasks"
        super().__init__(plan, f"Delete {what}", report)
        self.task_ids = list(task_ids)
        self.deleted: list[Placed] = []

    def do(self) -> None:
        deleted: list[Placed] = []
        with self.plan.batch():
            for task_id in self.task_ids:
                deleted.append(self.plan.delete(task_id))
        self.deleted = deleted

    def undo_it(self) -> None:
        with self.plan.batch():
            for placed in reversed(self.deleted):
                self.plan.restore(placed)

    def moved_from(self, task_id: int) -> Moved:
        return UNKNOWN if task_id in self.task_ids else None


class SplitTask(PlanCommand):
    """Split a task into the VA's preparation and the owner's personal part; undo joins them."""

    def __init__(self, plan: Plan, report: Report, task_id: int) -> None:
        original = plan.task(task_id)
        super().__init__(plan, f"Split {quoted(original.title)}", report)
        self.task_id = task_id
        self.before = original.editable_values()
        self.origin = plan.board.place(task_id)
        self.prep_id: int | None = None
        self.prep_placed: Placed | None = None

    def do(self) -> None:
        if self.prep_placed is None:
            prep, _ = self.plan.split(self.task_id)
            self.prep_id = prep.id
            return
        with self.plan.batch():
            self.plan.restore(self.prep_placed)
            self.plan.edit(
                self.task_id,
                TaskChanges(link_id=self.prep_placed.task.id, accepted=False, accept_note=""),
            )
            column, index = self.origin
            if column is not Column.ME:
                me = self.plan.board.count(Column.ME)
                self.plan.move(self.task_id, Column.ME, min(index, me))

    def undo_it(self) -> None:
        assert self.prep_id is not None
        with self.plan.batch():
            self.prep_placed = self.plan.delete(self.prep_id)
            self.plan.edit(self.task_id, self.before)
            column, index = self.origin
            self.plan.move(self.task_id, column, index)

    def moved_from(self, task_id: int) -> Moved:
        return UNKNOWN if task_id in (self.task_id, self.prep_id) else None


class ImportTasks(PlanCommand):
    """Apply a computed CSV import (added and updated tasks) as one step; undo reverses it all,
    redo repeats it with the same ids and values."""

    def __init__(self, plan: Plan, report: Report, planned: ImportPlan, source: str) -> None:
        added, updated = len(planned.added), len(planned.updated)
        super().__init__(plan, f"Import {source} ({added} added, {updated} updated)", report)
        self.planned = planned
        self.done: ImportDone | None = None

    def do(self) -> None:
        from planner.import_plan import apply_import, redo_import

        if self.done is None:
            self.done = apply_import(self.plan, self.planned)
        else:
            redo_import(self.plan, self.done)

    def undo_it(self) -> None:
        from planner.import_plan import undo_import

        assert self.done is not None
        undo_import(self.plan, self.done)

    def moved_from(self, task_id: int) -> Moved:
        return UNKNOWN if self.done is not None and task_id in self.done.touched_ids else None


class RestoreBackup(PlanCommand):
    """Replace the plan's content with a backup's; undo puts the content before it back.

    Both contents are kept in memory (:class:`planner.backups.Snapshot`), so undo and redo do not
    depend on the backup file still being there.
    """

    def __init__(self, plan: Plan, report: Report, backup: Path) -> None:
        from planner.backups import describe

        super().__init__(plan, f"Restore the backup from {describe(backup)}", report)
        self.backup = backup
        self.before: Snapshot | None = None
        self.after: Snapshot | None = None

    def do(self) -> None:
        from planner.backups import restore_backup, restore_snapshot, take_snapshot

        if self.after is None:
            before = take_snapshot(self.plan.store)
            restore_backup(self.plan.store, self.backup)
            self.before, self.after = before, take_snapshot(self.plan.store)
        else:
            restore_snapshot(self.plan.store, self.after)
        self.plan.reload()

    def undo_it(self) -> None:
        from planner.backups import restore_snapshot

        assert self.before is not None
        restore_snapshot(self.plan.store, self.before)
        self.plan.reload()

    def moved_from(self, task_id: int) -> Moved:
        return UNKNOWN  # every task may have changed place
