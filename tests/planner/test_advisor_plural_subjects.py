"""A plural subject before a verb with no -s: "Chaplains provide support to patients".

Job descriptions and playbooks describe a role's work with the role as a plural subject and the
verb in its base form ("Instructors teach ...", "Our stewards greet ..."). The reader took such a
sentence for one long noun phrase ("chaplains provide support"), so the act was lost, on the
relationship side and on the admin side alike. After a plural noun of people (or "staff",
"people") a hand-made act in its base form is the verb, as an -s verb is after a singular one
("The secretary asks ..."); a word no list makes an act stays a noun ("Clients list").

The wordings are written for these tests, not taken from the data.
"""

from __future__ import annotations

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import read
from planner.rules import assess


def _acts(title: str) -> list[str]:
    """The acts of the title's readings ("" for a reading with none)."""
    return [r.verb.word.key if r.verb is not None else "" for r in read(shipped().vocab, title)]


@pytest.mark.parametrize(
    ("title", "act"),
    [
        ("Volunteers visit patients on the ward", "visit"),
        ("Our stewards greet members at the door", "greet"),
        ("Counsellors listen to callers in distress", "listen to"),
        ("Tutors teach small groups of adult learners", "teach"),
        ("Receptionists book appointments for patients", "book"),
        ("Cleaners empty the bins after every shift", "empty"),
        ("Volunteers file the attendance sheets each week", "file"),
    ],
)
def test_a_plural_subject_leaves_the_act_to_its_verb(title: str, act: str) -> None:
    assert _acts(title)[0] == act, read(shipped().vocab, title)


@pytest.mark.parametrize(
    "title",
    [
        "Clients list for the spring mailing",
        "Parents guide to the new school year",
        "Client calls to schedule next week",
    ],
)
def test_a_noun_after_a_plural_stays_a_noun(title: str) -> None:
    assert _acts(title)[0] == "", read(shipped().vocab, title)


@pytest.mark.parametrize(
    "title",
    [
        "Receptionists book appointments for patients",
        "Cleaners empty the bins after every shift",
    ],
)
def test_a_plural_subjects_errands_stay_delegable_work(title: str) -> None:
    assert not assess(title).relationship_building, title
