"""Acts that are the owner's whatever the model's weights (session 15, adv-fix): a pitch made to
someone named, contact about what someone holds against the owner, and feedback or referrals
asked for face to face; and the errands, waits and clashes that only look like them.

Retrains move the model's score of a wording by a few tenths, and each of these sat near the
threshold: "Pitch the new package to Greenleaf Ltd" warned, then did not, then did, then did not
again over four sessions. These acts are read by the verdict (``_sure_act``), not weighed, so
a retrain cannot lose them. Every wording here was written for these tests, not copied from the
data sets; the second reader's own wordings are in test_advisor_regressions.py.
"""

from __future__ import annotations

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import read
from planner.advisor.verdict import _evidence
from planner.rules import assess, could_delegate


@pytest.mark.parametrize(
    "title",
    [
        "Pitch the new package to Greenleaf",
        "Pitch our consulting retainer to Brightside Ltd",
        "Pitch the spring menu to Oakwood Catering Ltd.",
        "Pitch the loyalty scheme to Maria at the deli",
        "Upsell existing clients to the annual plan",
        "Woo the investors we met at the expo",
    ],
)
def test_a_pitch_to_someone_named_warns_as_selling(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert "is selling" in a.reason, a.reason
    assert not could_delegate(a)


@pytest.mark.parametrize(
    "title",
    [
        "Send the pitch deck to the designer",  # the deck is sent: "pitch" is no act here
        "Pitch the new package in the newsletter",  # to everyone at once
    ],
)
def test_a_pitch_sent_as_a_thing_or_to_everyone_does_not_warn(title: str) -> None:
    assert not assess(title).relationship_building, assess(title).reason


@pytest.mark.parametrize(
    "title",
    [
        "Call Acme Inc. about the late payment dispute",
        "Email the venue manager about the complaint",
        "Phone the wholesaler regarding their grievance over the short delivery",
        "Call the supplier about the order they complained about",
        "Email the tenants who complained about the noise",
    ],
)
def test_contact_about_a_grievance_warns_as_repair(title: str) -> None:
    """A call or a message about what someone holds against the owner is repair work, even
    when it also names a payment ("overdue", "late payment": chasing money alone is admin)."""
    a = assess(title)
    assert a.relationship_building, title
    assert "repairing a relationship" in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Call the customer about the overdue invoice",  # chasing money: a notice
        "Call the complaints line about the broken kettle",  # a line, not a grievance of theirs
        "Log every complaint in the tracker",
    ],
)
def test_contact_that_only_names_payment_or_a_line_does_not_warn(title: str) -> None:
    assert not assess(title).relationship_building, assess(title).reason


@pytest.mark.parametrize(
    "title",
    [
        "Gather feedback from clients in short interviews",
        "Collect testimonials from past clients over coffee",
        "Ask for referrals from happy customers during check-in calls",
    ],
)
def test_asking_people_face_to_face_warns(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert "asking people for something" in a.reason, a.reason


def test_asking_by_survey_does_not_warn() -> None:
    """A survey puts the same questions to everyone (a rule of the verdict since session 21,
    not the model's weighing of "survey" against "feedback", which a retrain moved)."""
    assert not assess("Gather feedback from clients via a survey").relationship_building


@pytest.mark.parametrize(
    "title",
    [
        "Tell the courier in person where to leave parcels",
        "Drop the keys off at the estate agent in person",
        "Register the business in person at the town hall",
        "Tell the cleaner in person when the office is free",
    ],
)
def test_an_errand_run_in_person_does_not_warn(title: str) -> None:
    """ "In person" says how an errand is run, not that it is a conversation: a fact passed on
    to someone who provides a service, keys dropped off, a business registered."""
    assert not assess(title).relationship_building, assess(title).reason


@pytest.mark.parametrize(
    "title",
    [
        "Tell the team about the merger in person",
        "Thank the courier in person for finding the lost parcel",
        "Break the news to the night shift in person",
    ],
)
def test_talk_in_person_still_warns(title: str) -> None:
    assert assess(title).relationship_building, title


@pytest.mark.parametrize(
    "title",
    [
        "Resolve the merge conflicts in the repo",
        "Fix the file conflicts in the shared drive",
        "Resolve scheduling conflicts",
    ],
)
def test_a_clash_of_things_is_no_repair(title: str) -> None:
    assert not assess(title).relationship_building, assess(title).reason


@pytest.mark.parametrize(
    "title",
    ["Resolve team conflicts", "Mediate the conflict between the two partners"],
)
def test_a_clash_between_people_is_repair(title: str) -> None:
    assert assess(title).relationship_building, title


@pytest.mark.parametrize(
    ("title", "notes"),
    [
        ("Send invoices", "waiting on Tom"),
        ("Update the CRM", "waiting on Tom"),
        ("Print name badges", "waiting for Maria to confirm the names"),
        ("Update the CRM", "still waiting for the client to reply"),
        ("Transcribe the recording", "depends on Priya sending the file"),
    ],
)
def test_notes_that_only_say_whom_the_task_waits_on_keep_the_suggestion(
    title: str, notes: str
) -> None:
    """Notes that name whom a delegable task waits for hold no work with that person: no
    warning, and the title's own suggestion stays (the second reader's HIGH finding of
    session 14: "waiting on Tom" warned on every delegable title)."""
    alone = assess(title)
    a = assess(title, notes)
    assert not a.relationship_building, a.reason
    assert a.kind is alone.kind
    assert could_delegate(a)


@pytest.mark.parametrize(
    ("title", "notes"),
    [
        ("Send invoices", "then call the client to thank them"),
        ("Order supplies", "then ring the supplier to thank her for the rush"),
    ],
)
def test_notes_with_work_towards_people_still_hold_the_suggestion_back(
    title: str, notes: str
) -> None:
    assert not could_delegate(assess(title, notes))


@pytest.mark.parametrize(
    "title",
    ["Tweet about the launch in my voice", "Tweet the event recap as me"],
)
def test_a_tweet_about_something_in_my_voice_is_no_conversation(title: str) -> None:
    """One-way posts, even in the owner's voice, are not live conversation (issue 10)."""
    assert not assess(title).relationship_building, assess(title).reason


@pytest.mark.parametrize(
    "title",
    [
        "Tweet about the launch in my voice",
        "Tweet about the gala in my voice",
        "Post about the open day as me",
    ],
)
def test_a_post_about_a_thing_in_my_voice_is_no_evidence_at_any_score(title: str) -> None:
    """Session 29: the retrain put "Tweet about the launch in my voice" at +2.41, where a strong
    score takes the act and what it is on as evidence: a post about a thing, in the owner's
    voice or not, is none however the model weighs its words."""
    m = shipped()
    for r in read(m.vocab, title):
        assert _evidence(r, m.verdict, strong=True) is None, title


@pytest.mark.parametrize(
    "title", ["Tweet on my behalf", "Tweet our thanks to the volunteers in my voice"]
)
def test_a_post_in_my_voice_to_people_or_for_me_still_shows_something(title: str) -> None:
    m = shipped()
    assert any(_evidence(r, m.verdict, strong=True) for r in read(m.vocab, title)), title


@pytest.mark.parametrize(
    "title",
    [
        "Tweet on my behalf",
        "Tweet replies to fans as me",
    ],
)
def test_tweeting_to_people_as_me_still_warns(title: str) -> None:
    assert assess(title).relationship_building, title


@pytest.mark.parametrize(
    "title",
    [
        "Ring the caterer to apologise for the mix-up",
        "Apologise to the Hendersons for the late delivery",
        "Email the client to apologize for the delay",
    ],
)
def test_an_apology_gets_its_own_reason(title: str) -> None:
    """An apology is not a thanks, welcome or congratulation: its reason says so."""
    a = assess(title)
    assert a.relationship_building, title
    assert "is an apology" in a.reason, a.reason
    assert "thanks, welcomes" not in a.reason


@pytest.mark.parametrize(
    ("title", "notes"),
    [
        ("Send invoices", "remember to thank Sarah for the referral"),
        ("Update the CRM", "be sure to call the client back"),
        ("Print name badges", "make time to welcome the new starters"),
    ],
)
def test_notes_whose_act_follows_a_lead_in_warn(title: str, notes: str) -> None:
    """Notes written in lower case start with the lead-in ("remember", "be sure"), which the
    reader does not take for the verb: the act after "to" is the owner's all the same."""
    a = assess(title, notes)
    assert a.relationship_building, (title, notes)
    assert "(in the notes)" in a.reason
    assert not could_delegate(a)


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        ("Outside to greet the children and their parents", "greet the children"),
        ("Your first job is to get to know your new team", "get to know your new team"),
        ("Find out why she is unhappy, then apologize", "apologize"),
        ("Make yourself available to answer questions from new members", "answer questions"),
    ],
)
def test_an_act_in_a_clause_beside_the_reading_warns_on_its_own_words(
    title: str, quoted: str
) -> None:
    """Prose puts the act after a lead-in the reader takes for the task ("Your first job is
    | to get to know your new team"): the warning rests on that act, judged on its own, and
    quotes it (issue point 5: never on a single loose word)."""
    a = assess(title)
    assert a.relationship_building, title
    assert a.reason.startswith(f"“{quoted}"), a.reason


@pytest.mark.parametrize(
    "title",
    [
        "I still hand write every address",  # one loose word in the clause: no warning
        "Refer customers to the managers or others who can help",  # the others' act
    ],
)
def test_a_clause_beside_the_reading_with_no_act_of_the_owners_does_not_warn(title: str) -> None:
    assert not assess(title).relationship_building, assess(title).reason


@pytest.mark.parametrize(
    ("title", "notes"),
    [
        ("Book the train", "meeting the supplier in York on Tuesday"),
        ("Reserve a table", "lunch with the investor on Friday"),
        ("Send the calendar invite", "call with the investor at 10"),
        ("Book the hotel", "we are meeting the distributor in Leeds"),
    ],
)
def test_notes_that_name_the_meeting_a_booking_is_for_do_not_warn(title: str, notes: str) -> None:
    """Arranging is not holding (boundary 4): the meeting in the notes is what the booking is
    for, and the owner's own; the booking is the task."""
    a = assess(title, notes)
    assert not a.relationship_building, a.reason


@pytest.mark.parametrize(
    ("title", "notes"),
    [
        ("Book the venue", "then call the client to thank them"),
        ("Book the hotel", "meet the client there to apologise for the delay"),
    ],
)
def test_notes_with_a_gesture_on_a_booking_still_warn(title: str, notes: str) -> None:
    assert assess(title, notes).relationship_building, (title, notes)


@pytest.mark.parametrize(
    "title",
    [
        "Reply to the annoyed supplier about the late payment",
        "Answer the irritated landlord about the late rent",
        "Get back to the upset client about the unpaid invoice",
    ],
)
def test_a_reply_to_upset_people_about_money_is_repair_not_a_notice(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert not could_delegate(a)


@pytest.mark.parametrize(
    "title",
    [
        "Ask the Hendersons if they'd refer us to friends",
        "Ask our oldest clients whether they would write us a testimonial",
    ],
)
def test_asking_people_whether_they_would_do_something_warns(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert "asking people for something" in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Thank the web designer for the new landing page",
        "Congratulate the intern on her first sale",
        "Thank the locksmith for coming out on a Sunday",
    ],
)
def test_thanks_to_one_person_for_what_they_did_warn_whatever_the_score(title: str) -> None:
    """Thanks or congratulations to one person for a deed are the owner's own gesture (convention
    6), however low the model weighs the routine courtesies a counter gives everyone."""
    a = assess(title)
    assert a.relationship_building, a
    assert "personal gesture" in a.reason, a.reason
