"""The relationship-building advisor: is a task the relationship itself, or work around it?

Where things are:

* :mod:`planner.advisor.vocabulary` - what a word can be (hand-made classes and WordNet classes,
  both data files in ``resources/rules/``).
* :mod:`planner.advisor.reading` - the readers: the act, what it acts on, towards whom, one-to-one
  or broadcast, live or prepared, in whose voice, for whose approval; and the model's features.
* :mod:`planner.advisor.model` - loading the data and the linear model's weights; scoring.
* :mod:`planner.advisor.verdict` - the one place that turns readings into a kind and a reason.
* :mod:`planner.advisor.decisions` - the owner's own decisions, followed by tasks worded alike.

:func:`assess` is the entry point (re-exported as :func:`planner.rules.assess`). The title
decides what the task is; the notes, when there are any, are read when the title is not a
relationship task (or, as the end of the title's sentence, when they start with its purpose:
"Call the client" + "just to confirm the delivery address"): a vague title takes its kind from
them, and relationship work the notes hold ("Send invoices" with "then call the client to thank
them") is part of the task, so it warns, its reason quoting the notes and saying so. A task with
notes keeps the "could delegate" suggestion of its title only when every clause of the notes
shows it adds no relationship work (:func:`with_notes`). Plain Python, no Qt, no network;
importing the package reads nothing (the data is loaded on the first assessment).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from planner.advisor.model import AdvisorDataError, Model, shipped
from planner.advisor.verdict import (
    DELEGABLE,
    KINDS,
    Assessment,
    Judgement,
    NotesRead,
    assess_title,
    assessment,
    could_delegate,
    judge,
    notes_leave_it_delegable,
    notes_name_only_the_occasion,
)
from planner.advisor.vocabulary import TaskKind

__all__ = [
    "KINDS",
    "AdvisorDataError",
    "Assessment",
    "TaskKind",
    "assess",
    "clear_caches",
    "clip",
    "could_delegate",
]

_NOTES_LIMIT: Final = 600


@lru_cache(maxsize=16384)
def assess(title: str, notes: str = "") -> Assessment:
    """Assess one task: its title, and its notes when the title is not a relationship task."""
    if not notes:
        return assess_title(title)  # the common case, in one compiled call
    m = shipped()
    found = judge(m, title)
    kind = found.kind
    if kind is _RELATIONSHIP and _says_why(notes):
        # ("Call the client", "just to confirm the delivery address"): the notes' first line
        # finishes the title's sentence with its purpose, so the two are read as one; the
        # lines after it are notes of that task like any others ("... address" + "and
        # apologise for the late order" on the next line still warns)
        found = judge(m, f"{title} {_said_why(notes)}")
        rest = _after_first_line(notes)
        if found.kind is _RELATIONSHIP or found.kind is _AVOID or not rest:
            return assessment(m, found)
        read = clip(rest, _NOTES_LIMIT)
        j = _judge_notes(read)
        return assessment(
            m, *with_notes(m, found, j, read_as=_read_last(read), text=read, title_text=title)
        )
    if not notes or kind is _RELATIONSHIP or kind is _AVOID or notes.isspace():
        return assessment(m, found)
    read = clip(notes, _NOTES_LIMIT)
    j = _judge_notes(read)
    return assessment(
        m, *with_notes(m, found, j, read_as=_read_last(read), text=read, title_text=title)
    )


# Notes that start by saying what the title's act is for ("just to confirm the address")
_WHY: Final = ("to ", "just to ", "only to ", "simply to ")


def _says_why(notes: str) -> bool:
    """Do the notes start with the purpose of the title's act ("to ...", "just to ...")?"""
    return notes[:12].lstrip().lower().startswith(_WHY)


def _after_first_line(notes: str) -> str:
    """The notes after their first line ("" when there is none or only blank lines)."""
    lines = notes.strip().splitlines()
    return "\n".join(lines[1:]).strip()


def _said_why(notes: str) -> str:
    """The purpose the notes start with, as the words that finish the title's sentence: their
    first line from its "to" ("just to confirm" reads as "to confirm"), cut at
    :data:`_NOTES_LIMIT`."""
    line = notes.strip().splitlines()[0]
    return clip(line[line.lower().index("to ") :], _NOTES_LIMIT)


def with_notes(
    m: Model,
    title: Judgement,
    notes: Judgement,
    *,
    read_as: NotesRead | None = None,
    text: str = "",
    title_text: str = "",
) -> tuple[Judgement, bool]:
    """The judgement of a task whose title is not a relationship task (``title``) and whose
    notes read as ``notes`` (``read_as``: the notes ``text`` as read for that judgement, which
    the checks below read again rather than reading the text anew), and whether it comes from
    the notes.

    - Relationship work the notes name as an act the task includes is part of the task,
      whatever its title says: the task warns, on the notes' words ("Send invoices" + "then
      call the client to thank them"). Notes are prose about the task, so a warning from them
      needs such an act (:attr:`Judgement.named`), not people, a meeting or an occasion they
      mention ("client asked for PDF copies"; "Book a table" + "dinner with the Hendersons":
      what the booking is for, and arranging is not holding), nor the owner's own part said
      as theirs ("Book the hotel" + "I'm meeting the distributor in Leeds").
      A title that is a live occasion alone ("Lunch", "Coffee on Friday") is such an act:
      relationship notes say who it is with ("with the Patels, to thank them"), so it warns.
    - A vague title (kind "other") otherwise takes the notes' kind of work, if they have one.
    - A title of delegable work keeps its kind (and so the "could delegate" suggestion) only
      on positive evidence that the notes add no relationship work of the owner's:
      :func:`~planner.advisor.verdict.notes_leave_it_delegable` reads every clause (no act of
      a relationship family anywhere, no person the owner's act is towards, no meal or
      meeting with someone, nothing the owner does "myself" or "in person"). Otherwise the
      task gets "other": no warning, no suggestion (a relationship task must never be
      advised away; a missing suggestion on admin costs little). The score of the notes
      decides nothing here: notes that hold nothing ("asap") score about the model's bias,
      and "ring the caterer to smooth things over" scores far below it. Notes of facts keep
      it ("by Friday", "Jane will walk the board through it", "waiting on Tom").
    - A title that arranges something keeps its kind when its notes plainly name the
      occasion it is for, and when or where ("Book the train" + "meeting the supplier in
      York on Tuesday": :func:`~planner.advisor.verdict.notes_name_only_the_occasion`); other
      meeting notes take the suggestion away ("Order stationery" + "and meet Sam for coffee").
    - A vague title takes the notes' kind of work only when both read as adding no
      relationship work.
    """
    if notes.state and title.kind is not _OTHER and _clear(m, text, read_as):
        return title, False  # "waiting on Tom": whom the task waits for, no work with them
    if title.arranges and notes.kind is _RELATIONSHIP and notes.family in _MEETINGS:
        # "Book the train" + "meeting the supplier in York on Tuesday": what the booking is
        # for; the meeting is the owner's, the booking is the task; the suggestion stays only
        # when the notes plainly name that occasion and no act besides ("Order stationery" +
        # "and meet Sam for coffee": no suggestion)
        if notes_name_only_the_occasion(m, text, read_as):
            return title, False
        return _no_suggestion(title), False
    if notes.kind is _RELATIONSHIP and (notes.named or (title.occasion and not notes.state)):
        # (a live occasion alone as the title, "Lunch" + "with the Patels, to thank them":
        # the notes say who it is with, and the occasion is the act)
        return notes, True
    if title.kind is _OTHER:
        if notes.kind is _OTHER or notes.kind is _RELATIONSHIP or notes.state:
            return title, False
        if _clear(m, text, read_as) and _clear(m, title_text):
            return notes, False  # a vague title takes the notes' kind of work
        return _no_suggestion(notes), False
    if title.kind in DELEGABLE and (notes.kind is _RELATIONSHIP or not _clear(m, text, read_as)):
        return _no_suggestion(title), False
    return title, False


def _no_suggestion(j: Judgement) -> Judgement:
    """``j`` with the kind "other": no warning and no "could delegate" suggestion."""
    return Judgement(_OTHER, j.score, matched=j.matched)


def _clear(m: Model, text: str, read_as: NotesRead | None = None) -> bool:
    """Do the notes ``text`` (or a vague title) add no relationship work of the owner's
    (:func:`planner.advisor.verdict.notes_leave_it_delegable`)? ``read_as``: the notes as
    already read, if they were. The shipped model's answer is cached by the text: many tasks
    share their notes."""
    if m is not shipped():
        return notes_leave_it_delegable(m, text, read_as)
    found = _CLEARED.get(text)
    if found is None:
        if len(_CLEARED) >= _CLEARED_LIMIT:
            _CLEARED.clear()
        found = _CLEARED[text] = notes_leave_it_delegable(m, text, read_as)
    return found


# notes (or a vague title) -> :func:`_clear`'s answer with the shipped model
_CLEARED: Final[dict[str, bool]] = {}
_CLEARED_LIMIT: Final = 4096


# The families of a meeting, a call or a meal with people: notes that name one on a title
# that arranges something say what it is for (not a thanks, an apology, a negotiation...)
_MEETINGS: Final = frozenset(("network", "live", "call", "converse", "build", "presence"))
# module constants: an enum member read from its class costs more
_OTHER: Final = TaskKind.OTHER
_RELATIONSHIP: Final = TaskKind.RELATIONSHIP
_AVOID: Final = TaskKind.AVOID


def clip(text: str, limit: int) -> str:
    """At most ``limit`` characters of ``text``, cut at the last whitespace before the limit,
    not inside a word ("personally" cut at "person" would be read as another word). A text
    whose first ``limit`` characters hold no whitespace (one long word) is cut at the limit."""
    if len(text) <= limit:
        return text
    if text[limit].isspace():
        return text[:limit]
    cut = text[:limit]
    for k in range(limit - 1, 0, -1):  # the last whitespace (str.rfind takes one character)
        if cut[k].isspace():
            return cut[:k]
    return cut


@lru_cache(maxsize=4096)
def _judge_notes(notes: str) -> Judgement:
    """The judgement of a task's notes, cached by the notes alone: many tasks share their notes
    (a template, a pasted checklist) while their titles differ. The notes as read for it are
    kept until other notes are read (:func:`_read_last`): the checks before "could delegate"
    reuse the reading, and the cache holds no readings (thousands of them held would cost the
    garbage collector more than reading once saves)."""
    m = shipped()
    read_as = NotesRead(m, notes)
    _LAST_READ[:] = (read_as,)
    return judge(m, notes, notes=True, read_as=read_as)


# the notes :func:`_judge_notes` read last (one at most)
_LAST_READ: Final[list[NotesRead]] = []


def _read_last(notes: str) -> NotesRead | None:
    """The notes ``notes`` as :func:`_judge_notes` read them, if they were the last it read."""
    for last in _LAST_READ:
        if last.text == notes:
            return last
    return None


def clear_caches() -> None:
    """Forget every cached judgement: of titles and of notes (benchmarks measure first sight)."""
    assess.cache_clear()
    _judge_notes.cache_clear()
    _CLEARED.clear()
    _LAST_READ.clear()
