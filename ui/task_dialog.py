"""The task editor: title, notes, hours per week, how often, the steps and "done when" a VA
works from, whether a draft needs the owner's approval, and the relationship setting.

Validation is inline: the message under the form appears once the user tries to save without a
title or clears the title, never on a fresh dialog; Ctrl+Enter saves and Esc cancels. The dialog
only collects values: the caller applies them through the plan editor so they are undoable.

No input cuts or changes what the plan holds: text fields take any length (Qt's line edit would
stop at 32,767 characters), notes are read back raw (``toPlainText`` would turn no-break spaces
into spaces), the hours box has the core's range and precision (0 to 168, two decimals), and
when a task is edited only the fields the user changed are returned, so an untouched field is
never rewritten.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner import advice
from planner.advisor import TaskKind
from planner.advisor.decisions import Decision, of_board
from planner.board import Board
from planner.model import (
    HOURS_DECIMALS,
    MAX_HOURS_PER_WEEK,
    TASK_SCHEMA,
    Column,
    FieldKind,
    Relationship,
    Schema,
    Task,
    TaskChanges,
    field_spec,
)
from ui.colours import Tone, accent, surface
from ui.steps_editor import StepsEditor
from ui.text_limit import TEXT_LIMIT

NO_HOURS = "not set"
#: The hours box shows one step below zero as "not set".
UNSET_HOURS = -0.25
#: What the advisor line says of a task that builds no relationship, by its kind of work.
KIND_WORDS = {
    TaskKind.ADMIN: "admin work, a good fit for your VA.",
    TaskKind.PRODUCTION: "production work, a good fit for your VA.",
    TaskKind.RESEARCH: "research or preparation, a good fit for your VA.",
    TaskKind.SETUP: "set-up work, a good fit for your VA.",
    TaskKind.OTHER: "nothing in this wording builds a relationship.",
}
RELATIONSHIP_CHOICES = (
    (Relationship.AUTO, "Let the advisor decide"),
    (Relationship.YES, "Yes: this builds a relationship"),
    (Relationship.NO, "No: this is admin or production"),
)


def error_style(palette: QPalette) -> str:
    """The validation message's look: an error surface of the palette in use (light, dark or
    high contrast), as the message bar above the board draws errors."""
    fill, text = surface(palette, Tone.ERROR, QPalette.ColorRole.Window)
    edge = accent(Tone.ERROR, palette)
    return (
        f"color: {text.name()}; background: {fill.name()}; border: 1px solid {edge.name()};"
        " border-radius: 4px; padding: 4px 6px;"
    )


def dialog_fields(schema: Schema = TASK_SCHEMA) -> Schema:
    """The task fields the dialog shows: the user-editable ones with a label or, for a yes/no
    field, the words of its check box."""
    return tuple(
        (name, spec)
        for name, spec in schema
        if spec.editable and (spec.label or (spec.kind is FieldKind.FLAG and spec.placeholder))
    )


class TaskDialog(QDialog):
    """Edits the fields of one task (or a new one when ``task`` is None)."""

    def __init__(
        self,
        parent: QWidget | None,
        task: Task | None = None,
        column: Column = Column.ME,
        board: Board | None = None,
    ) -> None:
        super().__init__(parent)
        #: The plan's board, for the owner's decisions the advisor line follows (none: the
        #: advisor's own reading only).
        self.board = board
        self.setWindowTitle("Edit task" if task else f"New task in {column.value}")
        self.setMinimumWidth(460)
        self.task = task
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(TEXT_LIMIT)
        self.title_edit.setAccessibleName("Title")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName("Notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(90)
        self.hours_edit = QDoubleSpinBox()
        self.hours_edit.setRange(UNSET_HOURS, MAX_HOURS_PER_WEEK)
        self.hours_edit.setSingleStep(0.25)
        self.hours_edit.setDecimals(HOURS_DECIMALS)
        self.hours_edit.setSpecialValueText(NO_HOURS)
        self.hours_edit.setSuffix(" h/week")
        self.hours_edit.setAccessibleName("Hours per week")
        self.frequency_edit = QLineEdit()
        self.frequency_edit.setMaxLength(TEXT_LIMIT)
        self.frequency_edit.setAccessibleName("How often")
        self.relationship_edit = QComboBox()
        self.relationship_edit.setAccessibleName("Relationship building")
        for value, label in RELATIONSHIP_CHOICES:
            self.relationship_edit.addItem(label, value.value)
        self.accepted_edit = QCheckBox(field_spec("accepted").placeholder)
        self.accepted_edit.setAccessibleName("Accept the relationship warning")
        self.accept_note_edit = QLineEdit()
        self.accept_note_edit.setMaxLength(TEXT_LIMIT)
        self.accept_note_edit.setAccessibleName("Reason for accepting")
        self.accepted_edit.toggled.connect(self.accept_note_edit.setEnabled)
        self.steps_edit = StepsEditor()
        self.done_when_edit = QLineEdit()
        self.done_when_edit.setMaxLength(TEXT_LIMIT)
        self.done_when_edit.setAccessibleName("Done when")
        self.needs_approval_edit = QCheckBox(field_spec("needs_approval").placeholder)
        self.needs_approval_edit.setAccessibleName("Needs my approval")
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label = QLabel()
        self.error_label.setObjectName("validationMessage")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(error_style(self.palette()))
        self.error_label.hide()

        #: The input of each task field the dialog edits, by field name.
        self.inputs: dict[str, QWidget] = {
            "title": self.title_edit,
            "notes": self.notes_edit,
            "hours_per_week": self.hours_edit,
            "frequency": self.frequency_edit,
            "relationship": self.relationship_edit,
            "accepted": self.accepted_edit,
            "accept_note": self.accept_note_edit,
            "steps": self.steps_edit,
            "done_when": self.done_when_edit,
            "needs_approval": self.needs_approval_edit,
        }
        form = QFormLayout()
        # Rows in the schema's order, with its labels and hints.
        for name, spec in dialog_fields():
            widget = self.inputs[name]
            if spec.placeholder and isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setPlaceholderText(spec.placeholder)
            form.addRow(spec.label, widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.advice_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(self.accept)

        if task is not None:
            self.title_edit.setText(task.title)
            self.notes_edit.setPlainText(task.notes)
            hours = task.hours_per_week
            self.hours_edit.setValue(UNSET_HOURS if hours is None else hours)
            self.frequency_edit.setText(task.frequency)
            self.relationship_edit.setCurrentIndex(
                [value for value, _ in RELATIONSHIP_CHOICES].index(task.relationship)
            )
            self.accepted_edit.setChecked(task.accepted)
            self.accept_note_edit.setText(task.accept_note)
            self.steps_edit.set_steps(task.steps)
            self.done_when_edit.setText(task.done_when)
            self.needs_approval_edit.setChecked(task.needs_approval)
        else:
            self.hours_edit.setValue(UNSET_HOURS)
        self.accept_note_edit.setEnabled(self.accepted_edit.isChecked())
        #: The title error shows once the user tried to save, or cleared a title they had.
        self._title_error_due = False
        self._had_title = bool(self.title_edit.text().strip())
        self._loaded = self._current_values()
        self.title_edit.textChanged.connect(self._title_changed)
        self.notes_edit.textChanged.connect(self._validate)
        self._validate()
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def _title_changed(self, text: str) -> None:
        if text.strip():
            self._had_title = True
        elif self._had_title:
            self._title_error_due = True
        self._validate()

    def _validate(self) -> bool:
        title = self.title_edit.text().strip()
        if not title:
            if self._title_error_due:
                self.error_label.setText("A task needs a title.")
                self.error_label.show()
            self.advice_label.clear()
            return False
        self.error_label.hide()
        found = advice.assessment(title, self.notes_text())
        decision = self._decision_followed(title, found.relationship_building)
        if decision is not None:
            said = "relationship building. " if decision.stays else ""
            self.advice_label.setText(f"Advisor: {said}{advice.decision_reason(decision)}")
        elif found.relationship_building:
            self.advice_label.setText(f"Advisor: relationship building. {found.reason}")
        elif found.voice_note:
            self.advice_label.setText(f"Advisor: {found.voice_note}")
        elif found.advice:
            self.advice_label.setText(f"Advisor: {found.advice}")
        else:
            self.advice_label.setText(
                f"Advisor: {KIND_WORDS.get(found.kind, KIND_WORDS[TaskKind.OTHER])}"
            )
        return True

    def _decision_followed(self, title: str, advisor: bool) -> Decision | None:
        """The owner's decision a task titled so follows (as the card will say once saved):
        one on a task worded like it, where it changes the advisor's answer."""
        if self.board is None:
            return None
        ignore = self.task.id if self.task is not None else None
        decision = of_board(self.board).worded_like(title, ignore)
        return None if decision is None or decision.stays == advisor else decision

    def accept(self) -> None:
        self._title_error_due = True
        if self._validate():
            super().accept()
        else:
            self.title_edit.setFocus()

    def notes_text(self) -> str:
        """The notes exactly as typed: the raw text, with paragraph breaks as line breaks."""
        return self.notes_edit.document().toRawText().replace("\u2029", "\n")

    def _current_values(self) -> dict[str, Any]:
        hours = self.hours_edit.value()
        return {
            "title": self.title_edit.text(),
            "notes": self.notes_text(),
            "hours_per_week": None if hours < 0 else hours,
            "frequency": self.frequency_edit.text(),
            "relationship": Relationship(self.relationship_edit.currentData()),
            "accepted": self.accepted_edit.isChecked(),
            "accept_note": self.accept_note_edit.text() if self.accepted_edit.isChecked() else "",
            "steps": self.steps_edit.steps(),
            "done_when": self.done_when_edit.text(),
            "needs_approval": self.needs_approval_edit.isChecked(),
        }

    def values(self) -> TaskChanges:
        """The fields to save, ready for :meth:`planner.plan.Plan.edit`: all of them for a new
        task; for an existing one, only those the user changed in the dialog."""
        current = self._current_values()
        if self.task is None:
            return TaskChanges(**current)
        return TaskChanges(
            **{key: value for key, value in current.items() if value != self._loaded[key]}
        )
