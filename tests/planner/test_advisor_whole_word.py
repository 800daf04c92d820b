"""The verdict's whole-word search (``_whole_word``): its ASCII path, which lowers and uses
``str.find`` instead of a pattern made for each word, finds what that pattern finds; so does
the search for a word written as a name (``_written_as_a_name``); the look for "help" before
the pattern of help given to someone (``_helps_someone``) and the look-ahead that starts the
reader's pattern of capitalised words (``_CAP``) change no answer."""

from __future__ import annotations

import random
import re

import pytest

from planner.advisor.reading import _CAP, Unit, _capitals
from planner.advisor.verdict import (
    _HELPS_SOMEONE,
    _end_of,
    _helps_someone,
    _whole_word,
    _word_at,
    _written_as_a_name,
)
from planner.advisor.vocabulary import Word


def _by_pattern(text: str, word: str) -> int:
    """Where the pattern the search stands for finds ``word`` in ``text``, or -1."""
    found = re.search(rf"(?<![\w'’]){re.escape(word)}(?![\w'’])", text, re.IGNORECASE)
    return -1 if found is None else found.start()


@pytest.mark.parametrize(
    ("text", "word", "at"),
    [
        ("Call Mum, then call her back", "call", 0),  # the first, whatever its case
        ("Recall the calls, then CALL Sam", "call", 23),  # not inside a word
        ("Don't forget: don't call", "don", -1),  # an apostrophe joins the word on
        ("email_list and email", "email", 15),  # so does "_"
        ("Thank Jo (thank-you card)", "thank", 0),
        ("Ask 2nd-line support", "2nd", 4),
        ("Ring the Müllers, then ring", "ring", 0),  # not ASCII: the pattern's own search
        ("Say “thanks” to Ana", "thanks", 5),
        ("Team’s call with Kate", "team", -1),  # "’" joins the word on too
    ],
)
def test_a_whole_word_is_found_where_the_pattern_finds_it(text: str, word: str, at: int) -> None:
    assert _whole_word(text, word) == at == _by_pattern(text, word)


def test_random_texts_agree_with_the_pattern() -> None:
    # letters of both cases, digits, "_", apostrophes, spaces, punctuation, and a few
    # non-ASCII letters whose case-blind matching lowering would not give (Kelvin sign, "İ")
    chars = "aAbBkK 1_'-.,’é\u212aİ"
    rng = random.Random(24)
    for _ in range(20_000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        start = rng.randint(0, len(text))
        word = text[start : start + rng.randint(1, 3)] or "a"
        expected = _by_pattern(text, word)
        assert _whole_word(text, word) == expected, (text, word)
        assert _word_at(text, word) == expected
        assert _end_of(word, text) == (expected + len(word) if expected >= 0 else len(text))


def test_no_word_is_never_found_by_word_at() -> None:
    assert _word_at("Call the client", "") == -1


def _named_by_pattern(text: str, word: str) -> bool:
    """What ``_written_as_a_name`` answers by its pattern: the word written as a name (a
    capital, then small letters) first found as a whole word after the text's start."""
    name = word[0].upper() + word[1:].lower()
    found = re.search(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])", text)
    return found is not None and found.start() > 0


@pytest.mark.parametrize(
    ("text", "word", "named"),
    [
        ("Have lunch with Kit", "kit", True),
        ("Kit out the new starter", "kit", False),  # the text's first word
        ("Kit Kit with Kit", "kit", False),  # found first at the start: no name
        ("Pack the kit for Rose", "rose", True),
        ("Pack the KIT", "kit", False),  # capitals: an acronym
        ("Ask Kitty about it", "kit", False),  # inside a word
        ("See Rose's notes", "rose", False),  # an apostrophe joins the word on
        ("Email Rose_b and Rose", "rose", True),
        ("Talk to Rosé about it", "rosé", True),  # not ASCII: the pattern's own search
        ("Call Rose’s mum", "rose", False),  # "’" joins the word on too
    ],
)
def test_a_name_is_found_where_the_pattern_finds_it(text: str, word: str, named: bool) -> None:
    unit = Unit(Word(word, ""), word)
    assert _written_as_a_name(unit, text) is named is _named_by_pattern(text, word)


def test_random_names_agree_with_the_pattern() -> None:
    chars = "aAbBkK 1_'-.,’é\u212aİ"
    rng = random.Random(25)
    for _ in range(20_000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        word = "".join(rng.choice("abkAB") for _ in range(rng.randint(2, 3)))
        expected = _named_by_pattern(text, word)
        assert _written_as_a_name(Unit(Word(word, ""), word), text) is expected, (text, word)


def test_help_is_looked_for_only_where_the_pattern_may_find_it() -> None:
    # the look before the search ("help" in the lower case) never hides a match: texts of
    # the letters of "help you" in both cases, and others (Kelvin sign, "İ", "ſ")
    chars = "hHeElLpPyYoOuUtT \u212aİſ"
    rng = random.Random(26)
    for _ in range(20_000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 14)))
        assert _helps_someone(text) is (_HELPS_SOMEONE.search(text) is not None), text
    assert _helps_someone("We HELP you pick the colours")
    assert not _helps_someone("Use the checklist to help you plan the week")


def test_capitals_are_found_as_the_pattern_without_the_look_ahead_finds_them() -> None:
    # the look-ahead for a capital that starts the pattern changes no match
    plain = _CAP.removeprefix("(?=[A-Z])")
    assert plain != _CAP
    words = ["Dr.", "J.", "Mr.", "Sam", "call", "the", "a,", "Ann", "e.g.", "ST.", "Patel", "x"]
    rng = random.Random(27)
    for _ in range(5_000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        assert re.findall(_CAP, text) == re.findall(plain, text), text
    assert _capitals("Call Dr. Patel and then Sam, then Ann") == {"dr", "patel", "sam", "ann"}
