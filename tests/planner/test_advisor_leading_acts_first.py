"""Acts that are also nouns of people, and who acts with whom (s31, misses).

Three reading bugs that lost the act of relationship work (conventions 17, 18, 19, 24, 37):

* "hire", "recruit", "coach", "mentor" and "lead" name people as nouns ("a new hire", "the
  coach"), so at the start of a title the reader took them for a noun phrase ("Hire and train
  new staff" read as "hire", then "train new staff"; "Coach new managers" as one noun phrase).
  Their verb is leading people: it is the act before a phrase whose head is a person, or alone
  before a joiner whose task starts with a verb. Before a thing they stay nouns ("Coach training
  schedule", "Mentor program launch", "Lead generation report").
* "closely", "jointly" and "collaboratively" say how people work with each other; the reader
  took them for what the act is on ("Work closely with the client" acted on "closely"). They
  are passed over, so the people after "with" are whom the act is with.
* After a plural subject of people, a verb no hand-made list knows is the act when it acts on
  people ("Chaplains comfort grieving families"); before a thing it stays a noun ("Children play
  games").

The wordings are written for these tests, not rows of the data sets.
"""

from __future__ import annotations

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import Reading, read
from planner.advisor.verdict import assessment, judge
from planner.rules import assess, could_delegate
from tests.planner.flat_model import flat_model

_LEADING = "leading the people who work for you"


def _readings(title: str) -> list[Reading]:
    return read(shipped().vocab, title)


def _acts(title: str) -> list[str]:
    """The acts of the title's readings ("" for a reading with none)."""
    return [r.verb.word.key if r.verb is not None else "" for r in _readings(title)]


def _object(title: str) -> list[str]:
    """What the first reading acts on, word by word."""
    return [u.word.key for u in _readings(title)[0].obj]


@pytest.mark.parametrize(
    ("title", "acts"),
    [
        ("Hire and train new kitchen staff", ["hire", "train"]),
        ("Recruit, train and supervise weekend volunteers", ["recruit", "train", "supervise"]),
        ("Hire experienced nurses for the night shift", ["hire"]),
        ("Coach new managers on giving feedback", ["coach"]),
        ("Mentor junior designers", ["mentor"]),
        ("Coach and mentor the shift leads", ["coach", "mentor"]),
        ("Recruit high-level board prospects", ["recruit"]),
        ("Lead new volunteers through their first shift", ["lead"]),
    ],
)
def test_a_leading_act_that_is_also_a_person_is_the_act_before_people(
    title: str, acts: list[str]
) -> None:
    assert _acts(title) == acts, _readings(title)


@pytest.mark.parametrize(
    "title",
    [
        "Coach training schedule for the autumn",
        "Mentor program launch checklist",
        "Lead generation report",
        "Hire date and payroll details",
        "Recruit orientation packs",
    ],
)
def test_the_same_word_before_a_thing_stays_a_noun(title: str) -> None:
    assert _acts(title)[0] == "", _readings(title)


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        ("Hire experienced nurses for the night shift", "Hire experienced nurses"),
        ("Coach new managers on giving feedback", "Coach new managers"),
        ("Hire and train new kitchen staff", "new kitchen staff"),
        ("Recruit, train and supervise weekend volunteers", "weekend volunteers"),
    ],
)
def test_leading_ones_own_people_warns_as_leading_them(title: str, quoted: str) -> None:
    a = assess(title)
    assert a.relationship_building and not could_delegate(a), title
    assert _LEADING in a.reason, a.reason
    assert quoted in a.reason, a.reason


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        ("Hire experienced nurses for the night shift", "Hire experienced nurses"),
        ("Mentor junior designers", "Mentor junior designers"),
    ],
)
def test_a_leading_act_read_as_the_act_is_leading_whatever_the_score(
    title: str, quoted: str
) -> None:
    # a model that scores every reading alike: the act itself, leading the people it names, is
    # what the warning rests on and quotes (it had been one noun phrase, "hire ... nurses")
    m = flat_model(1.0)
    a = assessment(m, judge(m, title))
    assert a.relationship_building, a.reason
    assert _LEADING in a.reason and quoted in a.reason, a.reason


@pytest.mark.parametrize(
    ("title", "head"),
    [
        ("Work closely with the couple to design the ceremony", "couple"),
        ("Collaborate closely with the marketing staff", "staff"),
        ("Work jointly with parents to set goals for the term", "parent"),
        ("Working collaboratively with the client's team", "team"),
    ],
)
def test_how_people_work_together_is_not_what_the_act_is_on(title: str, head: str) -> None:
    obj = _object(title)
    assert obj and obj[-1] == head, _readings(title)
    assert not {"closely", "jointly", "collaboratively"} & set(obj), obj


def test_monitoring_closely_still_acts_on_what_is_monitored() -> None:
    # the adverb is passed over after a thing too: what is monitored is the object, and it stays
    # work on a thing, no relationship work
    assert _object("Monitor client payments closely")[-1] == "payment"
    a = assess("Monitor client payments closely")
    assert not a.relationship_building, a.reason


@pytest.mark.parametrize(
    ("title", "act"),
    [
        ("Chaplains comfort grieving families", "comfort"),
        ("Nurses reassure anxious patients before surgery", "reassure"),
        ("Teachers console upset pupils", "console"),
    ],
)
def test_a_plural_subject_before_a_verb_on_people_leaves_the_act_to_it(
    title: str, act: str
) -> None:
    assert _acts(title)[0] == act, _readings(title)


@pytest.mark.parametrize(
    "title",
    [
        "Children play games outside",
        "Clients list for the spring mailing",
        "Sending new members a letter welcoming them to the club",
    ],
)
def test_no_verb_on_people_after_a_plural_keeps_the_reading(title: str) -> None:
    # a thing after the word ("games"), a preposition, or a subject that is a task of its own
    assert _acts(title)[0] not in {"play", "list", "letter"}, _readings(title)
