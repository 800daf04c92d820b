"""One column of the board: its title, its live count and hours, and the card list under them."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner.model import Column, format_hours
from ui.column_model import ColumnModel
from ui.column_view import ColumnView

SUBTITLES = {
    Column.ME: "Relationships and what only you can do",
    Column.VA: "Admin, production, research, set-up",
    Column.NOBODY: "Stop doing these",
}


class ColumnPanel(QFrame):
    """Header plus :class:`ColumnView` for one column."""

    def __init__(self, model: ColumnModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnPanel")
        self.model = model
        self.column = model.column
        self.title = QLabel(model.column.value)
        self.title.setObjectName("columnTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.count = QLabel()
        self.count.setObjectName("columnCount")
        self.subtitle = QLabel(SUBTITLES[model.column])
        self.subtitle.setObjectName("columnSubtitle")
        self.view = ColumnView(model, self)
        self.title.setBuddy(self.view)

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.view, 1)

        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Update the count and hours shown in the header."""
        board = self.model.editor.plan.board
        tasks = board.tasks(self.column)
        count = len(tasks)
        text = f"{count} task" if count == 1 else f"{count} tasks"
        hours = [t.hours_per_week for t in tasks if t.hours_per_week is not None]
        if hours:
            text += f" · {format_hours(sum(hours))} h/week"
        self.count.setText(text)
        self.view.setAccessibleName(f"{self.column.value} column, {text}")
