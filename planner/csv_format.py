"""The plan's CSV format, shared by :mod:`planner.csv_export` and :mod:`planner.csv_import`.

This module owns the header (the place columns, then each exported task field's CSV column in
the order the task schema in :mod:`planner.model` gives it, and the columns that are not a task
field's own cell, :data:`BESIDE`: :data:`FOLLOWS` and :data:`DECIDED`), the ``yes``/``no`` and
``accepted`` cell spellings, the task id cell (``<plan token>:<task id>``), and the formula
guard: a text cell a spreadsheet would run as a formula gets a leading apostrophe on export
(OWASP "CSV injection"), and exactly that apostrophe is removed on import, so export -> import
-> export gives the same bytes.
"""

from __future__ import annotations

import re
from typing import Final

from planner.model import TASK_SCHEMA, Schema, field_spec, quoted_value

#: The columns that say where the task sits, before the task's fields.
COLUMN: Final = "column"
POSITION: Final = "position"


def exported_fields(schema: Schema = TASK_SCHEMA) -> Schema:
    """The exported task fields of ``schema``, (field name, spec), in CSV column order."""
    return tuple(sorted(((n, s) for n, s in schema if s.exported), key=lambda i: i[1].csv_index))


#: The column that says which decided task a row follows: the title of the task the owner
#: decided on (stays with me / can go to my VA) when this task is worded like it and so follows
#: that decision, else empty. Not a task field (the plan stores no such thing: a task follows
#: whichever decision its wording matches): the export writes it, and the import reads it so the
#: decision comes back to the decided row, not to each row that followed it.
FOLLOWS: Final = "follows_decision"

#: The column that says whether the row's relationship_building answer is the owner's own
#: decision (``yes``: the owner overrode the advisor on this task; ``no``: the answer is the
#: advisor's, or that of the decision named in follows_decision). The task's ``relationship``
#: setting is one field carried by two cells: the answer (which a VA reads) and this. Without
#: it a decision that agrees with the advisor could not be told from the advisor's own answer,
#: and came back from an import as "left to the advisor". Empty reads as ``no``. A ``no`` (or a
#: file without the column) leaves it to the answer: one that differs from the advisor's, and
#: from any decision the task follows, is kept as a decision (the file's answer is not lost).
DECIDED: Final = "decided_by_owner"

#: The columns that are not a task field's own cell, after the column they sit beside: after
#: the warning cell, with the other cells about relationships.
BESIDE: Final[dict[str, tuple[str, ...]]] = {field_spec("accepted").csv: (FOLLOWS, DECIDED)}


def header(schema: Schema = TASK_SCHEMA) -> tuple[str, ...]:
    """The CSV header: the place columns, then each exported field's column, each followed by
    the columns :data:`BESIDE` puts after it."""
    names: list[str] = [COLUMN, POSITION]
    for _, spec in exported_fields(schema):
        names.append(spec.csv)
        names.extend(BESIDE.get(spec.csv, ()))
    return tuple(names)


#: The exported task fields, (field name, spec), in CSV column order.
EXPORTED_FIELDS: Final = exported_fields()

#: The exported header, in order.
HEADER: Final = header()

#: The CSV column of each exported task field, by field name.
CSV_NAMES: Final[dict[str, str]] = {name: spec.csv for name, spec in EXPORTED_FIELDS}

TITLE: Final = field_spec("title").csv
NOTES: Final = field_spec("notes").csv
HOURS: Final = field_spec("hours_per_week").csv
RELATIONSHIP: Final = field_spec("relationship").csv
WARNING: Final = field_spec("accepted").csv
HOW_OFTEN: Final = field_spec("frequency").csv
ID: Final = field_spec("id").csv

#: Other names accepted on import for a field (after :func:`header_key` normalisation).
ALIASES: Final[dict[str, str]] = {"hours": HOURS}

YES: Final = "yes"
NO: Final = "no"
ACCEPTED: Final = "accepted"
ACCEPTED_PREFIX: Final = "accepted: "

#: A cell starting with one of these may be run as a formula by a spreadsheet.
FORMULA_STARTS: Final = "=+-@\t\r\n"
#: First characters for which :func:`guard` has to look further (formula starts, apostrophe).
GUARD_CANDIDATES: Final = frozenset(FORMULA_STARTS + "'")

# A cell that needs the apostrophe: a formula start, possibly behind apostrophes already, so a
# title that really begins with ``'=`` survives the round trip (exported as ``''=``).
_NEEDS_GUARD: Final = re.compile(r"'*[=+\-@\t\r\n]")
_GUARDED: Final = re.compile(r"'+[=+\-@\t\r\n]")


def guard(text: str) -> str:
    """``text`` made safe to open in a spreadsheet: a leading apostrophe before a formula start."""
    if text[:1] in GUARD_CANDIDATES and _NEEDS_GUARD.match(text):
        return "'" + text
    return text


def unguard(text: str) -> str:
    """Undo :func:`guard`: drop one leading apostrophe, only when it protects a formula start."""
    if text[:1] == "'" and _GUARDED.match(text):
        return text[1:]
    return text


def header_key(name: str) -> str:
    """A header cell as a field name: trimmed, case-folded, spaces and dashes as underscores."""
    key = "_".join(name.replace("\ufeff", "").replace("-", " ").split()).casefold()
    return ALIASES.get(key, key)


def yes_no(value: bool) -> str:
    return YES if value else NO


_TRUE: Final = frozenset({"yes", "y", "true", "1"})
_FALSE: Final = frozenset({"no", "n", "false", "0"})


def parse_yes_no(text: str, column: str = RELATIONSHIP) -> bool | None:
    """``yes``/``no`` (also y/n, true/false, 1/0, any case) as a bool; empty means None.

    Raises ValueError, naming ``column``, for anything else.
    """
    word = text.strip().casefold()
    if not word:
        return None
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise ValueError(f"{column} must be yes or no, not {quoted_value(text.strip())}")


def parse_accepted(text: str) -> tuple[bool, str]:
    """A ``warning`` cell read back: (accepted, note). ``accepted`` or ``accepted: <note>``.

    Any other text (an open warning's reason) is informational and means not accepted.
    """
    head = text[: len(ACCEPTED)]
    if head.casefold() != ACCEPTED:
        return False, ""
    rest = text[len(ACCEPTED) :]
    if not rest.strip():
        return True, ""
    if rest.startswith(":"):
        note = rest[1:]
        return True, note[1:] if note.startswith(" ") else note
    return False, ""


#: Separates the plan token from the task number in an id cell: ``kqzvbtrm:42``.
ID_SEPARATOR: Final = ":"
_ID_CELL: Final = re.compile(r"([a-z]{4,32}):([1-9][0-9]{0,17})")


def id_cell(token: str | None, task_id: int) -> str:
    """The id cell of a task: its plan's token and its number, or empty for a plan without one."""
    return f"{token}{ID_SEPARATOR}{task_id}" if token else ""


def parse_id_cell(text: str) -> tuple[str, int] | None:
    """An id cell read back as (plan token, task number); None when it is not one of ours.

    Only the exact form this app writes counts: a spreadsheet's own numbering in an ``id``
    column (``1``, ``A-17``...) is not a task id of any plan and reads as no id.
    """
    found = _ID_CELL.fullmatch(text.strip().casefold())
    if found is None:
        return None
    return found.group(1), int(found.group(2))
