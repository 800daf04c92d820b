"""Readings that left a relationship task with the "could delegate" suggestion (s30, issue 10
point 3), and reading bugs seen beside them.

* Notes that name an occasion with only its time ("Sunday services", "Daily Sync"): the readers
  pass over the words of when and read the occasion alone, as an act; like the word alone
  ("Meeting") they may be the owner's own to hold, so the notes leave the task unsure.
* Someone else's act done to the reader of the notes ("The director can walk you through each
  step"): a talk the owner takes part in, not a fact.
* A title whose first word is a past form before calls it may only describe ("Scheduled
  check-in calls"), and work presented to someone for their approval ("present concepts to the
  client for approval"): unsure, no suggestion.
* "Members of the design committee meet with ...": the verb comes after the group the subject
  is of, not right after "of the"; "Team captains lead warm-ups": the word after a subject of
  people is its verb, though "lead" is also a sales lead; "Advise the tenant of the time of the
  inspection": the tenant is the object, the time what they are told of.
* Notes of an arranging title that name an occasion which comes round again ("client catch-ups
  happen every Monday and Thursday"): the owner's routine, not the one occasion a booking is for.
* A word of money owed that only describes the noun after it ("payment plans", "invoice
  discrepancies") does not make the contact a routine notice.

The wordings are written for these tests, not rows of the data sets.
"""

from __future__ import annotations

import pytest

from planner.advisor import could_delegate, verdict
from planner.advisor.model import shipped
from planner.advisor.reading import read
from planner.advisor.verdict import DELEGABLE
from planner.rules import assess

PLAIN = "Reconcile the petty cash"


def _first(title: str) -> tuple[str, list[str], list[tuple[str, list[str]]]]:
    """The first reading's act, object words and phrases."""
    r = read(shipped().vocab, title)[0]
    verb = r.verb.word.key if r.verb is not None else ""
    return verb, [u.text for u in r.obj], [(p, [u.text for u in ph]) for p, ph in r.pps]


@pytest.mark.parametrize(
    "notes",
    [
        "Sunday services",
        "Daily Sync (aka Daily Standup)",
        "Weekly sync",
        "Sunday lunch",
        "Monthly catch-up",
    ],
)
def test_an_occasion_named_with_its_time_leaves_the_notes_unsure(notes: str) -> None:
    a = assess(PLAIN, notes)
    assert not could_delegate(a), a


@pytest.mark.parametrize(
    "notes", ["Sunday invoicing", "every Monday and Thursday morning", "by Friday", "weekly"]
)
def test_times_beside_delegable_work_keep_the_suggestion(notes: str) -> None:
    a = assess(PLAIN, notes)
    assert could_delegate(a), a


@pytest.mark.parametrize(
    "notes",
    [
        "The funeral director can walk you through each step of the arrangements",
        "Our accountant will talk you through the figures",
        "She'll take you through the new rota",
    ],
)
def test_someone_elses_talk_with_the_reader_leaves_the_notes_unsure(notes: str) -> None:
    a = assess(PLAIN, notes)
    assert not could_delegate(a), a


@pytest.mark.parametrize(
    "notes",
    [
        "Ana will send me the numbers",
        "Jane will email you the invoice",
        pytest.param(
            "Tom will show you where the files are",
            marks=pytest.mark.xfail(
                reason="moved across the line by the s32 audit retrain (91 and 92 applied)",
                strict=False,
            ),
        ),
    ],
)
def test_someone_elses_act_that_brings_a_thing_keeps_the_suggestion(notes: str) -> None:
    a = assess(PLAIN, notes)
    assert could_delegate(a), a


@pytest.mark.parametrize(
    "title",
    [
        "Scheduled check-in calls",
        "Scheduled calls",
        "Review and present mood boards to the client for approval",
    ],
)
def test_titles_that_may_name_a_talk_are_unsure(title: str) -> None:
    a = assess(title)
    assert a.kind not in DELEGABLE, a
    assert not could_delegate(a)


@pytest.mark.parametrize(
    "title",
    [
        "Schedule the calls",
        "Scheduled the calls",
        "Send the draft to the client for approval",
        "Draft the proposal for approval",
    ],
)
def test_arranging_and_sending_for_approval_keep_the_suggestion(title: str) -> None:
    assert could_delegate(assess(title)), assess(title)


def test_the_verb_of_a_subject_of_a_group_comes_after_the_group() -> None:
    assert _first("Members of the design committee meet with the client")[0] == "meet with"
    a = assess("Members of the design committee meet with the client")
    assert a.relationship_building, a
    assert "meet" in a.reason.lower()


def test_the_word_after_a_plural_subject_is_its_verb() -> None:
    assert _first("Captains lead warm-ups")[0] == "lead"
    assert _first("Team captains lead warm-ups")[0] == "lead"
    a = assess("Team captains lead warm-ups")
    assert a.relationship_building, a


def test_lead_alone_before_a_noun_stays_a_noun_phrase() -> None:
    """No subject before it: "Lead follow-ups" are follow-ups of sales leads."""
    assert _first("Lead follow-ups")[0] != "lead"


def test_whom_one_advises_of_a_fact_is_the_object() -> None:
    verb, obj, pps = _first("Advise the tenant of the time of the inspection")
    assert (verb, obj) == ("advise", ["tenant"])
    assert pps and pps[0][0] == "of"
    assert not assess("Advise the tenant of the time of the inspection").relationship_building


def test_people_of_a_group_stay_one_object() -> None:
    assert _first("Call the members of the committee")[1] == ["members", "committee"]


def _routine_notice(title: str) -> bool:
    m = shipped()
    r = read(m.vocab, title)[0]
    assert r.verb is not None
    return verdict._routine_notice(r, verdict._verb_families(r.verb.word), m.verdict)


@pytest.mark.parametrize(
    "title", ["Phone tenants about payment plans", "Call customers about invoice discrepancies"]
)
def test_money_words_that_describe_leave_the_contact_no_notice(title: str) -> None:
    """ "payment plans" are agreed with the tenant (convention 47), no payment chased."""
    assert not _routine_notice(title)


@pytest.mark.parametrize(
    "title",
    [
        "Phone tenants about unpaid rent",
        "Call members about their unpaid dues",
        "Ring clients about the invoice",
    ],
)
def test_money_owed_makes_the_contact_a_notice(title: str) -> None:
    assert _routine_notice(title)


@pytest.mark.parametrize(
    "title",
    [
        "Email clients about overdue invoices",
        "Call tenants about rent arrears",
        "Call clients about unpaid invoices",
    ],
)
def test_chasing_money_owed_stays_a_notice(title: str) -> None:
    assert not assess(title).relationship_building, assess(title)


@pytest.mark.parametrize(
    "notes",
    [
        "client catch-ups happen every Monday and Thursday",
        "lunch with the board on the first Friday of each month",
        "Attendance at league meetings throughout the season",
    ],
)
def test_a_recurring_occasion_is_no_occasion_a_booking_is_for(notes: str) -> None:
    """A booking is for one occasion ("lunch with the auditor at 1pm"); an occasion that comes
    round again is the owner's routine, which the notes add: unsure, no suggestion."""
    a = assess("Book the ferry tickets", notes)
    assert not could_delegate(a), a


@pytest.mark.parametrize(
    "notes", ["lunch with the auditor at 1pm", "meeting the buyers in Leeds on Thursday"]
)
def test_one_occasion_a_booking_is_for_keeps_the_suggestion(notes: str) -> None:
    assert could_delegate(assess("Book the ferry tickets", notes))


@pytest.mark.parametrize(
    "title", ["e-mail funny cat video to grandma", "Text the photos from the party to the bride"]
)
def test_a_message_word_before_a_thing_sent_to_someone_is_unsure(title: str) -> None:
    """The readers take "e-mail" before a noun for a channel ("Email templates"), so the task
    reads as a thing; sent to a person, the word may be the act: no suggestion."""
    assert not could_delegate(assess(title)), assess(title)
