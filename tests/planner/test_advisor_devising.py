"""Devising a thing: "Come up with some questions to guide the breakout groups".

"Come up with" is a word of the `draft` class, one phrase: the reader took "come" alone for the
act and "with the questions" for company ("come with"), so a task of thinking up questions,
ideas or a plan read as going somewhere with them, and the purpose after it ("to guide the
breakout groups") as the act the task is about. Devising is desk work; a meeting held to devise
something with particular people ("Sit down with the team to come up with a plan") is still
that meeting, its purpose now read as devising.

The wordings are written for these tests, not taken from the data.
"""

from __future__ import annotations

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import purpose, read
from planner.rules import assess


@pytest.mark.parametrize(
    "title",
    [
        "Come up with some questions to guide the breakout groups",
        "Come up with ideas for the spring newsletter",
        "Coming up with marketing ideas",
        "We came up with a weekly posting schedule",
    ],
)
def test_come_up_with_is_one_act_of_drafting(title: str) -> None:
    first = read(shipped().vocab, title)[0]
    assert first.verb is not None, first
    assert first.verb.word.key == "come up with", first
    assert "draft" in first.verb.word.vclasses, first
    assert not any(prep.startswith("with") for prep, _ in first.pps), first


@pytest.mark.parametrize(
    "title",
    [
        "Come up with some questions to guide the breakout groups",
        "Come up with ideas for the spring newsletter",
        "Coming up with marketing ideas",
    ],
)
def test_devising_is_no_relationship_work(title: str) -> None:
    assert assess(title).kind != "relationship", assess(title)


def test_a_meeting_to_devise_a_plan_reads_the_devising_as_its_purpose() -> None:
    r = read(shipped().vocab, "Sit down with the team to come up with a plan")[0]
    assert r.verb is not None and r.verb.word.key == "sit down with", r
    found = purpose(r)
    assert found is not None and found.word.key == "come up with", r


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("Sit down with my team to come up with a plan for the week", "sit down with my team"),
        ("Meet with the client to come up with a plan together", "meet with the client"),
    ],
)
def test_a_meeting_to_devise_something_still_warns(title: str, said: str) -> None:
    a = assess(title)
    assert a.kind == "relationship", a
    assert said in a.reason.lower(), a.reason
