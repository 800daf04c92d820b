"""Tests for planner.cli: exact output and exit codes of import, export and check, and errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner import __version__, advice
from planner.cli import main
from planner.csv_export import export_bytes
from planner.model import Column, Relationship, TaskChanges
from planner.plan import Plan

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "csv"
NO_WARNINGS = "No warnings: every relationship-building task is with you."


def run_module(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )


def one_error_line(err: str) -> str:
    """The single stderr line of a failed command (and proof that it is a single line)."""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("delegation-planner: error: ")
    return lines[0]


@pytest.fixture
def filled(plan_path: Path) -> Path:
    """A closed plan with one open warning, one accepted, and tasks the advisor cannot flag."""
    with Plan.open(plan_path, create=True) as plan:
        plan.add("Plan the week", Column.ME, fields=TaskChanges(relationship=Relationship.NO))
        plan.add(
            "Call my best clients", Column.VA, fields=TaskChanges(relationship=Relationship.YES)
        )
        plan.add("Book travel", Column.VA, fields=TaskChanges(relationship=Relationship.NO))
        plan.add(
            "Thank-you notes",
            Column.VA,
            fields=TaskChanges(
                relationship=Relationship.YES, accepted=True, accept_note="she signs my name well"
            ),
        )
        plan.add(
            "Personal friendships", Column.ME, fields=TaskChanges(relationship=Relationship.YES)
        )
    return plan_path


def reason_of(plan_path: Path, title: str) -> str:
    with Plan.open(plan_path) as plan:
        task = next(t for t in plan.tasks() if t.title == title)
        return advice.reason(task)


# -- import ----------------------------------------------------------------------------------


def test_import_creates_the_plan_and_reports_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_path = tmp_path / "new.dplan"
    assert main(["import", str(plan_path), "--csv", str(DATA / "excel-de-semicolon.csv")]) == 0
    out, err = capsys.readouterr()
    source = DATA / "excel-de-semicolon.csv"
    assert out == (
        f"Imported {source} into {plan_path}: 3 added, 0 updated, 0 unchanged.\n"
        "Added to Me: 1, My VA: 1, Nobody: 1.\n"
        "Ignored columns: Kunde.\n"
    )
    assert err == ""
    with Plan.open(plan_path) as plan:
        assert [t.title for t in plan.tasks(Column.VA)] == ["Rechnungen schreiben"]


def test_import_into_an_existing_plan_appends(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(filled), "--csv", str(DATA / "minimal-titles.csv")]) == 0
    assert capsys.readouterr().out == (
        f"Imported {DATA / 'minimal-titles.csv'} into {filled}: 3 added, 0 updated, 0 unchanged.\n"
        "Added to Me: 3, My VA: 0, Nobody: 0.\n"
    )
    with Plan.open(filled) as plan:
        assert len(plan.tasks(Column.ME)) == 5


def test_import_bad_csv_is_one_line_naming_the_lines_and_creates_no_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_path = tmp_path / "new.dplan"
    source = DATA / "bad-rows.csv"
    assert main(["import", str(plan_path), "--csv", str(source)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert one_error_line(err) == (
        f"delegation-planner: error: Nothing was imported from {source}: 5 lines have problems: "
        "line 4: unknown column 'Boss' (expected one of: Me, My VA, Nobody); "
        "line 6: the title cannot be empty; "
        "line 7: hours per week must be a number, not 'lots'; "
        "line 9: relationship_building must be yes or no, not 'maybe'; "
        "line 10: hours per week cannot be negative"
    )
    assert not plan_path.exists()


def test_import_many_bad_lines_are_shortened(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("title,hours\n" + "x,-1\n" * 12, encoding="utf-8")
    assert main(["import", str(tmp_path / "p.dplan"), "--csv", str(source)]) == 1
    line = one_error_line(capsys.readouterr().err)
    assert line.endswith("line 6: hours per week cannot be negative; and 7 more")
    assert "line 7:" not in line


def test_import_bad_csv_leaves_an_existing_plan_unchanged(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = export_bytes_of(filled)
    assert main(["import", str(filled), "--csv", str(DATA / "bad-rows.csv")]) == 1
    one_error_line(capsys.readouterr().err)
    assert export_bytes_of(filled) == before


def test_import_missing_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.csv"
    assert main(["import", str(tmp_path / "p.dplan"), "--csv", str(missing)]) == 1
    assert one_error_line(capsys.readouterr().err) == (
        f"delegation-planner: error: {missing}: there is no file here"
    )
    assert not (tmp_path / "p.dplan").exists()


def test_import_into_a_text_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my shopping list\n", encoding="utf-8")
    assert main(["import", str(notes), "--csv", str(DATA / "minimal-titles.csv")]) == 1
    line = one_error_line(capsys.readouterr().err)
    assert "not a Delegation Planner plan" in line
    assert notes.read_text(encoding="utf-8") == "my shopping list\n"


# -- export ----------------------------------------------------------------------------------


def export_bytes_of(plan_path: Path) -> bytes:
    with Plan.open(plan_path) as plan:
        return export_bytes(plan)


def test_export_to_a_file(filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_path = tmp_path / "out.csv"
    assert main(["export", str(filled), "--csv", str(out_path)]) == 0
    assert capsys.readouterr() == (f"Exported 5 tasks to {out_path}.\n", "")
    assert out_path.read_bytes() == export_bytes_of(filled)


def test_export_to_stdout_writes_the_same_bytes(
    filled: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["export", str(filled), "--csv", "-"]) == 0
    out, err = capsysbinary.readouterr()
    assert out == export_bytes_of(filled)
    assert out.startswith(b"\xef\xbb\xbfcolumn,position,title,")
    assert err == b""


def test_export_to_stdout_through_python_m_planner(filled: Path) -> None:
    done = run_module("export", str(filled), "--csv", "-")
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout == export_bytes_of(filled)


@pytest.mark.parametrize("command", ["export", "check"])
def test_missing_plan_is_an_error_and_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    missing = tmp_path / "missing.dplan"
    out_path = tmp_path / "out.csv"
    argv = [command, str(missing)] + (["--csv", str(out_path)] if command == "export" else [])
    assert main(argv) == 1
    assert one_error_line(capsys.readouterr().err) == (
        f"delegation-planner: error: {missing}: there is no file here"
    )
    assert sorted(tmp_path.iterdir()) == []


def test_text_file_as_plan_through_python_m_planner(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("title\nnot a plan\n", encoding="utf-8")
    done = run_module("check", str(notes))
    assert done.returncode == 1
    assert done.stdout == b""
    assert one_error_line(done.stderr.decode()) == (
        f"delegation-planner: error: {notes}: "
        "this is not a Delegation Planner plan (not an SQLite database)"
    )


def test_export_into_a_missing_folder(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nowhere" / "out.csv"
    assert main(["export", str(filled), "--csv", str(target)]) == 1
    line = one_error_line(capsys.readouterr().err)
    assert "does not exist" in line


# -- check -----------------------------------------------------------------------------------


def test_check_lists_open_warnings_and_exits_1(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reason = reason_of(filled, "Call my best clients")
    assert reason
    assert main(["check", str(filled)]) == 1
    assert capsys.readouterr() == (
        f"My VA | Call my best clients | {reason}\n1 warning (1 accepted)\n",
        "",
    )


def test_check_counts_several_warnings(plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Plan.open(plan_path, create=True) as plan:
        plan.add("One", Column.VA, fields=TaskChanges(relationship=Relationship.YES))
        plan.add("Two", Column.VA, fields=TaskChanges(relationship=Relationship.YES))
    assert main(["check", str(plan_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line.split(" | ")[:2] for line in out[:2]] == [["My VA", "One"], ["My VA", "Two"]]
    assert out[2:] == ["2 warnings"]


def test_check_without_warnings_exits_0(
    plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Plan.open(plan_path, create=True) as plan:
        plan.add("Keep in touch", Column.ME, fields=TaskChanges(relationship=Relationship.YES))
        plan.add("File receipts", Column.VA, fields=TaskChanges(relationship=Relationship.NO))
    assert main(["check", str(plan_path)]) == 0
    assert capsys.readouterr() == (NO_WARNINGS + "\n", "")


def test_check_with_only_accepted_warnings_exits_0(
    plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Plan.open(plan_path, create=True) as plan:
        plan.add(
            "Keep in touch",
            Column.VA,
            fields=TaskChanges(relationship=Relationship.YES, accepted=True),
        )
    assert main(["check", str(plan_path)]) == 0
    assert capsys.readouterr().out == "No open warnings (1 accepted).\n"


def test_check_flags_what_the_advisor_flags(
    plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Plan.open(plan_path, create=True) as plan:
        task = plan.add("Reply to comments on my blog", Column.VA)
        plan.add("Update the bookkeeping", Column.VA)
        flagged = advice.warning_for(task, Column.VA)
    assert flagged is not None and flagged.reason
    assert main(["check", str(plan_path)]) == 1
    assert capsys.readouterr().out == f"My VA | {task.title} | {flagged.reason}\n1 warning\n"


def test_check_empty_plan(plan: Plan, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(plan.path)]) == 0
    assert capsys.readouterr().out == NO_WARNINGS + "\n"


# -- usage -----------------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"delegation-planner {__version__}\n"


@pytest.mark.parametrize("command", [[], ["import"], ["export"], ["check"]])
def test_help_on_every_command(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    assert main([*command, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: delegation-planner {' '.join(command)}".rstrip() + " ")
    if command == ["check"]:
        assert "My VA | <task title> | <why it builds a relationship>" in out
        assert "exit status" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "the following arguments are required: COMMAND"),
        (["import", "plan.dplan"], "the following arguments are required: --csv"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["check", "a", "b"], "unrecognized arguments: b"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert message in one_error_line(err)


def test_usage_error_through_python_m_planner() -> None:
    done = run_module("import")
    assert done.returncode == 2
    one_error_line(done.stderr.decode())
