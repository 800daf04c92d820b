"""One writer per plan: an advisory lock held while a plan is open for editing.

The lock is ``flock`` on a small hidden file next to the plan (``.NAME.lock``), never on the plan
itself (SQLite's own locks live there). The operating system drops the lock when the process
ends, so a crash never leaves a plan blocked: the next start simply takes the lock. A second
window on the same plan finds it taken and opens the plan read-only. Where locking is not
available (Windows without msvcrt byte locks, read-only folders) no lock is taken.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO


def lock_path(plan_path: Path) -> Path:
    return plan_path.with_name(f".{plan_path.name}.lock")


class PlanLock:
    """Holds the lock on one plan until :meth:`release`."""

    def __init__(self, handle: IO[str] | None, path: Path) -> None:
        self._handle = handle
        self.path = path

    @property
    def held(self) -> bool:
        return self._handle is not None

    @classmethod
    def acquire(cls, plan_path: Path) -> PlanLock | str:
        """The lock, or a sentence saying who holds it."""
        path = lock_path(plan_path)
        for _attempt in range(5):
            try:
                handle = path.open("a+", encoding="utf-8")
            except OSError:
                return cls(None, path)  # no lock file possible here: carry on without one
            try:
                _lock(handle)
            except BlockingIOError:
                handle.seek(0)
                owner = handle.read().strip() or "another process"
                handle.close()
                return f"it is already open in another Delegation Planner window ({owner})"
            except OSError:
                handle.close()
                return cls(None, path)
            if _same_file(handle, path):
                handle.seek(0)
                handle.truncate()
                handle.write(f"process {os.getpid()} on {host_name()}")
                handle.flush()
                return cls(handle, path)
            # The holder released and removed the file between our open and our lock: retry.
            handle.close()
        return cls(None, path)

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        with contextlib.suppress(OSError):
            _unlock(self._handle)
        self._handle.close()
        self._handle = None


def host_name() -> str:
    """This computer's network name (said in the lock file for the person who finds it taken)."""
    uname = getattr(os, "uname", None)  # POSIX: no need to load the socket module at start-up
    if uname is not None:
        return str(uname().nodename)
    import socket

    return socket.gethostname()


def _same_file(handle: IO[str], path: Path) -> bool:
    try:
        here, there = os.fstat(handle.fileno()), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError as error:
            raise BlockingIOError(str(error)) from None

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
