"""The advisor's data files and its linear model: load once, score readings.

This module owns reading ``resources/rules/advisor-model.json`` (the hand-made word classes,
compiled from ``advisor-words.toml``, and the model's weights, trained by
``packaging/train_advisor.py``) and ``resources/rules/advisor-lexicon.json`` (WordNet classes),
both plain JSON read through importlib.resources so they work in a frozen app. A damaged or
mismatched file raises :class:`AdvisorDataError` with a one-line message; nothing is cached on
disk (loading both files takes a few milliseconds).

:func:`score` adds up the weights of a reading's features: above zero means "relationship".
"""

from __future__ import annotations

import importlib.resources
import json
import math
import threading
from collections.abc import Mapping
from typing import Any, Final

from planner.advisor.reading import Reading, features, groups
from planner.advisor.vocabulary import Vocabulary

FORMAT: Final = 1
MODEL_FILE: Final = "advisor-model.json"
LEXICON_FILE: Final = "advisor-lexicon.json"


class AdvisorDataError(RuntimeError):
    """The advisor's data files are missing or damaged (a broken install, not a user error)."""


class Model:
    """The loaded data: vocabulary, weights, reasons and notes."""

    def __init__(self, data: Mapping[str, Any], lexicon: Mapping[str, Any]) -> None:
        check(data, lexicon)
        self.words: Mapping[str, Any] = data["words"]
        self.vocab = Vocabulary(self.words, lexicon)
        self.weights: dict[str, float] = dict(data["weights"])
        self.threshold: float = float(data.get("threshold", 0.0))
        self.unsure: float = float(data.get("unsure", -1.5))
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
                get = self.weights.get
                part = totals[key] = sum(get(f, 0.0) for f in make(*key[1:]))
            total += part
        return total

    def explain(self, reading: Reading) -> list[tuple[float, str]]:
        """Each feature's weight, strongest first (for tuning and for tests)."""
        get = self.weights.get
        return sorted(((get(f, 0.0), f) for f in features(reading)), key=lambda x: -x[0])


def probability(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def check(data: Mapping[str, Any], lexicon: Mapping[str, Any]) -> None:
    """Refuse data this code cannot read, with a one-line message."""
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise AdvisorDataError(f"{MODEL_FILE}: not a format {FORMAT} advisor model")
    if not isinstance(data.get("words"), Mapping) or not isinstance(data.get("weights"), Mapping):
        raise AdvisorDataError(f"{MODEL_FILE}: words or weights missing")
    if not set(map(type, data["weights"].values())) <= {int, float}:
        raise AdvisorDataError(f"{MODEL_FILE}: a weight is not a number")
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


_lock = threading.Lock()
_model: Model | None = None


def shipped() -> Model:
    """The shipped model, loaded on first use (importing the package reads nothing)."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = Model(read_json(MODEL_FILE), read_json(LEXICON_FILE))
    return _model
