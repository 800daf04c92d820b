"""The advisor's data files: shipped as plain JSON, in step with their sources, checked on load.

``resources/rules/advisor-model.json`` must be exactly what ``packaging/train_advisor.py`` makes
from ``advisor-words.toml`` and the labelled sets (so nobody edits weights by hand or forgets to
retrain); ``advisor-index.json`` holds the word tables the code builds from those words (the app
reads them ready-made); ``advisor-lexicon.json`` is what ``packaging/make_advisor_lexicon.py``
makes from WordNet (checked only where WordNet is installed). Damaged data is refused with a
one-line message, never half-read.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import json
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from planner.advisor import model as advisor_model
from planner.advisor.model import AdvisorDataError, Model, check_index
from planner.advisor.vocabulary import Vocabulary, WordNetClasses, build_index

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "resources" / "rules"
WORDNET = Path("/usr/share/wordnet")


def _shipped(name: str) -> Any:
    node = importlib.resources.files("resources").joinpath("rules", name)
    return json.loads(node.read_text(encoding="utf-8"))


def test_data_files_load_through_importlib_resources() -> None:
    data = _shipped("advisor-model.json")
    lexicon = _shipped("advisor-lexicon.json")
    assert data["format"] == advisor_model.FORMAT and data["weights"]
    nouns = WordNetClasses(lexicon["nouns"])
    verbs = WordNetClasses(lexicon["verbs"])
    assert str(nouns.get("supplier")).split()[0] == "person"
    assert nouns.get("stakeholder") == "person"
    assert "communication" in str(verbs.get("negotiate")).split()
    assert nouns.get("zzzz") is None and "zzzz" not in verbs


def test_compiled_words_match_the_toml_source() -> None:
    source = tomllib.loads((RULES / "advisor-words.toml").read_text(encoding="utf-8"))
    assert _shipped("advisor-model.json")["words"] == source, (
        "advisor-words.toml changed: run packaging/train_advisor.py"
    )


def test_word_index_is_what_the_code_builds_from_the_words() -> None:
    words = tomllib.loads((RULES / "advisor-words.toml").read_text(encoding="utf-8"))
    built = build_index(words, _shipped("advisor-lexicon.json"))
    assert _shipped("advisor-index.json") == built, (
        "advisor-words.toml or the vocabulary code changed: run packaging/train_advisor.py"
    )


def test_ready_made_word_tables_read_words_as_tables_built_in_memory() -> None:
    data = _shipped("advisor-model.json")
    lexicon = _shipped("advisor-lexicon.json")
    shipped = Model(data, lexicon, _shipped("advisor-index.json")).vocab
    built = Vocabulary(data["words"], lexicon)
    for token in ("reply", "replies", "follow", "up", "for", "client", "organise", "zzzz", "met"):
        a, b = shipped.word(token), built.word(token)
        assert {s: getattr(a, s) for s in a.__slots__} == {s: getattr(b, s) for s in b.__slots__}
    assert shipped.word("follow up").kind_v is built.word("follow up").kind_v
    for first in ("follow", "for", "thank", "one", "zzzz"):
        assert shipped.phrases.get(first) == built.phrases.get(first)
    assert shipped.phrases.get("follow") and ("follow" in shipped.phrases)


def _damage_index(change: Any) -> dict[str, Any]:
    index: dict[str, Any] = _shipped("advisor-index.json")
    change(index)
    return index


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda ix: ix.update(format=1), "not a format 2 word index"),
        (lambda ix: ix.pop("nouns"), "the word tables are damaged"),
        (lambda ix: ix["grammar"].update(who="many"), "the word tables are damaged"),
        (lambda ix: ix["verbs"].update(reply=["reply", 3]), "the word tables are damaged"),
        (lambda ix: ix["markers"].update(asap=None), "the word tables are damaged"),
        (lambda ix: ix["phrases"].update(follow="follow up\tfollow"), "tables are damaged"),
        (lambda ix: ix["noun_kinds"].update(invoice="chores"), "a kind of work this app does not"),
    ],
)
def test_damaged_word_index_is_refused_with_a_message(change: Any, message: str) -> None:
    with pytest.raises(AdvisorDataError, match=message):
        check_index(_damage_index(change))
    with pytest.raises(AdvisorDataError, match=message):
        Model(
            _shipped("advisor-model.json"), _shipped("advisor-lexicon.json"), _damage_index(change)
        )


def test_weights_are_what_the_training_script_makes(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import train_advisor
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    recorded = _shipped("advisor-model.json")["trained_on"]
    now = {
        str(f.relative_to(ROOT)): hashlib.sha256(f.read_bytes()).hexdigest()[:16]
        for f in train_advisor.training_files()
    }
    if now != recorded:  # new labelled data landed: the model is retrained by its owner
        pytest.skip("the labelled sets changed since training: run packaging/train_advisor.py")
    out = tmp_path / "model.json"
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "train_advisor.py"), "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert json.loads(out.read_text(encoding="utf-8")) == _shipped("advisor-model.json")
    index = tmp_path / "advisor-index.json"
    assert json.loads(index.read_text(encoding="utf-8")) == _shipped("advisor-index.json")


@pytest.mark.skipif(not (WORDNET / "index.noun").exists(), reason="WordNet is not installed")
def test_lexicon_is_what_the_wordnet_script_makes(tmp_path: Path) -> None:
    out = tmp_path / "lexicon.json"
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_advisor_lexicon.py"), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == (RULES / "advisor-lexicon.json").read_bytes()


def test_training_refuses_held_out_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import train_advisor
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    (tmp_path / "advisor-real").mkdir()
    (tmp_path / "tasks-labeled.csv").write_text("text,relationship_building\n", encoding="utf-8")
    (tmp_path / "advisor-holdout-x.csv").write_text(
        "text,relationship_building\n", encoding="utf-8"
    )
    monkeypatch.setattr(train_advisor, "DATA", tmp_path)
    with pytest.raises(SystemExit, match="held-out"):
        train_advisor.training_files()


def test_shipped_data_is_small() -> None:
    total = sum(p.stat().st_size for p in RULES.iterdir() if p.name.startswith("advisor"))
    assert total < 10_000_000


def _bucket(d: dict[str, Any]) -> list[str]:
    """The first bucket of the shipped weights that holds some."""
    return next(b for b in d["weights"] if b[0])


def _damage_a_weight(d: dict[str, Any], lx: dict[str, Any]) -> None:
    bucket = _bucket(d)
    bucket[1] = "high " + bucket[1].split(" ", 1)[1]


def _drop_a_weight(d: dict[str, Any], lx: dict[str, Any]) -> None:
    bucket = _bucket(d)
    bucket[1] = bucket[1].rsplit(" ", 1)[0]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d, lx: d.update(format=1), "not a format 2 advisor model"),
        (lambda d, lx: d.pop("weights"), "words or weights missing"),
        (lambda d, lx: d.update(weights={"bias": "high"}), "a weight is not a number"),
        (_damage_a_weight, "a weight is not a number"),
        (_drop_a_weight, "the weights are damaged"),
        (lambda d, lx: d["weights"].append("bias 1.0"), "the weights are damaged"),
        (lambda d, lx: lx.pop("nouns"), "nouns missing"),
        (lambda d, lx: lx.update(format="1"), "not a format 1 lexicon"),
    ],
)
def test_damaged_data_is_refused_with_a_message(change: Any, message: str) -> None:
    data = _shipped("advisor-model.json")
    lexicon = _shipped("advisor-lexicon.json")
    change(data, lexicon)
    with pytest.raises(AdvisorDataError, match=message):
        Model(data, lexicon)


def test_weights_read_in_buckets_are_the_trained_weights_exactly() -> None:
    weights = {"bias": -0.5, "v=reply": 2.3456, "vc=reply|oc=people": -0.0005, "w=follow up": 1e-3}
    read = advisor_model.Weights(advisor_model.pack(weights, count=3))
    assert {f: read.get(f) for f in weights} == weights
    assert read.get("v=unknown") == 0.0


def test_a_damaged_weight_that_looks_like_digits_is_refused_when_read() -> None:
    data = _shipped("advisor-model.json")
    bucket = _bucket(data)
    bucket[1] = "1.2.3 " + bucket[1].split(" ", 1)[1]
    m = Model(data, _shipped("advisor-lexicon.json"))
    with pytest.raises(AdvisorDataError, match="a weight is not a number"):
        m.weights.get(bucket[0].split(",", 1)[0])


def test_unreadable_data_file_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    broken = tmp_path / "rules"
    broken.mkdir()
    (broken / "advisor-model.json").write_text("{not json", encoding="utf-8")

    class Files:
        def joinpath(self, *parts: str) -> Path:
            return tmp_path.joinpath(*parts)

    monkeypatch.setattr(importlib.resources, "files", lambda _name: Files())
    with pytest.raises(AdvisorDataError, match=r"advisor-model\.json: cannot be read"):
        advisor_model.read_json("advisor-model.json")
