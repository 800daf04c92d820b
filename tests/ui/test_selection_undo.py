"""Selection follows undo and redo: each command hands back the cards that were selected and the
current card, in whatever column they are now, focused and scrolled to."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from planner.model import Column
from ui.main_window import MainWindow
from ui.task_dialog import TaskDialog

from .conftest import ids_of, titles

CTRL = Qt.KeyboardModifier.ControlModifier


def select(window: MainWindow, column: Column, rows: list[int], current: int) -> None:
    view = window.view(column)
    view.setFocus()
    selection = view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(view.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select)
    selection.setCurrentIndex(
        view.proxy.index(current, 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def test_undoing_a_multi_move_then_ctrl_down_moves_the_same_cards(
    window: MainWindow, qtbot: QtBot
) -> None:
    names = ("Reply to comments on my blog", "Record the podcast", "Attend a networking event")
    reply, podcast, attend = ids_of(window.plan, *names)
    select(window, Column.ME, [0, 1], current=1)
    qtbot.keyClick(window.view(Column.ME), Qt.Key.Key_Right, CTRL)
    assert titles(window.plan, Column.ME) == ["Attend a networking event"]
    # Somewhere else gets the keyboard before the undo.
    select(window, Column.VA, [3], current=3)
    qtbot.keyClick(window.view(Column.VA), Qt.Key.Key_Z, CTRL)
    me = window.view(Column.ME)
    assert titles(window.plan, Column.ME)[:2] == list(names[:2])
    assert me.hasFocus()
    assert me.selected_ids() == [reply, podcast]
    assert me.current_id() == podcast
    assert window.view(Column.VA).selected_ids() == []
    qtbot.keyClick(me, Qt.Key.Key_Down, CTRL)
    assert window.plan.board.ids(Column.ME) == [attend, reply, podcast]


def test_redo_brings_back_the_selection_after_the_command(window: MainWindow, qtbot: QtBot) -> None:
    reply, podcast = ids_of(window.plan, "Reply to comments on my blog", "Record the podcast")
    select(window, Column.ME, [0, 1], current=0)
    qtbot.keyClick(window.view(Column.ME), Qt.Key.Key_Right, CTRL)
    after = window.view(Column.VA)
    assert after.selected_ids() == [reply, podcast]
    window.undo_action.trigger()
    select(window, Column.NOBODY, [0], current=0)
    window.redo_action.trigger()
    assert after.hasFocus()
    assert after.selected_ids() == [reply, podcast]
    assert after.current_id() == reply
    assert window.view(Column.NOBODY).selected_ids() == []


def test_undoing_a_delete_selects_the_cards_it_brings_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    books, upload = ids_of(window.plan, "Bookkeeping", "Upload the podcast")
    select(window, Column.VA, [0, 1], current=1)
    qtbot.keyClick(window.view(Column.VA), Qt.Key.Key_Delete)
    assert titles(window.plan, Column.VA) == []
    window.view(Column.ME).setFocus()
    window.undo_action.trigger()
    view = window.view(Column.VA)
    assert view.hasFocus() and view.selected_ids() == [books, upload]
    assert view.current_id() == upload


def test_undoing_an_edit_goes_back_to_the_edited_card(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    (books,) = ids_of(window.plan, "Bookkeeping")
    select(window, Column.VA, [0], current=0)

    def set_hours(dialog: TaskDialog) -> int:
        dialog.hours_edit.setValue(4)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(TaskDialog, "exec", set_hours)
    assert window.edit_task(books)
    select(window, Column.ME, [2], current=2)
    window.undo_action.trigger()
    assert window.plan.task(books).hours_per_week == 1.5
    view = window.view(Column.VA)
    assert view.hasFocus() and view.current_id() == books
