"""Nothing lost: a plan survives being killed (SIGKILL) at any moment of a stream of changes.

A child process (:mod:`tests.planner.crash_worker`) applies a deterministic stream of adds,
edits, moves, deletes, ``move_many`` and batches to one plan file and reports each operation as
soon as it has returned. The test kills it at random moments, many times over the same file
(each new child re-opens the crashed file and continues the stream), and after every kill checks
a copy of what was left on disk: SQLite's integrity and foreign key checks pass, each column's
sort keys are distinct (and ``0..n-1`` where the file stores positions), the plan opens with its
board invariants, and its content is exactly the replayed stream up to the last reported
operation, or one further (committed but killed before it could say so). Run with ``-s`` to see
the figures.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from planner.model import Column
from planner.plan import Plan
from tests.planner.crash_worker import Reference, State, plan_op
from tests.planner.plan_file import read_columns

ROOT = Path(__file__).resolve().parents[2]
SEED = 20240605
KILLS = 60
MIN_OPS = 1000

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")


@dataclass
class Figures:
    kills: int = 0
    reported: int = 0
    unreported_committed: int = 0
    lost: int = 0
    killed_before_first_op: int = 0


def disk_state(path: Path, scratch: Path) -> State:
    """Check the crashed file (through a copy, leaving the original for the next child) and
    return its content."""
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir()
    copy = scratch / path.name
    shutil.copy2(path, copy)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, copy.with_name(copy.name + "-wal"))
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        on_disk: State = {
            column: [(r[0], r[1]) for r in rows]
            for column, rows in read_columns(conn, "title, notes").items()
        }
    finally:
        conn.close()
    with Plan.open(copy) as plan:
        plan.board.check_invariants()
        assert Reference.from_plan(plan).state() == on_disk
    return on_disk


def run_child(path: Path, first: int, rng: random.Random) -> tuple[list[int], bool]:
    """Start a child at operation ``first``, kill it at a random moment; return the operation
    numbers it reported and whether it was killed by time alone (possibly while starting)."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.planner.crash_worker", str(path), str(SEED), str(first)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    watchdog = threading.Timer(30.0, child.kill)  # a child stuck without output fails, not hangs
    watchdog.start()
    lines: list[str] = []
    by_time = rng.random() < 0.2
    if by_time:
        # Anywhere from start-up (imports, opening and recovering the file) to mid-stream.
        time.sleep(rng.uniform(0.0, 0.35))
    else:
        wanted = rng.randint(1, 45)
        while len(lines) < wanted:
            line = child.stdout.readline()
            if not line:
                break
            lines.append(line)
        # A little longer, so the kill lands inside the next operation's transaction, not
        # only between operations.
        time.sleep(rng.choice((0.0, rng.uniform(0.0, 0.002), rng.uniform(0.0, 0.02))))
    child.send_signal(signal.SIGKILL)
    # Read on through the same buffered stream: readline() may already hold further lines
    # (communicate() would read the pipe underneath and miss them).
    rest = child.stdout.read()
    assert child.stderr is not None
    errors = child.stderr.read()
    child.wait(timeout=30)
    watchdog.cancel()
    assert child.returncode == -signal.SIGKILL, f"the child died by itself:\n{errors}"
    numbers = [int(line) for line in [*lines, *rest.splitlines()]]
    assert numbers == list(range(first, first + len(numbers))), "reported out of order"
    return numbers, by_time


def test_sigkill_at_random_moments_loses_no_committed_change(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    path = tmp_path / "crash.dplan"
    Plan.open(path, create=True).close()
    reference = Reference()
    done = 0  # the reference (and the file) hold operations 1..done
    figures = Figures()
    started = time.monotonic()
    while figures.kills < KILLS or figures.reported < MIN_OPS:
        assert time.monotonic() - started < 120, "taking far too long"
        numbers, by_time = run_child(path, done + 1, rng)
        figures.kills += 1
        figures.reported += len(numbers)
        figures.killed_before_first_op += by_time and not numbers
        for k in numbers:
            reference.apply(plan_op(SEED, k, reference))
        done += len(numbers)
        found = disk_state(path, tmp_path / "check")
        if found == reference.state():
            continue
        further = reference.copy()
        further.apply(plan_op(SEED, done + 1, further))
        if found == further.state():
            reference, done = further, done + 1
            figures.unreported_committed += 1
            continue
        figures.lost += 1
        pytest.fail(f"kill {figures.kills}: the file holds neither op {done} nor op {done + 1}")
    with Plan.open(path) as plan:  # the original file, after the last crash
        plan.board.check_invariants()
        assert Reference.from_plan(plan).state() == reference.state()
        counts = {column.value: plan.board.count(column) for column in Column}
    elapsed = time.monotonic() - started
    print(
        f"\ncrash safety: {figures.kills} kills ({figures.killed_before_first_op} before any op), "
        f"{figures.reported} ops reported, {figures.unreported_committed} committed but "
        f"unreported, {figures.lost} ops lost; final board {counts}; {elapsed:.1f} s"
    )
    assert figures.lost == 0
    assert figures.kills >= 50 and figures.reported >= MIN_OPS
