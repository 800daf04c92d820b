"""Relationship warnings on the board: badge, banner, its three actions, the list, persistence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from planner import advice
from planner.model import QUOTED_CHARS, Column, Relationship, TaskChanges
from planner.plan import Plan
from ui.column_model import Role
from ui.main_window import MainWindow
from ui.plan_editor import PlanEditor
from ui.warning_banner import KEEP, MOVE_BACK, SPLIT, fill_warning_menu, warning_text

from .conftest import ids_of, titles

REPLY = "Reply to comments on my blog"


def drop_into_va(window: MainWindow, title: str, row: int = 0) -> int:
    me = window.view(Column.ME)
    model = me.column_model()
    (task_id,) = ids_of(window.plan, title)
    data = model.mimeData([model.index_of(task_id)])
    assert window.models[Column.VA].dropMimeData(
        data, Qt.DropAction.MoveAction, row, 0, QModelIndex()
    )
    return task_id


def click(window: MainWindow, label: str) -> None:
    button = window.banner.button(label)
    assert button is not None, f"no {label!r} button on the banner"
    button.click()


def card(window: MainWindow, task_id: int) -> QModelIndex:
    column = window.plan.board.column_of(task_id)
    return window.models[column].index_of(task_id)


def warned_as(window: MainWindow, qtbot: QtBot, title: str) -> tuple[int, str]:
    """Retitle the blog-reply task ``title``, drop it into My VA (where it warns) and return its
    id and the reason the advisor gives."""
    (task_id,) = ids_of(window.plan, REPLY)
    window.editor.edit_task(task_id, TaskChanges(title=title))
    with qtbot.waitSignal(window.tracker.warningRaised):
        drop_into_va(window, title)
    return task_id, advice.reason(window.plan.task(task_id), window.plan.board)


def assert_tips_end_with(window: MainWindow, task_id: int, tail: str) -> None:
    """The warnings menu's tip and the card's tooltip and accessible description quote only the
    start of the reason's quotation and keep all of what it says after it."""
    menu = QMenu()
    fill_warning_menu(menu, window.editor, window.tracker, lambda _: None)
    (entry,) = [a for a in menu.actions() if a.text().startswith("⚠")]
    tip = entry.toolTip()
    assert tip.endswith(tail) and len(tip) < QUOTED_CHARS + len(tail) + 10
    for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
        described = card(window, task_id).data(role)
        assert tail in described and len(described) < QUOTED_CHARS + len(tail) + 100


def test_drop_into_va_shows_badge_banner_and_count(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.tracker.warningRaised) as raised:
        task_id = drop_into_va(window, REPLY)
    assert raised.args == [task_id]
    index = card(window, task_id)
    reason = index.data(Role.WARNING)
    assert reason and "repl" in reason.lower()
    assert "Warning: keep this yourself." in index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert reason in index.data(Qt.ItemDataRole.ToolTipRole)
    assert window.banner.isVisible()
    assert REPLY in window.banner.text.text() and reason in window.banner.text.text()
    assert [b.text() for b in window.banner.buttons] == [MOVE_BACK, SPLIT, KEEP]
    assert window.warning_label.text() == "⚠ 1 relationship warning"


def test_the_banner_quotes_the_start_of_a_very_long_title(window: MainWindow, qtbot: QtBot) -> None:
    """A title of pages (pasted, or from a CSV) is quoted by its start: the banner stays a few
    lines high; the plan keeps every character."""
    (task_id,) = ids_of(window.plan, REPLY)
    long = REPLY + " and thank each one by name" * 1500
    window.editor.edit_task(task_id, TaskChanges(title=long))
    with qtbot.waitSignal(window.tracker.warningRaised):
        drop_into_va(window, long)
    shown = window.banner.text.text()
    quoted = shown.split("”")[0].removeprefix("“")
    assert quoted.endswith("…") and long.startswith(quoted[:-1])
    assert len(quoted) <= QUOTED_CHARS
    assert shown.startswith(f"“{quoted}” is with your VA, but it builds a relationship. ")
    assert window.plan.task(task_id).title == long


def test_the_banner_and_the_menu_shorten_a_reason_that_quotes_a_very_long_title(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The reason quotes the words that make the task relational, and on a title of pages
    those can be all of it ("Reply to every comment from readers and readers and ..."): the
    banner (and the warnings menu's tip) quote its start, as they quote the title's."""
    long = "Reply to every comment from " + "readers and " * 3000 + "fans"
    task_id, why = warned_as(window, qtbot, long)
    assert len(why) > 1_000  # the reason quotes the title (its first 2,000 characters)
    tail = why.rsplit("”", 1)[1]  # what the reason says after its quote
    shown = window.banner.text.text()
    quotes = re.findall("“([^”]*)”", shown)
    assert len(quotes) == 2 and all(len(quote) <= QUOTED_CHARS for quote in quotes)
    assert quotes[1].endswith("…") and why.startswith(f"“{quotes[1][:-1]}")
    assert shown.endswith(tail) and len(shown) < 2 * QUOTED_CHARS + len(tail) + 100
    assert_tips_end_with(window, task_id, tail)
    assert window.plan.task(task_id).title == long


def test_a_reason_is_shortened_when_the_title_holds_curly_quotes_of_its_own(
    window: MainWindow, qtbot: QtBot
) -> None:
    """A title can hold curly quotes (pasted text, smart quotes): the reason's quotation still
    runs to its own closing mark, so the banner, the menu's tip and the card's tooltip quote
    only its start (they showed all 2,000 characters of it, the board pushed to a sliver)."""
    long = "Reply to every ”comment” from " + "readers and " * 3000 + "“fans”"
    task_id, why = warned_as(window, qtbot, long)
    assert len(why) > 1_000 and why.startswith("“Reply to every ”comment” from readers")
    tail = why.rsplit("”", 1)[1]  # what the reason says after its quote
    assert tail.startswith(" is ") and len(tail) > 40
    shown = window.banner.text.text()
    assert shown.endswith(tail) and len(shown) < 2 * QUOTED_CHARS + len(tail) + 100
    assert "“Reply to every ”comment” from readers and" in shown
    assert_tips_end_with(window, task_id, tail)
    assert window.plan.task(task_id).title == long


def test_admin_task_in_va_raises_nothing(window: MainWindow, qtbot: QtBot) -> None:
    (task_id,) = ids_of(window.plan, "Buy followers")
    with qtbot.assertNotEmitted(window.tracker.warningRaised):
        window.editor.move_tasks([task_id], Column.VA, 0)
    assert not window.banner.isVisible()
    assert card(window, task_id).data(Role.WARNING) is None
    assert window.warning_label.text() == "No relationship warnings"


def test_move_back_to_me(window: MainWindow, qtbot: QtBot) -> None:
    task_id = drop_into_va(window, REPLY)
    with qtbot.waitSignal(window.tracker.warningsChanged):
        click(window, MOVE_BACK)
    assert window.plan.board.column_of(task_id) is Column.ME
    assert not window.banner.isVisible()
    assert window.tracker.count() == 0
    window.undo_action.trigger()
    assert window.plan.board.column_of(task_id) is Column.VA
    assert window.tracker.count() == 1


def test_move_back_returns_the_card_to_its_place_in_me_as_one_step(
    window: MainWindow, qtbot: QtBot
) -> None:
    """ "Move back to Me" puts the card where it was in Me before it went to My VA (it put it at
    the end of Me, where the undo of the move did not), as one undoable step; undo and redo
    take the card, its selection and the keyboard with them."""
    board = window.plan.board
    before = list(board.ids(Column.ME))
    task_id = drop_into_va(window, REPLY, row=1)
    stack = window.editor.undo_stack
    steps = stack.count()
    click(window, MOVE_BACK)
    assert board.ids(Column.ME) == before
    assert stack.count() == steps + 1 and stack.undoText() == f"Move '{REPLY}' back to Me"
    me = window.view(Column.ME)
    assert me.selected_ids() == [task_id] and me.current_id() == task_id and me.hasFocus()
    window.undo_action.trigger()
    assert board.ids(Column.VA)[1] == task_id and window.tracker.count() == 1
    assert window.banner.isVisible()
    window.redo_action.trigger()
    assert board.ids(Column.ME) == before and window.tracker.count() == 0
    assert me.selected_ids() == [task_id] and me.current_id() == task_id


def test_move_back_finds_the_place_among_the_cards_that_were_around_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Changes made after the move (a task added at the top of Me, the card reordered within My
    VA, an edit) do not lose the place: the card goes back before the card that followed it."""
    board = window.plan.board
    (record,) = ids_of(window.plan, "Record the podcast")
    task_id = drop_into_va(window, REPLY)
    added = window.editor.add_task("Call my accountant", Column.ME, 0)
    window.editor.move_tasks([task_id], Column.VA, board.count(Column.VA))
    window.editor.edit_task(task_id, TaskChanges(notes="weekly"))
    click(window, MOVE_BACK)
    me = board.ids(Column.ME)
    assert me[:3] == [added, task_id, record]


def test_move_back_goes_to_the_end_of_me_when_the_card_was_never_there(
    window: MainWindow, qtbot: QtBot
) -> None:
    """A card that came into My VA from Nobody, or was made there, has no place in Me to go back
    to: it goes to the end of Me, as "Move to Me" does."""
    board = window.plan.board
    (nobody,) = ids_of(window.plan, "Buy followers")
    window.editor.edit_task(nobody, TaskChanges(title="Thank new followers one by one"))
    with qtbot.waitSignal(window.tracker.warningRaised):
        window.editor.move_tasks([nobody], Column.VA, 0)
    click(window, MOVE_BACK)
    assert board.ids(Column.ME)[-1] == nobody
    with qtbot.waitSignal(window.tracker.warningRaised):
        made = window.editor.add_task("Reply to podcast listeners", Column.VA, 0)
    click(window, MOVE_BACK)
    assert board.ids(Column.ME)[-1] == made


def test_keep_with_va_accepts_and_shows_neutral_mark(window: MainWindow, qtbot: QtBot) -> None:
    task_id = drop_into_va(window, REPLY)
    click(window, KEEP)
    task = window.plan.task(task_id)
    assert task.accepted and window.plan.board.column_of(task_id) is Column.VA
    index = card(window, task_id)
    assert index.data(Role.WARNING) is None and index.data(Role.ACCEPTED) is True
    assert "Kept with your VA by your choice." in index.data(Qt.ItemDataRole.ToolTipRole)
    assert window.tracker.count() == 0 and not window.banner.isVisible()
    assert window.editor.undo_stack.undoText() == f"Edit '{REPLY}'"
    window.undo_action.trigger()
    assert not window.plan.task(task_id).accepted and window.tracker.count() == 1


@pytest.mark.parametrize("warnings", [1, 2])
def test_a_pressed_banner_button_gives_the_keyboard_back_to_the_cards_column(
    window: MainWindow, qtbot: QtBot, warnings: int
) -> None:
    """Keep with VA pressed with the keyboard or the mouse (the button has the focus): the banner
    hides, or shows the next warning with new buttons, and Qt passed the focus on to the next
    widget in the tab order, the Me column, while the kept card stayed selected in My VA (seen
    on Xvfb: the next Down key moved the selection in Me). The keyboard goes back to My VA."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    if warnings == 2:
        (networking,) = ids_of(window.plan, "Attend a networking event")
        window.editor.edit_task(networking, TaskChanges(relationship=Relationship.YES))
        drop_into_va(window, "Attend a networking event")
    task_id = drop_into_va(window, REPLY)
    va = window.view(Column.VA)
    va.select_ids([task_id], current=task_id)  # as a keyboard move or a drop leaves it
    va.setFocus()
    button = window.banner.button(KEEP)
    assert button is not None
    qtbot.waitUntil(button.isVisible)  # a button added to a shown bar shows a moment later
    button.setFocus()
    assert QApplication.focusWidget() is button
    button.click()
    assert window.plan.task(task_id).accepted
    assert window.banner.isVisible() is (warnings == 2)
    assert QApplication.focusWidget() is va
    assert va.current_id() == task_id and va.selected_ids() == [task_id]


def test_the_keyboard_stays_where_it_is_when_a_banner_it_is_not_in_hides(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    task_id = drop_into_va(window, REPLY)
    nobody = window.view(Column.NOBODY)
    nobody.setFocus()
    window.editor.accept_warning(task_id)
    assert not window.banner.isVisible()
    assert QApplication.focusWidget() is nobody


def test_split_makes_linked_preparation_and_personal_tasks(
    window: MainWindow, qtbot: QtBot
) -> None:
    plan = window.plan
    task_id = drop_into_va(window, REPLY, row=1)
    click(window, SPLIT)
    personal = plan.task(task_id)
    assert plan.board.column_of(task_id) is Column.ME
    assert personal.title == REPLY
    prep = plan.task(personal.link_id)  # type: ignore[arg-type]
    assert prep.link_id == task_id
    assert plan.board.column_of(prep.id) is Column.VA and plan.board.position(prep.id) == 1
    assert prep.title == "Collect and sort comments on my blog for me to answer"
    assert card(window, prep.id).data(Role.PARTNER) == REPLY
    assert card(window, task_id).data(Role.PARTNER) == prep.title
    assert window.tracker.count() == 0
    assert window.editor.undo_stack.undoText() == f"Split '{REPLY}'"
    window.undo_action.trigger()
    assert prep.id not in plan.board
    assert plan.board.place(task_id) == (Column.VA, 1) and plan.task(task_id).link_id is None
    window.redo_action.trigger()
    assert plan.task(task_id).link_id == prep.id and plan.task(prep.id).link_id == task_id


def test_several_warnings_show_latest_count_and_menu(window: MainWindow, qtbot: QtBot) -> None:
    plan = window.plan
    (networking,) = ids_of(plan, "Attend a networking event")
    window.editor.edit_task(networking, TaskChanges(relationship=Relationship.YES))
    first = drop_into_va(window, REPLY)
    second = drop_into_va(window, "Attend a networking event")
    assert window.tracker.ids() == [first, second]
    assert window.banner.task_id == second
    assert "2 tasks in My VA have this warning." in window.banner.text.text()
    more = window.banner.button("All warnings (2)")
    assert more is not None
    window.banner.menu.aboutToShow.emit()
    entries = [a.text() for a in window.banner.menu.actions()]
    assert entries == ["⚠ Attend a networking event", f"⚠ {REPLY}"]
    window.view(Column.ME).setFocus()
    window.banner.menu.actions()[1].trigger()
    assert window.view(Column.VA).selected_ids() == [first]
    assert window.view(Column.VA).hasFocus()


def test_override_no_silences_and_yes_raises(window: MainWindow, qtbot: QtBot) -> None:
    task_id = drop_into_va(window, REPLY)
    window.editor.edit_task(task_id, TaskChanges(relationship=Relationship.NO))
    assert window.tracker.count() == 0
    (books,) = ids_of(window.plan, "Bookkeeping")
    with qtbot.waitSignal(window.tracker.warningRaised):
        window.editor.edit_task(books, TaskChanges(relationship=Relationship.YES))
    assert card(window, books).data(Role.WARNING)


def test_override_and_acceptance_persist(
    editor: PlanEditor, settings: QSettings, qtbot: QtBot, plan_path: Path
) -> None:
    plan = editor.plan
    (reply,) = ids_of(plan, REPLY)
    (books,) = ids_of(plan, "Bookkeeping")
    editor.move_tasks([reply], Column.VA, 0)
    editor.accept_warning(reply, "She knows my voice")
    editor.edit_task(books, TaskChanges(relationship=Relationship.YES))
    editor.detach()
    plan.close()
    with Plan.open(plan_path) as again:
        assert again.task(reply).accepted and again.task(reply).accept_note == "She knows my voice"
        assert again.task(books).relationship is Relationship.YES
        reopened = PlanEditor(again)
        window = MainWindow(reopened, settings)
        qtbot.addWidget(window)
        assert window.warning_label.text() == "Checking warnings…"
        with qtbot.waitSignal(window.tracker.scanned):
            window.show()  # the full scan runs just after the first paint
        assert window.tracker.ids() == [books]
        assert window.warning_label.text() == "⚠ 1 relationship warning"
        assert window.banner.isVisible() is False or window.banner.task_id == books
        assert titles(again, Column.VA)[0] == REPLY
        reopened.detach()


def test_the_banner_quotes_a_title_once_when_the_reason_quotes_all_of_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    """When the words that make a task relational are its whole title, the banner does not quote
    the title twice in a row: the reason's quotation becomes "It"."""
    _, why = warned_as(window, qtbot, "Reply to comments")
    assert why.startswith("“Reply to comments” is ")
    shown = window.banner.text.text()
    assert shown.count("Reply to comments") == 1
    assert shown == (
        "“Reply to comments” is with your VA, but it builds a relationship. It "
        + why.removeprefix("“Reply to comments” ")
    )


def test_warning_text_quotes_the_title_and_the_words_that_differ_from_it() -> None:
    """A part of the title, a quotation from the notes, or a decision keeps its own quotation."""
    reply = "“Reply to comments” is the conversation itself."
    assert warning_text("reply to comments.", reply).endswith(
        "builds a relationship. It is the conversation itself."
    )
    for title, reason in [
        ("Reply to comments on my blog", reply),
        ("Reply to comments", "“Reply to comments” (in the notes) is the conversation itself."),
        ("Reply to comments", "You decided “Reply to comments” stays with you."),
    ]:
        assert warning_text(title, reason).endswith(f"relationship. {reason}")


def test_the_banner_follows_an_edit_that_keeps_its_task_warned(
    window: MainWindow, qtbot: QtBot
) -> None:
    """A new title for the warned task (still relational) is quoted at once, and again the old
    one after undo; an edit of another task leaves the banner's buttons as they were."""
    task_id = drop_into_va(window, REPLY)
    assert window.banner.isVisible() and REPLY in window.banner.text.text()
    new = "Thank each new subscriber personally"
    window.editor.edit_task(task_id, TaskChanges(title=new))
    assert window.tracker.ids() == [task_id]
    shown = window.banner.text.text()
    assert new in shown and REPLY not in shown
    assert shown.endswith(advice.reason(window.plan.task(task_id), window.plan.board))
    window.editor.undo_stack.undo()
    assert REPLY in window.banner.text.text() and new not in window.banner.text.text()
    buttons = list(window.banner.buttons)
    other = next(t.id for t in window.plan.board.tasks(Column.ME) if t.id != task_id)
    window.editor.edit_task(other, TaskChanges(notes="unrelated"))
    assert window.banner.buttons == buttons
