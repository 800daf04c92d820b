"""packaging/train_advisor.py's training loop: features numbered once, and weights equal, bit for
bit, to the plain definition (logistic loss, L2, AdaGrad over dictionaries keyed by name), so a
faster loop never changes the shipped model."""

from __future__ import annotations

import math
import random
from pathlib import Path

import pytest
import train_advisor
from train_advisor import Example, encode, train


def _plain_train_one(examples: list[Example], epochs: int, seed: int) -> dict[str, float]:
    """The loop as first written: every weight looked up by the feature's name."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    rng = random.Random(seed)
    order = list(range(len(examples)))

    def score(feats: list[str]) -> float:
        return sum(w.get(f, 0.0) for f in feats)

    for _ in range(epochs):
        rng.shuffle(order)
        for idx in order:
            readings, label, weight = examples[idx]
            targets = [max(readings, key=score)] if label else readings
            for feats in targets:
                s = max(-30.0, min(30.0, score(feats)))
                p = 1.0 / (1.0 + math.exp(-s))
                grad = (p - (1.0 if label else 0.0)) * weight
                for f in feats:
                    g = grad + train_advisor.L2 * w.get(f, 0.0)
                    acc = g2.get(f, 1e-8) + g * g
                    g2[f] = acc
                    w[f] = w.get(f, 0.0) - train_advisor.RATE * g / math.sqrt(acc)
    return w


def _plain_train(examples: list[Example], epochs: int, seed: int) -> dict[str, float]:
    total: dict[str, float] = {}
    for k in range(train_advisor.BAGS):
        for f, v in _plain_train_one(examples, epochs, seed + k).items():
            total[f] = total.get(f, 0.0) + v / train_advisor.BAGS
    titles: dict[str, int] = {}
    for readings, _, _ in examples:
        for f in {f for feats in readings for f in feats}:
            titles[f] = titles.get(f, 0) + 1
    floor = max(train_advisor.MIN_WEIGHT, 5e-4)
    return {
        f: round(v, 4)
        for f, v in sorted(total.items())
        if f == "bias" or (abs(v) >= floor and titles.get(f, 0) >= train_advisor.MIN_TITLES)
    }


def _examples(seed: int, count: int) -> list[Example]:
    """Titles of one to three readings over a small vocabulary: features shared between rows
    and readings, a feature said twice in a reading, and weights of 1 and 3."""
    rng = random.Random(seed)
    vocab = [f"f{i}" for i in range(60)]
    out: list[Example] = []
    for _ in range(count):
        readings = []
        for _ in range(rng.choice((1, 1, 2, 3))):
            feats = ["bias", *rng.sample(vocab, rng.randint(2, 9))]
            if rng.random() < 0.2:
                feats.append(feats[-1])  # the same feature twice in one reading
            readings.append(feats)
        label = any(f in {"f1", "f2", "f3", "f5", "f8"} for feats in readings for f in feats[:4])
        out.append((readings, label, rng.choice((1.0, 1.0, 3.0))))
    return out


def test_features_are_numbered_in_order_of_first_sight() -> None:
    examples: list[Example] = [([["bias", "v=call"], ["bias", "o=client"]], True, 1.0)]
    examples.append(([["bias", "v=call", "v=call"]], False, 3.0))
    coded, names = encode(examples)
    assert names == ["bias", "v=call", "o=client"]
    assert coded == [([[0, 1], [0, 2]], True, 1.0), ([[0, 1, 1]], False, 3.0)]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_trained_weights_are_the_plain_definitions_bit_for_bit(seed: int) -> None:
    examples = _examples(seed, 150)
    weights = train(examples, epochs=4, seed=7 + seed)
    assert weights == _plain_train(examples, epochs=4, seed=7 + seed)
    assert len(weights) > 10 and "bias" in weights  # something was learnt, and kept


def test_a_real_rows_weight_follows_its_files_origin(monkeypatch: pytest.MonkeyPatch) -> None:
    """A former held-out file (tune-h and its collection's letters, a digit for a second file)
    weighs HELD_OUT_WEIGHT, an older tune file (tune-h itself among them) OLDER_WEIGHT, each
    times REAL_WEIGHT; cv_advisor.py reads the same names as held out."""
    monkeypatch.setattr(train_advisor, "REAL_WEIGHT", 2.0)
    monkeypatch.setattr(train_advisor, "HELD_OUT_WEIGHT", 3.0)
    monkeypatch.setattr(train_advisor, "OLDER_WEIGHT", 0.5)
    for name in ("tune-ha.csv", "tune-hz2.csv", "tune-hdh.csv"):
        assert train_advisor.real_weight(name) == 6.0
    for name in ("tune-a.csv", "tune-h.csv", "tune-j2.csv", "tune-ap.csv"):
        assert train_advisor.real_weight(name) == 1.0


HEADER = "text,relationship_building,kind,why,source,family\n"


def _data(tmp_path: Path, paraphrases: dict[str, str] | None) -> Path:
    """A tests/data folder: the shared set, one real tune file and, unless None, a folder of
    synthetic rows (file name -> rows after the header)."""
    (tmp_path / "advisor-real").mkdir()
    (tmp_path / "tasks-labeled.csv").write_text("text,relationship_building\n", encoding="utf-8")
    (tmp_path / "advisor-real" / "tune-ha.csv").write_text(
        HEADER + "Call the client back,1,relationship,x,https://a.com/,sales-guides\n",
        encoding="utf-8",
    )
    if paraphrases is not None:
        folder = tmp_path / train_advisor.PARAPHRASE_DIR
        folder.mkdir()
        for name, rows in paraphrases.items():
            (folder / name).write_text(HEADER + rows, encoding="utf-8")
    return tmp_path


def test_synthetic_rows_are_trained_on_only_when_their_folder_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(train_advisor, "DATA", _data(tmp_path, None))
    names = [f.name for f in train_advisor.training_files()]
    assert names == ["tasks-labeled.csv", "tune-ha.csv"]
    assert train_advisor.paraphrase_files(tmp_path / train_advisor.PARAPHRASE_DIR) == []


def test_a_synthetic_row_weighs_the_paraphrase_weight(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = {
        "p-2.csv": "Ring the buyer back,1,relationship,x,paraphrase:tune-ha.csv:2,sales-guides\n",
        "p-1.csv": "File the invoices,0,admin,x,paraphrase:tune-b.csv:17,va-task-lists\n",
    }
    monkeypatch.setattr(train_advisor, "DATA", _data(tmp_path, rows))
    monkeypatch.setattr(train_advisor, "REAL_WEIGHT", 2.0)
    monkeypatch.setattr(train_advisor, "PARAPHRASE_WEIGHT", 0.5)
    files = train_advisor.training_files()
    assert [f.name for f in files] == ["tasks-labeled.csv", "tune-ha.csv", "p-1.csv", "p-2.csv"]
    assert train_advisor.load_rows(files) == [
        ("Call the client back", True, 2.0, "tune-ha.csv"),
        ("File the invoices", False, 0.5, "p-1.csv"),
        ("Ring the buyer back", True, 0.5, "p-2.csv"),
    ]


@pytest.mark.parametrize(
    "source",
    [
        "https://example.com/tasks",  # a real source: not a synthetic row
        "paraphrase:tune-ha.csv",  # no line
        "paraphrase:holdout-dn.csv:4",  # never a held-out file's row
        "paraphrase:tune-ha.csv:x",
    ],
)
def test_a_synthetic_row_must_name_the_tune_row_it_rewords(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str
) -> None:
    rows = {"p-1.csv": f"Ring the customer back,1,relationship,x,{source},sales-guides\n"}
    monkeypatch.setattr(train_advisor, "DATA", _data(tmp_path, rows))
    with pytest.raises(SystemExit, match=r"p-1\.csv:2: a paraphrase's source"):
        train_advisor.load_rows(train_advisor.training_files())


def test_the_origin_of_a_synthetic_row() -> None:
    assert train_advisor.paraphrase_origin(" paraphrase:tune-hdb.csv:212 ", "x") == (
        "tune-hdb.csv",
        212,
    )


def test_a_held_out_file_among_the_synthetic_rows_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(train_advisor, "DATA", _data(tmp_path, {"holdout-p.csv": ""}))
    with pytest.raises(SystemExit, match="held-out"):
        train_advisor.training_files()
