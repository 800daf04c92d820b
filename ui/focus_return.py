"""Giving the keyboard back to the window after a dialog closes.

With a window manager, closing a dialog re-activates the window under it. Without one (a bare
X server, some kiosk and remote sessions) nothing does: the keyboard goes nowhere and Ctrl+Z,
Ctrl+F or Ctrl+I do nothing until the user clicks. :class:`FocusReturn` follows the window that
has the keyboard; when that window is hidden (a dialog closing) and no other window of the app
took the keyboard, it activates the dialog still open beneath (if any) or the main window.
Switching to another application hides nothing, so that never pulls the keyboard back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaObject, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QWindow


class FocusReturn(QObject):
    """Re-activates ``main_window()`` (or the open dialog above it) after a dialog closes."""

    def __init__(
        self, main_window: Callable[[], QWidget | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._main_window = main_window
        self._connection: QMetaObject.Connection | None = None
        app = QGuiApplication.instance()
        if not isinstance(app, QGuiApplication):
            return  # no windows without an application: nothing to give back
        app.focusWindowChanged.connect(self._follow)
        self._follow(app.focusWindow())

    def _follow(self, window: QWindow | None) -> None:
        """Watch the window that has the keyboard now (and stop watching the one before)."""
        if self._connection is not None:
            QObject.disconnect(self._connection)
            self._connection = None
        if window is not None and window.type() != Qt.WindowType.Popup:
            # A menu or other popup only borrows the keyboard: Qt hands it back to the window
            # it came from. Giving it "back" ourselves would raise the main window over a
            # dialog that one of the menu's actions has just opened.
            self._connection = window.visibleChanged.connect(self._visibility)

    def _visibility(self, visible: bool) -> None:
        if not visible:
            QTimer.singleShot(0, self.give_back)

    def give_back(self) -> None:
        """Activate the open dialog, else the main window, unless a visible window of the app
        already has the keyboard."""
        focused = QGuiApplication.focusWindow()
        if focused is not None and focused.isVisible():
            return
        target = QApplication.activeModalWidget() or self._main_window()
        try:
            if target is None or not target.isVisible():
                return
        except RuntimeError:  # the window was closed and deleted meanwhile
            return
        target.activateWindow()
        target.raise_()
