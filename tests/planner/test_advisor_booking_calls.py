"""Calls made only to get a booking (conventions 9, 38, 57; s29, false alarms of the
pseudo-held-out files).

A call or a message whose purpose is to book, schedule or secure a time or an occasion
("Call prospects to set appointments", "phone calls to book viewings") is diary work, as booking
the meeting is: the call carries a booking, not a conversation. A call whose purpose is a talk,
a personal call, or a call beside another act with the people keeps the warning. The wordings are
written here for the tests, not rows of the data sets.
"""

from __future__ import annotations

import pytest

from planner.rules import assess, could_delegate


@pytest.mark.parametrize(
    "title",
    [
        "Phone calls to book viewings",
        "Call prospects to set appointments",
        "Phone the new client to book the kickoff meeting",
    ],
)
def test_a_call_only_to_book_does_not_warn(title: str) -> None:
    a = assess(title)
    assert not a.relationship_building, (title, a.reason)
    assert not could_delegate(a), (title, a.kind)


@pytest.mark.parametrize(
    "title",
    [
        "Call the client to discuss the appointment",
        "Personally call top clients to book their annual review",
        "Cold call prospects and set up appointments",
        "Call the landlord to negotiate the new lease",
    ],
)
def test_a_call_for_a_talk_still_warns(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
