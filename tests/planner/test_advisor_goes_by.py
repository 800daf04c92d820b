"""What an act goes by, read apart from whom it is for (s28, reasons cut short).

"based on", "depending on" and "according to" say what the act goes by: the words before them
are whom or what it acts on, and "based" is no part of them. Reasons quoted "Recommend wines to
diners based" (the verb's participle kept with the people), and "customers based on their needs"
was read as the noun "customer base". A noun phrase does not end on a verb's past form its own
key does not spell; a phrase that is a verb keeps its past ("followed up"), and the noun said as
itself ("the customer base") stays one. The wordings are written here for the tests, not rows of
the data sets.
"""

from __future__ import annotations

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import units
from planner.rules import assess


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        ("Recommend wines to diners based on their tastes", "“Recommend wines to diners”"),
        ("Advise clients based on their budget", "“Advise clients”"),
        (
            "Recommend treatments to clients according to their skin type",
            "“Recommend treatments to clients”",
        ),
        ("Advise each client depending on their budget", "“Advise each client”"),
    ],
)
def test_the_reason_quotes_the_act_without_what_it_goes_by(title: str, quoted: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert quoted in a.reason, a.reason
    for word in ("based", "according", "depending"):
        assert f"{word}”" not in a.reason, a.reason


@pytest.mark.parametrize(
    ("title", "word"),
    [
        ("Recommend products to customers based on their needs", "base on"),
        ("Price the menu depending on food costs", "depend on"),
        ("Seat guests according to the plan", "accord to"),
    ],
)
def test_what_an_act_goes_by_is_read_as_one_phrase(title: str, word: str) -> None:
    keys = [u.word.key for u in units(shipped().vocab, title)]
    assert word in keys, keys
    assert "customer base" not in keys, keys


@pytest.mark.parametrize(
    ("title", "word"),
    [
        ("Grow the customer base", "customer base"),  # the noun said as itself
        ("Analyse our client base by region", "client base"),
        ("Followed up with the client", "follow up with"),  # a verb's phrase keeps its past
    ],
)
def test_a_phrase_said_as_itself_stays_one_unit(title: str, word: str) -> None:
    keys = [u.word.key for u in units(shipped().vocab, title)]
    assert word in keys, keys
