"""The brief's task fields (steps, done when, needs approval): cleaning, saving, the format 2 -> 3
upgrade after a backup, and a byte-identical CSV round trip."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from planner.csv_export import export_bytes
from planner.csv_import import import_csv, read_csv
from planner.errors import CsvError
from planner.model import Column, Task, TaskChanges, TaskError, clean_steps
from planner.plan import Plan
from planner.store import APPLICATION_ID, SCHEMA_VERSION

FIVE = (
    "Open the shared inbox",
    "Copy the draft into the mail tool",
    "Add the three links, each with a one-line summary",
    "Send a test to me",
    "Schedule it for Tuesday 9:00",
)


def test_clean_steps() -> None:
    assert clean_steps(None) == ()
    assert clean_steps("one\r\n\n  two   words \rthree\x00") == ("one", "two words", "three")
    assert clean_steps(["  a ", "", "b\tc"]) == ("a", "b c")
    with pytest.raises(TaskError, match="each step must be text"):
        clean_steps([1])  # type: ignore[list-item]
    task = Task(1, "Newsletter", steps="a\nb", done_when="  sent \n out ", needs_approval=True)  # type: ignore[arg-type]
    assert (task.steps, task.done_when, task.needs_approval) == (("a", "b"), "sent out", True)


def test_fields_are_saved_and_edited(plan_path: Path) -> None:
    with Plan.open(plan_path, create=True) as plan:
        task = plan.add(
            "Format the newsletter",
            Column.VA,
            fields=TaskChanges(steps=FIVE, done_when="Scheduled", needs_approval=True),
        )
    with Plan.open(plan_path) as plan:
        again = plan.task(task.id)
        assert (again.steps, again.done_when, again.needs_approval) == (FIVE, "Scheduled", True)
        plan.edit(task.id, TaskChanges(steps=FIVE[::-1], needs_approval=False))
    with Plan.open(plan_path) as plan:
        assert plan.task(task.id).steps == FIVE[::-1]
        assert not plan.task(task.id).needs_approval
    conn = sqlite3.connect(plan_path)
    stored = conn.execute("SELECT steps, done_when, needs_approval FROM tasks").fetchone()
    conn.close()
    assert stored == ("\n".join(FIVE[::-1]), "Scheduled", 0)


FORMAT_2 = """
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    notes TEXT NOT NULL DEFAULT '',
    column_name TEXT NOT NULL CHECK (column_name IN ('Me', 'My VA', 'Nobody')),
    rank INTEGER NOT NULL CHECK (rank >= 0),
    hours_per_week REAL CHECK (hours_per_week IS NULL OR hours_per_week >= 0),
    frequency TEXT NOT NULL DEFAULT '',
    relationship TEXT NOT NULL DEFAULT 'auto' CHECK (relationship IN ('auto', 'yes', 'no')),
    accepted INTEGER NOT NULL DEFAULT 0 CHECK (accepted IN (0, 1)),
    accept_note TEXT NOT NULL DEFAULT '',
    link_id INTEGER REFERENCES tasks(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX tasks_by_place ON tasks (column_name, rank);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def make_format_2_plan(path: Path) -> None:
    """A plan exactly as format 2 (before steps, done when and approval) wrote it."""
    conn = sqlite3.connect(path)
    conn.executescript(
        FORMAT_2
        + f"""
        INSERT INTO tasks VALUES (1, 'Reply to comments', '', 'Me', 1048576, 2, 'daily',
            'auto', 0, '', NULL, '2025-01-01', '2025-01-01');
        INSERT INTO tasks VALUES (2, 'Bookkeeping', 'monthly', 'My VA', 1048576, NULL, '',
            'no', 0, '', NULL, '2025-01-01', '2025-01-01');
        PRAGMA application_id = {APPLICATION_ID};
        PRAGMA user_version = 2;
        """
    )
    conn.commit()
    conn.close()


def test_format_2_plan_is_upgraded_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.dplan"
    make_format_2_plan(path)
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT * FROM tasks ORDER BY id").fetchall()
    conn.close()
    assert SCHEMA_VERSION == 3
    with Plan.open(path) as plan:
        assert "upgraded" in plan.store.notice and "old.dplan.format-2.backup" in plan.store.notice
        assert [t.title for t in plan.tasks()] == ["Reply to comments", "Bookkeeping"]
        book = plan.task(2)
        assert (book.steps, book.done_when, book.needs_approval) == ((), "", False)
        assert (book.notes, book.frequency, plan.task(1).frequency) == ("monthly", "", "daily")
        plan.edit(2, TaskChanges(steps=FIVE, done_when="Reconciled", needs_approval=True))
    backup = tmp_path / "old.dplan.format-2.backup"
    kept = sqlite3.connect(backup)  # the plan as it was, still in format 2
    assert kept.execute("PRAGMA user_version").fetchone()[0] == 2
    assert kept.execute("SELECT * FROM tasks ORDER BY id").fetchall() == rows
    assert "steps" not in {row[1] for row in kept.execute("PRAGMA table_info(tasks)")}
    kept.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    assert conn.execute("SELECT steps, needs_approval FROM tasks WHERE id = 2").fetchone() == (
        "\n".join(FIVE),
        1,
    )
    conn.close()
    with Plan.open(path) as plan:  # opens again without a second upgrade
        assert plan.store.notice == "" or "upgraded" not in plan.store.notice
        assert plan.task(2).steps == FIVE
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name) == [backup.name]


def fill(plan: Plan) -> None:
    plan.add(
        "Format the newsletter",
        Column.VA,
        fields=TaskChanges(
            steps=(
                "=SUM(A1) is not a formula here",
                'Quote "this", then a comma, here',
                "Ünïcödé · 漢字 · emoji 🎉",
                "'=already quoted",
                *(f"Step {n}" for n in range(50)),
            ),
            done_when="=done when it is scheduled",
            needs_approval=True,
        ),
    )
    plan.add(
        "Reconcile invoices",
        Column.VA,
        fields=TaskChanges(steps=("-5 first", "second"), done_when="Every line matched"),
    )
    plan.add("Reply to comments", Column.ME)
    plan.add("Print flyers", Column.NOBODY, fields=TaskChanges(needs_approval=True))


def test_csv_round_trip_of_the_new_fields_is_byte_identical(plan: Plan, tmp_path: Path) -> None:
    fill(plan)
    first = export_bytes(plan)
    rows = list(csv.reader(io.StringIO(first.decode("utf-8-sig"), newline="")))
    header = rows[0]
    assert header[-4:] == ["steps", "done_when", "needs_approval", "id"]
    newsletter = rows[1 + 1]  # Me first, then My VA
    assert newsletter[header.index("title")] == "Format the newsletter"
    steps_cell = newsletter[header.index("steps")]
    assert steps_cell.startswith("'=SUM(A1)")  # the formula guard on the cell's first line
    assert steps_cell.count("\n") == 53
    assert newsletter[header.index("done_when")] == "'=done when it is scheduled"
    assert newsletter[header.index("needs_approval")] == "yes"
    source = tmp_path / "first.csv"
    source.write_bytes(first)
    result = import_csv(plan, source)  # the same plan: every row matches its task, unchanged
    assert (result.added_ids, result.plan.updated) == ([], [])
    assert export_bytes(plan) == first
    with Plan.open(tmp_path / "copy.dplan", create=True) as copy:
        import_csv(copy, source)
        copied = {t.title: t for t in copy.tasks()}
        for task in plan.tasks():
            twin = copied[task.title]
            assert (twin.steps, twin.done_when, twin.needs_approval) == (
                task.steps,
                task.done_when,
                task.needs_approval,
            )


def test_csv_import_reads_steps_one_per_line_and_checks_the_flag(tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text(
        'title,steps,done_when,needs_approval\r\nNewsletter,"one\r\n\r\n two \ntwo b",Sent,Y\r\n',
        encoding="utf-8",
    )
    (new,) = read_csv(good).tasks
    assert new.extra.steps == ("one", "two", "two b")
    assert (new.extra.done_when, new.extra.needs_approval) == ("Sent", True)
    bad = tmp_path / "bad.csv"
    bad.write_text("title,needs_approval\r\nNewsletter,maybe\r\n", encoding="utf-8")
    with pytest.raises(CsvError) as caught:
        read_csv(bad)
    assert caught.value.problems == ["line 2: needs_approval must be yes or no, not 'maybe'"]


def test_a_re_import_updates_the_new_fields_of_matched_tasks(plan: Plan, tmp_path: Path) -> None:
    """The VA edits the steps, "done when" and the approval flag in the sheet; the owner's
    re-import updates those tasks in place (no duplicates) and says what changed."""
    fill(plan)
    first = export_bytes(plan)
    count = len(plan.tasks())
    rows = list(csv.reader(io.StringIO(first.decode("utf-8-sig"), newline="")))
    header = rows[0]
    newsletter = next(r for r in rows[1:] if r[header.index("title")] == "Format the newsletter")
    newsletter[header.index("steps")] = "Open the draft\nCheck the links\nSend it to me"
    newsletter[header.index("done_when")] = "it is in my inbox"
    newsletter[header.index("needs_approval")] = "no"
    edited = tmp_path / "edited.csv"
    with edited.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows(rows)
    result = import_csv(plan, edited)
    assert result.added_ids == []
    assert len(result.plan.updated) == 1
    described = "; ".join(change.describe() for change in result.plan.updated[0].changes)
    assert "steps edited" in described
    assert "done when:" in described and "needs approval: yes → no" in described
    assert len(plan.tasks()) == count
    task = next(t for t in plan.tasks() if t.title == "Format the newsletter")
    assert task.steps == ("Open the draft", "Check the links", "Send it to me")
    assert (task.done_when, task.needs_approval) == ("it is in my inbox", False)
    again = import_csv(plan, edited)  # the same file again changes nothing
    assert again.plan.updated == []
