"""The main window: column counts, keyboard moves, editing, deleting, undo, export, geometry."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QDialog, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from planner.model import Column, TaskChanges
from ui.column_model import Role
from ui.main_window import MainWindow
from ui.plan_editor import PlanEditor
from ui.task_dialog import TaskDialog

from .conftest import ids_of, titles


def test_three_columns_with_counts_and_hours(window: MainWindow) -> None:
    heads = [(p.title.text(), p.count.text()) for p in window.panels.values()]
    assert heads == [
        ("Me", "3 tasks · 4.5 h/week"),
        ("My VA", "2 tasks · 3 h/week"),
        ("Nobody", "1 task · 1.5 h/week"),
    ]
    assert window.windowTitle() == "test — Delegation Planner"
    assert window.view(Column.VA).accessibleName() == "My VA column, 2 tasks · 3 h/week"


def test_counts_follow_changes(window: MainWindow, qtbot: QtBot) -> None:
    (task,) = ids_of(window.plan, "Buy followers")
    window.editor.move_tasks([task], Column.ME, 0)
    assert window.panels[Column.ME].count.text() == "4 tasks · 6 h/week"
    assert window.panels[Column.NOBODY].count.text() == "0 tasks"


def focus_row(window: MainWindow, column: Column, row: int) -> None:
    view = window.view(column)
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))


def test_ctrl_right_moves_card_to_next_column_and_undo(window: MainWindow, qtbot: QtBot) -> None:
    plan = window.plan
    focus_row(window, Column.ME, 1)
    qtbot.keyClick(window.view(Column.ME), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert "Record the podcast" in titles(plan, Column.VA)
    va = window.view(Column.VA)
    assert va.hasFocus()
    assert va.selected_ids() == ids_of(plan, "Record the podcast")
    assert "Moved 'Record the podcast' to My VA" in window.statusBar().currentMessage()
    qtbot.keyClick(va, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert "Record the podcast" in titles(plan, Column.NOBODY)
    qtbot.keyClick(window.view(Column.NOBODY), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Record the podcast" in titles(plan, Column.VA)
    window.undo_action.trigger()
    assert titles(plan, Column.ME)[1] == "Record the podcast"


def test_ctrl_left_at_first_column_does_nothing(window: MainWindow, qtbot: QtBot) -> None:
    focus_row(window, Column.ME, 0)
    qtbot.keyClick(window.view(Column.ME), Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.undo_stack.count() == 0


def test_ctrl_up_down_reorders(window: MainWindow, qtbot: QtBot) -> None:
    plan = window.plan
    focus_row(window, Column.ME, 0)
    me = window.view(Column.ME)
    qtbot.keyClick(me, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(plan, Column.ME)[1] == "Reply to comments on my blog"
    qtbot.keyClick(me, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(plan, Column.ME)[2] == "Reply to comments on my blog"
    qtbot.keyClick(me, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # already last
    assert editor_count(window) == 2
    qtbot.keyClick(me, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(plan, Column.ME)[1] == "Reply to comments on my blog"


def editor_count(window: MainWindow) -> int:
    return window.editor.undo_stack.count()


def test_arrows_move_focus_between_columns(window: MainWindow, qtbot: QtBot) -> None:
    focus_row(window, Column.ME, 0)
    qtbot.keyClick(window.view(Column.ME), Qt.Key.Key_Right)
    assert window.view(Column.VA).hasFocus()
    assert window.view(Column.VA).currentIndex().row() == 0
    qtbot.keyClick(window.view(Column.VA), Qt.Key.Key_Left)
    assert window.view(Column.ME).hasFocus()


def test_delete_key_deletes_without_asking_and_undo_restores(
    window: MainWindow, qtbot: QtBot, plan_path: Path
) -> None:
    focus_row(window, Column.VA, 0)
    qtbot.keyClick(window.view(Column.VA), Qt.Key.Key_Delete)
    assert titles(window.plan, Column.VA) == ["Upload the podcast"]
    assert "Deleted 1 task" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert titles(window.plan, Column.VA) == ["Bookkeeping", "Upload the podcast"]
    conn = sqlite3.connect(plan_path)
    assert conn.execute("SELECT count(*) FROM tasks").fetchone()[0] == 6
    conn.close()


def accept_dialog_with(monkeypatch: pytest.MonkeyPatch, **values: Any) -> list[TaskDialog]:
    seen: list[TaskDialog] = []

    def fake_exec(dialog: TaskDialog) -> int:
        seen.append(dialog)
        if "title" in values:
            dialog.title_edit.setText(values["title"])
        if "notes" in values:
            dialog.notes_edit.setPlainText(values["notes"])
        if "hours" in values:
            dialog.hours_edit.setValue(values["hours"])
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(TaskDialog, "exec", fake_exec)
    return seen


def test_enter_edits_the_current_card(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = accept_dialog_with(monkeypatch, title="Bookkeeping and invoices", hours=3)
    focus_row(window, Column.VA, 0)
    qtbot.keyClick(window.view(Column.VA), Qt.Key.Key_Return)
    assert seen and seen[0].title_edit.text() == "Bookkeeping and invoices"
    task = window.plan.board.tasks(Column.VA)[0]
    assert (task.title, task.hours_per_week) == ("Bookkeeping and invoices", 3.0)
    assert window.editor.undo_stack.undoText() == "Edit 'Bookkeeping'"
    window.undo_action.trigger()
    assert window.plan.board.tasks(Column.VA)[0].title == "Bookkeeping"


def test_an_edited_card_that_grew_is_shown_whole(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last card of a long column, edited to a two-line title and notes, is scrolled into
    view whole (it was left cut by the column's bottom edge)."""
    for number in range(15):
        window.editor.add_task(f"Answer the support inbox, batch {number}", Column.ME)
    view = window.view(Column.ME)
    last = view.model().rowCount() - 1
    focus_row(window, Column.ME, last)
    index = view.model().index(last, 0)
    assert view.viewport().rect().contains(view.visualRect(index))
    before = view.visualRect(index).height()
    accept_dialog_with(
        monkeypatch,
        title="Answer the support inbox and thank each customer who wrote in by name " * 3,
        notes="Every morning, before the first call.",
    )
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.visualRect(index).height() > before  # it grew
    assert view.viewport().rect().contains(view.visualRect(index))


def test_double_click_opens_editor(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = accept_dialog_with(monkeypatch)
    view = window.view(Column.NOBODY)
    rect = view.visualRect(view.model().index(0, 0))
    # Qt 6's QTest double-click is not preceded by a press; a view needs the press first.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(seen) == 1 and seen[0].title_edit.text() == "Buy followers"


def test_ctrl_n_adds_to_focused_column(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    accept_dialog_with(monkeypatch, title="Schedule social posts", notes="weekly", hours=2)
    focus_row(window, Column.VA, 0)
    qtbot.keyClick(window.view(Column.VA), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert titles(window.plan, Column.VA)[-1] == "Schedule social posts"
    assert window.view(Column.VA).selected_ids() == ids_of(window.plan, "Schedule social posts")
    window.undo_action.trigger()
    assert "Schedule social posts" not in titles(window.plan, Column.VA)
    window.redo_action.trigger()
    assert titles(window.plan, Column.VA)[-1] == "Schedule social posts"


def test_dialog_refuses_empty_title(qtbot: QtBot) -> None:
    dialog = TaskDialog(None)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("   ")
    assert not dialog.error_label.isVisibleTo(dialog)  # nothing said before a save attempt
    dialog.accept()
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.error_label.text() == "A task needs a title."
    assert dialog.result() != QDialog.DialogCode.Accepted.value
    dialog.title_edit.setText("Pay bills")
    assert not dialog.error_label.isVisibleTo(dialog)


def test_export_action_writes_csv_and_confirms(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "for-my-va.csv"
    assert window.files.export_csv(target) == target
    content = target.read_bytes()
    assert content.startswith(
        b"\xef\xbb\xbfcolumn,position,title,notes,hours_per_week,relationship_building,warning"
    )
    assert f"Exported 6 tasks to {target}" == window.statusBar().currentMessage()


def test_export_failure_is_a_message_not_a_traceback(window: MainWindow, tmp_path: Path) -> None:
    assert window.files.export_csv(tmp_path / "missing-folder" / "x.csv") is None
    # Said once, in the bar above the board (not repeated in the status bar), with the one
    # action that helps: another place to write to.
    assert "could not be written" in window.error_bar.text.text()
    assert window.statusBar().currentMessage() == ""
    assert [b.text() for b in window.error_bar.buttons] == ["Export elsewhere…"]


def test_failed_write_reports_and_keeps_state(window: MainWindow) -> None:
    plan = window.plan
    plan.store.conn.execute(
        "CREATE TEMP TRIGGER refuse BEFORE UPDATE ON tasks "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    (task,) = ids_of(plan, "Bookkeeping")
    assert window.editor.move_tasks([task], Column.ME, 0) is False
    assert titles(plan, Column.VA)[0] == "Bookkeeping"
    assert window.editor.undo_stack.count() == 0
    assert "disk full" in window.error_bar.text.text()
    assert (
        window.error_bar.isVisible()
        and "Your plan was not changed." in window.error_bar.text.text()
    )
    assert [b.text() for b in window.error_bar.buttons] == ["Save a copy as…"]


def test_geometry_is_remembered(editor: PlanEditor, settings: QSettings, qtbot: QtBot) -> None:
    first = MainWindow(editor, settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(790, 560)  # the offscreen screen is 800x600
    first.close()
    second = MainWindow(editor, settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (790, 560)


def test_redo_shortcuts(window: MainWindow, qtbot: QtBot) -> None:
    (task,) = ids_of(window.plan, "Bookkeeping")
    window.editor.move_tasks([task], Column.ME, 0)
    view = window.view(Column.ME)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.plan.board.column_of(task) is Column.VA
    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, shift)
    assert window.plan.board.column_of(task) is Column.ME
    window.undo_action.trigger()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.plan.board.column_of(task) is Column.ME
    assert window.undo_action.text() == "&Undo Move 'Bookkeeping' to Me"


def test_editor_accepts_a_warning_with_a_note(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    (task,) = ids_of(window.plan, "Reply to comments on my blog")
    window.editor.move_tasks([task], Column.VA, 0)

    def fake_exec(dialog: TaskDialog) -> int:
        assert "relationship building" in dialog.advice_label.text()
        assert not dialog.accept_note_edit.isEnabled()
        dialog.accepted_edit.setChecked(True)
        dialog.accept_note_edit.setText("She has my voice down")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(TaskDialog, "exec", fake_exec)
    assert window.edit_task(task)
    edited = window.plan.task(task)
    assert edited.accepted and edited.accept_note == "She has my voice down"


def test_ctrl_e_exports_through_a_save_dialog(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "va"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    qtbot.keyClick(window.view(Column.ME), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert (tmp_path / "va.csv").read_bytes().startswith(b"\xef\xbb\xbfcolumn,position,title")


def test_undo_and_redo_say_what_they_did(window: MainWindow) -> None:
    (task,) = ids_of(window.plan, "Bookkeeping")
    assert not window.undo_action.isEnabled() and window.undo_action.text() == "&Undo"
    window.editor.move_tasks([task], Column.ME, 0)
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "Undone: Move 'Bookkeeping' to Me"
    assert window.redo_action.text() == "&Redo Move 'Bookkeeping' to Me"
    window.redo_action.trigger()
    assert window.statusBar().currentMessage() == "Redone: Move 'Bookkeeping' to Me"
    assert not window.redo_action.isEnabled()


def test_badge_row_test_agrees_with_the_badges(window: MainWindow) -> None:
    from ui.card_delegate import badges_for, has_badges

    plan = window.plan
    (books,) = ids_of(plan, "Bookkeeping")
    window.editor.edit_task(books, TaskChanges(hours_per_week=None))
    (reply,) = ids_of(plan, "Reply to comments on my blog")
    window.editor.edit_task(reply, TaskChanges(hours_per_week=None))
    window.editor.move_tasks([reply], Column.VA, 0)  # a warning is its only badge now
    for column in Column:
        model = window.models[column]
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            task = index.data(Role.TASK)
            assert has_badges(task, index) == bool(badges_for(task, index)), task.title


def test_cards_are_laid_out_again_when_only_the_width_changes(window: MainWindow) -> None:
    """A card's height follows the width (its title wraps), but a top-to-bottom list lays
    itself out again only when its height changes: narrowing the window by its width alone
    (its size grip dragged sideways) left the cards overlapping, widening it left gaps."""
    plan = window.plan
    (task,) = ids_of(plan, "Bookkeeping")
    window.editor.edit_task(task, TaskChanges(title="Bookkeeping and invoices for clients"))
    window.resize(1180, 700)
    view = window.view(Column.VA)
    view.executeDelayedItemsLayout()
    wide = [view.visualRect(view.proxy.index(row, 0)) for row in range(view.proxy.rowCount())]
    window.resize(780, 700)  # the width alone
    central = window.centralWidget()
    assert central is not None
    layout = central.layout()
    assert layout is not None
    layout.activate()
    view.executeDelayedItemsLayout()
    rows = [view.visualRect(view.proxy.index(row, 0)) for row in range(view.proxy.rowCount())]
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = QRect(0, 0, view.viewport().width(), 0)
    for row, rect in enumerate(rows):
        assert (
            rect.height() == view.card_delegate.sizeHint(option, view.proxy.index(row, 0)).height()
        )
    assert all(a.bottom() < b.top() for a, b in itertools.pairwise(rows))
    assert rows[0].height() > wide[0].height()  # the long title takes more lines now


def test_keyboard_steps_count_visible_cards_and_stop_at_the_ends(window: MainWindow) -> None:
    """One step up or down passes one visible card (a card hidden by the search is stepped
    over with it); at the top or the bottom there is nowhere to go; cards arriving from a
    neighbouring column land beside the card they left from."""
    me = window.view(Column.ME)
    ids = window.plan.board.ids(Column.ME)
    assert len(ids) == 3
    assert me.step_row([ids[0]], -1) is None
    assert me.step_row([ids[-1]], 1) is None
    assert me.step_row([ids[1]], -1) == 0
    assert me.step_row([ids[0]], 1) == 2  # after the card below it
    assert me.step_row([ids[0], ids[1]], 1) == 3
    for task_id in (ids[0], ids[2]):
        window.editor.edit_task(task_id, TaskChanges(notes="zebra"))
    window.set_search("zebra")  # hides the middle card
    assert me.view_row(ids[1]) == -1 and me.proxy.rowCount() == 2
    assert me.step_row([ids[0]], 1) == 3  # past the hidden card and the next shown one
    assert me.step_row([ids[2]], -1) == 0
    assert me.step_row([ids[1]], 1) is None  # not visible: not moved
    window.set_search("")
    va = window.view(Column.VA)
    assert va.arrival_row(me.proxy.index(0, 0)) == 0
    assert va.arrival_row(me.proxy.index(2, 0)) == va.proxy.rowCount() == 2
