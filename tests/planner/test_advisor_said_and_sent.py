"""Relationship acts the verdict refused for want of evidence it could see (session 21, adv-fix).

- Words said aloud, in quotation marks, after "say" or "ask": the owner speaking to someone in
  their own words ('Say "I understand your frustration"'); the readers keep no quotation marks,
  so the words said were background and the evidence rule found nothing to show. The reason
  quotes the words said, to their closing mark; an apology said is an apology. Not words a text
  says ("an email that says ...").
- A card or a note sent out "to" people is mailed to each of them, not published ("I send out
  thank-you notes to people who have done me favours"); one sent to everyone at once in a
  newsletter or posted still is one text to all.
- A wh-clause about the person told or asked is not a fact: feedback on their own work ("Point
  out to Sam where his report went wrong") or their own choice ("Ask my mentor which job offer
  she would take"); where a file is, or when someone will have time, still is a fact.
- Taking people through something ("Walk them through the insurance and payment details") is
  explaining it with them, not a notice about a payment.
- Representing a body or advising it ("Represent the council on outside bodies") is work for
  it, not an errand to a service; advising it "of" a fact is a notice, and calling it about
  the bins is still an errand.

Every wording here was written for these tests, not copied from the data sets.
"""

from __future__ import annotations

import pytest

from planner.rules import assess, could_delegate


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        ('Say "I understand your frustration"', 'Say "I understand your frustration"'),
        ("Say 'I'm sorry' right away", "Say 'I'm sorry'"),
        ("Ask, “How can I help you today?”", "Ask, “How can I help you today?”"),
    ],
)
def test_words_said_aloud_in_quotation_marks_warn_and_are_quoted(title: str, quoted: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert f"“{quoted}”" in a.reason, a.reason
    assert not could_delegate(a)


def test_sorry_said_aloud_is_an_apology() -> None:
    a = assess("Say 'I'm sorry' right away")
    assert "is an apology" in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        'we send an email that says "Hey, your order is ready."',
        'Print "Thank you" on the receipts',
    ],
)
def test_words_a_text_says_do_not_warn(title: str) -> None:
    assert not assess(title).relationship_building, title


@pytest.mark.parametrize(
    "title",
    [
        "I send out thank-you notes to people who have done me favours",
        "Send out thank-you cards to people who referred a friend",
    ],
)
def test_cards_sent_out_to_people_are_gestures(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert not could_delegate(a)


@pytest.mark.parametrize(
    "title",
    [
        "Send out thank-you cards to our customers in the newsletter",
        "Post a thank-you to our customers on Instagram",
    ],
)
def test_a_thanks_to_everyone_at_once_still_does_not_warn(title: str) -> None:
    assert not assess(title).relationship_building, title


@pytest.mark.parametrize(
    "title",
    [
        "Point out to Sam where his report went wrong",
        "Ask my mentor which job offer she would take",
    ],
)
def test_a_clause_about_the_person_is_no_fact(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert not could_delegate(a)


@pytest.mark.parametrize(
    "title",
    [
        "ask Sarah where the file is",
        "Tell the cleaner when the office is free",
        "Ask the client when they will have time for a visit",
    ],
)
def test_a_fact_told_or_asked_for_still_does_not_warn(title: str) -> None:
    assert not assess(title).relationship_building, title


def test_taking_people_through_payment_details_is_no_notice() -> None:
    a = assess("Walk them through the insurance and payment details")
    assert a.relationship_building, a
    assert not could_delegate(a)


def test_a_payment_reminder_is_still_a_notice() -> None:
    assert not assess("Remind clients about overdue payments").relationship_building


@pytest.mark.parametrize(
    "title",
    ["Represent the council on outside bodies", "Represent the bank at the trade fair"],
)
def test_representing_a_body_is_no_errand_to_it(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert not could_delegate(a)


@pytest.mark.parametrize(
    "title", ["Call the council about the bins", "Advise the bank of the new address"]
)
def test_an_errand_or_a_notice_to_a_service_still_does_not_warn(title: str) -> None:
    assert not assess(title).relationship_building, title
