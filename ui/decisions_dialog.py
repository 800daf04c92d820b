"""“Your decisions”: the tasks whose relationship the owner decided, and a way to remove each.

When the owner marks a task "relationship: yes" or "no", tasks worded like it follow that
decision (:mod:`planner.advisor.decisions`). This dialog lists every decision with what it says
and how many tasks follow it; removing one sets that task back to "let the advisor decide"
through the editor, as one undoable step. The list follows the plan's changes (and undo) while
it is open.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.advisor.decisions import of_board
from planner.events import PlanEvent
from planner.model import Relationship, TaskChanges
from ui.plan_editor import PlanEditor

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def decision_text(title: str, stays: bool, followers: int) -> str:
    """One line of the list: the task, what the owner decided, and who follows it."""
    said = "stays with you" if stays else "can go to your VA"
    text = f"“{title}” {said}"
    if followers == 1:
        text += " · 1 task worded like it follows"
    elif followers:
        text += f" · {followers} tasks worded like it follow"
    return text


class DecisionsDialog(QDialog):
    """Lists the owner's decisions on one plan; removes the selected one."""

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle("Your decisions")
        intro = QLabel(
            "When you mark a task as relationship building (or not), tasks worded like it "
            "follow your decision. Remove a decision to let the advisor judge that task again; "
            "Undo brings it back."
        )
        intro.setWordWrap(True)
        self.empty = QLabel(
            "No decisions yet. Open a task and choose Yes or No under Relationship to decide "
            "for it and for tasks worded like it."
        )
        self.empty.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Your decisions")
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(self._remove_item)
        self.remove_button = QPushButton("&Remove decision")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 360)
        editor.planChanged.connect(self._plan_changed)
        self.refresh()

    def _plan_changed(self, _event: PlanEvent) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the list from the plan, keeping the selected decision selected."""
        board = self.editor.plan.board
        decisions = of_board(board)
        followers: Counter[int] = Counter()
        if len(decisions):
            for task in board:
                found = decisions.follows(task)
                if found is not None:
                    followers[found.task_id] += 1
        current = self.list.currentItem()
        keep = current.data(ID_ROLE) if current is not None else None
        self.list.clear()
        for decision in sorted(decisions.items, key=lambda d: d.title.casefold()):
            item = QListWidgetItem(
                decision_text(decision.title, decision.stays, followers[decision.task_id])
            )
            item.setData(ID_ROLE, decision.task_id)
            self.list.addItem(item)
            if decision.task_id == keep:
                self.list.setCurrentItem(item)
        if self.list.count() and self.list.currentItem() is None:
            self.list.setCurrentRow(0)
        self.empty.setVisible(self.list.count() == 0)
        self.list.setVisible(self.list.count() > 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.list.currentItem() is not None)

    def _remove_item(self, item: QListWidgetItem) -> None:
        self.list.setCurrentItem(item)
        self.remove_selected()

    def remove_selected(self) -> bool:
        """Set the selected decision's task back to "let the advisor decide" (undoable)."""
        item = self.list.currentItem()
        if item is None:
            return False
        row = self.list.currentRow()
        done = self.editor.edit_task(
            int(item.data(ID_ROLE)), TaskChanges(relationship=Relationship.AUTO)
        )
        if done and self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        return done
