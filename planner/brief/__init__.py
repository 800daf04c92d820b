"""The VA brief: the hand-over document made from a plan, as PDF, Markdown or HTML.

:mod:`planner.brief.content` decides what the brief says; :mod:`~planner.brief.markdown`,
:mod:`~planner.brief.html` and :mod:`~planner.brief.pdf` lay the same content out. This module
owns the choice of format from a file name and the writing of the file (atomically: the old file
stays whole until the new one is complete). Used by ``python -m planner brief`` and by the app's
File > VA brief… alike.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from planner.brief.content import DEFAULT_BOUNDARY, Brief, BriefSettings, build_brief
from planner.brief.paper import Paper, default_paper
from planner.errors import PlannerError

__all__ = [
    "DEFAULT_BOUNDARY",
    "Brief",
    "BriefFormat",
    "BriefFormatError",
    "BriefSettings",
    "Paper",
    "build_brief",
    "default_paper",
    "format_for",
    "render",
    "write_brief",
]


class BriefFormat(StrEnum):
    PDF = ".pdf"
    MARKDOWN = ".md"
    HTML = ".html"

    @property
    def label(self) -> str:
        return {"pdf": "PDF", "markdown": "Markdown", "html": "HTML"}[self.name.lower()]


#: File suffixes accepted for each format (the first is the one suggested).
SUFFIXES: dict[str, BriefFormat] = {
    ".pdf": BriefFormat.PDF,
    ".md": BriefFormat.MARKDOWN,
    ".markdown": BriefFormat.MARKDOWN,
    ".html": BriefFormat.HTML,
    ".htm": BriefFormat.HTML,
}


class BriefFormatError(PlannerError):
    """A file name whose suffix names no brief format."""


def format_for(path: Path | str) -> BriefFormat:
    """The format a file name asks for, from its suffix; BriefFormatError when there is none."""
    suffix = Path(path).suffix.lower()
    found = SUFFIXES.get(suffix)
    if found is None:
        what = f"'{suffix}'" if suffix else "no suffix"
        raise BriefFormatError(
            f"{path}: cannot tell the brief's format from {what}; "
            "end the file name with .pdf, .md or .html"
        )
    return found


def render(brief: Brief, kind: BriefFormat, paper: Paper = Paper.A4) -> bytes:
    """The file's bytes for ``brief`` in format ``kind`` (text formats as UTF-8)."""
    if kind is BriefFormat.PDF:
        from planner.brief.pdf import render_pdf

        return render_pdf(brief, paper)
    if kind is BriefFormat.HTML:
        from planner.brief.html import render_html

        return render_html(brief, paper).encode("utf-8")
    from planner.brief.markdown import render_markdown

    return render_markdown(brief).encode("utf-8")


def write_brief(
    brief: Brief, destination: Path | str, paper: Paper = Paper.A4, kind: BriefFormat | None = None
) -> BriefFormat:
    """Write ``brief`` to ``destination`` in the format its suffix names (or ``kind``).

    The file is replaced in one step or left as it was; raises
    :class:`~planner.errors.PlanWriteError` when it cannot be written.
    """
    from planner.csv_export import write_atomically

    destination = Path(destination).expanduser()
    kind = kind or format_for(destination)
    write_atomically(destination, render(brief, kind, paper), what="brief")
    return kind
