"""The advisor's data files: shipped as plain data, in step with their sources, checked on load.

``resources/rules/advisor-model.txt`` must be exactly what ``packaging/train_advisor.py`` makes
from ``advisor-words.toml`` and the labelled sets (so nobody edits weights by hand or forgets to
retrain); ``advisor-index.json`` holds the word tables the code builds from those words (the app
reads them ready-made); ``advisor-lexicon.txt`` is what ``packaging/make_advisor_lexicon.py``
makes from WordNet (checked only where WordNet is installed). Damaged data is refused with a
one-line message, never half-read: the model file's header when it is loaded, each bucket of
its weights when it is first read.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import io
import json
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from planner.advisor import model as advisor_model
from planner.advisor.datafile import DataFile, pack_file
from planner.advisor.model import (
    LEXICON_FILE,
    MODEL_FILE,
    MODEL_KIND,
    AdvisorDataError,
    Model,
    Weights,
    check_index,
    pack_model,
    read_lexicon,
    read_model,
)
from planner.advisor.vocabulary import Vocabulary, WordNetClasses, build_index, normal

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "resources" / "rules"
WORDNET = Path("/usr/share/wordnet")


def _shipped(name: str) -> Any:
    node = importlib.resources.files("resources").joinpath("rules", name)
    return json.loads(node.read_text(encoding="utf-8"))


def _bytes(name: str) -> bytes:
    return importlib.resources.files("resources").joinpath("rules", name).read_bytes()


def _model_bytes() -> bytes:
    return _bytes(MODEL_FILE)


def _model() -> dict[str, Any]:
    return read_model(_model_bytes())


def _lexicon() -> dict[str, Any]:
    return read_lexicon(_bytes(LEXICON_FILE))


def test_data_files_load_through_importlib_resources() -> None:
    data = _model()
    lexicon = _lexicon()
    assert isinstance(data["weights"], Weights) and data["weights"].get("bias") != 0.0
    nouns = WordNetClasses(lexicon["nouns"])
    verbs = WordNetClasses(lexicon["verbs"])
    assert str(nouns.get("supplier")).split()[0] == "person"
    assert nouns.get("stakeholder") == "person"
    assert "communication" in str(verbs.get("negotiate")).split()
    assert nouns.get("zzzz") is None and "zzzz" not in verbs


def test_compiled_words_match_the_toml_source() -> None:
    source = tomllib.loads((RULES / "advisor-words.toml").read_text(encoding="utf-8"))
    assert _model()["words"] == source, "advisor-words.toml changed: run packaging/train_advisor.py"


def test_verdict_words_are_written_as_the_keys_they_are_matched_against() -> None:
    words = tomllib.loads((RULES / "advisor-words.toml").read_text(encoding="utf-8"))
    lists = words["verdict"]
    for name, items in lists.items():
        assert [w for w in items if normal(w) != w] == [], name  # else the word never matches
        assert len(set(items)) == len(items), name
    # the quick look at a title before its words are read must not miss one of them
    stems = lists["upset_stems"]
    for word in (*lists["upset_words"], *lists["trouble_words"]):
        assert any(stem in word for stem in stems), word
    verdict = Model(_model(), _lexicon()).verdict
    assert verdict.dues == frozenset(lists["dues"]) and "rent" in verdict.triggers


def test_no_word_list_repeats_a_word() -> None:
    """Each list of advisor-words.toml names a word once (as its keys are matched), so that a
    word dropped from a list is gone from it."""
    words = tomllib.loads((RULES / "advisor-words.toml").read_text(encoding="utf-8"))

    def lists(table: dict[str, Any], path: str) -> Iterator[tuple[str, list[Any]]]:
        for name, value in table.items():
            if isinstance(value, dict):
                yield from lists(value, f"{path}{name}.")
            elif isinstance(value, list):
                yield f"{path}{name}", value

    for name, items in lists(words, ""):
        keys = [normal(w) for w in items if isinstance(w, str)]
        assert sorted({k for k in keys if keys.count(k) > 1}) == [], name


def test_word_index_is_what_the_code_builds_from_the_words() -> None:
    words = tomllib.loads((RULES / "advisor-words.toml").read_text(encoding="utf-8"))
    built = build_index(words, _lexicon())
    assert _shipped("advisor-index.json") == built, (
        "advisor-words.toml or the vocabulary code changed: run packaging/train_advisor.py"
    )


def test_ready_made_word_tables_read_words_as_tables_built_in_memory() -> None:
    data = _model()
    lexicon = _lexicon()
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
        Model(_model(), _lexicon(), _damage_index(change))


def test_weights_are_what_the_training_script_makes(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import train_advisor
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    recorded = _model()["trained_on"]
    now = {
        str(f.relative_to(ROOT)): hashlib.sha256(f.read_bytes()).hexdigest()[:16]
        for f in train_advisor.training_files()
    }
    if now != recorded:  # new labelled data landed: the model is retrained by its owner
        pytest.skip("the labelled sets changed since training: run packaging/train_advisor.py")
    out = tmp_path / MODEL_FILE
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "train_advisor.py"), "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == _model_bytes()
    index = tmp_path / "advisor-index.json"
    assert json.loads(index.read_text(encoding="utf-8")) == _shipped("advisor-index.json")


@pytest.mark.skipif(not (WORDNET / "index.noun").exists(), reason="WordNet is not installed")
def test_lexicon_is_what_the_wordnet_script_makes(tmp_path: Path) -> None:
    out = tmp_path / LEXICON_FILE
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_advisor_lexicon.py"), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == (RULES / LEXICON_FILE).read_bytes()


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


def _cut(data: bytes) -> bytes:
    return data[:-100]


def _damage_header(data: bytes) -> bytes:
    return data.replace(b'"unsure":', b'"unsurf":', 1)  # the size kept


def _first_line(line: bytes) -> Any:
    return lambda data: line + data[data.index(b"\n") :]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda data: b"", "not an advisor-model file"),
        (lambda data: b'{"format":2,"weights":[]}\n', "not an advisor-model file"),
        (_first_line(b"advisor-lexicon 3 10 0"), "not an advisor-model file"),
        (_first_line(b"advisor-model 2 10 0"), "not a format 3 advisor-model file"),
        (_first_line(b"advisor-model 3 many 0"), "not an advisor-model file"),
        (_cut, "damaged .not the size it was written with"),
        (lambda data: data + b"\n", "damaged .not the size it was written with"),
        (_damage_header, "damaged .its header does not match its checksum"),
    ],
)
def test_a_damaged_model_file_is_refused_on_load_with_a_message(change: Any, message: str) -> None:
    data = change(_model_bytes())
    with pytest.raises(AdvisorDataError, match=f"^{MODEL_FILE}: {message}"):
        read_model(data)


def _a_bucket_with_weights(data: bytes) -> tuple[int, int, str]:
    """Where the shipped model file's first bucket that holds weights (but not the bias) starts
    and ends, and its first feature."""
    file = DataFile(MODEL_FILE, io.BytesIO(data), MODEL_KIND, advisor_model.FORMAT)
    bias = advisor_model.bucket_of("bias", file.count)
    at = next(n for n in range(file.count) if n != bias and file.section(n)[0] != "\t")
    text = file.section(at)
    start = data.index(text.encode("ascii") + b"\n")
    return start, start + len(text), text.split(",", 1)[0].split("\t", 1)[0]


def test_a_damaged_bucket_is_refused_when_it_is_read() -> None:
    data = _model_bytes()
    start, end, feature = _a_bucket_with_weights(data)
    tab = data.index(b"\t", start)
    digit = next(k for k in range(tab, end) if data[k : k + 1].isdigit())  # any weight's digit
    changed = str((int(data[digit : digit + 1]) + 1) % 10).encode("ascii")
    damaged = data[:digit] + changed + data[digit + 1 :]  # a weight changed, the size kept
    m = Model(read_model(damaged), _lexicon())
    assert m.bias == _model()["weights"].get("bias") != 0.0  # the other buckets read
    with pytest.raises(
        AdvisorDataError, match=r"damaged \(section \d+ does not match its checksum"
    ):
        m.weights.get(feature)


def test_a_damaged_lexicon_is_refused_with_a_message() -> None:
    data = _bytes(LEXICON_FILE)
    with pytest.raises(AdvisorDataError, match=rf"^{LEXICON_FILE}: damaged .not the size"):
        read_lexicon(data[:-1])
    with pytest.raises(AdvisorDataError, match=rf"^{LEXICON_FILE}: not an advisor-lexicon file"):
        read_lexicon(_model_bytes())
    group = b"|supplier "
    at = data.index(group) + len(group)
    damaged = data[:at] + data[at:].replace(b"person", b"persen", 1)
    nouns = WordNetClasses(read_lexicon(damaged)["nouns"])
    intact = WordNetClasses(read_lexicon(data)["nouns"])
    assert nouns.get("client") == intact.get("client") and nouns.get("client")  # other groups
    with pytest.raises(AdvisorDataError, match=r"damaged \(section \d+ does not match"):
        nouns.get("supplier")


def test_a_lexicon_whose_header_lists_other_groups_is_refused() -> None:
    data = read_lexicon(_bytes(LEXICON_FILE))
    parts = {part: dict(data.pop(part)) for part in advisor_model.LEXICON_PARTS}
    packed = advisor_model.pack_lexicon(data, parts)
    assert read_lexicon(packed)["nouns"]["su"] == parts["nouns"]["su"]
    assert read_lexicon(packed)["verb_forms"]["me"] == parts["verb_forms"]["me"]
    sections = [g for part in advisor_model.LEXICON_PARTS for g in parts[part].values()]
    names = {part: list(parts[part]) for part in advisor_model.LEXICON_PARTS}
    version = advisor_model.LEXICON_FORMAT
    for change in ({"verbs": ["xx"]}, {"noun_forms": None}, {"verb_forms": [1]}):
        fields = {**data, **names, **change}  # more or fewer groups than sections, or no names
        with pytest.raises(AdvisorDataError, match="not an advisor-lexicon file"):
            read_lexicon(pack_file("advisor-lexicon", version, fields, sections))


def test_irregular_forms_are_read_from_the_lexicon_groups() -> None:
    vocab = Vocabulary(_model()["words"], _lexicon(), _shipped("advisor-index.json"))
    assert vocab.irregular.get("met") == "meet" and vocab.irregular.get("people") == "person"
    assert vocab.irregular.get("replies") is None and vocab.irregular.get("o'clock") is None
    assert vocab.word("met").vkey == "meet"


def _file_with_buckets(*buckets: str) -> dict[str, Any]:
    return read_model(pack_file(MODEL_KIND, advisor_model.FORMAT, {"words": {}}, buckets))


@pytest.mark.parametrize(
    ("bucket", "message"),
    [
        ("bias,v=reply\t1.0", "the weights are damaged"),
        ("bias\t1.0 2.0", "the weights are damaged"),
        ("bias\t1.2.3", "the weights are damaged"),
        ("bias\thigh", "the weights are damaged"),
        ("bias", "the weights are damaged"),
        ("bias\t1.0\t2.0", "the weights are damaged"),
        ("bias\tnan", "a weight is not a number"),
        ("bias\t-inf", "a weight is not a number"),
    ],
)
def test_a_bucket_of_the_wrong_shape_is_refused_when_read(bucket: str, message: str) -> None:
    weights = _file_with_buckets(bucket)["weights"]
    with pytest.raises(AdvisorDataError, match=f"^{MODEL_FILE}: {message}$"):
        weights.get("bias")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d, lx: d.pop("weights"), "words or weights missing"),
        (lambda d, lx: d.pop("words"), "words or weights missing"),
        (lambda d, lx: d.update(weights={"bias": "high"}), "a weight is not a number"),
        (lambda d, lx: d.update(threshold="high"), "the threshold is not a number"),
        (lambda d, lx: lx.pop("nouns"), "nouns missing"),
        (lambda d, lx: lx.pop("verbs"), "verbs missing"),
        (lambda d, lx: d["words"].pop("verdict"), r"\[verdict\] people_pronouns is missing"),
        (lambda d, lx: d["words"]["verdict"].update(rules="rule"), r"\] rules is missing or not a"),
        (lambda d, lx: d["words"]["verdict"].update(dues=[1]), "dues is missing or not a list"),
        (lambda d, lx: d["words"]["verdict"].update(rulez=[]), "does not read: rulez"),
    ],
)
def test_damaged_data_is_refused_with_a_message(change: Any, message: str) -> None:
    data = _model()
    lexicon = _lexicon()
    change(data, lexicon)
    with pytest.raises(AdvisorDataError, match=message):
        Model(data, lexicon)


def test_weights_read_in_buckets_are_the_trained_weights_exactly() -> None:
    weights = {"bias": -0.5, "v=reply": 2.3456, "vc=reply|oc=people": -0.0005, "w=follow up": 1e-3}
    read = read_model(pack_model({"words": {}}, weights, count=3))["weights"]
    assert {f: read.get(f) for f in weights} == weights
    assert read.get("v=unknown") == 0.0
    one = read_model(pack_model({"words": {}}, weights, count=1))["weights"]
    assert {f: one.get(f) for f in weights} == weights


def test_the_model_file_refuses_what_it_cannot_store() -> None:
    for feature in ("", "v=a,b", "v=a\tb", "v=a\nb", "v=é"):
        with pytest.raises(ValueError, match="cannot store"):
            pack_model({"words": {}}, {feature: 1.0})
    with pytest.raises(ValueError, match="cannot store"):
        pack_model({"words": {}}, {"bias": float("nan")})


def test_unreadable_data_file_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    broken = tmp_path / "rules"
    broken.mkdir()
    (broken / "advisor-index.json").write_text("{not json", encoding="utf-8")

    class Files:
        def joinpath(self, *parts: str) -> Path:
            return tmp_path.joinpath(*parts)

    monkeypatch.setattr(importlib.resources, "files", lambda _name: Files())
    with pytest.raises(AdvisorDataError, match=r"advisor-index\.json: cannot be read"):
        advisor_model.read_json("advisor-index.json")
    with pytest.raises(AdvisorDataError, match=rf"{MODEL_FILE}: cannot be read"):
        advisor_model.read_bytes(MODEL_FILE)
