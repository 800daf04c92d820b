"""The window under faults: a second window is read-only, failures offer a rescue, odd text
paints."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from planner.model import Column, TaskChanges
from planner.plan import Plan
from ui.main_window import MainWindow
from ui.plan_editor import PlanEditor
from ui.plan_windows import PlanWindows

from .conftest import ids_of


def test_second_window_on_a_plan_is_read_only(
    window: MainWindow, settings: QSettings, qtbot: QtBot
) -> None:
    second_plan = Plan.open(window.plan.path)
    editor = PlanEditor(second_plan)
    second = MainWindow(editor, settings)
    qtbot.addWidget(second)
    second.show()
    assert second.windowTitle() == "test (read-only) — Delegation Planner"
    assert (
        second.error_bar.isVisible() and "already open in another" in second.error_bar.text.text()
    )
    assert not second.new_action.isEnabled() and not second.import_action.isEnabled()
    me = second.view(Column.ME)
    assert not me.acceptDrops() and not me.dragEnabled()
    data = me.column_model().mimeData([me.column_model().index(0, 0)])
    # Even a drop that reached the model is refused by the plan and reported, nothing changes.
    second.models[Column.VA].dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert second_plan.board.count(Column.ME) == 3
    assert "Changes cannot be saved" in second.error_bar.text.text()
    assert second.export_action.isEnabled()
    editor.detach()
    second_plan.close()


def test_failure_bar_offers_to_save_a_copy(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.plan.path.rename(tmp_path / "moved.dplan")
    (task,) = ids_of(window.plan, "Bookkeeping")
    assert not window.editor.move_tasks([task], Column.ME, 0)
    assert "moved or deleted" in window.error_bar.text.text()
    button = window.error_bar.button("Save a copy as…")
    assert button is not None
    rescue = tmp_path / "rescue.dplan"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(rescue), "")
    )
    button.click()
    with Plan.open(rescue) as saved:
        assert len(saved.board) == 6


def test_bad_plan_dialog_explains_and_offers_a_way_out(
    qapp: QApplication, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.dplan"
    bad.write_text("not a plan")
    seen: list[tuple[str, list[str]]] = []

    def fake_exec(box: QMessageBox) -> int:
        seen.append((box.informativeText(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    windows = PlanWindows(settings)
    assert windows.open_path(bad) is False
    text, buttons = seen[0]
    assert "not an SQLite database" in text and "The file has not been changed." in text
    assert "Open another plan…" in buttons and "Create a new plan…" in buttons
    assert bad.read_text() == "not a plan"


def test_huge_and_odd_titles_keep_cards_bounded(window: MainWindow) -> None:
    huge = window.editor.add_task(
        "word " * 20_000, Column.ME, 0, fields=TaskChanges(notes="n\n" * 5000)
    )
    odd = window.editor.add_task("الرد على التعليقات 💬\x07", Column.ME, 0)
    view = window.view(Column.ME)
    delegate = view.itemDelegate()
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.viewport().rect()
    sizes = []
    for task_id in (huge, odd):
        assert task_id is not None
        index = view.proxy.index(view.view_row(task_id), 0)
        size = delegate.sizeHint(option, index)
        sizes.append(size)
        image = QImage(QSize(option.rect.width(), size.height()), QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        option.rect = image.rect()
        delegate.paint(painter, option, index)
        painter.end()
    assert all(size.height() < 140 for size in sizes)
