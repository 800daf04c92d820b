"""The task dialog's rows follow the task schema: its order, labels and hints."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from planner.model import TASK_SCHEMA, field_spec
from ui.task_dialog import TaskDialog, dialog_fields


def test_dialog_rows_are_the_schemas_fields_in_order(qtbot: QtBot) -> None:
    dialog = TaskDialog(None)
    qtbot.addWidget(dialog)
    form = dialog.findChild(QFormLayout)
    assert form is not None
    shown = [name for name, _ in dialog_fields()]
    assert shown == [name for name, spec in TASK_SCHEMA if name in dialog.inputs]
    assert shown == list(dialog.inputs)
    for row, name in enumerate(shown):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        assert item is not None
        field = item.widget()
        assert field is dialog.inputs[name]
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        spec = field_spec(name)
        if spec.label:
            assert label is not None
            text = label.widget()
            assert isinstance(text, QLabel)
            assert text.text() == spec.label
        if isinstance(field, QLineEdit | QPlainTextEdit):
            assert field.placeholderText() == spec.placeholder
        if isinstance(field, QCheckBox):
            assert field.text() == spec.placeholder


def test_fields_without_a_label_stay_out_of_the_dialog() -> None:
    hidden = {name for name, _ in TASK_SCHEMA} - {name for name, _ in dialog_fields()}
    assert hidden == {"id", "link_id", "created_at", "updated_at"}
