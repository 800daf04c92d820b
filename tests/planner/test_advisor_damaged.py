"""A damaged advisor install (its data files unreadable) costs the warnings, never the plan:
every task gets no advice instead of an error, and the problem is told once, in one line."""

from __future__ import annotations

import fnmatch
import io
from pathlib import Path

import pytest

from planner import advice
from planner.advisor import AdvisorDataError
from planner.advisor import model as advisor_model
from planner.cli import main
from planner.errors import PlannerError
from planner.model import Column, Relationship, TaskChanges
from planner.plan import Plan
from planner.rules import could_delegate
from tests.conftest import ADVISOR_TOLD as TOLD

from .test_cli import one_error_line


@pytest.mark.usefixtures("damaged_advisor")
def test_a_damaged_advisor_gives_no_advice_and_says_why_once() -> None:
    assert advice.advisor_problem() == ""
    found = advice.assessment("Reply to podcast listeners")
    assert found == advice.NO_ADVICE
    assert not found.relationship_building and not could_delegate(found)
    problem = advice.advisor_problem()
    assert problem == TOLD
    advice.assessment("Book travel")  # a second problem does not replace the first
    assert advice.advisor_problem() == problem


def test_the_problem_goes_with_the_cache() -> None:
    advice.assessment.cache_clear()
    assert advice.advisor_problem() == ""
    assert advice.assessment("Reply to podcast listeners").relationship_building


@pytest.mark.usefixtures("damaged_advisor")
def test_owner_settings_still_count_without_the_advisor(plan: Plan) -> None:
    kept = plan.add(
        "Call my best clients", Column.VA, fields=TaskChanges(relationship=Relationship.YES)
    )
    left = plan.add("Reply to podcast listeners", Column.VA)
    board = plan.board
    assert advice.warning_for(board.task(kept.id), Column.VA, board) is not None
    assert advice.warning_for(board.task(left.id), Column.VA, board) is None
    assert not advice.could_hand_over(board.task(left.id), Column.ME, board)


@pytest.mark.usefixtures("damaged_advisor")
def test_check_with_a_damaged_advisor_fails_in_one_line(
    plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Plan.open(plan_path, create=True) as plan:
        plan.add("Reply to podcast listeners", Column.VA)
    assert main(["check", str(plan_path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""  # no "no warnings" count that would be false
    assert one_error_line(err) == f"delegation-planner: error: {TOLD}"


@pytest.mark.usefixtures("damaged_advisor")
def test_export_with_a_damaged_advisor_writes_the_file_and_says_so(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Plan.open(plan_path, create=True) as plan:
        plan.add("Reply to podcast listeners", Column.VA)
    out = tmp_path / "plan.csv"
    assert main(["export", str(plan_path), "--csv", str(out)]) == 1
    assert "Reply to podcast listeners" in out.read_text(encoding="utf-8-sig")
    assert one_error_line(capsys.readouterr().err) == f"delegation-planner: error: {TOLD}"


def test_data_that_cannot_be_loaded_is_tried_once_and_leaves_no_file_open(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A damaged install fails the same way on every assessment, without opening the files
    again each time (the board asks for every card: open files would run out)."""
    opened: list[io.BytesIO] = []

    def open_data(name: str) -> io.BytesIO:
        if name == advisor_model.LEXICON_FILE:
            raise AdvisorDataError(f"{name}: cannot be read (no such file)")
        opened.append(io.BytesIO(b"advisor-model"))
        return opened[-1]

    monkeypatch.setattr(advisor_model, "_loaded", [])
    monkeypatch.setattr(advisor_model, "_failed", None)
    monkeypatch.setattr(advisor_model, "open_data", open_data)
    for _ in range(3):
        with pytest.raises(AdvisorDataError, match=r"advisor-lexicon\.txt: cannot be read"):
            advisor_model.shipped()
    assert len(opened) == 1 and opened[0].closed


def test_a_damaged_advisor_is_a_problem_users_are_told_in_one_line() -> None:
    assert issubclass(AdvisorDataError, PlannerError)


def test_git_keeps_the_sectioned_data_files_byte_for_byte() -> None:
    """Their sizes and checksums are recorded inside them: a checkout that changed their line
    endings (Git for Windows converts text files by default) would turn the advisor off."""
    root = Path(__file__).resolve().parents[2]
    rules = [
        line.split()
        for line in (root / ".gitattributes").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    sectioned = [advisor_model.MODEL_FILE, advisor_model.LEXICON_FILE]
    assert all((root / "resources" / "rules" / name).exists() for name in sectioned)
    for name in sectioned:
        path = f"resources/rules/{name}"
        assert any(fnmatch.fnmatch(path, rule[0]) and "-text" in rule[1:] for rule in rules), path
        assert b"\r\n" not in (root / path).read_bytes()


def test_a_cut_model_file_is_told_in_plain_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a user of a damaged install reads: the file and what is wrong with it, then what to
    do; the problem's own brackets are not wrapped in more ("...written with)).")."""
    real = advisor_model.open_data

    def cut(name: str) -> io.BytesIO:
        with real(name) as file:
            data = file.read()
        return io.BytesIO(data[:-1] if name == advisor_model.MODEL_FILE else data)

    advice.assessment.cache_clear()
    monkeypatch.setattr(advisor_model, "_loaded", [])
    monkeypatch.setattr(advisor_model, "_failed", None)
    monkeypatch.setattr(advisor_model, "open_data", cut)
    try:
        assert advice.assessment("Reply to podcast listeners") == advice.NO_ADVICE
        told = advice.advisor_problem()
    finally:
        advice.assessment.cache_clear()
    assert told == (
        "Relationship warnings are off: the advisor's data cannot be used. "
        "advisor-model.txt: damaged (not the size it was written with). "
        "Reinstall the app to get them back; your plan is not affected."
    )
    assert "))" not in told
