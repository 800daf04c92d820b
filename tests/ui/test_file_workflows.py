"""The file workflows controller: each workflow with a path (no dialog) and through its dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from planner.backups import list_backups, make_backup
from planner.model import Column
from planner.plan import Plan
from ui.file_workflows import FileWorkflows
from ui.plan_editor import PlanEditor
from ui.settings import EXPORT_FOLDER, IMPORT_FOLDER

from .conftest import titles


class FakeSwitcher:
    """Records what the workflows ask of the plan switcher."""

    def __init__(self, recent: list[Path]) -> None:
        self.calls: list[tuple[str, object]] = []
        self._recent = recent

    def recent(self) -> list[Path]:
        return self._recent

    def open_path(self, path: Path) -> bool:
        self.calls.append(("open_path", path))
        return True

    def choose_and_open(self) -> bool:
        self.calls.append(("choose_and_open", None))
        return True

    def choose_and_create(self, starter: bool) -> bool:
        self.calls.append(("choose_and_create", starter))
        return True


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def files(editor: PlanEditor, settings: QSettings, parent: QWidget) -> FileWorkflows:
    return FileWorkflows(editor, settings, parent, FakeSwitcher([]))


def test_export_announces_and_remembers_the_folder(
    files: FileWorkflows, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "plan"
    target.parent.mkdir()
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    with qtbot.waitSignal(files.announced) as said:
        assert files.export_csv() == target.with_suffix(".csv")
    assert said.args == [f"Exported 6 tasks to {target.with_suffix('.csv')}"]
    assert EXPORT_FOLDER.read(files.settings) == target.parent


def test_export_cancelled_does_nothing(
    files: FileWorkflows, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: ("", ""))
    with qtbot.assertNotEmitted(files.announced), qtbot.assertNotEmitted(files.failed):
        assert files.export_csv() is None


def test_export_failure_says_the_plan_is_fine(
    files: FileWorkflows, qtbot: QtBot, tmp_path: Path
) -> None:
    with qtbot.waitSignal(files.failed) as failed:
        assert files.export_csv(tmp_path / "missing" / "x.csv") is None
    message, cause = failed.args
    assert message.startswith("The CSV could not be written to ") and cause == "export"
    assert message.count("could not be written") == 1  # said once


def test_import_in_three_steps_is_one_undo_step(
    files: FileWorkflows, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = tmp_path / "tasks.csv"
    sheet.write_text("title,column\nPay invoices,My VA\n", encoding="utf-8")
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(sheet), "")
    )
    source = files.choose_import_source()
    assert source == sheet and IMPORT_FOLDER.read(files.settings) == tmp_path
    planned = files.read_import(sheet)
    assert planned is not None and len(files.plan.board) == 6  # reading changes nothing
    with qtbot.waitSignal(files.tasksTouched) as touched, qtbot.waitSignal(files.announced) as said:
        ids = files.apply_import(planned, sheet)
    assert ids is not None and touched.args == [ids]
    assert said.args == ["Imported tasks.csv: 1 added, 0 updated, 0 unchanged (1 to My VA)"]
    assert titles(files.plan, Column.VA)[-1] == "Pay invoices"
    files.editor.undo_stack.undo()
    assert len(files.plan.board) == 6


def test_bad_import_changes_nothing(files: FileWorkflows, qtbot: QtBot, tmp_path: Path) -> None:
    sheet = tmp_path / "bad.csv"
    sheet.write_text("title,column\n,Me\n", encoding="utf-8")
    with qtbot.waitSignal(files.failed) as failed:
        assert files.import_csv(sheet) is None
    assert failed.args[0].count("Nothing was imported") == 1 and failed.args[1] == "import"
    assert files.editor.undo_stack.count() == 0


def test_save_copy_failure_is_reported(files: FileWorkflows, qtbot: QtBot, tmp_path: Path) -> None:
    foreign = tmp_path / "notes.dplan"
    foreign.write_text("my notes")
    with qtbot.waitSignal(files.failed) as failed:
        assert files.save_copy(foreign) is None
    assert failed.args[0].startswith("The copy could not be saved.")
    assert foreign.read_text() == "my notes"


def test_restore_without_backups_says_so(files: FileWorkflows, qtbot: QtBot, home: Path) -> None:
    with qtbot.waitSignal(files.noted) as noted:
        assert files.restore_backup() is False
    assert noted.args == ["There are no backups of this plan yet."]


def test_restore_through_the_dialog_is_undoable(
    files: FileWorkflows, qtbot: QtBot, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = files.plan
    backup = make_backup(plan.store)
    files.editor.delete_tasks(plan.board.ids(Column.VA))
    offered: list[list[str]] = []

    def choose(*args: object) -> tuple[str, bool]:
        labels = args[3]
        assert isinstance(labels, list)
        offered.append(labels)
        return labels[0], True

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getItem", choose)
    with qtbot.waitSignal(files.announced):
        assert files.restore_backup()
    assert offered == [[backup.label]]
    assert titles(plan, Column.VA) == ["Bookkeeping", "Upload the podcast"]
    assert len(list_backups(plan.path)) == 2
    files.editor.undo_stack.undo()
    assert titles(plan, Column.VA) == []


def test_restore_of_a_bad_backup_is_refused(
    files: FileWorkflows, editor: PlanEditor, qtbot: QtBot, tmp_path: Path, home: Path
) -> None:
    bogus = tmp_path / "bogus.dplan"
    bogus.write_text("not a plan")
    with qtbot.waitSignal(editor.failed):
        assert files.restore_backup(bogus) is False
    assert len(files.plan.board) == 6 and editor.undo_stack.count() == 0


def test_plan_switching_is_typed_calls(
    editor: PlanEditor, settings: QSettings, parent: QWidget, tmp_path: Path
) -> None:
    other = tmp_path / "other.dplan"
    Plan.open(other, create=True).close()
    switcher = FakeSwitcher([editor.plan.path.resolve(), other, tmp_path / "gone.dplan"])
    files = FileWorkflows(editor, settings, parent, switcher)
    assert files.new_plan(starter=True) and files.new_plan(starter=False) and files.open_plan()
    menu = QMenu(parent)
    files.fill_recent(menu)
    entries = menu.actions()
    assert [a.text().split("  ")[0] for a in entries] == ["other", "gone"]
    assert entries[0].isEnabled() and not entries[1].isEnabled()
    entries[0].trigger()
    assert switcher.calls == [
        ("choose_and_create", True),
        ("choose_and_create", False),
        ("choose_and_open", None),
        ("open_path", other),
    ]


def test_without_a_switcher_nothing_happens(files: FileWorkflows, editor: PlanEditor) -> None:
    alone = FileWorkflows(editor, files.settings, files.parent_widget)
    assert not alone.open_plan() and not alone.new_plan(starter=True)
    menu = QMenu(files.parent_widget)
    alone.fill_recent(menu)
    assert [a.text() for a in menu.actions()] == ["No other recent plans"]
