"""Starting the app: command-line arguments, the QApplication, the first plan, and the smoke test.

``delegation-planner [PLAN]`` opens PLAN (a new plan if the file does not exist), else the plan
used last, else the default plan. ``--smoke-test`` starts, loads, shows and paints the main
window, then exits 0; on any failure it prints one line on stderr and exits 1. Problems a user
can act on are shown in a dialog, never as a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import ui
from planner.errors import PlannerError
from planner.identity import APP_ID, APP_NAME, ORGANIZATION, ShowVersion

# The plan's code, Qt and the window's modules are imported by the functions that use them, for
# two reasons: they load inside main's pause of the garbage collector (see main), and the core
# before Qt. Once PySide is imported, its import hook (for ``__feature__``) reads the source of
# every module imported after it to see whether it uses PySide; the core's modules, and the
# standard modules only they use, never do (napari/napari#8584).
if TYPE_CHECKING:
    from types import TracebackType

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from planner.plan import Plan
    from ui.main_window import MainWindow
    from ui.plan_windows import PlanWindows

ICON_FILE = ("icons", f"{APP_ID}.svg")


#: What the app opens without a PLAN argument (PlanWindows.start does exactly this; the README's
#: "Where your plan lives" says the same, and a test holds all three together).
PLAN_HELP = (
    "plan file to open; a new, empty plan if the file does not exist (default: the plan you "
    "used last; on the first start, 'My plan' in your plans folder, made with starter tasks)"
)


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line. The usual start, a double-click or a file manager handing over one plan,
    and the smoke test's ``--smoke-test PLAN`` need no parser: building one looks up the
    translations of argparse's messages, which loads ``locale`` (2 to 4 ms of the start). Any
    other option (``--help``, ``--version``, an abbreviation, a mistake) goes through the parser,
    so its answers and messages are argparse's own. ``tests/ui/test_app.py`` checks that both
    ways give the same answer."""
    plans = [arg for arg in argv if not arg.startswith("-")]
    options = [arg for arg in argv if arg.startswith("-")]
    if len(plans) <= 1 and all(option == "--smoke-test" for option in options):
        return argparse.Namespace(plan=Path(plans[0]) if plans else None, smoke_test=bool(options))
    return build_parser().parse_args(argv)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description="Sort your recurring tasks into Me, My VA and Nobody.",
    )
    parser.add_argument("plan", nargs="?", type=Path, help=PLAN_HELP)
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start, load the plan, show and paint the window, then exit (0 = all good)",
    )
    parser.add_argument("--version", action=ShowVersion)
    return parser


def say(message: str) -> None:
    """One line on stderr, if there is one (a windowed build may have none)."""
    stream = sys.stderr
    if stream is not None:
        with contextlib.suppress(OSError, ValueError):
            print(message, file=stream)


#: Qt's switch for its pool of painting threads, an environment variable.
NO_GUI_THREADPOOL = "QT_NO_GUI_THREADPOOL"
_switch_set: list[bool] = []  # whether make_application set it


def make_application(argv: list[str], *, icon: bool = True) -> QApplication:
    """The QApplication, named; with the window icon unless ``icon`` is off (the app sets it
    just after the first paint: an SVG read and rendered is work the first frame can spare)."""
    from PySide6.QtCore import QCoreApplication  # when called (see the imports above)
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Qt's raster engine hands every fill taller than about 96 lines that is not one plain colour
    # (the style's scroll bars and toolbar) to a pool of threads in slices, and waits for them:
    # some 300 hand-offs per paint of the board, which cost more CPU than the fills (the board's
    # first paint about 6 ms, each repaint as much) and leave the pixels the same. Qt's own
    # switch keeps those fills on the thread that paints; it goes again after the first paint
    # (release_thread_pool_switch).
    if NO_GUI_THREADPOOL not in os.environ:  # a value the user set is theirs: it stays
        os.environ[NO_GUI_THREADPOOL] = "1"
        _switch_set.append(True)
    # The application name is also the X11 window class the .desktop file's StartupWMClass
    # names. The version is not set here: reading it costs more than the first paint can spare
    # (see planner.identity); About and --version read it when asked.
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication(argv[:1])
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    if icon:
        app.setWindowIcon(app_icon())
    return app


def release_thread_pool_switch() -> None:
    """Take the switch out of the environment again, once Qt has read it (after the first
    paint), so a program the app starts (a spreadsheet opening an exported CSV, a browser) does
    not inherit it. Qt reads it once, the first time it would use the pool: to be sure that time
    has come, a 1-pixel image is converted (~1 ms, after the first frame)."""
    if not _switch_set or os.environ.get(NO_GUI_THREADPOOL) != "1":
        return
    from PySide6.QtGui import QImage

    pixel = QImage(1, 1, QImage.Format.Format_ARGB32)
    pixel.convertToFormat(QImage.Format.Format_RGB888)  # asks Qt for the pool: the switch is read
    del os.environ[NO_GUI_THREADPOOL]
    _switch_set.clear()


def app_icon() -> QIcon:
    """The window icon from the master SVG in ``resources``; Qt renders it only when first shown."""
    from importlib import resources as importlib_resources

    from PySide6.QtGui import QIcon, QPixmap

    node = importlib_resources.files("resources").joinpath(*ICON_FILE)
    if isinstance(node, Path):  # a real file: source checkout, wheel or PyInstaller bundle
        return QIcon(str(node))
    pixmap = QPixmap()
    pixmap.loadFromData(node.read_bytes(), "SVG")
    return QIcon(pixmap)


#: With ``DELEGATION_PLANNER_PHASES=1`` the app prints ``phase: NAME WALL CPU`` on stderr as it
#: starts: ``time.perf_counter`` (one clock for every process) and the process's CPU time. The
#: start-up benchmark (tests/benchmarks/startup_phases.py) reads them.
PHASES = os.environ.get("DELEGATION_PLANNER_PHASES") == "1"


def phase(name: str, at: tuple[float, float] | None = None) -> None:
    if PHASES:
        wall, cpu = (time.perf_counter(), time.process_time()) if at is None else at
        say(f"phase: {name} {wall:.6f} {cpu:.6f}")


def main(argv: list[str] | None = None) -> int:
    phase("loading", ui.LOADING_STARTED)
    # No garbage collection until the board is painted: the start makes tens of thousands of
    # objects that live as long as the app (the window's modules and classes, the tasks, the
    # window), and the collector would walk them again and again and free none of them (about
    # 10 ms of the start on a 60-task plan, 20 ms on 10,000 tasks). It resumes after the first
    # paint, before a dialog asks anything, and in any case when main returns.
    gc.disable()
    try:
        return _start(argv)
    finally:
        gc.enable()


def _start(argv: list[str] | None) -> int:
    # The command line first: --help and --version answer without loading Qt, and what argparse
    # loads (locale) comes before PySide's import hook, which would read its sources (see above).
    args = parse_args(sys.argv[1:] if argv is None else argv)
    # Imported here to load inside the collector's pause (most of the start's objects are
    # theirs), the plan's code before Qt (see the imports above).
    import planner.plan  # noqa: F401

    # PySide makes each Qt class's enums as the class is first used: the quick way (see there).
    # Its import hook reads each module's source from then on: answered from the bytes (there).
    from ui import fast_enum, pyside_sources

    fast_enum.install()

    # isort: split
    from PySide6.QtCore import QSettings

    pyside_sources.install()

    from ui.plan_windows import PlanWindows
    from ui.preferences import Preferences
    from ui.settings import Appearance

    phase("imported")
    app = make_application(sys.argv if argv is None else [APP_ID, *argv], icon=False)
    phase("application")
    settings = QSettings()
    preferences = Preferences.load(settings)
    if preferences.appearance is not Appearance.SYSTEM:
        from ui.appearance import apply_appearance

        apply_appearance(app, preferences.appearance)
    windows = PlanWindows(settings)
    if sys.platform == "darwin":
        # Only macOS hands files to a running app as FileOpen events (elsewhere they come as
        # arguments). An application-wide filter sees every event of every object, in Python:
        # costly, and at start-up it makes PySide create a Python class for every Qt class.
        app.installEventFilter(windows)
    try:
        return _run(app, args, windows)
    finally:
        app.removeEventFilter(windows)


def _run(app: QApplication, args: argparse.Namespace, windows: PlanWindows) -> int:
    try:
        plan: Plan | None = windows.start(args.plan)
    except PlannerError as error:
        if args.smoke_test:
            say(f"{APP_ID}: error: {error}")
            return 1
        gc.enable()  # the dialog may wait for the user a long time
        plan = windows.ask_for_plan(str(error), error=error)
    if plan is None:
        return 1
    phase("plan")
    try:
        window = windows.show(plan)
        window.firstPainted.connect(gc.enable)
        window.firstPainted.connect(release_thread_pool_switch)
        window.firstPainted.connect(lambda: follow_the_desktop(app, window))
        window.firstPainted.connect(lambda: app.setWindowIcon(app_icon()))
        phase("window")
        if args.smoke_test:
            return smoke_test(app, window)
        return app.exec()
    finally:
        if windows.plan is not None:
            windows.plan.close()


def follow_the_desktop(app: QApplication, window: MainWindow) -> None:
    """The desktop's high-contrast setting, checked after the first paint (ui.appearance)."""
    from ui.appearance import follow_the_system as follow

    follow(app, window.preferences.appearance)


def smoke_test(app: QApplication, window: MainWindow) -> int:
    """Paint the window, let the work that waits for the first paint run, check both; 0 if good.

    A line ``painted: ...`` is printed the moment the board is painted (benchmarks time it),
    before the deferred work (the advisor on the cards, warning scan, window icon, backup copy)
    runs. That work runs in slots, where an exception is only printed (PySide hands it to
    ``sys.excepthook`` and goes on): the smoke test counts one as a failure.
    """
    raised: list[str] = []
    shown = sys.excepthook

    def caught(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        raised.append(f"{kind.__name__}: {error}")
        shown(kind, error, trace)

    sys.excepthook = caught
    try:
        return _smoke_test(app, window, raised)
    finally:
        sys.excepthook = shown


def _smoke_test(app: QApplication, window: MainWindow, raised: list[str]) -> int:
    image = window.grab().toImage()
    if image.isNull() or image.width() < 100:
        say(f"{APP_ID}: error: the main window did not paint")
        return 1
    phase("painted")
    total = sum(window.models[c].rowCount() for c in window.models)
    say(f"painted: {total} tasks")
    from PySide6.QtCore import QEventLoop  # loaded by then (see the imports above)

    deadline = time.monotonic() + 10
    while not window.tracker.ready and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if not window.tracker.ready or app.windowIcon().isNull():
        say(f"{APP_ID}: error: the work after the first paint did not run")
        return 1
    from planner.advice import advisor_problem  # loaded by the warning scan

    if advisor_problem():
        say(f"{APP_ID}: error: {advisor_problem()}")
        return 1
    window.close()
    app.processEvents()
    if raised:
        say(f"{APP_ID}: error: the work after the first paint raised {raised[0]}")
        return 1
    say(f"smoke test passed: {total} tasks painted ({app.platformName()})")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
