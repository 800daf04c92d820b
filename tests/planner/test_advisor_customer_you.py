"""The word "you" as the customer a business speaks to (session 25, you).

Service promises are written to the customer: "we will keep you updated on your repair", "our
team will call you". There "you" is the person the business keeps told, sees or contacts, and
"your" is theirs (conventions 12, 53). Elsewhere "you" is the owner the title is written to ("I
will manage your inbox", "we handle your bookings": a helper's list), and the reader passes it
over. Keeping people told is also said with one verb, "update <people> on <their case>", and
"keep <people> informed of the progress" keeps them informed even when the reader takes "of the
progress" into its object. The wordings are written here for the tests, not rows of the data
sets.
"""

from __future__ import annotations

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import read
from planner.rules import assess, could_delegate


@pytest.mark.parametrize(
    "title",
    [
        "We will keep you posted on any delays to your kitchen fitting",
        "We will keep you informed of the progress of your insurance claim",
        "Our team will update you on the progress of your dog's surgery",
        "The clinic will keep you updated about your test results",
    ],
)
def test_a_business_keeping_you_told_of_your_case_warns_as_telling(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert "telling people yourself" in a.reason, a.reason
    assert not could_delegate(a)


@pytest.mark.parametrize(
    "title",
    [
        "Update the tenant on the progress of their boiler repair",
        "Keep the patient informed of the progress of their referral",
    ],
)
def test_updating_people_on_their_own_case_warns_as_telling(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert "telling people yourself" in a.reason, a.reason


def test_you_after_a_business_act_of_contact_is_read_as_a_person() -> None:
    m = shipped()
    r = read(m.vocab, "We will call you back about your refund")[0]
    assert r.obj and r.obj[0].text == "you"
    assert r.obj[0].word.person


@pytest.mark.parametrize(
    "title",
    [
        # "you" is the owner a helper writes to: no business speaks to a customer
        "I will keep you posted on the progress of your projects",
        "We handle your bookings and manage your inbox",
        "We will update your calendar every morning",
        # a report, or news about no case of theirs
        "We will keep you updated on our opening hours",
        "keep members informed about our plans",
        "Update the CRM on the progress of each deal",
        "Keep the board informed of progress via the quarterly report",
    ],
)
def test_you_as_the_owner_or_news_of_no_case_stays_quiet(title: str) -> None:
    a = assess(title)
    assert not a.relationship_building, (title, a.reason)


@pytest.mark.parametrize(
    "title",
    ["I will call you every Friday", "We will send you the weekly timesheet"],
)
def test_you_after_an_owner_or_a_sending_is_not_read_as_a_customer(title: str) -> None:
    m = shipped()
    r = read(m.vocab, title)[0]
    assert not any(u.text == "you" and u.word.person for u in r.obj)
