"""The owner's decisions: tasks worded like one the owner decided follow that decision.

The owner decides by overriding the advisor on a task (relationship yes or no, stored on the
task in the plan file, undoable, carried by the CSV's ``relationship_building`` column). This
module owns what follows from that: a new or existing task whose wording is like a decided
task's follows the decision, with a reason that says so ("You decided “Reply to podcast
listeners” stays with you").

"Worded like" is read on the advisor's own reading of both titles (:func:`signature`): the same
act (the same verb, or verbs of the same family: reply / answer / respond) towards a shared
object or person ("Reply to podcast listeners" ~ "Reply to listeners of the podcast"), or most
of their content words in common. Titles that merely share a channel, a person or a verb do
not match ("Send the client newsletter" is not like "Send a thank-you card to a client").

Which decision a task follows when several are worded as much like it
(:meth:`Decisions.worded_like`) depends only on the decisions themselves, never on when they
were made or in what order the board lists them: the CSV export carries each task's title and
answer but no times, and a plan rebuilt from it by an import must give every task the same
answer and the same reason.

- A decision that the wording stays with the owner wins over one, worded as much alike, that
  it can go to the VA. The owner said both about the same wording; the app keeps the warning,
  the safe side (handing a relationship away is the mistake it exists to prevent, and a warning
  the owner disagrees with is one click to accept).
- Of decisions giving the same answer, the one whose title comes first (case-folded, then as
  written) is the one a reason names; of identical titles, the lowest task id (which task the
  decisions dialog counts the follower for).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from typing import Final, NamedTuple

from planner.advisor.model import shipped
from planner.advisor.reading import Reading, read
from planner.advisor.vocabulary import Word
from planner.board import Board
from planner.model import Relationship, Task

#: Verb classes whose verbs all name the same act (reply / answer / respond); other verbs are
#: compared as themselves ("send" is not "write", "call" is not "email").
_ACTS: Final = ("reply", "gesture", "connect", "follow_up", "negotiate")
_OVERLAP: Final = 0.6


class Signature(NamedTuple):
    """What a title is about, for comparing wordings (this and :class:`Decision` are named
    tuples: cheaper to declare than frozen dataclasses on the first assessment's path)."""

    acts: frozenset[str]  # its verbs, as act names where they have one ("reply")
    heads: frozenset[str]  # what the acts are on: the head of each object ("listener")
    words: frozenset[str]  # acts and every content word of the objects and phrases


class Decision(NamedTuple):
    """One overridden task: the owner's word on its wording."""

    task_id: int
    title: str
    stays: bool  # True: stays with the owner (relationship); False: can go to the VA
    signature: Signature


def _act(w: Word) -> str:
    return next((a for a in _ACTS if a in w.vclasses), w.vkey or w.key)


def _content(w: Word) -> bool:
    """A word that says what the task is about (not a grammar word, not a bare adjective)."""
    return bool(w.key) and not w.flags and (w.is_noun or w.verbal or not w.markers)


def signature(title: str) -> Signature:
    """The advisor's reading of ``title``, reduced to its acts and objects."""
    readings: list[Reading] = read(shipped().vocab, title)
    acts: set[str] = set()
    heads: set[str] = set()
    words: set[str] = set()
    for r in readings:
        if r.verb is not None:
            acts.add(_act(r.verb.word))
        if r.head is not None and _content(r.head.word):
            heads.add(r.head.word.nkey)
        for u in (*r.obj, *(x for _, pp in r.pps for x in pp)):
            if _content(u.word):
                words.add(u.word.nkey)
    return Signature(frozenset(acts), frozenset(heads), frozenset(acts | words))


def alike(a: Signature, b: Signature) -> float:
    """How alike two wordings are: 0 (not alike) to 1 (the same act on the same things)."""
    if not a.words or not b.words:
        return 0.0
    shared = len(a.words & b.words) / len(a.words | b.words)
    if a.acts & b.acts and a.heads & b.heads:
        return max(shared, _OVERLAP)  # the same act on the same thing or people
    if not a.acts ^ b.acts or not (a.acts and b.acts):  # same acts, or no act on either side
        return shared if shared >= _OVERLAP and len(a.words & b.words) >= 2 else 0.0
    return 0.0


class Decisions:
    """The decisions in one board, and which decision a wording follows (cached)."""

    def __init__(self, tasks: Iterable[Task] = ()) -> None:
        self.items: list[Decision] = [
            Decision(t.id, t.title, t.relationship is Relationship.YES, signature(t.title))
            # Newest first (an order to list them in; which one a wording follows does not
            # depend on it, see the module's docstring).
            for t in sorted(tasks, key=lambda t: (t.updated_at, t.id), reverse=True)
            if t.relationship is not Relationship.AUTO
        ]
        self._found: dict[str, Decision | None] = {}

    def __len__(self) -> int:
        return len(self.items)

    def follows(self, task: Task) -> Decision | None:
        """The decision ``task`` follows because it is worded like a decided task, or None
        (a task the owner decided itself follows its own override, not this)."""
        if not self.items or task.relationship is not Relationship.AUTO:
            return None
        if task.title in self._found:
            return self._found[task.title]
        best = self.worded_like(task.title)
        if len(self._found) > 20_000:
            self._found.clear()
        self._found[task.title] = best
        return best

    def worded_like(self, title: str, ignore: int | None = None) -> Decision | None:
        """The decision a task titled ``title`` would follow (leaving out task ``ignore``)."""
        mine = signature(title)
        best: Decision | None = None
        best_score = 0.0
        for d in self.items:
            if d.task_id == ignore:
                continue
            score = alike(mine, d.signature)
            if score > best_score or (
                best is not None and score == best_score and _tie_key(d) < _tie_key(best)
            ):
                best, best_score = d, score
        return best


def _tie_key(d: Decision) -> tuple[bool, str, str, int]:
    """Which of decisions worded as much alike wins (smallest first): "stays with the owner"
    first, then the first title, then the lowest task id (see the module's docstring)."""
    return (not d.stays, d.title.casefold(), d.title, d.task_id)


_BY_BOARD: weakref.WeakKeyDictionary[Board, tuple[int, Decisions]] = weakref.WeakKeyDictionary()


def of_board(board: Board) -> Decisions:
    """The decisions on ``board``, rebuilt only when an override changes."""
    revision = board.decisions_revision
    found = _BY_BOARD.get(board)
    if found is None or found[0] != revision:
        found = (revision, Decisions(board.decided()))
        _BY_BOARD[board] = found
    return found[1]
