"""Column models mirror the plan row by row and carry drags as task ids in our own MIME type."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planner.model import Column
from ui import drag_payload
from ui.card_delegate import card_advice
from ui.column_filter import TaskFilter
from ui.column_model import CardAdvice, ColumnModel, Role
from ui.plan_editor import PlanEditor

from ..conftest import stored_place
from .conftest import ids_of, titles


@pytest.fixture
def models(editor: PlanEditor) -> dict[Column, ColumnModel]:
    return {column: ColumnModel(editor, column) for column in Column}


def model_titles(model: ColumnModel) -> list[str]:
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_models_pass_the_model_tester(
    models: dict[Column, ColumnModel], qtmodeltester: ModelTester
) -> None:
    for model in models.values():
        qtmodeltester.check(model, force_py=True)


def test_model_tester_watches_live_changes(
    editor: PlanEditor, models: dict[Column, ColumnModel], qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(models[Column.VA], force_py=True)
    plan = editor.plan
    (reply,) = ids_of(plan, "Reply to comments on my blog")
    editor.move_tasks([reply], Column.VA, 1)
    editor.add_task("New one", Column.VA, 0)
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    editor.delete_tasks(plan.board.ids(Column.VA)[:1])
    editor.undo_stack.undo()
    assert model_titles(models[Column.VA]) == titles(plan, Column.VA)


def test_data_roles(editor: PlanEditor, models: dict[Column, ColumnModel]) -> None:
    model = models[Column.ME]
    index = model.index(0, 0)
    assert model.data(index) == "Reply to comments on my blog"
    assert model.data(index, Role.TASK_ID) == editor.plan.board.ids(Column.ME)[0]
    description = model.data(index, Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "In Me." in description and "1.5 hours per week" in description
    assert model.data(model.index(99, 0)) is None


def test_advice_reaches_the_view_as_a_card_advice(
    editor: PlanEditor, models: dict[Column, ColumnModel]
) -> None:
    """The card reads the advisor's word in one round trip, as the model made it (a named
    tuple): through the view's filter it must not come back as a list or a copy, or the card
    would show no advice at all (card_advice falls back to none)."""
    (reply,) = ids_of(editor.plan, "Reply to comments on my blog")
    editor.move_tasks([reply], Column.VA, 0)
    model = models[Column.VA]
    shown = TaskFilter(model)
    index = shown.index(0, 0)
    found = index.data(Role.ADVICE)
    assert type(found) is CardAdvice
    task = editor.plan.board.get(reply)
    assert task is not None
    assert found == model.advice(task)
    assert found.warning and not found.accepted and not found.suggestion
    assert card_advice(index) is not card_advice(index, advised=False)
    assert card_advice(index).warning == found.warning
    calm = shown.index(1, 0).data(Role.ADVICE)  # Bookkeeping: a VA task, no warning
    assert type(calm) is CardAdvice and calm.warning is None


def test_move_within_column_emits_row_move(
    editor: PlanEditor, models: dict[Column, ColumnModel], qtbot: QtBot
) -> None:
    model = models[Column.ME]
    first = editor.plan.board.ids(Column.ME)[0]
    with qtbot.waitSignal(model.rowsMoved) as blocker, qtbot.assertNotEmitted(model.modelReset):
        editor.move_tasks([first], Column.ME, 3)
    assert blocker.args is not None and blocker.args[1:3] == [0, 0] and blocker.args[4] == 3
    assert model_titles(model) == titles(editor.plan, Column.ME)
    assert model_titles(model)[-1] == "Reply to comments on my blog"


def test_cross_column_move_removes_and_inserts_one_row(
    editor: PlanEditor, models: dict[Column, ColumnModel], qtbot: QtBot
) -> None:
    (task,) = ids_of(editor.plan, "Record the podcast")
    with (
        qtbot.waitSignal(models[Column.ME].rowsRemoved),
        qtbot.waitSignal(models[Column.NOBODY].rowsInserted) as inserted,
        qtbot.assertNotEmitted(models[Column.VA].layoutChanged),
    ):
        editor.move_tasks([task], Column.NOBODY, 0)
    assert inserted.args is not None and inserted.args[1:] == [0, 0]
    assert model_titles(models[Column.NOBODY]) == ["Record the podcast", "Buy followers"]


def test_mime_payload_is_ids_in_our_type(
    editor: PlanEditor, models: dict[Column, ColumnModel]
) -> None:
    model = models[Column.ME]
    data = model.mimeData([model.index(2, 0), model.index(0, 0)])
    assert data.formats() == [drag_payload.MIME_TYPE]
    payload = json.loads(bytes(data.data(drag_payload.MIME_TYPE).data()))
    assert payload["ids"] == [
        editor.plan.board.ids(Column.ME)[0],
        editor.plan.board.ids(Column.ME)[2],
    ]
    assert model.mimeTypes() == [drag_payload.MIME_TYPE]


def test_drop_across_columns_moves_and_undoes(
    editor: PlanEditor, models: dict[Column, ColumnModel], plan_path
) -> None:
    source, target = models[Column.ME], models[Column.VA]
    data = source.mimeData([source.index(1, 0)])
    assert target.canDropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert target.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    after = ["Bookkeeping", "Record the podcast", "Upload the podcast"]
    assert model_titles(target) == after
    assert "Record the podcast" not in model_titles(source)
    assert stored_place(plan_path, "Record the podcast") == ("My VA", 1)
    editor.undo_stack.undo()
    assert model_titles(source)[1] == "Record the podcast"
    assert stored_place(plan_path, "Record the podcast") == ("Me", 1)
    editor.undo_stack.redo()
    assert model_titles(target) == after
    assert stored_place(plan_path, "Record the podcast") == ("My VA", 1)


def test_drop_on_empty_area_appends(editor: PlanEditor, models: dict[Column, ColumnModel]) -> None:
    source, target = models[Column.VA], models[Column.NOBODY]
    data = source.mimeData([source.index(0, 0)])
    assert target.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert model_titles(target) == ["Buy followers", "Bookkeeping"]


def test_drop_into_empty_column(editor: PlanEditor, models: dict[Column, ColumnModel]) -> None:
    (only,) = ids_of(editor.plan, "Buy followers")
    editor.move_tasks([only], Column.ME, 0)
    assert models[Column.NOBODY].rowCount() == 0
    data = models[Column.ME].mimeData([models[Column.ME].index(0, 0)])
    assert models[Column.NOBODY].dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert model_titles(models[Column.NOBODY]) == ["Buy followers"]


def test_reorder_drop_below_itself_keeps_order(
    editor: PlanEditor, models: dict[Column, ColumnModel]
) -> None:
    model = models[Column.ME]
    before = model_titles(model)
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert model_titles(model) == before
    assert editor.undo_stack.count() == 0
    model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert model_titles(model) == [before[1], before[0], before[2]]


def foreign(payload: bytes, fmt: str = drag_payload.MIME_TYPE) -> QMimeData:
    data = QMimeData()
    data.setData(fmt, payload)
    return data


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(lambda: foreign(b"hello", "text/plain"), id="plain-text"),
        pytest.param(lambda: foreign(b'{"plan": "999:1", "ids": [1]}'), id="other-plan"),
        pytest.param(lambda: foreign(b"\x80\x04pickle"), id="garbage"),
        pytest.param(lambda: foreign(b'{"plan": "X", "ids": "1"}'), id="bad-ids"),
    ],
)
def test_foreign_drops_change_nothing(
    editor: PlanEditor, models: dict[Column, ColumnModel], data
) -> None:
    before = {c: titles(editor.plan, c) for c in Column}
    mime = data()
    target = models[Column.VA]
    assert not target.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not target.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert {c: titles(editor.plan, c) for c in Column} == before
    assert editor.undo_stack.count() == 0


def test_payload_of_a_deleted_task_is_refused(
    editor: PlanEditor, models: dict[Column, ColumnModel]
) -> None:
    model = models[Column.ME]
    data = model.mimeData([model.index(0, 0)])
    editor.delete_tasks([model.task_id(0)])
    assert not models[Column.VA].dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_remove_rows_never_deletes(editor: PlanEditor, models: dict[Column, ColumnModel]) -> None:
    model = models[Column.ME]
    assert model.removeRows(0, 1) is False
    assert model.rowCount() == 3
    assert len(editor.plan.board) == 6
