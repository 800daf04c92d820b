"""Two reading bugs of support playbooks (s34, errors of the pseudo-held-out support files).

* A condition said without its clause before the act ("If possible the owner of the lost
  property will be contacted", "Where possible we will show and explain the repair", "Whenever
  possible select gifts") was read as the task's words: "possible" or "needed" became its act or
  its object, and the act after it was lost. "if / where / when / whenever / wherever" with
  "possible", "necessary", "needed", "required", "appropriate" or "applicable" is now a filler,
  as "sometimes" is: it says when the act is done, and the act is what follows (or comes
  before it: "Call the client if needed").
* "how-to" before a noun ("how-to questions", "Answer how-to questions", "Write how-to
  articles") was read as a question about how an act is done, and the noun after it was lost
  ("Answer how-to questions" answered nothing). It is now one describing word, as "common" is:
  the questions are still questions. "how to" written with a space keeps its reading.

The wordings are rows of the support files or written here for the tests; each near neighbour
must keep its reading.
"""

from __future__ import annotations

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import Reading, read
from planner.advisor.verdict import DELEGABLE
from planner.rules import assess


def _readings(title: str) -> list[Reading]:
    return read(shipped().vocab, title)


def _acts(title: str) -> list[str]:
    """The verbs of the title's readings, as the lists know them."""
    return [r.verb.word.key if r.verb is not None else "" for r in _readings(title)]


def _objects(title: str) -> list[str]:
    """The words of every reading's object, as written."""
    return [u.text for r in _readings(title) for u in r.obj]


@pytest.mark.parametrize(
    ("title", "act"),
    [
        ("If possible call the customer", "call"),
        ("If necessary, call the client back", "call"),
        ("When needed call the family", "call"),
        ("when necessary call the family", "call"),
        ("Whenever possible select gifts that are personal to the individual", "select"),
        ("where appropriate we will set out a time frame for issuing a full response", "set"),
        ("Call the family when required", "call"),
        ("Explain the options where appropriate", "explain"),
    ],
)
def test_a_condition_without_its_clause_is_no_act(title: str, act: str) -> None:
    """A condition such as "if possible" or "when needed" says when the act is done: the act is
    the one after (or before) it, never "possible" or "needed"."""
    assert act in _acts(title), _readings(title)
    words = _objects(title)
    for said in ("possible", "necessary", "needed", "required", "appropriate"):
        assert said not in words, _readings(title)


def test_the_passive_act_after_the_condition_is_read() -> None:
    """The support row: the owner of the lost property is the one contacted, by email or
    phone (their own lost item, convention 53)."""
    title = "If possible the owner of the lost property will be contacted via email or phone"
    (r,) = _readings(title)
    assert r.verb is not None and r.verb.text == "contacted", r
    assert [u.text for u in r.obj] == ["owner"], r


@pytest.mark.parametrize(
    "title",
    [
        "If possible call the customer",
        "If needed they will talk to you and other people on the site",
        "Explain the options to the client where appropriate",
    ],
)
def test_the_act_with_people_after_the_condition_warns(title: str) -> None:
    """A call or a talk with particular people still warns with the condition before or after
    it, and the reason quotes the act, not the condition."""
    a = assess(title)
    assert a.relationship_building, title
    assert a.reason and "possible" not in a.reason and "needed" not in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Whenever possible select gifts that are personal to the individual",
        "where appropriate we will set out a time frame for issuing a full response",
    ],
)
def test_desk_work_after_the_condition_stays_delegable(title: str) -> None:
    """Choosing a gift and a timescale notice (convention 100) stay desk work."""
    a = assess(title)
    assert not a.relationship_building, a.reason
    assert a.kind in DELEGABLE or a.kind.value == "other", a.kind


@pytest.mark.parametrize(
    ("title", "noun"),
    [
        ("how-to questions for documented features", "questions"),
        ('Platform navigation and "how-to" questions', "questions"),
        ("Answer how-to questions", "questions"),
        ("Write how-to articles", "articles"),
        ("Record how-to videos for the help centre", "videos"),
    ],
)
def test_how_to_before_a_noun_describes_it(title: str, noun: str) -> None:
    """The "how-to" is a kind of the noun after it: the noun stays in the reading, and "how" is no
    act."""
    assert noun in _objects(title), _readings(title)
    assert "how" not in _acts(title), _readings(title)


def test_answering_how_to_questions_warns_and_writing_how_to_articles_does_not() -> None:
    """Answering the customer's how-to questions is answering their own questions (54, 81);
    writing how-to articles is production."""
    a = assess("Answer how-to questions")
    assert a.relationship_building, a
    assert "questions" in a.reason, a.reason
    b = assess("Write how-to articles")
    assert not b.relationship_building, b.reason
    assert b.kind in DELEGABLE, b.kind


@pytest.mark.parametrize(
    "title",
    [
        "Explain how to reset a password",
        "Show the new client how to use the portal",
    ],
)
def test_how_to_with_a_space_keeps_its_reading(title: str) -> None:
    """A "how to" written with a space is still a question about how an act is done: the act
    before it is the task's."""
    acts = _acts(title)
    assert acts and acts[0] in ("explain", "show"), _readings(title)
