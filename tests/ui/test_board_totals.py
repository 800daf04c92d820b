"""The running totals per column follow every change, its undo and redo, as a fresh count would."""

from __future__ import annotations

from planner.model import COLUMNS, Column, TaskChanges
from tests.ui.conftest import ids_of
from ui.board_totals import BoardTotals
from ui.plan_editor import PlanEditor


def recounted(editor: PlanEditor) -> tuple[dict[Column, float], dict[Column, int]]:
    board = editor.plan.board
    hours = {c: sum(t.hours_per_week or 0.0 for t in board.tasks(c)) for c in COLUMNS}
    return hours, {c: board.count(c) for c in COLUMNS}


def test_totals_follow_each_change_undo_and_redo(editor: PlanEditor) -> None:
    totals = BoardTotals(editor)
    assert (totals.hours, totals.counts) == recounted(editor)
    (books,) = ids_of(editor.plan, "Bookkeeping")
    added = editor.add_task("Invoices", Column.ME, fields=TaskChanges(hours_per_week=2.25))
    assert added is not None
    steps = [
        lambda: editor.edit_task(books, TaskChanges(hours_per_week=4.0)),
        lambda: editor.move_tasks([books, added], Column.NOBODY, 0),
        lambda: editor.edit_task(added, TaskChanges(hours_per_week=None)),
        lambda: editor.delete_tasks([books]),
        lambda: editor.move_tasks([added], Column.VA, 1),
    ]
    for step in steps:
        assert step()
        assert (totals.hours, totals.counts) == recounted(editor)
    stack = editor.undo_stack
    while stack.canUndo():
        stack.undo()
        assert (totals.hours, totals.counts) == recounted(editor)
    while stack.canRedo():
        stack.redo()
        assert (totals.hours, totals.counts) == recounted(editor)
