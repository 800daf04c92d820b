"""Every user action, declared once: text, keys, where it shows, when enabled, what it does.

The menus, the toolbar, the card context menu, the warning banner's buttons, the board's keys,
the shortcut sheet (F1) and the README's shortcut table are all built from :data:`ACTIONS`
(:mod:`ui.action_set` builds the Qt side). A test checks the README table, the sheet and the
context menu against this module.

Adding an action is one :func:`declare` call here plus the handler it names::

    VA_BRIEF = declare(ActionSpec(
        "file.va_brief",                   # stable id
        "&VA brief…",                      # menu text (& marks the mnemonic)
        "Save the hand-over brief for your VA",  # one line: status tip, sheet, README
        keys=("Ctrl+B",),                  # documented keys, portable text (README, sheet)
        menu=Menu.FILE, section=3,         # where: menu, and its group (separator between)
        run=lambda t: t.window.save_brief(),  # the handler
    ))

Declaration order is menu order. Other placements: ``toolbar="Label"`` (``toolbar_group`` orders
the buttons), ``card_menu=True`` (acts on the cards the menu was opened on, ``t.task_ids``),
``banner="Label"`` (acts on the task the warning banner names). ``writes=True`` disables the
action on read-only plans; ``applies`` says whether it applies to the cards at hand (evaluated
when a menu opens: the menu shows it disabled otherwise). ``scope`` says where its keys work:
``Scope.WINDOW`` anywhere in the window, ``Scope.BOARD`` while a column has focus (acting on
that column's selected cards); ``native`` lists declared keys that Qt already turns into the
action (the Menu key is a context-menu event): documented, not bound. Keys that no ``QAction``
can serve (the list's own arrows, the task editor's keys) are declared with ``Scope.LIST`` or
``Scope.EDITOR`` and no ``run``, so the sheet and the README still list them.
Then regenerate the README table with ``python -m ui.actions``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import Enum, auto
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from planner.identity import APP_NAME
from planner.model import COLUMNS, Column, Relationship
from planner.records import NamedTuple

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from planner.plan import Plan
    from ui.main_window import MainWindow
    from ui.plan_editor import PlanEditor


class Menu(Enum):
    """The menu bar's menus, in order; the value is the title."""

    FILE = "&File"
    EDIT = "&Edit"
    WARNINGS = "&Warnings"
    HELP = "&Help"


class Scope(Enum):
    """Where an action's keys work."""

    WINDOW = auto()  #: anywhere in the main window
    BOARD = auto()  #: while a column has keyboard focus; acts on its selected cards
    LIST = auto()  #: handled by the card list itself (declared for the sheet and the README)
    EDITOR = auto()  #: the task editor's own keys (declared for the sheet and the README)


class Trigger(NamedTuple):
    """What an action is run on: the window, and the cards it acts on (may be empty). A named
    tuple: a frozen dataclass costs about 0.5 ms of every start to declare (Python 3.11 compiles
    each method it gets)."""

    window: MainWindow
    task_ids: tuple[int, ...] = ()

    @property
    def editor(self) -> PlanEditor:
        return self.window.editor

    @property
    def plan(self) -> Plan:
        return self.window.plan

    def columns(self) -> set[Column]:
        board = self.plan.board
        return {board.column_of(t) for t in self.task_ids if t in board}


def _always(_: Trigger) -> bool:
    return True


class ActionSpec(NamedTuple):
    """One user action. See the module docstring for what each field does.

    A named tuple, not a frozen dataclass: the ~40 declarations are made at every start, and Python
    3.11 compiles each method a dataclass gets (this one's 23-field ``__init__`` and the rest,
    about 1.5 ms). Only the id, text and help come by position; a test checks that every
    declaration names the others (what ``KW_ONLY`` enforced)."""

    id: str
    text: str
    help: str
    keys: tuple[str, ...] = ()
    native: tuple[str, ...] = ()
    standard: QKeySequence.StandardKey | None = None
    scope: Scope = Scope.WINDOW
    menu: Menu | None = None
    submenu: str = ""
    section: int = 0
    toolbar: str = ""
    toolbar_group: int = 0
    card_menu: bool = False
    card_section: int = 0
    banner: str = ""
    mouse: str = ""
    role: QAction.MenuRole = QAction.MenuRole.NoRole
    writes: bool = False
    applies: Callable[[Trigger], bool] = _always
    checked: Callable[[Trigger], bool] | None = None
    run: Callable[[Trigger], object] | None = None
    fill: Callable[[Trigger, QMenu], None] | None = None

    @property
    def plain_text(self) -> str:
        """The text without its mnemonic marker or trailing ellipsis."""
        return self.text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")

    def sequences(self) -> list[QKeySequence]:
        """The key sequences to bind: the declared keys (but not the ``native`` ones), then the
        platform's standard keys for the action, each once (a sequence bound twice would be
        ambiguous and fire nothing: Ctrl+Y was once both a declared and a standard Redo key)."""
        found: list[QKeySequence] = []
        for key in self.keys:
            if key in self.native:
                continue
            sequence = QKeySequence(key)
            if sequence not in found:
                found.append(sequence)
        if self.standard is not None:
            for sequence in QKeySequence.keyBindings(self.standard):
                if sequence not in found:
                    found.append(sequence)
        return found


ACTIONS: list[ActionSpec] = []


def declare(action: ActionSpec) -> ActionSpec:
    """Add ``action`` to :data:`ACTIONS` (declaration order is menu order); return it."""
    if any(known.id == action.id for known in ACTIONS):
        raise ValueError(f"action {action.id!r} is declared twice")
    ACTIONS.append(action)
    return action


def spec(action_id: str) -> ActionSpec:
    """The declaration of ``action_id``."""
    for declared in ACTIONS:
        if declared.id == action_id:
            return declared
    raise KeyError(action_id)


# -- conditions ----------------------------------------------------------------------------------
def has_cards(t: Trigger) -> bool:
    return bool(t.task_ids)


def one_card(t: Trigger) -> bool:
    return len(t.task_ids) == 1


def not_all_in(column: Column) -> Callable[[Trigger], bool]:
    def condition(t: Trigger) -> bool:
        return bool(t.task_ids) and t.columns() != {column}

    return condition


def can_split(t: Trigger) -> bool:
    return one_card(t) and t.plan.task(t.task_ids[0]).link_id is None


def warned(t: Trigger) -> list[int]:
    """The cards at hand that carry an open relationship warning."""
    from planner import advice  # not at start-up

    board = t.plan.board
    return [
        i
        for i in t.task_ids
        if i in board and advice.warning_for(board.task(i), board.column_of(i), board) is not None
    ]


def relationship_is(value: Relationship) -> Callable[[Trigger], bool]:
    def condition(t: Trigger) -> bool:
        return bool(t.task_ids) and all(
            t.plan.task(i).relationship is value for i in t.task_ids if i in t.plan.board
        )

    return condition


# -- File ----------------------------------------------------------------------------------------
NEW_TASK = declare(
    ActionSpec(
        "task.new",
        "&New task…",
        "Add a task to the focused column",
        keys=("Ctrl+N",),
        standard=QKeySequence.StandardKey.New,
        menu=Menu.FILE,
        toolbar="New task",
        writes=True,
        run=lambda t: t.window.new_task(),
    )
)
NEW_PLAN_STARTER = declare(
    ActionSpec(
        "file.new_plan_starter",
        "From the starter tasks…",
        "Create a new plan with the starter tasks",
        menu=Menu.FILE,
        submenu="New &plan",
        section=1,
        run=lambda t: t.window.files.new_plan(starter=True),
    )
)
NEW_PLAN_EMPTY = declare(
    ActionSpec(
        "file.new_plan_empty",
        "Empty…",
        "Create a new, empty plan",
        menu=Menu.FILE,
        submenu="New &plan",
        section=1,
        run=lambda t: t.window.files.new_plan(starter=False),
    )
)
OPEN_PLAN = declare(
    ActionSpec(
        "file.open",
        "&Open…",
        "Open a plan",
        keys=("Ctrl+O",),
        standard=QKeySequence.StandardKey.Open,
        menu=Menu.FILE,
        section=1,
        run=lambda t: t.window.files.open_plan(),
    )
)
OPEN_RECENT = declare(
    ActionSpec(
        "file.open_recent",
        "Open &recent",
        "Open a plan you used lately",
        menu=Menu.FILE,
        section=1,
        fill=lambda t, menu: t.window.files.fill_recent(menu),
    )
)
SAVE_COPY = declare(
    ActionSpec(
        "file.save_copy",
        "Save a &copy as…",
        "Save a copy of the plan under another name",
        keys=("Ctrl+Shift+S",),
        standard=QKeySequence.StandardKey.SaveAs,
        menu=Menu.FILE,
        section=1,
        run=lambda t: t.window.files.save_copy(),
    )
)
RESTORE_BACKUP = declare(
    ActionSpec(
        "file.restore_backup",
        "Restore &backup…",
        "Bring back the plan as it was when last opened (undoable)",
        menu=Menu.FILE,
        section=1,
        writes=True,
        run=lambda t: t.window.files.restore_backup(),
    )
)
IMPORT_CSV = declare(
    ActionSpec(
        "file.import_csv",
        "&Import CSV…",
        "Bring a CSV file into the plan: see what it adds and changes, then import",
        keys=("Ctrl+I",),
        menu=Menu.FILE,
        section=2,
        writes=True,
        run=lambda t: t.window.files.import_csv(preview=True),
    )
)
EXPORT_CSV = declare(
    ActionSpec(
        "file.export_csv",
        "&Export CSV…",
        "Write the plan to a CSV file for your VA",
        keys=("Ctrl+E",),
        menu=Menu.FILE,
        section=2,
        toolbar="Export CSV…",
        toolbar_group=2,
        run=lambda t: t.window.files.export_csv(),
    )
)
VA_BRIEF = declare(
    ActionSpec(
        "file.va_brief",
        "&VA brief…",
        "Save the hand-over brief for your VA as a PDF, Markdown or HTML file",
        keys=("Ctrl+B",),
        menu=Menu.FILE,
        section=3,
        run=lambda t: t.window.save_brief(),
    )
)
PRINT_BRIEF = declare(
    ActionSpec(
        "file.print_brief",
        "&Print brief…",
        "Print the VA brief",
        keys=("Ctrl+P",),
        standard=QKeySequence.StandardKey.Print,
        menu=Menu.FILE,
        section=3,
        run=lambda t: t.window.print_brief(),
    )
)
QUIT = declare(
    ActionSpec(
        "app.quit",
        "&Quit",
        "Quit",
        keys=("Ctrl+Q",),
        standard=QKeySequence.StandardKey.Quit,
        menu=Menu.FILE,
        section=4,
        role=QAction.MenuRole.QuitRole,
        run=lambda t: t.window.close(),
    )
)

# -- Edit ----------------------------------------------------------------------------------------
UNDO = declare(
    ActionSpec(
        "edit.undo",
        "&Undo",
        "Undo",
        keys=("Ctrl+Z",),
        standard=QKeySequence.StandardKey.Undo,
        menu=Menu.EDIT,
        toolbar="Undo",
        toolbar_group=1,
        mouse="toolbar or Edit menu",
        applies=lambda t: t.editor.undo_stack.canUndo(),
        run=lambda t: t.window.undo(),
    )
)
REDO = declare(
    ActionSpec(
        "edit.redo",
        "&Redo",
        "Redo",
        keys=("Ctrl+Shift+Z", "Ctrl+Y"),
        standard=QKeySequence.StandardKey.Redo,
        menu=Menu.EDIT,
        toolbar="Redo",
        toolbar_group=1,
        mouse="toolbar or Edit menu",
        applies=lambda t: t.editor.undo_stack.canRedo(),
        run=lambda t: t.window.redo(),
    )
)
EDIT_TASK = declare(
    ActionSpec(
        "card.edit",
        "&Edit task…",
        "Edit the focused task",
        keys=("Return", "Enter"),
        scope=Scope.BOARD,
        menu=Menu.EDIT,
        section=1,
        card_menu=True,
        mouse="double-click",
        writes=True,
        applies=has_cards,
        run=lambda t: t.window.edit_task(t.task_ids[0]) if t.task_ids else None,
    )
)


def _move_to(column: Column, text: str, banner: str = "") -> ActionSpec:
    return declare(
        ActionSpec(
            f"card.move_to_{COLUMNS.index(column)}",
            text,
            f"Move the selected tasks to the end of {column.value}",
            card_menu=True,
            card_section=1,
            banner=banner,
            mouse="drag it to any place in any column",
            writes=True,
            applies=not_all_in(column),
            run=lambda t: t.editor.move_tasks(list(t.task_ids), column, t.plan.board.count(column)),
        )
    )


MOVE_TO_ME = _move_to(Column.ME, "Move to &Me")
MOVE_TO_VA = _move_to(Column.VA, "Move to My &VA")
MOVE_TO_NOBODY = _move_to(Column.NOBODY, "Move to &Nobody")
MOVE_BACK_TO_ME = declare(
    ActionSpec(
        "card.move_back_to_me",
        "Move &back to Me",
        "Move the warned task back to where it was in Me (the end of Me if it never was there)",
        banner="Move back to Me",
        writes=True,
        applies=not_all_in(Column.ME),
        run=lambda t: t.editor.move_back(list(t.task_ids), Column.ME),
    )
)
SPLIT = declare(
    ActionSpec(
        "card.split",
        "&Split into preparation and personal part",
        "Split a task: your VA prepares, you do the personal part",
        card_menu=True,
        card_section=2,
        banner="Split",
        writes=True,
        applies=can_split,
        run=lambda t: t.window.split_task(t.task_ids[0]) if t.task_ids else None,
    )
)
KEEP_WITH_VA = declare(
    ActionSpec(
        "card.keep_with_va",
        "&Keep with VA",
        "Keep a relationship task with your VA on purpose (the warning goes away)",
        card_menu=True,
        card_section=2,
        banner="Keep with VA",
        writes=True,
        applies=lambda t: bool(warned(t)),
        run=lambda t: t.window.keep_with_va(warned(t)),
    )
)


def _relationship(value: Relationship, text: str, help: str) -> ActionSpec:
    return declare(
        ActionSpec(
            f"card.relationship_{value.value}",
            text,
            help,
            card_menu=True,
            card_section=3,
            submenu="Builds a &relationship?",
            writes=True,
            applies=has_cards,
            checked=relationship_is(value),
            run=lambda t: t.window.set_relationship(list(t.task_ids), value),
        )
    )


RELATIONSHIP_AUTO = _relationship(
    Relationship.AUTO, "Let the &advisor decide", "Let the advisor judge the selected tasks"
)
RELATIONSHIP_YES = _relationship(
    Relationship.YES, "&Yes, it builds a relationship", "Mark the selected tasks as personal"
)
RELATIONSHIP_NO = _relationship(
    Relationship.NO, "&No, admin or production", "Mark the selected tasks as fit for your VA"
)
DELETE = declare(
    ActionSpec(
        "card.delete",
        "&Delete",
        "Delete the selected tasks (undo brings them back)",
        keys=("Del", "Backspace"),
        standard=QKeySequence.StandardKey.Delete,
        scope=Scope.BOARD,
        menu=Menu.EDIT,
        section=1,
        card_menu=True,
        card_section=4,
        writes=True,
        applies=has_cards,
        run=lambda t: t.window.delete_tasks(list(t.task_ids)),
    )
)
SEARCH = declare(
    ActionSpec(
        "edit.search",
        "&Search",
        "Search tasks",
        keys=("Ctrl+F",),
        standard=QKeySequence.StandardKey.Find,
        menu=Menu.EDIT,
        section=2,
        run=lambda t: t.window.focus_search(),
    )
)
PREFERENCES = declare(
    ActionSpec(
        "app.preferences",
        "&Preferences…",
        "Preferences",
        keys=("Ctrl+,",),
        menu=Menu.EDIT,
        section=2,
        role=QAction.MenuRole.PreferencesRole,
        run=lambda t: t.window.edit_preferences(),
    )
)

# -- keys on the board without a menu entry ------------------------------------------------------
MOVE_LEFT = declare(
    ActionSpec(
        "card.move_left",
        "Move to the column on the left",
        "Move the selected cards to the column on the left",
        keys=("Ctrl+Left",),
        scope=Scope.BOARD,
        mouse="drag it to any place in any column",
        writes=True,
        run=lambda t: t.window.move_selection(-1, 0),
    )
)
MOVE_RIGHT = declare(
    ActionSpec(
        "card.move_right",
        "Move to the column on the right",
        "Move the selected cards to the column on the right",
        keys=("Ctrl+Right",),
        scope=Scope.BOARD,
        mouse="drag it to any place in any column",
        writes=True,
        run=lambda t: t.window.move_selection(1, 0),
    )
)
MOVE_UP = declare(
    ActionSpec(
        "card.move_up",
        "Move up",
        "Move the selected cards up",
        keys=("Ctrl+Up",),
        scope=Scope.BOARD,
        mouse="drag within the column",
        writes=True,
        run=lambda t: t.window.move_selection(0, -1),
    )
)
MOVE_DOWN = declare(
    ActionSpec(
        "card.move_down",
        "Move down",
        "Move the selected cards down",
        keys=("Ctrl+Down",),
        scope=Scope.BOARD,
        mouse="drag within the column",
        writes=True,
        run=lambda t: t.window.move_selection(0, 1),
    )
)
FOCUS_LEFT = declare(
    ActionSpec(
        "focus.left",
        "Column on the left",
        "Move the focus to the column on the left",
        keys=("Left",),
        scope=Scope.BOARD,
        mouse="click",
        run=lambda t: t.window.focus_column(t.window.focused_column(), -1),
    )
)
FOCUS_RIGHT = declare(
    ActionSpec(
        "focus.right",
        "Column on the right",
        "Move the focus to the column on the right",
        keys=("Right",),
        scope=Scope.BOARD,
        mouse="click",
        run=lambda t: t.window.focus_column(t.window.focused_column(), 1),
    )
)
FOCUS_CARDS = declare(
    ActionSpec(
        "focus.cards",
        "Next or previous card",
        "Move the focus between cards",
        keys=("Up", "Down"),
        scope=Scope.LIST,
        mouse="click",
    )
)
SELECT_SEVERAL = declare(
    ActionSpec(
        "select.several",
        "Select several",
        "Select several cards",
        keys=("Shift+Up", "Shift+Down"),
        scope=Scope.LIST,
        mouse="Ctrl+click or Shift+click",
    )
)
CARD_MENU = declare(
    ActionSpec(
        "card.menu",
        "Card menu",
        "Open the menu of the selected cards (every card action)",
        keys=("Menu", "Shift+F10"),
        native=("Menu",),  # Qt makes the Menu key a context-menu event; binding it opens two
        scope=Scope.BOARD,
        mouse="right-click",
        run=lambda t: t.window.open_card_menu(),
    )
)
EDITOR_SAVE = declare(
    ActionSpec(
        "editor.save",
        "Save the task",
        "Save the task editor",
        keys=("Ctrl+Return", "Ctrl+Enter"),
        scope=Scope.EDITOR,
        mouse="Save in the task editor",
    )
)
EDITOR_CANCEL = declare(
    ActionSpec(
        "editor.cancel",
        "Cancel or clear",
        "Close the task editor without saving; clear the search",
        keys=("Esc",),
        scope=Scope.EDITOR,
        mouse="Cancel; the search box's clear button",
    )
)

# -- Warnings and Help ---------------------------------------------------------------------------
WARNING_LIST = declare(
    ActionSpec(
        "warnings.list",
        "",
        "Jump to a task with a relationship warning",
        menu=Menu.WARNINGS,
        fill=lambda t, menu: t.window.fill_warnings_menu(menu),
    )
)
DECISIONS = declare(
    ActionSpec(
        "warnings.decisions",
        "Your &decisions…",
        "See the tasks you decided yourself (tasks worded like them follow) and remove a decision",
        menu=Menu.WARNINGS,
        run=lambda t: t.window.show_decisions(),
    )
)
SHORTCUTS = declare(
    ActionSpec(
        "help.shortcuts",
        "&Keyboard shortcuts",
        "This list",
        keys=("F1", "?"),
        menu=Menu.HELP,
        run=lambda t: t.window.show_shortcuts(),
    )
)
ABOUT = declare(
    ActionSpec(
        "help.about",
        f"&About {APP_NAME}",
        "About the app",
        menu=Menu.HELP,
        role=QAction.MenuRole.AboutRole,
        run=lambda t: t.window.show_about(),
    )
)


# -- listings ------------------------------------------------------------------------------------
def with_keys() -> list[ActionSpec]:
    """The actions that have keys, in declaration order (the sheet's and the README's rows)."""
    return [spec for spec in ACTIONS if spec.keys]


def native_keys(spec: ActionSpec) -> str:
    """The declared keys as this platform writes them (the sheet's first column)."""
    return ", ".join(
        QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in spec.keys
    )


def readme_table() -> str:
    """The README's shortcut table (``python -m ui.actions`` prints it)."""
    lines = ["| action | keys | mouse or menu |", "| --- | --- | --- |"]
    for declared in with_keys():
        keys = ", ".join(f"`{key}`" for key in declared.keys)
        where = declared.mouse or _menu_path(declared)
        lines.append(f"| {declared.help} | {keys} | {where} |")
    return "\n".join(lines)


def _menu_path(declared: ActionSpec) -> str:
    if declared.menu is None:
        return "card menu" if declared.card_menu else ""
    parts = [declared.menu.value, declared.submenu, declared.text]
    return " > ".join(p.replace("&", "") for p in parts if p)


if __name__ == "__main__":  # pragma: no cover
    sys.stdout.write(readme_table() + "\n")
