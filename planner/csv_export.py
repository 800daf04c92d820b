"""Writing a plan as a CSV file a spreadsheet opens cleanly.

This module owns the export: one row per task in board order (Me, My VA, Nobody; by position),
ending with the task's id cell (plan token and task number) so the file can come back as an
update of the same tasks (:mod:`planner.import_plan`),
UTF-8 with a byte order mark so Excel reads the accents and emoji, RFC 4180 quoting and
``\\r\\n`` line ends, and every text cell passed through the formula guard of
:mod:`planner.csv_format`. A file export is atomic: the bytes go to a temporary file in the
destination folder, are flushed to disk, then replace the destination in one step.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from planner import csv_format as fmt
from planner.advice import followed, is_relationship, warning_cell
from planner.board import Board
from planner.errors import PlanWriteError
from planner.model import (
    COLUMNS,
    Column,
    FieldKind,
    FieldSpec,
    Relationship,
    Schema,
    Task,
    format_hours,
)
from planner.plan import Plan

BOM = "\ufeff"
_CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


#: Builds one data row: (task, its column, whether it builds a relationship, the column's
#: name, the position as text) -> the row's cells.
RowWriter = Callable[[Task, Column, bool, str, str], tuple[str, ...]]


class _HoursText(dict[float | None, str]):
    """Hours as a user reads them, each distinct value formatted once."""

    def __missing__(self, hours: float | None) -> str:
        text = self[hours] = format_hours(hours)
        return text


def _text_cell(text: str) -> str:
    """A text cell that needs a closer look: NUL characters dropped (a one-line field read from
    a hand-edited file may still hold them), then the formula guard."""
    return fmt.guard(text.replace("\x00", ""))


def _warning_text(task: Task, column: Column, board: Board) -> str:
    """The warning cell of a relationship task with the VA, through the formula guard."""
    return fmt.guard(warning_cell(task, column, board))


def _follows_text(task: Task, board: Board) -> str:
    """The follows-decision cell: the title of the decided task this one follows, through the
    formula guard, or empty."""
    decision = followed(task, board)
    return "" if decision is None else _text_cell(decision.title)


#: The expression of each column that is not a task field's own cell
#: (:data:`planner.csv_format.BESIDE`): the decided task this one follows, and whether the
#: answer is the owner's own decision.
_BESIDE_CELLS: dict[str, str] = {
    fmt.FOLLOWS: "follows(task, board)",
    fmt.DECIDED: "(NO if task.relationship is AUTO else YES)",
}


def _cell_expressions(name: str, spec: FieldSpec) -> tuple[str, ...]:
    """The expressions of the cells one exported field writes: its own, then those of the
    columns beside it (the header's order, :func:`planner.csv_format.header`)."""
    beside = tuple(_BESIDE_CELLS[column] for column in fmt.BESIDE.get(spec.csv, ()))
    return (_cell_expression(name, spec), *beside)


def _cell_expression(name: str, spec: FieldSpec) -> str:
    """The Python expression for one exported field's cell (see :func:`row_writer`)."""
    if name == "relationship":  # the effective answer: the owner's say, else the advisor's
        return "(YES if relational else NO)"
    if name == "accepted":  # the open warning's reason, or "accepted[: note]"
        return "(warning(task, column, board) if relational and column is VA else '')"
    if spec.kind is FieldKind.ID:  # the plan's token and the task's number
        return f"id_cell(token, task.{name})"
    if spec.kind is FieldKind.HOURS:
        return f"hours[task.{name}]"
    if spec.kind is FieldKind.FLAG:
        return f"(YES if task.{name} else NO)"
    if spec.kind in (FieldKind.LINE, FieldKind.TEXT):
        return f"(text_cell(v) if (v := task.{name})[:1] in risky or NUL in v else v)"
    if spec.kind is FieldKind.STEPS:  # one cell, one step a line
        return f"(text_cell(v) if (v := LF.join(task.{name}))[:1] in risky else v)"
    return f"str(task.{name})"


def row_writer(token: str | None, board: Board, fields: Schema = fmt.EXPORTED_FIELDS) -> RowWriter:
    """The function that writes a data row: the place, then one cell per exported field (the
    id cell carries the plan's ``token``).

    The export's hot loop calls it once per task, so it is compiled from the schema into one
    expression per cell (as :mod:`dataclasses` does for ``__init__``): each cell does only what
    its field needs, and the formula guard is only called for a cell whose first character
    could need it.
    """
    cells = ", ".join(cell for name, spec in fields for cell in _cell_expressions(name, spec))
    source = (
        "def write_row(task, column, relational, name, position):\n"
        f"    return (name, position, {cells})\n"
    )
    namespace: dict[str, Any] = {
        "YES": fmt.YES,
        "NO": fmt.NO,
        "VA": Column.VA,
        "AUTO": Relationship.AUTO,
        "NUL": "\x00",
        "LF": "\n",
        "risky": fmt.GUARD_CANDIDATES,
        "warning": _warning_text,
        "follows": _follows_text,
        "text_cell": _text_cell,
        "hours": _HoursText(),
        "id_cell": fmt.id_cell,
        "token": token,
        "board": board,
    }
    exec(compile(source, "<csv row writer>", "exec"), namespace)
    writer: RowWriter = namespace["write_row"]
    return writer


def _rows(plan: Plan) -> Iterator[tuple[str, ...]]:
    """The data rows, as the cells to write, in board order.

    :func:`~planner.advice.is_relationship` is asked once per task; only a relationship task
    with the VA can have a warning (open or accepted), so only those ask for the warning cell.
    """
    board = plan.board
    write_row = row_writer(plan.token, board)
    for column in COLUMNS:
        name = column.value
        for position, task in enumerate(board.tasks(column), start=1):
            yield write_row(task, column, is_relationship(task, board), name, str(position))


def export_text(plan: Plan) -> str:
    """The whole CSV as text, starting with the byte order mark."""
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(fmt.HEADER)
    writer.writerows(_rows(plan))
    return buffer.getvalue()


def export_bytes(plan: Plan) -> bytes:
    """The whole CSV file's bytes (UTF-8 with BOM): what :func:`export_csv` writes."""
    return export_text(plan).encode("utf-8")


def write_csv(plan: Plan, stream: BinaryIO) -> int:
    """Write the CSV bytes to an open binary stream (e.g. ``sys.stdout.buffer``); return rows."""
    stream.write(export_bytes(plan))
    return len(plan.board)


def export_csv(plan: Plan, destination: Path | str) -> int:
    """Write ``plan`` to ``destination`` atomically and return the number of task rows.

    The destination is either fully replaced or left as it was. Raises
    :class:`~planner.errors.PlanWriteError` with a message for users when it cannot be written.
    """
    destination = Path(destination).expanduser()
    data = export_bytes(plan)
    write_atomically(destination, data)
    return len(plan.board)


def write_atomically(destination: Path, data: bytes, *, what: str = "CSV") -> None:
    """Replace ``destination`` with ``data`` in one step, or raise PlanWriteError.

    ``what`` names the file in messages ("The CSV could not be written...").
    """
    if destination.is_dir():
        raise PlanWriteError(f"The {what} could not be written to {destination}: it is a folder.")
    folder = destination.parent
    if not folder.is_dir():
        raise PlanWriteError(
            f"The {what} could not be written to {destination}: the folder {folder} does not exist."
        )
    temp = folder / f".{destination.name}.{secrets.token_hex(4)}.tmp"
    created = False
    try:
        # os.open with 0o666 lets the umask decide the permissions, as for any new file.
        fd = os.open(temp, _CREATE_FLAGS, 0o666)
        created = True
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, destination)
    except OSError as error:
        if created:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
        reason = error.strerror or str(error)
        raise PlanWriteError(
            f"The {what} could not be written to {destination}: {reason}. Nothing was changed."
        ) from None
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (POSIX)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
