"""Test helper run under Xvfb (``xvfb-run``): the real app window driven by real X key events.

``python -m tests.ui.x_session SCENARIO PLAN`` opens PLAN in the app's main window on the X
server given by ``DISPLAY`` (no window manager), then plays the scenario's steps: each step sends
keys with ``xdotool`` (through the X server, as a keyboard would) and waits, with a deadline,
until the app shows the expected result. It prints one JSON object with what it found and exits
0, or prints the failed step and exits 1. Used by ``tests/ui/test_on_x_server.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from planner.model import Column, Relationship, TaskChanges
from ui.app import make_application
from ui.decisions_dialog import DecisionsDialog
from ui.main_window import MainWindow
from ui.plan_windows import PlanWindows
from ui.task_dialog import TaskDialog

STEP_DEADLINE = 10.0
Condition = Callable[[], bool]


def keys(*names: str) -> None:
    """Press keys through the X server, as a keyboard does (e.g. ``ctrl+Return``)."""
    subprocess.run(["xdotool", "key", "--delay", "30", *names], check=True, timeout=20)


def type_text(text: str) -> None:
    subprocess.run(["xdotool", "type", "--delay", "20", text], check=True, timeout=20)


def drag_with_mouse(start: QPoint, end: QPoint) -> None:
    """Press the left button at ``start`` (global), move in steps to ``end`` and release, as a
    hand does: in the background, so the app handles each step (the drag runs its own loop)."""
    steps = ["mousemove", str(start.x()), str(start.y()), "sleep", "0.3", "mousedown", "1"]
    for k in range(1, 9):
        x = start.x() + (end.x() - start.x()) * k // 8
        y = start.y() + (end.y() - start.y()) * k // 8
        steps += ["sleep", "0.1", "mousemove", str(x), str(y)]
    steps += ["sleep", "0.3", "mouseup", "1"]
    subprocess.Popen(["xdotool", *steps])


def modal() -> QDialog | None:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, QDialog) else None


def editor_up() -> bool:
    """The task editor is open and has the keyboard (keys sent before would go elsewhere)."""
    dialog = modal()
    return isinstance(dialog, TaskDialog) and QApplication.activeWindow() is dialog


def long_title(window: MainWindow, found: dict[str, object]) -> Iterator[tuple[str, Condition]]:
    """Open the 40,000-character task with Enter, change its hours, save with Ctrl+Enter."""
    view = window.view(Column.ME)
    task_id = window.plan.tasks(Column.ME)[0].id
    view.select_ids([task_id], current=task_id)
    keys("Return")
    yield "the editor opens", editor_up
    dialog = modal()
    assert isinstance(dialog, TaskDialog)
    found["title_in_editor"] = len(dialog.title_edit.text())
    keys("Tab", "Tab")  # title -> notes -> hours
    yield "the hours field has the focus", lambda: dialog.hours_edit.hasFocus()
    keys("ctrl+a")
    type_text("3")
    keys("ctrl+Return")
    yield "the editor closes", lambda: modal() is None
    yield "the edit is saved", lambda: window.plan.task(task_id).hours_per_week == 3
    task = window.plan.task(task_id)
    found["hours"] = task.hours_per_week
    found["title_saved"] = len(task.title)


def focus_after_dialog(
    window: MainWindow, found: dict[str, object]
) -> Iterator[tuple[str, Condition]]:
    """Ctrl+N opens the task editor, Esc closes it; Ctrl+F must then reach the search box, and
    after the Preferences dialog, Ctrl+Z must undo."""
    keys("ctrl+n")
    yield "the editor opens", editor_up
    keys("Escape")
    yield "the editor closes", lambda: modal() is None
    keys("ctrl+f")
    yield "Ctrl+F reaches the search box", lambda: window.search.hasFocus()
    found["search_focused"] = True
    keys("Escape")
    yield "Esc hands the focus back to the board", lambda: not window.search.hasFocus()
    task_id = window.plan.tasks(Column.ME)[0].id
    window.editor.move_tasks([task_id], Column.VA, 0)
    keys("ctrl+comma")
    yield (
        "Preferences opens",
        lambda: modal() is not None and QApplication.activeWindow() is modal(),
    )
    keys("Escape")
    yield "Preferences closes", lambda: modal() is None
    keys("ctrl+z")
    yield "Ctrl+Z undoes the move", lambda: window.plan.board.column_of(task_id) is Column.ME
    found["undone"] = True
    found["active"] = QApplication.activeWindow() is window


def first_moment(window: MainWindow, found: dict[str, object]) -> Iterator[tuple[str, Condition]]:
    """Ctrl+F, pressed as the board is first painted (see :class:`FirstPaintKeys`), reaches the
    search box; Ctrl+N then opens the task editor."""
    yield "Ctrl+F, pressed at the first paint, reaches the search box", window.search.hasFocus
    found["search_focused"] = True
    keys("Escape", "ctrl+n")
    yield "Ctrl+N opens the task editor", editor_up
    keys("Escape")
    yield "the editor closes", lambda: modal() is None
    found["editor_opened"] = True


def multi_drag(window: MainWindow, found: dict[str, object]) -> Iterator[tuple[str, Condition]]:
    """The first and third cards of Me selected, dragged with the mouse by the third to the gap
    under the first: both stand there, in their order; Ctrl+Z puts them back."""
    view = window.view(Column.ME)
    before = list(window.plan.board.ids(Column.ME))
    first, second, third = before[:3]
    view.setFocus()
    view.select_ids([first, third], current=third)
    yield "two cards are selected", lambda: view.selected_ids() == [first, third]
    under = view.visualRect(view.model().index(1, 0))  # the top edge of the second card
    start = view.visualRect(view.model().index(2, 0)).center()
    drag_with_mouse(
        view.viewport().mapToGlobal(start),
        view.viewport().mapToGlobal(QPoint(under.center().x(), under.top() + 2)),
    )
    moved = [first, third, second, *before[3:]]
    yield "the drop moves them", lambda: window.plan.board.ids(Column.ME) == moved
    found["moved"] = window.plan.board.ids(Column.ME) == moved
    keys("ctrl+z")
    yield "Ctrl+Z puts them back", lambda: window.plan.board.ids(Column.ME) == before
    found["undone"] = True


def decisions(window: MainWindow, found: dict[str, object]) -> Iterator[tuple[str, Condition]]:
    """Warnings ▸ Your decisions… from the keyboard: the dialog opens on top of the window (no
    window manager keeps it there), Alt+R removes the decision, Ctrl+Z and Ctrl+Shift+Z in the
    dialog undo and redo that."""
    task_id = window.plan.tasks(Column.ME)[1].id
    window.editor.edit_task(task_id, TaskChanges(relationship=Relationship.YES))

    def decided() -> Relationship:
        return window.plan.task(task_id).relationship

    keys("alt+w")
    yield "the Warnings menu opens", lambda: isinstance(QApplication.activePopupWidget(), QMenu)
    keys("d")
    yield "Your decisions opens", lambda: _decisions_dialog(window) is not None
    dialog = _decisions_dialog(window)
    assert dialog is not None
    yield "it has the keyboard", dialog.isActiveWindow
    yield "it is on top of the window", lambda: _shown_on_screen(dialog)
    found["on_top"] = True
    keys("alt+r")
    yield "Alt+R removes the decision", lambda: decided() is Relationship.AUTO
    keys("ctrl+z")
    yield "Ctrl+Z in the dialog brings it back", lambda: decided() is Relationship.YES
    found["undone"] = True
    keys("ctrl+shift+z")
    yield "Ctrl+Shift+Z in the dialog removes it again", lambda: decided() is Relationship.AUTO
    found["redone"] = True
    keys("Escape")
    yield "Esc closes the dialog", lambda: not dialog.isVisible()


def click_with_mouse(widget: QWidget) -> None:
    """Move the pointer to the middle of ``widget`` and click the left button there."""
    at = widget.mapToGlobal(widget.rect().center())
    subprocess.run(
        ["xdotool", "mousemove", str(at.x()), str(at.y()), "sleep", "0.2", "click", "1"],
        check=True,
        timeout=20,
    )


def move_back(window: MainWindow, found: dict[str, object]) -> Iterator[tuple[str, Condition]]:
    """The middle card of Me dragged with the mouse into My VA warns; the banner's "Move back
    to Me", clicked, puts it back between the same cards as one step: Ctrl+Z sends it to My VA
    again (the banner back), Ctrl+Shift+Z brings it back to its place, selected."""
    from ui.warning_banner import MOVE_BACK

    board = window.plan.board
    before = list(board.ids(Column.ME))
    task_id = before[1]
    me, va = window.view(Column.ME), window.view(Column.VA)
    start = me.visualRect(me.model().index(1, 0)).center()
    drag_with_mouse(
        me.viewport().mapToGlobal(start), va.viewport().mapToGlobal(va.viewport().rect().center())
    )
    yield "the drop into My VA warns", lambda: window.banner.isVisible()
    found["warned"] = board.column_of(task_id) is Column.VA
    button = window.banner.button(MOVE_BACK)
    assert button is not None
    click_with_mouse(button)
    yield "Move back to Me puts it back in place", lambda: board.ids(Column.ME) == before
    yield "the banner goes", lambda: not window.banner.isVisible()
    found["back_in_place"] = me.selected_ids() == [task_id] and me.current_id() == task_id
    keys("ctrl+z")
    yield "Ctrl+Z sends it to My VA again", lambda: board.column_of(task_id) is Column.VA
    yield "the banner comes back", lambda: window.banner.isVisible()
    found["undone"] = True
    keys("ctrl+shift+z")
    yield "Ctrl+Shift+Z puts it back in place", lambda: board.ids(Column.ME) == before
    found["redone"] = me.selected_ids() == [task_id] and me.hasFocus()


def _decisions_dialog(window: MainWindow) -> QDialog | None:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, DecisionsDialog)]
    return next((d for d in dialogs if d.isVisible()), None)


def _shown_on_screen(widget: QWidget) -> bool:
    """Whether the screen shows ``widget`` where it is (not another window stacked over it)."""
    frame = widget.geometry()
    screen = QGuiApplication.primaryScreen().grabWindow(
        0, frame.x(), frame.y(), frame.width(), frame.height()
    )
    seen, own = screen.toImage(), widget.grab().toImage()
    points = [
        (x, y)
        for x in range(0, min(seen.width(), own.width()), 9)
        for y in range(0, min(seen.height(), own.height()), 9)
    ]
    same = sum(seen.pixel(x, y) == own.pixel(x, y) for x, y in points)
    return same >= 0.9 * len(points)


class FirstPaintKeys(QObject):
    """Presses Ctrl+F through the X server when the main window gets its first paint event,
    before the work that follows the first paint (the advisor on the cards, the warning scan)."""

    def __init__(self, window: MainWindow, found: dict[str, object]) -> None:
        super().__init__(window)
        self.window = window
        self.found = found
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            self.found["pressed_before_advice"] = not self.window.tracker.ready
            keys("ctrl+f")
        return False


SCENARIOS = {
    "long-title": long_title,
    "focus-after-dialog": focus_after_dialog,
    "first-moment": first_moment,
    "multi-drag": multi_drag,
    "decisions": decisions,
    "move-back": move_back,
}


def wait_until(app: QApplication, condition: Condition) -> bool:
    """Process events until ``condition`` holds (True) or the deadline passes (False)."""
    deadline = time.monotonic() + STEP_DEADLINE
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if condition():
            return True
    return False


class Player:
    """Plays a scenario from a timer, so steps go on inside the dialogs' own event loops."""

    def __init__(self, app: QApplication, steps: Iterator[tuple[str, Condition]]) -> None:
        self.app = app
        self.steps = steps
        self.label = ""
        self.condition: Condition = lambda: True
        self.deadline = 0.0
        self.failed = ""
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.timer.start()

    def tick(self) -> None:
        if self.condition():
            try:
                self.label, self.condition = next(self.steps)
            except StopIteration:
                self.finish()
                return
            self.deadline = time.monotonic() + STEP_DEADLINE
        elif time.monotonic() > self.deadline:
            self.failed = self.label
            self.finish()

    def finish(self) -> None:
        self.timer.stop()
        while (dialog := modal()) is not None:
            dialog.reject()
        self.app.exit(0)


def main(argv: list[str]) -> int:
    scenario, plan_path = SCENARIOS[argv[0]], Path(argv[1])
    app = make_application(["x-session"])
    windows = PlanWindows(QSettings())
    found: dict[str, object] = {}
    window = windows.show(windows.start(plan_path))
    if argv[0] == "first-moment":
        FirstPaintKeys(window, found)  # shown, not yet painted: that waits for the event loop
    window.activateWindow()
    if not wait_until(app, lambda: QApplication.activeWindow() is window):
        found["failed"] = "the window never became active"
    else:
        player = Player(app, scenario(window, found))
        player.start()
        app.exec()
        if player.failed:
            found["failed"] = player.failed
    print(json.dumps(found))
    if windows.plan is not None:
        windows.plan.close()
    return 1 if "failed" in found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
