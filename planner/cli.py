"""The command line: ``python -m planner`` (or ``delegation-planner-cli``).

This module owns the subcommands ``import``, ``export``, ``check``, ``brief`` and ``recover``,
their help texts, what they print and their exit codes. It is a thin shell over
:mod:`planner.csv_import`, :mod:`planner.csv_export`, :mod:`planner.advice`, :mod:`planner.brief`
and :mod:`planner.recovery`; it never imports Qt.

Exit codes: 0 success, 1 a failure the user can act on (a bad or missing file, or for ``check``
an open warning), 2 a usage mistake. Every error is one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
from pathlib import Path
from typing import NoReturn

from planner.errors import CsvError, PlannerError
from planner.identity import APP_ID, APP_NAME, ShowVersion

PROG = APP_ID

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2

#: How many of a CSV's bad lines the one-line error names before "and N more".
SHOWN_PROBLEMS = 5

CHECK_EPILOG = """\
output: one line per open warning, in board order:

  My VA | <task title> | <why it builds a relationship>

then a summary line: "1 warning" or "N warnings", or when there are none
"No warnings: every relationship-building task is with you.". Warnings you
accepted are not listed; the summary counts them, e.g. "2 warnings (1 accepted)"
or "No open warnings (1 accepted).".

exit status: 0 when there is no open warning, 1 when there is at least one
(or the plan cannot be read), 2 for a usage mistake."""


BRIEF_EPILOG = """\
The format comes from FILE's suffix: .pdf, .md (Markdown) or .html. PLAN is
read into memory and never written, even when it is in an older format.

The app keeps the rates and the boundary paragraph in its Preferences; give
them here to have them in the brief. Without --va-rate and --owner-rate the
brief gives hours only.

prints: Wrote the VA brief (FORMAT, N tasks for your VA) to FILE."""


def _amount(text: str) -> float:
    """An hourly rate from the command line: a number, 0 or more."""
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 or more: {text!r}")
    return value


class UsageError(Exception):
    """A command line argparse refused; the message is argparse's."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake raises :class:`UsageError` instead of exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=f"{APP_NAME} from the command line: move tasks in and out of a "
        "plan as CSV, and check which relationship-building tasks sit with your VA.",
        epilog="Run '%(prog)s COMMAND --help' for the details of a command.",
    )
    parser.add_argument("--version", action=ShowVersion)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    importer = commands.add_parser(
        "import",
        help="bring the tasks of a CSV file into a plan (updates, never duplicates)",
        description="Import a CSV file into PLAN (created when missing) in one step. A row "
        "with the id of one of PLAN's tasks (from an export of PLAN) updates that task; a row "
        "without an id updates the one task with the same title, if exactly one has it; every "
        "other row is added. Only changed fields are written; nothing is deleted. The CSV "
        "needs a 'title' column; 'column' (Me, My VA, Nobody), 'position', 'notes', "
        "'hours_per_week' (or 'hours'), 'id' and the other columns of an export are optional. "
        "If any line is bad, nothing is imported and each bad line is named.",
        epilog="prints: Imported FILE into PLAN: A added, U updated, N unchanged. Then the "
        "added tasks per column and one line per updated task saying what changed.",
    )
    importer.add_argument("plan", metavar="PLAN", type=Path, help="the plan file")
    importer.add_argument("--csv", metavar="FILE", type=Path, required=True, help="CSV to read")

    exporter = commands.add_parser(
        "export",
        help="write a plan as a CSV file",
        description="Write every task of PLAN to a CSV file (UTF-8 with BOM, opens in Excel, "
        "LibreOffice and Google Sheets). The file is replaced in one step, never half written.",
        epilog="FILE '-' writes the CSV bytes to standard output. Otherwise prints: "
        "Exported N tasks to FILE.",
    )
    exporter.add_argument("plan", metavar="PLAN", type=Path, help="an existing plan file")
    exporter.add_argument(
        "--csv", metavar="FILE", required=True, help="CSV to write ('-' for standard output)"
    )

    checker = commands.add_parser(
        "check",
        help="list relationship-building tasks given to your VA",
        description="List the open warnings of PLAN: tasks that build relationships "
        "but sit in the My VA column.",
        epilog=CHECK_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    checker.add_argument("plan", metavar="PLAN", type=Path, help="an existing plan file")

    briefer = commands.add_parser(
        "brief",
        help="write the VA brief (PDF, Markdown or HTML)",
        description="Write the hand-over brief for your VA: totals, every My VA task with "
        "its steps, 'done when' and approvals, the relationship tasks that stay with you and "
        "why, and the tasks nobody does any more.",
        epilog=BRIEF_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    briefer.add_argument("plan", metavar="PLAN", type=Path, help="an existing plan file")
    briefer.add_argument(
        "--out", metavar="FILE", type=Path, required=True, help="file to write (.pdf, .md, .html)"
    )
    briefer.add_argument(
        "--paper",
        choices=("auto", "a4", "letter"),
        default="auto",
        help="PDF and print page size (default: from the locale, Letter in the US)",
    )
    briefer.add_argument(
        "--va-rate", metavar="AMOUNT", type=_amount, default=0.0, help="your VA's hourly rate"
    )
    briefer.add_argument(
        "--owner-rate",
        metavar="AMOUNT",
        type=_amount,
        default=0.0,
        help="what an hour of your own time is worth",
    )
    briefer.add_argument(
        "--currency", metavar="SYMBOL", default="$", help="currency symbol or code (default $)"
    )
    briefer.add_argument(
        "--boundary",
        metavar="TEXT",
        help="the paragraph under 'Stays with me' (default: a standard one)",
    )

    recoverer = commands.add_parser(
        "recover",
        help="read the tasks of a refused plan into a clean copy",
        description="Read the tasks of PLAN into a new plan, checking every value on the way. "
        "For a plan that Delegation Planner refuses to open because it holds something the app "
        "did not create (a trigger, a view, an extra table or column) or a bad value. Only the "
        "tasks are read; PLAN itself is not changed.",
        epilog="prints: Read N tasks from PLAN into the clean copy NEW; PLAN was not changed. "
        "Then one line for each value that could not be kept.",
    )
    recoverer.add_argument("plan", metavar="PLAN", type=Path, help="the refused plan file")
    recoverer.add_argument(
        "--out",
        metavar="NEW",
        type=Path,
        help="the new plan to write (must not exist; default: 'PLAN (clean copy)' beside it)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as error:
        _error(f"{error} (see '{PROG} --help')")
        return EXIT_USAGE
    except SystemExit as done:  # --help and --version
        return done.code if isinstance(done.code, int) else EXIT_OK
    try:
        code = _run(args)
        if "planner.advice" in sys.modules:  # the command asked the advisor
            from planner.advice import advisor_problem

            if advisor_problem():  # its work is done, but without relationship warnings
                _error(advisor_problem())
                return EXIT_FAILURE
        return code
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_FAILURE
    except PlannerError as error:
        _error(_one_line(error))
    except sqlite3.Error as error:
        _error(f"the plan file cannot be read ({error})")
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        _error(f"{where}{error.strerror or error}")
    except KeyboardInterrupt:
        return 130
    return EXIT_FAILURE


# -- commands --------------------------------------------------------------------------------


def _run(args: argparse.Namespace) -> int:
    if args.command == "import":
        return _import(args.plan, args.csv)
    if args.command == "export":
        return _export(args.plan, args.csv)
    if args.command == "brief":
        return _brief(args)
    if args.command == "recover":
        return _recover(args.plan, args.out)
    return _check(args.plan)


def _import(plan_path: Path, csv_path: Path) -> int:
    from planner.csv_import import read_csv
    from planner.import_plan import apply_import, plan_import
    from planner.model import QUOTED_CHARS, shortened
    from planner.plan import Plan

    batch = read_csv(csv_path)  # read and validate first: a bad CSV creates no plan
    existed = plan_path.expanduser().exists()
    plan = Plan.open(plan_path, create=True)
    try:
        planned = plan_import(plan, batch)
        if not planned.changes_nothing:
            apply_import(plan, planned)
    except PlannerError:
        plan.close()
        if not existed:
            _remove_plan(plan.path)
        raise
    plan.close()
    _print(f"Imported {csv_path} into {plan_path}: {planned.summary()}.")
    if planned.added:
        counts = ", ".join(f"{c.value}: {n}" for c, n in planned.added_counts().items())
        _print(f"Added to {counts}.")
    for update in planned.updated:
        title = shortened(update.task.title, QUOTED_CHARS)
        _print(f"Updated '{title}' (line {update.line}): {update.summary()}.")
    if batch.ignored_columns:
        _print("Ignored columns: " + ", ".join(batch.ignored_columns) + ".")
    return EXIT_OK


def _export(plan_path: Path, destination: str) -> int:
    from planner.csv_export import export_bytes, export_csv
    from planner.plan import Plan

    with Plan.open_for_reading(plan_path) as plan:
        if destination == "-":
            data = export_bytes(plan)
            sys.stdout.flush()
            buffer = getattr(sys.stdout, "buffer", None)
            if buffer is None:  # a text-only stdout (embedding); same text, minus the bytes
                sys.stdout.write(data.decode("utf-8"))
                sys.stdout.flush()
            else:
                buffer.write(data)
                buffer.flush()
            return EXIT_OK
        rows = export_csv(plan, Path(destination))
    noun = "task" if rows == 1 else "tasks"
    _print(f"Exported {rows} {noun} to {destination}.")
    return EXIT_OK


def _check(plan_path: Path) -> int:
    from planner.advice import advisor_problem, is_accepted_warning, warning_for
    from planner.plan import Plan, iter_placed

    lines: list[str] = []
    accepted = 0
    with Plan.open_for_reading(plan_path) as plan:
        for column, _index, task in iter_placed(plan):
            found = warning_for(task, column, plan.board)
            if found is not None:
                lines.append(f"{column.value} | {found.title} | {found.reason}")
            elif is_accepted_warning(task, column, plan.board):
                accepted += 1
    if advisor_problem():  # a count of "no warnings" would be false
        return EXIT_FAILURE
    for line in lines:
        _print(line)
    _print(check_summary(len(lines), accepted))
    return EXIT_FAILURE if lines else EXIT_OK


def _brief(args: argparse.Namespace) -> int:
    from planner.brief import (
        DEFAULT_BOUNDARY,
        BriefFormatError,
        BriefSettings,
        Paper,
        build_brief,
        default_paper,
        format_for,
        write_brief,
    )
    from planner.plan import Plan

    try:
        kind = format_for(args.out)  # a wrong suffix is a usage mistake, found before reading
    except BriefFormatError as error:
        _error(str(error))
        return EXIT_USAGE
    paper = default_paper() if args.paper == "auto" else Paper(args.paper)
    boundary = DEFAULT_BOUNDARY if args.boundary is None else args.boundary
    settings = BriefSettings(args.va_rate, args.owner_rate, args.currency.strip() or "$", boundary)
    with Plan.open_snapshot(args.plan) as plan:
        brief = build_brief(plan, settings)
    write_brief(brief, args.out, paper, kind)
    count = len(brief.your_tasks)
    noun = "task" if count == 1 else "tasks"
    detail = f"{kind.label}, {paper.label}" if kind.name == "PDF" else kind.label
    _print(f"Wrote the VA brief ({detail}, {count} {noun} for your VA) to {args.out}.")
    return EXIT_OK


def _recover(plan_path: Path, destination: Path | None) -> int:
    from planner.recovery import recover_plan

    recovery = recover_plan(plan_path, destination)
    _print(recovery.summary())
    for line in recovery.corrections:
        _print(f"  {line}")
    return EXIT_OK


def check_summary(warnings: int, accepted: int) -> str:
    """The last line of ``check``."""
    tail = f" ({accepted} accepted)" if accepted else ""
    if warnings:
        return f"{warnings} warning{'' if warnings == 1 else 's'}{tail}"
    if accepted:
        return f"No open warnings{tail}."
    return "No warnings: every relationship-building task is with you."


# -- output ----------------------------------------------------------------------------------


def _one_line(error: PlannerError) -> str:
    """The error as one line: a CSV's bad lines are joined, the first few named."""
    if isinstance(error, CsvError) and error.problems:
        head = str(error).splitlines()[0].rstrip(":.")
        shown = error.problems[:SHOWN_PROBLEMS]
        more = len(error.problems) - len(shown)
        tail = f"; and {more} more" if more else ""
        return f"{head}: {'; '.join(shown)}{tail}"
    return " ".join(str(error).split())


def _print(line: str) -> None:
    """Print a line even on a console that cannot show every character (emoji on cp1252)."""
    stream = sys.stdout
    encoding = getattr(stream, "encoding", None) or "utf-8"
    stream.write(line.encode(encoding, "replace").decode(encoding) + "\n")


def _error(message: str) -> None:
    text = " ".join(message.split())
    encoding = getattr(sys.stderr, "encoding", None) or "utf-8"
    sys.stderr.write(f"{PROG}: error: {text}".encode(encoding, "replace").decode(encoding) + "\n")
    sys.stderr.flush()


def _silence_stdout() -> None:
    """After a closed pipe (``| head``), stop Python complaining when it flushes stdout."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _remove_plan(path: Path) -> None:
    """Remove a plan this command created and could not fill, so a failure leaves nothing."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
