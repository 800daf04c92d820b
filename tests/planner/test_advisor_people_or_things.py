"""The advisor tells people from things where a warning depends on it (session 16).

- A teaching act (train, coach, onboard, mentor, teach) done to a machine or an animal leads
  nobody: "Train the spam filter on last month's mail" is setup. Done to people it stays the
  owner's leading of their own people, people named by their trade too ("Mentor the software
  engineers"), whatever a retrain scores.
- A title of one word for people, or one word for what people give ("Staff", "Suppliers",
  "Testimonials"), rests on no act, so it does not warn; a word that names an act between
  people ("Apologies", "Negotiation") still does.
- A title with no act that names a thing made about people ("Donor journey map") does not warn;
  one whose words name an act between people ("Client calls") still does.
- Contact with one person named as a person, by initials or a title before the name ("Ring
  Mrs. Okonjo", "Meet A. B. Osei about the lease"), warns whatever a retrain scores; a name
  alone may be a firm's ("Call Geico to cancel the policy"), and the model decides that.
- A reply to one person about a matter is the owner's own answer ("Get back to the landlord about
  the deposit"); working a loose thing out with someone the title calls upset is repair work
  ("Work things out with the angry neighbour"), and so is settling a grievance with someone
  ("Settle the disagreement with the neighbour", "Clear up the dispute with our wholesaler"; not
  logging or filing it, nor talking it over with colleagues, nor clearing up a backlog). These
  hold whatever a retrain scores.
- What people are allowed to do is a rule, not a task ("Volunteers are allowed to bring a
  guest"); notes that only ask to be told ("text me when it arrives") and drafts for the
  owner's approval do not warn; arranging something for a relationship act ("Book a table to
  thank the Wrights") is never suggested for delegation.
"""

from __future__ import annotations

import pytest

from planner.advisor import TaskKind, could_delegate
from planner.rules import assess


@pytest.mark.parametrize(
    "title",
    [
        "Train the spam filter on last month's mail",
        "Retrain the classifier on the new labels",
        "Coach the AI agent with better examples",
        "Onboard the new CRM system",
        "Train the puppy to sit",
        "Mentor the support bot through the new macros",
        "Teach the chatbot our refund policy",
    ],
)
def test_teaching_a_machine_or_an_animal_is_no_leading(title: str) -> None:
    a = assess(title)
    assert not a.relationship_building, a.reason
    assert a.kind is not TaskKind.RELATIONSHIP


@pytest.mark.parametrize(
    "title",
    [
        "Train the new hire on the CRM system",
        "Coach the junior designer on our style guide",
        "Onboard the new sales rep",
        "Mentor our newest volunteer",
        "Train staff on the new booking app",
    ],
)
def test_teaching_people_is_still_leading_them(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, a
    assert "leading the people who work for you" in a.reason, a.reason
    assert not could_delegate(a)


@pytest.mark.parametrize(
    "title",
    [
        "Train the machine operators on the new press",
        "Mentor the software engineers",
        "Onboard the new app team",
    ],
)
def test_people_whose_job_names_a_machine_are_people(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, a
    assert not could_delegate(a)


@pytest.mark.parametrize(
    "title",
    [
        "Mentor the software engineers",
        "Coach the payroll clerks",
        "Mentor the database administrators",
    ],
)
def test_teaching_people_named_by_their_trade_is_leading_whatever_the_score(title: str) -> None:
    """Coaching, mentoring or training people named by what they do is leading them, whatever
    a retrain scores the words of their trade ("software", "payroll": things of setup and
    admin work; the start retrain of session 21 scored the first -0.8)."""
    a = assess(title)
    assert a.relationship_building, a
    assert "leading the people who work for you" in a.reason, a.reason
    assert not could_delegate(a)


@pytest.mark.parametrize("title", ["Staff", "Suppliers", "Volunteers", "Partners", "Testimonials"])
def test_one_word_for_people_is_no_warning(title: str) -> None:
    a = assess(title)
    assert not a.relationship_building, a.reason


@pytest.mark.parametrize("title", ["Apologies", "Negotiation", "Networking"])
def test_one_word_for_an_act_between_people_still_warns(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, a
    assert not could_delegate(a)


@pytest.mark.parametrize(
    "title",
    ["Donor journey map", "Member onboarding checklist", "Supplier contact spreadsheet"],
)
def test_a_thing_made_about_people_is_no_warning(title: str) -> None:
    a = assess(title)
    assert not a.relationship_building, a.reason


@pytest.mark.parametrize(
    "title", ["Client calls", "Customer complaints", "Supplier negotiations", "Client lunch"]
)
def test_people_words_beside_an_act_still_warn(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, a
    assert not could_delegate(a)


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        ("Ring Mrs. Okonjo", "“Ring Mrs. Okonjo”"),
        ("Phone Mrs. Reyes about the referral letter", "“Phone Mrs. Reyes"),
        ("Meet A. B. Osei about the lease", "“Meet A. B. Osei”"),
        ("Call T. S. Marlow", "“Call T. S. Marlow”"),
    ],
)
def test_contact_with_a_person_named_as_one_warns(title: str, quoted: str) -> None:
    a = assess(title)
    assert a.relationship_building, a
    assert quoted in a.reason, a.reason
    assert not could_delegate(a)


@pytest.mark.parametrize(
    "title",
    [
        "Call Geico to cancel the policy",
        "Email Dr. Okafor the invoice",
        "Call Dr. Lee to book the scan",
        "Call Dr. Jones about my prescription",
    ],
)
def test_a_name_alone_or_an_errand_is_not_made_sure(title: str) -> None:
    a = assess(title)
    assert not a.relationship_building, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Get back to the landlord about the deposit",
        "Answer the tenant about the boiler repairs",
        "Write back to the donor about the gala",
        "Respond to Mrs. Hale about her order",
    ],
)
def test_a_reply_to_someone_about_a_matter_warns(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, a
    assert "answering people" in a.reason, a.reason
    assert not could_delegate(a)


@pytest.mark.parametrize("title", ["Answer the survey about the venue"])
def test_an_answer_to_a_thing_is_not_made_sure(title: str) -> None:
    a = assess(title)
    assert not a.relationship_building, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Settle the disagreement with the neighbour",
        # "clear up" is one act, as "sort out" is (its object the dispute, not a phrase of "up")
        "Clear up the dispute with our wholesaler",
        "Clear up the billing dispute with the landlord",
        "Work things out with the angry neighbour",
        "Sort out the issues with the disgruntled tenant",
        "Clear up the misunderstanding with the frustrated supplier",
    ],
)
def test_working_things_out_with_someone_upset_warns(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, a
    assert "repairing" in a.reason, a.reason
    assert not could_delegate(a)


@pytest.mark.parametrize(
    "title",
    [
        "Share the refund form with the angry client",
        "Sort the files with the upset bride",
        "Sort things out with the bride",
        "Clear up the backlog with the new intern",
        "Clear up the spreadsheet errors with the bookkeeper",
    ],
)
def test_a_thing_shared_or_nobody_upset_is_not_repair(title: str) -> None:
    a = assess(title)
    assert "repairing" not in a.reason, a.reason


@pytest.mark.parametrize(
    "title", ["Log the dispute with the bank", "File the complaint with the council"]
)
def test_a_grievance_recorded_or_filed_is_not_repair(title: str) -> None:
    a = assess(title)
    assert "repairing" not in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Volunteers are allowed to bring a guest to the gala",
        "Staff are not permitted to accept gifts from clients",
        "Interns are allowed to sit in on client calls",
        # written in capitals or with more than one space: the same rule (the check was asked
        # only of titles holding "llowed to" / "ermitted to" as written until the reader's
        # words were used for it)
        "Staff Are Allowed To Attend The Networking Lunch",
        "Volunteers are PERMITTED TO greet guests at the door",
        "Employees are allowed  to join the networking lunch",
        "Staff are allowed\tto meet the clients at the fair",
    ],
)
def test_what_people_are_allowed_to_do_is_a_rule_not_a_task(title: str) -> None:
    a = assess(title)
    assert not a.relationship_building, a.reason
    assert not could_delegate(a)


def test_asking_whether_we_are_allowed_is_still_asking() -> None:
    assert assess("Ask the client whether we are allowed to use their logo").relationship_building


@pytest.mark.parametrize(
    ("title", "notes"),
    [
        ("Order the printer paper", "text me when it arrives"),
        ("Collect the parcels", "call us if anything is damaged"),
    ],
)
def test_notes_that_only_ask_to_be_told_do_not_warn(title: str, notes: str) -> None:
    assert not assess(title, notes).relationship_building


@pytest.mark.parametrize(
    "title",
    [
        "Draft a reply to the furious tenant for my approval",
        "Prepare an answer to the upset client for me to approve",
    ],
)
def test_a_draft_for_approval_to_someone_upset_is_drafting(title: str) -> None:
    assert not assess(title).relationship_building


@pytest.mark.parametrize(
    "title",
    [
        "Book a table at the bistro to thank the Wrights",
        "Arrange a coffee with the new landlord to introduce ourselves",
    ],
)
def test_arranging_for_a_relationship_act_is_never_suggested(title: str) -> None:
    assert not could_delegate(assess(title))
