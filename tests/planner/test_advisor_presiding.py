"""Chairing and presiding: the owner's part in a live meeting, whatever the model weighs.

The data README's chairing convention makes chairing or presiding over a meeting, a board, a
committee, a session or a hearing relationship work (115 of the 117 such rows in the tuning
files are labelled so). The model learnt "chair" and "preside" mostly from a few files of
club bylaws, so a retrain without them missed the act; the verdict now reads it (a word of
`chairing` on a live occasion or one of `chaired`, or one of `chair_roles` after "as" for a
word of `acting_as` or right after one of `being`) as it reads a meeting moderated; also the
chairing a task is for ("Responsible to chair the AGM") and the chairing a clause read with
no verb does ("The Chair of the board shall preside at all meetings"). "Chair" as the office
("Chair of the board", "the chair's report"), the chair acted for or served ("Act for the
chairman") and a function's chair ("program chair") are no act, and the rules a chair conducts
a meeting by are no moderation of people who broke them.

The wordings are written for these tests, not taken from the data.
"""

from __future__ import annotations

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import Reading, read
from planner.advisor.verdict import _chairs_a_meeting
from planner.rules import assess, could_delegate

LISTS = shipped().verdict


def _chairs(title: str) -> bool:
    """Does any reading of ``title`` chair a meeting?"""
    return any(_chairs_a_meeting(r, LISTS) for r in _readings(title))


def _readings(title: str) -> list[Reading]:
    return read(shipped().vocab, title)


@pytest.mark.parametrize(
    "title",
    [
        "Chair the monthly board meeting",
        "Chairs the quarterly committee meetings",
        "chairing the AGM",
        "Preside over all board meetings",
        "preside at the annual general meeting",
        "Presides at disciplinary hearings",
        "Chair the fundraising committee",
        "Chair the Thursday session of the conference",
        "The President shall preside at all meetings of the members",
    ],
)
def test_chairing_a_live_meeting_warns(title: str) -> None:
    assert _chairs(title), title
    a = assess(title)
    assert a.relationship_building, title
    assert a.kind == "relationship"
    assert a.reason and ("hair" in a.reason or "resid" in a.reason), a.reason
    assert not could_delegate(a)


@pytest.mark.parametrize(
    "title",
    [
        "Act as chairperson of the events committee",
        "Be the chairperson of the residents' association committee",
        "Serves as the chairman of the programme committee",
        "He shall be the chairman of the membership committee",
        "Act as Chair in his/her absence",
    ],
)
def test_taking_on_the_chair_warns(title: str) -> None:
    assert _chairs(title), title
    a = assess(title)
    assert a.relationship_building, title
    assert a.kind == "relationship"
    assert a.reason and "hair" in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "preside at all meetings, and conduct them according to the rules adopted",
        "Chair meetings according to the standing orders and rules of debate",
    ],
)
def test_the_rules_a_chair_keeps_are_no_moderation(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert a.reason and ("hair" in a.reason or "resid" in a.reason), a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Chair of the board",
        "Chair of the Membership Committee",
        "Review the chair's report before the meeting",
        "Send the agenda to the chair",
        "Appoint committee chairs",
        "Buy a new office chair",
        "Order forty stacking chairs for the hall",
    ],
)
def test_the_chair_as_an_office_or_a_seat_is_no_act(title: str) -> None:
    assert not _chairs(title), title
    assert not assess(title).relationship_building, title


@pytest.mark.parametrize(
    "title",
    [
        "Chair the working group's report",  # a thing, no meeting
        "Be the chair's point of contact for the venue",  # the chair's, not the owner's
        "Serve as program chair, planning the speakers for the year",  # a function's chair
        "Moderate comments on the meeting recording",
        "Call special meetings if necessary",  # convening, not chairing
    ],
)
def test_chairing_or_calling_a_thing_is_not_chairing_a_meeting(title: str) -> None:
    assert not _chairs(title), title


@pytest.mark.parametrize(
    "title",
    [
        "Serve as committee chair",
        "Serve as board chair",
        "Be the board chair for the coming year",
        "Acts as panel chair for the afternoon session",
        "Serve as chair",
    ],
)
def test_a_bodys_chair_taken_on_warns(title: str) -> None:
    # the body before "chair" is the one the owner chairs, not a function's ("program chair")
    assert _chairs(title), title
    a = assess(title)
    assert a.relationship_building, title
    assert a.reason and "hair" in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Act for the chairman",
        "Serve the chair with the court papers",
        "Act on the chairman's instructions",
        "Pull up a chair",
    ],
)
def test_the_chair_acted_for_or_served_is_no_office_taken(title: str) -> None:
    # only "as" names the office an act of `acting_as` takes on
    assert not _chairs(title), title
    assert not assess(title).relationship_building, title


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        ("Responsible to chair the AGM", "chair the AGM"),
        ("Be willing to chair the meeting", "chair the meeting"),
        ("Elected to chair the committee", "chair the committee"),
        ("Willing to chair meetings when the chairman is absent", "chair meetings"),
    ],
)
def test_chairing_as_what_the_task_is_for_warns(title: str, quoted: str) -> None:
    assert _chairs(title), title
    a = assess(title)
    assert a.relationship_building, title
    assert a.reason and quoted in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Find someone to chair the meeting",  # someone else chairs
        "Ask a trustee to chair the meeting",
        "Book the hall to chair the AGM",  # the booking is the act
        "Booked the hall to chair the AGM",  # in any form of the errand's verb
        "Booking the hall to chair the AGM",
        "Printing the agenda to chair the meeting",
    ],
)
def test_someone_else_to_chair_or_an_errand_for_it_is_not_chairing(title: str) -> None:
    assert not _chairs(title), title


@pytest.mark.parametrize(
    "title",
    [
        "Deck chairs for the pool party",  # seats: "chair" as an act takes no preposition
        "High chairs for the dinner",
    ],
)
def test_seats_are_no_chairing(title: str) -> None:
    assert not _chairs(title), title
    assert not assess(title).relationship_building, title


@pytest.mark.parametrize(
    "title",
    [
        "Elected to chair the committee",  # a state of the owner, nothing acted on
        "Serve as committee chair",
        "The Chair of the board shall preside at all meetings",  # "preside" takes "at"
    ],
)
def test_the_neighbours_of_seats_and_errands_still_chair(title: str) -> None:
    assert _chairs(title), title
    assert assess(title).relationship_building, title


def test_an_errand_before_chairing_stays_delegable() -> None:
    assert not assess("Find someone to chair the meeting").relationship_building


@pytest.mark.parametrize(
    "title",
    [
        "The President and Vice-President chair the meetings",
        "The Chair of the board shall preside at all meetings",
        "The chairman presides at all committee meetings",
    ],
)
def test_the_chairs_duty_said_of_its_subject_warns(title: str) -> None:
    assert _chairs(title), title
    a = assess(title)
    assert a.relationship_building, title
    assert a.reason and ("hair" in a.reason or "resid" in a.reason), a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Courtesy Chair makes coffee for each general meeting",  # the chair's own act
        "Chair of the board",
        "Committee chair meeting notes",
    ],
)
def test_a_chair_named_in_a_clause_with_no_verb_is_no_act(title: str) -> None:
    assert not _chairs(title), title
    assert not assess(title).relationship_building, title


def test_chairing_is_declared_once_as_the_hold_verbs_that_chair() -> None:
    # `chairing` narrows the verb class `hold` (the model's word class) to the words that chair;
    # "preside at" is no key (the act's phrase passes over "at"), so it is not listed
    vocab = shipped().vocab
    for key in LISTS.chairing:
        assert "hold" in vocab.verb_classes.get(key, "").split(), key
    assert "preside at" not in LISTS.chairing
    assert _chairs("preside at the annual general meeting")
