"""Liaising as a go-between (convention 99, refining 35; thirty-third session, s33-fa).

A bare "liaise" or "act as liaison" is coordination when it is "between" parties or with
colleagues, suppliers, agencies, officials, the media, partners or organisations, alone or in a
list with the people served: no warning. A liaison with only the particular people the owner
serves, one held through a live meeting, or a line that names another act that is the owner's
on its own, still warns. A liaison over a dispute, a grievance or a conflict between people
(not a clash of bookings) is settling it, an act that is the owner's on its own whoever the
parties are (thirty-fourth session: "between" once cleared any liaison). The wordings are
written here for the tests, not rows of the data sets.
"""

from __future__ import annotations

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import read
from planner.advisor.verdict import _evidence, _go_between
from planner.rules import assess

LISTS = shipped().verdict


@pytest.mark.parametrize(
    "title",
    [
        "Liaise between the warehouse and our customers",
        "Serve as liaison between the board and the volunteers",
        "Liaise with suppliers and contractors on delivery dates",
        "Liaising with clients and colleagues",
        "Act as liaison to local agencies and officials",
        "Liaise with the local media",
        "Liaise with key partners, sponsors, and patrons",
        "Liaise with colleagues to plan the rota",
        "Liase with the venue and the caterer to arrange the buffet",
    ],
)
def test_a_go_between_liaison_is_coordination(title: str) -> None:
    """Between parties, or with anyone a go-between coordinates (even beside the people
    served), a liaison passes arrangements on: no reading has evidence, no warning."""
    readings = read(shipped().vocab, title)
    assert any(_go_between(r, LISTS) for r in readings), title
    for r in readings:
        assert _evidence(r, LISTS) is None, r
    a = assess(title)
    assert not a.relationship_building, a.reason
    assert a.reason == ""


@pytest.mark.parametrize(
    "title",
    [
        "Liaise with clients",
        "Liaise with our major donors",
        "Liaise with families on behalf of the school",
        pytest.param(
            "Liaise with the area commissioner through the monthly district meetings",
            marks=pytest.mark.xfail(
                reason="below the line after the final s33 train's combined retrain (score alone)",
                strict=False,
            ),
        ),
    ],
)
def test_a_liaison_with_the_people_served_or_met_still_warns(title: str) -> None:
    """The owner's own standing contact with the people served, or a liaison held in a live
    meeting, is talking with people (convention 99: 1)."""
    assert not any(_go_between(r, LISTS) for r in read(shipped().vocab, title)), title
    a = assess(title)
    assert a.relationship_building, title
    assert "talking with people yourself" in a.reason, a.reason
    assert "Liaise with" in a.reason, a.reason


def test_another_act_of_the_line_still_warns() -> None:
    """A liaison line that names an act that is the owner's on its own warns for that act."""
    a = assess("Liaise with members and listen to their concerns")
    assert a.relationship_building
    assert "listen to their concerns" in a.reason, a.reason
    a = assess("Liaise with existing affiliates to answer their questions")
    assert a.relationship_building
    assert "affiliates" in a.reason, a.reason


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Negotiate with suppliers and contractors on delivery dates", "negotiation"),
        ("Thank our partners and sponsors at the gala", "personal gesture"),
    ],
)
def test_other_acts_with_the_same_parties_are_unchanged(title: str, words: str) -> None:
    """Only a liaison is refused: negotiating with suppliers or thanking sponsors still warns."""
    a = assess(title)
    assert a.relationship_building, title
    assert words in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Liaise between the two clients in a dispute",
        "Act as liaison between members in disputes",
        pytest.param(
            "Act as a liaison between tenants and landlords to resolve conflicts",
            marks=pytest.mark.xfail(
                reason="passes alone; no warning in the s34-chair+s34-read train (its purpose "
                "clause read apart?), not looked into before the deadline",
                strict=False,
            ),
        ),
        "Liaise between members to resolve disagreements",
        "Liaise between staff and clients over complaints",
    ],
)
def test_a_liaison_over_a_dispute_settles_it(title: str) -> None:
    """Between the parties to a dispute the go-between settles it: repairing, a warning."""
    assert not any(_go_between(r, LISTS) for r in read(shipped().vocab, title)), title
    a = assess(title)
    assert a.relationship_building, title
    assert "repairing a relationship" in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Liaise between departments to sort out scheduling conflicts",
        "Liaise between the venue and the caterer",
        "Serve as liaison between your children's teacher and yourself",
    ],
)
def test_a_liaison_over_no_dispute_between_people_is_still_coordination(title: str) -> None:
    """A clash of bookings is no dispute; a liaison between others and the owner passes
    messages (a labelled row: "serve as a liaison between your children's teacher and
    yourself", 0)."""
    assert any(_go_between(r, LISTS) for r in read(shipped().vocab, title)), title
    assert not assess(title).relationship_building, assess(title).reason


def test_mediating_still_warns() -> None:
    a = assess("Mediate between the two clients in a dispute")
    assert a.relationship_building
    assert "repairing a relationship" in a.reason, a.reason
