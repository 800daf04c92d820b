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


_CHARS = "ab1 -'#&.,q" + "on"


def _random_texts(count: int, seed: int) -> list[str]:
    """Short lowercased ASCII texts of words, digits, spaces, hyphens and punctuation, with
    "1", "one", "q" and "and" often enough for the written-out patterns to match."""
    rng = random.Random(seed)
    pieces = ("one", "1", "q", "and", "&", " on ", "-to-", "client", "thank", "you", "a")
    texts = []
    for _ in range(count):
        text = ""
        for _ in range(rng.randint(0, 8)):
            text += rng.choice(pieces) if rng.random() < 0.4 else rng.choice(_CHARS)
        texts.append(text)
    return texts


def test_plain_titles_are_cut_into_the_tokens_the_pattern_finds() -> None:
    """Letters, digits, whitespace and hyphens inside words ("thank-you"): the tokens of
    ``_TOKEN`` without the pattern; any other title is left to the pattern (None)."""
    import re

    from planner.advisor.reading import _BOUNDARY_TOKENS, _TOKEN, _plain_tokens

    texts = [*_random_texts(20000, 11), "thank-you card", "a-b-c 1 2", "x-", "-x", "a--b", "a\tb"]
    plain = 0
    for text in texts:
        tokens = _plain_tokens(text)
        if tokens is not None:
            assert tokens == re.findall(_TOKEN, text), text
            assert _BOUNDARY_TOKENS.isdisjoint(tokens)
            plain += 1
    assert 2_000 < plain < len(texts) - 2_000  # both ways well covered
    assert _plain_tokens("send a thank-you card") == ["send", "a", "thank", "you", "card"]
    assert _plain_tokens("reply - now") is None  # a hyphen between spaces is a boundary


def test_ascii_texts_in_lower_case_are_cut_as_the_pattern_cuts_them() -> None:
    """``_TOKEN_ASCII`` finds in an ASCII text in lower case the very tokens ``_TOKEN`` finds."""
    import re

    from planner.advisor.reading import _TOKEN, _TOKEN_ASCII

    texts = [*_random_texts(20000, 12), "note 3: call bob (re: q&a) - now, #tag @me don't x_y a--b"]
    for text in texts:
        lowered = text.lower()
        if lowered.isascii():
            assert re.findall(_TOKEN_ASCII, lowered) == re.findall(_TOKEN, lowered), text


def test_the_written_out_patterns_are_tried_only_where_they_may_match() -> None:
    """The look before "1:1" / "one-on-one" and "q & a" are spelled out never skips a text the
    pattern would change, and skips most others."""
    import re

    from planner.advisor.reading import _ONE_ON_ONE_WRITTEN, _Q_AND_A_WRITTEN, _q_and, _twice

    rng = random.Random(12)
    firsts, seconds = ("1", "one", "q", "x"), ("1", "1s", "one", "ones", "a", "and a", "& a")
    gaps = (":", "-", "-on-", "-to-", " on ", " to ", "on", " ", "- ", "\t", " & ", "and", "")
    around = ("", " ", "x", "2 ", " x", "-")
    texts = [
        "".join((rng.choice(around), rng.choice(firsts), rng.choice(gaps), rng.choice(seconds)))
        + rng.choice(around)
        for _ in range(20_000)
    ]
    tried = matched = 0
    for text in [*texts, *_random_texts(5_000, 12), "1:1 with sam", "one-on-ones", "q\tand a"]:
        if re.search(_ONE_ON_ONE_WRITTEN, text):
            assert _twice(text, "1") or _twice(text, "one"), text
            matched += 1
        if re.search(_Q_AND_A_WRITTEN, text):
            assert _q_and(text), text
            matched += 1
        tried += _twice(text, "1") or _twice(text, "one") or _q_and(text)
    assert matched > 500
    assert tried < len(texts)


def test_plain_words_are_told_as_the_pattern_tells_them() -> None:
    import re

    from planner.advisor.verdict import _plain_words

    for text in [*_random_texts(20000, 13), "", " ", "a b", "a  b", " a", "a ", "a1 b2"]:
        assert _plain_words(text) == bool(re.fullmatch(r"[a-z0-9]+(?: [a-z0-9]+)*", text)), text


def test_two_word_phrases_from_the_pair_cache_are_those_the_general_way_merges(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every tuning title's words merged with each first word's cache of the word after it,
    and again by the general way (copies of the units, which have no such cache): the same
    phrases, the same words, each phrase a unit of its own within a title."""
    from planner.advisor import reading
    from planner.advisor.model import shipped
    from planner.advisor.reading import Unit, _merge_phrases, units

    vocab = shipped().vocab
    before: list[list[Unit]] = []

    def recording(vocab_: object, words: list[Unit], *rest: object) -> tuple[list[Unit], int]:
        before.append(list(words))  # the words before merging, as the cache made them
        return (words, 0)

    monkeypatch.setattr(reading, "_merge_phrases", recording)
    titles = [*_titles(), "Follow up, then follow up again with the follow up"]
    for title in titles:
        units(vocab, title)
    monkeypatch.undo()
    merged = 0
    for separate in before:
        title = " ".join(u.text for u in separate)
        fast, fast_roles = _merge_phrases(vocab, separate)
        copies = []
        for u in separate:
            copy = Unit(u.word, u.text, u.cap)
            copy.nexts, copy.poss = u.nexts, u.poss  # no pair cache: the general way
            copies.append(copy)
        slow, slow_roles = _merge_phrases(vocab, copies)
        assert [(u.word, u.text) for u in fast] == [(u.word, u.text) for u in slow], title
        assert fast_roles == slow_roles, title
        phrases = [u for u in fast if all(u is not w for w in separate)]
        assert len(set(map(id, phrases))) == len(phrases), title
        merged += len(fast) < len(separate)
    assert merged > 3000


def test_the_empty_list_new_readings_share_stays_empty() -> None:
    """Readings start with one shared empty list for the parts the readers only ever replace
    (reading._NOTHING, which saves four lists a reading): no reader nor verdict may add to it."""
    from planner.advisor import assess, clear_caches
    from planner.advisor.reading import _NOTHING

    clear_caches()
    for title in _titles():
        assess(title)
        assess("Send invoices", title)
    assert _NOTHING == []


def test_the_permission_check_is_asked_of_every_title_the_pattern_may_match() -> None:
    """The verdict asks whether a title says what people are allowed to do only when the reader
    marked its first reading (Reading.permits: "allowed" or "permitted" among its words), in
    place of looking through every title for "allowed to" / "permitted to": no text the
    permission pattern matches goes unmarked, and texts without those words are never marked."""
    from planner.advisor.model import shipped
    from planner.advisor.reading import read
    from planner.advisor.verdict import _PERMISSION

    vocab = shipped().vocab
    rng = random.Random(17)
    subjects = ("Employees", "staff", "Our volunteers", "The interns", "Members", "We", "it")
    verbs = ("are", "is", "Are", "are not", "were")
    words = ("allowed", "Allowed", "permitted", "PERMITTED", "allowing", "permits", "asked")
    ends = (" to join the contest", " to bring a guest.", " to", " in the hall", "-to attend")
    texts = [
        f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(words)}{rng.choice(ends)}"
        for _ in range(2_000)
    ]
    texts += [*_random_texts(3_000, 17), "Staff are not permitted to accept gifts from clients"]
    texts += ["Ask the client whether we are allowed to use their logo", "Ask: allowed?"]
    marked = 0
    for text in texts:
        permits = read(vocab, text)[0].permits
        if _PERMISSION.match(text):
            assert permits, text
        if permits:
            marked += 1
            assert any(w in text.casefold() for w in ("allowed", "permitted")), text
        else:
            assert "allowed" not in text.casefold().split(), text
    assert marked > 500


def test_hyphenated_words_are_found_run_by_run_as_in_the_whole_title() -> None:
    """``_compounds`` searches each run between whitespace (once, then kept) for the pairs the
    pattern finds in the whole title: the same pairs in the same order, on texts of letters,
    digits, underscores, hyphens, apostrophes and every kind of whitespace."""
    from planner.advisor.model import shipped
    from planner.advisor.reading import _HYPHENATED, _compound, _compounds

    vocab = shipped().vocab
    rng = random.Random(18)
    pieces = (
        *("lay-offs", "e-mail", "re-sync", "follow-up", "a-b-c", "lay", "offs", "1", "_", "é"),
        *("'", "-", "--"),
    )
    spaces = (" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\x1f", "")
    texts = ["lay-offs", "re-sync the e-mail", "one-on-one", "-x", "x-", "a - b", "x_-y", "é-mail"]
    for _ in range(20_000):
        text = ""
        for _ in range(rng.randint(1, 8)):
            text += rng.choice(pieces) if rng.random() < 0.7 else rng.choice(spaces)
        texts.append(text)
    paired = joined = 0
    for text in texts:
        pairs = _HYPHENATED.findall(text)
        by_run = [pair for run in text.split() for pair in _HYPHENATED.findall(run)]
        assert by_run == pairs, text
        expected = {(a, b): key for a, b in pairs if (key := _compound(vocab, a, b))}
        assert _compounds(vocab, text) == expected, text
        paired += bool(pairs)
        joined += bool(expected)
    assert paired > 4_000 and joined > 2_000  # the pairs and the words they make well covered
    assert _compounds(vocab, "lay-offs and re-sync") == {
        ("lay", "offs"): "layoffs",
        ("re", "sync"): "sync",
    }


def test_only_a_title_that_says_you_is_read_for_the_customer_it_may_be() -> None:
    """The reader looks for the customer "you" (``_customer_you``) only in a title with a unit
    "you", "you'll" or "you're" (the only ones that pass changes), marked on the token's unit;
    "your", "young" or "youth" alone change nothing there."""
    from planner.advisor.model import shipped
    from planner.advisor.reading import _MAY_YOU, _YOU_AS_SUBJECT, _unit_cache

    cache = _unit_cache(shipped().vocab)
    for token in ("you", "you'll", "you're", "you's", "'you'", "#you", "@you"):
        u = cache.unit(token)
        assert u.text in _YOU_AS_SUBJECT and u.may & _MAY_YOU, token
    for token in ("your", "young", "youth", "yours", "yourself", "y'all", "yo"):
        assert not cache.unit(token).may & _MAY_YOU, token


def test_the_cheaper_tests_answer_as_the_set_methods_and_casefold_do() -> None:
    """``_all_among`` is ``issuperset`` on a verb's families; ``_is_in`` is ``casefold() ==
    "in"`` (no character folds to a shorter text, none alone to "in"); the starts of several-
    word entries are every part before a space."""
    import sys

    from planner.advisor.verdict import _all_among, _is_in
    from planner.advisor.vocabulary import _starts

    rng = random.Random(19)
    names = ("ask", "reply", "gesture", "live", "message", "sell")
    for _ in range(5_000):
        wanted = frozenset(rng.sample(names, rng.randint(0, 4)))
        families = tuple(rng.sample(names, rng.randint(0, 3)))
        assert _all_among(families, wanted) == wanted.issuperset(families)
    for code in range(sys.maxunicode + 1):
        folded = chr(code).casefold()
        assert len(folded) >= 1 and folded != "in", hex(code)
    letters = ("i", "I", "n", "N", "İ", "ı", "ﬁ", "", " ")
    for a in letters:
        for b in letters:
            for c in letters:
                text = a + b + c
                assert _is_in(text) == (text.casefold() == "in"), text
    assert _starts(frozenset({"pop up", "a b c", "web"})) == {"pop", "a", "a b"}
