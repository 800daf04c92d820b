"""The action registry: README table, shortcut sheet, menus and the card menu all agree with it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from planner.model import Column, Relationship
from planner.plan import Plan
from ui import actions
from ui.actions import Scope
from ui.main_window import MainWindow
from ui.plan_editor import PlanEditor
from ui.shortcut_sheet import ShortcutSheet, rows
from ui.task_dialog import TaskDialog

from .conftest import ids_of, titles

# Popping a menu up on the offscreen platform says it cannot raise it or grab the keyboard: a
# limit of that platform, not of the app (the menu is checked on a real X server too).
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_key_rows() -> list[frozenset[str]]:
    """The keys of each row of the README's shortcut table (the table under "## Using it")."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Using it", 1)[1].split("\n## ", 1)[0]
    table = [line for line in section.splitlines() if line.startswith("|")][2:]
    return [frozenset(re.findall(r"`([^`]+)`", line.split("|")[2])) for line in table]


def test_readme_table_lists_exactly_the_registry_keys() -> None:
    documented = readme_key_rows()
    declared = [frozenset(spec.keys) for spec in actions.with_keys()]
    missing = set(declared) - set(documented)
    extra = set(documented) - set(declared)
    assert not missing and not extra, (
        f"README shortcut table is out of date (missing {missing}, not declared {extra}); "
        "regenerate it with: python -m ui.actions"
    )
    assert sorted(documented, key=sorted) == sorted(declared, key=sorted)
    for needed in ("Ctrl+I", "Ctrl+Shift+S", "Backspace", "Shift+F10", "Menu"):
        assert any(needed in keys for keys in documented), needed


def positional_overflow(source: str) -> list[int]:
    """Lines of ``source`` where an ``ActionSpec(...)`` passes more than id, text and help by
    position (the rest must be named: ``keys=``, ``menu=``...)."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "ActionSpec"
        and len(node.args) > 3
    ]


def test_every_declaration_names_its_options() -> None:
    source = Path(actions.__file__).read_text(encoding="utf-8")
    assert source.count("ActionSpec(") > 30  # the check sees the declarations
    assert positional_overflow(source) == []
    assert positional_overflow('ActionSpec("a", "A", "Does a", ("Ctrl+A",))') == [1]
    assert positional_overflow('ActionSpec("a", "A", "Does a", keys=("Ctrl+A",))') == []


def test_the_sheet_lists_every_declared_key(qtbot: QtBot) -> None:
    sheet = ShortcutSheet()
    qtbot.addWidget(sheet)
    cells = [
        (sheet.table.item(r, 0), sheet.table.item(r, 1)) for r in range(sheet.table.rowCount())
    ]
    shown = [(keys.text(), meaning.text()) for keys, meaning in cells if keys and meaning]
    assert len(shown) == sheet.table.rowCount()
    assert shown == rows()
    keys = {key for cell, _ in shown for key in cell.split(", ")}
    for spec in actions.with_keys():
        for key in spec.keys:
            native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            assert native in keys, spec.id


def test_every_key_answers_one_action(window: MainWindow) -> None:
    """A key bound twice in one place is ambiguous and does nothing (Ctrl+Y once was)."""
    seen: dict[tuple[str, str], str] = {}
    for spec in actions.ACTIONS:
        if spec.run is None:
            continue
        action = window.action_set.action(spec)
        place = "board" if spec.scope is Scope.BOARD else "window"
        for sequence in action.shortcuts():
            key = (place, sequence.toString())
            assert key not in seen, f"{key} is bound by {seen.get(key)} and {spec.id}"
            seen[key] = spec.id
    board = {k for (place, k) in seen if place == "board"}
    window_keys = {k for (place, k) in seen if place == "window"}
    assert not board & window_keys
    assert ("window", "Ctrl+Y") in seen and seen[("window", "Ctrl+Y")] == actions.REDO.id


def test_declared_keys_work_here(window: MainWindow) -> None:
    for spec in actions.ACTIONS:
        if spec.run is None or not spec.keys:
            continue
        bound = window.action_set.action(spec).shortcuts()
        for key in spec.keys:
            assert (QKeySequence(key) in bound) != (key in spec.native), (spec.id, key)


def menu_ids(menu: QMenu) -> list[str]:
    found: list[str] = []
    for action in menu.actions():
        if action.menu() is not None:
            sub = action.menu()
            assert isinstance(sub, QMenu)
            found += menu_ids(sub)
        elif action.objectName():
            found.append(action.objectName())
    return found


def test_menus_hold_the_declared_actions_in_order(window: MainWindow) -> None:
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert list(menus) == [m.value for m in actions.Menu]
    for kind in actions.Menu:
        menu = menus[kind.value]
        assert isinstance(menu, QMenu)
        declared = [s.id for s in actions.ACTIONS if s.menu is kind and s.run is not None]
        assert menu_ids(menu) == declared


def open_menu_by_right_click(window: MainWindow, column: Column, row: int) -> QMenu:
    view = window.view(column)
    index = view.proxy.index(row, 0)
    view.setFocus()
    if not view.selectionModel().isSelected(index):
        view.setCurrentIndex(index)
    where = view.visualRect(index).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, view.viewport().mapToGlobal(where)
    )
    QApplication.sendEvent(view.viewport(), event)
    menu = window.card_menu
    assert menu is not None and menu.isVisible()
    return menu


def entry(menu: QMenu, spec: actions.ActionSpec) -> QAction:
    found = menu.findChild(QAction, spec.id)
    assert isinstance(found, QAction), spec.id
    return found


def test_card_menu_has_every_card_action(window: MainWindow) -> None:
    menu = open_menu_by_right_click(window, Column.ME, 0)
    declared = [s.id for s in actions.ACTIONS if s.card_menu]
    assert menu_ids(menu) == declared
    for needed in (
        actions.EDIT_TASK,
        actions.MOVE_TO_ME,
        actions.MOVE_TO_VA,
        actions.MOVE_TO_NOBODY,
        actions.SPLIT,
        actions.KEEP_WITH_VA,
        actions.RELATIONSHIP_YES,
        actions.DELETE,
    ):
        assert needed.id in declared
    assert not entry(menu, actions.MOVE_TO_ME).isEnabled()  # already there
    assert entry(menu, actions.MOVE_TO_VA).isEnabled()
    assert entry(menu, actions.SPLIT).isEnabled()
    assert not entry(menu, actions.KEEP_WITH_VA).isEnabled()  # no warning in Me
    assert entry(menu, actions.RELATIONSHIP_AUTO).isChecked()
    assert entry(menu, actions.DELETE).shortcut().toString() == "Del"
    menu.close()


def test_card_menu_acts_on_all_selected_cards(window: MainWindow, qtbot: QtBot) -> None:
    plan = window.plan
    me = window.view(Column.ME)
    me.setFocus()
    me.setCurrentIndex(me.proxy.index(0, 0))
    qtbot.keyClick(me, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    menu = open_menu_by_right_click(window, Column.ME, 1)
    assert not entry(menu, actions.SPLIT).isEnabled()  # one card at a time
    entry(menu, actions.MOVE_TO_NOBODY).trigger()
    assert titles(plan, Column.NOBODY) == [
        "Buy followers",
        "Reply to comments on my blog",
        "Record the podcast",
    ]
    assert window.editor.undo_stack.count() == 1
    window.undo_action.trigger()
    assert titles(plan, Column.ME)[:2] == ["Reply to comments on my blog", "Record the podcast"]


@pytest.mark.parametrize("key", ["menu", "shift+f10"])
def test_keyboard_opens_the_card_menu_on_the_current_card(
    window: MainWindow, qtbot: QtBot, key: str
) -> None:
    va = window.view(Column.VA)
    va.setFocus()
    va.setCurrentIndex(va.proxy.index(1, 0))
    if key == "menu":  # what Qt makes of the Menu key (QTest sends no such event itself)
        inside = QPoint(5, 5)
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, inside, va.viewport().mapToGlobal(inside)
        )
        QApplication.sendEvent(va.viewport(), event)
    else:
        qtbot.keyClick(va, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = window.card_menu
    assert menu is not None and menu.isVisible()
    card = va.visualRect(va.currentIndex())
    top_left = va.viewport().mapFromGlobal(menu.pos())
    assert card.top() <= top_left.y() <= card.bottom()
    entry(menu, actions.MOVE_TO_ME).trigger()
    assert titles(window.plan, Column.ME)[-1] == "Upload the podcast"
    menu.close()


def test_card_menu_split_keep_and_override(window: MainWindow, qtbot: QtBot) -> None:
    plan = window.plan
    (reply,) = ids_of(plan, "Reply to comments on my blog")
    window.editor.move_tasks([reply], Column.VA, 0)
    menu = open_menu_by_right_click(window, Column.VA, 0)
    assert entry(menu, actions.KEEP_WITH_VA).isEnabled()
    entry(menu, actions.KEEP_WITH_VA).trigger()
    assert plan.task(reply).accepted and window.tracker.count() == 0
    window.undo_action.trigger()
    menu = open_menu_by_right_click(window, Column.VA, 0)
    entry(menu, actions.SPLIT).trigger()
    assert plan.board.column_of(reply) is Column.ME and plan.task(reply).link_id is not None
    window.undo_action.trigger()
    menu = open_menu_by_right_click(window, Column.VA, 0)
    entry(menu, actions.RELATIONSHIP_NO).trigger()
    assert plan.task(reply).relationship is Relationship.NO and window.tracker.count() == 0
    menu = open_menu_by_right_click(window, Column.VA, 0)
    assert entry(menu, actions.RELATIONSHIP_NO).isChecked()
    menu.close()


def test_card_menu_edit_and_delete(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    edited: list[str] = []

    def fake_exec(dialog: TaskDialog) -> int:
        edited.append(dialog.title_edit.text())
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(TaskDialog, "exec", fake_exec)
    menu = open_menu_by_right_click(window, Column.NOBODY, 0)
    entry(menu, actions.EDIT_TASK).trigger()
    assert edited == ["Buy followers"]
    menu = open_menu_by_right_click(window, Column.NOBODY, 0)
    entry(menu, actions.DELETE).trigger()
    assert titles(window.plan, Column.NOBODY) == []


def test_read_only_card_menu_offers_nothing_that_writes(window: MainWindow, qtbot: QtBot) -> None:
    second_plan = Plan.open(window.plan.path)
    editor = PlanEditor(second_plan)
    second = MainWindow(editor, window.settings)
    qtbot.addWidget(second)
    window.hide()  # keys go to the active window's focus: make it the read-only one
    second.show()
    second.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is second)
    view = second.view(Column.ME)
    view.setFocus()
    view.setCurrentIndex(view.proxy.index(0, 0))
    assert QApplication.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert second_plan.board.count(Column.ME) == 3
    qtbot.keyClick(view, Qt.Key.Key_Right)  # moving the focus still works
    assert second.view(Column.VA).hasFocus()
    menu = second.open_card_menu()
    assert menu is not None
    assert not any(a.isEnabled() for a in menu.findChildren(QAction) if a.objectName())
    menu.close()
    editor.detach()
    second_plan.close()


def test_edit_menu_follows_the_selection_while_open(window: MainWindow) -> None:
    edit_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text() == actions.Menu.EDIT.value
    )
    assert isinstance(edit_menu, QMenu)
    me = window.view(Column.ME)
    me.setFocus()
    me.clearSelection()
    me.setCurrentIndex(me.proxy.index(-1, 0))
    edit_menu.aboutToShow.emit()
    assert not window.delete_action.isEnabled()
    edit_menu.aboutToHide.emit()
    assert window.delete_action.isEnabled()  # the key works again once a card is selected


def test_banner_buttons_come_from_the_registry(window: MainWindow) -> None:
    labels = [s.banner for s in actions.ACTIONS if s.banner]
    (reply,) = ids_of(window.plan, "Reply to comments on my blog")
    window.editor.move_tasks([reply], Column.VA, 0)
    window.banner.show_warning(reply)
    assert [b.text() for b in window.banner.buttons] == labels


def test_adding_an_action_is_one_declaration() -> None:
    spec = actions.ActionSpec("test.example", "&Example", "An example")
    with pytest.raises(ValueError, match="declared twice"):
        actions.declare(actions.ActionSpec(actions.QUIT.id, "&Quit", "Quit"))
    assert spec.plain_text == "Example"
    assert actions.readme_table().count("\n") == len(actions.with_keys()) + 1


def test_context_menu_position_is_on_screen(window: MainWindow) -> None:
    view = window.view(Column.ME)
    view.setFocus()
    view.setCurrentIndex(view.proxy.index(2, 0))
    menu = window.open_card_menu()
    assert menu is not None
    rect = view.visualRect(view.currentIndex())
    inside = view.viewport().mapFromGlobal(menu.pos())
    assert rect.contains(QPoint(rect.left() + 1, inside.y()))
    menu.close()


def test_undo_and_redo_names_reach_no_action_of_a_deleted_window(
    editor: PlanEditor, settings: QSettings, qtbot: QtBot
) -> None:
    """A window can go while its plan's undo stack lives on (a replaced window, a closing app):
    the stack's later changes must not reach that window's deleted Undo and Redo actions."""
    gone = MainWindow(editor, settings)
    with qtbot.waitSignal(gone.destroyed):
        gone.deleteLater()
    stack = editor.undo_stack
    stack.push(QUndoCommand("Rename 'Bookkeeping'"))
    stack.undo()
    assert stack.redoText() == "Rename 'Bookkeeping'"
