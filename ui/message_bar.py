"""A non-modal bar above the board for things the user must see: failed saves and advisor warnings.

It never blocks: the text stays until the user closes it, something newer replaces it, or its
cause goes (:meth:`MessageBar.clear_cause`: a failed import's message goes when an import
succeeds), and it can carry action buttons. Its text is also set as the accessible description
so screen readers announce it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

STYLES = {
    "error": "background: #fde7e9; color: #5f1016; border: 1px solid #d13438;",
    "warning": "background: #fff4ce; color: #4a3100; border: 1px solid #c98a00;",
    "info": "background: palette(alternate-base); color: palette(text);"
    " border: 1px solid palette(mid);",
}
ICONS = {"error": "✖", "warning": "⚠", "info": "ℹ"}
#: The most characters a message shows (a message quoting megabytes of a file hung the window).
SHOWN_CHARS = 2_000


class MessageBar(QFrame):
    """Icon, text, optional action buttons and a close button, in one row."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.kind = "info"
        #: What the message is about ("import", "write"...): it goes when that cause does.
        self.cause = ""
        self.icon = QLabel()
        self.icon.setAccessibleName("")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.actions_row = QHBoxLayout()
        self.actions_row.setSpacing(6)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip("Dismiss")
        self.close_button.setAccessibleName("Dismiss message")
        self.close_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        row.addLayout(self.actions_row)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.buttons: list[QPushButton] = []
        self.hide()

    def show_message(
        self,
        kind: str,
        text: str,
        actions: list[tuple[str, Callable[[], object]]] | None = None,
        cause: str = "",
    ) -> None:
        self.kind = kind
        self.cause = cause
        name = self.objectName()
        self.setStyleSheet(
            f"QFrame#{name} {{ {STYLES[kind]} border-radius: 6px; }}"
            f" QFrame#{name} QLabel {{ border: none; background: transparent; }}"
        )
        self.icon.setText(ICONS[kind])
        if len(text) > SHOWN_CHARS:  # a word-wrapped label lays out all it is given
            text = text[:SHOWN_CHARS] + "…"
        self.text.setText(text)
        self.setAccessibleName({"error": "Error", "warning": "Warning", "info": "Note"}[kind])
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

    def button(self, label: str) -> QPushButton | None:
        return next((b for b in self.buttons if b.text() == label), None)

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit()

    def clear_cause(self, cause: str) -> None:
        """Close the message if it is (still) about ``cause``."""
        if not self.isHidden() and self.cause == cause:
            self.dismiss()
