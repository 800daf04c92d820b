"""Acts the session 23 start retrain lost, read by the verdict so that no retrain can lose them.

Each sat near the model's threshold and flipped when last session's held-out files became
tuning data: an update to particular people on their own case (convention 12), replies to
people written under the owner's name, a later call to the owner's own clients or donors, a
frank talk named by its compound ("heart-to-heart"), and a live occasion named alone as the
notes of a delegable task. Some rows of the data, given as the notes of an admin task, kept
the "could delegate" suggestion after the retrain; their families are read here too: what
"there will be" (nobody else's act), notes read as nothing that name a meeting, flirting,
door-knocking and calling in a favour. The tests below check the verdict's reading of each
(its predicates, not the score), with wordings written for these tests, not from the data.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import Reading, read
from planner.advisor.verdict import (
    _HELPS_SOMEONE,
    DELEGABLE,
    _a_form_of,
    _an_occasion_will_happen,
    _answers_in_my_name,
    _by_way_of_meetings,
    _calls_own_circle,
    _kind,
    _not_the_owners,
    _on_someones_body,
    _sure_act,
    _talks_as_me,
    _the_owners_state,
    _thing,
    _updates_them_on_their_case,
    judge,
    notes_leave_it_delegable,
)
from planner.advisor.vocabulary import TaskKind, VerdictWords
from planner.rules import assess, could_delegate
from tests.planner.flat_model import flat_model

LISTS = shipped().verdict


def _first(title: str) -> Reading:
    """The first reading of ``title``."""
    return read(shipped().vocab, title)[0]


@pytest.mark.parametrize(
    ("rule", "title"),
    [
        # telling someone of their own case (convention 12)
        (
            _updates_them_on_their_case,
            "Inform the new hire of what is expected of her in the first week",
        ),
        (
            _updates_them_on_their_case,
            "Advise the tenant of the steps we will take to fix the leak",
        ),
        (_updates_them_on_their_case, "Notify the claimant of the progress on her claim"),
        # replies to people under the owner's name
        (_answers_in_my_name, "Post replies to my followers in my name"),
        (_answers_in_my_name, "Write responses to readers' questions as me"),
        (_answers_in_my_name, "Send replies to the fan mail under my name"),
        # s29: short posts of conversation in the owner's voice, on nothing but themselves or
        # to people ("Tweet for me" fell below the threshold with more bags)
        (_talks_as_me, "Skeet for me"),
        (_talks_as_me, "Toot on my behalf every morning"),
        (_talks_as_me, "Tweet our fans as me"),
    ],
)
def test_a_weight_free_rule_makes_its_act_a_sure_act(
    rule: Callable[[Reading, VerdictWords], bool], title: str
) -> None:
    """Each rule holds on its own phrasings, and what it holds is a sure act (so it warns
    whatever the model's weights)."""
    r = _first(title)
    assert rule(r, LISTS), title
    assert _sure_act(r, LISTS), title


@pytest.mark.parametrize(
    "title",
    [
        "Inform staff of the fire drill on Friday",  # a fact told, no case of theirs
        "Remind clients of their appointment",
        "Inform all clients of our progress on the building works",  # news to everyone alike
    ],
)
def test_a_notice_of_a_fact_or_to_everyone_is_no_update_on_a_case(title: str) -> None:
    assert not _updates_them_on_their_case(_first(title), LISTS), title


@pytest.mark.parametrize(
    "title",
    [
        "Tweet the conference recap as me",  # a post to everyone, no one answered
        "Write replies to fans as me for my approval",  # drafts the owner approves
        "Post replies to followers",  # no name of the owner's: the model decides
    ],
)
def test_posts_in_my_name_to_no_one_or_for_approval_are_not(title: str) -> None:
    assert not _answers_in_my_name(_first(title), LISTS), title


@pytest.mark.parametrize(
    "title",
    [
        "Tweet the conference recap as me",  # a post about a thing, to everyone
        "Schedule tweets for me",  # the act is scheduling them
        "Tweet for me for my approval",  # drafts the owner approves
        "Skeet about the new menu",  # no name of the owner's: the model decides
    ],
)
def test_a_post_about_a_thing_prepared_or_not_in_my_name_is_no_talk_as_me(title: str) -> None:
    assert not _talks_as_me(_first(title), LISTS), title


@pytest.mark.parametrize(
    ("title", "later"),
    [
        ("File the receipts, then ring our regular customers", "ring our regular customers"),
        ("Close the books and phone the main sponsors", "phone the main sponsors"),
    ],
)
def test_a_later_call_to_the_owners_clients_is_a_call_with_them(title: str, later: str) -> None:
    readings = read(shipped().vocab, title)
    call = next(r for r in readings if r.verb is not None and later.startswith(r.verb.text))
    assert _calls_own_circle(call, LISTS), title


@pytest.mark.parametrize(
    ("title", "later"),
    [
        ("File the receipts, then ring the plumber", "ring the plumber"),  # a service
        ("Print the labels, then call the customers to confirm the address", "call"),  # a fact
    ],
)
def test_a_later_call_to_a_service_or_for_a_fact_is_not(title: str, later: str) -> None:
    readings = read(shipped().vocab, title)
    call = next(r for r in readings if r.verb is not None and later.startswith(r.verb.text))
    assert not _calls_own_circle(call, LISTS), title


@pytest.mark.parametrize(
    "title",
    ["Have a heart-to-heart with my sister about Dad", "A quick tête-à-tête with the new hire"],
)
def test_a_heart_to_heart_is_a_conversation(title: str) -> None:
    r = _first(title)
    assert any("conversation" in u.word.nclasses for u in r.units), r
    assert assess(title).relationship_building, title


@pytest.mark.parametrize("notes", ["Thursday lectures", "weekly webinars", "the monthly huddle"])
def test_notes_naming_a_live_occasion_alone_are_unsure(notes: str) -> None:
    assert not notes_leave_it_delegable(shipped(), notes), notes
    assert not could_delegate(assess("Tidy the shared drive", notes))


@pytest.mark.parametrize("notes", ["Thursday mornings", "the monthly budget"])
def test_notes_naming_a_time_or_a_thing_alone_keep_the_suggestion(notes: str) -> None:
    assert notes_leave_it_delegable(shipped(), notes), notes


@pytest.mark.parametrize(
    "notes",
    ["There will be a long talk with the new tenants", "there will be speeches after the meal"],
)
def test_what_there_will_be_is_nobody_elses_act(notes: str) -> None:
    """ "There | will be ...": the readers take "there" for the act, then a helper word, as
    they take a name ("Marco | will send it"); what will happen is nobody else's act."""
    m = shipped()
    r = read(m.vocab, notes)[0]
    assert not _not_the_owners(m, r, notes, LISTS), r
    marco = "Marco will send it to the printer"
    assert _not_the_owners(m, read(m.vocab, marco)[0], marco, LISTS)


def test_notes_read_as_nothing_that_name_an_occasion_are_unsure() -> None:
    m = shipped()
    assert not notes_leave_it_delegable(m, "Most weeks I'll have two or three intake meetings")
    assert notes_leave_it_delegable(m, "Most weeks I'll have two or three invoices")


@pytest.mark.parametrize(
    ("word", "family", "verb"),
    [
        ("flirt", "converse", True),  # talk with one person
        ("doorknock", "sell", True),  # canvassing at people's doors, as "canvass"
        ("favour", "asks", False),  # "call in a favour": asking for help
        ("favor", "asks", False),
    ],
)
def test_words_of_relationship_families(word: str, family: str, verb: bool) -> None:
    w = shipped().vocab.word(word)
    assert family in (w.vclasses if verb else w.nclasses), (word, w)


@pytest.mark.parametrize(
    "notes", ["A long conversation will follow the tasting", "The interview will last an hour"]
)
def test_an_occasion_that_will_happen_is_nobody_elses_act(notes: str) -> None:
    """As "there will be": the subject is the occasion, no one who acts instead of the owner
    ("Sam's interview will ..." or "the panel will ..." would be someone's)."""
    m = shipped()
    r = read(m.vocab, notes)[0]
    assert not _not_the_owners(m, r, notes, LISTS), r


@pytest.mark.parametrize("marker", ["flirtatious", "flirty", "conversationally"])
def test_words_of_a_personal_manner_mark_the_act_personal(marker: str) -> None:
    r = _first(f"Send {marker} messages to the regulars")
    assert "personal" in r.markers, r


# "could delegate" on relationship rows of PHO-12 (session 23): families of wording the readers
# leave without people, which the board must not advise away whatever the model scores


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Massage her shoulders before the race", True),  # someone's body: they are there
        ("Check the movement of his knees after the operation", True),
        ("Check the movement of the gate hinges", False),
        ("Book your haircut for Friday", False),  # booking it is diary admin
        ("Schedule his knee scan for next week", False),
    ],
)
def test_work_on_someones_body_is_read(title: str, body: bool) -> None:
    assert _on_someones_body(_first(title)) is body


@pytest.mark.parametrize(
    ("title", "thing"),
    [
        ("Keep up a presence among the regulars at the club", False),  # towards them
        ("Spread the budget among the three projects", True),
    ],
)
def test_an_act_among_people_is_no_work_on_a_thing(title: str, thing: bool) -> None:
    assert _thing(_first(title)) is thing


@pytest.mark.parametrize(
    ("title", "happens"),
    [
        ("The debate will take place in the hall", True),  # an occasion that will happen
        ("The weekly meetings are held on Mondays", True),
        ("Manage the evening's agenda", False),
        ("Tom would manage the evening's agenda", False),  # someone's act: the task is there
        ("Receipts are filed every Friday", False),  # a passive of a thing: plain admin
        ("Agendas for the board meetings are printed", False),  # the meetings are not the subject
        ("The meeting room is cleaned after each session", False),
        ("Make sure that calls and meetings are logged", False),
    ],
)
def test_an_occasion_that_will_happen_is_read(title: str, happens: bool) -> None:
    m = shipped()
    assert _an_occasion_will_happen(m, read(m.vocab, title)[0], title) is happens


@pytest.mark.parametrize(
    ("title", "helps"),
    [
        ("We help you pick the colours for the nursery", True),
        ("help them choose a venue", True),
        ("I'm helping her write her wedding speech", True),
        ("Help desk tickets: close the old ones", False),
        ("Use the checklist to help you plan the week", False),  # what the checklist is for
        ("Set up a shared calendar to help them see the rota", False),
    ],
)
def test_help_given_to_someone_is_read(title: str, helps: bool) -> None:
    assert (_HELPS_SOMEONE.search(title) is not None) is helps


@pytest.mark.parametrize(
    "title",
    [
        "The treasurer will file the receipts",  # someone's admin, still admin
        "Receipts are filed every Friday",
        "Printed agendas for the board meetings are posted to members",
        "Book your haircut for Friday",
    ],
)
def test_plain_admin_told_in_another_voice_keeps_its_suggestion(title: str) -> None:
    assert could_delegate(assess(title)), assess(title)


@pytest.mark.parametrize(
    ("title", "form_of"),
    [
        ("Lead a simple form of morning worship in the chapel", True),  # worship of a kind
        ("Teach an old form of folk dance to the juniors", True),
        ("Fill in the form for the grant", False),  # a paper form
        ("Fill in the consent form", False),
    ],
)
def test_a_form_of_something_is_read(title: str, form_of: bool) -> None:
    assert _a_form_of(_first(title)) is form_of


def test_a_form_of_something_is_no_paperwork() -> None:
    worship = _first("Lead a simple form of morning worship in the chapel")
    assert _kind(worship, worship.markers) is TaskKind.OTHER  # not the admin of a paper form
    assert could_delegate(assess("Fill in the form for the grant"))


@pytest.mark.parametrize(
    ("title", "state"),
    [
        ("the monthly team huddle so we are prepared for the quarter", True),
        ("I'm booked on the early train", True),
        ("Organise the files", False),
        ("Files are organised by date", False),  # no owner: a passive of a thing
    ],
)
def test_the_owners_state_is_no_act(title: str, state: bool) -> None:
    assert _the_owners_state(_first(title), title) is state


def test_the_owners_state_keeps_the_suggestion_off() -> None:
    assert not could_delegate(assess("the monthly team huddle so we are prepared for the quarter"))
    assert could_delegate(assess("Organise the files"))


@pytest.mark.parametrize(
    "title",
    [
        "Monitor the homeworkers through weekly calls",
        "Check progress through daily standups",
        "Oversee the remote bookkeepers via video calls",
    ],
)
def test_an_act_done_by_way_of_meetings_never_gets_the_suggestion(title: str) -> None:
    """s29: an act done through meetings or calls is time with whoever is in them, even when
    the readers know none of them as people ("teleworkers"): with a model sure that the words
    are admin, the board is still unsure (a PHO-12 relationship row, "Monitors teleworkers with
    regular meetings", got "could delegate" from a model trained with more bags)."""
    assert any(_by_way_of_meetings(r) for r in read(shipped().vocab, title)), title
    assert judge(flat_model(-6.0), title).kind not in DELEGABLE, title


@pytest.mark.parametrize(
    "title",
    [
        "Monitor stock levels with weekly checks",  # checks are no meeting
        "Record the webinar with Zoom",  # a recording, by a channel
        "Update the client list with this week's appointments",  # what is written down
    ],
)
def test_work_with_a_thing_or_on_a_meetings_record_keeps_the_suggestion(title: str) -> None:
    assert not any(_by_way_of_meetings(r) for r in read(shipped().vocab, title)), title
    assert judge(flat_model(-6.0), title).kind in DELEGABLE, title


@pytest.mark.parametrize(
    ("text", "warns"),
    [
        ("includes thanking each of our five biggest donors by phone", True),
        ("involves thanking every volunteer personally", True),
        ("includes filing the receipts", False),  # the included act is admin
        ("involves booking the venue for the gala", False),
    ],
)
def test_the_act_a_verb_of_containing_names_is_judged_as_the_task(text: str, warns: bool) -> None:
    """s29: "includes thanking each of our top ten clients by phone" (notes of "Monthly admin")
    scored just below the threshold with the model trained with more bags; the readers took
    the thanks for a thing included. The act after "includes" or "involves" is judged on its
    own, as notes and as a title, whatever the model weighs "includes"."""
    m = flat_model(-2.0)
    for notes in (True, False):
        assert (judge(m, text, notes=notes).kind.value == "relationship") is warns, (text, notes)
