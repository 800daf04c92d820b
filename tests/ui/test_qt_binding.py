"""Guards against a broken Qt binding: PySide6 6.12.0 drops a reference to ``None`` on every call
that returns nothing. On Python 3.11 ``None`` is an ordinary object, so after enough calls the
interpreter aborts ("deallocating None"). The app pins a release without the fault; this test
fails loudly if an upgrade brings it back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from planner.model import Column
from ui.column_model import ColumnModel
from ui.plan_editor import PlanEditor


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
    assert sys.getrefcount(None) - before >= -5


def test_model_returning_nothing_keeps_none_alive(editor: PlanEditor) -> None:
    model = ColumnModel(editor, Column.ME)
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(500):
        index.data(Qt.ItemDataRole.DecorationRole)
        model.index(99, 0, QModelIndex()).data()
    assert sys.getrefcount(None) - before >= -5
