"""Which plan is open, and switching between plans: open, new, recent, and first start.

:class:`PlanWindows` owns the open :class:`~planner.plan.Plan` and its
:class:`~ui.main_window.MainWindow`. Opening another plan builds a new window on it and closes
the old one (and its plan). A plan that cannot be opened is explained in a dialog that offers to
open another or create a new one; the file is never touched. A plan refused for what it holds
(objects or values the app did not make) also offers "Open a clean copy": its tasks read into a new
plan beside it, which then opens. A backup copy is taken each time a
plan is opened, just after the window has painted.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QWidget

from planner.errors import PlanContentError, PlannerError
from planner.identity import APP_NAME
from planner.paths import PLAN_SUFFIX, data_dir
from planner.plan import Plan
from planner.session import create_seeded, open_plan
from planner.store import warm_up
from ui.main_window import MainWindow
from ui.plan_editor import PlanEditor
from ui.settings import RECENT_PLANS

if TYPE_CHECKING:
    from ui.focus_return import FocusReturn

MAX_RECENT = 8
PLAN_FILTER = f"Delegation plans (*{PLAN_SUFFIX});;All files (*)"


class PlanWindows(QObject):
    """The app's one main window and the plan in it.

    Also receives the "open this file" requests macOS sends when a plan is double-clicked
    (install it as an event filter on the application).
    """

    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self.settings = settings
        self.window: MainWindow | None = None
        self.plan: Plan | None = None
        #: After any dialog closes, the keyboard goes back to the window (item 8 of issue 11).
        #: Made when the first window has painted: following the focus window makes PySide
        #: build the QWindow class, work the first frame can spare (no dialog closes before).
        self.focus_return: FocusReturn | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            from PySide6.QtGui import QFileOpenEvent  # only macOS sends it: not built elsewhere

            if isinstance(event, QFileOpenEvent):
                path = event.file()
                if path:
                    self.open_path(Path(path))
                return True
        return super().eventFilter(watched, event)

    # -- recent plans --------------------------------------------------------------------
    def recent(self) -> list[Path]:
        return RECENT_PLANS.read(self.settings)

    def _remember(self, path: Path) -> None:
        resolved = path.resolve()
        items = [resolved, *[p for p in self.recent() if p != resolved]][:MAX_RECENT]
        RECENT_PLANS.write(self.settings, items)

    # -- opening -------------------------------------------------------------------------
    def start(self, path: Path | None) -> Plan:
        """The plan to start on: ``path``, else the last plan used, else the default plan.

        Raises :class:`PlannerError` when ``path`` (or the default plan) cannot be opened.
        """
        if path is None:
            last = next(iter(self.recent()), None)
            if last is not None and last.exists():
                try:
                    return Plan.open(last)
                except PlannerError:
                    pass  # fall back to the default plan
        return open_plan(path)

    def show(self, plan: Plan) -> MainWindow:
        """Show ``plan`` in a new main window, replacing any current one."""
        editor = PlanEditor(plan)
        window = MainWindow(editor, self.settings, self)
        editor.setParent(window)
        old_window, old_plan = self.window, self.plan
        self.window, self.plan = window, plan
        self._remember(plan.path)
        window.show()
        if old_window is not None:
            old_window.editor.detach()
            old_window.close()
            old_window.deleteLater()
        if old_plan is not None and old_plan is not plan:
            old_plan.close()
        window.firstPainted.connect(lambda: self._after_first_paint(plan))
        return window

    def _after_first_paint(self, plan: Plan) -> None:
        """Work that can wait until the board is on screen: giving the keyboard back after
        dialogs, a backup copy, and loading the storage library ahead of the first change."""
        if self.focus_return is None:
            from ui.focus_return import FocusReturn

            self.focus_return = FocusReturn(lambda: self.window, self)
        if plan is not self.plan:
            return
        from planner.backups import make_backup

        warm_up()
        try:
            make_backup(plan.store)
        except PlannerError as error:
            if self.window is not None:
                self.window.statusBar().showMessage(f"No backup copy could be made: {error}", 8000)

    def open_path(self, path: Path) -> bool:
        """Open the plan at ``path`` (an existing file) in place of the current one."""
        if self.plan is not None and path.resolve() == self.plan.path.resolve():
            return True
        try:
            plan = Plan.open(path)
        except PlannerError as error:
            replacement = self.ask_for_plan(str(error), self.window, error)
            if replacement is None:
                return False
            plan = replacement
        self.show(plan)
        return True

    def choose_and_open(self) -> bool:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(
            self.window, "Open plan", str(self._folder()), PLAN_FILTER
        )
        return bool(chosen) and self.open_path(Path(chosen))

    def choose_and_create(self, starter: bool) -> bool:
        from PySide6.QtWidgets import QMessageBox

        path = self._ask_new_path(self.window)
        if path is None:
            return False
        try:
            plan = self.create(path, starter)
        except PlannerError as error:
            QMessageBox.warning(self.window, APP_NAME, str(error))
            return False
        self.show(plan)
        return True

    @staticmethod
    def open_clean_copy(source: Path) -> Plan:
        """Recover the tasks of ``source`` into a new plan beside it and open that; the plan's
        notice says what was read and what could not be kept."""
        from planner.recovery import SHOWN, recover_plan

        recovery = recover_plan(source)
        plan = Plan.open(recovery.destination)
        shown = recovery.corrections[:SHOWN]
        more = len(recovery.corrections) - len(shown)
        details = "; ".join(shown) + (f"; and {more} more" if more else "")
        plan.store.notice = recovery.summary().replace(" (see the list)", "") + (
            f" Not kept: {details}." if details else ""
        )
        return plan

    @staticmethod
    def create(path: Path, starter: bool) -> Plan:
        if starter:
            if path.exists():
                return Plan.open(path)  # refuses with a clear message; never overwrites
            create_seeded(path)
            return Plan.open(path)
        return Plan.open(path, create=True) if not path.exists() else Plan.open(path)

    def _folder(self) -> Path:
        if self.plan is not None:
            return self.plan.path.parent
        return data_dir()

    def _ask_new_path(self, parent: QWidget | None) -> Path | None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        suggested = str(self._folder() / f"New plan{PLAN_SUFFIX}")
        chosen, _ = QFileDialog.getSaveFileName(parent, "New plan", suggested, PLAN_FILTER)
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(PLAN_SUFFIX)
        if path.exists():
            QMessageBox.warning(
                parent,
                APP_NAME,
                f"{path} already exists and was left as it is. Choose another name.",
            )
            return None
        return path

    def ask_for_plan(
        self, problem: str, parent: QWidget | None = None, error: PlannerError | None = None
    ) -> Plan | None:
        """Say why a plan cannot be opened (``problem``, from ``error``); offer to open another
        or create a new one, and for a plan refused for its contents, a clean copy of its tasks."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        while True:
            refused = error if isinstance(error, PlanContentError) else None
            box = QMessageBox(
                QMessageBox.Icon.Warning, APP_NAME, "This plan cannot be opened.", parent=parent
            )
            box.setInformativeText(f"{problem}\n\nThe file has not been changed.")
            clean_button = None
            if refused is not None:
                clean_button = box.addButton("Open a clean copy", QMessageBox.ButtonRole.ActionRole)
                clean_button.setToolTip(
                    "Read this plan's tasks, checking each value, into a new plan beside it "
                    "and open that. This file stays as it is."
                )
            open_button = box.addButton("Open another plan…", QMessageBox.ButtonRole.AcceptRole)
            new_button = box.addButton("Create a new plan…", QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            clicked = box.clickedButton()
            try:
                if clicked is not None and clicked is clean_button and refused is not None:
                    return self.open_clean_copy(refused.path)
                if clicked is open_button:
                    chosen, _ = QFileDialog.getOpenFileName(
                        parent, "Open plan", str(self._folder()), PLAN_FILTER
                    )
                    if chosen:
                        return Plan.open(Path(chosen))
                elif clicked is new_button:
                    path = self._ask_new_path(parent)
                    if path is not None:
                        return self.create(path, starter=True)
                else:
                    return None
            except PlannerError as failure:
                problem, error = str(failure), failure
