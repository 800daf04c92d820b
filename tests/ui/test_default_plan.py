"""Item 6 of issue 11: with no PLAN argument the app reopens the plan used last (the default plan
on a first start or when that file is gone); --help, the README and the behaviour say the same."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from planner.paths import default_plan_path
from planner.plan import Plan
from ui.app import PLAN_HELP, parse_args
from ui.plan_windows import PlanWindows

README = Path(__file__).resolve().parents[2] / "README.md"


def help_text() -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        parse_args(["--help"])
    return " ".join(out.getvalue().split())


def test_help_and_readme_say_the_last_plan_is_reopened() -> None:
    said = help_text()
    assert " ".join(PLAN_HELP.split()) in said
    assert "default: the plan you used last" in said
    readme = " ".join(README.read_text(encoding="utf-8").split())
    assert "Started without a plan, the app reopens the plan you used last" in readme


def test_without_an_argument_the_last_plan_opens(
    tmp_path: Path, settings: QSettings, home: Path
) -> None:
    last = tmp_path / "clients.dplan"
    with Plan.open(last, create=True) as plan:
        plan.add("Only here")
    windows = PlanWindows(settings)
    windows._remember(last)
    with windows.start(None) as opened:
        assert opened.path == last


def test_first_start_and_a_vanished_last_plan_open_the_default(
    tmp_path: Path, settings: QSettings, home: Path
) -> None:
    windows = PlanWindows(settings)
    with windows.start(None) as opened:
        assert opened.path == default_plan_path()
        assert len(opened.board) > 0  # made with the starter tasks
    gone = tmp_path / "gone.dplan"
    Plan.open(gone, create=True).close()
    windows._remember(gone)
    gone.unlink()
    with windows.start(None) as opened:
        assert opened.path == default_plan_path()
