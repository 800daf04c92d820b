"""What the plan announces after each committed change, so views can update row by row.

Events are emitted only after the change is committed to the plan file and applied in memory.
Positions are those of the column at the moment the event is applied, in emission order.

The events with fields are named tuples: immutable, compared by value, and cheap to declare (a
frozen dataclass costs about 0.5 ms of every start, as Python 3.11 compiles each method it gets);
the one without fields is a small class of its own.
A named tuple cannot have a field called ``index`` (a tuple's own method), hence ``position``,
the board's word for it (:meth:`planner.board.Board.position`).
"""

from __future__ import annotations

from collections.abc import Callable

from planner.model import Column
from planner.records import NamedTuple


class Inserted(NamedTuple):
    """``task_ids`` now stand at ``position``, ``position + 1``, ... of ``column``."""

    column: Column
    position: int
    task_ids: tuple[int, ...]


class Removed(NamedTuple):
    """The task that stood at ``position`` of ``column`` is gone."""

    column: Column
    position: int
    task_id: int


class Moved(NamedTuple):
    """A task left ``source[source_position]`` and now stands at ``target[target_position]``."""

    task_id: int
    source: Column
    source_position: int
    target: Column
    target_position: int


class Changed(NamedTuple):
    """A task's content changed; it did not move."""

    task_id: int


class Reloaded:
    """The whole board was read again (after a failed write or an import): redraw everything.

    A value without fields: every ``Reloaded()`` equals every other, and it holds nothing to
    change. Not a named tuple (an empty one would be false, and equal to ``()``), and not a
    frozen dataclass (about 2.5 M instructions of every start to declare, for three methods)."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return type(other) is Reloaded

    def __hash__(self) -> int:
        return hash(Reloaded)

    def __repr__(self) -> str:
        return "Reloaded()"


PlanEvent = Inserted | Removed | Moved | Changed | Reloaded
Listener = Callable[[PlanEvent], None]
