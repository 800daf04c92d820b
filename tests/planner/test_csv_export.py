"""Tests for planner.csv_export: the exact bytes of an export, the formula guard, atomic writes."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from planner import advice, csv_export
from planner.csv_export import export_bytes, export_csv, write_csv
from planner.csv_format import HEADER, guard, unguard
from planner.errors import PlannerError, PlanWriteError
from planner.model import Column, Relationship, TaskChanges
from planner.plan import Plan, iter_placed

HEADER_LINE = (
    "column,position,title,notes,hours_per_week,relationship_building,warning,follows_decision,"
    "decided_by_owner,how_often,steps,done_when,needs_approval,id"
)


def rows_of(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def test_empty_plan_is_bom_and_header_with_crlf(plan: Plan) -> None:
    assert export_bytes(plan) == b"\xef\xbb\xbf" + HEADER_LINE.encode() + b"\r\n"


def test_header_starts_with_the_documented_columns() -> None:
    assert ",".join(HEADER).startswith(
        "column,position,title,notes,hours_per_week,relationship_building,warning"
    )
    assert HEADER[7:10] == ("follows_decision", "decided_by_owner", "how_often")


def test_rows_in_board_order_with_one_based_positions(plan: Plan) -> None:
    plan.add("Drop me", Column.NOBODY)
    plan.add("Invoice clients", Column.VA, fields=TaskChanges(hours_per_week=1.5))
    plan.add("Plan the week", Column.ME, fields=TaskChanges(hours_per_week=2))
    plan.add(
        "Book travel", Column.VA, fields=TaskChanges(hours_per_week=0.25, frequency="every month")
    )
    plan.add("Write proposals", Column.ME, fields=TaskChanges(relationship=Relationship.NO))
    rows = rows_of(export_bytes(plan))
    assert rows[0] == list(HEADER)
    how_often = HEADER.index("how_often")
    assert [r[:5] + r[how_often : how_often + 1] for r in rows[1:]] == [
        ["Me", "1", "Plan the week", "", "2", ""],
        ["Me", "2", "Write proposals", "", "", ""],
        ["My VA", "1", "Invoice clients", "", "1.5", ""],
        ["My VA", "2", "Book travel", "", "0.25", "every month"],
        ["Nobody", "1", "Drop me", "", "", ""],
    ]


def test_exact_bytes_with_quotes_commas_and_newlines_in_notes(plan: Plan) -> None:
    plan.add(
        'Say "thanks", often',
        Column.ME,
        fields=TaskChanges(
            notes='First line, with a comma\nSecond "quoted" line',
            hours_per_week=1,
            relationship=Relationship.NO,
        ),
    )
    body = export_bytes(plan).decode("utf-8-sig").split("\r\n", 1)[1]
    assert body == (
        'Me,1,"Say ""thanks"", often","First line, with a comma\nSecond ""quoted"" line",1,no,'
        f",,yes,,,,no,{plan.token}:1\r\n"
    )


def test_relationship_column_is_the_effective_answer(plan: Plan) -> None:
    yes = plan.add("Task one", Column.ME, fields=TaskChanges(relationship=Relationship.YES))
    no = plan.add("Task two", Column.ME, fields=TaskChanges(relationship=Relationship.NO))
    auto = plan.add("Task three", Column.ME)
    rows = rows_of(export_bytes(plan))
    by_title = {r[2]: r[5] for r in rows[1:]}
    assert by_title[yes.title] == "yes"
    assert by_title[no.title] == "no"
    assert by_title[auto.title] == ("yes" if advice.is_relationship(auto) else "no")


def test_warning_cell_open_and_accepted(plan: Plan) -> None:
    open_one = plan.add(
        "Keep in touch", Column.VA, fields=TaskChanges(relationship=Relationship.YES)
    )
    plan.add(
        "Keep in touch again",
        Column.VA,
        fields=TaskChanges(relationship=Relationship.YES, accepted=True),
    )
    plan.add(
        "Keep in touch thrice",
        Column.VA,
        fields=TaskChanges(
            relationship=Relationship.YES, accepted=True, accept_note="she knows them well"
        ),
    )
    plan.add("Same but mine", Column.ME, fields=TaskChanges(relationship=Relationship.YES))
    warnings = [r[6] for r in rows_of(export_bytes(plan))[1:]]
    assert warnings == [
        "",
        guard(advice.reason(open_one)),
        "accepted",
        "accepted: she knows them well",
    ]
    assert warnings[1]  # an open warning always has a reason


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r", "\n"])
def test_formula_starts_are_neutralised_in_every_text_column(
    plan: Plan, monkeypatch: pytest.MonkeyPatch, start: str
) -> None:
    text = f"{start}HYPERLINK(1)"
    # Titles and frequencies are whitespace-folded by the model, so a tab/CR/LF cannot lead them.
    title = text if start not in "\t\r\n" else f"{start}title"
    plan.add(
        title,
        Column.VA,
        fields=TaskChanges(notes=text, frequency=f"{start}weekly", relationship=Relationship.YES),
    )
    monkeypatch.setattr(csv_export, "warning_cell", lambda task, column, board=None: text)
    task = plan.tasks()[0]
    row = rows_of(export_bytes(plan))[1]
    assert row[3] == "'" + task.notes  # notes keep a leading tab or line break (CR becomes LF)
    assert row[6] == "'" + text  # warning
    for cell, value in ((row[2], task.title), (row[HEADER.index("how_often")], task.frequency)):
        assert cell == guard(value)
        assert cell[:1] != start or cell[:1] == "'"
    assert all(not cell or cell[0] not in "=+-@\t\r\n" for cell in row)


def test_every_row_agrees_with_the_advisor(plan: Plan) -> None:
    """The export's shortcuts never change what advice says, in any column or state."""
    for column in Column:
        for relationship in Relationship:
            for accepted, note in ((False, ""), (True, ""), (True, "a reason")):
                plan.add(
                    f"Reply to comments on my blog {column.value} {relationship.value} {note}",
                    column,
                    fields=TaskChanges(
                        relationship=relationship, accepted=accepted, accept_note=note
                    ),
                )
    rows = rows_of(export_bytes(plan))[1:]
    expected = [
        [
            column.value,
            str(index + 1),
            task.title,
            "yes" if advice.is_relationship(task) else "no",
            guard(advice.warning_cell(task, column)),
        ]
        for column, index, task in iter_placed(plan)
    ]
    assert [[r[0], r[1], r[2], r[5], r[6]] for r in rows] == expected
    assert sum(1 for r in rows if r[6].startswith("accepted")) >= 2  # the YES overrides


def test_formula_title_is_written_with_apostrophe(plan: Plan) -> None:
    plan.add("=SUM(A1)", Column.ME, fields=TaskChanges(relationship=Relationship.NO))
    plan.add("-5 calls", Column.ME, fields=TaskChanges(relationship=Relationship.NO))
    plan.add("@mention the team", Column.ME, fields=TaskChanges(relationship=Relationship.NO))
    plan.add("'=already quoted", Column.ME, fields=TaskChanges(relationship=Relationship.NO))
    plan.add("'just an apostrophe", Column.ME, fields=TaskChanges(relationship=Relationship.NO))
    titles = [r[2] for r in rows_of(export_bytes(plan))[1:]]
    assert titles == [
        "'=SUM(A1)",
        "'-5 calls",
        "'@mention the team",
        "''=already quoted",
        "'just an apostrophe",
    ]


@pytest.mark.parametrize(
    "text",
    ["=1", "'=1", "''=1", "'", "'plain", "plain", "", "\tx", "'\nx", "a=b", "-", "@"],
)
def test_guard_and_unguard_are_inverse(text: str) -> None:
    assert unguard(guard(text)) == text


def test_export_csv_writes_the_same_bytes_and_counts(plan: Plan, tmp_path: Path) -> None:
    plan.add("One", Column.ME)
    plan.add("Two 🙂 שלום", Column.VA, fields=TaskChanges(notes="multi\nline"))
    destination = tmp_path / "out.csv"
    assert export_csv(plan, destination) == 2
    assert destination.read_bytes() == export_bytes(plan)
    assert destination.read_bytes().startswith(b"\xef\xbb\xbf")
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_write_csv_to_a_stream(plan: Plan) -> None:
    plan.add("One", Column.ME)
    stream = io.BytesIO()
    assert write_csv(plan, stream) == 1
    assert stream.getvalue() == export_bytes(plan)


def test_export_replaces_an_existing_file(plan: Plan, tmp_path: Path) -> None:
    destination = tmp_path / "out.csv"
    destination.write_bytes(b"old content that is longer than the new one " * 100)
    export_csv(plan, destination)
    assert destination.read_bytes() == export_bytes(plan)


def test_failed_replace_keeps_the_old_file_and_no_temp(
    plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan.add("One", Column.ME)
    destination = tmp_path / "out.csv"
    destination.write_bytes(b"precious")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(PlanWriteError, match="No space left on device"):
        export_csv(plan, destination)
    assert destination.read_bytes() == b"precious"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_failed_write_removes_the_temp(
    plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    destination = tmp_path / "out.csv"

    def fail(*args: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(PlannerError, match="Input/output error"):
        export_csv(plan, destination)
    assert not destination.exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_missing_folder_and_folder_destination_are_clear_errors(plan: Plan, tmp_path: Path) -> None:
    with pytest.raises(PlanWriteError, match="does not exist"):
        export_csv(plan, tmp_path / "nowhere" / "out.csv")
    with pytest.raises(PlanWriteError, match="it is a folder"):
        export_csv(plan, tmp_path)


@pytest.mark.skipif(os.name != "posix", reason="umask is POSIX")
def test_exported_file_gets_normal_permissions(plan: Plan, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        export_csv(plan, tmp_path / "out.csv")
    finally:
        os.umask(old)
    assert (tmp_path / "out.csv").stat().st_mode & 0o777 == 0o644
