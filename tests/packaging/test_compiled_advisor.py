"""The compiled advisor of the bundle: the source tree stays pure, mypyc accepts the modules it
compiles, the build refuses to ship pure Python by accident, and the bundle's advisor check
catches a fallback or a different answer.

Compiling itself (mypyc and a C compiler, about a minute) is left to ``.ci/package``, which
builds the bundle and runs its ``--check-advisor``; these tests need no compiler.
"""

from __future__ import annotations

import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import advisor_check
import bundling
import compile_advisor
import pytest

import planner.advisor.reading
import planner.advisor.verdict
import planner.advisor.vocabulary

TITLES = ("Reply to comments on my blog", "Book the venue for the retreat", "Ghostwrite my posts")


def test_the_source_tree_holds_no_compiled_module() -> None:
    # A compiled module left beside its .py would be imported instead of it, edits unseen.
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    root = compile_advisor.REPO
    found = [p for folder in ("planner", "ui", "resources") for p in (root / folder).rglob("*")]
    assert [p for p in found if p.name.endswith(suffixes)] == []
    for module in (planner.advisor.reading, planner.advisor.verdict, planner.advisor.vocabulary):
        assert module.__file__ is not None and module.__file__.endswith(".py")


def test_the_compiled_modules_are_the_ones_the_check_knows() -> None:
    names = tuple(f"{compile_advisor.PACKAGE}.{m}" for m in compile_advisor.MODULES)
    assert names == advisor_check.ADVISOR_MODULES


def test_mypyc_accepts_the_compiled_modules(tmp_path: Path) -> None:
    # mypyc refuses some constructs plain Python and mypy accept (reading a class's __slots__,
    # for one): a change to these modules must keep them compilable, or the bundle cannot be
    # built. Checked up to the C source (no C compiler needed: a few seconds).
    assert compile_advisor.mypyc_refusals(tmp_path) == ""
    assert {p.name for p in (tmp_path / "c").glob("*.c")} >= {"__native_advisor.c"}


def write_answers(path: Path, compiled: list[str]) -> list[list[object]]:
    answers: list[list[object]] = [[t, "", advisor_check.answer(t)] for t in TITLES]
    answers.append(
        [
            TITLES[1],
            "call her to thank her",
            advisor_check.answer(TITLES[1], "call her to thank her"),
        ]
    )
    path.write_text(json.dumps({"compiled": compiled, "answers": answers}), encoding="utf-8")
    return answers


def test_the_check_passes_when_every_answer_is_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_answers(tmp_path / "answers.json", [])
    assert advisor_check.main(["--check-advisor", str(tmp_path / "answers.json")]) == 0
    assert "advisor check passed: 4 answers identical; pure Python" in capsys.readouterr().out


def test_the_check_fails_on_a_different_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "answers.json"
    answers = write_answers(path, [])
    fields = answers[0][2]
    assert isinstance(fields, list) and fields[0] is True  # a relationship task
    fields[0] = False
    path.write_text(json.dumps({"compiled": [], "answers": answers}), encoding="utf-8")
    assert advisor_check.check(path) == 1
    out = capsys.readouterr().out
    assert "advisor check FAILED" in out
    assert "'Reply to comments on my blog'" in out
    assert "1 of 4 answers differ" in out


def test_the_check_fails_when_a_promised_module_is_not_compiled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_answers(tmp_path / "answers.json", ["planner.advisor.reading"])
    assert advisor_check.check(tmp_path / "answers.json") == 1
    out = capsys.readouterr().out
    assert "planner.advisor.reading is not compiled: loaded from" in out
    assert "reading.py" in out


def test_the_texts_leave_the_held_out_sets_alone(tmp_path: Path) -> None:
    (tmp_path / "tune-x.csv").write_text("text,label\nThank new followers,1\n", encoding="utf-8")
    (tmp_path / "holdout-x.csv").write_text("text,label\nSecret row,1\n", encoding="utf-8")
    (tmp_path / "sheet.csv").write_text("title;notes\nCall Ann;about the launch\n", "utf-8")
    texts, pairs = advisor_check.texts_and_pairs(tmp_path)
    sheet = ["title", "notes", "Call Ann", "about the launch"]
    assert texts == [*sheet, "text", "label", "Thank new followers"]
    assert ("Thank new followers", "1") in pairs
    assert all("Secret row" not in t for t in texts)


@pytest.mark.skipif(sys.platform == "win32", reason="the compiler is found another way there")
def test_no_compiler_means_no_build_unless_asked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    missing = compile_advisor.missing_tools()
    assert any("C compiler" in m and "gcc" in m for m in missing)
    with pytest.raises(compile_advisor.CompileError, match="cannot compile the advisor"):
        compile_advisor.compile_package(tmp_path, "planner.advisor", ("reading",))
    with pytest.raises(SystemExit, match="--pure-advisor builds without it"):
        bundling.compile_advisor(tmp_path, pure=False)
    assert list(tmp_path.iterdir()) == []  # nothing copied, nothing written


def test_missing_headers_are_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    paths = {**sysconfig.get_paths(), "include": str(tmp_path)}
    monkeypatch.setattr(sysconfig, "get_paths", lambda: paths)
    assert any("python3-dev" in m for m in compile_advisor.missing_tools())


def test_the_frozen_entry_point_runs_the_check(tmp_path: Path) -> None:
    # launch.py is what the bundle runs; from source it runs the pure advisor, so the check
    # passes with nothing promised compiled and fails with a module promised.
    write_answers(tmp_path / "pure.json", [])
    write_answers(tmp_path / "promised.json", ["planner.advisor.verdict"])
    launch = str(bundling.PACKAGING / "launch.py")
    command = [sys.executable, launch, "--check-advisor"]
    # this checkout's advisor, as a bundle carries its own (not whatever checkout the virtual
    # environment's editable install points at: a worktree's model differs from main's)
    env = {**os.environ, "PYTHONPATH": str(compile_advisor.REPO)}
    good = subprocess.run(
        [*command, str(tmp_path / "pure.json")], capture_output=True, text=True, env=env
    )
    assert good.returncode == 0, good.stdout + good.stderr
    assert "advisor check passed: 4 answers identical; pure Python" in good.stdout
    bad = subprocess.run(
        [*command, str(tmp_path / "promised.json")], capture_output=True, text=True, env=env
    )
    assert bad.returncode == 1
    assert "planner.advisor.verdict is not compiled" in bad.stdout
