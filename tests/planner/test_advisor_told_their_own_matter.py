"""News of a customer's own matter told to them, and calls returned in the passive (s27, miss).

Conventions 12, 34, 53 and 68: a person keeping a customer told about their own claim, order or
job, or its progress, is the owner's, however the model weighs the words; a notice
sent to everyone, news of the business's own, a status told to one's own team and an errand
about the owner's own order are not. "You will be called back by the manager" promises a
returned call: the manager is who calls (the business's side), the caller is served, so its
reason is the call, not leading one's own people. The wordings are
written here for the tests, not rows of the data sets.
"""

from __future__ import annotations

import pytest

from planner.advisor.verdict import assessment, judge
from planner.rules import assess, could_delegate
from tests.planner.flat_model import flat_model

_TELLING = "telling people yourself"
_CALL = "a call in your own voice"
_LEADING = "leading the people who work for you"


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        ("Keep the policyholder posted on their claim", "Keep the policyholder posted"),
        (
            "Keep the student's parents informed about their son's placement",
            "Keep the student's parents informed",
        ),
        ("Let the tenant know of the progress of their repair", "Let the tenant know"),
        ("Inform the homeowner of progress on their loft conversion", "Inform the homeowner"),
    ],
)
def test_news_of_a_customers_own_matter_warns_as_telling(title: str, quoted: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert _TELLING in a.reason, a.reason
    assert quoted in a.reason, a.reason  # the words that triggered it


@pytest.mark.parametrize(
    "title",
    [
        "Keep the team posted on their targets",  # one's own people: a status, not their case
        "Keep all customers posted on our new opening hours",  # the business's news, to all
        "Keep the client posted on their claim via the weekly report",  # a report
        "Let the printer know about the delay to our order",  # a supplier: the owner's errand
        "Let the courier know about the delay",
        "Remind clients about their appointment",  # a reminder, no progress or delay
        "Let customers know about our holiday hours",
        "Let the team know of progress on the website",  # one's own team: a status
        "Inform the landlord of progress on the roof",  # a supplier of the premises
        "Keep customers informed about their order through text alerts",  # sent by a system
        # a delay alone is labelled both ways (a notice, or news told as it happens): the
        # model decides, no sure act
        "Notify all customers of shipping delays by email",
    ],
)
def test_news_that_is_no_customers_own_matter_does_not_warn(title: str) -> None:
    a = assess(title)
    assert not a.relationship_building, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "You will be called back by the manager",
        "You will be called back by a member of our team",
        "You will be rung back by the duty officer",
    ],
)
def test_a_call_returned_in_the_passive_is_a_call_not_leading(title: str) -> None:
    a = assess(title)
    assert a.relationship_building and not could_delegate(a), title
    assert _CALL in a.reason, a.reason
    assert _LEADING not in a.reason, a.reason


def test_the_passives_doer_is_left_out_but_the_people_it_is_done_to_count() -> None:
    # the new staff are trained: the owner's own people, whoever the doer is
    a = assess("New staff will be trained by the manager")
    assert a.relationship_building and _LEADING in a.reason, a.reason
    # the one contacted is served; the manager who contacts them is not led. Whether a bare
    # promise of contact warns is the model's to weigh (the data labels such promises both
    # ways, by what the contact is for); what a warning says when it does is the reading's:
    # judged with a model that scores every reading just above the threshold (s29: the
    # shipped model trained with more bags scores this title just below it)
    m = flat_model(0.5)
    b = assessment(m, judge(m, "You will be contacted by the manager"))
    assert b.relationship_building and _LEADING not in b.reason, b.reason


def test_recommending_a_thing_to_people_is_advice_not_a_comment() -> None:
    a = assess("Recommend tours to guests")
    assert a.relationship_building, a.reason
    assert "your own help" in a.reason and "someone else\u2019s space" not in a.reason, a.reason
    # recommending a person (an endorsement in their space) keeps the comment's reason
    b = assess("Recommend a former colleague on LinkedIn")
    assert "someone else\u2019s space" in b.reason, b.reason
