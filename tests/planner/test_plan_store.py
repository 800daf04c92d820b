"""The plan writes each operation to SQLite in one transaction, then updates the board and tells
listeners."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from planner.errors import PlanFileError, PlanWriteError
from planner.events import Changed, Inserted, Moved, PlanEvent, Reloaded, Removed
from planner.model import Column, Relationship, TaskChanges
from planner.plan import NewTask, Plan
from planner.store import APPLICATION_ID, SCHEMA_VERSION


def rows(path: Path) -> list[tuple[str, int, str]]:
    """(column, position, title) straight from the file, in board order; the position is the
    0-based place of the row among its column's rows ordered by rank."""
    conn = sqlite3.connect(path)
    try:
        found = conn.execute("SELECT column_name, rank, title FROM tasks").fetchall()
    finally:
        conn.close()
    order = {"Me": 0, "My VA": 1, "Nobody": 2}
    found.sort(key=lambda r: (order[r[0]], r[1]))
    result: list[tuple[str, int, str]] = []
    for column in order:
        in_column = [r for r in found if r[0] == column]
        assert len({r[1] for r in in_column}) == len(in_column), (
            f"two tasks share a rank in {column}"
        )
        result += [(column, index, r[2]) for index, r in enumerate(in_column)]
    return result


def board_rows(plan: Plan) -> list[tuple[str, int, str]]:
    return [
        (column.value, index, task.title)
        for column in Column
        for index, task in enumerate(plan.board.tasks(column))
    ]


def test_new_plan_is_marked(plan: Plan, plan_path: Path) -> None:
    conn = sqlite3.connect(plan_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    assert plan.store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert plan.store.conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0


def test_operations_are_saved_and_reopen(plan: Plan, plan_path: Path) -> None:
    a = plan.add("Reply to comments", fields=TaskChanges(notes="daily", hours_per_week=2))
    b = plan.add("Bookkeeping", Column.VA)
    c = plan.add("Buy followers", Column.NOBODY)
    plan.move(a.id, Column.VA, 1)
    plan.edit(b.id, TaskChanges(title="Bookkeeping and bills", relationship=Relationship.NO))
    plan.delete(c.id)
    assert rows(plan_path) == board_rows(plan)
    plan.close()
    with Plan.open(plan_path) as again:
        assert board_rows(again) == [
            ("My VA", 0, "Bookkeeping and bills"),
            ("My VA", 1, "Reply to comments"),
        ]
        task = again.task(a.id)
        assert (task.notes, task.hours_per_week) == ("daily", 2.0)
        assert again.task(b.id).relationship is Relationship.NO


def test_positions_stay_gap_free(plan: Plan, plan_path: Path) -> None:
    ids = [plan.add(f"t{i}").id for i in range(6)]
    plan.move(ids[0], Column.ME, 5)
    plan.move(ids[5], Column.ME, 0)
    plan.move(ids[2], Column.VA, 0)
    plan.delete(ids[3])
    for column in Column:
        positions = [p for c, p, _ in rows(plan_path) if c == column.value]
        assert positions == list(range(len(positions)))
    assert rows(plan_path) == board_rows(plan)
    plan.board.check_invariants()


def test_move_rewrites_only_the_moved_row(plan: Plan, plan_path: Path) -> None:
    ids = [plan.add(f"t{i}").id for i in range(10)]
    for target, index in [(Column.ME, 5), (Column.VA, 0), (Column.ME, 0), (Column.ME, 9)]:
        changes_before = plan.store.conn.total_changes
        plan.move(ids[3], target, index)
        assert plan.store.conn.total_changes - changes_before == 1
    assert rows(plan_path) == board_rows(plan)


def test_crowded_gap_renumbers_the_column_and_keeps_order(plan: Plan, plan_path: Path) -> None:
    ids = [plan.add(f"t{i}").id for i in range(4)]
    extra = [plan.add(f"x{i}", Column.VA).id for i in range(40)]
    # Keep dropping into the same gap (between t0 and t1) until ranks run out and renumber.
    for task_id in extra:
        plan.move(task_id, Column.ME, 1)
        assert rows(plan_path) == board_rows(plan)
    assert plan.board.ids(Column.ME)[0] == ids[0] and plan.board.ids(Column.ME)[-1] == ids[3]
    plan.close()
    with Plan.open(plan_path) as again:
        assert board_rows(again) == rows(plan_path)


def test_events_follow_commits(plan: Plan) -> None:
    seen: list[PlanEvent] = []
    plan.subscribe(seen.append)
    a = plan.add("a")
    b = plan.add("b", Column.VA)
    plan.move(a.id, Column.VA, 0)
    plan.edit(b.id, TaskChanges(notes="n"))
    plan.delete(b.id)
    assert seen == [
        Inserted(Column.ME, 0, (a.id,)),
        Inserted(Column.VA, 0, (b.id,)),
        Moved(a.id, Column.ME, 0, Column.VA, 0),
        Changed(b.id),
        Removed(Column.VA, 1, b.id),
    ]


def test_noop_edit_and_move_emit_nothing(plan: Plan) -> None:
    a = plan.add("a")
    seen: list[PlanEvent] = []
    plan.subscribe(seen.append)
    plan.edit(a.id, TaskChanges(title=" a "))
    plan.move(a.id, Column.ME, 0)
    assert seen == []


def test_delete_and_restore_keep_id_and_place(plan: Plan, plan_path: Path) -> None:
    ids = [plan.add(t).id for t in "abc"]
    placed = plan.delete(ids[1])
    plan.restore(placed)
    assert plan.board.ids(Column.ME) == ids
    assert rows(plan_path) == board_rows(plan)


def test_move_many_keeps_order_and_undoes(plan: Plan, plan_path: Path) -> None:
    ids = [plan.add(t).id for t in "abcde"]
    target = plan.add("v", Column.VA).id
    before = board_rows(plan)
    origins = plan.move_many([ids[3], ids[1]], Column.VA, 0)
    assert plan.board.ids(Column.VA) == [ids[1], ids[3], target]
    assert rows(plan_path) == board_rows(plan)
    plan.put_back(origins)
    assert board_rows(plan) == before
    assert rows(plan_path) == before


def test_move_many_within_column(plan: Plan) -> None:
    ids = [plan.add(t).id for t in "abcdef"]
    origins = plan.move_many([ids[0], ids[2]], Column.ME, 5)  # drop before "f"
    assert [plan.task(i).title for i in plan.board.ids(Column.ME)] == list("bdeacf")
    plan.put_back(origins)
    assert plan.board.ids(Column.ME) == ids


def test_add_many_is_one_transaction(plan: Plan, plan_path: Path) -> None:
    made = plan.add_many([NewTask("x", Column.VA), NewTask("y"), NewTask("z", Column.VA)])
    assert [t.title for t in made] == ["x", "y", "z"]
    assert rows(plan_path) == [("Me", 0, "y"), ("My VA", 0, "x"), ("My VA", 1, "z")]


def test_failed_write_leaves_board_and_file(plan: Plan, plan_path: Path) -> None:
    plan.add("keep me")
    seen: list[PlanEvent] = []
    plan.subscribe(seen.append)
    plan.store.conn.execute(
        "CREATE TEMP TRIGGER refuse BEFORE UPDATE ON tasks "
        "BEGIN SELECT RAISE(ABORT, 'disk says no'); END"
    )
    task_id = plan.board.ids(Column.ME)[0]
    with pytest.raises(PlanWriteError, match="disk says no"):
        plan.move(task_id, Column.VA, 0)
    assert plan.board.column_of(task_id) is Column.ME
    assert rows(plan_path) == [("Me", 0, "keep me")]
    assert seen == []


def test_failed_batch_rolls_back_everything(plan: Plan, plan_path: Path) -> None:
    ids = [plan.add(t).id for t in "abc"]
    seen: list[PlanEvent] = []
    plan.subscribe(seen.append)
    with pytest.raises(RuntimeError), plan.batch():
        plan.move(ids[0], Column.VA, 0)
        raise RuntimeError("crash in the middle")
    assert board_rows(plan) == [("Me", 0, "a"), ("Me", 1, "b"), ("Me", 2, "c")]
    assert rows(plan_path) == board_rows(plan)
    assert seen == [Reloaded()]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not an SQLite database"),
        (b"just some notes\n", "not an SQLite database"),
        (b"SQLite format 3\x00" + b"\x00" * 50, "damaged"),
    ],
)
def test_not_a_plan_is_refused_untouched(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "thing.dplan"
    path.write_bytes(content)
    with pytest.raises(PlanFileError, match=message):
        Plan.open(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thing.dplan"]


def test_other_apps_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(PlanFileError, match="another application"):
        Plan.open(path, create=True)
    assert path.read_bytes() == before


def test_newer_plan_is_refused(plan_path: Path) -> None:
    Plan.open(plan_path, create=True).close()
    conn = sqlite3.connect(plan_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(PlanFileError, match="newer Delegation Planner"):
        Plan.open(plan_path)


def test_missing_plan_without_create(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="no file"):
        Plan.open(tmp_path / "nope.dplan")
    assert not (tmp_path / "nope.dplan").exists()


def test_core_never_imports_qt() -> None:
    code = (
        "import importlib, pkgutil, sys, planner\n"
        "for m in pkgutil.walk_packages(planner.__path__, 'planner.'):\n"
        "    if m.name != 'planner.__main__':\n"
        "        importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6')))\n"
        "print(len([n for n in sys.modules if n.startswith('planner.')]), bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert int(result.stdout.split()[0]) >= 10


def test_reloaded_is_a_value_without_fields() -> None:
    """Every ``Reloaded()`` is the same value: equal, same hash, true, not a tuple, nothing to
    set on it."""
    first, second = Reloaded(), Reloaded()
    assert first == second
    assert not first != second  # noqa: SIM202 (the operator itself is checked)
    assert hash(first) == hash(second)
    assert len({first, second}) == 1
    assert bool(first) and first != () and first is not None
    assert first != Changed(1) and Changed(1) != first
    assert repr(first) == "Reloaded()"
    with pytest.raises(AttributeError):
        first.task_id = 1  # type: ignore[attr-defined]
