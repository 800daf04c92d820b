"""Source-grouped cross-validation of the advisor on the real tuning data.

Run from the repository root::

    .venv/bin/python packaging/cv_advisor.py [--folds 5] [--errors] [--score tune-d.csv]

Every row of ``tests/data/advisor-real/tune-*.csv`` is scored by a model trained without the
rows of its site (the registered domain of its source address, or the repository for a file in a
public repository), so a phrasing is never judged by a model that saw its page or its neighbours
on the same site. The registered domain is the address's public suffix and one label more
(``example.org.au``, ``shop.co.uk``; on a shared blog host the user's ``someone.blogspot.com``),
the suffixes taken from the checked-in list ``packaging/public-suffixes.txt`` (:func:`site`).
The hand-written sets (tasks-labeled.csv, advisor-*.csv) are always in training. The report
gives precision and recall by family, how often "could delegate" fires on relationship rows,
and (``--errors``) each out-of-fold error with the reading's strongest features.

``--score FILE`` instead trains on every tune file except FILE and scores FILE once: the
figure to record for a new batch before the model is trained on it. Several files, comma-separated
(``--score tune-o.csv,tune-hp.csv``), are scored by one model trained on the others: how well
older collections carry over to newer ones. ``--sweep -1,-0.5,0`` also reports out-of-fold
precision and recall at other decision thresholds (how train_advisor's THRESHOLD was chosen).
``--bag-seed 107`` trains with other seeds for the bags' row orders (the shipped model's are 7 ...
26): a change is worth shipping only when it beats the spread of a few bag seeds (the data README
gives the figures with seeds 7, 107 and 207).

``--pho 8`` is ``--score`` of the last eight held-out files renamed to tuning data (``tune-h``
and their collection's letters: ``tune-ha`` ... ``tune-hz2``, then ``tune-haa`` ... in that
order): the "pseudo-held-out" figure. Their rows were scored once and have been tuning data for a
session or two at most, so few readers or words were written from them, and they come from the
same newer, harder sources as the next held-out files. They predict the next held-out figure
much better than the cross-validation: in session 15 the cross-validation's out-of-fold F1 was
about 0.85 overall but about 0.80 on these files' rows, and the held-out files scored 0.78-0.79.
A cross-validation's report gives both groups of rows (``by origin``).

``--family va-task-lists`` narrows the report by file and the ``--errors`` list to one family's
rows, each error with the reason the app would show, and tallies that family's errors by cause
(:func:`causes`: a false alarm by the reason's family, a miss by the kind it was given).

``--train-share 0.5 --draw 0`` trains each fold's model on a random half of that fold's training
sites (whole sites, drawn anew for each fold, seed and draw) and scores the same test folds: a
learning curve, how much F1 more tuning data buys. With ``--score`` or ``--pho`` it trains the
one model on that share of the other files' sites and scores the named files whole (the learning
curve on the measure that predicts held-out).

``--paraphrase-dir DIR`` (by default tests/data/advisor-paraphrase, when it exists) adds the
synthetic rows of DIR's *.csv to training at ``--paraphrase-weight`` (0: none): real tune rows
reworded by hand, each naming the row it rewords (``paraphrase:tune-x.csv:12``). They are never
scored, and a model trains on a paraphrase only when it trains on the row it rewords, so no
rewording of a scored row (or of its site's rows) is ever in that row's model.

Held-out files (``holdout`` in the name) are refused, like the trainer refuses them.
"""

from __future__ import annotations

import argparse
import csv
import functools
import random
import re
import sys
import tomllib
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))

import train_advisor  # noqa: E402

from planner.advisor.model import (  # noqa: E402
    FORMAT,
    LEXICON_FILE,
    THRESHOLD,
    UNSURE,
    Model,
    read_lexicon,
)
from planner.advisor.reading import read  # noqa: E402
from planner.advisor.verdict import DELEGABLE, assessment, judge  # noqa: E402
from planner.advisor.vocabulary import Vocabulary  # noqa: E402

REAL = ROOT / "tests" / "data" / "advisor-real"
SUFFIX_FILE = ROOT / "packaging" / "public-suffixes.txt"
# Blog hosts where each user's subdomain is their own site but that the Public Suffix List does
# not name (it names blogspot.com and github.io): treated as public suffixes too.
SHARED_HOSTS = ("medium.com", "wordpress.com", "substack.com")

Row = dict[str, str]
T = TypeVar("T")


class Suffixes:
    """Public suffix rules (the Public Suffix List's syntax): a rule ``org.au`` makes
    ``org.au`` a suffix, ``*.ck`` makes every ``X.ck`` one, ``!www.ck`` is the exception to it;
    any top-level domain is a suffix without a rule."""

    def __init__(self, rules: Iterable[str]) -> None:
        self.rules: set[str] = set()
        self.wild: set[str] = set()
        self.exceptions: set[str] = set()
        for line in rules:
            rule = line.strip().casefold()
            if not rule or rule.startswith("#"):
                continue
            if rule.startswith("!"):
                self.exceptions.add(rule[1:])
            elif rule.startswith("*."):
                self.wild.add(rule[2:])
            else:
                self.rules.add(rule)

    def suffix_length(self, labels: list[str]) -> int:
        """How many of the host's last labels are its public suffix (the longest rule that
        matches, an exception one label shorter than its wildcard)."""
        for n in range(len(labels), 1, -1):
            name = ".".join(labels[-n:])
            if name in self.exceptions:
                return n - 1
            if name in self.rules or ".".join(labels[-n + 1 :]) in self.wild:
                return n
        return 1

    def registered_domain(self, host: str) -> str:
        """The host's public suffix and one label before it (the whole host when it is no
        longer than its suffix, or an IP address)."""
        host = host.strip(".").casefold()
        if ":" in host or host.replace(".", "").isdigit():
            return host
        labels = host.split(".")
        return ".".join(labels[-min(len(labels), self.suffix_length(labels) + 1) :])


@functools.cache
def read_suffixes(path: Path = SUFFIX_FILE) -> Suffixes:
    """The checked-in list, with the SHARED_HOSTS (read once)."""
    with path.open(encoding="utf-8") as fh:
        return Suffixes([*fh, *SHARED_HOSTS])


SUFFIX_HEADER = """\
# Public suffixes of two or more labels: where a registered domain is more than the host's last
# two labels (org.au, co.uk, ac.uk, co.nz, ...) or where each subdomain is someone else's site
# (blogspot.com, github.io, pages.dev, ...). packaging/cv_advisor.py groups the tuning rows by site
# with it (site()); it is read by that tool only, never by the app. Syntax of the Public Suffix
# List: a line is a suffix, "*." matches any one label, "!" marks an exception to a "*." rule.
# One-label rules are left out (any top-level domain is a suffix without one); a rule in Unicode
# is followed by its ASCII (IDNA) form.
#
# Made from the Public Suffix List as Debian 12 ships it (package publicsuffix 20230209.2326-1) by
#   packaging/cv_advisor.py --write-suffixes /usr/share/publicsuffix/public_suffix_list.dat
# (the rules of its ICANN and PRIVATE sections, in its order, comments left out).
# This list is subject to the terms of the Mozilla Public License, v. 2.0
# (https://mozilla.org/MPL/2.0/); the Public Suffix List: https://publicsuffix.org/.
"""


def suffix_rules(psl: str) -> list[str]:
    """The rules of two or more labels in a Public Suffix List file's text, lower-cased, each
    rule in Unicode followed by its IDNA form, without repeats."""
    out: dict[str, None] = {}
    for line in psl.splitlines():
        rule = line.strip().split(" ", 1)[0].casefold()
        if not rule or rule.startswith("//") or "." not in rule:
            continue
        out[rule] = None
        if not rule.isascii():
            mark = "!" if rule.startswith("!") else ""
            labels = rule.removeprefix("!").split(".")
            try:
                ascii_labels = [x if x == "*" else x.encode("idna").decode("ascii") for x in labels]
            except UnicodeError:
                continue
            out[mark + ".".join(ascii_labels)] = None
    return list(out)


def site(source: str) -> str:
    """The group a source belongs to: a site (a registered domain) or a repository."""
    source = source.strip()
    if "://" not in source:
        return source.split(":", 1)[0].split(" ", 1)[0].casefold()  # owner/repo path
    host = (urlparse(source).hostname or source).casefold()
    return read_suffixes().registered_domain(host)


def _rows_with_lines(f: Path) -> Iterable[Row]:
    """A CSV file's rows, each with its ``file`` and the ``line`` it starts on (the header is
    line 1), refusing a held-out file."""
    if "holdout" in f.name:
        raise SystemExit(f"refusing to read a held-out file: {f}")
    with f.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames is None:  # an empty file (reading the header counts its lines)
            return
        start = reader.line_num + 1
        for row in reader:
            row["file"], row["line"] = f.name, str(start)
            start = reader.line_num + 1
            yield row


def real_rows(files: Iterable[Path]) -> list[Row]:
    rows: list[Row] = []
    for f in files:
        for row in _rows_with_lines(f):
            row["site"] = site(row["source"])
            rows.append(row)
    return rows


def paraphrase_rows(folder: Path) -> list[Row]:
    """The synthetic rows of ``folder``'s *.csv (none when it does not exist), each with the
    ``origin`` it rewords (``tune-x.csv:12``, :func:`origin_key`)."""
    rows: list[Row] = []
    for f in train_advisor.paraphrase_files(folder):
        for row in _rows_with_lines(f):
            file, line = train_advisor.paraphrase_origin(
                row.get("source") or "", f"{f}:{row['line']}"
            )
            row["origin"] = f"{file}:{line}"
            rows.append(row)
    return rows


def origin_key(row: Row) -> str:
    """A real row's name as a paraphrase's ``origin`` gives it: its file and line."""
    return f"{row['file']}:{row['line']}"


def folds_of(rows: list[Row], k: int, seed: int = 0) -> list[int]:
    """Each row's fold: whole sites, shuffled with a fixed seed, each to the smallest fold."""
    sizes: dict[str, int] = defaultdict(int)
    for r in rows:
        sizes[r["site"]] += 1
    sites = sorted(sizes)
    random.Random(seed).shuffle(sites)
    sites.sort(key=lambda s: -sizes[s])
    fold_rows = [0] * k
    fold_of: dict[str, int] = {}
    for s in sites:
        f = min(range(k), key=lambda i: fold_rows[i])
        fold_of[s] = f
        fold_rows[f] += sizes[s]
    return [fold_of[r["site"]] for r in rows]


def share_of_sites(rows: list[Row], share: float, draw: str) -> list[Row]:
    """The rows of a random ``share`` of the rows' sites (whole sites, at least one), the same
    for the same ``draw``."""
    if share >= 1.0:
        return rows
    sites = sorted({r["site"] for r in rows})
    random.Random(draw).shuffle(sites)
    keep = set(sites[: max(1, round(share * len(sites)))])
    return [r for r in rows if r["site"] in keep]


def score_split(
    files: list[Path], target: list[Path], share: float = 1.0, draw: int = 0
) -> tuple[list[Row], list[Row]]:
    """``--score``'s rows: the training rows (every tune file but ``target``; with ``share``
    below 1, the rows of that share of their sites, drawn by :func:`share_of_sites`, the same
    for the same ``draw``) and the rows to score (all of ``target``'s, whatever the share)."""
    train_rows = real_rows(f for f in files if f not in target)
    return share_of_sites(train_rows, share, f"score-{draw}"), real_rows(target)


HELD_OUT_ORIGIN = train_advisor.HELD_OUT_ORIGIN  # a former held-out file's name
PHO_FILES = 8  # the pseudo-held-out set: the last eight held-out files renamed (two sessions)


def held_out_order(name: str) -> tuple[int, str, int] | None:
    """Where a former held-out file comes in the order of renaming (None for a file that was
    never held out): its collection's letters, shorter first ("z" before "aa"), then its digit."""
    found = HELD_OUT_ORIGIN.fullmatch(name)
    if found is None:
        return None
    letters, digit = found.groups()
    return (len(letters), letters, int(digit or 0))


def latest_held_out(files: list[Path], n: int) -> list[Path]:
    """The last ``n`` former held-out files renamed (the newest last)."""
    if n < 1:
        raise SystemExit("--pho needs at least one file")
    keyed = [(k, f) for f in files if (k := held_out_order(f.name)) is not None]
    if len(keyed) < n:
        raise SystemExit(f"only {len(keyed)} former held-out files, not {n}")
    return [f for _, f in sorted(keyed)[-n:]]


def origin_of(files: list[Path]) -> Callable[[Row], str]:
    """A row's group in the report ``by origin``: one of the pseudo-held-out files
    (:data:`PHO_FILES`, :func:`latest_held_out`) or an older tune file."""
    latest = {f.name for f in latest_held_out(files, PHO_FILES)}

    def origin(row: Row) -> str:
        return f"last {PHO_FILES} held-out files" if row["file"] in latest else "older tune files"

    return origin


def with_their_rows(paraphrases: Iterable[tuple[str, T]], train_rows: list[Row]) -> list[T]:
    """The paraphrases (each an ``origin`` and what to train on) that reword one of the
    ``train_rows``: a model never trains on a rewording of a row it scores."""
    trained = {origin_key(r) for r in train_rows}
    return [x for origin, x in paraphrases if origin in trained]


def note_paraphrases(paraphrases: list[Row], rows: list[Row], folder: Path) -> None:
    """Say how many synthetic rows were read, at what weight, and which of them reword no tune
    row (never trained on) or give their row another label."""
    by_key = {origin_key(r): r for r in rows}
    weight = train_advisor.PARAPHRASE_WEIGHT
    print(f"paraphrases: {len(paraphrases)} synthetic rows from {folder} at weight {weight:g}")
    lost = [p for p in paraphrases if p["origin"] not in by_key]
    if lost:
        print(f"note: {len(lost)} reword no tune row: {', '.join(p['origin'] for p in lost[:8])}")
    other = [
        p
        for p in paraphrases
        if p["origin"] in by_key
        and by_key[p["origin"]]["relationship_building"] != p["relationship_building"]
    ]
    if other:
        names = ", ".join(f"{p['file']}:{p['line']}" for p in other[:8])
        print(f"note: {len(other)} give their row another label: {names}")


def named_files(names: str, files: list[Path]) -> list[Path]:
    """The tune files named in ``names`` (comma-separated), refusing a name that is not one."""
    by_name = {f.name: f for f in files}
    wanted = [n.strip() for n in names.split(",") if n.strip()]
    missing = [n for n in wanted if n not in by_name]
    if missing or not wanted:
        raise SystemExit(f"no tune file named {', '.join(missing) or repr(names)}")
    return [by_name[n] for n in wanted]


class Setup:
    def __init__(self, bag_seed: int | None = None, paraphrases: Iterable[Row] = ()) -> None:
        """``bag_seed``: the first seed of the trainer's bags (:func:`train_advisor.train`;
        None: the trainer's own, the shipped model's); another seed measures how much a figure
        owes to the model's own variance rather than to a change. ``paraphrases``: synthetic
        rows (:func:`paraphrase_rows`), each trained on at PARAPHRASE_WEIGHT by a model that
        trains on the row it rewords."""
        self.bag_seed = bag_seed
        rules = ROOT / "resources" / "rules"
        self.words = tomllib.loads((rules / "advisor-words.toml").read_text(encoding="utf-8"))
        self.lexicon = read_lexicon((rules / LEXICON_FILE).read_bytes())
        self.vocab = Vocabulary(self.words, self.lexicon)
        per_model = ("advisor-real", train_advisor.PARAPHRASE_DIR)  # chosen for each model
        fixed = [f for f in train_advisor.training_files() if f.parent.name not in per_model]
        self.fixed = train_advisor.load_rows(fixed)
        self.fixed_examples = train_advisor.examples_for(self.vocab, self.fixed)
        weight = train_advisor.PARAPHRASE_WEIGHT
        para = [
            (r["text"], r["relationship_building"] == "1", weight, r["file"]) for r in paraphrases
        ]
        examples = train_advisor.examples_for(self.vocab, para)
        self.paraphrases = list(zip([r["origin"] for r in paraphrases], examples, strict=True))
        self.paraphrases_used = 0  # by the last model

    def model(self, train_rows: list[Row]) -> Model:
        real = [
            (
                r["text"],
                r["relationship_building"] == "1",
                train_advisor.real_weight(r["file"]),
                r["file"],
            )
            for r in train_rows
        ]
        examples = self.fixed_examples + train_advisor.examples_for(self.vocab, real)
        extra = with_their_rows(self.paraphrases, train_rows)
        self.paraphrases_used = len(extra)
        examples += extra
        if self.bag_seed is None:
            weights = train_advisor.train(examples, epochs=train_advisor.EPOCHS)
        else:
            weights = train_advisor.train(examples, epochs=train_advisor.EPOCHS, seed=self.bag_seed)
        data: dict[str, Any] = {
            "format": FORMAT,
            "threshold": THRESHOLD,
            "unsure": UNSURE,
        }
        data.update(weights=weights, words=self.words)
        return Model(data, self.lexicon)


Result = tuple[Row, bool, str, str]  # row, predicted relationship, kind, explanation
# a false alarm's cause: the family of the reason shown (before the explanation's " :: ")
_CAUSE = re.compile(r"^\[(\w*)\]")


def score_rows(m: Model, rows: list[Row]) -> list[Result]:
    out: list[Result] = []
    for r in rows:
        j = judge(m, r["text"])
        readings = read(m.vocab, r["text"])
        best = max(readings, key=m.score)
        top = [f"{w:+.2f} {f}" for w, f in m.explain(best) if abs(w) >= 0.3][:6]
        shown = assessment(m, j).reason
        why = f"[{j.family}] {shown}\n     score {m.score(best):+.2f} {best!r} :: " + "; ".join(top)
        out.append((r, j.kind == "relationship", j.kind, why))
    return out


def pr(results: list[Result]) -> tuple[float, float, int, int, int]:
    tp = sum(1 for r, p, _, _ in results if p and r["relationship_building"] == "1")
    fp = sum(1 for r, p, _, _ in results if p and r["relationship_building"] == "0")
    fn = sum(1 for r, p, _, _ in results if not p and r["relationship_building"] == "1")
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return prec, rec, tp, fp, fn


def of_family(results: list[Result], family: str) -> list[Result]:
    """The results on one family's rows (``--family``), refusing a family no row has."""
    part = [x for x in results if x[0]["family"] == family]
    if not part:
        names = ", ".join(sorted({x[0]["family"] for x in results}))
        raise SystemExit(f"no scored row of family {family!r} (families: {names})")
    return part


def causes(results: list[Result]) -> list[tuple[int, str]]:
    """The errors tallied by cause, most first: a false alarm by the family of the reason it
    showed (``FP reply``), a miss by the kind it was given (``FN admin``)."""
    tally: dict[str, int] = defaultdict(int)
    for r, p, kind, why in results:
        if p and r["relationship_building"] == "0":
            found = _CAUSE.match(why)
            tally[f"FP {found.group(1) if found else '?'}"] += 1
        elif not p and r["relationship_building"] == "1":
            tally[f"FN {kind}"] += 1
    return sorted(((n, c) for c, n in tally.items()), key=lambda x: (-x[0], x[1]))


def report(results: list[Result], by: Callable[[Row], str], title: str) -> None:
    print(f"\n{title}")
    print(f"{'group':28} {'rows':>5} {'P':>6} {'R':>6} {'F1':>6}  tp/fp/fn  cd-on-rel cd-on-neg")
    groups: dict[str, list[Result]] = defaultdict(list)
    for res in results:
        groups[by(res[0])].append(res)
    for name in [*sorted(groups), "ALL"]:
        part = results if name == "ALL" else groups[name]
        p, r, tp, fp, fn = pr(part)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        rel = [x for x in part if x[0]["relationship_building"] == "1"]
        cd = sum(1 for x in rel if x[2] in DELEGABLE)
        neg = [x for x in part if x[0]["relationship_building"] == "0"]
        cdn = sum(1 for x in neg if x[2] in DELEGABLE)
        print(
            f"{name:28} {len(part):5} {p:6.3f} {r:6.3f} {f1:6.3f}  {tp}/{fp}/{fn}"
            f"  {cd}/{len(rel)}  {cdn}/{len(neg)}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--errors", action="store_true")
    parser.add_argument(
        "--score", help="train on the other tune files, score this one (or these, comma-separated)"
    )
    parser.add_argument(
        "--pho",
        type=int,
        metavar="N",
        help="score the last N tune files of held-out origin, trained on the rest (like --score)",
    )
    parser.add_argument(
        "--train-share",
        type=float,
        default=1.0,
        help="train each model on this share of its training sites (a learning curve)",
    )
    parser.add_argument("--draw", type=int, default=0, help="which random share (--train-share)")
    parser.add_argument("--l2", type=float, default=train_advisor.L2)
    parser.add_argument("--epochs", type=int, default=train_advisor.EPOCHS)
    parser.add_argument("--rate", type=float, default=train_advisor.RATE)
    parser.add_argument("--bags", type=int, default=train_advisor.BAGS)
    parser.add_argument("--real-weight", type=float, default=train_advisor.REAL_WEIGHT)
    parser.add_argument(
        "--held-out-weight",
        type=float,
        default=train_advisor.HELD_OUT_WEIGHT,
        help="weight of a former held-out file's rows (times --real-weight)",
    )
    parser.add_argument(
        "--older-weight",
        type=float,
        default=train_advisor.OLDER_WEIGHT,
        help="weight of an older tune file's rows (times --real-weight)",
    )
    parser.add_argument(
        "--paraphrase-dir",
        type=Path,
        default=train_advisor.DATA / train_advisor.PARAPHRASE_DIR,
        help="train on the synthetic rows of this folder's *.csv too (each only with the row"
        " it rewords; never scored)",
    )
    parser.add_argument(
        "--paraphrase-weight",
        type=float,
        default=train_advisor.PARAPHRASE_WEIGHT,
        help="weight of a synthetic row (not times --real-weight); 0: none",
    )
    parser.add_argument(
        "--bag-seed",
        type=int,
        help="the trainer's first bag seed (by default the trainer's own, the shipped model's):"
        " run a few to see the model's own variance",
    )
    parser.add_argument(
        "--family", help="narrow the report by file and the errors to this family, with causes"
    )
    parser.add_argument(
        "--sweep", help="also report P/R at these thresholds (comma-separated), same folds"
    )
    parser.add_argument(
        "--write-suffixes",
        metavar="PSL",
        type=Path,
        help=f"remake {SUFFIX_FILE.name} from this Public Suffix List file, and stop",
    )
    args = parser.parse_args(argv)
    if args.write_suffixes:
        rules = suffix_rules(args.write_suffixes.read_text(encoding="utf-8"))
        SUFFIX_FILE.write_text(SUFFIX_HEADER + "".join(r + "\n" for r in rules), encoding="utf-8")
        print(f"{SUFFIX_FILE}: {len(rules)} rules")
        return 0
    train_advisor.REAL_WEIGHT = args.real_weight
    train_advisor.HELD_OUT_WEIGHT = args.held_out_weight
    train_advisor.OLDER_WEIGHT = args.older_weight
    train_advisor.L2, train_advisor.RATE = args.l2, args.rate
    train_advisor.EPOCHS, train_advisor.BAGS = args.epochs, args.bags
    train_advisor.PARAPHRASE_WEIGHT = args.paraphrase_weight
    files = sorted(REAL.glob("tune-*.csv"))
    paraphrases = paraphrase_rows(args.paraphrase_dir) if args.paraphrase_weight > 0 else []
    if paraphrases:
        note_paraphrases(paraphrases, real_rows(files), args.paraphrase_dir)
    setup = Setup(args.bag_seed, paraphrases)
    results: list[Result] = []
    scored: list[tuple[Model, list[Row]]] = []  # each model with the rows it scored
    if args.pho:
        args.score = ",".join(f.name for f in latest_held_out(files, args.pho))
        print(f"pseudo-held-out: {args.score}")
    if args.score:
        target = named_files(args.score, files)
        train_rows, test_rows = score_split(files, target, args.train_share, args.draw)
        if args.train_share < 1.0:
            sites = len({r["site"] for r in train_rows})
            share = f"{args.train_share:.0%}"
            print(f"trained on {share} of the training sites ({sites}), draw {args.draw}")
        train_sites = {r["site"] for r in train_rows}
        shared = sorted({r["site"] for r in test_rows} & train_sites)
        if shared:
            print(f"note: {len(shared)} site(s) also in training: {', '.join(shared[:8])}")
        scored.append((setup.model(train_rows), test_rows))
        results = score_rows(*scored[-1])
        if paraphrases:
            print(f"trained on {setup.paraphrases_used} of the paraphrases")
    else:
        rows = real_rows(files)
        folds = folds_of(rows, args.folds, args.seed)
        if args.train_share < 1.0:
            share = f"{args.train_share:.0%}"
            print(f"each fold trained on {share} of its training sites, draw {args.draw}")
        for k in range(args.folds):
            train_rows = [r for r, f in zip(rows, folds, strict=True) if f != k]
            draw = f"{args.seed}-{k}-{args.draw}"  # a new draw for each fold and seed
            train_rows = share_of_sites(train_rows, args.train_share, draw)
            test_rows = [r for r, f in zip(rows, folds, strict=True) if f == k]
            scored.append((setup.model(train_rows), test_rows))
            results.extend(score_rows(*scored[-1]))
            if paraphrases:
                print(f"fold {k}: trained on {setup.paraphrases_used} of the paraphrases")
    if args.sweep:
        print("\nthreshold sweep (out of fold)")
        for t in (float(x) for x in args.sweep.split(",")):
            swept: list[Result] = []
            for m, test_rows in scored:
                m.threshold = t
                swept.extend(score_rows(m, test_rows))
            prec, rec, *_ = pr(swept)
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            print(f"  threshold {t:+.2f}: P {prec:.3f} R {rec:.3f} F1 {f1:.3f}")
    report(results, lambda r: r["family"], "by family")
    if not args.score:
        report(results, origin_of(files), "by origin")
    if args.family:
        results = of_family(results, args.family)
        print(f"\n{args.family}: errors by cause")
        for n, cause in causes(results):
            print(f"  {n:4} {cause}")
    report(results, lambda r: r["file"], "by file")
    if args.errors:
        print("\nerrors (label, predicted kind, family, text, reading)")
        for r, p, kind, why in sorted(results, key=lambda x: (x[0]["family"], x[1])):
            if p != (r["relationship_building"] == "1"):
                lab = "FN" if r["relationship_building"] == "1" else "FP"
                print(f"{lab} [{kind}] {r['family']}: {r['text']}\n     {r['why']}\n     {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
