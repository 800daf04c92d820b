"""Backups, save-a-copy, splitting a task and the summary figures, all in the core."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from planner.advice import is_relationship, warning_for
from planner.backups import list_backups, make_backup, restore_backup, save_copy
from planner.errors import PlanFileError
from planner.model import Column
from planner.plan import Plan
from planner.rules import assess
from planner.split import PREPARATION_NOTES, split_titles
from planner.summary import Summary, format_money, summarize


def test_backups_keep_the_newest_five(home: Path, plan: Plan) -> None:
    plan.add("a")
    made = [make_backup(plan.store) for _ in range(7)]
    kept = list_backups(plan.path)
    assert [b.path for b in kept] == [b.path for b in reversed(made[-5:])]
    with Plan.open(kept[0].path) as copy:
        assert [t.title for t in copy.tasks()] == ["a"]


def test_restore_replaces_content_and_survives_reopen(
    home: Path, plan: Plan, plan_path: Path
) -> None:
    plan.add("first")
    backup = make_backup(plan.store)
    plan.add("second")
    restore_backup(plan.store, backup.path)
    plan.reload()
    assert [t.title for t in plan.tasks()] == ["first"]
    plan.close()
    with Plan.open(plan_path) as again:
        assert [t.title for t in again.tasks()] == ["first"]


def test_restore_refuses_a_foreign_file(home: Path, plan: Plan, tmp_path: Path) -> None:
    plan.add("keep")
    bogus = tmp_path / "bogus.dplan"
    bogus.write_text("not a plan")
    with pytest.raises(PlanFileError):
        restore_backup(plan.store, bogus)
    assert [t.title for t in plan.tasks()] == ["keep"]


def test_save_copy_writes_a_whole_plan_and_refuses_foreign_targets(
    plan: Plan, tmp_path: Path
) -> None:
    plan.add("x", Column.VA)
    target = tmp_path / "copy.dplan"
    save_copy(plan.store, target)
    with Plan.open(target) as copy:
        assert [(t.title) for t in copy.tasks(Column.VA)] == ["x"]
    foreign = tmp_path / "notes.txt"
    foreign.write_text("mine")
    with pytest.raises(PlanFileError):
        save_copy(plan.store, foreign)
    assert foreign.read_text() == "mine"


@pytest.mark.parametrize(
    ("title", "preparation"),
    [
        ("Reply to comments on my blog", "Collect and sort comments on my blog for me to answer"),
        (
            "Approve new LinkedIn invitations",
            "Screen new LinkedIn invitations and shortlist the genuine ones for me",
        ),
        (
            "Thank a reader for sharing my article",
            "Gather names and context for me to thank: a reader for sharing my article",
        ),
        (
            "Attend a networking breakfast",
            "Research and book a networking breakfast, and brief me beforehand",
        ),
        (
            "Follow up with a prospect after the call",
            "Prepare notes and a reminder for me to follow up with a prospect after the call",
        ),
        ("Comment on Danny's blog post", "Find Danny's blog post for me to comment on"),
        (
            "Send a DM to a new follower",
            "Draft a DM to a new follower for me to personalise and send",
        ),
        ("Banter", "Prepare for “banter”: research, drafts and scheduling"),
    ],
)
def test_split_titles(title: str, preparation: str) -> None:
    split = split_titles(title)
    assert split.preparation == preparation
    assert split.personal == title
    assert split.preparation_notes == PREPARATION_NOTES  # names the personal part by its link


#: Relationship tasks as owners write them (three are starter tasks); each one's preparation
#: half reads as vague work to the advisor, which then reads its notes.
WARNED_TITLES = [
    "Approve new friend and connection requests",
    "Attend a local networking event",
    "Host a weekly live Q&A for my community",
    "Negotiate contracts with suppliers",
    "Call clients who have gone quiet",
    "Give feedback to my assistant",
    "Reply to podcast listeners",
    "Reply to comments on my blog",
    "Apologize to your negative reviewer",  # its preparation still reads as one: "Prepare for …"
]


@pytest.mark.parametrize("title", WARNED_TITLES)
def test_the_preparation_half_of_a_split_is_not_warned(plan: Plan, title: str) -> None:
    """Split is a way out of a warning: the preparation goes to the VA without one, and the
    personal part (the warned wording) stays with the owner."""
    task = plan.add(title, Column.VA)
    assert warning_for(task, Column.VA, plan.board) is not None  # the premise
    prep, personal = plan.split(task.id)
    assert plan.board.column_of(prep.id) is Column.VA
    assert warning_for(plan.task(prep.id), Column.VA, plan.board) is None
    assert is_relationship(plan.task(personal.id), plan.board)
    assert not plan.task(personal.id).accepted  # the personal part is warned again if moved back


@pytest.mark.parametrize("title", WARNED_TITLES)
def test_the_preparation_notes_do_not_make_a_vague_title_a_relationship(title: str) -> None:
    """The notes are read when the title says too little: they must not restate the act."""
    parts = split_titles(title)
    alone = assess(parts.preparation)
    assert assess(parts.preparation, parts.preparation_notes).relationship_building is (
        alone.relationship_building
    )


def test_plan_split_links_and_places(plan: Plan, plan_path: Path) -> None:
    plan.add("Bookkeeping", Column.VA)
    reply = plan.add("Reply to comments on my blog", Column.VA)
    plan.add("Upload", Column.VA)
    prep, personal = plan.split(reply.id)
    assert personal.id == reply.id and personal.link_id == prep.id and prep.link_id == reply.id
    assert plan.board.place(prep.id) == (Column.VA, 1)
    assert plan.board.place(reply.id) == (Column.ME, 0)
    conn = sqlite3.connect(plan_path)
    assert conn.execute("SELECT link_id FROM tasks WHERE id = ?", (reply.id,)).fetchone() == (
        prep.id,
    )
    conn.close()
    plan.delete(prep.id)
    assert plan.task(reply.id).link_id is None


def test_split_keeps_the_personal_part_level_with_where_it_was(plan: Plan) -> None:
    for title in ("Plan the week", "Write proposals", "Record the podcast"):
        plan.add(title, Column.ME)
    plan.add("Bookkeeping", Column.VA)
    thank = plan.add("Thank new subscribers", Column.VA)
    prep, _ = plan.split(thank.id)
    assert plan.board.place(thank.id) == (Column.ME, 1)  # not the end of Me
    assert plan.board.place(prep.id) == (Column.VA, 1)  # the preparation takes its place
    nobody = plan.add("Call old clients", Column.NOBODY)
    plan.split(nobody.id)
    assert plan.board.place(nobody.id) == (Column.ME, 0)
    me_task = plan.tasks(Column.ME)[3]
    plan.split(me_task.id)
    assert plan.board.place(me_task.id) == (Column.ME, 3)  # already with me: stays put


def test_summary_figures() -> None:
    summary: Summary = summarize({Column.ME: 8, Column.VA: 17.5, Column.NOBODY: 2}, {Column.ME: 6})
    assert summary.total_hours == 27.5
    assert summary.freed_hours == 19.5
    assert summary.va_monthly_cost(20) == pytest.approx(17.5 * 52 / 12 * 20)
    assert summary.counts == {Column.ME: 6, Column.VA: 0, Column.NOBODY: 0}


def test_format_money() -> None:
    assert format_money(1516.67, "€") == "€1,517"
    assert format_money(25, "$") == "$25.00"
    assert format_money(1200, "CHF") == "1,200 CHF"
