"""Steps in a software read as acts towards people (session 24, issue 10 item 5: reasons a
person would accept).

A warning that quotes "Sync the new coach" as "the relationship itself", or going to a staff
portal as "meeting people yourself", gives a reason nobody would accept: the act is done to a
record or a screen of a tool, whatever people it is named after. The wordings are written here
for the tests (not rows of the data sets). Each family is tested both ways: the software step
has no evidence of a relationship, and the same verbs done with or to people, or going to a
live occasion, still have it.
"""

from __future__ import annotations

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import read
from planner.advisor.verdict import _evidence
from planner.rules import assess

LISTS = shipped().verdict


def _evidence_of(title: str, verb: str) -> list[tuple[str, int] | None]:
    """The evidence of each reading of ``title`` whose verb's key is ``verb`` (one at least)."""
    found = [
        _evidence(r, LISTS)
        for r in read(shipped().vocab, title)
        if r.verb is not None and r.verb.word.key == verb
    ]
    assert found, f"no reading of {title!r} has the verb {verb!r}"
    return found


@pytest.mark.parametrize(
    ("title", "verb"),
    [
        ("Sync the new coach in the app", "sync"),
        ("Link their therapist in the app", "link"),
        ("Import the new clients from the old CRM", "import"),
        ("Export the list of mentors and their mentees", "export"),
        ("Unlink the old trainer from the account", "unlink"),
    ],
)
def test_a_software_act_on_records_of_people_is_no_evidence(title: str, verb: str) -> None:
    """Syncing, linking, importing or exporting people in a tool acts on their records: setup
    or admin, no act towards anyone."""
    assert all(e is None for e in _evidence_of(title, verb)), title
    assert not assess(title).relationship_building, assess(title).reason


@pytest.mark.parametrize(
    ("title", "verb"),
    [
        ("Sync with Sarah about the launch", "sync"),  # a meeting with her
        ("Link the new mentee to a mentor", "link"),  # an introduction
        ("Link up with other local coaches", "link"),  # meeting them
    ],
)
def test_a_software_verb_with_or_to_people_keeps_its_evidence(title: str, verb: str) -> None:
    assert any(e is not None for e in _evidence_of(title, verb)), title


@pytest.mark.parametrize(
    ("title", "verb"),
    [
        ("Go to the Acme Volunteer Portal", "go to"),
        ("Go to Settings → Staff Members", "go to"),
        ("Head to the Members tab and approve new joiners", "head"),
        ("Open the Riverside staff portal", "open"),
        ("Navigate to the Coaches page in the app", "navigate"),
    ],
)
def test_going_to_a_screen_of_a_tool_is_no_evidence(title: str, verb: str) -> None:
    """A portal, a tab, a page or a settings screen is somewhere in a tool, not somewhere
    people are met, whatever people it is named after: no warning may quote it."""
    assert all(e is None for e in _evidence_of(title, verb)), title
    found = assess(title)
    assert not found.relationship_building or verb not in found.reason.casefold(), found.reason


@pytest.mark.parametrize(
    ("title", "verb"),
    [
        ("Go to lunch with a referral partner", "go to"),
        ("Go to the volunteers' barbecue", "go to"),
        ("Go to the meeting about the new dashboard", "go to"),  # a screen only talked about
        ("Go to the Friends of Hartley Park picnic", "go to"),  # a name split at "of", no screen
    ],
)
def test_going_to_people_or_an_occasion_keeps_its_evidence(title: str, verb: str) -> None:
    assert any(e is not None for e in _evidence_of(title, verb)), title
    assert assess(title).relationship_building, title


def test_a_relationship_act_after_a_screen_still_warns() -> None:
    """Going to the page is navigation; replying there is the owner's answer."""
    found = assess("Go to the Facebook page and reply to every comment")
    assert found.relationship_building
    assert "reply" in found.reason.casefold()
