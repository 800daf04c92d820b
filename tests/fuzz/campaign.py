"""The fuzzing campaign: thousands of mutated plans and CSVs through every front end.

    python -m tests.fuzz.campaign --plans 20000 --csvs 5000 [--workers 2] [--sample 300]

Not part of the normal test run (``tests/fuzz/test_quick.py`` is). Cases are drawn from
:mod:`tests.fuzz.mutations` by kind (weighted: the 10 MB and million-row kinds rarely) and seed,
and run in worker processes, each with one offscreen QApplication that serves all its cases:
the core, the command line and the window's smoke test run in the worker through the functions
their entry points call (:mod:`tests.fuzz.judge`). Every ``--sample``-th plan case instead runs
through the real entry points as subprocesses (``python -m planner``, ``python -m ui.app``).

Each worker caps its address space at 500 MB above what it uses once warmed up
(``resource.setrlimit(RLIMIT_AS)``), and a case whose answer takes longer than 10 s per front
end is a hang: the worker is killed and replaced. A worker that dies is a crash. At the end a
table of cases by kind and outcome is printed (and written with every finding to ``--out``).
Run it under ``nice``: it keeps both cores busy.
"""

from __future__ import annotations

import argparse
import contextlib
import faulthandler
import json
import os
import random
import resource
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
#: Seconds each front end may take before the case counts as a hang.
PER_FRONT_END = 10.0
MEMORY_CAP = 500 * 1024 * 1024
OUTCOMES = (
    "opened",
    "refused",
    "not built",
    "traceback",
    "message",
    "changed",
    "disagree",
    "slow",
    "hang",
    "memory",
    "crash",
)


# -- the worker ------------------------------------------------------------------------------


def _vsz() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def worker(folder: Path) -> int:
    """Read cases (JSON lines) on stdin, answer each with a verdict (JSON line)."""
    faulthandler.register(signal.SIGUSR1, all_threads=True)  # the parent asks before a kill
    answers = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)  # whatever else prints goes to stderr
    sys.stdout = sys.stderr
    home = folder / "home"
    for name, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("DELEGATION_PLANNER_HOME", "plans"),
        ("DELEGATION_PLANNER_CACHE", "cache2"),
    ):
        os.environ[name] = str(home / sub)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from tests.fuzz import judge, mutations
    from ui.app import make_application

    app = make_application(["delegation-planner"])
    bases = mutations.Bases(folder / "bases")
    cases = folder / "cases"
    cases.mkdir(exist_ok=True)
    window = judge.CsvWindow(cases)
    warm = cases / "case.dplan"
    shutil.copyfile(bases.plan, warm)
    judge.judge_plan(warm)  # everything imported and built once before the cap
    limit = _vsz() + MEMORY_CAP
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    answers.write(json.dumps({"ready": True, "cap_mb": limit >> 20}) + "\n")
    imports = 0
    for line in sys.stdin:
        case = json.loads(line)
        if case["form"] == "csv":
            imports += 1
            if imports % 200 == 0:  # a fresh window now and then: each import leaves a little
                window.close()
                window = judge.CsvWindow(cases)
        answer = run_case(case, bases, cases, window, judge, mutations)
        answers.write(json.dumps(answer) + "\n")
        if answer["outcome"] in ("traceback", "memory"):
            break  # start clean: an escaped exception may have left state behind
    window.close()
    del app
    return 0


def run_case(
    case: dict[str, Any], bases: Any, cases: Path, window: Any, judge: Any, mutations: Any
) -> dict[str, Any]:
    kind, seed, form = case["kind"], case["seed"], case["form"]
    path = cases / ("case.csv" if form == "csv" else "case.dplan")
    try:
        if form == "csv":
            mutations.make_csv_case(kind, seed, bases, path)
        else:
            mutations.make_plan_case(kind, seed, bases, path)
    except MemoryError:
        return {"id": case["id"], "outcome": "memory", "detail": "building the case"}
    except Exception as error:
        return {"id": case["id"], "outcome": "not built", "detail": repr(error)[:200]}
    try:
        if form == "csv":
            verdict = judge.judge_csv(path, window, PER_FRONT_END)
        elif form == "subprocess":
            verdict = judge.judge_plan_subprocess(path, ROOT, timeout=3 * PER_FRONT_END)
        else:
            verdict = judge.judge_plan(path, PER_FRONT_END)
    except MemoryError:
        return {"id": case["id"], "outcome": "memory", "detail": "MemoryError"}
    outcome = verdict.outcome
    if outcome == "traceback" and "MemoryError" in verdict.detail:
        outcome = "memory"
    answer = {
        "id": case["id"],
        "outcome": outcome,
        "detail": verdict.detail,
        "front_ends": verdict.front_ends,
        "seconds": {k: round(v, 3) for k, v in verdict.seconds.items()},
    }
    if outcome not in ("opened", "refused") and path.stat().st_size < 20 * 1024 * 1024:
        keep = Path(case["findings"]) / f"{case['id']}-{form}-{seed}{path.suffix}"
        shutil.copyfile(path, keep)
        answer["kept"] = str(keep)
    return answer


# -- the parent ------------------------------------------------------------------------------


class Worker:
    spawned = 0

    def __init__(self, number: int, folder: Path, logs: Path) -> None:
        self.folder = folder / f"worker-{number}"
        self.folder.mkdir(parents=True, exist_ok=True)
        Worker.spawned += 1
        self.log = logs / f"worker-{number}-{Worker.spawned}.log"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.fuzz.campaign", "--worker", str(self.folder)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=open(self.log, "ab"),  # noqa: SIM115 - lives with the worker
            text=True,
            start_new_session=True,
        )
        self.case: dict[str, Any] | None = None
        self.deadline = 0.0
        self.ready = False

    def send(self, case: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.case = case
        budget = PER_FRONT_END * (9 if case["form"] == "subprocess" else 3) + 20
        self.deadline = time.monotonic() + budget
        self.process.stdin.write(json.dumps(case) + "\n")
        self.process.stdin.flush()

    def kill(self, dump: bool = False) -> None:
        if dump and self.process.poll() is None:  # where it is stuck, into its log
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.process.pid, signal.SIGUSR1)
            time.sleep(2)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()


def schedule(plans: int, csvs: int, sample: int, seed: int, findings: Path) -> list[dict[str, Any]]:
    from tests.fuzz import mutations

    rng = random.Random(seed)
    cases: list[dict[str, Any]] = []
    for number in range(plans):
        kind = mutations.draw(mutations.PLAN_WEIGHTS, rng)
        form = "subprocess" if sample and number % max(1, plans // sample) == 0 else "plan"
        cases.append({"form": form, "kind": kind, "seed": rng.randrange(1 << 30)})
    for _ in range(csvs):
        kind = mutations.draw(mutations.CSV_WEIGHTS, rng)
        cases.append({"form": "csv", "kind": kind, "seed": rng.randrange(1 << 30)})
    rng.shuffle(cases)
    for number, case in enumerate(cases):
        case["id"] = number
        case["findings"] = str(findings)
    return cases


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    findings = out / "findings"
    findings.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="dplan-fuzz-"))
    cases = schedule(args.plans, args.csvs, args.sample, args.seed, findings)
    pending = list(reversed(cases))
    results: list[dict[str, Any]] = []
    log = open(out / "results.jsonl", "w")  # noqa: SIM115
    selector = selectors.DefaultSelector()
    workers: dict[int, Worker] = {}
    started = time.monotonic()

    logs = out / "logs"
    logs.mkdir(exist_ok=True)

    def spawn(number: int) -> None:
        worker_ = Worker(number, folder, logs)
        workers[number] = worker_
        assert worker_.process.stdout is not None
        selector.register(worker_.process.stdout, selectors.EVENT_READ, number)

    def retire(number: int, outcome: str, detail: str) -> None:
        worker_ = workers.pop(number)
        assert worker_.process.stdout is not None
        selector.unregister(worker_.process.stdout)
        worker_.kill(dump=outcome == "hang")
        if worker_.case is not None:
            answer = {"outcome": outcome, "detail": detail, "log": str(worker_.log)}
            cases = worker_.folder / "cases"
            for left in (cases / "case.dplan", cases / "case.csv"):  # what it was working on
                if left.exists() and left.stat().st_size < 20 * 1024 * 1024:
                    keep = findings / f"{worker_.case['id']}-{outcome}{left.suffix}"
                    shutil.copyfile(left, keep)
                    answer["kept"] = str(keep)
            record(worker_.case, answer)

    def record(case: dict[str, Any], answer: dict[str, Any]) -> None:
        row = {k: case[k] for k in ("id", "form", "kind", "seed")} | answer
        results.append(row)
        log.write(json.dumps(row) + "\n")
        log.flush()
        if row["outcome"] not in ("opened", "refused", "not built"):
            print(
                f"FINDING {row['outcome']}: {row['kind']} seed {row['seed']}: "
                f"{row.get('detail', '')}",
                file=sys.stderr,
                flush=True,
            )
        if len(results) % 500 == 0:
            rate = len(results) / (time.monotonic() - started)
            print(f"{len(results)}/{len(cases)} cases, {rate:.1f}/s", file=sys.stderr, flush=True)

    for number in range(args.workers):
        spawn(number)
    while pending or any(w.case is not None for w in workers.values()):
        for worker_ in list(workers.values()):
            if worker_.ready and worker_.case is None and pending:
                worker_.send(pending.pop())
        for key, _events in selector.select(timeout=1.0):
            number = key.data
            worker_ = workers[number]
            line = key.fileobj.readline()  # type: ignore[union-attr]
            if not line:
                code = worker_.process.poll()
                retire(number, "crash", f"the worker died (exit {code})")
                spawn(number)
                continue
            answer = json.loads(line)
            if answer.get("ready"):
                worker_.ready = True
                continue
            assert worker_.case is not None
            record(worker_.case, answer)
            worker_.case = None
            if answer["outcome"] in ("traceback", "memory"):
                retire(number, "", "")
                spawn(number)
        now = time.monotonic()
        for number, worker_ in list(workers.items()):
            if worker_.case is not None and now > worker_.deadline:
                retire(number, "hang", "no answer in time")
                spawn(number)
    for worker_ in workers.values():
        assert worker_.process.stdin is not None
        worker_.process.stdin.close()
        worker_.process.wait(timeout=60)
    log.close()
    elapsed = time.monotonic() - started
    table = render_table(results, elapsed)
    print(table)
    (out / "table.md").write_text(table + "\n", encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    bad = [r for r in results if r["outcome"] not in ("opened", "refused", "not built")]
    return 1 if bad else 0


def render_table(results: list[dict[str, Any]], elapsed: float) -> str:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for row in results:
        label = row["kind"] + (" (subprocess)" if row["form"] == "subprocess" else "")
        counts[label][row["outcome"]] += 1
    shown = [
        o for o in OUTCOMES if any(c[o] for c in counts.values()) or o in ("opened", "refused")
    ]
    lines = [
        "| kind | " + " | ".join(shown) + " | total |",
        "|---|" + "---:|" * (len(shown) + 1),
    ]
    total: Counter[str] = Counter()
    for label in sorted(counts):
        row = counts[label]
        total.update(row)
        lines.append(
            f"| {label} | " + " | ".join(str(row[o]) for o in shown) + f" | {sum(row.values())} |"
        )
    lines.append(
        "| **all** | " + " | ".join(str(total[o]) for o in shown) + f" | {sum(total.values())} |"
    )
    plans = sum(1 for r in results if r["form"] != "csv")
    lines.append("")
    lines.append(
        f"{len(results)} cases ({plans} plans, {len(results) - plans} CSVs) "
        f"in {elapsed / 60:.1f} min"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.fuzz.campaign",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--plans", type=int, default=20_000, help="mutated plans (20000)")
    parser.add_argument("--csvs", type=int, default=5_000, help="mutated CSV files (5000)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (2)")
    parser.add_argument(
        "--sample", type=int, default=300, help="plan cases run through real subprocesses (300)"
    )
    parser.add_argument("--seed", type=int, default=13, help="seed of the case schedule")
    parser.add_argument("--out", default="fuzz-results", help="folder for the table and findings")
    parser.add_argument("--worker", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(Path(args.worker))
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
