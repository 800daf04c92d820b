"""What the status bar says after an edit, in the words of the other changes' messages ("Added
'X' to Me", "Moved 'X' to My VA, position 2"): which task, and what of it changed.

The fields are named by the task schema's own labels (:data:`planner.model.TASK_SCHEMA`: the
task dialog's words), so a new field is named here without a line of its own. Loaded when the
first edit is made, not at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence

from planner.model import TASK_SCHEMA, FieldKind, Relationship, Task
from ui.commands import quoted

#: How much of a title a message quotes (as "Added ..." and "Moved ...").
TITLE_CHARS = 80

#: What marking a task says, by the owner's answer to "Builds a relationship?".
RELATIONSHIP_WORDS = {
    Relationship.YES: "as building a relationship",
    Relationship.NO: "as not building a relationship",
    Relationship.AUTO: "for the advisor to judge",
}


def field_words(name: str) -> str:
    """A task field as a sentence names it: its label in the task dialog ("hours per week"), or
    for a check box its words up to the first pause ("draft only")."""
    spec = dict(TASK_SCHEMA)[name]
    words = (spec.label or spec.placeholder or name.replace("_", " ")).replace("&", "")
    for pause in (":", " ("):
        words = words.split(pause)[0]
    return words[:1].lower() + words[1:]


def listed(words: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def changed_fields(before: Task, after: Task) -> list[str]:
    """The fields the owner changed, in the dialog's order (timestamps and links are the
    app's own bookkeeping)."""
    return [
        name
        for name, spec in TASK_SCHEMA
        if spec.editable and spec.label + spec.placeholder
        if getattr(before, name) != getattr(after, name)
    ]


def edit_message(before: Task, after: Task) -> str:
    """What an edit did to one task, or "" when nothing the owner sees changed."""
    names = changed_fields(before, after)
    if not names:
        return ""
    title = quoted(after.title, TITLE_CHARS)
    if names == ["relationship"]:
        return f"Marked {title} {RELATIONSHIP_WORDS[after.relationship]}"
    if "accepted" in names and set(names) <= {"accepted", "accept_note"}:
        if after.accepted:
            return f"Kept {title} with your VA on purpose"
        return f"The warning on {title} is back"
    said = [said_change(name, after) for name in names]
    if names[0] == "title":
        renamed = f"Renamed {quoted(before.title, 40)} to {quoted(after.title, 40)}"
        return f"{renamed} and changed its {listed(said[1:])}" if said[1:] else renamed
    return f"Edited {title}: {listed(said)}"


def said_change(name: str, after: Task) -> str:
    """One changed field as the message lists it: its words, and for a yes/no field whether it
    is now on or off ("draft only (now on)")."""
    words = field_words(name)
    if dict(TASK_SCHEMA)[name].kind is FieldKind.FLAG:
        return f"{words} (now {'on' if getattr(after, name) else 'off'})"
    return words


def marked_message(count: int, value: Relationship) -> str:
    """Several tasks' "Builds a relationship?" set at once."""
    return f"Marked {count} tasks {RELATIONSHIP_WORDS[value]}"


def kept_message(count: int) -> str:
    """Several warned tasks kept with the VA at once."""
    return f"Kept {count} tasks with your VA on purpose"
