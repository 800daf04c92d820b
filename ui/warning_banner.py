"""The banner above the board that names the latest relationship warning and offers a way out.

It never blocks a drop: it appears when a relationship-building task lands in My VA, says which
task and why, and offers **Move back to Me**, **Split** and **Keep with VA**. With several open
warnings it shows the latest and a count, and a menu jumps to each warned card.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from planner.model import QUOTED_CHARS, quotation, short_quotes, shortened
from ui import actions
from ui.card_delegate import drawn
from ui.message_bar import MessageBar, MessageKind
from ui.plan_editor import PlanEditor
from ui.warning_tracker import WarningTracker

MOVE_BACK = actions.MOVE_BACK_TO_ME.banner
SPLIT = actions.SPLIT.banner
KEEP = actions.KEEP_WITH_VA.banner

#: The banner's buttons for a task: (label, what it does), from the action registry.
Buttons = Callable[[int], list[tuple[str, Callable[[], object]]]]


class WarningBanner(MessageBar):
    """Shows one open warning at a time, with its actions."""

    def __init__(
        self,
        editor: PlanEditor,
        tracker: WarningTracker,
        jump: Callable[[int], None],
        buttons: Buttons,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("warningBanner")
        self.editor = editor
        self.tracker = tracker
        self.jump = jump
        self.buttons_for = buttons
        self.task_id: int | None = None
        self.shown = ""  # the text last shown, before the message bar's own cut
        self.menu = QMenu(self)
        self.menu.aboutToShow.connect(self._fill_menu)
        tracker.warningRaised.connect(self.show_warning)
        tracker.warningsChanged.connect(self._follow)
        # After the tracker's own handler (it was connected first): an edit that keeps the task
        # warned (a new title, new notes, a decision that changes the reason) raises no warning
        # and changes no count, but the banner must not go on quoting the old words.
        editor.planChanged.connect(self._refresh)

    def _text(self, task_id: int) -> str | None:
        task = self.editor.plan.board.get(task_id)
        if task is None:
            return None
        from planner import advice  # a warning is shown after the first paint, never before

        text = warning_text(task.title, advice.reason(task, self.editor.plan.board))
        count = self.tracker.count()
        if count > 1:
            text += f"\n{count} tasks in My VA have this warning."
        return text

    def show_warning(self, task_id: int) -> None:
        text = self._text(task_id)
        if text is None:
            return
        self.task_id = task_id
        self.shown = text
        count = self.tracker.count()
        self.show_message(MessageKind.WARNING, text, self.buttons_for(task_id))
        if count > 1:
            more = QPushButton(f"All warnings ({count})")
            more.setMenu(self.menu)
            self.actions_row.addWidget(more)
            self.buttons.append(more)

    def _refresh(self, _event: object = None) -> None:
        """Show the warning again if what it would say has changed (and only then: rebuilding
        the buttons would take keyboard focus from them on every unrelated change)."""
        task_id = self.task_id
        if task_id is None or not self.isVisible() or task_id not in self.tracker.ids():
            return
        if self._text(task_id) != self.shown:
            self.show_warning(task_id)

    def _follow(self) -> None:
        """When the shown warning is resolved, show the latest remaining one, or hide."""
        if self.task_id is not None and self.task_id in self.tracker.ids():
            if self.isVisible():
                self.show_warning(self.task_id)
            return
        latest = self.tracker.latest()
        if latest is None or not self.isVisible():
            self.task_id = None
            self.hide()
            return
        self.show_warning(latest)

    def _fill_menu(self) -> None:
        self.menu.clear()
        fill_warning_menu(self.menu, self.editor, self.tracker, self.jump)


def warning_text(title: str, reason: str) -> str:
    """The banner's sentence for a warned task: its title, then why it stays with the owner.

    A reason starts by quoting the words of the title that make the task relational; when those
    words are the whole title, the banner says "It" instead of quoting the title twice in a row
    ("“Reply to comments” is with your VA, but it builds a relationship. It is the conversation
    itself: ...")."""
    shown = shortened(drawn(title), QUOTED_CHARS)
    opening = f"“{shown}” is with your VA, but it builds a relationship."
    found = quotation(reason)
    if found is not None and found[0] == 0:
        rest = reason[found[1] + 1 :].lstrip()
        # not a quotation from the notes: "“…” (in the notes) is ..."
        if rest[:1].isalpha() and _same_words(reason[1 : found[1]], title):
            return f"{opening} It {rest}"
    return f"{opening} {short_quotes(reason)}"


def _same_words(quoted: str, title: str) -> bool:
    """Whether a reason's quotation is the whole title (case, spacing and the closing
    punctuation aside)."""

    def words(text: str) -> str:
        return " ".join(text.split()).rstrip(".!?;:,").casefold()

    return words(quoted) == words(title)


def fill_warning_menu(
    menu: QMenu, editor: PlanEditor, tracker: WarningTracker, jump: Callable[[int], None]
) -> None:
    """One entry per open warning (newest first); choosing one jumps to the card."""
    from planner import advice

    ids = list(reversed(tracker.ids()))
    if not ids:
        empty = menu.addAction("No open warnings")
        empty.setEnabled(False)
        return
    for task_id in ids:
        task = editor.plan.board.get(task_id)
        if task is None:
            continue
        action = menu.addAction(f"⚠ {shortened(task.title, 60)}")
        action.setToolTip(short_quotes(advice.reason(task, editor.plan.board)))
        action.triggered.connect(lambda _=False, t=task_id: jump(t))
