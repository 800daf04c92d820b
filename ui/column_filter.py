"""The search filter between a column model and its view.

:class:`TaskFilter` hides cards whose title and notes do not contain every word typed in the
search box (case- and accent-insensitive). Drops and keyboard moves are mapped back to the full
column, so the true order of hidden cards is kept.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from planner.model import Task
from ui.column_model import ColumnModel, Role


def fold(text: str) -> str:
    """Lower-case and strip accents, so "cafe" finds "Café"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class TaskFilter(QSortFilterProxyModel):
    """Shows the cards of one column that match the search words."""

    def __init__(self, source: ColumnModel) -> None:
        super().__init__(source)
        self.setSourceModel(source)
        self.setDynamicSortFilter(True)
        self._words: list[str] = []

    def column_model(self) -> ColumnModel:
        source = self.sourceModel()
        assert isinstance(source, ColumnModel)
        return source

    @property
    def active(self) -> bool:
        return bool(self._words)

    def set_search(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def matches(self, task: Task) -> bool:
        if not self._words:
            return True
        haystack = fold(f"{task.title}\n{task.notes}")
        return all(word in haystack for word in self._words)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        task = self.column_model().index(source_row, 0).data(Role.TASK)
        return isinstance(task, Task) and self.matches(task)

    def source_row(self, proxy_row: int) -> int:
        """The row of the full column that a drop or move at ``proxy_row`` means."""
        if proxy_row >= self.rowCount():
            return self.column_model().rowCount()
        return self.mapToSource(self.index(max(0, proxy_row), 0)).row()
