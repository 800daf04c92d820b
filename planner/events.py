"""What the plan announces after each committed change, so views can update row by row.

Events are emitted only after the change is committed to the plan file and applied in memory.
Indexes are those of the column at the moment the event is applied, in emission order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from planner.model import Column


@dataclass(frozen=True, slots=True)
class Inserted:
    """``task_ids`` now stand at ``index``, ``index + 1``, ... of ``column``."""

    column: Column
    index: int
    task_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Removed:
    """The task that stood at ``index`` of ``column`` is gone."""

    column: Column
    index: int
    task_id: int


@dataclass(frozen=True, slots=True)
class Moved:
    """A task left ``source[index]`` and now stands at ``target[target_index]``."""

    task_id: int
    source: Column
    source_index: int
    target: Column
    target_index: int


@dataclass(frozen=True, slots=True)
class Changed:
    """A task's content changed; it did not move."""

    task_id: int


@dataclass(frozen=True, slots=True)
class Reloaded:
    """The whole board was read again (after a failed write or an import): redraw everything."""


PlanEvent = Inserted | Removed | Moved | Changed | Reloaded
Listener = Callable[[PlanEvent], None]
