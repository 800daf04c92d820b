"""Checking that a bundle runs the compiled advisor and that it answers exactly as the pure one.

Two halves, one file (the bundle carries it; ``launch.py`` hands it ``--check-advisor``):

    python packaging/advisor_check.py dump OUT.json [MODULE...]   # at build time, pure Python
    delegation-planner --check-advisor OUT.json                     # the frozen app

``dump`` assesses a fixed set of texts with the advisor of the source tree (it refuses to run on
anything but the ``.py`` files) and writes the answers, with the names of the modules the bundle
must carry compiled (``MODULE...``, from ``compile_advisor``; none for a pure build). The texts
are every cell of every CSV file in ``tests/data`` except the held-out sets (titles, reasons,
sources: real wording and odd strings), each title with its row's last cell as notes, and the
benchmark's 10,000 titles.

``--check-advisor`` in the bundle checks that each of those modules was loaded from an extension
module (not a ``.py`` or ``.pyc`` fallback), assesses the same texts and compares every field of
every answer, the model's score bit for bit (``repr`` of the float). It prints one line
``advisor check passed: ...`` and exits 0, or prints what differs and exits 1.
"""

from __future__ import annotations

import csv
import importlib
import importlib.machinery
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
ADVISOR_MODULES = (
    "planner.advisor.model",
    "planner.advisor.reading",
    "planner.advisor.verdict",
    "planner.advisor.vocabulary",
)


def texts_and_pairs(data: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """The distinct non-numeric cells of the CSV files below ``data`` (held-out sets left out:
    only the lead opens those), and (first cell, last cell) of each row, as title and notes."""
    texts: dict[str, None] = {}
    pairs: dict[tuple[str, str], None] = {}
    for path in sorted(data.rglob("*.csv")):
        if "holdout" in path.name:
            continue
        raw = path.read_bytes().decode("utf-8", "replace")
        delimiter = ";" if raw.count(";") > raw.count(",") else ","
        for row in csv.reader(raw.splitlines(), delimiter=delimiter):
            for cell in row:
                if cell and not cell.isdigit():
                    texts[cell] = None
            if len(row) >= 2 and row[0] and row[-1]:
                pairs[(row[0], row[-1])] = None
    return list(texts), list(pairs)


def answer(title: str, notes: str = "") -> list[Any]:
    """Every field of the advisor's answer, in a form JSON keeps exactly (floats as ``repr``)."""
    from planner.advisor import assess
    from planner.advisor.model import shipped
    from planner.advisor.verdict import judge

    a = assess(title, notes)
    fields: list[Any] = [
        a.relationship_building,
        str(a.kind),
        a.reason,
        list(a.matched),
        a.voice_note,
        a.advice,
    ]
    if not notes:
        j = judge(shipped(), title)
        fields += [repr(j.score), j.family, j.act]
    return fields


def loaded_from(module: str) -> str:
    """The file ``module`` was loaded from."""
    return str(getattr(importlib.import_module(module), "__file__", "") or "")


def is_extension(path: str) -> bool:
    return path.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


def dump(out: Path, compiled: list[str]) -> int:
    """Write the pure advisor's answers and the modules the bundle must carry compiled."""
    # this checkout's advisor, the one the bundle is built from (not whatever checkout the
    # virtual environment's editable install points at)
    sys.path[:0] = [str(REPO), str(REPO / "tests" / "benchmarks")]
    make_titles = importlib.import_module("bench_advisor").make_titles  # not for the bundle

    for module in ADVISOR_MODULES:
        if is_extension(loaded_from(module)):
            print(f"advisor check: {module} is compiled here ({loaded_from(module)})")
            print("  the answers must come from the pure .py source: remove that file")
            return 1
    texts, pairs = texts_and_pairs(REPO / "tests" / "data")
    known = set(texts)
    texts += [t for t in make_titles(10_000) if t not in known]
    answers = [[t, "", answer(t)] for t in texts] + [[t, n, answer(t, n)] for t, n in pairs]
    payload = {"compiled": compiled, "answers": answers}
    out.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    print(f"advisor check: {len(answers):,} answers of the pure advisor written to {out}")
    return 0


def check(answers_file: Path) -> int:
    """In the bundle: compiled modules where promised, and every answer the same."""
    payload = json.loads(answers_file.read_text(encoding="utf-8"))
    compiled: list[str] = payload["compiled"]
    problems = []
    for module in compiled:
        where = loaded_from(module)
        if not is_extension(where):
            problems.append(f"{module} is not compiled: loaded from {where or 'nowhere'}")
    differ = [
        (title, notes, expected, got)
        for title, notes, expected in payload["answers"]
        if (got := answer(title, notes)) != expected
    ]
    for title, notes, expected, got in differ[:10]:
        problems.append(f"{title!r} (notes {notes!r}): pure {expected}, bundle {got}")
    if differ:
        problems.append(f"{len(differ):,} of {len(payload['answers']):,} answers differ")
    if problems:
        print("advisor check FAILED:")
        for problem in problems:
            print(f"  {problem}")
        return 1
    how = f"compiled: {', '.join(compiled)} (extension modules)" if compiled else "pure Python"
    print(f"advisor check passed: {len(payload['answers']):,} answers identical; {how}")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "dump":
        return dump(Path(argv[1]), argv[2:])
    if len(argv) == 2 and argv[0] == "--check-advisor":
        return check(Path(argv[1]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
