"""The list view of one column: selection, keyboard, and a drag lifecycle the app owns.

Qt's default :meth:`QAbstractItemView.startDrag` removes the source rows when a drag ends in a
MoveAction. Here the drop itself moves the task through the plan, so :meth:`ColumnView.startDrag`
runs the drag and then does nothing more: the card is never deleted behind the plan's back.
The model gives Qt's default flags (cards selectable and enabled): a ``flags()`` written in
Python is called for every card painted and makes PySide build the ``Qt`` namespace before the
first paint (see :mod:`ui.lazy_qt`). What its flags said, that any card can be dragged and only
the gaps between cards take a drop, the view applies itself where Qt's list view reads them:
starting a drag (:meth:`ColumnView.mouseMoveEvent`), accepting a drag over a gap and drawing the
drop indicator there (:meth:`ColumnView.dragMoveEvent`); the drop itself is Qt's.
Card actions on keys (Enter, Delete, Ctrl+arrows, the Menu key...) are window actions declared
in :mod:`ui.actions` and attached to the view; the view itself only reports double-clicks and
context-menu requests (signals the main window routes), and keeps a read-only plan's keys to
navigation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    Signal,
)
from PySide6.QtGui import QDrag, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyleOptionViewItem,
    QWidget,
)

from ui.card_delegate import CardDelegate
from ui.column_filter import TaskFilter
from ui.column_model import ColumnModel, Role
from ui.fill import DASHES, rounded_rect, solid
from ui.lazy_qt import Qt
from ui.qt_values import ALIGN_HCENTER, ALIGN_VCENTER, MOVE_ACTION, SCROLL_BAR_ALWAYS_OFF
from ui.text_paint import draw_text

if TYPE_CHECKING:
    # Naming a Qt class makes PySide build it: the event classes are only annotations here.
    from PySide6.QtGui import (
        QContextMenuEvent,
        QDragEnterEvent,
        QDragLeaveEvent,
        QDragMoveEvent,
        QDropEvent,
        QFocusEvent,
        QKeyEvent,
        QMouseEvent,
        QPaintEvent,
        QResizeEvent,
    )

EMPTY_HINT = "Drop tasks here"
NO_MATCH_HINT = "No matching tasks"


class ColumnView(QListView):
    """Shows a :class:`ColumnModel` as a scrolling stack of painted cards."""

    #: A card was double-clicked: edit this task.
    editRequested = Signal(int)
    #: The card menu was asked for (right-click or the keyboard), at this global position.
    cardMenuRequested = Signal(QPoint)
    #: The view got keyboard focus (the main window tracks the active column).
    focused = Signal()

    def __init__(self, model: ColumnModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.read_only = False
        self.proxy = TaskFilter(model)
        # The viewport is made here, dressed as Qt dresses its own: the first time Python asks
        # Qt for a QWidget* (as viewport() does), PySide works out its type by creating a class
        # for every widget class (~17 ms, before the first paint of an empty column); a widget
        # made in Python is simply found.
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        self.setViewport(viewport)
        self.card_delegate = CardDelegate(self)
        self.setItemDelegate(self.card_delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # DragDrop mode also makes the viewport accept drops.
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        # The view draws the indicator itself (see dragMoveEvent); Qt's would be the wrong one.
        self.setDropIndicatorShown(False)
        #: The card the mouse was last pressed on (Qt keeps its own, privately).
        self._pressed = QPersistentModelIndex()
        #: Where a drop would land, as Qt's drop indicator shows it (None: no drag seen).
        self._drop_gap: QRect | None = None
        self.setProperty("defaultDropAction", MOVE_ACTION)
        self.setDragDropOverwriteMode(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(50)  # the first batch is laid out before the first paint: a screenful
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self.setAccessibleName(f"{model.column.value} column")
        # The model comes last: every setting above would otherwise lay out all the rows again.
        self.setModel(self.proxy)
        self.doubleClicked.connect(self._edit_index)

    def column_model(self) -> ColumnModel:
        return self.proxy.column_model()

    def show_advice(self, shown: bool = True) -> None:
        """Paint the advisor's word on the cards (or not): warnings, acceptances, suggestions.
        The cards are laid out again, as badges change a card's height."""
        if self.card_delegate.advised == shown:
            return
        self.card_delegate.advised = shown
        self.scheduleDelayedItemsLayout()
        self.viewport().update()

    # -- selection helpers ---------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        """The selected rows of the view (visible cards), top to bottom."""
        return sorted({index.row() for index in self.selectionModel().selectedIndexes()})

    def selected_ids(self) -> list[int]:
        """The selected task ids in column order."""
        return [self.proxy.index(row, 0).data(Role.TASK_ID) for row in self.selected_rows()]

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return int(index.data(Role.TASK_ID)) if index.isValid() else None

    def target_ids(self) -> list[int]:
        """What an action applies to: the selection, or else the current card."""
        ids = self.selected_ids()
        current = self.current_id()
        return ids or ([current] if current is not None else [])

    def view_row(self, task_id: int) -> int:
        """The visible row of ``task_id`` in this view, or -1 (not here, or filtered out)."""
        source = self.column_model().index_of(task_id)
        return self.proxy.mapFromSource(source).row() if source.isValid() else -1

    def step_row(self, task_ids: list[int], step: int) -> int | None:
        """Where the cards ``task_ids`` of this column go when moved one visible card up
        (``step`` < 0) or down: a row of the column model (cards hidden by the search filter are
        stepped over, not counted), or None when the first card is already at the top or the
        last at the bottom (or one is not visible)."""
        rows = sorted(self.view_row(task_id) for task_id in task_ids)
        if not rows or rows[0] < 0:
            return None
        if step < 0:
            return self.proxy.source_row(rows[0] - 1) if rows[0] > 0 else None
        if rows[-1] >= self.proxy.rowCount() - 1:
            return None
        return self.proxy.source_row(rows[-1] + 1) + 1

    def arrival_row(self, beside: QModelIndex) -> int:
        """Where cards moved into this column from a neighbouring one go: beside the card they
        left from (``beside``, the current card of that column: the same visible row here, or
        the end), as a row of the column model."""
        row = min(max(0, beside.row()), self.proxy.rowCount())
        return self.proxy.source_row(row)

    def select_ids(self, task_ids: list[int], *, current: int | None = None) -> None:
        """Select exactly ``task_ids`` (those visible in this column) and scroll to them."""
        selection = self.selectionModel()
        selection.clearSelection()
        rows = [row for row in (self.view_row(t) for t in task_ids) if row >= 0]
        for row in rows:
            selection.select(self.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select)
        focus_row = self.view_row(current) if current is not None else (rows[-1] if rows else -1)
        if focus_row >= 0:
            index = self.proxy.index(focus_row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(index)

    # -- keyboard ------------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Only the list's own keys arrive here: card actions are shortcuts (see
        :mod:`ui.actions`). On a read-only plan, those actions are disabled and their keys
        (Ctrl+arrows above all) must not fall through to the list's own meaning."""
        if self.read_only and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.ignore()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        mouse = event.reason() == event.Reason.Mouse
        self.cardMenuRequested.emit(event.globalPos() if mouse else self.menu_anchor())
        event.accept()

    def menu_anchor(self) -> QPoint:
        """Where a menu opened from the keyboard appears: on the current card (global)."""
        index = self.currentIndex()
        if not index.isValid():
            return self.viewport().mapToGlobal(QPoint(12, 12))
        rect = self.visualRect(index)
        inside = rect.topLeft() + QPoint(min(24, rect.width() // 2), rect.height() // 2)
        return self.viewport().mapToGlobal(inside)

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid() and not self.read_only:
            self.editRequested.emit(int(index.data(Role.TASK_ID)))

    # -- drag and drop -------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = QPersistentModelIndex(self.indexAt(event.position().toPoint()))
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Qt's list view goes into its dragging state on the first move with a button held
        after a press on a card, if a selected card can be dragged (then it starts the drag
        once the mouse has gone the drag distance); without a card's flags it would extend the
        selection instead. Every card can be dragged."""
        if (
            self.state() == QAbstractItemView.State.NoState
            and self._pressed.isValid()
            and self.dragEnabled()
            and event.buttons() != Qt.MouseButton.NoButton
            and self.selectedIndexes()
        ):
            self.setState(QAbstractItemView.State.DraggingState)
            return
        super().mouseMoveEvent(event)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        self._pressed = QPersistentModelIndex()  # as Qt forgets its pressed card
        indexes = [i for i in self.selectedIndexes() if i.isValid()]
        if not indexes:
            return
        data = self.column_model().mimeData([self.proxy.mapToSource(i) for i in indexes])
        drag = QDrag(self)
        drag.setMimeData(data)
        pixmap = self._drag_pixmap(indexes[0], len(indexes))
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(pixmap.width() // 2, min(20, pixmap.height() // 2)))
        # The drop has already moved the task(s) through the plan; the result needs no
        # clean-up here. Qt's default would remove the "source rows" now.
        drag.exec(Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)
        self._drop_gap = None  # as Qt resets its indicator when its own drag ends

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
        # A delegate of no view: the picture shows the card itself, not selected or focused.
        CardDelegate(advised=self.card_delegate.advised).paint(painter, option, index)
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
        """Qt's own (hover, auto-scroll), which takes a drop only where the model's flags allow
        one; then, as Qt does where the model's root takes drops and its cards do not: accept
        the drag anywhere but over a card being dragged, showing the gap it would land in."""
        if not self._accepts(event):
            event.ignore()
            return
        super().dragMoveEvent(event)
        point = event.position().toPoint()
        index = self.indexAt(point)
        move = Qt.DropAction.MoveAction
        if not event.dropAction() & move or (
            event.source() is self
            and event.possibleActions() & move
            and index.isValid()
            and index in self.selectedIndexes()
        ):
            return  # ignored (Qt leaves its indicator as it was)
        card = self.visualRect(index)
        edge = drop_edge(point, card) if index.isValid() else None
        # Over no card, Qt's indicator of the empty area (an empty rectangle).
        self._drop_gap = QRect() if edge is None else QRect(card.left(), edge, card.width(), 0)
        event.acceptProposedAction()
        self.viewport().update()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        # The gap goes with the drag: the view paints it whenever it is dragging, and the next
        # drag over it (or from it) must not show where this one would have landed.
        self._drop_gap = None
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop_gap = None
        if not self._accepts(event):
            event.ignore()
            return
        # Qt's item view drop, which hands the cards to the model (the plan moves them). Not
        # QListView's: within its own view it moves the selected rows one by one through the
        # model, and when a selected card already stands at the drop row it counts that card
        # as moved and gives up on the others, silently (cards 1 and 3 dropped under card 1).
        QAbstractItemView.dropEvent(self, event)

    def drop_gap(self) -> QRect | None:
        """Where the drop indicator shows that the dragged cards would land (an empty
        rectangle: at the end; None: no drag has been over the view)."""
        return self._drop_gap

    def _paint_drop_gap(self) -> None:
        """The drop indicator, as Qt's list view paints it during a drag over the view."""
        if (
            self._drop_gap is None
            or self.state() != QAbstractItemView.State.DraggingState
            or self.viewport().cursor().shape() == Qt.CursorShape.ForbiddenCursor
        ):
            return
        # Drags come after the first paint, which does without these classes (~1 ms to build).
        from PySide6.QtWidgets import QStyle, QStyleOption

        option = QStyleOption()
        option.initFrom(self)
        option.rect = self._drop_gap
        painter = QPainter(self.viewport())
        self.style().drawPrimitive(
            QStyle.PrimitiveElement.PE_IndicatorItemViewItemDrop, option, painter, self
        )
        painter.end()

    def _accepts(self, event: QDropEvent) -> bool:
        return self.column_model().canDropMimeData(
            event.mimeData(), Qt.DropAction.MoveAction, -1, 0, QModelIndex()
        )

    # -- empty column --------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        """Lay the cards out again when the width changes: a card's height depends on it (its
        title and notes wrap), but a top-to-bottom QListView relays itself out only when its
        height changes, so a window made narrower by its width alone left cards overlapping."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._paint_drop_gap()
        rows = self.proxy.rowCount()
        if rows and not self.visualRect(self.proxy.index(rows - 1, 0)).isValid():
            self._paint_top_cards(event.rect())
        if rows == 0:
            hint = NO_MATCH_HINT if self.column_model().rowCount() else EMPTY_HINT
            painter = QPainter(self.viewport())
            ink = self.palette().color(QPalette.ColorRole.PlaceholderText)
            area = self.viewport().rect().adjusted(12, 12, -12, -12)
            if hint is EMPTY_HINT:
                dashed = solid(ink)
                dashed.setDashPattern(DASHES)
                painter.strokePath(rounded_rect(QRectF(area), 8), dashed)
            draw_text(painter, area, ALIGN_HCENTER | ALIGN_VCENTER, hint, ink)
            painter.end()

    def _paint_top_cards(self, area: QRect) -> None:
        """Paint the cards that fall in ``area`` (viewport coordinates) while the list is still
        being laid out.

        A long column is laid out in batches (the first before the first paint, the rest while
        events run), and QListView paints no card at all until its last batch is done: it finds
        the cards to paint through the end of the whole layout. Meanwhile the cards are stacked
        here from the top, each as tall as its size hint at the viewport's present width (what
        the finished layout gives them), so the first frame of a long column shows its top
        cards, as a short column's does.
        """
        painter = QPainter(self.viewport())
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        width = self.viewport().width()
        option.rect = QRect(0, 0, width, 0)  # the width the layout sizes cards for
        y = -self.verticalOffset()
        for row in range(self.proxy.rowCount()):
            if y > area.bottom():
                break
            index = self.proxy.index(row, 0)
            height = self.card_delegate.sizeHint(option, index).height()
            if y + height > area.top():
                option.rect = QRect(0, y, width, height)
                self.card_delegate.paint(painter, option, index)
                option.rect = QRect(0, 0, width, 0)
            y += height
        painter.end()


def drop_edge(point: QPoint, card: QRect) -> int | None:
    """The edge of ``card`` (its top or bottom y) that a drop at ``point`` over it lands at, as
    Qt decides for a card that takes no drop itself: near its top or bottom edge, that edge;
    else by its middle. None on its left or right border, where Qt shows the indicator of the
    empty area."""
    margin = min(max(2, int(card.height() / 5.5 + 0.5)), 12)
    if point.y() - card.top() < margin:
        return card.top()
    if card.bottom() - point.y() < margin:
        return card.bottom()
    if not card.contains(point, True):
        return None
    return card.top() if point.y() < card.center().y() else card.bottom()
