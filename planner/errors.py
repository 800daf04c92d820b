"""Errors the core raises for users to read: each message is one clear sentence, no traceback."""

from __future__ import annotations

from pathlib import Path


class PlannerError(Exception):
    """Base class for problems a user can act on. ``str(error)`` is the message to show."""


class PlanFileError(PlannerError):
    """A file that cannot be opened as a plan: missing, not ours, damaged, too new, unreadable."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        # One line, whatever the problem quotes (SQLite's messages can hold a schema's lines).
        self.problem = " ".join(problem.split())
        super().__init__(f"{self.path}: {self.problem}")


class PlanContentError(PlanFileError):
    """A readable plan whose contents Delegation Planner did not make: schema objects it did not
    create, or a stored value that breaks the task rules. The file is left as it is; its tasks
    can still be read into a clean copy (:func:`planner.recovery.recover_plan`)."""


class PlanNeedsUpgrade(PlanFileError):
    """A plan in an older format that cannot be upgraded because it was opened read-only."""


class BackupError(PlannerError):
    """A backup copy could not be made, listed or restored (disk full, folder not writable...)."""


class PlanWriteError(PlannerError):
    """A change could not be saved (disk full, file gone, permission). Nothing was changed."""


class CsvError(PlannerError):
    """A CSV file that cannot be imported as a whole. ``problems`` lists each bad line."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        self.problems = problems or []
        detail = "".join(f"\n  {p}" for p in self.problems)
        super().__init__(message + detail)
