"""The in-memory board keeps every task in one column at gap-free positions."""

from __future__ import annotations

import pytest

from planner.board import Board, BoardError
from planner.model import Column, Relationship, Task


def make(board: Board, *titles: str, column: Column = Column.ME) -> list[int]:
    ids = []
    for title in titles:
        task = Task(id=board.next_id(), title=title)
        board.insert(task, column)
        ids.append(task.id)
    return ids


def test_insert_and_positions() -> None:
    board = Board()
    a, b, c = make(board, "a", "b", "c")
    assert board.ids(Column.ME) == [a, b, c]
    assert [board.position(i) for i in (a, b, c)] == [0, 1, 2]
    board.check_invariants()


def test_move_within_column_counts_final_index() -> None:
    board = Board()
    a, b, c = make(board, "a", "b", "c")
    assert board.move(a, Column.ME, 2) == (Column.ME, 0)
    assert board.ids(Column.ME) == [b, c, a]
    board.check_invariants()


def test_move_across_columns() -> None:
    board = Board()
    a, b = make(board, "a", "b")
    (v,) = make(board, "v", column=Column.VA)
    board.move(b, Column.VA, 0)
    assert board.ids(Column.ME) == [a]
    assert board.ids(Column.VA) == [b, v]
    assert board.column_of(b) is Column.VA
    board.check_invariants()


def test_move_to_empty_column() -> None:
    board = Board()
    (a,) = make(board, "a")
    board.move(a, Column.NOBODY, 0)
    assert board.ids(Column.NOBODY) == [a]
    assert board.ids(Column.ME) == []


@pytest.mark.parametrize("index", [-1, 3])
def test_move_out_of_range_is_refused(index: int) -> None:
    board = Board()
    a, _, _ = make(board, "a", "b", "c")
    with pytest.raises(BoardError):
        board.move(a, Column.ME, index)
    assert board.position(a) == 0


def test_remove_returns_place() -> None:
    board = Board()
    _, b, _ = make(board, "a", "b", "c")
    task, column, index = board.remove(b)
    assert (task.title, column, index) == ("b", Column.ME, 1)
    assert b not in board
    board.check_invariants()


def test_unknown_task() -> None:
    with pytest.raises(BoardError, match="no task with id 9"):
        Board().task(9)


def test_duplicate_insert_refused() -> None:
    board = Board()
    (a,) = make(board, "a")
    with pytest.raises(BoardError):
        board.insert(board.task(a), Column.VA)


def test_fill_is_clear_then_insert_each() -> None:
    """Loading a plan fills the board in one pass; the result is what inserting each task gives,
    decided tasks included, and the decisions' revision moves when they change."""
    placed = [
        (Task(id=7, title="Reply to comments"), Column.ME),
        (Task(id=3, title="Bookkeeping", relationship=Relationship.NO), Column.VA),
        (Task(id=12, title="Banter", relationship=Relationship.YES), Column.ME),
        (Task(id=5, title="Old newsletter"), Column.NOBODY),
    ]
    inserted, filled = Board(), Board()
    make(inserted, "gone", "also gone")
    make(filled, "gone", "also gone")
    inserted.clear()
    for task, column in placed:
        inserted.insert(task, column)
    before = filled.decisions_revision
    filled.fill(placed)
    filled.check_invariants()
    assert [filled.ids(c) for c in Column] == [inserted.ids(c) for c in Column]
    assert list(filled) == list(inserted)
    assert filled.decided() == inserted.decided()
    assert filled.next_id() == inserted.next_id() == 13
    assert filled.decisions_revision != before
    same = filled.decisions_revision
    filled.fill([(Task(id=1, title="plain"), Column.ME)])  # the decided tasks are gone
    assert filled.decided() == [] and filled.decisions_revision != same
    assert filled.next_id() == 13  # ids are never reused


def test_fill_refuses_a_task_twice() -> None:
    board = Board()
    task = Task(id=1, title="a")
    with pytest.raises(BoardError):
        board.fill([(task, Column.ME), (task, Column.VA)])
