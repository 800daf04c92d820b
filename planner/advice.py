"""What the advisor says about a task *on this board*: its effective setting and its warning.

:func:`planner.rules.assess` judges a task's wording. This module adds the owner's say (the
per-task override and acceptance) and the task's column, and is what the board, the CSV export
and ``planner check`` all use, so they never disagree. Assessments are cached by wording, so an
unchanged task is never assessed twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from planner.model import Column, Relationship, Task
from planner.rules import Assessment, assess, could_delegate

#: How much of a task's wording the advisor reads. What decides a task is said at its start; a
#: title or notes of megabytes (a plan from elsewhere may hold one) would take the advisor
#: seconds per task, and the board asks for every visible card.
ADVISED_TITLE = 2_000
ADVISED_NOTES = 8_000


@lru_cache(maxsize=65536)
def _assessment(title: str, notes: str) -> Assessment:
    return assess(title, notes)


class _Assessment:
    """:func:`assessment`: cached by the wording the advisor reads, so megabytes of text are
    neither assessed nor kept in the cache."""

    def __call__(self, title: str, notes: str = "") -> Assessment:
        """The advisor's view of this wording (cached); very long wording is read up to
        :data:`ADVISED_TITLE` / :data:`ADVISED_NOTES` characters."""
        return _assessment(title[:ADVISED_TITLE], notes[:ADVISED_NOTES])

    @staticmethod
    def cache_clear() -> None:
        _assessment.cache_clear()


assessment = _Assessment()


def task_assessment(task: Task) -> Assessment:
    return assessment(task.title, task.notes)


def is_relationship(task: Task) -> bool:
    """The effective answer: the owner's override when set, else the advisor's."""
    if task.relationship is Relationship.YES:
        return True
    if task.relationship is Relationship.NO:
        return False
    return task_assessment(task).relationship_building


def reason(task: Task) -> str:
    """Why the task builds a relationship, in one sentence (also for an owner's override)."""
    if not is_relationship(task):
        return ""
    text = task_assessment(task).reason
    if text:
        return text
    return "You marked this task as relationship building: it is how people get to know you."


@dataclass(frozen=True, slots=True)
class Warning:
    """A relationship-building task placed with the VA."""

    task_id: int
    title: str
    reason: str


def warning_for(task: Task, column: Column) -> Warning | None:
    """The open warning for ``task`` in ``column``, or None (not with the VA, not relational,
    or accepted)."""
    if column is not Column.VA or task.accepted or not is_relationship(task):
        return None
    return Warning(task.id, task.title, reason(task))


def is_accepted_warning(task: Task, column: Column) -> bool:
    """True when the owner chose to keep a relationship task with the VA anyway."""
    return column is Column.VA and task.accepted and is_relationship(task)


def could_hand_over(task: Task, column: Column) -> bool:
    """A subtle suggestion: an admin or production task the owner still does."""
    if column is not Column.ME or is_relationship(task):
        return False
    return could_delegate(task_assessment(task))


def warning_cell(task: Task, column: Column) -> str:
    """The CSV ``warning`` cell: the reason for an open warning, ``accepted: <note>``, or empty."""
    if is_accepted_warning(task, column):
        return f"accepted: {task.accept_note}" if task.accept_note else "accepted"
    found = warning_for(task, column)
    return found.reason if found else ""
