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
decides; the notes are read only when the title says too little. Plain Python, no Qt, no
network; importing the package reads nothing (the data is loaded on the first assessment).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from planner.advisor.model import AdvisorDataError, shipped
from planner.advisor.verdict import (
    KINDS,
    Assessment,
    Judgement,
    assessment,
    could_delegate,
    judge,
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
    """Assess one task. The title decides; the notes are read only when the title is vague."""
    m = shipped()
    found = judge(m, title)
    if not notes or found.kind is not _OTHER or notes.isspace():
        return assessment(m, found)
    from_notes = _judge_notes(clip(notes, _NOTES_LIMIT))
    if from_notes.kind is _OTHER:
        return assessment(m, found)
    return assessment(m, from_notes, from_notes=from_notes.kind is TaskKind.RELATIONSHIP)


_OTHER: Final = TaskKind.OTHER  # a module constant: an enum member read from its class costs more


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
    (a template, a pasted checklist) while their titles differ."""
    return judge(shipped(), notes)


def clear_caches() -> None:
    """Forget every cached judgement: of titles and of notes (benchmarks measure first sight)."""
    assess.cache_clear()
    _judge_notes.cache_clear()
