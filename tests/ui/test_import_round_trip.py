"""Importing the VA's CSV in the window: updates instead of duplicates, one undo step, and the
touched cards selected and scrolled to."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from planner.csv_export import export_bytes
from planner.csv_import import read_csv
from planner.import_plan import plan_import
from planner.model import Column
from ui.import_preview import ImportPreview
from ui.main_window import MainWindow

from .conftest import ids_of, titles


def edited_export(window: MainWindow, tmp_path: Path) -> Path:
    """The plan's export with the Bookkeeping note edited and Record the podcast sent to the VA."""
    rows = list(csv.reader(io.StringIO(export_bytes(window.plan).decode("utf-8-sig"), newline="")))
    header = rows[0]
    for row in rows[1:]:
        if row[header.index("title")] == "Bookkeeping":
            row[header.index("notes")] = "Receipts in the shared folder"
        if row[header.index("title")] == "Record the podcast":
            row[header.index("column")] = "My VA"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path = tmp_path / "from-va.csv"
    path.write_bytes(("\ufeff" + buffer.getvalue()).encode("utf-8"))
    return path


def test_reimporting_the_own_export_changes_nothing(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    assert window.files.export_csv(path) == path
    before = export_bytes(window.plan)
    assert window.files.import_csv(path) == []
    assert len(window.plan.board) == 6
    assert export_bytes(window.plan) == before
    assert window.editor.undo_stack.count() == 0
    assert window.statusBar().currentMessage() == (
        "Imported plan.csv: 0 added, 0 updated, 6 unchanged"
    )


def test_edits_from_the_va_update_in_one_undo_step(window: MainWindow, tmp_path: Path) -> None:
    path = edited_export(window, tmp_path)
    before = export_bytes(window.plan)
    podcast, books = ids_of(window.plan, "Record the podcast", "Bookkeeping")
    touched = window.files.import_csv(path)
    assert touched is not None and sorted(touched) == sorted([podcast, books])
    assert len(window.plan.board) == 6
    assert window.plan.task(books).notes == "Receipts in the shared folder"
    assert titles(window.plan, Column.VA)[-1] == "Record the podcast"
    assert window.view(Column.VA).selected_ids() == [books, podcast]
    assert window.statusBar().currentMessage() == (
        "Imported from-va.csv: 0 added, 2 updated, 4 unchanged"
    )
    window.undo_action.trigger()
    assert export_bytes(window.plan) == before
    window.redo_action.trigger()
    assert window.plan.task(books).notes == "Receipts in the shared folder"


# -- the preview -----------------------------------------------------------------------------


def test_preview_lists_added_updated_and_unchanged(window: MainWindow, tmp_path: Path) -> None:
    path = edited_export(window, tmp_path)
    with path.open("a", encoding="utf-8", newline="") as handle:
        handle.write("My VA,,Schedule the posts,,,no,,,\r\n")
    planned = plan_import(window.plan, read_csv(path))
    dialog = ImportPreview(planned, window)
    assert dialog.summary.text() == (
        "From from-va.csv: 1 added, 2 updated, 4 unchanged. Nothing is deleted. "
        "The whole import is one step you can undo."
    )
    assert dialog.group_rows(dialog.added_group) == [("Schedule the posts", "new task in My VA")]
    assert dialog.group_rows(dialog.updated_group) == [
        ("Record the podcast", "column: Me → My VA"),
        ("Bookkeeping", "notes added"),
    ]
    assert [title for title, _ in dialog.group_rows(dialog.unchanged_group)] == [
        "Reply to comments on my blog",
        "Attend a networking event",
        "Upload the podcast",
        "Buy followers",
    ]
    assert dialog.tree.isExpanded(dialog.updated_group.index())
    assert not dialog.tree.isExpanded(dialog.unchanged_group.index())
    assert dialog.import_button.isDefault()
    dialog.deleteLater()


def test_preview_says_a_title_a_spreadsheet_cut_by_its_lengths(
    window: MainWindow, tmp_path: Path
) -> None:
    """A 40,000-character title comes back cut to the 32,767 characters a spreadsheet cell
    holds: the preview says so, not "title: Reply to every comment xx… → Reply to every
    comment xx…" (two starts that read the same)."""
    from planner.model import TaskChanges

    (task_id,) = ids_of(window.plan, "Bookkeeping")
    title = "Reply to every comment " + "x" * (40_000 - 23)
    window.editor.edit_task(task_id, TaskChanges(title=title))
    rows = list(csv.reader(io.StringIO(export_bytes(window.plan).decode("utf-8-sig"), newline="")))
    column = rows[0].index("title")
    (row,) = [row for row in rows[1:] if row[column] == title]
    row[column] = title[:32_767]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path = tmp_path / "cut.csv"
    path.write_bytes(("\ufeff" + buffer.getvalue()).encode("utf-8"))
    dialog = ImportPreview(plan_import(window.plan, read_csv(path)), window)
    ((shown, what),) = dialog.group_rows(dialog.updated_group)
    assert shown == title
    assert what == (
        "title shortened from 40,000 to 32,767 characters (a spreadsheet cell holds at most 32,767)"
    )
    dialog.deleteLater()


def test_preview_of_nothing_to_change_offers_only_close(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "same.csv"
    window.files.export_csv(path)
    dialog = ImportPreview(plan_import(window.plan, read_csv(path)), window)
    assert not dialog.import_button.isEnabled()
    assert dialog.cancel_button.text() == "Close"
    assert "there is nothing to import" in dialog.summary.text()
    dialog.deleteLater()


def answer_preview(button: str) -> None:
    """Click ``button`` of the preview once it is up (run from a zero timer)."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ImportPreview)
    target = dialog.import_button if button == "Import" else dialog.cancel_button
    QTest.mouseClick(target, Qt.MouseButton.LeftButton)


def test_cancel_in_the_preview_writes_nothing(window: MainWindow, tmp_path: Path) -> None:
    path = edited_export(window, tmp_path)
    before = export_bytes(window.plan)
    QTimer.singleShot(0, lambda: answer_preview("Cancel"))
    assert window.files.import_csv(path, preview=True) is None
    assert export_bytes(window.plan) == before
    assert window.editor.undo_stack.count() == 0


def test_import_in_the_preview_applies_it(window: MainWindow, tmp_path: Path) -> None:
    path = edited_export(window, tmp_path)
    QTimer.singleShot(0, lambda: answer_preview("Import"))
    touched = window.files.import_csv(path, preview=True)
    assert touched is not None and len(touched) == 2
    assert window.editor.undo_stack.count() == 1
