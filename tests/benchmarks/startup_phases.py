"""Start-up, phase by phase: the app on a 60-task and a 10,000-task plan against a bare window.

Run from the repository root (not part of the default test run)::

    .venv/bin/python tests/benchmarks/startup_phases.py [--rounds 15] [--markdown] [--before DIR]

``--before DIR`` also measures another checkout of the app (an older version, with this probe's
``phase:`` lines) in the same interleaved rounds, for before/after tables.

Each round starts the three programs once, in a rotating order (so a load change on the shared
machine hits all three alike), each a fresh process with its bytecode cached, offscreen, after
one warm-up run each. Every program prints ``phase: NAME SECONDS`` lines
(``DELEGATION_PLANNER_PHASES=1``, see :func:`ui.app.phase`); the clock is the system's monotonic
clock, the same in parent and child, so each phase is timed from the moment the parent started
the process:

- interpreter: process start until the shell's first module loads (Python, site, ``-m``);
- imports: our modules and the Qt modules they import;
- QApplication: the application object (and the app's name, icon, settings, preferences);
- plan load: opening the plan file and reading every task (the bare window has none);
- window build: building and showing the main window (the bare window: one label);
- first paint: rendering the window once.

Prints the median of each phase and of the total (start to painted), with the ratios the goals
are stated in: 60 tasks against the bare window, 10,000 tasks against 60.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

PHASES = ("loading", "imported", "application", "plan", "window", "painted")
LABELS = {
    "loading": "interpreter",
    "imported": "imports",
    "application": "QApplication",
    "plan": "plan load",
    "window": "window build",
    "painted": "first paint",
}


Program = tuple[Path, Path | None]  # (checkout, plan); no plan: the bare window


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure with bytecode cached, as installed
    env.update(
        QT_QPA_PLATFORM="offscreen",
        DELEGATION_PLANNER_PHASES="1",
        DELEGATION_PLANNER_HOME=str(home / "plans"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        DELEGATION_PLANNER_CACHE=str(home / "cache"),
    )
    return env


#: What the installed command runs (the gui-script pip writes for ``ui.app:main``).
LAUNCH = "import sys; from ui.app import main; sys.exit(main())"


def command(plan: Path | None) -> list[str]:
    """The bare window as a script; the app as users start it: the installed
    ``delegation-planner`` command beside this interpreter (``PYTHONPATH`` picks the checkout),
    else the same two lines through ``-c``. Not ``python -m ui.app``: ``-m`` loads ``runpy`` and
    its imports first (about 11 M instructions, 1.2 % of the start), which neither the
    installed command, nor the packaged app, nor the bare window pays."""
    if plan is None:
        return [sys.executable, str(HERE / "bare_window.py")]
    installed = Path(sys.executable).with_name("delegation-planner")
    start = [str(installed)] if installed.is_file() else [sys.executable, "-c", LAUNCH]
    return [*start, "--smoke-test", str(plan)]


def run_once(program: Program, env: dict[str, str]) -> dict[str, float]:
    """Seconds from process start to each phase (wall clock), and the CPU time the process had
    used by then (``cpu:NAME``): CPU time hardly depends on what else the machine is doing."""
    root, plan = program
    start = time.perf_counter()
    child = subprocess.Popen(
        command(plan),
        env={**env, "PYTHONPATH": str(root)},
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stderr is not None
    marks: dict[str, float] = {}
    tail: list[str] = []
    for line in child.stderr:
        if line.startswith("phase: "):
            _, name, wall, cpu = line.split()
            marks[name] = float(wall) - start
            marks[f"cpu:{name}"] = float(cpu)
        tail = [*tail[-10:], line]
    if child.wait() != 0 or not set(PHASES) <= set(marks):
        raise RuntimeError(f"{command(plan)} failed: {''.join(tail)}")
    return marks


def measure(
    programs: dict[str, Program], rounds: int, home: Path
) -> dict[str, list[dict[str, float]]]:
    env = child_env(home)
    names = list(programs)
    for name in names:
        run_once(programs[name], env)  # warm-up: file cache, advisor cache, settings
    results: dict[str, list[dict[str, float]]] = {name: [] for name in names}
    for number in range(rounds):
        order = names[number % len(names) :] + names[: number % len(names)]
        for name in order:
            results[name].append(run_once(programs[name], env))
    return results


def phase_medians(runs: list[dict[str, float]], prefix: str = "") -> dict[str, float]:
    """Median duration of each phase (ms), and of the total to the painted window; with
    ``prefix="cpu:"`` the same in CPU time."""
    medians: dict[str, float] = {}
    previous = None
    for name in PHASES:
        key = prefix + name
        durations = [r[key] - (r[prefix + previous] if previous else 0.0) for r in runs]
        medians[name] = statistics.median(durations) * 1000
        previous = name
    medians["total"] = statistics.median(r[prefix + "painted"] for r in runs) * 1000
    return medians


def report(results: dict[str, list[dict[str, float]]], markdown: bool, prefix: str = "") -> str:
    medians = {name: phase_medians(runs, prefix) for name, runs in results.items()}
    names = list(results)
    rows = [[LABELS[p], *(f"{medians[n][p]:.0f}" for n in names)] for p in PHASES]
    rows.append(["**start to painted**", *(f"**{medians[n]['total']:.0f}**" for n in names)])
    header = ["CPU ms (median)" if prefix else "phase (median ms)", *names]
    total = {n: medians[n]["total"] for n in names}
    bare = total["bare window"]
    ratios = "; ".join(
        f"{n}: {total[n] / bare:.2f}x the bare window"
        + (f", {total[n] / total[small]:.2f}x 60 tasks" if (small := _sixty(n)) in total else "")
        for n in names[1:]
    )
    ratios += f" ({len(results[names[0]])} interleaved rounds; goals 1.5x, stretch 1.25x)"
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines) + "\n\n" + ratios
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    text = [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in [header, *rows]]
    return "\n".join(text) + "\n" + ratios


def _sixty(name: str) -> str:
    """The 60-task entry to compare a 10,000-task entry with (same version)."""
    return name.replace("10,000 tasks", "60 tasks") if "10,000" in name else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--before", type=Path, help="another checkout to measure alongside")
    args = parser.parse_args(argv)
    from tests.benchmarks.run_benchmarks import make_plan

    with tempfile.TemporaryDirectory(prefix="dplan-phases-") as tmp:
        home = Path(tmp)
        small, big = make_plan(home, 60, "sixty"), make_plan(home, 10_000, "ten-thousand")
        programs: dict[str, Program] = {"bare window": (ROOT, None)}
        if args.before is not None:
            before = args.before.resolve()
            programs |= {"60 tasks before": (before, small), "10,000 tasks before": (before, big)}
        programs |= {"60 tasks": (ROOT, small), "10,000 tasks": (ROOT, big)}
        results = measure(programs, args.rounds, home)
    print(report(results, args.markdown))
    print()
    print(report(results, args.markdown, "cpu:"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
