"""Benchmark of the CSV export and import (a plain script, not collected by pytest).

Run from the repository root: ``python tests/benchmarks/bench_csv.py [--tasks 10000]``.

Export is compared with a baseline: the ``csv`` module writing the very same rows from a list
already in memory, so the ratio is the cost of reading the board and asking the advisor
(cached) per row. The target is a ratio of about 3 or less with a warm advice cache.
"""

from __future__ import annotations

import argparse
import csv
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from planner import advice
from planner.csv_export import export_bytes, export_csv
from planner.csv_import import import_csv, read_csv
from planner.model import COLUMNS, Relationship, TaskChanges
from planner.plan import NewTask, Plan

WORDS = (
    "Reply to comments on my blog",
    "Update the bookkeeping",
    "Call new leads back",
    "Schedule social posts",
    "Thank clients after a project",
    "=SUM(A1) report",
    "Renew the domain name",
    'Write the newsletter, "weekly"',
)


def build(plan: Plan, count: int) -> None:
    tasks = []
    for i in range(count):
        extra = TaskChanges(frequency="weekly" if i % 4 else "")
        if i % 7 == 0:
            extra = extra.merged(TaskChanges(relationship=Relationship.YES))
        if i % 21 == 0:
            extra = extra.merged(
                TaskChanges(accepted=True, accept_note="on purpose" if i % 2 else "")
            )
        tasks.append(
            NewTask(
                title=f"{WORDS[i % len(WORDS)]} #{i}",
                column=COLUMNS[i % 3],
                notes=f"note {i}\nsecond line, with comma" if i % 3 == 0 else "",
                hours_per_week=(i % 40) / 4 or None,
                extra=extra,
            )
        )
    plan.add_many(tasks)


def best(func: Callable[[], object], repeat: int = 7) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by the machine)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def median(func: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with Plan.open(root / "bench.dplan", create=True) as plan:
            build(plan, args.tasks)
            advice.assessment.cache_clear()
            start = time.perf_counter()
            data = export_bytes(plan)
            cold = time.perf_counter() - start

            rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))

            def baseline() -> bytes:
                buffer = io.StringIO()
                buffer.write("\ufeff")
                csv.writer(buffer, lineterminator="\r\n").writerows(rows)
                return buffer.getvalue().encode("utf-8")

            assert baseline() == data, "the baseline must write the very same bytes"

            def baseline_file() -> None:
                with (root / "baseline.csv").open("w", encoding="utf-8-sig", newline="") as f:
                    csv.writer(f, lineterminator="\r\n").writerows(rows)

            base = best(baseline)
            ours = best(lambda: export_bytes(plan))
            base_file = best(baseline_file)
            ours_file = best(lambda: export_csv(plan, root / "export.csv"))

        source = root / "export.csv"

        def fresh_import() -> None:
            target = root / "import.dplan"
            for leftover in root.glob("import.dplan*"):
                leftover.unlink()
            with Plan.open(target, create=True) as fresh:
                import_csv(fresh, source)

        read_time = median(lambda: read_csv(source))
        import_time = median(fresh_import)

    n = args.tasks
    print(f"{n} tasks, {len(data) / 1e6:.2f} MB of CSV")
    print(f"export, cold advice cache (first export):  {cold * 1e3:8.1f} ms")
    print(f"csv module, same rows from memory:         {base * 1e3:8.1f} ms")
    print(
        f"export_bytes, warm cache:                  {ours * 1e3:8.1f} ms  ratio {ours / base:.2f}"
    )
    print(f"csv module to a file:                      {base_file * 1e3:8.1f} ms")
    print(
        f"export_csv (atomic, fsync):                {ours_file * 1e3:8.1f} ms"
        f"  ratio {ours_file / base_file:.2f}"
    )
    print(f"read_csv (validate only):                  {read_time * 1e3:8.1f} ms")
    print(f"import_csv into a new plan:                {import_time * 1e3:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
