"""The keyboard shortcut sheet (F1 or ?): every shortcut the app has, in one table."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+N", "Add a task to the focused column"),
    ("Enter", "Edit the focused task"),
    ("Ctrl+Enter", "Save the task editor"),
    ("Esc", "Close the task editor without saving; clear the search"),
    ("Delete", "Delete the selected tasks (undo brings them back)"),
    ("Up / Down", "Move the focus between cards"),
    ("Left / Right", "Move the focus to the neighbouring column"),
    ("Shift+Up / Shift+Down", "Select several cards"),
    ("Ctrl+Left / Ctrl+Right", "Move the selected cards to the neighbouring column"),
    ("Ctrl+Up / Ctrl+Down", "Move the selected cards up or down"),
    ("Ctrl+Z", "Undo"),
    ("Ctrl+Shift+Z, Ctrl+Y", "Redo"),
    ("Ctrl+F", "Search tasks"),
    ("Ctrl+E", "Export the plan as CSV"),
    ("Ctrl+B", "Save the VA brief (PDF, Markdown or HTML)"),
    ("Ctrl+P", "Print the VA brief"),
    ("Ctrl+O", "Open a plan"),
    ("Ctrl+,", "Preferences"),
    ("F1, ?", "This list"),
    ("Ctrl+Q", "Quit"),
)


class ShortcutSheet(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.table = QTableWidget(len(SHORTCUTS), 2, self)
        self.table.setHorizontalHeaderLabels(["Keys", "What it does"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName("Keyboard shortcuts")
        for row, (keys, meaning) in enumerate(SHORTCUTS):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(meaning))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)
