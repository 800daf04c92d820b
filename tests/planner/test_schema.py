"""The one task schema: the store's columns, the CSV header, typed edits and the upgrade steps
all follow from the declaration in :mod:`planner.model`, and a new field needs nothing else."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from planner import csv_format, store
from planner.csv_export import export_bytes
from planner.frozen_class import field, fields, frozen_class
from planner.model import (
    EDITABLE_FIELDS,
    FIELD_NAMES,
    TASK_SCHEMA,
    UNCHANGED,
    FieldKind,
    FieldSpec,
    Relationship,
    Task,
    TaskChanges,
    clean_notes,
    schema_of,
    utc_now,
)
from planner.model import LAST_CSV_INDEX as LAST
from planner.plan import Plan


def _with_reviewer() -> type[Task]:
    """A copy of the declaration with one more field, as the next task field would be added."""

    @frozen_class
    class TaskWithReviewer(Task):
        reviewer: str = field(
            default="",
            metadata={
                "spec": FieldSpec(
                    kind=FieldKind.TEXT,
                    sql="TEXT NOT NULL DEFAULT ''",
                    clean=clean_notes,
                    label="&Reviewer",
                    csv="reviewer",
                    csv_index=1 + max(s.csv_index for _, s in TASK_SCHEMA if s.csv_index < LAST),
                    since=store.SCHEMA_VERSION + 1,
                )
            },
        )

    return TaskWithReviewer


def test_every_field_declares_its_spec() -> None:
    assert tuple(f.name for f in fields(Task)) == FIELD_NAMES
    assert all(isinstance(spec, FieldSpec) for _, spec in TASK_SCHEMA)


def test_store_columns_are_the_fields_then_the_place(tmp_path: Path) -> None:
    with Plan.open(tmp_path / "p.dplan", create=True):
        pass
    conn = sqlite3.connect(tmp_path / "p.dplan")
    columns = [row[1] for row in conn.execute("PRAGMA table_info(tasks)")]
    conn.close()
    at = FIELD_NAMES.index(store.PLACE_AFTER) + 1
    assert columns == [*FIELD_NAMES[:at], "column_name", "rank", *FIELD_NAMES[at:]]


def test_task_rows_are_written_and_read_by_field_name(tmp_path: Path) -> None:
    with Plan.open(tmp_path / "p.dplan", create=True) as plan:
        made = plan.add(
            "Thank new subscribers",
            fields=TaskChanges(
                notes="two\nlines",
                hours_per_week=1.5,
                frequency="weekly",
                relationship=Relationship.YES,
                accepted=True,
                accept_note="she writes well",
            ),
        )
        row = store.task_row(made)
    assert list(row) == list(FIELD_NAMES)
    assert (row["relationship"], row["accepted"]) == ("yes", 1)
    with Plan.open(tmp_path / "p.dplan") as plan:
        assert plan.task(made.id) == made


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("title", " Two  spaces"),
        ("title", ""),
        ("notes", "a\r\nb"),
        ("notes", "a\x00b"),
        ("notes", b"bytes"),
        ("hours_per_week", 2),  # a whole number: stored as REAL by this app
        ("hours_per_week", -1.0),
        ("hours_per_week", 168.5),
        ("hours_per_week", "2"),
        ("created_at", "2025-01-31"),
        ("created_at", "2025-02-30T09:00:00+00:00"),
        ("accepted", 2),
        ("relationship", "maybe"),
        ("steps", "one\n\ntwo"),
    ],
)
def test_a_value_this_app_would_not_write_is_not_trusted(name: str, value: object) -> None:
    """The fast load path takes a row as it is only when every value is exactly what this app
    writes; any other row is read the careful way (cleaned, or refused by its rule)."""
    now = utc_now()
    clean = store.task_row(Task(1, "Title", "notes", 1.5, created_at=now, updated_at=now))
    assert store.trusted_tasks([(*clean.values(), "Me", 1)]) != [None]
    assert store.trusted_tasks([(*(clean | {name: value}).values(), "Me", 1)]) == [None]


def test_hand_edited_rows_are_cleaned_on_load() -> None:
    clean = store.task_row(Task(1, "Title", created_at="t", updated_at="t"))
    odd = clean | {"title": "  Two   spaces ", "notes": "a\r\nb", "relationship": "odd"}
    rows = [(*row.values(), "Me", 1) for row in (clean, odd)]
    first = store.trusted_tasks(rows[:1])[0] or store.task_from_row(rows[0])
    assert store.trusted_tasks(rows[1:]) == [None]  # not as this app writes it
    second = store.task_from_row(rows[1])
    assert first == Task(1, "Title", created_at="t", updated_at="t")
    assert (second.title, second.notes, second.relationship) == (
        "Two spaces",
        "a\nb",
        Relationship.AUTO,
    )


def test_csv_header_follows_the_schema(tmp_path: Path) -> None:
    exported = sorted((spec.csv_index, spec.csv) for _, spec in TASK_SCHEMA if spec.exported)
    assert len({index for index, _ in exported}) == len(exported)  # one place each
    names = [name for _, name in exported]
    # not fields' own cells (csv_format.BESIDE)
    names[names.index("warning") + 1 : names.index("warning") + 1] = [
        "follows_decision",
        "decided_by_owner",
    ]
    assert ("column", "position", *names) == csv_format.HEADER
    assert csv_format.HEADER[-1] == "id"
    with Plan.open(tmp_path / "p.dplan", create=True) as plan:
        first_line = export_bytes(plan).decode("utf-8-sig").split("\r\n")[0]
    assert first_line == ",".join(csv_format.HEADER)


def test_task_changes_are_exactly_the_editable_fields() -> None:
    names = TaskChanges._fields
    assert names == tuple(name for name in FIELD_NAMES if name in EDITABLE_FIELDS)
    assert {"id", "created_at"}.isdisjoint(names)


def test_task_changes_apply_only_what_they_set() -> None:
    task = Task(1, "t", notes="keep", updated_at="2020-01-01T00:00:00+00:00")
    changes = TaskChanges(title=" new ", hours_per_week=None)
    assert changes.names() == ("title", "hours_per_week")
    assert changes.notes is UNCHANGED
    changed = task.with_changes(changes)
    assert (changed.title, changed.notes, changed.hours_per_week) == ("new", "keep", None)
    assert changed.updated_at != task.updated_at
    assert not TaskChanges()
    undo = TaskChanges.of(task, changes.names())
    assert task.with_changes(undo).title == "t"
    with pytest.raises(TypeError):
        TaskChanges(id=5)  # type: ignore[call-arg]


def test_a_new_field_reaches_store_upgrade_csv_and_dialog_from_its_declaration() -> None:
    schema = schema_of(_with_reviewer())
    assert [name for name, _ in schema] == [*FIELD_NAMES, "reviewer"]
    assert "reviewer TEXT NOT NULL DEFAULT ''" in store.create_tasks_table(schema)
    now = store.SCHEMA_VERSION
    assert store.upgrade(now, schema) == (
        *store.upgrade(now),
        "ALTER TABLE tasks ADD COLUMN reviewer TEXT NOT NULL DEFAULT ''",
    )
    assert csv_format.header(schema) == (*csv_format.HEADER[:-1], "reviewer", "id")


def test_format_3_adds_the_brief_fields() -> None:
    assert store.upgrade(2) == (
        "ALTER TABLE tasks ADD COLUMN steps TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE tasks ADD COLUMN done_when TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE tasks ADD COLUMN needs_approval INTEGER NOT NULL DEFAULT 0 "
        "CHECK (needs_approval IN (0, 1))",
    )


def test_upgrade_from_the_first_format_is_unchanged() -> None:
    assert store.upgrade(1) == store.MIGRATIONS[1]


def test_the_readme_lists_the_csv_columns_as_the_export_writes_them() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    listed = readme.split("Columns: `", 1)[1].split("`", 1)[0]
    assert tuple("".join(listed.split()).split(",")) == csv_format.HEADER
