"""The Qt side of :mod:`ui.actions`: one window's QActions, menu bar, toolbar and card menu.

:class:`ActionSet` makes one ``QAction`` per declared action that has a handler, with its keys
(window-wide, or on the three card lists for :attr:`~ui.actions.Scope.BOARD` actions), and
builds the menus and the toolbar from the declarations. The card context menu is built afresh
each time it opens, for the cards it was opened on. Nothing here knows a particular action.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from ui import actions
from ui.actions import ActionSpec, Menu, Scope, Trigger
from ui.lazy_qt import Qt
from ui.qt_values import WIDGET_WITH_CHILDREN_SHORTCUT

if TYPE_CHECKING:
    from ui.main_window import MainWindow

#: Actions whose enabled state follows the undo stack all the time, not only when a menu opens.
STACK_BOUND = (actions.UNDO.id, actions.REDO.id)


class ActionSet(QObject):
    """The window's actions, built from :data:`ui.actions.ACTIONS`."""

    def __init__(self, window: MainWindow, board: Iterable[QWidget]) -> None:
        super().__init__(window)
        self.window = window
        self.read_only = bool(window.plan.read_only_reason)
        self.qactions: dict[str, QAction] = {}
        board = list(board)
        for spec in actions.ACTIONS:
            if spec.run is None:
                continue
            # Text set apart: choosing among QAction(text, parent)'s overloads makes PySide build
            # the QIcon class (~1.5 ms before the first paint; no action has an icon).
            action = QAction(window)
            action.setText(spec.text)
            action.setObjectName(spec.id)
            action.setStatusTip(spec.help)
            if spec.role is not QAction.MenuRole.NoRole:  # each call costs: only when needed
                action.setMenuRole(spec.role)
            if spec.toolbar:
                action.setIconText(spec.toolbar)
            sequences = spec.sequences()
            if sequences:
                action.setShortcuts(sequences)
            if spec.scope is Scope.BOARD:
                action.setProperty("shortcutContext", WIDGET_WITH_CHILDREN_SHORTCUT)
                for widget in board:
                    widget.addAction(action)
            elif sequences:
                window.addAction(action)
            action.triggered.connect(lambda _=False, s=spec: self.run(s))
            self.qactions[spec.id] = action
        stack = window.editor.undo_stack
        for spec, enabled, words in (
            (actions.UNDO, stack.canUndoChanged, stack.undoTextChanged),
            (actions.REDO, stack.canRedoChanged, stack.redoTextChanged),
        ):
            action = self.qactions[spec.id]
            enabled.connect(action.setEnabled)
            words.connect(_NameFollower(action, spec).follow)
        _follow(self.qactions[actions.UNDO.id], actions.UNDO, stack.undoText())
        _follow(self.qactions[actions.REDO.id], actions.REDO, stack.redoText())
        self.reset()

    # -- running -------------------------------------------------------------------------
    def action(self, spec: ActionSpec) -> QAction:
        return self.qactions[spec.id]

    def trigger(self, task_ids: Iterable[int] | None = None) -> Trigger:
        ids = self.window.target_ids() if task_ids is None else list(task_ids)
        return Trigger(self.window, tuple(ids))

    def available(self, spec: ActionSpec) -> bool:
        """Whether ``spec`` can run at all here (a read-only plan offers nothing that writes)."""
        return not (spec.writes and self.read_only)

    def run(self, spec: ActionSpec, task_ids: Iterable[int] | None = None) -> None:
        """Run ``spec`` on ``task_ids`` (default: the focused column's selected cards)."""
        if spec.run is None or not self.available(spec):
            return
        spec.run(self.trigger(task_ids))

    def reset(self) -> None:
        """Enable every action that can run; only undo and redo follow their state live."""
        trigger = self.trigger(())
        for spec_id, action in self.qactions.items():
            spec = actions.spec(spec_id)
            live = spec_id in STACK_BOUND
            action.setEnabled(self.available(spec) and (not live or spec.applies(trigger)))

    def refresh(self, specs: Iterable[ActionSpec]) -> None:
        """Enable ``specs`` only where they apply to the cards at hand (while a menu is open)."""
        trigger = self.trigger()
        for spec in specs:
            action = self.qactions.get(spec.id)
            if action is not None:
                action.setEnabled(self.available(spec) and spec.applies(trigger))
                if spec.checked is not None:
                    action.setCheckable(True)
                    action.setChecked(spec.checked(trigger))

    # -- menu bar and toolbar ------------------------------------------------------------
    def build_menus(self) -> None:
        bar = self.window.menuBar()
        for menu_kind in Menu:
            specs = [s for s in actions.ACTIONS if s.menu is menu_kind]
            menu = bar.addMenu(menu_kind.value)
            menu.setObjectName(f"menu{menu_kind.name.title()}")
            whole = next((s for s in specs if s.fill is not None and not s.text), None)
            if whole is not None:
                rest = [s for s in specs if s is not whole and s.run is not None]
                self._fill_on_show(menu, whole, rest)
                continue
            self._add_all(menu, specs, lambda s: s.section, self.qactions.__getitem__)
            menu.aboutToShow.connect(lambda specs=specs: self.refresh(specs))
            menu.aboutToHide.connect(self.reset)

    def _fill_on_show(self, menu: QMenu, spec: ActionSpec, rest: Sequence[ActionSpec] = ()) -> None:
        """A menu filled when it opens (the open warnings), followed by its other declared
        actions ("Your decisions…") after a separator."""
        fill = spec.fill
        assert fill is not None

        def add_rest() -> None:
            if rest:
                menu.addSeparator()
                for other in rest:
                    menu.addAction(self.qactions[other.id])

        def refill() -> None:
            menu.clear()
            fill(self.trigger(), menu)
            add_rest()

        add_rest()
        menu.aboutToShow.connect(refill)

    def _add_all(
        self,
        menu: QMenu,
        specs: list[ActionSpec],
        group: Callable[[ActionSpec], int],
        make: Callable[[str], QAction],
    ) -> None:
        """Add ``specs`` to ``menu`` in order: separators between groups, named submenus."""
        submenus: dict[str, QMenu] = {}
        last_group: int | None = None
        for spec in specs:
            if last_group is not None and group(spec) != last_group:
                menu.addSeparator()
            last_group = group(spec)
            if spec.fill is not None:
                sub = menu.addMenu(spec.text)
                self._fill_on_show(sub, spec)
                continue
            target = menu
            if spec.submenu:
                if spec.submenu not in submenus:
                    submenus[spec.submenu] = menu.addMenu(spec.submenu)
                target = submenus[spec.submenu]
            target.addAction(make(spec.id))

    def build_toolbar(self, toolbar: QToolBar) -> None:
        specs = sorted((s for s in actions.ACTIONS if s.toolbar), key=lambda s: s.toolbar_group)
        last_group: int | None = None
        for spec in specs:
            if last_group is not None and spec.toolbar_group != last_group:
                toolbar.addSeparator()
            last_group = spec.toolbar_group
            action = self.qactions[spec.id]
            toolbar.addAction(action)
            if spec.id in STACK_BOUND:
                # the button says "Undo"; its tooltip says what it would undo
                action.setToolTip(action.text().replace("&", ""))

    # -- the card menu -------------------------------------------------------------------
    def card_menu(self, task_ids: Iterable[int], parent: QWidget) -> QMenu:
        """A new context menu with every card action, for ``task_ids``; deleted when closed."""
        trigger = self.trigger(task_ids)
        menu = QMenu(parent)
        menu.setObjectName("cardMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        specs = [s for s in actions.ACTIONS if s.card_menu]

        def make(spec_id: str) -> QAction:
            spec = actions.spec(spec_id)
            action = QAction(spec.text, menu)
            action.setObjectName(spec.id)
            action.setStatusTip(spec.help)
            if spec.keys:
                action.setShortcuts(spec.sequences())
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.setEnabled(self.available(spec) and spec.applies(trigger))
            if spec.checked is not None:
                action.setCheckable(True)
                action.setChecked(spec.checked(trigger))
            action.triggered.connect(lambda _=False: self.run(spec, trigger.task_ids))
            return action

        self._add_all(menu, specs, lambda s: s.card_section, make)
        return menu

    def banner_buttons(self, task_id: int) -> list[tuple[str, Callable[[], object]]]:
        """The warning banner's buttons for the task it names."""
        buttons: list[tuple[str, Callable[[], object]]] = []
        for spec in actions.ACTIONS:
            if spec.banner and self.available(spec):
                buttons.append((spec.banner, partial(self.run, spec, [task_id])))
        return buttons


class _NameFollower(QObject):
    """Renames Undo or Redo as the stack's next step changes. A child of its action, so the
    connection ends with the action: the stack can outlive the window (a plain lambda would
    then reach a deleted QAction)."""

    def __init__(self, action: QAction, spec: ActionSpec) -> None:
        super().__init__(action)
        self._action = action
        self._spec = spec

    @Slot(str)
    def follow(self, words: str) -> None:
        _follow(self._action, self._spec, words)


def _follow(action: QAction, spec: ActionSpec, words: str) -> None:
    """Undo and Redo are named after what they would undo or redo."""
    action.setText(f"{spec.text} {words}".strip())
    action.setToolTip(f"{spec.plain_text} {words}".strip())
