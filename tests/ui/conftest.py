"""Fixtures for the Qt shell: an editor over a fresh plan, and a main window on it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from planner.model import Column, TaskChanges
from planner.plan import Plan
from ui.main_window import MainWindow
from ui.plan_editor import PlanEditor

TITLES = {
    Column.ME: ["Reply to comments on my blog", "Record the podcast", "Attend a networking event"],
    Column.VA: ["Bookkeeping", "Upload the podcast"],
    Column.NOBODY: ["Buy followers"],
}


def titles(plan: Plan, column: Column) -> list[str]:
    return [task.title for task in plan.board.tasks(column)]


def ids_of(plan: Plan, *wanted: str) -> list[int]:
    by_title = {task.title: task.id for task in plan.board}
    return [by_title[title] for title in wanted]


@pytest.fixture
def filled_plan(plan: Plan) -> Plan:
    for column, names in TITLES.items():
        for name in names:
            plan.add(name, column, fields=TaskChanges(hours_per_week=1.5))
    return plan


@pytest.fixture
def editor(filled_plan: Plan, qtbot: QtBot) -> Iterator[PlanEditor]:
    made = PlanEditor(filled_plan)
    yield made
    made.detach()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(editor: PlanEditor, settings: QSettings, qtbot: QtBot) -> MainWindow:
    made = MainWindow(editor, settings)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


@pytest.fixture(autouse=True)
def collect_garbage_after_each_test() -> Iterator[None]:
    """Collect cyclic garbage after every UI test, so a Qt object that outlives its owner
    crashes the test that made it rather than some later, unrelated one."""
    yield
    gc.collect()
