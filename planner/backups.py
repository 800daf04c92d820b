"""Backup copies of a plan: one taken each time a plan is opened, the last few kept.

Copies are made with SQLite's online backup API (consistent even while the plan is open) into
``<data folder>/backups/<plan name>-<hash of its path>/``. Restoring copies a backup's content
into the open plan in one step; the state being replaced is backed up first, so a restore can
itself be undone by restoring again.

File and database failures never leave this module as ``OSError`` or ``sqlite3.Error``: they are
:class:`~planner.errors.BackupError` (making, listing, restoring) or
:class:`~planner.errors.PlanFileError` (a backup or destination that is not a plan), with a
message for users.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from planner.errors import BackupError, PlanFileError, PlanWriteError
from planner.paths import PLAN_SUFFIX, data_dir
from planner.store import PlanStore, copy_database, inspect_plan_file

KEEP = 5


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken: datetime

    @property
    def label(self) -> str:
        return self.taken.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def backup_folder(plan_path: Path) -> Path:
    digest = hashlib.sha1(str(plan_path.resolve()).encode("utf-8")).hexdigest()[:10]
    return data_dir() / "backups" / f"{plan_path.stem}-{digest}"


def list_backups(plan_path: Path) -> list[Backup]:
    """The plan's backups, newest first."""
    folder = backup_folder(plan_path)
    found: list[Backup] = []
    try:
        paths = list(folder.glob(f"*{PLAN_SUFFIX}")) if folder.is_dir() else []
    except OSError as error:
        raise BackupError(f"The backups in {folder} cannot be listed: {_reason(error)}.") from None
    for path in paths:
        try:
            taken = datetime.strptime(path.stem, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(Backup(path, taken))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def _reason(error: OSError | sqlite3.Error) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)


def make_backup(store: PlanStore, keep: int = KEEP) -> Backup:
    """Copy the open plan to a new backup file and prune all but the newest ``keep``."""
    folder = backup_folder(store.path)
    taken = datetime.now(UTC)
    target = folder / f"{taken.strftime('%Y%m%dT%H%M%S%fZ')}{PLAN_SUFFIX}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy_database(store.conn, target)
        for old in list_backups(store.path)[keep:]:
            old.path.unlink(missing_ok=True)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(f"No backup copy could be made in {folder}: {_reason(error)}.") from None
    return Backup(target, taken)


def restore_backup(store: PlanStore, backup: Path) -> None:
    """Replace the open plan's content with the backup's (after checking it is one of ours)."""
    inspect_plan_file(backup, rows=True)
    try:
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise PlanFileError(backup, f"the backup could not be opened ({error})") from None
    try:
        source.backup(store.conn)
    except sqlite3.Error as error:
        raise PlanFileError(backup, f"the backup could not be restored ({error})") from None
    finally:
        source.close()


def describe(backup: Path) -> str:
    """A backup file's time as the user reads it (local time), or its name if it has none."""
    try:
        taken = datetime.strptime(backup.stem, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    except ValueError:
        return backup.stem
    return Backup(backup, taken).label


class Snapshot:
    """A plan's whole content held in memory, to put back later (undoing a restore)."""

    def __init__(self, content: sqlite3.Connection) -> None:
        self._content = content

    def close(self) -> None:
        self._content.close()


def take_snapshot(store: PlanStore) -> Snapshot:
    """Copy the open plan's content into memory."""
    memory = sqlite3.connect(":memory:")
    try:
        store.conn.backup(memory)
    except sqlite3.Error as error:
        memory.close()
        raise PlanWriteError(f"The plan could not be read into memory ({error}).") from None
    return Snapshot(memory)


def restore_snapshot(store: PlanStore, snapshot: Snapshot) -> None:
    """Replace the open plan's content with ``snapshot`` (in one step: all of it or nothing)."""
    try:
        snapshot._content.backup(store.conn)
    except sqlite3.Error as error:
        raise PlanWriteError(f"The plan could not be written ({error}).") from None


def save_copy(store: PlanStore, destination: Path) -> None:
    """Write a complete copy of the open plan to ``destination`` (written whole, then moved in).

    An existing file is only replaced when it is itself a Delegation Planner plan.
    """
    if destination.exists():
        inspect_plan_file(destination)
    try:
        copy_database(store.conn, destination)
    except (OSError, sqlite3.Error) as error:
        raise PlanFileError(destination, f"the copy could not be written ({error})") from None
