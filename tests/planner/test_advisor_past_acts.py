"""What someone did, as minutes and reports write it: "Erin recruited a few people to volunteer".

Meeting minutes and community reports say what a named person did, with the verb in the past
tense ("Joe met with the ecology director", "The manager called the client"). The reader took
such a sentence for one long noun phrase ("erin recruited people"), so the act was lost, as it
was for a present-tense verb before the subject reader learned it ("The secretary asks ...").
After a subject that names someone, a verb's past form is the act when a determiner, a
quantifier or a pronoun follows it, or when it is a phrase a hand-made list makes an act ("met
with"); a perfect ("Sarah has called the client") reads the same. A past participle that only
describes the subject ("Members invited to the gala") stays a noun phrase.

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
        ("Erin recruited a few people to help set up the hall", "recruit"),
        ("Joe met with the outreach coordinator of the nature reserve", "meet with"),
        ("The manager called the client about the late delivery", "call"),
        ("Maria thanked the volunteers after the clean-up", "thank"),
        ("Sarah has called the client about the refund", "call"),
        ("Priya phoned them the next morning", "phone"),
        ("The stewards have greeted every guest", "greet"),
        # "have" with no past form after it is the verb itself, as before
        ("Members have a say in the budget", "have"),
        # the errands of the same minutes read the same way
        ("Tom booked the hall for the spring meeting", "book"),
        ("The treasurer filed the receipts in the shared folder", "file"),
    ],
)
def test_a_past_act_after_a_subject_is_the_act(title: str, act: str) -> None:
    assert _acts(title)[0] == act, read(shipped().vocab, title)


@pytest.mark.parametrize(
    "title",
    [
        "Members invited to the gala",
        "Customers referred by a partner",
        "Volunteers trained in first aid",
    ],
)
def test_a_participle_that_describes_the_subject_is_no_act(title: str) -> None:
    assert _acts(title)[0] == "", read(shipped().vocab, title)


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("Joe met with the outreach coordinator of the nature reserve", "met with"),
        ("Maria thanked the volunteers after the clean-up", "thanked"),
    ],
)
def test_a_past_act_with_people_warns_on_its_act(title: str, said: str) -> None:
    a = assess(title)
    assert a.kind == "relationship", a
    assert said in a.reason.lower(), a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Tom booked the hall for the spring meeting",
        "The treasurer filed the receipts in the shared folder",
    ],
)
def test_a_past_errand_is_no_relationship_work(title: str) -> None:
    assert assess(title).kind != "relationship", assess(title)
