"""The in-memory board: which task is in which column, in what order.

:class:`Board` owns the ordering invariants: every task is in exactly one column and the
positions in a column are ``0..n-1`` without gaps (they are list indexes, so gaps cannot exist).
It knows nothing about files; :class:`planner.plan.Plan` keeps it in step with the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from planner.model import COLUMNS, Column, Relationship, Task


class BoardError(LookupError):
    """A board operation named a task or a place that does not exist."""


class Board:
    """Tasks by id plus one ordered list of ids per column."""

    def __init__(self) -> None:
        self._tasks: dict[int, Task] = {}
        self._columns: dict[Column, list[int]] = {column: [] for column in COLUMNS}
        self._where: dict[int, Column] = {}
        #: The highest id ever seen: ids are never reused, so an undone delete can always
        #: bring its task back under its own id.
        self._high_water = 0
        #: Tasks whose relationship the owner decided (yes or no), by id.
        self._decided: dict[int, Task] = {}
        #: Changes whenever a decided task is added, removed, renamed or decided again: what
        #: :mod:`planner.advisor.decisions` rebuilds its look-ups on.
        self.decisions_revision = 0

    # -- reading ---------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._tasks)

    def __contains__(self, task_id: object) -> bool:
        return task_id in self._tasks

    def __iter__(self) -> Iterator[Task]:
        """All tasks, column by column, in board order."""
        for column in COLUMNS:
            for task_id in self._columns[column]:
                yield self._tasks[task_id]

    def task(self, task_id: int) -> Task:
        try:
            return self._tasks[task_id]
        except KeyError:
            raise BoardError(f"no task with id {task_id}") from None

    def get(self, task_id: int) -> Task | None:
        return self._tasks.get(task_id)

    def ids(self, column: Column) -> list[int]:
        """The ids in ``column``, in order. The list is the board's own: do not modify it."""
        return self._columns[column]

    def tasks(self, column: Column) -> list[Task]:
        return [self._tasks[task_id] for task_id in self._columns[column]]

    def count(self, column: Column) -> int:
        return len(self._columns[column])

    def column_of(self, task_id: int) -> Column:
        try:
            return self._where[task_id]
        except KeyError:
            raise BoardError(f"no task with id {task_id}") from None

    def position(self, task_id: int) -> int:
        return self._columns[self.column_of(task_id)].index(task_id)

    def place(self, task_id: int) -> tuple[Column, int]:
        column = self.column_of(task_id)
        return column, self._columns[column].index(task_id)

    def decided(self) -> list[Task]:
        """The tasks whose relationship the owner decided (yes or no)."""
        return list(self._decided.values())

    def next_id(self) -> int:
        return self._high_water + 1

    # -- changing --------------------------------------------------------------------------
    def insert(self, task: Task, column: Column, index: int | None = None) -> int:
        """Put a new task at ``index`` of ``column`` (the end when ``None``); return the index."""
        if task.id in self._tasks:
            raise BoardError(f"task {task.id} is already on the board")
        ids = self._columns[column]
        index = len(ids) if index is None else self._check_index(index, len(ids))
        ids.insert(index, task.id)
        self._tasks[task.id] = task
        self._high_water = max(self._high_water, task.id)
        self._where[task.id] = column
        self._track(None, task)
        return index

    def fill(self, placed: Iterable[tuple[Task, Column]]) -> None:
        """Replace the whole board with ``placed``: (task, column) pairs in board order. The same
        as :meth:`clear` then an :meth:`insert` each, in one pass (loading a plan does this)."""
        self.clear()
        tasks, where, columns, decided = self._tasks, self._where, self._columns, self._decided
        for task, column in placed:
            if task.id in tasks:
                raise BoardError(f"task {task.id} is already on the board")
            tasks[task.id] = task
            where[task.id] = column
            columns[column].append(task.id)
            if task.relationship is not Relationship.AUTO:
                decided[task.id] = task
        self._high_water = max(self._high_water, max(tasks, default=0))
        if decided:
            self.decisions_revision += 1

    def extend(self, tasks: Iterable[Task], column: Column) -> None:
        """Append several new tasks to ``column`` in the order given."""
        for task in tasks:
            self.insert(task, column)

    def replace(self, task: Task) -> Task:
        """Swap in a new value for an existing task; return the old value."""
        old = self.task(task.id)
        self._tasks[task.id] = task
        self._track(old, task)
        return old

    def remove(self, task_id: int) -> tuple[Task, Column, int]:
        """Take a task off the board; return it with the place it had."""
        column, index = self.place(task_id)
        del self._columns[column][index]
        del self._where[task_id]
        task = self._tasks.pop(task_id)
        self._track(task, None)
        return task, column, index

    def move(self, task_id: int, column: Column, index: int) -> tuple[Column, int]:
        """Move a task so it ends at ``index`` of ``column``; return where it was.

        ``index`` is the final position, counted after the task has left its old place.
        """
        old_column, old_index = self.place(task_id)
        size = len(self._columns[column]) - (1 if old_column is column else 0)
        index = self._check_index(index, size)
        del self._columns[old_column][old_index]
        self._columns[column].insert(index, task_id)
        self._where[task_id] = column
        return old_column, old_index

    def clear(self) -> None:
        if self._decided:
            self._decided.clear()
            self.decisions_revision += 1
        self._tasks.clear()
        self._where.clear()
        for ids in self._columns.values():
            ids.clear()

    def _track(self, old: Task | None, new: Task | None) -> None:
        """Keep the decided tasks in step with a change from ``old`` to ``new``."""
        was = old is not None and old.relationship is not Relationship.AUTO
        now = new is not None and new.relationship is not Relationship.AUTO
        if not (was or now):
            return
        if now and new is not None:
            self._decided[new.id] = new
        elif old is not None:
            self._decided.pop(old.id, None)
        same = (
            was
            and now
            and old is not None
            and new is not None
            and (old.title, old.relationship) == (new.title, new.relationship)
        )
        if not same:
            self.decisions_revision += 1

    @staticmethod
    def _check_index(index: int, size: int) -> int:
        if not 0 <= index <= size:
            raise BoardError(f"position {index} is outside 0..{size}")
        return index

    def check_invariants(self) -> None:
        """Raise AssertionError if the board's bookkeeping disagrees with itself (used by tests)."""
        seen: set[int] = set()
        for column, ids in self._columns.items():
            for task_id in ids:
                assert task_id not in seen, f"task {task_id} is in two places"
                assert self._where[task_id] is column, f"task {task_id} is misfiled"
                seen.add(task_id)
        assert seen == set(self._tasks) == set(self._where), "tasks and columns disagree"
        decided = {i for i, t in self._tasks.items() if t.relationship is not Relationship.AUTO}
        assert decided == set(self._decided), "decided tasks are out of step"
