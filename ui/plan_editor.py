"""The single mutation path between the Qt shell and the core plan.

:class:`PlanEditor` owns the :class:`QUndoStack`. Views and menus ask it to add, edit, move or
delete; it builds the matching command from :mod:`ui.commands` and pushes it. It also turns the
core's plain-Python events into Qt signals so models and widgets react without polling.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.board import Board
from planner.events import PlanEvent
from planner.model import NO_CHANGES, Column, TaskChanges, TaskError
from planner.plan import Plan
from ui.commands import (
    UNKNOWN,
    AddTask,
    CaptureSelection,
    DeleteTasks,
    EditTask,
    ImportTasks,
    MoveTasks,
    Origin,
    PlanCommand,
    RestoreBackup,
    SplitTask,
)

if TYPE_CHECKING:
    from planner.import_plan import ImportDone, ImportPlan


class PlanEditor(QObject):
    """Edits one open plan through an undo stack."""

    #: Every committed change, as a :mod:`planner.events` value.
    planChanged = Signal(object)
    #: A change could not be saved; the text says why. The plan is unchanged.
    failed = Signal(str)
    #: Tasks were moved by the user (drop or keys): their ids and the target column.
    tasksMoved = Signal(list, object)
    #: Undo or redo brings back the selection a command had (a :class:`ui.commands.Selection`).
    selectionRestored = Signal(object)

    def __init__(self, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.undo_stack = QUndoStack(self)
        #: Reads the window's selection (set by the window; None: no selection to keep).
        self.capture_selection: CaptureSelection | None = None
        plan.subscribe(self._relay)

    def _relay(self, event: PlanEvent) -> None:
        self.planChanged.emit(event)

    def _report(self, message: str) -> None:
        self.failed.emit(message)

    def detach(self) -> None:
        """Stop listening to the plan (before it is closed) and drop the undo history, whose
        commands refer to it."""
        self.plan.unsubscribe(self._relay)
        self.undo_stack.clear()

    def push(self, command: PlanCommand) -> bool:
        """Run ``command``; True if it succeeded (and can be undone). The command keeps the
        selection from before it ran, so undo can hand it back."""
        capture = self.capture_selection
        command.capture_selection = capture
        command.restore_selection = self.selectionRestored.emit
        command.selection_before = capture() if capture is not None else None
        self.undo_stack.push(command)
        return not command.failed

    # -- the operations ------------------------------------------------------------------
    def add_task(
        self,
        title: str,
        column: Column,
        index: int | None = None,
        fields: TaskChanges = NO_CHANGES,
    ) -> int | None:
        """Add a task with ``title`` and ``fields``; return its id, or None if it could not be
        saved."""
        command = AddTask(self.plan, self._report, title, column, index, fields)
        if self.push(command) and command.task is not None:
            return command.task.id
        return None

    def edit_task(self, task_id: int, changes: TaskChanges) -> bool:
        """Apply ``changes`` as one undoable step (none when nothing really changes)."""
        task = self.plan.task(task_id)
        try:
            edited = task.with_changes(changes)
        except TaskError as error:
            self._report(str(error))
            return False
        real = TaskChanges(
            **{
                name: getattr(edited, name)
                for name in changes.names()
                if getattr(edited, name) != getattr(task, name)
            }
        )
        if not real:
            return True
        return self.push(EditTask(self.plan, self._report, task_id, real))

    def move_tasks(
        self, task_ids: Sequence[int], column: Column, row: int, *, back: bool = False
    ) -> bool:
        """Move tasks so they stand together before ``row`` of ``column`` (drop-row semantics).
        ``back`` names the step "Move … back to …"."""
        ids = [task_id for task_id in task_ids if task_id in self.plan.board]
        if not ids or self._already_there(ids, column, row):
            return False
        if not self.push(MoveTasks(self.plan, self._report, ids, column, row, back=back)):
            return False
        self.tasksMoved.emit(ids, column)
        return True

    def move_back(self, task_ids: Sequence[int], column: Column) -> bool:
        """Move tasks back to ``column`` as one step, each to the place it had there before it
        was last moved out of it (before the card that followed it then, if that card is still
        there, else after the one before it, else at the index it had), or to the column's end
        when that is not known (it never was there, or an import, a backup or a split placed it
        since). Tasks already in ``column`` stay."""
        board = self.plan.board
        ids = [t for t in task_ids if t in board and board.column_of(t) is not column]
        if not ids:
            return False
        rows = [self.old_row(task_id, column) for task_id in ids]
        known = [row for row in rows if row is not None]
        row = min(known) if len(known) == len(ids) else board.count(column)
        return self.move_tasks(ids, column, row, back=True)

    def old_row(self, task_id: int, column: Column) -> int | None:
        """The row of ``column`` that task ``task_id`` was moved out of, found in the undo
        history (see :meth:`move_back`); None when it is not known."""
        board = self.plan.board
        now = board.column_of(task_id)
        stack = self.undo_stack
        for index in range(stack.index() - 1, -1, -1):
            for command in reversed(_steps(stack.command(index))):
                moved = command.moved_from(task_id) if isinstance(command, PlanCommand) else UNKNOWN
                if moved is None:
                    continue  # it did not move the task
                if not isinstance(moved, Origin) or moved.column is not column:
                    if isinstance(moved, Origin) and moved.column is now:
                        continue  # moved within the column it is in now
                    return None
                return _row_in(board, column, moved)
        return None

    def _already_there(self, ids: Sequence[int], column: Column, row: int) -> bool:
        """True when the tasks already stand together, in order, exactly where they would land."""
        column_ids = self.plan.board.ids(column)
        if any(self.plan.board.column_of(i) is not column for i in ids):
            return False
        ordered = sorted(ids, key=column_ids.index)
        first = column_ids.index(ordered[0])
        if column_ids[first : first + len(ordered)] != ordered:
            return False
        return first <= row <= first + len(ordered)

    def delete_tasks(self, task_ids: Sequence[int]) -> bool:
        ids = [task_id for task_id in task_ids if task_id in self.plan.board]
        if not ids:
            return False
        return self.push(DeleteTasks(self.plan, self._report, ids))

    def split_task(self, task_id: int) -> int | None:
        """Split a task; return the id of the new preparation task, or None on failure."""
        if task_id not in self.plan.board:
            return None
        command = SplitTask(self.plan, self._report, task_id)
        if not self.push(command):
            return None
        return command.prep_id

    def accept_warning(self, task_id: int, note: str = "") -> bool:
        """Keep a relationship task with the VA on purpose; the note says why."""
        return self.edit_task(task_id, TaskChanges(accepted=True, accept_note=note))

    def import_plan(self, planned: ImportPlan, source: str) -> ImportDone | None:
        """Apply a computed import as one undoable step; what it did, or None when it changed
        nothing or could not be saved (the failure is reported)."""
        if planned.changes_nothing:
            return None
        command = ImportTasks(self.plan, self._report, planned, source)
        return command.done if self.push(command) else None

    def restore_backup(self, backup: Path) -> bool:
        """Replace the plan's content with ``backup``'s, as one undoable step."""
        return self.push(RestoreBackup(self.plan, self._report, backup))


def _steps(command: QUndoCommand) -> list[QUndoCommand]:
    """A step of the undo stack as the commands it ran: itself, or a macro's children."""
    count = command.childCount()
    return [command] if not count else [command.child(k) for k in range(count)]


def _row_in(board: Board, column: Column, origin: Origin) -> int:
    """Where in ``column`` a task goes back to: before the card that followed it, if that card
    is still in the column, else after the card before it, else at its old index (clamped)."""
    for neighbour, offset in ((origin.after, 0), (origin.before, 1)):
        if neighbour is not None and neighbour in board and board.column_of(neighbour) is column:
            return board.position(neighbour) + offset
    return min(origin.position, board.count(column))
