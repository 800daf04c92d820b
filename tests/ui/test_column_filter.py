"""The search filter: every word, in any order, accents and case ignored, typed characters taken
literally; while the search is empty the model is not asked anything per card."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from planner.model import Column, TaskChanges
from ui.column_filter import TaskFilter
from ui.column_model import ColumnModel, Role
from ui.plan_editor import PlanEditor

from .conftest import ids_of


class CountingModel(ColumnModel):
    """A column model that counts how often the filter asked for a card's search text."""

    asked = 0

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Role.SEARCH_TEXT:
            self.asked += 1
        return super().data(index, role)


def shown(proxy: TaskFilter) -> list[str]:
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_every_word_in_any_order_accents_and_case_ignored(editor: PlanEditor) -> None:
    (task,) = ids_of(editor.plan, "Bookkeeping")
    editor.edit_task(task, TaskChanges(notes="Invoices for the Café client"))
    model = ColumnModel(editor, Column.VA)
    proxy = TaskFilter(model)
    proxy.set_search("CLIENT  cafe")
    assert shown(proxy) == ["Bookkeeping"]
    proxy.set_search("cafe podcast")  # one card has each word, none has both
    assert shown(proxy) == []
    proxy.set_search("")
    assert not proxy.active and len(shown(proxy)) == model.rowCount()


def test_typed_characters_are_taken_literally(editor: PlanEditor) -> None:
    (task,) = ids_of(editor.plan, "Bookkeeping")
    editor.edit_task(task, TaskChanges(title="Bookkeeping (Q1) for a.b+c", notes="line\nnext"))
    proxy = TaskFilter(ColumnModel(editor, Column.VA))
    for found in ("(q1)", "a.b+c", "next line", "BOOK"):
        proxy.set_search(found)
        assert shown(proxy) == ["Bookkeeping (Q1) for a.b+c"], found
    for missing in ("a*b", "q1)(", "[q1]", ".*", "\\"):
        proxy.set_search(missing)
        assert shown(proxy) == [], missing


def test_an_edit_while_searching_shows_or_hides_the_card(editor: PlanEditor) -> None:
    proxy = TaskFilter(ColumnModel(editor, Column.VA))
    proxy.set_search("invoices")
    assert shown(proxy) == []
    (task,) = ids_of(editor.plan, "Bookkeeping")
    editor.edit_task(task, TaskChanges(notes="Send the invoices"))
    assert shown(proxy) == ["Bookkeeping"]
    editor.undo_stack.undo()
    assert shown(proxy) == []


def test_an_empty_search_asks_the_model_nothing_per_card(editor: PlanEditor) -> None:
    # Qt's own filter: one written in Python would be called for every card of a column as the
    # board opens (10,000 calls on a 10,000-task plan).
    assert "filterAcceptsRow" not in vars(TaskFilter)
    model = CountingModel(editor, Column.ME)
    proxy = TaskFilter(model)
    assert proxy.rowCount() == model.rowCount() > 1
    assert model.asked == 0
    proxy.set_search("podcast")
    assert model.asked >= model.rowCount()
