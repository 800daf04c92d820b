"""The owner's decisions: tasks worded like a decided task follow it, with a reason that says so.

Covers the wording match (near wordings follow, far ones do not), the board's bookkeeping of
decided tasks, and the plan-aware advice (warnings, reasons, "could delegate", CSV cell).
"""

from __future__ import annotations

import pytest

from planner import advice
from planner.advisor.decisions import Decisions, alike, of_board, signature
from planner.board import Board
from planner.frozen_class import replace
from planner.model import Column, Relationship, Task, TaskChanges

DECIDED_YES = "Reply to podcast listeners"
DECIDED_NO = "Send the weekly client newsletter"
# The owner keeps a task the advisor calls admin: tasks worded like it follow.
KEPT = "Sort podcast listener emails"
KEPT_LIKE = "Sort emails from podcast listeners"

NEAR_YES = [
    "Reply to podcast listeners on Spotify",
    "Answer podcast listeners",
    "Respond to listeners of the podcast",
    "reply to podcast listener emails",
]
FAR_YES = [
    "Reply to blog comments",
    "Record podcast episodes",
    "Edit the podcast for listeners",
    "Upload the podcast",
]
NEAR_NO = ["Send the client newsletter", "Send the monthly client newsletter"]
FAR_NO = ["Send a thank-you card to a client", "Call a client", "Write the newsletter"]


def _board(*tasks: Task) -> Board:
    board = Board()
    for task in tasks:
        board.insert(task, Column.VA)
    return board


def _task(task_id: int, title: str, relationship: Relationship = Relationship.AUTO) -> Task:
    return Task(task_id, title, relationship=relationship)


@pytest.mark.parametrize("title", [*NEAR_YES, *NEAR_NO, KEPT_LIKE])
def test_near_wordings_are_alike(title: str) -> None:
    decided = DECIDED_YES if title in NEAR_YES else KEPT if title == KEPT_LIKE else DECIDED_NO
    assert alike(signature(title), signature(decided)) >= 0.6, (title, signature(title))


@pytest.mark.parametrize("title", FAR_YES + FAR_NO)
def test_far_wordings_are_not_alike(title: str) -> None:
    decided = DECIDED_YES if title in FAR_YES else DECIDED_NO
    assert alike(signature(title), signature(decided)) == 0.0, (title, signature(title))


def test_a_new_task_worded_like_a_decided_one_follows_it() -> None:
    decisions = Decisions([_task(1, DECIDED_YES, Relationship.YES)])
    found = decisions.follows(_task(2, "Answer podcast listeners"))
    assert found is not None and found.task_id == 1 and found.stays
    assert decisions.follows(_task(3, "Upload the podcast")) is None


def test_a_decided_task_follows_its_own_override_not_another_decision() -> None:
    decisions = Decisions([_task(1, DECIDED_YES, Relationship.YES)])
    assert decisions.follows(_task(2, "Answer podcast listeners", Relationship.NO)) is None


def _winner(tasks: list[Task], title: str) -> tuple[int, ...]:
    """The task id each order of ``tasks`` (as given and reversed) makes ``title`` follow."""
    found = [Decisions(order).follows(_task(99, title)) for order in (tasks, tasks[::-1])]
    return tuple(-1 if d is None else d.task_id for d in found)


@pytest.mark.parametrize("stays_first", [True, False])
def test_stays_wins_between_equally_alike_decisions_whenever_they_were_made(
    stays_first: bool,
) -> None:
    """The same wording decided both ways: the task keeps the warning, whichever decision is
    newer and however the board lists them (a CSV round trip carries neither)."""
    times = ("2030-01-01", "2031-01-01") if stays_first else ("2031-01-01", "2030-01-01")
    yes = Task(7, "Reply to comments", relationship=Relationship.YES, updated_at=times[0])
    no = Task(8, "Reply to comments", relationship=Relationship.NO, updated_at=times[1])
    assert _winner([yes, no], "Reply to comments on the blog") == (7, 7)
    same_instant = [replace(yes, updated_at="x"), replace(no, updated_at="x")]
    assert _winner(same_instant, "Reply to comments on the blog") == (7, 7)


def test_a_more_alike_decision_still_wins_over_a_stays_decision() -> None:
    """The tie rule only breaks ties: the nearer wording decides."""
    yes = Task(1, "Reply to podcast listeners", relationship=Relationship.YES, updated_at="2")
    no = Task(2, "Reply to podcast listeners on Spotify", relationship=Relationship.NO)
    assert _winner([yes, no], "Reply to podcast listeners on Spotify") == (2, 2)


def test_of_equally_alike_decisions_giving_one_answer_the_first_title_is_named() -> None:
    """Which title a follower's reason names does not depend on times or order either: the
    first title (case-folded), then the lowest task id among identical titles."""
    b = Task(3, "reply to podcast listeners!", relationship=Relationship.NO, updated_at="3")
    a = Task(4, "Reply to podcast listeners", relationship=Relationship.NO, updated_at="1")
    a_again = Task(2, "Reply to podcast listeners", relationship=Relationship.NO, updated_at="9")
    assert alike(signature(a.title), signature(b.title)) == 1.0  # the premise: a tie
    assert _winner([a, b], "Answer podcast listeners") == (4, 4)
    assert _winner([b, a, a_again], "Answer podcast listeners") == (2, 2)


def test_the_board_keeps_its_decided_tasks_in_step() -> None:
    board = _board(_task(1, DECIDED_YES, Relationship.YES), _task(2, "Answer podcast listeners"))
    assert [t.id for t in board.decided()] == [1]
    start = board.decisions_revision
    board.replace(board.task(2).with_changes(TaskChanges(notes="nothing that matters")))
    assert board.decisions_revision == start  # not a decision: nothing to rebuild
    board.replace(board.task(1).with_changes(TaskChanges(relationship=Relationship.AUTO)))
    assert board.decided() == [] and board.decisions_revision > start
    board.replace(board.task(2).with_changes(TaskChanges(relationship=Relationship.NO)))
    assert [t.id for t in board.decided()] == [2]
    board.remove(2)
    assert board.decided() == []
    board.check_invariants()


def test_advice_follows_the_decision_with_a_reason_that_says_so() -> None:
    board = _board(_task(1, KEPT, Relationship.YES), _task(2, KEPT_LIKE))
    follower = board.task(2)
    assert not advice.is_relationship(follower)  # the advisor alone calls it admin
    assert advice.is_relationship(follower, board)
    warning = advice.warning_for(follower, Column.VA, board)
    assert warning is not None
    assert f"You decided “{KEPT}” stays with you" in warning.reason
    assert advice.warning_cell(follower, Column.VA, board) == warning.reason
    assert not advice.could_hand_over(follower, Column.ME, board)


def test_a_no_decision_silences_tasks_worded_like_it() -> None:
    board = _board(
        _task(1, "Reply to podcast listeners", Relationship.NO),
        _task(2, "Answer podcast listeners"),
    )
    follower = board.task(2)
    assert advice.is_relationship(follower)  # the advisor alone would warn
    assert not advice.is_relationship(follower, board)
    assert advice.warning_for(follower, Column.VA, board) is None
    assert advice.reason(follower, board) == ""


def test_removing_the_decision_lets_the_advisor_judge_again() -> None:
    board = _board(
        _task(1, "Reply to podcast listeners", Relationship.NO),
        _task(2, "Answer podcast listeners"),
    )
    assert advice.warning_for(board.task(2), Column.VA, board) is None
    board.replace(board.task(1).with_changes(TaskChanges(relationship=Relationship.AUTO)))
    assert advice.warning_for(board.task(2), Column.VA, board) is not None


def test_a_decision_the_advisor_agrees_with_leaves_the_advisors_reason() -> None:
    board = _board(_task(1, DECIDED_YES, Relationship.YES), _task(2, "Answer podcast listeners"))
    follower = board.task(2)
    assert advice.followed(follower, board) is None
    assert advice.reason(follower, board) == advice.task_assessment(follower).reason


def test_deleting_the_decided_task_removes_its_decision() -> None:
    board = _board(_task(1, KEPT, Relationship.YES), _task(2, KEPT_LIKE))
    assert advice.followed(board.task(2), board) is not None
    removed, column, index = board.remove(1)
    assert advice.followed(board.task(2), board) is None
    board.insert(removed, column, index)  # what undoing the delete does
    assert advice.followed(board.task(2), board) is not None


def test_decisions_are_cached_per_board_until_one_changes() -> None:
    board = _board(_task(1, DECIDED_YES, Relationship.YES))
    first = of_board(board)
    assert of_board(board) is first
    board.insert(_task(2, "Approve friend requests", Relationship.YES), Column.ME)
    assert of_board(board) is not first and len(of_board(board)) == 2


@pytest.mark.parametrize("stays", [True, False])
@pytest.mark.parametrize("title", ["Reply to podcast listeners", "Say “thanks” to the crew”"])
def test_the_decided_title_is_read_back_from_either_reason(title: str, stays: bool) -> None:
    from planner.advisor.decisions import Decision

    reason = advice.decision_reason(Decision(1, title, stays, signature(title)))
    assert advice.decided_title(reason) == title
    assert advice.decided_title("You marked this task as relationship building.") is None
