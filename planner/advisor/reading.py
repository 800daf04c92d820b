"""Reading a task: its act, what it acts on, towards whom, and the markers around it.

This module owns the grammar of a task title, in named readers that each answer one question:

* :func:`units` - the words, with phrases of several words merged ("follow up", "for my approval").
* the act (:attr:`Reading.verb`) - the main verb, after fillers and subjects ("Daily: I reply...").
* what it acts on (:attr:`Reading.obj`) and towards whom (:attr:`Reading.pps`: "with the client").
* one-to-one or broadcast, live or prepared, in whose voice, for whose approval
  (:attr:`Reading.markers`: ``broadcast``, ``personal``, ``as_me``, ``approval``...).

A title of several tasks ("Find and approve friends", "Moderate comments; reply to DMs") gives
one :class:`Reading` per task. :func:`features` turns a reading into the named features the
linear model (:mod:`planner.advisor.model`) weighs. Nothing here decides anything.
"""

from __future__ import annotations

import re
import types
import unicodedata
from collections.abc import Callable, Collection, Sequence
from typing import Final, TypeVar

from planner.advisor.vocabulary import (
    ACTS_ON_PEOPLE,
    BACKGROUND,
    BOUNDARY,
    CLAUSE_START,
    COPULA,
    DESCRIBER,
    DESCRIBING,
    DET,
    EXPLETIVE,
    FILLER,
    FINDING_OUT,
    JOIN,
    JOINING,
    LIVE,
    MEANS,
    MODAL,
    NEGATION,
    OCCASION_CLASSES,
    ONE_BY_ONE,
    OPENER,
    PREP,
    PRONOUN,
    QUANT,
    RELATIVE,
    STATE,
    SUBJECT,
    WORD_FIELDS,
    WORK_GROUP,
    PhraseEntries,
    Vocabulary,
    Word,
)

# "one on one" and "q&a" as titles write them ("1:1", "one-to-one", "Q and A"). The patterns
# are compiled on first use (most titles need none of them; start-up pays for none).
_ONE_ON_ONE_WRITTEN: Final = (
    r"\b1\s*(?::|-|-?on-?|-?to-?| on | to )\s*1s?\b|\bone[- ](?:on|to)[- ]ones?\b"
)
_Q_AND_A_WRITTEN: Final = r"\bq\s*(?:&|and)\s*a\b"
# One person of either sex, written as a pair ("he or she", "he/she", "s/he", "(s)he", "she or
# he"): the one pronoun "he" ("He/she also resolves issues among employees" reads as "He also
# resolves ..."), not two clauses nor a subject the readers cannot place.
_HE_OR_SHE_WRITTEN: Final = (
    r"(?<!\w)(?:he\s*/\s*she|she\s*/\s*he|s\s*/\s*he|\(s\)\s*he|he\s+or\s+she|she\s+or\s+he)(?!\w)"
)
# A hyphen written with a space before it and none after, between two abbreviations ("the
# ASCLS -MI Board", "AFL -CIO"): a hyphen inside one name, as "ASCLS-MI" writes it, not a dash
# between two clauses (which would read "MI" as a task's act)
_SPACED_HYPHEN: Final = re.compile(r"\b([A-Z]{2,}) +-(?=[A-Z]{2,}\b)")
# Words, then boundaries (a hyphen only when it is not inside a word: "thank-you" is two words),
# then joiners.
# A word is letters and digits of any script ("protégé", "café"; ASCII titles as before).
_TOKEN: Final = (
    r"(?:[^\W_]|[@#])(?:[^\W_]|[@#'&])*|[;:.!?()\[\]|–—]|(?<![^\W_])-|-(?![^\W_])|[,/&+]"
)
# _TOKEN for an ASCII text in lower case (what every ASCII title is by then): its word characters
# are [a-z0-9], so the same tokens, found without Unicode category checks (about half the time;
# a test holds the two together)
_TOKEN_ASCII: Final = r"[a-z0-9@#][a-z0-9@#'&]*|[;:.!?()\[\]|]|(?<![a-z0-9])-|-(?![a-z0-9])|[,/&+]"
_BOUNDARY_TOKENS: Final = frozenset(";:.!?()[]|–—-")
_JOIN_TOKENS: Final = frozenset(",/&+")
_SKIP: Final = DET | QUANT | FILLER | DESCRIBING | SUBJECT
_STOP: Final = PREP | JOIN | BOUNDARY | BACKGROUND
# Question words that close what the act is towards ("Ask them why they chose us")
_WH: Final = frozenset({"why", "how", "whether"})
_NOUN_FIRST: Final = ("people", "own_people", "groups", "channels", "suppliers")
_QUANTIFIER: Final = frozenset({"quantifier"})

_BOUNDARY_WORD: Final = Word("", "")
_BOUNDARY_WORD.flags = BOUNDARY
_JOIN_WORD: Final = Word("and", "")
_JOIN_WORD.flags = JOIN
_IMPLIED: Final = Word("person", "")
_IMPLIED.nclasses = frozenset({"people", "wn.person"})
_IMPLIED.person = True


def _skippable(w: Word) -> bool:
    """Fillers, determiners and adverbs before a task's first word ("mutually", "Daily:")."""
    if w.flags & _SKIP and not w.verbal:
        return True
    return w.key.endswith("ly") and not w.verbal and not w.is_noun


def _plain_word(w: Word) -> bool:
    """Can this word be part of an object (not a grammar word, not a marker phrase, not a
    number: "check back in 15 minutes" acts on nothing; not a letter no list knows, an
    initial: "J.R.R. Tolkien" is Tolkien)?"""
    if w.flags & (_SKIP | BACKGROUND) or w.key.isdigit() or (len(w.key) == 1 and w.unknown):
        return False
    if _adverb(w):
        return False  # "resolve a complaint immediately": how, not what
    return not (w.markers and " " in w.key and not w.hand_n)


def _adverb(w: Word) -> bool:
    """A word of how or when the act is done, as "-ly" makes one, that no list knows as
    anything else ("immediately", "politely", "carefully"; a name written so is a name: see
    :class:`Unit`)."""
    return w.unknown and w.key.endswith("ly") and not w.verbal and not w.is_noun


class Unit:
    """One word or phrase of a task, with its surface text (and, read once when it is made,
    its word's grammar flags and whether it can be part of an object)."""

    __slots__ = (
        "cap",
        "flags",
        "marks",
        "may",
        "nexts",
        "pairs",
        "plain",
        "poss",
        "prep",
        "quote",
        "skip",
        "stop",
        "text",
        "word",
    )

    def __init__(self, word: Word, text: str, cap: bool = False) -> None:
        self.word = word
        self.text = text
        self.cap = cap  # written with a capital inside a sentence-case title: maybe a name
        self.poss = False  # written as a possessive ("the customer's", "members'")
        flags = self.flags = word.flags
        # (a name no list knows may end as an adverb does: "Email Molly")
        self.plain = _plain_word(word) or (cap and _adverb(word))
        # the clause reader looks closer
        self.stop = word.special or bool(flags & JOIN) or word.key in _WH
        # a preposition, or a word like one ("using"): a phrase starts here
        self.prep = bool(flags & PREP or word.roles & MEANS)
        self.skip = _skippable(word)  # may come before a task's first word ("Daily:")
        # the markers it gives its clause
        self.marks = word.markers | _QUANTIFIER if flags & QUANT else word.markers
        # its text as a reason quotes it ("" for punctuation)
        self.quote = text if text and text[0].isalnum() else ""
        # when it may start a phrase: the next word -> the phrases of the two (None: none),
        # filled as titles need them (see _merge_phrases)
        self.nexts: dict[Word, PhraseEntries | None] | None = None
        # and the next unit -> the unit of the two-word phrase they make, or None when they make
        # none of two words (see _merge_phrases)
        self.pairs: dict[Unit, Unit | None] | None = None
        # what its token may do in a title (_MAY_*: see _UnitCache), for a unit of the cache
        self.may = 0

    def __repr__(self) -> str:
        return f"Unit({self.text!r})"


IMPLIED_PEOPLE: Final = Unit(_IMPLIED, "")


# The empty list a new Reading starts with for the parts a reader only ever replaces with a list
# of its own (``units``, ``background``, ``main``, ``lead``): never appended to nor changed in
# place, so every reading can share it, and a title allocates (and frees) four lists fewer per
# reading. ``obj`` and ``pps`` are filled in place by the readers: each reading has its own.
_NOTHING: Final[list[Unit]] = []


class Reading:
    """One task of a title, read into its parts."""

    __slots__ = (
        "_people",
        "_span",
        "background",
        "lead",
        "main",
        "markers",
        "noun_mode",
        "obj",
        "permits",
        "pps",
        "shared",
        "units",
        "verb",
    )

    def __init__(self) -> None:
        self.verb: Unit | None = None  # the act
        self.obj: list[Unit] = []  # what it acts on (its head last)
        self.pps: list[tuple[str, list[Unit]]] = []  # ("with", [the, client]) ...
        self.noun_mode = False  # the task is only a noun phrase ("Client calls")
        self.markers: frozenset[str] = _NO_MARKERS  # (one empty frozenset, not one a reading)
        # (these four start as the shared _NOTHING: a reader replaces them, never changes them)
        self.background: list[Unit] = _NOTHING  # after "who", "so I can"...: who / why, not the act
        self.units: list[Unit] = _NOTHING  # the units read into this task, in order
        self.main: list[Unit] = _NOTHING  # the clause without its background
        # a verb passed over right before the clause's words ("Help | your colleagues"): the
        # reason quotes it with them
        self.lead: list[Unit] = _NOTHING
        self.shared = False  # its object and phrases are another reading's ("Find and approve")
        # (the first reading of a title only) the title says "allowed" or "permitted": it may
        # say what people may do, a rule, not a task (the verdict's permission check)
        self.permits = False
        self._span: list[Unit] | None = None
        self._people: list[Unit] | None = None

    @property
    def span(self) -> list[Unit]:
        """The act as a run of the title, from its first word to its last, joiners and all
        ("Find and approve friends"), so the reason can quote it as written. Worked out only
        when a reason needs it."""
        if self._span is None:
            main = self.main
            units = self.units
            lo = len(main) - len(units)
            if (
                not self.shared
                and units
                and lo >= 0
                and (units is main or _ends_with(main, units, lo))
            ):
                # the common case: the units end the clause, and its verb, object and phrases
                # are among them (a unit before them that is one of them has a later place, so
                # the span starts among them): what _span_of finds, found with less work (the
                # clause itself when the units are all of it: a span is read, never changed)
                while _said_later(main, lo):
                    lo += 1
                self._span = main[lo:] if lo else main
            else:
                self._span = _span_of(self)
        return self._span

    @property
    def head(self) -> Unit | None:
        return self.obj[-1] if self.obj else None

    def people(self) -> list[Unit]:
        """Units naming who the task is towards (object or prepositional phrase); read once
        the reading is complete."""
        if self._people is not None:
            return self._people
        found: list[Unit] = []
        if self.obj:
            _people_in(self.obj, found)
        for _, units in self.pps:
            _people_in(units, found)
        self._people = found
        return found

    def __repr__(self) -> str:
        verb = self.verb.text if self.verb else "-"
        return f"Reading({verb} | {self.obj} | {self.pps} | {sorted(self.markers)})"


def _ends_with(main: list[Unit], units: list[Unit], lo: int) -> bool:
    """Is ``main[lo:]`` the very units of ``units`` (``main[lo:] == units``: a unit equals only
    itself), compared in place, with no slice made?"""
    if len(main) - lo != len(units):
        return False
    for k in range(len(units)):  # noqa: SIM110 (a plain loop: no generator on this path)
        if main[lo + k] is not units[k]:
            return False
    return True


def _said_later(units: list[Unit], k: int) -> bool:
    """Is the unit at ``k`` also among the units after it (``units[k] in units[k + 1 :]``, with
    no slice made)?"""
    u = units[k]
    for j in range(k + 1, len(units)):  # noqa: SIM110 (a plain loop: no generator on this path)
        if units[j] is u:
            return True
    return False


def _people_in(units: list[Unit], found: list[Unit]) -> None:
    """:meth:`Reading.people` of one part (the object, a phrase), added to ``found``."""
    owner = False  # after "the customer's": their people, not the owner's own
    for u in units:
        # a name counts as a person only as the head ("Acme" in "the Acme project" does not)
        if (u.word.person or (u.cap and u is units[-1])) and not (
            owner and "own_people" in u.word.nclasses
        ):
            found.append(u)
        if u.poss and (u.word.person or u.cap) and "own_people" not in u.word.nclasses:
            owner = True


def _span_of(r: Reading) -> list[Unit]:
    """:attr:`Reading.span`: from the first to the last of the reading's units (its verb,
    object and phrases included), each at its last place in the clause."""
    main = r.main
    mine = {r.verb, *r.units, *r.obj}
    for _, p in r.pps:
        mine.update(p)
    hi = len(main) - 1
    while hi >= 0 and main[hi] not in mine:
        hi -= 1
    if hi < 0:
        return list(r.units)
    lo = 0  # the first of them whose last place it is
    while main[lo] not in mine or main[lo] in main[lo + 1 : hi + 1]:
        lo += 1
    return main[lo : hi + 1]


def is_person(u: Unit) -> bool:
    """A person or a group of people: by the word lists, by WordNet, or a name."""
    return u.cap or u.word.person


def units(vocab: Vocabulary, text: str) -> list[Unit]:
    """The title's words and phrases, in order."""
    return _units(vocab, text)[0]


def _units(vocab: Vocabulary, text: str) -> tuple[list[Unit], bool, int, bool, bool, bool]:
    """:func:`units`, whether they may hold a boundary (punctuation: a title of plain words and
    spaces is one clause), which words among them make a clause prose to read closer
    (:data:`_MAY_PROSE`: a form of "be", a passive may be; a modal, a subject may come before
    it), whether a phrase that starts with a quantifier may be ("every client": see
    :func:`_read_each`), whether there is something to read once the tasks are (a word of how a
    person is, "OK", or a live medium, "by phone": see :func:`_read_after`) and whether
    "allowed" or "permitted" is among them (see :attr:`Reading.permits`).

    The common case costs one look-up per token: a plain ASCII title needs no translating nor
    pattern (:func:`_plain_tokens`), and a title with no word that may start a phrase (or be a
    name) skips those passes."""
    plain = text.isascii()
    raw = text if plain else text.translate(_QUOTES)
    if " -" in raw and _SPACED_HYPHEN.search(raw):
        raw = _SPACED_HYPHEN.sub(r"\1-", raw)  # "ASCLS -MI Board": one name, no break
    said = raw
    initials: dict[str, _Initials] | None = None
    runs = _NO_RUNS  # (replaced when the title has runs, never changed: most titles have none)
    if "." in raw:
        said, runs = _stops_read(vocab, raw)
    if "I" in raw and "IT" in raw:  # (a letter is looked for faster than two)
        runs = _with_acronyms(raw, runs)
    if runs:
        said, initials = _initials_marked(said, runs)
    # nothing to translate in ASCII; casefold() is lower() there
    lowered = said.lower() if plain else said.casefold()
    # each pattern matches a text that says "1" or "one" twice, or "q" and then "&" or "and"
    if ("1" in lowered and _twice(lowered, "1")) or ("one" in lowered and _twice(lowered, "one")):
        lowered = re.sub(_ONE_ON_ONE_WRITTEN, " one on one ", lowered)
    if "q" in lowered and _q_and(lowered):
        lowered = re.sub(_Q_AND_A_WRITTEN, " q&a ", lowered)
    if "she" in lowered or "s/he" in lowered or "s)he" in lowered:
        lowered = re.sub(_HE_OR_SHE_WRITTEN, "he", lowered)
    joined = _compounds(vocab, lowered) if "-" in lowered else None
    tokens = _plain_tokens(lowered) if plain else None
    if tokens is not None:
        bounded = False
    else:
        tokens = re.findall(_TOKEN_ASCII if plain else _TOKEN, lowered)
        bounded = not _BOUNDARY_TOKENS.isdisjoint(tokens)
        if bounded and not _RANGE_DASHES.isdisjoint(tokens):
            tokens = _without_range_dashes(tokens)
            bounded = not _BOUNDARY_TOKENS.isdisjoint(tokens)
    cache = _unit_cache(vocab)
    known = cache.units
    words: list[Unit] = []
    found = 0  # what the title's tokens may do (_MAY_*), each known once its unit is made
    if initials is None:
        for tok in tokens:
            u = known.get(tok)  # (the common case, without a call: see _UnitCache.unit)
            if u is None:
                u = cache.make(tok)
            words.append(u)
            found |= u.may
    else:
        for tok in tokens:
            run = initials.get(tok)
            u = cache.unit(tok) if run is None else _initials_unit(vocab, run)
            words.append(u)
            found |= u.may
    if joined:
        words = _joined(cache, words, joined)
        for u in words:
            found |= u.may
    if found & _MAY_SKIP:
        words = [u for u in words if u is not _SKIPPED]
    if found & _MAY_FIRM:
        words = _firms_named(vocab, words, raw)
    # A word no list knows, written with a capital inside a sentence-case title, is a name
    # ("Email Sarah"); worked out only when such a word turns up.
    if found & _MAY_NAME and not raw[1:].islower():
        caps: frozenset[str] | None = None
        for k, u in enumerate(words):
            if u.word.unknown:
                if caps is None:
                    caps = _capitals_ly(raw, vocab) if _title_case(raw, vocab) else _capitals(raw)
                if u.text in caps:
                    name = words[k] = Unit(u.word, u.text, True)
                    name.nexts = u.nexts
                    name.poss = u.poss
    if found & _MAY_YOU:
        words = _customer_you(cache, words)
    each = False
    live = False
    if found & _MAY_START:
        words, roles = _merge_phrases(vocab, words, cache)
        words = _phrases_undone(cache, words)
        each = bool(found & _MAY_QUANTIFY)
        live = bool(roles & LIVE)
    if found & _MAY_QUANTIFY:
        words = _quantifiers_as_nouns(vocab, words)
    return (
        words,
        bounded,
        found & _MAY_PROSE,
        each,
        live or bool(found & _MAY_STATE),
        bool(found & _MAY_PERMIT),
    )


def _quantifiers_as_nouns(vocab: Vocabulary, words: list[Unit]) -> list[Unit]:
    """``words`` with each quantifier that is also a noun of no people, with nothing after it
    that it could count (the end, a preposition, a joiner, a boundary, a determiner or a word
    of when), read as that noun: the head of its phrase, with none of the quantifier's
    markers ("Daily Catholic Mass", "Attend Mass on Sunday", "at mass", "after Mass"; not
    "mass email", "bulk upload", "everyone")."""
    out: list[Unit] | None = None
    n = len(words)
    for k in range(n):
        u = words[k]
        w = u.word
        if not u.flags & QUANT or not w.is_noun or w.person:
            continue
        if k + 1 < n and not words[k + 1].flags & _COUNTS_NOTHING:
            continue
        if out is None:
            out = list(words)
        noun = out[k] = Unit(_as_noun(vocab, w), u.text, u.cap)
        noun.poss = u.poss
    return words if out is None else out


# what after a quantifier leaves it nothing to count: its phrase ends, or a word of when follows
_COUNTS_NOTHING: Final = PREP | JOIN | BOUNDARY | BACKGROUND | DET | FILLER


def _as_noun(vocab: Vocabulary, w: Word) -> Word:
    """The word of a quantifier read as its noun (:func:`_quantifiers_as_nouns`): ``w`` with no
    grammar role and no marker, its form and everything else its own ("wholes" stays a plural
    whether "whole" was read first or not). Cached by the word itself (each word of a token is
    one object), the whole of what the noun is made from."""
    cached = vocab.as_nouns.get(w)
    if cached is None:
        if len(vocab.as_nouns) > 1_000:
            vocab.as_nouns.clear()
        cached = Word(w.key, w.form)
        for slot in WORD_FIELDS:
            if slot != "form":
                setattr(cached, slot, getattr(w, slot))
        cached.flags = 0
        cached.markers = frozenset()
        cached.special = False
        vocab.as_nouns[w] = cached
    return cached


# Full stops that end no sentence (:func:`_stops_read`). A stop after a single letter is an
# initial's when a letter-stop comes right before or after it ("J.R.", "A.J.", "C.E.O.",
# "J. K. Rowling", "e.g."); a lone one ("J. Smith", "plan B. Call the bank") ends a sentence when
# the next word is an act. A stop after a title such as "Mr." comes before a name. Any other stop
# followed by a word in lower case ends no sentence ("Customer service reps. assist customers",
# "vs. expenses") unless that word is an act ("Update the CRM. call the top three clients").
_STOP_AT: Final = r"\."
# titles written before a name ("Mr. Smith", "Dr. Patel"), their stop no sentence's end
HONORIFICS: Final = frozenset(
    {"mr", "mrs", "ms", "mx", "dr", "prof", "rev", "fr", "st", "hon", "capt", "sgt", "lt", "messrs"}
)
# a capitalised word after a title ("Dr. Patel"): a name, like one after an initial
_AFTER_HONORIFIC: Final = "|".join(rf"(?<=\b{h[0].upper()}{h[1:]}\. )" for h in sorted(HONORIFICS))


class _Initials:
    """A run of capital initials (:func:`_stops_read`): where its letters are in the title's
    text, and whether a name follows it ("J.R.R. Tolkien": the name is the person) or it is
    the name itself ("Call J.R. about the renewal"); or a word in capitals that is not the
    grammar word it spells (``means``: "IT" is information technology, not "it")."""

    __slots__ = ("end", "letters", "means", "named", "start")

    def __init__(self, start: int, end: int, letters: str, named: bool, means: str = "") -> None:
        self.start = start
        self.end = end
        self.letters = letters
        self.named = named
        self.means = means


# Words in capitals that spell a grammar word ("Call the IT support line": not "it"), and the
# word read for each
_ACRONYMS: Final = {"IT": "technology"}


# the runs of a title that has none: one empty list, shared (read, never changed)
_NO_RUNS: Final[list[_Initials]] = []


def _with_acronyms(raw: str, runs: list[_Initials]) -> list[_Initials]:
    """``runs`` and the title's words in capitals that are no grammar word (:data:`_ACRONYMS`),
    in the title's order; not in a title written all in capitals ("CALL IT IN")."""
    letters = [c for c in raw if c.isalpha()]
    if sum(c.isupper() for c in letters) * 2 > len(letters):
        return runs
    found = [
        _Initials(m.start(), m.end(), m.group(0), False, _ACRONYMS[m.group(0)])
        for m in re.finditer(r"(?<![^\W_])(?:IT)(?![^\W_])", raw)
    ]
    if not found:
        return runs
    return sorted([*runs, *found], key=lambda run: run.start)


def _word_at(text: str, at: int) -> str:
    """The word (letters and digits) that starts at ``at``, or ""."""
    end = at
    while end < len(text) and (text[end].isalnum() or text[end] == "'"):
        end += 1
    return text[at:end]


def _word_before(text: str, at: int) -> str:
    """The word (letters and digits) that ends right before ``at``, or ""."""
    start = at
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    return text[start:at]


def _letter_stop_at(text: str, at: int) -> bool:
    """Is there a single letter and a stop at ``at`` (not inside a word: "J." of "J. K.")?"""
    return (
        0 <= at < len(text) - 1
        and text[at].isalpha()
        and text[at + 1] == "."
        and (at == 0 or not text[at - 1].isalnum())
    )


def starts_a_task(vocab: Vocabulary, token: str) -> bool:
    """Is ``token`` an act in its plain form, as a task starts with one ("Call", "reply")? A
    verb of the word lists, or a verb WordNet knows that is no noun ("assist" is both: after
    "reps." it is a third person's verb); not a helping verb ("Corp. have put together")."""
    key = token.casefold()
    if key in _HELPING:
        return False
    w = vocab.word(key)
    return w.verbal and w.form == "" and (w.hand_v or not w.is_noun)


# verbs that help another more than they act: after a stop they go on a sentence
_HELPING: Final = frozenset({"have", "has", "had", "do", "does", "did", "be", "get", "got"})


def _ends_a_sentence(vocab: Vocabulary, before: str) -> bool:
    """May a stop after ``before`` end a sentence when a word in lower case follows? Not after
    a shortening no list knows ("misc.", "appln.", "vs."): its stop is its own."""
    return not vocab.word(before.casefold()).unknown


def _stops_read(vocab: Vocabulary, raw: str) -> tuple[str, list[_Initials]]:
    """``raw`` with the full stops that end no sentence as spaces (the same length: the readers
    split clauses at the others), and its runs of capital initials."""
    chars = list(raw)
    runs: list[_Initials] = []
    run_start = -1  # where the run of initials being read starts
    for m in re.finditer(_STOP_AT, raw):
        at = m.start()
        gap = at + 1
        while gap < len(raw) and raw[gap].isspace():
            gap += 1
        after = _word_at(raw, gap)
        if not after or not after[0].isalpha():
            run_start = -1
            continue  # "No. 5", "the end."
        before = _word_before(raw, at)
        if not _letter_stop_at(raw, at - 1):
            run_start = -1
            if gap > at + 1 and _stop_goes_on(vocab, before, after):
                chars[at] = " "
            continue
        next_initial = len(after) == 1 and _letter_stop_at(raw, gap)
        if not (next_initial or _initial_before(raw, at)) and starts_a_task(vocab, after):
            run_start = -1
            continue  # a lone letter before an act: "Finish plan B. Call the bank"
        chars[at] = " "
        if not before.isupper() or next_initial:  # "e.g.", or not the run's last
            run_start = at - 1 if run_start < 0 and before.isupper() else run_start
            continue
        start = at - 1 if run_start < 0 else run_start
        run_start = -1
        named = after[0].isupper() and not starts_a_task(vocab, after)
        if named or start < at - 1:  # "J. Smith" (an initial before a name), or a run
            letters = "".join(c for c in raw[start:at] if c.isalpha())
            runs.append(_Initials(start, at + 1, letters, named))
    return "".join(chars), runs


def _initial_before(raw: str, at: int) -> bool:
    """Does a letter and its stop come right before the letter-stop at ``at`` ("J.R.",
    "J. K.")?"""
    prev = at - 2
    while prev > at - 4 and prev >= 0 and raw[prev] == " ":
        prev -= 1
    return prev >= 1 and raw[prev] == "." and _letter_stop_at(raw, prev - 1)


def _stop_goes_on(vocab: Vocabulary, before: str, after: str) -> bool:
    """Does a full stop after the word ``before`` (not an initial) and a space go on to
    ``after``: a title before a name ("Mr. Smith"), or a word in lower case that is no act, or
    that follows a shortening ("reps. assist customers", "misc. file boxes")?"""
    if after[0].isupper():
        return before.casefold() in HONORIFICS
    return not (starts_a_task(vocab, after) and _ends_a_sentence(vocab, before))


def _initials_marked(said: str, runs: list[_Initials]) -> tuple[str, dict[str, _Initials]]:
    """``said`` with each run of initials as one token of its own (a word no title holds), and
    those tokens' runs."""
    marks: dict[str, _Initials] = {}
    parts: list[str] = []
    at = 0
    for k, run in enumerate(runs):
        token = f"zinitials{k}z"
        marks[token] = run
        parts.append(said[at : run.start])
        parts.append(f" {token} ")
        at = run.end
    parts.append(said[at:])
    return "".join(parts), marks


def _initials_unit(vocab: Vocabulary, run: _Initials) -> Unit:
    """The unit of a run of initials: a word they spell that names a person ("C.E.O."), a name
    ("Call J.R. about the renewal"), or the initials of the name after them ("J.R.R. Tolkien":
    no part of the task's object). Quoted as its letters (the title's stops come between)."""
    key = run.letters.lower()
    if run.means:
        return Unit(vocab.word(run.means), key)
    text = " ".join(key)
    given = not run.named and len(key) == _GIVEN_INITIALS
    if not run.named and len(key) > _GIVEN_INITIALS:
        known = vocab.word(key)
        if known.person and not known.unknown:
            return Unit(known, text)
    u = Unit(_initials_word(key, given), text, not run.named)
    u.plain = not run.named
    return u


# Two initials that are a name ("A.J.", "J.R.") are what a person is called, as a given name is
# ("Meet A.J. for coffee"); longer runs are a name no list knows ("the I.R.S.").
_GIVEN_INITIALS: Final = 2
_GIVEN_NAME: Final = "given_names"
_GIVEN: Final = frozenset({_GIVEN_NAME})


def _initials_word(key: str, given: bool) -> Word:
    """A word for initials: a given name's (``given``), or a word known to no list."""
    w = _INITIALS_WORDS.get((key, given))
    if w is None:
        if len(_INITIALS_WORDS) > 1000:
            _INITIALS_WORDS.clear()
        w = _INITIALS_WORDS[key, given] = Word(key, "")
        if given:
            w.nclasses = _GIVEN
            w.hand_n = w.person = True
        else:
            w.unknown = True
    return w


_INITIALS_WORDS: Final[dict[tuple[str, bool], Word]] = {}


# The dashes that may join two numbers into a range ("2–3 items", "10 - 100 customers")
_RANGE_DASHES: Final = frozenset("-–")


def _without_range_dashes(tokens: list[str]) -> list[str]:
    """The tokens without a dash between two numbers ("share 2–3 roadmap items", "their top
    10- 100 customers"): a range of how many, inside the phrase, not a break between clauses,
    which would cut what the act is on short ("share 2"). A dash elsewhere stays a boundary."""
    kept: list[str] = []
    last = len(tokens) - 1
    for k, tok in enumerate(tokens):
        if (
            tok in _RANGE_DASHES
            and 0 < k < last
            and tokens[k - 1].isdigit()
            and tokens[k + 1].isdigit()
        ):
            continue
        kept.append(tok)
    return kept


def _plain_tokens(lowered: str) -> list[str] | None:
    """The tokens of a lowercased ASCII title of plain words (letters and digits) between
    whitespace, and hyphens inside words ("thank-you" is two words): what :data:`_TOKEN`
    finds there, found without it (a pattern costs several times more per title); None for any
    other title."""
    at = lowered.find("-") if "-" in lowered else -1  # (most titles hold none: asked first)
    if at >= 0:
        end = len(lowered) - 1
        while at >= 0:  # a hyphen between two letters or digits joins nothing and is no token
            if at == 0 or at == end or not lowered[at - 1].isalnum():
                return None
            if not lowered[at + 1].isalnum():
                return None
            at = lowered.find("-", at + 1)
        lowered = lowered.replace("-", " ")
    tokens = lowered.split()
    for tok in tokens:
        if not tok.isalnum():
            return None
    return tokens


# Two words joined by a hyphen, with no hyphen on either side ("lay-offs", "re-sync"; not
# "one-on-one": a run of three is a phrase's own spelling)
_HYPHENATED: Final = re.compile(r"(?<![\w-])([^\W\d_]+)-([^\W\d_]+)(?![\w-])")
# a prefix written with a hyphen that says the act is done again ("re-sync", "re-send")
_AGAIN: Final = "re"


def _compounds(vocab: Vocabulary, lowered: str) -> dict[tuple[str, str], str]:
    """The title's words written with a hyphen that are one word ("lay-offs", "e-mail"): the
    two parts -> the key of the word they are read as. The parts make no phrase ("follow-up"
    stays the phrase "follow up") and, written together, are a word a list knows ("layoffs");
    or the first is a "re-" that says the act is done again, before a verb ("re-sync the
    calendar" syncs it; not "re" as in "Re: the invoice"). Asked only of a title with a hyphen;
    the two units are merged into one that keeps their text, so a reason quotes it as written."""
    found: dict[tuple[str, str], str] = {}
    cache = _unit_cache(vocab)
    for chunk in lowered.split():
        if "-" in chunk:
            for first, second, key in _chunk_compounds(vocab, cache, chunk):
                found[first, second] = key
    return found


def _chunk_compounds(
    vocab: Vocabulary, cache: _UnitCache, chunk: str
) -> list[tuple[str, str, str]]:
    """:func:`_compounds` of one run of the title between whitespace (kept for each run: a
    plan's titles share their hyphenated words). :data:`_HYPHENATED` finds the same pairs run
    by run as in the whole title: a match holds no whitespace, and whitespace or the title's
    ends, around a run, are neither a word character nor a hyphen; a run is searched once,
    where the pattern tried at every position of every title cost ~2 % of a compiled pass."""
    found = cache.compounds.get(chunk)
    if found is None:
        if len(cache.compounds) > 10_000:
            cache.compounds.clear()
        found = cache.compounds[chunk] = [
            (first, second, key)
            for first, second in _HYPHENATED.findall(chunk)
            if (key := _compound(vocab, first, second))
        ]
    return found


def _compound(vocab: Vocabulary, first: str, second: str) -> str:
    """:func:`_compounds` of one word with a hyphen: the key it is read as, or ""."""
    cache = _unit_cache(vocab)
    a, b = cache.unit(first).word, cache.unit(second).word
    if _phrase_entries(vocab, a, b):
        return ""  # "follow-up", "check-in": a phrase of the two
    if not vocab.word(first + second).unknown:
        return first + second  # "lay-offs", "e-mail"
    if first == _AGAIN and b.verbal:
        return second  # "re-sync", "re-send"
    return ""


def _joined(cache: _UnitCache, words: list[Unit], joined: dict[tuple[str, str], str]) -> list[Unit]:
    """``words`` with each pair of :func:`_compounds` merged into the unit of its word."""
    out: list[Unit] = []
    k = 0
    while k < len(words):
        u = words[k]
        if k + 1 < len(words):
            key = joined.get((u.text, words[k + 1].text))
            if key:
                out.append(_read_as(cache, key, f"{u.text} {words[k + 1].text}"))
                k += 2
                continue
        out.append(u)
        k += 1
    return out


# "you" read as the customer a business speaks to: the acts of contact, seeing and keeping told
# that a business does to the one it serves ("we will keep you updated", "we will see you",
# "we'll call you"); "you" after any other act ("we manage your inbox", "we will send you a
# copy") is left as the reader takes it, as is "you" after an owner who is one person ("I will
# keep you posted": a helper writing to the owner)
_CUSTOMER_ACTS: Final = frozenset(
    {
        "keep", "update", "inform", "notify", "let", "see", "call", "phone",
        "ring", "contact", "visit", "meet", "tell",
    }
)  # fmt: skip
# the acts of contact done to the one a passive is about (not "be met": "you will be met with
# a welcome pack" is met by a thing)
_SERVED_ACTS: Final = _CUSTOMER_ACTS - {"meet"}
# the one "you" is read as where a business speaks, and whose "your" is then
_CUSTOMER: Final = "customer"
_THEIRS: Final = "their"
# a business as a subject: "we", or "our" / "the" before one of its words ("our team", "the
# practice will see you")
_WE: Final = "we"
_BUSINESS_WORDS: Final = frozenset(
    {"team", "staff", "practice", "surgery", "clinic", "office", "company", "firm", "doctor"}
)
_BUSINESS_DETS: Final = frozenset({"our", "the"})
# the subjects :func:`_subject_of` tells apart, and the word "you" is read as after one helper
_BUSINESS: Final = "business"
_ONE_HELPER: Final = "helper"
_I: Final = "i"
_OWNER: Final = "me"
# "you" as the subject of a passive, on its own or with its "will" or "are"
_YOU_AS_SUBJECT: Final = frozenset({"you", "you'll", "you're"})


def _customer_you(cache: _UnitCache, words: list[Unit]) -> list[Unit]:
    """``words`` with each "you" that is the customer a business speaks to read as a customer
    (its text kept, so a reason quotes "keep you updated"): right after an act of contact,
    seeing or keeping told (:data:`_CUSTOMER_ACTS`), in a sentence whose subject is the
    business (:func:`_subject_of`), or as the subject of such an act in the passive ("you will
    be seen by your own doctor": :func:`_served_in_the_passive`). After such an act whose
    subject is one person ("I will keep you posted": a helper's promise), "you" is the owner,
    read as "me". "you" is otherwise the owner the title is written to ("we handle your
    bookings", "I will manage your inbox"), and the reader passes it over."""
    out = words
    spoken_to = False  # a "you" read as the customer comes before, in this sentence
    for k in range(len(words)):
        u = words[k]
        if u.flags & BOUNDARY:
            spoken_to = False
        elif spoken_to and u.text == "your":
            out[k] = _read_as(cache, _THEIRS, u.text)  # "... on the progress of your repair"
        elif u.text == "you" and k and words[k - 1].word.key in _CUSTOMER_ACTS:
            subject = _subject_of(words, k - 1)
            if subject:
                if out is words:
                    out = list(words)
                if subject == _BUSINESS:
                    out[k] = _read_as(cache, _CUSTOMER, u.text)
                    spoken_to = True
                else:  # "I will keep you posted": a helper's promise to the owner
                    out[k] = _read_as(cache, _OWNER, u.text)
        elif u.text in _YOU_AS_SUBJECT and _served_in_the_passive(words, k):
            if out is words:
                out = list(words)
            out[k] = _read_as(cache, _CUSTOMER, u.text)
            spoken_to = True
    return out


def _served_in_the_passive(words: Sequence[Unit], k: int) -> bool:
    """Is ``words[k]`` ("you") the subject of a passive act of contact, seeing or keeping told
    (:data:`_CUSTOMER_ACTS`): "you will be seen by your usual doctor", "you are contacted within
    a day", "you will be kept informed"? Someone serves the one the title speaks to, as a
    service charter promises its patients or customers; the act is the writer's, done to them."""
    be = words[k].text == "you're"
    for u in words[k + 1 :]:
        if u.text in _BE:
            be = True
        elif be and participle(u):
            return u.word.vkey in _SERVED_ACTS
        elif not (u.skip or _modal(u) or u.text == "not"):
            return False
    return False


def _phrases_undone(cache: _UnitCache, words: list[Unit]) -> list[Unit]:
    """``words`` with the phrases that the words after them show are none: a preposition
    ending in "to" before a verb (:func:`_to_an_act`: "two days prior to | confirm the
    timeline" is "to confirm", a purpose, after a phrase of when), and the condition "in case"
    before a noun that it describes (:func:`_case_of`: "in case management software", "in case
    notes": "case" is the noun's)."""
    out: list[Unit] | None = None
    for k, u in enumerate(words):
        key = u.word.key
        if key == _IN_CASE and _case_of(words, k + 1):
            parts = [cache.unit(t) for t in u.text.split()]
        elif u.flags & PREP and key.endswith(" to") and _to_an_act(words, k + 1):
            parts = [_read_as(cache, "to", u.text)]
        else:
            if out is not None:
                out.append(u)
            continue
        if out is None:
            out = words[:k]
        out.extend(parts)
    return words if out is None else out


_IN_CASE: Final = "in case"


def _case_of(words: Sequence[Unit], k: int) -> bool:
    """Is ``words[k]`` a noun that "case" describes, not the subject of a condition: a noun
    that is no person, then the title's or phrase's end, or another noun that is no verb ("in
    case management/time", "in case management software"; not "in case clients cancel", "in
    case files get lost", "in case of")?"""
    if k >= len(words):
        return False
    u = words[k]
    w = u.word
    if u.flags or not u.plain or not w.is_noun or is_person(u):
        return False
    if k + 1 >= len(words):
        return True
    nxt = words[k + 1]
    if nxt.prep or nxt.flags & (PREP | JOIN | BOUNDARY):
        return True
    return nxt.plain and nxt.word.is_noun and not nxt.word.verbal


def _to_an_act(words: list[Unit], k: int) -> bool:
    """Does ``words[k]`` start an act: a verb's base form that is no noun, or one that is,
    followed by what it acts on ("prior to | confirm", "prior to | contact the client"; not
    "prior to | arrival", "prior to | the event")?"""
    if k >= len(words) or not _base_verb(words[k], hand=False) or words[k].cap:
        return False
    return not words[k].word.is_noun or _acts_on_after(words, k + 1)


def _read_as(cache: _UnitCache, key: str, text: str) -> Unit:
    """A unit read as the word ``key`` with the ``text`` written ("lay-offs" as "layoffs",
    "you" as a customer), so a reason quotes it as written."""
    made = cache.unit(key)
    read = Unit(made.word, text)
    read.may = made.may
    # (its phrases are the word's; not the pair cache, whose units keep the cache unit's text:
    # "e-mail list" is quoted as written)
    read.nexts = made.nexts
    return read


def _subject_of(words: Sequence[Unit], end: int) -> str:
    """The subject before ``words[end]`` in its sentence: a business (:data:`_BUSINESS`: "we",
    "we will", "we'll", or "our" / "the" before a word of the business: "our team", "the
    practice"), one person writing to the owner ("I", "I'll": :data:`_ONE_HELPER`), or ""."""
    for k in range(end - 1, -1, -1):
        u = words[k]
        if u.flags & BOUNDARY:
            return ""
        first = first_word(u)
        if first == _WE:
            return _BUSINESS
        if first == _I:
            return _ONE_HELPER
        if u.word.key in _BUSINESS_WORDS and k and words[k - 1].word.key in _BUSINESS_DETS:
            return _BUSINESS
    return ""


def _twice(text: str, part: str) -> bool:
    """Does ``part`` come twice in ``text`` (the second may overlap the first)?"""
    at = text.find(part)
    return at >= 0 and text.find(part, at + 1) >= 0


def _q_and(lowered: str) -> bool:
    """Does a "q" come before "&" or "and", maybe with whitespace between (what
    :data:`_Q_AND_A_WRITTEN` needs to match)?"""
    end = len(lowered)
    at = lowered.find("q")
    while at >= 0:
        k = at + 1
        while k < end and lowered[k].isspace():
            k += 1
        # lowered.startswith("&", k) or lowered.startswith("and", k), as finds bounded to the
        # word's length (compiled, a startswith with a start is a generic method call)
        if lowered.find("&", k, k + 1) == k or lowered.find("and", k, k + 3) == k:
            return True
        at = lowered.find("q", at + 1)
    return False


# the forms of "be" that make a passive ("is called", "are phoned and welcomed")
_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being"})


_END: Final = Unit(_BOUNDARY_WORD, ".")
_QUOTES: Final = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-", "‒": "-"})
_SKIPPED: Final = Unit(Word("", ""), "")


# What a token may do, as its unit keeps it (Unit.may): a title ORs its tokens' and skips the
# passes none of them needs.
_MAY_SKIP: Final = 1  # skipped
_MAY_NAME: Final = 2  # no list knows it (maybe a name)
_MAY_START: Final = 4  # may start a phrase
_MAY_QUANTIFY: Final = 8  # a quantifier
_MAY_BE: Final = 16  # a form of "be" (a passive may be)
_MAY_STATE: Final = 32  # a word of how a person is ("OK": see _asks_after)
_MAY_FIRM: Final = 64  # a word that ends a firm's name ("Inc", "Ltd": see _firms_named)
_MAY_PERMIT: Final = 128  # "allowed", "permitted" (see Reading.permits)
_MAY_MODAL: Final = 256  # a modal ("will", "might": see _subject_before_modal)
_MAY_YOU: Final = 512  # "you" as a subject or an object (see _customer_you: a title without
# one is left as it is)
# what the titles' tokens may do that makes a clause prose to read closer (see _prose): a form of
# "be" (a passive may be), a modal (a subject may come before it)
_MAY_PROSE: Final = _MAY_BE | _MAY_MODAL
_PERMITS: Final = frozenset({"allowed", "permitted"})


class _UnitCache:
    """Token -> its :class:`Unit`, made on first sight, with what the token may do
    (:attr:`Unit.may`: skipped, unknown to every list, a phrase's start, a quantifier, "be"), so
    a title skips the passes none of its tokens needs.

    A class of its own holding a plain dict (not a dict subclass with ``__missing__``): compiled,
    looking a token up in a plain dict is a direct call, and the cache's fields are read from
    the object, where a subclass of dict goes through the generic item and attribute look-ups
    for every token and every title."""

    __slots__ = ("compounds", "merged", "units", "vocab")

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.units: dict[str, Unit] = {}
        # a phrase's key and text -> its unit (a title that says it twice gets a second one:
        # the readers tell the units of a title apart by identity)
        self.merged: dict[tuple[str, str], Unit] = {}
        # a run of a title between whitespace that holds a hyphen -> its words written with
        # one that are one word (:func:`_chunk_compounds`)
        self.compounds: dict[str, list[tuple[str, str, str]]] = {}

    def unit(self, tok: str) -> Unit:
        """The token's unit (made on first sight)."""
        u = self.units.get(tok)
        return u if u is not None else self.make(tok)

    def make(self, tok: str) -> Unit:
        """A token's unit, seen for the first time: made and kept."""
        u = self.units[tok] = _unit(self.vocab, tok)
        if u.word.phrase_start:
            u.nexts = {}
            u.pairs = {}
        kind = _MAY_SKIP if u is _SKIPPED else 0
        if u.word.unknown:
            kind |= _MAY_NAME
        if u.word.phrase_start:
            kind |= _MAY_START
        if u.flags & QUANT:
            kind |= _MAY_QUANTIFY
        if tok in _BE:
            kind |= _MAY_BE
        if u.word.roles & STATE:
            kind |= _MAY_STATE
        if tok in _FIRM_ENDINGS:
            kind |= _MAY_FIRM
        if tok in _PERMITS:
            kind |= _MAY_PERMIT
        if u.word.roles & MODAL:
            kind |= _MAY_MODAL
        if u.text in _YOU_AS_SUBJECT:
            kind |= _MAY_YOU
        u.may = kind  # the same for every token of _SKIPPED (none is a form of "be")
        return u


# The one unit cache kept (a list of at most one: a module global that is changed is looked up
# by name, compiled, and a Final list's item is not): a cache serves one vocabulary only.
_UNIT_CACHE: Final[list[_UnitCache]] = []


def _unit_cache(vocab: Vocabulary) -> _UnitCache:
    """The unit cache of ``vocab``: the one kept, or a new one (kept in its place) when the one
    kept is another vocabulary's or has grown past its bound."""
    if _UNIT_CACHE:
        cache = _UNIT_CACHE[0]
        if cache.vocab is vocab and len(cache.units) <= 100_000:
            return cache
    cache = _UnitCache(vocab)
    _UNIT_CACHE.clear()
    _UNIT_CACHE.append(cache)
    return cache


def _unit(vocab: Vocabulary, tok: str) -> Unit:
    if tok in _BOUNDARY_TOKENS:
        return Unit(_BOUNDARY_WORD, tok)
    if tok in _JOIN_TOKENS:
        return Unit(_JOIN_WORD, tok)
    poss = tok.endswith(("'s", "s'")) and len(tok) > 2
    if tok.endswith("'s") and len(tok) > 2:
        tok = tok[:-2]
    tok = tok.strip("'#@")
    if not tok:
        return _SKIPPED
    word = tok
    if not tok.isascii():  # read as its letters without accents ("résumés" -> "resumes"),
        # quoted as written; the model's features are ASCII names
        word = unicodedata.normalize("NFKD", tok).encode("ascii", "ignore").decode("ascii") or tok
    u = Unit(vocab.word(word), tok)
    u.poss = poss
    return u


# Words that end a firm's name, written with a capital after it ("Acme Inc.", "Globex Corp",
# "Greenleaf Ltd"): the firm is named, as a person is by a name
_FIRM_ENDINGS: Final = frozenset(
    {"inc", "corp", "co", "ltd", "llc", "llp", "plc", "gmbh", "pty", "lp", "ag", "bv", "sarl"}
)


def _firms_named(vocab: Vocabulary, words: list[Unit], raw: str) -> list[Unit]:
    """``words`` with each firm's name and the word that ends it (:data:`_FIRM_ENDINGS`,
    written with a capital right after a capitalised word: "Call Acme Inc. about the dispute",
    "Email Globex Corp. to thank them") as one unit: a name, what the act is towards, not the
    word "inc" or "corp" (WordNet's groups: read as any company)."""
    out: list[Unit] = []
    for u in words:
        prev = out[-1] if out else None
        if (
            u.text in _FIRM_ENDINGS
            and prev is not None
            and prev.plain
            and not prev.word.person
            and _capitalised_pair(raw, prev.text, u.text)
        ):
            name = Unit(_firm_word(prev.word.key), f"{prev.text} {u.text}", True)
            name.poss = u.poss
            out[-1] = name
            continue
        out.append(u)
    return out


def _capitalised_pair(raw: str, first: str, second: str) -> bool:
    """Does ``raw`` write ``first`` and then ``second`` each with a capital, with only
    spaces (or a comma: "Acme, Inc.") between?"""
    pattern = rf"(?<![^\W_]){re.escape(first)}[ ,]+{re.escape(second)}(?![^\W_])"
    for m in re.finditer(pattern, raw, re.IGNORECASE):
        said = m.group(0)
        if said[0].isupper() and said[len(said) - len(second)].isupper():
            return True
    return False


def _firm_word(key: str) -> Word:
    """A word for a firm's name: a name no list knows (as a capitalised unknown word is)."""
    w = _FIRM_WORDS.get(key)
    if w is None:
        if len(_FIRM_WORDS) > 1000:
            _FIRM_WORDS.clear()
        w = _FIRM_WORDS[key] = Word(key, "")
        w.unknown = True
    return w


_FIRM_WORDS: Final[dict[str, Word]] = {}


def _title_case(raw: str, vocab: Vocabulary) -> bool:
    """Titles Written Like This say nothing about names: most of the known words after the
    first are capitalised ("Build Strong Client Relationships", not "Call with Lisa Chen")."""
    known = upper = 0
    for w in raw.split()[1:]:
        if not w[:1].isalpha():
            continue
        token = w.strip(".,;:!?()[]\"'").casefold()
        if len(token) > 1 and not vocab.word(token).unknown and not vocab.word(token).person:
            known += 1
            upper += w[0].isupper()
    return known > 0 and upper * 2 >= known


# a capitalised word after a lower-case word, a comma, an initial ("to J.R.R. Tolkien") or a
# title ("Dr. Patel"); a capital is looked for first (the same matches: the look-ahead and
# the look-behinds hold at the same place), so the look-behinds are tried only before one, not
# at every character (a tenth of the time)
_CAP: Final = rf"(?=[A-Z])(?:(?<=[a-z,] )|(?<=\b[A-Z]\. )|{_AFTER_HONORIFIC})([A-Z][a-z]+)"


def _capitals(raw: str) -> frozenset[str]:
    return frozenset(m.casefold() for m in re.findall(_CAP, raw))


# a capitalised word ending as an adverb does, after the title's first word and before another
_CAP_LY: Final = re.compile(r"(?<=\s)([A-Z][a-z]*ly)\b(?=\W*\w)")


def _capitals_ly(raw: str, vocab: Vocabulary) -> frozenset[str]:
    """In a title written in Title Case, the words no list knows that end in "-ly", written
    with a capital inside it, and made from no word a list knows: names, not adverbs ("Call
    Molly Back", "Thank Beverly For The Gift"; not "Open the Conversation Calmly", "Respond
    Publicly To Reviews": "calm", "public")."""
    found = set()
    for m in _CAP_LY.findall(raw):
        key = m.casefold()
        stems = (key[:-2], key[:-1] + "e", key[:-3] + "y")  # "calm", "gentle", "happy"
        if not any(len(stem) > 2 and not vocab.word(stem).unknown for stem in stems):
            found.add(key)
    return frozenset(found)


def _merge_phrases(
    vocab: Vocabulary, words: list[Unit], cache: _UnitCache | None = None
) -> tuple[list[Unit], int]:
    """Merge the phrases of several words ("follow up", "for my approval") into one unit; and
    the roles of the phrases merged (:data:`LIVE`: see :func:`_held_live`)."""
    roles = 0
    out: list[Unit] | None = None  # made only when a phrase turns up
    copied = 0  # words before this index are in ``out``
    for i in range(len(words) - 1):
        first = words[i]
        nexts = first.nexts
        if nexts is None or i < copied:
            continue  # not a word that starts a phrase, or inside a phrase already merged
        nxt = words[i + 1]
        pairs = first.pairs
        if pairs is not None and not nxt.cap:  # two of the cache's units (a name is not)
            unit = pairs.get(nxt, _UNSEEN_PAIR)
            if unit is _UNSEEN_PAIR:
                if len(pairs) > 1000:
                    pairs.clear()
                unit = pairs[nxt] = _pair_unit(vocab, first, nxt, nexts)
            if unit is None:
                continue  # no phrase starts with the two
            if unit is not _LONGER:  # the longest phrase of the two is the two
                if out is None:
                    out = []
                for j in range(copied, i):
                    out.append(words[j])
                if _holds(out, unit):  # a phrase said twice is two units
                    unit = Unit(unit.word, unit.text)
                out.append(unit)
                roles |= unit.word.roles
                copied = i + 2
                continue
        x = nxt.word
        entries = nexts.get(x, _UNSEEN)
        if entries is _UNSEEN:
            entries = nexts[x] = _phrase_entries(vocab, words[i].word, x)
        if not entries:
            continue
        parts, key = entries[0]  # the longest first: one of two words is the common case
        found = (2, key) if len(parts) == 2 else _phrase_at(words, i, entries)
        if found is not None and (
            _whose(vocab, words[i + found[0] - 1], found[1])
            or _plural_for_singular(vocab, words[i + found[0] - 1], found[1])
            or _past_for_noun(vocab, words[i + found[0] - 1], found[1])
        ):
            found = None
        if found is not None:
            size, key = found
            # (two words, the common case, joined without a list and a slice made for them)
            text = (
                f"{words[i].text} {words[i + 1].text}"
                if size == 2
                else " ".join([u.text for u in words[i : i + size]])
            )
            if out is None:
                out = []
            for j in range(copied, i):
                out.append(words[j])
            merged = (cache if cache is not None else _unit_cache(vocab)).merged
            unit = merged.get((key, text))
            if unit is None or _holds(out, unit):  # a phrase said twice is two units
                w = words[i].word
                word = vocab.word(key)
                if w.form in ("ing", "ed") and word.form == "":
                    word = _with_form(vocab, key, w.form)
                unit = Unit(word, text)
                if len(merged) > 10_000:
                    merged.clear()
                merged[key, text] = unit
            out.append(unit)
            roles |= unit.word.roles
            copied = i + size
    if out is None:
        return words, 0
    for j in range(copied, len(words)):  # (words[copied:] without the slice's list)
        out.append(words[j])
    return out, roles


_UNSEEN: Final[PhraseEntries] = []


def _holds(units_: list[Unit], unit: Unit) -> bool:
    """Is this very unit among ``units_`` (``in``, without asking each for equality)?"""
    for u in units_:  # noqa: SIM110 (a plain loop: no generator on this path)
        if u is unit:
            return True
    return False


# Unit.pairs' answers beside a phrase's unit: not looked up yet, and a phrase longer than two
_UNSEEN_PAIR: Final = Unit(Word("", ""), "")
_LONGER: Final = Unit(Word("", ""), "")


def _pair_unit(
    vocab: Vocabulary, first: Unit, nxt: Unit, nexts: dict[Word, PhraseEntries | None]
) -> Unit | None:
    """:func:`_merge_phrases` for two units of the cache, what it does not learn from the words
    after them: the unit of the two-word phrase they make, None when they make none and start no
    longer one, :data:`_LONGER` when the longest phrase they start is longer (the words after
    them decide)."""
    x = nxt.word
    entries = nexts.get(x, _UNSEEN)
    if entries is _UNSEEN:
        entries = nexts[x] = _phrase_entries(vocab, first.word, x)
    if not entries:
        return None
    parts, key = entries[0]  # the longest first
    if len(parts) != 2:
        return _LONGER
    if (
        _whose(vocab, nxt, key)
        or _plural_for_singular(vocab, nxt, key)
        or _past_for_noun(vocab, nxt, key)
    ):
        return None
    w = first.word
    word = vocab.word(key)
    if w.form in ("ing", "ed") and word.form == "":
        word = _with_form(vocab, key, w.form)
    return Unit(word, " ".join([first.text, nxt.text]))


def _whose(vocab: Vocabulary, last: Unit, key: str) -> bool:
    """Does a marker phrase that is no noun ("every client": one message to all) end on a
    possessive ("Ask every client's opinion")? Then it says whose the next word is (each
    client's opinion), and is no phrase; a noun's phrase keeps it ("team members'")."""
    if not last.poss:
        return False
    w = vocab.word(key)
    return bool(w.markers) and not w.hand_n


def _plural_for_singular(vocab: Vocabulary, last: Unit, key: str) -> bool:
    """Does a phrase that hands the work back to the owner ("for review") end on a plural the
    phrase does not have ("for reviews")? Then it says what is asked for, not whose approval."""
    return last.word.form == "s" and not key.endswith("s") and "approval" in vocab.word(key).markers


def _past_for_noun(vocab: Vocabulary, last: Unit, key: str) -> bool:
    """Does a phrase that is only a noun ("customer base") end on a verb's past form its key
    does not spell ("customers based on their needs")? Then the word is the verb ("based on"),
    and the words are no such noun; a phrase that is a verb keeps its past ("followed up")."""
    return (
        last.word.form == "ed"
        and not vocab.word(key).verbal
        and not key.endswith(last.text.casefold())
    )


def _phrase_entries(vocab: Vocabulary, w: Word, x: Word) -> PhraseEntries | None:
    """The phrases that start with these two words, longest first (None: no phrase does)."""
    phrases = vocab.phrases
    seconds = phrases.get(w.key) or phrases.get(w.vkey) or phrases.get(w.nkey)
    if not seconds:
        return None
    return seconds.get(x.key) or seconds.get(x.vkey) or seconds.get(x.nkey)


def _phrase_at(words: list[Unit], i: int, entries: PhraseEntries) -> tuple[int, str] | None:
    """The longest of ``entries`` (the phrases of the two words at ``i``) that the words from
    ``i`` hold: (its length in words, its key), or None."""
    n = len(words)
    for parts, key in entries:
        size = len(parts)
        if i + size > n:
            continue
        k = 2
        while k < size:
            y = words[i + k].word
            part = parts[k]
            if part != y.key and part != y.vkey and part != y.nkey:
                break
            k += 1
        else:
            return size, key
    return None


def _with_form(vocab: Vocabulary, key: str, form: str) -> Word:
    cached = vocab.cache.get(f"{key}\t{form}")
    if cached is None:
        base = vocab.word(key)
        cached = Word(base.key, form)
        for slot in WORD_FIELDS:
            if slot != "form":
                setattr(cached, slot, getattr(base, slot))
        vocab.cache[f"{key}\t{form}"] = cached
    return cached


# ---------------------------------------------------------------------------------------------
# Readers
# ---------------------------------------------------------------------------------------------


def read(vocab: Vocabulary, text: str) -> list[Reading]:
    """One reading per task in the title (at least one, maybe empty)."""
    words, bounded, prose, each, look_after, permits = _units(vocab, text)
    if not bounded:  # one clause (the common case)
        if not words:
            found = []
        else:
            found = _read_each(vocab, words, prose) if each else _read_clause(words, prose)
        if len(found) > 1:
            _take_topic(found, None)
        if look_after:
            _read_after(vocab, found)
        return _with_permits(found, permits)
    found = []
    clause: list[Unit] = []
    topic: Reading | None = None
    after = ""  # the boundary before this clause
    if "(" in text or "[" in text:
        words = _without_asides(words)
    for u in [*words, _END]:
        if u.flags & BOUNDARY:
            if not clause:
                clause_readings = []
            elif each:
                clause_readings = _read_each(vocab, clause, prose)
            else:
                clause_readings = _read_clause(clause, prose)
            if found and _elaborates(after, found, clause_readings):
                clause_readings = []  # a list about the task before: not a task
            after = u.text
            if not (clause and _opens_condition(clause[0]) and _no_act(clause_readings)):
                # (not "If they request to join your chapter; email, call, meet ...": a
                # condition, not a topic the acts after it are on)
                topic = _take_topic(clause_readings, topic)
            found.extend(clause_readings)
            clause = []
        else:
            clause.append(u)
    if look_after:
        _read_after(vocab, found)
    return _with_permits(found, permits)


def _with_permits(found: list[Reading], permits: bool) -> list[Reading]:
    """The readings of a title (one empty reading when it has none), the first marked when the
    title says "allowed" or "permitted" (:attr:`Reading.permits`)."""
    if not found:
        found = [Reading()]
    if permits:
        found[0].permits = True
    return found


def _read_after(vocab: Vocabulary, found: list[Reading]) -> None:
    """What a title with a word of how a person is or a live medium says once its tasks are
    read (:func:`_personal_when_asking_after`, :func:`_held_live`)."""
    _personal_when_asking_after(found)
    found.extend(_held_live(vocab, found))


# What a live medium makes of a task towards people (:func:`_held_live`): talking with them
_LIVE_ACT: Final = "talk"


def _held_live(vocab: Vocabulary, readings: Sequence[Reading]) -> list[Reading]:
    """A task towards people whose act reads as delegable work ("update" a record, "review" a
    document), done through a live medium, is also a talk with them ("Update my biggest client
    on the delay by phone": a conversation, not a report): one more reading, whose act is
    talking, on the task's object and phrases (the strongest reading decides). Not for an act
    of no such kind (it is read as it is: "Sell my package on a call"), nor for arranging
    ("Confirm the booking with the venue by phone": a booking call), nor when the medium is one
    of several ("by email or by phone")."""
    talks: list[Reading] = []
    for r in readings:
        verb = r.verb
        if verb is None or verb.word.kind_v is None or "arrange" in verb.word.vclasses:
            continue
        if not r.people() or not _addressed(r):
            continue
        main = r.main
        for k, u in enumerate(main):
            if (
                u.word.roles & LIVE
                and u in r.units
                and not _one_of_several(main, k)
                and not negated(main, k)
            ):
                talk = Reading()
                talk.verb = Unit(vocab.word(_LIVE_ACT), u.text)
                talk.obj, talk.pps, talk.units = r.obj, r.pps, r.units
                talk.markers, talk.background, talk.main = r.markers, r.background, r.main
                talks.append(talk)
                break
    return talks


def _addressed(r: Reading) -> bool:
    """Is the task addressed to its people (they are what it acts on, or whom it is with or to:
    "Update my biggest client", "go over the plan with the client"), not only where something
    comes from or whom it is for ("Collect signatures from clients", "Buy gifts for clients":
    an errand, however it is done), and is what it is about no thing of admin work ("overdue
    payments": chasing money owed is admin, whatever the medium)?"""
    found = False
    for u in r.obj:
        if u.word.kind_n == "admin":
            return False
        # "Update my biggest client"; not a body that is only a group by WordNet, which an
        # admin act handles as a thing ("Register the business in person")
        found = found or (is_person(u) and (u.cap or not ONE_OF_US.isdisjoint(u.word.nclasses)))
    for prep, units_ in r.pps:
        for u in units_:
            if u.word.kind_n == "admin":
                return False
            found = found or (prep.rstrip("*") in _ADDRESSED and is_person(u))
    return found


# The word classes of people that are someone to talk to, not only a body by WordNet's groups
ONE_OF_US: Final = frozenset(
    ("people", "own_people", "groups", "suppliers", "given_names", "wn.person")
)
# Prepositions whose people a task is addressed to ("with the client", "to the team")
_ADDRESSED: Final = frozenset({"with", "to", "on"})


def _one_of_several(units_: Sequence[Unit], k: int) -> bool:
    """Is the unit at ``k`` one of several joined ("by email or by phone", "in person or
    online")?"""
    return (k > 0 and bool(units_[k - 1].flags & JOIN)) or (
        k + 1 < len(units_) and bool(units_[k + 1].flags & JOIN)
    )


_PERSONAL: Final = frozenset({"personal"})


def _personal_when_asking_after(readings: Sequence[Reading]) -> None:
    """A task that asks after a person (:func:`_asks_after`) is personal: that is its point,
    whatever else it names ("Follow up with a client whose payment is late to check she is
    OK")."""
    for r in readings:
        if "personal" not in r.markers and _asks_after([*r.main, *r.background]):
            r.markers = r.markers | _PERSONAL


def _asks_after(seq: Sequence[Unit]) -> bool:
    """Does the clause say how a person is: a person, a form of "be" and a word of the
    ``states`` list ("she is OK", "the guest is satisfied", "they're happy"), an -ing form
    only after "how" ("see how she's doing"; not "what the competition is doing")?"""
    for j in range(1, len(seq)):
        u = seq[j]
        if not u.word.roles & STATE:
            continue
        k = j - 1
        if seq[k].skip and k > 0 and not seq[k].word.roles & PRONOUN:
            k -= 1  # "they are all happy"
        be = seq[k]
        if be.text in _BE:
            if k == 0:
                continue
            who = seq[k - 1]
        elif be.poss or be.text.endswith("'re"):
            who = be  # "she's", "they're"
        else:
            continue
        if not (who.word.roles & PRONOUN or is_person(who)):
            continue
        if u.word.form != "ing":
            return True
        at = seq.index(who)
        if at > 0 and seq[at - 1].word.key == "how":
            return True
    return False


def _read_each(vocab: Vocabulary, clause: list[Unit], prose: int) -> list[Reading]:
    """:func:`_read_clause`, and again with "every client" as "every" + "client" when that
    phrase of one message to all ("every client", "all members") is what an act done with one
    person at a time acts on ("Call every client who has gone quiet", "personally thank every
    donor"): each of them in turn. After an act that goes one way ("Email every client") it
    stays one message."""
    found = _read_clause(clause, prose)
    phrases = [u for u in clause if "broadcast" in u.marks and " " in u.text]
    if not phrases:
        return found  # the common case
    cache = _unit_cache(vocab)
    each = [u for u in phrases if _all_at_once(cache, u) and _one_by_one(found, u)]
    if not each:
        return found
    split: list[Unit] = []
    for u in clause:
        if u in each:
            split.extend(cache.unit(t) for t in u.text.split())
        else:
            split.append(u)
    return _read_clause(split, prose)


def _all_at_once(cache: _UnitCache, u: Unit) -> bool:
    """Is ``u`` a phrase of one message to all that is a quantifier and people ("every client",
    "all members"; not "mass email")?"""
    words = u.text.split()
    return bool(cache.unit(words[0]).flags & QUANT) and cache.unit(words[-1]).word.person


def _one_by_one(readings: Sequence[Reading], u: Unit) -> bool:
    """Is the act before ``u`` in its clause done with one person at a time (a word of the
    ``one_by_one`` list, or a gesture done personally)?"""
    if not readings:
        return False
    verbs = {id(r.verb): r for r in readings if r.verb is not None}
    last: Reading | None = None
    main = readings[0].main
    for k, x in enumerate(main):
        if x is u:
            if last is None:  # "All clients are called every month": the act after them
                last = _passive_after(main[k + 1 :], verbs)
            break
        last = verbs.get(id(x), last)
    else:
        return False
    if last is None or last.verb is None:
        return False
    v = last.verb.word
    return bool(v.roles & ONE_BY_ONE) or ("gesture" in v.vclasses and "personal" in last.markers)


def _passive_after(rest: Sequence[Unit], verbs: dict[int, Reading]) -> Reading | None:
    """The reading whose act is a passive right after the people it acts on ("All clients
    | are called"): a form of "be", then (after words like "all", "always") that act."""
    seen_be = False
    for x in rest:
        if x.text in _BE:
            seen_be = True
        elif id(x) in verbs:
            return verbs[id(x)] if seen_be else None
        elif not (x.skip or _modal(x)):
            return None
    return None


def _no_act(readings: list[Reading]) -> bool:
    """Do the readings hold no act (each only a noun phrase)?"""
    for r in readings:  # noqa: SIM110 (a plain loop: no generator on this path)
        if r.verb is not None:
            return False
    return True


def _take_topic(readings: list[Reading], topic: Reading | None) -> Reading | None:
    """The first reading that is only a noun phrase is the topic: a later verb with nothing to
    act on acts on it ("Blog comments - respond"). Returns the topic so far."""
    for r in readings:
        if r.noun_mode and topic is None:
            topic = r
        elif topic is not None and r.verb is not None and not r.obj and not r.pps:
            r.obj = list(topic.obj)  # "Blog comments - respond": the verb acts on the topic
            r.pps = list(topic.pps)
            r.units = [*r.units, *topic.units]
    return topic


def _without_asides(words: list[Unit]) -> list[Unit]:
    """The title without its asides in brackets ("Designing posts (images, videos) that ..."):
    an aside says more about the task, it is not one. Brackets at the start are kept."""
    out: list[Unit] = []
    depth = 0
    for u in words:
        if depth:
            depth += (u.text in _OPEN) - (u.text in _CLOSE)
        elif u.text in _OPEN and any(not x.word.flags & BOUNDARY for x in out):
            depth = 1
        else:
            out.append(u)
    return out


_OPEN: Final = frozenset("([")
_CLOSE: Final = frozenset(")]")


def _elaborates(after: str, found: Sequence[Reading], readings: Sequence[Reading]) -> bool:
    """Is this clause a list that says more about the task before it ("Log meeting notes:
    attendees, decisions")? A list that starts with a noun, after a colon or a dash that
    follows a task with a verb."""
    if after not in (":", "-", "–", "—") or not readings:
        return False
    return found[-1].verb is not None and readings[0].verb is None


_NO_MARKERS: Final[frozenset[str]] = frozenset()


def _standalone(w: Word) -> bool:
    """A verb that needs no object: "Network", "Give feedback", "Follow up"."""
    return bool(w.vclasses & _STANDALONE_VERBS) or (" " in w.key and w.hand_v and w.is_noun)


_STANDALONE_VERBS: Final = frozenset(
    {"network", "converse", "speak", "follow_up", "gesture", "presence"}
)


def _leads_on(main: list[Unit], clause: list[Unit], k: int) -> bool:
    """Is ``clause[k]`` the "to" after a lead-in verb ("Travel to meet", "Try to reply")?"""
    if clause[k].word.key != "to" or k + 1 >= len(clause):
        return False
    nxt = clause[k + 1].word
    if not (nxt.hand_v and nxt.form == ""):
        return False
    verbs = [u for u in main if u.word.verbal]
    if not verbs:
        return False
    if "lead_in" in verbs[0].word.vclasses and len(main) <= 3:
        return True
    # a move to a place, then what it is for: "Drop by the bakery to thank Rosa", "Drive to the
    # office to meet the client" (the move is only the way there)
    return main[0] is verbs[0] and _moves(main[0].word) and 1 < len(main) <= 6 and main[1].prep


def _moves(w: Word) -> bool:
    """Is this a verb of going somewhere: a lead-in of motion ("drive", "head"), or a verb that
    WordNet files under motion alone, no act of the hand-made lists ("drop", "pop", "walk")?"""
    classes = w.vclasses
    return _MOTION in classes and ("lead_in" in classes or not w.hand_v)


_MOTION: Final = "wv.motion"


def _is_verb_here(
    units_: list[Unit], i: int, first: bool = True, then: Sequence[Unit] = ()
) -> bool:
    """Is the word at ``i`` (the first of a task) its verb, or the start of a noun phrase?
    ``then`` is the task after it in its clause ("Invites | and trains participants")."""
    w = units_[i].word
    if not w.verbal:
        # an unknown first word followed by more words reads as an unknown verb
        unknown = not w.is_noun and not w.flags and w.key.isalpha()
        return first and unknown and i + 1 < len(units_)
    if w.form == "s" or _written_plural(units_[i]):
        return _verb_with_s(units_, i, then)
    after = units_[i + 1] if i + 1 < len(units_) else None
    nxt = after.word if after is not None else None
    if (
        w.hand_n
        and w.form != "ed"  # "phoned": a verb's form, never a noun
        and _noun_first(w)
        and (
            nxt is None
            or not (
                nxt.flags & (DET | QUANT | PREP)
                or (nxt.hand_n and _person_word(nxt))
                or _GIVEN_NAME in nxt.nclasses  # "Coach Priya", "Mentor Sam": a person acted on
                or (after is not None and after.cap)  # "Email Globex": a name no list knows
            )
        )
        and not _leads_the_people_after(units_, i, then)
    ):
        return False  # "Client calls", "Instagram DMs"
    # "Sales calls", "Customer complaints"
    return not (nxt is not None and w.hand_n and not w.hand_v and nxt.hand_n and not nxt.flags)


def _leads_the_people_after(units_: Sequence[Unit], i: int, then: Sequence[Unit]) -> bool:
    """Is the word at ``i``, a person's noun whose verb is leading people ("hire", "recruit",
    "coach", "mentor"), that verb here: before a phrase whose head is a person ("Hire
    experienced nurses", "Coach new managers", "recruit high-level board prospects"), or alone
    before a joiner whose task starts with a verb ("Hire and train new staff", "Recruit, train
    and provide orientation")? Not before a thing ("Coach evaluations", "Mentor program
    launch", "Coach staff meeting": the head is the thing)."""
    if _LEAD_PEOPLE not in units_[i].word.vclasses:
        return False
    if i + 1 >= len(units_):
        return bool(then) and then[0].word.hand_v and not then[0].flags
    return _people_head(units_, i + 1)


def _people_head(units_: Sequence[Unit], start: int) -> bool:
    """Is the head of the phrase from ``start`` (its last plain word before a preposition, a
    joiner or a boundary) only a person (:func:`_only_a_person`)?"""
    head: Unit | None = None
    for u in units_[start:]:
        if u.prep or u.flags & (PREP | JOIN | BOUNDARY):
            break
        if u.plain:
            head = u
    return head is not None and _only_a_person(head)


_LEAD_PEOPLE: Final = "lead_people"


def _noun_first(w: Word) -> bool:
    """Is the word one of :data:`_NOUN_FIRST`'s classes, a noun that may start a task ("Client
    calls")? Worked out once a word (five look-ups asked of every task's first word)."""
    found = _NOUN_FIRST_CACHE.get(w)
    if found is None:
        if len(_NOUN_FIRST_CACHE) > 100_000:
            _NOUN_FIRST_CACHE.clear()
        found = _NOUN_FIRST_CACHE[w] = _any_of(_NOUN_FIRST, w.nclasses)
    return found


_NOUN_FIRST_CACHE: Final[dict[Word, bool]] = {}


def _any_of(wanted: tuple[str, ...], classes: frozenset[str]) -> bool:
    """Is one of ``wanted`` among ``classes``? (Compiled, a loop of look-ups over a tuple costs
    less than a set operation's call.)"""
    for c in wanted:  # noqa: SIM110 (a plain loop: no generator on this path)
        if c in classes:
            return True
    return False


def _verb_with_s(units_: Sequence[Unit], i: int, then: Sequence[Unit] = ()) -> bool:
    """Is a word with an -s at the start of a task a verb as job descriptions write them
    ("Trains new personnel", "Answers every call", "Invites and trains participants"), or a
    plural noun ("Comments on my posts", "Calls with clients", "Benefits administration")?"""
    u = units_[i]
    w = u.word
    if not w.vkey:
        return False  # "Sales calls"
    if w.form != "s" and not _written_plural(u):
        # a verb only ("Confers with parents"), or "Calls and confers"
        if " " in u.text:  # a phrase: "Follows up with", "makes a point to"
            return w.hand_v and u.text.partition(" ")[0].endswith("s")
        return w.verbal and not w.is_noun and u.text.endswith("s") and u.text != w.vkey
    if not u.text.endswith("s"):
        return False  # an irregular plural ("people"); past forms are the vocabulary's "ed"
    if i + 1 >= len(units_):
        # alone before a joiner: a verb when the task after it starts with one ("Reviews and
        # approves menu plans"), not in a list of nouns ("Emails and phone calls")
        return w.hand_v and bool(then) and _verb_with_s(then, 0)
    nxt_u = units_[i + 1]
    nxt = nxt_u.word
    if nxt.flags & (DET | QUANT) or nxt.key in _OBJECT_PRONOUNS:
        return True  # "Answers every call", "Files them"
    if nxt.flags & PREP:
        # "Replies to comments", "Meets with vendors"; not "Calls with clients"
        return w.hand_v and (nxt.key == "to" or not w.hand_n)
    if nxt_u.skip and not nxt.flags & SUBJECT and not nxt.roles & MODAL:
        # "Conducts regularly scheduled meetings", "Trains new staff"; not people before a
        # word of time, which names an occasion of theirs, when no hand-made list makes them an
        # act ("Parents evening invitations"; "Hosts evening events" is hosting)
        return w.hand_v or not (w.person and _TIME in nxt.nclasses)
    if nxt.flags:
        return False
    # "Resolves member requests", "Books hotels", "Schedules training": a hand-made verb before
    # a word (plural nouns seldom stand before another noun); not before a participle ("Posts
    # scheduled", "guests wishing to join")
    if nxt.form == "ing":
        return w.hand_v and nxt.is_noun and not w.person
    return w.hand_v and nxt.form != "ed"


def _written_plural(u: Unit) -> bool:
    """Is ``u`` a phrase whose last word is written with a plural's -s its key has not ("video
    calls", "follow ups"; not "check ins", a key with the -s, nor "follows up")? Then it is
    read as a word with an -s is (:func:`_verb_with_s`): a plural noun in a list ("Schedule
    phone or video calls"), a verb before what it acts on ("Cold calls prospects")."""
    key = u.word.key
    if " " not in key:
        return False
    last = u.text.rpartition(" ")[2]
    return last.endswith("s") and not key.endswith("s")


# Pronouns that can only be an object: after a word with an -s it is a verb ("Files them")
_OBJECT_PRONOUNS: Final = frozenset(
    {"them", "him", "her", "us", "me", "it", "you", "someone", "everyone", "anyone", "people"}
)


def nxt_is(units_: Sequence[Unit], i: int, key: str) -> bool:
    return i + 1 < len(units_) and units_[i + 1].word.key == key


def _person_word(w: Word) -> bool:
    return bool(_PERSON_CLASSES & w.nclasses)


# the hand-made noun classes of people (the rest name things, some of them also people: a
# "report", a "referral", a "community")
_PERSON_CLASSES: Final = frozenset({"people", "own_people", "groups"})
_NAMES_OR_TRADES: Final = frozenset({"given_names", "suppliers"})


def _only_a_person(u: Unit) -> bool:
    """A name, or a word of people (a hand-made class of people, or WordNet's people first) that
    no hand-made class also makes a thing ("nurses", "prospects", "volunteers"; not "report",
    "referral", "community", nor "generation" or "tracker", people only to WordNet's groups or
    its other senses)."""
    if u.cap:
        return True
    classes = u.word.nclasses
    if not (_person_word(u.word) or _WN_PERSON in classes):
        return False
    for c in classes:
        if not c.startswith(_WORDNET) and c not in _PERSON_CLASSES and c not in _NAMES_OR_TRADES:
            return False
    return True


_WORDNET: Final = "wn"


def _prose(clause: list[Unit], prose: int) -> tuple[list[Unit], bool, bool]:
    """A sentence as prose writes it, in a task's order: a subject other than the owner left
    out ("The secretary asks someone to lead the meeting": the act is asking; "an RLO might
    negotiate ...": negotiating), a passive turned round ("every buyer I've met is called":
    calling every buyer). And whether it was turned round (its words are no longer in the
    title's order), and whether it now starts with a verb for certain (the word after a subject
    and a modal: "Membership services can | phone lapsed members", whatever else "phone" is)."""
    if prose & _MAY_MODAL:
        start = _subject_before_modal(clause)
        if start and clause[start].text not in _BE:
            # "The consultant will contact the client once the goods are received": the act is
            # the modal's, active; a passive later on is another clause's
            tool = _tool_subject(clause, start)
            if tool:
                # "The template will thank donors": the act done with the tool, as a title
                # would say it ("thank donors with the template"): ready-made, not the owner's;
                # said at the end of the tool's own clause, not of a later one ("..., then
                # I'll phone the big ones": the phoning is the owner's)
                end = _punctuation_after(clause, start)
                with_tool = [_UNIT_CACHE[0].unit("with"), *tool]
                return [*clause[start:end], *with_tool, *clause[end:]], False, True
            aside = _aside_before(clause, start)
            if aside:
                # "More and more stores will, if a truck breaks down, | phone to explain": the
                # condition between the modal and its verb says when, after the task
                return [*clause[start:], *clause[aside : start - 1]], False, True
            return clause[start:], False, True
    turned = False
    if prose & _MAY_BE:
        start = _duty_end(clause)
        if start:
            return clause[start:], False, True
        clause, turned = _active(clause)
    start = _subject_end(clause, past=not turned)
    if start:
        # "Team captains | lead warm-ups": the word after a subject that names someone is its
        # verb (:func:`_finite_at`), whatever else it may be ("lead" is a sales lead too)
        return clause[start:], turned, True
    return clause, turned, False


def _tool_subject(clause: list[Unit], start: int) -> list[Unit]:
    """The subject before a modal when it is a tool that does the act, a ready-made text or an
    automation ("The template will thank donors", "Our bot will reply to customers": a word
    of the `template` or `automation` markers), or []."""
    for u in clause[:start]:
        if _modal(u):
            break
        if not _TOOLS.isdisjoint(u.word.markers):
            return [v for v in clause[:start] if not _modal(v) and not v.skip]
    return []


_TOOLS: Final = frozenset({"template", "automation"})


def _punctuation_after(clause: list[Unit], start: int) -> int:
    """Where the act that starts at ``start`` ends: at the first punctuation after it (a comma,
    a semicolon, a dash: a unit with no word to quote), or at a joiner before a new subject
    ("and I will phone ...", "and we meet"), or at the clause's end."""
    n = len(clause)
    for k in range(start + 1, n):
        u = clause[k]
        if not u.quote:
            return k
        if u.flags & JOIN and k + 1 < n:
            then = clause[k + 1]
            if then.flags & SUBJECT or _owner_subject(then):
                return k
    return n


def _duty_end(clause: list[Unit]) -> int:
    """Where the act starts in a sentence that says what someone's duty is: a subject, a form
    of "be", and a phrase that leads on to the duty ("The bar manager is responsible for |
    hiring bartenders", "He is in charge of | greeting guests", "Producers are tasked with |
    inviting guests", "Your first job is to | get to know your team", "you are there to |
    listen to them"), or 0. The subject is a noun phrase or a pronoun, not a task that starts
    with its own act ("Tell them how important their job is to the team"); after "to" the act
    is a verb's base form, after any other word an -ing form ("responsible for all teaching";
    not "responsible for the budget")."""
    n = len(clause)
    for k in range(1, min(n - 1, _SUBJECT_WORDS + 3)):
        u = clause[k]
        there = u.word.key == _BE_THERE
        subject = k
        if u.text == "be" and clause[k - 1].word.roles & MODAL:
            subject = k - 1  # "The duties of the President shall be to | conduct meetings"
        elif u.text not in _IS and not there:
            continue
        if not _noun_phrase(clause[:subject]):
            return 0
        j = k + 1
        if there or clause[j].word.key == "to":
            j += 1  # "are there to listen", "duty is to emcee"
            base = True
        else:
            while j < n and clause[j].skip and not _leads_to_duty(clause[j]):
                j += 1  # "is also responsible for"
            if j + 1 >= n:
                return 0
            lead = clause[j]
            if _leads_to_duty(lead):
                j += 1
                base = lead.word.key.endswith(" to")
            elif lead.word.form == "ed" and clause[j + 1].word.key == "with":
                base = False
                j += 2  # "tasked with", "charged with" (a participle and "to": _active)
            else:
                return 0
        while j < n and clause[j].skip and not clause[j].flags & SUBJECT:
            if clause[j].flags & (DET | QUANT) == DET:
                return 0  # "responsible for the budget": a thing
            j += 1  # "for all teaching", "expected to be able to adequately answer"
        if j >= n:
            return 0
        act = clause[j]
        if base:
            # (not "are to be entered": a passive, turned round by _active)
            return j if _base_verb(act, hand=False) and act.text not in _BE else 0
        return j if act.word.verbal and act.word.form == "ing" else 0
    return 0


_BE_THERE: Final = "be there"
# forms of "be" after a subject ("he is", "they are", "she was")
_IS: Final = frozenset({"is", "are", "was", "were"})


def _imperative(u: Unit) -> bool:
    """Does a task start with its act at ``u``: a hand-made act in its base form, not a name
    ("Call customers who ...", "Tell them ..."; not "Stewards", "Mark")?"""
    w = u.word
    base = u.text.partition(" ")[0] == w.vkey.partition(" ")[0]
    return w.hand_v and not u.cap and not u.flags and base


def _leads_to_duty(u: Unit) -> bool:
    """A filler phrase that leads on to an act, ending in a preposition ("responsible for",
    "in charge of", "able to")."""
    return bool(u.flags & FILLER) and u.word.key.endswith(_DUTY_ENDINGS)


_DUTY_ENDINGS: Final = (" for", " of", " to", " with")


def _noun_phrase(words: Sequence[Unit]) -> bool:
    """Are these words a subject: a pronoun ("he", "you"), or a noun phrase of a few plain
    words, not one that starts with a hand-made act ("Tell someone ...")?"""
    if not words or len(words) > _SUBJECT_WORDS + 1:
        return False
    if _imperative(words[0]):
        return False
    named = False  # someone or something is named, not only "the", "always"
    for u in words:
        w = u.word
        if w.roles & PRONOUN or u.flags & SUBJECT:
            named = True  # "he", "you"
        elif u.skip:
            continue  # "the", "your first"
        elif not u.plain or u.flags or (w.verbal and not w.is_noun and not u.cap):
            return False
        else:
            named = True
    return named


def _subject_end(clause: list[Unit], past: bool = True) -> int:
    """Where the act starts after a subject that names someone ("The secretary asks ...",
    "Sales managers must meet ...", "The Retention Committee makes a point to ..."), or 0.
    ``past``: whether a verb's past form may be the act (:func:`_past_act`); not in a passive
    turned round ("kept you informed of ...": "informed" describes the one served), nor after
    a past form that starts the clause."""
    n = len(clause)
    first = clause[0]
    if n < 3 or first.word.vkey == first.text or first.flags & (SUBJECT | BACKGROUND):
        return 0  # the common case: a task that starts with its verb ("Call clients")
    if first.word.verbal and first.word.form == "ed":
        past = False  # a passive turned round: "kept | you | informed of ..."
    i = 0
    while i < n and clause[i].flags & (DET | QUANT):
        i += 1
    j = i
    plural = False  # the subject's head: "Members | of the design committee | meet"
    while j < n and j - i < _SUBJECT_WORDS + 1:
        head = clause[j - 1]
        u = clause[j]
        of = j > i and u.word.key in _OF and not head.flags and is_person(head) and _plural(head)
        if j > i and not of and not head.flags and (is_person(head) or plural):
            # (no past form after the people a passive implies: "kept | [them] | informed")
            k = _finite_at(clause, j, plural or _plural(head), past and bool(head.text))
            if k:
                return k
        if of:
            # "Members | of the design committee | meet": the verb comes after the group
            # (not "design", read as the verb after "of the", which the reader may skip)
            plural = True
        elif not (u.plain or u.flags == DESCRIBING) or u.flags & ~DESCRIBING:
            break
        j += 1
    return 0


# the words that join a subject's head to the group it is of ("Members of the committee")
_OF: Final = frozenset({"of", "of the"})


def _subject_before_modal(clause: list[Unit]) -> int:
    """Where the act starts after a noun phrase and a modal, whoever the subject is ("an RLO
    might | negotiate relocation plans", "School admissions directors may | serve as the point of
    contact", "The host town will | prepare a programme"), or 0. The noun phrase is a few plain
    words ending in a noun or a name, not a task that starts with its own verb ("Ask what
    clients would like": a hand-made act, no determiner before it) nor a question ("what")."""
    n = len(clause)
    i = 0
    while i < n and clause[i].flags & (DET | QUANT):
        i += 1  # "an", "the", "all"
    j = i
    while j < n and j - i < _SUBJECT_WORDS:
        u = clause[j]
        if _modal(u):
            break
        w = u.word
        if not u.plain or u.flags & ~DESCRIBING or (w.verbal and not w.is_noun and not u.cap):
            return 0  # a grammar word, or a verb that is no noun ("Ask what they would like")
        j += 1
    if j == i or j + 1 >= n or not _modal(clause[j]):
        return 0
    if not i and _imperative(clause[i]):
        return 0  # "Call customers ...": a task that starts with its act
    last = clause[j - 1]
    if not (last.word.is_noun or last.word.unknown or last.cap):
        return 0
    if not _THINGS_SAID.isdisjoint(last.word.nclasses):
        return 0  # "Your kickoff call should cover ...": what an occasion holds, no one's act
    k = j + 1
    while k < n and clause[k].skip and not clause[k].flags & SUBJECT and not _modal(clause[k]):
        k += 1  # "will also", "may sometimes"
    k = _after_aside(clause, k)  # "will, if a truck breaks down, | phone"
    return k if k < n and _base_verb(clause[k], hand=False) else 0


# The most words of a condition set off by commas between a modal and its verb
_ASIDE_WORDS: Final = 10
# words other than the openers that open a condition, but only where a clause starts ("Where
# possible, call ...", "Where the matter is protracted, we will update you ..."): after a verb
# "where" names a place ("show you where the files are") and opens nothing
_CONDITION_STARTS: Final = frozenset({"where", "wherever"})
# words other than the openers that start such a condition (", where possible,", ", as
# needed,")
_ASIDE_STARTS: Final = _CONDITION_STARTS | {"as"}


def _after_aside(clause: Sequence[Unit], k: int) -> int:
    """Where the words go on after a condition set off by commas at ``k`` (", if a truck breaks
    down, | phone ...", ", where possible, | respond ..."), or ``k`` when none starts there."""
    n = len(clause)
    if k + 2 >= n or clause[k].text != ",":
        return k
    first = clause[k + 1].word
    if not (first.roles & OPENER or first.key in _ASIDE_STARTS):
        return k
    for m in range(k + 2, min(n - 1, k + _ASIDE_WORDS + 2)):
        if clause[m].text == ",":
            return m + 1
    return k


def _aside_before(clause: Sequence[Unit], start: int) -> int:
    """Where the condition's words start when a condition set off by commas ends right before
    ``start`` (see :func:`_after_aside`), or 0."""
    if start < 3 or clause[start - 1].text != ",":
        return 0
    for m in range(start - 2, 0, -1):
        if clause[m].text == ",":
            return m + 1 if _after_aside(clause, m) == start else 0
    return 0


# Noun classes of occasions and messages: a subject of theirs before a modal says what they
# hold ("Your kickoff call should cover ...", "Questions should focus on ..."), not who acts
_THINGS_SAID: Final = frozenset({"live", "incoming"})
# The most words a subject before a modal has ("School admissions directors may ...")
_SUBJECT_WORDS: Final = 5


def _plural(u: Unit) -> bool:
    """Is the word a plural ("chaplains", "children") or a noun of people that takes a plural
    verb without one ("staff", "people")?"""
    return u.word.form == "s" or u.word.key in _PLURAL_PEOPLE


# nouns of people that take a plural verb without an -s ("Bank staff provide ...")
_PLURAL_PEOPLE: Final = frozenset({"staff", "people"})


def _finite_at(clause: Sequence[Unit], j: int, plural: bool = False, past: bool = True) -> int:
    """Where the verb (or the modal before it) stands after a subject that ends before ``j``
    ("The secretary | asks someone", "Leaders | should start"), or 0. After a ``plural``
    subject the verb has no -s: a hand-made act in its base form ("Chaplains | provide support
    to patients", "Our stewards | greet members at the door"); not a word no list makes an act
    ("Clients list", "children play": nouns as often as verbs)."""
    n = len(clause)
    k = j
    while (
        k < n and clause[k].skip and not clause[k].flags & (SUBJECT | DET) and not _modal(clause[k])
    ):
        k += 1  # "also", "always", "usually" (not "the": no verb comes after a determiner)
    if k + 1 >= n:
        return 0
    u = clause[k]
    if _modal(u):
        return k + 1  # "Leaders should start by ...": read from the verb on
    nxt = clause[k + 1]
    if u.text in _BE or nxt.flags & (BOUNDARY | JOIN):
        return 0
    if nxt.prep and nxt.word.key == "to" and "lead_in" not in u.word.vclasses:
        return 0  # "Client calls to schedule": a noun phrase; not "makes a point to"
    if past and _past_act(clause, k):
        return k  # "Erin | recruited a few people", "Joe | met with the ecology director"
    if past and u.word.key == "have" and _past_act(clause, k + 1):
        return k + 1  # "Sarah has | called the client", "The stewards have | greeted them"
    if plural and (
        _imperative(u)
        or (k == j and (_any_verb_on_people(clause, k) or _verb_before_det(clause, k)))
    ):
        return k  # "Volunteers | visit patients on the ward", "Volunteers | staff the desk"
    return k if _verb_with_s(clause, k) else 0


def _past_act(clause: Sequence[Unit], k: int) -> bool:
    """Is ``clause[k]``, after a subject that names someone, a verb in the past tense that acts
    on what follows it, as minutes and reports write what people did ("Erin | recruited a few
    people to volunteer", "The manager | called the client", "Joe | met with the ecology
    director")? A verb's past form before a determiner, a quantifier or a pronoun, or a phrase
    a hand-made list makes an act ("met with"); not a past participle that describes the
    subject ("Members invited to the gala", "Customers referred by a partner")."""
    if k + 1 >= len(clause):
        return False
    u = clause[k]
    w = u.word
    if u.cap or u.flags or w.form != "ed" or not w.verbal:
        return False
    if " " in u.text:
        return w.hand_v  # "met with", "followed up with"
    nxt = clause[k + 1]
    return bool(nxt.flags & (DET | QUANT)) or nxt.word.key in _OBJECT_PRONOUNS


def _any_verb_on_people(clause: Sequence[Unit], k: int) -> bool:
    """Is ``clause[k]``, after a plural subject of people, a verb no hand-made list knows that
    acts on people ("Chaplains | comfort grieving families", "Agents | reassure their callers")?
    A verb in its base form before a pronoun of people or a phrase whose head is a person; not
    before a thing ("children play games", "Clients list for the spring mailing": nouns as
    often as verbs)."""
    u = clause[k]
    if u.cap or u.flags or not _base_verb(u, hand=False):
        return False
    if any(v.word.form in _VERB_FORMS and v.word.verbal for v in clause[:k]):
        return False  # "Sending new members | a letter ...": the subject is itself a task
    if clause[k + 1].word.key in _OBJECT_PRONOUNS:
        return True  # "Nurses reassure them"
    return _people_head(clause, k + 1)


def _verb_before_det(clause: Sequence[Unit], k: int) -> bool:
    """Is ``clause[k]``, right after a plural subject of people, a verb in its base form that a
    determiner follows ("Volunteers | staff the welcome desk", "Ushers | man the doors")? A noun
    is seldom followed by "the"; not a name, nor a word that is no verb."""
    u = clause[k]
    if u.cap or u.flags or not _base_verb(u, hand=False):
        return False
    if any(v.word.form in _VERB_FORMS and v.word.verbal for v in clause[:k]):
        return False  # "Sending new members | a letter ...": the subject is itself a task
    return clause[k + 1].flags & (DET | QUANT) == DET


# the forms of a verb that start a task of their own ("Sending ...", "Trained ...")
_VERB_FORMS: Final = frozenset({"ing", "ed"})


def _modal(u: Unit) -> bool:
    """A modal, or a filler phrase that leads on to a verb ("need to", "have to")."""
    w = u.word
    return bool(w.roles & MODAL) or (bool(u.flags & FILLER) and w.key.endswith(" to"))


def _active(clause: list[Unit]) -> tuple[list[Unit], bool]:
    """The clause with a passive turned round: the participles first, then what they act on
    ("All new members are phoned and welcomed to the Chamber" -> "phoned and welcomed all new
    members to the Chamber"); a passive that leads on to another verb, that verb on ("Every
    person should be prepared to ask a patient"). Not when the clause starts with its own verb
    ("Confirm all invites have been accepted"). And whether it was turned round."""
    n = len(clause)
    for k in range(n - 1):
        if clause[k].text not in _BE:
            continue
        p = k + 1
        while p < n and (clause[p].skip or clause[p].text in _BE or clause[p].text == "not"):
            p += 1
        if p >= n or not participle(clause[p]):
            continue
        subject = list(clause[:k])
        while subject and (
            subject[-1].skip
            or _modal(subject[-1])
            or subject[-1].text == "to"
            or subject[-1].text in _BE
        ):
            subject.pop()  # "should be", "needs to be", "are to be"
        e = p + 1
        noun_phrase = bool(subject) and _may_be_subject(subject)
        if e + 1 < n and clause[e].word.key == "to" and _base_verb(clause[e + 1]):
            # "staff are asked to call donors", "Be prepared to listen": the act is calling
            return (clause[e + 1 :] if noun_phrase or not subject else clause), False
        if not noun_phrase:
            return clause, False
        while e + 1 < n and clause[e].flags & JOIN and participle(clause[e + 1]):
            e += 2  # "are phoned and welcomed"
        lead = 0  # "Ensure that | new members are invited"
        while subject[lead].flags & FILLER:
            lead += 1
        return [*subject[:lead], *clause[p:e], *subject[lead:], *clause[e:]], True
    return clause, False


def _base_verb(u: Unit, hand: bool = True) -> bool:
    """A verb in its base form ("to call", "to listen"; "maintain", "call on"), not a noun ("To
    Lisa"): one of the hand-made verb classes, or (not ``hand``) any verb WordNet knows."""
    w = u.word
    if not (w.hand_v if hand else w.verbal) or w.form:
        return False
    return u.text.partition(" ")[0] == w.vkey.partition(" ")[0]


def participle(u: Unit) -> bool:
    """A verb's past participle: "called", "phoned", "sent", "met"."""
    w = u.word
    if not w.vkey or not w.verbal:
        return False
    if w.form == "ed":
        return True
    text = u.text
    return text != w.vkey and not text.endswith(("s", "ing")) and w.nkey in (w.vkey, w.key)


def _may_be_subject(subject: list[Unit]) -> bool:
    """Can these words be what a passive acts on: a noun phrase, not a task that starts with
    its own verb ("Confirm all invites | have been accepted") nor "there" / "it"?"""
    for f, u in enumerate(subject):
        if u.skip or u.flags & (DET | QUANT | FILLER):
            continue
        if u.flags or u.word.roles & EXPLETIVE:
            return False
        return (f > 0 and bool(subject[f - 1].flags & (DET | QUANT))) or not _is_verb_here(
            subject, f, first=False
        )
    return False


def _read_clause(clause: list[Unit], prose: int = 0) -> list[Reading]:
    """The tasks of one clause (a title's words between boundaries)."""
    if clause[0].word.key == "to" and len(clause) > 1 and _base_verb(clause[1], hand=False):
        # a duty as job descriptions write it: "To maintain good relations with ..."
        clause = _right_to_be_served(clause[1:])
    if clause[0].skip and len(clause) > 3:
        k = _when_said_end(clause)
        if k:
            # "Each week, I meet with the key leaders", "The first week, I listened": when,
            # not what (read whole, the comma joined "week" to the task and no act was found)
            found = _read_task(clause[k:], prose)
            if found and found[0].verb is not None:
                return found
    if _opens_condition(clause[0]):
        # "If a guest cancels, ...", "Where possible, ...": when the task is done, not the task
        k = _opener_end(clause)
        if k:
            found = _read_task(clause[k:], prose, clause[:k])
            if found is not None:
                return found
            # no act after the comma ("If we need to close a big deal, I make sure I'm in the
            # room"): the clause is read whole, as one with no opener
    if clause[0].word.roles & EXPLETIVE:
        k = _duty_of_someone_end(clause)
        if k:
            # "It is our Commander's responsibility to | preside over the meetings", "It shall
            # be the duty of the Chair to | conduct meetings": the duty is the act
            found = _read_task(clause[k:], prose)
            if found and found[0].verb is not None:
                return found
    if clause[0].flags & PREP:
        k = _owner_after_phrase(clause)
        if k:
            # "In the morning, I call my top clients", "At all stages of the process, we will
            # keep you informed": a phrase of when or of which cases, then the owner's act
            # (read whole, the owner as a subject cut the act off as background: no act)
            found = _read_task(clause[k:], prose, clause[:k])
            if found and found[0].verb is not None:
                return found
    return _read_task(clause, prose) or []


# nouns of a duty, in "it is <someone's> <duty> to <act>" (:func:`_duty_of_someone_end`)
_DUTY_NOUNS: Final = frozenset(("duty", "responsibility", "job", "role", "task"))


def _duty_of_someone_end(clause: Sequence[Unit]) -> int:
    """Where the act starts in a sentence that opens with "it" and a form of "be" and says whose
    duty the act is ("It is our Commander's responsibility to | preside ...", "It shall be the
    duty of the Secretary to | keep the minutes", "It is the celebrant's job to | offer ideas"),
    or 0: a noun of a duty among a few words after "be", then "to" and a verb's base form, an
    adverb maybe between ("It is the maitre d's job to | tactfully offer ...")."""
    n = len(clause)
    j = 1
    if clause[0].poss:
        j = 0  # "It's the host's job to ...": "it" and its "'s", the "is" the words leave out
    else:
        while j < n and clause[j].word.roles & MODAL:
            j += 1  # "shall", "will"
        if j >= n or clause[j].word.key != "be":
            return 0
    duty = False
    for k in range(j + 1, min(n - 1, j + _SUBJECT_WORDS + 4)):
        u = clause[k]
        if u.word.nkey in _DUTY_NOUNS:
            duty = True
        elif u.word.key == "to" and u.flags & PREP:
            a = k + 1
            while a + 1 < n and _unknown_adverb(clause[a]):
                a += 1  # "to | tactfully offer": an adverb no list knows, before the act
            act = clause[a]
            if duty and (_base_verb(act, hand=False) or act.flags & FILLER) and act.text not in _BE:
                return k + 1  # (a filler: "to | ensure that ...", read as a task reads it)
            return 0
    return 0


def _unknown_adverb(u: Unit) -> bool:
    """A word that may come before a task's first word, of no grammar list and no verb
    ("tactfully", "gently"; not "always", a filler, nor "check")."""
    return u.skip and not u.flags and not u.word.verbal


def _owner_after_phrase(clause: Sequence[Unit]) -> int:
    """Where the owner's clause starts after a phrase that opens with a preposition ("In the
    morning, I call ...", "During the planning meeting we'll discuss ...", "In busy periods this
    may be longer, however we will update you ..."), or 0. The owner as a subject right after a
    comma (or a comma and one word: "however", "then") is the act's; else the first owner as a
    subject a few words in, when no comma comes after it ("For clients we serve, call them
    monthly": the act is after the comma, and the owner's clause only says which clients; "...
    to follow up on a postcard I sent": the owner's clause says which postcard)."""
    first = 0
    for j in range(2, len(clause) - 1):
        if first_word(clause[j]) not in OWNER_SUBJECTS:
            continue
        if clause[j - 1].text == "," or (j > 2 and clause[j - 2].text == ","):
            return j
        if not first:
            first = j
    if 0 < first <= _WHEN_WORDS + _SUBJECT_WORDS and not any(u.text == "," for u in clause[first:]):
        return first
    return 0


def _right_to_be_served(clause: list[Unit]) -> list[Unit]:
    """The clause after a leading "to", with a right as a charter lists it turned round: "(you
    have the right) to | be seen by your own doctor" -> "seen <the one it is written for> by
    your own doctor", someone seeing, calling or keeping told the reader (:data:`_SERVED_ACTS`).
    Any other clause as it is."""
    if clause[0].text != "be":
        return clause
    p = 1
    while p < len(clause) and clause[p].skip:
        p += 1
    if p < len(clause) and participle(clause[p]) and clause[p].word.vkey in _SERVED_ACTS:
        return [clause[p], IMPLIED_PEOPLE, *clause[p + 1 :]]
    return clause


def _read_task(clause: list[Unit], prose: int, opener: Sequence[Unit] = ()) -> list[Reading] | None:
    """The tasks of a clause, read from its act (after the ``opener`` before it, if any: None
    when there is no act after the opener)."""
    first = clause[0]
    k = _one_who_end(clause)
    # a verb for certain: the word after "the one who", or after a subject and a modal
    finite: Unit | None = None
    if k:  # "I'm the one who gets on the phone": the owner gets on the phone
        clause = clause[k:]
        first = clause[0]
        finite = first if first.word.verbal else None  # "I'm the one who calls"
    else:
        k = _helping_verb_end(clause) or _asked_act_end(clause)
        if k:  # "I am happy to show the client ...", "we have presented our findings ...",
            # "Did the agent | greet the customer by name"
            clause = clause[k:]
            first = finite = clause[0]
    as_written: list[Unit] | None = None  # the clause in the title's order, when turned round
    if prose or (first.word.vkey != first.text and len(clause) > 2):
        read_as, turned, verb_first = _prose(clause, prose)
        if turned:
            as_written = clause
        clause = read_as
        if verb_first:
            finite = clause[0]
    # the clause's markers ("for my approval", "personally"; "every" is a quantifier), from
    # each of its units on the way
    markers = _NO_MARKERS
    if opener:  # (most clauses have none: no iterator over the empty tuple)
        for k, u in enumerate(opener):
            if u.marks and not negated(opener, k):
                # (the owner as the subject of the condition says what they do: "If I can
                # take the project, I quote my rate" hands nothing back for approval)
                markers = markers | _own_marks(opener, k)
    # cut the background ("who ...", "so I can ...", "for my approval")
    main: list[Unit] = []
    background: list[Unit] = _NOTHING  # (replaced, never changed in place: see _NOTHING)
    lead: list[Unit] = _NOTHING  # a verb passed over right before ``main`` (see Reading.lead)
    started = False
    joined = False  # a joiner in the clause: it holds several tasks
    n = len(clause)
    for k in range(n):
        u = clause[k]
        if u.marks and not negated(clause, k) and (started or not _owner_says_so(u)):
            marks = _own_marks(clause, k)
            markers = markers | marks if markers else marks
        if started:
            if not u.stop:
                main.append(u)  # the common case: nothing here can cut, lead on or join
                continue
            if _leads_on(main, clause, k):
                main.append(Unit(_JOIN_WORD, "to"))  # "Travel to meet clients": meeting is the act
                joined = True
                continue
            if _cuts(clause, k):
                if main[-1].flags & (DET | QUANT) == DET and u.word.roles & RELATIVE:
                    # "Comfort those who mourn": people (not "everyone who", a person word)
                    main.append(IMPLIED_PEOPLE)
                background = clause[k:]
                markers = _background_markers(markers, background, main)
                if u.word.key == "to" and _for_a_fact(background):
                    markers = markers | _FACT
                break
        w = u.word
        f = u.flags
        if f & JOIN and not k and n > 1 and first_word(clause[1]) in OWNER_SUBJECTS:
            continue  # "then I file the copy", "and I'll call Rosa": the act starts after both
        if not started and (f & (SUBJECT | FILLER) or "approval" in w.markers):
            lead = [u] if f & FILLER and w.key.partition(" ")[0] in _HELP and not main else _NOTHING
            continue
        if f & BACKGROUND and not started and k + 1 < n:
            continue  # "I reply ...", leading "so"
        if not f & (DET | QUANT | DESCRIBING | FILLER):
            started = True
        main.append(u)
        if f & JOIN:
            joined = True
        if f & BACKGROUND and w.roles & RELATIVE and main[-2:-1] and main[-2].word.verbal:
            main.append(IMPLIED_PEOPLE)  # "Decide who to follow": people are the object
    if not main:
        return []
    if _leads_on_gerund(main):
        main, joined = _gerund_joined(main), True
        finite = main[2]  # "Start copying him on e-mail": the -ing form is the act
    # split into tasks at joiners
    parts: list[list[Unit]] = [main]
    joiners: list[Unit] = _NOTHING  # the joiner before each part after the first
    if joined:
        parts = [[]]
        joiners = []
        for u in main:
            if u.flags & JOIN:
                parts.append([])
                joiners.append(u)
            else:
                parts[-1].append(u)
    readings: list[Reading] = []
    pending_verbs: list[Unit] = []
    # the words before the joiner of the part being read, back to the last task's start when
    # the parts before went on one phrase ("in case management/time and billing/accounting
    # system": "billing" and "accounting" each go on it)
    before: Sequence[Unit] = _NOTHING
    went_on = False  # the part before went on the phrase before it
    for p, part in enumerate(parts):
        if p:
            before = [*before, *parts[p - 1]] if went_on else parts[p - 1]
        went_on = False
        i = 0
        while i < len(part) and (
            part[i].skip
            or (part[i].marks and _owner_subject(part[i]))
            or (_modal(part[i]) and i + 1 < len(part) and _base_verb(part[i + 1], hand=False))
        ):
            # "also", "the"; "I will" after a comma ("Based on the run sheet, I will ..."); a
            # modal before its verb after a joiner ("... but will inform you of any delays")
            i += 1
        if i >= len(part):
            continue
        if (
            p
            and readings
            and not pending_verbs
            and part[i] is not finite
            and _one_phrase(
                before,
                part,
                i,
                joiners[p - 1],
                readings[-1].verb,
                (joiners[p], parts[p + 1]) if p + 1 < len(parts) else None,
            )
            and _phrase_goes_on(readings[-1], before[-1], part[i:])
        ):
            went_on = True
            continue  # "Hire bartenders and wait staff", "the named nurse/key worker"
        if part[i] is finite or (
            (not i or not part[i - 1].flags & DET)
            and _is_verb_here(
                part,
                i,
                not readings and not pending_verbs,
                parts[p + 1] if p + 1 < len(parts) else (),
            )
        ):  # after "the", "a"... a noun phrase starts ("and the follow-up logistics")
            r = Reading()
            r.verb = part[i]
            # (the part itself when the act starts it, the common case: a reading's units are
            # replaced, never changed in place, and the part is not changed once read)
            r.units = part if not i else part[i:]
            _fill(r, part, i + 1)
            if (
                not r.obj
                and not r.pps
                and readings
                and readings[-1].people()
                and _each_of_them(part, i + 1)
            ):
                # "Compile a list of lapsed clients and call each one": each of the people the
                # task before named (implied: they are not this task's words)
                r.obj = [IMPLIED_PEOPLE]
            if not r.obj and not r.pps and not _standalone(part[i].word):
                pending_verbs.append(part[i])  # "Find and approve friends": shares the object
                continue
            if pending_verbs:  # (most readings have none: no new empty list for them)
                for v in pending_verbs:
                    shared = Reading()
                    shared.shared = True
                    shared.verb = v
                    shared.obj, shared.pps = r.obj, r.pps
                    shared.units = [v, *r.units[1:]]
                    readings.append(shared)
                pending_verbs = []
            readings.append(r)
        elif pending_verbs:
            for v in pending_verbs:  # "Build and maintain strong, lasting relationships"
                r = Reading()
                r.verb = v
                r.units = [v, *part[i:]]
                _fill(r, part, i)
                readings.append(r)
            pending_verbs = []
        elif readings:
            last = readings[-1]
            extra = part[i:]
            if last.pps and not last.noun_mode:
                last.pps[-1][1].extend(u for u in extra if u.plain)
            else:
                _fill_noun(last, extra, extend=True)
            last.units = [*last.units, *extra]
        else:
            r = Reading()
            r.noun_mode = True
            r.units = part[i:]
            _fill_noun(r, part[i:])
            _nominal(r)
            readings.append(r)
    for v in pending_verbs:
        r = Reading()
        r.verb = v
        r.units = [v]
        readings.append(r)
    if as_written is not None:
        main = _in_order(main, as_written)
    if opener:
        if all(r.verb is None for r in readings):
            return None  # no act after the opener: the caller reads the clause whole
        background = [*background, *opener]  # after the act's own: what follows it comes first
    for r in readings:
        r.markers = markers
        r.background = background
        r.main = main
    if lead and readings and readings[0].verb is None:
        readings[0].lead = lead
    if "template" in markers:
        if len(readings) > 1:
            _template_where_named(readings, background)
        _template_only_for_texts(readings)
    if _occasion_where(readings, background):
        # "Have a Daily Sales Run where they call or visit businesses": what happens there is
        # the task too
        readings.extend(_read_clause(background[1:], prose))
    return readings


def _one_phrase(
    before: Sequence[Unit],
    part: Sequence[Unit],
    i: int,
    joiner: Unit,
    act: Unit | None = None,
    after: tuple[Unit, Sequence[Unit]] | None = None,
) -> bool:
    """Do the words from ``part[i]`` go on the noun phrase that ends ``before``, the joiner
    between them joining two nouns, not two tasks? The word after the joiner is a noun that no
    hand-made list makes an act (whatever verb WordNet knows it as), after a noun that is no
    task's first word, and the two are of a kind: two words of people ("Hire bartenders and
    wait staff", "the named nurse/key worker"), two words of one noun class before the noun
    they share ("book coffee or lunch dates"), an -ing form before a thing after a task whose
    act is none (:func:`_describes_a_thing`: "Update the CRM and billing system"), or, after a
    slash, any word after a noun that is no verb ("in case management/time"). Not "Update the
    website and email clients" ("email" is an act of the lists), nor "Call/email clients" (a
    task's first word), nor an act on people before people ("Interview candidates and usher
    guests": `acts_on_people`) unless it names their job ("Hire ushers and escort staff":
    :func:`_job_of`). ``act`` is the act of the task before; ``after``, the joiner after
    ``part`` and the part after it, if any."""
    if joiner.text in _NO_PHRASE_JOINERS or len(before) < 2:
        return False
    x = before[-1]
    w = part[i]
    xw, ww = x.word, w.word
    if not (x.plain and xw.is_noun and not x.flags) or xw.roles & PRONOUN:
        return False
    if ww.hand_v or not ww.is_noun or w.flags & ~DESCRIBING or w.cap:
        return False
    nxt = part[i + 1] if i + 1 < len(part) else None
    if nxt is not None and nxt.flags & DET and " " not in nxt.word.key:
        # "Thank volunteers and page | the guests": a verb and its object (not a phrase that
        # starts with a preposition: "Home | of the Cougars", "interests | of the sitter")
        return False
    if ww.roles & ACTS_ON_PEOPLE and _people_head(part, i + 1) and not _job_of(part, i):
        return False  # "Interview candidates and | usher guests": an act on them
    if is_person(x) and _people_head(part, i):
        return True  # "bartenders and | wait staff"
    if nxt is not None and nxt.plain and nxt.word.is_noun and not nxt.flags:
        # "coffee or | lunch dates": two of a kind before the noun they share
        for c in xw.nclasses:
            if c in ww.nclasses and not c.startswith(_OTHER_SENSE):
                return True
    if joiner.text != "," and _describes_a_thing(before, part, i, act, after):
        return True  # "the CRM and | billing system"
    return joiner.text == "/" and not xw.verbal  # "management/ | time"


def _job_of(part: Sequence[Unit], i: int) -> bool:
    """Does ``part[i]``, a word of `acts_on_people`, name the job of the workers after it: a
    noun of a person itself ("usher", "escort") right before a word of `work_groups` ("Hire
    ushers and | escort staff", "the usher team")? Not before the people an act is done to
    ("usher guests", "escort visitors"), nor a word that is no one's job ("toast staff")."""
    if i + 1 >= len(part) or not part[i].word.person:
        return False
    after = part[i + 1]
    return bool(after.word.roles & WORK_GROUP) and not after.cap


def _describes_a_thing(
    before: Sequence[Unit],
    part: Sequence[Unit],
    i: int,
    act: Unit | None,
    after: tuple[Unit, Sequence[Unit]] | None,
) -> bool:
    """Is ``part[i]`` an -ing form before the thing it describes ("billing system"; through a
    slash, "billing/accounting system"), after a task whose act and words are no -ing form
    ("Update the CRM and billing system", "Note it in the time and billing/accounting
    system")? Acts joined by "and" are written alike ("Invoicing and billing clients", "by
    anticipating needs and placing orders"); a verb of that form after words of none is a
    word of the thing. Not before people ("Review invoices and billing clients": whom the
    act is on), nor after a comma, which may start a clause ("..., paying special
    attention to ...")."""
    if part[i].word.form != "ing" or act is None or act.word.form == "ing":
        return False
    for u in before:
        if u.word.form == "ing":
            return False
    if i + 1 < len(part):
        thing = part[i + 1]
    elif after is not None and after[0].text == "/" and len(after[1]) > 1:
        if after[1][0].word.form != "ing":
            return False
        thing = after[1][1]  # "billing/ | accounting system"
    else:
        return False
    return (
        thing.plain
        and thing.word.is_noun
        and not thing.flags
        and thing.word.form != "ing"
        and not is_person(thing)
    )


# joiners that start a task of their own ("then call them", "but keep it short")
_NO_PHRASE_JOINERS: Final = frozenset({"then", "but", "plus"})
# WordNet's classes of a word's other senses ("wn~plant"): no kind of the word as written
_OTHER_SENSE: Final = ("wn~", "wv~")


def _phrase_goes_on(r: Reading, x: Unit, extra: Sequence[Unit]) -> bool:
    """Add ``extra`` to the phrase of ``r`` that ends on ``x`` (its object, its last
    prepositional phrase, or both when the object is that phrase's: "Work closely with the
    named nurse/key worker"); the words from their first preposition on are phrases of their
    own. False (nothing added) when neither ends on ``x``."""
    in_obj = bool(r.obj) and r.obj[-1] is x
    in_pp = bool(r.pps) and bool(r.pps[-1][1]) and r.pps[-1][1][-1] is x
    if not (in_obj or in_pp) or r.noun_mode:
        return False
    words, k = _up_to_prep(extra)
    if in_obj:
        r.obj.extend(words)
    if in_pp:
        r.pps[-1][1].extend(words)
    _pps(r, extra[k:])
    r.units = [*r.units, *extra]
    return True


def _each_of_them(part: Sequence[Unit], j: int) -> bool:
    """Are the words from ``j`` on a quantifier standing for what was named before, and nothing
    else ("each one", "every one", "each")?"""
    quantified = False
    for u in part[j:]:
        if not u.skip:
            return False
        quantified = quantified or bool(u.flags & QUANT)
    return quantified


# Acts the reader passes over as fillers ("Help: ..."), that a reason quotes with the people
# after them ("Help your colleagues", "assisting members")
_HELP: Final = frozenset({"help", "assist"})


def _owner_says_so(u: Unit) -> bool:
    """Is ``u``, before a task's act, the owner as its subject with a helping verb ("I'll take
    the donors to lunch", "I need to call the bank")? A phrase that hands work back to the owner
    does so after the act ("Draft the replies I will send"), not as the title's subject."""
    return "approval" in u.word.markers and first_word(u) in OWNER_SUBJECTS


# the owner as the subject of an act: a unit's first word (:func:`first_word`: "I", "I'll",
# "I've", "we'd"; the readers' words have straight apostrophes)
OWNER_SUBJECTS: Final = frozenset({"i", "we"})


def first_word(u: Unit) -> str:
    """The unit's first word, before any apostrophe ("I'll" -> "i", "we will" -> "we")."""
    return u.text.partition(" ")[0].partition("'")[0]


def _owner_subject(u: Unit) -> bool:
    """Is ``u`` a phrase of the ``approval`` list whose first word is the owner as a clause's
    subject ("I will", "I can", "we can", "that I"; not "so I can", "for my review")?"""
    if "approval" not in u.word.markers:
        return False
    first, _, rest = u.text.partition(" ")
    if first == "that":
        first = rest.partition(" ")[0]
    return first.partition("'")[0] in OWNER_SUBJECTS


def _own_marks(seq: Sequence[Unit], k: int) -> frozenset[str]:
    """The markers ``seq[k]`` gives its clause. A phrase with the owner as its subject hands
    the work back for the owner's approval only where it says what a thing is for, right after
    the thing ("Draft the replies I will send", "look for messages I can answer", "the cases
    that I review"); after a verb, a joiner, "as" or "if" the owner says what they do themself
    ("reply to as many DMs as I can", "I ask if I can help her", "tell them that I wanted to
    meet them"): no ``approval`` marker."""
    u = seq[k]
    marks = u.marks
    if "about_people" in marks and u.text.endswith(_OF_WHOM) and _of_no_one(seq, k + 1):
        return marks - _ABOUT_PEOPLE  # "Give notes on mixes": notes on a thing, no one's record
    if "broadcast" in marks and _told_one_person(seq, k):
        return marks - _BROADCAST  # "we will update you", "keep the client updated": no bulletin
    if "approval" not in marks or not _owner_subject(u):
        return marks
    if k:
        before = seq[k - 1]
        if before.word.roles & DESCRIBER or (_a_thing(before) and not _told_that(seq, k)):
            return marks
        if k > 1 and before.word.key == _WHERE and _a_thing(seq[k - 2], plainly=True):
            return marks  # "Find meetups where I can speak": a clause about the meetups
    return marks - _APPROVAL


_ABOUT_PEOPLE: Final = frozenset({"about_people"})
# the one person a word of a broadcast can be done to as a verb: the one spoken to, or a word
# for one person after "the" or "your" ("update the client", "keep your manager updated")
_ONE_PERSON_DETS: Final = frozenset({"the", "your", "my", "our", "his", "her", "their"})


def _told_one_person(seq: Sequence[Unit], k: int) -> bool:
    """Is ``seq[k]``, a word of the `broadcast` list, a verb done to one person: right before
    them ("We will update you at least every 20 working days", "update the client on progress")
    or right after them, after "keep" ("We'll keep you updated along the way")? An update is a
    bulletin when it is a thing sent ("Send the monthly update") or goes to many ("update all
    clients": "all clients" is a broadcast of its own); the person is the one told only as the
    head of what the verb acts on, not as a word of a thing's name ("update the client list",
    "update the client records")."""
    u = seq[k]
    if not u.word.verbal:
        return False
    after = seq[k + 1 : k + 3]
    if after and _one_person(after):
        end = k + 2 if after[0].text == "you" else k + 3  # the word after the person
        if not _names_a_thing(seq, end):
            return True
    for j in (k - 2, k - 3):  # "keep you | updated", "keep the client | updated"
        if j >= 0 and seq[j].word.key == "keep" and _one_person(seq[j + 1 : k]):
            return True
    return False


def _names_a_thing(seq: Sequence[Unit], k: int) -> bool:
    """Is ``seq[k]`` a noun that goes on the phrase before it, its head ("the client | list",
    "your client | records"; not "the client | on progress", "you | weekly")?"""
    if k >= len(seq):
        return False
    u = seq[k]
    return u.plain and u.word.is_noun and not u.flags and not u.cap


def _one_person(words: Sequence[Unit]) -> bool:
    """Do ``words`` start with one person: "you", or "the" / "your" and a singular person
    ("the client", "your manager"; not "the team", "clients")?"""
    first = words[0]
    if first.text == "you":
        return True
    if first.word.key not in _ONE_PERSON_DETS or len(words) < 2:
        return False
    person = words[1]
    w = person.word
    return w.person and not _plural(person) and "wn.group" not in w.nclasses


# the last words of the `about_people` phrases that say whom the record is of ("notes on",
# "list of", "cards for"): the words after them name who it is about
_OF_WHOM: Final = (" on", " of", " about", " for")


def _of_no_one(seq: Sequence[Unit], start: int) -> bool:
    """Does the phrase from ``start`` (up to a preposition, a joiner or a boundary) name a thing
    and no person ("notes on | mixes", "a report on | the quarterly sales"; not "notes on |
    each client", "a list of | donor gifts", "notes on | them")? A phrase with no plain word
    says nothing either way (no)."""
    named = False
    for u in seq[start:]:
        if u.prep or u.flags & (PREP | JOIN | BOUNDARY):
            break
        if is_person(u) or u.word.roles & PRONOUN or u.word.key in _OBJECT_PRONOUNS:
            return False
        named = named or u.plain
    return named


# the relative adverb of a place ("meetups where I can speak"); not "if", "when": a condition
_WHERE: Final = "where"


def _told_that(seq: Sequence[Unit], k: int) -> bool:
    """Is the phrase at ``k`` ("that I ...") what a person is told, not a clause about that
    person: a verb of telling, the person it is towards, then "that" ("Remind my mentor that I
    owe her a coffee", "Assure the client that we will call back"; not "Find the donors that I
    should call", where the donors are found for the owner's own act)?"""
    if not seq[k].text.startswith(_THAT):
        return False
    j = k - 1
    if not is_person(seq[j]):
        return False
    j -= 1
    while j >= 0 and seq[j].skip:
        j -= 1  # "my", "the", "our new"
    return j >= 0 and seq[j].word.verbal and not _TELLING.isdisjoint(seq[j].word.vclasses)


_THAT: Final = "that "
# verb classes of telling someone something (WordNet's communication verbs, first sense or
# another: "remind" is a verb of cognition first)
_TELLING: Final = frozenset({"wv.communication", "wv~communication"})


def _a_thing(u: Unit, plainly: bool = False) -> bool:
    """Is ``u`` a noun of a thing or people prepared for (not "them", "us"); ``plainly``: no
    verb's base form either ("meetups", "replies"; not "ask")?"""
    w = u.word
    if not w.is_noun or u.flags or w.key in _OBJECT_PRONOUNS:
        return False
    return not plainly or not w.verbal or w.form == "s"


_APPROVAL: Final = frozenset({"approval"})


# Acts a ready-made text can do ("Respond ... with the standard reply", "Thank donors using the
# template letter"), and acts it only helps with (negotiating, leading, selling, talking): verb
# classes (the verdict's families)
TEMPLATE_ACTS: Final = frozenset(
    {"reply", "message", "comment", "gesture", "follow_up", "connect", "ask"}
)
_NOT_TEMPLATED: Final = frozenset(
    {"negotiate", "lead_people", "sell", "speak", "converse", "network", "presence"}
)
_TEMPLATE: Final = frozenset({"template"})


def template_can_do(classes: Collection[str]) -> bool:
    """Can a ready-made text do an act of these verb classes? Not negotiating, selling or
    talking; not leading one's people unless the act is also one a text does ("Thank new donors
    using the template letter" thanks; "Give feedback to my team using the template" leads)."""
    for f in classes:  # (a loop: a generator handed to isdisjoint is an object made each call)
        if f != "lead_people" and f in _NOT_TEMPLATED:
            return False
    return "lead_people" not in classes or not TEMPLATE_ACTS.isdisjoint(classes)


def _template_where_named(readings: Sequence[Reading], background: Sequence[Unit]) -> None:
    """A ready-made text is the act's that names it, not every act of the clause ("Answer
    support tickets using saved replies, and call anyone who is still angry": the call is no
    template's): a reading whose own words (the background too, for the last act) name none
    has no ``template`` marker."""
    last = readings[-1]
    for r in readings:
        own = [*r.units, *background] if r is last else r.units
        if not any("template" in u.marks for u in own):
            r.markers = r.markers - _TEMPLATE


def _template_only_for_texts(readings: Sequence[Reading]) -> None:
    """A ready-made text named in a phrase of a task whose act no text can do is an aid to the
    act, not the act ("Coach staff using the standard feedback template": still coaching;
    "Negotiate contracts with the standard template"): such a reading has no ``template``
    marker. A ready-made text the act makes is what it acts on, and stays ("Develop email
    templates")."""
    for r in readings:
        if r.verb is None or template_can_do(r.verb.word.vclasses):
            continue
        for _, units_ in r.pps:
            if any(_aid(u.marks) for u in units_):
                r.markers = r.markers - _TEMPLATE
                break


# Markers of a text that goes out by itself ("Sell to prospects using the email sequence": the
# sequence does the selling): a template that is one of them is no aid
_SENDS_ITSELF: Final = frozenset({"broadcast", "automation"})


def _aid(marks: frozenset[str]) -> bool:
    """Do a unit's markers name a ready-made text that only helps (a template, no more)?"""
    return "template" in marks and marks.isdisjoint(_SENDS_ITSELF)


def _background_markers(
    markers: frozenset[str], background: list[Unit], main: list[Unit]
) -> frozenset[str]:
    """``markers`` and those of the background, but for a clause that describes the people or
    the thing before it ("Thank those who add you to their lists": the lists are theirs, the
    thanks are no broadcast), up to where a clause of its own starts (a comma, "so", a purpose:
    "to check she is OK", a phrase handing the work back: "so I can"). A broadcast the people
    joined names the audience of the act before (``main``), unless that act is done one person
    at a time ("Email those who signed up for the newsletter": one message to all; "Call
    members who signed up for the newsletter": each of them)."""
    describing = False
    joined = False  # the describing clause says the people joined something ("who signed up")
    n = len(background)
    for j in range(n):
        u = background[j]
        roles = u.word.roles
        if roles & DESCRIBER:
            describing, joined = True, False
        elif describing and (
            roles & CLAUSE_START
            or u.text == ","
            or "approval" in u.marks
            or (u.word.key == "to" and j + 1 < n and _base_verb(background[j + 1], hand=False))
        ):
            describing = False
        elif describing and roles & JOINING:
            joined = not any(x.word.roles & ONE_BY_ONE for x in main)
        if not u.marks or negated(background, j):
            continue
        marks = u.marks
        if "approval" in marks and _owner_subject(u):
            if not j:
                continue  # (the phrase that starts the background: its clause read its markers)
            marks = _own_marks([*main[-1:], *background], j + 1)  # (the word before it too)
        if not describing:
            markers = markers | marks if markers else marks
        elif joined and "broadcast" in u.marks:
            markers = markers | _BROADCAST  # "those who signed up for the newsletter": its audience
    return markers


_BROADCAST: Final = frozenset({"broadcast"})
# How far before a word a negation says it is not so ("not | with the | standard reply")
_NEGATION_LOOK: Final = 3


def negated(seq: Sequence[Unit], k: int) -> bool:
    """Does a word of the ``negations`` list come shortly before ``seq[k]``, with only grammar
    words between ("not | with the | standard reply", "without a template"; not "Never skip
    one on ones": the skipping is what is not done) and no joiner ("not by email but by
    phone")? Then what ``seq[k]`` says is not so: a marker there is not set."""
    for j in range(k - 1, max(-1, k - 1 - _NEGATION_LOOK), -1):
        u = seq[j]
        if u.word.roles & NEGATION:
            return True
        if u.flags & JOIN or not (u.flags or u.skip or u.prep):
            return False
    return False


_FACT: Final = frozenset({"fact"})
# Noun classes of something between people: a purpose that names one is not only for a fact
# ("to see if they have questions", "to confirm satisfaction", "to resolve the issue")
_BETWEEN_PEOPLE: Final = frozenset(
    {"relation", "complaint", "incoming", "asks", "people_work", "gesture", "conversation"}
)


def _for_a_fact(background: Sequence[Unit]) -> bool:
    """Is the background a purpose of finding something out that names no person, nothing
    between people, and does not ask after anyone ("to confirm the appointment", "to make
    sure she sent in her deposit", "to gather updated information"; not "to make sure
    they're happy", "to see how we can help", "to see if they have questions")?"""
    if len(background) < 3 or not background[1].word.roles & FINDING_OUT:
        return False
    for u in background[2:]:
        w = u.word
        if (is_person(u) and not u.flags & DET) or w.key == "how":
            return False  # "to ask her", not "her deposit"
        if not _BETWEEN_PEOPLE.isdisjoint(w.nclasses):
            return False
    return not _asks_after(background)


def _opens_condition(u: Unit) -> bool:
    """Does this unit, first in a clause, open a condition or a time the task is done at ("If a
    guest cancels, ...", "Where possible, ...")?"""
    return bool(u.word.roles & OPENER) or u.word.key in _CONDITION_STARTS


def _opener_end(clause: Sequence[Unit]) -> int:
    """Where the task starts after an opening clause that ends at a comma ("If necessary, call
    and confirm ..."), or 0 (no comma, or nothing after it)."""
    for k in range(1, len(clause) - 1):
        if clause[k].text == "," and not (clause[k - 1].text + clause[k + 1].text).isdigit():
            return k + 1  # not the comma of a number ("gives over $1,000, call ...")
    return 0


# How many words a phrase of when may have before its comma ("The first week,")
_WHEN_WORDS: Final = 4


def _when_said_end(clause: Sequence[Unit]) -> int:
    """Where the task starts after a phrase that only says when, ended by a comma ("Each
    week, ...", "Every Monday, ...", "The first week, ..."): words a task may start with
    (determiners, quantifiers, words of time) and no act, or 0."""
    for k in range(1, min(len(clause) - 2, _WHEN_WORDS + 1)):
        u = clause[k]
        if u.text == ",":
            return k + 1
        if not u.skip or u.word.verbal:
            return 0
    return 0


def _helping_verb_end(clause: list[Unit]) -> int:
    """Where the act starts after a pronoun subject and a helping verb, as prose says what
    someone does ("I am happy to show the client ...", "We are always glad to call back", "I
    was delighted to present ...", "we have presented our findings to the board", "I have had
    to attend ..."), or 0. After a form of "be", a few words of how the subject is (fillers,
    adjectives, participles: "also able to", "delighted") and "to" lead on to the act, a verb's
    base form ("I am new to the team": no act; "I am the person to ask": a noun, no act). After
    a form of "have", the act is a past participle, or a verb's base form after a phrase that
    leads on ("had to"). Read from "am" or "have", the helping verb was the act."""
    n = len(clause)
    if n < 4 or not (clause[0].flags & SUBJECT or clause[0].word.roles & PRONOUN):
        return 0
    helper = clause[1].text
    j = 2
    while j < n and clause[j].skip and not _leads_to_duty(clause[j]) and j < _HELPED_WORDS:
        j += 1  # "am also", "have just"
    if j + 1 >= n:
        return 0
    u = clause[j]
    if _leads_to_duty(u) and u.word.key.endswith(" to"):  # "am also able to", "have had to"
        return j + 1 if _base_verb(clause[j + 1], hand=False) else 0
    if helper in _HAVE:
        return j if participle(u) and u.text not in _BE else 0
    if helper not in _IS_NOW:
        return 0
    while j < n and j < _HELPED_WORDS and _how_one_is(clause[j]):
        j += 1  # "happy", "glad", "delighted"
    if j == 2 or j + 1 >= n or clause[j].word.key != "to":
        return 0
    act = clause[j + 1]
    return j + 1 if _base_verb(act, hand=False) and act.text not in _BE else 0


def _asked_act_end(clause: list[Unit]) -> int:
    """Where the act starts in a question of whether someone did it, as a scorecard or a
    checklist asks one ("Did the agent greet the customer by name", "Does the rep confirm the
    order", "Did we send Grandma a birthday card"): "did" or "does", its subject (a pronoun, or a
    determiner and a few plain words ending in a noun), then a verb's base form; or 0. The act
    asked about is that verb's, not "did" ("did the invoicing": no subject, no question)."""
    n = len(clause)
    if n < 3 or clause[0].text not in _ASKED:
        return 0
    subject = clause[1]
    if subject.flags & SUBJECT or subject.word.roles & PRONOUN:
        return 2 if _asked_verb(clause[2]) else 0  # "Did we | send ...", "Did you | call"
    if subject.flags & (DET | QUANT) != DET:
        return 0
    for j in range(3, min(n, _SUBJECT_WORDS + 3)):
        u = clause[j]
        before = clause[j - 1]
        # (a verb that ends the question follows a plain noun: "Did the client | call", not
        # "did the weekly review")
        if (
            _asked_verb(u)
            and (before.word.is_noun or before.word.unknown)
            and (j < n - 1 or not before.flags)
        ):
            return j  # "Did the agent | greet", "Did the doctor's referral | go through"
        if not u.plain or u.flags & ~DESCRIBING:
            return 0
    return 0


# the forms of "do" that ask whether something was done, before the subject ("Did the agent")
_ASKED: Final = frozenset({"did", "does"})


def _asked_verb(u: Unit) -> bool:
    """A verb with no ending, as "did" asks for one ("greet", "apologise": any spelling), not a
    name."""
    w = u.word
    return w.verbal and not w.form and not u.cap and not u.flags


def _how_one_is(u: Unit) -> bool:
    """Can ``u`` say how someone is, after "I am" ("happy", "glad", "delighted", "willing",
    "always"): a word skipped before an act, a participle, or a word that is neither a noun nor
    a verb; not "to", not a noun ("the person")?"""
    w = u.word
    if u.flags & ~(FILLER | DESCRIBING) or w.key == "to":
        return False
    return u.skip or w.form in _PARTICIPLE_FORMS or not (w.is_noun or w.verbal)


# forms of "be" and of "have" that help a verb after a pronoun ("I am happy to", "we have met")
_IS_NOW: Final = frozenset({"am", "is", "are", "was", "were"})
_HAVE: Final = frozenset({"have", "has", "had"})
_PARTICIPLE_FORMS: Final = frozenset({"ed", "ing"})
# how far from the clause's start the words between a helping verb and its act may reach
_HELPED_WORDS: Final = 6


def _one_who_end(clause: list[Unit]) -> int:
    """Where the act starts after "I'm the one who" / "we are the ones who" at a clause's start
    ("I'm the one who calls the meeting"), or 0."""
    n = len(clause)
    i = 0
    while i < n and (clause[i].flags & SUBJECT or clause[i].word.roles & COPULA) and i < 3:
        i += 1
    if i == 0 or i + 3 >= n or clause[i].word.key != "the":
        return 0
    if clause[i + 1].text not in ("one", "ones") or not clause[i + 2].word.roles & RELATIVE:
        return 0
    return i + 3


def _occasion_where(readings: Sequence[Reading], background: Sequence[Unit]) -> bool:
    """Does the task hold an occasion ("held 'a day of thanking'", "conduct a weekly meeting")
    and a where-clause say what happens at it ("where staff are asked to call donors")?"""
    if len(background) < 3 or background[0].word.key != "where":
        return False
    for r in readings:
        head = r.head
        if (
            r.verb is not None
            and "hold" in r.verb.word.vclasses
            and head is not None
            # "a weekly meeting", "a Daily Sales Run", "a day of thanking"
            and (
                not _OCCASIONS.isdisjoint(head.word.nclasses)
                or (head.word.form == "ing" and not head.word.is_noun)
            )
        ):
            return True
    return False


# What is held when a where-clause says what happens at it: a live occasion, a run of acts
_OCCASIONS: Final = OCCASION_CLASSES | {"conversation"}
_GERUND_LEADS: Final = frozenset({"by", "for"})
# Lead-ins that lead on to an -ing form with nothing between ("Start calling", "Finish
# responding"); others read an -ing form after them as a noun's ("Use listening tools")
_TAKE_GERUNDS: Final = frozenset(
    {"start", "begin", "continue", "finish", "spend time", "like", "love", "prefer"}
)


def _leads_on_gerund(main: list[Unit]) -> bool:
    """Does the task's first word, a lead-in, lead on to an -ing form of an act, directly or
    through "by" / "for" ("Finish responding to", "start by scheduling", "set aside time for
    calling")?"""
    if len(main) < 3:
        return False
    w = main[0].word
    if "lead_in" not in w.vclasses or w.kind_v is not None:
        return False  # not "Plan onboarding sessions": planning is work of its own
    if main[1].word.key in _GERUND_LEADS:
        nxt = main[2].word
    elif w.vkey in _TAKE_GERUNDS:
        nxt = main[1].word
    else:
        return False
    return nxt.verbal and nxt.form == "ing"


def _gerund_joined(main: list[Unit]) -> list[Unit]:
    """:func:`_leads_on_gerund`'s task with a joiner between the lead-in and the act (in place
    of "by" / "for"), so that the act is a task of its own, as after "to"."""
    by = main[1].word.key in _GERUND_LEADS
    join = Unit(_JOIN_WORD, main[1].text if by else "")
    return [main[0], join, *main[2 if by else 1 :]]


def _in_order(main: list[Unit], as_written: list[Unit]) -> list[Unit]:
    """A passive's clause without its background, in the title's order ("new members are
    invited to ...": the act as a reason quotes it), the forms of "be" and the words between
    them and the participle included; the readers' own units (a joiner they made) at the end."""
    left: dict[int, int] = {}
    for u in main:
        left[id(u)] = left.get(id(u), 0) + 1
    out: list[Unit] = []
    between = False  # between a form of "be" and the participle
    for u in as_written:
        if u.text in _BE:
            between = True
        count = left.get(id(u), 0)
        if count:
            left[id(u)] = count - 1
            out.append(u)
            between = between and u.text in _BE
        elif between:
            out.append(u)  # "are all being answered"
    for u in main:  # units the readers made ("to" after a lead-in)
        count = left.get(id(u), 0)
        if count:
            left[id(u)] = count - 1
            out.append(u)
    return out


def _cuts(clause: list[Unit], k: int) -> bool:
    """Does the background start at ``k``?"""
    u = clause[k]
    w = u.word
    if "approval" in w.markers:
        # not the owner as the subject after a comma ("Based on the run sheet, I will work with
        # the client"): a task of the owner's starts there
        return not (k and clause[k - 1].flags & JOIN and _owner_subject(u))
    if w.flags & BACKGROUND:
        if w.key == "it" and k > 0 and clause[k - 1].word.verbal and _ends_or_prep(clause, k + 1):
            return False  # "Present it to the board chair in person", "Send it to the client":
            # right after the act, "it" is what the act is on, not the subject of a clause
        if (
            (w.roles & DESCRIBER and w.key != "that")
            and k > 0
            and clause[k - 1].word.verbal
            and not is_person(clause[k - 1])
            and not (k > 1 and clause[k - 2].flags & DET)
        ):
            return False  # "Decide who to follow", "which requests to accept": a choice (not
            # "fans who tag us", "the question which came in": whatever verb their word may be)
        if w.key == "that" and k > 1 and clause[k - 1].word.is_noun:
            return True  # "comments that help people": what the comments do, not the act
        # "that" as a determiner ("that client") does not start the background
        return not (w.key == "that" and k + 1 < len(clause) and clause[k + 1].word.is_noun)
    if w.key in _WH:
        return k > 0  # "Relay to the customer why we are unable ...": what is told, not whom
    if w.key == "to" and k + 1 < len(clause):
        nxt = clause[k + 1].word
        if nxt.hand_v and nxt.form == "" and (not nxt.hand_n or _acts_on_after(clause, k + 2)):
            # "Ask clients to leave a review": the purpose, not the act; "Ring Sam to talk
            # through his promotion", "Call them to welcome them" (not "Reply to comment
            # threads": a noun's phrase)
            return True
    return False


def _ends_or_prep(clause: list[Unit], k: int) -> bool:
    """Does the clause end at ``k``, or a preposition stand there ("it | to the board")?"""
    return k >= len(clause) or bool(clause[k].flags & PREP)


def _acts_on_after(clause: list[Unit], k: int) -> bool:
    """Does ``clause[k]`` start what a verb before it acts on or is towards: a determiner
    ("to review the terms"), a pronoun of people ("to welcome them") or a preposition that
    leads to whom or what a talk is about ("to talk through", "to chat about")?"""
    if k >= len(clause):
        return False
    u = clause[k]
    return bool(u.flags & (DET | QUANT)) or u.word.key in _AFTER_AN_ACT


# Words that, right after a word that is a verb and a noun, make it the verb ("to welcome them")
_AFTER_AN_ACT: Final = frozenset(
    {"them", "him", "her", "us", "me", "you", "through", "about", "with", "over"}
)


def _up_to_prep(part: Sequence[Unit]) -> tuple[list[Unit], int]:
    """The plain words before the first preposition, and where that preposition stands."""
    k = 0
    n = len(part)
    words: list[Unit] = []
    while k < n:
        u = part[k]
        if u.flags & PREP:
            break
        if u.plain:
            words.append(u)
        k += 1
    return words, k


def _fill(r: Reading, rest: list[Unit], start: int = 0) -> None:
    """What the verb acts on, then the prepositional phrases (one pass: the plain words before
    the first preposition are the object, each preposition's plain words its phrase), from the
    words of ``rest`` from ``start`` on (an index, not a slice: no list made to be read once).
    ``r`` is a new reading: its object and phrases are its own empty lists, filled in place."""
    obj = r.obj
    pps = r.pps
    prep = ""
    current = obj
    for k in range(start, len(rest)):
        u = rest[k]
        if u.prep:
            if current is not obj and prep and current:
                pps.append((prep, current))
            prep, current = u.word.key, []
        elif current is obj and _of_a_thing_after_someone(rest, k, obj):
            prep, current = "of", []  # "Advise the tenant | of the time of the inspection"
        elif (
            u.plain
            or (not current and _modifier_as_head(rest, k))
            or (u.word.key == _HER and _ends_phrase(rest, k))
        ):
            current.append(u)
    if current is not obj and prep and current:
        pps.append((prep, current))
    if not obj and pps:
        prep, first = pps[0]
        if prep in _STARRED:
            obj = list(first)  # "Reply to comments", "Comment on posts"
            pps[0] = (_STARRED[prep], first)  # (in place: the list is this reading's own)
    r.obj = obj


def _of_a_thing_after_someone(rest: Sequence[Unit], k: int, obj: Sequence[Unit]) -> bool:
    """Is ``rest[k]`` "of the" after a person the act is on, before a thing ("Advise the tenant
    of the time of the inspection", "inform members of the changes")? Then the person is the
    object and the phrase says what of; not "Call the members of the committee" (people of a
    group: one object), the words read as "of" then "the" ("of" is a preposition)."""
    if rest[k].word.key != _OF_THE or not obj:
        return False
    w = obj[-1].word
    if not _person_word(w) or _WN_PERSON not in w.nclasses:
        return False  # "Presents an account of the financial condition": a report, read so
    head = None  # the last plain word of the phrase after it: "the Nominating Committee"
    for u in rest[k + 1 :]:
        if u.plain:
            head = u
        elif u.flags & (PREP | JOIN | BOUNDARY) or u.word.key == _OF_THE:
            break
    return head is not None and not is_person(head)


_OF_THE: Final = "of the"
# WordNet's class of people: a word of people that names a person, not a thing too ("account")
_WN_PERSON: Final = "wn.person"


# the prepositions whose phrase is read as the object when the verb has none ("Reply to
# comments"), and how the phrase is then named
_STARRED: Final = {
    prep: prep + "*"
    for prep in ("to", "on", "with", "from", "in", "at", "into", "about", "for", "of")
}


# "her", a possessive ("her team") or the person acted on ("Supervise her")
_HER: Final = "her"


def _ends_phrase(rest: Sequence[Unit], k: int) -> bool:
    """Does ``rest[k]`` end its phrase (the last word, or before a preposition, a joiner or a
    boundary)? Then "her" has no noun after it to own: it is the person ("Supervise her",
    "Coach her on pricing"), not whose ("her team")."""
    return k + 1 >= len(rest) or bool(rest[k + 1].flags & (PREP | JOIN | BOUNDARY))


# WordNet's class of the words of time ("evening", "week")
_TIME: Final = "wn.time"


def _modifier_as_head(rest: Sequence[Unit], k: int) -> bool:
    """Is ``rest[k]`` a word that mostly describes or counts a noun (a describing word, a
    number) but ends its phrase after "the" or another such word, so it is the phrase's head
    ("call the VIPs", "ring the top three", "with the regulars"; not "the VIP lounge", "the
    top three donors", "within five minutes": a count before it; nor "phone each one": after a
    quantifier it stands for the people named before, read as they are; nor a word of time, a
    filler: "Run an evening of calling" names when, the occasion held)? Only where the phrase
    has no plain word: it would read as empty."""
    u = rest[k]
    if not u.flags & (DESCRIBING | FILLER) or u.flags & (PREP | JOIN | BOUNDARY | QUANT):
        return False
    if not u.word.is_noun or k == 0 or _TIME in u.word.nclasses:
        return False
    before = rest[k - 1].flags
    if not before & (DET | DESCRIBING) or before & QUANT:
        return False
    return k + 1 >= len(rest) or bool(rest[k + 1].flags & (PREP | JOIN | BOUNDARY))


def _pps(r: Reading, rest: Sequence[Unit]) -> None:
    prep = ""
    current: list[Unit] = []
    for k, u in enumerate(rest):
        if u.flags & PREP:
            if prep and current:
                r.pps.append((prep, current))
            prep, current = u.word.key, []
        elif u.plain or (prep and not current and _modifier_as_head(rest, k)):
            current.append(u)
    if prep and current:
        r.pps.append((prep, current))


def _nominal(r: Reading) -> None:
    """ "Relationship building", "objection handling": a noun phrase whose head is an -ing
    form of a verb is that verb acting on the words before it."""
    head = r.head
    if head is None or len(r.obj) < 2 or head.word.form != "ing" or not head.word.vkey:
        return
    r.verb = head
    r.obj = r.obj[:-1]
    r.noun_mode = False


def _fill_noun(r: Reading, part: Sequence[Unit], extend: bool = False) -> None:
    np_, k = _up_to_prep(part)
    if extend:
        r.obj.extend(np_)
    else:
        r.obj = np_
    _pps(r, part[k:])


# ---------------------------------------------------------------------------------------------
# Features for the model
# ---------------------------------------------------------------------------------------------


def _classes(w: Word | None, noun: bool) -> list[str]:
    if w is None:
        return []
    cls = w.nclasses if noun else w.vclasses
    return sorted(c for c in cls if not c.startswith(_OTHER_SENSE))


def _verb_classes(v: Word | None) -> list[str]:
    return (_classes(v, noun=False) or ["unknown"]) if v is not None else []


def _verb_feats(v: Word) -> list[str]:
    out = ["v=" + (v.vkey or v.key)]
    out.extend("vc=" + c for c in _verb_classes(v))
    if v.kind_v:
        out.append("vk=" + v.kind_v)
    if v.form == "ing":
        out.append("gerund")
    return out


def _head_classes(h: Word, cap: bool) -> list[str]:
    found = _classes(h, noun=True)
    if cap:
        found.append("name")
    return found or ["unknown"]


def _head_feats(mode: str, v: Word | None, h: Word, cap: bool) -> list[str]:
    vcls = _verb_classes(v)
    hcls = _head_classes(h, cap)
    out = [f"{mode}={h.nkey}"]
    out.extend(f"{mode}c={c}" for c in hcls)
    if h.kind_n:
        out.append(f"{mode}k={h.kind_n}")
        out.extend(f"vc={x}|{mode}k={h.kind_n}" for x in vcls)
    for c in hcls:
        out.extend(f"vc={x}|{mode}c={c}" for x in vcls)
        out.extend(f"vc={x}|on={c}" for x in vcls)  # shared with the phrases: "ask ... for"
        if v is not None:
            out.append(f"v={v.vkey or v.key}|{mode}c={c}")
    out.extend(f"vc={x}|{mode}={h.nkey}" for x in vcls)
    return out


def _modifier_feats(mode: str, m: Word, h: Word, cap: bool) -> list[str]:
    hcls = _head_classes(h, cap)[:3]
    out: list[str] = []
    for c in _classes(m, noun=True):
        out.append(f"{mode}m={c}")
        out.extend(f"{mode}m={c}|{mode}c={x}" for x in hcls)
    if m.kind_n and not _received_grievance(h):
        # "calendar conflicts", "invoice reminders": a thing of admin work; not the topic of a
        # complaint someone sent ("Client billing complaints": the client's grievance)
        out.append(f"{mode}mk={m.kind_n}")
        out.extend(f"{mode}mk={m.kind_n}|{mode}c={x}" for x in hcls)
    return out


def _received_grievance(h: Word) -> bool:
    """Is the head a grievance someone sent the owner (a word of both the `complaint` and the
    `incoming` noun classes: "complaint", "concern")? A describer of work before it names what
    the grievance is about, not admin work ("billing complaints"), unlike one before a problem
    of things ("server issues", "calendar conflicts")."""
    c = h.nclasses
    return "complaint" in c and "incoming" in c


def _noobject_feats(v: Word) -> list[str]:
    return ["noobject", *(f"vc={x}|noobject" for x in _verb_classes(v))]


def _pp_feats(prep: str, h: Word, cap: bool, person: bool, v: Word | None) -> list[str]:
    vcls = _verb_classes(v)
    pcls = _classes(h, noun=True)
    if cap:
        pcls.append("name")
    out = [f"p={prep}|{c}" for c in pcls]
    for c in pcls:
        out.extend(f"vc={x}|p={prep}|{c}" for x in vcls)
        out.extend(
            f"vc={x}|on={c}" for x in vcls
        )  # "ask clients for feedback" ~ "ask for feedback"
    if person:
        out.append(f"p={prep}|person")
        out.extend(f"vc={x}|p={prep}|person" for x in vcls)
    return out


def _towards_feats(v: Word | None) -> list[str]:
    return ["towards_people", *(f"vc={x}|towards_people" for x in _verb_classes(v))]


# the words that address the one a title is written to, and what each says of them: "you"
# (the act is done to them: "we will keep you informed", "get back to you") or "your" (the
# act is on their own thing: "reply to your letter", "manage your inbox")
_YOU_WORDS: Final = {"you": "you", "your": "yours"}


def addressed_to_you(r: Reading) -> str:
    """Whom a task addresses as "you", after its act: "you" when the act is done to them
    ("We will update you at least every 20 working days", "get back to you"), else "yours" when
    it is on a thing of theirs ("We aim to reply to your letter within 10 days", "Manage your
    inbox"), else "". A service promise to the person served and a helper's to the owner read
    alike; the model weighs which act it is."""
    found = ""
    verb = r.verb
    for u in r.units:
        if u is verb:
            continue
        which = _YOU_WORDS.get(u.text)
        if which == "you":
            return which
        found = found or which or ""
    return found


def _you_feats(which: str, v: Word | None) -> list[str]:
    return ["to=" + which, *(f"vc={x}|to={which}" for x in _verb_classes(v))]


def purpose(r: Reading) -> Unit | None:
    """The act of the task's purpose clause: the verb right after "to" where the background
    starts ("Call the landlord | to negotiate a rent reduction", "Email them | to thank them
    for the order"), or None. What the task is for is often what makes it relationship work:
    the call is the contact, the negotiating or thanking is why it is the owner's."""
    background = r.background
    if len(background) < 2 or background[0].word.key != "to":
        return None
    act = background[1]
    w = act.word
    return act if w.verbal and not w.form else None


# How many words after the purpose's act may name whom it is towards ("to thank him", "to
# welcome the new tenants")
_PURPOSE_LOOK: Final = 4


def _purpose_towards(r: Reading) -> bool:
    """Is the task, or its purpose, towards people ("Call the plumber to ...", "Email Globex
    to thank them")?"""
    if r.people():
        return True
    for u in r.background[2 : 2 + _PURPOSE_LOOK]:
        if u.prep or u.flags & BOUNDARY:
            break
        if is_person(u):
            return True
    return False


def _purpose_feats(p: Word, v: Word | None, people: bool) -> list[str]:
    """The purpose's act (:func:`purpose`) as the model weighs it: its verb and classes, its
    kind of work, and its classes beside the task's act and beside the people it is towards
    ("call ... to negotiate" ~ "phone ... to renegotiate"; "schedule a meeting to discuss" is
    not towards people)."""
    pcls = _verb_classes(p)
    out = ["pv=" + (p.vkey or p.key), *(f"pvc={c}" for c in pcls)]
    if p.kind_v:
        out.append("pvk=" + p.kind_v)
    for x in _classes(v, noun=False):
        if not x.startswith("wv"):
            out.extend(f"pvc={c}|vc={x}" for c in pcls)
    if people:
        out.extend(f"pvc={c}|towards_people" for c in pcls)
    return out


_RULE_ONLY: Final = frozenset({"never_buy"})  # read by the "avoid" rule only


def _marker_feats(markers: frozenset[str], v: Word | None) -> list[str]:
    vcls = _verb_classes(v)
    out: list[str] = []
    for marker in sorted(markers - _RULE_ONLY):
        out.append("m=" + marker)
        out.extend(f"m={marker}|vc={x}" for x in vcls)
    return out


def _background_feats(w: Word) -> list[str]:
    out = ["bg=" + c for c in _classes(w, noun=True) if not c.startswith("wn")]
    # In a fixed order (a set of strings iterates by hash seed): scores are summed in feature
    # order, and retraining must give the shipped weights byte for byte in any process.
    out.extend("bgk=" + k for k in dict.fromkeys((w.kind_n, w.kind_v)) if k)
    return out


Group = tuple[tuple[object, ...], Callable[..., list[str]]]


# The clause and background words weighed (:func:`groups`): the first MAX_WORDS of each. No
# labelled title has more than 34 (their features are all kept); a title of pages ("Reply to
# comments and thank each one by name" pasted 1,500 times) is judged by its start, not by a
# sum over thousands of words the model never saw in one clause.
MAX_WORDS: Final = 40


def _clipped(units_: list[Unit]) -> list[Unit]:
    return units_ if len(units_) <= MAX_WORDS else units_[:MAX_WORDS]


# Whether this module runs compiled (packaging/compile_advisor.py): a compiled function is not a
# Python function object. Only :func:`_distinct` asks, to take the way that is cheaper there.
_COMPILED: Final = not isinstance(_clipped, types.FunctionType)


def groups(r: Reading) -> list[Group]:
    """The reading's features in groups, each with a key that fully decides its features (so a
    group's total weight can be cached: readings share most of their groups). Each group once,
    where it first comes: a phrase, a modifier or a pair of words said again adds nothing, so
    a warning is never built by repetition (a pasted title repeating "with the figures for each
    product line" 200 times scored +94 and warned; the trainer counts them the same way)."""
    out: list[Group] = []
    v = r.verb.word if r.verb is not None else None
    mode = "n" if r.noun_mode else "o"
    if v is None and r.lead:
        # "Help visitors with their research questions", "Assist players with questions": no
        # act after the helping verb, so helping them is the act, and what follows its object
        v, mode = r.lead[0].word, "o"
    if v is not None:
        out.append((("v", v), _verb_feats))
    obj = r.obj
    if obj:
        head = obj[-1]
        out.append((("h", mode, v, head.word, head.cap), _head_feats))
        for m in obj[:-1]:
            out.append((("m", mode, m.word, head.word, head.cap), _modifier_feats))
    elif v is not None:
        out.append((("x", v), _noobject_feats))
    for prep, pp in r.pps:
        if pp and not prep.endswith("*"):  # a starred phrase was read as the object
            ph = pp[-1]
            person = False
            for u in pp:
                if is_person(u):
                    person = True
                    break
            out.append((("p", prep, ph.word, ph.cap, person, v), _pp_feats))
    if r.people():
        out.append((("t", v), _towards_feats))
    you = addressed_to_you(r)
    if you:
        out.append((("y", you, v), _you_feats))
    if r.markers:
        out.append((("k", r.markers, v), _marker_feats))
    act = purpose(r)
    if act is not None:
        out.append((("u", act.word, v, _purpose_towards(r)), _purpose_feats))
    before = None
    for u in _clipped(r.background):
        w = u.word
        if w.nclasses or w.kind_v:
            out.append((("b", w), _background_feats))
        out.append((("c", before, w), _background_words))
        before = w
    prev = None
    for u in _clipped(r.main):  # each word of the clause, with the word before it
        w = u.word
        out.append((("w", prev, w), _word_feats))
        prev = w
    return list(dict(out).items())


class GroupWeights:
    """Each feature group's total weight (:func:`groups`), worked out once by ``total_of`` (a
    model's way of adding up a list of features' weights) and kept: readings share most of
    their groups. The totals are kept in tables keyed by the group's words themselves (a word
    is one object, looked up by identity), a table for each kind of group and each of its
    yes/no parts, so looking a group up builds no key."""

    __slots__ = (
        "background",
        "backs",
        "bias",
        "heads",
        "issue",
        "made",
        "marked",
        "modifiers",
        "noobject",
        "phrases",
        "purposes",
        "to_you",
        "total_of",
        "towards",
        "verbs",
        "words",
    )

    def __init__(self, total_of: Callable[[list[str]], float], bias: float = 0.0) -> None:
        self.total_of = total_of
        self.bias = bias
        self.made = 0  # group totals worked out since the tables were last cleared
        # this table's issue: a word keeps its row of :attr:`words` (the word before it ->
        # total) beside this token (Word.pairs_of, Word.pairs), so the clause's words are
        # looked up once each, not twice; clearing the tables starts a new issue, and each
        # GroupWeights has its own, so a word never answers with another model's totals
        self.issue = object()
        self.verbs: dict[Word, float] = {}  # the act's word
        self.noobject: dict[Word, float] = {}  # an act with nothing to act on
        self.towards: dict[Word | None, float] = {}  # the act, towards people
        self.to_you: dict[str, dict[Word | None, float]] = {}  # "you" / "yours" -> act -> total
        self.backs: dict[Word, float] = {}  # a background word's classes
        # [2 in noun mode + 1 for a capital]: head -> act -> total
        self.heads: list[dict[Word, dict[Word | None, float]]] = [{}, {}, {}, {}]
        # [2 in noun mode + 1 for a capital]: head -> modifier -> total
        self.modifiers: list[dict[Word, dict[Word, float]]] = [{}, {}, {}, {}]
        # [2 for a capital + 1 for a person]: the phrase's head -> act -> preposition -> total
        self.phrases: list[dict[Word, dict[Word | None, dict[str, float]]]] = [{}, {}, {}, {}]
        self.marked: dict[frozenset[str], dict[Word | None, float]] = {}  # markers -> act -> total
        # [1 towards people]: the purpose's act -> the task's act -> total
        self.purposes: list[dict[Word, dict[Word | None, float]]] = [{}, {}]
        # the clause's and the background's pairs of words: word -> the word before it -> total
        self.words: dict[Word, dict[Word | None, float]] = {}
        self.background: dict[Word, dict[Word | None, float]] = {}

    def score(self, r: Reading) -> float:
        """The reading's score: :meth:`weigh` with the model's bias."""
        return self.weigh(r, self.bias)

    def weigh(self, r: Reading, bias: float) -> float:
        """``bias`` plus the total weight of each of the reading's groups, added in
        :func:`groups`' order (so the sum is the same, bit for bit, as adding up
        :func:`features`' weights group by group); a test holds the two together. Each group
        once: only a reading that names a word twice is checked for a group said again
        (:func:`_distinct`), so the common case builds nothing."""
        total = bias
        verb = r.verb
        v = verb.word if verb is not None else None
        noun_mode = r.noun_mode
        if v is None and r.lead:
            v, noun_mode = r.lead[0].word, False  # helping is the act (see groups)
        if v is not None:
            part = self.verbs.get(v)
            if part is None:
                part = self.verbs[v] = self._total(_verb_feats(v))
            total += part
        mode = "n" if noun_mode else "o"
        obj = r.obj
        if obj:
            head = obj[-1]
            h = head.word
            cap = head.cap
            which = (2 if noun_mode else 0) + (1 if cap else 0)
            by_act = self.heads[which].get(h)
            part = None if by_act is None else by_act.get(v)
            if part is None:
                part = self._keep(self.heads[which], h, v, _head_feats(mode, v, h, cap))
            total += part
            last = len(obj) - 1
            if last:
                again = last > 1 and not _distinct(obj)  # each modifier once
                by_modifier = self.modifiers[which].get(h)
                for i in range(last):
                    m = obj[i].word
                    if again and _said_before(obj, i):
                        continue
                    part = None if by_modifier is None else by_modifier.get(m)
                    if part is None:
                        feats = _modifier_feats(mode, m, h, cap)
                        part = self._keep(self.modifiers[which], h, m, feats)
                        by_modifier = self.modifiers[which][h]
                    total += part
        elif v is not None:
            part = self.noobject.get(v)
            if part is None:
                part = self.noobject[v] = self._total(_noobject_feats(v))
            total += part
        pps = r.pps
        said: list[tuple[str, Word, bool, bool]] | None = None
        if len(pps) > 1 and not _distinct_heads(pps):
            said = []  # each phrase once
        for prep, pp in pps:
            if pp and not prep.endswith("*"):  # a starred phrase was read as the object
                ph = pp[-1]
                person = False
                for u in pp:
                    if u.cap or u.word.person:
                        person = True
                        break
                pw = ph.word
                if said is not None:
                    key = (prep, pw, ph.cap, person)
                    if key in said:
                        continue
                    said.append(key)
                table = self.phrases[(2 if ph.cap else 0) + (1 if person else 0)]
                by_head = table.get(pw)
                by_prep = None if by_head is None else by_head.get(v)
                part = None if by_prep is None else by_prep.get(prep)
                if part is None:
                    feats = _pp_feats(prep, pw, ph.cap, person, v)
                    part = self._total(feats)
                    table.setdefault(pw, {}).setdefault(v, {})[prep] = part
                total += part
        if r.people():
            part = self.towards.get(v)
            if part is None:
                part = self.towards[v] = self._total(_towards_feats(v))
            total += part
        you = addressed_to_you(r)
        if you:
            by_act = self.to_you.get(you)
            part = None if by_act is None else by_act.get(v)
            if part is None:
                part = self._keep(self.to_you, you, v, _you_feats(you, v))
            total += part
        markers = r.markers
        if markers:
            by_act = self.marked.get(markers)
            part = None if by_act is None else by_act.get(v)
            if part is None:
                part = self._keep(self.marked, markers, v, _marker_feats(markers, v))
            total += part
        background = r.background
        if background:
            act = purpose(r) if len(background) > 1 and background[0].word.key == "to" else None
            if act is not None:
                towards = _purpose_towards(r)
                purposes = self.purposes[1 if towards else 0]
                pw = act.word
                by_main = purposes.get(pw)
                part = None if by_main is None else by_main.get(v)
                if part is None:
                    part = self._keep(purposes, pw, v, _purpose_feats(pw, v, towards))
                total += part
            background = _clipped(background)
            again = not _distinct(background)
            before = None
            for i, u in enumerate(background):
                w = u.word
                if again and _said_before(background, i):  # its classes are in already
                    if not _paired_before(background, i):
                        total += self._pair(self.background, before, w, _background_words)
                    before = w
                    continue
                if w.nclasses or w.kind_v:
                    part = self.backs.get(w)
                    if part is None:
                        part = self.backs[w] = self._total(_background_feats(w))
                    total += part
                total += self._pair(self.background, before, w, _background_words)
                before = w
        prev = None
        issue = self.issue
        main = _clipped(r.main)
        seen: set[Word] | None = None if _distinct(main) else set()
        for i, u in enumerate(main):  # each word of the clause, with the word before it
            w = u.word
            if seen is not None:  # each pair of words once
                if w not in seen:
                    seen.add(w)
                elif _paired_before(main, i):
                    prev = w
                    continue
            after = w.pairs if w.pairs_of is issue else self._row(w)
            part = after.get(prev)
            if part is None:
                part = after[prev] = self._total(_word_feats(prev, w))
            total += part
            prev = w
        return total

    def _row(self, w: Word) -> dict[Word | None, float]:
        """The word's row of :attr:`words` (made if new), kept by the word for this issue."""
        after = self.words.get(w)
        if after is None:
            after = self.words[w] = {}
        w.pairs_of = self.issue
        w.pairs = after
        return after

    def _total(self, feats: list[str]) -> float:
        """A new group's total weight (counted against the tables' bound)."""
        self._count()
        return self.total_of(feats)

    def _keep(
        self, table: dict[_K, dict[_L, float]], outer: _K, inner: _L, feats: list[str]
    ) -> float:
        """A new group's total weight, kept as ``table[outer][inner]``."""
        part = self._total(feats)
        table.setdefault(outer, {})[inner] = part
        return part

    def _pair(
        self,
        table: dict[Word, dict[Word | None, float]],
        prev: Word | None,
        w: Word,
        make: Callable[[Word | None, Word], list[str]],
    ) -> float:
        after = table.get(w)
        part = None if after is None else after.get(prev)
        return self._keep(table, w, prev, make(prev, w)) if part is None else part

    def _count(self) -> None:
        self.made += 1
        if self.made > 200_000:  # a bound on memory: start again
            self.made = 0
            for table in (self.verbs, self.noobject, self.towards, self.backs, self.marked):
                table.clear()
            self.to_you.clear()
            for tables in (self.heads, self.modifiers, self.phrases, self.purposes):
                for each in tables:
                    each.clear()
            self.words.clear()
            self.background.clear()
            self.issue = object()  # the rows the words keep are of the last issue


_K = TypeVar("_K")
_L = TypeVar("_L")


def _distinct(units_: list[Unit]) -> bool:
    """Whether no word comes twice in ``units_`` (then no group can come twice either). Most
    clauses have none twice, and a few words: compiled, a word is compared with the ones
    before it only when its bit (:attr:`Word.bit`) is among theirs, which builds nothing and
    mostly compares none; the interpreter builds a set faster."""
    if not _COMPILED:
        return len({u.word for u in units_}) == len(units_)
    bits = 0  # the bits of the words so far: a word whose bit is not among them is new
    for i in range(len(units_)):
        w = units_[i].word
        bit = w.bit
        if bits & bit:
            for j in range(i):
                if units_[j].word is w:
                    return False
        bits |= bit
    return True


def _said_before(units_: list[Unit], i: int) -> bool:
    """Whether the word at ``i`` came earlier in ``units_``."""
    w = units_[i].word
    return any(units_[j].word is w for j in range(i))


def _distinct_heads(pps: list[tuple[str, list[Unit]]]) -> bool:
    """Whether no two of the phrases end with the same word (then none is said twice)."""
    heads = [pp[-1].word for _, pp in pps if pp]
    for i in range(1, len(heads)):
        for j in range(i):
            if heads[j] is heads[i]:
                return False
    return True


def _paired_before(units_: list[Unit], i: int) -> bool:
    """Whether the word at ``i``, with the word before it, came as a pair earlier in
    ``units_`` (the pair's group is then counted already)."""
    w = units_[i].word
    prev = units_[i - 1].word if i else None
    return any(units_[j].word is w and units_[j - 1].word is prev for j in range(1, i))


def _word_feats(prev: Word | None, w: Word) -> list[str]:
    """The clause's words as the title writes them, next to the readings: the word's lemma
    (``lu=``) and the pair it makes with the word before it (``lb=reply_to``), function words
    included, so wording the readers do not model still counts (about +0.013 F1 in
    source-grouped cross-validation); ``w=`` for a word of a known class, as before."""
    out = ["w=" + (w.nkey or w.key)] if (w.nclasses or w.vclasses) and not w.flags else []
    return out + _lemma_grams("lu", "lb", prev, w)


def _background_words(prev: Word | None, w: Word) -> list[str]:
    """The background's words as lemma unigrams and bigrams (``bu=``, ``bb=``): who the task is
    for and why ("so I can answer them") tell relationship work apart (about +0.005 F1 in
    source-grouped cross-validation, mostly precision)."""
    return _lemma_grams("bu", "bb", prev, w)


def _lemma_grams(unigram: str, bigram: str, prev: Word | None, w: Word) -> list[str]:
    """``w``'s lemma as a feature named ``unigram``, and with the lemma of ``prev`` (the word
    before it) as one named ``bigram``; none for a word whose lemma a feature cannot hold."""
    lemma = _lemma(w)
    if not lemma:
        return []
    before = _lemma(prev) if prev is not None else ""
    return (
        [f"{unigram}={lemma}", f"{bigram}={before}_{lemma}"] if before else [f"{unigram}={lemma}"]
    )


def _lemma(w: Word) -> str:
    """The word's base form as a feature name can hold it ("" for one it cannot)."""
    key = (w.nkey or w.vkey or w.key).replace(" ", "_")
    return key if key.isascii() and "," not in key else ""


def features(r: Reading) -> list[str]:
    """The named features of one reading (what the model weighs)."""
    out = ["bias"]
    for key, make in groups(r):
        out.extend(make(*key[1:]))
    return out
