"""Service promises to the person served (session 33, miss).

Service standards promise acts to "you": "We will keep you informed of progress", "We aim to
reply to your letter within 10 days", "We will endeavour to respond to you within 2 working
days". Conventions 22, 34, 68 and 100 make a promise to keep the person informed on their own
case, or a full reply to their own letter or enquiry, relationship work, and a holding notice
(an acknowledgement, "we will tell you if we cannot meet the timescale") not. Three readings
carry who is addressed and the act: the reading says when the act is done to "you" or on
"your" thing (features ``to=you`` and ``to=yours``, each also with the act's classes, so the
model weighs "reply to your letter" apart from "acknowledge your complaint" and "manage your
inbox"); "update" done to one person is no bulletin ("We will update you every 20 working
days", "update the client on progress"); and "endeavour to" and "do our best to" lead on to
the act as "try to" does. A condition the promise opens with ("Where the repair is delayed, we
will update you ...") is no fact told, as "Tell the cleaner when the office is free" is. The
wordings are written here for the tests, not rows of the data
sets.
"""

from __future__ import annotations

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import Reading, addressed_to_you, features, read
from planner.rules import assess


def _readings(title: str) -> list[Reading]:
    return read(shipped().vocab, title)


def _verbs(title: str) -> list[str]:
    return [r.verb.word.vkey if r.verb is not None else "" for r in _readings(title)]


@pytest.mark.parametrize(
    ("title", "whom"),
    [
        ("We will keep you informed of progress on your claim", "you"),
        ("We will get back to you within one working day", "you"),
        ("Our advisers will update you at least once a fortnight", "you"),
        ("We aim to reply to your letter within 10 working days", "yours"),
        ("We will respond to your enquiry within 5 working days", "yours"),
    ],
)
def test_an_act_done_to_you_or_on_your_thing_says_so(title: str, whom: str) -> None:
    found = [addressed_to_you(r) for r in _readings(title)]
    assert whom in found, (title, found)
    names = {f for r in _readings(title) for f in features(r)}
    assert f"to={whom}" in names, names


@pytest.mark.parametrize(
    "title",
    [
        "Call the client back about the quote",
        "Reply to the landlord's letter",
        "Update the client on progress",
        # "you" before the act is who does something, not whom it is done to
        "If you write to us, we will post a response within 7 days",
    ],
)
def test_no_you_after_the_act_adds_nothing(title: str) -> None:
    assert not any(addressed_to_you(r) for r in _readings(title)), title
    names = {f for r in _readings(title) for f in features(r)}
    assert not any(f.startswith("to=") or "|to=" in f for f in names), names


def test_your_thing_and_you_as_whom_the_act_is_done_to_are_told_apart() -> None:
    # "you" anywhere after the act wins: the act is done to the person
    found = [addressed_to_you(r) for r in _readings("We will write to you about your claim")]
    assert "you" in found, found
    names = {f for r in _readings("Manage your inbox and calendar") for f in features(r)}
    assert "to=yours" in names, names


@pytest.mark.parametrize(
    "title",
    [
        "We will update you at least every 20 working days",
        "Where the matter is protracted, we will update you every 20 working days",
        "Update the client on progress with their order",
        "We'll keep you updated along the way",
        "Keep your manager updated on the budget",
    ],
)
def test_an_update_to_one_person_is_no_bulletin(title: str) -> None:
    readings = _readings(title)
    assert any(r.verb is not None for r in readings), readings
    assert not any("broadcast" in r.markers for r in readings), readings


@pytest.mark.parametrize(
    "title",
    [
        "Send the monthly update to all clients",
        "Post an update on Facebook",
        "Update the website",
        "Update all clients about the new prices",
        "Update the team on the launch",
    ],
)
def test_an_update_that_is_a_bulletin_keeps_its_mark(title: str) -> None:
    assert any("broadcast" in r.markers for r in _readings(title)), _readings(title)


@pytest.mark.parametrize(
    "title",
    [
        "Update the client list",
        "Update the client records",
        "Update your client records before the audit",
        "Update the customer database",
    ],
)
def test_a_person_naming_a_thing_is_not_the_one_told(title: str) -> None:
    """A person's word before the noun it names ("the client | list") is no one updated: the
    update keeps its bulletin mark, and the line is records, no warning (session 34: the
    reader once looked at "the client" alone)."""
    assert any("broadcast" in r.markers for r in _readings(title)), _readings(title)
    found = assess(title)
    assert not found.relationship_building, found.reason


@pytest.mark.parametrize(
    "title", ["Update the client on progress", "Update the client regularly", "Update the client"]
)
def test_the_client_updated_is_still_told(title: str) -> None:
    assert not any("broadcast" in r.markers for r in _readings(title)), _readings(title)
    found = assess(title)
    assert found.relationship_building, title
    assert "telling people yourself" in found.reason, found.reason
    assert "“Update the client" in found.reason, found.reason


@pytest.mark.parametrize(
    ("title", "verb"),
    [
        ("We will endeavour to respond to you within 2 working days", "respond"),
        ("We will endeavor to answer every call promptly", "answer"),
        ("We'll do our best to keep you informed", "keep"),
        ("I will do my best to reply to your email the same day", "reply"),
    ],
)
def test_a_promise_to_try_leads_on_to_the_act(title: str, verb: str) -> None:
    assert verb in _verbs(title), _verbs(title)


@pytest.mark.parametrize(
    "title",
    [
        "Where the repair is delayed, we will update you at least every 10 working days.",
        "When the claim takes longer, we will update you at least every 10 working days.",
    ],
)
def test_a_condition_before_an_update_is_no_fact_told(title: str) -> None:
    # the opening condition is put last in the background; "where" or "when" there starts no
    # fact told ("Tell the cleaner when the office is free" is one: test_advisor_said_and_sent)
    a = assess(title)
    assert a.relationship_building, title
    assert "telling people yourself" in a.reason, a.reason
