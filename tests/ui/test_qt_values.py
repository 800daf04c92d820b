"""The numbers in :mod:`ui.qt_values` are Qt's own enum values, and setting them as properties
sets what the enum setters set; :mod:`ui.lazy_qt` stands for Qt's namespace."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QListView, QToolBar

from ui import lazy_qt, qt_values
from ui.qt_values import ItemRole


def test_roles_are_qts() -> None:
    assert Qt.ItemDataRole.DisplayRole.value == int(ItemRole.DISPLAY)
    assert Qt.ItemDataRole.EditRole.value == int(ItemRole.EDIT)
    assert Qt.ItemDataRole.ToolTipRole.value == int(ItemRole.TOOL_TIP)
    assert Qt.ItemDataRole.AccessibleTextRole.value == int(ItemRole.ACCESSIBLE_TEXT)
    assert Qt.ItemDataRole.AccessibleDescriptionRole.value == int(ItemRole.ACCESSIBLE_DESCRIPTION)
    assert Qt.ItemDataRole.UserRole.value == int(ItemRole.USER)


def test_alignments_are_qts() -> None:
    assert Qt.AlignmentFlag.AlignLeft.value == qt_values.ALIGN_LEFT
    assert Qt.AlignmentFlag.AlignTop.value == qt_values.ALIGN_TOP
    assert Qt.AlignmentFlag.AlignVCenter.value == qt_values.ALIGN_VCENTER


def set_as_property(target: QObject, name: str, value: int) -> None:
    assert target.setProperty(name, value)


def test_properties_set_what_the_setters_set(qapp: QApplication) -> None:
    view = QListView()
    set_as_property(view, "defaultDropAction", qt_values.MOVE_ACTION)
    assert view.defaultDropAction() == Qt.DropAction.MoveAction
    set_as_property(view, "horizontalScrollBarPolicy", qt_values.SCROLL_BAR_ALWAYS_OFF)
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    action = QAction()
    set_as_property(action, "shortcutContext", qt_values.WIDGET_WITH_CHILDREN_SHORTCUT)
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    toolbar = QToolBar()
    set_as_property(toolbar, "toolButtonStyle", qt_values.TOOL_BUTTON_TEXT_ONLY)
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    label = QLabel()
    set_as_property(label, "textFormat", qt_values.PLAIN_TEXT)
    assert label.textFormat() == Qt.TextFormat.PlainText


def test_lazy_qt_is_qts_namespace() -> None:
    assert lazy_qt.Qt.AlignmentFlag is Qt.AlignmentFlag
    assert lazy_qt.Qt.PenStyle.DashLine is Qt.PenStyle.DashLine
