"""Routine courtesies of a counter or a door (convention 63; s29, false alarms of the
pseudo-held-out files).

Greeting, welcoming or thanking whoever a counter serves at every arrival or departure, or within
a set time, is a service standard (reception), not a welcome to particular people: the reason "a
personal gesture" did not fit it. A newcomer, a regular, a name, a personal touch or people of
one's own circle (members, volunteers) keep the warning, and so does a greeting with no arrival
or set time said. Since s30 a greeting of the people a trade serves, all alike ("greets
customers", "I greet all my customers", "customer greeting"), is reception with no time said too;
one client ("Greet the client") and a community's welcome ("Greet worshippers") keep the warning.
Since s32 (convention 91: a desk's greeting of all comers is reception) patients are people a
trade serves too ("Greeting patients in a welcoming manner"), and one caller is every caller
("Politely greet the caller"); a new patient, a named caller or a greeting joined with the
conversation keeps the warning. The wordings are written here for the tests, not rows of the
data sets, except where a comment names the row.
"""

from __future__ import annotations

import pytest

from planner.rules import assess, could_delegate


@pytest.mark.parametrize(
    "title",
    [
        "Greet diners when they arrive",
        "Welcome shoppers as they enter the store",
        "Thank passengers as they leave the boat",
        "Greet every caller within 20 seconds",
        "Greet visitors upon arrival at the gallery",
    ],
)
def test_a_courtesy_to_every_arrival_does_not_warn(title: str) -> None:
    a = assess(title)
    assert not a.relationship_building, (title, a.reason)
    assert not could_delegate(a), (title, a.kind)


@pytest.mark.parametrize(
    "title",
    [
        "Greet new clients when they arrive",
        "Greet the regulars by name as they come in",
        "Welcome volunteers as they arrive for the first shift",
        "Greet members as they arrive at the club night",
        "Thank the Patels personally as they leave",
        "Greet the client",
    ],
)
def test_a_welcome_to_particular_people_still_warns(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, title


@pytest.mark.parametrize(
    "title",
    [
        "Greets customers",
        "Customer greeting",
        "I greet all my customers",
        "Greeting diners with a smile",
        "Greet patrons at the bar",
    ],
)
def test_greeting_whoever_a_trade_serves_does_not_warn(title: str) -> None:
    """Greeting the people a trade serves, all alike (plural, every one, or the kind named
    before the greeting), is a counter's greeting of whoever comes (convention 63), with or
    without the time of their arrival said."""
    a = assess(title)
    assert not a.relationship_building, (title, a.reason)
    assert not could_delegate(a), (title, a.kind)


@pytest.mark.parametrize(
    "title",
    [
        "Greet the client",  # one client, whom the owner may see
        "Greet our regular customers",
        "Greet new customers by name",
        "Greet worshippers at the door",  # a community's welcome, not a trade's
        "Greet customers and answer their questions",
    ],
)
def test_greeting_particular_people_or_more_than_a_greeting_still_warns(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert a.reason, title


@pytest.mark.parametrize(
    "title",
    [
        "Greeting patients in a welcoming manner",  # tune-hdi, a clinic desk's duties
        "Greet every patient warmly",  # tune-hcg, a receptionist's job
        "Greet patients at the front desk",
        "Politely greet the caller",  # tune-hdj, a phone script's step
        "Greet the caller politely and professionally",
    ],
)
def test_a_desk_greeting_of_patients_or_callers_does_not_warn(title: str) -> None:
    """Patients greeted alike at a desk, and the caller of a phone script (whoever rings), are
    reception (convention 91), as customers are (convention 63)."""
    a = assess(title)
    assert not a.relationship_building, (title, a.reason)
    assert not could_delegate(a), (title, a.kind)


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Greet the patient", "Greet the patient"),  # one patient, whom the owner may see
        ("Greet the new caller", "new caller"),
        ("Greet patients and ask about their week", "ask"),
        ("Thank the caller", "Thank the caller"),  # thanks, not a greeting
        ("Call the patient", "Call the patient"),
    ],
)
def test_a_particular_patient_or_caller_or_more_than_a_greeting_still_warns(
    title: str, words: str
) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert words in a.reason, (title, a.reason)
