"""Plans from anywhere: only the exact schema the app made is opened, every stored value is
checked and a bad one refused in words (task id and field), SQLite's hardening for untrusted
files is on, and a refused plan's tasks can be read into a clean copy. The file is never changed."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from planner import store as store_module
from planner.backups import make_backup
from planner.cli import main as cli_main
from planner.errors import BackupError, PlanContentError, PlanFileError, PlanWriteError
from planner.model import Column, TaskChanges
from planner.plan import NewTask, Plan
from planner.recovery import recover_plan
from planner.schema_check import read_shape, shape_of_statements, split_statements, upgraded_shape
from planner.store import FIRST_FORMAT, SCHEMA, SCHEMA_VERSION, UPGRADES
from tests.planner.test_robustness import make_format_1_plan


def make_plan(path: Path) -> None:
    with Plan.open(path, create=True) as plan:
        plan.add("Reply to comments")
        plan.add("Bookkeeping", Column.VA, fields=TaskChanges(hours_per_week=2))
        plan.add("Old newsletter", Column.NOBODY)
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{path}{suffix}").exists()


def tamper(path: Path, *statements: str) -> bytes:
    """Run ``statements`` on the plan as another program would; return the file's bytes."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")  # as a database browser may
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path.read_bytes()


def refused(path: Path, match: str) -> str:
    before = path.read_bytes()
    with pytest.raises(PlanContentError, match=match) as caught:
        Plan.open(path)
    with pytest.raises(PlanContentError, match=match):
        Plan.open_for_reading(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    message = str(caught.value)
    assert "\n" not in message
    return message


# -- the three findings of issue 13 ---------------------------------------------------------


@pytest.mark.parametrize("value", ["'a word'", "1e308", "-1", "169", "'-0.5'", "x'00'"])
def test_bad_hours_refuse_the_plan_in_words(tmp_path: Path, value: str) -> None:
    path = tmp_path / "plan.dplan"
    make_plan(path)
    tamper(path, f"UPDATE tasks SET hours_per_week = {value} WHERE id = 2")
    message = refused(path, "task 2 has a bad hours per week")
    assert "must be a number from 0 to 168, or empty" in message


def test_a_planted_trigger_is_refused_and_never_runs(tmp_path: Path) -> None:
    path = tmp_path / "plan.dplan"
    make_plan(path)
    tamper(
        path,
        "CREATE TRIGGER planted AFTER INSERT ON tasks BEGIN "
        "UPDATE tasks SET notes = 'owned' WHERE id = new.id; END",
    )
    message = refused(path, "a trigger named 'planted' that Delegation Planner did not create")
    assert message.startswith(str(path))


def test_a_text_rank_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.dplan"
    make_plan(path)
    tamper(path, "UPDATE tasks SET rank = 'first' WHERE id = 3")
    refused(path, r"task 3 has a bad rank \('first'\): it must be a whole number, 0 or more")


def test_sqlite_utils_does_not_turn_recursive_triggers_on(plan: Plan) -> None:
    plan.add("one")  # the first change builds the sqlite-utils view of the connection
    conn = plan.store.conn
    assert conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 0
    assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    assert conn.execute("PRAGMA cell_size_check").fetchone()[0] == 1
    assert conn.execute("PRAGMA mmap_size").fetchone()[0] == 0


# -- the schema ------------------------------------------------------------------------------

SCHEMA_CHANGES: dict[str, tuple[tuple[str, ...], str]] = {
    "extra table": (("CREATE TABLE notes (x)",), "a table named 'notes'"),
    "extra view": (("CREATE VIEW v AS SELECT 1",), "a view named 'v'"),
    "extra index": (("CREATE INDEX by_title ON tasks (title)",), "an index named 'by_title'"),
    "trigger on meta": (
        ("CREATE TRIGGER t BEFORE DELETE ON meta BEGIN SELECT 1; END",),
        "a trigger named 't'",
    ),
    "extra column": (
        ("ALTER TABLE tasks ADD COLUMN secret TEXT",),
        "the table 'tasks' has a column 'secret'",
    ),
    "dropped index": (("DROP INDEX tasks_by_place",), "no index named 'tasks_by_place'"),
    "dropped table": (("DROP TABLE meta",), "no table named 'meta'"),
    "statistics": (("ANALYZE",), "a table named 'sqlite_stat1'"),
    "renamed column": (
        ("ALTER TABLE tasks RENAME COLUMN notes TO remarks",),
        "the table 'tasks' has a column 'remarks'",
    ),
    "links cascade": (
        (
            "ALTER TABLE tasks RENAME TO old_tasks",
            "CREATE TABLE tasks (id INTEGER PRIMARY KEY, title TEXT NOT NULL, notes TEXT NOT NULL "
            "DEFAULT '', column_name TEXT NOT NULL, rank INTEGER NOT NULL, hours_per_week REAL, "
            "frequency TEXT NOT NULL DEFAULT '', relationship TEXT NOT NULL DEFAULT 'auto', "
            "accepted INTEGER NOT NULL DEFAULT 0, accept_note TEXT NOT NULL DEFAULT '', "
            "link_id INTEGER REFERENCES tasks(id) ON DELETE CASCADE, created_at TEXT NOT NULL, "
            "updated_at TEXT NOT NULL, steps TEXT NOT NULL DEFAULT '', "
            "done_when TEXT NOT NULL DEFAULT '', needs_approval INTEGER NOT NULL DEFAULT 0)",
            "INSERT INTO tasks SELECT * FROM old_tasks",
            "DROP TABLE old_tasks",
            "CREATE INDEX tasks_by_place ON tasks (column_name, rank)",
        ),
        "the links between rows of the table 'tasks' were changed",
    ),
    "type changed": (
        (
            "ALTER TABLE tasks RENAME TO old_tasks",
            "CREATE TABLE tasks (id INTEGER PRIMARY KEY, title TEXT NOT NULL, notes TEXT NOT NULL "
            "DEFAULT '', column_name TEXT NOT NULL, rank TEXT NOT NULL, hours_per_week REAL, "
            "frequency TEXT NOT NULL DEFAULT '', relationship TEXT NOT NULL DEFAULT 'auto', "
            "accepted INTEGER NOT NULL DEFAULT 0, accept_note TEXT NOT NULL DEFAULT '', "
            "link_id INTEGER REFERENCES tasks(id) ON DELETE SET NULL, created_at TEXT NOT NULL, "
            "updated_at TEXT NOT NULL, steps TEXT NOT NULL DEFAULT '', "
            "done_when TEXT NOT NULL DEFAULT '', needs_approval INTEGER NOT NULL DEFAULT 0)",
            "INSERT INTO tasks SELECT * FROM old_tasks",
            "DROP TABLE old_tasks",
            "CREATE INDEX tasks_by_place ON tasks (column_name, rank)",
        ),
        r"the column 'rank' of the table 'tasks' was changed \(TEXT NOT NULL instead of INTEGER",
    ),
}


@pytest.mark.parametrize("change", SCHEMA_CHANGES)
def test_a_schema_the_app_did_not_make_is_refused(tmp_path: Path, change: str) -> None:
    path = tmp_path / "plan.dplan"
    make_plan(path)
    statements, message = SCHEMA_CHANGES[change]
    tamper(path, *statements)
    refused(path, message)


def test_an_upgraded_plan_has_the_shape_of_a_new_one() -> None:
    """The one place a format version is declared: upgrade steps from the first format must end
    in exactly the schema a new plan gets."""
    first = split_statements(FIRST_FORMAT)
    assert upgraded_shape(first, UPGRADES, SCHEMA_VERSION) == shape_of_statements(
        split_statements(SCHEMA)
    )


def test_a_new_plan_has_the_declared_shape(plan_path: Path) -> None:
    Plan.open(plan_path, create=True).close()
    conn = sqlite3.connect(plan_path)
    try:
        assert read_shape(conn) == store_module.expected_shape(SCHEMA_VERSION)
    finally:
        conn.close()


def test_an_older_plan_with_a_planted_view_is_refused_before_any_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.dplan"
    make_format_1_plan(path)
    tamper(path, "CREATE VIEW spy AS SELECT * FROM tasks")
    refused(path, "a view named 'spy'")


def test_an_older_plan_with_a_bad_value_is_refused_before_any_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.dplan"
    make_format_1_plan(path)
    tamper(path, "UPDATE tasks SET position = 'x' WHERE id = 2")
    refused(path, "task 2 has a bad position")


# -- every value -----------------------------------------------------------------------------

BAD_VALUES: dict[str, tuple[str, str]] = {
    "title blob": (
        "title = x'41'",
        "task 1 has a bad title (binary data, 1 bytes): it must be text",
    ),
    "title blank": ("title = '   '", "task 1 cannot be read: the title cannot be empty"),
    "notes blob": ("notes = x'6869'", "task 1 has a bad notes"),
    "column unknown": ("column_name = 'Boss'", "task 1 has a bad column name"),
    "rank negative": ("rank = -5", "task 1 has a bad rank"),
    "rank huge": ("rank = 9223372036854775807", "task 1 has a bad rank"),
    "rank real": ("rank = 1.5", "task 1 has a bad rank"),
    "relationship": ("relationship = 'maybe'", "task 1 has a bad relationship"),
    "accepted 5": ("accepted = 5", "task 1 has a bad accepted"),
    "accepted text": ("accepted = 'yes'", "task 1 has a bad accepted"),
    "frequency blob": ("frequency = x'00ff'", "task 1 has a bad frequency"),
    "accept note": ("accept_note = x''", "task 1 has a bad accept note"),
    "dangling link": ("link_id = 999", "task 1 has a bad link id"),
    "self link": ("link_id = 1", "task 1 has a bad link id"),
    "text link": ("link_id = 'two'", "task 1 has a bad link id"),
    "date word": ("created_at = 'yesterday'", "task 1 has a bad created at"),
    "date number": ("updated_at = 20250101", "task 1 has a bad updated at"),
    "date week": ("updated_at = '2025-W01-1T10:00:00+00:00'", "task 1 has a bad updated at"),
    "date hour": ("updated_at = '2025-01-01T10'", "task 1 has a bad updated at"),
    "id zero": ("id = 0", "task 0 has a bad id"),
    "id negative": ("id = -7", "task -7 has a bad id"),
}


@pytest.mark.parametrize("case", BAD_VALUES)
def test_a_bad_value_is_refused_naming_task_and_field(tmp_path: Path, case: str) -> None:
    path = tmp_path / "plan.dplan"
    make_plan(path)
    assignment, message = BAD_VALUES[case]
    tamper(path, f"UPDATE tasks SET {assignment} WHERE id = 1")
    refused(path, message.replace("(", r"\(").replace(")", r"\)"))


def test_odd_but_valid_rows_still_open(tmp_path: Path) -> None:
    """Values another program may write that the app reads the careful way: folded titles,
    duplicate ranks, dates without a time, links both ways."""
    path = tmp_path / "plan.dplan"
    make_plan(path)
    tamper(
        path,
        "UPDATE tasks SET title = '  Reply   to comments ', rank = 5, created_at = '2025-01-01' "
        "WHERE id = 1",
        "UPDATE tasks SET column_name = 'Me', rank = 5, link_id = 1 WHERE id = 2",
        "UPDATE tasks SET link_id = 2 WHERE id = 1",
    )
    before = path.read_bytes()
    with Plan.open_for_reading(path) as plan:
        assert [t.title for t in plan.tasks(Column.ME)] == ["Reply to comments", "Bookkeeping"]
        assert plan.task(1).link_id == 2 and plan.task(2).link_id == 1
    assert path.read_bytes() == before


def test_too_many_tasks_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plan.dplan"
    make_plan(path)
    monkeypatch.setattr(store_module, "MAX_TASKS", 2)
    refused(path, "this plan holds 3 tasks; Delegation Planner opens plans of up to 2")


def test_additions_beyond_the_limit_are_refused(
    plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    import planner.plan as plan_module

    monkeypatch.setattr(plan_module, "MAX_TASKS", 2)
    plan.add("one")
    with pytest.raises(PlanWriteError, match="at most 2 tasks"):
        plan.add_many([NewTask("two"), NewTask("three")])
    assert [t.title for t in plan.tasks()] == ["one"]


def test_the_command_line_says_it_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.dplan"
    make_plan(path)
    before = tamper(path, "UPDATE tasks SET hours_per_week = 'a word' WHERE id = 2")
    for args in (["export", str(path), "--csv", "-"], ["check", str(path)]):
        assert cli_main(args) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err
        assert "task 2 has a bad hours per week ('a word')" in err
    assert path.read_bytes() == before


# -- a clean copy --------------------------------------------------------------------------


def planted(path: Path) -> bytes:
    make_plan(path)
    with Plan.open(path) as plan:
        plan.split(1)
    import shutil

    shutil.copy(path, path.with_name("original.dplan"))
    return tamper(
        path,
        "CREATE TRIGGER planted AFTER INSERT ON tasks BEGIN UPDATE tasks SET notes = 'x'; END",
        "CREATE TABLE loot (x)",
        "UPDATE tasks SET hours_per_week = 'lots' WHERE id = 2",
    )


def test_a_clean_copy_keeps_the_tasks_and_drops_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "plan.dplan"
    before = planted(path)
    recovery = recover_plan(path)
    assert path.read_bytes() == before
    assert recovery.destination == tmp_path / "plan (clean copy).dplan"
    assert recovery.corrections == ["task 2: its hours per week ('lots') cleared"]
    with Plan.open(recovery.destination) as copy:
        snapshot = {c: [t.title for t in copy.tasks(c)] for c in Column}
        assert snapshot[Column.ME] == ["Reply to comments"]
        with Plan.open_for_reading(path.with_name("original.dplan")) as original:
            assert snapshot == {c: [t.title for t in original.tasks(c)] for c in Column}
        prep = copy.tasks(Column.VA)[1]
        assert copy.task(1).link_id == prep.id and prep.link_id == 1
        assert copy.task(2).hours_per_week is None
        copy.add("works")  # no trigger came along
        assert copy.task(copy.tasks(Column.ME)[-1].id).notes == ""
    second = recover_plan(path)
    assert second.destination.name == "plan (clean copy 2).dplan"
    assert path.read_bytes() == before


def test_recover_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.dplan"
    before = planted(path)
    out = tmp_path / "rescued.dplan"
    assert cli_main(["recover", str(path), "--out", str(out)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("Read 4 tasks from plan.dplan into the clean copy")
    assert printed[1] == "  task 2: its hours per week ('lots') cleared"
    assert path.read_bytes() == before
    assert cli_main(["check", str(out)]) == 0
    assert cli_main(["recover", str(path), "--out", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err


@pytest.mark.parametrize(
    "make",
    [
        lambda p: p.write_bytes(b"not a database at all"),
        lambda p: tamper(p, "PRAGMA application_id = 7", "CREATE TABLE x (y)"),
    ],
)
def test_files_that_are_not_plans_are_not_recovered(
    tmp_path: Path, make: Callable[[Path], object]
) -> None:
    path = tmp_path / "plan.dplan"
    make(path)
    with pytest.raises(PlanFileError):
        recover_plan(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.dplan"]


# -- core error types ------------------------------------------------------------------------


def test_backup_failures_are_core_errors(
    plan: Plan, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import planner.backups as backups

    def broken(*args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(backups, "copy_database", broken)
    with pytest.raises(BackupError, match=r"No backup copy could be made .*disk I/O error"):
        make_backup(plan.store)

    def no_room(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "copy_database", no_room)
    with pytest.raises(BackupError, match="No space left on device"):
        make_backup(plan.store)


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        ("UPDATE meta SET value = 'x,\"=1' WHERE key = 'plan_token'", "its plan token 'x,\"=1'"),
        ("UPDATE meta SET value = zeroblob(9) WHERE key = 'plan_token'", "is not a short text"),
        (
            "WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n "
            "WHERE value < 101) INSERT INTO meta SELECT 'k' || value, 'v' FROM n",
            "settings table holds more than 100 rows",
        ),
    ],
)
def test_bad_settings_rows_are_refused(tmp_path: Path, statement: str, message: str) -> None:
    path = tmp_path / "plan.dplan"
    make_plan(path)
    tamper(path, statement)
    refused(path, re.escape(message))


def test_text_that_is_not_utf8_is_refused_and_recovered(tmp_path: Path) -> None:
    path = tmp_path / "plan.dplan"
    make_plan(path)
    tamper(path, "UPDATE tasks SET notes = CAST(x'6869ff' AS TEXT) WHERE id = 2")
    refused(path, "task 2 has a bad notes \\(text that is not valid UTF-8\\): it must be text")
    recovery = recover_plan(path)
    assert recovery.corrections == [
        "text that was not valid UTF-8 was kept with \ufffd in place of the bad bytes"
    ]
    with Plan.open(recovery.destination) as copy:
        assert copy.task(2).notes == "hi\ufffd"


def test_the_advisor_reads_at_most_the_start_of_long_wording(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Found by the campaign: `check` on a plan with a 10 MB title took 11 s."""
    from planner import advice
    from planner.rules import assess

    seen: list[tuple[int, int]] = []

    def spy(title: str, notes: str = "") -> object:
        seen.append((len(title), len(notes)))
        return assess(title, notes)

    monkeypatch.setattr("planner.advice.assess", spy)
    advice.assessment.cache_clear()
    found = advice.assessment("Reply to comments " + "x" * 10_000_000, "n" * 10_000_000)
    # the title is cut between words (the 10 MB word is left out); one long word is cut as it is
    assert seen == [(len("Reply to comments"), advice.ADVISED_NOTES)]
    assert found.relationship_building
    advice.assessment.cache_clear()


def test_a_schema_damaged_inside_a_check_is_refused_however_it_is_opened(tmp_path: Path) -> None:
    """Found by the campaign: a CHECK naming a column that is not there read fine read-only
    (the command line opened it) but not for writing (the window refused it)."""
    path = tmp_path / "plan.dplan"
    make_plan(path)
    conn = sqlite3.connect(path)
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'tasks'").fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = ? WHERE name = 'tasks'",
        (sql.replace("CHECK (accepted IN", "CHECK (acceptef IN"),),
    )
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for read_only in (True, False):
        with pytest.raises(PlanFileError, match="its schema: no such column: acceptef"):
            Plan.open(path, read_only=read_only)
    assert path.read_bytes() == before


def test_a_problem_is_always_one_line() -> None:
    error = PlanFileError("plan.dplan", 'unrecognized token: "`a TEXT,\n    b TEXT\n)"')
    assert str(error) == 'plan.dplan: unrecognized token: "`a TEXT, b TEXT )"'


def test_a_clean_copy_keeps_every_field_of_the_schema(tmp_path: Path) -> None:
    """Fields added to the task schema later (the brief's steps, done when, approval) come
    along into a clean copy; a bad value of one of them is cleared and said."""
    path = tmp_path / "plan.dplan"
    with Plan.open(path, create=True) as plan:
        plan.add(
            "Format the newsletter",
            Column.VA,
            fields=TaskChanges(steps=("Open the draft", "Send it to me"), done_when="sent"),
        )
        plan.add("Book travel", Column.VA, fields=TaskChanges(needs_approval=True))
    tamper(
        path,
        "CREATE TABLE loot (x)",
        "UPDATE tasks SET needs_approval = 'maybe' WHERE id = 2",
    )
    recovery = recover_plan(path)
    assert recovery.corrections == ["task 2: its needs approval ('maybe') cleared"]
    with Plan.open(recovery.destination) as copy:
        first, second = copy.task(1), copy.task(2)
        assert (first.steps, first.done_when) == (("Open the draft", "Send it to me"), "sent")
        assert second.needs_approval is False
