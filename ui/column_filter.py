"""The search filter between a column model and its view.

:class:`TaskFilter` hides cards whose title and notes do not contain every word typed in the
search box (case- and accent-insensitive). Drops and keyboard moves are mapped back to the full
column, so the true order of hidden cards is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel

from ui.column_model import ColumnModel, Role, fold

if TYPE_CHECKING:
    from PySide6.QtCore import QRegularExpression


class TaskFilter(QSortFilterProxyModel):
    """Shows the cards of one column that match the search words.

    Qt filters: a card is shown when its folded title and notes (:attr:`Role.SEARCH_TEXT`) match
    a pattern that asks for every search word. With the search empty, Qt shows every card without
    asking the model anything: a column of thousands of cards opens without a call into Python
    per card (which a ``filterAcceptsRow`` written in Python would cost).
    """

    def __init__(self, source: ColumnModel) -> None:
        super().__init__(source)
        self.setSourceModel(source)
        self.setFilterRole(Role.SEARCH_TEXT)
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
            self._words = words
            self.setFilterRegularExpression(every_word(words))

    def source_row(self, proxy_row: int) -> int:
        """The row of the full column that a drop or move at ``proxy_row`` means."""
        if proxy_row >= self.rowCount():
            return self.column_model().rowCount()
        return self.mapToSource(self.index(max(0, proxy_row), 0)).row()


def every_word(words: list[str]) -> QRegularExpression:
    """A pattern that matches a text holding each of ``words`` (an empty one for no words: Qt
    then filters nothing out)."""
    # Imported when first searching: PySide builds the class (and its enums) on first use, and
    # the board's first paint has no search.
    from PySide6.QtCore import QRegularExpression

    if not words:
        return QRegularExpression()
    # From the start of the text, one look-ahead per word: each must occur somewhere after it.
    ahead = "".join(f"(?=.*{QRegularExpression.escape(word)})" for word in words)
    return QRegularExpression(
        rf"\A{ahead}", QRegularExpression.PatternOption.DotMatchesEverythingOption
    )
