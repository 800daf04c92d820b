"""The app on a real X server (Xvfb, no window manager) with real key presses (xdotool).

Each test runs :mod:`tests.ui.x_session` under ``xvfb-run``: the main window of the real app on
a plan, driven through the X server as a keyboard would.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from planner.model import Column
from planner.plan import Plan
from tests.ui.test_app import ROOT, app_env, xvfb_run

LONG_TITLE = "Reply to every comment " + "x" * (40_000 - 23)


def xdotool() -> str:
    found = shutil.which("xdotool")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("xdotool is missing: .ci/install should have installed it")
        pytest.skip("xdotool is not installed")
    return found


def run_session(scenario: str, plan: Path, home: Path) -> dict[str, object]:
    xdotool()
    command = [
        xvfb_run(),
        "-a",
        "-s",
        "-screen 0 1280x800x24",
        sys.executable,
        "-m",
        "tests.ui.x_session",
        scenario,
        str(plan),
    ]
    env = app_env(home, "xcb")
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=180)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stdout + done.stderr
    found: dict[str, object] = json.loads(lines[-1])
    assert done.returncode == 0, found
    return found


@pytest.fixture
def x_plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.dplan"
    with Plan.open(path, create=True) as plan:
        plan.add(LONG_TITLE, Column.ME)
        plan.add("Plan the week", Column.ME)
        plan.add("Book travel", Column.VA)
    return path


@pytest.mark.xvfb
def test_a_40000_character_title_survives_a_keyboard_edit(x_plan: Path, tmp_path: Path) -> None:
    found = run_session("long-title", x_plan, tmp_path)
    assert found == {"title_in_editor": 40_000, "hours": 3.0, "title_saved": 40_000}
    with Plan.open(x_plan) as plan:
        task = plan.tasks(Column.ME)[0]
        assert task.title == LONG_TITLE
        assert task.hours_per_week == 3


@pytest.mark.xvfb
def test_the_window_takes_the_keyboard_back_after_each_dialog(x_plan: Path, tmp_path: Path) -> None:
    found = run_session("focus-after-dialog", x_plan, tmp_path)
    assert found == {"search_focused": True, "undone": True, "active": True}


@pytest.mark.xvfb
def test_your_decisions_opens_on_top_and_undoes_from_the_keyboard(
    x_plan: Path, tmp_path: Path
) -> None:
    """Opened from its menu it was stacked under the main window (nothing showed it, though it
    had the keyboard), and Ctrl+Z in it did nothing though it says Undo brings a decision back."""
    found = run_session("decisions", x_plan, tmp_path)
    assert found == {"on_top": True, "undone": True, "redone": True}


@pytest.mark.xvfb
def test_shortcuts_work_from_the_first_paint(x_plan: Path, tmp_path: Path) -> None:
    """Start-up defers work to just after the first paint (the advisor, dialogs, modules): a
    key pressed as the board is first painted still reaches its action."""
    found = run_session("first-moment", x_plan, tmp_path)
    assert found == {"pressed_before_advice": True, "search_focused": True, "editor_opened": True}


@pytest.mark.xvfb
def test_move_back_to_me_clicked_puts_the_card_back_in_its_place(tmp_path: Path) -> None:
    """The banner's button put the card at the end of Me, not where it was."""
    path = tmp_path / "plan.dplan"
    with Plan.open(path, create=True) as plan:
        for title in ("Plan the week", "Reply to podcast listeners", "File receipts"):
            plan.add(title, Column.ME)
        plan.add("Book travel", Column.VA)
    found = run_session("move-back", path, tmp_path)
    assert found == {"warned": True, "back_in_place": True, "undone": True, "redone": True}
    with Plan.open(path) as plan:
        assert [t.title for t in plan.tasks(Column.ME)][1] == "Reply to podcast listeners"


@pytest.mark.xvfb
def test_two_cards_dragged_with_the_mouse_to_the_gap_beside_one_of_them(tmp_path: Path) -> None:
    """Qt's list view moves a drag within its own view row by row and gives up, silently, when a
    selected card already stands at the drop row: the drop must go to the plan all the same."""
    path = tmp_path / "plan.dplan"
    with Plan.open(path, create=True) as plan:
        for title in ("Plan the week", "Write the newsletter", "Book travel", "File receipts"):
            plan.add(title, Column.ME)
    found = run_session("multi-drag", path, tmp_path)
    assert found == {"moved": True, "undone": True}
    with Plan.open(path) as plan:
        assert [t.title for t in plan.tasks(Column.ME)] == [
            "Plan the week",
            "Write the newsletter",
            "Book travel",
            "File receipts",
        ]


def test_focus_return_ignores_a_window_that_is_gone(qtbot: QtBot) -> None:
    """Offscreen: a closed and deleted main window is skipped, not touched."""
    from PySide6.QtWidgets import QMainWindow

    from ui.focus_return import FocusReturn

    window = QMainWindow()
    keeper = FocusReturn(lambda: window)
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    keeper.give_back()  # must not raise
    keeper.deleteLater()
