"""Relationship acts the verdict refused for want of evidence it could see (session 21, adv-fix).

- Words said aloud, in quotation marks, after "say" or "ask": the owner speaking to someone in
  their own words ('Say "I understand your frustration"'); the readers keep no quotation marks,
  so the words said were background and the evidence rule found nothing to show. The reason
  quotes the words said, to their closing mark; an apology said is an apology. Not words a text
  says ("an email that says ..."), put on a thing ("on the checkout form") or said to one ("Say
  'no' to the extra project"), nor an empty quotation.
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
- A call or a visit to people who may buy (a word of `prospects` as what it acts on) is a sales
  call whatever the score ("Research and call the lost leads": the research's words cost the
  call -2.5); not a person a word of them describes ("the lead plumber"), nor a message sent.
  So is a letter or a message written to them, decision makers among them (session 28: "Write
  to the decision makers at each firm" fell to -0.59 after a retrain); not a thing or a fact
  only sent to them, nor a formal letter to anyone else ("Write to the employee to ...").
  Session 29: such a letter is the owner's however low the model scores the words of the
  prospects' trade (the start retrain put "... at the three garden centres" at -4.51, below the
  line under which only acts sure at any score are looked at); "every" in the phrase that says
  where they are ("the decision-maker at every hotel") picks them out one at each place, not
  one message to all ("Write to every tenant in the building" still is); a message carrying a
  text made ahead ("Email the prospect with the proposal") is a thing sent.
- A team's days away ("offsite", "away day") are a live occasion: leading one is time with
  people ("Plan and lead the team offsite"); booking its venue is not.

Every wording here was written for these tests, not copied from the data sets.
"""

from __future__ import annotations

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import read
from planner.advisor.verdict import (
    _OPENING,
    _sent_to_everyone,
    _sure_act,
    _sure_whatever_the_score,
    _to_closing_mark,
    _verb_families,
)
from planner.rules import assess, could_delegate


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        ('Say "I understand your frustration"', 'Say "I understand your frustration"'),
        ("Say 'I'm sorry' right away", "Say 'I'm sorry'"),
        ("Ask, “How can I help you today?”", "Ask, “How can I help you today?”"),
        ('Say "I understand" on the phone', 'Say "I understand"'),
    ],
)
def test_words_said_aloud_in_quotation_marks_warn_and_are_quoted(title: str, quoted: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert f"“{quoted}”" in a.reason, a.reason
    assert not could_delegate(a)


_MARKS = [('"', '"'), ("'", "'"), ("“", "”"), ("‘", "’"), ("«", "»")]


@pytest.mark.parametrize(("opening", "closing"), _MARKS)
def test_a_quote_that_opens_a_quotation_runs_to_its_closing_mark(
    opening: str, closing: str
) -> None:
    text = f"Ask {opening}what would help you most{closing} at the review"
    quoted = _to_closing_mark(f"Ask {opening}what would help", text)
    assert quoted == f"Ask {opening}what would help you most{closing}"


@pytest.mark.parametrize(
    "quote", ["Call the client’s office", "Call the client's office", "Thank the donors"]
)
def test_a_quote_that_opens_no_quotation_is_as_it_is(quote: str) -> None:
    # an apostrophe in a word opens nothing; no mark at all skips the search (the speed fix)
    assert _to_closing_mark(quote, f"{quote} about the 'renewal' today") == quote


def test_every_opening_mark_is_tested() -> None:
    # _to_closing_mark tests each of these marks with `in` before its search: none may be missed
    opening = {chr(c) for c in range(0x20, 0x3000) if _OPENING.match(chr(c))}
    assert opening == {o for o, _ in _MARKS}


def test_sorry_said_aloud_is_an_apology() -> None:
    a = assess("Say 'I'm sorry' right away")
    assert "is an apology" in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        'we send an email that says "Hey, your order is ready."',
        'Print "Thank you" on the receipts',
        'Ask "Do you need a receipt?" on the checkout form',  # the form asks
        "Say 'no' to the extra project",  # a thing declined, nobody talked to
        'Say ""',  # nothing said
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


@pytest.mark.parametrize(
    ("title", "act"),
    [
        ("Research and call the lost leads", "call"),
        ("Visit the prospects on the new estate", "visit"),
    ],
)
def test_a_call_or_visit_to_prospects_is_sure(title: str, act: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert not could_delegate(a)
    m = shipped()
    (r,) = [x for x in read(m.vocab, title) if x.verb is not None and x.verb.word.key == act]
    assert _sure_act(r, m.verdict), r


@pytest.mark.parametrize(
    "title", ["Call the lead plumber about the leak", "Email the lost leads the brochure"]
)
def test_a_lead_described_or_a_message_is_no_sales_call(title: str) -> None:
    m = shipped()
    assert not any(_sure_act(r, m.verdict) for r in read(m.vocab, title)), title
    assert not assess(title).relationship_building, title


@pytest.mark.parametrize(
    "title",
    [
        "Write to the decision makers at the three garden centres",
        "Message each new prospect from the trade fair",
        "Write to the decision makers at the two new care homes",
        "Email the warm leads from last week's webinar",
    ],
)
def test_a_letter_or_a_message_to_prospects_is_sure(title: str) -> None:
    m = shipped()
    assert any(_sure_act(r, m.verdict) for r in read(m.vocab, title)), title
    a = assess(title)
    assert a.relationship_building, title
    assert not could_delegate(a)


@pytest.mark.parametrize(
    "title",
    [
        "Write to the decision makers at the three bookkeeping and payroll bureaus",
        "Write to the decision makers at the two plumbing supply depots",
        "Email the decision maker at the paper mill",
    ],
)
def test_a_letter_to_prospects_is_sure_however_low_the_trade_scores(title: str) -> None:
    """Session 29: the start retrain put "Write to the decision makers at the three garden
    centres" at -4.51, below the line under which only an act sure whatever the score is
    looked at; the words of the prospects' trade ("payroll", "plumbing supply") weigh as admin.
    A sales letter to prospects is the owner's at any score."""
    m = shipped()
    assert any(_sure_whatever_the_score(r, m.verdict) for r in read(m.vocab, title)), title
    a = assess(title)
    assert a.relationship_building, title
    assert not could_delegate(a)


@pytest.mark.parametrize(
    "title",
    [
        "Write to the decision-maker at every hotel",
        "Email the decision makers at every dental practice in town",
        "Message the owner at every bakery on the high street",
    ],
)
def test_prospects_at_every_firm_are_written_to_one_by_one(title: str) -> None:
    """Session 28's open case: "every" in the phrase that says where the people written to are
    picks them out one at each place, not one message to all."""
    m = shipped()
    readings = read(m.vocab, title)
    for r in readings:
        assert r.verb is not None
        assert not _sent_to_everyone(r, _verb_families(r.verb.word), m.verdict), title
    if any(r.obj and r.obj[-1].word.key in m.verdict.prospects for r in readings):
        a = assess(title)
        assert a.relationship_building, title
        assert not could_delegate(a)


@pytest.mark.parametrize(
    "title",
    [
        "Write to all the members at the club about the new fees",
        "Write to every tenant in the building about the lift",
        "Write to everyone at the club about the new fees",
        "Email all of our customers at the shop the holiday hours",
    ],
)
def test_a_message_to_everyone_is_still_one_to_all(title: str) -> None:
    m = shipped()
    readings = read(m.vocab, title)
    assert any(
        r.verb is not None and _sent_to_everyone(r, _verb_families(r.verb.word), m.verdict)
        for r in readings
    ), title
    assert not assess(title).relationship_building, title


@pytest.mark.parametrize(
    "title",
    [
        "Email the price list to the new leads",
        "Email the prospect with the proposal",
        "Write to the warm leads with the signed proposal and the invoice",
        "Write to the prospects with the new opening hours",
        "Write to the tenant to confirm the inspection date",
        "Write to the new starter to invite her to the induction",
    ],
)
def test_a_thing_sent_to_prospects_or_a_letter_to_others_is_no_sales_letter(title: str) -> None:
    m = shipped()
    assert not any(_sure_act(r, m.verdict) for r in read(m.vocab, title)), title


@pytest.mark.parametrize("title", ["Plan and lead the team offsite", "Run the leadership away day"])
def test_leading_a_teams_days_away_warns(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert not could_delegate(a)


def test_booking_the_offsite_venue_does_not_warn() -> None:
    assert not assess("Book the venue for the team offsite").relationship_building
