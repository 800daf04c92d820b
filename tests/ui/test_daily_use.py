"""Daily use: search with moves, summary figures, multi-select, plan files, import, shortcuts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from planner.backups import list_backups, make_backup
from planner.model import Column, TaskChanges
from planner.plan import Plan
from ui.main_window import MainWindow
from ui.plan_windows import PlanWindows
from ui.preferences import Preferences
from ui.settings import Appearance
from ui.shortcut_sheet import ShortcutSheet, rows

from .conftest import ids_of, titles


def test_search_filters_all_columns_and_counts(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "podcast")
    assert window.view(Column.ME).proxy.rowCount() == 1
    assert window.view(Column.VA).proxy.rowCount() == 1
    assert window.panels[Column.ME].count.text() == "1 of 3 tasks · 4.5 h/week"
    assert window.panels[Column.NOBODY].count.text() == "0 of 1 task · 1.5 h/week"
    assert window.statusBar().currentMessage() == "Showing 2 of 6 tasks"
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert window.view(Column.ME).proxy.rowCount() == 3


def test_search_matches_notes_and_ignores_accents(window: MainWindow) -> None:
    (task,) = ids_of(window.plan, "Bookkeeping")
    window.editor.edit_task(task, TaskChanges(notes="Invoices for the Café client"))
    window.search.setText("cafe invoices")
    assert window.view(Column.VA).proxy.rowCount() == 1
    assert window.view(Column.ME).proxy.rowCount() == 0


def test_moves_with_a_filter_keep_hidden_cards_in_order(window: MainWindow, qtbot: QtBot) -> None:
    plan = window.plan
    window.search.setText("podcast")
    me = window.view(Column.ME)
    me.setFocus()
    me.setCurrentIndex(me.proxy.index(0, 0))  # "Record the podcast", the only visible card
    qtbot.keyClick(me, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    # The target has one visible card ("Upload the podcast", row 1 of 2); the card lands before it.
    assert titles(plan, Column.VA) == ["Bookkeeping", "Record the podcast", "Upload the podcast"]
    assert titles(plan, Column.ME) == ["Reply to comments on my blog", "Attend a networking event"]
    va = window.view(Column.VA)
    qtbot.keyClick(va, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(plan, Column.VA) == ["Bookkeeping", "Upload the podcast", "Record the podcast"]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert titles(plan, Column.ME)[1] == "Record the podcast"


def test_multi_select_with_shift_arrows_moves_together(window: MainWindow, qtbot: QtBot) -> None:
    plan = window.plan
    me = window.view(Column.ME)
    me.setFocus()
    me.setCurrentIndex(me.proxy.index(0, 0))
    qtbot.keyClick(me, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert me.selected_ids() == ids_of(plan, "Reply to comments on my blog", "Record the podcast")
    qtbot.keyClick(me, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert titles(plan, Column.VA) == [
        "Bookkeeping",
        "Reply to comments on my blog",
        "Record the podcast",
        "Upload the podcast",
    ]
    assert window.editor.undo_stack.undoText() == "Move 2 tasks to My VA"
    assert window.editor.undo_stack.count() == 1
    window.undo_action.trigger()
    assert titles(plan, Column.ME) == [
        "Reply to comments on my blog",
        "Record the podcast",
        "Attend a networking event",
    ]


def test_ctrl_click_selection_and_delete_several(
    window: MainWindow, qtbot: QtBot, plan_path: Path
) -> None:
    me = window.view(Column.ME)
    selection = me.selectionModel()
    selection.select(me.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.Select)
    selection.select(me.proxy.index(2, 0), QItemSelectionModel.SelectionFlag.Select)
    me.setFocus()
    qtbot.keyClick(me, Qt.Key.Key_Delete)
    assert titles(window.plan, Column.ME) == ["Record the podcast"]
    assert window.editor.undo_stack.undoText() == "Delete 2 tasks"
    window.undo_action.trigger()
    assert len(titles(window.plan, Column.ME)) == 3
    conn = sqlite3.connect(plan_path)
    assert conn.execute("SELECT count(*) FROM tasks WHERE column_name = 'Me'").fetchone() == (3,)
    conn.close()


def test_summary_updates_live(window: MainWindow) -> None:
    summary = window.summary
    assert summary.freed.text() == "Frees 4.5 h/week"
    window.apply_preferences(Preferences(hourly_rate=20, currency="€"))
    assert summary.cost.text() == "VA ≈ €260/month at €20.00/h"
    (task,) = ids_of(window.plan, "Record the podcast")
    window.editor.move_tasks([task], Column.VA, 0)
    assert summary.freed.text() == "Frees 6 h/week"
    assert summary.cost.text() == "VA ≈ €390/month at €20.00/h"
    window.editor.edit_task(task, TaskChanges(hours_per_week=4))
    assert summary.freed.text() == "Frees 8.5 h/week"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert summary.freed.text() == "Frees 4.5 h/week"
    assert "Me 4.5" in summary.accessibleDescription()


def test_import_csv_is_one_undoable_step(
    window: MainWindow, tmp_path: Path, plan_path: Path
) -> None:
    sheet = tmp_path / "list.csv"
    sheet.write_text(
        "title,column,hours_per_week\nSchedule posts,My VA,1\nCall a client,Me,\n", encoding="utf-8"
    )
    ids = window.files.import_csv(sheet)
    assert ids is not None and len(ids) == 2
    assert titles(window.plan, Column.VA)[-1] == "Schedule posts"
    assert (
        window.statusBar().currentMessage()
        == "Imported list.csv: 2 added, 0 updated, 0 unchanged (1 to Me, 1 to My VA)"
    )
    assert window.editor.undo_stack.undoText() == "Import list.csv (2 added, 0 updated)"
    # The imported cards are selected and scrolled to, the first one's column focused.
    assert window.view(Column.VA).selected_ids() == [ids[0]]
    assert window.view(Column.ME).selected_ids() == [ids[1]]
    assert window.view(Column.VA).current_id() == ids[0]
    window.undo_action.trigger()
    assert len(window.plan.board) == 6
    window.redo_action.trigger()
    assert [window.plan.task(i).title for i in ids] == ["Schedule posts", "Call a client"]
    conn = sqlite3.connect(plan_path)
    assert conn.execute("SELECT count(*) FROM tasks").fetchone() == (8,)
    conn.close()


def test_bad_csv_imports_nothing_and_says_why(window: MainWindow, tmp_path: Path) -> None:
    sheet = tmp_path / "bad.csv"
    sheet.write_text("title,column\nok,Me\n,Me\nfine,Boss\n", encoding="utf-8")
    assert window.files.import_csv(sheet) is None
    assert len(window.plan.board) == 6
    text = window.error_bar.text.text()
    assert "Nothing was imported" in text and "line 3" in text and "line 4" in text


def test_save_copy_and_restore_backup(window: MainWindow, tmp_path: Path, home: Path) -> None:
    copy = window.files.save_copy(tmp_path / "copy.dplan")
    assert copy is not None
    with Plan.open(copy) as saved:
        assert len(saved.board) == 6
    backup = make_backup(window.plan.store)
    window.editor.delete_tasks(window.plan.board.ids(Column.ME))
    assert window.files.restore_backup(backup.path)
    assert len(window.plan.board) == 6
    assert window.models[Column.ME].rowCount() == 3
    assert len(list_backups(window.plan.path)) == 2  # the restored-over state was kept too
    stack = window.editor.undo_stack
    assert stack.undoText().startswith("Restore the backup from ")
    assert window.statusBar().currentMessage().startswith("Restored the backup from ")
    for path in list_backups(window.plan.path):  # undo and redo need no backup file
        path.path.unlink()
    window.undo_action.trigger()  # back to the state the restore replaced
    assert titles(window.plan, Column.ME) == []
    assert window.models[Column.ME].rowCount() == 0
    window.undo_action.trigger()  # and the delete before it is undone as usual
    assert len(titles(window.plan, Column.ME)) == 3
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert len(titles(window.plan, Column.ME)) == 3 and len(window.plan.board) == 6
    with Plan.open(window.plan.path, read_only=True) as on_disk:
        assert len(on_disk.board) == 6


def test_open_another_plan_and_recent(
    tmp_path: Path, settings: QSettings, qtbot: QtBot, home: Path
) -> None:
    first, second = tmp_path / "one.dplan", tmp_path / "two.dplan"
    with Plan.open(first, create=True) as plan:
        plan.add("in one")
    with Plan.open(second, create=True) as plan:
        plan.add("in two")
    windows = PlanWindows(settings)
    window = windows.show(windows.start(first))
    qtbot.addWidget(window)
    assert windows.open_path(second)
    assert windows.window is not None and windows.window is not window
    qtbot.addWidget(windows.window)
    assert windows.window.windowTitle() == "two — Delegation Planner"
    assert windows.recent()[:2] == [second.resolve(), first.resolve()]
    again = PlanWindows(settings)
    plan = again.start(None)
    assert plan.path.resolve() == second.resolve()
    plan.close()
    assert windows.plan is not None
    windows.plan.close()


def test_opening_a_bad_plan_keeps_the_current_one(
    tmp_path: Path, settings: QSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, bad = tmp_path / "good.dplan", tmp_path / "bad.dplan"
    Plan.open(good, create=True).close()
    bad.write_text("hello")
    windows = PlanWindows(settings)
    window = windows.show(windows.start(good))
    qtbot.addWidget(window)
    problems: list[str] = []
    monkeypatch.setattr(
        windows,
        "ask_for_plan",
        lambda problem, parent=None, error=None: problems.append(problem),
    )
    assert not windows.open_path(bad)
    assert windows.window is window and "not an SQLite database" in problems[0]
    assert bad.read_text() == "hello"
    assert windows.plan is not None
    windows.plan.close()


def test_f1_opens_the_shortcut_sheet(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ShortcutSheet] = []

    def fake_exec(sheet: ShortcutSheet) -> int:
        shown.append(sheet)
        return 0

    monkeypatch.setattr(ShortcutSheet, "exec", fake_exec)
    qtbot.keyClick(window.view(Column.ME), Qt.Key.Key_F1)
    assert len(shown) == 1
    assert shown[0].table.rowCount() == len(rows())
    keys = [window.shortcuts_action.shortcuts()[i].toString() for i in range(2)]
    assert keys == ["F1", "?"]


def test_preferences_are_saved(
    window: MainWindow, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import preferences_dialog as preferences

    def fake_exec(dialog: QDialog) -> int:
        dialog.rate.setValue(25)  # type: ignore[attr-defined]
        dialog.currency.setText("£")  # type: ignore[attr-defined]
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(preferences.PreferencesDialog, "exec", fake_exec)
    window.edit_preferences()
    assert Preferences.load(settings) == Preferences(25.0, "£", Appearance.SYSTEM)
    assert "£25.00/h" in window.summary.cost.text()


def test_empty_column_paints_a_hint(window: MainWindow) -> None:
    (only,) = ids_of(window.plan, "Buy followers")
    window.editor.move_tasks([only], Column.ME, 0)
    image = window.view(Column.NOBODY).viewport().grab().toImage()
    assert not image.isNull()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 1  # the dashed outline and the words, not a blank area


def test_file_open_event_opens_the_plan(tmp_path: Path, settings: QSettings, qtbot: QtBot) -> None:
    """macOS sends a FileOpen event when a plan is double-clicked in the Finder."""
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    first, second = tmp_path / "one.dplan", tmp_path / "two.dplan"
    Plan.open(first, create=True).close()
    with Plan.open(second, create=True) as plan:
        plan.add("from the Finder")
    windows = PlanWindows(settings)
    windows.show(windows.start(first))  # replaced (and deleted) below, so not given to qtbot
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(windows)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(second)))
    finally:
        app.removeEventFilter(windows)
    assert windows.plan is not None and windows.plan.path == second
    assert windows.window is not None
    qtbot.addWidget(windows.window)
    windows.plan.close()
