"""Benchmark of the relationship-building advisor (planner/advisor/); a plain script, not a test.

Run from the repository root::

    python tests/benchmarks/bench_advisor.py [--tasks 10000] [--runs 7] [--check] [--against DIR]

It assesses 10,000 distinct task titles, built by combining verbs, objects and endings so that
every call does the full work (no title repeats; only the per-word look-ups are shared, as in
the running app). A second figure gives each of those titles its own note (:func:`make_notes`:
facts, someone else's acts and acts of the owner's with people, joined as notes are written),
every cache cleared first: the notes path (judging the notes and checking that they add no
relationship work before "could delegate"), timed beside the titles alone (about 40 % of the
titles are relationship tasks, whose notes are not read, as in a plan). Each figure is compared
with baselines measured in the same run over the same titles: a plain ``str.lower().split()``
loop, and one precompiled regex search per title (what a keyword list costs). Goal: 10,000
distinct titles in under 100 ms.

The machine is shared, so both wall-clock and process CPU time are shown (median and best of
several runs); CPU time is the fairer figure when other jobs compete for the cores.

``--against DIR`` also measures the advisor of another source tree (an older checkout, say),
loaded beside this one in the same process and run in turn with it, and prints the ratio.

The packaged app runs the advisor compiled with mypyc (``packaging/compile_advisor.py``); the
source tree, the tests and this script's first figure run the pure ``.py`` files. So the script
also compiles a copy of this tree's advisor in a temporary folder (about a minute; a C compiler
and Python's headers needed, ``--pure`` skips it), loads it beside the pure one under another
name and runs it in turn with the others: the "compiled (the app's)" rows are the packaged
app's figures; the goal's verdict is given for both.

``--stages`` splits the 10,000 titles' time by stage (CPU medians of runs taken in turn, each
stage the difference between two cumulative runs): words and phrases (``reading.units``), the
readers (``reading.read``), scoring (``Model.score``), the verdict (``verdict.judge``) and the
rest of ``assess`` (its caches, the public value).

It also reports the start-up cost, measured in fresh interpreters (with bytecode, as an installed
app has it): importing ``planner.rules`` (which reads nothing) and the first ``assess`` call
(which reads the advisor's data files: the model, its ready-made word tables and the WordNet
classes; weights and WordNet groups are read a part at a time as titles need them), once in a
bare interpreter and once as the app is at its first assessment: the planner core and the open
plan loaded (``sqlite_utils``, which brings ``json`` and ``importlib.resources``; the advisor runs
after the first paint, and its ``importlib.resources.files()`` call is the app's first), and the
garbage collector still paused (``ui/app.py`` resumes it after the first paint's slots, and the
advice is shown by one of them).
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
# notes of a task, in parts: each task of the notes figure gets its own note, one of each tuple
# (what a plan's notes say: facts, whom the task waits on, someone else's act, a meeting a
# booking is for, a further step; one note in five adds an act of the owner's with people),
# joined as notes are written
NOTE_FACTS = (
    "by Friday",
    "urgent",
    "waiting on Tom",
    "the files are in the shared folder",
    "same layout as last month",
    "budget is 200 pounds",
    "low priority",
    "see the thread from March",
    "ask IT for the login",
    "use the green template",
    "receipts are in the blue folder",
    "every second Monday",
    "before the board meeting",
    "Ana has the figures",
    "two copies please",
    "check the old version first",
    "no rush",
    "after the audit",
    "the password is in the vault",
    "Q3 numbers only",
)
NOTE_OTHERS = (
    "Jane will ring the printer",
    "Marco will send it to the client",
    "Tom is checking the numbers",
    "the supplier's quote is due Tuesday",
    "Priya will book the room",
    "waiting for the client to reply",
    "the agency handles the artwork",
    "Sam has the keys",
    "Leo will proofread it",
    "the bank sends the statement on the 5th",
    "meeting the supplier in York on Tuesday",
    "dinner with the Okafors on Saturday",
    "the intern drafts the first version",
    "Rita will chase the invoice",
    "accounts need it by noon",
    "the courier comes at 3pm",
    "Noor set it up last year",
    "the venue confirmed by email",
    "the old list is in the CRM",
    "Ben will update the sheet",
)
NOTE_ENDS = (
    "",
    "then file the receipts",
    "then call the client to thank them",
    "and archive the old copies",
    "then update the tracker",
    "and I'll email Rosa about her complaint",
    "then send the link to the team",
    "then print two copies",
    "and put it in the shared folder",
    "and back up the sheet",
    "and catch up with Noor about her first month",
    "and label the boxes",
    "then lock the cabinet",
    "and tell Ana when it is done",
    "then check the totals twice",
    "and apologise to the neighbours for the noise",
    "then rename the files by date",
    "and scan the signed copy",
    "then email me the summary",
    "and keep the old version",
    "then meet Olu at the café",
    "and note the order number",
    "then clear the desk",
    "and add it to the calendar",
    "then shred the drafts",
)
NOTE_JOINS = (", ", "; ", "\n", ". ")


def make_notes(count: int) -> list[str]:
    """``count`` distinct notes, one of each part tuple joined in turn by a comma, a semicolon,
    a line break or a full stop; past the combinations, a number keeps them distinct."""
    combos = []
    for n, (fact, other, end) in enumerate(itertools.product(NOTE_FACTS, NOTE_OTHERS, NOTE_ENDS)):
        join = NOTE_JOINS[n % len(NOTE_JOINS)]
        combos.append(f"{fact}{join}{other}" + (f" {end}" if end else ""))
    return _distinct(combos, count)


KEYWORDS = re.compile(
    r"\b(?:repl|respond|answer|thank|dm|follow(?:ing)? up|approv|accept|comment|chat|meet|call)\w*",
    re.IGNORECASE,
)


def make_titles(count: int) -> list[str]:
    """``count`` distinct titles; past the combinations, a task number keeps them distinct."""
    combos = [f"{v} {o} {e}" for v, o, e in itertools.product(VERBS, OBJECTS, ENDINGS)]
    return _distinct(combos, count)


def _distinct(combos: list[str], count: int) -> list[str]:
    """The first ``count`` of ``combos``; past them, a number after each keeps them distinct."""
    texts = combos[:count]
    n = 0
    while len(texts) < count:
        texts.append(f"{combos[n % len(combos)]} #{n}")
        n += 1
    assert len(set(texts)) == count
    return texts


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
import importlib, sys, time
t0 = time.perf_counter()
sys.path.insert(0, sys.argv[1])
if sys.argv[2] == "app":  # as the app is at its first assessment: the planner core and the open
    import gc, planner.model, planner.board, planner.session, sqlite_utils  # plan loaded, and
    gc.disable()  # the collector paused (ui/app.py resumes it after the first paint's advice)
t1, c1 = time.perf_counter(), time.process_time()
rules = importlib.import_module(sys.argv[3])  # planner.rules, or the compiled copy's package
t2, c2 = time.perf_counter(), time.process_time()
rules.assess("Reply to comments on my blog")
t3, c3 = time.perf_counter(), time.process_time()
print((t2 - t1) * 1000, (t3 - t2) * 1000, (c2 - c1) * 1000, (c3 - c2) * 1000)
"""

Startup = dict[tuple[Path, str], dict[str, float]]


def startup(roots: list[Path], runs: int, compiled: Path | None = None) -> Startup:
    """Import and first-call milliseconds over ``runs`` fresh interpreters, for each source
    tree, in a bare interpreter and after what the app loads first (the planner core and the
    open plan: the advisor runs after the first paint); interleaved; and the compiled copy
    of the first tree in the folder ``compiled``, if given (its package imported where the
    others import ``planner.rules``). Bytecode is written to a temporary folder first, as an
    installed or packaged app has it. For each: the best wall clock of the import and of the
    first call, and the CPU median of both together (steadier when the machine is shared)."""
    runs_of: dict[tuple[Path, str], list[list[float]]] = {}
    trees = [(root, "planner.rules") for root in roots]
    if compiled is not None:
        trees.append((compiled, COMPILED))
    with tempfile.TemporaryDirectory() as pycache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = pycache
        for n in range(runs + 1):  # the first round writes the bytecode
            for root, module in trees:
                for where in ("bare", "app"):
                    out = subprocess.run(
                        [sys.executable, "-c", STARTUP_CODE, str(root), where, module],
                        cwd=tempfile.gettempdir(),
                        env=env,
                        capture_output=True,
                        text=True,
                        check=True,
                    ).stdout.split()
                    if n > 0:
                        runs_of.setdefault((root, where), []).append([float(x) for x in out])
    return {
        key: {
            "import": min(r[0] for r in got),
            "first": min(r[1] for r in got),
            "cpu": statistics.median(r[2] + r[3] for r in got),
            "cpu_best": min(r[2] + r[3] for r in got),
        }
        for key, got in runs_of.items()
    }


AGAINST = "advisor_against"
COMPILED = "advisor_compiled"


def copy_tree(root: Path, name: str) -> Path:
    """A copy of ``root``'s advisor package as the top-level package ``name`` (its data files
    as ``name``_data) in a new temporary folder, which is returned (not yet on ``sys.path``)."""
    folder = Path(tempfile.mkdtemp()) / name
    folder.mkdir()
    for source in (root / "planner" / "advisor").glob("*.py"):
        text = source.read_text(encoding="utf-8").replace("planner.advisor", name)
        text = text.replace('files("resources")', f'files("{name}_data")')  # its own data files
        (folder / source.name).write_text(text, encoding="utf-8")
    shutil.copytree(root / "resources", folder.parent / f"{name}_data")
    return folder.parent


def load_tree(root: Path) -> Callable[..., Any]:
    """``assess`` of the advisor in another source tree (``--against``), loaded beside this
    one under another package name, so both are measured in the same process."""
    sys.path.insert(0, str(copy_tree(root, AGAINST)))
    assess: Callable[..., Any] = importlib.import_module(AGAINST).assess
    return assess


def load_compiled(root: Path) -> tuple[Callable[..., Any], Path]:
    """``assess`` of ``root``'s advisor compiled with mypyc as the packaged app has it (the
    same modules, ``compile_advisor.MODULES``), loaded beside the pure one under another
    package name; and the folder holding it. Raises ``compile_advisor.CompileError``.
    ``packaging/`` must be on ``sys.path``."""
    import compile_advisor

    folder = copy_tree(root, COMPILED)
    start = time.monotonic()
    compile_advisor.compile_package(folder, COMPILED, compile_advisor.MODULES, mypy_path=root)
    print(f"(a copy of the advisor compiled with mypyc in {time.monotonic() - start:.0f} s)")
    sys.path.insert(0, str(folder))
    package = importlib.import_module(COMPILED)
    for name in compile_advisor.MODULES:
        where = importlib.import_module(f"{COMPILED}.{name}").__file__ or ""
        if where.endswith(".py"):
            raise compile_advisor.CompileError(f"{COMPILED}.{name} is not compiled: {where}")
    assess: Callable[..., Any] = package.assess
    return assess, folder


STAGES = ("words and phrases", "readers", "scoring", "verdict", "assess")


def stage_actions(package: str, titles: list[str]) -> list[Callable[[], None]]:
    """Cumulative actions over ``titles`` for the advisor package ``package`` (its name as
    imported): units, read, read + score, judge, assess (caches cleared); the differences of
    their times are the stages' times."""
    model = importlib.import_module(f"{package}.model")
    reading = importlib.import_module(f"{package}.reading")
    verdict = importlib.import_module(f"{package}.verdict")
    assess = importlib.import_module(package).assess
    m = model.shipped()
    vocab = m.vocab

    def units() -> None:
        for title in titles:
            reading.units(vocab, title)

    def read() -> None:
        for title in titles:
            reading.read(vocab, title)

    def score() -> None:
        for title in titles:
            for r in reading.read(vocab, title):
                m.score(r)

    def judge() -> None:
        for title in titles:
            verdict.judge(m, title)

    def assess_all() -> None:
        assess.cache_clear()
        for title in titles:
            assess(title)

    return [units, read, score, judge, assess_all]


def stages(packages: dict[str, str], titles: list[str], runs: int) -> None:
    """Print each stage's CPU milliseconds for each advisor (label -> package name)."""
    actions: dict[str, Callable[[], None]] = {}
    for label, package in packages.items():
        for k, action in enumerate(stage_actions(package, titles)):
            actions[f"{label}:{k}"] = action
    results = interleaved(actions, runs)
    print(f"by stage, CPU ms (median of {runs} runs taken in turn; each the difference of two):")
    print(f"{'':38}" + "".join(f" {name[:10]:>10}" for name in STAGES) + f" {'total':>8}")
    for label in packages:
        cumulative = [results[f"{label}:{k}"]["cpu"] for k in range(len(STAGES))]
        parts = [cumulative[0]] + [b - a for a, b in itertools.pairwise(cumulative)]
        cells = "".join(f" {x:10.1f}" for x in parts)
        print(f"{label[:38]:38}{cells} {cumulative[-1]:8.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--check", action="store_true", help="exit 1 when the goal is missed")
    parser.add_argument(
        "--startup-runs", type=int, default=21, help="fresh interpreters for the start-up figures"
    )
    parser.add_argument(
        "--against", type=Path, help="another source tree (say, an older checkout) to compare"
    )
    parser.add_argument("--stages", action="store_true", help="also split the time by stage")
    parser.add_argument(
        "--pure", action="store_true", help="skip the compiled advisor (the packaged app's)"
    )
    args = parser.parse_args(argv)
    titles = make_titles(args.tasks)
    assess = rules.assess
    other = load_tree(args.against) if args.against else None
    here = Path(__file__).resolve().parents[2]
    compiled, compiled_folder = None, None
    if not args.pure:
        sys.path.insert(0, str(here / "packaging"))
        from compile_advisor import CompileError

        try:
            compiled, compiled_folder = load_compiled(here)
        except CompileError as error:
            print(f"no compiled advisor (--pure to skip it): {error}")
            return 1

    def split_all() -> None:
        for title in titles:
            title.lower().split()

    def regex_all() -> None:
        search = KEYWORDS.search
        for title in titles:
            search(title)

    def distinct(fn: Callable[..., Any]) -> Callable[[], None]:
        def run() -> None:
            fn.cache_clear()  # type: ignore[attr-defined]
            for title in titles:
                fn(title)

        return run

    def cached() -> None:
        for title in titles:
            assess(title)

    first = measure(distinct(assess), 1)  # the very first pass also fills the per-word look-ups
    actions: dict[str, Callable[[], None]] = {
        "baseline: lower+split": split_all,
        "baseline: one regex search": regex_all,
        "advisor, distinct titles": distinct(assess),
    }
    if compiled is not None:
        measure(distinct(compiled), 1)
        actions[COMPILED_ROW] = distinct(compiled)
    if other is not None:
        measure(distinct(other), 1)
        actions[f"--against {args.against}"] = distinct(other)
    actions["advisor, cached (same titles again)"] = cached
    notes = make_notes(len(titles))
    actions[NOTES_ROW] = notes_action("planner.advisor", titles, notes)
    if compiled is not None:
        actions[f"compiled, {WITH_NOTES}"] = notes_action(COMPILED, titles, notes)
    if other is not None:
        actions[f"--against, {WITH_NOTES}"] = notes_action(AGAINST, titles, notes)
    results = interleaved(actions, args.runs)
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
            f"{name[:38]:38} {r['wall']:9.1f} {r['wall_best']:8.1f} {r['cpu']:9.1f}"
            f" {r['cpu_best']:8.1f} {r['cpu'] / split_cpu:6.1f}x {r['cpu'] / regex_cpu:6.1f}x"
        )
    print(f"{'advisor, first pass (cold word cache)':38} {first['wall']:9.1f}")
    mine = results["advisor, distinct titles"]
    if other is not None:
        theirs = results[f"--against {args.against}"]
        print(
            f"this tree / --against: CPU median {mine['cpu'] / theirs['cpu']:.2f}x,"
            f" best {mine['cpu_best'] / theirs['cpu_best']:.2f}x"
        )
    if compiled is not None:
        app = results[COMPILED_ROW]
        print(
            f"compiled / pure (this tree): CPU median {app['cpu'] / mine['cpu']:.2f}x,"
            f" best {app['cpu_best'] / mine['cpu_best']:.2f}x"
        )
    with_notes_cpu = results[NOTES_ROW]["cpu"]
    print(f"each task with its own note / titles alone: {with_notes_cpu / mine['cpu']:.2f}x CPU")
    if other is not None:
        theirs_notes = results[f"--against, {WITH_NOTES}"]["cpu"]
        print(
            f"each task with its own note, this tree / --against: CPU median"
            f" {with_notes_cpu / theirs_notes:.2f}x"
        )
    ok = True
    for label, row in (("pure", mine), ("compiled, the app's", results.get(COMPILED_ROW))):
        if row is None:
            continue
        per_task = row["cpu"] / len(titles) * 1000
        scaled = min(row["cpu"], row["wall"]) * 10_000 / len(titles)
        ok = scaled < GOAL_MS  # the last verdict printed decides --check: the app's if there
        print(
            f"{label}: per task {per_task:.1f} µs; goal: 10,000 distinct titles"
            f" < {GOAL_MS:.0f} ms -> {scaled:.1f} ms ({'met' if ok else 'MISSED'})"
        )
    if args.stages:
        packages = {"this tree": "planner.advisor"}
        if compiled is not None:
            packages["compiled (the app's)"] = COMPILED
        if other is not None:
            packages[f"--against {args.against}"] = AGAINST
        stages(packages, titles, args.runs)
    roots = [here, *([args.against.resolve()] if args.against else [])]
    times = startup(roots, args.startup_runs, compiled_folder)
    print(
        f"start-up, {args.startup_runs} fresh interpreters (bytecode written first), milliseconds:"
        " best wall clock of the import and of the first assessment, their total, and the CPU"
        " median (best) of import + first assessment"
    )
    print(
        f"{'':38} {'import':>9} {'first':>8} {'total':>8} {'cpu':>9} {'(best)':>8}"
        "   goal: first assessment < 10 ms"
    )
    for root in [*roots, *([compiled_folder] if compiled_folder else [])]:
        for where, label in (("bare", "bare interpreter"), ("app", "after the app's first loads")):
            t = times[(root, where)]
            tree = {here: "this tree", compiled_folder: "compiled"}.get(root, "--against")
            print(
                f"{tree + ', ' + label:38} {t['import']:9.1f} {t['first']:8.1f}"
                f" {t['import'] + t['first']:8.1f} {t['cpu']:9.1f} {t['cpu_best']:8.1f}"
            )
    if args.against:
        mine_app, theirs_app = times[(here, "app")], times[(roots[1], "app")]
        print(
            "start-up after the app's first loads, this tree / --against: CPU median "
            f"{mine_app['cpu'] / theirs_app['cpu']:.2f}x"
        )
    return 0 if ok or not args.check else 1


COMPILED_ROW = "compiled (the app's), distinct titles"
WITH_NOTES = "each task with its own note"
NOTES_ROW = f"advisor, {WITH_NOTES}"


def notes_action(package: str, titles: list[str], notes: list[str]) -> Callable[[], None]:
    """An action that assesses each title with its own note (:func:`make_notes`) with the
    advisor package ``package`` (its name as imported), every cache of it cleared first: the
    notes are read, judged and checked for relationship work anew each time."""
    advisor = importlib.import_module(package)

    def run() -> None:
        advisor.clear_caches()
        assess = advisor.assess
        for title, note in zip(titles, notes, strict=True):
            assess(title, note)

    return run


def interleaved(actions: dict[str, Callable[[], None]], runs: int) -> dict[str, dict[str, float]]:
    """:func:`measure` for each action, taking turns run by run (so a busy moment of the shared
    machine falls on all of them alike)."""
    wall: dict[str, list[float]] = {name: [] for name in actions}
    cpu: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(runs):
        for name, action in actions.items():
            w0, c0 = time.perf_counter(), time.process_time()
            action()
            cpu[name].append((time.process_time() - c0) * 1000)
            wall[name].append((time.perf_counter() - w0) * 1000)
    return {
        name: {
            "wall": statistics.median(wall[name]),
            "wall_best": min(wall[name]),
            "cpu": statistics.median(cpu[name]),
            "cpu_best": min(cpu[name]),
        }
        for name in actions
    }


if __name__ == "__main__":
    raise SystemExit(main())
