"""What the advisor says about a task *on this board*: its effective setting and its warning.

:func:`planner.rules.assess` judges a task's wording. This module adds the owner's say: the
per-task override (relationship yes / no), the owner's decisions followed by tasks worded like a
decided one (:mod:`planner.advisor.decisions`), the acceptance of a warning, and the task's
column. The board, the CSV export and ``planner check`` all use it, so they never disagree. Pass
the task's ``board`` to take the owner's decisions into account. Assessments are cached by
wording, so an unchanged task is never assessed twice.

The "could delegate" suggestion is offered only when the advisor is sure of a delegable kind:
never on a relationship task, never on a task the advisor is unsure of (kind "other").

If the advisor's data files cannot be read (a damaged install), every task gets no advice (no
warning, no suggestion) instead of an error on each card, and :func:`advisor_problem` says why
once, for the window's message bar, ``planner check`` and the smoke test.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from planner.advisor import AdvisorDataError, TaskKind, clear_caches, clip
from planner.advisor.decisions import Decision, of_board
from planner.board import Board
from planner.model import Column, Relationship, Task
from planner.rules import Assessment, assess, could_delegate

#: How much of a task's wording the advisor reads. What decides a task is said at its start; a
#: title or notes of megabytes (a plan from elsewhere may hold one) would take the advisor
#: seconds per task, and the board asks for every visible card.
ADVISED_TITLE = 2_000
ADVISED_NOTES = 8_000


#: What a task gets when the advisor's data cannot be read: no warning and no suggestion.
NO_ADVICE = Assessment(relationship_building=False, reason="", kind=TaskKind.OTHER)

_problems: list[str] = []  # the first advisor data problem met, if any


@lru_cache(maxsize=65536)
def _assessment(title: str, notes: str) -> Assessment:
    try:
        return assess(title, notes)
    except AdvisorDataError as error:
        if not _problems:
            _problems.append(str(error))
        return NO_ADVICE


def advisor_problem() -> str:
    """Why relationship warnings are off, on one line, if the advisor's data could not be read
    (what is wrong with which file, and what to do); empty while the advisor works."""
    if not _problems:
        return ""
    # The problem is its own sentence, not put in brackets: it often ends in brackets of its
    # own ("advisor-model.txt: damaged (...)"), and "...))." reads as a slip.
    problem = _problems[0].rstrip(". ")
    return (
        f"Relationship warnings are off: the advisor's data cannot be used. {problem}. "
        "Reinstall the app to get them back; your plan is not affected."
    )


class _Assessment:
    """:func:`assessment`: cached by the wording the advisor reads, so megabytes of text are
    neither assessed nor kept in the cache."""

    def __call__(self, title: str, notes: str = "") -> Assessment:
        """The advisor's view of this wording (cached); very long wording is read up to
        :data:`ADVISED_TITLE` / :data:`ADVISED_NOTES` characters, cut between words."""
        return _assessment(clip(title, ADVISED_TITLE), clip(notes, ADVISED_NOTES))

    @staticmethod
    def cache_clear() -> None:
        """Forget every assessment (the advisor's own caches too), and any advisor data problem
        met (tests, benchmarks)."""
        _assessment.cache_clear()
        clear_caches()
        _problems.clear()


assessment = _Assessment()


def task_assessment(task: Task) -> Assessment:
    return assessment(task.title, task.notes)


def followed(task: Task, board: Board | None) -> Decision | None:
    """The owner's decision this task follows because it is worded like a decided task and the
    decision changes the advisor's answer (where they agree, the advisor's reason stands)."""
    if board is None or task.relationship is not Relationship.AUTO:
        return None
    decision = of_board(board).follows(task)
    if decision is None or decision.stays == task_assessment(task).relationship_building:
        return None
    return decision


def is_relationship(task: Task, board: Board | None = None) -> bool:
    """The effective answer: the owner's override, else the owner's decision on a task worded
    like it, else the advisor's."""
    if task.relationship is Relationship.YES:
        return True
    if task.relationship is Relationship.NO:
        return False
    decision = followed(task, board)
    if decision is not None:
        return decision.stays
    return task_assessment(task).relationship_building


def auto_value(title: str, notes: str, board: Board | None, ignore: int | None = None) -> bool:
    """What a task worded so would be if left to the advisor on this board: the decision it
    follows (leaving out task ``ignore``), else the advisor's answer. The CSV import keeps a
    relationship cell as the task's own setting only when it differs from this."""
    advisor = assessment(title, notes).relationship_building
    if board is not None:
        decision = of_board(board).worded_like(title, ignore)
        if decision is not None:
            return decision.stays
    return advisor


#: How a reason (and so a CSV warning cell) says the task follows another task's decision.
FOLLOWS_DECISION = "You decided “"


#: What follows the decided task's title in those reasons, one ending per answer.
_DECIDED_ENDINGS = (
    "” stays with you, and this task is worded like it",
    "” can go to your VA, and this task is worded like it",
)


def decided_title(reason: str) -> str | None:
    """The title of the decided task a reason says this task follows (the title as quoted
    by :func:`decision_reason`), or None when the reason is not about a decision."""
    if not reason.startswith(FOLLOWS_DECISION):
        return None
    rest = reason[len(FOLLOWS_DECISION) :]
    ends = [rest.rfind(ending) for ending in _DECIDED_ENDINGS]
    end = max(ends)
    return rest[:end] if end >= 0 else None


def decision_reason(decision: Decision) -> str:
    """Why a task follows the owner's decision, in one sentence."""
    if decision.stays:
        return (
            f"{FOLLOWS_DECISION}{decision.title}” stays with you, and this task is worded like it: "
            "the people on the other side expect you, not a stand-in."
        )
    return (
        f"You decided “{decision.title}” can go to your VA, and this task is worded like it, "
        "so it follows your decision."
    )


def reason(task: Task, board: Board | None = None) -> str:
    """Why the task builds a relationship, in one sentence (also for an owner's override)."""
    if not is_relationship(task, board):
        return ""
    decision = followed(task, board)
    if decision is not None:
        return decision_reason(decision)
    text = task_assessment(task).reason
    if text:
        return text
    return "You marked this task as relationship building: it is how people get to know you."


class Warning(NamedTuple):
    """A relationship-building task placed with the VA (a named tuple: cheaper to declare than
    a frozen dataclass on the first assessment's path)."""

    task_id: int
    title: str
    reason: str


def warning_for(task: Task, column: Column, board: Board | None = None) -> Warning | None:
    """The open warning for ``task`` in ``column``, or None (not with the VA, not relational,
    or accepted)."""
    if column is not Column.VA or task.accepted or not is_relationship(task, board):
        return None
    return Warning(task.id, task.title, reason(task, board))


def is_accepted_warning(task: Task, column: Column, board: Board | None = None) -> bool:
    """True when the owner chose to keep a relationship task with the VA anyway."""
    return column is Column.VA and task.accepted and is_relationship(task, board)


def could_hand_over(task: Task, column: Column, board: Board | None = None) -> bool:
    """A subtle suggestion: an admin, production, research or setup task the owner still does.

    Never on a relationship task (by the advisor, the owner's override or a decision), and
    never when the advisor is unsure of the kind of work."""
    if column is not Column.ME or is_relationship(task, board):
        return False
    found = task_assessment(task)
    return not found.relationship_building and could_delegate(found)


def warning_cell(task: Task, column: Column, board: Board | None = None) -> str:
    """The CSV ``warning`` cell: the reason for an open warning, ``accepted: <note>``, or empty."""
    if is_accepted_warning(task, column, board):
        return f"accepted: {task.accept_note}" if task.accept_note else "accepted"
    found = warning_for(task, column, board)
    return found.reason if found else ""
