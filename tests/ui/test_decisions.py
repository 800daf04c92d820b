"""The owner's decisions in the window: followers get (or lose) warnings, the card badges and
banner follow, and “Your decisions” lists each decision and removes it in one undoable step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from planner.model import Column, Relationship, TaskChanges
from ui.column_model import Role
from ui.decisions_dialog import DecisionsDialog
from ui.main_window import MainWindow

# the offscreen platform cannot raise or size a separate window: not a fault of the app
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support propagateSizeHints"
)

DECIDED = "Reply to podcast listeners"
FOLLOWER = "Answer podcast listeners"
KEPT = "Sort podcast listener emails"  # the advisor calls it admin; the owner keeps it
KEPT_LIKE = "Sort emails from podcast listeners"


def card(window: MainWindow, task_id: int) -> QModelIndex:
    return window.models[window.plan.board.column_of(task_id)].index_of(task_id)


def test_a_yes_decision_warns_on_a_follower_with_the_va(window: MainWindow, qtbot: QtBot) -> None:
    editor = window.editor
    far = editor.add_task("Export podcast listener statistics", Column.VA)
    near = editor.add_task(KEPT_LIKE, Column.VA)
    assert far is not None and near is not None
    window.tracker.ensure_scanned()
    assert window.tracker.count() == 0
    with qtbot.waitSignal(window.tracker.warningRaised) as raised:
        decided = editor.add_task(
            KEPT, Column.ME, fields=TaskChanges(relationship=Relationship.YES)
        )
    assert decided is not None
    assert raised.args == [near]  # the far wording does not follow
    reason = card(window, near).data(Role.WARNING)
    assert f"You decided “{KEPT}” stays with you" in reason
    assert card(window, near).data(Role.SUGGESTION) is False


def test_a_no_decision_silences_followers_and_undo_brings_the_warning_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    editor = window.editor
    near = editor.add_task(FOLLOWER, Column.VA)
    assert near is not None
    window.tracker.ensure_scanned()
    assert near in window.tracker.ids()  # the advisor alone warns
    decided = editor.add_task(DECIDED, Column.ME)
    assert decided is not None
    with qtbot.waitSignal(window.tracker.warningsChanged):
        assert editor.edit_task(decided, TaskChanges(relationship=Relationship.NO))
    assert near not in window.tracker.ids()
    assert card(window, near).data(Role.WARNING) is None
    with qtbot.waitSignal(window.tracker.warningsChanged):
        editor.undo_stack.undo()
    assert near in window.tracker.ids()
    assert card(window, near).data(Role.WARNING)


def test_decisions_dialog_lists_and_removes_in_one_undo_step(
    window: MainWindow, qtbot: QtBot
) -> None:
    editor = window.editor
    decided = editor.add_task(DECIDED, Column.ME, fields=TaskChanges(relationship=Relationship.NO))
    assert decided is not None
    editor.add_task(FOLLOWER, Column.VA)
    window.show_decisions()
    dialog = window.findChild(DecisionsDialog)
    assert dialog is not None and dialog.isVisible()
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert texts == [f"“{DECIDED}” can go to your VA · 1 task worded like it follows"]
    steps = editor.undo_stack.count()
    assert dialog.remove_selected()
    assert editor.plan.task(decided).relationship is Relationship.AUTO
    assert editor.undo_stack.count() == steps + 1
    assert dialog.list.count() == 0 and not dialog.empty.isHidden()
    editor.undo_stack.undo()
    assert editor.plan.task(decided).relationship is Relationship.NO
    assert dialog.list.count() == 1 and dialog.empty.isHidden()
    dialog.close()


def test_deleting_a_decided_task_drops_its_decision_until_undone(window: MainWindow) -> None:
    editor = window.editor
    decided = editor.add_task(DECIDED, Column.ME, fields=TaskChanges(relationship=Relationship.NO))
    near = editor.add_task(FOLLOWER, Column.VA)
    assert decided is not None and near is not None
    window.tracker.ensure_scanned()
    assert near not in window.tracker.ids()
    editor.delete_tasks([decided])
    assert near in window.tracker.ids()  # the decision went with its task
    editor.undo_stack.undo()
    assert near not in window.tracker.ids()


def test_warnings_menu_offers_your_decisions_after_the_warnings(window: MainWindow) -> None:
    menu = window.menuBar().findChild(QMenu, "menuWarnings")
    assert isinstance(menu, QMenu)
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions()]
    assert texts == ["No open warnings", "", "Your &decisions…"]
