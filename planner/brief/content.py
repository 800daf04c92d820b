"""What the VA brief says, built once from the plan and read by every renderer.

This module owns the brief's content and its order: the plan name and date, the totals (hours
handed over, what they cost, the owner's freed hours and what they are worth), **Your tasks**
(every My VA task with how it is done), **Stays with me** (the Me tasks the advisor reads as
relationship building, with the reason, and the owner's boundary paragraph) and **Stopped**
(the Nobody tasks). The Markdown, HTML and PDF renderers only lay this out; they never look at
the plan, so the three formats always say the same thing.

A task's own words (title, notes, steps, the owner's notes on a choice) are given whole: the VA
works from them. A sentence that quotes a title (a reason, "Prepares …") quotes only its start
(:data:`planner.model.QUOTED_CHARS`, as the window does), since that title is listed whole too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from planner import advice
from planner.board import Board
from planner.model import (
    COLUMNS,
    QUOTED_CHARS,
    Column,
    Task,
    format_hours,
    quotation,
    short_quotes,
    shortened,
)
from planner.plan import Plan
from planner.summary import WEEKS_PER_MONTH, format_money

#: The section titles, in the order the brief shows them.
YOUR_TASKS = "Your tasks"
STAYS_WITH_ME = "Stays with me"
STOPPED = "Stopped"

APPROVAL_LINE = "Draft only: send to me for approval"

#: The boundary paragraph when the owner has not written their own (Preferences).
DEFAULT_BOUNDARY = (
    "Please never answer a comment, message or email as if you were me, and never publish "
    "anything under my name that I have not approved. When someone writes to me personally "
    "(a client, a reader, a colleague), forward it to me with a one-line summary and leave the "
    "reply to me. Drafting is welcome; sending is mine."
)


@dataclass(frozen=True, slots=True)
class BriefSettings:
    """What the brief needs beyond the plan: money figures and the owner's own words.

    A rate of 0 means "not set": the brief then gives hours only, never a made-up price.
    """

    va_rate: float = 0.0
    owner_rate: float = 0.0
    currency: str = "$"
    boundary: str = DEFAULT_BOUNDARY


@dataclass(frozen=True, slots=True)
class Totals:
    """The article's second question, in hours and money."""

    va_hours: float
    freed_hours: float
    va_tasks: int
    va_unknown_hours: int
    """My VA tasks with no hours set (the figures leave them out)."""
    va_monthly_cost: float | None
    owner_monthly_value: float | None
    currency: str
    va_rate: float
    owner_rate: float

    def lines(self) -> list[tuple[str, str]]:
        """(label, value) pairs, as every format shows them."""
        rows = [
            (
                "Handed over to you",
                f"{hours_text(self.va_hours)} a week "
                f"(about {hours_text(self.va_hours * WEEKS_PER_MONTH)} a month), "
                f"{self.va_tasks} {'task' if self.va_tasks == 1 else 'tasks'}",
            )
        ]
        if self.va_monthly_cost is not None:
            rows.append(
                (
                    "Cost a month",
                    f"about {format_money(self.va_monthly_cost, self.currency)} "
                    f"at {format_money(self.va_rate, self.currency)} an hour",
                )
            )
        else:
            rows.append(("Cost a month", "no VA hourly rate set"))
        rows.append(("My hours freed", f"{hours_text(self.freed_hours)} a week"))
        if self.owner_monthly_value is not None:
            rows.append(
                (
                    "What they are worth",
                    f"about {format_money(self.owner_monthly_value, self.currency)} a month "
                    f"at my {format_money(self.owner_rate, self.currency)} an hour",
                )
            )
        if self.va_unknown_hours:
            count = self.va_unknown_hours
            rows.append(
                (
                    "Not counted",
                    f"{count} {'task has' if count == 1 else 'tasks have'} no hours set",
                )
            )
        return rows


@dataclass(frozen=True, slots=True)
class VaTask:
    """One task handed to the VA, with everything needed to do it."""

    title: str
    how_often: str
    hours: str
    """``2 h a week``, or empty when unknown."""
    notes: str
    steps: tuple[str, ...] = ()
    done_when: str = ""
    needs_approval: bool = False
    kept_by_choice: str = ""
    """For a relationship task the owner chose to hand over anyway: the sentence saying so."""
    check_first: str = ""
    """For a relationship task with an open warning: why the VA should ask first."""
    goes_with: str = ""
    """The owner's half of a split task, when this is the preparation half."""


@dataclass(frozen=True, slots=True)
class KeptTask:
    """A relationship-building task that stays with the owner, and why."""

    title: str
    reason: str


@dataclass(frozen=True, slots=True)
class StoppedTask:
    title: str
    notes: str


@dataclass(frozen=True, slots=True)
class Brief:
    """The whole brief, in reading order."""

    plan_name: str
    made_on: date
    totals: Totals
    your_tasks: list[VaTask] = field(default_factory=list)
    stays_with_me: list[KeptTask] = field(default_factory=list)
    boundary: str = ""
    stopped: list[StoppedTask] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"VA brief: {self.plan_name}"

    @property
    def date_text(self) -> str:
        return f"{self.made_on.day} {self.made_on:%B %Y}"


_YOU = re.compile(r"\b(yourself|yours|your|you)\b(?=(\s+(\w+))?)", re.IGNORECASE)
_OWN = {"yourself": "myself", "yours": "mine", "your": "my"}
#: Words after which "you" is an object ("wrote to you", "is not you") and becomes "me".
_BEFORE_OBJECT = frozenset(
    {"to", "from", "for", "with", "at", "by", "about", "of", "on", "know", "is", "not"}
    | {"meet", "trust", "than", "like", "puts"}
)
#: Words after which "you" is the subject ("you know", "you will") and becomes "I".
_SUBJECT_VERBS = {"are": "am", "were": "was"} | {
    verb: verb
    for verb in [
        *("will", "would", "can", "could", "do", "did", "have", "had", "know", "want"),
        *("need", "decide", "choose", "say", "write", "send", "build", "meet", "get", "keep"),
    ]
}


def first_person(text: str) -> str:
    """The advisor's reasons speak to the owner ("comes from you"); the brief is the owner
    speaking to the VA, so they are turned round ("comes from me"). A “quotation” (a task's own
    words) is left as written ("Send a thank-you card" is not "a thank-me card"); "you" opening
    a sentence is its subject ("You decided" is "I decided")."""
    quotes = [span] if (span := quotation(text)) else []
    out: list[str] = []
    last = 0
    for match in _YOU.finditer(text):
        if any(start < match.start() < end for start, end in quotes):
            continue
        word = match.group(1)
        lower = word.casefold()
        before = text[: match.start()].split()
        previous = before[-1].casefold().strip("“”\"'(") if before else ""
        following = (match.group(3) or "").casefold()
        opens = not before or before[-1][-1] in ".!?;:"
        if lower in _OWN:
            new = _OWN[lower]
        elif opens or (previous not in _BEFORE_OBJECT and following in _SUBJECT_VERBS):
            new = "I"
            verb = match.group(3) or ""
            fixed = _SUBJECT_VERBS.get(following, following)
            if fixed != following:
                out.append(text[last : match.start()])
                out.append(f"I{match.group(2)[: -len(verb)]}{fixed}")
                last = match.end() + len(match.group(2))
                continue
        else:
            new = "me"
        if word[0].isupper() and new != "I":
            new = new.capitalize()
        out.append(text[last : match.start()] + new)
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def owners_reason(reason: str) -> str:
    """A reason as the brief gives it: in the owner's voice, its quotations cut to
    :data:`~planner.model.QUOTED_CHARS` (the task's own title is the heading just above, whole;
    a decided task's title is the start of a task listed whole elsewhere in the brief)."""
    return first_person(short_quotes(reason))


def hours_text(hours: float) -> str:
    """``1.5 h``: hours as the brief writes them (tenths are enough for a month)."""
    if hours >= 10:
        return f"{format_hours(round(hours))} h"
    return f"{format_hours(round(hours, 1))} h"


def build_brief(plan: Plan, settings: BriefSettings, today: date | None = None) -> Brief:
    """The brief for ``plan`` as it stands now."""
    board = plan.board
    hours = {column: 0.0 for column in COLUMNS}
    for column in COLUMNS:
        hours[column] = sum(t.hours_per_week or 0.0 for t in board.tasks(column))
    va = board.tasks(Column.VA)
    freed = hours[Column.VA] + hours[Column.NOBODY]
    currency = settings.currency.strip() or "$"
    totals = Totals(
        va_hours=hours[Column.VA],
        freed_hours=freed,
        va_tasks=len(va),
        va_unknown_hours=sum(1 for t in va if t.hours_per_week is None),
        va_monthly_cost=(
            hours[Column.VA] * WEEKS_PER_MONTH * settings.va_rate if settings.va_rate > 0 else None
        ),
        owner_monthly_value=(
            freed * WEEKS_PER_MONTH * settings.owner_rate if settings.owner_rate > 0 else None
        ),
        currency=currency,
        va_rate=settings.va_rate,
        owner_rate=settings.owner_rate,
    )
    owner_titles = {task.id: task.title for task in board.tasks(Column.ME)}
    kept = [
        KeptTask(task.title, owners_reason(advice.reason(task, board)))
        for task in board.tasks(Column.ME)
        if advice.is_relationship(task, board)
    ]
    return Brief(
        plan_name=plan.name,
        made_on=today or date.today(),
        totals=totals,
        your_tasks=[_va_task(task, owner_titles, board) for task in va],
        stays_with_me=kept,
        boundary=settings.boundary.strip(),
        stopped=[StoppedTask(t.title, t.notes) for t in board.tasks(Column.NOBODY)],
    )


def _va_task(task: Task, owner_titles: dict[int, str], board: Board) -> VaTask:
    kept_by_choice = check_first = ""
    if advice.is_accepted_warning(task, Column.VA, board):
        kept_by_choice = "I chose to hand this over although it builds a relationship"
        kept_by_choice += f": {task.accept_note}" if task.accept_note else "."
    else:
        warning = advice.warning_for(task, Column.VA, board)
        if warning is not None:
            check_first = f"Check with me before doing this: {owners_reason(warning.reason)}"
    partner = owner_titles.get(task.link_id) if task.link_id is not None else None
    return VaTask(
        title=task.title,
        how_often=task.frequency,
        hours=f"{format_hours(task.hours_per_week)} h a week"
        if task.hours_per_week is not None
        else "",
        notes=task.notes,
        steps=task.steps,
        done_when=task.done_when,
        needs_approval=task.needs_approval,
        kept_by_choice=kept_by_choice,
        check_first=check_first,
        goes_with=f"Prepares “{shortened(partner, QUOTED_CHARS)}”, which stays with me."
        if partner
        else "",
    )
