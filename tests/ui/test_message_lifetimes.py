"""Messages with a lifetime: each bar or status message goes when its cause does; status text
fits beside the warnings label; an error says each thing once and offers only what helps."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from planner.model import Column, Relationship, TaskChanges
from planner.plan import Plan
from ui.main_window import MainWindow
from ui.plan_windows import PlanWindows
from ui.task_dialog import TaskDialog

from .conftest import ids_of, titles


def bad_and_good(tmp_path: Path) -> tuple[Path, Path]:
    bad = tmp_path / "bad.csv"
    bad.write_text("title,column\nok,Me\n,Me\n", encoding="utf-8")
    good = tmp_path / "good.csv"
    good.write_text("title\nSend the newsletter\n", encoding="utf-8")
    return bad, good


def test_a_failed_import_says_it_once_and_offers_another_file(
    window: MainWindow, tmp_path: Path
) -> None:
    bad, _ = bad_and_good(tmp_path)
    assert window.files.import_csv(bad) is None
    text = window.error_bar.text.text()
    assert text.count("Nothing was imported") == 1
    assert "line 3" in text
    assert "Your plan was not changed" not in text  # "Nothing was imported" already says it
    assert [b.text() for b in window.error_bar.buttons] == ["Import another file…"]
    assert window.statusBar().currentMessage() == ""  # not repeated below


def test_the_import_error_goes_when_an_import_succeeds(window: MainWindow, tmp_path: Path) -> None:
    bad, good = bad_and_good(tmp_path)
    window.files.import_csv(bad)
    assert window.error_bar.isVisible()
    assert window.files.import_csv(good) is not None
    assert not window.error_bar.isVisible()


def test_an_export_does_not_clear_an_import_error(window: MainWindow, tmp_path: Path) -> None:
    bad, _ = bad_and_good(tmp_path)
    window.files.import_csv(bad)
    assert window.files.export_csv(tmp_path / "out.csv") is not None
    assert window.error_bar.isVisible() and "Nothing was imported" in window.error_bar.text.text()


def test_a_failed_save_goes_with_the_next_saved_change(window: MainWindow) -> None:
    plan = window.plan
    plan.store.conn.execute(
        "CREATE TEMP TRIGGER refuse BEFORE UPDATE ON tasks "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    (books,) = ids_of(plan, "Bookkeeping")
    assert window.editor.move_tasks([books], Column.ME, 0) is False
    assert window.error_bar.isVisible()
    plan.store.conn.execute("DROP TRIGGER refuse")
    assert window.editor.move_tasks([books], Column.ME, 0)
    assert not window.error_bar.isVisible()


def test_the_search_count_goes_when_the_search_is_cleared(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search, "podcast")
    assert window.statusBar().currentMessage() == "Showing 2 of 6 tasks"
    window.search.clear()
    assert window.statusBar().currentMessage() == ""


def test_clearing_the_search_leaves_a_newer_message(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search, "podcast")
    window.announce("Exported 6 tasks to plan.csv")
    window.search.clear()
    assert window.statusBar().currentMessage() == "Exported 6 tasks to plan.csv"


def test_a_move_message_goes_with_the_next_change(window: MainWindow, qtbot: QtBot) -> None:
    (books,) = ids_of(window.plan, "Bookkeeping")
    window.editor.move_tasks([books], Column.ME, 0)
    assert window.statusBar().currentMessage().startswith("Moved 'Bookkeeping' to Me")
    window.editor.edit_task(
        books, TaskChanges(hours_per_week=3)
    )  # a change that says nothing itself
    assert window.statusBar().currentMessage() == ""


def test_a_split_replaces_the_move_message_and_keeps_the_row(
    window: MainWindow, qtbot: QtBot
) -> None:
    (reply,) = ids_of(window.plan, "Reply to comments on my blog")
    window.editor.move_tasks([reply], Column.VA, 1)
    assert window.statusBar().currentMessage().startswith("Moved")
    prep = window.split_task(reply)
    assert prep is not None
    message = window.statusBar().currentMessage()
    assert not message.startswith("Moved")
    assert message.startswith("Split 'Reply to comments on my blog'")
    assert window.plan.board.place(reply) == (Column.ME, 1)  # the row it had, not the end
    assert window.plan.board.place(prep) == (Column.VA, 1)
    assert window.view(Column.VA).selected_ids() == [prep]
    assert window.view(Column.ME).selected_ids() == [reply]
    assert titles(window.plan, Column.ME) == [
        "Record the podcast",
        "Reply to comments on my blog",
        "Attend a networking event",
    ]


def test_long_status_text_is_elided_beside_the_warnings_label(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.statusBar().width() <= 800)
    long = "Imported a-very-long-file-name.csv: " + ", ".join(f"task {n}" for n in range(200))
    window.announce(long)
    status = window.status
    shown = status.currentMessage()
    assert shown != long and shown.endswith("…")
    assert status.fontMetrics().horizontalAdvance(shown) <= status.room()
    label = window.warning_label
    assert status.room() + label.width() <= status.width()
    assert status.full_message() == long
    assert status.toolTip() == long
    window.resize(1180, 760)
    qtbot.waitUntil(lambda: len(status.currentMessage()) > len(shown))


def test_a_short_message_is_shown_whole(window: MainWindow) -> None:
    window.announce("Exported 6 tasks to plan.csv")
    assert window.statusBar().currentMessage() == "Exported 6 tasks to plan.csv"
    assert window.statusBar().toolTip() == ""


def test_messages_go_when_their_plan_is_closed(
    tmp_path: Path, settings: QSettings, qtbot: QtBot, home: Path
) -> None:
    first, second = tmp_path / "one.dplan", tmp_path / "two.dplan"
    for path in (first, second):
        Plan.open(path, create=True).close()
    windows = PlanWindows(settings)
    window = windows.show(Plan.open(first))
    qtbot.addWidget(window)
    bad, _ = bad_and_good(tmp_path)
    window.files.import_csv(bad)
    window.announce("Exported 0 tasks to plan.csv")
    assert window.error_bar.isVisible()
    assert windows.open_path(second)
    other = windows.window
    assert other is not None and other is not window
    qtbot.addWidget(other)
    assert not window.isVisible()
    assert other.error_bar.isHidden() and other.statusBar().currentMessage() == ""
    if windows.plan is not None:
        windows.plan.close()


def _edit_with(monkeypatch: pytest.MonkeyPatch, change: Callable[[TaskDialog], object]) -> None:
    def fake_exec(dialog: TaskDialog) -> int:
        change(dialog)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(TaskDialog, "exec", fake_exec)


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            lambda d: (d.hours_edit.setValue(3), d.notes_edit.setPlainText("Every Friday")),
            "Edited 'Bookkeeping': notes and hours per week",
        ),
        (
            lambda d: d.title_edit.setText("Bookkeeping and invoices"),
            "Renamed 'Bookkeeping' to 'Bookkeeping and invoices'",
        ),
        (
            lambda d: (d.title_edit.setText("Invoices"), d.hours_edit.setValue(3)),
            "Renamed 'Bookkeeping' to 'Invoices' and changed its hours per week",
        ),
        (
            lambda d: d.needs_approval_edit.setChecked(True),
            "Edited 'Bookkeeping': draft only (now on)",
        ),
    ],
)
def test_an_edit_says_what_changed_and_goes_with_the_next_change(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    change: Callable[[TaskDialog], object],
    said: str,
) -> None:
    """Added, moved, deleted and split tasks said so; an edit said nothing."""
    (books,) = ids_of(window.plan, "Bookkeeping")
    _edit_with(monkeypatch, change)
    assert window.edit_task(books)
    status = window.statusBar()
    assert status.currentMessage() == said
    window.undo()  # the edit's cause is gone: undo says so instead
    assert status.currentMessage().startswith("Undone: Edit 'Bookkeeping")
    window.redo()
    assert status.currentMessage().startswith("Redone: Edit 'Bookkeeping")
    window.edit_task(books)  # the message of an edit that changes nothing again stays...
    assert status.currentMessage().startswith("Redone: Edit 'Bookkeeping")
    window.editor.edit_task(books, TaskChanges(hours_per_week=5))  # ...the next change clears it
    assert status.currentMessage() == ""


def test_an_edit_that_changes_nothing_says_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    (books,) = ids_of(window.plan, "Bookkeeping")
    window.editor.move_tasks([books], Column.ME, 0)
    window.announce("Exported 6 tasks to plan.csv")
    _edit_with(monkeypatch, lambda dialog: None)
    assert window.edit_task(books)
    assert window.statusBar().currentMessage() == "Exported 6 tasks to plan.csv"


def test_marking_and_keeping_tasks_say_so(window: MainWindow) -> None:
    plan = window.plan
    (books,) = ids_of(plan, "Bookkeeping")
    (podcast,) = ids_of(plan, "Upload the podcast")
    status = window.statusBar()
    window.set_relationship([books], Relationship.YES)
    assert status.currentMessage() == "Marked 'Bookkeeping' as building a relationship"
    window.set_relationship([books, podcast], Relationship.NO)
    assert status.currentMessage() == "Marked 2 tasks as not building a relationship"
    window.set_relationship([books, podcast], Relationship.AUTO)
    assert status.currentMessage() == "Marked 2 tasks for the advisor to judge"
    window.announce("Exported 6 tasks to plan.csv")
    window.set_relationship([books], Relationship.AUTO)  # already so: nothing changed
    assert status.currentMessage() == "Exported 6 tasks to plan.csv"
    (reply,) = ids_of(plan, "Reply to comments on my blog")
    window.editor.move_tasks([reply], Column.VA, 0)
    window.keep_with_va([reply])
    assert status.currentMessage() == "Kept 'Reply to comments on my blog' with your VA on purpose"
