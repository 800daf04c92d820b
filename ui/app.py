"""Starting the app: command-line arguments, the QApplication, the first plan, and the smoke test.

``delegation-planner [PLAN]`` opens PLAN (a new plan if the file does not exist) or the default
plan. ``--smoke-test`` starts, loads, shows and paints the main window, then exits 0; on any
failure it prints one line on stderr and exits 1. Problems a user can act on are shown in a dialog,
never as a traceback.
"""

from __future__ import annotations

import argparse
import sys
from importlib import resources as importlib_resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from planner import __version__
from planner.errors import PlannerError
from planner.plan import Plan
from planner.session import open_plan
from ui.main_window import APP_TITLE, MainWindow
from ui.plan_editor import PlanEditor

ORGANIZATION = "DelegationPlanner"
APPLICATION = "Delegation Planner"
DESKTOP_FILE = "delegation-planner"
ICON_FILE = ("icons", "delegation-planner.svg")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="delegation-planner",
        description="Sort your recurring tasks into Me, My VA and Nobody.",
    )
    parser.add_argument("plan", nargs="?", type=Path, help="plan file to open (default: your plan)")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start, load the plan, show and paint the window, then exit (0 = all good)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def say(message: str) -> None:
    """One line on stderr, if there is one (a windowed build may have none)."""
    stream = sys.stderr
    if stream is not None:
        try:
            print(message, file=stream)
        except (OSError, ValueError):
            pass


def make_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv[:1])
    app.setApplicationDisplayName(APP_TITLE)
    app.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The window icon from the master SVG in ``resources``; Qt renders it only when first shown."""
    node = importlib_resources.files("resources").joinpath(*ICON_FILE)
    if isinstance(node, Path):  # a real file: source checkout, wheel or PyInstaller bundle
        return QIcon(str(node))
    pixmap = QPixmap()
    pixmap.loadFromData(node.read_bytes(), "SVG")
    return QIcon(pixmap)


def open_window(plan: Plan) -> MainWindow:
    editor = PlanEditor(plan)
    window = MainWindow(editor, QSettings())
    editor.setParent(window)
    window.show()
    return window


def ask_for_plan(problem: str) -> Plan | None:
    """Tell the user why a plan could not be opened and let them pick another or start afresh."""
    while True:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_TITLE, "This plan cannot be opened.")
        box.setInformativeText(problem)
        open_button = box.addButton("Open another plan…", QMessageBox.ButtonRole.AcceptRole)
        new_button = box.addButton("Create a new plan…", QMessageBox.ButtonRole.ActionRole)
        box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_button:
            chosen, _ = QFileDialog.getOpenFileName(
                None, "Open plan", "", "Delegation plans (*.dplan);;All files (*)"
            )
        elif clicked is new_button:
            chosen, _ = QFileDialog.getSaveFileName(
                None, "New plan", "My plan.dplan", "Delegation plans (*.dplan)"
            )
            if chosen and Path(chosen).exists():
                problem = f"{chosen}: a file already exists there and was left untouched."
                continue
        else:
            return None
        if not chosen:
            continue
        try:
            return open_plan(Path(chosen))
        except PlannerError as error:
            problem = str(error)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = make_application(sys.argv if argv is None else ["delegation-planner", *argv])
    try:
        plan: Plan | None = open_plan(args.plan)
    except PlannerError as error:
        if args.smoke_test:
            say(f"delegation-planner: error: {error}")
            return 1
        plan = ask_for_plan(str(error))
    if plan is None:
        return 1
    try:
        window = open_window(plan)
        if args.smoke_test:
            return smoke_test(app, window)
        return app.exec()
    finally:
        plan.close()


def smoke_test(app: QApplication, window: MainWindow) -> int:
    """Paint the window once and check that it drew something; 0 on success."""
    app.processEvents()
    image = window.grab().toImage()
    if image.isNull() or image.width() < 100:
        say("delegation-planner: error: the main window did not paint")
        return 1
    total = sum(window.models[c].rowCount() for c in window.models)
    QTimer.singleShot(0, window.close)
    app.processEvents()
    say(f"smoke test passed: {total} tasks painted ({app.platformName()})")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
