"""Starting the app: smoke test offscreen and on a real X server; clear errors for bad plans."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from planner.plan import Plan
from tests.conftest import run_python
from ui import app
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def run_app(
    *args: str, env: dict[str, str] | None = None, wrapper: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [*(wrapper or []), sys.executable, "-m", "ui.app", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def app_env(home: Path, platform: str = "offscreen") -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=platform,
        DELEGATION_PLANNER_HOME=str(home / "plans"),
        XDG_CONFIG_HOME=str(home / "config"),
        HOME=str(home),
    )
    return env


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["clients.dplan"],
        ["My plans/clients 2.dplan"],
        [""],
        ["~/plans/é.dplan"],
        ["--smoke-test"],
        ["--smoke-test", "clients.dplan"],
        ["clients.dplan", "--smoke-test"],
        ["--smoke-test", "clients.dplan", "--smoke-test"],
    ],
)
def test_a_plain_command_line_is_read_without_a_parser(
    argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = app.build_parser().parse_args(argv)

    def no_parser() -> argparse.ArgumentParser:
        raise AssertionError("a parser was built for a plan and --smoke-test")

    monkeypatch.setattr(app, "build_parser", no_parser)
    assert app.parse_args(argv) == parsed


@pytest.mark.parametrize(
    "argv",
    [
        ["--smoke"],  # argparse's abbreviation of --smoke-test
        ["--smoke-test=yes"],
        ["--", "-a.dplan"],
        ["-"],
        ["--version"],
        ["-h"],
        ["-a.dplan"],
        ["one.dplan", "two.dplan"],
        ["--smoke-test", "one.dplan", "two.dplan"],
    ],
)
def test_any_other_command_line_goes_through_the_parser(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Help, version, abbreviations and mistakes are argparse's own answers, word for word."""
    real = app.build_parser
    built: list[argparse.ArgumentParser] = []

    def counted() -> argparse.ArgumentParser:
        built.append(real())
        return built[-1]

    def outcome(parse: Callable[[list[str]], argparse.Namespace]) -> tuple[object, str, str]:
        try:
            answer: object = parse(argv)
        except SystemExit as done:
            answer = f"exit {done.code}"
        return answer, *capsys.readouterr()

    expected = outcome(lambda args: real().parse_args(args))
    monkeypatch.setattr(app, "build_parser", counted)
    assert outcome(app.parse_args) == expected
    assert len(built) == 1


def test_the_parser_and_its_messages(capsys: pytest.CaptureFixture[str]) -> None:
    assert app.build_parser().parse_args(["--smoke-test", "a.dplan"]) == argparse.Namespace(
        plan=Path("a.dplan"), smoke_test=True
    )
    with pytest.raises(SystemExit):
        app.parse_args(["-a.dplan"])  # an option the parser does not know, not a plan
    assert "unrecognized arguments: -a.dplan" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        app.parse_args(["one.dplan", "two.dplan"])  # one plan at most
    assert "unrecognized arguments: two.dplan" in capsys.readouterr().err


def test_version_and_help_answer_without_loading_qt() -> None:
    probe = (
        "import sys, ui.app\n"
        "for option in ('--version', '--help'):\n"
        "    try:\n"
        "        ui.app.main([option])\n"
        "    except SystemExit as done:\n"
        "        assert done.code == 0, done.code\n"
        "print(sorted(name for name in sys.modules if name.startswith('PySide6')))\n"
    )
    result = run_python(probe)
    assert result.returncode == 0, result.stderr
    assert "delegation-planner " in result.stdout and "--smoke-test" in result.stdout
    assert result.stdout.rstrip().endswith("[]")


def test_smoke_test_first_start_creates_default_plan(tmp_path: Path) -> None:
    result = run_app("--smoke-test", env=app_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "smoke test passed: 18 tasks painted (offscreen)" in result.stderr
    # The work after the first paint runs in slots: an exception there is printed, not raised.
    assert "Traceback" not in result.stderr, result.stderr
    plans = list((tmp_path / "plans").glob("*.dplan"))
    assert [p.name for p in plans] == ["My plan.dplan"]
    with Plan.open(plans[0]) as plan:
        assert len(plan.board) == 18


@pytest.mark.qt_no_exception_capture  # the smoke test's own hook is what is checked
def test_the_smoke_test_fails_when_the_work_after_the_paint_raises(
    window: MainWindow, capsys: pytest.CaptureFixture[str]
) -> None:
    """PySide only prints an exception raised in a slot and goes on; the bundle's smoke runs
    (.ci/package) read the exit status, so the smoke test itself must count it."""
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)

    def broken() -> None:
        raise RuntimeError("a slot after the first paint broke")

    qapp.setWindowIcon(app.app_icon())  # as ui.app.main does after the first paint
    QTimer.singleShot(0, broken)  # runs inside the smoke test's event processing
    hook = sys.excepthook
    try:
        assert app.smoke_test(qapp, window) == 1
    finally:
        qapp.setWindowIcon(QIcon())
    assert sys.excepthook is hook  # put back
    err = capsys.readouterr().err
    assert "Traceback" in err and "smoke test passed" not in err  # still shown, as before
    told = "delegation-planner: error: the work after the first paint raised RuntimeError: a slot"
    assert f"{told} after the first paint broke\n" in err


def test_smoke_test_on_named_plan(tmp_path: Path, plan_path: Path) -> None:
    with Plan.open(plan_path, create=True) as plan:
        plan.add("Only task")
    result = run_app("--smoke-test", str(plan_path), env=app_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "1 tasks painted" in result.stderr or "1 task painted" in result.stderr


@pytest.mark.parametrize("content", [b"hello, not a plan\n", b"SQLite format 3\x00garbage"])
def test_smoke_test_refuses_bad_file_in_one_line(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.dplan"
    bad.write_bytes(content)
    result = run_app("--smoke-test", str(bad), env=app_env(tmp_path))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("delegation-planner: error: ")
    assert "Traceback" not in result.stderr
    assert bad.read_bytes() == content


def xvfb_run() -> str:
    found = shutil.which("xvfb-run")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("xvfb-run is missing: .ci/install should have installed xvfb")
        pytest.skip("xvfb-run is not installed")
    return found


@pytest.mark.xvfb
def test_main_window_on_a_real_x_server(tmp_path: Path) -> None:
    wrapper = [xvfb_run(), "-a", "-s", "-screen 0 1280x800x24"]
    result = run_app("--smoke-test", env=app_env(tmp_path, "xcb"), wrapper=wrapper)
    assert result.returncode == 0, result.stderr
    assert "(xcb)" in result.stderr
