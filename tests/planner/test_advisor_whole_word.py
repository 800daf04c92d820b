"""The verdict's whole-word search (``_whole_word``): its ASCII path, which lowers and uses
``str.find`` instead of a pattern made for each word, finds what that pattern finds."""

from __future__ import annotations

import random
import re

import pytest

from planner.advisor.verdict import _end_of, _whole_word, _word_at


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
