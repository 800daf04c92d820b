"""Compare the bundle's start-up time and size with a hello-world PySide6 bundle.

    python packaging/compare_startup.py            # after python packaging/build.py

Freezes ``packaging/hello_world.py`` with PyInstaller's defaults (onedir, windowed) into
``build/hello-world``, then runs ``dist/delegation-planner/delegation-planner --smoke-test`` and the
hello world alternately, offscreen, in a throw-away home (after one warm-up run each, which also
seeds the starter plan), and prints the median wall times, their ratio and the sizes. The goal is a
ratio of at most 1.3: the app loads a plan, builds a three-column board and paints it, the hello
world paints one label. ``--max-ratio R`` makes a larger ratio an error (exit 1).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bundling import MIB, REPO, folder_size

DEFAULT_APP = REPO / "dist" / "delegation-planner" / "delegation-planner"
HELLO_SOURCE = REPO / "packaging" / "hello_world.py"
GOAL = 1.3


def build_hello_world(work: Path) -> Path:
    """Freeze the hello world with PyInstaller's defaults; return its executable."""
    if work.exists():
        shutil.rmtree(work)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--onedir",
        "--windowed",
        "--name",
        "hello-world",
        "--distpath",
        str(work / "dist"),
        "--workpath",
        str(work / "build"),
        "--specpath",
        str(work),
        str(HELLO_SOURCE),
    ]
    subprocess.run(command, check=True)
    return work / "dist" / "hello-world" / ("hello-world.exe" if os.name == "nt" else "hello-world")


def timed_run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from start to the program's ``painted:`` line, and to its exit; raise if it fails.

    Both programs print that line the moment their window is painted; what the app does after
    (its warning scan and backup copy wait for the first paint) counts only towards the exit.
    """
    start = time.perf_counter()
    child = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    assert child.stderr is not None
    painted: float | None = None
    tail: list[str] = []
    for line in child.stderr:
        if painted is None and line.startswith("painted:"):
            painted = time.perf_counter() - start
        tail = [*tail[-20:], line]
    code = child.wait(timeout=120)
    elapsed = time.perf_counter() - start
    if code != 0 or painted is None:
        raise RuntimeError(f"{' '.join(command)} exited {code}: {''.join(tail).strip()[-500:]}")
    return painted, elapsed


def measure(
    app: Path, hello: Path, runs: int
) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """Alternate app and hello-world runs (so load changes hit both), after one warm-up each."""
    with tempfile.TemporaryDirectory(prefix="dplan-startup-") as scratch:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "DELEGATION_PLANNER_HOME": str(Path(scratch) / "plans"),
            "XDG_CONFIG_HOME": str(Path(scratch) / "config"),
            "XDG_CACHE_HOME": str(Path(scratch) / "cache"),
        }
        app_command = [str(app), "--smoke-test"]
        hello_command = [str(hello)]
        timed_run(app_command, env)
        timed_run(hello_command, env)
        app_times: list[tuple[float, float]] = []
        hello_times: list[tuple[float, float]] = []
        for _ in range(runs):
            app_times.append(timed_run(app_command, env))
            hello_times.append(timed_run(hello_command, env))
    return app_times, hello_times


def find_archive(app: Path) -> Path | None:
    """The newest ``delegation-planner-*`` archive next to the bundle folder, if any."""
    candidates = [
        path
        for pattern in ("delegation-planner-*.tar.gz", "delegation-planner-*.zip")
        for path in app.parent.parent.glob(pattern)
    ]
    return max(candidates, key=lambda path: path.stat().st_mtime, default=None)


def report(
    app_runs: list[tuple[float, float]],
    hello_runs: list[tuple[float, float]],
    app_dir: Path,
    hello_dir: Path,
) -> float:
    app_times = [painted for painted, _ in app_runs]
    hello_times = [painted for painted, _ in hello_runs]
    app_median = statistics.median(app_times)
    hello_median = statistics.median(hello_times)
    ratio = app_median / hello_median
    app_exit = statistics.median(done for _, done in app_runs)
    hello_exit = statistics.median(done for _, done in hello_runs)
    archive = find_archive(app_dir / "delegation-planner")
    app_size, hello_size = folder_size(app_dir), folder_size(hello_dir)
    rows: list[tuple[str, str, str, str]] = [
        (
            f"start to painted window, median of {len(app_times)} (s)",
            f"{app_median:.3f}",
            f"{hello_median:.3f}",
            f"{ratio:.2f}x",
        ),
        (
            "start to painted window, fastest (s)",
            f"{min(app_times):.3f}",
            f"{min(hello_times):.3f}",
            "",
        ),
        (
            "start to exit, median (s)",
            f"{app_exit:.3f}",
            f"{hello_exit:.3f}",
            f"{app_exit / hello_exit:.2f}x",
        ),
        (
            "bundle folder (MiB)",
            f"{app_size / MIB:.1f}",
            f"{hello_size / MIB:.1f}",
            f"{app_size / hello_size:.2f}x",
        ),
    ]
    if archive is not None:
        rows.append((f"{archive.name} (MiB)", f"{archive.stat().st_size / MIB:.1f}", "", ""))
    width = max(len(row[0]) for row in rows)
    print(f"{'':{width}}  {'app':>8}  {'hello':>8}  {'ratio':>7}")
    for label, app_text, hello_text, ratio_text in rows:
        print(f"{label:{width}}  {app_text:>8}  {hello_text:>8}  {ratio_text:>7}")
    verdict = "met" if ratio <= GOAL else "NOT met"
    print(f"start-up goal (app at most {GOAL}x the hello world): {verdict}")
    return ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Compare start-up time with a hello world.")
    parser.add_argument("--app", type=Path, default=DEFAULT_APP, help="the bundle's executable")
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each (default 9)")
    parser.add_argument(
        "--work", type=Path, default=REPO / "build" / "hello-world", help="hello-world build folder"
    )
    parser.add_argument("--hello", type=Path, help="use this hello-world executable, don't build")
    parser.add_argument("--max-ratio", type=float, help="fail when app/hello is above this")
    args = parser.parse_args(argv)

    app: Path = args.app.resolve()
    if not app.is_file():
        print(f"compare_startup: {app} not found: run packaging/build.py first", file=sys.stderr)
        return 1
    hello: Path = args.hello.resolve() if args.hello else build_hello_world(args.work.resolve())
    try:
        app_times, hello_times = measure(app, hello, args.runs)
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        print(f"compare_startup: error: {error}", file=sys.stderr)
        return 1
    ratio = report(app_times, hello_times, app.parent, hello.parent)
    if args.max_ratio is not None and ratio > args.max_ratio:
        print(
            f"compare_startup: error: start-up ratio {ratio:.2f} is above {args.max_ratio}",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
