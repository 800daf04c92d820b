"""The VA round trip from the command line, run as a user runs it (a real process each step).

Export the plan, import the unchanged file: nothing changes and the next export has the same
bytes. Edit a note and a column in the CSV, import it: the same number of tasks, edits applied.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from planner.model import Column, Relationship, TaskChanges
from planner.plan import Plan
from tests.planner.test_cli import run_module


def make_plan(path: Path) -> None:
    with Plan.open(path, create=True) as plan:
        plan.add(
            "Plan the week",
            Column.ME,
            fields=TaskChanges(hours_per_week=2, relationship=Relationship.NO),
        )
        plan.add(
            "Invoice clients",
            Column.ME,
            fields=TaskChanges(notes="monthly", relationship=Relationship.NO),
        )
        plan.add("Book travel", Column.VA, fields=TaskChanges(relationship=Relationship.NO))


def export(plan: Path, target: Path) -> bytes:
    done = run_module("export", str(plan), "--csv", str(target))
    assert done.returncode == 0, done.stderr
    return target.read_bytes()


def test_unchanged_export_imports_as_a_no_op(tmp_path: Path) -> None:
    plan = tmp_path / "plan.dplan"
    make_plan(plan)
    first = export(plan, tmp_path / "first.csv")
    done = run_module("import", str(plan), "--csv", str(tmp_path / "first.csv"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == (
        f"Imported {tmp_path / 'first.csv'} into {plan}: 0 added, 0 updated, 3 unchanged.\n"
    )
    assert export(plan, tmp_path / "second.csv") == first


def test_edited_note_and_column_come_back_as_updates(tmp_path: Path) -> None:
    plan = tmp_path / "plan.dplan"
    make_plan(plan)
    first = export(plan, tmp_path / "first.csv")
    rows = list(csv.reader(io.StringIO(first.decode("utf-8-sig"), newline="")))
    header = rows[0]
    invoice = next(row for row in rows if row[header.index("title")] == "Invoice clients")
    invoice[header.index("notes")] = "monthly, by the 5th"
    invoice[header.index("column")] = "My VA"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    edited = tmp_path / "edited.csv"
    edited.write_bytes(("\ufeff" + buffer.getvalue()).encode("utf-8"))

    done = run_module("import", str(plan), "--csv", str(edited))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == (
        f"Imported {edited} into {plan}: 0 added, 1 updated, 2 unchanged.\n"
        "Updated 'Invoice clients' (line 3): notes edited; column: Me → My VA.\n"
    )
    with Plan.open(plan) as again:
        assert len(again.board) == 3
        assert [t.title for t in again.tasks(Column.VA)] == ["Book travel", "Invoice clients"]
        assert again.tasks(Column.VA)[1].notes == "monthly, by the 5th"
    # The next export, imported back, changes nothing.
    export(plan, tmp_path / "second.csv")
    done = run_module("import", str(plan), "--csv", str(tmp_path / "second.csv"))
    assert done.stdout.decode().endswith(": 0 added, 0 updated, 3 unchanged.\n")


def test_a_title_a_spreadsheet_cut_is_named_by_its_lengths(tmp_path: Path) -> None:
    """A 40,000-character title back from a spreadsheet, cut to the 32,767 characters a cell
    holds: the import's line names the task by its start and says what happened to the title,
    instead of printing both titles whole (72,000 characters) or two identical starts."""
    plan = tmp_path / "plan.dplan"
    title = "Reply to every comment " + "x" * (40_000 - 23)
    with Plan.open(plan, create=True) as made:
        made.add(title, Column.ME)
        made.add("Plan the week", Column.ME)
    rows = list(csv.reader(io.StringIO(export(plan, tmp_path / "out.csv").decode("utf-8-sig"))))
    rows[1][rows[0].index("title")] = title[:32_767]
    cut = tmp_path / "cut.csv"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    cut.write_bytes(("\ufeff" + buffer.getvalue()).encode("utf-8"))
    done = run_module("import", str(plan), "--csv", str(cut))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode().splitlines()
    assert lines[1] == (
        f"Updated '{title[:119]}…' (line 2): title shortened from 40,000 to 32,767 characters "
        "(a spreadsheet cell holds at most 32,767)."
    )
    with Plan.open(plan) as again:
        assert len(again.tasks(Column.ME)[0].title) == 32_767
