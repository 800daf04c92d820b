"""Mutated plans and CSV files for the fuzzing campaign (and the quick part of the test run).

Every mutation starts from a valid file the app made and changes it the way a bad disk, a bad
download or a person with a database browser would, at the byte level (the SQLite header, page
bytes, the freelist, truncation, appended garbage) or at the SQL level (wrong types in every
column, NULLs where the schema forbids them, huge, negative and non-finite numbers, 10 MB texts,
NUL and control characters, dangling and cyclic links, duplicate ranks, planted triggers, views,
tables, indexes and columns, another format version, a million rows). CSVs are mutated as
random bytes, unbalanced quotes, 10 MB cells, 100,000 columns, every encoding the importer reads
and BOM variants.

A case is named by its kind and a seed, so any finding can be made again with
``make_plan_case(kind, seed, folder)`` / ``make_csv_case(kind, seed, folder)``.
"""

from __future__ import annotations

import codecs
import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from planner.csv_export import export_bytes
from planner.model import Column, Relationship, TaskChanges
from planner.plan import NewTask, Plan

PAGE = 4096
FIXED_TIME = "2025-01-31T09:00:00+00:00"
TEN_MB = 10 * 1024 * 1024

#: The columns of the tasks table, as the current format declares them.
TASK_COLUMNS = (
    "id",
    "title",
    "notes",
    "column_name",
    "rank",
    "hours_per_week",
    "frequency",
    "relationship",
    "accepted",
    "accept_note",
    "link_id",
    "created_at",
    "updated_at",
)


# -- the valid starting points -------------------------------------------------------------


def build_base_plan(path: Path, tasks: int = 40, *, freelist: bool = False) -> None:
    """A valid plan with every kind of value the app writes: links (a split), an accepted
    warning, overridden relationships, hours, notes with line breaks, all three columns."""
    with Plan.open(path, create=True) as plan:
        plan.add_many(
            [
                NewTask(
                    f"Task {n}: " + ("reply to comments" if n % 5 == 0 else "bookkeeping"),
                    list(Column)[n % 3],
                    notes=f"line one\nline two {n}" if n % 2 else "",
                    hours_per_week=(n % 7) * 0.5 if n % 4 else None,
                )
                for n in range(tasks)
            ]
        )
        plan.split(1)
        plan.edit(3, TaskChanges(relationship=Relationship.YES, frequency="weekly"))
        plan.edit(4, TaskChanges(relationship=Relationship.NO))
        va = plan.tasks(Column.VA)
        plan.edit(va[-1].id, TaskChanges(accepted=True, accept_note="my VA only drafts"))
        if freelist:
            big = plan.add_many([NewTask("filler", notes="x" * 3000) for _ in range(60)])
            for task in big:
                plan.delete(task.id)
    # The same bytes every time (no clock, no random token), so a case's seed names one file.
    conn = sqlite3.connect(path)
    conn.execute("UPDATE tasks SET created_at = ?, updated_at = ?", (FIXED_TIME, FIXED_TIME))
    conn.execute("UPDATE meta SET value = 'fuzzfuzz' WHERE key = 'plan_token'")
    conn.commit()
    conn.close()


def build_million_plan(path: Path) -> None:
    """A plan of 1,000,000 rows (made with SQL: the app itself refuses to grow that far)."""
    build_base_plan(path, 3)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO tasks (id, title, notes, column_name, rank, created_at, updated_at) "
        "WITH RECURSIVE n(i) AS (SELECT 100 UNION ALL SELECT i + 1 FROM n WHERE i < 1000099) "
        "SELECT i, 'task ' || i, '', 'Me', i * 16, '2025-01-01T00:00:00+00:00', "
        "'2025-01-01T00:00:00+00:00' FROM n"
    )
    conn.commit()
    conn.close()


class Bases:
    """The valid files cases start from, built once per process in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.plan = folder / "base.dplan"
        self.freelist = folder / "freelist.dplan"
        self.million = folder / "million.dplan"
        if not self.plan.exists():
            build_base_plan(self.plan)
        if not self.freelist.exists():
            build_base_plan(self.freelist, freelist=True)
        with Plan.open_for_reading(self.plan) as plan:
            self.csv = export_bytes(plan)

    def million_plan(self) -> Path:
        if not self.million.exists():
            build_million_plan(self.million)
        return self.million


# -- byte level ------------------------------------------------------------------------------


def _flip(data: bytearray, rng: random.Random, start: int, end: int, count: int) -> None:
    end = min(end, len(data))
    if end <= start:
        return
    for _ in range(count):
        offset = rng.randrange(start, end)
        data[offset] = rng.choice(
            [0, 0xFF, rng.randrange(256), data[offset] ^ (1 << rng.randrange(8))]
        )


def header(data: bytearray, rng: random.Random) -> bytes:
    """Bytes of the 100-byte database header (page size, versions, counts, encoding, ids)."""
    interesting = [
        16,
        17,
        18,
        19,
        20,
        21,
        22,
        23,
        28,
        29,
        30,
        31,
        32,
        35,
        36,
        39,
        44,
        47,
        52,
        56,
        59,
        60,
        63,
        64,
        68,
        71,
        92,
        96,
    ]
    for _ in range(rng.randint(1, 4)):
        offset = rng.choice(interesting) if rng.random() < 0.7 else rng.randrange(100)
        data[offset] = rng.choice([0, 1, 2, 3, 0x7F, 0x80, 0xFF, rng.randrange(256)])
    return bytes(data)


def page_bytes(data: bytearray, rng: random.Random) -> bytes:
    """Random bytes of a random page changed: a few bits, or a run overwritten."""
    pages = max(1, len(data) // PAGE)
    page = rng.randrange(pages)
    start = page * PAGE + (100 if page == 0 else 0)
    if rng.random() < 0.5:
        _flip(data, rng, start, start + PAGE, rng.randint(1, 16))
    else:
        offset = rng.randrange(start, min(start + PAGE, len(data)))
        run = rng.randint(1, 256)
        data[offset : offset + run] = bytes(rng.randrange(256) for _ in range(run))[
            : len(data) - offset
        ]
    return bytes(data)


def freelist(data: bytearray, rng: random.Random) -> bytes:
    """The freelist: its trunk pointer or count in the header, or the trunk page itself."""
    choice = rng.randrange(3)
    if choice == 0:
        data[32:36] = rng.randrange(1 << 32).to_bytes(4, "big")
    elif choice == 1:
        data[36:40] = rng.choice([0, 1, 0xFFFFFFFF, rng.randrange(1 << 32)]).to_bytes(4, "big")
    else:
        trunk = int.from_bytes(data[32:36], "big")
        if 0 < trunk <= len(data) // PAGE:
            start = (trunk - 1) * PAGE
            _flip(data, rng, start, start + 64, rng.randint(1, 8))
        else:
            _flip(data, rng, 32, 40, 2)
    return bytes(data)


def truncation(data: bytearray, rng: random.Random) -> bytes:
    cut = rng.choice([0, 1, 16, 99, 100, 512, PAGE, PAGE + 1, rng.randrange(len(data))])
    return bytes(data[: min(cut, len(data) - 1)])


def appended_garbage(data: bytearray, rng: random.Random) -> bytes:
    size = rng.choice([1, 100, PAGE, 3 * PAGE, rng.randrange(1, 5 * PAGE)])
    filler = rng.choice(
        [b"\x00" * size, bytes(rng.randrange(256) for _ in range(size)), bytes(data[:size])]
    )
    return bytes(data) + filler


BYTE_KINDS: dict[str, Callable[[bytearray, random.Random], bytes]] = {
    "bytes: header": header,
    "bytes: page": page_bytes,
    "bytes: freelist": freelist,
    "bytes: truncated": truncation,
    "bytes: appended garbage": appended_garbage,
}


# -- SQL level -----------------------------------------------------------------------------

WRONG_VALUES: tuple[object, ...] = (
    "a word",
    "",
    " ",
    "12",
    "1.5",
    "Me",
    "yes",
    b"\x00\x01",
    b"",
    0,
    1,
    2,
    -1,
    3.25,
    -0.0,
    1e308,
    -1e308,
    float("inf"),
    float("-inf"),
    float("nan"),
    (1 << 63) - 1,
    -(1 << 63),
    "2025-13-45",
    "now",
    "NaN",
    "Infinity",
)

HOSTILE_TEXT: tuple[str, ...] = (
    "nul\x00inside",
    "\x00",
    "bell\x07 esc\x1b[31m",
    "\x01\x02\x03\x1f\x7f",
    "line\u2028sep\u2029para",
    "\u202eright to left\u202c",
    "\ufeffbom title",
    "\t\n\r",
    "\r\n\r\n",
    "emoji 👩🏽‍💻" * 50,
    '=HYPERLINK("http://x")',
    "a" * 70_000,
)


def _update(conn: sqlite3.Connection, column: str, value: object, rng: random.Random) -> None:
    ids = [row[0] for row in conn.execute("SELECT id FROM tasks")]
    target = rng.choice(ids) if ids else 1
    conn.execute(f"UPDATE tasks SET {column} = ? WHERE id = ?", (value, target))


def wrong_type(conn: sqlite3.Connection, rng: random.Random) -> None:
    column = rng.choice(TASK_COLUMNS)
    try:
        _update(conn, column, rng.choice(WRONG_VALUES), rng)
    except sqlite3.IntegrityError:  # e.g. a duplicate id, or NULL (NaN) in a NOT NULL column
        _update(conn, column, rng.choice(("a word", b"\x01", 2.5)), rng)


def nulls(conn: sqlite3.Connection, rng: random.Random) -> None:
    """NULL in a column, NOT NULL ones included (their constraint is taken out of the schema
    with writable_schema, the value written, and the constraint put back)."""
    column = rng.choice(TASK_COLUMNS[1:])
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'tasks'").fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = ? WHERE name = 'tasks'", (sql.replace("NOT NULL", ""),)
    )
    conn.commit()
    conn.execute("PRAGMA writable_schema = RESET")
    _update(conn, column, None, rng)
    conn.commit()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'tasks'", (sql,))
    conn.commit()
    conn.execute("PRAGMA writable_schema = RESET")


def huge_number(conn: sqlite3.Connection, rng: random.Random) -> None:
    column = rng.choice(("hours_per_week", "rank", "link_id", "accepted", "id"))
    value = rng.choice([1e308, (1 << 63) - 1, 1 << 62, 1 << 53, 10**15, 169, 168.0001])
    try:
        _update(conn, column, value, rng)
    except sqlite3.IntegrityError:
        _update(conn, "rank", value, rng)


def negative_number(conn: sqlite3.Connection, rng: random.Random) -> None:
    column = rng.choice(("hours_per_week", "rank", "link_id", "accepted", "id"))
    value = rng.choice([-1, -1e-9, -(1 << 63), -168, -0.5])
    try:
        _update(conn, column, value, rng)
    except sqlite3.IntegrityError:
        _update(conn, "rank", value, rng)


def non_finite(conn: sqlite3.Connection, rng: random.Random) -> None:
    column = rng.choice(("hours_per_week", "rank", "accepted", "link_id"))
    value = rng.choice([float("inf"), float("-inf"), "NaN", "inf", "-Infinity"])
    _update(conn, column, value, rng)


def ten_mb_text(conn: sqlite3.Connection, rng: random.Random) -> None:
    column = rng.choice(("title", "notes", "frequency", "accept_note", "created_at", "column_name"))
    unit = rng.choice(["x", "word ", "é", "💬", "\n"])
    _update(conn, column, (unit * (TEN_MB // len(unit.encode())))[:TEN_MB], rng)


def control_chars(conn: sqlite3.Connection, rng: random.Random) -> None:
    column = rng.choice(
        ("title", "notes", "frequency", "accept_note", "relationship", "column_name")
    )
    if rng.random() < 0.3:  # bytes that are not UTF-8, stored as text
        ids = [row[0] for row in conn.execute("SELECT id FROM tasks")]
        conn.execute(
            f"UPDATE tasks SET {column} = CAST(? AS TEXT) WHERE id = ?",
            (rng.choice([b"\xff\xfe", b"bad \xc3\x28 utf8", b"\xed\xa0\x80"]), rng.choice(ids)),
        )
        return
    _update(conn, column, rng.choice(HOSTILE_TEXT), rng)


def dangling_link(conn: sqlite3.Connection, rng: random.Random) -> None:
    conn.execute("PRAGMA foreign_keys = OFF")
    (top,) = conn.execute("SELECT max(id) FROM tasks").fetchone()
    _update(conn, "link_id", rng.choice([top + 1, top + 1000, 0, -5, 1 << 40]), rng)


def cyclic_links(conn: sqlite3.Connection, rng: random.Random) -> None:
    ids = [row[0] for row in conn.execute("SELECT id FROM tasks")]
    size = rng.choice([1, 2, 3, 5])
    ring = rng.sample(ids, min(size, len(ids)))
    for index, task_id in enumerate(ring):
        conn.execute(
            "UPDATE tasks SET link_id = ? WHERE id = ?", (ring[(index + 1) % len(ring)], task_id)
        )


def duplicate_ranks(conn: sqlite3.Connection, rng: random.Random) -> None:
    column = rng.choice([c.value for c in Column])
    rank = rng.choice([0, 1048576, 5])
    conn.execute(
        "UPDATE tasks SET rank = ? WHERE id IN (SELECT id FROM tasks WHERE column_name = ? "
        "ORDER BY random() LIMIT ?)",
        (rank, column, rng.randint(2, 6)),
    )


PLANTS = (
    "CREATE TRIGGER planted AFTER INSERT ON tasks BEGIN UPDATE tasks SET notes = 'x'; END",
    "CREATE TRIGGER planted BEFORE UPDATE ON tasks BEGIN SELECT RAISE(ABORT, 'no'); END",
    "CREATE TRIGGER planted AFTER DELETE ON tasks BEGIN DELETE FROM tasks; END",
    "CREATE VIEW planted AS SELECT * FROM tasks",
    "CREATE VIEW planted AS SELECT load_extension('x')",
    "CREATE TABLE planted (x)",
    "CREATE TABLE sqlite_stat1 (tbl, idx, stat)",
    "ANALYZE",
    "CREATE INDEX planted ON tasks (title)",
    "CREATE UNIQUE INDEX planted ON tasks (id, rank)",
    "CREATE INDEX planted ON tasks (length(notes)) WHERE accepted = 1",
    "ALTER TABLE tasks ADD COLUMN planted TEXT DEFAULT 'x'",
    "ALTER TABLE tasks ADD COLUMN planted AS (title || 'x')",
    "ALTER TABLE tasks RENAME COLUMN notes TO planted",
    "ALTER TABLE tasks DROP COLUMN frequency",
    "DROP INDEX tasks_by_place",
    "DROP TABLE meta",
    "CREATE TEMP TABLE planted (x)",
    "INSERT INTO meta VALUES ('planted', 'x')",
)


def planted(conn: sqlite3.Connection, rng: random.Random) -> None:
    statement = rng.choice(PLANTS)
    conn.execute(statement)


def planted_rebuild(conn: sqlite3.Connection, rng: random.Random) -> None:
    """The tasks table rebuilt with a twist: other types, STRICT, no rowid, cascade links..."""
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'tasks'").fetchone()
    twist = rng.choice(
        [
            ("ON DELETE SET NULL", "ON DELETE CASCADE"),
            ("hours_per_week REAL", "hours_per_week TEXT"),
            ("rank INTEGER NOT NULL", "rank ANY NOT NULL"),
            ("title TEXT NOT NULL", "title TEXT NOT NULL COLLATE NOCASE"),
            ("notes TEXT NOT NULL DEFAULT ''", "notes TEXT NOT NULL DEFAULT 'planted'"),
            ("id INTEGER PRIMARY KEY", "id INT PRIMARY KEY"),
        ]
    )
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("ALTER TABLE tasks RENAME TO old_tasks")
    conn.execute(sql.replace(*twist))
    conn.execute("INSERT INTO tasks SELECT * FROM old_tasks")
    conn.execute("DROP TABLE old_tasks")
    conn.execute("CREATE INDEX IF NOT EXISTS tasks_by_place ON tasks (column_name, rank)")


def user_version(conn: sqlite3.Connection, rng: random.Random) -> None:
    version = rng.choice([0, 1, 3, 4, 99, -1, (1 << 31) - 1])
    conn.execute(f"PRAGMA user_version = {version}")


def application_id(conn: sqlite3.Connection, rng: random.Random) -> None:
    conn.execute(f"PRAGMA application_id = {rng.choice([0, 1, -1, 0x446C6751])}")


def journal_mode(conn: sqlite3.Connection, rng: random.Random) -> None:
    """Still valid: the plan saved with a rollback journal (as on a network folder)."""
    conn.execute(f"PRAGMA journal_mode = {rng.choice(['delete', 'truncate', 'persist'])}")


SQL_KINDS: dict[str, Callable[[sqlite3.Connection, random.Random], None]] = {
    "sql: wrong type": wrong_type,
    "sql: NULL": nulls,
    "sql: huge number": huge_number,
    "sql: negative number": negative_number,
    "sql: NaN/inf": non_finite,
    "sql: 10 MB text": ten_mb_text,
    "sql: NUL/control chars": control_chars,
    "sql: dangling link": dangling_link,
    "sql: cyclic links": cyclic_links,
    "sql: duplicate ranks": duplicate_ranks,
    "sql: planted object": planted,
    "sql: rebuilt table": planted_rebuild,
    "sql: user_version": user_version,
    "sql: application_id": application_id,
    "sql: rollback journal": journal_mode,
}

#: How often each kind is drawn (out of the sum): the slow ones rarely.
PLAN_WEIGHTS: dict[str, float] = {kind: 1.0 for kind in [*BYTE_KINDS, *SQL_KINDS]} | {
    "sql: 10 MB text": 0.15,
    "sql: million rows": 0.004,
}


def make_plan_case(kind: str, seed: int, bases: Bases, target: Path) -> None:
    """Write the mutated plan ``kind``/``seed`` to ``target`` (and nothing beside it)."""
    rng = random.Random(f"{kind}/{seed}")
    for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)
    if kind == "sql: million rows":
        shutil.copyfile(bases.million_plan(), target)
        return
    if kind in BYTE_KINDS:
        base = bases.freelist if kind == "bytes: freelist" else bases.plan
        target.write_bytes(BYTE_KINDS[kind](bytearray(base.read_bytes()), rng))
        return
    shutil.copyfile(bases.plan, target)
    conn = sqlite3.connect(target)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("PRAGMA foreign_keys = OFF")
        for _ in range(1 if rng.random() < 0.8 else rng.randint(2, 3)):
            try:
                SQL_KINDS[kind](conn, rng)
            except sqlite3.Error:  # this mutation does not apply here (a second planted object
                conn.rollback()  # of the same name...): the others still do
        conn.commit()
    finally:
        conn.close()
    for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)


# -- CSV -------------------------------------------------------------------------------------

ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "cp1252",
    "latin-1",
    "utf-32",
)

SAMPLE_ROWS = (
    "title,column,notes,hours_per_week\n"
    'Réply to comments,Me,"line one\nline two",2\n'
    "Bookkeeping,My VA,,1.5\n"
    "Old newsletter,Nobody,“quoted” – dash,\n"
)


def csv_random_bytes(base: bytes, rng: random.Random) -> bytes:
    if rng.random() < 0.5:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 4096)))
    data = bytearray(base)
    for _ in range(rng.randint(1, 20)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def csv_quotes(base: bytes, rng: random.Random) -> bytes:
    text = base.decode("utf-8-sig")
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(['"', '""', '"\n', 'a"b', '\r"']) + text[at:]
    return text.encode("utf-8")


def csv_big_cell(base: bytes, rng: random.Random) -> bytes:
    unit = rng.choice(["x", "é", "💬", "a,b", 'q""'])
    cell = unit * (TEN_MB // len(unit.encode()))
    where = rng.choice(["title", "notes", "hours_per_week", "column"])
    header = "title,column,notes,hours_per_week\n"
    row = {"title": "Big", "column": "Me", "notes": "", "hours_per_week": ""} | {where: cell}
    quoted = [f'"{row[k]}"' if rng.random() < 0.5 or "," in row[k] else row[k] for k in row]
    return (header + ",".join(quoted) + "\n").encode("utf-8")


def csv_wide(base: bytes, rng: random.Random) -> bytes:
    columns = 100_000
    header = ["title", *(f"extra{n}" for n in range(columns - 1))]
    if rng.random() < 0.5:
        header[rng.randrange(1, columns)] = "notes"
    row = ["A task", *("v" for _ in range(columns - 1))]
    rows = [row] * rng.randint(1, 3)
    return ("\n".join(",".join(r) for r in [header, *rows]) + "\n").encode("utf-8")


def csv_encoding(base: bytes, rng: random.Random) -> bytes:
    encoding = rng.choice(ENCODINGS)
    text = SAMPLE_ROWS if rng.random() < 0.5 else base.decode("utf-8-sig")
    data = text.encode(encoding, errors="replace")
    if rng.random() < 0.3:  # and a little damage
        data = data[: rng.randrange(1, len(data) + 1)]
    return data


def csv_bom(base: bytes, rng: random.Random) -> bytes:
    body = SAMPLE_ROWS.encode("utf-8")
    boms = [
        codecs.BOM_UTF8,
        codecs.BOM_UTF8 * 2,
        codecs.BOM_UTF16_LE,
        codecs.BOM_UTF16_BE,
        codecs.BOM_UTF32_LE,
        codecs.BOM_UTF32_BE,
        b"\xef\xbb",
    ]
    bom = rng.choice(boms)
    choice = rng.randrange(3)
    if choice == 0:
        return bom + body
    if choice == 1:  # a BOM that does not match the body's encoding
        return bom + SAMPLE_ROWS.encode(rng.choice(["utf-16-le", "utf-16-be", "cp1252"]), "replace")
    at = rng.randrange(len(body))
    return body[:at] + bom + body[at:]


CSV_KINDS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "csv: random bytes": csv_random_bytes,
    "csv: unbalanced quotes": csv_quotes,
    "csv: 10 MB cell": csv_big_cell,
    "csv: 100,000 columns": csv_wide,
    "csv: encodings": csv_encoding,
    "csv: BOM variants": csv_bom,
}

CSV_WEIGHTS: dict[str, float] = {kind: 1.0 for kind in CSV_KINDS} | {
    "csv: 10 MB cell": 0.1,
    "csv: 100,000 columns": 0.1,
}


def make_csv_case(kind: str, seed: int, bases: Bases, target: Path) -> None:
    rng = random.Random(f"{kind}/{seed}")
    target.write_bytes(CSV_KINDS[kind](bases.csv, rng))


def draw(weights: dict[str, float], rng: random.Random) -> str:
    kinds = list(weights)
    return rng.choices(kinds, weights=[weights[k] for k in kinds])[0]
