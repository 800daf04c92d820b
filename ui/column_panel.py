"""One column of the board: its title, its live count and hours, and the card list under them."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner.model import Column, format_hours
from ui.board_totals import BoardTotals
from ui.column_model import ColumnModel
from ui.column_view import ColumnView

SUBTITLES = {
    Column.ME: "Relationships and what only you can do",
    Column.VA: "Admin, production, research, set-up",
    Column.NOBODY: "Stop doing these",
}


class ColumnPanel(QFrame):
    """Header plus :class:`ColumnView` for one column."""

    def __init__(
        self, model: ColumnModel, totals: BoardTotals, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("columnPanel")
        self.model = model
        self.totals = totals
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

        totals.changed.connect(self.refresh)
        proxy = self.view.proxy
        for signal in (
            proxy.rowsInserted,
            proxy.rowsRemoved,
            proxy.modelReset,
            proxy.layoutChanged,
        ):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Update the count ("3 of 12" while searching) and hours shown in the header."""
        count = self.totals.counts[self.column]
        shown = self.view.proxy.rowCount()
        noun = "task" if count == 1 else "tasks"
        text = f"{shown} of {count} {noun}" if self.view.proxy.active else f"{count} {noun}"
        hours = round(self.totals.hours[self.column], 2)
        if hours:
            text += f" · {format_hours(hours)} h/week"
        self.count.setText(text)
        self.view.setAccessibleName(f"{self.column.value} column, {text}")
