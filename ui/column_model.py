"""One list model per board column, over the core plan.

:class:`ColumnModel` mirrors the order of one column as a list of task ids and updates it row by
row from the plan's events (insert, remove, move, change), so a change never resets the view.
Drops are turned into a move request on the :class:`~ui.plan_editor.PlanEditor`; the model never
removes rows by itself, which keeps Qt's default drag clean-up from deleting a moved card.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
)

from planner.board import Board
from planner.events import Changed, Inserted, Moved, PlanEvent, Reloaded, Removed
from planner.model import Column, Relationship, Task, format_hours, short_quotes
from planner.records import NamedTuple
from ui import drag_payload
from ui.lazy_qt import Qt
from ui.plan_editor import PlanEditor
from ui.qt_values import ItemRole

AnyIndex = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """Data roles beyond Qt's own."""

    TASK = ItemRole.USER + 1
    TASK_ID = ItemRole.USER + 2
    WARNING = ItemRole.USER + 3
    ACCEPTED = ItemRole.USER + 4
    SUGGESTION = ItemRole.USER + 5
    PARTNER = ItemRole.USER + 6
    #: The advisor's word on the card, all at once (:class:`CardAdvice`): what a card paints.
    ADVICE = ItemRole.USER + 7
    #: The card's title and notes as the search box compares them (:func:`fold`).
    SEARCH_TEXT = ItemRole.USER + 8


def fold(text: str) -> str:
    """Lower-case and strip accents, so "cafe" finds "Café". Only a search asks (Qt's filter
    shows every card without it while the search is empty): ``unicodedata`` (a shared library
    of 1 MB) is loaded with the first search, not before the first paint."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class CardAdvice(NamedTuple):
    """What the advisor says about a card where it is: the reason of its open warning (None
    if there is none), whether the owner kept it with the VA anyway, and whether it could be
    handed over. A named tuple (a frozen dataclass costs about 3 M instructions of every start
    to declare); the model hands it to the view as it is (a test checks)."""

    warning: str | None
    accepted: bool
    suggestion: bool


def describe(task: Task, column: Column, board: Board | None = None) -> str:
    """A sentence a screen reader can announce for a card."""
    from planner import advice  # the advisor loads after the first paint (see ui.main_window)

    parts = [f"In {column.value}."]
    if task.hours_per_week is not None:
        parts.append(f"{format_hours(task.hours_per_week)} hours per week.")
    if task.frequency:
        parts.append(f"{task.frequency}.")
    warning = advice.warning_for(task, column, board)
    if warning is not None:
        parts.append(f"Warning: keep this yourself. {short_quotes(warning.reason)}")
    elif advice.is_accepted_warning(task, column, board):
        parts.append("Kept with your VA by your choice.")
    if task.relationship is not Relationship.AUTO:
        kind = (
            "relationship building" if task.relationship is Relationship.YES else "not relational"
        )
        parts.append(f"You marked it {kind}.")
    if task.notes:
        parts.append(f"Notes: {task.notes[:200]}")
    return " ".join(parts)


def describe_link(description: str, partner: str | None) -> str:
    return f"{description} Linked to: {partner}." if partner else description


class ColumnModel(QAbstractListModel):
    """The tasks of one column, in order."""

    def __init__(self, editor: PlanEditor, column: Column, parent: QObject | None = None) -> None:
        # Owned by the window that shows it when given, so it never outlives its views.
        super().__init__(parent if parent is not None else editor)
        self.editor = editor
        self.column = column
        self._ids: list[int] = list(editor.plan.board.ids(column))
        self._token = drag_payload.plan_token(editor.plan)
        self._decisions = editor.plan.board.decisions_revision
        editor.planChanged.connect(self._apply)

    # -- reading -------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def task_id(self, row: int) -> int:
        return self._ids[row]

    def task_ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, task_id: int) -> int:
        """The row of ``task_id`` in this column, or -1."""
        try:
            return self._ids.index(task_id)
        except ValueError:
            return -1

    def index_of(self, task_id: int) -> QModelIndex:
        row = self.row_of(task_id)
        return self.index(row, 0) if row >= 0 else QModelIndex()

    def data(self, index: AnyIndex, role: int = ItemRole.DISPLAY) -> Any:
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self._ids):
            return None
        task = self.editor.plan.board.get(self._ids[row])
        if task is None:
            return None
        if role == Role.TASK:  # first: asked for every card laid out or painted
            return task
        if role in (ItemRole.DISPLAY, ItemRole.EDIT):
            return task.title
        if role == ItemRole.ACCESSIBLE_TEXT:
            return task.title
        if role in (ItemRole.TOOL_TIP, ItemRole.ACCESSIBLE_DESCRIPTION):
            partner = self.editor.plan.board.get(task.link_id) if task.link_id else None
            described = describe(task, self.column, self.editor.plan.board)
            return describe_link(described, partner.title if partner else None)
        if role == Role.TASK:
            return task
        if role == Role.TASK_ID:
            return task.id
        if role == Role.SEARCH_TEXT:
            return fold(f"{task.title}\n{task.notes}")
        if role == Role.ADVICE:
            return self.advice(task)
        if role in (Role.WARNING, Role.ACCEPTED, Role.SUGGESTION):
            return self._advice_role(task, role)
        if role == Role.PARTNER:
            partner = self.editor.plan.board.get(task.link_id) if task.link_id else None
            return partner.title if partner else None
        return None

    def advice(self, task: Task) -> CardAdvice:
        """The advisor's word on ``task`` in this column (one import and one round trip per
        painted card)."""
        from planner import advice  # not at start-up: the first paint shows no advice

        board = self.editor.plan.board
        warning = advice.warning_for(task, self.column, board)
        return CardAdvice(
            warning.reason if warning else None,
            warning is None and advice.is_accepted_warning(task, self.column, board),
            advice.could_hand_over(task, self.column, board),
        )

    def _advice_role(self, task: Task, role: int) -> str | bool | None:
        from planner import advice

        if role == Role.WARNING:
            warning = advice.warning_for(task, self.column, self.editor.plan.board)
            return warning.reason if warning else None
        if role == Role.ACCEPTED:
            return advice.is_accepted_warning(task, self.column, self.editor.plan.board)
        return advice.could_hand_over(task, self.column, self.editor.plan.board)

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update({role.value: QByteArray(role.name.lower().encode()) for role in Role})
        return names

    # -- drag and drop -------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [drag_payload.MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return drag_payload.encode(self._token, [self._ids[row] for row in rows])

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        if action not in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction):
            return False
        ids = drag_payload.decode(data, self._token)
        return ids is not None and all(i in self.editor.plan.board for i in ids)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = drag_payload.decode(data, self._token)
        assert ids is not None
        if parent.isValid():
            row = parent.row()
        if row < 0 or row > len(self._ids):
            row = len(self._ids)
        self.editor.move_tasks(ids, self.column, row)
        return True

    def removeRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        """Rows leave only through the plan. Refusing here keeps a moved card alive when
        Qt's drag code tries to delete the source rows after a MoveAction."""
        return False

    # -- following the plan --------------------------------------------------------------
    def _apply(self, event: PlanEvent) -> None:
        mine = self.column
        root = QModelIndex()
        if isinstance(event, Inserted) and event.column is mine:
            last = event.position + len(event.task_ids) - 1
            self.beginInsertRows(root, event.position, last)
            self._ids[event.position : event.position] = event.task_ids
            self.endInsertRows()
        elif isinstance(event, Removed) and event.column is mine:
            self.beginRemoveRows(root, event.position, event.position)
            del self._ids[event.position]
            self.endRemoveRows()
        elif isinstance(event, Moved):
            self._apply_move(event)
        elif isinstance(event, Changed):
            row = self.row_of(event.task_id)
            if row >= 0:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)
        elif isinstance(event, Reloaded):
            self.beginResetModel()
            self._ids = list(self.editor.plan.board.ids(mine))
            self.endResetModel()
        revision = self.editor.plan.board.decisions_revision
        if revision != self._decisions:
            # the owner decided a task: cards worded like it follow (badges, warnings, tips)
            self._decisions = revision
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 0))

    def _apply_move(self, event: Moved) -> None:
        root = QModelIndex()
        source, target = event.source_position, event.target_position
        if event.source is self.column and event.target is self.column:
            if source == target:
                return
            # Qt wants the row the item is moved *before*, counted before the move.
            destination = target + 1 if target > source else target
            self.beginMoveRows(root, source, source, root, destination)
            del self._ids[source]
            self._ids.insert(target, event.task_id)
            self.endMoveRows()
        elif event.source is self.column:
            self.beginRemoveRows(root, source, source)
            del self._ids[source]
            self.endRemoveRows()
        elif event.target is self.column:
            self.beginInsertRows(root, target, target)
            self._ids.insert(target, event.task_id)
            self.endInsertRows()
