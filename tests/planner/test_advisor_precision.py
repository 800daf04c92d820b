"""Precision of the advisor's warnings (session 14, adv-model): acts that are the owner's
whatever the model's weights, notes that only instruct the VA, and warnings with nothing a
person would accept behind them.

Every wording here was written for these tests (none is a row of the data sets); the rows that
showed each kind are counted in the commit messages and in notes/s14/adv-model.md.
"""

from __future__ import annotations

import pytest

from planner.rules import assess, could_delegate


@pytest.mark.parametrize(
    "title",
    [
        "Call the IT manager to thank him for the fix",
        "Ring the office manager to thank her for covering on Friday",
        "Phone our bookkeeper to thank him for the quick turnaround",
        "Pop round to the neighbours to apologise for the noise",
    ],
)
def test_a_call_made_to_thank_someone_warns_as_a_gesture(title: str) -> None:
    """A call or a visit whose purpose is a thanks or an apology is the gesture itself, however
    the model weighs the other words ("IT" scores as admin): the reason says it is a gesture,
    or an apology (whose reason is its own since session 15)."""
    a = assess(title)
    assert a.relationship_building, title
    assert "personal gesture" in a.reason or "is an apology" in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Call the landlord to negotiate a rent reduction",
        "Phone the supplier to renegotiate the contract",
        "Visit the wholesaler to haggle over the price of the flour",
    ],
)
def test_a_call_made_to_negotiate_warns_as_a_negotiation(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert "negotiation" in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Tell the team about the merger in person",
        "Talk to each volunteer in person about the new rota",
        "Personally phone each investor about the delay",
    ],
)
def test_contact_said_to_be_in_person_warns(title: str) -> None:
    """ "In person", "personally": the title says the owner is the one who talks."""
    assert assess(title).relationship_building, title


@pytest.mark.parametrize(
    ("title", "notes"),
    [
        ("Send invoices", "email them to the client when done"),
        ("Send invoices", "ask Sarah where the file is"),
        ("Ship the replacement order", "reply to the client with the tracking number"),
        ("Book the venue", "ask the manager when the room is free"),
        ("Update the CRM", "reply to Tom with the new login"),
    ],
)
def test_notes_that_instruct_the_va_to_pass_something_on_do_not_warn(
    title: str, notes: str
) -> None:
    """Notes that tell the VA to send a thing, answer with a fact or ask where something is are
    part of the delegated work: no warning (the reviewer's finding, session 13). Their contact
    keeps the suggestion off only when the advisor is unsure; it never warns."""
    a = assess(title, notes)
    assert not a.relationship_building, a.reason


@pytest.mark.parametrize(
    ("title", "notes"),
    [
        ("Send invoices", "then ring the client yourself to check they're happy"),
        ("Send invoices", "then call the client to thank them for the order"),
        ("Order supplies", "phone the supplier to negotiate a better price"),
        ("Tidy the inbox", "reply personally to the investor with the figures"),
    ],
)
def test_notes_with_the_owners_own_contact_still_warn(title: str, notes: str) -> None:
    """Contact the notes say is the owner's (yourself, personally) or made for a gesture or a
    negotiation stays a warning, even with a thing beside it ("with the figures")."""
    a = assess(title, notes)
    assert a.relationship_building, (title, notes)
    assert not could_delegate(a)


def _shown(title: str) -> bool:
    from planner.advisor.model import shipped
    from planner.advisor.reading import read
    from planner.advisor.verdict import _shows_whom

    return any(_shows_whom(r) for r in read(shipped().vocab, title))


@pytest.mark.parametrize(
    "title",
    [
        "give them an upgrade",
        "Give the volunteers a new schedule",
        "Mount the Pi in the network rack",
        "Sublet the spare desk to other teachers",
    ],
)
def test_a_thing_given_to_people_or_beside_them_shows_no_relationship(title: str) -> None:
    """What a warning with only the generic reason ("... is the relationship itself") must
    show: an act of a relationship, a relationship named, or people the act is done to or
    with. A thing handed to people, or words that are people only in a rare sense ("network
    rack"), show none: such a warning needs a strong score."""
    assert not _shown(title), title


@pytest.mark.parametrize(
    "title",
    [
        "Serve customers at the counter",
        "Lunch with the partners of the firm",
        "Take time to retain goodwill",
        "ask for feedback often",
        "Keep in contact with our oldest clients",
    ],
)
def test_people_an_act_is_done_to_or_with_show_a_relationship(title: str) -> None:
    assert _shown(title), title


def test_a_generic_reason_is_made_specific_when_the_act_says_more() -> None:
    """A warning the words' families left at the generic reason takes the act's own family
    when its verb has one that fits ("ask ... often": asking), or "help" for help given to
    people; a relationship named keeps the generic reason, which is then exact."""
    assert "asking people" in assess("ask for feedback often").reason
    assert "relationship itself" in assess("Take time to retain goodwill").reason


@pytest.mark.parametrize(
    "title",
    [
        "Make time to thank your best customers yourself",
        "Take a moment to congratulate each graduate",
    ],
)
def test_a_lead_in_leaves_the_reason_to_the_act_after_it(title: str) -> None:
    """ "Make time", "take a moment" are no act: the gesture after them gives the reason (the
    reviewer's s14 finding: a retrain left "Make time to thank ..." with the generic one)."""
    a = assess(title)
    assert a.relationship_building, title
    assert "personal gesture" in a.reason, a.reason
