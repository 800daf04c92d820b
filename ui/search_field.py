"""The toolbar's search box: a line edit whose Esc and Down keys hand the focus back to the board.

The keys are handled in :meth:`SearchField.keyPressEvent`, not with an event filter: a filter
sees every event of the box in Python, and at start-up that makes PySide create a Python class
for every event type (about 40) before the board is painted.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.lazy_qt import Qt


class SearchField(QLineEdit):
    """Search text; Esc asks for the search to be cleared, Down for the board to take the focus."""

    #: Esc was pressed: clear the search and give the focus back to the board.
    escaped = Signal()
    #: Down was pressed: give the focus to the board (the search stays).
    leftDown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down:
            self.leftDown.emit()
            event.accept()
            return
        super().keyPressEvent(event)
