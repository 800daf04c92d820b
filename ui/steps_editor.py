"""The steps editor of the task dialog: an ordered checklist, one line a step.

A list whose rows are edited in place, with visible Add, Remove, Move up and Move down buttons
and the same by keyboard: Insert adds a step after the current one, Delete
removes it, Alt+Up and Alt+Down move it, F2 (or typing) edits it. Empty steps are dropped and every
step is kept to one line (a pasted line break becomes a space), as the task field wants. The
in-place editor takes a step of any length (Qt's default line edit would cut it at 32,767).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ui.text_limit import TEXT_LIMIT


def one_line(text: str) -> str:
    return " ".join(text.replace("\x00", "").split())


class StepDelegate(QStyledItemDelegate):
    """Paints steps as the list does; its editor takes a step of any length."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(TEXT_LIMIT)
        return editor


class StepsEditor(QWidget):
    """Edits a tuple of one-line steps."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setItemDelegate(StepDelegate(self.list))
        self.list.setAccessibleName("Steps")
        self.list.setAccessibleDescription(
            "One line a step. Insert adds a step, Delete removes it, Alt+Up and Alt+Down move "
            "it, F2 edits it."
        )
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumHeight(110)
        self.list.installEventFilter(self)
        self.add_button = QPushButton("&Add step")
        self.remove_button = QPushButton("Remo&ve")
        self.up_button = QPushButton("Move &up")
        self.down_button = QPushButton("Move do&wn")
        self.add_button.setToolTip("Add a step after the selected one (Insert)")
        self.remove_button.setToolTip("Remove the selected step (Delete)")
        self.up_button.setToolTip("Move the selected step up (Alt+Up)")
        self.down_button.setToolTip("Move the selected step down (Alt+Down)")
        self.add_button.clicked.connect(lambda: self.add_step())
        self.remove_button.clicked.connect(lambda: self.remove_step())
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemChanged.connect(self._item_changed)
        self.list.model().rowsMoved.connect(self._emit_changed)
        self._update_buttons()

    # -- value -------------------------------------------------------------------------------
    def finish_editing(self) -> None:
        """Keep the text of a step still being typed (the dialog saved with Ctrl+Return)."""
        if self.list.state() != QAbstractItemView.State.EditingState:
            return
        # Closed editors linger (hidden) until deleted: the open one is the visible one.
        for editor in self.list.viewport().findChildren(QLineEdit):
            if editor.isVisible():
                self.list.commitData(editor)
                self.list.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def steps(self) -> tuple[str, ...]:
        """The steps as the task stores them: one line each, empty ones left out (a step still
        being typed counts)."""
        self.finish_editing()
        found = (one_line(self.list.item(row).text()) for row in range(self.list.count()))
        return tuple(step for step in found if step)

    def set_steps(self, steps: tuple[str, ...] | list[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for step in steps:
            self.list.addItem(self._item(step))
        self.list.blockSignals(False)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    # -- editing -----------------------------------------------------------------------------
    @staticmethod
    def _item(text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )
        return item

    def add_step(self, text: str = "") -> None:
        """A new step after the current one (at the end when none), opened for typing."""
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else self.list.count()
        item = self._item(text)
        self.list.insertItem(row, item)
        self.list.setCurrentRow(row)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        if not text:
            self.list.editItem(item)
        self._update_buttons()
        self.changed.emit()

    def remove_step(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()
        self.changed.emit()

    def move_step(self, offset: int) -> None:
        row = self.list.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Insert adds a step, Delete removes the current one, Alt+Up/Down move it."""
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self.list.state() == QAbstractItemView.State.EditingState:
                return False
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_step(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if event.key() == Qt.Key.Key_Insert:
                self.add_step()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.remove_step()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter that finished typing a step stops here: it must not also press the dialog's
        default button. On a step that is not being edited, Enter opens it for editing."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            item = self.list.currentItem()
            if item is not None and self.list.state() != QAbstractItemView.State.EditingState:
                self.list.editItem(item)
            return
        super().keyPressEvent(event)

    def _item_changed(self, item: QListWidgetItem) -> None:
        cleaned = one_line(item.text())
        if cleaned != item.text():
            item.setText(cleaned)  # emits itemChanged again, with the clean text
            return
        self.changed.emit()

    def _emit_changed(self) -> None:
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        count = self.list.count()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
