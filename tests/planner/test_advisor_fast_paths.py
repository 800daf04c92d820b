"""The advisor's fast paths give exactly what the general code they stand in for gives."""

from __future__ import annotations

import random

from planner.advisor.verdict import _find_runs, _words_pattern

_PIECES = ("client", "clients", "s", "es", "e", "reply", "replies", "to", "up", "1", "9796", "ab")
_GAPS = (" ", "  ", "'", "' ", "'s ", "-", " #", ", ", "!", "'s", ".")


def _regex(words: list[str], lowered: str) -> str:
    found = _words_pattern(tuple(words), False, folded=True).search(lowered)
    return lowered[found.start() : found.end()] if found else ""


def test_plain_words_are_found_run_by_run_as_the_pattern_finds_them() -> None:
    rng = random.Random(10)
    checked = found = 0
    for _ in range(10_000):
        pieces = [rng.choice(_PIECES) for _ in range(rng.randint(1, 7))]
        text = rng.choice(("", " ", "'", "#"))
        for piece in pieces:
            text += piece + rng.choice(_GAPS)
        if rng.random() < 0.5:
            text = text.rstrip(" ")
        size = rng.randint(1, 3)
        at = rng.randint(0, len(pieces) - 1)
        words = pieces[at : at + size]
        if rng.random() < 0.4:
            words = [rng.choice(_PIECES) for _ in words]
        if rng.random() < 0.3 and len(words) > 1:
            words = [" ".join(words[:2]), *words[2:]]  # a phrase of two words
        expected = _regex(words, text)
        assert _find_runs(words, text, text) == expected, (words, text)
        checked += 1
        found += bool(expected)
    assert found > checked // 5  # both outcomes are well covered
    assert checked - found > checked // 5


def test_words_are_quoted_as_the_title_writes_them() -> None:
    from planner.advisor.verdict import _find_words

    assert _find_words(["thank", "people", "9796"], "Thank people #9796") == "Thank people #9796"
    assert _find_words(["reply", "to", "client", "notes"], "Reply to client's notes") == (
        "Reply to client's notes"
    )
    assert _find_words(["follow up", "leads"], "Follow-up leads!") == "Follow-up leads"
    assert _find_words(["one on one"], "Weekly one-to-one") == "one-to-one"
    assert _find_words(["reply", "comments"], "Reply: no comments") == ""
