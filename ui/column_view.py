"""The list view of one column: selection, keyboard, and a drag lifecycle the app owns.

Qt's default :meth:`QAbstractItemView.startDrag` removes the source rows when a drag ends in a
MoveAction. Here the drop itself moves the task through the plan, so :meth:`ColumnView.startDrag`
runs the drag and then does nothing more: the card is never deleted behind the plan's back.
Keys are turned into requests (signals) that the main window routes to the plan editor.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyleOptionViewItem, QWidget

from ui.card_delegate import CardDelegate
from ui.column_model import ColumnModel

EMPTY_HINT = "Drop tasks here"


class ColumnView(QListView):
    """Shows a :class:`ColumnModel` as a scrolling stack of painted cards."""

    #: Move the selected tasks: (column step -1/0/+1, row step -1/0/+1).
    moveRequested = Signal(int, int)
    #: Move keyboard focus to the neighbouring column (-1 left, +1 right).
    focusNeighbour = Signal(int)
    editRequested = Signal(int)
    deleteRequested = Signal(list)
    addRequested = Signal()
    #: The view got keyboard focus (the main window tracks the active column).
    focused = Signal()

    def __init__(self, model: ColumnModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(f"{model.column.value} column")
        self.doubleClicked.connect(self._edit_index)
        model.rowsInserted.connect(self._refresh_name)
        model.rowsRemoved.connect(self._refresh_name)
        model.modelReset.connect(self._refresh_name)
        self._refresh_name()

    def column_model(self) -> ColumnModel:
        model = self.model()
        assert isinstance(model, ColumnModel)
        return model

    def _refresh_name(self) -> None:
        count = self.column_model().rowCount()
        noun = "task" if count == 1 else "tasks"
        self.setAccessibleDescription(f"{count} {noun}")

    # -- selection helpers ---------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """The selected task ids in column order."""
        model = self.column_model()
        rows = sorted({index.row() for index in self.selectionModel().selectedIndexes()})
        return [model.task_id(row) for row in rows if 0 <= row < model.rowCount()]

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return self.column_model().task_id(index.row()) if index.isValid() else None

    def select_ids(self, task_ids: list[int], *, current: int | None = None) -> None:
        """Select exactly ``task_ids`` (those in this column) and scroll to them."""
        model = self.column_model()
        selection = self.selectionModel()
        selection.clearSelection()
        rows = [model.row_of(task_id) for task_id in task_ids]
        rows = [row for row in rows if row >= 0]
        for row in rows:
            selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select)
        focus_row = model.row_of(current) if current is not None else (rows[-1] if rows else -1)
        if focus_row >= 0:
            index = model.index(focus_row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(index)

    # -- keyboard ------------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if ctrl and not shift and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.moveRequested.emit(-1 if key == Qt.Key.Key_Left else 1, 0)
        elif ctrl and not shift and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moveRequested.emit(0, -1 if key == Qt.Key.Key_Up else 1)
        elif not ctrl and not shift and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.focusNeighbour.emit(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not ctrl:
            task_id = self.current_id()
            if task_id is not None:
                self.editRequested.emit(task_id)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not ctrl:
            ids = self.selected_ids()
            if not ids and self.current_id() is not None:
                ids = [self.current_id()]
            if ids:
                self.deleteRequested.emit(ids)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.editRequested.emit(self.column_model().task_id(index.row()))

    # -- drag and drop -------------------------------------------------------------------
    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        indexes = [i for i in self.selectedIndexes() if i.isValid()]
        if not indexes:
            return
        data = self.column_model().mimeData(indexes)
        drag = QDrag(self)
        drag.setMimeData(data)
        pixmap = self._drag_pixmap(indexes[0], len(indexes))
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(pixmap.width() // 2, min(20, pixmap.height() // 2)))
        # The drop has already moved the task(s) through the plan; the result needs no
        # clean-up here. Qt's default would remove the "source rows" now.
        drag.exec(Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    def _drag_pixmap(self, index: QModelIndex, count: int) -> QPixmap:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        rect = self.visualRect(index)
        option.rect = QRect(0, 0, rect.width(), rect.height())
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(max(1, int(rect.width() * ratio)), max(1, int(rect.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setOpacity(0.9)
        self.itemDelegate().paint(painter, option, index)
        if count > 1:
            painter.setPen(self.palette().color(QPalette.ColorRole.Highlight))
            painter.drawText(
                option.rect.adjusted(0, 0, -14, -8),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                f"{count} tasks",
            )
        painter.end()
        return pixmap

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._accepts(event):
            event.ignore()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self._accepts(event):
            event.ignore()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._accepts(event):
            event.ignore()
            return
        super().dropEvent(event)

    def _accepts(self, event: QDropEvent) -> bool:
        return self.column_model().canDropMimeData(
            event.mimeData(), Qt.DropAction.MoveAction, -1, 0, QModelIndex()
        )

    # -- empty column --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.column_model().rowCount() == 0:
            painter = QPainter(self.viewport())
            color = self.palette().color(QPalette.ColorRole.PlaceholderText)
            painter.setPen(color)
            area = self.viewport().rect().adjusted(12, 12, -12, -12)
            painter.drawRoundedRect(area, 8, 8)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), EMPTY_HINT)
            painter.end()
