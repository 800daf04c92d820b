"""The child process of ``test_crash_safety``: a deterministic stream of plan changes.

Run as ``python -m tests.planner.crash_worker PLAN SEED FIRST_OP`` from the project root. It
opens the plan and applies operations ``FIRST_OP, FIRST_OP + 1, ...`` until it is killed,
printing each operation's number (flushed) as soon as the call that made it has returned, i.e.
once it is committed to the file.

Operation ``k`` is a pure function of the seed, ``k`` and the board's layout just before it
(:func:`plan_op`), and :class:`Reference` applies it to a plain-Python model. So the test can
replay the stream on the reference and compare it with whatever the killed process left on disk:
the state after the last reported operation, or after the one following it (committed, not yet
reported). Every operation leaves a unique mark: new tasks are titled ``op k`` (``op k.i`` inside
multi-task operations) and edits write ``op k`` into the title or the notes. Titles are thus
unique, and operations name tasks by title: ids are the plan's to choose.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field

from planner.model import COLUMNS, Column, TaskChanges
from planner.plan import NewTask, Plan

#: Beyond this many tasks the stream mostly deletes, so the board stays small and fast.
MAX_TASKS = 40
MIN_TASKS = 4


@dataclass(frozen=True)
class Add:
    title: str
    column: Column
    index: int


@dataclass(frozen=True)
class AddMany:
    items: tuple[tuple[str, Column], ...]


@dataclass(frozen=True)
class Edit:
    task: str  # tasks are named by their title, unique in the stream (ids are the plan's choice)
    field: str  # "title" or "notes"
    value: str


@dataclass(frozen=True)
class Move:
    task: str
    column: Column
    index: int


@dataclass(frozen=True)
class MoveMany:
    tasks: tuple[str, ...]
    column: Column
    row: int


@dataclass(frozen=True)
class Delete:
    task: str


@dataclass(frozen=True)
class Batch:
    """Several operations in one :meth:`Plan.batch` transaction."""

    ops: tuple[Add | Edit | Move | Delete, ...]


Op = Add | AddMany | Edit | Move | MoveMany | Delete | Batch

#: What a plan holds, as compared by the test: per column, (title, notes) in order.
State = dict[Column, list[tuple[str, str]]]


@dataclass
class Reference:
    """The board as plain lists of titles, changed by the rules the plan is meant to follow."""

    columns: dict[Column, list[str]] = field(default_factory=lambda: {c: [] for c in COLUMNS})
    notes: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_plan(cls, plan: Plan) -> Reference:
        ref = cls()
        for column in COLUMNS:
            for task in plan.board.tasks(column):
                ref.columns[column].append(task.title)
                ref.notes[task.title] = task.notes
        assert len(ref.notes) == len(plan.board), "two tasks share a title"
        return ref

    def copy(self) -> Reference:
        return Reference({c: list(names) for c, names in self.columns.items()}, dict(self.notes))

    def state(self) -> State:
        return {c: [(name, self.notes[name]) for name in self.columns[c]] for c in COLUMNS}

    def all_tasks(self) -> list[str]:
        """Every task in board order."""
        return [name for c in COLUMNS for name in self.columns[c]]

    def column_of(self, name: str) -> Column:
        return next(c for c in COLUMNS if name in self.columns[c])

    def _take(self, name: str) -> Column:
        column = self.column_of(name)
        self.columns[column].remove(name)
        return column

    def _new(self, name: str, column: Column, index: int | None) -> None:
        names = self.columns[column]
        names.insert(len(names) if index is None else index, name)
        self.notes[name] = ""

    def apply(self, op: Op) -> None:
        if isinstance(op, Add):
            self._new(op.title, op.column, op.index)
        elif isinstance(op, AddMany):
            for title, column in op.items:
                self._new(title, column, None)
        elif isinstance(op, Edit) and op.field == "notes":
            self.notes[op.task] = op.value
        elif isinstance(op, Edit):
            names = self.columns[self.column_of(op.task)]
            names[names.index(op.task)] = op.value
            self.notes[op.value] = self.notes.pop(op.task)
        elif isinstance(op, Move):
            self._take(op.task)
            self.columns[op.column].insert(op.index, op.task)
        elif isinstance(op, MoveMany):
            order = self.all_tasks()
            moving = sorted(set(op.tasks), key=order.index)
            target = self.columns[op.column]
            anchor = next((t for t in target[max(0, op.row) :] if t not in moving), None)
            for name in moving:
                self._take(name)
            at = len(target) if anchor is None else target.index(anchor)
            target[at:at] = moving
        elif isinstance(op, Delete):
            self._take(op.task)
            del self.notes[op.task]
        else:
            for sub in op.ops:
                self.apply(sub)


def _rng(seed: int, k: int) -> random.Random:
    return random.Random(seed * 1_000_003 + k)


def _simple(rng: random.Random, ref: Reference, kind: str, tag: str) -> Add | Edit | Move | Delete:
    names = ref.all_tasks()
    if kind == "add" or not names:
        column = rng.choice(COLUMNS)
        return Add(tag, column, rng.randint(0, len(ref.columns[column])))
    name = rng.choice(names)
    if kind == "edit":
        return Edit(name, rng.choice(("title", "notes")), tag)
    if kind == "move":
        column = rng.choice(COLUMNS)
        size = len(ref.columns[column]) - (1 if ref.column_of(name) is column else 0)
        return Move(name, column, rng.randint(0, size))
    return Delete(name)


def plan_op(seed: int, k: int, ref: Reference) -> Op:
    """Operation number ``k`` for a board laid out as ``ref`` (which is not changed)."""
    rng = _rng(seed, k)
    count = len(ref.notes)
    tag = f"op {k}"
    if count < MIN_TASKS:
        kind = rng.choice(("add", "add_many"))
    elif count > MAX_TASKS:
        kind = rng.choice(("delete", "delete", "edit", "move_many"))
    else:
        kinds = ("add", "add_many", "edit", "move", "move_many", "delete", "batch")
        kind = rng.choices(kinds, weights=(22, 8, 20, 20, 12, 12, 6))[0]
    if kind == "add_many":
        size = rng.randint(2, 6)
        return AddMany(tuple((f"{tag}.{i}", rng.choice(COLUMNS)) for i in range(size)))
    if kind == "move_many":
        names = ref.all_tasks()
        chosen = tuple(rng.sample(names, rng.randint(2, min(6, len(names)))))
        column = rng.choice(COLUMNS)
        return MoveMany(chosen, column, rng.randint(0, len(ref.columns[column])))
    if kind == "batch":
        scratch = ref.copy()
        ops: list[Add | Edit | Move | Delete] = []
        for i in range(rng.randint(2, 4)):
            sub = _simple(rng, scratch, rng.choice(("add", "edit", "move", "delete")), f"{tag}.{i}")
            scratch.apply(sub)
            ops.append(sub)
        return Batch(tuple(ops))
    return _simple(rng, ref, kind, tag)


def apply_to_plan(plan: Plan, op: Op) -> None:
    """Make ``op`` through the plan's public operations."""
    ids = {task.title: task.id for task in plan.board}
    if isinstance(op, Add):
        plan.add(op.title, op.column, op.index)
    elif isinstance(op, AddMany):
        plan.add_many([NewTask(title, column) for title, column in op.items])
    elif isinstance(op, Edit):
        plan.edit(ids[op.task], TaskChanges(**{op.field: op.value}))  # type: ignore[arg-type]
    elif isinstance(op, Move):
        plan.move(ids[op.task], op.column, op.index)
    elif isinstance(op, MoveMany):
        plan.move_many([ids[name] for name in op.tasks], op.column, op.row)
    elif isinstance(op, Delete):
        plan.delete(ids[op.task])
    else:
        with plan.batch():
            for sub in op.ops:
                apply_to_plan(plan, sub)


def main(argv: list[str]) -> int:
    path, seed, first = argv[0], int(argv[1]), int(argv[2])
    limit = int(argv[3]) if len(argv) > 3 else first + 1_000_000
    plan = Plan.open(path)
    for k in range(first, limit):
        apply_to_plan(plan, plan_op(seed, k, Reference.from_plan(plan)))
        print(k, flush=True)
    plan.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
