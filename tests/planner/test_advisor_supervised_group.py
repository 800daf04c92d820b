"""A bare supervise of a group whose first word is a singular person word (s29, false alarm of
the pseudo-held-out files).

"Supervise volunteer worship leaders" supervises the leaders, a group (convention 28: a bare
supervise is operational direction); "volunteer" only says which leaders. One particular person
supervised is still managed as a person (convention 78), and so is a learner. The wordings are
written here for the tests, not rows of the data sets.
"""

from __future__ import annotations

import pytest

from planner.rules import assess


@pytest.mark.parametrize(
    "title",
    [
        "Supervise volunteer stewards at the gate",
        "Supervise student helpers during lunch",
        # "assistant coach" is one word of the owner's people (s30): not coaching them
        "Supervises assistant coaches at practice",
        "Supervise assistant coaches during games",
    ],
)
def test_a_group_described_by_a_person_word_is_bare_supervision(title: str) -> None:
    a = assess(title)
    assert not a.relationship_building, (title, a.reason)


@pytest.mark.parametrize(
    "title",
    [
        "Supervise the volunteer coordinator",
        "Supervise the volunteer",
        "Supervise the trainee cooks",
        "Supervise volunteer drivers and the office manager",
    ],
)
def test_one_person_or_a_learner_supervised_still_warns(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
