"""Phrases that open a condition or a time, as "if" and "after" do (s30, false alarms of the
pseudo-held-out files): "in the event (of)", "in case (of)", and "Following <something>," at the
start of a clause.

"In the event we are unable to deplane you, we will let you know" was read as time with people
at an event, "It intercedes with principals in the event of customer complaints" as a live
occasion, and "Following the catch-ups, I make any amendments to my plan" as following someone.
The phrase now says when or on what condition, as "if" does, and the act is what comes after
its comma; "following up", "following leads" and a live occasion named otherwise keep their
act. The wordings are written here for the tests, not rows of the data sets.
"""

from __future__ import annotations

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import read
from planner.rules import assess


def _acts(title: str) -> list[str]:
    """The verbs of the title's readings, as written."""
    return [r.verb.text for r in read(shipped().vocab, title) if r.verb is not None]


def _phrase_words(title: str) -> list[str]:
    """Every word of every phrase of the title's readings."""
    return [u.text for r in read(shipped().vocab, title) for _, ws in r.pps for u in ws]


@pytest.mark.parametrize(
    ("title", "act"),
    [
        ("Following our call, send the client the signed contract", "send"),
        ("Following the meeting, email the minutes to all members", "email"),
        ("In the event of a delay, we will post an update on the website", "post"),
        ("In case of bad weather, cancel the ride on the app", "cancel"),
    ],
)
def test_the_act_is_after_the_condition(title: str, act: str) -> None:
    """The condition or the time before the comma is no act: the task is what comes after."""
    assert _acts(title) == [act], read(shipped().vocab, title)
    a = assess(title)
    assert not a.relationship_building, (title, a.reason)


@pytest.mark.parametrize(
    "title",
    [
        "Escalate to the duty manager in the event of a complaint",
        "Keep a first aid kit in the car in case of emergency",
    ],
)
def test_a_condition_after_the_act_is_no_occasion_of_it(title: str) -> None:
    """A condition after the act is background, as an "if" clause is, not a phrase of where the
    act happens: no event, no case of anyone's."""
    words = _phrase_words(title)
    assert "event" not in words and "case" not in words, read(shipped().vocab, title)
    assert not assess(title).relationship_building, assess(title).reason


@pytest.mark.parametrize(
    "title",
    [
        "Following the event, call the sponsor to thank her",
        "In the event of a complaint, meet the customer to talk it through",
        "Call the client in case they have questions",
        "Following up with leads",
        "following leads from the open day",
    ],
)
def test_the_act_with_people_still_warns(title: str) -> None:
    """The relationship act after the condition, before it, or a "following" that is the act
    itself (no comma after it) still warns."""
    a = assess(title)
    assert a.relationship_building, title
    assert a.reason, title
