"""Work towards particular people keeps its warning, however the task words it (review s22).

* A ready word ("the usual", "the standard") makes a sent text templated only when it goes to
  everyone of a kind: a card to one person the owner knows as themself (a name, a kin word used
  as one, "my little sister") is a personal gesture (convention 6), "the usual" one being the
  card the owner always sends them.
* Asking people to pass the owner on to more people ("to send my details to a friend") asks
  for a referral, which only their goodwill gives: not a chore asked (conventions 3 and 9).
* Supervising or training one particular person, or a learner, is managing one's own people
  (conventions 2 and 28); a bare "supervise staff" stays direction.
* Bad news told to particular people (their jobs, pay, contract or order lost) is a hard
  conversation the one responsible has; a notice of a fact ("Advise X of <fact>", convention
  43) and news sent to everyone at once are not.
* "My bank manager" is the bank's: the reason is a talk, not leading one's own people.
* Reminding someone of what they said they would do for the owner ("Remind my mentor of her
  promise to introduce me") asks for their help whatever the score; a notice of a fact, or of a
  chore they promised, is no ask (session 31).

The phrasings are written for these tests, not taken from any data file.
"""

from __future__ import annotations

import pytest

from planner.advisor import TaskKind, could_delegate
from planner.advisor.model import shipped
from planner.advisor.reading import read
from planner.advisor.verdict import _someone_elses, _sure_act
from planner.rules import assess


@pytest.mark.parametrize(
    "title",
    [
        "Send the usual birthday card to Grandma",
        "Send the usual birthday card to Uncle Ray",
        "Send the usual anniversary card to my little sister",
        "Send the usual thank-you card to Grandpa",
    ],
)
def test_the_usual_card_to_one_known_person_is_a_personal_gesture(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, a
    assert "usual" in a.reason and "personal gesture" in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Send the usual birthday card to Uncle Ray",
        "Send a get-well card to Aunt Jo",
        "Post the usual anniversary card to my big brother",
    ],
)
def test_a_card_to_one_known_person_is_a_sure_gesture(title: str) -> None:
    """Convention 6, whatever the model weighs "the usual" as (the session 24 retrain put the
    card to Uncle Ray below the threshold)."""
    assert _read_as_sure(title), title


@pytest.mark.parametrize(
    "title",
    [
        "Send birthday cards to all members",
        "Send the standard birthday card to every new member",
        "Send the usual invoice to Grandma",
    ],
)
def test_a_card_by_rule_or_a_thing_to_a_known_person_is_no_sure_gesture(title: str) -> None:
    assert not _read_as_sure(title), title


@pytest.mark.parametrize(
    "title",
    [
        "Send the standard thank-you letter to donors",
        "Email the usual welcome pack to new members",
        "Send the standard welcome email to my new clients",
        "Send the standard welcome email to the new member",
    ],
)
def test_the_usual_text_to_everyone_of_a_kind_stays_templated(title: str) -> None:
    assert not assess(title).relationship_building, assess(title)


def test_a_thing_sent_to_a_known_person_is_still_a_thing() -> None:
    a = assess("Send the usual invoice to Grandma")
    assert not a.relationship_building, a
    assert could_delegate(a), a


@pytest.mark.parametrize(
    "title",
    [
        "Ask a happy customer to send my details to a friend",
        "Ask the regulars to send my name to anyone they know",
    ],
)
def test_asking_people_to_pass_the_owner_on_is_a_referral_asked(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, a
    assert a.kind is TaskKind.RELATIONSHIP


@pytest.mark.parametrize(
    "title",
    [
        "Ask the client to send me the signed form",
        "Ask the tenant to send the meter reading to my assistant",
        "Ask the new hire to send us her bank details",
        "Ask the supplier to forward the invoice to our accountant",
    ],
)
def test_asking_for_a_document_sent_to_the_owner_stays_a_chore(title: str) -> None:
    assert not assess(title).relationship_building, assess(title)


@pytest.mark.parametrize(
    "title",
    [
        "Supervise my new apprentice",
        "Supervise Jo on the till this week",
        "Supervise the trainees on the floor",
        "Provide supervision of our intern",
        "Supervise Kai at the front desk",
        "Supervise Maria while she learns the booking system",
        "Supervise our apprentice on his first site visit",
        "Provide supervision of our new intern",
        "Train Kai on the coffee machine",
        "Mentor the apprentice through her first month",
    ],
)
def test_supervising_one_person_or_a_learner_is_managing_ones_people(title: str) -> None:
    """Conventions 28 and 2: a bare "supervise staff" directs the work; one particular person
    of the owner's, or people learning the work, supervised or trained, are managed as people
    (coached as they go). A sure act: it warns whatever the model's weights (the session 23
    retrain put "Supervise Jo on the till this week" below the threshold)."""
    assert _read_as_sure(title), title
    a = assess(title)
    assert a.relationship_building, a
    assert a.kind is TaskKind.RELATIONSHIP
    assert "leading the people who work for you" in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Supervise staff",
        "Supervise volunteers",
        "Supervise the team",
        "Supervise the contractors on site",
        "Supervise everyone on the late shift",
        "Supervise the cleaner on Thursdays",
        "Supervise the stewards at the gate",
        "Provide supervision of the catering crew",
    ],
)
def test_a_bare_supervise_of_a_group_stays_direction(title: str) -> None:
    assert not assess(title).relationship_building, assess(title)


@pytest.mark.parametrize("title", ["Train the dog to sit", "Train the chatbot on our price list"])
def test_training_an_animal_or_a_machine_is_no_person_led(title: str) -> None:
    assert not _read_as_sure(title), title


@pytest.mark.parametrize(
    "title",
    [
        "Write a speech for my daughter's wedding",
        "Write a toast for Dad's retirement party",
        "Draft my speech for our son's graduation dinner",
    ],
)
def test_a_talk_for_a_family_occasion_is_the_owners_own(title: str) -> None:
    """A person named with a possessive after "for" says whose occasion it is, not whose talk:
    the owner gives it, so the voice note and no suggestion."""
    a = assess(title)
    assert a.kind is TaskKind.VOICE, a
    assert a.voice_note, a
    assert not could_delegate(a), a


@pytest.mark.parametrize(
    "title", ["Write a speech for the new partner", "Write a toast for my review"]
)
def test_a_talk_for_someone_else_or_for_approval_gets_no_talk_note(title: str) -> None:
    assert assess(title).kind is not TaskKind.VOICE, assess(title)


@pytest.mark.parametrize(
    "title",
    [
        # her word to the owner, reminded: an ask whatever the score (verdict's
        # _reminded_of_their_word; a retrain once scored the shorter one under the line)
        "Remind my mentor of her promise to introduce me",
        "Remind my mentor of her promise to introduce me to her editor",
    ],
)
def test_a_mentor_reminded_of_her_promise_is_no_one_the_owner_leads(title: str) -> None:
    """Her promise to do something for the owner is help asked of her (convention 3), not a
    notice; "my mentor" is a person (not the act of mentoring), not one of the owner's people."""
    a = assess(title)
    assert a.relationship_building, a
    assert "leading the people" not in a.reason, a.reason
    assert a.reason.startswith("“Remind my mentor"), a.reason  # the act quoted, not "mentor"


def test_a_reminder_of_her_own_promise_is_a_sure_ask() -> None:
    """The reminder is the owner's whatever the model scores (:func:`_sure_act`); a notice of a
    fact is not."""
    m = shipped()
    (r,) = read(m.vocab, "Remind my mentor of her promise to introduce me")
    assert _sure_act(r, m.verdict)
    (r,) = read(m.vocab, "Remind clients of their appointment")
    assert not _sure_act(r, m.verdict)


@pytest.mark.parametrize(
    "title",
    [
        "Remind clients of their appointment",
        "Remind my accountant of his promise to send me the forms",
        "Remind the team of the deadline",
    ],
)
def test_a_reminder_of_a_fact_or_a_chore_promised_is_no_ask(title: str) -> None:
    """A notice of a fact, or of a chore someone said they would do (a word of `chores_asked`),
    is no help asked of them."""
    assert not assess(title).relationship_building, assess(title)


@pytest.mark.parametrize(
    "title",
    [
        "Talk to the bank manager",
        "Meet the bank manager",
        "Chat with the new tenant",
        "Meet the new vicar",
    ],
)
def test_a_talk_or_meeting_with_one_person_warns_whatever_the_score(title: str) -> None:
    """These sat near the model's threshold and moved with retrains: a talk or a meeting with one
    particular person is the owner's, read by the verdict, not weighed."""
    a = assess(title)
    assert a.relationship_building, a
    assert "leading the people" not in a.reason, a.reason
    assert _read_as_sure(title), title


@pytest.mark.parametrize("title", ["Talk to the plumber", "Meet the courier", "Talk to the bank"])
def test_a_talk_with_a_supplier_or_a_firm_is_left_to_the_model(title: str) -> None:
    assert not _read_as_sure(title), title


def _read_as_sure(title: str) -> bool:
    """Does the verdict read an act of the title as the owner's whatever the score?"""
    m = shipped()
    return any(_sure_act(r, m.verdict) for r in read(m.vocab, title))


@pytest.mark.parametrize(
    "title",
    [
        "Tell the warehouse staff about the layoffs",
        "Explain the pay cut to the warehouse crew",
        "Break the news of the cancelled order to Mrs Alvarez",
        "Deliver the bad news to the Okafors",
    ],
)
def test_bad_news_told_to_particular_people_is_the_owners(title: str) -> None:
    assert _read_as_sure(title), title
    a = assess(title)
    assert a.relationship_building, a
    assert "telling people yourself" in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Announce the redundancies in the staff newsletter",
        "Inform staff of the office closure",
        "Tell the team about the new coffee machine",
    ],
)
def test_bad_news_sent_to_all_or_noticed_or_no_bad_news_is_no_sure_act(title: str) -> None:
    assert not _read_as_sure(title), title


@pytest.mark.parametrize(
    "title",
    [
        "Advise the buyer of their cancellation rights",
        "Advise the tenant of the notice period",
        "Inform the client of their right to complain",
    ],
)
def test_advising_someone_of_a_fact_is_a_notice(title: str) -> None:
    """Convention 43: "Advise X of <fact>" notices a fact (0); counsel on what to do is 1."""
    a = assess(title)
    assert not a.relationship_building, a


@pytest.mark.parametrize(
    ("title", "theirs"),
    [
        ("Talk to my bank manager", True),
        ("Meet our agency rep", True),
        ("Thank our hotel staff", False),
        ("Talk to our venue team", False),
    ],
)
def test_one_role_at_a_suppliers_firm_is_the_firms(title: str, theirs: bool) -> None:
    """A possessive before a supplier's firm ("my bank", "our venue") makes a group there the
    owner's own staff, but one person there is the firm's, whom the owner deals with."""
    m = shipped()
    r = read(m.vocab, title)[0]
    assert _someone_elses(r, r.obj[-1], m.verdict) is theirs, title


@pytest.mark.parametrize("title", ["Talk to my bank manager", "Meet our agency rep"])
def test_a_talk_with_a_suppliers_person_has_no_leading_reason(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, a
    assert "leading the people" not in a.reason, a.reason
