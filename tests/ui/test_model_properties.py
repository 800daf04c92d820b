"""Property test of the Qt shell's editing path: the column models never drift from the plan.

Random sequences of editor operations (add, edit, single and multi-task moves, deletes, splits,
accepted warnings) interleaved with undo and redo run against a real plan file with one
:class:`~ui.column_model.ColumnModel` per column, each watched from the start by pytest-qt's
model tester (Python implementation, so it checks every row change as it happens). After every
step:

* each model shows exactly the plan's column (``DisplayRole`` titles and task ids), without ever
  being reset;
* the board matches a plain reference of the step's effect (ids, titles and notes per column);
* the undo history matches a stack of snapshots: undo gives back the previous board exactly
  (every field of every task), redo gives the next one again (all but ``updated_at``, which
  records when the change was re-applied).

At the end the file holds the board, and reopening it gives the same board.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from planner import frozen_class
from planner.model import COLUMNS, Column, Relationship, Task, TaskChanges
from planner.plan import Plan
from planner.split import split_titles
from tests.planner.plan_file import read_columns
from ui.column_model import ColumnModel
from ui.plan_editor import PlanEditor

POOL = (
    "Reply to comments on my blog",
    "Attend a networking event",
    "Call clients",
    "Thank new subscribers",
    "Bookkeeping",
    "Upload the podcast",
    "Record the podcast",
    "Buy followers",
    "Schedule social posts",
)

Board = tuple[tuple[Task, ...], ...]


class Clock:
    """Stands in for :func:`planner.model.utc_now`: one second later at every reading, so each
    change has its own ``updated_at`` and a wrong timestamp shows up every time, not only when
    the real clock happens to tick between two steps."""

    def __init__(self) -> None:
        self.now = datetime(2030, 1, 1, tzinfo=UTC)

    def __call__(self) -> str:
        self.now += timedelta(seconds=1)
        return self.now.isoformat()


@contextmanager
def ticking_clock() -> Iterator[None]:
    clock = Clock()
    with patch("planner.model.utc_now", clock), patch("planner.plan.utc_now", clock):
        yield


def full_board(plan: Plan) -> Board:
    return tuple(tuple(plan.board.tasks(c)) for c in COLUMNS)


def differences(found: Board, wanted: Board) -> list[str]:
    """The tasks that differ between two boards, field by field (for failure messages)."""
    lines: list[str] = []
    for column, got, want in zip(COLUMNS, found, wanted, strict=True):
        if [t.id for t in got] != [t.id for t in want]:
            lines.append(f"{column}: ids {[t.id for t in got]} != {[t.id for t in want]}")
        wanted_by_id = {t.id: t for t in want}
        for task in got:
            other = wanted_by_id.get(task.id)
            if other is not None and other != task:
                fields = [
                    f"{f.name}: {getattr(task, f.name)!r} != {getattr(other, f.name)!r}"
                    for f in frozen_class.fields(Task)
                    if getattr(task, f.name) != getattr(other, f.name)
                ]
                lines.append(f"task {task.id} ({task.title}): {'; '.join(fields)}")
    return lines


def without_updated_at(board: Board) -> Board:
    return tuple(tuple(frozen_class.replace(t, updated_at="") for t in c) for c in board)


@dataclass
class Reference:
    """What a step should do: ids per column, with each task's title and notes."""

    columns: dict[Column, list[int]] = field(default_factory=dict)
    titles: dict[int, str] = field(default_factory=dict)
    notes: dict[int, str] = field(default_factory=dict)

    @classmethod
    def of(cls, plan: Plan) -> Reference:
        return cls(
            {c: list(plan.board.ids(c)) for c in COLUMNS},
            {t.id: t.title for t in plan.board},
            {t.id: t.notes for t in plan.board},
        )

    def where(self, task_id: int) -> Column:
        return next(c for c in COLUMNS if task_id in self.columns[c])

    def new_id(self) -> int:
        """A stand-in id for a task the step creates (the plan picks the real one)."""
        return -1 - len(self.titles)

    def add(self, task_id: int, title: str, notes: str, column: Column, index: int | None) -> None:
        ids = self.columns[column]
        ids.insert(len(ids) if index is None else index, task_id)
        self.titles[task_id], self.notes[task_id] = title, notes

    def delete(self, task_id: int) -> None:
        self.columns[self.where(task_id)].remove(task_id)
        del self.titles[task_id], self.notes[task_id]

    def move_many(self, task_ids: list[int], column: Column, row: int) -> None:
        order = [i for c in COLUMNS for i in self.columns[c]]
        moving = sorted(set(task_ids), key=order.index)
        target = self.columns[column]
        anchor = next((t for t in target[max(0, row) :] if t not in moving), None)
        for task_id in moving:
            self.columns[self.where(task_id)].remove(task_id)
        at = len(target) if anchor is None else target.index(anchor)
        target[at:at] = moving

    def split(self, task_id: int) -> None:
        column = self.where(task_id)
        index = self.columns[column].index(task_id)
        parts = split_titles(self.titles[task_id])
        prep = self.new_id()
        self.add(
            prep,
            parts.preparation,
            parts.preparation_notes,
            Column.VA,
            index if column is Column.VA else None,
        )
        if column is not Column.ME:  # the personal part goes to Me at the row it had
            self.columns[self.where(task_id)].remove(task_id)
            me = self.columns[Column.ME]
            me.insert(min(index, len(me)), task_id)

    def rename(self, old: int, new: int) -> None:
        """Give the task the reference called ``old`` the id the plan chose."""
        for ids in self.columns.values():
            if old in ids:
                ids[ids.index(old)] = new
        self.titles[new], self.notes[new] = self.titles.pop(old), self.notes.pop(old)

    def layout(self) -> tuple[tuple[tuple[int, str, str], ...], ...]:
        return tuple(
            tuple((i, self.titles[i], self.notes[i]) for i in self.columns[c]) for c in COLUMNS
        )


def model_rows(model: ColumnModel) -> list[str]:
    return [
        model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole)
        for row in range(model.rowCount())
    ]


class Session:
    """One plan, its editor and three watched models, plus the expected undo history."""

    def __init__(self, folder: Path, config: pytest.Config, seed: list[tuple[str, Column]]) -> None:
        self.path = folder / "models.dplan"
        self.plan = Plan.open(self.path, create=True)
        for title, column in seed:
            self.plan.add(title, column, fields=TaskChanges(hours_per_week=1.5))
        self.editor = PlanEditor(self.plan)
        self.failures: list[str] = []
        self.editor.failed.connect(self.failures.append)
        self.models = {c: ColumnModel(self.editor, c) for c in COLUMNS}
        self.resets = 0
        self.testers: list[ModelTester] = []
        for model in self.models.values():
            model.modelAboutToBeReset.connect(self._count_reset)
            tester = ModelTester(config)
            tester.check(model, force_py=True)
            self.testers.append(tester)
        self.history: list[Board] = [full_board(self.plan)]
        self.log: list[str] = []

    def _count_reset(self) -> None:
        self.resets += 1

    def close(self) -> None:
        for tester in self.testers:
            tester._cleanup()
        # Delete the commands now, not in a later garbage collection: collecting a hundred
        # editors with full undo stacks at once (after the model tester watched them) crashes
        # PySide 6.11 inside gc.collect().
        self.editor.undo_stack.clear()
        self.editor.detach()
        self.plan.close()

    # -- one step ------------------------------------------------------------------------
    def do(self, kind: str, action: Any, expected: Reference | None) -> None:
        """Run an editing ``action``; ``expected`` is the reference after it, if it changes
        anything."""
        stack = self.editor.undo_stack
        before_index, before = stack.index(), full_board(self.plan)
        self.log.append(kind)
        action()
        if stack.index() == before_index:  # nothing to do (e.g. dropped where it already was)
            assert full_board(self.plan) == before
            event(f"{kind} (no change)")
        else:
            assert stack.index() == before_index + 1 == stack.count()
            del self.history[before_index + 1 :]
            self.history.append(full_board(self.plan))
            event(kind)
        if expected is not None:
            made = sorted({t.id for t in self.plan.board} - {t.id for c in before for t in c})
            for stand_in, task_id in zip(
                sorted(i for i in expected.titles if i < 0), made, strict=True
            ):
                expected.rename(stand_in, task_id)
            assert Reference.of(self.plan).layout() == expected.layout()

    def undo(self) -> None:
        stack = self.editor.undo_stack
        index = stack.index()
        text = stack.undoText()
        self.log.append(f"undo {text}")
        stack.undo()
        assert stack.index() == index - 1
        board = full_board(self.plan)
        assert board == self.history[index - 1], (
            f"undo is not exact after {self.log}: {differences(board, self.history[index - 1])}"
        )
        event("undo")

    def redo(self) -> None:
        stack = self.editor.undo_stack
        index = stack.index()
        self.log.append(f"redo {stack.redoText()}")
        stack.redo()
        assert stack.index() == index + 1
        board = full_board(self.plan)
        assert without_updated_at(board) == without_updated_at(self.history[index + 1]), (
            f"redo differs after {self.log}: {differences(board, self.history[index + 1])}"
        )
        self.history[index + 1] = board
        event("redo")

    def check(self) -> None:
        assert not self.failures, self.failures
        self.plan.board.check_invariants()
        for column, model in self.models.items():
            titles = [t.title for t in self.plan.board.tasks(column)]
            assert model_rows(model) == titles, column
            assert model.task_ids() == list(self.plan.board.ids(column)), column
        assert self.resets == 0, "a model was reset instead of updated row by row"


def splittable(plan: Plan) -> list[int]:
    """Tasks that may be split here: not linked yet, and no other task links to them.

    Splitting a linked task again leaves its old partner linking to it one-sidedly; those cases
    are covered by ``test_delete_clears_every_link_to_the_task`` and
    ``test_undo_delete_keeps_a_one_sided_link_one_sided`` in tests/planner/test_properties.py.
    """
    linked = {t.link_id for t in plan.board} | {t.id for t in plan.board if t.link_id}
    return [t.id for t in plan.board if t.id not in linked]


def step(session: Session, data: st.DataObject) -> None:
    plan, editor = session.plan, session.editor
    ids = [t.id for t in plan.board]
    stack = editor.undo_stack
    kinds = ["add"]
    if ids:
        kinds += ["edit", "move", "move many", "delete", "accept"]
    if splittable(plan):
        kinds += ["split"]
    if stack.canUndo():
        kinds += ["undo", "undo"]
    if stack.canRedo():
        kinds += ["redo", "redo", "redo"]
    kind = data.draw(st.sampled_from(kinds), label="step")
    ref = Reference.of(plan)
    if kind == "undo":
        session.undo()
    elif kind == "redo":
        session.redo()
    elif kind == "add":
        column = data.draw(st.sampled_from(COLUMNS), label="column")
        index = data.draw(st.none() | st.integers(0, len(ref.columns[column])), label="index")
        title = f"{data.draw(st.sampled_from(POOL), label='title')} {len(ref.titles)}"
        ref.add(ref.new_id(), title, "", column, index)
        session.do(kind, lambda: editor.add_task(title, column, index), ref)
    elif kind == "edit":
        task_id = data.draw(st.sampled_from(ids), label="task")
        changes: dict[str, Any] = data.draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "title": st.sampled_from(POOL),
                    "notes": st.sampled_from(("", "every week", "for clients\nand friends")),
                    "hours_per_week": st.none() | st.sampled_from((0.0, 0.5, 2.25, 40.0)),
                    "relationship": st.sampled_from(tuple(Relationship)),
                },
            ),
            label="changes",
        )
        ref.titles[task_id] = changes.get("title", ref.titles[task_id])
        ref.notes[task_id] = changes.get("notes", ref.notes[task_id])
        session.do(kind, lambda: editor.edit_task(task_id, TaskChanges(**changes)), ref)
    elif kind in ("move", "move many"):
        size = 1 if kind == "move" else data.draw(st.integers(2, 5), label="how many")
        chosen = data.draw(
            st.lists(st.sampled_from(ids), min_size=1, max_size=size, unique=True), label="tasks"
        )
        column = data.draw(st.sampled_from(COLUMNS), label="column")
        row = data.draw(st.integers(0, len(ref.columns[column])), label="drop row")
        ref.move_many(chosen, column, row)
        session.do(kind, lambda: editor.move_tasks(chosen, column, row), ref)
    elif kind == "delete":
        chosen = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3, unique=True))
        for task_id in chosen:
            ref.delete(task_id)
        session.do(kind, lambda: editor.delete_tasks(chosen), ref)
    elif kind == "split":
        task_id = data.draw(st.sampled_from(splittable(plan)), label="task")
        ref.split(task_id)
        session.do(kind, lambda: editor.split_task(task_id), ref)
    else:
        task_id = data.draw(st.sampled_from(ids), label="task")
        note = data.draw(st.sampled_from(("", "my VA knows them well")), label="note")
        session.do(kind, lambda: editor.accept_warning(task_id, note), ref)
    session.check()


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    seed=st.lists(st.tuples(st.sampled_from(POOL), st.sampled_from(COLUMNS)), max_size=6),
    data=st.data(),
)
def test_models_follow_random_editing_with_undo_and_redo(
    qapp: QApplication,
    pytestconfig: pytest.Config,
    seed: list[tuple[str, Column]],
    data: st.DataObject,
) -> None:
    with tempfile.TemporaryDirectory(prefix="model-props-") as name, ticking_clock():
        session = Session(Path(name), pytestconfig, seed)
        try:
            session.check()
            for _ in range(data.draw(st.integers(5, 40), label="steps")):
                step(session, data)
            board = full_board(session.plan)
            conn = sqlite3.connect(session.path)
            try:
                on_disk = read_columns(conn, "id, title, notes, hours_per_week, accepted")
            finally:
                conn.close()
            assert on_disk == {
                c: [(t.id, t.title, t.notes, t.hours_per_week, int(t.accepted)) for t in tasks]
                for c, tasks in zip(COLUMNS, board, strict=True)
            }
        finally:
            session.close()
        with Plan.open(session.path) as again:
            again.board.check_invariants()
            assert full_board(again) == board


def test_undo_split_restores_updated_at(editor: PlanEditor) -> None:
    plan = editor.plan
    with ticking_clock():
        task = plan.board.tasks(Column.ME)[0]  # not accepted, not linked
        before = full_board(plan)
        editor.split_task(task.id)
        editor.undo_stack.undo()
        assert differences(full_board(plan), before) == []
