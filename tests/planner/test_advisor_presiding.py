"""Chairing and presiding: the owner's part in a live meeting, whatever the model weighs.

The data README's chairing convention makes chairing or presiding over a meeting, a board, a
committee, a session or a hearing relationship work (115 of the 117 such rows in the tuning
files are labelled so). The model learnt "chair" and "preside" mostly from a few files of
club bylaws, so a retrain without them missed the act; the verdict now reads it (a word of
`chairing` on a live occasion or one of `chaired`, or a word of `taking_office` on one of
`chair_roles`) as it reads a meeting moderated. "Chair" as the office ("Chair of the board",
"the chair's report") is no act, and the rules a chair conducts a meeting by are no
moderation of people who broke them.

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
