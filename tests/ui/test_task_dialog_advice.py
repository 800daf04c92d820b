"""The task editor's advisor line: it says what the card will say, the owner's decisions
included (a task worded like a decided one follows that decision once saved)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from planner import advice
from planner.model import Column, Relationship, TaskChanges
from ui.main_window import MainWindow
from ui.task_dialog import TaskDialog


def _opened(window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> TaskDialog:
    """The editor ``window.new_task`` opens (closed at once, as if cancelled)."""
    opened: list[TaskDialog] = []

    def cancelled(dialog: TaskDialog) -> int:
        opened.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(TaskDialog, "exec", cancelled)
    assert window.new_task(Column.VA) is None
    (dialog,) = opened
    qtbot.addWidget(dialog)
    return dialog


def test_a_new_task_worded_like_a_can_go_decision_says_it_follows_it(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.editor.add_task(
        "Reply to podcast listeners", Column.VA, fields=TaskChanges(relationship=Relationship.NO)
    )
    dialog = _opened(window, monkeypatch, qtbot)
    dialog.title_edit.setText("Reply to listeners of the podcast")
    assert dialog.advice_label.text() == (
        "Advisor: You decided “Reply to podcast listeners” can go to your VA, and this task is "
        "worded like it, so it follows your decision."
    )
    saved = window.editor.add_task("Reply to listeners of the podcast", Column.VA)
    assert saved is not None  # and the card says the same: no warning
    assert advice.warning_for(window.plan.task(saved), Column.VA, window.plan.board) is None


def test_a_stays_decision_is_followed_but_not_by_the_decided_task_itself(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    decided = window.editor.add_task(
        "Update the website", Column.VA, fields=TaskChanges(relationship=Relationship.YES)
    )
    assert decided is not None
    dialog = _opened(window, monkeypatch, qtbot)
    dialog.title_edit.setText("Update our website pages")
    assert dialog.advice_label.text().startswith(
        "Advisor: relationship building. You decided “Update the website” stays with you, and "
        "this task is worded like it"
    )
    own = TaskDialog(window, window.plan.task(decided), board=window.plan.board)
    qtbot.addWidget(own)
    assert "You decided" not in own.advice_label.text()
    without = TaskDialog(window)
    qtbot.addWidget(without)
    without.title_edit.setText("Update our website pages")
    assert "You decided" not in without.advice_label.text()
