"""The relationship-building advisor: is a task the relationship itself, or work around it?

This module owns :func:`assess`, which reads a task title (and, when the title says too little,
its notes) and returns an :class:`Assessment`: whether the task builds a relationship, a plain
reason naming the words that triggered it, and what kind of work it is otherwise (admin,
production, research, setup, "your voice" ghostwriting, or something nobody should do).

The vocabulary lives in ``resources/rules/advisor.toml`` so it can be extended without touching
code; this module only knows the grammar: find the main verb, find what it acts on, drop the
background after helper phrases ("for me to", "so I can") and check the trigger's object rule.

When no reading places a task at all (an unknown verb, an idiom), a last look at its words
decides: a relationship verb acting on people, or a relationship noun standing on its own, still
counts, unless the task also names admin things, templates, automation or a helper phrase.

Plain Python, no Qt, no network. Designed for speed: one tokenising regex per call, cached word
look-ups, and look-up tables built once, on the first call (importing the module reads nothing,
so app start-up does not pay for the rules file).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any, Final

__all__ = ["KINDS", "Assessment", "assess", "could_delegate", "rules_text"]

KINDS: Final[tuple[str, ...]] = (
    "relationship",
    "voice",
    "admin",
    "production",
    "research",
    "setup",
    "avoid",
    "other",
)
_DELEGABLE: Final = frozenset({"admin", "production", "research", "setup"})


@dataclass(frozen=True, slots=True)
class Assessment:
    """What the advisor thinks of one task.

    ``reason`` is one sentence naming what triggered the warning and why that part stays with
    the owner; it is empty when the task is not relationship-building. ``advice`` explains why
    an "avoid" task belongs in Nobody; ``voice_note`` is the softer note on ghostwriting.
    """

    relationship_building: bool
    reason: str
    kind: str
    matched: tuple[str, ...] = ()
    voice_note: str = ""
    advice: str = ""


def could_delegate(a: Assessment) -> bool:
    """True when the task is admin, production, research or setup: work a VA could take on."""
    return a.kind in _DELEGABLE


# ---------------------------------------------------------------------------------------------
# Word flags
# ---------------------------------------------------------------------------------------------

_DET: Final = 1 << 0
_PREP: Final = 1 << 1
_JOIN: Final = 1 << 2
_FILLER: Final = 1 << 3
_BACKGROUND: Final = 1 << 4
_HELPER: Final = 1 << 5
_PERSON: Final = 1 << 6
_SUPPLIER: Final = 1 << 7
_COMMUNITY: Final = 1 << 8
_CONNECTION: Final = 1 << 9
_CHANNEL: Final = 1 << 10
_NEEDS: Final = 1 << 11
_PERSONAL: Final = 1 << 12
_SHORT: Final = 1 << 13
_LONG: Final = 1 << 14
_ASME: Final = 1 << 15
_PENNAME: Final = 1 << 16
_TEMPLATE: Final = 1 << 17
_AUTO: Final = 1 << 18
_NUMBERS: Final = 1 << 19
_NEVERBUY: Final = 1 << 20
_CARRY: Final = 1 << 21
_OCCASION_V: Final = 1 << 22
_LEADIN: Final = 1 << 23
_GHOST: Final = 1 << 24
_COMPOSE: Final = 1 << 25
_BUY: Final = 1 << 26
_UNKNOWN: Final = 1 << 27
_DESCRIBING: Final = 1 << 28
_BOUNDARY: Final = 1 << 29
_BROADCAST_AUD: Final = 1 << 30
_BROADCAST_MEDIUM: Final = 1 << 31
_VERBISH: Final = 1 << 32  # has any verb reading
_THING: Final = 1 << 33  # a noun of a delegable kind with no relationship reading
_BLOCKING: Final = 1 << 34  # an admin, research or setup thing: never a relationship object
_ADMIN_THING: Final = 1 << 35
_TO: Final = 1 << 36
_MY: Final = 1 << 37
_WHO: Final = 1 << 38
_PURE_VERB: Final = 1 << 39  # only a verb: ends a noun phrase ("the inbox using templates")
_GENERIC: Final = 1 << 40  # "update", "manage": the kind of work comes from the object
_STARTS: Final = 1 << 41  # some phrase in the rules begins with this word
_SIMPLE_KIND: Final = 1 << 42  # only names a kind of work ("transcribe"): no need to read on
_WHICH: Final = 1 << 43  # "which" / "what": "decide which requests to accept"
_PEER: Final = 1 << 44  # "other", "fellow": "other designers" are peers, not suppliers
_TOPIC: Final = 1 << 45  # "for", "about", "re": what a message or a chase is about
_CAUSE: Final = 1 << 46  # "have", "get": "Have my VA reply to comments" is the replying

_VERB_FLAGS: Final = (
    _VERBISH | _CARRY | _OCCASION_V | _LEADIN | _GHOST | _COMPOSE | _BUY | _BROADCAST_MEDIUM
)
_NOUN_FLAGS: Final = (
    _SUPPLIER | _CHANNEL | _LONG | _SHORT | _NEEDS | _NEVERBUY | _BROADCAST_AUD | _TEMPLATE
)
_SKIP_HEAD: Final = _FILLER | _DET | _DESCRIBING | _PERSONAL | _AUTO | _PREP
_NOT_NOUN: Final = _DET | _PREP | _FILLER | _DESCRIBING | _PERSONAL | _JOIN | _BOUNDARY | _ASME
_PEOPLE: Final = _PERSON | _COMMUNITY


class _Trigger:
    """One relationship trigger from the rules file."""

    __slots__ = ("name", "reason", "things_decide")

    def __init__(self, name: str, reason: str, things_decide: bool = False) -> None:
        self.name = name
        self.reason = reason
        self.things_decide = things_decide


class _Word:
    """Everything the rules say about one word or phrase (merged over all its readings)."""

    __slots__ = ("flags", "kind_n", "kind_v", "lemma", "occasion", "rules", "says")

    def __init__(self, lemma: str) -> None:
        self.lemma = lemma
        self.flags = 0
        self.rules: tuple[tuple[_Trigger, str], ...] = ()
        self.says: _Trigger | None = None
        self.occasion: _Trigger | None = None
        self.kind_v: str | None = None
        self.kind_n: str | None = None

    def merge_verb(self, other: _Word) -> None:
        """Take only the verb readings of ``other`` (for its -ed and -ing forms)."""
        self.flags |= other.flags & _VERB_FLAGS
        self.rules = self.rules + tuple(r for r in other.rules if r not in self.rules)
        self.kind_v = self.kind_v or other.kind_v

    def merge(self, other: _Word) -> None:
        self.flags |= other.flags
        self.rules = self.rules + tuple(r for r in other.rules if r not in self.rules)
        self.says = self.says or other.says
        self.occasion = self.occasion or other.occasion
        self.kind_v = self.kind_v or other.kind_v
        self.kind_n = self.kind_n or other.kind_n


# A unit is one word or merged phrase in a task:
# (word, surface text, is a capitalised name, the word's flags, kept here for speed).
_Unit = tuple[_Word, str, bool, int]


# ---------------------------------------------------------------------------------------------
# Loading the rules
# ---------------------------------------------------------------------------------------------

_RULE_NAMES: Final = frozenset(
    {"anything", "people", "connections", "own", "gatherings", "occasions"}
)
_BRITISH: Final = (
    ("isation", "ization"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ise", "ize"),
    ("ysing", "yzing"),
    ("ysed", "yzed"),
    ("yse", "yze"),
    ("our", "or"),
    ("ogue", "og"),
    ("lled", "led"),
    ("lling", "ling"),
    ("tre", "ter"),
    ("ence", "ense"),
    ("mme", "m"),
)
_STRIP: Final = (
    ("ies", "y"),
    ("ied", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
    ("'s", ""),
)
_VOWELS: Final = frozenset("aeiou")


def _inflections(base: str, verb: bool) -> set[str]:
    """Plural (and, for verbs, -ed and -ing) forms of ``base``; over-generating is harmless."""
    out = {base, base + "s"}
    if not base.isalpha() or len(base) <= 2:
        return out
    if base.endswith(("s", "x", "z", "ch", "sh")):
        out.add(base + "es")
    if base.endswith("y") and base[-2] not in _VOWELS:
        out.add(base[:-1] + "ies")
        if verb:
            out.add(base[:-1] + "ied")
    if not verb:
        return out
    if base.endswith("ie"):
        out.add(base[:-2] + "ying")
    if base.endswith("e"):
        out.update((base + "d", base[:-1] + "ing"))
    else:
        out.update((base + "ed", base + "ing"))
    last, mid, first = base[-1], base[-2], base[-3]
    if last not in _VOWELS and last not in "wxy" and mid in _VOWELS and first not in _VOWELS:
        out.update((base + last + "ing", base + last + "ed"))
    return out


class _Rules:
    """The rules file turned into look-up tables."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.bases: dict[str, _Word] = {}
        self.spelling: dict[str, tuple[str, ...]] = {}
        self.triggers: list[_Trigger] = []
        self.notes: dict[str, str] = {str(k): str(v) for k, v in data.get("notes", {}).items()}
        self._pending: list[tuple[str, _Word]] = []
        self._load(data)
        self.lexicon: dict[str, _Word] = {}
        self._build_lexicon()
        self.cache: dict[str, tuple[_Word, ...]] = {}
        self.phrases: dict[str, list[tuple[tuple[str, ...], _Word]]] = {}
        self._build_phrases()
        self.cache.clear()

    # -- collecting entries ------------------------------------------------------------------

    def _entry(self, text: str) -> _Word:
        key = " ".join(text.casefold().replace("-", " ").replace("’", "'").split())
        word = _Word(key)
        self._pending.append((key, word))
        return word

    def _flag(self, items: Iterable[str], flag: int) -> None:
        for item in items:
            self._entry(item).flags |= flag

    def _load(self, data: dict[str, Any]) -> None:
        for raw, repl in data.get("spelling", {}).items():
            self.spelling[str(raw).casefold()] = tuple(
                str(repl).casefold().replace("-", " ").split()
            )
        for raw, repl in data.get("irregular", {}).items():
            self.spelling[str(raw).casefold()] = (str(repl).casefold(),)
        grammar = data.get("grammar", {})
        self._flag(grammar.get("determiners", []), _DET)
        self._flag(grammar.get("prepositions", []), _PREP)
        self._flag(grammar.get("joiners", []), _JOIN)
        self._flag(grammar.get("fillers", []), _FILLER)
        self._flag(grammar.get("describing", []), _DESCRIBING)
        self._flag(grammar.get("background", []), _BACKGROUND)
        self._flag(data.get("helpers", {}).get("phrases", []), _HELPER | _BACKGROUND)
        self._flag(["to"], _TO)
        self._flag(["my"], _MY)
        self._flag(["who", "whom"], _WHO)
        self._flag(["which", "what"], _WHICH)
        self._flag(["whoever"], _WHO)
        self._flag(grammar.get("peer_markers", []), _PEER)
        self._flag(grammar.get("topic_markers", []), _TOPIC)
        words = data.get("words", {})
        for item in words.get("suppliers", []):
            self._entry(item).kind_n = "admin"
        for name, flag in (
            ("people", _PERSON),
            ("suppliers", _SUPPLIER),
            ("communities", _COMMUNITY),
            ("connections", _CONNECTION),
            ("channels", _CHANNEL),
            ("needs_someone", _NEEDS),
            ("personal_touch", _PERSONAL),
            ("short_posts", _SHORT),
            ("long_pieces", _LONG),
            ("as_me", _ASME),
            ("pen_names", _PENNAME),
            ("templates", _TEMPLATE),
            ("automation", _AUTO),
            ("numbers", _NUMBERS),
            ("never_buy", _NEVERBUY),
            ("broadcast_audiences", _BROADCAST_AUD),
            ("broadcast_media", _BROADCAST_MEDIUM),
        ):
            self._flag(words.get(name, []), flag)
        verbs = data.get("verbs", {})
        for name, flag in (
            ("carry", _CARRY),
            ("occasion", _OCCASION_V),
            ("lead_in", _LEADIN),
            ("ghostwrite", _GHOST),
            ("compose", _COMPOSE),
            ("buy", _BUY),
            ("generic", _GENERIC),
            ("causative", _CAUSE),
        ):
            self._flag(verbs.get(name, []), flag | _VERBISH)
        for kind in ("admin", "production", "research", "setup"):
            table = data.get("kinds", {}).get(kind, {})
            for item in table.get("verbs", []):
                w = self._entry(item)
                w.kind_v = kind
                w.flags |= _VERBISH
            for item in table.get("nouns", []):
                self._entry(item).kind_n = kind
        for spec in data.get("trigger", []):
            trig = _Trigger(
                str(spec["name"]), str(spec["reason"]), bool(spec.get("things_decide", False))
            )
            self.triggers.append(trig)
            for rule, items in spec.get("verbs", {}).items():
                if rule not in _RULE_NAMES:
                    raise ValueError(f"advisor rules: unknown object rule {rule!r} in {trig.name}")
                for item in items:
                    w = self._entry(item)
                    w.rules = ((trig, str(rule)),)
                    w.flags |= _VERBISH
            for item in spec.get("says", []):
                self._entry(item).says = trig
            for item in spec.get("occasions", []):
                self._entry(item).occasion = trig

    # -- building tables ---------------------------------------------------------------------

    def _build_lexicon(self) -> None:
        singles = [(k, w) for k, w in self._pending if " " not in k]
        for key, word in singles:
            if key in self.bases:
                self.bases[key].merge(word)
            else:
                self.bases[key] = word
        for key, _ in self._pending:
            for part in key.split():
                self.bases.setdefault(part, _Word(part))
        forms: dict[str, list[str]] = {}
        for key, base in self.bases.items():
            for form in _inflections(key, bool(base.flags & _VERBISH)):
                forms.setdefault(form, []).append(key)
        for form, keys in forms.items():
            primary = form if form in self.bases else keys[0]
            if _bare(self.bases[primary]) and len(keys) > 1:
                # "following" is a phrase word and a form of "follow": read it as "follow"
                primary = next(k for k in keys if k != primary)
            word = _Word(primary)
            for key in (primary, *(k for k in keys if k != primary)):
                base = self.bases[key]
                if key == form or form in (key + "s", key + "es", key[:-1] + "ies"):
                    word.merge(base)
                else:  # "coaching" is a form of the verb "coach", not a person
                    word.merge_verb(base)
            self.lexicon[form] = word
        for word in self.lexicon.values():
            self._finish(word)

    @staticmethod
    def _finish(word: _Word) -> None:
        """Derive the summary flags once every reading of a word is merged."""
        relational = word.says or word.occasion or word.flags & (_PEOPLE | _CONNECTION)
        nounish = relational or word.kind_n or word.flags & _NOUN_FLAGS
        if word.flags & _VERBISH and not nounish:
            word.flags |= _PURE_VERB
        if word.kind_n and not relational:
            word.flags |= _THING
            if word.kind_n != "production":
                word.flags |= _BLOCKING
        if word.kind_n == "admin" and not relational:
            word.flags |= _ADMIN_THING
        busy = _CARRY | _OCCASION_V | _LEADIN | _GHOST | _COMPOSE | _BUY | _GENERIC
        if word.kind_v and not (word.rules or word.says or word.occasion or word.flags & busy):
            word.flags |= _SIMPLE_KIND

    def lemma(self, token: str) -> str:
        words = self.lookup(token)
        return words[0].lemma if words else token

    def _build_phrases(self) -> None:
        phrases: dict[tuple[str, ...], _Word] = {}
        for key, word in self._pending:
            if " " not in key:
                continue
            parts = tuple(self.lemma(p) for p in key.split())
            if parts in phrases:
                phrases[parts].merge(word)
            else:
                phrases[parts] = word
        for parts, word in phrases.items():
            word.lemma = " ".join(parts)
            self._finish(word)
            self.phrases.setdefault(parts[0], []).append((parts, word))
        for entries in self.phrases.values():
            entries.sort(key=lambda e: -len(e[0]))

    # -- looking words up --------------------------------------------------------------------

    def lookup(self, token: str) -> tuple[_Word, ...]:
        """The word(s) for one lower-case token; unknown words get a bare entry."""
        cached = self.cache.get(token)
        if cached is not None:
            return cached
        result = self._resolve(token)
        if len(self.cache) > 200_000:
            self.cache.clear()
        self.cache[token] = result
        return result

    def _resolve(self, token: str) -> tuple[_Word, ...]:
        t = token.strip("'@#")
        if t.endswith("'s"):
            t = t[:-2]
        if not t:
            return ()
        spelled = self.spelling.get(t)
        if spelled is not None:
            return tuple(w for part in spelled for w in self._single(part))
        return self._single(t)

    def _single(self, t: str) -> tuple[_Word, ...]:
        hit = self.lexicon.get(t)
        if hit is not None:
            return (hit,)
        spelled = self.spelling.get(t)
        if spelled is not None and spelled != (t,):
            return tuple(w for part in spelled for w in self._single(part))
        candidates = [t]
        if "'" in t:
            candidates.append(t.replace("'", ""))
        for old, new in _BRITISH:
            for c in list(candidates):
                if old in c:
                    candidates.append(c.replace(old, new))
        for c in candidates:
            hit = self.lexicon.get(c) or self._irregular(c)
            if hit is not None:
                return (hit,)
        for c in candidates:
            for suffix, repl in _STRIP:
                if c.endswith(suffix) and len(c) - len(suffix) >= 2:
                    stem = c[: -len(suffix)] + repl
                    hit = self.bases.get(stem)
                    if hit is not None:
                        return (self.lexicon.get(stem, hit),)
                    if len(stem) > 3 and stem[-1] == stem[-2] and suffix in ("ing", "ed"):
                        hit = self.lexicon.get(stem[:-1])
                        if hit is not None:
                            return (hit,)
        word = _Word(t)
        word.flags = _UNKNOWN
        if t.isdigit() or (len(t) > 4 and t.endswith("ly")):
            word.flags |= _FILLER  # numbers and unknown adverbs ("promptly") carry no meaning
        return (word,)

    def _irregular(self, t: str) -> _Word | None:
        spelled = self.spelling.get(t)
        if spelled is not None and len(spelled) == 1 and spelled[0] != t:
            return self.lexicon.get(spelled[0])
        return None


def _bare(word: _Word) -> bool:
    """A word the rules only know as part of a phrase: no reading of its own."""
    return not (
        word.flags & ~_STARTS
        or word.rules
        or word.says
        or word.occasion
        or word.kind_v
        or word.kind_n
    )


def rules_text() -> str:
    """The raw text of the advisor rules file, as packaged with the app."""
    import resources  # imported here so that importing the advisor stays cheap

    return resources.read_text("rules", "advisor.toml")


# The rules are read on first use, not at import (the app imports this module at start-up).
# Everything below that comes from the rules file is filled in by _load(); the reading code
# only runs after assess() has called it.
_RULES: _Rules
_NOTES: Final[dict[str, str]] = {}
_AS_YOU: _Trigger
_PRESENCE: _Trigger
_LOCK: Final = threading.Lock()
_loaded = False

# ---------------------------------------------------------------------------------------------
# Turning text into units
# ---------------------------------------------------------------------------------------------

_TOKEN_RE: Final = re.compile(
    r"[@#]?[a-z0-9][a-z0-9']*(?:&as?(?![a-z])|:\d+)?|[,;:.!?()\[\]{}/&+|\n\r]|(?<!\S)-+(?!\S)",
    re.IGNORECASE,
)
_TRANSLATE: Final = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "´": "'",
        "—": ";",
        "–": ";",
        "…": ".",
        "\u00a0": " ",
    }
)


def _punctuation(lemma: str, flag: int) -> _Word:
    word = _Word(lemma)
    word.flags = flag
    return word


_JOIN_WORD: Final = _punctuation(",", _JOIN)
_NUMBER_WORD: Final = _punctuation("0", _UNKNOWN | _FILLER)
_BOUNDARY_WORD: Final = _punctuation(";", _BOUNDARY)
_PUNCT: Final = {",": _JOIN_WORD, "/": _JOIN_WORD, "&": _JOIN_WORD, "+": _JOIN_WORD}

# Raw token -> its unit (the third item says "could be a name": capitalised or @handle, unknown).
# Tokens that stand for several words ("followup") live in _TOKENS_MULTI.
_TOKENS: dict[str, _Unit] = {}
_TOKENS_MULTI: dict[str, tuple[_Unit, ...]] = {}
_CHUNKS: dict[str, tuple[_Unit, ...]] = {}
_flatten: Final = chain.from_iterable
# Phrases by their lemmas; the lengths to try for each first pair of lemmas, longest first.
_PHRASE_BY_KEY: Final[dict[tuple[str, ...], _Word]] = {}
_PAIR_SIZES: Final[dict[tuple[str, str], tuple[int, ...]]] = {}


def _load() -> None:
    """Read the rules and build the look-up tables (once, on first use).

    Building them from the rules file takes about 30 ms, which the first painted board waits
    for; so the built tables are also kept in the user's cache folder, under a key made from the
    rules file and this module's code, and read back from there (about 7 ms) while both match.
    """
    global _RULES, _AS_YOU, _PRESENCE, _loaded
    with _LOCK:
        if _loaded:
            return
        text = rules_text()
        key = _cache_key(text)
        cached = _read_cache(key)
        if cached is not None:
            rules, phrase_by_key, pair_sizes = cached
        else:
            rules, phrase_by_key, pair_sizes = _build(text)
            _write_cache(key, (rules, phrase_by_key, pair_sizes))
        _PHRASE_BY_KEY.update(phrase_by_key)
        _PAIR_SIZES.update(pair_sizes)
        by_name = {t.name: t for t in rules.triggers}
        _AS_YOU = by_name.get("speaking_as_you") or _Trigger(
            "speaking_as_you", "“{act}” speaks for you, so it should come from you."
        )
        _PRESENCE = by_name.get("presence") or _Trigger(
            "presence", "“{act}” is you turning up in person, so it cannot be handed over."
        )
        _NOTES.update(rules.notes)
        _RULES = rules
        _loaded = True


_Built = tuple[_Rules, dict[tuple[str, ...], _Word], dict[tuple[str, str], tuple[int, ...]]]
_CACHE_FORMAT = 1


def _build(text: str) -> _Built:
    """The rules object and the phrase tables, built from the rules file's text."""
    import tomllib  # only needed when the rules are built

    rules = _Rules(tomllib.loads(text))
    phrase_by_key: dict[tuple[str, ...], _Word] = {}
    sizes: dict[tuple[str, str], set[int]] = {}
    for entries in rules.phrases.values():
        for parts, pword in entries:
            phrase_by_key[parts] = pword
            sizes.setdefault((parts[0], parts[1]), set()).add(len(parts))
    pair_sizes = {pair: tuple(sorted(found, reverse=True)) for pair, found in sizes.items()}
    firsts = {pair[0] for pair in sizes}
    for word in rules.lexicon.values():
        if word.lemma in firsts:
            word.flags |= _STARTS
    return rules, phrase_by_key, pair_sizes


def _cache_key(text: str) -> str:
    """Changes whenever the rules file, this module's code or the Python version changes."""
    import hashlib
    import sys

    digest = hashlib.sha256(text.encode("utf-8"))
    try:
        with open(__file__, "rb") as source:
            digest.update(source.read())
    except OSError:  # a frozen app has no source file: its version stands in for it
        from planner import __version__

        digest.update(__version__.encode("ascii"))
    digest.update(f"{_CACHE_FORMAT} {sys.version_info[:2]}".encode("ascii"))
    return digest.hexdigest()[:32]


def _cache_folder() -> Path:
    import os

    import platformdirs

    override = os.environ.get("DELEGATION_PLANNER_CACHE")
    if override:
        return Path(override)
    return Path(platformdirs.user_cache_dir("DelegationPlanner", appauthor=False))


def _read_cache(key: str) -> _Built | None:
    """The tables built earlier for the same key, or None (missing, unreadable or odd)."""
    import pickle

    try:
        with open(_cache_folder() / f"advisor-{key}.pickle", "rb") as cache:
            # The app's own cache, written by _write_cache in the user's private cache folder
            # (the same trust as Python's own bytecode cache); anything unexpected is rebuilt.
            found = pickle.load(cache)
    except Exception:  # a cache that cannot be read, for any reason, is simply rebuilt
        return None
    if (
        isinstance(found, tuple)
        and len(found) == 3
        and isinstance(found[0], _Rules)
        and isinstance(found[1], dict)
        and isinstance(found[2], dict)
    ):
        return found
    return None


def _write_cache(key: str, built: _Built) -> None:
    """Keep the built tables for the next start; a cache that cannot be written is skipped."""
    import contextlib
    import os
    import pickle
    import tempfile

    partial = None
    try:
        folder = _cache_folder()
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("advisor-*.pickle"):
            old.unlink(missing_ok=True)
        handle, partial = tempfile.mkstemp(dir=folder, prefix=".advisor-", suffix=".partial")
        with os.fdopen(handle, "wb") as cache:
            pickle.dump(built, cache, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, folder / f"advisor-{key}.pickle")
    except (OSError, pickle.PickleError, RecursionError):
        if partial is not None:
            with contextlib.suppress(OSError):
                os.unlink(partial)


def _token(raw: str) -> tuple[_Unit, ...]:
    """The units for one raw token (computed once per distinct token)."""
    first = raw[0]
    if not first.isalnum() and first not in "@#":
        pw = _PUNCT.get(raw, _BOUNDARY_WORD)
        units: tuple[_Unit, ...] = ((pw, raw, False, pw.flags),)
    elif raw.lstrip("#@").isdigit():
        units = ((_NUMBER_WORD, raw.lstrip("#@"), False, _NUMBER_WORD.flags),)
    else:
        low = raw.lower()
        found = _RULES.lookup(low)
        if len(found) == 1:
            w = found[0]
            # "Sarah" or "@sarah" may be a person; an acronym ("SOP", "FAQ") is not
            could_be_name = bool(w.flags & _UNKNOWN) and (
                first == "@" or (first.isupper() and not raw.isupper())
            )
            surface = low.strip("'@#")
            if surface.endswith("'s"):
                surface = surface[:-2]
            units = ((w, surface, could_be_name, w.flags),)
        else:
            units = tuple((w, w.lemma, False, w.flags) for w in found)
    if len(_TOKENS) > 100_000:
        _TOKENS.clear()
        _TOKENS_MULTI.clear()
    if len(units) == 1:
        _TOKENS[raw] = units[0]
    else:
        _TOKENS_MULTI[raw] = units
    return units


def _chunk(chunk: str) -> tuple[_Unit, ...]:
    """The units of one whitespace-separated chunk ("comments!", "follow-up"), computed once."""
    units: list[_Unit] = []
    for raw in _TOKEN_RE.findall(chunk):
        unit = _TOKENS.get(raw)
        if unit is not None:
            units.append(unit)
        else:
            units.extend(_TOKENS_MULTI.get(raw) or _token(raw))
    if len(_CHUNKS) > 100_000:
        _CHUNKS.clear()
    found = _CHUNKS[chunk] = tuple(units)
    return found


def _units(text: str) -> list[_Unit]:
    """Tokenise, look words up and merge known phrases.

    The text is split on whitespace and each chunk's units are cached, so the tokenising regex
    runs once per distinct chunk rather than once per title.
    """
    if not text.isascii():
        text = text.translate(_TRANSLATE)
    if "\n" in text or "\r" in text:
        text = text.replace("\r", "\n").replace("\n", " ; ")
    chunks = text.split()
    get = _CHUNKS.get
    try:
        words = list(_flatten([get(c) for c in chunks]))  # type: ignore[misc]
    except TypeError:  # a chunk not seen before
        words = list(_flatten([get(c) or _chunk(c) for c in chunks]))
    if not words:
        return words
    if words[0][2]:
        words[0] = (words[0][0], words[0][1], False, words[0][3])  # capitalised anyway
    if text.isupper():
        words = [(w, t, False, f) for w, t, _, f in words]  # ALL CAPS: capitals say nothing
    starts = [k for k, u in enumerate(words) if u[3] & _STARTS]
    if not starts:
        return words
    out: list[_Unit] = []
    pos = 0
    n = len(words)
    for k in starts:
        if k < pos or k + 1 == n:
            continue
        first = words[k][0].lemma
        pair = (first, words[k + 1][0].lemma)
        sizes = _PAIR_SIZES.get(pair)
        if sizes is None:
            continue
        for size in sizes:
            if k + size > n:
                continue
            key = pair if size == 2 else (first, *[u[0].lemma for u in words[k + 1 : k + size]])
            pword = _PHRASE_BY_KEY.get(key)
            if pword is None or (pword.flags & _PURE_VERB and _plural_form(words[k])):
                continue  # "deals with" is a noun and a preposition, not "deal with"
            out.extend(words[pos:k])
            out.append((pword, " ".join([u[1] for u in words[k : k + size]]), False, pword.flags))
            pos = k + size
            break
    if pos == 0:
        return words
    out.extend(words[pos:])
    return out


def _plural_form(unit: _Unit) -> bool:
    text = unit[1]
    return text != unit[0].lemma and text.endswith("s")


# ---------------------------------------------------------------------------------------------
# Reading a clause
# ---------------------------------------------------------------------------------------------


class _Outcome:
    """What one clause (or segment) says; combined into an Assessment."""

    __slots__ = ("act", "carried", "helper", "kind", "matched", "strength", "trigger")

    def __init__(
        self,
        kind: str,
        trigger: _Trigger | None = None,
        act: str = "",
        matched: tuple[str, ...] = (),
        helper: str = "",
        carried: bool = False,
    ) -> None:
        self.kind = kind
        self.trigger = trigger
        self.act = act
        self.matched = matched
        self.helper = helper  # the helper phrase, or the avoid type for "avoid"
        self.carried = carried  # found through a verb such as "send" or "draft"
        self.strength = _STRENGTH[kind]


_STRENGTH: Final = {
    "avoid": 6,
    "relationship": 5,
    "voice": 4,
    "admin": 3,
    "production": 3,
    "research": 3,
    "setup": 3,
    "other": 1,
}
_KINDED: Final = 3
_OTHER: Final = _Outcome("other")


def _text(units: Sequence[_Unit]) -> str:
    return " ".join(u[1] for u in units if u[1])


def _flags(units: Iterable[_Unit]) -> int:
    acc = 0
    for u in units:
        acc |= u[3]
    return acc


def _head_noun(units: Sequence[_Unit]) -> int:
    """Index of the word a noun phrase is about: its last noun-like word, or -1."""
    for j in range(len(units) - 1, -1, -1):
        if not units[j][3] & _NOT_NOUN:
            return j
    return -1


def _noun_phrase(rest: Sequence[_Unit]) -> tuple[int, int]:
    """Span [start, end) of the object noun phrase after a verb (skipping one preposition)."""
    n = len(rest)
    i = 0
    while (
        i < n
        and rest[i][3] & (_FILLER | _DESCRIBING | _PERSONAL)
        and not rest[i][3] & (_PREP | _PEER)
    ):
        i += 1
    if i < n and rest[i][3] & _PREP:
        i += 1
    start = i
    seen_noun = False
    while i < n:
        f = rest[i][3]
        if f & (_PREP | _ASME | _JOIN | _BOUNDARY) or (seen_noun and f & (_DET | _PURE_VERB)):
            break
        if not f & _NOT_NOUN:
            seen_noun = True
        i += 1
    return start, i


def _people(units: Sequence[_Unit]) -> tuple[int, bool]:
    """(index of the first non-supplier person or group, whether a supplier is named)."""
    found = -1
    supplier = False
    peer = False
    for j, (_, _, is_name, f) in enumerate(units):
        if f & _SUPPLIER and not peer:
            supplier = True
        elif (f & (_PEOPLE | _SUPPLIER) or is_name) and found < 0:
            found = j  # a person, a name, or "other designers" (peers)
        peer = bool(f & _PEER)
    return found, supplier


def _blocked(np_: Sequence[_Unit], head: int) -> bool:
    """An admin, research or setup head, or any admin word, except peers ("other designers")."""
    peer = False
    for j, (_, _, _, f) in enumerate(np_):
        if not peer and (f & _ADMIN_THING or (j == head and f & _BLOCKING)):
            return True
        peer = bool(f & _PEER)
    return False


def _recipient(rest: Sequence[_Unit], to_verb: bool) -> int:
    """Index of a word the rules do not know, named as the one something goes "to", or -1."""
    for k in range(-1 if to_verb else 0, len(rest) - 1):
        if k < 0 or rest[k][3] & _TO:
            start, end = _noun_phrase(rest[k + 1 :])
            head = _head_noun(rest[k + 1 + start : k + 1 + end])
            if head >= 0 and rest[k + 1 + start + head][3] & _UNKNOWN:
                return k + 1 + start + head
            return -1
    return -1


def _gesture(np_: Sequence[_Unit]) -> bool:
    """True when a word in the phrase carries a relationship act by itself ("thank-you")."""
    return any(u[0].says is not None and not u[3] & (_NEEDS | _SHORT) for u in np_)


def _to_person(rest: Sequence[_Unit], end: int) -> bool:
    """True when, after the object, it goes "to" particular people (not a whole audience)."""
    for k in range(end, len(rest) - 1):
        if rest[k][3] & _TO:
            after = rest[k + 1 :]
            return _people(after)[0] >= 0 and not _only_broadcast(after)
    return False


def _second_admin(rest: Sequence[_Unit], end: int) -> bool:
    """True when a second object after the first ("Email clients a receipt") is admin."""
    if end >= len(rest) or not rest[end][3] & _DET:
        return False
    s2, e2 = _noun_phrase(rest[end:])
    np2 = rest[end + s2 : end + e2]
    return _blocked(np2, _head_noun(np2))


def _about_admin(rest: Sequence[_Unit]) -> bool:
    """True when what the act is about ("for the signed contract") is an admin thing."""
    topic = False
    for _, _, _, f in rest:
        if f & _TOPIC:
            topic = True
        elif f & (_PREP | _JOIN | _BACKGROUND):
            topic = False
        elif f & _ADMIN_THING and topic:
            return True
    return False


def _only_broadcast(units: Sequence[_Unit]) -> bool:
    """True when every person named is a whole audience ("subscribers", "my list")."""
    seen = False
    for _, _, is_name, f in units:
        if f & _BROADCAST_AUD:
            seen = True
        elif f & _PEOPLE or is_name:
            return False
    return seen


def _noun_ok(w: _Word, j: int, np_: Sequence[_Unit], rest: Sequence[_Unit], medium: bool) -> bool:
    """Whether a relationship noun counts here (messages need someone, short posts need 'as me')."""
    f = w.flags
    personal = _flags(rest) & (_PERSONAL | _ASME)
    if f & _SHORT and not personal and (w.says is None or w.says is _AS_YOU):
        return False
    if f & _NEEDS and not personal:
        for k, u in enumerate(np_):
            other = u[0]
            if k != j and (other.says or other.occasion) and not other.flags & _NEEDS:
                return True  # "a thank-you card": the card carries the thanks
        if _people(rest)[0] < 0:
            return False
        if (medium or f & _BROADCAST_MEDIUM) and _only_broadcast(rest):
            return False
    return True


def _relationship_noun(
    np_: Sequence[_Unit], rest: Sequence[_Unit], *, occasions: bool, medium: bool = False
) -> tuple[int, _Trigger] | None:
    """A noun in the phrase that carries a relationship act (self-sufficient nouns first)."""
    fallback: tuple[int, _Trigger] | None = None
    for j, (w, _, _, _) in enumerate(np_):
        trig = w.says or (w.occasion if occasions else None)
        if trig is None or not _noun_ok(w, j, np_, rest, medium):
            continue
        if not w.flags & _NEEDS:
            return j, trig
        if fallback is None:
            fallback = (j, trig)
    return fallback


def _check_rule(
    rule: str,
    trig: _Trigger,
    rest: Sequence[_Unit],
    start: int,
    np_: Sequence[_Unit],
    head: int,
    own_kind: bool = False,
    to_verb: bool = False,
) -> tuple[int, _Trigger] | None:
    """Apply a trigger verb's object rule to what follows the verb: (matched index, trigger)."""
    if rule == "anything":
        if _flags(np_) & (_BLOCKING | _ADMIN_THING) and _blocked(np_, head):
            return None  # "Answer the support inbox", "Reply to invoice queries"
        who, supplier = _people(rest)
        if supplier and who < 0:
            return None  # "Talk to the printer"
        if head >= 0:
            return start + head, trig
        return who, trig
    if rule == "people":
        if head >= 0 and np_[head][3] & _THING and (trig.things_decide or own_kind):
            return None  # "Email receipts to customers", "Connect Stripe to client accounts"
        if trig.things_decide and (
            _flags(np_) & (_ADMIN_THING | _BLOCKING)
            or _about_admin(rest)
            or _second_admin(rest, start + len(np_))
        ):
            return None  # "Chase the client for the signed contract", "Email clients a receipt"
        who, _ = _people(rest)
        if who < 0 and not own_kind:
            who = _recipient(rest, to_verb)  # "Pitch my services to a local bakery"
            if who < 0 and _flags(rest) & _PERSONAL:
                return -1, trig  # "Sell my coaching package on a call": someone is listening
        if who < 0:
            return None
        if trig.things_decide and _only_broadcast(rest) and not _flags(rest) & _PERSONAL:
            return None  # "Email subscribers about the sale" is a broadcast
        return who, trig
    if rule == "connections":
        if _flags(rest) & _ADMIN_THING:
            return None  # "Add new contacts to the CRM"
        for j, (_, _, is_name, f) in enumerate(rest):
            if (f & (_CONNECTION | _PERSON) and not f & _SUPPLIER) or is_name:
                return j, trig
        return None
    # own, gatherings, occasions
    for j, (w, _, _, f) in enumerate(rest):
        if rule == "occasions":
            hit = w.occasion
        else:
            hit = trig if (w.occasion is trig or w.says is trig) else None
        if hit is not None and _noun_ok(w, j, rest, rest, False):
            return j, trig
        if (
            hit is not None
            and (rule == "gatherings" or (rule == "occasions" and j == start + head))
            and not _people(rest)[1]
        ):
            return j, trig  # "Attend a chamber event", "Lead the call": being there means people
        if rule == "gatherings" and f & _COMMUNITY:
            return j, trig
    if rule == "gatherings" and not (head >= 0 and np_[head][3] & _BLOCKING):
        who, supplier = _people(np_)
        if who >= 0 and not supplier:
            return start + who, trig  # "Attend my client's product launch"
    return None


def _purpose(rest: Sequence[_Unit]) -> int:
    """Index of an infinitive "to <verb>" in what follows a verb, or -1."""
    for j in range(1, len(rest) - 1):
        if rest[j][3] & _TO:
            w, text, _, f = rest[j + 1]
            if f & _VERBISH and text == w.lemma and not f & (_PERSON | _THING):
                return j
    return -1


def _act(seg: Sequence[_Unit], i: int, rest: Sequence[_Unit], j: int) -> str:
    """The words quoted in the reason: the verb up to the end of the noun it matched."""
    if j < 0:
        extra = [u for u in rest if u[3] & _ASME]
        return _text([seg[i], *extra[:1]])
    e = j
    while e + 1 < len(rest) and not rest[e + 1][3] & _NOT_NOUN:
        e += 1
    if e < 6:
        return _text(seg[i : i + 2 + e])
    return f"{seg[i][1]} … {_text(rest[j : e + 1])}"


def _matched(vtext: str, rest: Sequence[_Unit], j: int) -> tuple[str, ...]:
    return (vtext,) if j < 0 else (vtext, rest[j][1])


def _read_verb(seg: Sequence[_Unit], i: int, cflags: int) -> _Outcome:
    """A verb at ``seg[i]`` with what follows it."""
    v, vtext, _, f = seg[i]
    if f & _SIMPLE_KIND and not cflags & _NUMBERS:
        return _Outcome(v.kind_v or "other", None, "", (vtext,))  # "Transcribe ...", "Book ..."
    rest_all = seg[i + 1 :]
    cut = _purpose(rest_all)
    rest = rest_all if cut < 0 else rest_all[:cut]
    start, end = _noun_phrase(rest)
    np_ = rest[start:end]
    head = _head_noun(np_)
    np_flags = _flags(np_)

    # Things nobody should do: buying numbers, collecting people for the count.
    if f & _BUY:
        for j, u in enumerate(rest):
            if u[3] & _NEVERBUY:
                return _Outcome(
                    "avoid", None, _act(seg, i, rest, j), _matched(vtext, rest, j), "buy"
                )
    if cflags & _NUMBERS and cflags & _CONNECTION:
        return _Outcome("avoid", None, _text(seg), (vtext,), "numbers")
    # Ghostwriting and writing long pieces under your name.
    if f & _GHOST:
        return _Outcome("voice", None, "", (vtext,))
    if f & _COMPOSE and np_flags & _LONG:
        if cflags & _PENNAME:
            return _Outcome("production", None, "", (vtext,))
        if _flags(rest) & _ASME or np_flags & _MY:
            return _Outcome("voice", None, "", _matched(vtext, rest, start + head))
    if f & _CAUSE:
        for k in range(start, min(end, len(rest) - 1)):
            w2, t2, _, f2 = rest[k + 1]
            if rest[k][3] & (_PEOPLE | _SUPPLIER) and f2 & _VERBISH and t2 == w2.lemma:
                # "Have my VA reply to comments as me": the act is what the person is made to do
                made = _read_verb(rest, k + 1, cflags)
                if made.kind == "relationship":
                    return made
                break
    # Relationship verbs (a trigger's own occasion beats a bare community match).
    found: tuple[int, _Trigger] | None = None
    rules_ = v.rules
    if f & _LEADIN and rest_all and rest_all[0][3] & _PURE_VERB:
        rules_ = ()  # "Help set up the forum": the next verb is the task
    for trig, rule in rules_:
        hit = _check_rule(
            rule, trig, rest, start, np_, head, v.kind_v is not None, v.lemma.endswith(" to")
        )
        if hit is not None:
            found = hit
            if rule != "gatherings" or hit[0] < 0 or rest[hit[0]][0].occasion is not None:
                break
    if found is not None:
        return _Outcome(
            "relationship", found[1], _act(seg, i, rest, found[0]), _matched(vtext, rest, found[0])
        )
    # Verbs whose object decides: "send a DM", "have lunch with a client".
    blocked = head >= 0 and np_[head][3] & _THING and not np_flags & _PERSONAL
    if np_flags & _ADMIN_THING and not blocked and _blocked(np_, head):
        blocked = True  # "Send a reminder email to clients": the email is admin
    if blocked and not np_flags & _BROADCAST_MEDIUM and _gesture(np_) and _to_person(rest, end):
        blocked = False  # "Shoot a hello video to each new client": the video carries the hello
    if f & _CARRY and not (head >= 0 and np_[head][3] & _BLOCKING):
        w_at = next((k for k in range(end, len(rest)) if rest[k][0].lemma == "with"), -1)
        if w_at >= 0:
            # "Reshare a client's post with a note of congratulations": the note carries it
            hit = _relationship_noun(rest[w_at:], rest, occasions=False)
            if hit is not None:
                j = w_at + hit[0]
                return _Outcome(
                    "relationship", hit[1], _act(seg, i, rest, j), _matched(vtext, rest, j)
                )
    if f & _CARRY and not blocked:
        hit = _relationship_noun(np_, rest, occasions=False, medium=bool(f & _BROADCAST_MEDIUM))
        if hit is not None:
            j = start + hit[0]
            return _Outcome(
                "relationship",
                hit[1],
                _act(seg, i, rest, j),
                _matched(vtext, rest, j),
                carried=True,
            )
        if head >= 0 and end < len(rest) and np_[head][3] & _PEOPLE and rest[end][3] & _DET:
            # "Send new clients a welcome voice note": the second object is what is sent
            s2, e2 = _noun_phrase(rest[end:])
            np2 = rest[end + s2 : end + e2]
            hit = _relationship_noun(np2, rest, occasions=False)
            if hit is not None and not _blocked(np2, _head_noun(np2)):
                j = end + s2 + hit[0]
                return _Outcome(
                    "relationship",
                    hit[1],
                    _act(seg, i, rest, j),
                    _matched(vtext, rest, j),
                    carried=True,
                )
        if head < 0 and _flags(rest) & _ASME and not _flags(rest) & _LONG:
            return _Outcome("relationship", _AS_YOU, _act(seg, i, rest, -1), (vtext,), carried=True)
        if start and head >= 0 and np_[head][3] & _COMMUNITY and rest[start - 1][3] & _PREP:
            # "Post in my Discord community": no piece named, so it is you turning up there
            j = start + head
            return _Outcome(
                "relationship", _PRESENCE, _act(seg, i, rest, j), _matched(vtext, rest, j)
            )
    if f & _OCCASION_V and not blocked:
        hit = _relationship_noun(rest, rest, occasions=True)
        if hit is not None:
            return _Outcome(
                "relationship", hit[1], _act(seg, i, rest, hit[0]), _matched(vtext, rest, hit[0])
            )
    # Lead-in verbs: "go golfing", "use a bot to like posts", "decide who to follow".
    if f & _LEADIN:
        nxt = _chain(seg, i, rest_all, cut, cflags)
        if nxt is not None and (
            nxt.strength >= _STRENGTH["relationship"] or (nxt.kind != "other" and not v.kind_v)
        ):
            return nxt  # "Help set up the forum" is setup
    elif cut >= 0 and not v.kind_v and not f & _BUY:
        nxt = _read_verb(rest_all, cut + 1, cflags)
        if nxt.strength >= _STRENGTH["relationship"]:
            return nxt
    if head < 0 and (v.says is not None or v.occasion is not None):
        as_noun = _read_noun(seg[i:])  # "Daily check-in", "Comments": a noun, not a verb
        if as_noun.kind == "relationship":
            return as_noun
    kind = v.kind_v
    if head >= 0 and (kind is None or f & _GENERIC):
        kind = np_[head][0].kind_n or kind
    return _Outcome(kind or v.kind_n or "other", None, "", (vtext,))


def _chain(
    seg: Sequence[_Unit], i: int, rest_all: Sequence[_Unit], cut: int, cflags: int
) -> _Outcome | None:
    """Follow a lead-in verb to the verb it introduces."""
    n = len(rest_all)
    j = 0
    while j < n and rest_all[j][3] & (_FILLER | _DESCRIBING):
        j += 1
    if j + 2 < n and rest_all[j][3] & _WHO and rest_all[j + 1][3] & _TO:
        # "decide who to follow": the people are implied
        out = _read_verb([*rest_all[j + 2 :], _IMPLIED_PEOPLE], 0, cflags)
        if out.kind == "relationship":
            out.act = _text(seg[i : i + j + 4])
        return out
    if j + 3 < n and rest_all[j][3] & _WHICH:
        # "decide which requests to accept": the verb acts on the words before "to"
        k = _choice_to(rest_all, j)
        if k > 0:
            out = _read_verb([*rest_all[k + 1 :], *rest_all[j + 1 : k]], 0, cflags)
            if out.kind == "relationship":
                out.act = _text(seg[i : i + k + 3])
            return out
    if j < n and rest_all[j][3] & _VERBISH and not rest_all[j][3] & (_PREP | _THING):
        return _read_verb(rest_all, j, cflags)
    if cut >= 0:
        return _read_verb(rest_all, cut + 1, cflags)
    return None


def _choice_to(units: Sequence[_Unit], j: int) -> int:
    """After "which" at ``j``: the index of the "to" of "which <noun> to <verb>", or -1."""
    if units[j + 1][3] & (_TO | _PREP):
        return -1
    for k in range(j + 2, min(j + 6, len(units) - 1)):
        f = units[k][3]
        if f & _TO:
            return k if units[k + 1][3] & _VERBISH else -1
        if f & (_BOUNDARY | _JOIN | _BACKGROUND):
            return -1
    return -1


def _read_noun(seg: Sequence[_Unit]) -> _Outcome:
    """A title (or part) that is only a noun phrase: "Instagram DMs", "Bookkeeping"."""
    n = len(seg)
    end = 0
    while end < n and not seg[end][3] & (_PREP | _ASME):
        end += 1
    np_ = seg[:end]
    head = _head_noun(np_)
    if head < 0:
        return _OTHER
    hw, htext, _, hflags = np_[head]
    np_flags = _flags(np_)
    kind = hw.kind_n or next((u[0].kind_n for u in np_ if u[0].kind_n), None) or "other"
    if np_flags & _BUY and np_flags & _NEVERBUY:
        return _Outcome("avoid", None, _text(np_), (htext,), "buy")
    if (hflags & _THING and not np_flags & _PERSONAL) or np_flags & _ADMIN_THING:
        return _Outcome(kind, None, "", (htext,))  # "a personal thank-you video" still counts
    hit = _relationship_noun(np_, seg, occasions=True)
    if hit is None:
        return _Outcome(kind, None, "", (htext,))
    j, trig = hit
    first = 0
    while first < j and np_[first][3] & _NOT_NOUN:
        first += 1
    return _Outcome("relationship", trig, _text(np_[first : head + 1]), (np_[j][1],))


def _read_segment(seg: Sequence[_Unit], cflags: int) -> _Outcome:
    """One task inside a clause: a verb with its object, or a bare noun phrase."""
    n = len(seg)
    i = 0
    while i < n and seg[i][3] & _SKIP_HEAD and not seg[i][3] & _VERBISH:
        i += 1
    if i >= n:
        return _OTHER
    f = seg[i][3]
    verb_mode = bool(f & _VERBISH)
    if verb_mode and f & _CHANNEL and i + 1 < n and not seg[i + 1][3] & _NOT_NOUN:
        verb_mode = False  # "Blog comments": a channel naming the topic, not a verb
    elif not verb_mode and f & _UNKNOWN and i == 0 and n > 1:
        verb_mode = True  # an unknown first word followed by more words: an unknown verb
    if verb_mode:
        out = _read_verb(seg, i, cflags)
    else:
        start = i  # keep the describing words in front of the noun ("personal thank-you video")
        while start > 0 and seg[start - 1][3] & (_PERSONAL | _DESCRIBING):
            start -= 1
        out = _read_noun(seg[start:])
    if out.kind == "relationship":
        if cflags & _AUTO:
            return _Outcome("avoid", None, out.act, out.matched, "automation")
        if cflags & _TEMPLATE:
            return _Outcome("admin", None, "", out.matched)  # templated support replies
    return out


def _better(out: _Outcome, best: _Outcome | None) -> bool:
    if best is None or out.strength > best.strength:
        return True
    # between two relationship readings, prefer the one that names what it acts on
    return out.strength == best.strength == 5 and len(out.matched) > len(best.matched)


def _split_choice(clause: Sequence[_Unit]) -> Sequence[_Unit]:
    """Undo a helper phrase inside a choice: "which requests to approve" is not "for approval"."""
    for j, u in enumerate(clause):
        if u[3] & (_WHO | _WHICH):
            for k in range(j + 1, min(j + 6, len(clause))):
                text = clause[k][1]
                if clause[k][3] & _HELPER and text.startswith("to "):
                    words = [u for part in text.split() for u in _CHUNKS.get(part) or _chunk(part)]
                    return [*clause[:k], *words, *clause[k + 1 :]]
    return clause


def _read_clause(clause: Sequence[_Unit], all_flags: int) -> _Outcome:
    if all_flags & _HELPER and all_flags & (_WHO | _WHICH):
        clause = _split_choice(clause)
    n = len(clause)
    i = 0
    # "I need to reply ...": the owner speaking; skip the subject.
    # "After the call, follow up ...": skip a leading subordinate clause up to its comma.
    while (
        i < n and clause[i][3] & (_BACKGROUND | _FILLER) and not clause[i][3] & (_VERBISH | _HELPER)
    ):
        if clause[i][3] & _FILLER or clause[i][1] in _SUBJECTS:
            i += 1
            continue
        j = i + 1
        while j < n and not clause[j][3] & _JOIN:
            j += 1
        i = j + 1 if j < n else i + 1
    helper = ""
    cut = n
    implied = False
    if all_flags & _BACKGROUND:
        for j in range(i + 1, n):
            wf = clause[j][3]
            if wf & _BACKGROUND:
                if wf & _WHO and j + 1 < n and clause[j + 1][3] & _TO:
                    continue  # "who to follow" is a choice, not background
                if wf & _WHICH and _choice_to(clause, j) > 0:
                    continue  # "which requests to accept" too
                if clause[j][1] == "that" and (j - 1 == i or clause[j - 1][3] & _PREP):
                    continue  # "that" as a determiner
                cut = j
                if wf & _HELPER:
                    helper = clause[j][1]
                elif wf & _WHO and clause[j - 1][3] & (_VERBISH | _PREP):
                    implied = True  # "Approve who gets in": the people are the object
                elif clause[j][1] in _SUBJECTS and clause[j - 1][3] & _BROADCAST_AUD:
                    implied = True  # "everyone I met" is particular people, not a broadcast
                break
    main = clause[i:cut] if i or cut < n else clause
    if cut < n - 1 and not helper:
        if implied:
            main = [*main, _IMPLIED_PEOPLE]
        if clause[-1][3] & _PERSONAL:
            main = [*main, clause[-1]]  # "Message everyone who came, personally"
    cflags = all_flags if main is clause else _flags(main)
    best = _read_segments(main, cflags) if cflags & _JOIN else _read_segment(main, cflags)
    if helper and best.carried:
        # "Draft replies for me to review": the personal act is handed back; this is preparation
        return _Outcome("production", None, "", (*best.matched, helper), helper)
    if helper and best.kind != "relationship":
        return _Outcome(best.kind, best.trigger, best.act, (*best.matched, helper), best.helper)
    return best


def _first_word(seg: Sequence[_Unit]) -> int:
    """Index of the first word of a segment that is not a filler or describing word, or -1."""
    for i, u in enumerate(seg):
        if not u[3] & _SKIP_HEAD or u[3] & _VERBISH:
            return i
    return -1


def _lead(seg: Sequence[_Unit], v: int) -> Sequence[_Unit]:
    """The verb of a segment up to its last preposition: what a verbless part after it shares."""
    for p in range(len(seg) - 1, v, -1):
        if seg[p][3] & _PREP:
            return seg[: p + 1]
    return seg[: v + 1]


def _read_segments(main: Sequence[_Unit], cflags: int) -> _Outcome:
    """Several tasks joined by "and", commas or slashes: the strongest reading wins.

    A part without a verb of its own shares the verb before it: in "Respond to messages from
    recruiters and peers" the peers are answered too, in "Moderate comments and DMs" the DMs are
    moderated, not answered.
    """
    best: _Outcome | None = None
    first_kind: _Outcome | None = None
    seg_start = 0
    m = len(main)
    lead: Sequence[_Unit] = ()
    for k in range(m + 1):
        if k < m and not main[k][3] & _JOIN:
            continue
        if k > seg_start:
            seg = main[seg_start:k]
            v = _first_word(seg)
            if v >= 0 and seg[v][3] & _VERBISH:
                out = _read_segment(seg, cflags)
                if lead and not seg[v][3] & _PURE_VERB:
                    # "Send a gift and note to a partner": "note" may be a noun sharing "send"
                    shared = _read_segment([*lead, *seg], cflags)
                    if shared.strength > out.strength:
                        out = shared
                lead = _lead(seg, v)
            else:
                out = _read_segment([*lead, *seg] if lead and v >= 0 else seg, cflags)
            if _better(out, best):
                best = out
            if first_kind is None and out.strength == _KINDED:
                first_kind = out
        seg_start = k + 1
    if best is None:
        return _OTHER
    if best.strength == _KINDED and first_kind is not None:
        return first_kind  # the first task named decides the kind of work
    return best


_SUBJECTS: Final = frozenset(
    {"i", "i'm", "i'll", "i've", "i'd", "im", "ive", "we", "we're", "we'll", "we've", "we'd"}
)
_IMPLIED_PEOPLE: Final[_Unit] = (_punctuation("people", _PERSON), "", False, _PERSON)


def _read(text: str) -> _Outcome:
    """Read a whole title or note; when no reading gives it a kind, fall back to its words."""
    units = _units(text)
    all_flags = _flags(units)
    out = _read_units(units, all_flags)
    if out.kind == "other" and not all_flags & _NO_GUESS:
        return _guess(units) or out
    return out


# With any of these in a task, a relationship word in it is not enough to call it one.
_NO_GUESS: Final = _BLOCKING | _ADMIN_THING | _TEMPLATE | _AUTO | _NUMBERS | _HELPER | _BUY | _GHOST


def _guess(units: Sequence[_Unit]) -> _Outcome | None:
    """A task no reading could place, with a relationship verb acting on people or on a
    relationship noun ("Brainstorm with a client" is not this; "Walk a prospect through ..."
    is), or with a self-standing relationship noun ("... lunch and learn ...")."""
    n = len(units)
    verb_seen = False
    for k, (w, text, _, f) in enumerate(units):
        if f & _VERBISH and not verb_seen and not f & _NOT_NOUN:
            verb_seen = True  # only the first verb may decide: "Send invites for client calls"
            if not w.rules:
                continue
        elif f & _VERBISH:
            continue
        if w.rules:
            for j in range(k + 1, n):
                o, otext, is_name, of = units[j]
                person = (of & (_PEOPLE | _CONNECTION) or is_name) and not of & _SUPPLIER
                if person or ((o.says or o.occasion) and not of & (_NEEDS | _SHORT)):
                    act = _text(units[k : j + 1])
                    return _Outcome("relationship", w.rules[0][0], act, (text, otext))
        noun_trig = w.says or w.occasion
        if noun_trig is not None and not f & (_NEEDS | _SHORT | _VERBISH):
            return _Outcome("relationship", noun_trig, text, (text,))
    return None


def _read_units(units: Sequence[_Unit], all_flags: int) -> _Outcome:
    """Read a title's units: clauses split at ; : . ! ? ( ) and dashes."""
    if not all_flags & _BOUNDARY:
        return _read_clause(units, all_flags) if units else _OTHER
    bounds = [k for k, u in enumerate(units) if u[3] & _BOUNDARY]
    bounds.append(len(units))
    best: _Outcome = _OTHER
    first_kind: _Outcome | None = None
    topic: list[_Unit] = []
    prev = 0
    for b in bounds:
        clause = units[prev:b]
        prev = b + 1
        if not clause:
            continue
        if topic and all(u[3] & (_VERBISH | _JOIN | _FILLER) for u in clause):
            # "Connection requests (LinkedIn) - accept/decline": the verbs act on the topic
            clause = [*clause, *topic]
        elif not clause[0][3] & _VERBISH and any(not u[3] & _NOT_NOUN for u in clause):
            topic.extend(clause)
        out = _read_clause(clause, _flags(clause))
        if out.strength > best.strength:
            best = out
        if first_kind is None and out.strength == _KINDED:
            first_kind = out
    if best.strength == _KINDED and first_kind is not None:
        return first_kind
    return best


# ---------------------------------------------------------------------------------------------
# Public entry point
# ---------------------------------------------------------------------------------------------

_NOTES_LIMIT: Final = 600


_MADE: dict[tuple[object, ...], Assessment] = {}


def _assessment(out: _Outcome, from_notes: bool = False) -> Assessment:
    """The public value for an outcome; equal outcomes share one (immutable) Assessment."""
    key = (out.kind, out.trigger, out.act, out.matched, out.helper, from_notes)
    made = _MADE.get(key)
    if made is None:
        if len(_MADE) > 50_000:
            _MADE.clear()
        made = _MADE[key] = _make_assessment(out, from_notes)
    return made


def _make_assessment(out: _Outcome, from_notes: bool) -> Assessment:
    if out.kind == "relationship":
        reason = (out.trigger or _AS_YOU).reason.format(act=out.act)
        if from_notes:  # “reply to everyone” (in the notes) is the conversation itself...
            reason = reason.replace("”", f"” ({_NOTES.get('from_notes', 'in the notes')})", 1)
        return Assessment(True, reason, "relationship", out.matched)
    if out.kind == "voice":
        return Assessment(False, "", "voice", out.matched, voice_note=_NOTES.get("voice", ""))
    if out.kind == "avoid":
        act = out.act or " ".join(out.matched)
        template = _NOTES.get(f"avoid_{out.helper}") or _NOTES.get("avoid_automation", "")
        return Assessment(False, "", "avoid", out.matched, advice=template.format(act=act))
    return Assessment(False, "", out.kind, out.matched)


@lru_cache(maxsize=16384)
def assess(title: str, notes: str = "") -> Assessment:
    """Assess one task. The title decides; the notes are read only when the title is vague."""
    if not _loaded:
        _load()
    out = _read(title)
    if out.kind != "other" or not notes or notes.isspace():
        return _assessment(out)
    from_notes = _read(notes[:_NOTES_LIMIT])
    if from_notes.kind == "other":
        return _assessment(out)
    return _assessment(from_notes, from_notes=True)
