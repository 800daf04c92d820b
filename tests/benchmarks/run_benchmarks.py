"""Delegation Planner's speed budgets, each measured against a baseline taken in the same run.

Run from the repository root (not part of the default test run)::

    .venv/bin/python tests/benchmarks/run_benchmarks.py

Prints one table: the figure, its baseline, their ratio, and the goal. Wall-clock figures are
medians of several runs; the machine is shared, so expect a few percent of noise.
"""

from __future__ import annotations

import csv
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QModelIndex, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from planner import advice  # noqa: E402
from planner.csv_export import export_bytes  # noqa: E402
from planner.csv_import import read_csv  # noqa: E402
from planner.model import COLUMNS, Column  # noqa: E402
from planner.plan import NewTask, Plan  # noqa: E402
from planner.rules import assess  # noqa: E402
from planner.starter import starter_tasks  # noqa: E402
from ui.column_view import ColumnView  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.plan_editor import PlanEditor  # noqa: E402

HERE = Path(__file__).resolve().parent


@dataclass
class Row:
    name: str
    value: float
    unit: str
    baseline: float | None
    baseline_name: str
    goal: str
    ok: bool

    @property
    def ratio(self) -> str:
        return f"{self.value / self.baseline:.2f}x" if self.baseline else "-"


def median_time(action: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def make_plan(folder: Path, count: int, name: str) -> Path:
    """A plan of ``count`` tasks spread over the columns, with realistic titles and notes."""
    path = folder / f"{name}.dplan"
    seeds = starter_tasks()
    tasks = []
    for number in range(count):
        seed = seeds[number % len(seeds)]
        column = COLUMNS[number % 3]
        tasks.append(
            NewTask(f"{seed.title} #{number}", column, seed.notes, seed.hours_per_week or 1.0)
        )
    with Plan.open(path, create=True) as plan:
        plan.add_many(tasks)
    return path


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    # Measure the app as users run it: with its compiled bytecode cached, like every installed
    # package (and the PyInstaller bundle). Some shells set this and would recompile each start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        DELEGATION_PLANNER_HOME=str(home / "plans"),
        XDG_CONFIG_HOME=str(home / "config"),
        PYTHONPATH=str(ROOT),
    )
    return env


def run_child(args: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def time_to_paint(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting the process to its ``painted:`` line, and to its exit."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, *args],
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    assert child.stderr is not None
    painted = None
    for line in child.stderr:
        if painted is None and line.startswith("painted:"):
            painted = time.perf_counter() - start
    if child.wait() != 0 or painted is None:
        raise RuntimeError(f"{args} failed or never painted")
    return painted, time.perf_counter() - start


def startup(folder: Path, plans: list[Path | None], rounds: int = 9) -> list[tuple[float, float]]:
    """For each of ``plans`` (None: the bare window), the median time to the painted board and
    the median time to exit (deferred work included). The programs run in interleaved rounds,
    in a rotating order, so a change in the shared machine's load hits them all alike."""
    env = child_env(folder)
    argv = [
        ["-m", "ui.app", "--smoke-test", str(plan)] if plan else [str(HERE / "bare_window.py")]
        for plan in plans
    ]
    for args in argv:
        time_to_paint(args, env)  # warm the file cache
    samples: list[list[tuple[float, float]]] = [[] for _ in plans]
    for number in range(rounds):
        for offset in range(len(plans)):
            which = (number + offset) % len(plans)
            samples[which].append(time_to_paint(argv[which], env))
    return [
        (statistics.median(s[0] for s in runs), statistics.median(s[1] for s in runs))
        for runs in samples
    ]


def resident(folder: Path, plan: Path | None) -> float:
    env = child_env(folder)
    if plan is None:
        out = run_child([str(HERE / "bare_window.py"), "--rss"], env)
    else:
        out = run_child([str(HERE / "app_probe.py"), str(plan), str(folder / "s.ini")], env)
    return int(out.strip().splitlines()[-1]) / 1024


def move_cost(folder: Path, plan_path: Path, moves: int = 200) -> float:
    """Median time of one drop (model -> undo command -> SQLite commit -> row signals)."""
    plan = Plan.open(plan_path)
    editor = PlanEditor(plan)
    window = MainWindow(editor, QSettings(str(folder / "m.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    source, target = window.models[Column.ME], window.models[Column.VA]
    samples = []
    for number in range(moves):
        model_from, model_to = (source, target) if number % 2 == 0 else (target, source)
        row = model_from.rowCount() // 2
        data = model_from.mimeData([model_from.index(row, 0)])
        start = time.perf_counter()
        model_to.dropMimeData(
            data, Qt.DropAction.MoveAction, model_to.rowCount() // 3, 0, QModelIndex()
        )
        samples.append(time.perf_counter() - start)
    window.close()
    editor.detach()
    plan.close()
    return statistics.median(samples)


def settle(view: ColumnView) -> None:
    """Let the list finish its batched layout (it lays out 200 rows per event-loop turn)."""
    stable, last = 0, -1
    while stable < 30:
        QApplication.processEvents()
        maximum = view.verticalScrollBar().maximum()
        stable = stable + 1 if maximum == last else 0
        last = maximum


def paint_cost(folder: Path, plan_path: Path) -> float:
    plan = Plan.open(plan_path, read_only=True)
    editor = PlanEditor(plan)
    from ui.column_model import ColumnModel

    view = ColumnView(ColumnModel(editor, Column.ME))
    view.resize(420, 700)
    view.show()
    settle(view)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    view.viewport().grab()
    cost = median_time(lambda: view.viewport().grab(), 25)
    view.close()
    editor.detach()
    plan.close()
    return cost


def clear_advisor_caches() -> None:
    """Forget every cached assessment so each run assesses all 10,000 titles afresh."""
    for cached in (assess, advice.assessment):
        clear = getattr(cached, "cache_clear", None)
        if clear is not None:
            clear()
    rules = sys.modules["planner.rules"]
    for value in vars(rules).values():
        cache = getattr(value, "cache", None)
        if isinstance(cache, dict):
            cache.clear()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small = make_plan(folder, 60, "sixty")
        hundred = make_plan(folder, 100, "hundred")
        big = make_plan(folder, 10_000, "ten-thousand")
        # tests/benchmarks/startup_phases.py splits these into phases (and CPU time).
        (bare, _), (start_small, exit_small), (start_big, exit_big) = startup(
            folder, [None, small, big]
        )
        rows.append(
            Row(
                "start to painted board, 60 tasks",
                start_small * 1000,
                "ms",
                bare * 1000,
                "bare window",
                "<= 1.5x (stretch 1.25x)",
                start_small <= 1.5 * bare,
            )
        )
        rows.append(
            Row(
                "start to painted board, 10,000 tasks",
                start_big * 1000,
                "ms",
                start_small * 1000,
                "60 tasks",
                "<= 1.5x",
                start_big <= 1.5 * start_small,
            )
        )
        rows.append(
            Row(
                "  (process exit, deferred work done), 60",
                exit_small * 1000,
                "ms",
                None,
                "",
                "info",
                True,
            )
        )
        rows.append(
            Row(
                "  (process exit, deferred work done), 10k",
                exit_big * 1000,
                "ms",
                None,
                "",
                "info",
                True,
            )
        )

        move_small = move_cost(folder, hundred)
        move_big = move_cost(folder, big)
        rows.append(
            Row(
                "drop move, 10,000 tasks",
                move_big * 1000,
                "ms",
                move_small * 1000,
                "100 tasks",
                "<= 1.5x, < 5 ms",
                move_big <= 1.5 * move_small and move_big < 0.005,
            )
        )

        titles = [
            f"{verb} {thing} #{n}"
            for n, (verb, thing) in enumerate(
                (v, t)
                for v in (
                    "Reply to",
                    "Schedule",
                    "Thank",
                    "Research",
                    "Update",
                    "Approve",
                    "Draft",
                    "Book",
                )
                for t in (
                    "blog comments",
                    "the newsletter",
                    "new followers",
                    "the venue",
                    "client invoices",
                    "LinkedIn invitations",
                    "podcast guests",
                    "the CRM",
                    "Facebook group posts",
                    "show notes",
                )
            )
            for _ in range(125)
        ][:10_000]
        titles = [f"{t} {i}" for i, t in enumerate(titles)]
        baseline_assess = median_time(lambda: [t.lower().split() for t in titles], 5)

        def assess_all_uncached() -> None:
            clear_advisor_caches()
            for title in titles:
                assess(title)

        advice_time = median_time(assess_all_uncached, 5)
        rows.append(
            Row(
                "advisor, 10,000 distinct tasks",
                advice_time * 1000,
                "ms",
                baseline_assess * 1000,
                "lower+split",
                "< 100 ms",
                advice_time < 0.1,
            )
        )

        with Plan.open(big, read_only=True) as plan:
            export_bytes(plan)  # warm the advice cache, as the running app has it
            memory_rows = [
                (c.value, str(i + 1), t.title, t.notes, str(t.hours_per_week or ""), "no", "", "")
                for c in COLUMNS
                for i, t in enumerate(plan.board.tasks(c))
            ]

            def baseline_csv() -> bytes:
                out = io.StringIO()
                writer = csv.writer(out, lineterminator="\r\n")
                writer.writerows(memory_rows)
                return ("\ufeff" + out.getvalue()).encode("utf-8")

            export_time = median_time(lambda: export_bytes(plan), 7)
            baseline_export = median_time(baseline_csv, 7)
            csv_path = folder / "big.csv"
            csv_path.write_bytes(export_bytes(plan))
        rows.append(
            Row(
                "CSV export, 10,000 tasks",
                export_time * 1000,
                "ms",
                baseline_export * 1000,
                "csv module",
                "<= 3x",
                export_time <= 3 * baseline_export,
            )
        )

        def do_import() -> None:
            target = folder / f"import-{time.perf_counter_ns()}.dplan"
            with Plan.open(target, create=True) as fresh:
                fresh.add_many(read_csv(csv_path).tasks)

        import_time = median_time(do_import, 3)
        rows.append(
            Row(
                "CSV import, 10,000 rows",
                import_time * 1000,
                "ms",
                None,
                "",
                "< 2000 ms",
                import_time < 2,
            )
        )

        bare_rss = resident(folder, None)
        big_rss = resident(folder, big)
        rows.append(
            Row(
                "memory, 10,000 tasks minus bare window",
                big_rss - bare_rss,
                "MB",
                bare_rss,
                "bare window RSS",
                "<= 60 MB",
                big_rss - bare_rss <= 60,
            )
        )

        paint_small = paint_cost(folder, make_plan(folder, 90, "thirty-per-column"))
        paint_big = paint_cost(folder, make_plan(folder, 9000, "three-thousand-per-column"))
        rows.append(
            Row(
                "paint a column, 3,000 cards",
                paint_big * 1000,
                "ms",
                paint_small * 1000,
                "30 cards",
                "<= 2x",
                paint_big <= 2 * paint_small,
            )
        )
    del app
    print_table(rows)
    advice.assessment.cache_clear()
    return 0 if all(row.ok for row in rows) else 1


def print_table(rows: list[Row]) -> None:
    header = ("figure", "value", "baseline", "ratio", "goal", "met")
    table = [header] + [
        (
            r.name,
            f"{r.value:.1f} {r.unit}" if r.value >= 1 else f"{r.value:.3f} {r.unit}",
            (
                f"{r.baseline:.1f} {r.unit if r.unit != 'MB' else 'MB'} ({r.baseline_name})"
                if r.baseline
                else "-"
            ),
            r.ratio,
            r.goal,
            "yes" if r.ok else "NO",
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for number, line in enumerate(table):
        print(" | ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
        if number == 0:
            print("-|-".join("-" * width for width in widths))


if __name__ == "__main__":
    sys.exit(main())
