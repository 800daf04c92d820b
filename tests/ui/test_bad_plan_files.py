"""Every kind of file that is not one of our plans, through every front end: refused with a
clear message, and the file (and its folder) left exactly as they were.

Front ends: the core (``Plan.open``), the command line (``export`` and ``check``), the app's
``--smoke-test`` start, and the window's "open plan" path (which shows a dialog).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.cli import main as cli_main
from planner.errors import PlanFileError
from planner.model import TaskChanges
from planner.plan import Plan
from planner.store import APPLICATION_ID, SCHEMA_VERSION
from ui.plan_windows import PlanWindows

ROOT = Path(__file__).resolve().parents[2]


def empty(path: Path) -> None:
    path.write_bytes(b"")


def text(path: Path) -> None:
    path.write_text("Reply to comments\nBookkeeping\n", encoding="utf-8")


def binary(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 8)


def other_app(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (name TEXT)")
    conn.commit()
    conn.close()


def newer(path: Path) -> None:
    Plan.open(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def no_version(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE tasks (id INTEGER PRIMARY KEY)")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    conn.close()


def truncated(path: Path) -> None:
    with Plan.open(path, create=True) as plan:
        for number in range(300):
            plan.add(f"task {number}", fields=TaskChanges(notes="n" * 300))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def corrupt(path: Path) -> None:
    with Plan.open(path, create=True) as plan:
        for number in range(300):
            plan.add(f"task {number}", fields=TaskChanges(notes="n" * 300))
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):  # scribble over the start of every page but one
        data[offset + 8 : offset + 40] = b"\xff" * 32
    path.write_bytes(bytes(data))


def _tampered(path: Path, *statements: str) -> None:
    with Plan.open(path, create=True) as plan:
        plan.add("Reply to comments")
        plan.add("Bookkeeping", fields=TaskChanges(hours_per_week=2))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def hours_word(path: Path) -> None:
    _tampered(path, "UPDATE tasks SET hours_per_week = 'a word' WHERE id = 2")


def hours_huge(path: Path) -> None:
    _tampered(path, "UPDATE tasks SET hours_per_week = 1e308 WHERE id = 2")


def planted_trigger(path: Path) -> None:
    _tampered(
        path,
        "CREATE TRIGGER planted AFTER INSERT ON tasks BEGIN "
        "UPDATE tasks SET notes = 'owned' WHERE id = new.id; END",
    )


def text_rank(path: Path) -> None:
    _tampered(path, "UPDATE tasks SET rank = 'first' WHERE id = 1")


CASES: dict[str, Callable[[Path], None]] = {
    "empty file": empty,
    "text file": text,
    "binary file": binary,
    "another app's SQLite": other_app,
    "newer format": newer,
    "no format version": no_version,
    "truncated plan": truncated,
    "corrupt plan": corrupt,
    # The three findings of issue 13: values and schema objects the app did not write.
    "hours a word": hours_word,
    "hours 1e308": hours_huge,
    "planted trigger": planted_trigger,
    "text rank": text_rank,
}


def refuse_core(path: Path) -> str:
    with pytest.raises(PlanFileError) as caught:
        Plan.open(path)
    return str(caught.value)


def refuse_cli(path: Path) -> str:
    messages = []
    for args in (["export", str(path), "--csv", "-"], ["check", str(path)]):
        result = subprocess.run(
            [sys.executable, "-m", "planner", *args], capture_output=True, text=True, cwd=ROOT
        )
        assert result.returncode == 1, result
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
        messages.append(result.stderr)
    assert cli_main(["check", str(path)]) == 1
    return messages[0]


def refuse_smoke_test(path: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "ui.app", "--smoke-test", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**dict(__import__("os").environ), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    return result.stderr


def refuse_window(path: Path) -> str:
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.informativeText())
        return 0

    original = QMessageBox.exec
    setattr(QMessageBox, "exec", fake_exec)  # noqa: B010 (a patch, undone below)
    try:
        settings = QSettings(str(path.parent / "settings.ini"), QSettings.Format.IniFormat)
        assert PlanWindows(settings).open_path(path) is False
    finally:
        setattr(QMessageBox, "exec", original)  # noqa: B010
    (settings_file := path.parent / "settings.ini").unlink(missing_ok=True)
    assert not settings_file.exists()
    assert len(shown) == 1 and "The file has not been changed." in shown[0]
    return shown[0]


FRONT_ENDS: dict[str, Callable[[Path], str]] = {
    "core": refuse_core,
    "command line": refuse_cli,
    "smoke test": refuse_smoke_test,
    "window": refuse_window,
}


@pytest.mark.parametrize("front_end", FRONT_ENDS)
@pytest.mark.parametrize("case", CASES)
def test_bad_file_is_refused_and_untouched(
    qapp: QApplication, tmp_path: Path, case: str, front_end: str
) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    path = folder / "plan.dplan"
    CASES[case](path)
    for leftover in folder.iterdir():  # what making the case left besides the file itself
        if leftover != path:
            leftover.unlink()
    before = path.read_bytes()
    message = FRONT_ENDS[front_end](path)
    assert "plan.dplan" in message
    assert path.read_bytes() == before, f"{case} was changed by the {front_end}"
    assert sorted(p.name for p in folder.iterdir()) == ["plan.dplan"], "files were added"


def test_a_refused_plan_opens_as_a_clean_copy_from_the_dialog(
    qapp: QApplication, tmp_path: Path
) -> None:
    path = tmp_path / "plan.dplan"
    planted_trigger(path)
    before = path.read_bytes()
    shown: list[str] = []

    def click_clean_copy(box: QMessageBox) -> int:
        shown.append(box.informativeText())
        (button,) = [b for b in box.buttons() if b.text() == "Open a clean copy"]
        button.click()
        return 0

    original = QMessageBox.exec
    setattr(QMessageBox, "exec", click_clean_copy)  # noqa: B010 (a patch, undone below)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    windows = PlanWindows(settings)
    try:
        assert windows.open_path(path) is True
    finally:
        setattr(QMessageBox, "exec", original)  # noqa: B010
    try:
        assert "a trigger named 'planted'" in shown[0]
        assert windows.plan is not None and windows.window is not None
        assert windows.plan.path == tmp_path / "plan (clean copy).dplan"
        assert [t.title for t in windows.plan.tasks()] == ["Reply to comments", "Bookkeeping"]
        assert "Read 2 tasks from plan.dplan" in windows.plan.store.notice
        assert windows.window.error_bar.isVisibleTo(windows.window)
    finally:
        if windows.window is not None:
            windows.window.close()
        if windows.plan is not None:
            windows.plan.close()
    assert path.read_bytes() == before
