"""Running one mutated file through every front end, and the verdict.

A plan goes through the core (``Plan.open``), the command line (``check`` and ``export``) and the
window's start-up smoke test (``ui.app.main(["--smoke-test", PLAN])``); a CSV through the core
import (:func:`planner.csv_import.import_csv`), the command line ``import`` and the window's
File > Import (:meth:`ui.main_window.MainWindow.import_csv`). The command line and the window run
in this process, through the same functions their entry points call (so one QApplication serves
a whole campaign); :func:`judge_plan_subprocess` runs the real entry points for a sample.

Each front end's outcome is ``opened`` (imported, for a CSV) or ``refused`` (one line that says
why); anything else is a finding: ``traceback`` (an exception escaped), ``message`` (a refusal of
more than one line, or with nothing said), ``changed`` (the file, or a refused plan's folder, is
not as it was), ``disagree`` (front ends decided differently). Hangs and memory are caught by the
campaign's worker processes.
"""

from __future__ import annotations

import contextlib
import io
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from planner.cli import main as cli_main
from planner.errors import PlannerError
from planner.plan import Plan

OPENED = "opened"
REFUSED = "refused"
FINDINGS = ("traceback", "message", "changed", "disagree", "slow", "hang", "memory", "crash")


@dataclass
class Verdict:
    outcome: str
    """``opened``, ``refused`` or the first finding."""
    detail: str = ""
    front_ends: dict[str, str] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


class Finding(Exception):
    def __init__(self, outcome: str, detail: str) -> None:
        super().__init__(f"{outcome}: {detail}")
        self.outcome = outcome
        self.detail = detail


def _one_line(text: str, where: str) -> None:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if len(lines) != 1:
        raise Finding("message", f"{where}: {len(lines)} lines: {text[:300]!r}")
    if "Traceback" in text:
        raise Finding("traceback", f"{where}: {text[:300]!r}")


def _folder(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def _same_file(before: bytes, after: bytes, opened: bool) -> bool:
    """The file is as it was. A plan that opened may differ in its 100-byte header (opening for
    writing switches a plan with a rollback journal to the write-ahead log) and may have been
    given a plan token (a row of ``meta``); its tasks and schema must be exactly as they were."""
    if before == after:
        return True
    if not opened:
        return False
    if len(before) == len(after) >= 100 and before[100:] == after[100:]:
        return True
    return _content(before) == _content(after)


def _content(data: bytes) -> object:
    """The tasks and schema of a plan file's bytes (None if they cannot be read)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "copy.dplan"
        path.write_bytes(data)
        try:
            conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
            conn.text_factory = bytes
            try:
                return (
                    conn.execute("SELECT * FROM tasks ORDER BY id").fetchall(),
                    conn.execute(
                        "SELECT type, name, sql FROM sqlite_master ORDER BY name"
                    ).fetchall(),
                )
            finally:
                conn.close()
        except sqlite3.Error:
            return None


# -- plans ---------------------------------------------------------------------------------


def _agreed(verdict: Verdict) -> None:
    """Every front end must have come to the same outcome; it becomes the verdict's."""
    outcomes = set(verdict.front_ends.values())
    if len(outcomes) != 1:
        raise Finding("disagree", str(verdict.front_ends))
    verdict.outcome = outcomes.pop()


def core_plan(path: Path) -> str:
    try:
        plan = Plan.open(path)
    except PlannerError as error:
        _one_line(str(error), "core")
        return REFUSED
    except Exception as error:
        raise Finding("traceback", "core: " + _short_traceback(error)) from None
    try:
        len(plan.tasks())
    finally:
        plan.close()
    return OPENED


def cli_plan(path: Path) -> str:
    outcomes = set()
    for args in (["check", str(path)], ["export", str(path), "--csv", "-"]):
        out, err = io.StringIO(), io.StringIO()
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = cli_main(args)
        except BaseException as error:
            raise Finding("traceback", f"cli {args[0]}: " + _short_traceback(error)) from None
        text = err.getvalue()
        if text:
            _one_line(text, f"cli {args[0]}")
            if code != 1:
                raise Finding("message", f"cli {args[0]}: exit {code} with {text!r}")
            outcomes.add(REFUSED)
        elif code == 0 or (args[0] == "check" and code == 1):
            outcomes.add(OPENED)
        else:
            raise Finding("message", f"cli {args[0]}: exit {code} and nothing said")
    if len(outcomes) != 1:
        raise Finding("disagree", f"cli check and export: {sorted(outcomes)}")
    return outcomes.pop()


def window_plan(path: Path) -> str:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from ui.app import main as app_main

    err = io.StringIO()
    before = set(QApplication.topLevelWidgets())
    try:
        with contextlib.redirect_stderr(err):
            code = app_main(["--smoke-test", str(path)])
    except BaseException as error:
        raise Finding("traceback", "window: " + _short_traceback(error)) from None
    finally:
        # The smoke test ends its process; here the next case comes, so its window goes, the
        # way the app lets a replaced window go (its editor detached first: the undo stack's
        # signals must not reach the window's already deleted actions).
        for widget in set(QApplication.topLevelWidgets()) - before:
            editor = getattr(widget, "editor", None)
            if editor is not None:
                editor.detach()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    text = err.getvalue()
    if code == 0 and "smoke test passed" in text:
        return OPENED
    if code == 1:
        _one_line(text, "window")
        return REFUSED
    raise Finding("message", f"window: exit {code}: {text[:300]!r}")


PLAN_FRONT_ENDS = {"core": core_plan, "cli": cli_plan, "window": window_plan}


def judge_plan(path: Path, slow: float = 10.0) -> Verdict:
    """Run the plan at ``path`` through every front end; the verdict."""
    before = path.read_bytes()
    folder = _folder(path)
    verdict = Verdict(OPENED)
    try:
        for name, run in PLAN_FRONT_ENDS.items():
            start = time.perf_counter()
            outcome = run(path)
            verdict.seconds[name] = time.perf_counter() - start
            verdict.front_ends[name] = outcome
            if verdict.seconds[name] > slow:
                raise Finding("slow", f"{name} took {verdict.seconds[name]:.1f} s")
            after = path.read_bytes()
            if not _same_file(before, after, outcome == OPENED):
                raise Finding("changed", f"the file was changed by the {name}")
            if outcome == REFUSED and _folder(path) != folder:
                raise Finding("changed", f"{name} left {sorted(set(_folder(path)) - set(folder))}")
        _agreed(verdict)
    except Finding as finding:
        verdict.outcome, verdict.detail = finding.outcome, finding.detail
    return verdict


# -- CSVs ------------------------------------------------------------------------------------


class CsvWindow:
    """One main window on an empty plan, reused for every CSV case of a worker."""

    def __init__(self, folder: Path) -> None:
        from PySide6.QtCore import QSettings

        from ui.plan_windows import PlanWindows

        self.folder = folder
        plan_path = folder / "import-target.dplan"
        for leftover in (plan_path, Path(f"{plan_path}-wal"), Path(f"{plan_path}-shm")):
            leftover.unlink(missing_ok=True)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        self.windows = PlanWindows(settings)
        self.window = self.windows.show(Plan.open(plan_path, create=True))
        self.messages: list[str] = []
        self.window.files.failed.connect(self._failure)
        self.window.editor.failed.connect(self._failure)

    def _failure(self, message: str, *_rest: object) -> None:
        self.messages.append(message)

    def run(self, path: Path) -> str:
        self.messages.clear()
        plan = self.window.plan
        before = len(plan.tasks())
        try:
            ids = self.window.files.import_csv(path)
        except BaseException as error:
            raise Finding("traceback", "window import: " + _short_traceback(error)) from None
        if ids is None:
            if len(plan.tasks()) != before:
                raise Finding("changed", "window import: refused but the plan changed")
            if not self.messages:
                raise Finding("message", "window import: refused without a message")
            return REFUSED
        self.window.editor.undo_stack.undo()
        if len(plan.tasks()) != before:
            raise Finding("changed", "window import: undo did not remove the imported tasks")
        return OPENED

    def close(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        self.window.editor.detach()
        self.window.close()
        if self.windows.plan is not None:
            self.windows.plan.close()
        self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def core_csv(path: Path, target: Path) -> str:
    from planner.csv_import import import_csv

    _fresh(target)
    try:
        with Plan.open(target, create=True) as plan:
            import_csv(plan, path)
    except PlannerError as error:
        if not str(error).strip():
            raise Finding("message", "core import: refused without a message") from None
        return REFUSED
    except Exception as error:
        raise Finding("traceback", "core import: " + _short_traceback(error)) from None
    return OPENED


def cli_csv(path: Path, target: Path) -> str:
    _fresh(target)
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli_main(["import", str(target), "--csv", str(path)])
    except BaseException as error:
        raise Finding("traceback", "cli import: " + _short_traceback(error)) from None
    if code == 0:
        return OPENED
    _one_line(err.getvalue(), "cli import")
    if target.exists():
        raise Finding("changed", "cli import: refused but a plan was created")
    return REFUSED


def _fresh(target: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)


def judge_csv(path: Path, window: CsvWindow | None, slow: float = 10.0) -> Verdict:
    before = path.read_bytes()
    target = path.with_name("csv-target.dplan")
    verdict = Verdict(OPENED)
    runs = {
        "core": lambda: core_csv(path, target),
        "cli": lambda: cli_csv(path, target),
    }
    if window is not None:
        runs["window"] = lambda: window.run(path)
    try:
        for name, run in runs.items():
            start = time.perf_counter()
            verdict.front_ends[name] = run()
            verdict.seconds[name] = time.perf_counter() - start
            if verdict.seconds[name] > slow:
                raise Finding("slow", f"{name} took {verdict.seconds[name]:.1f} s")
            if path.read_bytes() != before:
                raise Finding("changed", f"the CSV was changed by the {name}")
        _agreed(verdict)
    except Finding as finding:
        verdict.outcome, verdict.detail = finding.outcome, finding.detail
    finally:
        _fresh(target)
    return verdict


# -- the real entry points -------------------------------------------------------------------


def judge_plan_subprocess(path: Path, root: Path, timeout: float = 30.0) -> Verdict:
    """The same verdict through ``python -m planner`` and ``python -m ui.app --smoke-test``."""
    before = path.read_bytes()
    folder = _folder(path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    verdict = Verdict(OPENED)
    commands = {
        "cli check": [sys.executable, "-m", "planner", "check", str(path)],
        "cli export": [sys.executable, "-m", "planner", "export", str(path), "--csv", "-"],
        "window": [sys.executable, "-m", "ui.app", "--smoke-test", str(path)],
    }
    try:
        for name, command in commands.items():
            start = time.perf_counter()
            try:
                done = subprocess.run(
                    command, capture_output=True, text=True, cwd=root, env=env, timeout=timeout
                )
            except subprocess.TimeoutExpired:
                raise Finding("hang", f"{name} still running after {timeout:.0f} s") from None
            verdict.seconds[name] = time.perf_counter() - start
            if "Traceback" in done.stderr:
                raise Finding("traceback", f"{name}: {done.stderr[-300:]!r}")
            if done.returncode < 0:
                raise Finding("crash", f"{name}: killed by signal {-done.returncode}")
            refused = done.returncode == 1 and "error:" in done.stderr
            if refused:
                _one_line(done.stderr, name)
            elif done.returncode not in (0, 1):
                raise Finding("message", f"{name}: exit {done.returncode}: {done.stderr[-300:]!r}")
            outcome = REFUSED if refused else OPENED
            verdict.front_ends[name] = outcome
            if not _same_file(before, path.read_bytes(), outcome == OPENED):
                raise Finding("changed", f"the file was changed by the {name}")
            if refused and _folder(path) != folder:
                raise Finding("changed", f"{name} left files beside the plan")
        _agreed(verdict)
    except Finding as finding:
        verdict.outcome, verdict.detail = finding.outcome, finding.detail
    return verdict


def _short_traceback(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return f"{type(error).__name__}: {str(error)[:200]} (at {where})"
