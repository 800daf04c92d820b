"""A non-modal bar above the board for things the user must see: failed saves and advisor warnings.

It never blocks: the text stays until the user closes it, something newer replaces it, or its
cause goes (:meth:`MessageBar.clear_cause`: a failed import's message goes when an import
succeeds), and it can carry action buttons. Its text is also set as the accessible description
so screen readers announce it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Final

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from ui.colours import Tone, accent, surface
from ui.lazy_qt import Qt
from ui.status_bar import Cause


class MessageKind(StrEnum):
    """What a message is: it decides the bar's icon, colours and spoken name."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def icon(self) -> str:
        return _LOOKS[self][0]

    @property
    def spoken(self) -> str:
        """The bar's accessible name."""
        return _LOOKS[self][1]

    @property
    def tone(self) -> Tone:
        return _LOOKS[self][2]


_LOOKS: Final = {
    MessageKind.ERROR: ("✖", "Error", Tone.ERROR),
    MessageKind.WARNING: ("⚠", "Warning", Tone.WARNING),
    MessageKind.INFO: ("ℹ", "Note", Tone.NEUTRAL),
}
#: The most characters a message shows (a message quoting megabytes of a file hung the window).
SHOWN_CHARS = 2_000


def bar_style(kind: MessageKind, palette: QPalette) -> str:
    """The bar's colours for ``kind`` on ``palette``, as style sheet declarations."""
    fill, text = surface(palette, kind.tone, QPalette.ColorRole.Window)
    edge = accent(kind.tone, palette)
    return f"background: {fill.name()}; color: {text.name()}; border: 1px solid {edge.name()};"


class MessageBar(QFrame):
    """Icon, text, optional action buttons and a close button, in one row."""

    closed = Signal()
    #: Where the keyboard goes when the bar hides or replaces its buttons while one of them has
    #: the focus (the one just pressed): the window gives the board's column. Left to Qt, the
    #: focus would pass to the next widget in the tab order, the first column, while the card
    #: acted on stays selected in another.
    focus_home: Callable[[], QWidget] | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.kind = MessageKind.INFO
        #: What the message is about (an import, a change not saved...): it goes when that
        #: cause does.
        self.cause = Cause.NONE
        self.icon = QLabel(self)
        self.icon.setAccessibleName("")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.actions_row = QHBoxLayout()
        self.actions_row.setSpacing(6)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip("Dismiss")
        self.close_button.setAccessibleName("Dismiss message")
        self.close_button.clicked.connect(self.dismiss)
        self.buttons: list[QPushButton] = []
        self._watched: QWidget | None = None
        self.hide()

    def show_message(
        self,
        kind: MessageKind,
        text: str,
        actions: list[tuple[str, Callable[[], object]]] | None = None,
        cause: Cause = Cause.NONE,
    ) -> None:
        home = self._focus_home()
        if self.layout() is None:
            self._lay_out()
        self.kind = kind
        self.cause = cause
        self._watch_parent()
        self._restyle()
        self.icon.setText(kind.icon)
        if len(text) > SHOWN_CHARS:  # a word-wrapped label lays out all it is given
            text = text[:SHOWN_CHARS] + "…"
        self.text.setText(text)
        self.setAccessibleName(kind.spoken)
        self.setAccessibleDescription(text)
        for button in self.buttons:
            self.actions_row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for label, callback in actions or []:
            button = QPushButton(label)
            # ``clicked`` passes a "checked" flag; the actions take no arguments.
            button.clicked.connect(lambda _checked=False, run=callback: run())
            self.actions_row.addWidget(button)
            self.buttons.append(button)
        self.show()
        if home is not None:  # the focused button is gone (deleted later)
            home.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_home(self) -> QWidget | None:
        """Where the keyboard goes if the bar hides or rebuilds now: :attr:`focus_home` when the
        focus is inside the bar, else None (the focus is elsewhere and stays there)."""
        focused = QApplication.focusWidget()
        if self.focus_home is None or focused is None or not self.isAncestorOf(focused):
            return None
        return self.focus_home()

    def setVisible(self, visible: bool) -> None:
        home = None if visible else self._focus_home()
        super().setVisible(visible)
        if home is not None:
            home.setFocus(Qt.FocusReason.OtherFocusReason)

    def _lay_out(self) -> None:
        """Set the text's format and put the parts in their row, when the first message shows:
        these settings are Qt enums, which the first paint does without (see :mod:`ui.lazy_qt`)."""
        # At the top, as the icon is: a bar made taller by its buttons, or a wrapped text given
        # more height than it fills, would otherwise centre the text and leave the icon above it.
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        row.addLayout(self.actions_row)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

    def _restyle(self) -> None:
        """Colours from the palette around the bar (its own is changed by its style sheet)."""
        parent = self.parentWidget()
        palette = parent.palette() if parent is not None else QGuiApplication.palette()
        name = self.objectName()
        _, ink = surface(palette, self.kind.tone, QPalette.ColorRole.Window)
        # The labels' rule names the text colour again: a label styled by a rule of its own
        # takes no colour from the bar's, but the application palette's text colour, which
        # may not be the one chosen to read on this fill (or this parent's palette at all).
        sheet = (
            f"QFrame#{name} {{ {bar_style(self.kind, palette)} border-radius: 6px; }}"
            f" QFrame#{name} QLabel {{ border: none; background: transparent;"
            f" color: {ink.name()}; }}"
        )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)

    # A widget with a style sheet keeps the palette the sheet gave it and hears of no later
    # change, so a bar that has shown a message watches its parent's palette: light, dark or high
    # contrast may be chosen while a message shows. (It starts watching with its first message:
    # a filter sees every event of the parent in Python, and before the first paint that alone
    # made PySide build a class for each of ~40 event types.)
    def _watch_parent(self) -> None:
        parent = self.parentWidget()
        if parent is self._watched:
            return
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        if parent is not None:
            parent.installEventFilter(self)
        self._watched = parent

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        changed = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        # While a parent is torn down by Python, the bar's wrapper may already be gone and a
        # fresh one (without the bar's attributes) hears the parent's last events.
        if (
            watched is getattr(self, "_watched", None)
            and event.type() in changed
            and self.styleSheet()
        ):
            self._restyle()
        return super().eventFilter(watched, event)

    def button(self, label: str) -> QPushButton | None:
        return next((b for b in self.buttons if b.text() == label), None)

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit()

    def clear_cause(self, cause: Cause) -> None:
        """Close the message if it is (still) about ``cause``."""
        if not self.isHidden() and self.cause == cause:
            self.dismiss()
