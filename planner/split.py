"""Splitting a relationship task: the preparation goes to the VA, the personal act stays with you.

:func:`split_titles` derives two sensible titles from the original one. The head verb decides
what preparation means: for replies it is sorting and flagging, for introductions and approvals it
is screening and shortlisting, for events it is research and booking. :meth:`Plan.split` (in
:mod:`planner.plan`) applies it as one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PREPOSITIONS = ("to ", "with ", "on ", "in ", "at ", "for ", "about ", "up with ", "up on ")

#: Head verb -> a template for the VA's preparation task. ``{rest}`` is the rest of the title
#: after the verb (and a leading preposition), ``{verb}`` the verb, ``{title}`` the whole title.
PREP_TEMPLATES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("follow up",), "Prepare notes and a reminder for me to follow up with {rest}"),
    (("reply", "respond", "answer"), "Collect and sort {rest} for me to answer"),
    (("comment",), "Find {rest} for me to comment on"),
    (
        ("thank", "congratulate", "welcome", "greet"),
        "Gather names and context for me to {verb}: {rest}",
    ),
    (
        ("approve", "accept", "add", "connect", "befriend", "follow"),
        "Screen {rest} and shortlist the genuine ones for me",
    ),
    (
        ("attend", "go", "meet", "fly", "visit", "network"),
        "Research and book {rest}, and brief me beforehand",
    ),
    (("speak", "host", "present", "run"), "Organise the logistics for {rest}"),
    (("call", "phone", "ring"), "Schedule the call with {rest} and prepare a short brief"),
    (
        ("send", "message", "dm", "email", "write", "draft"),
        "Draft {rest} for me to personalise and send",
    ),
    (
        ("chat", "talk", "banter", "interact", "engage", "tweet", "post", "join"),
        "Shortlist threads and posts for me to join in: {rest}",
    ),
)
DEFAULT_TEMPLATE = "Prepare for “{title}”: research, drafts and scheduling"

#: The preparation task's notes. They name the personal part by its link, not by its wording:
#: the advisor reads a task's notes when its title says too little, and the personal act
#: written out there made the preparation look like the relationship it prepares for.
PREPARATION_NOTES = (
    "Preparation only: research, shortlists, drafts and scheduling. "
    "The personal part is the linked task, which stays with me."
)


def _base(word: str) -> str:
    """A rough verb base: replies -> reply, thanking -> thank, approves -> approve."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("ing") and len(word) > 5:
        return word[:-3]
    if word.endswith("ed") and len(word) > 4:
        return word[:-2] if not word.endswith("ied") else word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@dataclass(frozen=True, slots=True)
class SplitTitles:
    preparation: str
    personal: str
    preparation_notes: str


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def split_titles(title: str) -> SplitTitles:
    """The VA's preparation task and the owner's personal task for ``title``."""
    clean = " ".join(title.split())
    words = clean.split(" ")
    head = _base(re.sub(r"[^a-z]", "", words[0].lower()))
    rest = " ".join(words[1:])
    if head == "follow" and rest.lower().startswith("up"):
        head = "follow up"
    for prep in PREPOSITIONS:
        if rest.lower().startswith(prep):
            rest = rest[len(prep) :]
            break
    template = DEFAULT_TEMPLATE
    if rest:
        for verbs, candidate in PREP_TEMPLATES:
            if head in verbs or (head.endswith("e") is False and head + "e" in verbs):
                template = candidate
                break
    preparation = template.format(rest=rest, verb=head, title=_lower_first(clean))
    preparation = preparation[:1].upper() + preparation[1:]
    return SplitTitles(preparation=preparation, personal=clean, preparation_notes=PREPARATION_NOTES)
