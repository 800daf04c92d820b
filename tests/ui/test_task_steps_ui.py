"""Steps, "done when" and approval in the window: edited in the task dialog by keyboard, saved
as one undoable edit, and shown on the card as chips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from planner.model import Column, TaskChanges
from ui.card_delegate import badges_for, has_badges
from ui.column_model import Role
from ui.main_window import MainWindow
from ui.task_dialog import TaskDialog

from .conftest import ids_of


def open_dialog(qtbot: QtBot, window: MainWindow, task_id: int) -> TaskDialog:
    dialog = TaskDialog(window, window.plan.task(task_id))
    dialog.setMinimumSize(560, 640)  # else the offscreen platform warns about size hints
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_dialog_edits_steps_by_keyboard_and_undo_restores(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    (task,) = ids_of(window.plan, "Bookkeeping")
    window.editor.edit_task(task, TaskChanges(steps=("Download", "Match")))

    def fake_exec(dialog: TaskDialog) -> int:
        dialog.setMinimumSize(560, 640)
        dialog.setModal(True)  # as exec() makes it: keys go to the dialog, not the board
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        steps = dialog.steps_edit
        assert steps.steps() == ("Download", "Match")
        steps.list.setFocus()
        steps.list.setCurrentRow(1)
        qtbot.keyClick(steps.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(steps.list, Qt.Key.Key_Insert)  # after "Match", now the second step
        (line,) = [w for w in steps.list.viewport().findChildren(QLineEdit) if w.isVisible()]
        qtbot.keyClicks(line, "List what is left")
        qtbot.keyClick(line, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: steps.list.state() != QAbstractItemView.State.EditingState)
        assert dialog.isVisible()  # Enter finished the step; it did not save the dialog
        dialog.done_when_edit.setText("Every line is matched")
        dialog.needs_approval_edit.setChecked(True)
        dialog.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(TaskDialog, "exec", fake_exec)
    assert window.edit_task(task)
    edited = window.plan.task(task)
    assert edited.steps == ("Match", "List what is left", "Download")
    assert (edited.done_when, edited.needs_approval) == ("Every line is matched", True)
    window.undo_action.trigger()
    undone = window.plan.task(task)
    assert (undone.steps, undone.done_when, undone.needs_approval) == (
        ("Download", "Match"),
        "",
        False,
    )
    window.redo_action.trigger()
    assert window.plan.task(task).steps == ("Match", "List what is left", "Download")


def test_ctrl_return_keeps_a_step_still_being_typed(window: MainWindow, qtbot: QtBot) -> None:
    (task,) = ids_of(window.plan, "Upload the podcast")
    dialog = open_dialog(qtbot, window, task)
    qtbot.mouseClick(dialog.steps_edit.add_button, Qt.MouseButton.LeftButton)
    steps = dialog.steps_edit
    (line,) = [w for w in steps.list.viewport().findChildren(QLineEdit) if w.isVisible()]
    qtbot.keyClicks(line, "Export the episode")
    assert dialog.values().steps == ("Export the episode",)


def test_dialog_shows_the_fields_in_the_schema_order(window: MainWindow, qtbot: QtBot) -> None:
    (task,) = ids_of(window.plan, "Bookkeeping")
    dialog = open_dialog(qtbot, window, task)
    names = list(dialog.inputs)
    assert names.index("steps") < names.index("done_when") < names.index("needs_approval")
    assert dialog.needs_approval_edit.text().startswith("Draft only")


def test_cards_show_steps_and_approval_chips(window: MainWindow) -> None:
    (task,) = ids_of(window.plan, "Bookkeeping")
    model = window.models[Column.VA]
    index = next(
        model.index(row, 0)
        for row in range(model.rowCount())
        if model.index(row, 0).data(Role.TASK).id == task
    )
    window.editor.edit_task(task, TaskChanges(steps=("a", "b", "c"), needs_approval=True))
    texts = [badge.text for badge in badges_for(window.plan.task(task), index)]
    assert "✎ approval" in texts and "☰ 3 steps" in texts
    assert texts.index("✎ approval") < texts.index("☰ 3 steps")
    window.editor.edit_task(task, TaskChanges(steps=("only",), needs_approval=False))
    texts = [badge.text for badge in badges_for(window.plan.task(task), index)]
    assert "☰ 1 step" in texts and "✎ approval" not in texts


def test_steps_alone_give_a_badge_row(window: MainWindow) -> None:
    (task,) = ids_of(window.plan, "Buy followers")
    window.editor.edit_task(task, TaskChanges(hours_per_week=None))
    model = window.models[Column.NOBODY]
    index = model.index(0, 0)
    plain = window.plan.task(task)
    with_steps = plain.with_changes(TaskChanges(steps=("one",)))
    with_approval = plain.with_changes(TaskChanges(needs_approval=True))
    assert not has_badges(plain, index)
    assert has_badges(with_steps, index) and has_badges(with_approval, index)
