"""The task editor: title, notes, hours per week, how often, and the relationship setting.

Validation is inline (the message sits under the form and the Save button is disabled while the
title is empty); Ctrl+Enter saves and Esc cancels. The dialog only collects values: the caller
applies them through the plan editor so they are undoable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
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
from planner.model import Column, Relationship, Task

NO_HOURS = "not set"
KIND_WORDS = {
    "admin": "admin work, a good fit for your VA.",
    "production": "production work, a good fit for your VA.",
    "research": "research or preparation, a good fit for your VA.",
    "setup": "set-up work, a good fit for your VA.",
    "other": "nothing in this wording builds a relationship.",
}
RELATIONSHIP_CHOICES = (
    (Relationship.AUTO, "Let the advisor decide"),
    (Relationship.YES, "Yes: this builds a relationship"),
    (Relationship.NO, "No: this is admin or production"),
)


class TaskDialog(QDialog):
    """Edits the fields of one task (or a new one when ``task`` is None)."""

    def __init__(
        self, parent: QWidget | None, task: Task | None = None, column: Column = Column.ME
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit task" if task else f"New task in {column.value}")
        self.setMinimumWidth(460)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("What is the task? e.g. Reply to blog comments")
        self.title_edit.setAccessibleName("Title")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText("Anything your VA needs to know")
        self.notes_edit.setAccessibleName("Notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(90)
        self.hours_edit = QDoubleSpinBox()
        self.hours_edit.setRange(-0.25, 168.0)
        self.hours_edit.setSingleStep(0.25)
        self.hours_edit.setDecimals(2)
        self.hours_edit.setSpecialValueText(NO_HOURS)
        self.hours_edit.setSuffix(" h/week")
        self.hours_edit.setAccessibleName("Hours per week")
        self.frequency_edit = QLineEdit()
        self.frequency_edit.setPlaceholderText("e.g. daily, weekly, after each event")
        self.frequency_edit.setAccessibleName("How often")
        self.relationship_edit = QComboBox()
        self.relationship_edit.setAccessibleName("Relationship building")
        for value, label in RELATIONSHIP_CHOICES:
            self.relationship_edit.addItem(label, value.value)
        self.accepted_edit = QCheckBox("Keep it with my VA anyway (accept the warning)")
        self.accepted_edit.setAccessibleName("Accept the relationship warning")
        self.accept_note_edit = QLineEdit()
        self.accept_note_edit.setPlaceholderText("Why, for your VA (optional)")
        self.accept_note_edit.setAccessibleName("Reason for accepting")
        self.accepted_edit.toggled.connect(self.accept_note_edit.setEnabled)
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label = QLabel()
        self.error_label.setObjectName("validationMessage")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(
            "color: palette(highlighted-text); background: #b3261e;"
            " border-radius: 4px; padding: 4px 6px;"
        )
        self.error_label.hide()

        form = QFormLayout()
        form.addRow("&Title", self.title_edit)
        form.addRow("&Notes", self.notes_edit)
        form.addRow("&Hours per week", self.hours_edit)
        form.addRow("How &often", self.frequency_edit)
        form.addRow("&Relationship", self.relationship_edit)
        form.addRow("", self.accepted_edit)
        form.addRow("Acceptance &note", self.accept_note_edit)
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
            self.hours_edit.setValue(-0.25 if task.hours_per_week is None else task.hours_per_week)
            self.frequency_edit.setText(task.frequency)
            self.relationship_edit.setCurrentIndex(
                [value for value, _ in RELATIONSHIP_CHOICES].index(task.relationship)
            )
            self.accepted_edit.setChecked(task.accepted)
            self.accept_note_edit.setText(task.accept_note)
        else:
            self.hours_edit.setValue(-0.25)
        self.accept_note_edit.setEnabled(self.accepted_edit.isChecked())
        self.title_edit.textChanged.connect(self._validate)
        self.notes_edit.textChanged.connect(self._validate)
        self._validate()
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def _validate(self) -> bool:
        title = self.title_edit.text().strip()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if not title:
            self.error_label.setText("A task needs a title.")
            self.error_label.show()
            save.setEnabled(False)
            self.advice_label.clear()
            return False
        self.error_label.hide()
        save.setEnabled(True)
        found = advice.assessment(title, self.notes_edit.toPlainText())
        if found.relationship_building:
            self.advice_label.setText(f"Advisor: relationship building. {found.reason}")
        elif found.voice_note:
            self.advice_label.setText(f"Advisor: {found.voice_note}")
        elif found.advice:
            self.advice_label.setText(f"Advisor: {found.advice}")
        else:
            self.advice_label.setText(f"Advisor: {KIND_WORDS.get(found.kind, KIND_WORDS['other'])}")
        return True

    def accept(self) -> None:
        if self._validate():
            super().accept()

    def values(self) -> dict[str, Any]:
        """The edited fields, ready for :meth:`planner.plan.Plan.edit`."""
        hours = self.hours_edit.value()
        return {
            "title": self.title_edit.text(),
            "notes": self.notes_edit.toPlainText(),
            "hours_per_week": None if hours < 0 else hours,
            "frequency": self.frequency_edit.text(),
            "relationship": Relationship(self.relationship_edit.currentData()),
            "accepted": self.accepted_edit.isChecked(),
            "accept_note": self.accept_note_edit.text() if self.accepted_edit.isChecked() else "",
        }
