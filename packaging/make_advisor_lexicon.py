"""Build the advisor's word classes from WordNet: resources/rules/advisor-lexicon.txt.

Run on a machine with Debian's ``wordnet-base`` installed (``apt-get install wordnet-base``)::

    python packaging/make_advisor_lexicon.py [--wordnet /usr/share/wordnet]

WordNet files every sense of a word under a lexicographer file: ``noun.person``,
``noun.group``, ``verb.communication``, ``verb.social``... The advisor asks two questions of
an unknown word: "is this a person or a group of people?" and "is this verb an interaction?".
This script answers them once, for the commonly used words (those WordNet's sense-tagged corpus
has seen), and writes the answer as a plain data file that ships with the app: the app needs neither
WordNet nor any network. Each entry lists the word's classes, most frequent sense first (at most
the first three senses count: rare senses make every word a person). Irregular forms of the
kept words (``met`` -> ``meet``, ``people`` -> ``person``) come from WordNet's exception lists.

The output is deterministic (sorted keys), so a rebuild shows as a clean diff.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from planner.advisor.model import LEXICON_FILE, pack_lexicon  # noqa: E402

LEXNAMES = [
    "adj.all",
    "adj.pert",
    "adv.all",
    "noun.Tops",
    "noun.act",
    "noun.animal",
    "noun.artifact",
    "noun.attribute",
    "noun.body",
    "noun.cognition",
    "noun.communication",
    "noun.event",
    "noun.feeling",
    "noun.food",
    "noun.group",
    "noun.location",
    "noun.motive",
    "noun.object",
    "noun.person",
    "noun.phenomenon",
    "noun.plant",
    "noun.possession",
    "noun.process",
    "noun.quantity",
    "noun.relation",
    "noun.shape",
    "noun.state",
    "noun.substance",
    "noun.time",
    "verb.body",
    "verb.change",
    "verb.cognition",
    "verb.communication",
    "verb.competition",
    "verb.consumption",
    "verb.contact",
    "verb.creation",
    "verb.emotion",
    "verb.motion",
    "verb.perception",
    "verb.possession",
    "verb.social",
    "verb.stative",
    "verb.weather",
    "adj.ppl",
]
PEOPLE = frozenset({"person", "group"})
INTERACTION = frozenset({"communication", "social"})
SENSES = 3  # how many of a word's most frequent senses count
OUT = ROOT / "resources" / "rules" / LEXICON_FILE


def lexfiles(data: Path) -> dict[str, str]:
    """Synset offset -> lexicographer file short name ("person", "communication")."""
    found: dict[str, str] = {}
    with data.open(encoding="latin-1") as fh:
        for line in fh:
            if line.startswith(" "):
                continue  # the licence header
            offset, filenum = line.split(" ", 2)[:2]
            found[offset] = LEXNAMES[int(filenum)].split(".", 1)[1]
    return found


def index(path: Path, classes: dict[str, str], always: frozenset[str]) -> dict[str, str]:
    """Lemma -> its classes (space-separated, most frequent sense first).

    Kept: every word the sense-tagged corpus has seen, and every word with a sense in
    ``always`` (all the persons and groups, all the communication and social verbs).
    """
    out: dict[str, str] = {}
    with path.open(encoding="latin-1") as fh:
        for line in fh:
            if line.startswith(" "):
                continue
            parts = line.split()
            lemma = parts[0]
            if "_" in lemma or not lemma.isalpha():
                continue
            pointers = int(parts[3])
            tagged = int(parts[5 + pointers])
            offsets = parts[6 + pointers :]
            seen: list[str] = []
            for offset in offsets[:SENSES]:
                name = classes[offset]
                if name not in seen:
                    seen.append(name)
            if tagged or always.intersection(seen):
                out[lemma] = " ".join(seen)
    return out


def exceptions(path: Path, kept: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    with path.open(encoding="latin-1") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2 and parts[1] in kept and parts[0].isalpha() and parts[0] not in kept:
                out[parts[0]] = parts[1]
    return out


def grouped(words: dict[str, str]) -> dict[str, str]:
    """First two letters -> "word classes|word classes|..." for the words starting with them.

    The app reads one group only when it first meets a word starting with those letters, so the
    first assessment after start reads a few hundred words, not all of them.
    """
    groups: dict[str, list[str]] = {}
    for word, classes in sorted(words.items()):
        groups.setdefault(word[:2], []).append(f"{word} {classes}")
    return {prefix: "|".join(found) for prefix, found in groups.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    wn: Path = args.wordnet
    if not (wn / "index.noun").exists():
        parser.error(f"no WordNet at {wn} (apt-get install wordnet-base)")
    nouns = index(wn / "index.noun", lexfiles(wn / "data.noun"), PEOPLE)
    verbs = index(wn / "index.verb", lexfiles(wn / "data.verb"), INTERACTION)
    about = (
        "Word classes from WordNet 3.0 (Princeton University, WordNet licence); "
        "built by packaging/make_advisor_lexicon.py. Classes are lexicographer files, "
        f"most frequent sense first, first {SENSES} senses; grouped by the words' first two "
        "letters ('word classes|word classes', and irregular forms 'form base|form base'), so "
        "the app reads a group only when needed."
    )
    parts = {
        "nouns": grouped(nouns),
        "verbs": grouped(verbs),
        "noun_forms": grouped(exceptions(wn / "noun.exc", nouns)),
        "verb_forms": grouped(exceptions(wn / "verb.exc", verbs)),
    }
    data = pack_lexicon({"about": about}, parts)
    args.out.write_bytes(data)
    print(f"{args.out}: {len(nouns)} nouns, {len(verbs)} verbs, {len(data) / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
