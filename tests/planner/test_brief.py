"""Tests for planner.brief: the content of the VA brief, its three formats, paper sizes, and the
``brief`` command (read-only on the plan, one-line errors)."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner import advice
from planner.brief import (
    BriefFormat,
    BriefFormatError,
    BriefSettings,
    Paper,
    build_brief,
    format_for,
    render,
)
from planner.brief.content import DEFAULT_BOUNDARY, first_person
from planner.brief.markdown import escape, render_markdown
from planner.brief.paper import default_paper, paper_for_locale, paper_for_territory
from planner.cli import main
from planner.model import QUOTED_CHARS, Column, Relationship, TaskChanges
from planner.plan import Plan

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 3, 9)
SETTINGS = BriefSettings(va_rate=25, owner_rate=90, currency="€", boundary="Flag DMs to me.")


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def squashed(text: str) -> str:
    """Text with all whitespace removed: PDF extraction breaks lines where the layout wraps."""
    return "".join(text.split())


@pytest.fixture
def three_columns(plan: Plan) -> Plan:
    plan.add(
        "Reply to comments on my blog",
        Column.ME,
        fields=TaskChanges(hours_per_week=2, frequency="daily"),
    )
    plan.add("Plan next quarter", Column.ME, fields=TaskChanges(relationship=Relationship.NO))
    plan.add(
        "Format the weekly newsletter",
        Column.VA,
        fields=TaskChanges(
            hours_per_week=3,
            frequency="weekly",
            notes="Template in the shared drive.\nImages in /newsletter.",
        ),
    )
    plan.add(
        "Send birthday cards to clients",
        Column.VA,
        fields=TaskChanges(
            hours_per_week=0.5,
            relationship=Relationship.YES,
            accepted=True,
            accept_note="she signs them from both of us",
        ),
    )
    plan.add("Answer direct messages", Column.VA)
    plan.add(
        "Print flyers",
        Column.NOBODY,
        fields=TaskChanges(hours_per_week=1, notes="Nobody reads them."),
    )
    return plan


# -- content ---------------------------------------------------------------------------------


def test_content_follows_the_board(three_columns: Plan) -> None:
    brief = build_brief(three_columns, SETTINGS, TODAY)
    assert brief.title == "VA brief: test" and brief.date_text == "9 March 2026"
    assert [t.title for t in brief.your_tasks] == [
        "Format the weekly newsletter",
        "Send birthday cards to clients",
        "Answer direct messages",
    ]
    newsletter, cards, messages = brief.your_tasks
    assert (newsletter.how_often, newsletter.hours) == ("weekly", "3 h a week")
    assert cards.kept_by_choice.endswith(": she signs them from both of us")
    assert not cards.check_first
    assert messages.check_first.startswith("Check with me before doing this:")
    assert not messages.kept_by_choice
    assert [k.title for k in brief.stays_with_me] == ["Reply to comments on my blog"]
    assert [s.title for s in brief.stopped] == ["Print flyers"]
    assert brief.boundary == "Flag DMs to me."


def test_totals_in_hours_and_money(three_columns: Plan) -> None:
    totals = build_brief(three_columns, SETTINGS, TODAY).totals
    assert totals.va_hours == 3.5 and totals.freed_hours == 4.5
    assert totals.va_unknown_hours == 1
    assert totals.va_monthly_cost == pytest.approx(3.5 * 52 / 12 * 25)
    assert totals.owner_monthly_value == pytest.approx(4.5 * 52 / 12 * 90)
    lines = dict(totals.lines())
    assert lines["Cost a month"] == "about €379 at €25.00 an hour"
    assert lines["What they are worth"] == "about €1,755 a month at my €90.00 an hour"
    assert lines["Not counted"] == "1 task has no hours set"


def test_without_rates_the_brief_gives_hours_only(three_columns: Plan) -> None:
    totals = build_brief(three_columns, BriefSettings(), TODAY).totals
    assert totals.va_monthly_cost is None and totals.owner_monthly_value is None
    lines = dict(totals.lines())
    assert lines["Cost a month"] == "no VA hourly rate set"
    assert "What they are worth" not in lines


def test_reasons_are_in_the_owners_voice(three_columns: Plan) -> None:
    brief = build_brief(three_columns, SETTINGS, TODAY)
    task = three_columns.tasks(Column.ME)[0]
    original = advice.reason(task)
    assert " you" in original  # the advisor speaks to the owner...
    reason = brief.stays_with_me[0].reason
    assert reason == first_person(original)
    assert " you" not in reason and " me" in reason  # ...the brief is the owner speaking


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        (
            "the people who wrote to you expect it from you",
            "the people who wrote to me expect it from me",
        ),
        ("only you know who you will want", "only I know who I will want"),
        ("You are the host; it is your room", "I am the host; it is my room"),
        ("a stand-in is not you turning up yourself", "a stand-in is not me turning up myself"),
        (  # a sentence opened by "you": its subject, whatever the verb
            "You marked this task as relationship building: it is how people get to know you.",
            "I marked this task as relationship building: it is how people get to know me.",
        ),
        (  # a quoted title is the owner's own words: left as written
            "You decided “Send a thank-you card to you all” stays with you",
            "I decided “Send a thank-you card to you all” stays with me",
        ),
    ],
)
def test_first_person(said: str, meant: str) -> None:
    assert first_person(said) == meant


def test_a_title_of_pages_is_given_whole_once_and_quoted_short(plan: Plan) -> None:
    """A 40,000-character title (pasted notes) the owner decided stays with them: the brief
    lists that task under its whole title (the VA needs all of it), but the reasons of the tasks
    that follow the decision, and the split task's "Prepares", quote only its start: the whole
    title in each sentence buried the instruction after it under pages of bold red text."""
    long = "Send the monthly sales report to my clients"
    while len(long) < 40_000:
        long += " with the figures for each product line"
    long += " END"
    decided = plan.add(long, Column.ME, fields=TaskChanges(relationship=Relationship.YES))
    plan.add("Send the monthly sales report to clients", Column.ME)
    plan.add("Send the monthly sales report to my clients on Fridays", Column.VA)
    called = plan.add(f"Call my three best clients {long}", Column.VA)
    plan.split(called.id)
    brief = build_brief(plan, SETTINGS, TODAY)
    start = "I decided “Send the monthly sales report to my clients with the figures"
    kept = {k.title: k.reason for k in brief.stays_with_me}
    assert (
        kept[long]
        == "I marked this task as relationship building: it is how people get to know me."
    )
    follower = kept["Send the monthly sales report to clients"]
    va = {t.title: t for t in brief.your_tasks}
    checked = va["Send the monthly sales report to my clients on Fridays"].check_first
    assert checked == f"Check with me before doing this: {follower}"
    for reason in (follower, checked):
        assert start in reason and "END" not in reason
        quote = reason[reason.index("“") + 1 : reason.index("”")]
        assert len(quote) == QUOTED_CHARS and quote.endswith("…")
        assert reason.endswith(
            "stays with me, and this task is worded like it: the people on "
            "the other side expect me, not a stand-in."
        )
    (prep,) = (t for t in brief.your_tasks if t.goes_with)
    assert prep.goes_with.startswith("Prepares “Call my three best clients Send the monthly")
    assert len(prep.goes_with) < QUOTED_CHARS + 40
    markdown = render_markdown(brief)
    assert decided.title == long
    for title in (*va, *kept):  # every task's own title, whole
        assert f"{escape(title)}\n" in markdown or f"{escape(title)}**" in markdown
    text = squashed(pdf_text(render(brief, BriefFormat.PDF)))
    assert squashed(follower) in text


def test_a_decided_title_holding_curly_quotes_is_quoted_short_too(plan: Plan) -> None:
    """A decided title with curly quotes of its own (pasted, smart quotes) is quoted from its
    start to the reason's closing mark, cut to QUOTED_CHARS; "you" inside it stays as written.
    The follower must not warn on its own, or its reason is its own: printing labels is clear
    admin (score about -8), where "Send the “thank you” card to you all" was a personal gesture
    by the article's rule (thanking people) and sat near the threshold from one retrain to the
    next."""
    long = "Print the “thank you” labels for you all ”soon” " + "and the figures " * 1000 + "END"
    plan.add(long, Column.ME, fields=TaskChanges(relationship=Relationship.YES))
    follower = long.replace("END", "and more")  # worded like it: it follows the decision
    plan.add(follower, Column.ME)
    brief = build_brief(plan, SETTINGS, TODAY)
    reason = {k.title: k.reason for k in brief.stays_with_me}[follower]
    assert reason.startswith("I decided “Print the “thank you” labels for you all ”soon” and")
    assert "END" not in reason and len(reason) < QUOTED_CHARS + 200
    quote = reason[reason.index("“") + 1 : reason.rindex("”")]
    assert len(quote) == QUOTED_CHARS and quote.endswith("…")
    assert reason.endswith(
        "” stays with me, and this task is worded like it: the people on "
        "the other side expect me, not a stand-in."
    )


def test_split_preparation_names_the_owners_half(plan: Plan) -> None:
    task = plan.add("Record a thank-you video for new clients", Column.VA)
    prep, _personal = plan.split(task.id)
    brief = build_brief(plan, SETTINGS, TODAY)
    (va_task,) = brief.your_tasks
    assert va_task.title == prep.title
    assert va_task.goes_with == f"Prepares “{task.title}”, which stays with me."


def test_empty_plan(plan: Plan) -> None:
    brief = build_brief(plan, BriefSettings(), TODAY)
    text = render_markdown(brief)
    assert "No tasks are handed over yet." in text
    assert "No relationship-building tasks are listed." in text
    assert DEFAULT_BOUNDARY.split(",")[0] in text
    assert "Nothing has been stopped." in text
    assert "Nobody reads" not in text


# -- formats ---------------------------------------------------------------------------------


def test_markdown_keeps_the_owners_text_literal(plan: Plan) -> None:
    plan.add(
        "*urgent* [call] #1 <b>",
        Column.VA,
        fields=TaskChanges(notes="1. not a list\n- nor this\nend_of_it"),
    )
    text = render_markdown(build_brief(plan, SETTINGS, TODAY))
    assert "### \\*urgent\\* \\[call\\] \\#1 \\<b\\>" in text
    assert "1\\. not a list\\\n\\- nor this\\\nend\\_of\\_it" in text
    assert escape("a|b") == "a\\|b"


def test_html_escapes_everything(plan: Plan) -> None:
    plan.add("<script>alert(1)</script>", Column.VA, fields=TaskChanges(notes="a & b\n<i>x</i>"))
    html = render(build_brief(plan, SETTINGS, TODAY), BriefFormat.HTML).decode()
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "a &amp; b<br>&lt;i&gt;x&lt;/i&gt;" in html
    assert "size: A4" in html


def test_the_three_formats_say_the_same(three_columns: Plan) -> None:
    brief = build_brief(three_columns, SETTINGS, TODAY)
    markdown = render(brief, BriefFormat.MARKDOWN).decode()
    html = render(brief, BriefFormat.HTML).decode()
    pdf = squashed(pdf_text(render(brief, BriefFormat.PDF)))
    for needed in [
        "Your tasks",
        "Stays with me",
        "Stopped",
        "Format the weekly newsletter",
        "she signs them from both of us",
        "Reply to comments on my blog",
        "Flag DMs to me.",
        "Print flyers",
        "Nobody reads them.",
        "about €379 at €25.00 an hour",
    ]:
        assert needed in markdown and needed in html and squashed(needed) in pdf, needed


def test_pdf_pages_paper_and_wrapping(plan: Plan) -> None:
    long_title = "Collect every invoice " + " ".join(
        f"from supplier number {n}," for n in range(30)
    )
    unbroken = "x" * 900
    plan.add(
        long_title, Column.VA, fields=TaskChanges(notes=f"{unbroken}\n" + "Long notes. " * 400)
    )
    for n in range(40):
        plan.add(f"Stopped task {n}", Column.NOBODY)
    brief = build_brief(plan, SETTINGS, TODAY)
    a4 = PdfReader(io.BytesIO(render(brief, BriefFormat.PDF, Paper.A4)))
    letter = PdfReader(io.BytesIO(render(brief, BriefFormat.PDF, Paper.LETTER)))
    assert [round(float(v)) for v in a4.pages[0].mediabox[2:]] == [595, 842]
    assert [round(float(v)) for v in letter.pages[0].mediabox[2:]] == [612, 792]
    pages = len(a4.pages)
    assert pages >= 3
    texts = [page.extract_text() for page in a4.pages]
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
    whole = squashed("".join(texts))
    assert squashed(long_title) in whole  # wrapped, not cut
    assert unbroken in whole  # a word longer than the line is broken, not clipped
    assert whole.count("Longnotes.") == 400
    assert all(f"Stoppedtask{n}" in whole for n in range(40))
    assert a4.metadata is not None and a4.metadata.title == "VA brief: test"


def test_pdf_keeps_unicode_text(plan: Plan) -> None:
    plan.add("Rédiger la facture für Müller · Ελληνικά · Кириллица", Column.VA)
    text = pdf_text(render(build_brief(plan, SETTINGS, TODAY), BriefFormat.PDF))
    assert "Rédiger la facture für Müller · Ελληνικά · Кириллица" in text


def test_format_from_suffix() -> None:
    assert format_for("a/b.PDF") is BriefFormat.PDF
    assert format_for("b.markdown") is BriefFormat.MARKDOWN
    assert format_for("b.htm") is BriefFormat.HTML
    with pytest.raises(BriefFormatError, match=r"'\.txt'; end the file name with \.pdf"):
        format_for("b.txt")
    with pytest.raises(BriefFormatError, match="from no suffix"):
        format_for("brief")


@pytest.mark.parametrize(
    ("name", "paper"),
    [
        ("en_US.UTF-8", Paper.LETTER),
        ("fr_CA.UTF-8", Paper.LETTER),
        ("es-MX", Paper.LETTER),
        ("en_GB.UTF-8", Paper.A4),
        ("de_DE@euro", Paper.A4),
        ("C", Paper.A4),
        ("POSIX", Paper.A4),
        ("en", Paper.A4),
        ("", Paper.A4),
    ],
)
def test_paper_from_locale(name: str, paper: Paper) -> None:
    assert paper_for_locale(name) is paper


def test_paper_environment_order() -> None:
    assert default_paper({"LC_ALL": "en_US.UTF-8", "LANG": "de_DE.UTF-8"}) is Paper.LETTER
    assert default_paper({"LC_PAPER": "de_DE.UTF-8", "LANG": "en_US.UTF-8"}) is Paper.A4
    assert default_paper({"LANG": "en_PH.UTF-8"}) is Paper.LETTER
    assert default_paper({}) is Paper.A4
    assert paper_for_territory("us") is Paper.LETTER


# -- the command -----------------------------------------------------------------------------


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_brief_command_writes_each_format_and_never_the_plan(
    three_columns: Plan, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = three_columns.path
    three_columns.close()
    before = (digest(path), path.stat().st_mtime_ns, sorted(os.listdir(tmp_path)))
    for suffix, label in ((".pdf", "PDF, Letter"), (".md", "Markdown"), (".html", "HTML")):
        out = tmp_path / f"brief{suffix}"
        args = ["brief", str(path), "--out", str(out), "--paper", "letter", "--va-rate", "20"]
        assert main(args) == 0
        printed, err = capsys.readouterr()
        assert printed == f"Wrote the VA brief ({label}, 3 tasks for your VA) to {out}.\n"
        assert err == "" and out.stat().st_size > 0
    assert (digest(path), path.stat().st_mtime_ns) == before[:2]
    assert "about $303 at $20.00 an hour" in (tmp_path / "brief.md").read_text()


def test_brief_command_reads_an_old_format_without_upgrading_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.planner.test_robustness import make_format_1_plan

    path = tmp_path / "old.dplan"
    make_format_1_plan(path)
    before = digest(path)
    out = tmp_path / "old.md"
    assert main(["brief", str(path), "--out", str(out)]) == 0
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.dplan", "old.md"]  # no backup
    assert "### Bookkeeping" in out.read_text()
    capsys.readouterr()


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["--out", "brief.txt"], 2, "cannot tell the brief's format from '.txt'"),
        (["--out", "brief.pdf", "--va-rate", "-3"], 2, "must be 0 or more"),
        (["--out", "brief.pdf", "--va-rate", "lots"], 2, "not a number"),
        (["--out", "nowhere/brief.pdf"], 1, "The brief could not be written to"),
    ],
)
def test_brief_command_errors_are_one_line(
    three_columns: Plan,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    status: int,
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    three_columns.close()
    assert main(["brief", str(three_columns.path), *args]) == status
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1 and message in err, err
    assert not (tmp_path / "brief.pdf").exists()


def test_brief_command_missing_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["brief", str(tmp_path / "none.dplan"), "--out", str(tmp_path / "b.pdf")]) == 1
    assert "there is no file here" in capsys.readouterr().err
    assert not (tmp_path / "b.pdf").exists()


def test_python_m_planner_brief(three_columns: Plan, tmp_path: Path) -> None:
    three_columns.close()
    out = tmp_path / "brief.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "planner", "brief", str(three_columns.path), "--out", str(out)],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT), LC_ALL="en_US.UTF-8"),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().startswith("Wrote the VA brief (PDF, Letter, 3 tasks")
    text = squashed(pdf_text(out.read_bytes()))
    assert squashed("Format the weekly newsletter") in text


# -- the must-show -------------------------------------------------------------------

NEWSLETTER_STEPS = (
    "Copy last week's issue and rename it with the new date",
    "Paste the draft from the shared folder and fix the formatting",
    "Add the three links, each with a one-line summary",
    "Send a test to me and check it on a phone",
    "Schedule it for Tuesday 9:00",
)


def test_brief_pdf_from_the_command_line_holds_the_hand_over(tmp_path: Path) -> None:
    """`python -m planner brief PLAN --out brief.pdf` on a plan with all three columns, a
    relationship task in Me and an approval task with five steps in My VA."""
    path = tmp_path / "Studio.dplan"
    with Plan.open(path, create=True) as plan:
        kept = plan.add(
            "Reply to comments on my blog", Column.ME, fields=TaskChanges(hours_per_week=3)
        )
        plan.add(
            "Plan the next quarter", Column.ME, fields=TaskChanges(relationship=Relationship.NO)
        )
        plan.add(
            "Format and schedule the weekly newsletter",
            Column.VA,
            fields=TaskChanges(
                hours_per_week=3,
                frequency="weekly",
                steps=NEWSLETTER_STEPS,
                done_when="The issue is scheduled and I approved the test",
                needs_approval=True,
            ),
        )
        plan.add(
            "Reconcile invoices with the bank statement",
            Column.VA,
            fields=TaskChanges(steps=("Download the statement", "Match every payment")),
        )
        plan.add("Copy every sale into the old spreadsheet", Column.NOBODY)
        plan.add("Post on the forum nobody visits", Column.NOBODY)
        reason = first_person(advice.reason(kept))
    assert reason
    before = digest(path)
    out = tmp_path / "brief.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "planner", "brief", str(path), "--out", str(out)],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert digest(path) == before
    text = squashed(pdf_text(out.read_bytes()))
    for needed in (
        "Your tasks",
        "Format and schedule the weekly newsletter",
        "Reconcile invoices with the bank statement",
        *NEWSLETTER_STEPS,
        "Download the statement",
        "Done when: The issue is scheduled and I approved the test",
        "Draft only: send to me for approval.",
        "Stays with me",
        "Reply to comments on my blog",
        reason,
        "Stopped",
        "Copy every sale into the old spreadsheet",
        "Post on the forum nobody visits",
    ):
        assert squashed(needed) in text, needed
    # In this order: the tasks, then what stays with me, then what stopped.
    assert text.index("Yourtasks") < text.index("Stayswithme") < text.index("Stopped")
    assert text.count(squashed("Draft only: send to me for approval.")) == 1
    for number, step in enumerate(NEWSLETTER_STEPS, start=1):
        assert f"{number}.{squashed(step)}" in text  # numbered, in order
    assert squashed("Plan the next quarter") not in text  # not a relationship task
