"""Keeping people told of their own case, and reading gaps of words and names (session 25, miss).

Convention 53: a person keeping a customer informed about their own job, case or order
(including that it is delayed) is the owner's; a report or a newsletter is not. "keep <people>
informed / updated / posted / up to date / in the loop" is that telling, whatever the model
weighs its words. The other cases are gaps of the readers: a word written with a hyphen
("lay-offs", "re-sync"), a name after a verb that is also a noun ("Coach Priya"), "her" as the
person acted on, "my manager" as the one the owner answers to, and trips to shops. The wordings
are written here for the tests, not rows of the data sets.
"""

from __future__ import annotations

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import read
from planner.rules import assess, could_delegate


@pytest.mark.parametrize(
    "title",
    [
        "Keep the homeowner informed about the progress of their extension",
        "Keep each patient updated on their treatment",
        "Keep the bride and groom posted on any delays to their cake",
        "Keep tenants up to date on the progress of their repair",
        "Keep the client in the loop about problems with their order",
    ],
)
def test_keeping_people_told_of_their_own_case_warns_as_telling(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert "telling people yourself" in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Keep investors posted on the project's risks via the monthly report",
        "Keep the customer updated on progress with a weekly summary",
        "Keep the tenant posted on their repair through the monthly newsletter",
        "Keep all customers informed of progress in the newsletter",
        "Keep the CRM updated with each client's progress",
        "Keep the supplier list up to date",
    ],
)
def test_a_report_a_newsletter_or_a_record_kept_up_to_date_does_not_warn(title: str) -> None:
    a = assess(title)
    assert not a.relationship_building, a.reason


def test_the_reason_quotes_the_keeping_whole() -> None:
    a = assess("Keep landlords up to date on the progress of their claim")
    assert a.reason.startswith("\u201cKeep landlords up to date"), a.reason


def test_a_delay_told_to_one_person_is_of_their_own_case() -> None:
    a = assess("Keep the buyer informed about delays to their delivery")
    assert a.relationship_building and "telling people yourself" in a.reason, a.reason


@pytest.mark.parametrize(
    ("title", "word"),
    [("Announce the lay-offs to the warehouse crew in person", "lay-offs")],
)
def test_a_word_written_with_a_hyphen_is_one_word(title: str, word: str) -> None:
    r = read(shipped().vocab, title)[0]
    assert [u.word.key for u in r.obj] == ["layoff"], r
    assert word in assess(title).reason


def test_bad_news_written_with_a_hyphen_is_still_bad_news() -> None:
    a = assess("Tell Dana about the lay-offs")
    assert a.relationship_building, a.reason
    assert "telling people yourself" in a.reason


def test_re_before_a_verb_is_the_act_again_not_a_heading() -> None:
    (r,) = read(shipped().vocab, "Re-sync the shared calendar")
    assert r.verb is not None and r.verb.word.key == "sync", r
    assert "Re-send" in assess("Re-send the invoice to accounts").matched


def test_a_phrase_written_with_a_hyphen_stays_a_phrase() -> None:
    (r,) = read(shipped().vocab, "Book a follow-up call with Dana")
    assert "follow up" in [u.word.key for u in r.obj], r
    assert not assess("Book a follow-up call with Dana").relationship_building


@pytest.mark.parametrize("title", ["Coach Anita before her first sales call", "Mentor Priya"])
def test_a_verb_that_is_also_a_noun_before_a_given_name_is_the_act(title: str) -> None:
    (r,) = read(shipped().vocab, title)
    assert r.verb is not None, r
    a = assess(title)
    assert a.relationship_building and "leading the people" in a.reason, a.reason


@pytest.mark.parametrize("title", ["Mentor her", "Coach her on handling refunds"])
def test_her_with_no_noun_after_it_is_the_person(title: str) -> None:
    (r,) = read(shipped().vocab, title)
    assert [u.word.key for u in r.obj] == ["her"], r
    assert assess(title).relationship_building


def test_her_before_a_noun_is_whose() -> None:
    (r,) = read(shipped().vocab, "Email her invoice to accounts")
    assert [u.word.key for u in r.obj] == ["invoice"], r


def test_my_manager_is_the_one_the_owner_answers_to() -> None:
    a = assess("Have a chat with my supervisor about the move")
    assert a.relationship_building
    assert "leading the people" not in a.reason, a.reason
    # the owner's own managers are still led
    assert "leading the people" in assess("Coach my managers on giving feedback").reason


@pytest.mark.parametrize(
    "title",
    ["Go to Tesco", "Drive to Argos for printer paper", "Go to the barber", "Go to the baker"],
)
def test_a_trip_to_a_shop_is_an_errand(title: str) -> None:
    a = assess(title)
    assert not a.relationship_building, a.reason


@pytest.mark.parametrize("title", ["Go to Maria's for dinner", "Go to Mrs Okafor's"])
def test_a_trip_to_a_person_is_not(title: str) -> None:
    assert assess(title).relationship_building


def test_a_shop_errand_is_no_relationship_but_a_deal_with_the_shop_still_is() -> None:
    a = assess("Negotiate the Christmas order with the butcher")
    assert a.relationship_building and not could_delegate(a), a.reason


def test_kept_told_by_a_call_is_still_telling_them() -> None:
    """A call is no text made ahead: keeping one customer told of their progress by phone warns."""
    a = assess("Keep the customer updated on progress with a weekly call")
    assert a.relationship_building, a
