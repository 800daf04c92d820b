"""A damaged advisor install in the window: the board works without warnings, the first scan
finishes, the message bar says why once, and the smoke test fails."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner import advice
from planner.model import Column
from tests.conftest import ADVISOR_TOLD as TOLD
from ui.app import app_icon, smoke_test
from ui.main_window import MainWindow
from ui.message_bar import MessageKind


@pytest.mark.usefixtures("damaged_advisor")
def test_the_window_says_once_that_warnings_are_off(window: MainWindow, qtbot: QtBot) -> None:
    if not window.tracker.ready:
        with qtbot.waitSignal(window.tracker.scanned, timeout=5000):
            window.firstPainted.emit()
    bar = window.error_bar
    assert bar.isVisible() and bar.kind is MessageKind.WARNING
    assert bar.text.text() == TOLD
    assert window.warning_label.text() == "⚠ Relationship warnings off"
    assert window.tracker.count() == 0
    bar.dismiss()  # the owner closed it: later changes do not bring it back
    window.editor.add_task("Reply to podcast listeners", Column.VA)
    assert not bar.isVisible()
    assert window.warning_label.text() == "⚠ Relationship warnings off"


def test_the_window_says_nothing_while_the_advisor_works(window: MainWindow, qtbot: QtBot) -> None:
    advice.assessment.cache_clear()
    if not window.tracker.ready:
        with qtbot.waitSignal(window.tracker.scanned, timeout=5000):
            window.firstPainted.emit()
    assert not window.error_bar.isVisible()
    assert "off" not in window.warning_label.text()


@pytest.mark.usefixtures("damaged_advisor")
def test_the_smoke_test_fails_on_a_damaged_advisor(
    window: MainWindow, capsys: pytest.CaptureFixture[str]
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setWindowIcon(app_icon())  # as ui.app.main does after the first paint
    try:
        assert smoke_test(app, window) == 1
    finally:
        app.setWindowIcon(QIcon())
    err = capsys.readouterr().err
    assert "painted: 6 tasks" in err and "smoke test passed" not in err
    assert f"delegation-planner: error: {TOLD}\n" in err
