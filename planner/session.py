"""The plan a front end starts on: the one named, or the default plan, seeded on first start."""

from __future__ import annotations

import os
from pathlib import Path

from planner.paths import default_plan_path
from planner.plan import Plan


def open_plan(path: Path | str | None = None) -> Plan:
    """Open ``path``; with no path, open the default plan, creating and seeding it the first time.

    A named path that does not exist yet becomes a new, empty plan.
    """
    if path is not None:
        return Plan.open(path, create=True)
    default = default_plan_path()
    if not default.exists():
        create_seeded(default)
    return Plan.open(default)


def create_seeded(path: Path) -> None:
    """Write a new plan holding the starter tasks; it appears at ``path`` only once complete."""
    from planner.starter import seed  # a first start's work: not loaded when a plan just opens

    partial = path.with_name(path.name + ".new")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    plan = Plan.open(partial, create=True)
    try:
        seed(plan)
    finally:
        plan.close()
    os.replace(partial, path)
