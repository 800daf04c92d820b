"""The advisor's fast paths give exactly what the general code they stand in for gives."""

from __future__ import annotations

import operator
import random

import pytest

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


# A title's start and a phrase the owner pasted after it again and again.
_REPEATED = (
    ("Send the monthly sales report to my clients", " with the figures for each product line"),
    ("Back up the files", " with my clients"),
    ("Schedule posts", " thank you"),
    ("Update the spreadsheet", " personally"),
    ("File receipts", ", relationships"),
    ("Reply to members who ask", " about the dues and the rules"),
    ("Order the big red shared office chairs", " big red shared"),
)


def _titles() -> list[str]:
    """Every task wording of the advisor's real-world tuning data, plus titles of several
    tasks, asides, topics and repeated phrases (the readers' less common shapes)."""
    import csv
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "data" / "advisor-real"
    titles = [
        "Find and approve friends, followers",
        "Reply and reply to comments",
        "Follow up and follow up again",
        "Blog comments - respond",
        "Designing posts (images, videos) that people share",
        "Moderate comments; reply to DMs and thank new members",
        "Build and maintain strong, lasting relationships",
        "Decide who to follow",
        "Log meeting notes: attendees, decisions",
        *(start + said * 12 for start, said in _REPEATED),
    ]
    for path in sorted(folder.glob("tune-*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            titles.extend(row["text"] for row in csv.DictReader(handle))
    return titles


def test_a_readings_span_is_what_the_general_rule_finds() -> None:
    from planner.advisor.model import shipped
    from planner.advisor.reading import _span_of, read

    vocab = shipped().vocab
    fast = 0
    for title in _titles():
        for r in read(vocab, title):
            expected = _span_of(r)
            got = r.span
            assert len(got) == len(expected) and all(map(operator.is_, got, expected)), title
            fast += not r.shared
    assert fast > 1000


@pytest.mark.parametrize("compiled", [False, True])
def test_scores_add_up_the_features_weights_group_by_group(
    compiled: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bit for bit, with the check for a word said twice done either way (pair by pair, as
    the compiled module does it, or with a set, as the interpreter does)."""
    from planner.advisor import reading
    from planner.advisor.model import Model, read_json, read_lexicon, read_model
    from planner.advisor.reading import groups, read

    monkeypatch.setattr(reading, "_COMPILED", compiled)
    m = Model(  # its own group tables, filled with this way of checking
        read_model(_data("advisor-model.txt")),
        read_lexicon(_data("advisor-lexicon.txt")),
        read_json("advisor-index.json"),
    )
    for title in _titles():
        for r in read(m.vocab, title):
            expected = m.bias
            for key, make in groups(r):  # as the trainer's features, group by group
                expected += m.weights.total(make(*key[1:]))
            assert m.score(r) == expected, title
            assert m.score(r) == expected, title  # and again, from the cached group totals


def _data(name: str) -> bytes:
    from planner.advisor.model import read_bytes

    return read_bytes(name)


def test_a_word_said_twice_is_found_the_same_way_compiled_or_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """:func:`~planner.advisor.reading._distinct` compares a clause's words pair by pair when
    compiled (it builds nothing) and builds a set when not: the same answer on every clause,
    background and object of the tuning data, both answers common."""
    from planner.advisor import reading
    from planner.advisor.model import shipped

    vocab = shipped().vocab
    parts = [
        part
        for title in _titles()
        for r in reading.read(vocab, title)
        for part in (r.main, r.background, r.obj)
    ]
    by_set = [reading._distinct(part) for part in parts]
    monkeypatch.setattr(reading, "_COMPILED", True)
    assert [reading._distinct(part) for part in parts] == by_set
    assert by_set.count(False) > 500 and by_set.count(True) > 5000


def test_a_phrase_said_twice_in_a_title_is_two_units() -> None:
    from planner.advisor.model import shipped
    from planner.advisor.reading import units

    vocab = shipped().vocab
    said = [u for u in units(vocab, "Follow up, then follow up again") if u.text == "follow up"]
    assert len(said) == 2 and said[0] is not said[1]
    again = [u for u in units(vocab, "Follow up today") if u.text == "follow up"]
    assert len(again) == 1 and again[0].word is said[0].word


def test_a_phrase_said_again_and_again_adds_nothing() -> None:
    """Each feature group counts once a reading (the trainer's features and the scorer alike):
    a title pasted with one phrase 200 times scored +94 and warned. Said twice, every pair of
    words it makes is there; more times add nothing, and no title here warns by repetition."""
    from planner.advisor.model import shipped
    from planner.advisor.reading import features, groups, read
    from planner.advisor.verdict import judge

    m = shipped()
    for start, said in _REPEATED:
        twice = judge(m, start + said * 2)
        for times in (3, 20, 200):
            title = start + said * times
            assert judge(m, title).score == twice.score, (start, said, times)
            for r in read(m.vocab, title):
                keys = [key for key, _ in groups(r)]
                assert len(keys) == len(set(keys))
                assert len(features(r)) < 200
        assert judge(m, start + said * 200).kind == twice.kind
    pasted = judge(m, _REPEATED[0][0] + _REPEATED[0][1] * 200)
    assert pasted.kind != "relationship" and pasted.score < m.threshold


def test_a_quote_of_thousands_of_words_is_found_without_recursion() -> None:
    """The run-by-run match loops (it recursed once a word: a 7,500-character pasted title's
    quote raised RecursionError in the pure modules the tests run)."""
    text = "reply to the client's notes " * 1500
    words = ["reply", "to", "the", "client", "notes"] * 1500
    assert _find_runs(words, text, text) == text.rstrip()  # each "'s" a way not taken
    assert _find_runs([*words[:50], "soon"], text, text) == ""
