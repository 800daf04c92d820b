"""Test helper: read a plan file's task rows straight from SQLite, checking the stored order.

The file keeps each task's place as a per-column sort key: ``position`` (``0..n-1``, schema 1)
or ``rank`` (sparse integers, schema 2). Either way the keys of one column must be distinct,
so the order read back is the board order and nothing else; ``position`` must also be gap-free.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from planner.model import COLUMNS, Column


def place_key(conn: sqlite3.Connection) -> str:
    """The name of the column that orders tasks within a board column."""
    names = {row[1] for row in conn.execute("PRAGMA table_info(tasks)")}
    for candidate in ("position", "rank"):
        if candidate in names:
            return candidate
    raise AssertionError(f"the tasks table has no place column (it has {sorted(names)})")


def read_columns(conn: sqlite3.Connection, fields: str) -> dict[Column, list[tuple[Any, ...]]]:
    """``fields`` (an SQL select list) of every task, per column in stored order."""
    key = place_key(conn)
    rows = conn.execute(f"SELECT column_name, {key}, {fields} FROM tasks").fetchall()
    found: dict[Column, list[tuple[Any, ...]]] = {}
    for column in COLUMNS:
        mine = sorted((r for r in rows if r[0] == column.value), key=lambda r: r[1])
        keys = [r[1] for r in mine]
        assert len(set(keys)) == len(keys), f"two tasks share a {key} in {column}: {keys}"
        if key == "position":
            assert keys == list(range(len(keys))), f"positions in {column} have gaps: {keys}"
        found[column] = [tuple(r[2:]) for r in mine]
    assert sum(map(len, found.values())) == len(rows), "a row names an unknown column"
    return found
