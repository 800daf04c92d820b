"""Start-up loads only what the first paint needs: checked by module, not by the clock.

The app is started in a fresh process (as ``--smoke-test`` does); the moment the board has been
painted, the list of loaded modules is taken. Dialogs, file formats, backups, the brief and the
storage library must not be among them: they are loaded when first used.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QImage, QPalette
from pytestqt.qtbot import QtBot

from planner.model import Column
from planner.plan import Plan
from tests.conftest import run_python
from ui.main_window import MainWindow
from ui.plan_editor import PlanEditor

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
import ui.app as app

def painted(application, window):
    window.grab()
    import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
    # PySide creates a Python class for a Qt class when it is first used: these are the ones
    # the start-up has used so far.
    made = [
        f"{module.__name__}.{name}"
        for module in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)
        for name, value in vars(module).items()
        if isinstance(value, type)
    ]
    print("\\n".join(sorted(sys.modules) + made))
    return 0

app.smoke_test = painted
sys.exit(app.main(sys.argv[1:]))
"""

NOT_BEFORE_THE_FIRST_PAINT = (
    "sqlite_utils",  # the storage library: loaded after the first paint, before the first change
    "planner.advice",  # the advisor: the first frame shows the cards without its word
    "planner.advisor",
    "planner.backups",
    "planner.brief",
    "planner.csv_export",
    "planner.csv_import",
    "planner.import_plan",
    "planner.split",  # splitting a task is an action
    "planner.starter",  # the starter tasks: only a first start seeds a plan
    "resources",  # (the starter tasks' reader)
    "importlib.resources",  # data files: none is read before the first paint
    "socket",  # the plan lock's host name comes from os.uname
    "locale",  # argparse's messages: a plan and --smoke-test are read without a parser
    "unicodedata",  # the search's folding of accents: loaded with the first search
    "dataclasses",  # the task is made by planner.frozen_class, the records are named tuples
    "copy",  # (loaded by dataclasses)
    "ui.appearance",
    "ui.brief_actions",
    "ui.decisions_dialog",
    "ui.file_workflows",  # new, open, import, export...: the window makes them when first used
    "ui.focus_return",  # the keyboard's return after dialogs is set up after the paint
    "ui.preferences_dialog",
    "ui.shortcut_sheet",
    "ui.task_dialog",
    "PySide6.QtPrintSupport",
    # Qt classes: no dialog, and no event in Python that is not the view's own (an event filter
    # sees every event type, and PySide then makes a class for each of them, about 40).
    "PySide6.QtWidgets.QDialog",
    # Qt's namespace of enums (~16 ms): the first paint reads none of it (see ui.lazy_qt)
    "PySide6.QtCore.Qt",
    "PySide6.QtWidgets.QStyle",  # its enums: the card reads selection and focus from the view
    "PySide6.QtGui.QGradient",  # ~180 presets: cards and the bar are filled without a QBrush
    "PySide6.QtCore.QRegularExpression",  # the search filter's pattern: made on the first search
    "PySide6.QtGui.QIcon",  # actions are made without QAction(text, parent)'s icon overloads
    "PySide6.QtGui.QWindow",  # the keyboard's return after dialogs is set up after the paint
    "PySide6.QtGui.QContextMenuEvent",  # event classes are built when their event comes
    "PySide6.QtGui.QDropEvent",
    "PySide6.QtGui.QFileOpenEvent",
    "PySide6.QtWidgets.QGraphicsSceneEvent",
    "PySide6.QtGui.QWindowStateChangeEvent",
)


def _start_with_probe(
    tmp_path: Path, probe: str, titles: list[str], thread_pool: str | None = None
) -> str:
    """Start the app offscreen on a plan of ``titles`` with ``probe`` as its launcher, and
    ``QT_NO_GUI_THREADPOOL`` set to ``thread_pool`` in its environment (None: not set); its
    standard output (the probe's report)."""
    plan_path = tmp_path / "plan.dplan"
    with Plan.open(plan_path, create=True) as plan:
        for title in titles:
            plan.add(title)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "DELEGATION_PLANNER_HOME": str(tmp_path / "plans"),
    }
    env.pop("QT_NO_GUI_THREADPOOL", None)  # the app must set it itself (a test checks)
    if thread_pool is not None:
        env["QT_NO_GUI_THREADPOOL"] = thread_pool
    result = subprocess.run(
        [sys.executable, "-c", probe, "--smoke-test", str(plan_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_launcher_loads_neither_qt_nor_the_plan_code_before_main() -> None:
    """``ui.app.main`` pauses the garbage collector first: most of the start's objects are made
    as the plan's code and Qt load, so those load inside ``main`` (the plan's code first)."""
    probe = "import sys, ui.app\nprint(sorted(sys.modules))"
    result = run_python(probe)
    assert result.returncode == 0, result.stderr
    loaded = [name.strip("',") for name in result.stdout.strip("[]\n").split()]
    assert "ui.app" in loaded
    early = [
        name for name in loaded if name.startswith(("PySide6", "planner.plan", "planner.store"))
    ]
    assert early == []


def test_first_paint_loads_only_what_it_needs(tmp_path: Path) -> None:
    stdout = _start_with_probe(tmp_path, PROBE, ["Reply to comments on my blog", "Bookkeeping"])
    loaded = set(stdout.split())
    assert "ui.main_window" in loaded and "ui.actions" in loaded  # the probe saw the app
    early = sorted(
        name
        for name in loaded
        for unwanted in NOT_BEFORE_THE_FIRST_PAINT
        if name == unwanted or name.startswith(unwanted + ".")
    )
    assert early == []


@pytest.mark.parametrize("column", [Column.VA, Column.ME])
def test_the_advice_follows_the_first_paint(
    plan: Plan, settings: QSettings, qtbot: QtBot, column: Column
) -> None:
    """The first frame shows the cards without the advisor's word; right after it the cards
    are assessed, laid out and painted again (a warning or a suggestion adds a badge row), then
    the full scan counts the warnings."""
    advised = plan.add(
        "Reply to comments on my blog" if column is Column.VA else "Bookkeeping", column
    ).id
    plain = plan.add("Think about the weekend", column).id
    editor = PlanEditor(plan)
    window = MainWindow(editor, settings)
    qtbot.addWidget(window)
    view, model = window.view(column), window.models[column]

    def height(task_id: int) -> int:
        return view.visualRect(view.proxy.mapFromSource(model.index_of(task_id))).height()

    window.show()
    window.grab()  # the first paint, before the event loop runs again
    assert not view.card_delegate.advised and not window.tracker.ready
    first = {task_id: height(task_id) for task_id in (advised, plain)}
    assert first[advised] == first[plain]  # same fields: no badge row on either yet
    with qtbot.waitSignal(window.tracker.scanned):
        pass  # queued right after the first paint
    assert view.card_delegate.advised
    assert window.tracker.ids() == ([advised] if column is Column.VA else [])
    qtbot.waitUntil(lambda: height(advised) > first[advised])  # the badge row
    assert height(plain) == first[plain]
    editor.detach()


GC_PROBE = """
import gc
import sys
import ui.app as app

smoke_test = app.smoke_test

def checked(application, window):
    print("paused until painted:", not gc.isenabled())
    code = smoke_test(application, window)  # paints, then runs the work queued after the paint
    print("collecting after it:", gc.isenabled())
    return code

app.smoke_test = checked
sys.exit(app.main(sys.argv[1:]))
"""


def test_garbage_collection_pauses_only_until_the_first_paint(tmp_path: Path) -> None:
    """The start runs without the garbage collector (its objects all live on), which is back on
    as soon as the board has painted."""
    stdout = _start_with_probe(tmp_path, GC_PROBE, ["Bookkeeping"])
    assert stdout.splitlines() == ["paused until painted: True", "collecting after it: True"]


def test_a_long_column_shows_its_top_cards_in_the_first_frame(
    plan: Plan, settings: QSettings, qtbot: QtBot
) -> None:
    """A column longer than one layout batch is laid out while events run, and QListView paints
    none of its cards until that is done: the view paints its top cards meanwhile, where the
    finished layout puts them (the same pixels)."""
    for number in range(120):  # more than a batch (ColumnView lays out 50 rows at a time)
        plan.add(f"Archive old newsletters, batch {number}", Column.NOBODY)
    editor = PlanEditor(plan)
    window = MainWindow(editor, settings)
    qtbot.addWidget(window)
    view = window.view(Column.NOBODY)
    assert view.proxy.rowCount() > view.batchSize()
    window.show()
    first = window.grab().toImage()  # the first paint, before any event runs
    assert not view.indexAt(QPoint(30, 30)).isValid()  # Qt's own layout is not done yet
    with qtbot.waitSignal(window.tracker.scanned):
        pass  # the work queued after the first paint (advice on, a new layout)
    last = view.proxy.index(view.proxy.rowCount() - 1, 0)
    qtbot.waitUntil(lambda: view.visualRect(last).isValid())  # the layout is done
    after = window.grab().toImage()
    cards = view.visualRect(view.proxy.index(0, 0)).united(view.visualRect(view.proxy.index(2, 0)))
    assert view.viewport().rect().contains(cards)
    on_window = cards.translated(view.viewport().mapTo(window, QPoint(0, 0)))
    shown = first.copy(on_window)
    blank = QImage(shown.size(), shown.format())
    blank.fill(view.viewport().palette().color(QPalette.ColorRole.Base))
    assert shown != blank  # cards, not an empty list
    assert shown == after.copy(on_window)
    editor.detach()


THREADS_PROBE = """
import os
import sys
import ui.app as app

def threads():
    return sorted(os.listdir("/proc/self/task"))

def painted(application, window):
    before = threads()
    window.grab()
    print("threads started by the first paint:", len(set(threads()) - set(before)))
    from PySide6.QtCore import QEventLoop, Qt

    loop = QEventLoop()  # the work queued after the first paint runs
    window.firstPainted.connect(loop.quit)
    loop.exec()
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

    image = QImage(800, 800, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)  # fills Qt would hand to its pool of threads
    gradient = QLinearGradient(0, 0, 0, 800)
    gradient.setColorAt(0, QColor("red"))
    gradient.setColorAt(1, QColor("blue"))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(gradient)
    painter.drawEllipse(0, 0, 800, 800)
    painter.end()
    image.scaled(1600, 1600, Qt.AspectRatioMode.IgnoreAspectRatio,
                 Qt.TransformationMode.SmoothTransformation)
    print("threads started by large fills:", len(set(threads()) - set(before)))
    child = "import os; print(os.environ.get('QT_NO_GUI_THREADPOOL'))"
    import subprocess
    seen = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True)
    print("a program the app starts sees QT_NO_GUI_THREADPOOL:", seen.stdout.strip())
    return 0

app.smoke_test = painted
sys.exit(app.main(sys.argv[1:]))
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="lists threads through /proc")
def test_the_first_paint_starts_no_thread(tmp_path: Path) -> None:
    """Qt would hand the style's taller fills (scroll bars, toolbar) to a pool of threads in
    slices and wait for them, which costs more than the fills: the app keeps them on its own
    thread (ui.app.make_application)."""
    titles = [f"Answer the support inbox, batch {number}" for number in range(40)]
    stdout = _start_with_probe(tmp_path, THREADS_PROBE, titles)  # a column with a scroll bar
    assert stdout.splitlines()[:2] == [
        "threads started by the first paint: 0",
        "threads started by large fills: 0",
    ]


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="lists threads through /proc")
@pytest.mark.parametrize("exported", [None, "1"])
def test_programs_the_app_starts_do_not_inherit_its_switch(
    tmp_path: Path, exported: str | None
) -> None:
    """Qt's switch for its painting threads is an environment variable: the app sets it only
    while Qt reads it, so a program it starts (a spreadsheet opening an exported CSV, a
    browser) does not inherit it; a value the user exported is theirs and is passed on."""
    stdout = _start_with_probe(tmp_path, THREADS_PROBE, ["Bookkeeping"], thread_pool=exported)
    assert stdout.splitlines() == [
        "threads started by the first paint: 0",
        "threads started by large fills: 0",
        f"a program the app starts sees QT_NO_GUI_THREADPOOL: {exported or 'None'}",
    ]
