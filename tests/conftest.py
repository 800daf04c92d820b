"""Test-wide setup: headless Qt, and a private home so no test touches real plans or settings."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = Path(tempfile.mkdtemp(prefix="dplan-test-home-"))
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["DELEGATION_PLANNER_HOME"] = str(_HOME / "plans")
os.environ["DELEGATION_PLANNER_CACHE"] = str(_HOME / "cache")

from planner.plan import Plan  # noqa: E402
from ui import fast_enum, pyside_sources  # noqa: E402

# The app makes PySide's enums the quick way (ui.app): so do the tests, wherever PySide has not
# made them yet. It answers PySide's import hook from each module's bytes (ui.pyside_sources)
# once PySide has loaded: so do the tests.
fast_enum.install()
import PySide6  # noqa: E402, F401

pyside_sources.install()

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[1]


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter from the repository root (what a module loads at
    import is only seen in a process of its own); its exit status and output, as text."""
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return tmp_path / "test.dplan"


@pytest.fixture
def plan(plan_path: Path) -> Iterator[Plan]:
    opened = Plan.open(plan_path, create=True)
    yield opened
    opened.close()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty per-user data folder for this test."""
    folder = tmp_path / "home"
    monkeypatch.setenv("DELEGATION_PLANNER_HOME", str(folder))
    return folder


def stored_place(path: Path, title: str) -> tuple[str, int]:
    """(column, 0-based position) of the task titled ``title`` as stored in the plan file,
    where the position is its place among its column's rows ordered by rank."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        column, rank = conn.execute(
            "SELECT column_name, rank FROM tasks WHERE title = ?", (title,)
        ).fetchone()
        (before,) = conn.execute(
            "SELECT count(*) FROM tasks WHERE column_name = ? AND rank < ?", (column, rank)
        ).fetchone()
    finally:
        conn.close()
    return column, before


#: The one-line problem :func:`damaged_advisor` makes every assessment meet.
ADVISOR_DAMAGE = "advisor-model.txt: damaged (section 12 does not match its checksum)"
#: What the user is told of that damage (the window's message bar, the CLI's error line).
ADVISOR_TOLD = (
    "Relationship warnings are off: the advisor's data cannot be used. "
    f"{ADVISOR_DAMAGE}. Reinstall the app to get them back; your plan is not affected."
)


@pytest.fixture
def damaged_advisor(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The advisor's data cannot be read (a damaged install): every assessment raises what a
    damaged file makes it raise. Yields the problem's text."""
    from planner import advice
    from planner.advisor import AdvisorDataError

    def unreadable(title: str, notes: str = "") -> object:
        raise AdvisorDataError(ADVISOR_DAMAGE)

    advice.assessment.cache_clear()
    monkeypatch.setattr(advice, "assess", unreadable)
    yield ADVISOR_DAMAGE
    advice.assessment.cache_clear()
