"""Benchmark of the relationship-building advisor (planner/advisor/); a plain script, not a test.

Run from the repository root::

    python tests/benchmarks/bench_advisor.py [--tasks 10000] [--runs 7] [--check]

It assesses 10,000 distinct task titles, built by combining verbs, objects and endings so that
every call does the full work (no title repeats; only the per-word look-ups are shared, as in
the running app). Each figure is compared with baselines measured in the same run over the same
titles: a plain ``str.lower().split()`` loop, and one precompiled regex search per title (what a
keyword list costs). Goal: 10,000 distinct titles in under 100 ms.

The machine is shared, so both wall-clock and process CPU time are shown (median and best of
several runs); CPU time is the fairer figure when other jobs compete for the cores.

It also reports the start-up cost, measured in fresh interpreters: importing ``planner.rules``
(which reads nothing) and the first ``assess`` call (which reads the advisor's two JSON data
files: word classes and weights, and the WordNet classes, read a group at a time as needed).
"""

from __future__ import annotations

import argparse
import itertools
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from planner import rules

GOAL_MS = 100.0

VERBS = (
    "Reply to",
    "Replying to",
    "Respond to",
    "Answer",
    "Thank",
    "Send a DM to",
    "Send a thank-you card to",
    "Follow up with",
    "Check in with",
    "Approve",
    "Accept",
    "Comment on",
    "Chat with",
    "Meet",
    "Call",
    "Email",
    "Schedule",
    "Research",
    "Organise",
    "Edit",
    "Transcribe",
    "Upload",
    "Update",
    "Book",
    "Invoice",
    "Draft",
    "Compile a list of",
    "Find",
    "Design",
    "Set up",
    "Buy",
    "Ghostwrite",
)
OBJECTS = (
    "comments",
    "new followers",
    "the newsletter",
    "a client",
    "prospects",
    "blog posts",
    "the podcast episode",
    "friend requests",
    "my readers",
    "the CRM",
    "a networking breakfast",
    "invoices",
    "LinkedIn invitations",
    "past customers",
    "show notes",
    "a referral partner",
    "the venue",
    "subscribers",
    "community members",
    "the sales page",
)
ENDINGS = (
    "on Instagram",
    "on LinkedIn",
    "for me to review",
    "every Monday",
    "in my Facebook group",
    "on YouTube",
    "by Friday",
    "in Slack",
    "via email",
    "on Discord",
    "this week",
    "for the launch",
    "before my calls",
    "so I can reply",
    "with a personal note",
    "for my approval",
    "after the webinar",
    "in the newsletter",
)
KEYWORDS = re.compile(
    r"\b(?:repl|respond|answer|thank|dm|follow(?:ing)? up|approv|accept|comment|chat|meet|call)\w*",
    re.IGNORECASE,
)


def make_titles(count: int) -> list[str]:
    """``count`` distinct titles; past the combinations, a task number keeps them distinct."""
    combos = [f"{v} {o} {e}" for v, o, e in itertools.product(VERBS, OBJECTS, ENDINGS)]
    titles = combos[:count]
    n = 0
    while len(titles) < count:
        titles.append(f"{combos[n % len(combos)]} #{n}")
        n += 1
    assert len(set(titles)) == count
    return titles


def measure(action: Callable[[], object], runs: int) -> dict[str, float]:
    """Median and best wall-clock and CPU milliseconds over ``runs`` runs."""
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        action()
        cpu.append((time.process_time() - c0) * 1000)
        wall.append((time.perf_counter() - w0) * 1000)
    return {
        "wall": statistics.median(wall),
        "wall_best": min(wall),
        "cpu": statistics.median(cpu),
        "cpu_best": min(cpu),
    }


STARTUP_CODE = """
import time
t0 = time.perf_counter()
import planner.rules as rules
t1 = time.perf_counter()
rules.assess("Reply to comments on my blog")
t2 = time.perf_counter()
print((t1 - t0) * 1000, (t2 - t1) * 1000)
"""


def startup(runs: int) -> tuple[float, float]:
    """Best import and first-call milliseconds over ``runs`` fresh interpreters."""
    root = Path(__file__).resolve().parents[2]
    imports: list[float] = []
    firsts: list[float] = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", STARTUP_CODE],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        imports.append(float(out[0]))
        firsts.append(float(out[1]))
    return min(imports), min(firsts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--check", action="store_true", help="exit 1 when the goal is missed")
    args = parser.parse_args(argv)
    titles = make_titles(args.tasks)
    assess = rules.assess

    def split_all() -> None:
        for title in titles:
            title.lower().split()

    def regex_all() -> None:
        search = KEYWORDS.search
        for title in titles:
            search(title)

    def distinct() -> None:
        assess.cache_clear()
        for title in titles:
            assess(title)

    def cached() -> None:
        for title in titles:
            assess(title)

    first = measure(distinct, 1)  # the very first pass also fills the per-word look-ups
    results = {
        "baseline: lower+split": measure(split_all, args.runs),
        "baseline: one regex search": measure(regex_all, args.runs),
        "advisor, distinct titles": measure(distinct, args.runs),
        "advisor, cached (same titles again)": measure(cached, args.runs),
    }
    split_cpu = results["baseline: lower+split"]["cpu"]
    regex_cpu = results["baseline: one regex search"]["cpu"]
    positives = sum(assess(t).relationship_building for t in titles)

    print(f"{len(titles):,} distinct titles, {positives:,} relationship-building; {args.runs} runs")
    print(
        f"{'':38} {'wall ms':>9} {'(best)':>8} {'cpu ms':>9} {'(best)':>8}"
        f" {'/split':>7} {'/regex':>7}"
    )
    for name, r in results.items():
        print(
            f"{name:38} {r['wall']:9.1f} {r['wall_best']:8.1f} {r['cpu']:9.1f} {r['cpu_best']:8.1f}"
            f" {r['cpu'] / split_cpu:6.1f}x {r['cpu'] / regex_cpu:6.1f}x"
        )
    print(f"{'advisor, first pass (cold word cache)':38} {first['wall']:9.1f}")
    per_task = results["advisor, distinct titles"]["cpu"] / len(titles) * 1000
    best_ms = min(
        results["advisor, distinct titles"]["cpu"], results["advisor, distinct titles"]["wall"]
    )
    scaled = best_ms * 10_000 / len(titles)
    ok = scaled < GOAL_MS
    print(
        f"per task: {per_task:.1f} µs; goal: 10,000 distinct titles < {GOAL_MS:.0f} ms -> "
        f"{scaled:.1f} ms ({'met' if ok else 'MISSED'})"
    )
    import_ms, first_ms = startup(3)
    print(
        f"start-up (best of 3 fresh interpreters): import planner.rules {import_ms:.1f} ms, "
        f"first assess (reads the data files) {first_ms:.1f} ms"
    )
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    raise SystemExit(main())
