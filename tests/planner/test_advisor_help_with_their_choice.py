"""Help given to people with their own choice, understanding or questions (s30, miss).

Conventions 19, 23, 29, 30 and 40: helping particular people choose, decide or understand
("assisting clients in choosing a vacation destination", "Help the team to reflect on its
values") is counsel, a working session or teaching with them, and helping them with their own
questions or problems is answering them: the owner's own help, whatever the model weighs the
words (a verb of help is passed over by the readers, so these titles carry no act of their own).
Help with a chore done for people (forms, seats, directions, bookings: conventions 13 and 15),
help to the owner's colleagues with their paperwork, and help whose people act on nothing of
their own mind stay the model's to weigh. The wordings are written here for the tests, not rows
of the data sets.
"""

from __future__ import annotations

import pytest

from planner.advisor.verdict import assessment, judge
from planner.rules import assess, could_delegate
from tests.planner.flat_model import flat_model

_HELP = "your own help"
_GENERIC = "the relationship itself"


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        (
            "Assist customers in choosing a holiday destination",
            "Assist customers in choosing a holiday destination",
        ),
        (
            "Helping patients understand their treatment options",
            "Helping patients understand their treatment options",
        ),
        ("Help the team to reflect on how the sprint went", "Help the team to reflect"),
        ("Help families decide on a care home", "Help families decide"),
        ("Assist students in selecting their modules", "Assist students in selecting their"),
        ("Help players with their account questions", "Help players with their account questions"),
    ],
)
def test_help_with_their_own_choice_or_questions_is_the_owners_help(
    title: str, quoted: str
) -> None:
    a = assess(title)
    assert a.relationship_building and not could_delegate(a), title
    assert _HELP in a.reason and _GENERIC not in a.reason, a.reason
    assert quoted in a.reason, a.reason  # the people's own act is quoted with the help


@pytest.mark.parametrize(
    "title",
    [
        "Assist clients in choosing a vacation destination",
        "Help customers understand their options",
        "Help the team to reflect on agile values",
    ],
)
def test_help_with_their_own_choice_warns_whatever_the_score(title: str) -> None:
    # a model that scores every reading below the threshold (but above "unsure"): the act is
    # the owner's all the same
    m = flat_model(-2.0)
    a = assessment(m, judge(m, title))
    assert a.relationship_building, title
    assert _HELP in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Assist customers in completing the application forms",  # paperwork done for them
        "Assisting people in finding a seat",  # ushering
        "Help visitors with directions to the car park",  # directions, no question of theirs
        "Assist the teachers with scheduling volunteers",  # office work for colleagues
        "Help the team plan and validate estimates",  # planning the work, no choice of theirs
        "Help guests find the restrooms",  # routing
    ],
)
def test_help_with_a_chore_is_no_sure_act(title: str) -> None:
    m = flat_model(-2.0)
    a = assessment(m, judge(m, title))
    assert not a.relationship_building, a.reason


def test_help_that_is_a_purpose_of_a_thing_made_is_no_sure_act() -> None:
    # the help is what a thing made is for, not the owner's act with the people: no sure act
    m = flat_model(-2.0)
    for title in (
        "Write an FAQ page to help customers choose a plan",
        "Design tooltips that help users navigate the app",
    ):
        a = assessment(m, judge(m, title))
        assert not a.relationship_building, (title, a.reason)
