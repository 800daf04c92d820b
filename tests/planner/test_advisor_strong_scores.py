"""When the model is sure, a reading's own act and what it acts on are enough to warn.

A warning needs something to show for it (issue point 5). Below ``verdict._STRONG`` that is a
word naming people, a relationship or an act between people; from it, the model's score is
enough for the reading's own act and its object ("give my undivided attention"), still never a loose
word or an act with nothing to act on, and the refusal rules (errands, putting calls through,
messages to everyone...) still apply. These tests use a model made here whose every reading
scores the same, so they hold whatever the shipped weights are.
"""

from __future__ import annotations

import pytest

from planner.advisor import verdict
from planner.advisor.verdict import judge
from tests.planner.flat_model import flat_model as _model

_RELATIONSHIP = "relationship"


STRONG = verdict._STRONG


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        ("Give my undivided attention", "Give my undivided attention"),
        ("Show a sincere interest in their year", "Show a sincere interest"),
        ("Conduct the induction ceremony", "Conduct the induction ceremony"),
    ],
)
def test_a_sure_score_shows_the_act_and_what_it_acts_on(title: str, quoted: str) -> None:
    below = judge(_model(STRONG - 0.1), title)
    assert below.kind != _RELATIONSHIP, title  # no word names people: not enough below it
    sure = judge(_model(STRONG + 1.0), title)
    assert sure.kind == _RELATIONSHIP, title
    assert sure.act == quoted  # the reason quotes the act and its object, not one word
    assert len(sure.matched) == 2


@pytest.mark.parametrize("title", ["Events", "Pricing", "Relax", "Paperwork"])
def test_a_sure_score_never_rests_on_a_loose_word_or_an_act_on_nothing(title: str) -> None:
    assert judge(_model(STRONG + 5.0), title).kind != _RELATIONSHIP, title


@pytest.mark.parametrize(
    "title",
    [
        "Go to the bank",  # an errand to a place
        "Call the plumber about the leak",  # an errand to a service
        "Refer customers to supervisors",  # handing people on
        "Track client relationships in the CRM",  # a record of them
        "Resolve schedule conflicts",  # a clash in a calendar
        "Respond to refund requests with the standard reply",  # a ready-made text
        "Send thank-you cards for me to sign",  # prepared for the owner's approval
        "Thank all subscribers in the newsletter",  # one text to everyone
    ],
)
def test_the_refusal_rules_hold_at_any_score(title: str) -> None:
    assert judge(_model(STRONG + 5.0), title).kind != _RELATIONSHIP, title


@pytest.mark.parametrize(
    "title", ["Conduct the induction ceremony", "Knock on doors in the new estate"]
)
def test_a_score_of_two_and_a_half_is_sure_enough(title: str) -> None:
    """s20: measured out of sample on far more rows than in s15, readings scored from 2 to 3
    and refused only for want of a word naming people were relationship rows 39 times of 52
    (source-grouped CV and PHO-12): the sure level is 2, not 3."""
    assert judge(_model(2.5), title).kind == _RELATIONSHIP, title
    assert judge(_model(1.9), title).kind != _RELATIONSHIP, title


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        # s20: a word the model is sure of with a clause that says what of it, quoted whole
        ("The relationships that need you most", "relationships that need you most"),
        ("Meetings to attend this week", "Meetings to attend this week"),
        # an act on a question clause, quoted with the clause
        ("Show how the new app works", "Show how the new app works"),
    ],
)
def test_a_sure_score_shows_a_word_or_an_act_with_the_clause_about_it(
    title: str, quoted: str
) -> None:
    sure = judge(_model(STRONG + 1.0), title)
    assert sure.kind == _RELATIONSHIP and sure.act == quoted, sure
    assert judge(_model(STRONG - 0.1), title).kind != _RELATIONSHIP, title


@pytest.mark.parametrize(
    "title",
    [
        "Email the slides to attendees after the talk",
        "Send the handouts to the workshop participants",
        "Email the recap to delegates after the conference",
        "Send the reading list to the course participants",
    ],
)
def test_an_occasions_materials_sent_to_those_who_came_never_warn(title: str) -> None:
    """s29: the slides, handouts or recap of an occasion sent to the people who came to it go
    to each of them alike, one way: passed on, at any score (the model weighs the talk and
    the attendees; a retrain with more bags moved the first title's score past the weak
    score at which a thing sent used to be let through)."""
    for score in (-2.0, 0.0, STRONG - 0.1, STRONG + 1.0, STRONG + 5.0):
        assert judge(_model(score), title).kind != _RELATIONSHIP, (title, score)


@pytest.mark.parametrize(
    "title",
    [
        "Email a thank-you note to the speaker after the talk",  # a gesture
        "Email the proposal to the attendees",  # an offer to them
        "Send the recap to attendees and the sponsor",  # not only those who came
        "Send a personal note to attendees after the talk",  # said to be personal
        "Email the slides to attendees to thank them for coming",  # sent for a gesture
        "Email the attendees after the talk",  # a message to them, nothing passed on
    ],
)
def test_a_gesture_an_offer_or_a_message_to_those_who_came_may_still_warn(title: str) -> None:
    assert judge(_model(STRONG + 1.0), title).kind == _RELATIONSHIP, title
