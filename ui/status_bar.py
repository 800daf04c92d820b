"""The window's status bar: short messages that belong to a cause and fit beside the warnings.

:class:`StatusBar` is a QStatusBar whose temporary messages are elided to the room left of the
permanent widgets (the warning count), so a long message never runs into them; the whole text
stays available as the tooltip and through :meth:`full_message`. Each message carries a
:class:`Cause` (:attr:`Cause.SEARCH` for the search count, :attr:`Cause.DEED` for what the last
command did...), and :meth:`clear_cause` removes it only if it is still the one showing, so a
message goes when its cause does and never takes a newer message with it. The message bar above
the board (:mod:`ui.message_bar`) tags its messages with the same causes.
"""

from __future__ import annotations

import time
from enum import StrEnum

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStatusBar, QWidget

from ui.lazy_qt import Qt


class Cause(StrEnum):
    """What a status or bar message is about: the message goes when its cause does."""

    NONE = ""  # nothing in particular: it goes when replaced or timed out
    DEED = "deed"  # what the last command did; goes with the next saved change
    SEARCH = "search"  # the search's count; goes when the search is cleared
    WRITE = "write"  # a change that could not be saved; goes with the next saved change
    COPY = "copy"  # File > Save a copy
    RESTORE = "restore"  # File > Restore backup
    IMPORT = "import"  # File > Import CSV
    EXPORT = "export"  # File > Export CSV
    PROBLEM = "problem"  # anything else refused (the brief...): goes when closed or replaced


#: Room kept free between the message and the permanent widgets, in pixels.
GAP = 24


class StatusBar(QStatusBar):
    """A status bar with elided, cause-tagged temporary messages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.cause = Cause.NONE
        self._full = ""
        self._until: float | None = None
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(self._changed)

    def addPermanentWidget(self, widget: QWidget, stretch: int | None = 0) -> None:
        self._permanent.append(widget)
        super().addPermanentWidget(widget, stretch or 0)

    def showMessage(self, text: str, timeout: int | None = 0) -> None:
        """Show ``text`` for ``timeout`` ms (0: until replaced), with no particular cause."""
        self.show_message(text, Cause.NONE, timeout or 0)

    def show_message(self, text: str, cause: Cause, timeout: int = 0) -> None:
        """Show ``text`` (one line, elided to fit) on behalf of ``cause``."""
        text = " ".join(text.split())
        self.cause = cause
        self._full = text
        self._until = time.monotonic() + timeout / 1000 if timeout > 0 else None
        self._show(timeout)

    def _show(self, timeout: int) -> None:
        shown = self._elided(self._full)
        self.setToolTip(self._full if shown != self._full else "")
        super().showMessage(shown, timeout)

    def full_message(self) -> str:
        """The whole text of the message showing now ("" when none)."""
        return self._full if self.currentMessage() else ""

    def clear_cause(self, cause: Cause) -> None:
        """Remove the message if it is (still) one of ``cause``'s."""
        if self.cause == cause and self.currentMessage():
            self.clearMessage()

    def _changed(self, text: str) -> None:
        if not text:
            self.cause = Cause.NONE
            self._full = ""
            self._until = None
            self.setToolTip("")

    def room(self) -> int:
        """The width left for a message, beside the visible permanent widgets."""
        used = sum(
            max(widget.width(), widget.sizeHint().width())
            for widget in self._permanent
            if widget.isVisible()
        )
        return self.width() - used - GAP

    def _elided(self, text: str) -> str:
        if not self.isVisible():
            return text  # not laid out yet: nothing to measure against
        room = max(self.room(), 40)
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._full and self.currentMessage():
            left = 0
            if self._until is not None:
                left = int((self._until - time.monotonic()) * 1000)
                if left <= 0:
                    return
            self._show(left)
