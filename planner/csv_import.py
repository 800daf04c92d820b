"""Reading tasks from a CSV file: our own export, or a plain list from any spreadsheet.

This module owns the import: finding the encoding (UTF-8 with or without BOM, UTF-16 with BOM,
else cp1252/Latin-1) and the delimiter (comma, semicolon or tab, from the header line), matching
the header names, and validating every row before anything is written. The whole file is
imported in one transaction or, if any row is bad, not at all: the :class:`CsvError` then lists
each bad line by its physical line number in the file (the header is line 1).

Reading is streamed row by row, so large files (100,000 rows) need memory for the tasks only.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Final

from planner import csv_format as fmt
from planner import frozen_class
from planner.advice import assessment, decided_title
from planner.errors import CsvError
from planner.model import (
    COLUMNS,
    NO_CHANGES,
    Column,
    FieldKind,
    FieldSpec,
    Relationship,
    Task,
    TaskChanges,
    TaskError,
    clean_notes,
    quoted_value,
)
from planner.plan import NewTask, Plan

if TYPE_CHECKING:
    from planner.import_plan import ImportDone

#: Fields read from a file; any other header is reported in ``ignored_columns``.
KNOWN_FIELDS: Final = frozenset(fmt.HEADER)

#: The longest cell read, in characters (the csv default, 131,072, is too small for long notes).
MAX_CELL: Final = 16 * 1024 * 1024
_CHUNK: Final = 1 << 20
_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NOT_CSV: Final = (
    (b"PK\x03\x04", "a spreadsheet workbook (.xlsx or .ods), not a CSV file. Save it as CSV first"),
    (b"\xd0\xcf\x11\xe0", "an Excel workbook (.xls), not a CSV file. Save it as CSV first"),
    (b"SQLite format 3\x00", "a database (perhaps a plan), not a CSV file"),
    (b"%PDF", "a PDF document, not a CSV file"),
)


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One validated data row: the task it describes, and what it says about an existing one."""

    line: int
    """The row's first physical line in the file (the header is line 1)."""
    task: NewTask
    """The row as a new task (what is added when it matches no task of the plan)."""
    task_id: tuple[str, int] | None = None
    """The id cell as (plan token, task number), when it is an id this app wrote."""
    position: int | None = None
    """The 1-based position cell, when filled."""
    column_given: bool = False
    """True when the column cell is filled (an empty one leaves a matched task's column)."""
    relationship: bool | None = None
    """The relationship_building cell, when filled."""
    follows_title: str | None = None
    """The title of the decided task this row followed, if the file says so (its
    follows-decision cell, or its warning's reason)."""
    decided: bool | None = None
    """The decided_by_owner cell (empty reads as no; None when the file has no such column):
    whether the relationship cell's answer is the owner's own decision (then the row carries
    it as its setting)."""


@dataclass(frozen=True, slots=True)
class ImportBatch:
    """A validated file, ready to import: its rows and what was learnt about the file."""

    path: Path
    rows: list[ImportRow]
    encoding: str
    delimiter: str
    columns: tuple[str, ...]
    """The recognised fields found in the header, in file order."""
    ignored_columns: tuple[str, ...]
    """Header names that are not ours, as written in the file (their cells are not read)."""

    @property
    def tasks(self) -> list[NewTask]:
        """Every row as a new task, in file order."""
        return [row.task for row in self.rows]

    def counts(self) -> dict[Column, int]:
        """How many tasks go to each column (all three columns, zero included)."""
        counts = dict.fromkeys(COLUMNS, 0)
        for new in self.tasks:
            counts[new.column] += 1
        return counts


def import_csv(plan: Plan, path: Path | str) -> ImportDone:
    """Import the CSV at ``path`` into ``plan`` in one transaction: rows of this plan update
    their tasks, the rest are added (see :mod:`planner.import_plan`).

    Raises :class:`CsvError` (nothing imported, plan untouched) when the file or any row is bad,
    and :class:`~planner.errors.PlanWriteError` when the plan cannot be saved.
    """
    from planner.import_plan import import_file

    return import_file(plan, path)


def read_csv(path: Path | str) -> ImportBatch:
    """Read and validate the whole file; raise :class:`CsvError` if it cannot be imported whole."""
    path = Path(path).expanduser()
    encoding = _detect_encoding(path)
    try:
        delimiter = _detect_delimiter(path, encoding)
        with path.open(encoding=encoding, newline="") as handle:
            return _parse(path, handle, encoding, delimiter)
    except UnicodeError as error:  # the file changed under us between the passes
        raise CsvError(f"{path}: the file cannot be read as {encoding} text ({error})") from None
    except OSError as error:
        raise CsvError(f"{path}: {_os_reason(error)}") from None


# -- the file's bytes ------------------------------------------------------------------------


def _os_reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "there is no file here"
    if isinstance(error, IsADirectoryError):
        return "this is a folder, not a CSV file"
    return f"the file cannot be read ({error.strerror or error})"


def _detect_encoding(path: Path) -> str:
    """The text encoding of ``path``; raise CsvError for a file that is not text."""
    try:
        if path.is_dir():
            raise IsADirectoryError(21, "Is a directory", str(path))
        with path.open("rb") as handle:
            head = handle.read(_CHUNK)
            for magic, what in _NOT_CSV:
                if head.startswith(magic):
                    raise CsvError(f"{path}: this is {what}.")
            for bom, name in _BOMS:
                if head.startswith(bom):
                    if not _decodes(path, handle, head, name):
                        raise CsvError(f"{path}: this is not a text file (it is not valid {name}).")
                    return name
            if _decodes(path, handle, head, "utf-8"):
                return "utf-8"
            handle.seek(0)
            if _decodes(path, handle, handle.read(_CHUNK), "cp1252"):
                return "cp1252"
            return "latin-1"
    except OSError as error:
        raise CsvError(f"{path}: {_os_reason(error)}") from None


def _decodes(path: Path, handle: BinaryIO, head: bytes, encoding: str) -> bool:
    """Read the rest of ``handle`` after ``head``: True if all of it decodes as ``encoding``.

    Raises CsvError when there are NUL characters (bytes, or UTF-16 characters): then it is
    not a text file. Reads to the end even after a decoding error, to find NUL bytes.
    """
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    wide = encoding == "utf-16"
    valid = True
    chunk = head
    while chunk:
        if not wide and b"\x00" in chunk:
            raise CsvError(f"{path}: this is not a text file (it contains NUL bytes).")
        if valid:
            try:
                text = decoder.decode(chunk)
            except UnicodeDecodeError:
                valid = False
            else:
                if wide and "\x00" in text:
                    raise CsvError(f"{path}: this is not a text file (it contains NUL characters).")
        chunk = handle.read(_CHUNK)
    if valid:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            valid = False
    return valid


# -- the header ------------------------------------------------------------------------------


def _detect_delimiter(path: Path, encoding: str) -> str:
    """Comma, semicolon or tab: whichever the header line (first non-blank line) uses most."""
    with path.open(encoding=encoding, newline="") as handle:
        for line in handle:
            if line.strip():
                return delimiter_of(line)
    return ","


def delimiter_of(header_line: str) -> str:
    """The delimiter of a header line, counting outside quotes. Ties and no delimiter: comma."""
    counts = {",": 0, "\t": 0, ";": 0}
    quoted = False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts.values())
    return next(d for d, n in counts.items() if n == best) if best else ","


def _read_header(path: Path, cells: list[str], line: int) -> dict[str, int]:
    """The index of each known field; raise CsvError when ``title`` is missing or doubled."""
    indexes: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = fmt.header_key(cell)
        if key not in KNOWN_FIELDS:
            continue
        if key in indexes:
            raise CsvError(
                f"{path}: the header (line {line}) names the column {quoted_value(key)} twice; "
                "keep one and rename or remove the other."
            )
        indexes[key] = index
    if fmt.TITLE not in indexes:
        found = ", ".join(repr(c.strip()) for c in cells if c.strip()) or "nothing"
        raise CsvError(
            f"{path}: there is no 'title' column. The first line must name the columns, "
            f"e.g. title,notes,hours_per_week (line {line} has: {found})."
        )
    return indexes


# -- the rows --------------------------------------------------------------------------------


def _records(reader: Any) -> Iterator[tuple[int, list[str] | str]]:
    """(first physical line, cells or a problem) for each non-blank record."""
    while True:
        start = reader.line_num + 1
        try:
            cells: list[str] = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield start, _csv_problem(error)
            continue
        if any(cell.strip() for cell in cells):
            yield start, cells


def _csv_problem(error: csv.Error) -> str:
    text = str(error)
    if "expected after" in text:
        return (
            "a quoted cell goes on after its closing quote "
            '(to put a " inside a cell, quote the cell and double the ")'
        )
    if "unexpected end of data" in text:
        return "a quote is opened on this line and never closed"
    if "field larger than field limit" in text:
        return f"a cell is too long (more than {MAX_CELL:,} characters)"
    return f"the line cannot be read as CSV ({text})"


def _parse(path: Path, handle: Any, encoding: str, delimiter: str) -> ImportBatch:
    # The csv module's default cell limit (131,072 characters) is below what a plan's notes may
    # hold, so an export would not import back. The limit is process-wide: raise, then restore.
    previous = csv.field_size_limit(max(MAX_CELL, csv.field_size_limit()))
    try:
        return _parse_rows(path, handle, encoding, delimiter)
    finally:
        csv.field_size_limit(previous)


def _parse_rows(path: Path, handle: Any, encoding: str, delimiter: str) -> ImportBatch:
    reader = csv.reader(handle, delimiter=delimiter, strict=True)
    records = _records(reader)
    problems: list[str] = []
    header: list[str] | None = None
    header_line = 1
    for header_line, cells in records:
        if isinstance(cells, str):
            raise CsvError(f"{path}: the header (line {header_line}) cannot be read: {cells}.")
        header = cells
        break
    if header is None:
        raise CsvError(
            f"{path}: the file is empty. The first line must name the columns, "
            "e.g. title,notes,hours_per_week."
        )
    indexes = _read_header(path, header, header_line)
    columns = tuple(sorted(indexes, key=indexes.__getitem__))
    ignored = tuple(
        cell.strip() for cell in header if cell.strip() and fmt.header_key(cell) not in KNOWN_FIELDS
    )
    row_parser = _RowParser(indexes, len(header))
    rows: list[ImportRow] = []
    first_line: dict[tuple[str, int], int] = {}
    for line, cells in records:
        if isinstance(cells, str):
            problems.append(f"line {line}: {cells}")
            continue
        outcome = row_parser.parse(cells, line)
        if isinstance(outcome, str):
            problems.append(f"line {line}: {outcome}")
            continue
        if outcome.task_id is not None:
            earlier = first_line.setdefault(outcome.task_id, line)
            if earlier != line:
                problems.append(
                    f"line {line}: the id {fmt.id_cell(*outcome.task_id)} is on line {earlier} "
                    "too (empty the id cell of a copied row to add it as a new task)"
                )
                continue
        if not problems:
            rows.append(outcome)
    if problems:
        count = len(problems)
        lines = "1 line has a problem" if count == 1 else f"{count} lines have problems"
        raise CsvError(f"Nothing was imported from {path}: {lines}.", problems)
    return ImportBatch(path, rows, encoding, delimiter, columns, ignored)


#: The value each field has when a file does not give one (fields with another value travel
#: in the new task's changes).
_DEFAULTS: Final = {
    f.name: f.default for f in frozen_class.fields(Task) if f.default is not frozen_class.MISSING
}


class _RowParser:
    """Turns the cells of one data row into a NewTask, or the problems as one message.

    Each exported field's cell is read by its kind (text is unguarded then cleaned by the
    field's own cleaning; hours are cleaned; yes/no flags parsed), except the cells that say
    what the advisor and the owner make of a task (relationship building, the warning, and the
    cells beside them: whose decision the row follows, whether the answer is the owner's own)
    and the task's id, which names the task the row updates.
    """

    def __init__(self, indexes: dict[str, int], width: int) -> None:
        self.width = width
        self.title = indexes[fmt.TITLE]
        self.column = indexes.get(fmt.COLUMN)
        #: (field name, cell index, reader) of each exported field the file has, title first.
        self.fields = [
            (name, indexes[spec.csv], _reader(spec))
            for name, spec in fmt.EXPORTED_FIELDS
            if spec.csv in indexes and name not in _READ_APART
        ]
        self.relationship = indexes.get(fmt.RELATIONSHIP)
        self.warning = indexes.get(fmt.WARNING)
        self.follows = indexes.get(fmt.FOLLOWS)
        self.decided = indexes.get(fmt.DECIDED)
        self.id = indexes.get(fmt.ID)
        self.position = indexes.get(fmt.POSITION)

    @staticmethod
    def _cell(cells: list[str], index: int | None) -> str:
        if index is None or index >= len(cells):
            return ""
        return cells[index]

    def parse(self, cells: list[str], line: int) -> ImportRow | str:
        cell = self._cell
        problems: list[str] = []
        if len(cells) > self.width and any(c.strip() for c in cells[self.width :]):
            problems.append(
                f"this line has {len(cells)} cells but the header names {self.width} "
                "(a comma inside a cell needs the cell in quotes)"
            )
        values: dict[str, Any] = {}
        column = Column.ME
        column_text = ""
        for name, index, read in self.fields:
            try:
                values[name] = read(cell(cells, index))
            except (TaskError, ValueError) as error:
                problems.append(str(error))
            if name == "title":
                column_text = cell(cells, self.column).strip()
                if column_text:
                    try:
                        column = Column.parse(column_text)
                    except ValueError as error:
                        problems.append(str(error))
        try:
            said = fmt.parse_yes_no(cell(cells, self.relationship))
        except ValueError as error:
            problems.append(str(error))
            said = None
        decided: bool | None = None  # None: a file without the column
        if self.decided is not None:
            try:  # empty reads as no, as in every yes/no column
                decided = bool(fmt.parse_yes_no(cell(cells, self.decided), fmt.DECIDED))
            except ValueError as error:
                problems.append(str(error))
        if decided and said is None:
            problems.append(_DECIDED_WITHOUT_ANSWER)
        position = _position(cell(cells, self.position), problems)
        if problems:
            return "; ".join(problems)
        title: str = values.pop("title")
        notes: str = values.pop("notes", "")
        hours: float | None = values.pop("hours_per_week", None)
        # Whom the row followed: the follows-decision cell, else (a file from before that
        # column, or a cell emptied by hand) what the warning's reason says.
        named = " ".join(fmt.unguard(cell(cells, self.follows)).split())
        follows_title = named or decided_title(fmt.unguard(cell(cells, self.warning)))
        follows = follows_title is not None
        if said is not None and (
            decided or (said != assessment(title, notes).relationship_building and not follows)
        ):
            # The owner's own decision, or (a file without the decided cell) an answer that
            # differs from the advisor's; a task that followed a decision of the owner's comes
            # back following it.
            values["relationship"] = Relationship.YES if said else Relationship.NO
        accepted, note = fmt.parse_accepted(cell(cells, self.warning))
        if accepted:
            values["accepted"] = True
            values["accept_note"] = clean_notes(note)
        extra = {name: value for name, value in values.items() if value != _DEFAULTS.get(name)}
        return ImportRow(
            line,
            NewTask(title, column, notes, hours, TaskChanges(**extra) if extra else NO_CHANGES),
            fmt.parse_id_cell(cell(cells, self.id)),
            position,
            bool(column_text),
            said,
            follows_title,
            decided,
        )


#: A row whose decided_by_owner cell says yes, with no answer to keep.
_DECIDED_WITHOUT_ANSWER: Final = (
    f"{fmt.DECIDED} is yes but {fmt.RELATIONSHIP} is empty (say yes or no: the owner's "
    "decision on whether the task builds a relationship)"
)


def _position(text: str, problems: list[str]) -> int | None:
    """A position cell as a number from 1 (``3`` or ``3.0``); empty is None."""
    text = text.strip()
    if not text:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        value = 0.0
    if value >= 1 and value.is_integer() and value < 1e15:
        return int(value)
    problems.append(f"{fmt.POSITION} must be a whole number from 1 up, not {quoted_value(text)}")
    return None


#: The fields whose cells are read apart from the rest: the two that say what the advisor
#: makes of the task (relationship building, and the warning), and the task's id.
_READ_APART: Final = frozenset({"relationship", "accepted", "id"})


def _reader(spec: FieldSpec) -> Callable[[str], Any]:
    """How a cell becomes the value of the field ``spec`` (raising TaskError or ValueError when
    it is bad): text is unguarded then cleaned by the field's own cleaning, hours are cleaned,
    yes/no flags parsed."""
    clean: Callable[[Any], Any] = spec.clean or str
    if spec.kind in (FieldKind.LINE, FieldKind.TEXT, FieldKind.STEPS):
        unguard = fmt.unguard
        return lambda text: clean(unguard(text))
    if spec.kind is FieldKind.FLAG:
        return partial(_read_flag, spec.csv)
    return clean


def _read_flag(name: str, text: str) -> bool:
    """A yes/no cell (empty is no); ValueError naming the column for anything else."""
    try:
        return bool(fmt.parse_yes_no(text))
    except ValueError:
        raise ValueError(f"{name} must be yes or no, not {text.strip()!r}") from None
