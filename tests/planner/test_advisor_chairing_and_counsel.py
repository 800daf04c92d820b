"""Two families of wording the verdict discarded though the rule labels them relationship work.

* Moderating a live meeting is chairing it (the data README's chairing convention): "moderate"
  mostly moderates posts and comments, so the model weighs it as admin; a meeting, a panel or a
  standup moderated is held live with particular people, whatever the score. Online
  discussions, comments, and an agenda or a recording of a meeting stay with the model.
* Counsel on a subject ("advise applicants on the results of their inquiries", convention 29)
  is not a notice of a fact (convention 43) just because the subject has an "of" in it: only
  an "of" right after the people told ("Advise players of the date of the photos") is what
  they are told.

The wordings are written for these tests, not taken from the data.
"""

from __future__ import annotations

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import Reading, read
from planner.advisor.verdict import _chairs_a_meeting, _notice_of_a_fact
from planner.rules import assess, could_delegate

LISTS = shipped().verdict


def _first(title: str) -> Reading:
    """The first reading of ``title``."""
    return read(shipped().vocab, title)[0]


@pytest.mark.parametrize(
    "title",
    [
        "Moderate the monthly members' meeting",
        "moderate the daily standup",
        "Moderate the panel at the spring conference",
        "Moderate the Q&A after the keynote",
        "Moderate the quarterly roundtable of franchise owners",
    ],
)
def test_moderating_a_live_meeting_is_chairing_it(title: str) -> None:
    assert _chairs_a_meeting(_first(title), LISTS)
    a = assess(title)
    assert a.relationship_building, title
    assert a.reason and "oderate" in a.reason  # the reason quotes the title's act
    assert not could_delegate(a)


@pytest.mark.parametrize(
    "title",
    [
        "Moderate discussions in the members' forum",
        "Moderate comments on the meeting recording",
        "Moderate the meeting agenda before it goes out",
        "Moderate new posts in the Facebook group",
    ],
)
def test_moderating_posts_or_a_meetings_papers_is_not_chairing(title: str) -> None:
    assert not _chairs_a_meeting(_first(title), LISTS)
    assert not assess(title).relationship_building, title


@pytest.mark.parametrize(
    "title",
    [
        "Advise students on the choice of their second-year modules",
        "Counsel members about the terms of their new pension",
        "Inform growers on the benefits of joining the cooperative",
        "advising tenants regarding the renewal of their lease",
    ],
)
def test_counsel_on_a_subject_with_of_is_no_notice(title: str) -> None:
    assert not _notice_of_a_fact(_first(title), LISTS), title


@pytest.mark.parametrize(
    "title",
    [
        "Advise parents of any change to pickup times",
        "Notify members of the change of venue for the AGM",
        "Advise coaches of unpaid subscriptions",
        "Inform suppliers of our new delivery hours",
    ],
)
def test_telling_people_of_a_fact_stays_a_notice(title: str) -> None:
    assert _notice_of_a_fact(_first(title), LISTS), title
    assert not assess(title).relationship_building, title
