"""The plan-file workflows of one window: new, open, recent, import, export, save a copy, restore.

:class:`FileWorkflows` asks for files with the standard dialogs, calls the core, and reports
the outcome through two signals the window shows (:attr:`~FileWorkflows.announced` for a
done deed, :attr:`~FileWorkflows.failed` for a refusal); it never shows a traceback. Changes to
the plan (import, restore) go through the :class:`~ui.plan_editor.PlanEditor`, so they are
undoable like every other change. Switching to another plan is the job of
:class:`ui.plan_windows.PlanWindows` (the ``windows`` argument).

Every workflow takes an optional path: given one, no dialog is shown (tests and scripts use
that). The import path is split in three steps, each replaceable: :meth:`choose_import_source`
(the file dialog), :meth:`read_import` (parse, validate and work out what would change; nothing
changed yet) and :meth:`apply_import` (one undoable step), so a preview can sit between reading
and applying.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu, QWidget

from planner.errors import PlannerError
from planner.paths import PLAN_SUFFIX
from ui.plan_editor import PlanEditor
from ui.settings import EXPORT_FOLDER, IMPORT_FOLDER
from ui.status_bar import Cause

if TYPE_CHECKING:
    from planner.import_plan import ImportPlan

# Dialogs, CSV code and backups are imported inside the workflows, when first used: none of them
# is needed to show the board.


class PlanSwitcher(Protocol):
    """What the workflows need from :class:`ui.plan_windows.PlanWindows` (which imports the
    window, hence a protocol rather than an import)."""

    def recent(self) -> list[Path]: ...
    def open_path(self, path: Path) -> bool: ...
    def choose_and_open(self) -> bool: ...
    def choose_and_create(self, starter: bool) -> bool: ...


class FileWorkflows(QObject):
    """File workflows for the plan open in one window."""

    #: A workflow finished; the text says what it did (status bar and screen readers).
    announced = Signal(str)
    #: A workflow was refused: (message, the workflow as a :class:`ui.status_bar.Cause`:
    #: import, export, copy or restore). ``object``: the receiver gets the enum, not its text.
    failed = Signal(str, object)
    #: A workflow succeeded (its :class:`~ui.status_bar.Cause`, as for ``failed``): its earlier
    #: failure message can go.
    succeeded = Signal(object)
    #: Something the user should know that is not a failure (shown in the bar above the board).
    noted = Signal(str)
    #: These tasks were added or changed by a workflow (an import): show them.
    tasksTouched = Signal(list)

    def __init__(
        self,
        editor: PlanEditor,
        settings: QSettings,
        parent: QWidget,
        windows: PlanSwitcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.plan = editor.plan
        self.settings = settings
        self.parent_widget = parent
        self.windows = windows

    # -- other plans ---------------------------------------------------------------------
    def new_plan(self, starter: bool) -> bool:
        """Ask for a file name and start a new plan there (with the starter tasks or empty)."""
        return self.windows is not None and self.windows.choose_and_create(starter=starter)

    def open_plan(self) -> bool:
        """Ask for a plan file and open it in place of this one."""
        return self.windows is not None and self.windows.choose_and_open()

    def open_recent(self, path: Path) -> bool:
        return self.windows is not None and self.windows.open_path(path)

    def fill_recent(self, menu: QMenu) -> None:
        """The Open recent submenu: the recent plans other than this one."""
        recent = self.windows.recent() if self.windows is not None else []
        here = self.plan.path.resolve()
        shown = [p for p in recent if p != here]
        if not shown:
            menu.addAction("No other recent plans").setEnabled(False)
        for path in shown:
            action = menu.addAction(f"{path.stem}  ({path.parent})")
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))

    # -- copies and backups --------------------------------------------------------------
    def save_copy(self, destination: Path | None = None) -> Path | None:
        """Write a whole copy of the plan to ``destination`` (asked for when None)."""
        from planner.backups import save_copy

        if destination is None:
            from PySide6.QtWidgets import QFileDialog

            suggested = str(self.plan.path.with_name(f"{self.plan.name} copy{PLAN_SUFFIX}"))
            chosen, _ = QFileDialog.getSaveFileName(
                self.parent_widget,
                "Save a copy of the plan",
                suggested,
                f"Delegation plans (*{PLAN_SUFFIX})",
            )
            if not chosen:
                return None
            destination = Path(chosen)
            if not destination.suffix:
                destination = destination.with_suffix(PLAN_SUFFIX)
        try:
            save_copy(self.plan.store, destination)
        except (PlannerError, OSError) as error:
            self.failed.emit(f"The copy could not be saved. {error}", Cause.COPY)
            return None
        self.succeeded.emit(Cause.COPY)
        self.announced.emit(f"Saved a copy of the plan to {destination}")
        return destination

    def restore_backup(self, backup: Path | None = None) -> bool:
        """Bring back a backup (asked for when None) as one undoable step.

        The current content is also written to a new backup file first, so it survives even
        after the app is closed and the undo history is gone.
        """
        from planner.backups import list_backups, make_backup

        if backup is None:
            backups = list_backups(self.plan.path)
            if not backups:
                self.noted.emit("There are no backups of this plan yet.")
                return False
            from PySide6.QtWidgets import QInputDialog

            labels = [b.label for b in backups]
            label, ok = QInputDialog.getItem(
                self.parent_widget,
                "Restore backup",
                "Backups are taken each time the plan is opened. Restoring replaces the plan's "
                "content (Undo brings it back); the current content is backed up first.",
                labels,
                0,
                False,
            )
            if not ok:
                return False
            backup = backups[labels.index(label)].path
        try:
            make_backup(self.plan.store)
        except (PlannerError, OSError) as error:
            self.failed.emit(f"The backup could not be restored. {error}", Cause.RESTORE)
            return False
        if not self.editor.restore_backup(backup):
            return False
        self.succeeded.emit(Cause.RESTORE)
        self.announced.emit(f"Restored the backup from {backup.stem}")
        return True

    # -- CSV -----------------------------------------------------------------------------
    def import_csv(self, source: Path | None = None, *, preview: bool = False) -> list[int] | None:
        """Import a CSV file (asked for when None) as one undoable step; with ``preview``, show
        what it would add and change first and import only if the user agrees."""
        if source is None:
            source = self.choose_import_source()
            if source is None:
                return None
        planned = self.read_import(source)
        if planned is None:
            return None
        if preview:
            from ui.import_preview import confirm_import

            if not confirm_import(self.parent_widget, planned):
                return None
        return self.apply_import(planned, source)

    def choose_import_source(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        start = IMPORT_FOLDER.read(self.settings)
        chosen, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            "Import tasks from CSV",
            str(start),
            "CSV files (*.csv *.txt);;All files (*)",
        )
        if not chosen:
            return None
        source = Path(chosen)
        IMPORT_FOLDER.write(self.settings, source.parent)
        return source

    def read_import(self, source: Path) -> ImportPlan | None:
        """Read and check ``source`` and work out what it would change (matching tasks by id or
        title); None (and a message) if nothing can be imported. The plan is not changed."""
        from planner.csv_import import read_csv
        from planner.import_plan import plan_import

        try:
            return plan_import(self.plan, read_csv(source))
        except PlannerError as error:
            text = str(error)
            # Say it once: a bad file's message already starts "Nothing was imported from...".
            if not text.startswith("Nothing was imported"):
                text = f"Nothing was imported. {text}"
            self.failed.emit(text, Cause.IMPORT)
            return None

    def apply_import(self, planned: ImportPlan, source: Path) -> list[int] | None:
        """Apply ``planned`` as one undoable step; the ids it added or updated, or None."""
        done = self.editor.import_plan(planned, source.name)
        if done is None and not planned.changes_nothing:
            return None
        touched = done.touched_ids if done is not None else []
        self.succeeded.emit(Cause.IMPORT)
        self.tasksTouched.emit(touched)
        message = f"Imported {source.name}: {planned.summary()}"
        counts = ", ".join(f"{n} to {c.value}" for c, n in planned.added_counts().items() if n)
        if counts:
            message += f" ({counts})"
        if planned.batch.ignored_columns:
            message += f". Ignored columns: {', '.join(planned.batch.ignored_columns)}"
        self.announced.emit(message)
        return touched

    def export_csv(self, destination: Path | None = None) -> Path | None:
        """Write the plan as CSV to ``destination`` (asked for when None)."""
        from planner.csv_export import export_csv

        if destination is None:
            from PySide6.QtWidgets import QFileDialog

            start = EXPORT_FOLDER.read(self.settings)
            suggested = str(start / f"{self.plan.name}.csv")
            chosen, _ = QFileDialog.getSaveFileName(
                self.parent_widget,
                "Export plan as CSV",
                suggested,
                "CSV files (*.csv);;All files (*)",
            )
            if not chosen:
                return None
            destination = Path(chosen)
            if not destination.suffix:
                destination = destination.with_suffix(".csv")
            EXPORT_FOLDER.write(self.settings, destination.parent)
        try:
            count = export_csv(self.plan, destination)
        except (PlannerError, OSError) as error:
            text = str(error)
            if not text.startswith("The CSV could not be written"):
                text = f"The CSV could not be written. {text}"
            self.failed.emit(text, Cause.EXPORT)
            return None
        self.succeeded.emit(Cause.EXPORT)
        self.announced.emit(f"Exported {count} tasks to {destination}")
        return destination
