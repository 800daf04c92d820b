"""What checking a plan costs: opening a 10,000-task plan with every check (integrity, schema,
every row) against the same file read without them, in the same run.

    python -m tests.benchmarks.bench_load [--tasks 10000] [--runs 15]

The baseline is the load as it was before plans were checked: ``quick_check``, then every row
turned into a task on the fast path when its title looked clean. Times are CPU time of this
process (``time.process_time``), medians of interleaved runs, so other work on the machine
disturbs them less.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from planner import store
from planner.board import Board
from planner.model import FIELD_NAMES, TASK_SCHEMA, Column, Task
from planner.plan import Plan
from tests.benchmarks.run_benchmarks import make_plan


def unchecked_open(path: Path) -> int:
    """The load before this change: quick_check, then the rows trusted as they come."""
    conn = store._connect(path, "ro", immutable=True)
    try:
        conn.execute("PRAGMA application_id").fetchone()
        conn.execute("PRAGMA user_version").fetchone()
        conn.execute("PRAGMA quick_check").fetchall()
    finally:
        conn.close()
    conn = store._connect(path, "ro", immutable=True)
    try:
        columns = {column.value: column for column in Column}
        rows = conn.execute(
            f"SELECT {', '.join(store.TASK_FIELDS)}, column_name, rank FROM tasks "
            "ORDER BY column_name, rank, id"
        ).fetchall()
        # The fast path as it was: a row became a task uncleaned when its title looked clean
        # (store.task_from_row is now the careful path, which cleans every value).
        loaded = [(_as_it_was(row), columns[row[-2]]) for row in rows]
    finally:
        conn.close()
    board = Board()  # as Plan does with what the store loads
    for task, column in loaded:
        board.insert(task, column)
    return len(board)


def _as_it_was(row: tuple[Any, ...]) -> Task:
    title = row[1]
    if isinstance(title, str) and title and title == " ".join(title.split()):
        values = [
            store._loaded(spec.kind, value)
            for (_, spec), value in zip(TASK_SCHEMA, row[:-2], strict=True)
        ]
        return Task.trusted(zip(FIELD_NAMES, values, strict=True))
    return store.task_from_row(row)


def checked_open(path: Path) -> int:
    """The load now: integrity_check, the schema, the settings and every row."""
    with Plan.open(path, read_only=True) as plan:
        return len(plan.board)


def interleaved(actions: dict[str, Callable[[], object]], runs: int) -> dict[str, float]:
    samples: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(runs):
        for name, action in actions.items():
            start = time.process_time()
            action()
            samples[name].append(time.process_time() - start)
    return {name: statistics.median(values) for name, values in samples.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = make_plan(Path(folder), args.tasks, "plan")
        assert unchecked_open(path) == checked_open(path) == args.tasks
        times = interleaved(
            {
                "unchecked (before)": lambda: unchecked_open(path),
                "checked": lambda: checked_open(path),
            },
            args.runs,
        )
    base = times["unchecked (before)"]
    print(f"| open a {args.tasks:,}-task plan | CPU ms (median of {args.runs}) | ratio |")
    print("|---|---:|---:|")
    for name, value in times.items():
        print(f"| {name} | {value * 1000:.1f} | {value / base:.2f}x |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
