"""The main window: the three column panels, the bars above them, and the wiring between them.

It wires the views to the :class:`~ui.plan_editor.PlanEditor` (it never changes the plan itself)
and handles what the user does to cards (keyboard moves, edit, delete, the card menu). Its
menus, toolbar and keys come from :mod:`ui.actions`; the plan-file workflows live in
:class:`~ui.file_workflows.FileWorkflows` (``window.files``). Geometry is remembered with
QSettings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner.identity import APP_NAME
from planner.model import COLUMNS, UNCHANGED, Column, Relationship, Task, TaskChanges
from ui import actions
from ui import settings as settings_
from ui.action_set import ActionSet
from ui.board_totals import BoardTotals
from ui.column_model import ColumnModel
from ui.column_panel import ColumnPanel
from ui.column_view import ColumnView
from ui.commands import Selection, quoted
from ui.lazy_qt import Qt
from ui.message_bar import MessageBar, MessageKind
from ui.plan_editor import PlanEditor
from ui.preferences import Preferences
from ui.qt_values import TOOL_BUTTON_TEXT_ONLY
from ui.search_field import SearchField
from ui.status_bar import Cause, StatusBar
from ui.summary_bar import SummaryBar
from ui.warning_banner import WarningBanner, fill_warning_menu
from ui.warning_tracker import WarningTracker

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from ui.decisions_dialog import DecisionsDialog
    from ui.file_workflows import FileWorkflows, PlanSwitcher

# Dialogs, file formats and backups are imported where they are used, not at start-up: the
# window should be on screen before any of them is needed.

STATUS_TIMEOUT_MS = 6000


class MainWindow(QMainWindow):
    """One window on one open plan."""

    #: Emitted once, just after the window has first been painted (queued, so the paint is on
    #: screen before anything connected to it runs).
    firstPainted = Signal()

    def __init__(
        self,
        editor: PlanEditor,
        settings: QSettings | None = None,
        windows: PlanSwitcher | None = None,
    ) -> None:
        super().__init__()
        self.editor = editor
        self.plan = editor.plan
        self.settings = settings or QSettings()
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{self.plan.name} — {APP_NAME}")
        self.setWindowFilePath(str(self.plan.path))

        self._last_column = Column.ME
        self._painted = False
        self.models: dict[Column, ColumnModel] = {}
        self._decisions_dialog: DecisionsDialog | None = None
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
        self.banner = WarningBanner(
            editor, self.tracker, self.jump_to, self._banner_buttons, central
        )
        bars = QVBoxLayout()
        bars.setContentsMargins(14, 8, 14, 0)
        bars.setSpacing(6)
        # a bar's button pressed: the keyboard goes back to the column it came from
        self.error_bar.focus_home = self.banner.focus_home = self._column_in_focus
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

        self.setStatusBar(StatusBar(self))
        self.warning_label = QLabel()
        self.warning_label.setObjectName("warningCount")
        self.statusBar().addPermanentWidget(self.warning_label)
        self._windows = windows
        self._files: FileWorkflows | None = None
        self.card_menu: QMenu | None = None
        self._build_actions()
        editor.failed.connect(lambda message: self._show_failure(message, Cause.WRITE))
        # A change that went through ends the story of the last one: its message goes, and so
        # does a failed save's.
        editor.undo_stack.indexChanged.connect(self._change_saved)
        editor.tasksMoved.connect(self._follow_move)
        editor.capture_selection = self.current_selection
        editor.selectionRestored.connect(self.restore_selection)
        self.tracker.warningsChanged.connect(self._refresh_warning_count)
        self.tracker.scanned.connect(self._first_scan_done)
        editor.planChanged.connect(self._show_advisor_problem)
        self._advisor_problem_shown = False
        # The advisor waits until the board is on screen: the first frame shows the cards
        # without its word (warnings, acceptances, suggestions); right after it, the cards on
        # screen are assessed and painted again, then the full scan gives the count and banner.
        for column in COLUMNS:
            self.view(column).show_advice(False)
        self.firstPainted.connect(self._show_advice)
        self.firstPainted.connect(self.tracker.start_scan)
        self.warning_label.setText("Checking warnings…")
        if self.plan.store.notice:
            kind = MessageKind.WARNING if self.plan.read_only_reason else MessageKind.INFO
            self.error_bar.show_message(kind, self.plan.store.notice)
        if self.plan.read_only_reason:
            self._make_read_only()
        self._restore_geometry()
        self.view(Column.ME).setFocus()

    # -- structure -----------------------------------------------------------------------
    def _show_advice(self) -> None:
        for column in COLUMNS:
            self.view(column).show_advice()

    def view(self, column: Column) -> ColumnView:
        return self.panels[column].view

    def _wire(self, view: ColumnView, column: Column) -> None:
        view.editRequested.connect(self.edit_task)
        view.cardMenuRequested.connect(lambda where: self.show_card_menu(column, where))
        view.focused.connect(lambda: setattr(self, "_last_column", column))

    def _build_actions(self) -> None:
        self.action_set = ActionSet(self, (panel.view for panel in self.panels.values()))
        self.action_set.build_menus()
        toolbar = QToolBar("Main", self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setProperty("toolButtonStyle", TOOL_BUTTON_TEXT_ONLY)
        self.action_set.build_toolbar(toolbar)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.search = SearchField()
        self.search.setObjectName("search")
        find_keys = actions.SEARCH.sequences()[0].toString(QKeySequence.SequenceFormat.NativeText)
        self.search.setPlaceholderText(f"Search tasks ({find_keys})")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search tasks")
        self.search.setMaximumWidth(280)
        self.search.textChanged.connect(self.set_search)
        self.search.escaped.connect(self._leave_search)
        self.search.leftDown.connect(lambda: self.view(self.focused_column()).setFocus())
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)

    # The actions tests and other modules reach by name.
    @property
    def new_action(self) -> QAction:
        return self.action_set.action(actions.NEW_TASK)

    @property
    def edit_action(self) -> QAction:
        return self.action_set.action(actions.EDIT_TASK)

    @property
    def delete_action(self) -> QAction:
        return self.action_set.action(actions.DELETE)

    @property
    def import_action(self) -> QAction:
        return self.action_set.action(actions.IMPORT_CSV)

    @property
    def export_action(self) -> QAction:
        return self.action_set.action(actions.EXPORT_CSV)

    @property
    def restore_action(self) -> QAction:
        return self.action_set.action(actions.RESTORE_BACKUP)

    @property
    def undo_action(self) -> QAction:
        return self.action_set.action(actions.UNDO)

    @property
    def redo_action(self) -> QAction:
        return self.action_set.action(actions.REDO)

    @property
    def brief_action(self) -> QAction:
        return self.action_set.action(actions.VA_BRIEF)

    @property
    def print_action(self) -> QAction:
        return self.action_set.action(actions.PRINT_BRIEF)

    @property
    def shortcuts_action(self) -> QAction:
        return self.action_set.action(actions.SHORTCUTS)

    @property
    def files(self) -> FileWorkflows:
        """The plan-file workflows (new, open, import, export, copy, restore), made when first
        used: the board is shown without them."""
        if self._files is None:
            from ui.file_workflows import FileWorkflows

            files = FileWorkflows(self.editor, self.settings, self, self._windows)
            files.announced.connect(self.announce)
            files.failed.connect(self._show_failure)
            files.succeeded.connect(self.error_bar.clear_cause)
            files.noted.connect(lambda text: self.error_bar.show_message(MessageKind.INFO, text))
            files.tasksTouched.connect(self.show_tasks)
            self._files = files
        return self._files

    def fill_warnings_menu(self, menu: QMenu) -> None:
        fill_warning_menu(menu, self.editor, self.tracker, self.jump_to)

    def show_decisions(self) -> None:
        """Your decisions: every task the owner decided, and a way to remove a decision. The
        dialog stays open beside the board (Undo in the window brings a decision back)."""
        if self._decisions_dialog is None:
            from ui.decisions_dialog import DecisionsDialog  # not at start-up

            self._decisions_dialog = DecisionsDialog(self.editor, self)
            # Its own window: the window's Undo and Redo keys work there too (it says Undo
            # brings a removed decision back).
            self._decisions_dialog.addActions([self.undo_action, self.redo_action])
        self._decisions_dialog.refresh()
        self._decisions_dialog.show()
        self._decisions_dialog.raise_()
        self._decisions_dialog.activateWindow()

    def _make_read_only(self) -> None:
        """Nothing that would change the plan is offered; reading, search and export still work."""
        self.setWindowTitle(f"{self.plan.name} (read-only) — {APP_NAME}")
        for column in COLUMNS:
            view = self.view(column)
            view.setDragEnabled(False)
            view.setAcceptDrops(False)
            view.viewport().setAcceptDrops(False)
            view.read_only = True

    # -- focus and selection -------------------------------------------------------------
    def _column_in_focus(self) -> QWidget:
        return self.view(self.focused_column())

    def focused_column(self) -> Column:
        for column in COLUMNS:
            if self.view(column).hasFocus():
                return column
        return self._last_column

    def target_ids(self) -> list[int]:
        """The cards an action applies to: the focused column's selection, or its current card."""
        return self.view(self.focused_column()).target_ids()

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
            message = f"Moved {quoted(first.title, 80)} to {column.value}, position {position}"
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
            self.status.show_message(
                f"Showing {shown} of {total} tasks", Cause.SEARCH, STATUS_TIMEOUT_MS
            )
        else:
            self.status.clear_cause(Cause.SEARCH)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _leave_search(self) -> None:
        """Esc in the search box clears it and hands the focus back to the board."""
        self.clear_search()
        self.view(self.focused_column()).setFocus()

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

        from planner.identity import version

        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"{APP_NAME} {version()}\n\n"
            f"{APP_NAME} helps you decide which recurring tasks you keep, which your "
            "virtual assistant takes, and which nobody should do, and warns you when a task "
            "that builds a relationship is about to leave your hands.",
        )

    @property
    def status(self) -> StatusBar:
        bar = self.statusBar()
        assert isinstance(bar, StatusBar)
        return bar

    def announce(self, message: str) -> None:
        """Say what was just done in the status bar and to screen readers (it goes when the
        next change is made)."""
        self.status.show_message(message, Cause.DEED, STATUS_TIMEOUT_MS)
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # not at start-up

        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, message))

    # -- actions -------------------------------------------------------------------------
    def move_selection(self, column_step: int, row_step: int) -> None:
        """Keyboard moves: to the neighbouring column, or one visible card up or down."""
        column = self.focused_column()
        view = self.view(column)
        ids = view.target_ids()
        if not ids:
            return
        if column_step:
            index = COLUMNS.index(column) + column_step
            if 0 <= index < len(COLUMNS):
                target = COLUMNS[index]
                arrival = self.view(target).arrival_row(view.currentIndex())
                self.editor.move_tasks(ids, target, arrival)
            return
        step = view.step_row(ids, row_step)
        if step is not None:
            self.editor.move_tasks(ids, column, step)

    def new_task(self, column: Column | None = None) -> int | None:
        from ui.task_dialog import TaskDialog

        column = column or self.focused_column()
        dialog = TaskDialog(self, None, column, self.plan.board)
        if dialog.exec() != TaskDialog.DialogCode.Accepted:
            return None
        values = dialog.values()
        title = values.title
        if title is UNCHANGED:  # pragma: no cover - the dialog always gives a title
            return None
        task_id = self.editor.add_task(title, column, fields=values._replace(title=UNCHANGED))
        if task_id is not None:
            view = self.view(column)
            view.select_ids([task_id], current=task_id)
            view.setFocus()
            self.announce(f"Added {quoted(self.plan.task(task_id).title, 80)} to {column.value}")
        return task_id

    def edit_task(self, task_id: int) -> bool:
        from ui.task_dialog import TaskDialog

        before = self.plan.task(task_id)
        dialog = TaskDialog(self, before, board=self.plan.board)
        if dialog.exec() != TaskDialog.DialogCode.Accepted:
            return False
        if not self.editor.edit_task(task_id, dialog.values()):
            return False
        self._announce_edits([before])
        # The card may have grown (a longer title, notes, a badge): all of it in view.
        view = self.view(self.plan.board.column_of(task_id))
        row = view.view_row(task_id)
        if row >= 0:
            view.scrollTo(view.proxy.index(row, 0))
        return True

    def delete_tasks(self, task_ids: list[int]) -> None:
        if self.editor.delete_tasks(task_ids):
            what = "1 task" if len(task_ids) == 1 else f"{len(task_ids)} tasks"
            self.announce(f"Deleted {what}. Undo with {self.undo_shortcut()}")

    def split_task(self, task_id: int) -> int | None:
        """Split a task; select both halves (the preparation first) and say where they went."""
        prep_id = self.editor.split_task(task_id)
        if prep_id is None:
            return None
        self.show_tasks([prep_id, task_id])
        personal = self.plan.task(task_id)
        where = self.plan.board.position(task_id) + 1
        self.announce(
            f"Split {quoted(personal.title, 80)}: the preparation is with your VA, "
            f"the personal part with you (Me, position {where})"
        )
        return prep_id

    def undo_shortcut(self) -> str:
        return self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    def keep_with_va(self, task_ids: list[int]) -> None:
        """Keep relationship tasks with the VA on purpose (one undoable step)."""
        from ui.edit_messages import kept_message  # with the first edit, not at start-up

        before = [self.plan.task(task_id) for task_id in task_ids]
        with self._one_step(task_ids, f"Keep {len(task_ids)} tasks with your VA"):
            for task_id in task_ids:
                self.editor.accept_warning(task_id)
        self._announce_edits(before, kept_message)

    def set_relationship(self, task_ids: list[int], value: Relationship) -> None:
        """Override (or hand back to the advisor) whether tasks build a relationship."""
        from ui.edit_messages import marked_message

        before = [self.plan.task(task_id) for task_id in task_ids]
        with self._one_step(task_ids, f"Change {len(task_ids)} tasks"):
            for task_id in task_ids:
                self.editor.edit_task(task_id, TaskChanges(relationship=value))
        self._announce_edits(before, lambda count: marked_message(count, value))

    def _announce_edits(
        self, before: list[Task], several: Callable[[int], str] | None = None
    ) -> None:
        """Say what edits did, as the other changes do: one task's changed fields, or what
        ``several`` says of how many changed (nothing when nothing changed)."""
        from ui.edit_messages import changed_fields, edit_message

        board = self.plan.board
        edited = [(old, board.task(old.id)) for old in before if old.id in board]
        edited = [(old, new) for old, new in edited if changed_fields(old, new)]
        if len(edited) == 1:
            self.announce(edit_message(*edited[0]))
        elif edited and several is not None:
            self.announce(several(len(edited)))

    @contextmanager
    def _one_step(self, task_ids: list[int], text: str) -> Iterator[None]:
        """Several edits as one undo step (a single edit keeps its own name)."""
        stack = self.editor.undo_stack
        if len(task_ids) > 1:
            stack.beginMacro(text)
        try:
            yield
        finally:
            if len(task_ids) > 1:
                stack.endMacro()

    def current_selection(self) -> Selection:
        """The focused column's selected cards and current card (recorded by every command)."""
        view = self.view(self.focused_column())
        return Selection(tuple(view.selected_ids()), view.current_id())

    def restore_selection(self, selection: Selection) -> None:
        """Select ``selection`` again wherever its cards are now, make its current card the
        keyboard's card, focus that column and scroll to it (undo and redo call this)."""
        board = self.plan.board
        ids = [task_id for task_id in selection.selected if task_id in board]
        current = selection.current if selection.current in board else None
        if current is None and ids:
            current = ids[0]
        if current is None:
            return
        focus_column = board.column_of(current)
        for column in COLUMNS:
            in_column = [task_id for task_id in ids if board.column_of(task_id) is column]
            view = self.view(column)
            if column is focus_column:
                view.select_ids(in_column, current=current)
            else:
                view.select_ids(in_column)
        self.view(focus_column).setFocus(Qt.FocusReason.OtherFocusReason)

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
            if column_ids:  # show as many of them as fit, the first one surely
                rows = sorted(row for row in map(view.view_row, column_ids) if row >= 0)
                if rows:
                    view.scrollTo(view.proxy.index(rows[-1], 0))
            view.select_ids(column_ids, current=column_ids[0] if column_ids else None)
        first = self.view(self.plan.board.column_of(ids[0]))
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the card menu -------------------------------------------------------------------
    def open_card_menu(self) -> QMenu | None:
        """The card menu of the focused column, by its current card (Menu key, Shift+F10)."""
        column = self.focused_column()
        return self.show_card_menu(column, self.view(column).menu_anchor())

    def show_card_menu(self, column: Column, where: QPoint) -> QMenu | None:
        """Open the card menu at ``where`` (global) for the selected cards of ``column``."""
        view = self.view(column)
        ids = view.target_ids()
        if not ids:
            return None
        menu = self.action_set.card_menu(ids, view)
        self.card_menu = menu
        menu.popup(where)
        return menu

    def save_brief(self, destination: Path | None = None) -> Path | None:
        """File > VA brief…: the brief as PDF, Markdown or HTML (see :mod:`ui.brief_actions`)."""
        from ui.brief_actions import save_brief

        return save_brief(self, destination)

    def print_brief(self) -> bool:
        """File > Print brief…: the brief through the system print dialog."""
        from ui.brief_actions import print_brief

        return print_brief(self)

    def _banner_buttons(self, task_id: int) -> list[tuple[str, Callable[[], object]]]:
        return self.action_set.banner_buttons(task_id)

    # -- feedback ------------------------------------------------------------------------
    def show_problem(self, message: str, cause: Cause = Cause.PROBLEM) -> None:
        """Report a failure that changed nothing in the plan, in the bar above the board."""
        self._show_failure(message, cause)

    def _first_scan_done(self) -> None:
        self._refresh_warning_count()
        latest = self.tracker.latest()
        if latest is not None:
            self.banner.show_warning(latest)
        self._show_advisor_problem()

    def _show_advisor_problem(self) -> None:
        """Say once that relationship warnings are off, if the advisor's data could not be read
        (met by the first scan, or by a change that asked the advisor about new wording)."""
        from planner.advice import advisor_problem  # loaded by the first scan

        if self._advisor_problem_shown or not advisor_problem():
            return
        self._advisor_problem_shown = True
        self._refresh_warning_count()
        self.error_bar.show_message(MessageKind.WARNING, advisor_problem(), cause=Cause.PROBLEM)

    def _refresh_warning_count(self) -> None:
        count = self.tracker.count()
        if self._advisor_problem_shown:
            self.warning_label.setText("⚠ Relationship warnings off")
        elif count:
            noun = "warning" if count == 1 else "warnings"
            self.warning_label.setText(f"⚠ {count} relationship {noun}")
        else:
            self.warning_label.setText("No relationship warnings")

    def _change_saved(self) -> None:
        self.status.clear_cause(Cause.DEED)
        self.error_bar.clear_cause(Cause.WRITE)

    def _show_failure(self, message: str, cause: Cause) -> None:
        """Show a refusal in the bar above the board, once, with only the buttons that help
        with it; it goes when its cause does (the same kind of operation succeeds)."""
        buttons: list[tuple[str, Callable[[], object]]] = []
        if cause is Cause.WRITE:
            # A change could not be saved: the plan file keeps the last saved state, and a copy
            # elsewhere keeps what is on screen.
            message += "\nYour plan was not changed."
            buttons.append((actions.SAVE_COPY.plain_text + "…", self.files.save_copy))
        elif cause is Cause.IMPORT:
            buttons.append(("Import another file…", lambda: self.files.import_csv(preview=True)))
        elif cause is Cause.EXPORT:
            buttons.append(("Export elsewhere…", self.files.export_csv))
        self.error_bar.show_message(MessageKind.ERROR, message, buttons, cause)
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # not at start-up

        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, message))

    # -- geometry ------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = settings_.WINDOW_GEOMETRY.read(self.settings)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.firstPainted.emit)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings_.WINDOW_GEOMETRY.write(self.settings, self.saveGeometry())
        super().closeEvent(event)
