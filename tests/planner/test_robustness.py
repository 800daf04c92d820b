"""Faults and bad input: old formats, two writers, crashed locks, files that vanish, full disks,
network folders, read-only places, and hostile text. Nothing is lost and nothing is let in."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from planner import csv_export, csv_import
from planner import filesystems as fs
from planner import store as store_module
from planner.errors import PlanContentError, PlanFileError, PlanWriteError
from planner.model import Relationship, TaskChanges
from planner.plan import Plan
from planner.plan_lock import lock_path
from planner.store import APPLICATION_ID, SCHEMA_VERSION, PlanStore
from tests.planner.csv_ids import without_ids


def make_format_1_plan(path: Path) -> None:
    """A plan as the first release wrote it (no advisor settings, links or frequency)."""
    conn = sqlite3.connect(path)
    conn.executescript(
        f"""
        CREATE TABLE tasks (
            id INTEGER PRIMARY KEY, title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            notes TEXT NOT NULL DEFAULT '',
            column_name TEXT NOT NULL CHECK (column_name IN ('Me', 'My VA', 'Nobody')),
            position INTEGER NOT NULL CHECK (position >= 0),
            hours_per_week REAL CHECK (hours_per_week IS NULL OR hours_per_week >= 0),
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE INDEX tasks_by_place ON tasks (column_name, position);
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO tasks VALUES
            (1, 'Reply to comments', '', 'Me', 0, 2, '2025-01-01', '2025-01-01');
        INSERT INTO tasks VALUES
            (2, 'Bookkeeping', 'monthly', 'My VA', 0, NULL, '2025-01-01', '2025-01-01');
        PRAGMA application_id = {APPLICATION_ID};
        PRAGMA user_version = 1;
        """
    )
    conn.commit()
    conn.close()


def test_older_format_is_upgraded_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.dplan"
    make_format_1_plan(path)
    with Plan.open(path) as plan:
        assert [t.title for t in plan.tasks()] == ["Reply to comments", "Bookkeeping"]
        assert plan.task(2).relationship is Relationship.AUTO and plan.task(2).notes == "monthly"
        assert "upgraded" in plan.store.notice
        plan.edit(1, TaskChanges(relationship=Relationship.YES, frequency="daily"))
    backup = sqlite3.connect(tmp_path / "old.dplan.format-1.backup")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    assert backup.execute("SELECT id, title, notes FROM tasks ORDER BY id").fetchall() == [
        (1, "Reply to comments", ""),
        (2, "Bookkeeping", "monthly"),
    ]
    backup.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT relationship, frequency FROM tasks WHERE id = 1").fetchone() == (
        "yes",
        "daily",
    )
    conn.close()


def test_failed_upgrade_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.dplan"
    make_format_1_plan(path)
    monkeypatch.setitem(
        store_module.MIGRATIONS, 1, ("ALTER TABLE tasks ADD COLUMN frequency TEXT", "NOT SQL")
    )
    with pytest.raises(PlanFileError, match="could not be upgraded"):
        Plan.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = [row[1] for row in conn.execute("PRAGMA table_info(tasks)")]
    assert "frequency" not in columns
    conn.close()


def test_truncated_plan_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "cut.dplan"
    with Plan.open(path, create=True) as plan:
        for i in range(300):
            plan.add(f"task {i}", fields=TaskChanges(notes="x" * 200))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = path.read_bytes()
    with pytest.raises(PlanFileError, match="damaged"):
        Plan.open(path)
    assert path.read_bytes() == before


def test_second_opener_is_read_only_and_told(plan: Plan, plan_path: Path) -> None:
    plan.add("mine")
    with Plan.open(plan_path) as second:
        assert second.read_only_reason.startswith(
            "it is already open in another Delegation Planner window"
        )
        assert [t.title for t in second.tasks()] == ["mine"]
        with pytest.raises(PlanWriteError, match="Changes cannot be saved"):
            second.add("lost?")
        assert "cannot be saved" in second.store.notice
    plan.add("still mine")
    assert [t.title for t in plan.tasks()] == ["mine", "still mine"]


def test_lock_is_released_on_close(plan_path: Path) -> None:
    Plan.open(plan_path, create=True).close()
    with Plan.open(plan_path) as first:
        assert not first.read_only_reason
    with Plan.open(plan_path) as again:
        assert not again.read_only_reason
    assert not lock_path(plan_path).exists()


def test_lock_of_a_killed_process_does_not_block(plan_path: Path) -> None:
    Plan.open(plan_path, create=True).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys, time
            from planner.plan import Plan
            plan = Plan.open({str(plan_path)!r})
            assert not plan.read_only_reason
            print("holding", flush=True)
            time.sleep(60)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    with Plan.open(plan_path) as blocked:
        assert blocked.read_only_reason
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert lock_path(plan_path).exists()  # left behind by the crash...
    with Plan.open(plan_path) as after:  # ...but it does not block anybody
        assert not after.read_only_reason
        after.add("works")


@pytest.mark.parametrize("how", ["deleted", "moved"])
def test_plan_file_vanishing_while_open(
    plan: Plan, plan_path: Path, tmp_path: Path, how: str
) -> None:
    plan.add("before")
    if how == "deleted":
        plan_path.unlink()
    else:
        plan_path.rename(tmp_path / "elsewhere.dplan")
    with pytest.raises(PlanWriteError, match="moved or deleted while it was open"):
        plan.add("after")
    assert [t.title for t in plan.tasks()] == ["before"]
    rescue = tmp_path / "rescued.dplan"
    from planner.backups import save_copy

    save_copy(plan.store, rescue)
    with Plan.open(rescue) as saved:
        assert [t.title for t in saved.tasks()] == ["before"]


def test_disk_full_keeps_the_plan_and_the_file(plan: Plan, plan_path: Path) -> None:
    plan.add("small")
    pages = plan.store.conn.execute("PRAGMA page_count").fetchone()[0]
    plan.store.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(PlanWriteError, match="full"):
        plan.add("huge", fields=TaskChanges(notes="x" * 200_000))
    assert [t.title for t in plan.tasks()] == ["small"]
    plan.add("tiny")  # still usable once there is room for the change
    plan.close()
    with Plan.open(plan_path) as again:
        assert [t.title for t in again.tasks()] == ["small", "tiny"]


def test_read_only_place_opens_read_only(plan_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Plan.open(plan_path, create=True) as plan:
        plan.add("readable")

    def refuse(*args: object, **kwargs: object) -> PlanStore:
        raise store_module._CannotWrite(
            "the file or its folder cannot be written (attempt to write a readonly database)"
        )

    monkeypatch.setattr(PlanStore, "_open_for_writing", classmethod(lambda cls, *a: refuse()))
    before = plan_path.read_bytes()
    with Plan.open(plan_path) as plan:
        assert "cannot be written" in plan.read_only_reason
        assert [t.title for t in plan.tasks()] == ["readable"]
        with pytest.raises(PlanWriteError):
            plan.add("nope")
    assert plan_path.read_bytes() == before


MOUNTS = """\
sysfs /sys sysfs rw 0 0
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /mnt/team nfs4 rw 0 0
//nas/share /mnt/My\\040Share cifs rw 0 0
dropbox /home/me/Dropbox fuse.rclone rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected", "network"),
    [
        ("/home/me/plan.dplan", "ext4", False),
        ("/mnt/team/plans/plan.dplan", "nfs4", True),
        ("/mnt/My Share/plan.dplan", "cifs", True),
        ("/home/me/Dropbox/plan.dplan", "fuse.rclone", True),
        ("/mnt/teamwork/plan.dplan", "ext4", False),
    ],
)
def test_filesystem_type(tmp_path: Path, path: str, expected: str, network: bool) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS)
    found = fs.filesystem_type(Path(path), mounts)
    assert found == expected
    assert fs.is_network_filesystem(found) is network


def test_network_folder_uses_a_rollback_journal(
    plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "filesystem_type", lambda path: "nfs4")
    with Plan.open(plan_path, create=True) as plan:
        assert plan.store.journal_mode == "delete"
        assert "rollback journal" in plan.store.notice and "nfs4" in plan.store.notice
        plan.add("saved")
    assert not Path(f"{plan_path}-wal").exists()
    with Plan.open(plan_path) as plan:
        assert [t.title for t in plan.tasks()] == ["saved"]


HOSTILE = [
    "x" * 100_000,
    "Reply to 💬 comments 🎉👩🏽‍💻",
    "الرد على التعليقات",
    "line one\nline two\r\nline three",
    "nul\x00byte",
    "bell\x07 and esc\x1b[31m red",
    '=HYPERLINK("http://evil")',
    "@SUM(1+1)",
    "\t-tab led",
]


def test_hostile_text_is_stored_exported_and_reimported(
    plan: Plan, plan_path: Path, tmp_path: Path
) -> None:
    for text in HOSTILE:
        plan.add(text[:100_000], fields=TaskChanges(notes=text))
    titles = [t.title for t in plan.tasks()]
    notes = [t.notes for t in plan.tasks()]
    assert titles[0] == "x" * 100_000
    assert "\x00" not in "".join(titles) + "".join(notes)
    plan.close()
    with Plan.open(plan_path) as again:
        assert [t.title for t in again.tasks()] == titles
        assert [t.notes for t in again.tasks()] == notes
        exported = csv_export.export_bytes(again)
    for line in exported.decode("utf-8-sig").splitlines()[1:]:
        assert not line.startswith(("=", "+", "-", "@"))
    source = tmp_path / "hostile.csv"
    source.write_bytes(exported)
    with Plan.open(tmp_path / "copy.dplan", create=True) as copy:
        csv_import.import_csv(copy, source)
        assert without_ids(csv_export.export_bytes(copy)) == without_ids(exported)


def test_functions_in_a_plan_schema_are_not_run(plan_path: Path) -> None:
    """A plan whose schema calls a function would run it on read if the schema were trusted:
    such a plan is refused outright, and the connection never trusts a schema anyway."""
    Plan.open(plan_path, create=True).close()
    conn = sqlite3.connect(plan_path)
    conn.execute("CREATE VIEW sneaky AS SELECT load_extension('evil') AS x")
    conn.commit()
    conn.close()
    before = plan_path.read_bytes()
    with pytest.raises(PlanContentError, match="a view named 'sneaky'"):
        Plan.open(plan_path)
    assert plan_path.read_bytes() == before
    raw = store_module._connect(plan_path, "ro")
    try:
        assert raw.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        with pytest.raises(sqlite3.OperationalError):
            raw.execute("SELECT * FROM sneaky").fetchall()
    finally:
        raw.close()
