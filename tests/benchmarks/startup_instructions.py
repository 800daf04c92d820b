"""Start-up in instructions: the app on a 60-task plan against a bare window, counted by valgrind.

Run from the repository root (not part of the default test run; needs ``valgrind``)::

    .venv/bin/python tests/benchmarks/startup_instructions.py [--before DIR] [--tasks 60]

CPU time on a shared machine moves by a quarter from run to run; the number of instructions a
start executes repeats to about 0.05 % (the hash seed fixed), so it shows changes of a few tenths
of a percent. Each program is counted from process start to the moment its window is painted
(the app's and the bare window's ``phase("painted")``, where both exit at once), each with its
own copy of the plan and its own settings folder, started twice: the first start writes the
settings a start leaves behind, the second is counted. Two starts must never share a plan file:
the second would find the plan locked and open it read-only, another code path.

Instructions leave out what the kernel does for a start (mapping libraries, reading files,
first touches of memory) and cache misses: CPU ratios come out higher.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

#: The app as the installed command starts it, ending the moment the board is painted.
APP = """
import os, sys
import ui.app as app
phase = app.phase
def cut(name, at=None):
    phase(name, at)
    if name == "painted":
        sys.stderr.flush()
        os._exit(0)
app.phase = cut
sys.exit(app.main(sys.argv[1:]))
"""

#: The bare window (tests/benchmarks/bare_window.py), ending the moment its label is painted.
BARE = """
import os, sys
sys.path.insert(0, sys.argv.pop(1))
import bare_window as bare
def cut(name, at=None):
    if name == "painted":
        os._exit(0)
bare.phase = cut
bare.main()
"""


def count(root: Path, plan: Path | None, home: Path) -> int:
    """Instructions from process start to the painted window (``plan`` None: the bare window)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached, as installed
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONHASHSEED="0",
        PYTHONPATH=str(root),
        DELEGATION_PLANNER_HOME=str(home / "plans"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        DELEGATION_PLANNER_CACHE=str(home / "cache"),
    )
    if plan is None:
        program = [sys.executable, "-c", BARE, str(HERE)]
    else:
        own = home / "plan.dplan"
        shutil.copyfile(plan, own)
        program = [sys.executable, "-c", APP, "--smoke-test", str(own)]
    subprocess.run(  # the first start writes the settings a start leaves behind
        program, env=env, cwd=root, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    valgrind = ["valgrind", "--tool=cachegrind", "--cache-sim=no"]
    done = subprocess.run(
        [*valgrind, "--cachegrind-out-file=/dev/null", *program],
        env=env,
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count from valgrind: {done.stderr[-500:]}")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, help="another checkout to count alongside")
    parser.add_argument("--tasks", type=int, default=60, help="tasks in the plan (default 60)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 1
    from tests.benchmarks.run_benchmarks import make_plan

    with tempfile.TemporaryDirectory(prefix="dplan-instructions-") as tmp:
        folder = Path(tmp)
        plan = make_plan(folder, args.tasks, "plan")
        programs: dict[str, tuple[Path, Path | None]] = {"bare window": (ROOT, None)}
        if args.before is not None:
            programs[f"{args.tasks} tasks before"] = (args.before.resolve(), plan)
        programs[f"{args.tasks} tasks"] = (ROOT, plan)
        counts: dict[str, int] = {}
        for number, (name, (root, plan_file)) in enumerate(programs.items()):
            home = folder / f"home-{number}"
            home.mkdir()
            counts[name] = count(root, plan_file, home)
    bare = counts["bare window"]
    for name, instructions in counts.items():
        print(f"{name:>20}: {instructions / 1e6:10,.1f} M instructions  {instructions / bare:.3f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
