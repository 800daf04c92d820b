"""Lines of VA task lists that name people but are no relationship of the owner's (session 24).

- Chasing money owed is payment admin whatever the contact verb, "check in with" too, and
  whether the money is a payment, an invoice, a balance or a debt. A payment named only as the
  time of the contact ("after their first payment") does not make the contact a chase.
- A call or message only to confirm a booking is a notice (convention 9), to guests too (whose
  word is also a verb: "guest on a podcast").
- Help given to a piece of work ("support for the product launch") is work, not help someone
  takes on trust from the owner; help given to people still is.

The wordings are written here, not taken from the tuning data. The lines that must not warn are
checked at the evidence (:func:`planner.advisor.verdict._evidence`), which no weight moves.
"""

from __future__ import annotations

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import read
from planner.advisor.verdict import _evidence
from planner.rules import assess

LISTS = shipped().verdict


def _no_evidence(title: str) -> bool:
    return all(_evidence(r, LISTS) is None for r in read(shipped().vocab, title))


@pytest.mark.parametrize(
    "title",
    [
        "Check in with customers about missed payments",
        "Check in with members whose dues are unpaid",
        "Follow up with clients on outstanding balances",
        "Email customers who still owe money",
        "Call clients when their invoice is overdue",
        "Follow up with the tenants on their rent debt",
    ],
)
def test_chasing_money_owed_is_no_evidence(title: str) -> None:
    assert _no_evidence(title), title
    assert not assess(title).relationship_building


@pytest.mark.parametrize(
    "title",
    [
        "Check in with guests to confirm their arrival time",
        "Email the guests to confirm their booking dates",
    ],
)
def test_confirming_a_booking_with_guests_is_no_evidence(title: str) -> None:
    assert _no_evidence(title), title


@pytest.mark.parametrize(
    "title",
    [
        "Check in with new clients after their first payment",
        "Check in with your team about the project",
        "Follow up with a client whose payment is late to check she is OK",
        "Negotiate a payment plan with the client",
    ],
)
def test_contact_about_more_than_money_owed_still_warns(title: str) -> None:
    assert not _no_evidence(title), title
    found = assess(title)
    assert found.relationship_building and found.reason, found


@pytest.mark.parametrize(
    "title",
    [
        "Provide support for the product launch",
        "Offer help with the office move",
        "Give support to the year-end audit",
        "Provide assistance on the grant application",
    ],
)
def test_help_given_to_a_piece_of_work_is_no_evidence(title: str) -> None:
    assert _no_evidence(title), title
    assert not assess(title).relationship_building


@pytest.mark.parametrize(
    "title",
    [
        "Provide emotional support to grieving families",
        "Offer help to new members of the group",
        "Offer support to those caring for a sick parent",
        "Give feedback to your assistant on her work",
    ],
)
def test_help_given_to_people_is_still_evidence(title: str) -> None:
    assert not _no_evidence(title), title
