"""The first start creates the default plan with the starter tasks; later starts reuse it."""

from __future__ import annotations

from pathlib import Path

from planner import advice
from planner.model import Column
from planner.paths import default_plan_path
from planner.session import open_plan
from planner.starter import starter_tasks


def test_first_start_creates_seeded_default_plan(home: Path) -> None:
    assert not home.exists()
    with open_plan() as plan:
        assert plan.path == default_plan_path()
        assert plan.path.parent == home
        assert len(plan.board) >= 15
        for column in Column:
            assert plan.board.count(column) >= 2
    assert sorted(p.name for p in home.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        default_plan_path().name
    ]


def test_second_start_reuses_the_plan(home: Path) -> None:
    with open_plan() as plan:
        first = plan.board.ids(Column.ME)[0]
        plan.delete(first)
        count = len(plan.board)
    with open_plan() as plan:
        assert len(plan.board) == count


def test_starter_tasks_put_relationships_with_the_owner() -> None:
    tasks = starter_tasks()
    assert len(tasks) >= 15
    relational = [t for t in tasks if advice.assessment(t.title, t.notes).relationship_building]
    assert len(relational) >= 4
    assert all(t.column is Column.ME for t in relational), [t.title for t in relational]
    assert {t.column for t in tasks} == set(Column)


def test_named_missing_plan_is_created_empty(tmp_path: Path) -> None:
    with open_plan(tmp_path / "new.dplan") as plan:
        assert len(plan.board) == 0
