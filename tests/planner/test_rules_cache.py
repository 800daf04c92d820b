"""The advisor's built tables are cached between starts, and a bad or stale cache is rebuilt."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = textwrap.dedent(
    """
    import sys
    import planner.rules as rules
    built = []
    original = rules._build
    rules._build = lambda text: built.append(1) or original(text)
    answer = rules.assess("Reply to comments on my blog")
    print(len(built), answer.relationship_building, answer.reason[:20])
    """
)


def run_probe(cache: Path) -> list[str]:
    env = {**os.environ, "DELEGATION_PLANNER_CACHE": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout.split(maxsplit=2)


def test_second_start_reads_the_cache(tmp_path: Path) -> None:
    first = run_probe(tmp_path)
    assert first[:2] == ["1", "True"]  # built from the rules file
    cached = list(tmp_path.glob("advisor-*.pickle"))
    assert len(cached) == 1
    second = run_probe(tmp_path)
    assert second == ["0", "True", first[2]]  # same answer, nothing rebuilt
    assert list(tmp_path.glob("*.partial")) == []


def test_a_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    run_probe(tmp_path)
    (cached,) = tmp_path.glob("advisor-*.pickle")
    cached.write_bytes(b"not a pickle at all")
    assert run_probe(tmp_path)[:2] == ["1", "True"]
    assert cached.read_bytes() != b"not a pickle at all"  # and written again


def test_a_cache_for_other_rules_is_not_used(tmp_path: Path) -> None:
    run_probe(tmp_path)
    (cached,) = tmp_path.glob("advisor-*.pickle")
    cached.rename(tmp_path / "advisor-0000000000000000000000000000000a.pickle")
    assert run_probe(tmp_path)[:2] == ["1", "True"]
    assert [p.name for p in tmp_path.glob("advisor-*.pickle")] == [cached.name]  # old one gone


def test_an_unwritable_cache_folder_is_not_a_problem(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    assert run_probe(blocker / "cache")[:2] == ["1", "True"]
