"""Keeps the set of open relationship warnings up to date, event by event.

A warning is open while a relationship-building task sits in My VA and the owner has not accepted
it. :class:`WarningTracker` updates only the tasks an event touches (no rescans of the board) and
remembers the order warnings appeared in, so the banner can show the latest one. Its first full
scan runs a slice at a time between the window's events (a big plan's first scan would hold the
window for a noticeable moment), and at once when the plan changes before it is done.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from planner.events import Changed, Inserted, Moved, PlanEvent, Reloaded, Removed
from planner.model import Column
from ui.plan_editor import PlanEditor


class WarningTracker(QObject):
    """The open warnings of one plan, oldest first."""

    #: The set of open warnings changed (count or members).
    warningsChanged = Signal()
    #: A task has just come under a warning (moved, edited or imported into one).
    warningRaised = Signal(int)
    #: The first full scan is done (the window starts it just after it first paints; any
    #: change to the plan before it is done finishes it at once).
    scanned = Signal()

    #: How long one slice of the first scan may hold the window (seconds; the scan goes on
    #: in the next event-loop turn).
    SLICE_SECONDS = 0.02

    def __init__(self, editor: PlanEditor, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else editor)
        self.plan = editor.plan
        self._open: dict[int, None] = {}
        self._decisions = -1  # the board's decisions revision the open set was checked against
        self.ready = False
        self._todo: list[int] | None = None  # the first scan's tasks to check, while it runs
        self._done = 0  # how many of them are checked
        self._found: dict[int, None] = {}  # and which of them are warned
        self._slicer: QTimer | None = None  # runs the next slice (made with the first scan)
        editor.planChanged.connect(self._apply)

    @property
    def slice_queued(self) -> bool:
        """Whether a slice of the first scan waits for its turn (never once the scan is done:
        a change that finishes it at once withdraws the slice)."""
        return self._slicer is not None and self._slicer.isActive()

    def start_scan(self) -> None:
        """Start the first full scan, a slice of :data:`SLICE_SECONDS` per event-loop turn;
        :attr:`scanned` says when it is done."""
        if self.ready or self._todo is not None:
            return
        self._todo = [task.id for task in self.plan.board.tasks(Column.VA)]
        self._done = 0
        self._found = {}
        if self._slicer is None:
            # A 0 ms timer times out once the window's pending events are handled: each slice
            # waits for them.
            self._slicer = QTimer(self)
            self._slicer.setSingleShot(True)
            self._slicer.setInterval(0)
            self._slicer.timeout.connect(self._scan_slice)
        self._slicer.start()

    def _scan_slice(self) -> None:
        if self.ready or self._todo is None:
            return  # finished at once by a change to the plan
        from planner.advice import warning_for  # loaded with the first scan, after the paint

        board = self.plan.board
        until = time.perf_counter() + self.SLICE_SECONDS
        while self._done < len(self._todo):
            task = board.get(self._todo[self._done])
            if task is not None and warning_for(task, Column.VA, board) is not None:
                self._found[task.id] = None
            self._done += 1
            if time.perf_counter() >= until:
                break
        if self._done < len(self._todo) and self._slicer is not None:
            self._slicer.start()
        else:  # no change came in between (it would have finished the scan at once)
            self._open = self._found
            self._decisions = self.plan.board.decisions_revision
            self._finish()

    def ensure_scanned(self, exclude: frozenset[int] = frozenset()) -> None:
        """Run the first full scan now if it is not done yet (leaving out ``exclude``, the
        tasks of a change that is about to be checked on its own). A scan under way starts
        again on the plan as it is now: its slices' assessments are cached, so only the rest
        costs anything."""
        if self.ready:
            return
        self._rescan(exclude)
        self._finish()

    def _finish(self) -> None:
        self.ready = True
        if self._slicer is not None:
            self._slicer.stop()  # a change finished the scan at once: no slice is left to run
        self._todo = None
        self._found = {}
        self.scanned.emit()
        if self._open:
            self.warningsChanged.emit()

    def ids(self) -> list[int]:
        """Warned task ids, oldest first."""
        return list(self._open)

    def count(self) -> int:
        return len(self._open)

    def latest(self) -> int | None:
        return next(reversed(self._open), None) if self._open else None

    def _rescan(self, exclude: frozenset[int] = frozenset()) -> None:
        from planner import advice  # loaded with the first scan, after the first paint

        board = self.plan.board
        self._decisions = board.decisions_revision
        self._open = {
            task.id: None
            for task in self.plan.board.tasks(Column.VA)
            if task.id not in exclude and advice.warning_for(task, Column.VA, board) is not None
        }

    def _recheck_all(self, raised: list[int]) -> bool:
        """Check every task with the VA again, keeping the order warnings appeared in."""
        from planner import advice

        board = self.plan.board
        self._decisions = board.decisions_revision
        now = {
            task.id
            for task in board.tasks(Column.VA)
            if advice.warning_for(task, Column.VA, board) is not None
        }
        before = list(self._open)
        self._open = {t: None for t in before if t in now}
        for task_id in now:
            if task_id not in self._open:
                self._open[task_id] = None
                if task_id not in raised:
                    raised.append(task_id)
        return list(self._open) != before

    def _check(self, task_id: int, raised: list[int]) -> bool:
        from planner import advice

        task = self.plan.board.get(task_id)
        warned = (
            task is not None
            and self.plan.board.column_of(task_id) is Column.VA
            and advice.warning_for(task, Column.VA, self.plan.board) is not None
        )
        if warned and task_id not in self._open:
            self._open[task_id] = None
            raised.append(task_id)
            return True
        if not warned and task_id in self._open:
            del self._open[task_id]
            return True
        return False

    def _apply(self, event: PlanEvent) -> None:
        if not self.ready:
            touched: frozenset[int] = frozenset()
            if isinstance(event, Inserted):
                touched = frozenset(event.task_ids)
            elif isinstance(event, Moved | Changed):
                touched = frozenset({event.task_id})
            self.ensure_scanned(touched)
        raised: list[int] = []
        changed = False
        if isinstance(event, Inserted):
            for task_id in event.task_ids:
                changed |= self._check(task_id, raised)
        elif isinstance(event, Moved | Changed):
            changed = self._check(event.task_id, raised)
        elif isinstance(event, Removed) and event.task_id in self._open:
            del self._open[event.task_id]
            changed = True
        elif isinstance(event, Reloaded):
            before = dict(self._open)
            self._rescan()
            raised = [t for t in self._open if t not in before]
            changed = before != self._open
        if self.plan.board.decisions_revision != self._decisions:
            # the owner decided (or undecided) a task: tasks worded like it follow
            changed |= self._recheck_all(raised)
        if changed:
            self.warningsChanged.emit()
        for task_id in raised:
            self.warningRaised.emit(task_id)
