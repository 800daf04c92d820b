"""packaging/cv_advisor.py's learning-curve and drift helpers: a share of training sites is
drawn by whole sites, the same for the same draw, and ``--score`` names only real tune files."""

from __future__ import annotations

from pathlib import Path

import pytest
from cv_advisor import Row, named_files, share_of_sites


def _rows() -> list[Row]:
    # 20 sites with 1..20 rows each
    return [{"site": f"site{s}.com", "text": f"t{s}-{i}"} for s in range(20) for i in range(s + 1)]


def test_a_share_keeps_whole_sites_and_that_share_of_them() -> None:
    rows = _rows()
    half = share_of_sites(rows, 0.5, "0-0-0")
    sites = {r["site"] for r in half}
    assert len(sites) == 10
    assert half == [r for r in rows if r["site"] in sites]  # every row of a kept site, in order


def test_the_same_draw_gives_the_same_share_and_another_draw_another() -> None:
    rows = _rows()
    first = {r["site"] for r in share_of_sites(rows, 0.25, "1-2-0")}
    assert first == {r["site"] for r in share_of_sites(rows, 0.25, "1-2-0")}
    others = [{r["site"] for r in share_of_sites(rows, 0.25, f"1-2-{d}")} for d in range(1, 4)]
    assert any(o != first for o in others)


def test_the_whole_share_is_every_row_and_a_tiny_share_still_one_site() -> None:
    rows = _rows()
    assert share_of_sites(rows, 1.0, "x") is rows
    assert len({r["site"] for r in share_of_sites(rows, 0.001, "x")}) == 1


def test_score_names_tune_files_and_refuses_others(tmp_path: Path) -> None:
    files = [tmp_path / n for n in ("tune-a.csv", "tune-b.csv", "tune-o.csv")]
    assert named_files("tune-o.csv, tune-a.csv", files) == [files[2], files[0]]
    with pytest.raises(SystemExit, match=r"tune-z\.csv"):
        named_files("tune-a.csv,tune-z.csv", files)
    with pytest.raises(SystemExit):
        named_files(" , ", files)
