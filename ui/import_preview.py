"""The import preview: what a CSV import will add, update and leave alone, before it is written.

:class:`ImportPreview` shows an :class:`~planner.import_plan.ImportPlan` as three groups in a
tree (Added, Updated with what changes, Unchanged) over a :class:`QStandardItemModel`, with
Import and Cancel. It only asks; the window applies the plan through the plan editor, so the
import is one undoable step. :func:`confirm_import` is the one call the import workflow needs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner.import_plan import ImportPlan

#: Rows listed per group; the rest are counted in a last "… and N more" row.
SHOWN_PER_GROUP = 500


class ImportPreview(QDialog):
    """Lists what an import will do; Import applies it, Cancel (or Esc) leaves the plan alone."""

    def __init__(self, planned: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planned = planned
        name = planned.source.name
        self.setWindowTitle(f"Import {name}")
        self.setObjectName("importPreview")
        self.setMinimumSize(620, 420)
        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setObjectName("importSummary")
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels(["Task", "What the import does"])
        self.added_group = self._group("Added", len(planned.added))
        self.updated_group = self._group("Updated", len(planned.updated))
        self.unchanged_group = self._group("Unchanged", len(planned.unchanged))
        self._fill()
        self.tree = QTreeView()
        self.tree.setObjectName("importChanges")
        self.tree.setAccessibleName("What the import changes")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 320)
        for group in (self.added_group, self.updated_group):
            if group.rowCount():
                self.tree.expand(group.index())
        self.buttons = QDialogButtonBox()
        self.import_button: QPushButton = self.buttons.addButton(
            "Import", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if planned.changes_nothing:
            self.import_button.setEnabled(False)
            self.cancel_button.setText("Close")
            self.cancel_button.setDefault(True)
        else:
            self.import_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        (self.cancel_button if planned.changes_nothing else self.import_button).setFocus()

    def _summary_text(self) -> str:
        planned = self.planned
        text = f"From {planned.source.name}: {planned.summary()}."
        if planned.changes_nothing:
            text += " Every row matches the plan already; there is nothing to import."
        else:
            text += " Nothing is deleted. The whole import is one step you can undo."
        ignored = planned.batch.ignored_columns
        if ignored:
            text += f" Columns not read: {', '.join(ignored)}."
        return text

    def _group(self, label: str, count: int) -> QStandardItem:
        item = QStandardItem(f"{label} ({count})")
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.model.appendRow([item, QStandardItem("")])
        return item

    def _fill(self) -> None:
        planned = self.planned
        for row in planned.added[:SHOWN_PER_GROUP]:
            self._row(self.added_group, row.task.title, f"new task in {row.task.column.value}")
        self._more(self.added_group, len(planned.added))
        for update in planned.updated[:SHOWN_PER_GROUP]:
            self._row(self.updated_group, update.task.title, update.summary())
        self._more(self.updated_group, len(planned.updated))
        for task in planned.unchanged[:SHOWN_PER_GROUP]:
            self._row(self.unchanged_group, task.title, "no change")
        self._more(self.unchanged_group, len(planned.unchanged))

    @staticmethod
    def _row(group: QStandardItem, title: str, what: str) -> None:
        first = QStandardItem(title)
        first.setToolTip(title if len(title) <= 500 else title[:500] + "…")
        second = QStandardItem(what)
        second.setToolTip(what)
        group.appendRow([first, second])

    @staticmethod
    def _more(group: QStandardItem, total: int) -> None:
        if total > SHOWN_PER_GROUP:
            group.appendRow(
                [QStandardItem(f"… and {total - SHOWN_PER_GROUP:,} more"), QStandardItem("")]
            )

    # -- for tests and screen readers ----------------------------------------------------
    def group_rows(self, group: QStandardItem) -> list[tuple[str, str]]:
        """The (task, what happens) texts listed under ``group``."""
        rows = []
        for number in range(group.rowCount()):
            first, second = group.child(number, 0), group.child(number, 1)
            rows.append((first.text(), second.text() if second is not None else ""))
        return rows


def confirm_import(parent: QWidget | None, planned: ImportPlan) -> bool:
    """Show the preview; True when the user chose Import."""
    dialog = ImportPreview(planned, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
