"""Importing the VA's CSV in the window: updates instead of duplicates, one undo step, and the
touched cards selected and scrolled to."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from planner.csv_export import export_bytes
from planner.model import Column
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
