"""Shape checks for the real-world advisor data in tests/data/advisor-real/.

This module owns the contract of that folder, not the advisor's score on it: every CSV has the
agreed header, a 0/1 label that agrees with its kind, a known family, a source and a reason on
every row; tune and hold-out files never share a source (so a score on the hold-out part is a
score on wording the advisor was not tuned on); and no phrasing appears twice in the folder.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "advisor-real"
HEADER = ["text", "relationship_building", "kind", "why", "source", "family"]
KINDS = {"relationship", "voice", "production", "admin", "research", "setup", "avoid"}
FAMILIES = {
    "va-task-lists",
    "never-delegate-posts",
    "community-manager-duties",
    "support-playbooks",
    "job-descriptions",
    "owner-routines",
    "management-guides",
    "sales-guides",
    "todo-sample-data",
}
FILE_NAME = re.compile(r"^(tune|holdout)-[a-z0-9]+\.csv$")


def _csv_files() -> list[Path]:
    return sorted(DATA_DIR.glob("*.csv"))


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header = list(reader.fieldnames or [])
        rows = list(reader)
    return header, rows


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


def test_folder_holds_tune_data_and_a_readme() -> None:
    names = [path.name for path in _csv_files()]
    assert any(name.startswith("tune-") for name in names), names
    assert (DATA_DIR / "README.md").is_file()


@pytest.mark.parametrize("path", _csv_files(), ids=lambda path: path.name)
def test_file_is_named_tune_or_holdout(path: Path) -> None:
    assert FILE_NAME.match(path.name), f"{path.name}: expected tune-<x>.csv or holdout-<x>.csv"


@pytest.mark.parametrize("path", _csv_files(), ids=lambda path: path.name)
def test_every_row_has_the_agreed_shape(path: Path) -> None:
    header, rows = _read(path)
    assert header == HEADER
    assert rows, f"{path.name} has no rows"
    for line, row in enumerate(rows, start=2):
        where = f"{path.name}:{line}"
        assert None not in row, f"{where}: more fields than the header"
        text = row["text"]
        assert text and text == text.strip(), f"{where}: empty or padded text {text!r}"
        assert row["relationship_building"] in {"0", "1"}, where
        assert row["kind"] in KINDS, f"{where}: unknown kind {row['kind']!r}"
        is_relationship = row["relationship_building"] == "1"
        assert is_relationship == (row["kind"] == "relationship"), (
            f"{where}: label {row['relationship_building']} disagrees with kind {row['kind']}"
        )
        assert row["why"].strip(), f"{where}: no reason"
        assert row["source"].strip(), f"{where}: no source"
        assert row["family"] in FAMILIES, f"{where}: unknown family {row['family']!r}"


def test_no_source_is_in_both_a_tune_and_a_holdout_file() -> None:
    sources: dict[str, set[str]] = {"tune": set(), "holdout": set()}
    for path in _csv_files():
        part = path.name.split("-", 1)[0]
        if part in sources:
            sources[part].update(row["source"] for row in _read(path)[1])
    shared = sources["tune"] & sources["holdout"]
    assert not shared, f"sources in both parts: {sorted(shared)[:5]}"


def test_no_phrasing_appears_twice_in_the_folder() -> None:
    seen: dict[str, str] = {}
    duplicates: list[str] = []
    for path in _csv_files():
        for line, row in enumerate(_read(path)[1], start=2):
            key = _normalised(row["text"])
            here = f"{path.name}:{line}"
            if key in seen:
                duplicates.append(f"{row['text']!r} at {seen[key]} and {here}")
            else:
                seen[key] = here
    assert not duplicates, duplicates[:5]
