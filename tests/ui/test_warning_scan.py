"""The first warning scan runs a slice at a time between the window's events, gives what a scan
in one go gives, and finishes at once when the plan changes before it is done."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from pytestqt.qtbot import QtBot

from planner import advice
from planner.model import Column, TaskChanges
from planner.plan import Plan
from ui.main_window import MainWindow
from ui.plan_editor import PlanEditor
from ui.warning_tracker import WarningTracker

from .test_warnings import REPLY, drop_into_va

VA_TITLES = [
    "Thank new subscribers personally",
    "Update the CRM",
    "Reply to podcast listeners",
    "Book the venue",
    "Negotiate contracts with suppliers",
    "Transcribe the episode",
]


def warned(plan: Plan) -> list[int]:
    """What one scan in one go finds."""
    board = plan.board
    return [
        t.id for t in board.tasks(Column.VA) if advice.warning_for(t, Column.VA, board) is not None
    ]


@pytest.fixture
def slow_window(
    editor: PlanEditor, settings: QSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    """A window (not shown) whose first scan checks one task per event-loop turn."""
    monkeypatch.setattr(WarningTracker, "SLICE_SECONDS", 0.0)
    for title in VA_TITLES:
        editor.plan.add(title, Column.VA, fields=TaskChanges(hours_per_week=1.0))
    made = MainWindow(editor, settings)
    qtbot.addWidget(made)
    return made


def test_the_first_scan_leaves_the_window_turns_and_finds_what_one_scan_finds(
    slow_window: MainWindow, qtbot: QtBot
) -> None:
    tracker = slow_window.tracker
    order: list[str] = []
    seen_during: list[tuple[int, bool]] = []
    tracker.scanned.connect(lambda: order.append("scanned"))

    def another_event() -> None:
        order.append("event")
        seen_during.append((tracker.count(), tracker.ready))

    tracker.start_scan()
    assert not tracker.ready
    QTimer.singleShot(0, another_event)
    with qtbot.waitSignal(tracker.scanned):
        pass
    assert order == ["event", "scanned"]  # the window's own events ran while it scanned
    assert seen_during == [(0, False)]  # a scan under way shows nothing half done
    expected = warned(slow_window.plan)
    assert len(expected) >= 3
    assert tracker.ids() == expected
    assert slow_window.warning_label.text() == f"⚠ {len(expected)} relationship warnings"


def test_a_change_during_the_first_scan_finishes_it_at_once(
    slow_window: MainWindow, qtbot: QtBot
) -> None:
    tracker = slow_window.tracker
    scans: list[bool] = []
    raised: list[int] = []
    tracker.scanned.connect(lambda: scans.append(True))
    tracker.warningRaised.connect(raised.append)
    dropped: list[int] = []
    queued: list[tuple[bool, bool]] = []  # (before the change, after it)

    def change() -> None:
        before = tracker.slice_queued and not tracker.ready  # the scan is under way
        dropped.append(drop_into_va(slow_window, REPLY))
        queued.append((before, tracker.slice_queued))

    tracker.start_scan()
    QTimer.singleShot(0, change)
    with qtbot.waitSignal(tracker.warningRaised):
        pass
    assert queued == [(True, False)]  # the change withdrew the slice that was waiting
    assert scans == [True] and tracker.ready
    now = warned(slow_window.plan)
    assert len(dropped) == 1 and dropped[0] in now
    assert raised == dropped  # the task the change touched is raised, as with one scan
    expected = [t for t in now if t != dropped[0]] + dropped  # the latest warning last
    assert tracker.ids() == expected
    assert not tracker.slice_queued  # nothing of the scan is left to run later


def test_a_scan_started_twice_runs_once(slow_window: MainWindow, qtbot: QtBot) -> None:
    tracker = slow_window.tracker
    scans: list[bool] = []
    tracker.scanned.connect(lambda: scans.append(True))
    tracker.start_scan()
    tracker.start_scan()
    assert tracker.slice_queued
    with qtbot.waitSignal(tracker.scanned):
        pass
    assert not tracker.slice_queued  # one scan, done: no second one queued behind it
    tracker.start_scan()  # done: nothing to start
    assert not tracker.slice_queued
    assert scans == [True]
    assert tracker.ids() == warned(slow_window.plan)
