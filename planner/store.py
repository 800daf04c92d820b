"""The plan file: one SQLite database per plan, read and written through sqlite-utils.

This module owns the schema, the checks that decide whether a file is one of our plans, and the
row-level writes each board operation needs. It never decides *what* changes; :mod:`planner.plan`
does, and wraps every operation in :meth:`PlanStore.transaction` so it commits whole or not at all.

A file is only written after it has been recognised as a Delegation Planner plan
(``PRAGMA application_id``) of a schema version this code knows (``PRAGMA user_version``).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final

from planner import row_check, schema_check
from planner.errors import PlanContentError, PlanFileError, PlanNeedsUpgrade, PlanWriteError
from planner.filesystems import filesystem_type, is_network_filesystem
from planner.model import (
    FIELD_NAMES,
    MAX_HOURS_PER_WEEK,
    TASK_SCHEMA,
    Column,
    FieldKind,
    FieldSpec,
    Relationship,
    Schema,
    Task,
    TaskError,
)
from planner.plan_lock import PlanLock
from planner.records import NamedTuple

if TYPE_CHECKING:
    import sqlite_utils

#: Ranks order the tasks of a column; new ranks are spaced this far apart so that a move can
#: almost always take the midpoint of its neighbours and rewrite only its own row.
RANK_STEP = 1 << 20

#: "DlgP" as a big-endian 32-bit integer: marks a file as a Delegation Planner plan.
APPLICATION_ID = 0x446C6750
SCHEMA_VERSION = 3
SQLITE_HEADER = b"SQLite format 3\x00"

#: The ``meta`` key of the plan's token: a random name given to each plan when it is made (or
#: first opened for writing by a version that knows tokens). CSV exports write it into every id
#: cell, so an import can tell this plan's rows from another plan's. Copies of a plan keep it.
PLAN_TOKEN_KEY = "plan_token"
#: What the ``meta`` table may hold: a few rows of short text.
MAX_META_ROWS = 100
MAX_META_TEXT = 10_000
_TOKEN_LETTERS = "abcdefghijkmnpqrstuvwxyz"
_TOKEN_LENGTH = 8

#: The columns that say where a task sits; every other column is a task field.
PLACE_COLUMNS: Final = (
    ("column_name", "TEXT NOT NULL CHECK (column_name IN ('Me', 'My VA', 'Nobody'))"),
    ("rank", "INTEGER NOT NULL CHECK (rank >= 0)"),
)
#: The place columns follow this field, where the first format put them: a new plan's table has
#: the same column order as before, for anything that reads it with ``SELECT *``.
PLACE_AFTER: Final = "notes"


def create_tasks_table(schema: Schema = TASK_SCHEMA) -> str:
    """The ``tasks`` table: one column per task field (from the schema), and the place."""
    columns: list[str] = []
    for name, spec in schema:
        columns.append(f"{name} {spec.sql}")
        if name == PLACE_AFTER:
            columns += [f"{place} {sql}" for place, sql in PLACE_COLUMNS]
    body = ",\n    ".join(columns)
    return f"CREATE TABLE tasks (\n    {body}\n)"


SCHEMA = f"""
{create_tasks_table()};
CREATE INDEX tasks_by_place ON tasks (column_name, rank);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

#: The schema of format version 1, the first release. Never changes: the expected schema of every
#: later version is this plus the upgrade steps in :data:`UPGRADES`, and of the current version
#: :data:`SCHEMA` (a test checks that the two agree). Adding a format version means
#: :data:`SCHEMA_VERSION` + 1 and either task fields declared with ``since`` = the new version
#: (their columns are added by the upgrade, and :data:`SCHEMA` is built from the task schema) or
#: a :data:`MIGRATIONS` entry for other changes; nothing else.
FIRST_FORMAT = """
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY, title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    notes TEXT NOT NULL DEFAULT '',
    column_name TEXT NOT NULL CHECK (column_name IN ('Me', 'My VA', 'Nobody')),
    position INTEGER NOT NULL CHECK (position >= 0),
    hours_per_week REAL CHECK (hours_per_week IS NULL OR hours_per_week >= 0),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX tasks_by_place ON tasks (column_name, position);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

#: The most tasks a plan may hold: a plan beyond it is refused (it would take seconds and
#: gigabytes to show), and additions that would pass it are refused.
MAX_TASKS = 200_000

#: Statements that bring a plan from version N to N + 1, applied in one transaction, besides
#: adding the columns of the task fields that version N + 1 introduced (see :func:`upgrade`).
MIGRATIONS: dict[int, tuple[str, ...]] = {
    # Version 1 (the first release) had no advisor settings, links or frequency.
    1: (
        "ALTER TABLE tasks ADD COLUMN frequency TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE tasks ADD COLUMN relationship TEXT NOT NULL DEFAULT 'auto' "
        "CHECK (relationship IN ('auto', 'yes', 'no'))",
        "ALTER TABLE tasks ADD COLUMN accepted INTEGER NOT NULL DEFAULT 0 "
        "CHECK (accepted IN (0, 1))",
        "ALTER TABLE tasks ADD COLUMN accept_note TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE tasks ADD COLUMN link_id INTEGER REFERENCES tasks(id) ON DELETE SET NULL",
        # Gap-free positions became spaced ranks: a move now rewrites one row, not a column.
        "ALTER TABLE tasks RENAME COLUMN position TO rank",
        "UPDATE tasks SET rank = (rank + 1) * 1048576",
    ),
}


def upgrade(version: int, schema: Schema = TASK_SCHEMA) -> tuple[str, ...]:
    """The statements that bring a plan from ``version`` to ``version + 1``.

    From version 3 on, a task field declared with ``since=N`` gets its column added on the way
    to N (an ``ALTER TABLE ... ADD COLUMN`` with the declared definition and default).
    """
    added: tuple[str, ...] = ()
    if version >= 2:
        added = tuple(
            f"ALTER TABLE tasks ADD COLUMN {name} {spec.sql}"
            for name, spec in schema
            if spec.since == version + 1
        )
    return MIGRATIONS.get(version, ()) + added


#: Every upgrade step, from each older format version to the next (see :func:`upgrade`).
UPGRADES: Final = {step: upgrade(step) for step in range(1, SCHEMA_VERSION)}


#: The task fields as stored: one column each, named like the field.
TASK_FIELDS: Final = FIELD_NAMES


def _stored(spec: FieldSpec) -> Callable[[Any], Any] | None:
    """How a field's value is written (None: as it is)."""
    if spec.kind is FieldKind.RELATIONSHIP:
        return _enum_value
    if spec.kind is FieldKind.FLAG:
        return int
    if spec.kind is FieldKind.STEPS:
        return _lines
    return None


def _lines(steps: tuple[str, ...]) -> str:
    """A checklist as stored: one step a line."""
    return "\n".join(steps)


def _enum_value(value: Any) -> Any:
    return value.value


RELATIONSHIPS = {member.value: member for member in Relationship}
COLUMNS_BY_NAME = {column.value: column for column in Column}
_from_iso = datetime.fromisoformat


def task_row(task: Task) -> dict[str, Any]:
    """The database row for ``task``, without its place: one value per field, by name."""
    return {
        name: getattr(task, name) if write is None else write(getattr(task, name))
        for name, write in _WRITERS
    }


_WRITERS: Final = tuple((name, _stored(spec)) for name, spec in TASK_SCHEMA)


# -- reading: the careful way, one value at a time ------------------------------------------


def _loaded(kind: FieldKind, value: Any) -> Any:
    """A stored value as the field of ``kind`` takes it (then cleaned by :class:`Task`)."""
    if kind is FieldKind.ID:
        return int(value)
    if kind is FieldKind.LINE or kind is FieldKind.TEXT:
        return value or ""
    if kind is FieldKind.RELATIONSHIP:
        return RELATIONSHIPS.get(value, Relationship.AUTO)
    if kind is FieldKind.FLAG:
        return bool(value)
    if kind is FieldKind.STEPS:
        return value or ""  # the text, one step a line: Task splits and cleans it
    return value


def task_from_row(row: Sequence[Any]) -> Task:
    """A task from a row selected as ``TASK_FIELDS`` (trailing values are ignored), each value
    cleaned by its field as when the user types it. Raises :class:`TaskError`."""
    named = zip(TASK_SCHEMA, row[: len(TASK_SCHEMA)], strict=True)
    values = {name: _loaded(spec.kind, value) for (name, spec), value in named}
    return Task(**values)


# -- reading: the fast path, whole columns at once -------------------------------------------
# A column check says, for each stored value of a field, whether it is exactly what this app
# writes for a field of that kind (exact types, ranges, timestamps as utc_now() writes them).
# Rows that pass every check (and the field's own ``trusted`` check) become tasks without
# cleaning; the others go the careful way. Stricter than the row rules of
# :mod:`planner.row_check`, so a row that passes here passes them.
ColumnCheck = Callable[[Sequence[Any]], list[bool]]


def _ids_ok(values: Sequence[Any]) -> list[bool]:
    top = row_check.MAX_ID
    return [type(v) is int and 0 < v <= top for v in values]


def _lines_ok(values: Sequence[Any]) -> list[bool]:
    return [type(v) is str and "\x00" not in v for v in values]


def _texts_ok(values: Sequence[Any]) -> list[bool]:
    return [type(v) is str and "\r" not in v and "\x00" not in v for v in values]


def _hours_ok(values: Sequence[Any]) -> list[bool]:
    top = MAX_HOURS_PER_WEEK
    return [v is None or (type(v) is float and 0 <= v <= top) for v in values]


def _relationships_ok(values: Sequence[Any]) -> list[bool]:
    return [type(v) is str and v in RELATIONSHIPS for v in values]


def _flags_ok(values: Sequence[Any]) -> list[bool]:
    return [type(v) is int and (v == 0 or v == 1) for v in values]


def _steps_ok(values: Sequence[Any]) -> list[bool]:
    """Checklists as this app stores them: one clean, non-empty step a line (or no steps)."""
    return [
        type(v) is str
        and (not v or all(step and step == " ".join(step.split()) for step in v.split("\n")))
        and "\x00" not in v
        for v in values
    ]


def _links_ok(values: Sequence[Any]) -> list[bool]:
    return [v is None or type(v) is int for v in values]


def _timestamp_ok(text: Any) -> bool:
    if not (
        type(text) is str
        and len(text) == 25  # as utc_now() writes: 2025-01-31T09:00:00+00:00
        and text[4] == text[7] == "-"
        and text[10] == "T"
    ):
        return False
    try:
        _from_iso(text)
    except ValueError:
        return False
    return True


def _timestamps_ok(values: Sequence[Any]) -> list[bool]:
    ok = [type(v) is str and len(v) == 25 and v[4] == v[7] == "-" and v[10] == "T" for v in values]
    parse = _from_iso
    try:
        for value, good in zip(values, ok, strict=True):
            if good:
                parse(value)
    except ValueError:  # some value only looks like a timestamp: check each one
        return [_timestamp_ok(v) for v in values]
    return ok


_CHECK_OF_KIND: Final[dict[FieldKind, ColumnCheck]] = {
    FieldKind.ID: _ids_ok,
    FieldKind.LINE: _lines_ok,
    FieldKind.TEXT: _texts_ok,
    FieldKind.HOURS: _hours_ok,
    FieldKind.RELATIONSHIP: _relationships_ok,
    FieldKind.FLAG: _flags_ok,
    FieldKind.LINK: _links_ok,
    FieldKind.TIMESTAMP: _timestamps_ok,
    FieldKind.STEPS: _steps_ok,
}


def _places_ok(names: Sequence[Any], ranks: Sequence[Any]) -> list[bool]:
    top = row_check.MAX_RANK
    return [
        type(n) is str and n in COLUMNS_BY_NAME and type(r) is int and 0 <= r <= top
        for n, r in zip(names, ranks, strict=True)
    ]


def _row_builder() -> Callable[[Sequence[Any]], Task]:
    """A function that makes a task from a checked row without cleaning it, compiled once from
    the schema (as :mod:`dataclasses` does for ``__init__``): one attribute set per field, with
    the stored value converted inline by its kind. The fast load path runs it 10,000 times."""
    converters = {
        FieldKind.RELATIONSHIP: "relationships[row[{i}]]",
        FieldKind.FLAG: "row[{i}] == 1",
        # A checklist is stored one step a line.
        FieldKind.STEPS: "(tuple(row[{i}].split(NL)) if row[{i}] else ())",
    }
    lines = ["def build(row):", "    task = new(Task)"]
    namespace: dict[str, Any] = {
        "new": object.__new__,
        "Task": Task,
        "relationships": RELATIONSHIPS,
        "NL": "\n",
    }
    for number, (name, spec) in enumerate(TASK_SCHEMA):
        value = converters.get(spec.kind, "row[{i}]").format(i=number)
        lines.append(f"    set_{name}(task, {value})")
        # The field's slot, set through its descriptor: what object.__setattr__ would find by
        # name (a frozen task refuses plain assignment), without looking it up 10,000 times.
        namespace[f"set_{name}"] = vars(Task)[name].__set__
    lines.append("    return task")
    exec(compile("\n".join(lines) + "\n", "<trusted task builder>", "exec"), namespace)
    build: Callable[[Sequence[Any]], Task] = namespace["build"]
    return build


_build_trusted: Final = _row_builder()


def trusted_tasks(rows: Sequence[Sequence[Any]]) -> list[Task | None]:
    """For rows selected as ``TASK_FIELDS, column_name, rank``: each row's task when every
    value is exactly what this app writes, else None (that row then goes the careful way).

    Checks column by column, field by field, from the schema: a new field needs nothing here.
    """
    if not rows:
        return []
    width = len(FIELD_NAMES)
    stored = list(zip(*rows, strict=True))
    checks = [_places_ok(stored[width], stored[width + 1])]
    for (_, spec), column in zip(TASK_SCHEMA, stored[:width], strict=True):
        checks.append(_CHECK_OF_KIND[spec.kind](column))
        if spec.trusted is not None:
            checks.append(spec.trusted(column))
    # Rows that fail a check are few (none in a plan only this app wrote): the checks that all
    # pass cost one ``all`` each, and only the others are looked at row by row.
    failed = {
        number
        for check in checks
        if not all(check)
        for number, good in enumerate(check)
        if not good
    }
    build = _build_trusted
    return [None if number in failed else build(row) for number, row in enumerate(rows)]


def _sqlite_utils() -> ModuleType:
    import sqlite_utils

    return sqlite_utils


def warm_up() -> None:
    """Import sqlite-utils ahead of the first change (the app calls this once it has painted)."""
    _sqlite_utils()


class _CannotWrite(Exception):
    """The plan can be read but not written here."""


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


def new_plan_token() -> str:
    """A fresh plan token: letters only, so no spreadsheet takes an id cell for a number or time."""
    import secrets  # only when a plan is created

    return "".join(secrets.choice(_TOKEN_LETTERS) for _ in range(_TOKEN_LENGTH))


#: The longest text or binary value SQLite will hand over (its default is 1,000,000,000 bytes): a
#: planted value beyond it fails the read with "string or blob too big" instead of filling memory.
MAX_VALUE_BYTES = 64 * 1024 * 1024


def _connect(path: Path, mode: str, *, immutable: bool = False) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + f"?mode={mode}" + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True, timeout=5.0, check_same_thread=False)
    harden(conn)
    return conn


def harden(conn: sqlite3.Connection) -> None:
    """SQLite's precautions for database files from untrusted sources ("Defense Against Dark
    Arts", sqlite.org/security.html), applied before anything is read from the file.

    - ``trusted_schema = OFF``: nothing read from a plan runs as code (no functions other than
      innocuous ones in views, triggers, CHECK constraints, defaults or indexes).
    - ``cell_size_check = ON``: damaged b-tree cells are detected as they are read.
    - ``mmap_size = 0``: no memory-mapped I/O, so a damaged file cannot fault the process.
    - the length limit :data:`MAX_VALUE_BYTES`.
    - defensive mode (``SQLITE_DBCONFIG_DEFENSIVE``: no writable_schema, no direct page writes)
      is set where Python exposes it. Python 3.11, which the app targets, cannot set it:
      ``Connection.setconfig`` and the ``SQLITE_DBCONFIG_*`` constants arrived in Python 3.12.
      The app runs no SQL from outside, which is what defensive mode guards against.
    ``recursive_triggers`` stays off: sqlite-utils would turn it on (see :attr:`PlanStore.db`).
    Then :func:`inspect_plan_file` runs ``integrity_check`` first and compares the whole schema.
    """
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA mmap_size = 0")
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    setconfig = getattr(conn, "setconfig", None)  # Python 3.12+
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if setconfig is not None and defensive is not None:
        setconfig(defensive, True)


@cache
def expected_shape(version: int) -> schema_check.Shape:
    """The schema shape of format ``version`` (1 to :data:`SCHEMA_VERSION`), built from the
    declarations when first needed: opening a plan of the current format builds only its own."""
    return schema_check.shape_of_version(
        version,
        schema_check.split_statements(FIRST_FORMAT),
        UPGRADES,
        schema_check.split_statements(SCHEMA),
        SCHEMA_VERSION,
    )


@cache
def row_rules(version: int = SCHEMA_VERSION) -> tuple[row_check.Rule, ...]:
    """The rules every row of the tasks table of format ``version`` must pass."""
    table = expected_shape(version).tables["tasks"]
    return row_check.rules_for([(c[0], c[1], c[2]) for c in table.columns])


def check_schema(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Refuse (:class:`PlanContentError`) a file whose schema is not exactly ``version``'s."""
    expected = expected_shape(version)
    try:
        schema_check.check_shape(schema_check.read_shape(conn), expected)
    except schema_check.SchemaMismatch as mismatch:
        raise PlanContentError(path, str(mismatch)) from None
    # The shape leaves out CHECK constraints and the like, and a read-only connection never
    # compiles them: build the schema from its own text in memory, so a schema damaged there
    # is refused now rather than when the plan is opened for writing, or on the first edit.
    memory = sqlite3.connect(":memory:")
    try:
        for (sql,) in conn.execute(
            "SELECT sql FROM main.sqlite_master WHERE sql IS NOT NULL ORDER BY type = 'index'"
        ):
            memory.execute(sql)
    except sqlite3.DatabaseError as error:
        raise PlanFileError(path, f"the plan file is damaged (its schema: {error})") from None
    finally:
        memory.close()


def check_rows(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Refuse (:class:`PlanContentError`) a file with a task row that breaks the rules."""
    count = conn.execute("SELECT count(*) FROM tasks").fetchone()[0]
    if count > MAX_TASKS:
        raise PlanContentError(path, _too_many(count))
    rules = row_rules(version)
    try:
        bad = row_check.first_bad_value(conn, rules)
    except (UnicodeDecodeError, sqlite3.OperationalError) as error:
        if not _undecodable(error):
            raise
        bad = row_check.first_bad_text(conn, [rule.column for rule in rules])
        raise PlanContentError(path, str(bad or _NOT_UTF8)) from None
    if bad is not None:
        raise PlanContentError(path, str(bad))


_NOT_UTF8 = "it holds text that is not valid UTF-8"


def _undecodable(error: Exception) -> bool:
    """Python could not read a stored text as UTF-8 (SQLite keeps whatever bytes it is given)."""
    return isinstance(error, UnicodeDecodeError) or "decode to UTF-8" in str(error)


def _too_many(count: int) -> str:
    return f"this plan holds {count:,} tasks; Delegation Planner opens plans of up to {MAX_TASKS:,}"


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a complete, self-contained copy of ``source`` to ``target``.

    The copy is written to ``<target>.partial`` and moved into place only when whole, so a crash
    never leaves half a copy under the real name. Uses SQLite's online backup, so the copy is
    consistent even while the plan is being edited.
    """
    partial = target.with_name(target.name + ".partial")
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def inspect_plan_file(path: Path, *, rows: bool = False) -> tuple[int, int]:
    """Check that ``path`` is one of our plans without writing to it; return (app id, version).

    The file must be a whole SQLite database (``integrity_check``) with our application id, a format
    version this code reads, and exactly that version's schema. With ``rows``, every task row is
    checked too (opening a plan checks them as it loads them instead).

    Raises :class:`PlanFileError` with a user-readable reason when it is not;
    :class:`PlanContentError` when only its schema objects or values are not ours.
    """
    if not path.exists():
        raise PlanFileError(path, "there is no file here")
    if not path.is_file():
        raise PlanFileError(path, "this is a folder, not a plan file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise PlanFileError(path, f"the file cannot be read ({error.strerror})") from None
    if header != SQLITE_HEADER:
        raise PlanFileError(path, "this is not a Delegation Planner plan (not an SQLite database)")
    # With no write-ahead log beside it, read the file as immutable: SQLite then creates no
    # -wal/-shm files next to a file that may not even be ours. A log that is there may hold
    # committed changes, so it is read the normal (read-only) way.
    has_log = Path(f"{path}-wal").exists()
    try:
        conn = _connect(path, "ro", immutable=not has_log)
    except sqlite3.Error as error:
        raise PlanFileError(path, f"the file cannot be opened ({error})") from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise PlanFileError(
                path, "this SQLite database belongs to another application, not Delegation Planner"
            )
        if version < 1:
            raise PlanFileError(path, "the plan file is incomplete (it has no format version)")
        if version > SCHEMA_VERSION:
            raise PlanFileError(
                path,
                f"this plan was saved by a newer Delegation Planner (format {version}; "
                f"this version reads up to {SCHEMA_VERSION}). Update the app to open it",
            )
        # integrity_check, not quick_check: it also proves that every index agrees with its
        # table. A damaged index once made the app look up the plan token, miss it, and write a
        # second one into the damaged file; another showed the row checks other values than the
        # load read (the load checks the indexed values itself as well).
        check = conn.execute("PRAGMA integrity_check").fetchall()
        if [tuple(r) for r in check] != [("ok",)]:
            raise PlanFileError(path, "the plan file is damaged (SQLite's integrity check failed)")
        check_schema(conn, path, version)
        if rows:
            check_rows(conn, path, version)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        if _undecodable(error):
            raise PlanFileError(path, f"the plan file is damaged ({_NOT_UTF8})") from None
        raise PlanFileError(path, f"the file is damaged or not a database ({error})") from None
    finally:
        conn.close()
    return app_id, version


@contextmanager
def _closed_if_unreadable(conn: sqlite3.Connection, path: Path) -> Iterator[None]:
    """Reading a plan just opened: any failure closes the connection, and SQLite's own errors
    are said as a plan that cannot be read."""
    try:
        yield
    except sqlite3.Error as error:
        conn.close()
        raise PlanFileError(path, f"the plan cannot be read ({error})") from None
    except BaseException:
        conn.close()
        raise


class PlanStore:
    """An open plan file. Create with :meth:`open` or :meth:`create`."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        lock: PlanLock | None = None,
        read_only_reason: str = "",
    ) -> None:
        self.path = path
        self.conn = conn
        self._db: sqlite_utils.Database | None = None
        self.lock = lock
        #: Why changes cannot be saved (another window has the plan, the folder is read-only...).
        self.read_only_reason = read_only_reason
        #: Something the user should know about how the plan was opened ("" when nothing).
        self.notice = ""
        self.journal_mode = ""
        self._identity = _identity(path)
        self._rank: dict[int, int] = {}
        #: The plan's token (see :data:`PLAN_TOKEN_KEY`); None for an old plan opened read-only.
        self.plan_token: str | None = None
        #: Rows read (and checked) while opening, handed out by the first :meth:`load`.
        self._preloaded: list[tuple[Task, Column]] | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        """The sqlite-utils view of the connection, made on first use: importing sqlite-utils
        takes longer than everything else at start-up, and reading a plan does not need it."""
        if self._db is None:
            # sqlite-utils turns recursive_triggers on by default; plans have no triggers, and
            # a file with any is refused, so it stays off.
            self._db = _sqlite_utils().Database(
                self.conn, execute_plugins=False, recursive_triggers=False
            )
        return self._db

    def _table(self, name: str) -> sqlite_utils.db.Table:
        return self.db.table(name)

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, create: bool = False, read_only: bool = False) -> PlanStore:
        """Open the plan at ``path``; with ``create``, make a new empty plan if nothing is there.

        A plan another window is editing, or one in a folder that cannot be written, opens
        read-only (see :attr:`read_only_reason`). An older format is upgraded in one
        transaction after a backup copy is written next to the file.
        """
        path = Path(path).expanduser()
        if create and not path.exists():
            return cls.create(path)
        _app_id, version = inspect_plan_file(path)
        reason = "it was opened read-only" if read_only else ""
        lock: PlanLock | None = None
        if not reason:
            acquired = PlanLock.acquire(path)
            if isinstance(acquired, str):
                reason = acquired
            else:
                lock = acquired
        if not reason:
            try:
                return cls._open_for_writing(path, version, lock)
            except _CannotWrite as problem:
                reason = str(problem)
            except BaseException:
                if lock is not None:
                    lock.release()
                raise
        if lock is not None:
            lock.release()
        if version < SCHEMA_VERSION:
            raise PlanNeedsUpgrade(
                path,
                f"this plan uses an older format that must be upgraded, but {reason}",
            )
        return cls._open_read_only(path, reason, alone=read_only)

    @classmethod
    def open_snapshot(cls, path: Path | str) -> PlanStore:
        """Read the plan at ``path`` into memory and never write to the file, whatever its
        format: an older format is upgraded in the memory copy only. For commands that only
        read (the VA brief); the copy is read-only."""
        path = Path(path).expanduser()
        _app_id, version = inspect_plan_file(path)
        has_log = Path(f"{path}-wal").exists()
        try:
            source = _connect(path, "ro", immutable=not has_log)
            try:
                memory = sqlite3.connect(":memory:", check_same_thread=False)
                harden(memory)
                source.backup(memory)
            finally:
                source.close()
        except sqlite3.Error as error:
            raise PlanFileError(path, f"the file cannot be read ({error})") from None
        store = cls(path, memory)
        if version < SCHEMA_VERSION:
            try:
                with store.db.atomic():
                    store._apply_migrations(version)
            except sqlite3.Error as error:
                memory.close()
                raise PlanFileError(path, f"the plan cannot be read ({error})") from None
        store.read_only_reason = "it is a read-only copy"
        store._take_token(write=False)
        return store

    @classmethod
    def _open_for_writing(cls, path: Path, version: int, lock: PlanLock | None) -> PlanStore:
        try:
            conn = _connect(path, "rw")
        except sqlite3.Error as error:
            raise _CannotWrite(f"the file cannot be written ({error})") from None
        store = cls(path, conn, lock=lock)
        # Every row is read and checked before anything is written (the journal mode below
        # rewrites the file's header): a plan that is refused is left byte for byte as it was.
        with _closed_if_unreadable(conn, path):
            if version < SCHEMA_VERSION:
                check_rows(conn, path, version)
            else:
                store._preloaded = store._read()
        try:
            store._configure()
            # Taking the write lock (and letting go) proves the file and its folder accept
            # changes, without writing anything, before the user makes any.
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        except sqlite3.Error as error:
            conn.close()
            raise _CannotWrite(f"the file or its folder cannot be written ({error})") from None
        if version < SCHEMA_VERSION:
            try:
                store._migrate(version)
            except (sqlite3.Error, OSError) as error:
                store.close()
                raise PlanFileError(
                    path, f"the plan could not be upgraded to the current format ({error})"
                ) from None
        store._take_token(write=True)
        return store

    @classmethod
    def _open_read_only(cls, path: Path, reason: str, *, alone: bool = False) -> PlanStore:
        """Open without writing. ``alone``: read-only was asked for (exports, checks), not forced
        by another window; then a plan with no write-ahead log beside it (nobody has it open)
        is read as immutable, so no -wal/-shm files are left beside it."""
        try:
            unused = alone and not Path(f"{path}-wal").exists()
            conn = _connect(path, "ro", immutable=unused)
            conn.execute("SELECT count(*) FROM tasks").fetchone()
        except sqlite3.Error:
            # A WAL plan in a folder we cannot write: read the file as it stands.
            try:
                conn = _connect(path, "ro", immutable=True)
            except sqlite3.Error as error:
                raise PlanFileError(path, f"the file cannot be opened ({error})") from None
        store = cls(path, conn, read_only_reason=reason)
        store.notice = f"Changes to this plan cannot be saved: {reason}."
        store._take_token(write=False)
        with _closed_if_unreadable(conn, path):
            store._preloaded = store._read()
        return store

    @classmethod
    def create(cls, path: Path | str) -> PlanStore:
        """Create a new, empty plan file at ``path``; refuse to touch an existing file."""
        path = Path(path).expanduser()
        if path.exists():
            raise PlanFileError(path, "a file already exists here; it was left as it was")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = _connect(path, "rwc")
        except (OSError, sqlite3.Error) as error:
            raise PlanFileError(path, f"the plan cannot be created ({error})") from None
        store = cls(path, conn)
        try:
            store._configure()
            with store.transaction():
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                store.plan_token = new_plan_token()
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    (PLAN_TOKEN_KEY, store.plan_token),
                )
        except (sqlite3.Error, PlanWriteError) as error:
            conn.close()
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            raise PlanFileError(path, f"the plan cannot be created ({error})") from None
        store._identity = _identity(path)
        acquired = PlanLock.acquire(path)
        store.lock = acquired if isinstance(acquired, PlanLock) else None
        return store

    def _configure(self) -> None:
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA busy_timeout = 5000")
        fs_type = filesystem_type(self.path)
        if is_network_filesystem(fs_type):
            wanted = "delete"
            self.notice = (
                f"This plan is on a network or synced folder ({fs_type}), where SQLite's "
                "write-ahead log is unsafe, so it is saved with a rollback journal instead."
            )
        else:
            wanted = "wal"
        mode = self.conn.execute(f"PRAGMA journal_mode = {wanted}").fetchone()[0]
        self.journal_mode = str(mode).lower()
        # FULL: a commit that returned has reached the disk, power cut or not.
        self.conn.execute("PRAGMA synchronous = FULL")

    def _migrate(self, version: int) -> None:
        """Upgrade from ``version`` to :data:`SCHEMA_VERSION`, keeping a backup copy first."""
        backup = self.path.with_name(f"{self.path.name}.format-{version}.backup")
        counter = 1
        while backup.exists():
            counter += 1
            backup = self.path.with_name(f"{self.path.name}.format-{version}.backup{counter}")
        copy_database(self.conn, backup)
        with self.db.atomic():
            self._apply_migrations(version)
        self.notice = (
            f"This plan was upgraded to the current format; the original is kept as {backup.name}."
        )

    def _apply_migrations(self, version: int) -> None:
        """Run the statements from ``version`` up to :data:`SCHEMA_VERSION` (inside a
        transaction the caller holds)."""
        for step in range(version, SCHEMA_VERSION):
            for statement in upgrade(step):
                self.conn.execute(statement)
        self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _take_token(self, *, write: bool) -> None:
        """Read the plan's token; give the plan one (a single ``meta`` row) when it has none
        and ``write`` allows. A plan that cannot get one simply exports empty id cells."""
        try:
            row = self.conn.execute(
                "SELECT value FROM meta WHERE key = ?", (PLAN_TOKEN_KEY,)
            ).fetchone()
            if row is not None and isinstance(row[0], str) and row[0]:
                self.plan_token = row[0]
                return
            if not write:
                return
            token = new_plan_token()
            with self.conn:
                self.conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                    (PLAN_TOKEN_KEY, token),
                )
            self.plan_token = token
        except sqlite3.Error:
            self.plan_token = None

    def close(self) -> None:
        self.conn.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    # -- transactions ----------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together or not at all."""
        if self.read_only_reason:
            raise PlanWriteError(f"Changes cannot be saved: {self.read_only_reason}.")
        if not self.conn.in_transaction:
            self.check_file()
        try:
            with self.db.atomic():
                yield
        except sqlite3.Error as error:
            raise PlanWriteError(f"The change could not be saved to {self.path}: {error}") from None

    def check_file(self) -> None:
        """Refuse to write when the plan file was deleted, moved or replaced while open."""
        if _identity(self.path) != self._identity:
            raise PlanWriteError(
                f"The plan file {self.path} was moved or deleted while it was open. Nothing "
                "more is saved to it; use File > Save a copy as… to keep this plan."
            )

    # -- reading ---------------------------------------------------------------------------
    def load(self) -> list[tuple[Task, Column]]:
        """Every task with its column, in board order (column, then rank).

        Every row is checked; a bad value raises :class:`PlanContentError` naming the task and
        the field, and nothing is loaded.
        """
        if self._preloaded is not None:
            loaded, self._preloaded = self._preloaded, None
            return loaded
        try:
            return self._read()
        except sqlite3.Error as error:
            raise PlanFileError(self.path, f"the plan cannot be read ({error})") from None

    def _read(self) -> list[tuple[Task, Column]]:
        count = self.conn.execute("SELECT count(*) FROM tasks").fetchone()[0]
        if count > MAX_TASKS:
            raise PlanContentError(self.path, _too_many(count))
        self._check_meta()
        try:
            rows = self.conn.execute(
                f"SELECT {', '.join(TASK_FIELDS)}, column_name, rank FROM tasks "
                "ORDER BY column_name, rank, id"
            ).fetchall()
        except (UnicodeDecodeError, sqlite3.OperationalError) as error:
            if not _undecodable(error):
                raise
            bad = row_check.first_bad_text(self.conn, [rule.column for rule in row_rules()])
            raise PlanContentError(self.path, str(bad or _NOT_UTF8)) from None
        loaded: list[tuple[Task, Column]] = []
        linked: list[tuple[int, int]] = []
        for row, trusted in zip(rows, trusted_tasks(rows), strict=True):
            task = trusted if trusted is not None else self._checked_task(row)
            if task.link_id is not None:
                linked.append((task.id, task.link_id))
            loaded.append((task, COLUMNS_BY_NAME[row[-2]]))
        if linked:
            ids = {row[0] for row in rows}
            for task_id, link in linked:
                if link == task_id or link not in ids:
                    self._refuse_row(task_id)
        self._rank = {row[0]: row[-1] for row in rows}
        order = {column: number for number, column in enumerate(Column)}
        loaded.sort(key=lambda pair: order[pair[1]])  # stable: ranks stay in order
        return loaded

    def _check_meta(self) -> None:
        """The ``meta`` rows: a few short texts, and a plan token of the form this app makes."""
        rows = self.conn.execute(
            f"SELECT key, typeof(value), length(value) FROM meta LIMIT {MAX_META_ROWS + 1}"
        ).fetchall()
        if len(rows) > MAX_META_ROWS:
            raise PlanContentError(
                self.path, f"its settings table holds more than {MAX_META_ROWS} rows"
            )
        for key, kind, size in rows:
            if not isinstance(key, str) or kind != "text" or size > MAX_META_TEXT:
                shown = row_check.show_value("text", key, None)
                raise PlanContentError(self.path, f"the setting {shown} is not a short text")
        token = self.conn.execute(
            "SELECT value FROM meta WHERE key = ?", (PLAN_TOKEN_KEY,)
        ).fetchone()
        if token is not None and not (
            len(token[0]) == _TOKEN_LENGTH and set(token[0]) <= set(_TOKEN_LETTERS)
        ):
            shown = row_check.show_value("text", token[0], len(token[0]))
            raise PlanContentError(
                self.path, f"its plan token {shown} is not one Delegation Planner makes"
            )

    def _checked_task(self, row: Sequence[Any]) -> Task:
        """A task from a row the fast check did not pass: refused with the rule it breaks, or
        built the careful way (whitespace folded, as when the user types it)."""
        self._refuse_row(row[0])
        column_name, rank = row[-2], row[-1]
        try:
            if column_name not in COLUMNS_BY_NAME or not (
                type(rank) is int and 0 <= rank <= row_check.MAX_RANK
            ):
                raise TaskError(f"its place ({column_name!r}, {rank!r}) is not one of a board")
            return task_from_row(row)
        except (TaskError, ValueError, TypeError) as error:
            # The rules passed in SQL but the values read do not: the file is damaged.
            raise PlanContentError(self.path, f"task {row[0]} cannot be read: {error}") from None

    def _refuse_row(self, task_id: int) -> None:
        """Raise PlanContentError for the first rule the row ``task_id`` breaks, if any."""
        for rule in row_rules():
            (good,) = self.conn.execute(
                f"SELECT ifnull({rule.condition}, 0) FROM tasks WHERE rowid = ?", (task_id,)
            ).fetchone()
            if not good:
                bad = row_check.describe(self.conn, task_id, rule.column, rule.expected)
                raise PlanContentError(self.path, str(bad))

    # -- row-level writes (call inside transaction()) -----------------------------------------
    # A task's place is written as a rank between its neighbours' ranks. Only when two
    # neighbours have no room left between them is the column renumbered (rare: about once per
    # twenty moves into the very same gap).
    def _rank_between(self, before: int | None, after: int | None) -> int | None:
        low = self._rank[before] if before is not None else None
        high = self._rank[after] if after is not None else None
        if high is None:
            return RANK_STEP if low is None else low + RANK_STEP
        if low is None:
            return high // 2 if high >= 2 else None
        return (low + high) // 2 if high - low >= 2 else None

    def _renumber(self, column: Column, order: Sequence[int]) -> None:
        ranks = [((number + 1) * RANK_STEP, task_id) for number, task_id in enumerate(order)]
        self.conn.executemany(
            "UPDATE tasks SET rank = ?, column_name = ? WHERE id = ?",
            [(rank, column.value, task_id) for rank, task_id in ranks],
        )
        self._rank.update((task_id, rank) for rank, task_id in ranks)

    def insert_task(self, task: Task, column: Column, place: Neighbours) -> None:
        """Insert a new row between ``place.before`` and ``place.after``."""
        rank = self._rank_between(place.before, place.after)
        row = task_row(task) | {"column_name": column.value, "rank": rank or 0}
        self._table("tasks").insert(row)
        self._rank[task.id] = rank or 0
        if rank is None:
            self._renumber(column, place.order())

    def append_tasks(self, tasks: Sequence[Task], column: Column, last: int | None) -> None:
        """Append rows after the task ``last`` (None: the column is empty)."""
        start = self._rank[last] if last is not None else 0
        rows = []
        for offset, task in enumerate(tasks, start=1):
            rank = start + offset * RANK_STEP
            self._rank[task.id] = rank
            rows.append(task_row(task) | {"column_name": column.value, "rank": rank})
        self._table("tasks").insert_all(rows, batch_size=500)

    def update_task(self, task: Task) -> None:
        row = task_row(task)
        del row["id"], row["created_at"]
        self._table("tasks").update(task.id, row)

    def delete_task(self, task_id: int) -> None:
        self.conn.execute("DELETE FROM tasks WHERE id = ?", (task_id,))
        self._rank.pop(task_id, None)

    def move_task(self, task_id: int, column: Column, place: Neighbours) -> None:
        """Write a move; normally only the moved task's row changes."""
        rank = self._rank_between(place.before, place.after)
        if rank is None:
            self._renumber(column, place.order())
            return
        self.conn.execute(
            "UPDATE tasks SET column_name = ?, rank = ? WHERE id = ?",
            (column.value, rank, task_id),
        )
        self._rank[task_id] = rank


class Neighbours(NamedTuple):
    """Where a task lands: the ids just before and after it, and (for renumbering) the whole
    column order with the task in place, computed only if needed."""

    before: int | None
    after: int | None
    order: Callable[[], list[int]]
