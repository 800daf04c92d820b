"""Make the README's pictures of the VA brief: the first two pages of a real brief, as PNG.

Run from the repository root: ``.venv/bin/python packaging/brief_pages.py``. It builds a sample
plan in a temporary folder, writes its brief with the command line exactly as a user would
(``python -m planner brief PLAN --out brief.pdf``) and renders pages 1 and 2 with poppler's
``pdftoppm`` (``apt-get install poppler-utils``) at 80 dpi to
``packaging/screenshots/brief-page-1.png`` and ``brief-page-2.png``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "packaging" / "screenshots"

sys.path.insert(0, str(ROOT))

from planner.model import Column, Relationship, TaskChanges  # noqa: E402
from planner.plan import Plan  # noqa: E402


def sample_plan(path: Path) -> None:
    """A small business owner's plan, with every part of the brief in use."""
    with Plan.open(path, create=True) as plan:
        add = plan.add
        add(
            "Reply to comments on my blog",
            Column.ME,
            fields=TaskChanges(hours_per_week=3, frequency="daily"),
        )
        add(
            "Thank new clients with a personal note",
            Column.ME,
            fields=TaskChanges(hours_per_week=1, frequency="weekly"),
        )
        add(
            "Plan the next quarter",
            Column.ME,
            fields=TaskChanges(hours_per_week=1, relationship=Relationship.NO),
        )
        add(
            "Format and schedule the weekly newsletter",
            Column.VA,
            fields=TaskChanges(
                hours_per_week=3,
                frequency="weekly, by Monday noon",
                notes="The template and the image sizes are in the shared drive under Newsletter.",
                steps=(
                    "Copy last week's issue in the mail tool and rename it with the new date",
                    "Paste my draft from the shared folder and fix the formatting",
                    "Add the three links from the Links sheet, each with a one-line summary",
                    "Send a test to me and to yourself and check it on a phone",
                    "Schedule it for Tuesday 9:00 my time",
                ),
                done_when="The issue is scheduled and I have approved the test email",
                needs_approval=True,
            ),
        )
        add(
            "Reconcile invoices with the bank statement",
            Column.VA,
            fields=TaskChanges(
                hours_per_week=1.5,
                frequency="monthly, first week",
                steps=(
                    "Download last month's statement from the bank portal",
                    "Match every payment to an invoice in the accounting app",
                    "List anything unmatched in the Questions sheet",
                    "Mark the month as reconciled",
                ),
                done_when="Every line is matched or listed as a question for me",
            ),
        )
        add(
            "Research podcasts that take guests in my niche",
            Column.VA,
            fields=TaskChanges(
                hours_per_week=2,
                frequency="monthly",
                steps=(
                    "Search the podcast directories for shows about small online businesses",
                    "Keep shows with an episode in the last month and guests in the last ten",
                    "Note the host's name, the audience size if given and the contact link",
                ),
                done_when="The Podcasts sheet has ten new shows, best fit first",
            ),
        )
        add(
            "Send birthday cards to clients",
            Column.VA,
            fields=TaskChanges(
                hours_per_week=0.5,
                frequency="monthly",
                relationship=Relationship.YES,
                accepted=True,
                accept_note="cards go out signed from both of us, and I add a line by hand",
            ),
        )
        video = add(
            "Record a welcome video for new members",
            Column.VA,
            fields=TaskChanges(hours_per_week=1),
        )
        plan.split(video.id)
        add(
            "Copy every sale into the old spreadsheet",
            Column.NOBODY,
            fields=TaskChanges(
                hours_per_week=1, notes="The shop's monthly report has the same figures."
            ),
        )
        add(
            "Post on the forum nobody visits any more",
            Column.NOBODY,
            fields=TaskChanges(hours_per_week=0.5),
        )


def main() -> int:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("brief_pages: pdftoppm is needed (apt-get install poppler-utils)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        plan = Path(folder) / "Studio Rosa.dplan"
        sample_plan(plan)
        brief = Path(folder) / "brief.pdf"
        env = dict(os.environ, PYTHONPATH=str(ROOT), LC_ALL="en_GB.UTF-8")
        command = [sys.executable, "-m", "planner", "brief", str(plan), "--out", str(brief)]
        command += ["--va-rate", "28", "--owner-rate", "95", "--currency", "€"]
        subprocess.run(command, env=env, check=True)
        prefix = Path(folder) / "page"
        pages = ["-f", "1", "-l", "2"]
        subprocess.run([pdftoppm, "-png", "-r", "80", *pages, brief, prefix], check=True)
        OUT.mkdir(parents=True, exist_ok=True)
        for number in (1, 2):
            made = Path(f"{prefix}-{number}.png")
            shutil.copyfile(made, OUT / f"brief-page-{number}.png")
            print(OUT / f"brief-page-{number}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
