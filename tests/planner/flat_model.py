"""A model with the shipped words that scores every reading the same: for tests of what the
verdict makes of a reading whatever the shipped weights are (a retrain moves single scores)."""

from __future__ import annotations

from planner.advisor.model import Model, read_bytes, read_json, read_lexicon, read_model


def flat_model(score: float) -> Model:
    """The shipped words and lexicon, and a model that scores every reading ``score``."""
    shipped = read_model(read_bytes("advisor-model.txt"))
    data = {"words": shipped["words"], "weights": {"bias": score}, "threshold": -0.5}
    return Model(
        data, read_lexicon(read_bytes("advisor-lexicon.txt")), read_json("advisor-index.json")
    )
