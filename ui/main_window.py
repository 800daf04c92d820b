"""The main window: three column panels, menus, toolbar, status bar, and the actions behind them.

The window wires views to the :class:`~ui.plan_editor.PlanEditor`; it never changes the plan
itself. Geometry is remembered with QSettings.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.model import COLUMNS, Column
from planner.paths import PLAN_SUFFIX
from ui.board_totals import BoardTotals
from ui.column_model import ColumnModel
from ui.column_panel import ColumnPanel
from ui.column_view import ColumnView
from ui.message_bar import MessageBar
from ui.plan_editor import PlanEditor
from ui.preferences import Preferences
from ui.summary_bar import SummaryBar
from ui.warning_banner import WarningBanner, fill_warning_menu
from ui.warning_tracker import WarningTracker

if TYPE_CHECKING:
    pass

# Dialogs, file formats and backups are imported where they are used, not at start-up: the
# window should be on screen before any of them is needed.

APP_TITLE = "Delegation Planner"


class PlanWindowsLike(Protocol):
    """What the window needs from :class:`ui.plan_windows.PlanWindows` (avoids an import cycle)."""

    def recent(self) -> list[Path]: ...
    def open_path(self, path: Path) -> bool: ...
    def choose_and_open(self) -> bool: ...
    def choose_and_create(self, starter: bool) -> bool: ...


STATUS_TIMEOUT_MS = 6000


class StackAction(QAction):
    """Undo or Redo: named after what it would undo or redo, disabled when there is nothing."""

    def __init__(self, label: str, parent: QObject, current: Callable[[], str]) -> None:
        super().__init__(label, parent)
        self.label = label
        self.follow(current())
        self.setEnabled(bool(current()))

    def follow(self, words: str) -> None:
        self.setText(f"{self.label} {words}".strip())


class TwinAction(QAction):
    """A toolbar action whose tooltip names what it will undo or redo."""

    def set_words(self, words: str) -> None:
        self.setToolTip(f"{self.text()} {words}".strip())


class MainWindow(QMainWindow):
    """One window on one open plan."""

    #: Emitted once, just after the window has first been painted (queued, so the paint is on
    #: screen before anything connected to it runs).
    firstPainted = Signal()

    def __init__(
        self,
        editor: PlanEditor,
        settings: QSettings | None = None,
        windows: PlanWindowsLike | None = None,
    ) -> None:
        super().__init__()
        self.windows = windows
        self.editor = editor
        self.plan = editor.plan
        self.settings = settings or QSettings()
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{self.plan.name} — {APP_TITLE}")
        self.setWindowFilePath(str(self.plan.path))

        self._last_column = Column.ME
        self._painted = False
        self.models: dict[Column, ColumnModel] = {}
        self.panels: dict[Column, ColumnPanel] = {}
        board = QWidget()
        row = QHBoxLayout(board)
        row.setContentsMargins(8, 8, 8, 8)
        row.setSpacing(8)
        self.totals = BoardTotals(editor, self)
        for column in COLUMNS:
            model = ColumnModel(editor, column, self)
            panel = ColumnPanel(model, self.totals, board)
            self.models[column] = model
            self.panels[column] = panel
            row.addWidget(panel, 1)
            self._wire(panel.view, column)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.error_bar = MessageBar(central)
        self.tracker = WarningTracker(editor, self)
        self.banner = WarningBanner(editor, self.tracker, self.jump_to, central)
        bars = QVBoxLayout()
        bars.setContentsMargins(14, 8, 14, 0)
        bars.setSpacing(6)
        bars.addWidget(self.error_bar)
        bars.addWidget(self.banner)
        outer.addLayout(bars)
        self.summary = SummaryBar(self.totals, central)
        outer.addWidget(self.summary)
        outer.addWidget(board, 1)
        self.setCentralWidget(central)
        self.setMinimumSize(780, 520)
        self.preferences = Preferences.load(self.settings)
        self.summary.set_rate(
            self.preferences.hourly_rate, self.preferences.currency, self.preferences.owner_rate
        )

        self.warning_label = QLabel()
        self.warning_label.setObjectName("warningCount")
        self.statusBar().addPermanentWidget(self.warning_label)
        self._build_actions()
        editor.failed.connect(self._show_failure)
        editor.tasksMoved.connect(self._follow_move)
        self.tracker.warningsChanged.connect(self._refresh_warning_count)
        self.tracker.scanned.connect(self._first_scan_done)
        # Assessing every task with the VA waits until the board is on screen: the cards assess
        # themselves as they are painted; only the count and the banner need the full scan.
        self.firstPainted.connect(self.tracker.ensure_scanned)
        self.warning_label.setText("Checking warnings…")
        if self.plan.store.notice:
            kind = "warning" if self.plan.read_only_reason else "info"
            self.error_bar.show_message(kind, self.plan.store.notice)
        if self.plan.read_only_reason:
            self._make_read_only()
        self._restore_geometry()
        self.view(Column.ME).setFocus()

    # -- structure -----------------------------------------------------------------------
    def view(self, column: Column) -> ColumnView:
        return self.panels[column].view

    def _wire(self, view: ColumnView, column: Column) -> None:
        view.moveRequested.connect(lambda dc, dr: self.move_selection(column, dc, dr))
        view.focusNeighbour.connect(lambda step: self.focus_column(column, step))
        view.editRequested.connect(self.edit_task)
        view.deleteRequested.connect(self.delete_tasks)
        view.focused.connect(lambda: setattr(self, "_last_column", column))

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self.new_action = QAction("&New task…", self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setStatusTip("Add a task to the focused column")
        self.new_action.triggered.connect(lambda: self.new_task())
        self.export_action = QAction("&Export CSV…", self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip("Write the plan to a CSV file for your VA")
        self.export_action.triggered.connect(lambda: self.export_csv())
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        new_plan = file_menu.addMenu("New &plan")
        new_plan.addAction("From the starter tasks…", lambda: self._windows_call("starter"))
        new_plan.addAction("Empty…", lambda: self._windows_call("empty"))
        open_action = QAction("&Open…", self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(lambda: self._windows_call("open"))
        file_menu.addAction(open_action)
        self.recent_menu = file_menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.copy_action = QAction("Save a &copy as…", self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.SaveAs)
        self.copy_action.triggered.connect(lambda: self.save_copy())
        file_menu.addAction(self.copy_action)
        self.restore_action = QAction("Restore &backup…", self)
        self.restore_action.triggered.connect(lambda: self.restore_backup())
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.import_action = QAction("&Import CSV…", self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.import_csv())
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        # The brief's actions are declared here, where the File menu is built; they move to the
        # action registry (issue 12) once it has landed.
        self.brief_action = QAction("&VA brief…", self)
        self.brief_action.setShortcut(QKeySequence("Ctrl+B"))
        self.brief_action.setStatusTip(
            "Save the hand-over brief for your VA as a PDF, Markdown or HTML file"
        )
        self.brief_action.triggered.connect(lambda: self.save_brief())
        file_menu.addAction(self.brief_action)
        self.print_action = QAction("&Print brief…", self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setStatusTip("Print the VA brief")
        self.print_action.triggered.connect(lambda: self.print_brief())
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = menu.addMenu("&Edit")
        stack = self.editor.undo_stack
        self.undo_action = StackAction("&Undo", self, stack.undoText)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.undoTextChanged.connect(self.undo_action.follow)
        self.redo_action = StackAction("&Redo", self, stack.redoText)
        self.redo_action.triggered.connect(self.redo)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.redoTextChanged.connect(self.redo_action.follow)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # a duplicate would make it ambiguous
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)
        self.edit_action = QAction("&Edit task…", self)
        self.edit_action.triggered.connect(self._edit_current)
        self.delete_action = QAction("&Delete", self)
        self.delete_action.triggered.connect(self._delete_selection)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.edit_action)
        edit_menu.addAction(self.delete_action)

        self.warnings_menu = menu.addMenu("&Warnings")
        self.warnings_menu.aboutToShow.connect(self._fill_warnings_menu)

        toolbar = QToolBar("Main", self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        toolbar.addSeparator()
        toolbar.addAction(
            self._toolbar_twin(
                self.undo_action, "Undo", stack.canUndoChanged, stack.undoTextChanged
            )
        )
        toolbar.addAction(
            self._toolbar_twin(
                self.redo_action, "Redo", stack.canRedoChanged, stack.redoTextChanged
            )
        )
        toolbar.addSeparator()
        toolbar.addAction(self.export_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText("Search tasks (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search tasks")
        self.search.setMaximumWidth(280)
        self.search.textChanged.connect(self.set_search)
        self.search.installEventFilter(self)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)

        find = QAction("&Search", self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        edit_menu.addSeparator()
        edit_menu.addAction(find)
        prefs = QAction("&Preferences…", self)
        prefs.setShortcut(QKeySequence("Ctrl+,"))
        prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
        prefs.triggered.connect(self.edit_preferences)
        edit_menu.addAction(prefs)

        help_menu = menu.addMenu("&Help")
        self.shortcuts_action = QAction("&Keyboard shortcuts", self)
        self.shortcuts_action.setShortcuts([QKeySequence("F1"), QKeySequence("?")])
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        about = QAction("&About Delegation Planner", self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _fill_warnings_menu(self) -> None:
        self.warnings_menu.clear()
        fill_warning_menu(self.warnings_menu, self.editor, self.tracker, self.jump_to)

    def _toolbar_twin(
        self, action: QAction, label: str, enabled: SignalInstance, text: SignalInstance
    ) -> QAction:
        """A short-labelled toolbar copy of an undo/redo action; the full text is its tooltip."""
        twin = TwinAction(label, self)
        twin.setEnabled(action.isEnabled())
        twin.triggered.connect(action.trigger)
        enabled.connect(twin.setEnabled)
        text.connect(twin.set_words)
        return twin

    def _make_read_only(self) -> None:
        """Nothing that would change the plan is offered; reading, search and export still work."""
        self.setWindowTitle(f"{self.plan.name} (read-only) — {APP_TITLE}")
        for action in (
            self.new_action,
            self.edit_action,
            self.delete_action,
            self.import_action,
            self.restore_action,
        ):
            action.setEnabled(False)
        for column in COLUMNS:
            view = self.view(column)
            view.setDragEnabled(False)
            view.setAcceptDrops(False)
            view.viewport().setAcceptDrops(False)
            view.read_only = True

    # -- focus and selection -------------------------------------------------------------
    def focused_column(self) -> Column:
        for column in COLUMNS:
            if self.view(column).hasFocus():
                return column
        return self._last_column

    def focus_column(self, column: Column, step: int) -> None:
        index = COLUMNS.index(column) + step
        if not 0 <= index < len(COLUMNS):
            return
        target = self.view(COLUMNS[index])
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if not target.currentIndex().isValid() and target.proxy.rowCount() > 0:
            target.setCurrentIndex(target.proxy.index(0, 0))

    def _follow_move(self, task_ids: list[int], column: Column) -> None:
        """After a move, the moved cards stay selected and focused in their new column."""
        view = self.view(column)
        view.select_ids(task_ids, current=task_ids[0])
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        first = self.plan.task(task_ids[0])
        position = self.plan.board.position(first.id) + 1
        if len(task_ids) == 1:
            message = f"Moved '{first.title}' to {column.value}, position {position}"
        else:
            message = f"Moved {len(task_ids)} tasks to {column.value}, from position {position}"
        self.announce(message)

    def undo(self) -> None:
        """Undo the last change and say what was undone."""
        stack = self.editor.undo_stack
        words, index = stack.undoText(), stack.index()
        stack.undo()
        if stack.index() != index and words:
            self.announce(f"Undone: {words}")

    def redo(self) -> None:
        """Redo the last undone change and say what was redone."""
        stack = self.editor.undo_stack
        words, index = stack.redoText(), stack.index()
        stack.redo()
        if stack.index() != index and words:
            self.announce(f"Redone: {words}")

    def jump_to(self, task_id: int) -> None:
        """Select and focus a card wherever it is; clear the search if it hides the card."""
        if task_id not in self.plan.board:
            return
        column = self.plan.board.column_of(task_id)
        view = self.view(column)
        if view.view_row(task_id) < 0:
            self.clear_search()
        view.select_ids([task_id], current=task_id)
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_search(self) -> None:
        self.search.clear()
        self.set_search("")

    def set_search(self, text: str) -> None:
        for column in COLUMNS:
            self.view(column).proxy.set_search(text)
        if text.strip():
            shown = sum(self.view(c).proxy.rowCount() for c in COLUMNS)
            total = len(self.plan.board)
            self.statusBar().showMessage(f"Showing {shown} of {total} tasks", STATUS_TIMEOUT_MS)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in the search box clears it and hands the focus back to the board."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.clear_search()
                self.view(self.focused_column()).setFocus()
                return True
            if event.key() == Qt.Key.Key_Down:
                self.view(self.focused_column()).setFocus()
                return True
        return super().eventFilter(watched, event)

    def edit_preferences(self) -> None:
        from PySide6.QtWidgets import QDialog

        from ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.preferences, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_preferences(dialog.value())

    def apply_preferences(self, preferences: Preferences) -> None:
        from ui.appearance import apply_appearance

        self.preferences = preferences
        preferences.save(self.settings)
        self.summary.set_rate(preferences.hourly_rate, preferences.currency, preferences.owner_rate)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, preferences.appearance)

    def show_shortcuts(self) -> None:
        from ui.shortcut_sheet import ShortcutSheet

        ShortcutSheet(self).exec()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            "About Delegation Planner",
            "Delegation Planner helps you decide which recurring tasks you keep, which your "
            "virtual assistant takes, and which nobody should do, and warns you when a task "
            "that builds a relationship is about to leave your hands.",
        )

    def announce(self, message: str) -> None:
        """Say ``message`` in the status bar and to screen readers."""
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, message))

    # -- actions -------------------------------------------------------------------------
    def move_selection(self, column: Column, column_step: int, row_step: int) -> None:
        """Keyboard moves: to the neighbouring column, or one visible card up or down."""
        view = self.view(column)
        ids = view.target_ids()
        if not ids:
            return
        if column_step:
            index = COLUMNS.index(column) + column_step
            if not 0 <= index < len(COLUMNS):
                return
            target = COLUMNS[index]
            proxy = self.view(target).proxy
            row = min(max(0, view.currentIndex().row()), proxy.rowCount())
            self.editor.move_tasks(ids, target, proxy.source_row(row))
            return
        rows = sorted(view.view_row(task_id) for task_id in ids)
        if rows[0] < 0:
            return
        if row_step < 0:
            if rows[0] == 0:
                return
            self.editor.move_tasks(ids, column, view.proxy.source_row(rows[0] - 1))
        else:
            if rows[-1] >= view.proxy.rowCount() - 1:
                return
            self.editor.move_tasks(ids, column, view.proxy.source_row(rows[-1] + 1) + 1)

    def new_task(self, column: Column | None = None) -> int | None:
        from ui.task_dialog import TaskDialog

        column = column or self.focused_column()
        dialog = TaskDialog(self, None, column)
        if dialog.exec() != TaskDialog.DialogCode.Accepted:
            return None
        values = dialog.values()
        title = values.pop("title")
        task_id = self.editor.add_task(title, column, **values)
        if task_id is not None:
            view = self.view(column)
            view.select_ids([task_id], current=task_id)
            view.setFocus()
            self.announce(f"Added '{self.plan.task(task_id).title}' to {column.value}")
        return task_id

    def edit_task(self, task_id: int) -> bool:
        from ui.task_dialog import TaskDialog

        dialog = TaskDialog(self, self.plan.task(task_id))
        if dialog.exec() != TaskDialog.DialogCode.Accepted:
            return False
        return self.editor.edit_task(task_id, **dialog.values())

    def _edit_current(self) -> None:
        task_id = self.view(self.focused_column()).current_id()
        if task_id is not None:
            self.edit_task(task_id)

    def delete_tasks(self, task_ids: list[int]) -> None:
        if self.editor.delete_tasks(task_ids):
            what = "1 task" if len(task_ids) == 1 else f"{len(task_ids)} tasks"
            self.announce(f"Deleted {what}. Undo with {self.undo_shortcut()}")

    def _delete_selection(self) -> None:
        view = self.view(self.focused_column())
        ids = view.selected_ids()
        if ids:
            self.delete_tasks(ids)

    def undo_shortcut(self) -> str:
        return self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    # -- plan files ----------------------------------------------------------------------
    def _windows_call(self, what: str) -> None:
        if self.windows is None:
            return
        if what == "open":
            self.windows.choose_and_open()
        else:
            self.windows.choose_and_create(starter=what == "starter")

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.windows.recent() if self.windows is not None else []
        here = self.plan.path.resolve()
        shown = [p for p in recent if p != here]
        if not shown:
            self.recent_menu.addAction("No other recent plans").setEnabled(False)
        for path in shown:
            action = self.recent_menu.addAction(f"{path.stem}  ({path.parent})")
            action.setEnabled(path.exists())
            action.triggered.connect(
                lambda _=False, p=path: self.windows and self.windows.open_path(p)
            )

    def save_copy(self, destination: Path | None = None) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        from planner.backups import save_copy

        if destination is None:
            suggested = str(self.plan.path.with_name(f"{self.plan.name} copy{PLAN_SUFFIX}"))
            chosen, _ = QFileDialog.getSaveFileName(
                self, "Save a copy of the plan", suggested, f"Delegation plans (*{PLAN_SUFFIX})"
            )
            if not chosen:
                return None
            destination = Path(chosen)
            if not destination.suffix:
                destination = destination.with_suffix(PLAN_SUFFIX)
        try:
            save_copy(self.plan.store, destination)
        except (PlannerError, OSError) as error:
            self._show_failure(f"The copy could not be saved. {error}", changed=False)
            return None
        self.announce(f"Saved a copy of the plan to {destination}")
        return destination

    def restore_backup(self, backup: Path | None = None) -> bool:
        from PySide6.QtWidgets import QInputDialog

        from planner.backups import list_backups, make_backup, restore_backup

        if backup is None:
            backups = list_backups(self.plan.path)
            if not backups:
                self.error_bar.show_message("info", "There are no backups of this plan yet.")
                return False
            labels = [b.label for b in backups]
            label, ok = QInputDialog.getItem(
                self,
                "Restore backup",
                "Backups are taken each time the plan is opened. Restoring replaces the plan's "
                "content; the current content is backed up first.",
                labels,
                0,
                False,
            )
            if not ok:
                return False
            backup = backups[labels.index(label)].path
        try:
            make_backup(self.plan.store)
            restore_backup(self.plan.store, backup)
        except (PlannerError, OSError, sqlite3.Error) as error:
            self._show_failure(f"The backup could not be restored. {error}")
            return False
        self.editor.undo_stack.clear()
        self.plan.reload()
        self.announce(f"Restored the backup from {backup.stem}")
        return True

    def import_csv(self, source: Path | None = None) -> list[int] | None:
        from PySide6.QtWidgets import QFileDialog

        from planner.csv_import import read_csv
        from planner.import_plan import plan_import

        if source is None:
            start = self.settings.value("import/last_dir", str(Path.home()))
            chosen, _ = QFileDialog.getOpenFileName(
                self, "Import tasks from CSV", str(start), "CSV files (*.csv *.txt);;All files (*)"
            )
            if not chosen:
                return None
            source = Path(chosen)
            self.settings.setValue("import/last_dir", str(source.parent))
        try:
            planned = plan_import(self.plan, read_csv(source))
        except PlannerError as error:
            self._show_failure(f"Nothing was imported. {error}")
            return None
        done = self.editor.import_plan(planned, source.name)
        if done is None and not planned.changes_nothing:
            return None
        touched = done.touched_ids if done is not None else []
        self.show_tasks(touched)
        message = f"Imported {source.name}: {planned.summary()}"
        counts = ", ".join(f"{n} to {c.value}" for c, n in planned.added_counts().items() if n)
        if counts:
            message += f" ({counts})"
        if planned.batch.ignored_columns:
            message += f". Ignored columns: {', '.join(planned.batch.ignored_columns)}"
        self.announce(message)
        return touched

    def show_tasks(self, task_ids: list[int]) -> None:
        """Select ``task_ids`` in their columns, scroll each column to them, and focus the
        column of the first (the search is cleared if it hides any of them)."""
        ids = [task_id for task_id in task_ids if task_id in self.plan.board]
        if not ids:
            return
        by_column: dict[Column, list[int]] = {}
        for task_id in ids:
            by_column.setdefault(self.plan.board.column_of(task_id), []).append(task_id)
        if any(self.view(c).view_row(t) < 0 for c, tasks in by_column.items() for t in tasks):
            self.clear_search()
        for column in COLUMNS:
            view = self.view(column)
            column_ids = by_column.get(column, [])
            view.select_ids(column_ids, current=column_ids[0] if column_ids else None)
        first = self.view(self.plan.board.column_of(ids[0]))
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def export_csv(self, destination: Path | None = None) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        from planner.csv_export import export_csv

        if destination is None:
            start = self.settings.value("export/last_dir", str(Path.home()))
            suggested = str(Path(str(start)) / f"{self.plan.name}.csv")
            chosen, _ = QFileDialog.getSaveFileName(
                self, "Export plan as CSV", suggested, "CSV files (*.csv);;All files (*)"
            )
            if not chosen:
                return None
            destination = Path(chosen)
            if not destination.suffix:
                destination = destination.with_suffix(".csv")
            self.settings.setValue("export/last_dir", str(destination.parent))
        try:
            count = export_csv(self.plan, destination)
        except (PlannerError, OSError) as error:
            self._show_failure(f"The CSV could not be written. {error}", changed=False)
            return None
        self.announce(f"Exported {count} tasks to {destination}")
        return destination

    def save_brief(self, destination: Path | None = None) -> Path | None:
        """File > VA brief…: the brief as PDF, Markdown or HTML (see :mod:`ui.brief_actions`)."""
        from ui.brief_actions import save_brief

        return save_brief(self, destination)

    def print_brief(self) -> bool:
        """File > Print brief…: the brief through the system print dialog."""
        from ui.brief_actions import print_brief

        return print_brief(self)

    # -- feedback ------------------------------------------------------------------------
    def show_problem(self, message: str) -> None:
        """Report a failure that changed nothing in the plan (status bar and message bar)."""
        self._show_failure(message, changed=False)

    def _first_scan_done(self) -> None:
        self._refresh_warning_count()
        latest = self.tracker.latest()
        if latest is not None:
            self.banner.show_warning(latest)

    def _refresh_warning_count(self) -> None:
        count = self.tracker.count()
        if count:
            noun = "warning" if count == 1 else "warnings"
            self.warning_label.setText(f"⚠ {count} relationship {noun}")
        else:
            self.warning_label.setText("No relationship warnings")

    def _show_failure(self, message: str, changed: bool = True) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS * 2)
        suffix = "\nYour plan was not changed." if changed else ""
        actions: list[tuple[str, Callable[[], object]]] = []
        if changed:
            actions.append(("Save a copy as…", self.save_copy))
        self.error_bar.show_message("error", f"{message}{suffix}", actions)

    # -- geometry ------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.firstPainted.emit)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
