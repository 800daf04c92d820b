"""Benchmark of the VA brief (a plain script, not collected by pytest).

Run from the repository root: ``python tests/benchmarks/bench_brief.py [--tasks 10000]``.

Each format is timed against a baseline measured in the same run, interleaved: the CSV export
of the very same plan (which reads the same board and asks the same advisor). Printed: the
median time of each, the ratio to the CSV, and the size (and, for the PDF, the pages) of the
file. The brief's content is built once per format run, from the plan, as the CLI does.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from planner.brief import BriefFormat, BriefSettings, Paper, build_brief, render
from planner.csv_export import export_bytes
from planner.model import COLUMNS, Relationship, TaskChanges
from planner.plan import NewTask, Plan

TITLES = (
    "Reply to comments on my blog",
    "Update the bookkeeping",
    "Format the weekly newsletter and schedule it for Tuesday morning",
    "Thank clients after a project",
    "Renew the domain name",
    "Research podcasts that take guests in my niche",
)


def build(plan: Plan, count: int) -> None:
    tasks = []
    for i in range(count):
        extra = TaskChanges(
            frequency="weekly" if i % 4 else "monthly",
            relationship=Relationship.YES if i % 7 == 0 else Relationship.AUTO,
        )
        if i % 5 == 0:
            extra = extra.merged(
                TaskChanges(
                    steps=tuple(f"Step {n} of task {i}: open, check, file" for n in range(6)),
                    done_when="The file is in the shared folder and the owner has a link",
                    needs_approval=i % 10 == 0,
                )
            )
        tasks.append(
            NewTask(
                title=f"{TITLES[i % len(TITLES)]} #{i}",
                column=COLUMNS[i % 3],
                notes=f"Notes for {i}.\nSecond line with more words." if i % 3 == 0 else "",
                hours_per_week=(i % 40) / 4 or None,
                extra=extra,
            )
        )
    plan.add_many(tasks)


def make(plan: Plan, settings: BriefSettings, kind: BriefFormat) -> bytes:
    """The brief's file bytes, built from the plan as the command line does."""
    return render(build_brief(plan, settings), kind, Paper.A4)


def timed(work: Callable[[], bytes]) -> tuple[float, bytes]:
    start = time.perf_counter()
    data = work()
    return time.perf_counter() - start, data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    settings = BriefSettings(va_rate=25, owner_rate=90, currency="€")
    with tempfile.TemporaryDirectory() as folder:
        plan = Plan.open(Path(folder) / "bench.dplan", create=True)
        build(plan, args.tasks)
        runs: dict[str, list[float]] = {"csv": [], "md": [], "html": [], "pdf": []}
        sizes: dict[str, int] = {}
        pdf = b""
        for _ in range(args.rounds):
            seconds, data = timed(lambda: export_bytes(plan))
            runs["csv"].append(seconds)
            sizes["csv"] = len(data)
            for name, kind in (
                ("md", BriefFormat.MARKDOWN),
                ("html", BriefFormat.HTML),
                ("pdf", BriefFormat.PDF),
            ):
                seconds, data = timed(partial(make, plan, settings, kind))
                runs[name].append(seconds)
                sizes[name] = len(data)
                if name == "pdf":
                    pdf = data
        plan.close()
    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    baseline = statistics.median(runs["csv"])
    print(f"{args.tasks} tasks, median of {args.rounds} rounds (baseline: CSV export)")
    for name, values in runs.items():
        median = statistics.median(values)
        extra = f", {pages} pages" if name == "pdf" else ""
        print(
            f"  {name:5} {median * 1000:8.0f} ms  x{median / baseline:5.1f}  "
            f"{sizes[name] / 1024:8.0f} KiB{extra}"
        )


if __name__ == "__main__":
    main()
