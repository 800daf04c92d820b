"""Drag and drop through the views: synthetic drop events, and the drag lifecycle the app owns."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
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
