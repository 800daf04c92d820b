"""The shape of a plan file's schema, and the check that a file holds exactly the shape we made.

A plan can come from anywhere (an email attachment, the VA, a database browser), so before any of
its contents are used the file's schema objects are compared with those of the format version it
claims to be. The *shape* of a schema is what SQLite itself reports about it:

- every object by type and name (tables, indexes, triggers, views), with the table it belongs to;
- each table's kind (ordinary, virtual, WITHOUT ROWID, STRICT), its columns (name, declared type,
  NOT NULL, default, primary key, hidden or generated) and its foreign keys (the ``ON DELETE``
  action included);
- each index's table, uniqueness, origin, partial flag and key columns.

Two schemas of the same shape store, index and link the same data in the same way, whatever the
whitespace of their ``CREATE`` statements (a plan upgraded by ``ALTER TABLE`` and a plan created
new have different SQL text but the same shape). Not compared: ``CHECK`` constraints and
collations. Neither can run code here (the connection has ``trusted_schema=OFF``, so only
innocuous functions are allowed in them), every row is validated on load anyway, and a
constraint that refuses our writes makes a save fail with a message, never a silent change.

The expected shape is never written out by hand: it is built by running the format's own
``CREATE`` statements (or the first format's, then each upgrade step) in a private in-memory
database and reading that back the same way a file is read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence

from planner.records import NamedTuple

#: Objects SQLite makes itself for a table's PRIMARY KEY / UNIQUE constraints.
_AUTO_INDEX = "sqlite_autoindex_"

Column = tuple[str, str, int, str | None, int, int]
"""(name, declared type, not null, default, primary key position, hidden)."""


class Table(NamedTuple):
    kind: tuple[str, int, int]
    """(type from ``table_list``: table or virtual, WITHOUT ROWID, STRICT)."""
    columns: tuple[Column, ...]
    foreign_keys: frozenset[tuple[object, ...]]


class Shape(NamedTuple):
    """What a schema holds, as SQLite reports it."""

    objects: dict[tuple[str, str], str]
    """(type, name) -> the table it belongs to."""
    tables: dict[str, Table]
    indexes: dict[str, tuple[object, ...]]


class SchemaMismatch(Exception):
    """The file's schema is not the expected one; ``str()`` says what was found, for users."""


def shape_of_statements(statements: Iterable[str]) -> Shape:
    """The shape of the schema the SQL ``statements`` build in an empty database."""
    conn = sqlite3.connect(":memory:")
    try:
        for statement in statements:
            conn.execute(statement)
        return read_shape(conn)
    finally:
        conn.close()


def split_statements(script: str) -> list[str]:
    """The statements of a schema script (``;``-separated, no ``;`` inside a statement)."""
    return [part.strip() for part in script.split(";") if part.strip()]


def read_shape(conn: sqlite3.Connection) -> Shape:
    """Read the shape of the ``main`` schema of ``conn``.

    Raises :class:`SchemaMismatch` for a virtual table (reading its columns would need its
    module, which a plan never uses) before anything else is read.
    """
    objects: dict[tuple[str, str], str] = {}
    for kind, name, table, sql in conn.execute(
        "SELECT type, name, tbl_name, sql FROM main.sqlite_master"
    ):
        if isinstance(sql, str) and sql.lstrip()[:20].upper().split()[:2] == ["CREATE", "VIRTUAL"]:
            raise SchemaMismatch(
                f"this plan contains a virtual table named {name!r} that Delegation Planner "
                "did not create"
            )
        objects[(str(kind), str(name))] = str(table)
    kinds = _table_kinds(conn)
    tables: dict[str, Table] = {}
    indexes: dict[str, tuple[object, ...]] = {}
    for (kind, name), _table in objects.items():
        if kind != "table":
            continue
        quoted = quote(name)
        # In name order: a plan upgraded with ALTER TABLE has its newer columns last, and
        # every read names its columns, so the order does not matter.
        columns = tuple(
            sorted(
                (str(r[1]), str(r[2]).upper(), int(r[3]), r[4], int(r[5]), int(r[6]))
                for r in conn.execute(f"PRAGMA main.table_xinfo({quoted})")
            )
        )
        keys = frozenset(
            tuple(r[2:]) for r in conn.execute(f"PRAGMA main.foreign_key_list({quoted})")
        )
        tables[name] = Table(kinds.get(name, ("table", 0, 0)), columns, keys)
        for _seq, index, unique, origin, partial in conn.execute(
            f"PRAGMA main.index_list({quoted})"
        ):
            key_columns = tuple(
                (r[1], r[2], r[3], r[4])
                for r in conn.execute(f"PRAGMA main.index_xinfo({quote(index)})")
                if r[5]  # key columns only: the rowid SQLite appends is the same everywhere
            )
            indexes[str(index)] = (name, int(unique), str(origin), int(partial), key_columns)
    return Shape(objects, tables, indexes)


def _table_kinds(conn: sqlite3.Connection) -> dict[str, tuple[str, int, int]]:
    """Each table's (type, WITHOUT ROWID, STRICT); empty before SQLite 3.37 (no table_list)."""
    try:
        rows = conn.execute("PRAGMA main.table_list").fetchall()
    except sqlite3.OperationalError:
        return {}
    return {str(r[1]): (str(r[2]), int(r[4]), int(r[5])) for r in rows if r[0] == "main"}


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


_WHAT = {"table": "a table", "index": "an index", "trigger": "a trigger", "view": "a view"}


def check_shape(found: Shape, expected: Shape) -> None:
    """Raise :class:`SchemaMismatch` naming the first difference between the two shapes."""
    for key in sorted(set(found.objects) - set(expected.objects), key=_object_order):
        kind, name = key
        what = _WHAT.get(kind, f"a {kind}")
        raise SchemaMismatch(
            f"this plan contains {what} named {name!r} that Delegation Planner did not create"
        )
    for key in sorted(set(expected.objects) - set(found.objects), key=_object_order):
        kind, name = key
        if name.startswith(_AUTO_INDEX):
            name = f"key of the table {expected.objects[key]!r}"
            raise SchemaMismatch(f"the {name} was changed")
        raise SchemaMismatch(f"this plan has no {kind} named {name!r}; every plan has one")
    for key, owner in found.objects.items():
        if expected.objects[key] != owner:
            kind, name = key
            raise SchemaMismatch(f"the {kind} {name!r} was moved to the table {owner!r}")
    for name, table in sorted(expected.tables.items()):
        _check_table(name, found.tables[name], table)
    for name, index in sorted(expected.indexes.items()):
        if found.indexes.get(name) != index:
            shown = f"key of the table {index[0]!r}" if name.startswith(_AUTO_INDEX) else name
            raise SchemaMismatch(f"the index {shown!r} was changed")


def _object_order(key: tuple[str, str]) -> tuple[int, str]:
    order = {"trigger": 0, "view": 1, "table": 2, "index": 3}
    return order.get(key[0], 4), key[1]


def _check_table(name: str, found: Table, expected: Table) -> None:
    if found.kind != expected.kind:
        raise SchemaMismatch(f"the table {name!r} was rebuilt with different storage options")
    have = {column[0]: column for column in found.columns}
    want = {column[0]: column for column in expected.columns}
    for column in found.columns:
        if column[0] not in want:
            raise SchemaMismatch(
                f"the table {name!r} has a column {column[0]!r} that Delegation Planner "
                "did not create"
            )
    for column in expected.columns:
        if column[0] not in have:
            raise SchemaMismatch(f"the table {name!r} has lost its column {column[0]!r}")
        if have[column[0]] != column:
            raise SchemaMismatch(
                f"the column {column[0]!r} of the table {name!r} was changed "
                f"({_describe(have[column[0]])} instead of {_describe(column)})"
            )
    if found.foreign_keys != expected.foreign_keys:
        raise SchemaMismatch(f"the links between rows of the table {name!r} were changed")


def _describe(column: Column) -> str:
    _name, declared, not_null, default, primary, hidden = column
    parts = [declared or "no type"]
    if not_null:
        parts.append("NOT NULL")
    if default is not None:
        parts.append(f"DEFAULT {default}")
    if primary:
        parts.append("PRIMARY KEY")
    if hidden:
        parts.append("generated" if hidden > 1 else "hidden")
    return " ".join(parts)


def shape_of_version(
    version: int,
    first: Sequence[str],
    migrations: Mapping[int, Sequence[str]],
    current: Sequence[str],
    latest: int,
) -> Shape:
    """The shape of format ``version`` (1 to ``latest``).

    Version 1 is built from ``first``; each later version by applying the upgrade steps to the
    one before, except ``latest``, which is built from ``current`` (what a new plan is made
    with). A test checks that upgrading a version-1 plan ends in the same shape as ``current``.
    """
    if version == latest:
        return shape_of_statements(current)
    built = list(first)
    for step in range(1, version):
        built.extend(migrations[step])
    return shape_of_statements(built)


def upgraded_shape(
    first: Sequence[str], migrations: Mapping[int, Sequence[str]], latest: int
) -> Shape:
    """The shape a version-1 plan has after every upgrade step (compare with a new plan's)."""
    built = list(first)
    for version in range(1, latest):
        built.extend(migrations[version])
    return shape_of_statements(built)
