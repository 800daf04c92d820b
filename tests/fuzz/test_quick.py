"""The quick part of the fuzzing: a few seconds of hypothesis in every test run, and every
finding of the campaign (``python -m tests.fuzz.campaign``) kept as a regression case.

The property throughout: a file from anywhere is either opened correctly or refused with one
line that says why, and the file is left exactly as it was.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from planner import row_check
from planner import store as store_module
from planner.csv_import import read_csv
from planner.errors import CsvError
from planner.store import SCHEMA, TASK_FIELDS
from tests.fuzz import judge, mutations

QUICK = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)


@pytest.fixture(scope="module")
def bases(tmp_path_factory: pytest.TempPathFactory) -> mutations.Bases:
    return mutations.Bases(tmp_path_factory.mktemp("fuzz-bases"))


# -- the fast load path is never looser than the rules -------------------------------------

VALUES = st.one_of(
    st.none(),
    st.integers(min_value=-(1 << 63), max_value=(1 << 63) - 1),
    st.sampled_from([0, 1, 2, -1, 168, 169, 1 << 53, (1 << 53) + 1, 1 << 60, (1 << 60) + 1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, 168.0, 168.01, -0.0, 2.5]),
    st.text(max_size=30),
    st.sampled_from(
        [
            "Me",
            "My VA",
            "Nobody",
            "auto",
            "yes",
            "no",
            "2025-01-31T09:00:00+00:00",
            "2025-01-31",
            "2025-W05-1T09:00:00+00:00",
            "2025-01-31T09:00:00+0000",
            "20250131T090000+00:00",
            "2025-13-31T09:00:00+00:00",
            "2025-01-31T09",
            "  title  ",
            "title\x00",
            "a\rb",
        ]
    ),
    st.binary(max_size=8),
)


def _table() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("PRAGMA ignore_check_constraints = ON")
    for statement in SCHEMA.split(";"):
        if statement.strip() and "INDEX" not in statement:
            conn.execute(statement.replace(" NOT NULL", ""))
    conn.execute(
        "INSERT INTO tasks (id, title, column_name, rank, created_at, updated_at) "
        "VALUES (2, 'other', 'Me', 0, '2025-01-01T00:00:00+00:00', '2025-01-01T00:00:00+00:00')"
    )
    return conn


GOOD_ROW = {
    "id": 1,
    "title": "Reply to comments",
    "notes": "",
    "hours_per_week": 2.0,
    "frequency": "",
    "relationship": "auto",
    "accepted": 0,
    "accept_note": "",
    "link_id": 2,
    "created_at": "2025-01-31T09:00:00+00:00",
    "updated_at": "2025-01-31T09:00:00+00:00",
    "column_name": "My VA",
    "rank": 1048576,
}


@QUICK
@given(changes=st.dictionaries(st.sampled_from(sorted(GOOD_ROW)), VALUES, max_size=3))
def test_the_fast_path_trusts_only_rows_the_rules_accept(changes: dict[str, object]) -> None:
    row = GOOD_ROW | changes
    if row["id"] in (2, None) or not isinstance(row["id"], int):
        row["id"] = 1
    conn = _table()
    names = list(row)
    try:
        conn.execute(
            f"INSERT INTO tasks ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [row[n] for n in names],
        )
    except (sqlite3.Error, OverflowError):
        return  # SQLite would not store it this way
    selected = conn.execute(
        f"SELECT {', '.join(TASK_FIELDS)}, column_name, rank FROM tasks WHERE id = ?", (row["id"],)
    ).fetchone()
    # Links are checked once all rows are read (a link must name a task of the plan).
    rules = [r for r in store_module.row_rules() if r.column != "link_id"]
    good = all(
        conn.execute(
            f"SELECT ifnull({r.condition}, 0) FROM tasks WHERE id = ?", (row["id"],)
        ).fetchone()[0]
        for r in rules
    )
    if store_module.trusted_tasks([selected])[0] is not None:
        assert good, selected
    conn.close()


def test_the_rules_cover_every_column_of_the_tasks_table() -> None:
    table = store_module.expected_shape(store_module.SCHEMA_VERSION).tables["tasks"]
    assert [r.column for r in store_module.row_rules()] == [c[0] for c in table.columns]
    assert all(r.expected for r in store_module.row_rules())
    assert row_check.MAX_RANK < (1 << 63) - (1 << 40)


# -- mutated plans and CSVs ------------------------------------------------------------------

PLAN_KINDS = [
    k for k in mutations.PLAN_WEIGHTS if k not in ("sql: million rows", "sql: 10 MB text")
]


@QUICK
@given(kind=st.sampled_from(PLAN_KINDS), seed=st.integers(0, 1 << 20))
def test_mutated_plans_open_or_are_refused_in_a_line(
    bases: mutations.Bases, tmp_path: Path, kind: str, seed: int
) -> None:
    path = tmp_path / "case.dplan"
    mutations.make_plan_case(kind, seed, bases, path)
    before = path.read_bytes()
    outcomes = {judge.core_plan(path), judge.cli_plan(path)}
    assert len(outcomes) == 1
    if outcomes == {judge.REFUSED}:
        assert path.read_bytes() == before


CSV_KINDS = [k for k in mutations.CSV_KINDS if k not in ("csv: 10 MB cell", "csv: 100,000 columns")]


@QUICK
@given(kind=st.sampled_from(CSV_KINDS), seed=st.integers(0, 1 << 20))
def test_mutated_csvs_read_or_are_refused(
    bases: mutations.Bases, tmp_path: Path, kind: str, seed: int
) -> None:
    path = tmp_path / "case.csv"
    mutations.make_csv_case(kind, seed, bases, path)
    before = path.read_bytes()
    try:
        read_csv(path)
    except CsvError as error:
        assert str(error).strip()
    assert path.read_bytes() == before


# -- the campaign's findings, through every front end ----------------------------------------

#: Files the campaign found a bug with, kept as they were (see regressions/README.md).
FOUND = Path(__file__).parent / "regressions"


@pytest.mark.parametrize("name", sorted(p.name for p in FOUND.glob("*.*") if p.suffix != ".md"))
def test_campaign_findings_stay_fixed(qapp: QApplication, tmp_path: Path, name: str) -> None:
    path = tmp_path / f"case{Path(name).suffix}"
    shutil.copyfile(FOUND / name, path)
    if path.suffix == ".csv":
        verdict = judge.judge_csv(path, None, slow=float("inf"))
    else:  # no timed asserts in the suite: how long it took is the campaign's business
        verdict = judge.judge_plan(path, slow=float("inf"))
    assert verdict.outcome in (judge.OPENED, judge.REFUSED), verdict


def test_megabytes_of_text_open_in_the_window(qapp: QApplication, tmp_path: Path) -> None:
    """Found by the campaign: a 10 MB title took the window 15 s and 800 MB (the card), a
    2.6 MB "how often" 12 s (its badge), the warning banner over 50 s (its word-wrapped label),
    and `check` 11 s (the advisor read all of it)."""
    path = tmp_path / "case.dplan"
    mutations.build_base_plan(path, 6)
    conn = sqlite3.connect(path)
    conn.execute(  # a relationship task with the VA: the warning banner shows its title
        "UPDATE tasks SET title = ?, column_name = 'My VA', rank = 1 << 40 WHERE id = 1",
        ("Reply to comments " + "word " * 400_000,),
    )
    conn.execute("UPDATE tasks SET frequency = ? WHERE id = 2", ("💬" * 500_000,))
    conn.commit()
    conn.close()
    verdict = judge.judge_plan(path, slow=float("inf"))
    assert verdict.outcome == judge.OPENED, verdict


def test_a_huge_bad_cell_is_quoted_short(qapp: QApplication, tmp_path: Path) -> None:
    """Found by the campaign: a CSV refused for a 10 MB cell quoted all of it in its message; the
    window's message bar then laid it out for 40-50 s (hanging whatever came next)."""
    from planner.cli import main as cli_main
    from ui.message_bar import SHOWN_CHARS, MessageBar, MessageKind

    path = tmp_path / "big.csv"
    path.write_text("title,column,hours_per_week\nBig," + "x" * 10_000_000 + ",1\n")
    with pytest.raises(CsvError) as caught:
        read_csv(path)
    message = str(caught.value)
    assert len(message) < 1_000 and "(10,000,000 characters)" in message
    assert cli_main(["import", str(tmp_path / "p.dplan"), "--csv", str(path)]) == 1
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    bar = MessageBar(host)
    bar.show_message(MessageKind.ERROR, "x" * 10_000_000)
    assert len(bar.text.text()) == SHOWN_CHARS + 1
    host.deleteLater()
