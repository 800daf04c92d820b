"""Do two advisors give the same answers? A check for speed work; a plain script, not a test.

Run from the repository root::

    python tests/benchmarks/same_answers.py --against DIR [--compiled]

It assesses every title of every CSV file in ``tests/data`` (the held-out sets left out: only
the lead opens those), each with its row's last cell as notes too, every other cell of those
files, and the benchmark's 10,000 titles (``bench_advisor.make_titles``), with this tree's
advisor and with the advisor of the source tree ``DIR`` (an older checkout, say; loaded beside
this one under another package name, as ``bench_advisor.py --against`` loads it). It compares
every field a person sees (``relationship_building``, ``kind``, ``reason``, ``voice_note``,
``matched``, ``advice``) and the model's score bit for bit, and prints the first differences.
``--compiled`` also compiles a copy of this tree's advisor with mypyc, as the packaged app runs
it, and holds it to this tree's pure answers. Exit status 0 when every answer is the same.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(HERE), str(HERE / "packaging"), str(HERE / "tests" / "benchmarks")]

from advisor_check import texts_and_pairs  # noqa: E402

from tests.benchmarks import bench_advisor  # noqa: E402

Answer = tuple[Any, ...]


def cases() -> list[tuple[str, str]]:
    """(title, notes) to assess: every cell of the data files alone, each row's first cell
    with its last cell as notes, and the benchmark's titles."""
    texts, pairs = texts_and_pairs(HERE / "tests" / "data")
    known = set(texts)
    texts += [t for t in bench_advisor.make_titles(10_000) if t not in known]
    return [(t, "") for t in texts] + pairs


def answers_of(package: str, todo: list[tuple[str, str]]) -> list[Answer]:
    """Each case's answer from the advisor package ``package`` (as imported)."""
    advisor = importlib.import_module(package)
    model = importlib.import_module(f"{package}.model")
    verdict = importlib.import_module(f"{package}.verdict")
    assess: Callable[..., Any] = advisor.assess
    m = model.shipped()
    out: list[Answer] = []
    for title, notes in todo:
        a = assess(title, notes)
        score = repr(verdict.judge(m, title).score) if not notes else ""
        out.append(
            (
                a.relationship_building,
                str(a.kind),
                a.reason,
                a.voice_note,
                tuple(a.matched),
                a.advice,
                score,
            )
        )
    return out


def compare(
    label: str, todo: list[tuple[str, str]], mine: list[Answer], theirs: list[Answer]
) -> int:
    """Print how many answers differ (and the first few); the count."""
    differ = [(case, a, b) for case, a, b in zip(todo, mine, theirs, strict=True) if a != b]
    for (title, notes), a, b in differ[:10]:
        print(f"  {title!r} (notes {notes[:40]!r}):\n    this tree {a}\n    {label} {b}")
    print(f"{label}: {len(todo) - len(differ):,} of {len(todo):,} answers the same")
    return len(differ)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", type=Path, help="another source tree to compare with")
    parser.add_argument(
        "--compiled", action="store_true", help="also this tree compiled with mypyc"
    )
    args = parser.parse_args(argv)
    todo = cases()
    mine = answers_of("planner.advisor", todo)
    differ = 0
    if args.against is not None:
        bench_advisor.load_tree(args.against.resolve())
        differ += compare("--against", todo, mine, answers_of(bench_advisor.AGAINST, todo))
    if args.compiled:
        bench_advisor.load_compiled(HERE)
        differ += compare("compiled", todo, mine, answers_of(bench_advisor.COMPILED, todo))
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
