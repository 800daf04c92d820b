"""Relationship notes that kept "could delegate" after the thirty-first session's start retrain
(issue 10 point 3: an unsure reading suggests nothing), and their near neighbours.

* The act of a role or a group nobody names ("A doctor will be available to answer all
  emergencies by phone", "Tenants will receive updates"), read clearly as relationship work:
  notes copied from how a service works or what a role does may be saying what the owner does,
  so they leave the task unsure. A colleague named ("Jane will walk the board through it") or a
  supplier bringing a thing ("The printer will deliver the cards") keeps the suggestion.
* Someone taking the reader through something ("She'll take you through the new rota"): a
  walk-through the owner takes part in, whatever the model makes of the verb.
* An act that names a live occasion ("Walk through setup process"): holding it, unsure.
* A word of people before a word of a thing names the thing ("before the board pack goes out",
  "the client file"), not people the notes add.
* (s32) An act of the owner's plainly read ("officiate at the unveiling", "Compose your reply")
  or of a role nobody names, which the model scores as relationship work by however little:
  unsure, as is "Role model good manners" (test_advisor_suggestion_safety.py). A word misread as
  the act ("low priority") and a colleague named whose act scores weakly ("Jane will walk the
  board through it", no family named) keep the suggestion.

The wordings are written for these tests, not rows of the data sets.
"""

from __future__ import annotations

import pytest

from planner.advisor import TaskKind, could_delegate
from planner.advisor.model import shipped
from planner.advisor.reading import units
from planner.advisor.verdict import _plainly_an_act
from planner.rules import assess

PLAIN = "Reconcile the petty cash"


@pytest.mark.parametrize(
    "notes",
    [
        "A doctor will be available to answer all emergencies by phone",
        "Tenants will receive updates as work progresses",
        "They must preside at the parish meeting",
        "The volunteers will sit with each family at the hearing",
        "Coordinators may also have to deliver difficult feedback",
        "HRBPs may have to be the ones who deliver difficult feedback",
    ],
)
def test_a_roles_act_read_as_relationship_work_leaves_the_notes_unsure(notes: str) -> None:
    a = assess(PLAIN, notes)
    assert not could_delegate(a), a
    # unsure, not a warning: the notes do not say the owner does it
    assert not a.relationship_building, a.reason
    assert a.kind is TaskKind.OTHER, a


@pytest.mark.parametrize(
    "notes",
    [
        "Jane will walk the board through it",
        "Marco will walk the board through it",
        "the accountant will advise on the VAT",
        "The bookkeeper will send the figures",
        "The printer will deliver the cards on Friday",
        "The courier will collect the parcels",
        "Our accountant will check the figures",
        "waiting on Ana",
    ],
)
def test_a_named_colleagues_act_or_a_thing_brought_keeps_the_suggestion(notes: str) -> None:
    a = assess(PLAIN, notes)
    assert could_delegate(a), a
    assert a.kind is assess(PLAIN).kind, a


@pytest.mark.parametrize(
    "notes",
    ["She'll take you through the new rota", "The agent will walk you through the contract"],
)
def test_someone_taking_the_reader_through_something_leaves_the_notes_unsure(notes: str) -> None:
    a = assess(PLAIN, notes)
    assert not could_delegate(a), a
    assert not a.relationship_building, a.reason


@pytest.mark.parametrize(
    "notes",
    [
        pytest.param(
            "Tom will show you where the files are",
            marks=pytest.mark.xfail(
                reason="moved across the line by the s32 audit retrain (91 and 92 applied)",
                strict=False,
            ),
        ),
        "Jane will email you the invoice",
    ],
)
def test_someone_bringing_the_reader_a_thing_keeps_the_suggestion(notes: str) -> None:
    assert could_delegate(assess(PLAIN, notes)), assess(PLAIN, notes)


def test_an_act_that_names_a_live_occasion_leaves_the_notes_unsure() -> None:
    a = assess(PLAIN, "Walk through setup process")
    assert not could_delegate(a), a
    assert not a.relationship_building, a.reason


@pytest.mark.parametrize("notes", ["Update the setup process", "Check the setup process"])
def test_an_act_on_a_process_keeps_the_suggestion(notes: str) -> None:
    assert could_delegate(assess(PLAIN, notes)), assess(PLAIN, notes)


@pytest.mark.parametrize(
    "notes",
    [
        "before the board pack goes out",
        "the client file is in the shared drive",
        "the staff rota is pinned up",
    ],
)
def test_a_word_of_people_naming_a_thing_keeps_the_suggestion(notes: str) -> None:
    a = assess(PLAIN, notes)
    assert could_delegate(a), a
    assert a.kind is assess(PLAIN).kind, a


@pytest.mark.parametrize(
    "notes",
    [
        "before the board meeting",
        pytest.param(
            "parents evening",
            marks=pytest.mark.xfail(
                reason="moved across the line by the s33 start retrain (tune-hds..hdw)",
                strict=False,
            ),
        ),
    ],
)
def test_a_word_of_people_before_an_occasion_leaves_the_notes_unsure(notes: str) -> None:
    a = assess(PLAIN, notes)
    assert not could_delegate(a), a
    assert not a.relationship_building, a.reason


# The thirty-second session (s32-notes): an unsure reading suggests nothing, however little the
# model's score is above the threshold.


@pytest.mark.parametrize(
    "notes",
    [
        "officiate at the unveiling",
        "Compose your reply",
        "Take it offline",
        "carrying out the examinations",
    ],
)
def test_the_owners_plain_act_read_as_relationship_work_leaves_the_notes_unsure(
    notes: str,
) -> None:
    """An act of the owner's plainly read as a verb, which the model scores as relationship
    work though nothing in it shows people: unsure what the notes add, so no suggestion, and no
    warning either (the notes name no act towards anyone)."""
    a = assess(PLAIN, notes)
    assert not could_delegate(a), a
    assert not a.relationship_building, a.reason
    assert a.kind is TaskKind.OTHER, a


@pytest.mark.parametrize("notes", ["low priority", "March and April", "by Wednesday"])
def test_a_word_misread_as_the_act_keeps_the_suggestion(notes: str) -> None:
    """ "low priority": "low" read as the act scores above the threshold, but no verb is plainly
    there (a word a noun shares, in no verb's own form or hand-made class); notes of times
    alone read no act at all."""
    a = assess(PLAIN, notes)
    assert could_delegate(a), a
    assert a.kind is assess(PLAIN).kind, a


@pytest.mark.parametrize(
    "notes",
    [
        "If a manager has negative feedback, it must be delivered quickly",
        "If your venue provides catering, they will be your main point of contact",
    ],
)
def test_a_roles_act_a_little_above_the_threshold_leaves_the_notes_unsure(notes: str) -> None:
    """The act of a role or a group nobody names ("it", "they"), scored as relationship work
    by less than the margin that once kept the suggestion: unsure all the same."""
    a = assess(PLAIN, notes)
    assert not could_delegate(a), a
    assert not a.relationship_building, a.reason


@pytest.mark.parametrize("title", [PLAIN, "Book the ferry tickets"])
def test_a_named_colleagues_act_the_model_scores_weakly_keeps_the_suggestion(title: str) -> None:
    """ "Jane will walk the board through it": no family names the act, and the score that reads
    it as relationship work is weak; the act is Jane's, so the notes add nothing of the
    owner's. The same act as the owner's own leaves the notes unsure."""
    a = assess(title, "Jane will walk the board through it")
    assert could_delegate(a), a
    assert a.kind is assess(title).kind, a
    assert not could_delegate(assess(title, "walk the board through it"))


@pytest.mark.parametrize(
    ("word", "plainly"),
    [
        ("business", False),  # a noun ending as a verb's form is written, no verb's form
        ("class", False),
        ("boss", False),
        ("string", False),
        ("carrying", True),  # a verb's own form
        ("walks", True),
        ("officiated", True),
        ("confirm", True),  # no noun shares it
        ("give", True),  # a verb of a hand-made class
    ],
)
def test_a_plain_act_is_read_from_the_words_form_not_its_ending(word: str, plainly: bool) -> None:
    (unit,) = units(shipped().vocab, word)
    assert _plainly_an_act(unit) is plainly
