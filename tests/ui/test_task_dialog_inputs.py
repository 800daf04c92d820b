"""No silent cuts: the task editor and Preferences never cut or change what the plan or the
settings hold; the editor says "needs a title" only when it helps (after a save attempt, or when
the user clears a title)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from planner.model import HOURS_DECIMALS, MAX_HOURS_PER_WEEK, Column, Relationship, TaskChanges
from ui.main_window import MainWindow
from ui.preferences import MAX_RATE, RATE_DECIMALS, Preferences
from ui.preferences_dialog import PreferencesDialog
from ui.task_dialog import TaskDialog
from ui.text_limit import TEXT_LIMIT

LONG_TITLE = "Reply to every comment " + "x" * (40_000 - 23)


def edit_through_the_dialog(
    window: MainWindow, task_id: int, monkeypatch: pytest.MonkeyPatch, change: object
) -> TaskDialog:
    """Open the real editor on ``task_id``, let ``change`` act on it as a user would, press Save."""
    seen: list[TaskDialog] = []

    def run(dialog: TaskDialog) -> int:
        seen.append(dialog)
        assert callable(change)
        change(dialog)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(TaskDialog, "exec", run)
    window.edit_task(task_id)
    return seen[0]


def test_a_40000_character_title_survives_an_edit_of_the_hours(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    task_id = window.editor.add_task(LONG_TITLE, Column.ME)
    assert task_id is not None and len(window.plan.task(task_id).title) == 40_000

    def set_hours(dialog: TaskDialog) -> None:
        assert len(dialog.title_edit.text()) == 40_000  # the field holds all of it
        dialog.hours_edit.setValue(3)

    edit_through_the_dialog(window, task_id, monkeypatch, set_hours)
    task = window.plan.task(task_id)
    assert task.hours_per_week == 3
    assert task.title == LONG_TITLE


def test_a_long_title_can_be_edited_and_stays_whole(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    task_id = window.editor.add_task(LONG_TITLE, Column.ME)
    assert task_id is not None

    def append(dialog: TaskDialog) -> None:
        dialog.title_edit.end(False)
        dialog.title_edit.insert(" today")

    edit_through_the_dialog(window, task_id, monkeypatch, append)
    assert window.plan.task(task_id).title == LONG_TITLE + " today"


def test_untouched_notes_keep_no_break_spaces_and_separators(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = "Price:\u00a0€40\u2028per hour\n\tindented"
    task_id = window.editor.add_task("Invoice", Column.ME, fields=TaskChanges(notes=notes))
    assert task_id is not None
    edit_through_the_dialog(
        window, task_id, monkeypatch, lambda dialog: dialog.frequency_edit.setText("weekly")
    )
    task = window.plan.task(task_id)
    assert task.frequency == "weekly"
    assert task.notes == notes


def test_edited_notes_keep_no_break_spaces(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    task_id = window.editor.add_task(
        "Invoice", Column.ME, fields=TaskChanges(notes="Price:\u00a0€40")
    )
    assert task_id is not None

    def add_line(dialog: TaskDialog) -> None:
        cursor = dialog.notes_edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.insertText("\nDue on the 5th")

    edit_through_the_dialog(window, task_id, monkeypatch, add_line)
    assert window.plan.task(task_id).notes == "Price:\u00a0€40\nDue on the 5th"


def test_a_multi_line_acceptance_note_survives(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    task_id = window.editor.add_task(
        "Thank-you notes",
        Column.VA,
        fields=TaskChanges(
            relationship=Relationship.YES,
            accepted=True,
            accept_note="She has known them for years,\nand signs for me",
        ),
    )
    assert task_id is not None
    edit_through_the_dialog(
        window, task_id, monkeypatch, lambda dialog: dialog.hours_edit.setValue(1)
    )
    assert window.plan.task(task_id).accept_note == (
        "She has known them for years,\nand signs for me"
    )


def test_every_input_takes_what_the_plan_can_hold(qtbot: QtBot) -> None:
    dialog = TaskDialog(None)
    qtbot.addWidget(dialog)
    text_fields = [
        edit
        for edit in dialog.findChildren(QLineEdit)
        if not isinstance(edit.parent(), QAbstractSpinBox)
    ]
    assert {edit.accessibleName() for edit in text_fields} == {
        "Title",
        "How often",
        "Reason for accepting",
        "Done when",
    }
    assert all(edit.maxLength() == TEXT_LIMIT for edit in text_fields)
    assert dialog.hours_edit.maximum() == MAX_HOURS_PER_WEEK
    assert dialog.hours_edit.decimals() == HOURS_DECIMALS
    combo = dialog.relationship_edit
    choices = {combo.itemData(i) for i in range(combo.count())}
    assert choices == {value.value for value in Relationship}


def test_a_new_dialog_shows_no_error_until_a_save_is_tried(qtbot: QtBot) -> None:
    dialog = TaskDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.error_label.isVisibleTo(dialog)
    assert dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted.value


def test_clearing_a_title_shows_the_error_at_once(qtbot: QtBot) -> None:
    dialog = TaskDialog(None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Pa")
    assert not dialog.error_label.isVisibleTo(dialog)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Backspace)
    assert dialog.error_label.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.title_edit, "Pay bills")
    assert not dialog.error_label.isVisibleTo(dialog)


def test_an_edit_returns_only_the_changed_fields(qtbot: QtBot, window: MainWindow) -> None:
    task_id = window.editor.add_task(
        "Invoice", Column.ME, fields=TaskChanges(notes="monthly", hours_per_week=2)
    )
    assert task_id is not None
    dialog = TaskDialog(window, window.plan.task(task_id))
    qtbot.addWidget(dialog)
    assert dialog.values() == TaskChanges()
    dialog.hours_edit.setValue(2.5)
    assert dialog.values() == TaskChanges(hours_per_week=2.5)


def test_preferences_dialog_returns_what_it_was_given(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    settings.setValue("prefs/hourly_rate", 12.345)
    settings.setValue("prefs/owner_rate", 250_000)
    settings.setValue("prefs/currency", "CHF")
    settings.setValue("prefs/boundary", "Clients\u00a0first.\nAlways.")
    loaded = Preferences.load(settings)
    assert loaded.hourly_rate == 12.35 and loaded.owner_rate == MAX_RATE
    dialog = PreferencesDialog(loaded)
    qtbot.addWidget(dialog)
    assert dialog.value() == loaded
    assert dialog.rate.maximum() == MAX_RATE and dialog.rate.decimals() == RATE_DECIMALS
