"""The advisor's data files and its linear model: load once, score readings.

This module owns reading ``resources/rules/advisor-model.json`` (the hand-made word classes,
compiled from ``advisor-words.toml``, and the model's weights, trained by
``packaging/train_advisor.py``), ``resources/rules/advisor-index.json`` (the same word classes
as ready-made look-up tables, written by the same script, so the first assessment builds none)
and ``resources/rules/advisor-lexicon.json`` (WordNet classes), all plain JSON read through
importlib.resources so they work in a frozen app. The weights are stored in buckets of two
plain strings (:func:`pack`), so the file parses fast and a bucket is turned into a table only
when one of its features is first weighed (:class:`Weights`). A damaged or mismatched file
raises :class:`AdvisorDataError` with a one-line message; nothing is cached on disk (loading
the files takes a few milliseconds).

:func:`score` adds up the weights of a reading's features: above zero means "relationship".
"""

from __future__ import annotations

import importlib.resources
import json
import math
import re
import threading
import zlib
from collections.abc import Iterable, Mapping, Sequence
from itertools import repeat
from typing import Any, Final

from planner.advisor.reading import Reading, features, groups
from planner.advisor.vocabulary import INDEX_FORMAT, Index, TaskKind, Vocabulary

FORMAT: Final = 2  # 2: the weights in buckets (see :func:`pack`)
BUCKETS: Final = 256
# The model's two decision points, declared once (the trainer writes them into the model file):
# a title warns when its score is above THRESHOLD (and it has something to show for it), and
# "could delegate" is only offered at or below UNSURE. How they were chosen:
# packaging/train_advisor.py.
THRESHOLD: Final = -0.5
UNSURE: Final = -2.0
MODEL_FILE: Final = "advisor-model.json"
LEXICON_FILE: Final = "advisor-lexicon.json"
INDEX_FILE: Final = "advisor-index.json"


class AdvisorDataError(RuntimeError):
    """The advisor's data files are missing or damaged (a broken install, not a user error)."""


class Model:
    """The loaded data: vocabulary, weights, reasons and notes."""

    def __init__(
        self, data: Mapping[str, Any], lexicon: Mapping[str, Any], index: Index | None = None
    ) -> None:
        """``index``: the word tables ready-made (:func:`~planner.advisor.vocabulary.build_index`
        of the same words and lexicon); built here when not given."""
        check(data, lexicon)
        if index is not None:
            check_index(index)
        self.words: Mapping[str, Any] = data["words"]
        self.vocab = Vocabulary(self.words, lexicon, index)
        raw = data["weights"]
        self.weights = Weights(pack(raw) if isinstance(raw, Mapping) else raw)
        self.threshold: float = float(data.get("threshold", THRESHOLD))
        self.unsure: float = float(data.get("unsure", UNSURE))
        self.reasons: dict[str, str] = dict(self.words.get("reasons", {}))
        self.notes: dict[str, str] = dict(self.words.get("notes", {}))
        self.bias = self.weights.get("bias", 0.0)
        self._totals: dict[tuple[object, ...], float] = {}

    def score(self, reading: Reading) -> float:
        """The model's score for one reading (log-odds of "relationship"): the sum of its
        features' weights, added up group by group (each group's total is cached)."""
        totals = self._totals
        total = self.bias
        for key, make in groups(reading):
            part = totals.get(key)
            if part is None:
                if len(totals) > 200_000:
                    totals.clear()
                part = totals[key] = self.weights.total(make(*key[1:]))
            total += part
        return total

    def explain(self, reading: Reading) -> list[tuple[float, str]]:
        """Each feature's weight, strongest first (for tuning and for tests)."""
        get = self.weights.get
        return sorted(((get(f, 0.0), f) for f in features(reading)), key=lambda x: -x[0])


class Weights:
    """Feature -> weight, as the model file stores them: in buckets by a checksum of the
    feature's name, each turned into a table the first time one of its features is looked up
    (the first assessment reads a few dozen buckets, not all 15,000 weights)."""

    __slots__ = ("_buckets", "_read")

    def __init__(self, buckets: Sequence[Sequence[str]]) -> None:
        self._buckets = buckets
        self._read: list[dict[str, float] | None] = [None] * len(buckets)

    def get(self, feature: str, default: float = 0.0) -> float:
        at = bucket_of(feature, len(self._read))
        table = self._read[at]
        if table is None:
            table = self._unpack(at)
        return table.get(feature, default)

    def total(self, features: Iterable[str]) -> float:
        """The sum of the features' weights, added in their order (as ``sum`` of each
        :meth:`get` adds them; one loop, with :func:`bucket_of` inlined: a title with a word
        never seen before weighs a few dozen new features)."""
        read = self._read
        count = len(read)
        total = 0.0
        for feature in features:
            at = zlib.crc32(feature.encode("utf-8")) % count
            table = read[at]
            if table is None:
                table = self._unpack(at)
            total += table.get(feature, 0.0)
        return total

    def _unpack(self, at: int) -> dict[str, float]:
        names, values = self._buckets[at]
        table = self._read[at] = _unpack(names, values)
        return table


def bucket_of(feature: str, count: int) -> int:
    """The bucket that holds ``feature``'s weight (the same in every process and build)."""
    return zlib.crc32(feature.encode("utf-8")) % count


def pack(weights: Mapping[str, float], count: int = BUCKETS) -> list[list[str]]:
    """The weights as the model file stores them: ``count`` buckets, each a pair of strings,
    its features comma-separated and their weights space-separated, in the same order (so a
    bucket is read with two splits, and the file parses fast: nothing in it needs escaping)."""
    buckets: list[list[tuple[str, float]]] = [[] for _ in range(count)]
    for feature, weight in sorted(weights.items()):
        if not feature or "," in feature or not feature.isascii():
            raise ValueError(f"a feature the model file cannot store: {feature!r}")
        buckets[bucket_of(feature, count)].append((feature, float(weight)))
    return [[",".join(f for f, _ in b), " ".join(repr(w) for _, w in b)] for b in buckets]


def _unpack(names: str, values: str) -> dict[str, float]:
    if not names:
        return {}
    try:
        table = dict(zip(names.split(","), map(float, values.split(" ")), strict=True))
    except ValueError as exc:  # found only by a damage that keeps to the digits
        raise AdvisorDataError(f"{MODEL_FILE}: a weight is not a number") from exc
    if not all(map(math.isfinite, table.values())):
        raise AdvisorDataError(f"{MODEL_FILE}: a weight is not a number")
    return table


_NUMBER_BYTES: Final = b"0123456789.e+- "


def _check_weights(raw: object) -> None:
    if isinstance(raw, Mapping):  # a model made in memory (training, tests)
        if not set(map(type, raw.values())) <= {int, float}:
            raise AdvisorDataError(f"{MODEL_FILE}: a weight is not a number")
        return
    if not isinstance(raw, list) or not raw:
        raise AdvisorDataError(f"{MODEL_FILE}: words or weights missing")
    # each bucket two strings, as many weights as features (checked bucket by bucket, in C)
    if set(map(type, raw)) != {list} or set(map(len, raw)) != {2}:
        raise AdvisorDataError(f"{MODEL_FILE}: the weights are damaged")
    names, values = zip(*raw, strict=True)
    if set(map(type, names)) | set(map(type, values)) != {str}:
        raise AdvisorDataError(f"{MODEL_FILE}: the weights are damaged")
    try:  # only digits, ".", "e", "+", "-" and spaces (deleted in C: nothing may be left)
        other = " ".join(values).encode("ascii").translate(None, _NUMBER_BYTES)
    except UnicodeEncodeError:
        other = b"?"
    if other:
        raise AdvisorDataError(f"{MODEL_FILE}: a weight is not a number")
    if list(map(str.count, names, repeat(","))) != list(map(str.count, values, repeat(" "))):
        raise AdvisorDataError(f"{MODEL_FILE}: the weights are damaged")


def probability(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def check(data: Mapping[str, Any], lexicon: Mapping[str, Any]) -> None:
    """Refuse data this code cannot read, with a one-line message."""
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise AdvisorDataError(f"{MODEL_FILE}: not a format {FORMAT} advisor model")
    if not isinstance(data.get("words"), Mapping) or "weights" not in data:
        raise AdvisorDataError(f"{MODEL_FILE}: words or weights missing")
    _check_weights(data["weights"])
    if not isinstance(lexicon, Mapping) or lexicon.get("format") != 1:
        raise AdvisorDataError(f"{LEXICON_FILE}: not a format 1 lexicon")
    for part in ("nouns", "verbs"):
        if not isinstance(lexicon.get(part), Mapping):
            raise AdvisorDataError(f"{LEXICON_FILE}: {part} missing")


def read_json(name: str) -> Any:
    node = importlib.resources.files("resources").joinpath("rules", name)
    try:
        return json.loads(node.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise AdvisorDataError(f"{name}: cannot be read ({exc})") from exc


_INDEX_TABLES: Final = {
    "spelling": str,
    "irregular": str,
    "grammar": int,
    "nouns": str,
    "verbs": str,
    "markers": str,
    "noun_kinds": str,
    "verb_kinds": str,
    "phrases": str,
}
_KIND_NAMES: Final = frozenset(TaskKind)
# a first word's phrases: lines of "key<TAB>word<TAB>word..." (see PhraseTable)
_PHRASE_LINES: Final = re.compile(r"[^\t\n]+(?:\t[^\t\n]+){2,}(?:\n[^\t\n]+(?:\t[^\t\n]+){2,})*")


def check_index(index: Mapping[str, Any]) -> None:
    """Refuse a word index this code cannot read, with a one-line message. Every table is flat
    (key -> string, or grammar flags), so its values are checked by type in C, and the phrases
    by one pattern."""
    if not isinstance(index, Mapping) or index.get("format") != INDEX_FORMAT:
        raise AdvisorDataError(f"{INDEX_FILE}: not a format {INDEX_FORMAT} word index")
    for name, kind in _INDEX_TABLES.items():
        table = index.get(name)
        if not isinstance(table, dict) or not set(map(type, table.values())) <= {kind}:
            raise AdvisorDataError(f"{INDEX_FILE}: the word tables are damaged")
        if not set(map(type, table)) <= {str}:
            raise AdvisorDataError(f"{INDEX_FILE}: the word tables are damaged")
    if not all(map(_PHRASE_LINES.fullmatch, index["phrases"].values())):
        raise AdvisorDataError(f"{INDEX_FILE}: the word tables are damaged")
    if not {*index["noun_kinds"].values(), *index["verb_kinds"].values()} <= _KIND_NAMES:
        raise AdvisorDataError(f"{INDEX_FILE}: a kind of work this app does not know")


_lock = threading.Lock()
_model: Model | None = None


def shipped() -> Model:
    """The shipped model, loaded on first use (importing the package reads nothing)."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                data, lexicon = read_json(MODEL_FILE), read_json(LEXICON_FILE)
                _model = Model(data, lexicon, read_json(INDEX_FILE))
    return _model
