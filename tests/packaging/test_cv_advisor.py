"""packaging/cv_advisor.py's learning-curve and drift helpers: a share of training sites is
drawn by whole sites, the same for the same draw, ``--score`` names only real tune files, and a
synthetic row (a paraphrase) is trained on only with the real row it rewords, never scored."""

from __future__ import annotations

from pathlib import Path

import pytest
import train_advisor
from cv_advisor import (
    SUFFIX_FILE,
    Result,
    Row,
    Setup,
    Suffixes,
    causes,
    folds_of,
    latest_held_out,
    named_files,
    note_paraphrases,
    of_family,
    origin_key,
    origin_of,
    paraphrase_rows,
    real_rows,
    score_split,
    share_of_sites,
    site,
    suffix_rules,
    with_their_rows,
)


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


def _tune_file(path: Path, sites: range) -> Path:
    lines = ["text,relationship_building,family,source,why"]
    lines += [
        f"Call client {s}-{i},1,sales,https://www.site{s}.com/p{i},x"
        for s in sites
        for i in range(3)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_scored_file_is_scored_whole_and_trained_on_a_share_of_the_other_sites(
    tmp_path: Path,
) -> None:
    files = [_tune_file(tmp_path / "tune-a.csv", range(0, 12))]
    files.append(_tune_file(tmp_path / "tune-hb.csv", range(12, 20)))
    files.append(_tune_file(tmp_path / "tune-ha.csv", range(20, 24)))
    target = [files[2]]
    every, scored = score_split(files, target)
    assert len(every) == 60 and {r["file"] for r in every} == {"tune-a.csv", "tune-hb.csv"}
    half, scored_again = score_split(files, target, 0.5, draw=3)
    assert scored == scored_again and len(scored) == 12  # the scored rows do not shrink
    sites = {r["site"] for r in half}
    assert len(sites) == 10 and len(half) == 30  # half of the 20 training sites, whole
    assert half == [r for r in every if r["site"] in sites]
    assert half == score_split(files, target, 0.5, draw=3)[0]  # a draw is repeatable


def test_score_names_tune_files_and_refuses_others(tmp_path: Path) -> None:
    files = [tmp_path / n for n in ("tune-a.csv", "tune-b.csv", "tune-o.csv")]
    assert named_files("tune-o.csv, tune-a.csv", files) == [files[2], files[0]]
    with pytest.raises(SystemExit, match=r"tune-z\.csv"):
        named_files("tune-a.csv,tune-z.csv", files)
    with pytest.raises(SystemExit):
        named_files(" , ", files)


def test_pseudo_held_out_files_are_the_last_held_out_files_renamed(tmp_path: Path) -> None:
    names = ["tune-a.csv", "tune-h.csv", "tune-hab.csv", "tune-hz2.csv", "tune-hat.csv"]
    names += ["tune-ha.csv", "tune-haa.csv", "tune-hz.csv", "tune-hb.csv", "holdout-au.csv"]
    files = [tmp_path / n for n in names]
    last = [f.name for f in latest_held_out(files, 5)]
    assert last == ["tune-hz.csv", "tune-hz2.csv", "tune-haa.csv", "tune-hab.csv", "tune-hat.csv"]
    assert [f.name for f in latest_held_out(files, 7)][:2] == ["tune-ha.csv", "tune-hb.csv"]
    with pytest.raises(SystemExit, match="only 7"):
        latest_held_out(files, 8)
    with pytest.raises(SystemExit):
        latest_held_out(files, 0)


def test_the_report_by_origin_names_the_pseudo_held_out_rows(tmp_path: Path) -> None:
    names = [f"tune-ha{c}.csv" for c in "abcdefghij"] + ["tune-hz.csv", "tune-k.csv"]
    origin = origin_of([tmp_path / n for n in names])
    assert origin({"file": "tune-haj.csv"}) == origin({"file": "tune-hac.csv"})
    assert origin({"file": "tune-hab.csv"}) == "older tune files"
    assert origin({"file": "tune-hz.csv"}) == origin({"file": "tune-k.csv"}) == "older tune files"
    assert origin({"file": "tune-hac.csv"}) == "last 8 held-out files"


def _result(family: str, label: str, predicted: bool, kind: str, shown: str = "") -> Result:
    why = f"[{shown}] reason\n     score +1.00 reading :: x"
    return ({"family": family, "relationship_building": label}, predicted, kind, why)


def test_a_family_is_narrowed_to_and_its_errors_tallied_by_cause() -> None:
    results = [
        _result("va-task-lists", "0", True, "relationship", "reply"),
        _result("va-task-lists", "0", True, "relationship", "reply"),
        _result("va-task-lists", "0", True, "relationship", "follow_up"),
        _result("va-task-lists", "1", False, "admin"),
        _result("va-task-lists", "1", True, "relationship", "reply"),  # right: no cause
        _result("va-task-lists", "0", False, "admin"),  # right
        _result("job-descriptions", "0", True, "relationship", "message"),
    ]
    va = of_family(results, "va-task-lists")
    assert va == results[:6]
    assert causes(va) == [(2, "FP reply"), (1, "FN admin"), (1, "FP follow_up")]
    assert causes(results)[-1] == (1, "FP message")
    with pytest.raises(SystemExit, match="job-descriptions, va-task-lists"):
        of_family(results, "va-lists")


@pytest.mark.parametrize(
    ("source", "group"),
    [
        ("https://www.torquayrotary.org.au/what-we-do", "torquayrotary.org.au"),
        ("https://blog.example.com.au/tasks", "example.com.au"),
        ("http://shop.example.co.uk/a?b=c", "example.co.uk"),
        ("https://careers.ox.ac.uk/jobs", "ox.ac.uk"),
        ("https://www.example.co.nz/", "example.co.nz"),
        ("https://smallbusiness.wa.gov.au/guide", "smallbusiness.wa.gov.au"),
        ("https://www.example.com/x", "example.com"),
        ("https://News.Example.COM/x", "example.com"),
        ("https://someone.blogspot.com/2020/01/post.html", "someone.blogspot.com"),
        ("https://learn-email.pages.dev/", "learn-email.pages.dev"),
        ("https://a.someone.wordpress.com/", "someone.wordpress.com"),
        ("https://medium.com/@someone/post", "medium.com"),
        ("https://github.io/", "github.io"),
        ("http://192.168.0.10/x", "192.168.0.10"),
        ("owner/repo docs/handbook.md", "owner/repo"),
    ],
)
def test_a_source_is_grouped_by_its_registered_domain(source: str, group: str) -> None:
    assert site(source) == group


def test_two_sites_under_one_two_label_suffix_stay_apart() -> None:
    # the defect: every *.org.au site was one "org.au" group
    assert site("https://socap.org.au/") != site("https://avant.org.au/")
    assert site("https://x.pages.dev/") != site("https://y.pages.dev/")


def test_wildcard_and_exception_rules() -> None:
    rules = Suffixes(["# a comment", "", "*.ck", "!www.ck", "kawasaki.jp", "*.kawasaki.jp"])
    assert rules.registered_domain("a.b.ck") == "a.b.ck"  # b.ck is a suffix
    assert rules.registered_domain("www.ck") == "www.ck"  # the exception: ck is the suffix
    assert rules.registered_domain("x.www.ck") == "www.ck"
    assert rules.registered_domain("shop.city.kawasaki.jp") == "shop.city.kawasaki.jp"
    assert rules.registered_domain("example.jp") == "example.jp"  # a top-level domain by default
    assert rules.registered_domain("ck") == "ck"


def test_the_checked_in_list_is_made_from_the_public_suffix_list_rules() -> None:
    psl = "// ===BEGIN ICANN DOMAINS===\ncom\nCOM.AU\n*.ck\n!www.ck\n// c\n公司.cn\ncom.au\n"
    assert suffix_rules(psl) == ["com.au", "*.ck", "!www.ck", "公司.cn", "xn--55qx5d.cn"]
    text = SUFFIX_FILE.read_text(encoding="utf-8")
    rules = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert {"org.au", "co.uk", "ac.uk", "co.nz", "com.au", "blogspot.com", "github.io"} <= set(
        rules
    )
    assert all("." in r for r in rules) and len(rules) == len(set(rules))
    assert "Mozilla Public License" in text  # the list's licence travels with it


def _paraphrases(folder: Path, origins: list[str], label: str = "1") -> Path:
    folder.mkdir()
    lines = ["text,relationship_building,kind,why,source,family"]
    lines += [f"Ring client {o},{label},relationship,x,paraphrase:{o},sales" for o in origins]
    (folder / "paraphrase-1.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_a_real_row_is_named_by_its_file_and_line(tmp_path: Path) -> None:
    rows = real_rows([_tune_file(tmp_path / "tune-a.csv", range(0, 2))])
    assert [origin_key(r) for r in rows] == [f"tune-a.csv:{n}" for n in range(2, 8)]
    assert rows[3]["text"] == "Call client 1-0"  # line 5: the header is line 1


def test_synthetic_rows_name_their_origin_and_none_are_read_without_a_folder(
    tmp_path: Path,
) -> None:
    assert paraphrase_rows(tmp_path / "none") == []
    folder = _paraphrases(tmp_path / "aug", ["tune-a.csv:3", "tune-hb.csv:2"])
    rows = paraphrase_rows(folder)
    assert [(r["origin"], r["file"], r["line"]) for r in rows] == [
        ("tune-a.csv:3", "paraphrase-1.csv", "2"),
        ("tune-hb.csv:2", "paraphrase-1.csv", "3"),
    ]


def test_a_model_trains_on_a_paraphrase_only_with_the_row_it_rewords(tmp_path: Path) -> None:
    files = [_tune_file(tmp_path / "tune-a.csv", range(0, 12))]
    files.append(_tune_file(tmp_path / "tune-ha.csv", range(12, 16)))
    origins = ["tune-a.csv:2", "tune-a.csv:37", "tune-ha.csv:2", "tune-ha.csv:13", "tune-z.csv:2"]
    paraphrases = [(o, o) for o in origins]
    train, _ = score_split(files, [files[1]])
    assert with_their_rows(paraphrases, train) == ["tune-a.csv:2", "tune-a.csv:37"]
    half, _ = score_split(files, [files[1]], 0.5, draw=1)
    kept = {origin_key(r) for r in half}
    assert with_their_rows(paraphrases, half) == [o for o in origins[:2] if o in kept]
    rows = real_rows(files)
    folds = folds_of(rows, 4)
    for k in range(4):
        train = [r for r, f in zip(rows, folds, strict=True) if f != k]
        tested = {origin_key(r) for r, f in zip(rows, folds, strict=True) if f == k}
        chosen = with_their_rows(paraphrases, train)
        assert not tested & set(chosen)
        assert set(chosen) | tested >= set(origins[:4])


def test_the_cross_validation_notes_lost_and_relabelled_paraphrases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = real_rows([_tune_file(tmp_path / "tune-a.csv", range(0, 2))])
    folder = _paraphrases(tmp_path / "aug", ["tune-a.csv:2", "tune-a.csv:99"])
    note_paraphrases(paraphrase_rows(folder), rows, folder)
    said = capsys.readouterr().out
    assert "2 synthetic rows" in said and "1 reword no tune row: tune-a.csv:99" in said
    assert "another label" not in said
    relabelled = _paraphrases(tmp_path / "aug2", ["tune-a.csv:4"], label="0")
    note_paraphrases(paraphrase_rows(relabelled), rows, relabelled)
    assert "1 give their row another label: paraphrase-1.csv:2" in capsys.readouterr().out


def test_the_shipped_paraphrases_are_never_in_every_models_training(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """tests/data/advisor-paraphrase is trained on like its rows (per model), not like the
    hand-made sets that every model trains on."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "advisor-real").mkdir()
    (data / "tasks-labeled.csv").write_text(
        "text,relationship_building\nThank the volunteers,1\n", encoding="utf-8"
    )
    folder = _paraphrases(data / train_advisor.PARAPHRASE_DIR, ["tune-a.csv:2"])
    monkeypatch.setattr(train_advisor, "DATA", data)
    monkeypatch.setattr(train_advisor, "PARAPHRASE_WEIGHT", 0.5)
    assert [f.name for f in train_advisor.training_files()][-1] == "paraphrase-1.csv"
    setup = Setup(paraphrases=paraphrase_rows(folder))
    assert [text for text, *_ in setup.fixed] == ["Thank the volunteers"]
    assert [(o, e[1:]) for o, e in setup.paraphrases] == [("tune-a.csv:2", (True, 0.5))]
