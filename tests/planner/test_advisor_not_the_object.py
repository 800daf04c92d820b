"""Words around a task's object that the reader misread (reading bugs the thirty-first session's
engineers and collectors reported).

* An "-ly" word no list knows says how or when ("resolve a complaint immediately"): it is not
  what the act is on, nor the head of a phrase ("Respond immediately to complaints" acts on the
  complaints). Words of when after a length of time ("a day ahead", "two weeks later") likewise.
* A preposition ending in "to" before a verb ("two days prior to confirm the timeline") is the
  purpose's "to" after a phrase of when: the purpose is confirming, a fact.
* "in case" before a noun it describes ("in case management software") is a kind of software,
  not the condition "in case".
* "notes on", "a list of" and the like make a task about people only when people follow ("Give
  notes on mixes" is counsel on the artist's work, no record of anyone).

The wordings are the reported rows or written here for the tests (the near neighbours, which
must keep their reading).
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import Reading, Unit, read
from planner.rules import assess


def _only(title: str) -> Reading:
    found = read(shipped().vocab, title)
    assert len(found) == 1, found
    return found[0]


def _words(units: Sequence[Unit]) -> list[str]:
    """The units' texts, as the reader keeps them (lower case)."""
    return [u.text for u in units]


@pytest.mark.parametrize(
    ("title", "obj"),
    [
        ("resolve a complaint immediately", ["complaint"]),
        ("Quite often we can resolve a complaint immediately", ["complaint"]),
        ("Greet every guest warmly and politely", ["guest"]),
        ("Call each client a day ahead to confirm the appointment time", ["client"]),
        ("Check in with the family two weeks later", ["family"]),
    ],
)
def test_a_word_of_how_or_when_is_not_what_the_act_is_on(title: str, obj: list[str]) -> None:
    r = read(shipped().vocab, title)[0]
    assert _words(r.obj) == obj, r


def test_a_word_of_how_before_a_phrase_leaves_the_phrase_the_object() -> None:
    r = _only("Respond immediately to complaints")
    assert _words(r.obj) == ["complaints"], r


def test_resolving_a_complaint_immediately_is_quoted_as_written() -> None:
    found = assess("resolve a complaint immediately")
    assert found.relationship_building
    assert "“resolve a complaint immediately”" in found.reason
    assert found.matched == ("resolve", "complaint")


@pytest.mark.parametrize(
    ("title", "obj"),
    [
        ("Email Molly about the event", ["molly"]),  # a name written so is a name
        ("Thank the family for their support", ["family"]),
        ("Visit the elderly residents", ["elderly", "residents"]),
    ],
)
def test_nouns_and_names_ending_in_ly_stay_objects(title: str, obj: list[str]) -> None:
    r = read(shipped().vocab, title)[0]
    assert _words(r.obj) == obj, r


def test_a_phrase_of_when_before_to_leaves_the_purpose_its_act() -> None:
    r = _only("Phone the bride two days prior to confirm the timeline")
    assert r.verb is not None and r.verb.text == "phone"
    assert _words(r.obj) == ["bride"]
    assert _words(r.background)[1:] == ["confirm", "the", "timeline"], r
    assert "fact" in r.markers


@pytest.mark.parametrize(
    ("title", "prep", "head"),
    [
        ("Phone the bride prior to the event", "prior to", "event"),
        ("Call the venue prior to arrival", "prior to", "arrival"),
    ],
)
def test_a_preposition_ending_in_to_before_a_noun_stays_one(
    title: str, prep: str, head: str
) -> None:
    r = _only(title)
    assert (prep, head) in [(p, ws[-1].text) for p, ws in r.pps], r


@pytest.mark.parametrize(
    "title",
    [
        "Setting up new matters in case management software",
        "maintain matter templates, update fields in case management software",
        "Note client information in case management/time and billing/accounting system",
    ],
)
def test_in_case_before_the_noun_it_describes_is_no_condition(title: str) -> None:
    found = read(shipped().vocab, title)
    assert all("in case" not in _words(r.background) for r in found), found
    assert any("case" in _words(ws) for r in found for _, ws in r.pps), found


@pytest.mark.parametrize(
    "title",
    [
        "Keep a spare key in case clients cancel",
        "Bring a charger in case of emergency",
        "Print extra copies in case files get lost",
    ],
)
def test_in_case_before_a_clause_or_of_is_a_condition(title: str) -> None:
    r = read(shipped().vocab, title)[0]
    assert _words(r.background)[:1] == ["in case"], r


@pytest.mark.parametrize(
    ("title", "about_people"),
    [
        ("Give notes on mixes", False),
        ("Write a report on the quarterly sales", False),
        ("Keep notes on each client", True),
        ("Update the list of donor gifts", True),
        ("Keep notes on them after each call", True),
    ],
)
def test_notes_on_are_about_people_only_when_people_follow(title: str, about_people: bool) -> None:
    r = read(shipped().vocab, title)[0]
    assert ("about_people" in r.markers) is about_people, r
