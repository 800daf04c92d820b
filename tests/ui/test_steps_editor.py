"""The task dialog's steps editor: add, remove, reorder by buttons and by keyboard, one line a
step, and a step still being typed is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMainWindow
from pytestqt.qtbot import QtBot

from ui.steps_editor import StepsEditor

_hosts: list[QMainWindow] = []


def make(qtbot: QtBot, steps: tuple[str, ...] = ()) -> StepsEditor:
    window = QMainWindow()  # a top-level plain QWidget warns on the offscreen platform
    _hosts[:] = [window]
    qtbot.addWidget(window)
    editor = StepsEditor()
    window.setCentralWidget(editor)
    window.setMinimumSize(500, 300)  # else the offscreen platform warns about size hints
    editor.set_steps(steps)
    window.show()
    qtbot.waitExposed(window)
    return editor


def test_set_and_read_back(qtbot: QtBot) -> None:
    editor = make(qtbot, ("Open the inbox", "File receipts"))
    assert editor.steps() == ("Open the inbox", "File receipts")
    assert editor.list.currentRow() == 0
    assert not editor.up_button.isEnabled() and editor.down_button.isEnabled()


def test_alt_up_and_down_reorder(qtbot: QtBot) -> None:
    editor = make(qtbot, ("one", "two", "three"))
    editor.list.setFocus()
    editor.list.setCurrentRow(0)
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClick(editor.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert editor.steps() == ("two", "one", "three") and editor.list.currentRow() == 1
    qtbot.keyClick(editor.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # at the end
    assert editor.steps() == ("two", "three", "one") and editor.list.currentRow() == 2
    qtbot.keyClick(editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.steps() == ("two", "one", "three")


def test_buttons_reorder_and_remove(qtbot: QtBot) -> None:
    editor = make(qtbot, ("one", "two", "three"))
    editor.list.setCurrentRow(2)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert editor.steps() == ("one", "three", "two")
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.steps() == ("one", "two") and editor.list.currentRow() == 1
    assert not editor.down_button.isEnabled()


def test_keyboard_add_type_and_delete(qtbot: QtBot) -> None:
    editor = make(qtbot, ("one",))
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_Insert)
    assert editor.list.currentRow() == 1
    (line,) = [w for w in editor.list.viewport().findChildren(QLineEdit) if w.isVisible()]
    qtbot.keyClicks(line, "two")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    # The item delegate commits and closes the editor on its next event-loop turn.
    qtbot.waitUntil(lambda: editor.list.state() != QAbstractItemView.State.EditingState)
    assert editor.steps() == ("one", "two")
    editor.list.setCurrentRow(0)
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)
    assert editor.steps() == ("two",)


def test_a_step_being_typed_is_kept(qtbot: QtBot) -> None:
    editor = make(qtbot)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    (line,) = [w for w in editor.list.viewport().findChildren(QLineEdit) if w.isVisible()]
    qtbot.keyClicks(line, "Still typing")
    assert editor.steps() == ("Still typing",)


def test_steps_stay_one_line_and_empty_ones_go(qtbot: QtBot) -> None:
    editor = make(qtbot, ("  spaced   out  ", "", "   "))
    editor.list.item(1).setText("pasted\nacross\tlines")
    assert editor.steps() == ("spaced out", "pasted across lines")
    assert editor.list.item(1).text() == "pasted across lines"


def test_fifty_long_steps_are_kept_whole(qtbot: QtBot) -> None:
    steps = tuple(f"Step {n} " + "word " * 400 for n in range(50))
    editor = make(qtbot, steps)
    assert editor.steps() == tuple(" ".join(s.split()) for s in steps)


def test_editing_a_step_longer_than_qt_s_default_limit_keeps_all_of_it(qtbot: QtBot) -> None:
    """Qt's default line edit stops at 32,767 characters and cuts longer text when the editor
    opens on it; a step from a file or an import can be longer, and an edit must not cut it."""
    long_step = "Check the order " + "x" * 40_000
    editor = make(qtbot, (long_step, "two"))
    editor.list.setFocus()
    editor.list.setCurrentRow(0)
    qtbot.keyClick(editor.list, Qt.Key.Key_F2)
    (line,) = [w for w in editor.list.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert line.text() == long_step
    qtbot.keyClick(line, Qt.Key.Key_End)
    qtbot.keyClicks(line, " done")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.list.state() != QAbstractItemView.State.EditingState)
    assert editor.steps() == (long_step + " done", "two")
