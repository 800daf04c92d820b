"""The owner's act after an opening phrase (session 32, miss).

Prose and service standards often open with a phrase of when or of which cases, then give the
owner's act with the owner as its subject: "In the morning, I call my top clients", "During the
planning meeting we'll discuss ...", "At all stages of the process, we will keep you informed".
Read whole, the owner as a subject cut everything after it off as background, and the reading
had no act at all (189 of the 231 labelled rows of that form). A condition opened by "where"
at a clause's start ("Where the matter is protracted, we will update you ...", "Where
appropriate, notify ...") is an opener as "if" is one; after a verb "where" names a place ("show
you where the files are") and opens nothing (session 33). The wordings are written here for the
tests, not rows of the data sets. A duty sentence opened by "it's" reads as one opened by "it is",
and an adverb no list knows may come between "to" and the duty's act ("It is the celebrant's job
to gently ask ...", session 34).
"""

from __future__ import annotations

import pytest

from planner.rules import assess

from .test_advisor_reading import _acts


@pytest.mark.parametrize(
    ("title", "verb", "head"),
    [
        ("In the morning, I call my top clients", "call", "client"),
        ("In the morning I call my top clients", "call", "client"),
        ("On Mondays, we meet with the new volunteers", "meet with", "volunteer"),
        ("During the planning meeting we'll discuss the order of service", "discuss", "order"),
        ("After lunch, I phone the families who asked for a callback", "phone", "family"),
        ("At all stages of the claim, we will keep you informed", "keep", "inform"),
        ("For complex cases, we'll keep you updated on the progress", "keep", "update"),
    ],
)
def test_the_owners_act_after_an_opening_phrase_is_read(title: str, verb: str, head: str) -> None:
    assert _acts(title)[0] == (verb, head)


def test_a_connective_after_the_comma_is_no_act_of_its_own() -> None:
    title = "In busy periods this may take longer, however we will update you every week"
    assert _acts(title)[0] == ("update", "customer")


@pytest.mark.parametrize(
    ("title", "verb", "head"),
    [
        ("Where the repair is delayed, we will update you every week", "update", "customer"),
        ("Where appropriate, notify the relevant line manager", "notify", "manager"),
        ("Where possible, call the customer back the same day", "call", "customer"),
    ],
)
def test_a_condition_opened_by_where_is_not_the_act(title: str, verb: str, head: str) -> None:
    assert _acts(title)[0] == (verb, head)


@pytest.mark.parametrize(
    ("title", "verb", "head"),
    [
        # after a verb, "where" names a place and opens nothing (session 33): the act is before it
        ("Show the new starter where the files are, then email the client", "show", "starter"),
        ("Ask the guest where they would like to sit, then call the caterer", "ask", "guest"),
    ],
)
def test_where_after_a_verb_opens_no_condition(title: str, verb: str, head: str) -> None:
    assert _acts(title)[0] == (verb, head)


@pytest.mark.parametrize(
    ("title", "verb", "head"),
    [
        # no owner as a subject: read as before
        ("In the morning, check the supplier invoices", "check", "invoice"),
        ("After the meeting, send the minutes to the board", "send", "minutes"),
        # the owner's clause before the comma only says which people; the act is after it
        ("For the clients we serve, print the monthly statements", "", ""),
    ],
)
def test_an_opening_phrase_without_the_owners_clause_reads_as_before(
    title: str, verb: str, head: str
) -> None:
    assert (verb, head) in _acts(title)
    assert ("serve", "") not in _acts(title)


@pytest.mark.parametrize(
    ("title", "verb", "head"),
    [
        ("It shall be the duty of the Chair to preside at all meetings", "preside", "meeting"),
        (
            "It is our President's responsibility to preside over the meetings",
            "preside over",
            "meeting",
        ),
        ("It is the celebrant's job to offer ideas to the couple", "offer", "idea"),
        ("It is your job to pay the sales tax monthly", "pay", "tax"),
        # session 34: an adverb no list knows between "to" and the act, and "it's"
        ("It is the celebrant's job to gently ask the couple about their story", "ask", "couple"),
        ("It's the host's job to warmly welcome every guest", "welcome", "guest"),
        ("It's your job to pay the sales tax monthly", "pay", "tax"),
    ],
)
def test_it_is_someones_duty_to_act_reads_the_act(title: str, verb: str, head: str) -> None:
    assert _acts(title)[0] == (verb, head)


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        ("It is the celebrant's job to gently ask the couple about their story", "ask the couple"),
        ("It's the host's job to warmly welcome every guest", "welcome every guest"),
    ],
)
def test_the_duty_is_quoted_from_its_act(title: str, quoted: str) -> None:
    found = assess(title)
    assert found.relationship_building, title
    assert f"“{quoted}" in found.reason, found.reason


@pytest.mark.parametrize(
    "title",
    [
        "It is time to call the client",
        "It is important to thank donors",
        "It is the job of the treasurer",
    ],
)
def test_it_is_without_a_duty_and_an_act_reads_as_before(title: str) -> None:
    assert _acts(title)[0][0] == "be"


@pytest.mark.parametrize(
    "title", ["It's time to call the client", "It's important to thank donors"]
)
def test_its_without_a_duty_reads_as_before(title: str) -> None:
    assert _acts(title)[0][0] in ("", "time"), _acts(title)


@pytest.mark.parametrize(
    ("title", "verb", "head"),
    [
        ("The duties of the President shall be to conduct meetings", "conduct", "meeting"),
        ("The Secretary shall be responsible for keeping the minutes", "keep", "minutes"),
        # as before: "is" with no modal
        ("Your first job is to get to know your team", "get to know", "team"),
    ],
)
def test_a_duty_after_a_modal_and_be_is_the_act(title: str, verb: str, head: str) -> None:
    assert _acts(title)[0] == (verb, head)
