"""Training in a procedure is a briefing (convention 92; s32, false alarms of the pseudo-held-out
files).

Training whose named subject is a procedure, policy, protocol, form, rule or safety routine
("Train staff on new tools and processes", "Train care assistants in the documentation of
activities", both tune rows at 0) is a briefing, not leading one's people, whoever is trained.
Training stays the owner's when the title names development, a skill, "how to", the job,
another act of leading (hiring, supervising), people in its subject (complaints, customers), or
customers trained (a class), and when its subject is no procedure (the pricing, a system).
The wordings are written here for the tests, not rows of the data sets, except where a comment
names the row.
"""

from __future__ import annotations

import pytest

from planner.rules import assess


@pytest.mark.parametrize(
    "title",
    [
        "Train staff on new tools and processes",  # tune-hdk
        "Train care assistants in the documentation of activities",  # tune-hdg
        "Provide the necessary training on regulations and ethical practices",  # tune-hdk
        "Train new hires on protocols",
        "Train the volunteers on our safeguarding policy",
        "Training on general office procedures",
    ],
)
def test_training_in_a_procedure_does_not_warn(title: str) -> None:
    a = assess(title)
    assert not a.relationship_building, (title, a.reason)


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Hire, train, and educate staff on proper event procedures", "staff"),
        ("Train and develop the team on our refund procedures", "develop"),
        ("Train staff on handling customer complaints", "Train staff"),
        ("Train staff on how to handle the new returns process", "Train staff"),
        ("Train the sales team on our pricing", "Train the sales team"),
        ("Train Ana on the booking system", "Train Ana"),
        ("Train new volunteers", "Train new volunteers"),
    ],
)
def test_training_in_more_than_a_procedure_still_warns(title: str, words: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert words in a.reason, (title, a.reason)


@pytest.mark.parametrize(
    "title",
    [
        "Train staff on conflict resolution policy",
        "Train volunteers on the complaints process",
        "Train my team on our feedback process",
        "Train staff in the sales process",
        "Train the team on our negotiation protocol",
    ],
)
def test_training_in_the_procedure_of_relationship_work_still_warns(title: str) -> None:
    # how to deal with people (complaints, feedback, selling, negotiating) is no briefing,
    # whatever procedure names it (convention 92)
    a = assess(title)
    assert a.relationship_building, title
    assert "leading the people who work for you" in a.reason, (title, a.reason)


@pytest.mark.parametrize(
    "title",
    [
        "Train staff on the booking process",
        "Train volunteers on the expenses policy",
        "Train staff on the email filing procedure",
    ],
)
def test_training_in_a_desk_procedure_still_does_not_warn(title: str) -> None:
    a = assess(title)
    assert not a.relationship_building, (title, a.reason)
