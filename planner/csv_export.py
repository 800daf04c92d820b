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
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from planner import csv_format as fmt
from planner.advice import is_relationship, warning_cell
from planner.errors import PlanWriteError
from planner.model import COLUMNS, Column, format_hours
from planner.plan import Plan

BOM = "\ufeff"
_CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _rows(plan: Plan) -> Iterator[tuple[str, ...]]:
    """The data rows, as the cells to write, in board order.

    This is the export's hot loop: the formula guard is only called for a cell whose first
    character could need it, each distinct hours value is formatted once, and
    :func:`~planner.advice.warning_cell` is only asked about relationship tasks with the VA,
    the only ones that can have a warning (open or accepted); for the rest it is empty.
    """
    guard, risky = fmt.guard, fmt.GUARD_CANDIDATES
    yes, no = fmt.YES, fmt.NO
    va = Column.VA
    token = plan.token
    board = plan.board
    hours_text: dict[float | None, str] = {}
    for column in COLUMNS:
        name = column.value
        for position, task in enumerate(plan.board.tasks(column), start=1):
            title, notes, frequency = task.title, task.notes, task.frequency
            if "\x00" in frequency:  # the model drops NUL from titles and notes, not here
                frequency = frequency.replace("\x00", "")
            relational = is_relationship(task, board)
            warning = warning_cell(task, column, board) if relational and column is va else ""
            hours = task.hours_per_week
            shown = hours_text.get(hours)
            if shown is None:
                shown = hours_text[hours] = format_hours(hours)
            yield (
                name,
                str(position),
                guard(title) if title[0] in risky else title,
                guard(notes) if notes[:1] in risky else notes,
                shown,
                yes if relational else no,
                guard(warning) if warning[:1] in risky else warning,
                guard(frequency) if frequency[:1] in risky else frequency,
                fmt.id_cell(token, task.id),
            )


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
