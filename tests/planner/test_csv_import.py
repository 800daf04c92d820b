"""Tests for planner.csv_import: round trips, spreadsheet dialects, and all-or-nothing imports."""

from __future__ import annotations

import codecs
import sqlite3
from pathlib import Path

import pytest

from planner import advice
from planner.csv_export import export_bytes
from planner.csv_import import ImportBatch, ImportRow, delimiter_of, import_csv, read_csv
from planner.errors import CsvError
from planner.events import PlanEvent
from planner.model import Column, Relationship, TaskChanges
from planner.plan import NewTask, Plan
from tests.planner.csv_ids import without_ids

DATA = Path(__file__).resolve().parents[1] / "data" / "csv"
HEADER = "column,position,title,notes,hours_per_week,relationship_building,warning,how_often,id"


def write(tmp_path: Path, data: bytes | str, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def fill_odd_plan(plan: Plan) -> None:
    """A plan holding every awkward value the CSV must carry."""
    plan.add(
        "=SUM(A1)", Column.ME, fields=TaskChanges(notes="=cmd|' /C calc'!A0", hours_per_week=1.5)
    )
    plan.add("-5 calls", Column.ME, fields=TaskChanges(hours_per_week=0.25, frequency="-daily"))
    plan.add("@mention the team", Column.ME, fields=TaskChanges(notes="@here", frequency="@weekly"))
    plan.add(
        "+1 the good ideas", Column.ME, fields=TaskChanges(notes="\tindented first line\nsecond")
    )
    plan.add("\tTab-led title", Column.ME, fields=TaskChanges(notes="\nstarts with a line break"))
    plan.add("'=already quoted", Column.ME, fields=TaskChanges(notes="'+not a formula either"))
    plan.add("'apostrophe only", Column.ME)
    plan.add(
        'Say "thanks", always',
        Column.ME,
        fields=TaskChanges(
            notes='Line one, with comma\nLine "two"\r\nLine three', hours_per_week=0.33
        ),
    )
    plan.add("Emoji 🙂📧 and accents: café, naïve", Column.VA, fields=TaskChanges(hours_per_week=2))
    plan.add("שלום עולם — RTL title", Column.VA, fields=TaskChanges(notes="مرحبا بالعالم"))
    plan.add(
        "Forced yes",
        Column.VA,
        fields=TaskChanges(relationship=Relationship.YES, frequency="every week"),
    )
    plan.add("Forced no", Column.ME, fields=TaskChanges(relationship=Relationship.NO))
    plan.add(
        "Accepted plain",
        Column.VA,
        fields=TaskChanges(relationship=Relationship.YES, accepted=True),
    )
    plan.add(
        "Accepted noted",
        Column.VA,
        fields=TaskChanges(
            relationship=Relationship.YES,
            accepted=True,
            accept_note='She has known them for years,\nand says "hi" for me',
        ),
    )
    plan.add(
        "Accepted note with lead space",
        Column.VA,
        fields=TaskChanges(relationship=Relationship.YES, accepted=True, accept_note=" spaced"),
    )
    plan.add("Drop it", Column.NOBODY, fields=TaskChanges(hours_per_week=168))
    plan.add("Zero hours", Column.NOBODY, fields=TaskChanges(hours_per_week=0))


# -- round trip ------------------------------------------------------------------------------


def test_round_trip_is_byte_identical(plan: Plan, tmp_path: Path) -> None:
    fill_odd_plan(plan)
    first = export_bytes(plan)
    source = write(tmp_path, first, "first.csv")
    with Plan.open(tmp_path / "copy.dpl", create=True) as copy:
        result = import_csv(copy, source)
        assert result.total == len(plan.board)
        # Another plan: the rows are new tasks there, with that plan's ids.
        assert without_ids(export_bytes(copy)) == without_ids(first)
        assert export_bytes(copy) != first
        originals = plan.tasks()
        copies = copy.tasks()
    assert [t.title for t in copies] == [t.title for t in originals]
    assert [t.notes for t in copies] == [t.notes for t in originals]
    assert [t.hours_per_week for t in copies] == [t.hours_per_week for t in originals]
    assert [t.frequency for t in copies] == [t.frequency for t in originals]
    assert [(t.accepted, t.accept_note) for t in copies] == [
        (t.accepted, t.accept_note) for t in originals
    ]
    assert [advice.is_relationship(t) for t in copies] == [
        advice.is_relationship(t) for t in originals
    ]


def test_round_trip_keeps_the_dangerous_text_exactly(plan: Plan, tmp_path: Path) -> None:
    fill_odd_plan(plan)
    batch = read_csv(write(tmp_path, export_bytes(plan)))
    titles = [new.title for new in batch.tasks]
    assert titles[:7] == [
        "=SUM(A1)",
        "-5 calls",
        "@mention the team",
        "+1 the good ideas",
        "Tab-led title",  # the model folds a title's whitespace, so the tab is gone before export
        "'=already quoted",
        "'apostrophe only",
    ]
    assert batch.tasks[0].notes == "=cmd|' /C calc'!A0"
    assert batch.tasks[3].notes == "\tindented first line\nsecond"
    assert batch.tasks[4].notes == "\nstarts with a line break"
    assert batch.tasks[5].notes == "'+not a formula either"
    assert batch.tasks[1].extra.frequency == "-daily"


def test_relationship_is_an_override_only_when_it_differs_from_the_advisor(
    tmp_path: Path,
) -> None:
    titles = ["Reply to comments on my blog", "Update the bookkeeping"]
    advisor = [advice.assessment(t, "").relationship_building for t in titles]
    lines = [HEADER]
    for title, says in zip(titles, advisor, strict=True):
        lines.append(f"Me,1,{title},,,{'yes' if says else 'no'},,")
        lines.append(f"Me,2,{title},,,{'no' if says else 'yes'},,")
    batch = read_csv(write(tmp_path, "\r\n".join(lines) + "\r\n"))
    got = [new.extra.values().get("relationship", Relationship.AUTO) for new in batch.tasks]
    flipped = [Relationship.NO if says else Relationship.YES for says in advisor]
    assert got == [Relationship.AUTO, flipped[0], Relationship.AUTO, flipped[1]]


def test_accepted_warning_cells(tmp_path: Path) -> None:
    data = (
        "title,warning\n"
        "a,accepted\n"
        "b,accepted: she knows them\n"
        "c,Accepted:no space\n"
        "d,accepted connections are how you grow\n"
        "e,some open warning reason\n"
    )
    tasks = read_csv(write(tmp_path, data)).tasks
    got = [t.extra.values() for t in tasks]
    assert [(e.get("accepted", False), e.get("accept_note", "")) for e in got] == [
        (True, ""),
        (True, "she knows them"),
        (True, "no space"),
        (False, ""),
        (False, ""),
    ]


# -- minimal and foreign sheets --------------------------------------------------------------


def test_minimal_title_only_sheet(plan: Plan) -> None:
    result = import_csv(plan, DATA / "minimal-titles.csv")
    assert [t.title for t in plan.tasks(Column.ME)] == [
        "Call back new leads",
        "Update the bookkeeping",
        "Renew the domain name",
    ]
    assert result.counts == {Column.ME: 3, Column.VA: 0, Column.NOBODY: 0}
    assert result.batch.columns == ("title",)
    assert result.batch.ignored_columns == ()
    assert all(t.relationship is Relationship.AUTO and not t.accepted for t in plan.tasks())


def test_semicolon_cp1252_sheet_with_decimal_comma(plan: Plan) -> None:
    result = import_csv(plan, DATA / "excel-de-semicolon.csv")
    assert result.batch.delimiter == ";"
    assert result.batch.encoding == "cp1252"
    assert result.batch.ignored_columns == ("Kunde",)
    snapshot = plan.snapshot()
    assert [(t.title, t.hours_per_week, t.notes) for t in snapshot[Column.VA]] == [
        ("Rechnungen schreiben", 1.5, "Betrag in €")
    ]
    assert [t.title for t in snapshot[Column.ME]] == ["Kundengespräche"]
    assert [t.title for t in snapshot[Column.NOBODY]] == ["Alte Newsletter löschen"]


def test_utf16_tab_delimited_unicode_text(plan: Plan) -> None:
    batch = read_csv(DATA / "excel-unicode-text.txt")
    assert (batch.encoding, batch.delimiter) == ("utf-16", "\t")
    assert [(t.title, t.column, t.hours_per_week) for t in batch.tasks] == [
        ("Répondre aux courriels 📧", Column.VA, 3.0),
        ("مرحبا بالعالم", Column.ME, 0.5),
    ]


def test_utf16_big_endian(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_BE + "title\tnotes\r\nÉcrire\tà faire\r\n".encode("utf-16-be")
    batch = read_csv(write(tmp_path, data))
    assert [(t.title, t.notes) for t in batch.tasks] == [("Écrire", "à faire")]


def test_extra_columns_are_ignored_and_reported(plan: Plan) -> None:
    result = import_csv(plan, DATA / "sheets-extra-columns.csv")
    assert result.batch.ignored_columns == ("Owner", "Due date")
    assert result.batch.columns == ("title", "notes", "hours_per_week")
    assert result.batch.encoding == "utf-8"
    assert [(t.title, t.notes, t.hours_per_week) for t in plan.tasks()] == [
        ("Send the newsletter", "Monday, 9am", 1.0),
        ("Post on LinkedIn", "", None),
    ]


def test_utf8_with_and_without_bom_give_the_same_tasks(tmp_path: Path) -> None:
    text = "title,column\r\nÜber uns schreiben 🙂,my va\r\n"
    plain = read_csv(write(tmp_path, text.encode("utf-8"), "plain.csv"))
    bom = read_csv(write(tmp_path, codecs.BOM_UTF8 + text.encode("utf-8"), "bom.csv"))
    assert plain.encoding == "utf-8" and bom.encoding == "utf-8-sig"
    assert plain.tasks == bom.tasks == [NewTask("Über uns schreiben 🙂", Column.VA)]


def test_latin1_fallback_when_not_even_cp1252(tmp_path: Path) -> None:
    # 0x81 is undefined in cp1252, so only Latin-1 can read this file.
    batch = read_csv(write(tmp_path, b"title\r\nCaf\xe9 \x81 meeting\r\n"))
    assert batch.encoding == "latin-1"
    assert batch.tasks[0].title == "Café \x81 meeting"


def test_cp1252_when_invalid_utf8_only_late_in_the_file(tmp_path: Path) -> None:
    data = b"title\r\n" + b"Plain ascii task\r\n" * 70_000 + b"Caf\xe9 \x80\r\n"
    batch = read_csv(write(tmp_path, data))
    assert batch.encoding == "cp1252"
    assert batch.tasks[-1].title == "Café €"


def test_blank_lines_and_whitespace_rows_are_skipped(tmp_path: Path) -> None:
    data = "\r\n\r\ntitle,notes\r\n\r\nA,\r\n , \r\n,,\r\n\r\nB,b\r\n\r\n"
    assert [t.title for t in read_csv(write(tmp_path, data)).tasks] == ["A", "B"]


def test_header_names_are_trimmed_and_case_insensitive(tmp_path: Path) -> None:
    data = " TITLE ;Hours Per Week; How-Often ;COLUMN\nWrite;1;weekly;nobody\n"
    batch = read_csv(write(tmp_path, data))
    assert batch.columns == ("title", "hours_per_week", "how_often", "column")
    new = batch.tasks[0]
    assert (new.title, new.hours_per_week, new.extra, new.column) == (
        "Write",
        1.0,
        TaskChanges(frequency="weekly"),
        Column.NOBODY,
    )


def test_empty_column_cell_defaults_to_me(tmp_path: Path) -> None:
    batch = read_csv(write(tmp_path, "title,column\nA,\nB,VA\n"))
    assert [t.column for t in batch.tasks] == [Column.ME, Column.VA]


def test_header_only_imports_nothing(plan: Plan, tmp_path: Path) -> None:
    result = import_csv(plan, write(tmp_path, HEADER + "\r\n"))
    assert result.total == 0
    assert result.counts == {Column.ME: 0, Column.VA: 0, Column.NOBODY: 0}
    assert plan.tasks() == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("title,notes,hours", ","),
        ("title;notes;hours", ";"),
        ("title\tnotes\thours", "\t"),
        ('"title;with;semicolons",notes', ","),
        ("title", ","),
        ("title;notes,with comma;hours", ";"),
    ],
)
def test_delimiter_comes_from_the_header_line(line: str, expected: str) -> None:
    assert delimiter_of(line) == expected


def test_delimiter_is_not_fooled_by_data_lines(tmp_path: Path) -> None:
    data = 'title\r\nCall Ann; then Bob; then Cy\r\n"Email, post, call"\r\nA\tB\r\n'
    batch = read_csv(write(tmp_path, data))
    assert batch.delimiter == ","
    assert [t.title for t in batch.tasks] == [
        "Call Ann; then Bob; then Cy",
        "Email, post, call",
        "A B",
    ]


# -- refusals --------------------------------------------------------------------------------


def db_state(path: Path) -> tuple[bytes, bytes, int]:
    wal = Path(f"{path}-wal")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        count = conn.execute("SELECT count(*) FROM tasks").fetchone()[0]
    finally:
        conn.close()
    return path.read_bytes(), wal.read_bytes() if wal.exists() else b"", count


def test_bad_rows_import_nothing_and_name_every_line(plan: Plan) -> None:
    plan.add("Already here", Column.ME)
    events: list[PlanEvent] = []
    plan.subscribe(events.append)
    before = db_state(plan.path)
    with pytest.raises(CsvError) as caught:
        import_csv(plan, DATA / "bad-rows.csv")
    assert caught.value.problems == [
        "line 4: unknown column 'Boss' (expected one of: Me, My VA, Nobody)",
        "line 6: the title cannot be empty",
        "line 7: hours per week must be a number, not 'lots'",
        "line 9: relationship_building must be yes or no, not 'maybe'",
        "line 10: hours per week cannot be negative",
    ]
    assert str(caught.value).startswith(
        f"Nothing was imported from {DATA / 'bad-rows.csv'}: 5 lines have problems.\n  line 4:"
    )
    assert [t.title for t in plan.tasks()] == ["Already here"]
    assert events == []
    assert db_state(plan.path) == before
    assert before[2] == 1


def test_line_numbers_count_physical_lines_of_multiline_notes(tmp_path: Path) -> None:
    data = 'title,notes\r\nA,"one\r\ntwo\r\nthree"\r\n\r\nB,"x\ny"\r\n,oops\r\n'
    with pytest.raises(CsvError) as caught:
        read_csv(write(tmp_path, data))
    assert caught.value.problems == ["line 8: the title cannot be empty"]


def test_several_problems_on_one_line_are_joined(tmp_path: Path) -> None:
    with pytest.raises(CsvError) as caught:
        read_csv(write(tmp_path, "title,column,hours\n,Boss,x\n"))
    assert caught.value.problems == [
        "line 2: the title cannot be empty; unknown column 'Boss' (expected one of: Me, My VA, "
        "Nobody); hours per week must be a number, not 'x'"
    ]


def test_long_notes_round_trip(plan: Plan, tmp_path: Path) -> None:
    long_notes = ('A long paragraph, with commas and "quotes".\n' * 5000).rstrip()
    assert len(long_notes) > 200_000
    plan.add("Long notes", Column.ME, fields=TaskChanges(notes=long_notes))
    batch = read_csv(write(tmp_path, export_bytes(plan)))
    assert batch.tasks[0].notes == long_notes


def test_too_many_cells_is_a_problem(tmp_path: Path) -> None:
    with pytest.raises(CsvError) as caught:
        read_csv(write(tmp_path, "title,hours\nCall Ann, Bob,2\nFine,1,,\n"))
    assert caught.value.problems == [
        "line 2: this line has 3 cells but the header names 2 "
        "(a comma inside a cell needs the cell in quotes); "
        "hours per week must be a number, not 'Bob'"
    ]


def test_unclosed_quote_is_a_problem(tmp_path: Path) -> None:
    with pytest.raises(CsvError) as caught:
        read_csv(write(tmp_path, 'title,notes\nA,a\nB,"never closed\nC,c\n'))
    assert caught.value.problems == ["line 3: a quote is opened on this line and never closed"]


def test_text_after_closing_quote_is_a_problem_and_later_lines_still_checked(
    tmp_path: Path,
) -> None:
    with pytest.raises(CsvError) as caught:
        read_csv(write(tmp_path, 'title,hours\n"Quoted" title,1\nok,x\n'))
    assert [p.split(":")[0] for p in caught.value.problems] == ["line 2", "line 3"]


def test_no_title_header(tmp_path: Path) -> None:
    with pytest.raises(CsvError, match=r"there is no 'title' column.*'Task', 'Hours'"):
        read_csv(write(tmp_path, "Task,Hours\nCall,1\n"))


def test_title_named_twice(tmp_path: Path) -> None:
    with pytest.raises(CsvError, match="names the column 'title' twice"):
        read_csv(write(tmp_path, "title,Title\na,b\n"))


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(CsvError, match="the file is empty"):
        read_csv(write(tmp_path, b""))
    with pytest.raises(CsvError, match="the file is empty"):
        read_csv(write(tmp_path, "\r\n\r\n  \r\n"))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"title\r\nA\x00B\r\n", "not a text file"),
        (bytes(range(256)) * 8, "not a text file"),
        (b"PK\x03\x04\x14\x00\x06\x00", "spreadsheet workbook"),
        (b"SQLite format 3\x00" + b"\x00" * 100, "not a CSV file"),
        (codecs.BOM_UTF16_LE + "title\r\nA\x00B\r\n".encode("utf-16-le"), "NUL"),
        (codecs.BOM_UTF16_LE + b"t\x00i", "not a text file"),
        (codecs.BOM_UTF8 + b"title\r\n\xff\xfe\r\n", "not valid utf-8"),
    ],
)
def test_binary_files_are_refused(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(CsvError, match=message):
        read_csv(write(tmp_path, data))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(CsvError, match="there is no file here"):
        read_csv(tmp_path / "nope.csv")
    with pytest.raises(CsvError, match="this is a folder"):
        read_csv(tmp_path)


def test_import_appends_after_existing_tasks(plan: Plan, tmp_path: Path) -> None:
    plan.add("First", Column.VA)
    import_csv(plan, write(tmp_path, "title,column\nSecond,My VA\nThird,Me\n"))
    assert [t.title for t in plan.tasks(Column.VA)] == ["First", "Second"]
    assert [t.title for t in plan.tasks(Column.ME)] == ["Third"]
    plan.reload()
    assert [t.title for t in plan.tasks(Column.VA)] == ["First", "Second"]


def test_batch_counts() -> None:
    rows = [ImportRow(n, task) for n, task in enumerate([NewTask("a"), NewTask("b", Column.VA)])]
    batch = ImportBatch(Path("x.csv"), [*rows, ImportRow(4, NewTask("c"))], "utf-8", ",", (), ())
    assert batch.counts() == {Column.ME: 2, Column.VA: 1, Column.NOBODY: 0}


def test_hundred_thousand_rows(plan: Plan, tmp_path: Path) -> None:
    lines = ["title,column,notes,hours_per_week"]
    columns = ["Me", "My VA", "Nobody"]
    lines += [f"Task {i},{columns[i % 3]},note {i},{i % 10}" for i in range(100_000)]
    source = write(tmp_path, "\n".join(lines) + "\n")
    result = import_csv(plan, source)
    assert result.total == 100_000
    assert result.counts == {Column.ME: 33_334, Column.VA: 33_333, Column.NOBODY: 33_333}
    assert plan.tasks(Column.NOBODY)[-1].title == "Task 99998"


def test_hundred_thousand_rows_with_one_bad_line_at_the_end(plan: Plan, tmp_path: Path) -> None:
    lines = ["title,column", *(f"Task {i},VA" for i in range(100_000)), "", ",My VA", ""]
    with pytest.raises(CsvError) as caught:
        import_csv(plan, write(tmp_path, "\n".join(lines)))
    assert caught.value.problems == ["line 100003: the title cannot be empty"]
    assert plan.tasks() == []
