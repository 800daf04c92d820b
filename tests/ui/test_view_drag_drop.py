"""Drag and drop through the views: synthetic drop events, and the drag lifecycle the app owns."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from planner.model import Column
from ui import column_view
from ui.column_view import ColumnView
from ui.main_window import MainWindow

from .conftest import ids_of, titles


def drop_on(view: ColumnView, data: QMimeData, point: QPoint) -> QDropEvent:
    """Deliver drag-enter, drag-move and drop at ``point`` of ``view``'s viewport, as Qt would."""
    actions = Qt.DropAction.MoveAction
    buttons = Qt.MouseButton.LeftButton
    mods = Qt.KeyboardModifier.NoModifier
    viewport = view.viewport()
    enter = QDragEnterEvent(point, actions, data, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(point, actions, data, buttons, mods)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(QPointF(point), actions, data, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    return drop


def lower_half(view: ColumnView, row: int) -> QPoint:
    rect = view.visualRect(view.model().index(row, 0))
    return QPoint(rect.center().x(), rect.bottom() - 3)


def upper_half(view: ColumnView, row: int) -> QPoint:
    rect = view.visualRect(view.model().index(row, 0))
    return QPoint(rect.center().x(), rect.top() + 3)


def test_drop_event_between_cards_moves_and_undoes(window: MainWindow, qtbot: QtBot) -> None:
    plan = window.plan
    me, va = window.view(Column.ME), window.view(Column.VA)
    data = me.column_model().mimeData([me.model().index(0, 0)])
    drop_on(va, data, lower_half(va, 0))
    assert titles(plan, Column.VA) == [
        "Bookkeeping",
        "Reply to comments on my blog",
        "Upload the podcast",
    ]
    assert "Reply to comments on my blog" not in titles(plan, Column.ME)
    assert window.editor.undo_stack.undoText() == "Move 'Reply to comments on my blog' to My VA"
    window.editor.undo_stack.undo()
    assert titles(plan, Column.ME)[0] == "Reply to comments on my blog"
    window.editor.undo_stack.redo()
    assert titles(plan, Column.VA)[1] == "Reply to comments on my blog"


def test_drop_event_above_first_card(window: MainWindow) -> None:
    plan = window.plan
    nobody, va = window.view(Column.NOBODY), window.view(Column.VA)
    data = nobody.column_model().mimeData([nobody.model().index(0, 0)])
    drop_on(va, data, upper_half(va, 0))
    assert titles(plan, Column.VA) == ["Buy followers", "Bookkeeping", "Upload the podcast"]


def test_drop_event_on_empty_column(window: MainWindow) -> None:
    plan = window.plan
    (only,) = ids_of(plan, "Buy followers")
    window.editor.move_tasks([only], Column.VA, 0)
    nobody, me = window.view(Column.NOBODY), window.view(Column.ME)
    assert nobody.model().rowCount() == 0
    data = me.column_model().mimeData([me.model().index(2, 0)])
    drop_on(nobody, data, nobody.viewport().rect().center())
    assert titles(plan, Column.NOBODY) == ["Attend a networking event"]


def test_foreign_drop_event_is_refused(window: MainWindow) -> None:
    plan = window.plan
    before = {c: titles(plan, c) for c in Column}
    data = QMimeData()
    data.setText("Reply to comments on my blog")
    data.setUrls([])
    va = window.view(Column.VA)
    drop = drop_on(va, data, lower_half(va, 0))
    assert not drop.isAccepted()
    assert {c: titles(plan, c) for c in Column} == before
    assert window.editor.undo_stack.count() == 0


class FakeDrag:
    """Stands in for QDrag: ``exec`` performs the drop on a target view and reports MoveAction,
    which is what makes Qt's default startDrag delete the source rows."""

    target: ColumnView
    point: QPoint

    def __init__(self, source: Any) -> None:
        self.data: QMimeData | None = None

    def setMimeData(self, data: QMimeData) -> None:
        self.data = data

    def setPixmap(self, pixmap: Any) -> None:
        assert not pixmap.isNull()

    def setHotSpot(self, point: Any) -> None:
        pass

    def exec(self, *args: Any) -> Qt.DropAction:
        assert self.data is not None
        drop_on(FakeDrag.target, self.data, FakeDrag.point)
        return Qt.DropAction.MoveAction


def test_source_card_survives_cross_column_move_action(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = window.plan
    me, va = window.view(Column.ME), window.view(Column.VA)
    (task,) = ids_of(plan, "Record the podcast")
    me.select_ids([task])
    FakeDrag.target, FakeDrag.point = va, lower_half(va, 1)
    monkeypatch.setattr(column_view, "QDrag", FakeDrag)
    me.startDrag(Qt.DropAction.MoveAction)
    assert titles(plan, Column.VA) == ["Bookkeeping", "Upload the podcast", "Record the podcast"]
    assert len(plan.board) == 6
    assert me.model().rowCount() == 2 and va.model().rowCount() == 3
    # After the drop, the card is selected where it landed.
    assert va.selected_ids() == [task]


def test_reorder_drag_within_column_keeps_every_card(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = window.plan
    me = window.view(Column.ME)
    me.select_ids(ids_of(plan, "Reply to comments on my blog"))
    FakeDrag.target, FakeDrag.point = me, lower_half(me, 2)
    monkeypatch.setattr(column_view, "QDrag", FakeDrag)
    me.startDrag(Qt.DropAction.MoveAction)
    assert titles(plan, Column.ME) == [
        "Record the podcast",
        "Attend a networking event",
        "Reply to comments on my blog",
    ]
    assert len(plan.board) == 6


def test_multi_card_drag_keeps_order(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = window.plan
    me, nobody = window.view(Column.ME), window.view(Column.NOBODY)
    me.select_ids(ids_of(plan, "Attend a networking event", "Reply to comments on my blog"))
    FakeDrag.target, FakeDrag.point = nobody, upper_half(nobody, 0)
    monkeypatch.setattr(column_view, "QDrag", FakeDrag)
    me.startDrag(Qt.DropAction.MoveAction)
    assert titles(plan, Column.NOBODY) == [
        "Reply to comments on my blog",
        "Attend a networking event",
        "Buy followers",
    ]
    assert window.editor.undo_stack.undoText() == "Move 2 tasks to Nobody"
    window.editor.undo_stack.undo()
    assert titles(plan, Column.ME) == [
        "Reply to comments on my blog",
        "Record the podcast",
        "Attend a networking event",
    ]


def mouse(view: ColumnView, kind: QEvent.Type, point: QPoint, held: bool) -> None:
    """A left-button mouse event at ``point`` of ``view``'s viewport."""
    left = Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind,
        QPointF(point),
        QPointF(view.viewport().mapToGlobal(point)),
        left if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
        left if held else Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_pressing_a_card_and_moving_drags_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt starts the drag: the first move with the button held readies it, the first one past
    the drag distance starts it (the cards' flags no longer say they can be dragged)."""
    plan = window.plan
    me, va = window.view(Column.ME), window.view(Column.VA)
    FakeDrag.target, FakeDrag.point = va, lower_half(va, 1)
    monkeypatch.setattr(column_view, "QDrag", FakeDrag)
    start = me.visualRect(me.model().index(1, 0)).center()
    mouse(me, QEvent.Type.MouseButtonPress, start, held=True)
    assert me.selected_ids() == ids_of(plan, "Record the podcast")
    mouse(me, QEvent.Type.MouseMove, start + QPoint(0, 1), held=True)
    assert me.state() == QAbstractItemView.State.DraggingState
    assert titles(plan, Column.VA) == ["Bookkeeping", "Upload the podcast"]  # not yet
    far = start + QPoint(0, QApplication.startDragDistance() + 2)
    mouse(me, QEvent.Type.MouseMove, far, held=True)
    assert titles(plan, Column.VA) == ["Bookkeeping", "Upload the podcast", "Record the podcast"]
    assert me.state() == QAbstractItemView.State.NoState


def test_pressing_beside_the_cards_and_moving_selects(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    me = window.view(Column.ME)
    started: list[object] = []
    monkeypatch.setattr(me, "startDrag", started.append)
    below = me.visualRect(me.model().index(2, 0)).bottomLeft() + QPoint(20, 30)
    mouse(me, QEvent.Type.MouseButtonPress, below, held=True)
    mouse(me, QEvent.Type.MouseMove, below + QPoint(0, -60), held=True)
    mouse(me, QEvent.Type.MouseMove, below + QPoint(0, -80), held=True)
    assert started == []
    assert me.state() == QAbstractItemView.State.DragSelectingState
    mouse(me, QEvent.Type.MouseButtonRelease, below + QPoint(0, -80), held=False)
    assert me.state() == QAbstractItemView.State.NoState


def drag_over(view: ColumnView, data: QMimeData, point: QPoint) -> QDragMoveEvent:
    actions = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(point, actions, data, buttons, mods))
    move = QDragMoveEvent(point, actions, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), move)
    return move


def test_a_drag_over_a_card_shows_the_gap_it_lands_in(window: MainWindow) -> None:
    me, va = window.view(Column.ME), window.view(Column.VA)
    data = me.column_model().mimeData([me.model().index(0, 0)])
    card = va.visualRect(va.model().index(1, 0))
    assert drag_over(va, data, lower_half(va, 1)).isAccepted()
    assert va.drop_gap() == QRect(card.left(), card.bottom(), card.width(), 0)
    # the middle of a card that takes no drop itself: the nearer gap
    assert drag_over(va, data, card.center() + QPoint(0, -2)).isAccepted()
    assert va.drop_gap() == QRect(card.left(), card.top(), card.width(), 0)
    below = card.bottomLeft() + QPoint(20, 40)  # the empty area: Qt's empty indicator
    assert drag_over(va, data, below).isAccepted()
    assert va.drop_gap() == QRect()
    assert va.state() == QAbstractItemView.State.DraggingState


def test_a_foreign_drag_is_not_accepted_over_a_gap(window: MainWindow) -> None:
    va = window.view(Column.VA)
    data = QMimeData()
    data.setText("Bookkeeping")
    assert not drag_over(va, data, lower_half(va, 0)).isAccepted()
    assert va.drop_gap() is None


def test_a_drag_that_left_or_dropped_leaves_no_gap_for_the_next_drag(window: MainWindow) -> None:
    """The view paints its drop indicator whenever it is in its dragging state, which a view
    is in from the moment a drag starts from it: a later drag must not show where an earlier
    one would have landed (seen on Xvfb: a line under a card of the column a card left)."""
    me, va = window.view(Column.ME), window.view(Column.VA)
    data = me.column_model().mimeData([me.model().index(0, 0)])
    assert drag_over(va, data, lower_half(va, 0)).isAccepted()
    assert va.drop_gap() is not None
    QApplication.sendEvent(va.viewport(), QDragLeaveEvent())
    assert va.drop_gap() is None
    assert drag_over(va, data, lower_half(va, 1)).isAccepted()
    assert va.drop_gap() is not None
    drop = QDropEvent(
        QPointF(lower_half(va, 1)),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(va.viewport(), drop)
    assert drop.isAccepted()
    assert va.drop_gap() is None
