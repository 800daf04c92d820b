"""Titles the model is sure of that had nothing the verdict would show, now with a real reason.

Of PHO-12's relationship rows scored above the line, some were dropped though their words say
plainly why the owner is needed: a live meeting of selling named by its noun alone ("Demos",
"Consultations"), and people taught the rules of what they learn ("Instruct individuals or
groups in sports rules"), which the moderation check read as rule-breakers. These tests use a
model whose every reading scores the same, so they hold whatever the shipped weights are; the
near neighbours that must stay refused are checked at the same sure score.
"""

from __future__ import annotations

import pytest

from planner.advisor import verdict
from planner.advisor.verdict import assessment, judge
from tests.planner.flat_model import flat_model as _model

_RELATIONSHIP = "relationship"
SURE = verdict._STRONG + 1.0


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        ("Demos", "Demos"),
        ("Consultations", "Consultations"),
        ("Discovery Calls", "Discovery Calls"),
        ("Sales calls", "Sales calls"),
        ("The Pitch", "Pitch"),
    ],
)
def test_a_live_meeting_of_selling_alone_is_selling(title: str, quoted: str) -> None:
    m = _model(SURE)
    j = judge(m, title)
    assert j.kind == _RELATIONSHIP, title
    assert j.family == "sell"
    assert j.act == quoted
    reason = assessment(m, j).reason
    assert f"“{quoted}”" in reason and "selling" in reason


@pytest.mark.parametrize(
    "title",
    [
        "Meeting",  # live, with anyone
        "Call",
        "Events",
        "Webinar",  # live, of no selling
        "Sales",  # selling, nothing held live
        "Quotes",
        "Proposal",
    ],
)
def test_a_loose_word_of_an_occasion_or_a_sale_stays_unshown(title: str) -> None:
    assert judge(_model(SURE), title).kind != _RELATIONSHIP, title


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        (
            "Instruct individuals or groups in sports rules, game strategies, and performance"
            " principles",
            "Instruct individuals or groups",
        ),
        ("Coach players on the rules of the game", "Coach players"),
    ],
)
def test_people_taught_the_rules_are_taught_not_policed(title: str, quoted: str) -> None:
    m = _model(SURE)
    j = judge(m, title)
    assert j.kind == _RELATIONSHIP, title
    assert j.act.startswith(quoted)
    assert f"“{quoted}" in assessment(m, j).reason


@pytest.mark.parametrize(
    "title",
    [
        "Warn members who break the rules",  # rule-breakers: moderation
        "Remind offenders of the rules",
        "Instruct the chatbot on the rules",  # a machine set up
        "provide education to all workers on the site about the health and safety rules",
        "Enforce the rules with new members",
    ],
)
def test_rules_enforced_or_told_to_a_machine_stay_refused(title: str) -> None:
    assert judge(_model(SURE), title).kind != _RELATIONSHIP, title


@pytest.mark.parametrize(
    "title",
    [
        "Instruct individuals or groups in sports rules",
        "Educate customers on product usage, benefits, and troubleshooting",
        "instructing patients in all areas of treatment",
    ],
)
def test_teaching_people_by_a_verb_of_no_family_is_the_owners_help(title: str) -> None:
    m = _model(SURE)
    j = judge(m, title)
    assert j.kind == _RELATIONSHIP, title
    assert j.family == "help"
    assert "your own help" in assessment(m, j).reason


def test_teaching_by_a_leading_verb_keeps_its_reason() -> None:
    # "train" is a verb of leading people: its warning's family is not moved to help
    j = judge(_model(SURE), "Train any Club members to whom website maintenance was delegated")
    assert j.kind == _RELATIONSHIP
    assert j.family != "help"
