"""The advisor's data files and its linear model: load once, score readings.

This module owns reading ``resources/rules/advisor-model.txt`` (the hand-made word classes,
compiled from ``advisor-words.toml``, and the model's weights, trained by
``packaging/train_advisor.py``), ``resources/rules/advisor-index.json`` (the same word classes
as ready-made look-up tables, written by the same script, so the first assessment builds none)
and ``resources/rules/advisor-lexicon.txt`` (WordNet classes), all plain data read through
importlib.resources so they work in a frozen app. The model file and the lexicon are sectioned
data files (:mod:`planner.advisor.datafile`): a JSON header, then the weights in buckets
(:func:`pack_model`) or the WordNet words in groups (:func:`pack_lexicon`), so loading one
parses only its header, and a bucket (a group) is checked and read only when a title first needs
it (:class:`Weights`). A damaged or mismatched file raises
:class:`AdvisorDataError` with a one-line message; nothing is cached on disk (loading the files
takes a few milliseconds).

:func:`score` adds up the weights of a reading's features: above zero means "relationship".
"""

from __future__ import annotations

import atexit
import importlib.resources
import io
import json
import math
import re
import threading
import zlib
from collections.abc import Callable, Iterable, Mapping
from typing import IO, Any, Final, NoReturn

from planner.advisor.datafile import AdvisorDataError as AdvisorDataError
from planner.advisor.datafile import DataFile, Sections, pack_file
from planner.advisor.reading import GroupWeights, Reading, features
from planner.advisor.vocabulary import INDEX_FORMAT, Index, TaskKind, VerdictWords, Vocabulary

FORMAT: Final = 3  # 3: a sectioned data file, the weights in buckets (see :func:`pack_model`)
BUCKETS: Final = 4096
# The model's two decision points, declared once (the trainer writes them into the model file):
# a title warns when its score is above THRESHOLD (and it has something to show for it), and
# "could delegate" is only offered at or below UNSURE. How they were chosen:
# packaging/train_advisor.py.
THRESHOLD: Final = -0.5
UNSURE: Final = -4.5
MODEL_KIND: Final = "advisor-model"
MODEL_FILE: Final = "advisor-model.txt"
LEXICON_KIND: Final = "advisor-lexicon"
LEXICON_FORMAT: Final = 3  # 3: a sectioned data file, a section for each group of words
LEXICON_FILE: Final = "advisor-lexicon.txt"
INDEX_FILE: Final = "advisor-index.json"


class Model:
    """The loaded data: vocabulary, weights, reasons, notes and the verdict's word lists."""

    def __init__(
        self, data: Mapping[str, Any], lexicon: Mapping[str, Any], index: Index | None = None
    ) -> None:
        """``data``: the model file's fields (:func:`read_model`), or the same made in memory
        (its ``weights`` a plain mapping). ``index``: the word tables ready-made
        (:func:`~planner.advisor.vocabulary.build_index` of the same words and lexicon); built
        here when not given."""
        check(data, lexicon)
        if index is not None:
            check_index(index)
        self.words: Mapping[str, Any] = data["words"]
        self.vocab = Vocabulary(self.words, lexicon, index)
        raw = data["weights"]
        self.weights: Weights | TableWeights = (
            raw if isinstance(raw, Weights) else TableWeights({f: float(w) for f, w in raw.items()})
        )
        self.threshold: float = float(data.get("threshold", THRESHOLD))
        self.unsure: float = float(data.get("unsure", UNSURE))
        self.reasons: dict[str, str] = dict(self.words.get("reasons", {}))
        self.notes: dict[str, str] = dict(self.words.get("notes", {}))
        try:
            self.verdict = VerdictWords(self.words.get("verdict", {}))
        except ValueError as exc:
            raise AdvisorDataError(f"{MODEL_FILE}: {exc}") from None
        self.bias = self.weights.get("bias", 0.0)
        # The model's score for one reading (log-odds of "relationship"): the sum of its
        # features' weights, added up group by group (each group's total is cached). The
        # method of the readers' compiled module itself, not a method here that calls it: the
        # verdict calls it for every reading, and a Python frame between cost more than the
        # cached sum. The verdict calls the scorer's method directly (compiled, a direct call,
        # where calling the attribute goes through a bound method object).
        self.scorer = GroupWeights(self.weights.total, self.bias)
        self.score: Callable[[Reading], float] = self.scorer.score

    def explain(self, reading: Reading) -> list[tuple[float, str]]:
        """Each feature's weight, strongest first (for tuning and for tests)."""
        get = self.weights.get
        return sorted(((get(f, 0.0), f) for f in features(reading)), key=lambda x: -x[0])


class Weights:
    """Feature -> weight, as the model file stores them: in buckets (its sections) by a
    checksum of the feature's name, each checked and turned into a table the first time one of
    its features is looked up (the first assessment reads a few dozen small buckets, not all
    the weights)."""

    __slots__ = ("_file", "_read")

    def __init__(self, file: DataFile) -> None:
        self._file = file
        self._read: list[dict[str, float] | None] = [None] * file.count

    def get(self, feature: str, default: float = 0.0) -> float:
        at = zlib.crc32(feature.encode("utf-8")) % len(self._read)
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
        table = self._read[at] = _unpack(self._file.section(at))
        return table


class TableWeights(dict[str, float]):
    """Feature -> weight for a model made in memory (training, cross-validation, tests), with
    :meth:`Weights.total`'s way of adding them up."""

    def total(self, features: Iterable[str]) -> float:
        total = 0.0
        for feature in features:
            total += self.get(feature, 0.0)
        return total


def bucket_of(feature: str, count: int) -> int:
    """The bucket that holds ``feature``'s weight (the same in every process and build)."""
    return zlib.crc32(feature.encode("utf-8")) % count


def pack_model(
    fields: Mapping[str, Any], weights: Mapping[str, float], count: int = BUCKETS
) -> bytes:
    """The model file: ``fields`` (words, threshold... plain JSON data) and the weights in
    ``count`` buckets, one a section: its features comma-separated, a tab, their weights
    space-separated in the same order (so a bucket is read with three splits)."""
    buckets: list[list[tuple[str, float]]] = [[] for _ in range(count)]
    for feature, weight in sorted(weights.items()):
        if not feature or not feature.isascii() or any(c in feature for c in ",\t\n"):
            raise ValueError(f"a feature the model file cannot store: {feature!r}")
        if not math.isfinite(weight):
            raise ValueError(f"a weight the model file cannot store: {feature!r} {weight!r}")
        buckets[bucket_of(feature, count)].append((feature, float(weight)))
    sections = [",".join(f for f, _ in b) + "\t" + " ".join(repr(w) for _, w in b) for b in buckets]
    return pack_file(MODEL_KIND, FORMAT, fields, sections)


def read_model(data: bytes | IO[bytes], name: str = MODEL_FILE) -> dict[str, Any]:
    """The model file's fields, its ``weights`` read lazily (:class:`Weights`) from ``data``
    (the file's bytes, or the file open for reading); its first line and header are checked
    here, each bucket when it is first read."""
    file = DataFile(name, _binary(data), MODEL_KIND, FORMAT)
    return {**file.fields, "weights": Weights(file)}


# The lexicon's parts, each a set of groups: first two letters -> "word rest|word rest|..."
# (the word's WordNet classes, or for a form, its base form).
LEXICON_PARTS: Final = ("nouns", "verbs", "noun_forms", "verb_forms")


def read_lexicon(data: bytes | IO[bytes], name: str = LEXICON_FILE) -> dict[str, Any]:
    """The WordNet lexicon from ``data`` (bytes or an open file): its fields, and its parts
    (:data:`LEXICON_PARTS`: WordNet classes of ``nouns`` and ``verbs``; irregular
    ``noun_forms`` and ``verb_forms`` -> base form), each first two letters -> the group of
    words that start with them (a string, see
    :class:`~planner.advisor.vocabulary.WordNetClasses`), read and checked when first asked
    for."""
    file = DataFile(name, _binary(data), LEXICON_KIND, LEXICON_FORMAT)
    fields = dict(file.fields)
    first = 0
    for part in LEXICON_PARTS:
        names = fields.get(part)
        if not isinstance(names, list) or not set(map(type, names)) <= {str}:
            raise AdvisorDataError(f"{name}: not an {LEXICON_KIND} file")
        fields[part] = Sections(file, names, first)
        first += len(names)
    if first != file.count:
        raise AdvisorDataError(f"{name}: not an {LEXICON_KIND} file")
    return fields


def pack_lexicon(fields: Mapping[str, Any], parts: Mapping[str, Mapping[str, str]]) -> bytes:
    """The lexicon file (:func:`read_lexicon`): ``fields`` and its ``parts`` (each of
    :data:`LEXICON_PARTS`: first two letters -> the group's string), a section a group."""
    names = {part: list(parts[part]) for part in LEXICON_PARTS}
    sections = [group for part in LEXICON_PARTS for group in parts[part].values()]
    return pack_file(LEXICON_KIND, LEXICON_FORMAT, {**fields, **names}, sections)


def _unpack(bucket: str) -> dict[str, float]:
    try:
        names, values = bucket.split("\t")
        if not names and not values:
            return {}
        table = dict(zip(names.split(","), map(float, values.split(" ")), strict=True))
    except ValueError:  # not two parts, not as many weights as features, not a number
        _refuse("the weights are damaged")
    if not all(map(math.isfinite, table.values())):
        _refuse("a weight is not a number")
    return table


def _refuse(why: str) -> NoReturn:
    raise AdvisorDataError(f"{MODEL_FILE}: {why}")


def probability(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def check(data: Mapping[str, Any], lexicon: Mapping[str, Any]) -> None:
    """Refuse data this code cannot read, with a one-line message (the weights read from the
    model file are checked a bucket at a time, when read)."""
    if not isinstance(data, Mapping) or not isinstance(data.get("words"), Mapping):
        raise AdvisorDataError(f"{MODEL_FILE}: words or weights missing")
    weights = data.get("weights")
    if not isinstance(weights, Weights):
        if not isinstance(weights, Mapping):
            raise AdvisorDataError(f"{MODEL_FILE}: words or weights missing")
        if not set(map(type, weights.values())) <= {int, float}:
            raise AdvisorDataError(f"{MODEL_FILE}: a weight is not a number")
    for name in ("threshold", "unsure"):
        if type(data.get(name, 0.0)) not in (int, float):
            raise AdvisorDataError(f"{MODEL_FILE}: the {name} is not a number")
    if not isinstance(lexicon, Mapping):
        raise AdvisorDataError(f"{LEXICON_FILE}: not an {LEXICON_KIND}")
    for part in ("nouns", "verbs"):
        if not isinstance(lexicon.get(part), Mapping):
            raise AdvisorDataError(f"{LEXICON_FILE}: {part} missing")


def _binary(data: bytes | IO[bytes]) -> IO[bytes]:
    return io.BytesIO(data) if isinstance(data, bytes) else data


def open_data(name: str) -> IO[bytes]:
    """The data file ``name`` (in ``resources/rules/``), open for reading; it stays open while
    the model reads its sections."""
    node = importlib.resources.files("resources").joinpath("rules", name)
    try:
        return node.open("rb")
    except OSError as exc:
        raise AdvisorDataError(f"{name}: cannot be read ({exc})") from exc


def read_bytes(name: str) -> bytes:
    """The bytes of the data file ``name`` (in ``resources/rules/``)."""
    node = importlib.resources.files("resources").joinpath("rules", name)
    try:
        return node.read_bytes()
    except OSError as exc:
        raise AdvisorDataError(f"{name}: cannot be read ({exc})") from exc


def read_json(name: str) -> Any:
    try:
        return json.loads(read_bytes(name))
    except (UnicodeDecodeError, ValueError) as exc:
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
_model: Model | None = None  # the shipped model once loaded (None before)
_failed: AdvisorDataError | None = None  # why the shipped data could not be loaded, if so
# the shipped model once loaded, in a list that is never replaced: every assessment asks for
# the model, and compiled, reading a Final name costs no look-up in the module's names
_loaded: Final[list[Model]] = []


def shipped() -> Model:
    """The shipped model, loaded on first use (importing the package reads nothing). Data that
    cannot be read raises :class:`AdvisorDataError` each time, without trying again: a damaged
    install does not heal while the app runs, and each try would open the files again."""
    if _loaded:
        return _loaded[0]
    return _load_once()


def _load_once() -> Model:
    """:func:`shipped` until the model is loaded: load it under the lock, or raise why not."""
    global _model, _failed
    with _lock:
        if _failed is not None:
            raise _failed
        if not _loaded:
            try:
                _model = _load()
            except AdvisorDataError as error:
                _failed = error
                raise
            _loaded.append(_model)
    return _loaded[0]


def _load() -> Model:
    files: list[IO[bytes]] = []
    try:
        files.append(open_data(MODEL_FILE))
        files.append(open_data(LEXICON_FILE))
        data, lexicon = read_model(files[0]), read_lexicon(files[1])
        model = Model(data, lexicon, read_json(INDEX_FILE))
    except BaseException:
        for file in files:
            file.close()
        raise
    for file in files:  # read a section at a time while the app runs
        atexit.register(file.close)
    return model
