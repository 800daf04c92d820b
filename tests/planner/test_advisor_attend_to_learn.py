"""Attending as a learner (convention 70; s29, false alarms of the pseudo-held-out files).

Being at a conference, a seminar, a course or a workshop one goes to as a learner or a visitor
is one's own learning, not time with particular people: the reason "meeting people yourself"
had nothing to rest on. A meeting or an event beside it, people named (whom one goes with, on
whose behalf, whom one meets there), or a working session with the others keep the warning.
People in what the course is about do not count. The wordings are written here for the tests,
not rows of the data sets.
"""

from __future__ import annotations

import pytest

from planner.rules import assess, could_delegate


@pytest.mark.parametrize(
    "title",
    [
        "Attend the regional baking conference",
        "Attend a seminar on VAT changes",
        "Participate in webinars about email marketing",
        "Take part in the first-aid course",
        "Attend a workshop on handling difficult customers",
        # "expo" is an occasion of `learning_occasions` before it is people (WordNet files it
        # as a group): the retrain of tune-hdi..hdm scored this above the line, where the
        # occasion's check read "expos" as people
        "Attending craft fairs, exhibitions and expos for ideas",
        "Attend the Spring Home Expo for ideas",
    ],
)
def test_attending_to_learn_does_not_warn(title: str) -> None:
    a = assess(title)
    assert not a.relationship_building, (title, a.reason)
    # one's own learning is no work for an assistant either
    assert not could_delegate(a), (title, a.kind)


@pytest.mark.parametrize(
    "title",
    [
        "Attend the conference with our two biggest clients",
        "Attend the trade conference on behalf of the guild",
        "Attend conferences to meet potential distributors",
        "Attend the committee meetings and the annual conference",
        "Take part in the spring planning conference with the other branch leaders",
        "Attend the client's product launch",
        "Attend the wedding expo to meet couples",
    ],
)
def test_attending_with_people_or_a_meeting_still_warns(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
