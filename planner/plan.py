"""The open plan: the one place where the board changes.

:class:`Plan` pairs the in-memory :class:`~planner.board.Board` with its
:class:`~planner.store.PlanStore`. Every operation is written to the file in one transaction
first; only when that commit succeeds is the board changed and an event announced. If the write
fails the board is left as it was and :class:`~planner.errors.PlanWriteError` is raised.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from planner.board import Board
from planner.errors import PlanNeedsUpgrade, PlanWriteError
from planner.events import Changed, Inserted, Listener, Moved, PlanEvent, Reloaded, Removed
from planner.model import NO_CHANGES, UNCHANGED, Column, Task, TaskChanges, utc_now
from planner.records import NamedTuple
from planner.store import MAX_TASKS, Neighbours, PlanStore


class NewTask(NamedTuple):
    """What the caller knows about a task before it has an id. A named tuple: a frozen dataclass
    costs about 0.5 ms of every start to declare (Python 3.11 compiles each method it gets)."""

    title: str
    column: Column = Column.ME
    notes: str = ""
    hours_per_week: float | None = None
    #: Its other fields (the title, when set here too, must not be).
    extra: TaskChanges = NO_CHANGES


class Placed(NamedTuple):
    """A task together with the place it had, as needed to put it back (undo of a delete). A
    named tuple, like :class:`NewTask` (hence ``position``: a tuple has an ``index`` method)."""

    task: Task
    column: Column
    position: int
    #: Tasks whose link pointed at this one when it was deleted (their links are restored too).
    linked_from: tuple[int, ...] = ()


class Plan:
    """A plan file opened for editing. Use as a context manager or call :meth:`close`."""

    def __init__(self, store: PlanStore) -> None:
        self.store = store
        self.board = Board()
        self._listeners: list[Listener] = []
        self._pending: list[PlanEvent] | None = None
        self._load()

    @classmethod
    def open(cls, path: Path | str, *, create: bool = False, read_only: bool = False) -> Plan:
        store = PlanStore.open(path, create=create, read_only=read_only)
        try:
            return cls(store)
        except BaseException:
            store.close()
            raise

    @classmethod
    def open_for_reading(cls, path: Path | str) -> Plan:
        """Open without writing to the file, unless it is in an older format that has to be
        upgraded first or has no plan token yet (exports and checks use this)."""
        try:
            plan = cls.open(path, read_only=True)
        except PlanNeedsUpgrade:
            return cls.open(path)
        if plan.token is None:  # a plan made before tokens: give it one if it can be written
            plan.close()
            return cls.open(path)
        return plan

    @classmethod
    def open_snapshot(cls, path: Path | str) -> Plan:
        """Read the plan into memory without ever writing to the file (see
        :meth:`PlanStore.open_snapshot`); the result is read-only."""
        store = PlanStore.open_snapshot(path)
        try:
            return cls(store)
        except BaseException:
            store.close()
            raise

    @property
    def read_only_reason(self) -> str:
        return self.store.read_only_reason

    @property
    def token(self) -> str | None:
        """The plan's token, written into every CSV id cell (None: an old read-only plan)."""
        return self.store.plan_token

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def name(self) -> str:
        return self.store.path.stem

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Plan:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _load(self) -> None:
        self.board.fill(self.store.load())

    # -- listening -------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _emit(self, event: PlanEvent) -> None:
        if self._pending is not None:
            self._pending.append(event)
            return
        for listener in list(self._listeners):
            listener(event)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group operations into one transaction: all are saved, or none and the board is reread.

        Events are held back until the batch has committed.
        """
        if self._pending is not None:
            yield
            return
        self._pending = []
        try:
            with self.store.transaction():
                yield
        except BaseException:
            self._pending = None
            self._load()
            self._emit(Reloaded())
            raise
        events, self._pending = self._pending, None
        for event in events:
            self._emit(event)

    # -- reading ---------------------------------------------------------------------------
    def task(self, task_id: int) -> Task:
        return self.board.task(task_id)

    def tasks(self, column: Column | None = None) -> list[Task]:
        return list(self.board) if column is None else self.board.tasks(column)

    # -- operations ------------------------------------------------------------------------
    def add(
        self,
        title: str,
        column: Column = Column.ME,
        index: int | None = None,
        fields: TaskChanges = NO_CHANGES,
    ) -> Task:
        """Create a task at ``index`` of ``column`` (the end when ``None``) with ``title`` and
        the other ``fields`` given (the rest take their defaults)."""
        self._make_room(1)
        task = _new_task(self.board.next_id(), title, fields, utc_now())
        size = self.board.count(column)
        index = size if index is None else index
        if not 0 <= index <= size:
            raise IndexError(f"position {index} is outside 0..{size}")
        with self.store.transaction():
            self.store.insert_task(task, column, self._slot(column, index, task.id))
        self.board.insert(task, column, index)
        self._emit(Inserted(column, index, (task.id,)))
        return task

    def add_many(self, new_tasks: Sequence[NewTask]) -> list[Task]:
        """Append several tasks, each to the end of its column, in one transaction."""
        self._make_room(len(new_tasks))
        now = utc_now()
        next_id = self.board.next_id()
        by_column: dict[Column, list[Task]] = {}
        made: list[Task] = []
        for offset, new in enumerate(new_tasks):
            if new.extra.title is not UNCHANGED:
                raise TypeError("the title is given once, not in the extra fields too")
            task = Task(
                id=next_id + offset,
                title=new.title,
                notes=new.notes,
                hours_per_week=new.hours_per_week,
                created_at=now,
                updated_at=now,
                **new.extra.values(),
            )
            by_column.setdefault(new.column, []).append(task)
            made.append(task)
        with self.store.transaction():
            for column, tasks in by_column.items():
                ids = self.board.ids(column)
                self.store.append_tasks(tasks, column, ids[-1] if ids else None)
        for column, tasks in by_column.items():
            start = self.board.count(column)
            self.board.extend(tasks, column)
            self._emit(Inserted(column, start, tuple(t.id for t in tasks)))
        return made

    def _make_room(self, count: int) -> None:
        """Refuse additions that would take the plan past :data:`~planner.store.MAX_TASKS`."""
        have = len(self.board)
        if have + count > MAX_TASKS:
            raise PlanWriteError(
                f"A plan holds at most {MAX_TASKS:,} tasks; this one has {have:,}, so "
                f"{count:,} more cannot be added. Nothing was changed."
            )

    def edit(self, task_id: int, changes: TaskChanges) -> Task:
        """Change a task's content (title, notes, hours...). Returns the new value."""
        old = self.board.task(task_id)
        new = old.with_changes(changes)
        unchanged = (
            new == old
            if changes.updated_at is not UNCHANGED
            else new == old.with_changes(TaskChanges(updated_at=new.updated_at))
        )
        if unchanged:
            return old
        with self.store.transaction():
            self.store.update_task(new)
        self.board.replace(new)
        self._emit(Changed(task_id))
        return new

    def move(self, task_id: int, column: Column, index: int) -> tuple[Column, int]:
        """Move a task to end at ``index`` of ``column``; return the place it left."""
        old_column, old_index = self.board.place(task_id)
        size = self.board.count(column) - (1 if old_column is column else 0)
        if not 0 <= index <= size:
            raise IndexError(f"position {index} is outside 0..{size}")
        if (old_column, old_index) == (column, index):
            return old_column, old_index
        with self.store.transaction():
            skip = old_index if old_column is column else None
            self.store.move_task(task_id, column, self._slot(column, index, task_id, skip))
        self.board.move(task_id, column, index)
        self._emit(Moved(task_id, old_column, old_index, column, index))
        return old_column, old_index

    def move_many(self, task_ids: Sequence[int], column: Column, index: int) -> list[Placed]:
        """Move several tasks, keeping their board order, so they stand together from ``index``.

        ``index`` counts positions in ``column`` as it is before the move, like a drop row.
        Returns where each task was, in the order they were moved, for undo.
        """
        ordered = sorted(set(task_ids), key=self._board_order)
        moving = set(ordered)
        column_ids = self.board.ids(column)
        # The tasks land just before the first card at or after ``index`` that is not moving.
        anchor = next((t for t in column_ids[max(0, index) :] if t not in moving), None)
        origins: list[Placed] = []
        with self.batch():
            for task_id in ordered:
                origin = Placed(self.board.task(task_id), *self.board.place(task_id))
                origins.append(origin)
                same = origin.column is column
                if anchor is None:
                    target = self.board.count(column) - (1 if same else 0)
                else:
                    target = self.board.position(anchor)
                    if same and origin.position < target:
                        target -= 1
                self.move(task_id, column, target)
        return origins

    def arrange(self, orders: Mapping[Column, Sequence[int]]) -> None:
        """Move tasks so that each column named in ``orders`` holds exactly those ids, in that
        order (every id must be on the board; together the orders must cover each task that
        ends in those columns). Only tasks out of place move, in one transaction."""
        with self.batch():
            for column, order in orders.items():
                ids = self.board.ids(column)  # the board's live list
                for index, task_id in enumerate(order):
                    if index < len(ids) and ids[index] == task_id:
                        continue
                    self.move(task_id, column, index)

    def put_back(self, origins: Sequence[Placed]) -> None:
        """Undo :meth:`move_many`: return each task to where it was, newest move first."""
        with self.batch():
            for origin in reversed(origins):
                self.move(origin.task.id, origin.column, origin.position)

    def _slot(
        self, column: Column, index: int, task_id: int, skip: int | None = None
    ) -> Neighbours:
        """Where ``task_id`` lands at ``index`` of ``column``; ``skip`` is its current index when
        it is moving within the column (the list is read as if it had already left)."""
        ids = self.board.ids(column)

        def at(k: int) -> int | None:
            real = k if skip is None or k < skip else k + 1
            return ids[real] if k >= 0 and real < len(ids) else None

        def order() -> list[int]:
            rest = [i for i in ids if i != task_id]
            return [*rest[:index], task_id, *rest[index:]]

        return Neighbours(at(index - 1), at(index), order)

    def _board_order(self, task_id: int) -> tuple[int, int]:
        column, index = self.board.place(task_id)
        return list(Column).index(column), index

    def delete(self, task_id: int) -> Placed:
        """Remove a task; return it with its place so it can be restored exactly."""
        task = self.board.task(task_id)
        column, index = self.board.place(task_id)
        linked_from = tuple(t.id for t in self.board if t.link_id == task_id and t.id != task_id)
        with self.batch():
            with self.store.transaction():
                self.store.delete_task(task_id)
            self.board.remove(task_id)
            self._emit(Removed(column, index, task_id))
            for other_id in linked_from:
                # The schema's ON DELETE SET NULL has already cleared these links on disk.
                other = self.board.task(other_id)
                self.board.replace(
                    other.with_changes(TaskChanges(link_id=None, updated_at=other.updated_at))
                )
                self._emit(Changed(other_id))
        return Placed(task, column, index, linked_from)

    def restore(self, placed: Placed) -> Task:
        """Put a deleted task back with its id, content, place and links (undoes :meth:`delete`)."""
        task, column = placed.task, placed.column
        if task.link_id is not None and task.link_id not in self.board:
            task = task.with_changes(TaskChanges(link_id=None, updated_at=task.updated_at))
        with self.batch():
            with self.store.transaction():
                self.store.insert_task(task, column, self._slot(column, placed.position, task.id))
            self.board.insert(task, column, placed.position)
            self._emit(Inserted(column, placed.position, (task.id,)))
            for other_id in placed.linked_from:
                other = self.board.get(other_id)
                if other is not None and other.link_id is None:
                    self.edit(other_id, TaskChanges(link_id=task.id, updated_at=other.updated_at))
        return task

    def split(self, task_id: int) -> tuple[Task, Task]:
        """Turn a task into a preparation task for the VA and the personal part for the owner.

        The original task keeps its id and content and goes to Me at the row it had (or stays
        where it is if it is already there), so it stays level with where it was; the new
        preparation task takes its place if it was with the VA, else goes to the end of My VA.
        The two are linked. The preparation is kept with the VA by the owner's choice (splitting
        is that choice): the advisor may still read a relationship in its wording ("Prepare for
        “Apologize to a reviewer”: …"), and the way out of a warning must not raise another.
        Returns (preparation, personal).
        """
        original = self.board.task(task_id)
        column, index = self.board.place(task_id)
        from planner.split import split_titles  # an action, not needed to open and show a plan

        titles = split_titles(original.title)
        with self.batch():
            prep = self.add(
                titles.preparation,
                Column.VA,
                index if column is Column.VA else None,
                TaskChanges(notes=titles.preparation_notes, link_id=original.id, accepted=True),
            )
            personal = self.edit(
                task_id, TaskChanges(link_id=prep.id, accepted=False, accept_note="")
            )
            if column is not Column.ME:
                self.move(task_id, Column.ME, min(index, self.board.count(Column.ME)))
        return prep, personal

    def reload(self) -> None:
        """Read the whole plan from its file again."""
        self._load()
        self._emit(Reloaded())

    def snapshot(self) -> dict[Column, list[Task]]:
        """The board as plain lists (used by tests and exports)."""
        return {column: self.board.tasks(column) for column in Column}


def _new_task(task_id: int, title: str, fields: TaskChanges, now: str) -> Task:
    """A new task: its id, title and creation time, and ``fields`` (defaults for the rest)."""
    if fields.title is not UNCHANGED:
        raise TypeError("the title is given once, not in the fields too")
    return Task(id=task_id, title=title, created_at=now, **({"updated_at": now} | fields.values()))


def iter_placed(plan: Plan) -> Iterable[tuple[Column, int, Task]]:
    """Every task with its column and 0-based position, in board order."""
    for column in Column:
        for index, task in enumerate(plan.board.tasks(column)):
            yield column, index, task
