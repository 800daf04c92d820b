"""False alarms on work that only sounds like contact (session 21, adv-fp): asking through a form
sent to many, a gesture shown on a website, hosting as keeping a thing online, an answer sent as
a formal letter, calling a meeting, a committee's votes; a tool's act quoted as the owner's; a
thanks put in read as networking.

Each case is a general kind seen in the real data's false alarms (counted in the commit message
and in notes/s21/adv-fp-analysis.md); the wordings are written here for the tests, not rows of
the data sets. Each kind has a guard: the same words where the owner does deal with someone.
"""

from __future__ import annotations

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import read
from planner.advisor.verdict import DELEGABLE, _evidence
from planner.rules import assess


def _no_evidence(title: str) -> None:
    """Nothing in the title is evidence for a warning (whatever a model scores it: the kind is
    read by the verdict's rules), and it does not warn."""
    m = shipped()
    for r in read(m.vocab, title):
        assert _evidence(r, m.verdict) is None, r
    assert not assess(title).relationship_building, assess(title).reason


@pytest.mark.parametrize(
    "title",
    [
        "Collect feedback from members via a questionnaire",
        "Ask our customers for ideas through an online poll",
        "Get feedback from members through a questionnaire",
    ],
)
def test_asking_through_a_form_sent_to_many_does_not_warn(title: str) -> None:
    """A survey, poll or form puts the same questions to everyone: no conversation."""
    _no_evidence(title)


@pytest.mark.parametrize(
    "title",
    [
        "Greet visitors with a pop-up on the homepage",
        "Welcome new readers with a banner on the landing page",
        "Thank our donors on the website",
    ],
)
def test_a_gesture_shown_on_a_website_does_not_warn(title: str) -> None:
    """A welcome or a thanks on a page every visitor sees is one text to all, like a newsletter."""
    assert not assess(title).relationship_building, assess(title).reason


@pytest.mark.parametrize(
    "title",
    [
        "Welcome guests to the pop-up dinner",
        "Thank the website designer for the quick fix",
        "Greet guests at the door",
    ],
)
def test_a_gesture_to_people_named_beside_a_web_word_still_warns(title: str) -> None:
    """The web word describes the occasion or the person, not the channel of the gesture."""
    a = assess(title)
    assert a.relationship_building, title
    assert "personal gesture" in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Host the website on a cheaper server",
        "Host the course videos on Vimeo",
        "Host the online store on a new platform",
    ],
)
def test_hosting_a_thing_online_does_not_warn(title: str) -> None:
    _no_evidence(title)


@pytest.mark.parametrize(
    "title", ["Host the webinar for clients", "Host the podcast", "Host the team dinner"]
)
def test_hosting_an_occasion_still_warns(title: str) -> None:
    assert assess(title).relationship_building, title


@pytest.mark.parametrize(
    "title",
    [
        "Send the tenant a formal reply to the complaint",
        "Provide a written response to the grievance within ten days",
        "Send the applicant a final response by Friday",
    ],
)
def test_an_answer_sent_as_a_formal_letter_does_not_warn(title: str) -> None:
    """The outcome a complaints procedure sends in writing is a letter, not a conversation."""
    _no_evidence(title)


@pytest.mark.parametrize(
    "title",
    [
        "Send Mrs Khan a personal written reply to her complaint",
        "Provide a written apology to the customer",
    ],
)
def test_a_personal_written_reply_or_apology_still_warns(title: str) -> None:
    assert assess(title).relationship_building, title


@pytest.mark.parametrize(
    "title",
    [
        "Call an extraordinary general meeting",
        "Convene the annual meeting of the trustees",
        "Call a meeting of the steering group",
    ],
)
def test_calling_a_meeting_is_convening_it(title: str) -> None:
    _no_evidence(title)


@pytest.mark.parametrize(
    "title",
    [
        "Call the meeting organiser to thank her",
        "Call a friend you haven't spoken to in a while",
    ],
)
def test_calling_someone_still_warns(title: str) -> None:
    assert assess(title).relationship_building, title


@pytest.mark.parametrize(
    "title",
    ["Have the casting vote at committee meetings", "Conduct the ballot of members at the AGM"],
)
def test_a_committees_vote_is_procedure(title: str) -> None:
    _no_evidence(title)


@pytest.mark.parametrize(
    "title", ["Give a vote of thanks to the speaker", "Ask members for their vote"]
)
def test_thanks_or_an_ask_with_a_vote_still_warns(title: str) -> None:
    assert assess(title).relationship_building, title


@pytest.mark.parametrize(
    ("title", "tool_act"),
    [
        ("The template will thank donors, then I'll phone the big ones", "thank donors"),
        ("The template will congratulate graduates, then I'll ring the top three", "graduates"),
        ("The chatbot will welcome new members, then I'll call the VIPs", "welcome"),
        ("The autoresponder will thank new subscribers, and then I will call them", "thank"),
    ],
)
def test_a_tools_act_is_never_quoted_as_the_owners(title: str, tool_act: str) -> None:
    """The tool's act is read with the tool ("thank donors with the template"), however the
    sentence goes on (the tool is no longer read into a later act's words)."""
    assert tool_act not in assess(title).reason, assess(title).reason
    readings = read(shipped().vocab, title)
    assert "template" in readings[0].markers, readings
    assert all(u.text != "with" for r in readings[1:] for u in r.units), (
        readings
    )  # the tool's "with" is the first act's
    # the owner's later act is read with what it is on, so the checks above look at something
    # (review s22: "the VIPs", "the top three" were read as an empty object)
    assert readings[-1].obj, readings


@pytest.mark.parametrize(
    ("title", "owners_act"),
    [
        ("The chatbot will welcome new members, then I'll call the VIPs", "call the VIPs"),
        ("The autoresponder will thank new subscribers, and then I will call them", "call them"),
    ],
)
def test_the_owners_later_call_is_what_the_warning_quotes(title: str, owners_act: str) -> None:
    a = assess(title)
    assert a.relationship_building, a
    assert f"“{owners_act}”" in a.reason, a.reason


@pytest.mark.parametrize(
    ("title", "head"),
    [
        ("Call the VIPs", "vips"),
        ("Ring the top three", "three"),
        ("Sit with the regulars at the bar", "regulars"),
        ("Ring the top three donors", "donors"),
    ],
)
def test_a_word_that_describes_or_counts_heads_its_phrase_when_it_ends_it(
    title: str, head: str
) -> None:
    r = read(shipped().vocab, title)[0]
    found = [u.text for u in r.obj] + [u.text for _, p in r.pps for u in p]
    assert head in found, r


def test_the_owners_act_after_a_tools_act_still_warns() -> None:
    a = assess("The autoresponder will thank new subscribers, and then I will call the big donors")
    assert a.relationship_building
    assert "call the big donors" in a.reason, a.reason


@pytest.mark.parametrize(
    ("title", "notes"),
    [
        ("Send invoices", "add a handwritten thank-you to each"),
        ("Add a handwritten thank-you to each order", ""),
    ],
)
def test_a_thanks_put_in_is_a_gesture_not_networking(title: str, notes: str) -> None:
    a = assess(title, notes)
    assert a.relationship_building, (title, notes)
    assert "personal gesture" in a.reason, a.reason
    assert "network" not in a.reason, a.reason


def test_adding_someone_is_still_networking() -> None:
    assert "who is in your network" in assess("Add Sam on LinkedIn").reason


@pytest.mark.parametrize(
    "title",
    [
        "Write the quarterly letters",
        "Draft a cover letter for the grant",
        "Type up the weekly emails",
        "Compose the annual appeal letter",
    ],
)
def test_writing_a_text_for_nobody_named_is_drafting(title: str) -> None:
    """A letter or an email written with nobody it is to named, and no thanks or apology in
    it, is a text drafted (production), whatever a model scores it."""
    _no_evidence(title)


@pytest.mark.parametrize(
    "title",
    [
        "Write thank-you letters to our volunteers",
        "Write a formal apology letter to the guest",
        "Write a personal note to each new client",
        "Write to the decision makers at each firm",
    ],
)
def test_writing_to_someone_or_a_thanks_still_warns(title: str) -> None:
    assert assess(title).relationship_building, title


@pytest.mark.parametrize(
    "title", ["Let in the cleaners before opening", "Let in the brewery delivery"]
)
def test_letting_people_in_at_the_door_is_no_relationship(title: str) -> None:
    _no_evidence(title)


@pytest.mark.parametrize(
    "title",
    [
        "Refer you to the duty manager when needed",
        "Feel free to refer the caller to our office manager",
    ],
)
def test_handing_someone_on_is_no_relationship(title: str) -> None:
    """Referring someone to staff hands them on, read with "to" as the object ("Refer you |
    to the duty manager") or as an act after "to" ("feel free | to refer the caller ...")."""
    _no_evidence(title)


def test_referring_a_client_to_a_peer_is_still_an_introduction() -> None:
    assert assess("Refer a client to a trusted peer").relationship_building


def test_apologies_for_absence_are_a_meetings_record() -> None:
    _no_evidence("Receive apologies for absence at the start")
    a = assess("Apologise to the Hendersons for the absence of our crew")
    assert a.relationship_building, a


@pytest.mark.parametrize(
    "title",
    [
        # a web word as what a gesture is about, not where it is shown
        "Congratulate Sam on his new website",
        "Thank Jo for building our website",
        "Thank the web designer for the new landing page",
        "Congratulate the team on their new website",
        # a one-to-one convened with a person is the talk itself, not a meeting of a body
        "Call a one-to-one with Tom about his lateness",
        "Call a review session with Jo next week",
        # an answer to someone the owner knows is no procedure's outcome
        "Give my cofounder a final answer about whether I'm staying",
        "Give Jo a detailed answer to her question about her pay rise",
        # a letter that is itself a personal act is no draft
        "Write a letter of recommendation",
        "Write a farewell message",
    ],
)
def test_the_same_words_on_a_personal_act_still_warn(title: str) -> None:
    """The kinds above stop at their own edge: a gesture's topic is not its channel, a talk
    held with one person is not convening, an answer to someone known is not a complaints
    procedure's letter, a goodbye or a recommendation written is not a draft. Each warns, and
    none is ever offered for delegation."""
    a = assess(title)
    assert a.relationship_building, title
    assert a.kind not in DELEGABLE, a.kind
    assert a.reason, title


@pytest.mark.parametrize(
    "title",
    [
        "Call a review session with Jo next week",
        "Convene a planning session with Sarah",
        "Call a budget session with Priya on Friday",
    ],
)
def test_a_session_convened_with_someone_named_is_time_with_them(title: str) -> None:
    """A live occasion convened with a person named right after it (s32-notes) is the talk
    itself, the owner's whatever the model scores its words; its reason is time with people,
    not a phone call ("call" names the convening here)."""
    a = assess(title)
    assert a.relationship_building, title
    assert a.kind not in DELEGABLE, a.kind
    assert "real time" in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Call special meetings if necessary",
        "Call special meetings with members if necessary",
        "Call the meeting organiser about the room",
    ],
)
def test_a_meeting_convened_with_no_one_named_is_no_talk(title: str) -> None:
    a = assess(title)
    assert not a.relationship_building, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Write a recommendation on the new software",
        "Send Mrs Khan a formal reply to her complaint",
        "Call a meeting of the parish council with the clerk's help",
    ],
)
def test_the_edges_do_not_bring_false_alarms_back(title: str) -> None:
    """A recommendation on a product is no letter vouching for someone; a formal reply to a
    complaint is the procedure's, even to a person named; a meeting of a body is convened."""
    _no_evidence(title)
